/**
 * The examples of the README and docs/usage.md cannot drift from the element: every `<polar-seat-claim>` in a code
 * block uses attributes the manifest declares, every `<PolarSeatClaim>` (the @lit/react wrapper) uses its properties
 * and event props, and every event named in code is one of the element's. The README is short and links to docs/
 * for the rest: every relative link of the README and of docs/*.md leads to a file, and to a heading of it when it
 * names one. Needs `npm run build` first (dist/custom-elements.json).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
      // The README names the wrapper; docs/usage.md shows it.
      if (file === 'docs/usage.md') assert.ok(used.length >= 1);
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
      assert.ok(named.length >= 1);
      for (const name of named) assert.ok(events.has(name), `${file}: ${name}`);
    });
  }

  test('the README stays short: at most about 200 lines', () => {
    const lines = read('README.md').split('\n').length;
    assert.ok(lines <= 210, `README.md has ${lines} lines`);
  });
});

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
const anchorsOf = (markdown) =>
  new Set(
    [...markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1].trim())),
  );

describe('links between the README and docs/', () => {
  const pages = [
    'README.md',
    ...readdirSync(path.join(repoRoot, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  for (const page of pages) {
    test(`${page}: every relative link leads to a file, and to a heading of it`, () => {
      const text = read(page).replace(/^```[\s\S]*?^```/gm, '');
      const links = [
        ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]),
        ...[...text.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]),
      ].filter((href) => !/^[a-z]+:/i.test(href));
      for (const href of links) {
        const [file, anchor] = href.split('#');
        const target = file ? path.join(path.dirname(page), file) : page;
        assert.ok(existsSync(path.join(repoRoot, target)), `${page}: ${href} leads to no file`);
        if (anchor && target.endsWith('.md'))
          assert.ok(anchorsOf(read(target)).has(anchor), `${page}: ${href} names no heading of ${target}`);
      }
    });
  }
});
