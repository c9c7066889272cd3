// `npm run bench`: how fast and how light <polar-seat-claim> is, side by side with the limit, in headless
// Chromium against the fake Polar API with no added latency. Prints one table (median and 10th–90th
// percentile of each measure, its baseline measured in the same run, and their ratio), where the widget's
// time goes, the heap check, and the wait for benefits (claim response → `seat-access-ready`, grant-timeout
// 15000) beside the time Polar's own claim page takes on the same events. docs/bench.md explains every figure.
//
//   node bench/bench.mjs               the full run (about a minute and a half on 2 cores)
//   node bench/bench.mjs --smoke       a few repetitions and 200 heap cycles: checks that everything can
//                                      still be measured and that the heap does not grow (npm test runs it)
//   node bench/bench.mjs --json        the results as JSON on stdout instead of the tables
//   node bench/bench.mjs --bundle F    measure another build of the widget (e.g. a candidate change)
//   node bench/bench.mjs --cycles N    heap cycles (default 1000, smoke 200)
//   node bench/bench.mjs --latency MS  delay every answer of the fake API (the figures are taken without)
//   node bench/compare.mjs a=F b=G     before/after: the timing measures of several builds, interleaved
//
// Exits 1 when a measure could not be taken or the heap check fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  EMPTY_LIT_SOURCE,
  WIDGET_BUNDLE,
  bundleSource,
  ensureBuilt,
  machine,
  printUsage,
  readBundle,
  repoRoot,
  startHarness,
} from './harness.mjs';
import {
  accessReady,
  breakdown,
  evaluation,
  flows,
  heapCycles,
  heapPerInstance,
  polarAccessReady,
  renders,
} from './measures.mjs';
import { measure as measureSize } from './size.mjs';
import { bytes, kib, ms, quantile, ratio, slope, spreadKib, spreadMs, summarize, table } from './stats.mjs';

/** The fewest updates a claim flow can render: one per state the person sees (loading, ready, claiming, claimed). */
export const MIN_RENDERS = 4;

/**
 * The heap check, on the second half of the cycles (the first half absorbs one-time costs: compiled and
 * optimized code, Lit's template cache, the style sheet): the least-squares slope of the after-GC readings,
 * per cycle, must stay under these bounds. What does not depend on the number of cycles is a count (DOM
 * nodes, listeners). The heaps' noise is a fixed amount whenever it lands (V8 optimizing a function: up
 * to ~16 KB; Blink's readings: ±100 KB), so their bounds are a total over the half, spread over its cycles,
 * with a floor. Why these numbers: docs/bench.md, "The heap check".
 * @param {number} cycles
 */
export function leakBounds(cycles) {
  const half = cycles / 2;
  return {
    js: Math.max(128, Math.round((50 * 1024) / half)), // bytes of V8 heap a cycle (512 for 200 cycles, 128 for 1000)
    embedder: Math.max(1024, Math.round((400 * 1024) / half)), // bytes of Blink's heap a cycle (4096, 1024)
    nodes: 1, // DOM nodes a cycle: a leaked instance is 21 (claimed state)
    listeners: 1, // event listeners a cycle: one left on window or document per cycle
  };
}

/** The element's wait for benefits in the access-ready flows: its default, and Polar's own. */
export const ACCESS_GRANT_TIMEOUT = 15_000;

/**
 * The access-ready flows: what the fake's claim stream grants after the claim (its mint options). A few hundred
 * ms of grants keep each flow near 2.5 s: the quiet period both Polar and the element wait is 2 s.
 */
export const ACCESS_SCENARIOS = [
  { key: 'accessNoBenefits', label: 'no benefits', mint: { benefits: [] } },
  {
    key: 'accessThreeBenefits',
    label: '3 benefits, 200 ms apart',
    mint: { benefits: ['license_keys', 'downloadables', 'discord'], grantDelayMs: 200 },
  },
];

const CONFIGS = {
  full: {
    evalReps: 30,
    flowReps: 40,
    breakdownReps: 10,
    renderReps: 5,
    heapReps: 5,
    heapCount: 100,
    cycles: 1000,
    baselineCycles: true,
    accessReps: 3,
  },
  // The smoke run checks the widget's heap only: the baseline's cycles would double its longest step.
  smoke: {
    evalReps: 3,
    flowReps: 3,
    breakdownReps: 1,
    renderReps: 2,
    heapReps: 1,
    heapCount: 20,
    cycles: 200,
    baselineCycles: false,
    accessReps: 1,
  },
};

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      bundle: { type: 'string' },
      cycles: { type: 'string' },
      latency: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const config = { ...CONFIGS[values.smoke ? 'smoke' : 'full'] };
  if (values.cycles !== undefined) config.cycles = Number(values.cycles);
  if (!(Number.isInteger(config.cycles) && config.cycles >= 20))
    throw new Error('--cycles must be an integer of at least 20');
  const latencyMs = Number(values.latency);
  if (!(latencyMs >= 0)) throw new Error('--latency must be a number of milliseconds');
  return { ...values, latencyMs, config };
}

