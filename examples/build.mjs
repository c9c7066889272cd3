// Builds the bundled examples the way an app would, against the package as published: `npm pack` of
// the current dist/, unpacked into `<outDir>/pack/node_modules` (scripts/pack.mjs). The app sources are
// copied into `<outDir>/pack/` first: bundled from examples/, `polar-seat-claim` would resolve to this
// repository itself (a package may import itself by name) instead of the installed tarball.
//   <outDir>/npm-rollup/{index.html,app.js}  rollup, examples/npm-rollup/rollup.config.mjs
//   <outDir>/react-app/{index.html,app.js}   esbuild, React 19 + react-dom from npm, production builds
//   <outDir>/vue-app/{index.html,app.js}     App.vue compiled by vue/compiler-sfc, bundled by esbuild with vue
//   <outDir>/svelte-app/{index.html,app.js}  App.svelte compiled by svelte/compiler, bundled by esbuild with svelte
// Used by `npm run examples` (examples/serve.mjs) and test/node/examples.test.mjs.
import { copyFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';
import { compile } from 'svelte/compiler';
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
  // A directory: the package's on-demand parts become chunks of the app, as in a merchant's build.
  await bundle.write({ format: rollupAppConfig.output.format, dir: rollupOut, entryFileNames: 'app.js' });
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

  // Vue and Svelte: each app compiled by its framework's own compiler (as their Vite plugins do), then bundled.
  await bundleApp(pack, outDir, 'vue-app', vueSfc, {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  });
  await bundleApp(pack, outDir, 'svelte-app', svelteComponent);

  return { outDir, pack };
}

/** esbuild loads `.vue` files through Vue's SFC compiler; `<polar-seat-claim>` is a custom element, not a component. */
const vueSfc = {
  name: 'vue-sfc',
  setup(builder) {
    builder.onLoad({ filter: /\.vue$/ }, ({ path: file }) => {
      const { descriptor, errors } = parse(readFileSync(file, 'utf8'), { filename: file });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, {
        id: path.basename(file),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag === 'polar-seat-claim' } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: path.dirname(file) };
    });
  },
};

/** esbuild loads `.svelte` files through Svelte's compiler (which strips the TypeScript of `<script lang="ts">`). */
const svelteComponent = {
  name: 'svelte',
  setup(builder) {
    builder.onLoad({ filter: /\.svelte$/ }, ({ path: file }) => {
      const { js, warnings } = compile(readFileSync(file, 'utf8'), { filename: file, generate: 'client' });
      if (warnings.length) throw new Error(warnings.map((w) => w.message).join('\n'));
      return { contents: js.code, loader: 'js', resolveDir: path.dirname(file) };
    });
  },
};

/** Bundles `examples/<name>/main.js` (with the files next to it) into `<outDir>/<name>/app.js`, production mode. */
async function bundleApp(pack, outDir, name, plugin, define = {}) {
  const out = path.join(outDir, name);
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [copyApp(pack, name, 'main.js')],
    outfile: path.join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    plugins: [plugin],
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    logLevel: 'warning',
    metafile: true,
  });
  assertFromPackage(
    Object.keys(result.metafile.inputs).map((input) => path.resolve(input)),
    pack,
    name,
  );
  copyFileSync(path.join(examples, name, 'index.html'), path.join(out, 'index.html'));
}

/** Copies an example app (its entry and the files next to it) beside the installed package; returns the entry's new path. */
function copyApp(pack, name, entry) {
  const dir = path.join(path.dirname(pack.nodeModules), name);
  cpSync(path.join(examples, name), dir, { recursive: true });
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
