// `cem analyze` (run by scripts/build.mjs) writes dist/custom-elements.json from the JSDoc in src/.
//
// The analyzer reads the class JSDoc (`@attr`, `@fires`, `@csspart`, `@cssprop`, `@cssstate`) and Lit's
// `static properties`; the plugin below finishes what it cannot know:
// - the tag name (the element is registered through `defineSeatClaim()`, with a parameter),
// - paths of the shipped JavaScript (`dist/x.js`) instead of the TypeScript sources,
// - private members and the internal state property (`_redirecting`, listed as an attribute) removed,
// - each property without a comment described by its attribute's text,
// - events the analyzer saw dispatched as `new SomeEvent(...)` without a name (each is declared by `@fires`),
// - defaults written as values (`DEFAULT_TIMEOUT` -> `20000`).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const TAG = 'polar-seat-claim';
const CLASS = 'PolarSeatClaim';
const DEFINING_MODULE = 'src/index.ts';

/** `src/x.ts`, `src/x.js` or `./x.js` (relative to `from`) -> `dist/x.js`. */
const toDist = (path, from = 'src/index.ts') =>
  (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path)
    .replace(/^src\//, 'dist/')
    .replace(/\.ts$/, '.js');

/** Values of constants that the analyzer leaves as identifiers. */
function constants() {
  const api = readFileSync('src/polar-api.ts', 'utf8');
  const timeout = /DEFAULT_TIMEOUT = ([\d_]+)/.exec(api);
  return { DEFAULT_TIMEOUT: timeout ? timeout[1].replace(/_/g, '') : undefined };
}

/** Type aliases written out where they name a closed set of strings, e.g. `SeatClaimTheme`. */
function aliases() {
  const source = readFileSync('src/polar-seat-claim.ts', 'utf8');
  const found = {};
  for (const match of source.matchAll(/^export type (\w+) = ((?:'[\w-]+'\s*\|?\s*)+);$/gm))
    found[match[1]] = match[2].replace(/\s+/g, ' ').trim();
  return found;
}

function polarSeatClaimPlugin() {
  return {
    name: 'polar-seat-claim',
    packageLinkPhase({ customElementsManifest }) {
      const values = constants();
      const types = aliases();
      const expand = (type) => (type && type.text in types ? { text: types[type.text] } : type);
      for (const mod of customElementsManifest.modules) {
        // The subclass defineSeatClaim() registers under a second tag is the element again, not another one.
        if (mod.path === 'src/define.ts')
          mod.declarations = mod.declarations?.filter((d) => !(d.kind === 'class' && d.name.startsWith('anonymous')));
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind === 'class' && declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && !member.name.startsWith('_'),
            );
          }
          if (mod.path === 'src/react.ts' && declaration.name === CLASS) {
            declaration.description ||=
              'The element as a React component (@lit/react), with `onSeatClaimInfo`, `onSeatClaimed` and `onSeatClaimError`.';
          }
          if (declaration.kind !== 'class' || declaration.name !== CLASS) continue;
          declaration.customElement = true;
          declaration.tagName = TAG;
          if (!declaration.description) declaration.description = declaration.summary ?? '';
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !attribute.name.startsWith('_'),
          );
          declaration.events = (declaration.events ?? []).filter((event) => event.name);
          for (const attribute of declaration.attributes) {
            if (attribute.default in values) attribute.default = values[attribute.default];
            attribute.type = expand(attribute.type);
          }
          for (const member of declaration.members ?? []) {
            if (member.default in values) member.default = values[member.default];
            member.type = expand(member.type);
            if (member.name === 'version' && member.static) {
              member.type = { text: 'string' };
              member.description ??=
                'The package version; a second copy of the element loaded on the page compares it with its own.';
              delete member.default;
            }
            const attribute = declaration.attributes.find((a) => a.fieldName === member.name);
            if (!member.description && attribute) member.description = attribute.description;
          }
        }
        // `customElements.define(tagName, ...)` inside defineSeatClaim() is not a definition by itself.
        mod.exports = mod.exports?.filter((e) => !(e.kind === 'custom-element-definition' && e.name !== TAG));
        if (mod.path === DEFINING_MODULE) {
          mod.exports = [
            ...(mod.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: TAG,
              declaration: { name: CLASS, module: 'src/polar-seat-claim.ts' },
            },
          ];
        }
      }
      // Paths of the files a consumer imports: dist/*.js.
      for (const mod of customElementsManifest.modules) {
        const from = mod.path;
        mod.path = toDist(mod.path);
        for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
          if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module, from);
          if (item.superclass?.module) item.superclass.module = toDist(item.superclass.module, from);
        }
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Type-only modules add nothing to the manifest.
  exclude: ['src/generated/**', 'src/jsx-*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [polarSeatClaimPlugin()],
};
