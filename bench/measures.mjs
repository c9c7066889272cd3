// The measures of `npm run bench`, each taken for the widget and for its baseline in the same run.
// `h` is the harness of bench/harness.mjs.

/**
 * Script evaluation, from a DevTools trace of a page that holds nothing but the bundle as a module script:
 * the main thread's `v8.compileModule` (finalizing the compile, streamed and parsed off the main thread)
 * plus its `v8.evaluateModule` (running the module body: defining the classes, Lit's set-up,
 * `customElements.define`, and compiling each function it calls for the first time). The off-thread
 * parse is reported apart, as CPU time (`tdur`) of the `v8.parseOnBackground` events for that URL.
 */
export async function evaluation(h, { reps, bundles }) {
  const results = Object.fromEntries(bundles.map((name) => [name, { main: [], compile: [], evaluate: [], parse: [] }]));
  for (let rep = 0; rep < reps + 1; rep += 1) {
    for (const name of rep % 2 ? bundles : [...bundles].reverse()) {
      const url = h.evalUrl(name);
      await h.page.tracing.start({ categories: ['v8'] });
      await h.page.goto(url, { waitUntil: 'load' });
      const trace = JSON.parse(Buffer.from(await h.page.tracing.stop()).toString('utf8'));
      if (rep === 0) continue; // Warm-up: the first load of a page warms the renderer, not the script.
      const events = trace.traceEvents ?? trace;
      const isOurs = (event) =>
        String(event.args?.data?.url ?? event.args?.fileName ?? '').includes(`/bundle/${name}.js?`);
      const compile = events.find((event) => event.name === 'v8.compileModule' && isOurs(event));
      if (!compile) throw new Error(`no v8.compileModule event for ${name} in the trace`);
      const evaluate = events
        .filter(
          (event) =>
            event.name === 'v8.evaluateModule' &&
            event.pid === compile.pid &&
            event.tid === compile.tid &&
            event.ts >= compile.ts,
        )
        .sort((a, b) => a.ts - b.ts)[0];
      if (!evaluate) throw new Error(`no v8.evaluateModule event after compiling ${name}`);
      const parse = events
        .filter((event) => event.name === 'v8.parseOnBackground' && isOurs(event))
        .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0);
      const r = results[name];
      r.compile.push(compile.dur / 1000);
      r.evaluate.push(evaluate.dur / 1000);
      r.main.push((compile.dur + evaluate.dur) / 1000);
      r.parse.push(parse / 1000);
    }
  }
  return results;
}

/**
 * The claim flow, one per fresh page load (what a visitor's page does once), then a second one on the same
 * page. `pages` maps a result name to the bundle its page loads: a bundle runs the widget driver, `null`
 * the baseline (a page that loads nothing). Loads rotate through the pages so that drift hits all alike.
 */
export async function flows(h, { reps, pages = { widget: 'widget', baseline: null } }) {
  const names = Object.keys(pages);
  const results = Object.fromEntries(
    names.flatMap((name) => [
      [name, []],
      [`${name}Again`, []],
    ]),
  );
  for (let rep = 0; rep < reps + 1; rep += 1) {
    for (const name of rep % 2 ? names : [...names].reverse()) {
      const bundle = pages[name];
      const kind = bundle ? 'widget' : 'baseline';
      await h.open(bundle);
      await h.page.evaluate(() => window.bench.settle());
      const first = await h.page.evaluate(
        (k, api, token) => window.bench.flow(k, api, token),
        kind,
        h.apiUrl,
        h.mint(),
      );
      // A second instance on the same page: what every instance pays, without what only the first one does
      // (compiling the code it runs, preparing its templates, parsing its style sheet).
      await h.page.evaluate(() => window.bench.settle());
      const again = await h.page.evaluate(
        (k, api, token) => window.bench.flow(k, api, token),
        kind,
        h.apiUrl,
        h.mint(),
      );
      if (rep > 0) {
        results[name].push(first);
        results[`${name}Again`].push(again);
      }
    }
  }
  return results;
}

/** The statuses the widget rendered, update by update, in each of `reps` claim flows on one page. */
export async function renders(h, { reps }) {
  await h.open('widget');
  const runs = [];
  for (let rep = 0; rep < reps; rep += 1)
    runs.push(await h.page.evaluate((api, token) => window.bench.renderedStates(api, token), h.apiUrl, h.mint()));
  return runs;
}

/**
 * Heap per instance: after a first batch of `count` instances (so that what a page pays once is not
 * counted: the templates, the style sheet, and the code V8 optimizes as it warms up, ~1.4 KB an instance
 * over the first hundred), `count` more that all show the same loaded invitation; heap after forced
 * garbage collection, before and after, divided by `count`. The heap is V8's plus Blink's (the DOM lives
 * there).
 */
export async function heapPerInstance(h, { reps, count }) {
  const results = { widget: [], baseline: [] };
  for (let rep = 0; rep < reps; rep += 1) {
    for (const kind of ['widget', 'baseline']) {
      await h.open(kind === 'widget' ? 'widget' : null);
      const token = h.mint();
      await h.page.evaluate((k, api, t, n) => window.bench.mountMany(k, api, t, n), kind, h.apiUrl, token, count);
      await h.collectGarbage();
      const before = await h.heap();
      const mounted = await h.page.evaluate(
        (k, api, t, n) => window.bench.mountMany(k, api, t, n),
        kind,
        h.apiUrl,
        token,
        count,
      );
      if (mounted !== count) throw new Error(`mounted ${mounted} ${kind} instances, not ${count}`);
      await h.collectGarbage();
      const after = await h.heap();
      results[kind].push({
        total: (after.total - before.total) / count,
        js: (after.js - before.js) / count,
        embedder: (after.embedder - before.embedder) / count,
        nodes: (after.nodes - before.nodes) / count,
      });
    }
  }
  return results;
}