/** The heap check of one driver's readings (see leakBounds). */
export function leakCheck(readings) {
  const cycles = readings[readings.length - 1].cycle;
  const bounds = leakBounds(cycles);
  const late = readings.filter((r) => r.cycle >= cycles / 2);
  const x = late.map((r) => r.cycle);
  const perCycle = Object.fromEntries(
    Object.keys(bounds).map((key) => [
      key,
      slope(
        x,
        late.map((r) => r[key]),
      ),
    ]),
  );
  const failures = Object.entries(bounds)
    .filter(([key, bound]) => !(perCycle[key] < bound))
    .map(([key, bound]) => `${key} grows ${perCycle[key].toFixed(2)} a cycle (bound ${bound})`);
  const first = late[0];
  const last = late[late.length - 1];
  return {
    from: first.cycle,
    to: last.cycle,
    perCycle,
    change: Object.fromEntries(Object.keys(bounds).map((key) => [key, last[key] - first[key]])),
    bounds,
    ok: failures.length === 0,
    failures,
  };
}

function sample(values, pick) {
  return summarize(values.map(pick));
}

const FLOW_ROWS = [
  ['insertInfo', 'insertion → info request starts', 'insertToInfoRequest'],
  ['infoReady', 'info response → `ready` rendered', 'infoResponseToReady'],
  ['clickClaim', 'click → claim request starts', 'clickToClaimRequest'],
  ['claimClaimed', 'claim response → `claimed` rendered', 'claimResponseToClaimed'],
  ['insertReady', 'insertion → `ready` rendered (whole)', 'insertToReady'],
];

/** Median (ms since insertion) of `label` over the samples, NaN when missing. */
function at(samples, label) {
  return quantile(
    samples.map((s) => s[label]),
    0.5,
  );
}

/**
 * The access-ready table: per scenario, the widget's claim response → `seat-access-ready` beside Polar's rules
 * on the same flow's events (bench/measures.mjs `polarAccessReady`), all in ms after the claim response (the
 * claim request's Resource Timing `responseEnd`). Returns the summaries, the table's rows, each scenario's
 * median event timeline and the flows that did not see every benefit.
 */
function accessSummary(results) {
  const summaries = {};
  const timelines = [];
  const rows = [];
  const incomplete = [];
  for (const { key, label, mint } of ACCESS_SCENARIOS) {
    const flowsOf = results[key];
    const after = (flow, time) => time - flow.claimResponse;
    const widget = flowsOf.map((flow) => after(flow, flow.accessReady));
    const polar = flowsOf.map((flow) => after(flow, polarAccessReady(flow)));
    summaries[key] = {
      widget: summarize(widget),
      polar: summarize(polar),
      difference: summarize(widget.map((w, i) => w - polar[i])),
    };
    const count = mint.benefits.length;
    flowsOf.forEach((flow, i) => {
      if (!flow.complete || flow.accessBenefits !== count || flow.benefits.length !== count)
        incomplete.push(
          `${key}[${i}]: seat-access-ready with ${flow.accessBenefits} of ${count} benefits (complete ${flow.complete}), ${flow.benefits.length} seen on the stream`,
        );
    });
    const timeline = {
      key,
      label,
      benefits: count,
      grantDelayMs: mint.grantDelayMs ?? null,
      flows: flowsOf.length,
      streamClaimed: quantile(
        flowsOf.map((flow) => after(flow, flow.streamClaimed)),
        0.5,
      ),
      arrivals: Array.from({ length: count }, (_, n) =>
        quantile(
          flowsOf.map((flow) => after(flow, flow.benefits[n])),
          0.5,
        ),
      ),
    };
    timelines.push(timeline);
    const { widget: w, polar: p, difference: d } = summaries[key];
    const grants = timeline.arrivals.length ? `; granted ${timeline.arrivals.map((t) => ms(t)).join(', ')}` : '';
    const events = `claimed ${ms(timeline.streamClaimed)}${grants}`;
    rows.push([
      `${label} (${events})`,
      spreadMs(w),
      spreadMs(p),
      ratio(w.median, p.median),
      `${d.median >= 0 ? '+' : ''}${ms(d.median)} ms`,
    ]);
  }
  return { summaries, timelines, rows, incomplete };
}

