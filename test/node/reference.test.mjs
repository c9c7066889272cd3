/**
 * dist/custom-elements.json is complete (every `@attr`, `@fires`, `@csspart`, `@cssprop` and `@cssstate`
 * of the element's JSDoc, with types, event detail types and the tag name), and the reference tables in
 * docs/reference.md and README.md (between `<!-- reference:start -->` and `<!-- reference:end -->`) are
 * exactly what `npm run docs:reference` generates from it. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { between, elementOf, END, renderReference, START } from '../../scripts/docs-reference.mjs';
import { repoRoot } from '../../scripts/pack.mjs';

const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'dist/custom-elements.json'), 'utf8'));
const el = elementOf(manifest);
const source = readFileSync(path.join(repoRoot, 'src/polar-seat-claim.ts'), 'utf8');
/** Names given by a JSDoc tag of the element's class comment. */
const tagged = (tag) =>
  [...source.matchAll(new RegExp(`^\\s*\\*\\s*@${tag}\\s+(?:\\{[^}]*\\}\\s+)?([\\w-]+)\\s+-`, 'gm'))].map((m) => m[1]);
const names = (list) => (list ?? []).map((item) => item.name);

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

  test('every attribute, with its property, type and description', () => {
    assert.deepEqual(
      names(el.attributes).sort(),
      ['auto-claim', 'portal-url', 'redirect', 'server', 'theme', 'timeout', 'token', 'token-param'].sort(),
    );
    for (const attribute of el.attributes) {
      assert.ok(attribute.fieldName && attribute.type?.text && attribute.description, attribute.name);
      const field = el.members.find((m) => m.name === attribute.fieldName);
      assert.equal(field?.attribute, attribute.name, `${attribute.name} <-> ${attribute.fieldName}`);
    }
  });

  test('every public property and method, typed and described; nothing private', () => {
    assert.deepEqual(
      names(el.members).sort(),
      [
        'autoClaim',
        'claim',
        'messages',
        'portalUrl',
        'redirect',
        'server',
        'status',
        'theme',
        'timeout',
        'token',
        'tokenParam',
        'version',
      ].sort(),
    );
    for (const member of el.members) {
      assert.ok(member.description, `${member.name}: description`);
      assert.ok(member.kind === 'method' ? member.return?.type?.text : member.type?.text, `${member.name}: type`);
    }
  });

  test('every event, with its class', () => {
    assert.deepEqual(names(el.events), tagged('fires'));
    assert.deepEqual(
      el.events.map((e) => e.type?.text),
      ['SeatClaimInfoEvent', 'SeatClaimedEvent', 'SeatClaimErrorEvent'],
    );
  });

  test('every part, custom property and state', () => {
    assert.deepEqual(names(el.cssParts), tagged('csspart'));
    assert.deepEqual(names(el.cssProperties), tagged('cssprop'));
    assert.deepEqual(names(el.cssStates), tagged('cssstate'));
    for (const item of [...el.cssParts, ...el.cssProperties, ...el.cssStates]) assert.ok(item.description, item.name);
  });
});

describe('reference tables', () => {
  const expected = renderReference(manifest);

  test('docs/reference.md holds exactly the tables generated from the manifest (`npm run docs:reference`)', () => {
    const text = readFileSync(path.join(repoRoot, 'docs/reference.md'), 'utf8');
    assert.equal(between(text), expected);
  });

  test('README.md holds exactly the same tables between its reference markers', () => {
    const text = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    assert.ok(text.includes(START) && text.includes(END), `README.md has its ${START} ... ${END} markers`);
    assert.equal(between(text), expected);
  });

  test('the tables name every attribute, event, part, custom property and state', () => {
    for (const name of [
      ...names(el.attributes),
      ...tagged('fires'),
      ...tagged('csspart'),
      ...tagged('cssprop'),
      ...tagged('cssstate'),
    ]) {
      assert.ok(expected.includes(name), name);
    }
  });
});
