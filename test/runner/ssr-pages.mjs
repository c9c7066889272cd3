// Middleware: pages rendered by @lit-labs/ssr in this Node process, for test/browser/hydration.test.ts.
//
//   GET /__ssr/hydration?token=...&server=...   the server-rendered element (declarative shadow DOM, loading state),
//                                                with Lit's hydration support loaded and the element's module not:
//                                                the test loads it when it has looked at the server's card.
//
// The element rendered is a build of src/ for Node (esbuild, `lit` left to Node's resolution so that @lit-labs/ssr
// and the element share one Lit), made at the first request: what the browser tests test is the source, built or
// not. Importing it registers <polar-seat-claim> in Lit's Node `customElements`, in this process only.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { renderClaimPage } from '../../examples/ssr/render.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = '/__ssr/hydration';

/** @type {Promise<unknown> | undefined} */
let registered;

/** Builds src/index.ts for Node under .tmp/ (inside the repository, so that `lit` resolves) and imports it once. */
function registerElement() {
  registered ??= (async () => {
    const outfile = path.join(repoRoot, '.tmp', 'ssr-pages', `element-${process.pid}.mjs`);
    await build({
      entryPoints: [path.join(repoRoot, 'src/index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    try {
      return await import(pathToFileURL(outfile).href);
    } finally {
      rmSync(outfile, { force: true });
    }
  })();
  return registered;
}

/** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
export async function ssrPages(ctx, next) {
  if (ctx.path !== PAGE) return next();
  await registerElement();
  ctx.type = 'html';
  ctx.set('cache-control', 'no-store');
  ctx.body = await renderClaimPage({
    token: String(ctx.query.token ?? ''),
    server: String(ctx.query.server ?? ''),
    head: `<style>body { margin: 0; font: 16px/1.5 sans-serif; } main { padding: 8px; }</style>
<script type="module" src="/test/fixtures/ssr/hydrate-support.ts"></script>`,
    below: '<p id="below">Questions about this invitation? Reply to the email it came with.</p>',
  });
}
