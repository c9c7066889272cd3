// The script-tag bundles: everything in one file (Lit included), minified. The npm build in dist/ is
// plain tsc output that leaves `lit` and `@lit/task` to the app's bundler.
//
// bench/size.mjs builds its comparison bundles with the same `cdnPlugins()`, so the figures it prints
// compare like with like.
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Terser options shared by the bundles and the size benchmark. */
export const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3 },
  // The compile hint makes Chromium (136+) compile the whole bundle off the main thread while it downloads:
  // every function runs on load anyway. Measured by bench/compare.mjs: main-thread evaluation 1.27 -> 0.81 ms,
  // insertion -> info request 2.67 -> 1.75 ms, for 29 bytes.
  format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
  // Only our own private members (`_name`) are renamed. Lit's cross-package private fields (leading `_$`)
  // keep their names: Lit reads them across packages and across copies of Lit on one page. Names that
  // appear unmangled anywhere in the bundle (Lit's minified `this.C`, `this._` ...) are never reused, so
  // a renamed member cannot shadow a member of LitElement.
  mangle: { properties: { regex: /^_(?!\$)/ } },
};

/**
 * @param {{ minifyTemplates?: boolean, classic?: boolean }} [options] `classic`: for an IIFE, whose top-level
 *   `var PolarSeatClaim` is the script's API and must not be dropped as unused (as `module: true` would).
 * @returns {import('rollup').Plugin[]}
 */
export function cdnPlugins({ minifyTemplates = true, classic = false } = {}) {
  return [
    // html`` and css`` literals: whitespace and comments out, CSS through lightningcss. First, on our own
    // modules only (Lit's published files are already minified).
    ...(minifyTemplates ? [minifyHTML({ exclude: ['**/node_modules/**'], failOnError: true })] : []),
    // `production` first: Lit's packages pick their dev build only under `development`, which is never
    // asked for here; saying it keeps the choice explicit if a dependency ever adds the condition.
    nodeResolve({ browser: true, exportConditions: ['production', 'browser', 'module', 'import', 'default'] }),
    terser(classic ? { ...terserOptions, module: false, toplevel: false } : terserOptions),
  ];
}

/** A translation module (`locales/de.js`, `locales/de-paste.js`), loaded on demand from a file of its own. */
const LOCALE = /(?:^|\/)locales\/([\w-]+)\.js$/;

/**
 * Every translation file, each an entry of the ES build: `dist/cdn/locales/<file>.js`, next to the bundle. Read when
 * rollup builds, not when a benchmark imports `cdnPlugins` before anything is built.
 */
const localeEntries = () =>
  Object.fromEntries(
    readdirSync('dist/locales')
      .filter((file) => file.endsWith('.js'))
      .map((file) => [`locales/${file.slice(0, -3)}`, `dist/locales/${file}`]),
  );

/**
 * Each translation file of the CDN holds its texts alone, in the order of the English keys (`fileShape` of
 * src/messages.ts, which `unpack` reads back): the keys would be a third of every file. Runs before terser.
 * @type {import('rollup').Plugin}
 */
const packLocales = {
  name: 'pack-locales',
  async renderChunk(code, chunk) {
    const file = LOCALE.exec(chunk.facadeModuleId ?? '')?.[1];
    if (!file || !chunk.isEntry) return null;
    const { fileShape, pack } = await import('./dist/messages.js');
    const { default: texts } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    try {
      return {
        code: `export default ${JSON.stringify(pack(texts, fileShape(file.endsWith('-paste'))))};\n`,
        map: null,
      };
    } catch (error) {
      throw new Error(`locales/${file}: ${/** @type {Error} */ (error).message}`);
    }
  },
};

/**
 * For the classic script: the translations are the ES build's files, loaded by `import()` (which a classic script may
 * use in every engine the element supports) from the script's own URL, captured while it runs
 * (`document.currentScript` is gone later), not from the page's.
 * @type {import('rollup').Plugin}
 */
const localesBesideScript = {
  name: 'locales-beside-script',
  renderDynamicImport: ({ targetModuleId }) =>
    targetModuleId ? null : { left: 'import(new URL(', right: ',localeBase).href)' },
};

/**
 * The compile hint (see `terserOptions`) only on the entry: a translation is data, and every byte of it counts
 * against its 1 KB. Line 1 has no mappings, so the source map drops its first (empty) line.
 * @type {import('rollup').Plugin}
 */
const hintOnEntriesOnly = {
  name: 'hint-on-entries-only',
  generateBundle(_, bundle) {
    const hint = `${terserOptions.format.preamble}\n`;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !LOCALE.test(chunk.facadeModuleId ?? '') || !chunk.code.startsWith(hint)) continue;
      chunk.code = chunk.code.slice(hint.length);
      const map = bundle[`${chunk.fileName}.map`];
      if (map?.type === 'asset') {
        const json = JSON.parse(String(map.source));
        map.source = JSON.stringify({ ...json, mappings: json.mappings.replace(/^;/, '') });
      }
    }
  },
};

export default () => [
  {
    // Each translation an entry of its own (locales/<file>.js), the files the module and the classic script load.
    input: { 'polar-seat-claim': 'dist/index.js', ...localeEntries() },
    // What only some visits need (the paste form's link reader, the claim stream) loads on demand from files beside
    // the module, so every visitor pays only for the common path.
    output: {
      dir: 'dist/cdn',
      entryFileNames: '[name].js',
      chunkFileNames: 'polar-seat-claim-[name].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [packLocales, ...cdnPlugins(), hintOnEntriesOnly],
  },
  {
    input: 'dist/index.js',
    // A classic script: the exports stay reachable as `window.PolarSeatClaim` (e.g. `defineSeatClaim`).
    // One file, but for the translations: a classic script cannot load module chunks relative to itself everywhere.
    output: {
      file: 'dist/cdn/polar-seat-claim.global.js',
      format: 'iife',
      name: 'PolarSeatClaim',
      sourcemap: true,
      inlineDynamicImports: true,
      intro: 'var localeBase = globalThis.document?.currentScript?.src;',
    },
    plugins: [localesBesideScript, ...cdnPlugins({ classic: true })],
  },
];
