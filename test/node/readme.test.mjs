/**
 * The README's examples cannot drift from the element: every `<polar-seat-claim>` in a code block uses
 * attributes the manifest declares, every `<PolarSeatClaim>` (the @lit/react wrapper) uses its properties and
 * event props, and every event named in code is one of the element's. The README's usage and demo sections
 * are docs/usage.md (one heading level down) and docs/demo.md. Needs `npm run build` first (dist/custom-elements.json).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { elementOf } from '../../scripts/docs-reference.mjs';
import { repoRoot } from '../../scripts/pack.mjs';

const read = (file) => readFileSync(path.join(repoRoot, file), 'utf8');
const el = elementOf(JSON.parse(read('dist/custom-elements.json')));
const attributes = new Set(el.attributes.map((a) => a.name));
const properties = new Set(el.members.filter((m) => m.kind === 'field' && !m.static && !m.readonly).map((m) => m.name));
const events = new Set(el.events.map((e) => e.name));
/** The wrapper's event props, from the built list the wrapper is made from. */
const { seatClaimEvents } = await import(path.join(repoRoot, 'dist/events/index.js'));
const wrapperEvents = new Map(Object.entries(seatClaimEvents));

/** The code blocks of a Markdown text. */
const codeBlocks = (markdown) => [...markdown.matchAll(/^```\w*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
/** The attribute (or prop) names of each `<tag ...>` in a code block; values may hold `>` inside `{...}`. */
function tags(code, tag) {
  const found = [];
  for (const match of code.matchAll(new RegExp(`<${tag}\\b((?:[^>{]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*)>`, 'g'))) {
    const names = [
      ...match[1].replace(/\{(?:[^{}]|\{[^{}]*\})*\}|"[^"]*"|'[^']*'/g, '').matchAll(/([\w-]+)\s*(?==|\s|\/|$)/g),
    ].map((m) => m[1]);
    found.push(names);
  }
  return found;
}

const documents = ['README.md', 'docs/usage.md'];

describe('README examples', () => {
  for (const file of documents) {
    test(`${file}: <polar-seat-claim> in code uses declared attributes, and on + event names`, () => {
      const used = codeBlocks(read(file)).flatMap((code) => tags(code, 'polar-seat-claim'));
      assert.ok(used.length >= 3, `found ${used.length} tags`);
      for (const name of used.flat()) {
        if (name.startsWith('on'))
          assert.ok(events.has(name.slice(2)), `${file}: ${name} is not on + an event of the element`);
        else
          assert.ok(
            attributes.has(name) || properties.has(name),
            `${file}: ${name} is not an attribute or property of the element`,
          );
      }
    });

    test(`${file}: <PolarSeatClaim> (the React wrapper) uses properties and its event props`, () => {
      const used = codeBlocks(read(file)).flatMap((code) => tags(code, 'PolarSeatClaim'));
      assert.ok(used.length >= 1);
      for (const name of used.flat()) {
        assert.ok(
          properties.has(name) || wrapperEvents.has(name),
          `${file}: ${name} is not a property or an event prop of the wrapper`,
        );
      }
      for (const event of wrapperEvents.values())
        assert.ok(events.has(event), `the wrapper maps to ${event}, not an event of the element`);
    });

    test(`${file}: every event named in code is one of the element's`, () => {
      const named = codeBlocks(read(file)).flatMap((code) =>
        [...code.matchAll(/['"`](seat-[\w-]+)['"`]/g)].map((m) => m[1]),
      );
      assert.ok(named.length >= 2);
      for (const name of named) assert.ok(events.has(name), `${file}: ${name}`);
    });
  }

  test("the README's demo section is docs/demo.md", () => {
    const readme = read('README.md');
    const section = readme
      .slice(readme.indexOf('<!-- demo:start -->') + '<!-- demo:start -->'.length, readme.indexOf('<!-- demo:end -->'))
      .trim();
    assert.ok(section.length > 500, 'demo markers');
    assert.equal(
      section,
      read('docs/demo.md')
        .replace(/^<!--.*-->\n/, '')
        .trim(),
    );
  });

  test("the README's usage section is docs/usage.md, one heading level down", () => {
    const readme = read('README.md');
    const start = readme.indexOf('<!-- usage:start -->');
    const end = readme.indexOf('<!-- usage:end -->');
    assert.ok(start >= 0 && end > start, 'usage markers');
    const section = readme.slice(start + '<!-- usage:start -->'.length, end).trim();
    const usage = read('docs/usage.md')
      .trim()
      .replace(/^# .*$/m, '## Usage')
      .replace(/^(#{2,}) /gm, (_, hashes) => `${hashes}# `)
      .replace(/^### Usage$/m, '## Usage')
      .replaceAll('](../', '](');
    assert.equal(section, usage);
  });
});
