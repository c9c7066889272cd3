// The browser tests of test/browser/, run against the minified CDN bundle instead of the sources:
// every module under src/ is served as a re-export of dist/cdn/polar-seat-claim.js (the tests import
// only what the bundle exports). This checks that the build (property mangling, template and CSS
// minification, Lit's production build) changes no behaviour.
// `npm run test:bundle`, after `npm run build`. Chromium only unless BROWSERS says otherwise: the engines
// themselves are covered by `npm run test:browsers`.
process.env.BROWSERS ??= 'chromium';
const { default: base } = await import('./web-test-runner.config.mjs');

/** @type {import('@web/dev-server-core').Plugin} */
const sourcesFromBundle = {
  name: 'sources-from-bundle',
  serve(context) {
    if (/^\/src\/[\w.-]+\.(?:js|ts)$/.test(context.path)) {
      return { body: "export * from '/dist/cdn/polar-seat-claim.js';\n", type: 'js' };
    }
    return undefined;
  },
};

export default {
  ...base,
  // Not hydration: the server renders the npm modules' templates, and hydration matches each template by a digest
  // of its strings, which the bundle's minified templates do not share. Hydrating with the CDN bundle is not
  // supported (docs/ssr.md); test/browser/hydration.test.ts hydrates with the sources.
  // Nor the unit tests of internal modules that the bundle does not export (the link reader, the claim stream client,
  // the page-token reader): the element that uses them is tested through the bundle by every other file.
  files: [
    ...base.files,
    // What only the built files can show (the classic script finding its translations next to itself).
    'test/bundle/**/*.test.ts',
    '!test/browser/hydration.test.ts',
    '!test/browser/claim-link.test.ts',
    '!test/browser/claim-stream.test.ts',
    '!test/browser/page-token.test.ts',
  ],
  plugins: [sourcesFromBundle, ...base.plugins],
  coverage: false,
};
