// Builds a candidate change to measure it before touching src/: an edited copy of src/ in <dir>/src becomes
// <dir>/polar-seat-claim.js, compiled and bundled exactly as dist/cdn/polar-seat-claim.js is (tsc with the
// project's compiler options, then rollup with rollup.config.mjs `cdnPlugins()`).
//
//   mkdir -p .tmp/candidate && cp -r src .tmp/candidate/src     # then edit .tmp/candidate/src
//   node bench/build-candidate.mjs .tmp/candidate [--preamble '//# allFunctionsCalledOnLoad']
//   node bench/compare.mjs now=dist/cdn/polar-seat-claim.js candidate=.tmp/candidate/polar-seat-claim.js
//
// `--preamble` puts a first line before the minified code (through terser's `format.preamble`, which keeps
// the source map right), as a change to the bundle's build would.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { cdnPlugins, terserOptions } from '../rollup.config.mjs';
import { repoRoot } from './harness.mjs';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { preamble: { type: 'string' } },
});
if (positionals.length !== 1) throw new Error('usage: node bench/build-candidate.mjs <dir> [--preamble TEXT]');
const dir = path.resolve(positionals[0]);
if (!existsSync(path.join(dir, 'src/index.ts')))
  throw new Error(`${dir}/src/index.ts is missing: copy src/ there first`);

rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
const tsconfig = path.join(dir, 'tsconfig.json');
writeFileSync(
  tsconfig,
  JSON.stringify({
    extends: path.join(repoRoot, 'tsconfig.json'),
    compilerOptions: { noEmit: false, rootDir: 'src', outDir: 'dist', sourceMap: false, declaration: false },
    include: ['src/**/*.ts'],
  }),
);
execFileSync('npx', ['tsc', '-p', tsconfig], { cwd: repoRoot, stdio: 'inherit' });

let plugins = cdnPlugins();
if (values.preamble !== undefined) {
  // cdnPlugins()'s terser, with the same options plus the preamble.
  const at = plugins.findIndex((plugin) => plugin.name === 'terser');
  if (at < 0) throw new Error('cdnPlugins() has no terser plugin any more: update bench/build-candidate.mjs');
  plugins = plugins.with(
    at,
    terser({ ...terserOptions, format: { ...terserOptions.format, preamble: values.preamble } }),
  );
}
const build = await rollup({
  input: path.join(dir, 'dist/index.js'),
  plugins,
  onwarn(warning, warn) {
    if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
});
const { output } = await build.generate({ format: 'es' });
await build.close();
const out = path.join(dir, 'polar-seat-claim.js');
writeFileSync(out, output[0].code);
console.log(`${path.relative(repoRoot, out)}: ${output[0].code.length.toLocaleString('en-US')} bytes`);
