// `npm run bench:network`: the invitee's wait on a phone's network, from navigation start, for the README's
// snippets and their variants, beside the physical limit. Three HTTPS origins (the merchant's page, the
// CDN, the fake Polar API), each behind a latency proxy (bench/net-proxy.mjs) that makes every byte pay
// the profile's round trip and bandwidth; headless Chromium, every load in a new tab with the cache cleared
// and every connection of the last load closed (checked). docs/bench.md, "On a real network", explains
// every figure.
//
//   node bench/net-bench.mjs                  the full run: 4g (every variant), slow3g (five), loopback (three)
//   node bench/net-bench.mjs --smoke          2 loads of each variant, 4g only (npm test runs it)
//   node bench/net-bench.mjs --json           the results as JSON on stdout instead of the table
//   node bench/net-bench.mjs --profiles 4g --variants cdn-today,cdn-preconnect --loads 30
//
// Exits 1 when a load fails, a measure is missing, or a connection was reused across loads.
import { createSecureServer } from 'node:http2';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { createPolarApi } from '../mock/polar-api.mjs';
import { WIDGET_BUNDLE, ensureBuilt, machine, printUsage, readBundle, repoRoot } from './harness.mjs';
import { startNetwork } from './net-network.mjs';
import { makeCertificate } from './net-tls.mjs';
import {
  APP_PATH,
  CDN_HINT_PATH,
  CDN_PATH,
  HOSTS,
  PROFILES,
  VARIANTS,
  appModule,
  limits,
  pageHtml,
  withWidgetHint,
} from './net-variants.mjs';
import { ms, quantile, ratio, summarize, table } from './stats.mjs';

/**
 * Loads of each variant per profile, and which variants. A slow 3G load takes about 5 s: that profile
 * runs the variants that differ in what they ask of the network. `loopback` (no network: limit 0) shows
 * what the machine itself spends from navigation to `ready`.
 */
const RUNS = {
  full: {
    '4g': { loads: 11, variants: Object.keys(VARIANTS) },
    slow3g: { loads: 5, variants: ['cdn-today', 'cdn-preconnect', 'cdn-floor', 'npm-today', 'npm-preconnect'] },
    loopback: { loads: 11, variants: ['cdn-today', 'cdn-preconnect', 'cdn-floor'] },
  },
  smoke: { '4g': { loads: 2, variants: Object.keys(VARIANTS) } },
};

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      profiles: { type: 'string' },
      variants: { type: 'string' },
      loads: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const mode = values.smoke ? 'smoke' : 'full';
  const profiles = values.profiles?.split(',') ?? Object.keys(RUNS[mode]);
  const variantList = values.variants?.split(',');
  for (const name of variantList ?? []) if (!VARIANTS[name]) throw new Error(`unknown variant ${name}`);
  const runs = Object.fromEntries(
    profiles.map((name) => {
      if (!PROFILES[name]) throw new Error(`unknown profile ${name}`);
      const run = RUNS[mode][name] ?? RUNS.full[name];
      return [name, { loads: values.loads ? Number(values.loads) : run.loads, variants: variantList ?? run.variants }];
    }),
  );
  for (const { loads } of Object.values(runs))
    if (!(Number.isInteger(loads) && loads >= 1)) throw new Error('--loads must be a positive integer');
  return { ...values, mode, profiles, runs };
}

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });

/**
 * A JavaScript file as a CDN sends it: brotli when asked for (the bench's browser always asks over HTTPS),
 * `access-control-allow-origin: *` (a cross-origin module script is a CORS request).
 */
function sendScript(req, res, { plain, compressed }, headers) {
  const br = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    'content-type': 'text/javascript; charset=utf-8',
    ...(br ? { 'content-encoding': 'br' } : {}),
    vary: 'accept-encoding',
    ...headers,
  });
  res.end(br ? compressed : plain);
}

/**
 * The three HTTPS origins on loopback. Every request is filed under the load it arrived in; a connection
 * that carries requests of two loads is counted in `reused`.
 */
