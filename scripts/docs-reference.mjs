// `npm run docs:reference`: docs/reference.md, the reference of <polar-seat-claim> (attributes and properties,
// methods, events, CSS parts, custom properties, states), generated from dist/custom-elements.json alone.
// test/node/reference.test.mjs fails when the page drifts from the manifest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TAG = 'polar-seat-claim';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_FILE = 'docs/reference.md';

/** The element's declaration in a Custom Elements Manifest. */
export function elementOf(manifest) {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName === TAG) return declaration;
    }
  }
  throw new Error(`no <${TAG}> in the manifest`);
}

const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (!rows.length) return '_None._';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Markdown for everything public about the element, in a fixed order. */
export function renderReference(manifest) {
  const el = elementOf(manifest);
  const members = (el.members ?? []).filter(
    (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'),
  );
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');

  // One row per property, with its attribute when it has one: each described once, on its declaration.
  const attributeOnly = (el.attributes ?? []).filter((a) => !fields.some((f) => f.name === a.fieldName));
  return [
    `## Attributes and properties`,
    '',
    table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      [
        ...fields.map((f) => [
          `${code(f.static ? `${el.name}.${f.name}` : f.name)}${f.readonly ? ' (read-only)' : ''}`,
          code(f.attribute),
          code(f.type?.text),
          code(f.default),
          cell(f.description),
        ]),
        ...attributeOnly.map((a) => ['', code(a.name), code(a.type?.text), code(a.default), cell(a.description)]),
      ],
    ),
    '',
    `## Methods`,
    '',
    table(
      ['Method', 'Returns', 'Description'],
      methods.map((m) => [
        code(
          `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')})`,
        ),
        code(m.return?.type?.text),
        cell(m.description),
      ]),
    ),
    '',
    `## Events`,
    '',
    table(
      ['Event', 'Type', 'Description'],
      (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    '',
    `## CSS parts`,
    '',
    table(
      ['Part', 'Description'],
      (el.cssParts ?? []).map((p) => [code(`::part(${p.name})`), cell(p.description)]),
    ),
    '',
    `## CSS custom properties`,
    '',
    table(
      ['Property', 'Description'],
      (el.cssProperties ?? []).map((p) => [
        code(p.name),
        cell(p.description + (p.default ? ` (default \`${p.default}\`)` : '')),
      ]),
    ),
    '',
    `## CSS states`,
    '',
    table(
      ['State', 'Description'],
      (el.cssStates ?? []).map((s) => [code(`:state(${s.name})`), cell(s.description)]),
    ),
  ].join('\n');
}

/** docs/reference.md for `manifest`. */
export function referencePage(manifest) {
  return [
    '# `<polar-seat-claim>` reference',
    '',
    '<!-- Generated from dist/custom-elements.json by `npm run docs:reference`; test/node/reference.test.mjs keeps it in step. -->',
    '',
    renderReference(manifest),
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifestPath = path.join(root, 'dist/custom-elements.json');
  if (!existsSync(manifestPath))
    throw new Error('dist/custom-elements.json is missing: run `npm run build` (or `npx cem analyze`) first');
  writeFileSync(path.join(root, REFERENCE_FILE), referencePage(JSON.parse(readFileSync(manifestPath, 'utf8'))));
  console.log(`${REFERENCE_FILE}: written`);
}
