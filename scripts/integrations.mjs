// Editor data and framework typings, generated from dist/custom-elements.json alone (run by scripts/build.mjs), so
// that they follow every attribute, property and event the element declares:
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   custom-element-vs-code-integration
//   dist/web-types.json (package.json `web-types`, read by JetBrains IDEs) custom-element-jet-brains-integration
//   dist/vue.d.ts (Vue 3 `GlobalComponents`)                               custom-element-vuejs-integration
//   dist/jsx-solid.d.ts (Solid's JSX `IntrinsicElements`)                  custom-element-solidjs-integration
//   dist/svelte.d.ts (Svelte 5 `SvelteHTMLElements`)                       svelteTypes() below
// Each typings file comes with an empty `.js` module, so that `import type {} from 'polar-seat-claim/vue'` (or a
// plain import) resolves like `polar-seat-claim/jsx-react`.
//
// What the generators get wrong is corrected here, from the manifest, and each correction throws when the
// generator's output no longer holds what it corrects (a new generator version is then looked at, not shipped):
// - all: events typed `CustomEvent<SeatClaimedEvent>` (an event whose detail is an event) -> `SeatClaimedEvent`;
//   read-only properties (`status`) offered as props -> left out (they cannot be set);
// - Vue: props keyed as Vue's template compiler and vue-tsc key them: `@seat-claimed` -> `onSeatClaimed`,
//   `token-param="..."` -> `tokenParam`; the global `JSX.IntrinsicElements` augmentation (which typed the element's
//   props as a component) dropped;
// - Solid: the `solid-js` JSX augmentation the generator leaves to the app, added.
// The Svelte generator (custom-element-svelte-integration 1.2) writes Svelte 4 typings that do not apply to Svelte 5:
// `on:`/`bind:` props, Solid's base props (`classList`, `JSX.Element`) and a `svelteHTML` namespace declared inside
// a module, which augments nothing. svelteTypes() writes what Svelte 5 reads instead, from the same manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';

/** Where the typings import the element and its event classes from, relative to dist/: types only, no side effect. */
const TYPES_FROM = './element.js';

/** The custom elements of a manifest. */
const elementsOf = (manifest) =>
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName));

/** The manifest without read-only fields: what a template can set. */
function settable(manifest) {
  const copy = structuredClone(manifest);
  for (const element of elementsOf(copy)) element.members = element.members?.filter((m) => !m.readonly);
  return copy;
}

/** `seat-claimed` -> `onSeatClaimed`, as Vue's compiler names the listener of `@seat-claimed`. */
const vueHandler = (event) => `on${event.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;

/** `text` with each `from` replaced by `to`; throws when `from` is not there. */
function replaceAll(text, from, to, file) {
  if (!text.includes(from)) throw new Error(`${file}: the generator's output has no ${JSON.stringify(from)} any more`);
  return text.replaceAll(from, to);
}

/** Events typed with their own classes: the generators wrap the manifest's event type in `CustomEvent<...>`. */
function eventClasses(text, manifest, file) {
  for (const event of elementsOf(manifest).flatMap((e) => e.events ?? [])) {
    if (!event.type?.text) throw new Error(`${event.name}: give its @fires tag the event class, {SomeEvent}`);
    text = replaceAll(text, `CustomEvent<${event.type.text}>`, event.type.text, file);
  }
  return text;
}

