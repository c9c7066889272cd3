/**
 * The editor data and framework typings that `npm run build` generates from dist/custom-elements.json
 * (scripts/integrations.mjs) hold everything the manifest declares: each attribute with its description and values,
 * each event with its class, each part and custom property. That they type-check as they should (and reject wrong
 * values and event details) is test/node/package.test.mjs's, with test/fixtures/types/. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { elementOf } from '../../scripts/docs-reference.mjs';
import { repoRoot } from '../../scripts/pack.mjs';

const read = (file) => readFileSync(path.join(repoRoot, 'dist', file), 'utf8');
const json = (file) => JSON.parse(read(file));
const el = elementOf(json('custom-elements.json'));
const settable = el.members.filter((m) => m.kind === 'field' && !m.static && !m.readonly);
/** `'light' | 'dark' | 'auto'` -> ['light', 'dark', 'auto']; undefined when the type is not a closed set of strings. */
const values = (type) => {
  const parts = type.split(' | ').filter((part) => part !== 'undefined');
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
};
const byName = (list) => new Map(list.map((item) => [item.name, item]));

describe('editor data', () => {
  test('VS Code HTML data: the tag, each attribute with its description and values', () => {
    const [tag, ...others] = json('vscode.html-custom-data.json').tags;
    assert.equal(others.length, 0);
    assert.equal(tag.name, 'polar-seat-claim');
    const attributes = byName(tag.attributes);
    assert.deepEqual([...attributes.keys()].sort(), el.attributes.map((a) => a.name).sort());
    for (const attribute of el.attributes) {
      const data = attributes.get(attribute.name);
      assert.equal(data.description, attribute.description, attribute.name);
      const closed = values(attribute.type.text);
      if (closed)
        assert.deepEqual(
          data.values.map((v) => v.name),
          closed,
          `${attribute.name}: its values`,
        );
    }
  });

  test('VS Code CSS data: each custom property and part', () => {
    const css = json('vscode.css-custom-data.json');
    assert.deepEqual(
      css.properties.map((p) => [p.name, p.description]),
      el.cssProperties.map((p) => [p.name, p.description]),
    );
    assert.deepEqual(
      css.pseudoElements.map((p) => [p.name, p.description]),
      el.cssParts.map((p) => [`::part(${p.name})`, p.description]),
    );
  });

  test('JetBrains web-types: attributes, events with their classes, parts and custom properties', () => {
    const webTypes = json('web-types.json');
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const [element] = webTypes.contributions.html.elements;
    assert.equal(element.name, 'polar-seat-claim');
    assert.deepEqual(
      element.attributes.map((a) => [a.name, a.description, a.value.type]),
      el.attributes.map((a) => [a.name, a.description, a.type.text]),
    );
    assert.deepEqual(
      element.events.map((e) => [e.name, e.type]),
      el.events.map((e) => [e.name, e.type.text]),
    );
    assert.deepEqual(
      webTypes.contributions.css.properties.map((p) => p.name),
      el.cssProperties.map((p) => p.name),
    );
    assert.deepEqual(
      webTypes.contributions.css['pseudo-elements'].map((p) => p.name),
      el.cssParts.map((p) => `part(${p.name})`),
    );
  });
});

describe('framework typings', () => {
  const typings = {
    'vue.d.ts': {
      attribute: (a) => `${a.fieldName}?: PolarSeatClaim["${a.fieldName}"]`,
      property: (m) => `${m.name}?: PolarSeatClaim["${m.name}"]`,
      event: (e) => `on${e.name.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}?: (e: ${e.type.text}) => void`,
    },
    'svelte.d.ts': {
      attribute: (a) => `'${a.name}'?: PolarSeatClaim['${a.fieldName}']`,
      property: (m) => `'${m.name}'?: PolarSeatClaim['${m.name}']`,
      event: (e) => `'on${e.name}'?: (event: ${e.type.text}) => void`,
    },
    'jsx-solid.d.ts': {
      attribute: (a) => `${/-/.test(a.name) ? `"${a.name}"` : a.name}?: PolarSeatClaim["${a.fieldName}"]`,
      property: (m) => `"prop:${m.name}"?: PolarSeatClaim["${m.name}"]`,
      event: (e) => `"on:${e.name}"?: (e: ${e.type.text}) => void`,
    },
  };

  for (const [file, expect] of Object.entries(typings)) {
    test(`${file}: every attribute, settable property and event (with its class), nothing read-only`, () => {
      const text = read(file);
      for (const attribute of el.attributes) assert.ok(text.includes(expect.attribute(attribute)), attribute.name);
      for (const member of settable.filter((m) => !m.attribute))
        assert.ok(text.includes(expect.property(member)), member.name);
      for (const event of el.events) assert.ok(text.includes(expect.event(event)), event.name);
      assert.doesNotMatch(text, /CustomEvent</, 'events are typed with their classes');
      for (const member of el.members.filter((m) => m.readonly && !m.static))
        assert.doesNotMatch(text, new RegExp(`["']?(prop:)?${member.name}["']?\\?:`), `${member.name} is read-only`);
    });
  }
});
