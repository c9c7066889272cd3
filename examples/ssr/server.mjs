// `node examples/ssr/server.mjs`: a Node server that renders the claim page with @lit-labs/ssr and serves it. The
// person sees the card (its loading state, as declarative shadow DOM) at first paint; the script then hydrates it
// and loads the invitation, with one GET.
//
//   GET /?token=...     the page, rendered for that token
//   GET /client.js      the browser side: Lit's hydration support, then the package (bundled by esbuild at start)
//
// For the demo it answers as the fake Polar API too (on 127.0.0.1, so the element talks to another origin than the
// page's, through CORS, as on a merchant's site); `server` (e.g. `production`) points the element elsewhere. Needs
// `npm run build` first: it imports the package by name, as an app would.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createPolarApi } from '../../mock/polar-api.mjs';
import { renderClaimPage } from './render.mjs';
// Registers <polar-seat-claim> in this process (Lit's Node build brings the minimal DOM it needs), so that
// renderClaimPage() can render it.
import 'polar-seat-claim';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.join(here, '../..');

/** The browser bundle: one copy of Lit, with the hydration support evaluated before LitElement. */
async function bundleClient() {
  const result = await build({
    entryPoints: [path.join(here, 'client.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    write: false,
    // None of the repository's tsconfig files: examples/tsconfig.json maps the package name to src/ for type
    // checks, and the page must get the package as published (dist/, through its exports).
    tsconfigRaw: {},
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: repoRoot,
  });
  const inputs = Object.keys(result.metafile.inputs);
  if (!inputs.includes('dist/index.js')) {
    throw new Error(
      `client.js must bundle the package's dist/index.js (run \`npm run build\`); got ${inputs.join(', ')}`,
    );
  }
  return result.outputFiles[0].text;
}

/**
 * @param {{ port?: number, server?: string }} [options] `port`: 0 for a free one; `server`: the element's `server`
 *   attribute (default: this server's fake Polar API)
 */
export async function startSsrExample({ port = 0, server } = {}) {
  const api = createPolarApi();
  const client = await bundleClient();
  let apiUrl = '';

  const http = createServer(async (req, res) => {
    try {
      if (await api.handle(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method === 'GET' && url.pathname === '/client.js') {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(client);
        return;
      }
      if (req.method === 'GET' && url.pathname === '/') {
        const page = await renderClaimPage({
          token: url.searchParams.get('token') ?? '',
          server: server ?? apiUrl,
          script: '/client.js',
          // Content under the card, as on a real page: it must not move when the card fills in.
          below: '<p>Questions about this invitation? Reply to the email it came with.</p>',
        });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, 'localhost', () => resolve(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (http.address()).port;
  apiUrl = `http://127.0.0.1:${actualPort}`;
  return {
    url: `http://localhost:${actualPort}`,
    apiUrl,
    api,
    close: () =>
      new Promise((resolve) => {
        api.close();
        http.close(() => resolve(undefined));
        http.closeAllConnections();
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const served = await startSsrExample({ port: Number(process.env.PORT ?? 8789) });
  console.log(`Server-rendered claim page on ${served.url} (fake Polar API on the same server). A fresh invitation:`);
  console.log(`  ${served.url}/?token=${served.api.mint({}).token}`);
  console.log('More invitations: POST /__polar-mock/invitations. Ctrl-C to stop.');
}
