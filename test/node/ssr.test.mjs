/**
 * Server rendering with @lit-labs/ssr: the element renders its loading state as declarative shadow DOM, and the
 * example of examples/ssr/ serves such a page that shows the card before any script runs, then hydrates in headless
 * Chromium with one GET and claims a seat against the fake Polar API. Needs `npm run build` first (`npm test` builds
 * before the node tests). Hydration in the three engines, and the card's height, are in
 * test/browser/hydration.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultMessages } from 'polar-seat-claim';
import { renderSeatClaim } from '../../examples/ssr/render.mjs';
import { startSsrExample } from '../../examples/ssr/server.mjs';
import { clickPart, launchChromium, openPage, partText, waitForStatus } from './support/chromium.mjs';

/** The markup between the element's opening tag and its closing tag. */
function shadowMarkup(markup) {
  const start = markup.indexOf('<template shadowroot="open" shadowrootmode="open">');
  assert.ok(start > 0, 'an open declarative shadow root, in both the old and the standard attribute');
  return markup.slice(start, markup.indexOf('</template>', start));
}

describe('rendering <polar-seat-claim> with @lit-labs/ssr', () => {
  test('gives the card in its loading state as declarative shadow DOM, with its styles', async () => {
    const markup = await renderSeatClaim({ token: 'a-token', server: 'sandbox' });
    assert.match(markup, /<polar-seat-claim\s+token="a-token" server="sandbox">/);
    const shadow = shadowMarkup(markup);
    assert.match(shadow, /^<template[^>]*><style>[^<]*:host\s*\{/, 'the styles come first, so the card paints styled');
    // Busy: hydration keeps the server's attribute values until the state changes.
    // In English (no lang, no browser on the server), left to right.
    assert.match(shadow, /part="base"\s+lang="en"\s+dir="ltr"\s+class="card light"\s+aria-busy="true"/);
    assert.match(shadow, /<div role="status" class="">[^]*?<p class="loading"/);
    assert.ok(shadow.includes(defaultMessages.loading), 'the loading text');
    for (const later of ['part="claim-button"', 'part="heading"', 'part="error"', 'part="retry-button"']) {
      assert.ok(!shadow.includes(later), `nothing of a later state: ${later}`);
    }
  });

  test('escapes the token: a token from a URL cannot add markup to the page', async () => {
    const markup = await renderSeatClaim({ token: '"><img src=x onerror=alert(1)>', server: 'sandbox' });
    assert.ok(!markup.includes('<img'), markup.slice(0, 200));
    assert.match(markup, /token="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
  });
});

describe('the server-rendered example (examples/ssr/)', { timeout: 60_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startSsrExample>>} */ let server;
  /** @type {import('puppeteer-core').Browser} */ let browser;

  before(async () => {
    server = await startSsrExample();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('shows the loading card with scripts off: the first paint needs no JavaScript', async () => {
    const { token } = server.api.mint({});
    const opened = await openPage(browser);
    try {
      await opened.page.setJavaScriptEnabled(false);
      await opened.page.goto(`${server.url}/?token=${token}`, { waitUntil: 'load' });
      const card = await opened.page.$eval('polar-seat-claim', (el) => {
        const loading = el.shadowRoot?.querySelector('.loading');
        return { text: loading?.textContent.trim(), height: el.getBoundingClientRect().height };
      });
      assert.equal(card.text, defaultMessages.loading);
      assert.ok(card.height > 40, `the card has its box (${card.height}px)`);
      assert.deepEqual(server.api.requestsFor(token), { info: 0, claim: 0 });
      assert.deepEqual(opened.errors, []);
    } finally {
      await opened.close();
    }
  });

  test('hydrates with one GET, keeps the server-rendered card, and claims a seat', async () => {
    const minted = server.api.mint({});
    const opened = await openPage(browser);
    try {
      await opened.page.goto(`${server.url}/?token=${minted.token}`, { waitUntil: 'load' });
      await waitForStatus(opened.page, 'polar-seat-claim', 'ready');
      // The element isolates each inserted value (FSI … PDI) so that its text direction cannot reorder the sentence.
      assert.ok(
        (await partText(opened.page, 'polar-seat-claim', 'heading')).includes(`\u2068${minted.organizationName}\u2069`),
        'the invitation, filled in',
      );
      assert.equal(
        await opened.page.$eval('polar-seat-claim', (el) => el.shadowRoot.querySelectorAll('.card').length),
        1,
        'hydrated in place, not rendered a second time next to the server copy',
      );
      assert.deepEqual(server.api.requestsFor(minted.token), { info: 1, claim: 0 });
      await clickPart(opened.page, 'polar-seat-claim', 'claim-button');
      await waitForStatus(opened.page, 'polar-seat-claim', 'claimed');
      assert.deepEqual(server.api.requestsFor(minted.token), { info: 1, claim: 1 });
      assert.deepEqual(opened.errors, []);
      assert.deepEqual(opened.warnings, []);
    } finally {
      await opened.close();
    }
  });
});
