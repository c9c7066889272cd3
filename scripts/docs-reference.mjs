// `npm run docs:reference`: the reference tables of <polar-seat-claim> (attributes, properties, methods,
// events, CSS parts, custom properties, states), generated from dist/custom-elements.json and written
// between `<!-- reference:start -->` and `<!-- reference:end -->` in docs/reference.md and, when it has
// the markers, README.md. test/node/reference.test.mjs fails when either file drifts from the manifest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const START = '<!-- reference:start -->';
export const END = '<!-- reference:end -->';
const TAG = 'polar-seat-claim';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_FILES = ['docs/reference.md', 'README.md'];

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
  const detail = (type) => /^CustomEvent<(.+)>$/.exec(type?.text ?? '')?.[1] ?? type?.text;

  return [
    `### Attributes`,
    '',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (el.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    ),
    '',
    `### Properties`,
    '',
    table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        `${code(f.static ? `${el.name}.${f.name}` : f.name)}${f.readonly ? ' (read-only)' : ''}`,
        code(f.attribute),
        code(f.type?.text),
        code(f.default),
        cell(f.description),
      ]),
    ),
    '',
    `### Methods`,
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
    `### Events`,
    '',
    table(
      ['Event', 'Detail', 'Description'],
      (el.events ?? []).map((e) => [code(e.name), code(detail(e.type)), cell(e.description)]),
    ),
    '',
    `### CSS parts`,
    '',
    table(
      ['Part', 'Description'],
      (el.cssParts ?? []).map((p) => [code(`::part(${p.name})`), cell(p.description)]),
    ),
    '',
    `### CSS custom properties`,
    '',
    table(
      ['Property', 'Description'],
      (el.cssProperties ?? []).map((p) => [
        code(p.name),
        cell(p.description + (p.default ? ` (default \`${p.default}\`)` : '')),
      ]),
    ),
    '',
    `### CSS states`,
    '',
    table(
      ['State', 'Description'],
      (el.cssStates ?? []).map((s) => [code(`:state(${s.name})`), cell(s.description)]),
    ),
  ].join('\n');
}

/** The text between the markers, or undefined when `text` has none. */
export function between(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return text.slice(start + START.length, end).trim();
}

/** `text` with `reference` between its markers. */
export function replaceBetween(text, reference) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${START} ... ${END} not found`);
  return `${text.slice(0, start + START.length)}\n\n${reference}\n\n${text.slice(end)}`;
}

/** A new docs/reference.md. */
function referencePage(reference) {
  return [
    '# `<polar-seat-claim>` reference',
    '',
    '<!-- Generated from dist/custom-elements.json by `npm run docs:reference`; test/node/reference.test.mjs keeps it in step. -->',
    '',
    START,
    '',
    reference,
    '',
    END,
    '',
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifestPath = path.join(root, 'dist/custom-elements.json');
  if (!existsSync(manifestPath))
    throw new Error('dist/custom-elements.json is missing: run `npm run build` (or `npx cem analyze`) first');
  const reference = renderReference(JSON.parse(readFileSync(manifestPath, 'utf8')));
  for (const file of REFERENCE_FILES) {
    const full = path.join(root, file);
    const text = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    if (text !== undefined && between(text) !== undefined) {
      writeFileSync(full, replaceBetween(text, reference));
      console.log(`${file}: reference updated`);
    } else if (file === 'docs/reference.md') {
      writeFileSync(full, referencePage(reference));
      console.log(`${file}: written`);
    } else {
      console.log(`${file}: no ${START} marker, left alone`);
    }
  }
}
