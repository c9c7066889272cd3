// Dev-server middleware (tests, demo): a request for a module of src/ by its built name (`/src/locales/de.js`) gets the TypeScript source
// (`de.ts`), which the esbuild plugin then compiles. Imports written as strings are rewritten by that plugin itself;
// the translations are loaded through a template (`import(`./locales/${file}.js`)`), which no plugin can rewrite.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('@web/dev-server-core').Middleware} */
export async function tsBehindJs(context, next) {
  const ts = context.path.replace(/\.js$/, '.ts');
  if (context.path.startsWith('/src/') && ts !== context.path && existsSync(path.join(repoRoot, ts))) {
    context.url = ts + context.search;
  }
  return next();
}
