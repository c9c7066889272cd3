// `npm run examples`: builds the package (if needed) and the bundled examples, then serves every example
// page next to the fake Polar API, and prints a link with a fresh invitation for each.
//
// The examples name the fake API `http://localhost:8787`, where `npm run mock-api` serves it. This server
// listens on PORT (default 8788, so both can run) and rewrites that origin to its own in the example
// files it serves; the files themselves stay exactly what a reader copies.
//
// One HTTP server answers both: the pages on http://localhost:PORT and the API on any origin, so by
// default (`apiHost: '127.0.0.1'`) the element talks to another origin than the page's, through CORS,
// as on a merchant's site.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPolarApi } from '../mock/polar-api.mjs';
import { repoRoot } from '../scripts/pack.mjs';

export const EXAMPLE_API = 'http://localhost:8787';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * @param {object} options
 * @param {string} options.builtDir output of buildExamples(): served over /examples/ first
 * @param {number} [options.port] 0 for a free one
 * @param {string} [options.apiHost] host name the pages use for the API (`localhost` = same origin)
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} [options.route]
 *   extra routes, tried first (tests serve variants of the bundle this way)
 */
export async function startExamplesServer({ builtDir, port = 0, apiHost = '127.0.0.1', route }) {
  const api = createPolarApi();
  let apiUrl = EXAMPLE_API;

  const server = createServer(async (req, res) => {
    try {
      if (route?.(req, res)) return;
      if (await api.handle(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      const file = resolveFile(decodeURIComponent(url.pathname), builtDir);
      if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      let body = readFileSync(file);
      if (
        /\.(html|m?js)$/.test(file) &&
        !file.includes(`${path.sep}dist${path.sep}cdn${path.sep}`) &&
        apiUrl !== EXAMPLE_API
      ) {
        body = Buffer.from(body.toString('utf8').replaceAll(EXAMPLE_API, apiUrl));
      }
      res
        .writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
        .end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  apiUrl = `http://${apiHost}:${actualPort}`;
  return {
    url: `http://localhost:${actualPort}`,
    apiUrl,
    api,
    close: () =>
      new Promise((resolve) => {
        api.close();
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** `/examples/x` from builtDir if built there, else from the repository; anything else from the repository. */
function resolveFile(pathname, builtDir) {
  const candidates = [];
  if (pathname.startsWith('/examples/')) candidates.push(path.join(builtDir, pathname.slice('/examples/'.length)));
  candidates.push(path.join(repoRoot, pathname));
  for (let candidate of candidates) {
    const root = candidate.startsWith(builtDir) ? builtDir : repoRoot;
    if (!path.resolve(candidate).startsWith(root) || candidate.includes(`${path.sep}node_modules${path.sep}`)) continue;
    if (existsSync(candidate) && statSync(candidate).isDirectory()) candidate = path.join(candidate, 'index.html');
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The example pages, relative to the server. */
export const EXAMPLE_PAGES = {
  'classic script (CDN)': '/examples/cdn-classic.html',
  'module script (CDN)': '/examples/cdn-module.html',
  'app bundled with rollup (npm)': '/examples/npm-rollup/',
  'React 19 app (npm)': '/examples/react-app/',
  'Vue 3 app (npm)': '/examples/vue-app/',
  'Svelte 5 app (npm)': '/examples/svelte-app/',
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(path.join(repoRoot, 'dist/cdn/polar-seat-claim.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const { buildExamples } = await import('./build.mjs');
  const builtDir = path.join(repoRoot, '.tmp', 'examples');
  await buildExamples(builtDir);
  const port = Number(process.env.PORT ?? 8788);
  const served = await startExamplesServer({ builtDir, port, apiHost: 'localhost' });
  console.log(`Examples on ${served.url} (fake Polar API on the same server). Each link carries a fresh invitation:`);
  for (const [name, page] of Object.entries(EXAMPLE_PAGES)) {
    const query = page.includes('react')
      ? `token=${served.api.mint({}).token}&wrapped=${served.api.mint({}).token}`
      : `token=${served.api.mint({}).token}`;
    console.log(`  ${name.padEnd(30)} ${served.url}${page}?${query}`);
  }
  console.log('More invitations: POST /__polar-mock/invitations. Ctrl-C to stop.');
}
