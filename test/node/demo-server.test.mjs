/**
 * `npm start` (demo/server.mjs): one server for the demo page, the element's sources and the fake Polar API.
 */

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startDemoServer } from '../../demo/server.mjs';

describe('demo server', () => {
  /** @type {Awaited<ReturnType<typeof startDemoServer>>} */
  let demo;

  before(async () => {
    demo = await startDemoServer({ port: 0 });
  });
  after(async () => {
    await demo?.close();
  });

  test('listens on the free port it was given and reports its URL', () => {
    assert.match(demo.url, /^http:\/\/localhost:\d+\/$/);
    assert.notEqual(new URL(demo.url).port, '0');
  });

  test('/ lands on the demo page, which runs without inline scripts or handlers', async () => {
    const response = await fetch(demo.url);
    assert.equal(response.status, 200);
    assert.equal(new URL(response.url).pathname, '/demo/');
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /<script type="module" src="\.\/demo\.ts"><\/script>/);
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'an inline <script>');
    assert.doesNotMatch(html, /<[^>]+\son[a-z]+=/i, 'an inline event handler');
  });

  test("/ keeps the demo's settings in the query", async () => {
    const response = await fetch(new URL('/?scenario=expired&theme=dark', demo.url), { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/demo/?scenario=expired&theme=dark');
  });

  test('serves the fake Polar API on the same origin', async () => {
    const response = await fetch(new URL('/__polar-mock/scenarios', demo.url));
    assert.equal(response.status, 200);
    const scenarios = /** @type {{ name: string }[]} */ (await response.json());
    assert.ok(scenarios.some((scenario) => scenario.name === 'valid-member'));

    const info = await fetch(new URL('/v1/customer-seats/claim/demo_unknown_token_000000000000000000000000', demo.url));
    assert.equal(info.status, 404);
  });

  test("serves this checkout's bundle to pages of any origin, as the demo's copied markup loads it", async () => {
    // Needs `npm run build` (dist/cdn/), as npm test runs it first.
    const bundle = await fetch(new URL('/dist/cdn/polar-seat-claim.js', demo.url), {
      headers: { origin: 'http://localhost:3000' },
    });
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    assert.equal(bundle.headers.get('access-control-allow-origin'), '*');
    const page = await fetch(new URL('/demo/', demo.url), { headers: { origin: 'http://localhost:3000' } });
    assert.equal(page.headers.get('access-control-allow-origin'), null, 'only the bundles are shared');
  });

  test('compiles the element from src/ and resolves Lit to its production build', async () => {
    const element = await fetch(new URL('/src/polar-seat-claim.ts', demo.url));
    assert.equal(element.status, 200);
    assert.match(element.headers.get('content-type') ?? '', /javascript/);
    const code = await element.text();
    assert.doesNotMatch(code, /\bdeclare\s/, 'TypeScript left in the served module');
    assert.match(code, /from "[./]*\/node_modules\/lit\/index\.js"/, 'the bare import of lit, resolved');

    const lit = await (await fetch(new URL('/node_modules/lit/index.js', demo.url))).text();
    assert.match(lit, /@lit\/reactive-element\/reactive-element\.js/);
    assert.doesNotMatch(lit, /\/development\//);
  });
});

test('close() stops the server', async () => {
  const demo = await startDemoServer({ port: 0 });
  assert.equal((await fetch(demo.url)).status, 200);
  await demo.close();
  await assert.rejects(fetch(demo.url));
});
