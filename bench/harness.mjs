// What `npm run bench` runs on: the fake Polar API (in-process, no added latency, no rate limit), a small
// static server for the bench pages and bundles, and headless Chromium driven through puppeteer-core and
// DevTools Protocol sessions.
//
// The pages are served from http://127.0.0.1:<pages port> and the API answers on http://127.0.0.1:<api port>:
// another origin, so every request crosses origins and meets CORS as on a merchant's site. Pages are
// cross-origin isolated (COOP + COEP), which gives `performance.now()` and Resource Timing 5 µs resolution
// instead of 100 µs. Every bundle is served with `no-store` and a unique trailing comment, so that no load
// reuses a compiled script from the HTTP cache, the code cache or V8's in-memory compilation cache: each
// load pays what a first visit pays.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { startMockServer } from '../mock/server.mjs';
import { cdnPlugins } from '../rollup.config.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WIDGET_BUNDLE = 'dist/cdn/polar-seat-claim.js';

/** The floor: a LitElement with nothing in it, the same entry `npm run size` measures as "empty LitElement". */
export const EMPTY_LIT_SOURCE = `import { LitElement } from 'lit';\nclass EmptyElement extends LitElement {}\ncustomElements.define('empty-element', EmptyElement);\n`;

/** Builds `dist/` when the bundle is missing (a fresh checkout): `node scripts/build.mjs`. */
export function ensureBuilt(log = console.error) {
  if (existsSync(path.join(repoRoot, WIDGET_BUNDLE))) return;
  log(`${WIDGET_BUNDLE} is missing: building (node scripts/build.mjs)…`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Bundles source text with the CDN bundle's rollup plugins (rollup.config.mjs `cdnPlugins()`): the same minifier settings. */
export async function bundleSource(source) {
  const build = await rollup({
    input: '\0entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === '\0entry' ? id : null),
        load: (id) => (id === '\0entry' ? source : null),
      },
      ...cdnPlugins(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

/** The bundle without its source map comment (nothing asks for the map during a measure). */
export function readBundle(file) {
  return readFileSync(path.resolve(repoRoot, file), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '\n');
}

const ISOLATED = {
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/**
 * @param {{ bundles: Record<string, string> }} options bundle name → code, served on /bundle/<name>.js
 */
async function startPagesServer({ bundles }) {
  const runtime = readFileSync(path.join(repoRoot, 'bench/page-runtime.mjs'), 'utf8');
  let nonce = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const js = { ...ISOLATED, 'content-type': 'text/javascript; charset=utf-8' };
    const html = { ...ISOLATED, 'content-type': 'text/html; charset=utf-8' };
    const bundle = /^\/bundle\/([\w-]+)\.js$/.exec(url.pathname);
    const chunk = bundle && path.join(repoRoot, 'dist/cdn', `${bundle[1]}.js`);
    if (bundle && bundles[bundle[1]] !== undefined) {
      nonce += 1;
      res.writeHead(200, js).end(`${bundles[bundle[1]]}\n// bench load ${nonce}\n`);
    } else if (chunk && bundle[1].startsWith('polar-seat-claim-') && existsSync(chunk)) {
      // A file the module loads on demand beside itself.
      res.writeHead(200, js).end(readFileSync(chunk));
    } else if (url.pathname === '/page-runtime.mjs') {
      res.writeHead(200, js).end(runtime);
    } else if (url.pathname === '/eval') {
      // Nothing but the module under test: its trace events are the only module events of the page.
      const name = url.searchParams.get('bundle');
      res
        .writeHead(200, html)
        .end(
          `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/bundle/${name}.js?${url.searchParams.get('n')}"></script>`,
        );
    } else if (url.pathname === '/page') {
      // The bundle (if any) first, then the page runtime, exposed as `window.bench`.
      const name = url.searchParams.get('bundle');
      const load = name ? `import '/bundle/${name}.js?${url.searchParams.get('n')}';\n` : '';
      res
        .writeHead(200, html)
        .end(
          `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title><body><script type="module">${load}import * as bench from '/page-runtime.mjs';\nwindow.bench = bench;\n</script></body>`,
        );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // A page left behind must not stay alive in the back/forward cache: the heap readings cover the whole renderer.
  '--disable-features=BackForwardCache',
];

/**
 * Starts everything. `bundles` maps names to code; pages load `widget` and `empty-lit` by name. `latencyMs`
 * delays every answer of the fake API (preflights included); the bench's figures are taken without.
 * @param {{ bundles: Record<string, string>, latencyMs?: number }} options
 */
export async function startHarness({ bundles, latencyMs = 0 }) {
  const mock = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    rateLimitPerMinute: Number.POSITIVE_INFINITY,
    // The access-ready flows open two claim streams each (the element's and the page's observer).
    streamConnectionsPerMinute: Number.POSITIVE_INFINITY,
    latencyMs,
  });
  const pages = await startPagesServer({ bundles });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ...CHROMIUM_ARGS],
    // Puppeteer's own Network domain keeps data for every request in the renderer (~0.5 KB a request, in
    // Blink's heap): it would show as a leak of the page, whatever the page does. Nothing here needs it.
    networkEnabled: false,
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  let loads = 0;

  return {
    apiUrl: mock.url,
    pagesUrl: pages.url,
    browser,
    page,
    cdp,
    errors,
    /** A fresh single-use invitation, minted in-process (`options`: the fake's mint options, e.g. `benefits`). */
    mint: (options = {}) => mock.api.mint(options).token,
    /** Navigates to a bench page that loads `bundle` (or none) and the page runtime; resolves when loaded. */
    async open(bundle) {
      loads += 1;
      await page.goto(`${pages.url}/page?${bundle ? `bundle=${bundle}&` : ''}n=${loads}`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.bench !== undefined, { timeout: 10_000 });
    },
    /** The URL of a page holding nothing but `bundle` as a module script. */
    evalUrl(bundle) {
      loads += 1;
      return `${pages.url}/eval?bundle=${bundle}&n=${loads}`;
    },
    /**
     * Full garbage collections (V8 and Blink's heap, together), with a few milliseconds between them for
     * finalizers and for what a finished navigation tears down, until the DOM node count and the V8 heap
     * stop falling (at least 3, at most 8).
     */
    async collectGarbage() {
      let last;
      for (let i = 0; i < 8; i += 1) {
        await cdp.send('HeapProfiler.collectGarbage');
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 5)));
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const nodes = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'Nodes')?.value;
        if (i >= 2 && last && nodes >= last.nodes && usedSize >= last.usedSize) return;
        last = { nodes, usedSize };
      }
    },
    /** Heap after the last collection: V8's used size plus Blink's (Oilpan, the DOM) used size, in bytes. */
    async heap() {
      const usage = await cdp.send('Runtime.getHeapUsage');
      const metrics = Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]),
      );
      return {
        js: usage.usedSize,
        embedder: usage.embedderHeapUsedSize ?? 0,
        total: usage.usedSize + (usage.embedderHeapUsedSize ?? 0),
        nodes: metrics.Nodes,
        listeners: metrics.JSEventListeners,
      };
    },
    async close() {
      await browser.close().catch(() => undefined);
      await pages.close();
      await mock.close();
    },
  };
}

/** What the figures were measured on. */
export async function machine(browser) {
  const cpus = os.cpus();
  let model = cpus[0]?.model?.trim() ?? 'unknown';
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() has it.
  }
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpu: model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    /** Other work on the machine spreads the figures: the 1-minute load average when the run started. */
    load: os.loadavg()[0],
    chromium: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
  };
}

/** `--help`: a bench script's header comment, its usage. */
export function printUsage(scriptUrl) {
  const lines = readFileSync(new URL(scriptUrl), 'utf8').split('\n');
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((line) => !line.startsWith('//')),
      )
      .map((line) => line.slice(3))
      .join('\n'),
  );
}