async function startOrigins({ key, cert, bundle }) {
  const api = createPolarApi({ rateLimitPerMinute: Number.POSITIVE_INFINITY });
  const file = (text) => ({ plain: text, compressed: brotli(text) });
  // The files the module loads on demand beside itself: beside it on the CDN, and beside the app's bundle.
  const chunks = readdirSync(path.join(repoRoot, 'dist/cdn'))
    .filter((name) => /^polar-seat-claim-.+\.js$/.test(name))
    .map((name) => [name, file(readBundle(`dist/cdn/${name}`))]);
  const beside = (entry) =>
    Object.fromEntries(chunks.map(([name, chunk]) => [path.posix.join(path.posix.dirname(entry), name), chunk]));
  const scripts = {
    [CDN_PATH]: file(bundle),
    [CDN_HINT_PATH]: file(withWidgetHint(bundle)),
    ...beside(CDN_PATH),
  };
  const appChunks = beside(APP_PATH);
  const app = file(appModule(bundle));
  const state = { load: 0, reused: 0 };
  const loadOf = new WeakMap();
  const track = (req) => {
    // One HTTP/2 session (or HTTP/1.1 socket) is one connection.
    const connection = req.stream?.session ?? req.socket;
    const seen = loadOf.get(connection);
    if (seen !== undefined && seen !== state.load) state.reused += 1;
    loadOf.set(connection, state.load);
  };
  const handlers = {
    page(req, res) {
      const url = new URL(req.url ?? '/', `https://${HOSTS.page}`);
      if (url.pathname === '/claim') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(pageHtml(url.searchParams.get('v') ?? ''));
      } else if (url.pathname === APP_PATH) {
        sendScript(req, res, app, { 'cache-control': 'no-store' });
      } else if (appChunks[url.pathname]) {
        sendScript(req, res, appChunks[url.pathname], { 'cache-control': 'no-store' });
      } else res.writeHead(404).end();
    },
    cdn(req, res) {
      const script = scripts[new URL(req.url ?? '/', `https://${HOSTS.cdn}`).pathname];
      if (!script) return void res.writeHead(404).end();
      sendScript(req, res, script, {
        'access-control-allow-origin': '*',
        'timing-allow-origin': '*',
        'cache-control': 'public, max-age=604800',
      });
    },
    async api(req, res) {
      // Not one of Polar's headers: lets the page read the requests' connection and byte timings. Added as
      // the fake API writes its head (it clears headers set before).
      const writeHead = res.writeHead;
      res.writeHead = (status, headers) => writeHead.call(res, status, { ...headers, 'timing-allow-origin': '*' });
      if (!(await api.handle(req, res))) res.writeHead(404).end();
    },
  };
  const servers = {};
  for (const [name, handle] of Object.entries(handlers)) {
    const server = createSecureServer({ key, cert, allowHTTP1: true }, (req, res) => {
      track(req);
      Promise.resolve(handle(req, res)).catch((error) => {
        console.error(`[${name}]`, error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    const sessions = new Set();
    server.on('session', (session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
    });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(undefined));
    });
    servers[name] = { server, sessions };
  }
  return {
    ports: Object.fromEntries(Object.entries(servers).map(([name, { server }]) => [name, server.address().port])),
    state,
    mint: () => api.mint({}).token,
    close: async () => {
      api.close();
      await Promise.all(
        Object.values(servers).map(
          ({ server, sessions }) =>
            new Promise((resolve) => {
              server.close(() => resolve(undefined));
              for (const session of sessions) session.destroy();
            }),
        ),
      );
    },
  };
}

/** What the page measured, all in ms since navigation start (see docs/bench.md for each). */
function readTimings() {
  const resources = performance.getEntriesByType('resource');
  const navigation = performance.getEntriesByType('navigation')[0];
  const info = resources.find((e) => /\/v1\/customer-seats\/claim\/[^/]+$/.test(e.name));
  const claim = resources.find((e) => e.name.endsWith('/v1/customer-seats/claim'));
  // The widget's script, or the app bundle that holds it (the only .js file of the pages).
  const script = resources.find((e) => new URL(e.name).pathname.endsWith('.js'));
  const net = window.__net;
  return {
    htmlResponseStart: navigation.responseStart,
    htmlBytes: navigation.encodedBodySize,
    scriptEnd: script?.responseEnd,
    scriptBytes: script?.encodedBodySize,
    infoFetch: info?.startTime,
    infoConnectStart: info?.connectStart,
    infoConnectEnd: info?.connectEnd,
    infoSent: info?.requestStart,
    infoEnd: info?.responseEnd,
    infoBytes: info?.encodedBodySize,
    ready: net['seat-claim-info'],
    click: net.click,
    claimSent: claim?.requestStart,
    claimEnd: claim?.responseEnd,
    claimBytes: claim?.encodedBodySize,
    claimed: net['seat-claimed'],
  };
}

/** One visit: a fresh incognito context, the page, `ready`, a click, `claimed`. */
async function visit({ browser, origins, network, load, variant, timeoutMs }) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    const errors = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    const token = origins.mint();
    origins.state.load = load;
    await network.startLoad(load);
    await page.goto(`https://${HOSTS.page}/claim?v=${variant}&n=${load}&token=${token}`, {
      waitUntil: 'domcontentloaded',
      timeout: timeoutMs,
    });
    const settled = (event) =>
      page.waitForFunction(
        (type) => window.__net[type] !== undefined || window.__net.error,
        { timeout: timeoutMs },
        event,
      );
    await settled('seat-claim-info');
    const failed = () => page.evaluate(() => window.__net.error);
    if (await failed()) throw new Error(`${variant}: ${await failed()}`);
    await page.evaluate(() => {
      // The element's button, or the floor page's.
      const root = document.querySelector('polar-seat-claim')?.shadowRoot ?? document;
      const button = root.querySelector('[part~="claim-button"]');
      window.__net.click = performance.now();
      button.click();
    });
    await settled('seat-claimed');
    if (await failed()) throw new Error(`${variant}: ${await failed()}`);
    const timings = await page.evaluate(readTimings);
    if (errors.length) throw new Error(`${variant}: ${errors.join('\n')}`);
    const opened = await network.connectionsOf(load);
    const connections = Object.fromEntries(Object.entries(opened).map(([name, c]) => [name, c.connections]));
    return { ...timings, connections, apiConnectionOpened: opened.api.firstAt };
  } finally {
    await page.close();
    await network.closeConnections();
  }
}

