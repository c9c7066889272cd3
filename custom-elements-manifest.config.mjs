// `cem analyze` (run by scripts/build.mjs) writes dist/custom-elements.json from the JSDoc in src/.
//
// The analyzer reads the class JSDoc (`@fires`, `@csspart`, `@cssprop`, `@cssstate`), Lit's `static properties`
// and the JSDoc on each declaration; the plugin below finishes what it cannot know:
// - the tag name (the element is registered through `defineSeatClaim()`, with a parameter),
// - paths of the shipped JavaScript (`dist/x.js`) instead of the TypeScript sources,
// - private members and internal state (`_redirecting`, listed as an attribute) removed,
// - events the analyzer saw dispatched as `new SomeEvent(...)` without a name (each is declared by `@fires`),
// - type aliases of a closed set of strings written out (`SeatClaimTheme` -> `'light' | 'dark' | 'auto'`), and
//   defaults that name a constant written as its value (`DEFAULT_TIMEOUT` -> `20000`): both read from the
//   TypeScript AST the analyzer hands to plugins, so that editors and framework typings see the values.
import { posix } from 'node:path';

const TAG = 'polar-seat-claim';
const CLASS = 'PolarSeatClaim';
const DEFINING_MODULE = 'src/index.ts';

/** `src/x.ts`, `src/x.js` or `./x.js` (relative to `from`) -> `dist/x.js`. */
const toDist = (path, from = 'src/index.ts') =>
  (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path)
    .replace(/^src\//, 'dist/')
    .replace(/\.ts$/, '.js');

/** Adds `name -> value` to `map`; the same name with two values in two modules could not be resolved by name. */
function remember(map, name, value, where) {
  const known = map.get(name);
  if (known && known.value !== value.value)
    throw new Error(`${name} is declared twice (${known.where}, ${where}): rename one for the manifest`);
  map.set(name, { ...value, where });
}

function polarSeatClaimPlugin() {
  /** `type X = 'a' | 'b'` anywhere in src/: X -> `'a' | 'b'`. */
  const unions = new Map();
  /** `const X = 20_000` (or a string) anywhere in src/: X -> `20000`, with its type. */
  const constants = new Map();

  return {
    name: 'polar-seat-claim',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isTypeAliasDeclaration(node) &&
        ts.isUnionTypeNode(node.type) &&
        node.type.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
      ) {
        const value = node.type.types.map((t) => `'${t.literal.text}'`).join(' | ');
        remember(unions, node.name.text, { value }, moduleDoc.path);
      }
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.parent.flags & ts.NodeFlags.Const &&
        node.initializer &&
        (ts.isNumericLiteral(node.initializer) || ts.isStringLiteral(node.initializer))
      ) {
        // A numeric literal's `text` is its value as written without separators: `20_000` -> `20000`.
        const numeric = ts.isNumericLiteral(node.initializer);
        const value = numeric ? node.initializer.text : `'${node.initializer.text}'`;
        remember(constants, node.name.text, { value, type: numeric ? 'number' : 'string' }, moduleDoc.path);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      /** `SeatClaimTheme | undefined` -> `'light' | 'dark' | 'auto' | undefined`. */
      const expand = (type) =>
        type && {
          text: type.text
            .split(' | ')
            .map((part) => unions.get(part)?.value ?? part)
            .join(' | '),
        };
      /** A member or attribute with its type alias written out and a constant default replaced by its value. */
      const resolve = (item) => {
        item.type = expand(item.type);
        const constant = constants.get(item.default);
        if (constant) {
          item.default = constant.value;
          item.type ??= { text: constant.type };
        } else if (/^\d[\d_]*$/.test(item.default ?? '')) {
          // A constant of the element's own module is resolved by the analyzer, as written: `15_000` -> `15000`.
          item.default = item.default.replaceAll('_', '');
        }
      };
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
          for (const attribute of declaration.attributes) resolve(attribute);
          for (const member of declaration.members ?? []) {
            resolve(member);
            // A static is read from the class, never set: its value (the package version) is no default.
            if (member.static) delete member.default;
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
  exclude: ['src/generated/**', 'src/jsx-*.ts', 'src/locales/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [polarSeatClaimPlugin()],
};
