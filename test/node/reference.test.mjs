/**
 * dist/custom-elements.json describes the element that was built: its attributes are the ones the class observes,
 * its events are those of `seatClaimEvents` with their classes, its parts are the `part`s of the built templates,
 * its custom properties those the built styles read, its states the statuses of the built types; each with a type
 * and one description. docs/reference.md is exactly what `npm run docs:reference` generates from it.
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { elementOf, referencePage, REFERENCE_FILE } from '../../scripts/docs-reference.mjs';
import { repoRoot } from '../../scripts/pack.mjs';

const dist = (file) => path.join(repoRoot, 'dist', file);
const manifest = JSON.parse(readFileSync(dist('custom-elements.json'), 'utf8'));
const el = elementOf(manifest);
const names = (list) => (list ?? []).map((item) => item.name);
const sorted = (list) => [...list].sort();

// The built modules run in Node: Lit's Node build needs no DOM until an element is created.
const { PolarSeatClaim } = await import(dist('polar-seat-claim.js'));
const events = await import(dist('events/index.js'));
const { styles } = await import(dist('polar-seat-claim.styles.js'));

/** The string literals of a union type alias declared in a built `.d.ts`, as TypeScript resolves it. */
function stringUnion(file, alias) {
  const program = ts.createProgram([dist(file)], { strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(dist(file));
  const declaration = source?.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === alias);
  assert.ok(declaration, `${file} declares ${alias}`);
  const type = checker.getTypeAtLocation(declaration.name);
  return (type.isUnion() ? type.types : [type]).map((t) => {
    assert.ok(t.isStringLiteral(), `${alias}: ${checker.typeToString(t)} is a string literal`);
    return t.value;
  });
}

describe('custom-elements.json', () => {
  test('declares <polar-seat-claim>, defined by the main entry', () => {
    assert.equal(el.tagName, 'polar-seat-claim');
    assert.equal(el.name, 'PolarSeatClaim');
    assert.ok(el.description, 'description');
    const index = manifest.modules.find((mod) => mod.path === 'dist/index.js');
    assert.deepEqual(
      index.exports.filter((e) => e.kind === 'custom-element-definition'),
      [
        {
          kind: 'custom-element-definition',
          name: 'polar-seat-claim',
          declaration: { name: 'PolarSeatClaim', module: 'dist/polar-seat-claim.js' },
        },
      ],
    );
    for (const mod of manifest.modules)
      assert.ok(existsSync(path.join(repoRoot, mod.path)), `${mod.path} is a shipped file`);
    const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement));
    assert.deepEqual(
      elements.map((d) => `${d.kind} ${d.name}`),
      ['class PolarSeatClaim'],
      'one custom element, the class',
    );
  });

  test('the attributes are those the built element observes, each with its property, type and description', () => {
    assert.deepEqual(sorted(names(el.attributes)), sorted(PolarSeatClaim.observedAttributes));
    for (const attribute of el.attributes) {
      assert.ok(attribute.fieldName && attribute.type?.text && attribute.description, attribute.name);
      const field = el.members.find((m) => m.name === attribute.fieldName);
      assert.equal(field?.attribute, attribute.name, `${attribute.name} <-> ${attribute.fieldName}`);
      assert.equal(field.description, attribute.description, `${attribute.name}: one description`);
    }
  });

  test('every property the built element declares is public in the manifest, typed and described', () => {
    const declared = [...PolarSeatClaim.elementProperties].filter(([, options]) => !options.state).map(([n]) => n);
    const fields = names(el.members.filter((m) => m.kind === 'field'));
    for (const name of declared) assert.ok(fields.includes(name), `${name} is in the manifest`);
    for (const member of el.members) {
      assert.ok(!member.name.startsWith('_') && member.privacy !== 'private', `${member.name} is public`);
      assert.ok(member.description, `${member.name}: description`);
      assert.ok(member.kind === 'method' ? member.return?.type?.text : member.type?.text, `${member.name}: type`);
    }
    assert.equal(
      el.members.find((m) => m.name === 'version')?.static,
      true,
      'the static version that a second copy compares',
    );
  });

  test('type aliases of a closed set of strings are written out, and constant defaults as values', () => {
    const theme = el.attributes.find((a) => a.name === 'theme');
    assert.equal(
      theme?.type.text,
      stringUnion('polar-seat-claim.d.ts', 'SeatClaimTheme')
        .map((v) => `'${v}'`)
        .join(' | '),
    );
    for (const item of [...el.attributes, ...el.members]) {
      if (item.default === undefined) continue;
      assert.doesNotThrow(() => JSON.parse(item.default.replace(/^'(.*)'$/, '"$1"')), `${item.name}: ${item.default}`);
    }
  });

  test('the events are those of seatClaimEvents, each typed with the class that dispatches it', () => {
    assert.deepEqual(sorted(names(el.events)), sorted(Object.values(events.seatClaimEvents)));
    for (const event of el.events) {
      const EventClass = events[event.type?.text];
      assert.equal(typeof EventClass, 'function', `${event.name}: ${event.type?.text} is exported by dist/events`);
      assert.equal(new EventClass({}).type, event.name, `${event.type.text} is dispatched as ${event.name}`);
      assert.ok(event.description, event.name);
    }
  });

  test('the parts are those of the built templates', () => {
    const templates = ['polar-seat-claim.js', 'views.js'].map((file) => readFileSync(dist(file), 'utf8')).join('\n');
    const used = new Set([...templates.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]));
    assert.ok(used.size > 0, 'the built templates have parts');
    assert.deepEqual(sorted(names(el.cssParts)), sorted(used));
  });

  test('the custom properties are those the built styles read', () => {
    const read = new Set([...styles.cssText.matchAll(/var\((--polar-seat-claim-[\w-]+)/g)].map((m) => m[1]));
    assert.ok(read.size > 0, 'the styles read custom properties');
    assert.deepEqual(sorted(names(el.cssProperties)), sorted(read));
  });

  test('the custom states are the statuses of SeatClaimStatus', () => {
    assert.deepEqual(sorted(names(el.cssStates)), sorted(stringUnion('state.d.ts', 'SeatClaimStatus')));
  });

  test('parts, custom properties and states are described', () => {
    for (const item of [...el.cssParts, ...el.cssProperties, ...el.cssStates]) assert.ok(item.description, item.name);
  });
});

describe('reference page', () => {
  const expected = referencePage(manifest);

  test(`${REFERENCE_FILE} is exactly the page generated from the manifest (\`npm run docs:reference\`)`, () => {
    assert.equal(readFileSync(path.join(repoRoot, REFERENCE_FILE), 'utf8'), expected);
  });

  test('one row per attribute and property pair, one per method, event, part, custom property and state', () => {
    const rows = expected.split('\n').filter((line) => /^\| `/.test(line));
    const labelled = [
      ...el.members.map((m) => (m.kind === 'method' ? `\`${m.name}(` : m.static ? `.${m.name}\`` : `| \`${m.name}\``)),
      ...el.events.map((e) => `| \`${e.name}\` |`),
      ...el.cssParts.map((p) => `\`::part(${p.name})\``),
      ...el.cssProperties.map((p) => `| \`${p.name}\` |`),
      ...el.cssStates.map((s) => `\`:state(${s.name})\``),
    ];
    for (const label of labelled) assert.equal(rows.filter((row) => row.includes(label)).length, 1, label);
    for (const attribute of el.attributes) {
      const description = attribute.description.replace(/\s*\n\s*/g, ' ');
      assert.equal(expected.split(description).length, 2, `${attribute.name} is described once`);
    }
  });
});