const MEASURES = [
  ['infoSent', 'info request sent', (s) => s.infoSent],
  ['ready', '`ready` rendered', (s) => s.ready],
  ['claimed', 'click → `claimed`', (s) => s.claimed - s.click],
];

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    printUsage(import.meta.url);
    return;
  }
  const log = (message) => {
    if (!options.json) console.error(message);
  };
  const started = Date.now();
  ensureBuilt(log);
  const bundle = readBundle(WIDGET_BUNDLE);
  const tls = makeCertificate(Object.values(HOSTS));
  const origins = await startOrigins({ key: tls.key, cert: tls.cert, bundle });
  const network = await startNetwork(
    Object.fromEntries(Object.entries(HOSTS).map(([name, host]) => [name, { host, port: origins.ports[name] }])),
  );
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'net-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    userDataDir,
    networkEnabled: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      `--host-resolver-rules=${Object.entries(HOSTS)
        .map(([name, host]) => `MAP ${host} 127.0.0.1:${network.ports[name]}`)
        .join(', ')}, MAP * ~NOTFOUND`,
      `--ignore-certificate-errors-spki-list=${tls.spki}`,
      // Chromium learns which origins a site's pages use and connects to them at the next navigation: that
      // would give every variant a hint of its own after a few loads.
      '--disable-features=LoadingPredictorUseLocalPredictions',
    ],
  });
  const samples = {};
  const lateness = {};
  let env;
  try {
    env = await machine(browser);
    let load = 0;
    for (const profileName of options.profiles) {
      const profile = PROFILES[profileName];
      await network.setProfile(profile);
      await network.lateness();
      const timeoutMs = 60 * profile.rttMs + 30_000;
      const t0 = Date.now();
      const { loads, variants } = options.runs[profileName];
      log(`  ${profile.label}: ${loads} loads of ${variants.length} variants…`);
      // One warm-up load (a new renderer, Chromium's first TLS set-up): not counted.
      for (let rep = 0; rep <= loads; rep += 1) {
        // Variants rotate, so that drift on the machine hits each alike.
        const order = variants.map((_, i) => variants[(i + rep) % variants.length]);
        for (const variant of rep === 0 ? order.slice(0, 1) : order) {
          load += 1;
          const sample = await visit({ browser, origins, network, load, variant, timeoutMs });
          if (rep > 0) ((samples[profileName] ??= {})[variant] ??= []).push(sample);
        }
      }
      lateness[profileName] = await network.lateness();
      log(`    ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    await network.close();
    await origins.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  const results = {};
  const missing = [];
  const median = (values) => quantile(values, 0.5);
  for (const [profileName, byVariant] of Object.entries(samples)) {
    results[profileName] = {};
    for (const variant of options.runs[profileName].variants) {
      const list = byVariant[variant];
      const bytes = {
        html: median(list.map((s) => s.htmlBytes)),
        script: median(list.map((s) => s.scriptBytes)),
        info: median(list.map((s) => s.infoBytes)),
        claim: median(list.map((s) => s.claimBytes)),
      };
      const limit = limits(PROFILES[profileName], VARIANTS[variant].source, bytes);
      const measures = Object.fromEntries(
        MEASURES.map(([key, , pick]) => {
          const summary = summarize(list.map(pick));
          if (!Number.isFinite(summary.median)) missing.push(`${profileName} ${variant} ${key}`);
          return [key, { ...summary, limit: limit[key], ratio: summary.median / limit[key] }];
        }),
      );
      const connections = Object.fromEntries(
        Object.keys(HOSTS).map((name) => [name, median(list.map((s) => s.connections[name]))]),
      );
      results[profileName][variant] = {
        n: list.length,
        measures,
        bytes,
        connections,
        // When the API connection opened (proxy's clock, ms after the load started) and when the widget
        // called fetch: which came first tells whether a hint worked.
        apiConnectionOpened: summarize(list.map((s) => s.apiConnectionOpened)),
        infoFetch: summarize(list.map((s) => s.infoFetch)),
        scriptEnd: summarize(list.map((s) => s.scriptEnd)),
        samples: list,
      };
    }
  }
  const reused = origins.state.reused;
  const seconds = (Date.now() - started) / 1000;

  if (options.json) {
    console.log(
      JSON.stringify(
        {
          mode: options.mode,
          runs: options.runs,
          machine: env,
          priority: network.priority,
          lateness,
          results,
          missing,
          reused,
          seconds,
        },
        null,
        2,
      ),
    );
  } else {
    const cell = ({ median: m, p10, p90 }) => `${ms(m)} (${ms(p10)}–${ms(p90)})`;
    const rows = [];
    for (const [profileName, byVariant] of Object.entries(results)) {
      for (const [variant, result] of Object.entries(byVariant)) {
        rows.push([
          profileName,
          variant,
          result.n,
          ...MEASURES.flatMap(([key]) => {
            const m = result.measures[key];
            return [cell(m), ms(m.limit), ratio(m.median, m.limit)];
          }),
          Object.values(result.connections).join(' / '),
        ]);
      }
    }
    console.log(
      `\n${WIDGET_BUNDLE} over HTTPS behind latency proxies; every load in a new tab with the cache cleared and no connection left from the last. ms since navigation start (click → claimed: since the click), median (10th–90th percentile), the physical limit and the ratio to it. Connections: page / CDN / API opened per load.\n`,
    );
    console.log(
      table(
        ['profile', 'variant', 'n', ...MEASURES.flatMap(([, label]) => [label, 'limit', 'ratio']), 'connections'],
        rows,
      ),
    );
    console.log('');
    for (const name of options.profiles) {
      const late = lateness[name];
      console.log(
        `${name}: ${PROFILES[name].label}. The proxies wrote ${late.n} pieces ${ms(late.median)} ms late at the median (90th percentile ${ms(late.p90)}, 99th ${ms(late.p99)}).`,
      );
    }
    console.log(
      `\n${env.cpus} × ${env.cpu}; ${env.chromium}; Node ${env.node}; load average ${env.load.toFixed(1)} at the start; ${seconds.toFixed(0)} s.`,
    );
  }
  const failures = [
    ...missing.map((m) => `missing: ${m}`),
    ...(reused ? [`${reused} requests on a connection of an earlier load`] : []),
  ];
  if (failures.length) {
    console.error(`\nFAILED:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