/** The breakdown table's rows: each phase's median length for the widget and the baseline. */
function breakdownRows(phases) {
  const w = (label) => at(phases.widget, label);
  const b = (label) => at(phases.baseline, label);
  const diff = (samples, from, to) =>
    quantile(
      samples.map((s) => s[to] - s[from]),
      0.5,
    );
  const W = (from, to) => diff(phases.widget, from, to);
  const B = (from, to) => diff(phases.baseline, from, to);
  return [
    ['create the element, set its attributes, insert it', ms(w('shadow>')), '—'],
    ['attach the shadow root, adopt the styles', ms(W('shadow>', 'shadow<')), '—'],
    ['wait for the first update (a microtask)', ms(W('shadow<', 'update>')), '—'],
    ['run the info task up to `fetch()`', ms(W('update>', 'fetch>')), ms(b('fetch>'))],
    ['`fetch()` until the request starts (the browser)', ms(W('fetch>', 'request')), ms(B('fetch>', 'request'))],
    ['= insertion → info request starts', ms(w('request')), ms(b('request'))],
    ['render the `loading` state (after the request left)', ms(W('fetch<', 'update<')), '—'],
    ['request → response end (network, no latency)', ms(W('request', 'responseEnd')), ms(B('request', 'responseEnd'))],
    ['response end → `fetch()` resolves', ms(W('responseEnd', 'response')), ms(B('responseEnd', 'response'))],
    ['read the body', ms(W('response', 'body')), ms(B('response', 'body'))],
    ['parse, validate, complete the task, schedule the update', ms(W('body', 'update>#2')), '—'],
    ['render `ready` and dispatch `seat-claim-info`', ms(W('update>#2', 'ready')), ms(B('body', 'ready'))],
    ['= info response → `ready` rendered', ms(W('responseEnd', 'ready')), ms(B('responseEnd', 'ready'))],
  ];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    printUsage(import.meta.url);
    return;
  }
  const { config } = options;
  const log = (message) => {
    if (!options.json) console.error(message);
  };
  const started = Date.now();
  ensureBuilt(log);
  const bundleFile = options.bundle ?? WIDGET_BUNDLE;
  const widgetCode = readBundle(bundleFile);
  const emptyLitCode = await bundleSource(EMPTY_LIT_SOURCE);
  // Sizes as `npm run size` measures them: the file as shipped, the floor as generated.
  const sizes = {
    widget: measureSize(readFileSync(path.resolve(repoRoot, bundleFile), 'utf8')),
    emptyLit: measureSize(emptyLitCode),
  };

  const h = await startHarness({
    bundles: { widget: widgetCode, 'empty-lit': emptyLitCode },
    latencyMs: options.latencyMs,
  });
  const results = {};
  try {
    const env = await machine(h.browser);
    const step = async (name, run) => {
      const t0 = Date.now();
      log(`  ${name}…`);
      results[name] = await run();
      log(`    ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    };
    log(`Benchmarking ${bundleFile} (${options.smoke ? 'smoke' : 'full'} run)`);
    await step('evaluation', () => evaluation(h, { reps: config.evalReps, bundles: ['widget', 'empty-lit'] }));
    await step('flows', () => flows(h, { reps: config.flowReps }));
    await step('breakdown', () => breakdown(h, { reps: config.breakdownReps }));
    await step('renders', () => renders(h, { reps: config.renderReps }));
    await step('heapPerInstance', () => heapPerInstance(h, { reps: config.heapReps, count: config.heapCount }));
    await step('heapCycles', () =>
      heapCycles(h, { cycles: config.cycles, kinds: config.baselineCycles ? ['widget', 'baseline'] : ['widget'] }),
    );
    await step('accessReady', () =>
      accessReady(h, { reps: config.accessReps, grantTimeout: ACCESS_GRANT_TIMEOUT, scenarios: ACCESS_SCENARIOS }),
    );
    if (h.errors.length) throw new Error(`the bench pages reported errors:\n${h.errors.join('\n')}`);
    results.machine = env;
  } finally {
    await h.close();
  }

  const { evaluation: ev, flows: fl, renders: rd, heapPerInstance: hp, heapCycles: hc } = results;
  const summary = {
    evaluation: { widget: summarize(ev.widget.main), emptyLit: summarize(ev['empty-lit'].main) },
    parse: { widget: summarize(ev.widget.parse), emptyLit: summarize(ev['empty-lit'].parse) },
    compile: { widget: summarize(ev.widget.compile), emptyLit: summarize(ev['empty-lit'].compile) },
    evaluate: { widget: summarize(ev.widget.evaluate), emptyLit: summarize(ev['empty-lit'].evaluate) },
  };
  for (const [key, , field] of FLOW_ROWS) {
    summary[key] = { widget: sample(fl.widget, (s) => s[field]), baseline: sample(fl.baseline, (s) => s[field]) };
    summary[`${key}Again`] = {
      widget: sample(fl.widgetAgain, (s) => s[field]),
      baseline: sample(fl.baselineAgain, (s) => s[field]),
    };
  }
  const renderCounts = rd.map((states) => states.length);
  summary.renders = { widget: summarize(renderCounts), states: rd[0], minimum: MIN_RENDERS, baseline: MIN_RENDERS };
  summary.heapPerInstance = {
    widget: sample(hp.widget, (s) => s.total),
    baseline: sample(hp.baseline, (s) => s.total),
    widgetJs: sample(hp.widget, (s) => s.js),
    baselineJs: sample(hp.baseline, (s) => s.js),
    widgetNodes: sample(hp.widget, (s) => s.nodes),
    baselineNodes: sample(hp.baseline, (s) => s.nodes),
  };
  const leak = { widget: leakCheck(hc.widget), baseline: hc.baseline && leakCheck(hc.baseline) };
  const access = accessSummary(results.accessReady);
  Object.assign(summary, access.summaries);
  const baselineLeak = (pick) => (leak.baseline ? pick(leak.baseline) : 'not run');

  const rows = [
    [
      'script evaluation, main thread (compile + evaluate)',
      spreadMs(summary.evaluation.widget),
      spreadMs(summary.evaluation.emptyLit),
      ratio(summary.evaluation.widget.median, summary.evaluation.emptyLit.median),
    ],
    [
      '  script parse off the main thread (CPU)',
      spreadMs(summary.parse.widget),
      spreadMs(summary.parse.emptyLit),
      ratio(summary.parse.widget.median, summary.parse.emptyLit.median),
    ],
    ...FLOW_ROWS.flatMap(([key, label]) =>
      [
        [label, summary[key]],
        ['  2nd instance on the page', summary[`${key}Again`]],
      ].map(([text, { widget, baseline }]) => [
        text,
        spreadMs(widget),
        spreadMs(baseline),
        ratio(widget.median, baseline.median),
      ]),
    ),
    [
      `renders per claim flow (minimum possible: ${MIN_RENDERS})`,
      `${summary.renders.widget.median} (${rd[0].join(', ')})`,
      `${MIN_RENDERS} DOM writes`,
      ratio(summary.renders.widget.median, MIN_RENDERS),
    ],
    [
      'heap per instance, `ready` (V8 + Blink)',
      spreadKib(summary.heapPerInstance.widget),
      spreadKib(summary.heapPerInstance.baseline),
      ratio(summary.heapPerInstance.widget.median, summary.heapPerInstance.baseline.median),
    ],
    [
      '  of which V8 (JS objects)',
      kib(summary.heapPerInstance.widgetJs.median, 2),
      kib(summary.heapPerInstance.baselineJs.median, 2),
      ratio(summary.heapPerInstance.widgetJs.median, summary.heapPerInstance.baselineJs.median),
    ],
    [
      '  DOM nodes per instance',
      summary.heapPerInstance.widgetNodes.median.toFixed(0),
      summary.heapPerInstance.baselineNodes.median.toFixed(0),
      ratio(summary.heapPerInstance.widgetNodes.median, summary.heapPerInstance.baselineNodes.median),
    ],
    [
      `heap growth per cycle, cycles ${leak.widget.from}→${leak.widget.to} (V8)`,
      bytes(leak.widget.perCycle.js),
      baselineLeak((l) => bytes(l.perCycle.js)),
      '—',
    ],
    [`  (Blink)`, bytes(leak.widget.perCycle.embedder), baselineLeak((l) => bytes(l.perCycle.embedder)), '—'],
    [
      `  DOM nodes, listeners gained over ${leak.widget.from}→${leak.widget.to}`,
      `${leak.widget.change.nodes}, ${leak.widget.change.listeners}`,
      baselineLeak((l) => `${l.change.nodes}, ${l.change.listeners}`),
      '—',
    ],
    [
      'bundle, minified (`npm run size`)',
      bytes(sizes.widget.min),
      bytes(sizes.emptyLit.min),
      ratio(sizes.widget.min, sizes.emptyLit.min),
    ],
    [
      'bundle, gzip -9',
      bytes(sizes.widget.gzip),
      bytes(sizes.emptyLit.gzip),
      ratio(sizes.widget.gzip, sizes.emptyLit.gzip),
    ],
    [
      'bundle, brotli -q 11',
      bytes(sizes.widget.brotli),
      bytes(sizes.emptyLit.brotli),
      ratio(sizes.widget.brotli, sizes.emptyLit.brotli),
    ],
  ];

  // Everything that must be a number: a measure that could not be taken fails the run.
  const missing = [];
  const check = (name, value) => {
    if (!Number.isFinite(value)) missing.push(name);
  };
  for (const [name, pair] of Object.entries(summary)) {
    for (const [side, value] of Object.entries(pair))
      if (value && typeof value === 'object' && 'median' in value) check(`${name}.${side}`, value.median);
  }
  for (const side of ['widget', 'baseline'])
    for (const [key, value] of Object.entries(leak[side]?.perCycle ?? {})) check(`heapCycles.${side}.${key}`, value);
  if (new Set(renderCounts).size !== 1)
    missing.push(`renders: not the same in every flow (${renderCounts.join(', ')})`);
  missing.push(...access.incomplete);

  const output = {
    machine: results.machine,
    bundle: bundleFile,
    mode: options.smoke ? 'smoke' : 'full',
    latencyMs: options.latencyMs,
    config,
    seconds: (Date.now() - started) / 1000,
    summary,
    accessReady: { grantTimeout: ACCESS_GRANT_TIMEOUT, scenarios: access.timelines },
    sizes,
    leak,
    missing,
    raw: options.json ? results : undefined,
  };

  if (options.json) {
    console.log(JSON.stringify(output, null, 2));
  } else {
    const m = results.machine;
    const cfg = `${config.evalReps} loads each for evaluation, ${config.flowReps} for the flows, ${config.heapReps}×${config.heapCount} instances for heap per instance, ${config.cycles} heap cycles`;
    console.log(
      `\n${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}; ${m.chromium} (headless); Node ${m.node}; load average ${m.load.toFixed(1)}`,
    );
    const latency = options.latencyMs ? `${options.latencyMs} ms of added latency` : 'no added latency';
    console.log(`${bundleFile} against the fake Polar API, ${latency}; ${cfg}. Median (10th–90th percentile).\n`);
    console.log(table(['measure', 'widget', 'baseline', 'ratio'], rows));
    console.log(
      '\nBaselines: evaluation and size, an empty LitElement bundled the same way; flows, a page that calls `fetch` at the',
    );
    console.log(
      'same moment and writes plain DOM; heap, the same plain-DOM card. Ratio = widget median / baseline median.',
    );
    console.log(
      `\nWhere the widget's time goes (median of ${config.breakdownReps} instrumented flows, ms since insertion, first instance on the page)\n`,
    );
    console.log(table(['phase', 'widget', 'baseline'], breakdownRows(results.breakdown)));
    console.log(
      `\nHeap check (${config.cycles} create-claim-remove cycles, forced GC, slope over cycles ${leak.widget.from}→${leak.widget.to}):`,
    );
    const bound = Object.entries(leak.widget.bounds)
      .map(([k, v]) => `${k} ${leak.widget.perCycle[k].toFixed(1)} < ${v}`)
      .join(', ');
    console.log(
      `  ${leak.widget.ok ? 'ok' : 'FAILED'}: ${bound} (per cycle)${leak.widget.ok ? '' : `\n  ${leak.widget.failures.join('\n  ')}`}`,
    );
    console.log(
      `\nClaim response → \`seat-access-ready\`, the wait for benefits on (grant-timeout ${ACCESS_GRANT_TIMEOUT}), beside Polar's rules on the same events (median of ${config.accessReps} flow${config.accessReps === 1 ? '' : 's'} each; in brackets, when customer_seat.claimed and each benefit.granted arrived, ms after the claim response)\n`,
    );
    console.log(table(['benefits granted', 'widget', "Polar's rules", 'ratio', 'widget − Polar'], access.rows));
    console.log(
      "\nPolar's rules: min(click + 15000, max(click + 1000, (last benefit.granted, else customer_seat.claimed) + 2000)), no rendering counted.",
    );
    console.log(`\n${output.seconds.toFixed(0)} s`);
  }
  if (missing.length) console.error(`Could not measure: ${missing.join('; ')}`);
  if (!leak.widget.ok) console.error(`The heap grows over the widget's cycles: ${leak.widget.failures.join('; ')}`);
  if (missing.length || !leak.widget.ok) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
