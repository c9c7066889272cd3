// Builds the bundled examples the way an app would, against the package as published: `npm pack` of
// the current dist/, unpacked into `<outDir>/pack/node_modules` (scripts/pack.mjs). The app sources are
// copied into `<outDir>/pack/` first: bundled from examples/, `polar-seat-claim` would resolve to this
// repository itself (a package may import itself by name) instead of the installed tarball.
//   <outDir>/npm-rollup/{index.html,app.js}  rollup, examples/npm-rollup/rollup.config.mjs
//   <outDir>/react-app/{index.html,app.js}   esbuild, React 19 + react-dom from npm, production builds
// Used by `npm run examples` (examples/serve.mjs) and test/node/examples.test.mjs.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { build } from 'esbuild';
import { packInto, repoRoot } from '../scripts/pack.mjs';
import rollupAppConfig from './npm-rollup/rollup.config.mjs';

const examples = path.join(repoRoot, 'examples');

/**
 * @param {string} outDir inside the repository (e.g. .tmp/examples)
 * @returns {Promise<{ outDir: string, pack: ReturnType<typeof packInto> }>}
 */
export async function buildExamples(outDir) {
  const pack = packInto(path.join(outDir, 'pack'));

  // The app bundled with rollup, with its own config.
  const rollupOut = path.join(outDir, 'npm-rollup');
  mkdirSync(rollupOut, { recursive: true });
  const rollupApp = copyApp(pack, 'npm-rollup', rollupAppConfig.input);
  const bundle = await rollup({ ...rollupAppConfig, input: rollupApp });
  assertFromPackage(bundle.watchFiles, pack, 'npm-rollup');
  await bundle.write({ ...rollupAppConfig.output, file: path.join(rollupOut, 'app.js') });
  await bundle.close();
  copyFileSync(path.join(examples, 'npm-rollup', 'index.html'), path.join(rollupOut, 'index.html'));

  // The React app: esbuild, as most React toolchains do, with only the JSX setting an app would have
  // (`tsconfigRaw`: no settings of this repository's tsconfig files).
  const reactOut = path.join(outDir, 'react-app');
  mkdirSync(reactOut, { recursive: true });
  await build({
    entryPoints: [copyApp(pack, 'react-app', 'main.tsx')],
    outfile: path.join(reactOut, 'app.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    metafile: true,
  }).then((result) =>
    assertFromPackage(
      Object.keys(result.metafile.inputs).map((input) => path.resolve(input)),
      pack,
      'react-app',
    ),
  );
  copyFileSync(path.join(examples, 'react-app', 'index.html'), path.join(reactOut, 'index.html'));

  return { outDir, pack };
}

/** Copies an example app's entry next to the installed package; returns its new path. */
function copyApp(pack, name, entry) {
  const dir = path.join(path.dirname(pack.nodeModules), name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(examples, name, entry), path.join(dir, entry));
  return path.join(dir, entry);
}

/** The bundle's inputs must include the installed package and nothing of this repository's own build or sources. */
function assertFromPackage(inputs, pack, name) {
  const own = inputs.filter(
    (file) => file.startsWith(path.join(repoRoot, 'dist')) || file.startsWith(path.join(repoRoot, 'src')),
  );
  if (own.length) throw new Error(`${name} was bundled from this repository, not the package: ${own.join(', ')}`);
  if (!inputs.some((file) => file.startsWith(pack.packageDir)))
    throw new Error(`${name} does not use the installed package`);
}
