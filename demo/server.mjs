/**
 * `npm start`: the demo page and a fake Polar API from one server, so the widget can be tried with no
 * Polar account and no network. The element is served straight from `src/` (TypeScript compiled on
 * the fly by esbuild), so there is no build step after `npm install`.
 *
 *   PORT=9000 npm start    serve on another port (default 8000)
 *
 * Scripts and tests import `startDemoServer({ port: 0 })` to get their own server on a free port.
 * @module
 */

import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsBehindJs } from '../scripts/ts-behind-js.mjs';
import { createPolarApi, polarApiMiddleware } from '../mock/polar-api.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PORT = 8000;
const DEMO_PAGE = '/demo/';
/** Production's budget per client IP: the demo behaves like the real API, not like a test double. */
const PRODUCTION_RATE_LIMIT = 500;

/**
 * @typedef {object} DemoServer
 * @property {string} url where the demo page is, e.g. `http://localhost:8000/`
 * @property {() => Promise<void>} close stops the server and drops every open connection
 */

/**
 * `/` is the demo page. A redirect rather than a rewrite, so that the page's relative URLs
 * (`./demo.ts`, `./demo.css`) resolve against `/demo/`.
 * @param {{ path: string, redirect: (url: string) => void }} ctx
 * @param {() => Promise<unknown>} next
 */
async function landOnDemoPage(ctx, next) {
  // The query carries the demo's settings (`?scenario=expired&theme=dark`): keep it.
  if (ctx.path === '/' || ctx.path === '/index.html') return ctx.redirect(`${DEMO_PAGE}${ctx.search}`);
  return next();
}

/**
 * The demo's "Copy markup" loads this checkout's bundle from here on the developer's own page (another origin, or a
 * file): a module script is fetched with CORS. Public files, no credentials, so any origin may load them.
 * @param {{ path: string, set: (name: string, value: string) => void }} ctx
 * @param {() => Promise<unknown>} next
 */
async function shareBundles(ctx, next) {
  if (ctx.path.startsWith('/dist/cdn/')) ctx.set('access-control-allow-origin', '*');
  return next();
}

/**
 * Fails with a message a person can act on when the port is taken. The dev server would instead crash on an
 * unhandled 'error' event. Probes the same address it binds (every interface), so the answer holds.
 * @param {number} port
 */
async function assertPortFree(port) {
  if (port === 0) return;
  await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => {
      const inUse = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
      reject(
        inUse ? new Error(`Port ${port} is already in use. Pick another one, e.g. PORT=${port + 1} npm start`) : error,
      );
    });
    probe.listen(port, () => probe.close(resolve));
  });
}

/**
 * Starts the demo server: the repository root as static files (TypeScript compiled for es2021,
 * bare imports resolved to Lit's production build) with the fake Polar API mounted on the same server, which
 * the page reaches on the other loopback name (127.0.0.1), so that its requests cross origins as on a merchant's site.
 * @param {{ port?: number }} [options] `port: 0` picks a free port
 * @returns {Promise<DemoServer>}
 */
export async function startDemoServer({ port = DEFAULT_PORT } = {}) {
  await assertPortFree(port);
  const api = createPolarApi({ rateLimitPerMinute: PRODUCTION_RATE_LIMIT });
  const devServer = await startDevServer({
    config: {
      rootDir: REPO_ROOT,
      hostname: 'localhost',
      port,
      // Without 'development' in the conditions Lit resolves to its production build: no dev-mode warning.
      nodeResolve: { exportConditions: ['production'] },
      // The cache's file watcher adds files after their request was served, possibly after close(): a
      // watcher that does not hold the process open cannot keep a finished test run (or Ctrl-C) waiting.
      chokidarOptions: { persistent: false },
      middleware: [landOnDemoPage, shareBundles, polarApiMiddleware(api), tsBehindJs],
      plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: path.join(REPO_ROOT, 'tsconfig.json') })],
    },
    // This server is fully described here: a stray web-dev-server.config.* or CLI flag must not change it.
    readCliArgs: false,
    readFileConfig: false,
    // The caller owns the process: no SIGINT handler or exit from inside the library.
    autoExitProcess: false,
    logStartMessage: false,
  });
  const address = /** @type {import('node:net').AddressInfo} */ (devServer.server?.address());
  return {
    url: `http://localhost:${address.port}/`,
    async close() {
      // Hung fault requests (`hang`) would otherwise keep the server's close waiting.
      api.close();
      await devServer.stop();
    },
  };
}

/** @param {string | undefined} value */
function parsePort(value) {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0-65535); got ${JSON.stringify(value)}`);
  return port;
}

async function main() {
  const { url, close } = await startDemoServer({ port: parsePort(process.env.PORT) });
  const api = url.replace(/\/$/, '').replace('//localhost:', '//127.0.0.1:');
  console.log(`
  <polar-seat-claim> demo

    Demo page:  ${url}

  A fake Polar API answers on the same server (no Polar account, no network needed); the page calls
  it on 127.0.0.1, another origin, so that its requests meet CORS as on a merchant's site:
    GET  ${api}/v1/customer-seats/claim/{invitation_token}
    POST ${api}/v1/customer-seats/claim
    Scenarios: ${api}/__polar-mock/scenarios

  Press Ctrl-C to stop.
`);

  let stopping = false;
  const stop = () => {
    // A second Ctrl-C while closing means "now".
    if (stopping) process.exit(130);
    stopping = true;
    console.log('\n  Stopping the demo server…');
    close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
