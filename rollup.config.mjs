// The script-tag bundles: everything in one file (Lit included), minified. The npm build in dist/ is
// plain tsc output that leaves `lit` and `@lit/task` to the app's bundler.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve(),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
    // Lit's own private fields (leading `_$`) are kept: Lit relies on their names across packages.
    mangle: { properties: { regex: /^_(?!\$)/ } },
  }),
];

export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/polar-seat-claim.js', format: 'es', sourcemap: true },
    plugins,
  },
  {
    input: 'dist/index.js',
    output: { file: 'dist/cdn/polar-seat-claim.global.js', format: 'iife', name: 'PolarSeatClaim', sourcemap: true },
    plugins,
  },
];