/** Svelte 5 typings: each element's attributes, settable properties and `on<event>` handlers, on Svelte's own. */
function svelteTypes(manifest) {
  const elements = elementsOf(manifest);
  const doc = (text, indent = '  ') =>
    text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n\s*/g, `\n${indent} * `)} */\n` : '';
  const classes = new Set(elements.flatMap((e) => [e.name, ...(e.events ?? []).map((event) => event.type.text)]));
  const props = elements.map((element) => {
    const members = [
      ...(element.attributes ?? []).map((a) => [a.name, `${element.name}['${a.fieldName}']`, a.description]),
      ...(element.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !m.attribute && m.privacy !== 'private')
        .map((m) => [m.name, `${element.name}['${m.name}']`, m.description]),
      ...(element.events ?? []).flatMap((e) => [
        [`on${e.name}`, `(event: ${e.type.text}) => void`, e.description],
        [`on:${e.name}`, `(event: ${e.type.text}) => void`, `${e.description ?? ''} (Svelte 4 syntax)`],
      ]),
    ];
    return [
      `${doc(element.summary || element.description, '')}export interface ${element.name}SvelteProps {`,
      ...members.map(([name, type, description]) => `${doc(description)}  '${name}'?: ${type};`),
      '}',
    ].join('\n');
  });
  return [
    '// Generated from custom-elements.json by scripts/integrations.mjs.',
    "import type { HTMLAttributes } from 'svelte/elements';",
    `import type { ${[...classes].join(', ')} } from '${TYPES_FROM}';`,
    '',
    ...props,
    '',
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    ...elements.map(
      (e) => `    '${e.tagName}': Omit<HTMLAttributes<${e.name}>, keyof ${e.name}SvelteProps> & ${e.name}SvelteProps;`,
    ),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Writes the editor data and framework typings for `manifest` into `outdir`.
 * @returns {string[]} the files written
 */
export function writeIntegrations(manifest, outdir) {
  // The generators print each file they write (some even with `hideLogs`); scripts/build.mjs prints its own list.
  const log = console.log;
  console.log = () => undefined;
  try {
    return write(manifest, outdir);
  } finally {
    console.log = log;
  }
}

function write(manifest, outdir) {
  mkdirSync(outdir, { recursive: true });
  const quiet = { outdir, hideLogs: true };
  const written = [];
  const out = (file) => path.join(outdir, file);

  generateVsCodeCustomElementData(manifest, quiet);
  written.push(out('vscode.html-custom-data.json'), out('vscode.css-custom-data.json'));
  generateJetBrainsWebTypes(manifest, { ...quiet, packageJson: false });
  written.push(out('web-types.json'));

  const forTemplates = settable(manifest);
  /** Runs a generator writing `file`, then `fix` over its output. */
  const typings = (file, generate, fix) => {
    generate(forTemplates, { ...quiet, fileName: file, globalTypePath: TYPES_FROM });
    const text = fix(eventClasses(readFileSync(out(file), 'utf8'), manifest, file));
    writeFileSync(out(file), `// Generated from custom-elements.json by scripts/integrations.mjs.\n${text}`);
    written.push(out(file));
  };

  typings('vue.d.ts', generateVuejsTypes, (text) => {
    for (const element of elementsOf(forTemplates)) {
      for (const a of element.attributes ?? [])
        if (a.name !== a.fieldName) text = replaceAll(text, `"${a.name}"?:`, `${a.fieldName}?:`, 'vue.d.ts');
      for (const e of element.events ?? [])
        text = replaceAll(text, `"on${e.name}"?:`, `${vueHandler(e.name)}?:`, 'vue.d.ts');
    }
    const jsx = text.indexOf('declare global {');
    if (jsx < 0 || !text.slice(jsx).includes('namespace JSX'))
      throw new Error('vue.d.ts: no global JSX block any more');
    return text.slice(0, jsx);
  });
  typings(
    'jsx-solid.d.ts',
    generateSolidJsTypes,
    (text) =>
      `${text}\ndeclare module "solid-js" {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
  );
  writeFileSync(out('svelte.d.ts'), svelteTypes(forTemplates));
  written.push(out('svelte.d.ts'));

  for (const name of ['vue', 'jsx-solid', 'svelte']) {
    writeFileSync(out(`${name}.js`), '// Types only: see the .d.ts next to this file.\nexport {};\n');
    written.push(out(`${name}.js`));
  }
  return written;
}
