// What an app needs to bundle the widget from npm: node-resolve, and a minifier for production.
// (Run from this directory: `npx rollup -c`; `npm run examples` builds it with the packed package.)
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'main.js',
  // A directory, not one file: the package loads its rarely needed parts on demand, as chunks of the app.
  output: { dir: 'dist', entryFileNames: 'app.js', format: 'es' },
  plugins: [nodeResolve(), terser()],
};