/**
 * Heap over `cycles` create-claim-remove cycles on one page, in 10 equal segments; after each, forced
 * garbage collection and a reading. Tokens are minted in Node and handed over one segment at a time.
 */
export async function heapCycles(h, { cycles, kinds = ['widget', 'baseline'] }) {
  const segments = 10;
  const per = Math.ceil(cycles / segments);
  const results = {};
  for (const kind of kinds) {
    await h.open(kind === 'widget' ? 'widget' : null);
    await h.collectGarbage();
    const readings = [{ cycle: 0, ...(await h.heap()) }];
    let done = 0;
    for (let segment = 0; segment < segments; segment += 1) {
      const tokens = Array.from({ length: per }, () => h.mint());
      done += await h.page.evaluate((k, api, t) => window.bench.cycles(k, api, t), kind, h.apiUrl, tokens);
      await h.collectGarbage();
      readings.push({ cycle: done, ...(await h.heap()) });
    }
    results[kind] = readings;
  }
  return results;
}

/**
 * Where the time goes: `reps` instrumented flows per driver (bench/page-runtime.mjs `phases`), each on a
 * fresh page. Returns, per driver, the samples of each label (ms since insertion); a label seen twice gets
 * `#2`.
 */
export async function breakdown(h, { reps }) {
  const results = { widget: [], baseline: [] };
  for (let rep = 0; rep < reps + 1; rep += 1) {
    for (const kind of ['widget', 'baseline']) {
      await h.open(kind === 'widget' ? 'widget' : null);
      await h.page.evaluate(() => window.bench.settle());
      const log = await h.page.evaluate(
        (k, api, token) => window.bench.phases(k, api, token),
        kind,
        h.apiUrl,
        h.mint(),
      );
      if (rep === 0) continue;
      const seen = {};
      results[kind].push(
        Object.fromEntries(
          log.map(([label, time]) => {
            seen[label] = (seen[label] ?? 0) + 1;
            return [seen[label] > 1 ? `${label}#${seen[label]}` : label, time];
          }),
        ),
      );
    }
  }
  return results;
}

/** Polar's own claim page (shared/polar/README.md, "The claim stream"): the quiet period after the last event. */
export const POLAR_QUIET_MS = 2000;
/** …its longest wait, from the claim, after which it redirects anyway. */
export const POLAR_MAX_WAIT_MS = 15_000;
/** …and how long it shows its claiming screen at least. */
export const POLAR_MIN_CLAIMING_MS = 1000;

/**
 * When Polar's page would end its wait, on the page clock of an observed claim: `clicked` (the claim starts and
 * the claiming screen shows), `streamClaimed` (`customer_seat.claimed` for the product arrived; undefined if it
 * never did) and `benefits` (each later `benefit.granted` arrival). It waits for the claimed event, then
 * POLAR_QUIET_MS with no new grant (from the claimed event when none comes), shows the claiming screen at least
 * POLAR_MIN_CLAIMING_MS and waits POLAR_MAX_WAIT_MS at most:
 * min(clicked + 15000, max(clicked + 1000, max(streamClaimed, ...benefits) + 2000)).
 * @param {{ clicked: number, streamClaimed?: number, benefits: number[] }} timeline
 */
export function polarAccessReady({ clicked, streamClaimed, benefits }) {
  const quiet =
    streamClaimed === undefined ? Number.POSITIVE_INFINITY : Math.max(streamClaimed, ...benefits) + POLAR_QUIET_MS;
  return Math.min(clicked + POLAR_MAX_WAIT_MS, Math.max(clicked + POLAR_MIN_CLAIMING_MS, quiet));
}

/**
 * Claims with the wait for benefits on (`grantTimeout`), `reps` per scenario, each on a fresh page load; the
 * fake grants each scenario's benefits on the claim stream in real time (`mint` holds the fake's mint options:
 * `benefits`, `grantDelayMs`). Scenarios alternate so that drift hits all alike. Returns, per scenario key,
 * the timelines of bench/page-runtime.mjs `accessFlow`.
 * @param {{ mint: (options?: object) => string, open: (bundle: string) => Promise<void>, page: any, apiUrl: string }} h
 * @param {{ reps: number, grantTimeout: number, scenarios: { key: string, mint: object }[] }} options
 */
export async function accessReady(h, { reps, grantTimeout, scenarios }) {
  const results = Object.fromEntries(scenarios.map(({ key }) => [key, []]));
  for (let rep = 0; rep < reps; rep += 1) {
    for (const { key, mint } of rep % 2 ? [...scenarios].reverse() : scenarios) {
      await h.open('widget');
      await h.page.evaluate(() => window.bench.settle());
      results[key].push(
        await h.page.evaluate(
          (api, token, timeout) => window.bench.accessFlow(api, token, timeout),
          h.apiUrl,
          h.mint(mint),
          grantTimeout,
        ),
      );
    }
  }
  return results;
}
