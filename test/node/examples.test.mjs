/**
 * The examples of examples/ (also the README's), each loaded in headless Chromium and claiming a seat
 * against the fake Polar API: the classic script, the module script, an app bundled with rollup from the
 * npm package, a React 19 app using the element directly and through the @lit/react wrapper, and a Vue 3 and a
 * Svelte 5 app, each compiled by its framework's own compiler. Then the
 * element loaded twice on one page: two CDN copies, the CDN bundle next to the npm build, in one version
 * and in two. Needs `npm run build` first (`npm test` builds before the node tests).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildExamples } from '../../examples/build.mjs';
import { EXAMPLE_API, startExamplesServer } from '../../examples/serve.mjs';
import { repoRoot } from '../../scripts/pack.mjs';
import { clickPart, launchChromium, openPage, partText, waitForStatus } from './support/chromium.mjs';

const VERSION = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
const OTHER_VERSION = '0.0.0-other';

/** @type {string} */ let outDir;
/** @type {Awaited<ReturnType<typeof startExamplesServer>>} */ let server;
/** @type {import('puppeteer-core').Browser} */ let browser;
/** Pages built by the tests below, served on /__page/<name>. */
const pages = new Map();

/** The CDN bundle as another release would ship it: the same code under another version. */
function otherVersion(file) {
  const code = readFileSync(path.join(repoRoot, 'dist/cdn', file), 'utf8');
  const literal = JSON.stringify(VERSION);
  assert.equal(code.split(literal).length, 2, `${file} holds the version literal ${literal} exactly once`);
  return code.replace(literal, JSON.stringify(OTHER_VERSION)).replace(/\/\/# sourceMappingURL=.*$/m, '');
}

function route(req, res) {
  const url = new URL(req.url ?? '/', 'http://x');
  const variant = /^\/__other-version\/(polar-seat-claim(?:\.global)?\.js)$/.exec(url.pathname);
  if (variant) {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(otherVersion(variant[1]));
    return true;
  }
  const page = /^\/__page\/([\w-]+)$/.exec(url.pathname);
  if (page && pages.has(page[1])) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(page[1]));
    return true;
  }
  return false;
}

/**
 * A page that loads `scripts` in order (`classic:` or `module:` + URL) and records every
 * `customElements.define` call. With `element`, it holds a `<polar-seat-claim>` reading `?token=`; without,
 * `#claim` is left for the npm example app to fill.
 */
function definePage(name, scripts, { element = true } = {}) {
  pages.set(
    name,
    `<!doctype html><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,">
<script>
  window.defined = [];
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, ...rest) => { window.defined.push(tag); return define(tag, ...rest); };
</script>
<div id="claim">${element ? `<polar-seat-claim server="${server.apiUrl}" token-param="token"></polar-seat-claim>` : ''}</div>
<p id="result"></p>
${scripts
  .map((script) => {
    const [kind, src] = script.split(/:(.*)/s);
    return kind === 'module' ? `<script type="module" src="${src}"></script>` : `<script src="${src}"></script>`;
  })
  .join('\n')}`,
  );
  return `/__page/${name}`;
}

before(async () => {
  mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  outDir = mkdtempSync(path.join(repoRoot, '.tmp', 'examples-test-'));
  await buildExamples(outDir);
  server = await startExamplesServer({ builtDir: outDir, route });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens `pathname?token=...` with fresh invitations, claims through `selector`'s button, checks the API saw one claim. */
async function claimOnPage(pathname, { selector = 'polar-seat-claim', tokens = ['token'], expectWarnings = [] } = {}) {
  const minted = Object.fromEntries(tokens.map((param) => [param, server.api.mint({})]));
  const query = new URLSearchParams(Object.fromEntries(Object.entries(minted).map(([param, m]) => [param, m.token])));
  const opened = await openPage(browser);
  try {
    await opened.page.goto(`${server.url}${pathname}?${query}`, { waitUntil: 'load' });
    await waitForStatus(opened.page, selector, 'ready');
    await clickPart(opened.page, selector, 'claim-button');
    await waitForStatus(opened.page, selector, 'claimed');
    const first = minted[tokens[0]];
    assert.deepEqual(server.api.requestsFor(first.token), { info: 1, claim: 1 });
    assert.deepEqual(opened.errors, []);
    assert.deepEqual(opened.warnings, expectWarnings);
    return { ...opened, minted };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

describe('examples', { timeout: 60_000 }, () => {
  test('the examples use the fake API origin that the server rewrites', () => {
    for (const file of [
      'cdn-classic.html',
      'cdn-module.html',
      'npm-rollup/main.js',
      'react-app/main.tsx',
      'vue-app/App.vue',
      'svelte-app/App.svelte',
    ]) {
      assert.ok(readFileSync(path.join(repoRoot, 'examples', file), 'utf8').includes(EXAMPLE_API), file);
    }
  });

  test('classic script (dist/cdn/polar-seat-claim.global.js): claims a seat', async () => {
    const { page, close } = await claimOnPage('/examples/cdn-classic.html');
    try {
      await page.waitForFunction(() => document.querySelector('#result')?.textContent.includes('Your seat'));
      assert.equal(
        await page.evaluate(() => typeof window.PolarSeatClaim.defineSeatClaim),
        'function',
        'the classic script exposes its API',
      );
    } finally {
      await close();
    }
  });

  test('module script (dist/cdn/polar-seat-claim.js): claims a seat, themed', async () => {
    const { page, close, minted } = await claimOnPage('/examples/cdn-module.html');
    try {
      await page.waitForFunction(() => document.querySelector('#result')?.textContent.includes('Your seat'));
      assert.equal(await page.title(), `Join ${minted.token.organizationName}`);
      assert.equal(
        await page.$eval('polar-seat-claim', (el) => el.shadowRoot.querySelector('.card').classList.contains('auto')),
        true,
      );
    } finally {
      await close();
    }
  });

  test('app bundled with rollup from the npm package: claims a seat, with its own strings', async () => {
    const opened = await openPage(browser);
    const minted = server.api.mint({});
    try {
      await opened.page.goto(`${server.url}/examples/npm-rollup/?token=${minted.token}`);
      await waitForStatus(opened.page, 'polar-seat-claim', 'ready');
      // The element isolates each inserted value (FSI … PDI) so that its text direction cannot reorder the sentence.
      assert.equal(
        await partText(opened.page, 'polar-seat-claim', 'heading'),
        `Join \u2068${minted.organizationName}\u2069`,
      );
      assert.equal(await partText(opened.page, 'polar-seat-claim', 'claim-button'), 'Accept invitation');
      await clickPart(opened.page, 'polar-seat-claim', 'claim-button');
      await opened.page.waitForFunction(() => document.querySelector('#result')?.textContent.includes('Your seat'));
      assert.deepEqual(server.api.requestsFor(minted.token), { info: 1, claim: 1 });
      assert.deepEqual(opened.errors, []);
      assert.deepEqual(opened.warnings, []);
    } finally {
      await opened.close();
    }
  });

  test('React 19 app: the element directly and through the @lit/react wrapper', async () => {
    const opened = await openPage(browser);
    const direct = server.api.mint({});
    const wrapped = server.api.mint({});
    try {
      await opened.page.goto(`${server.url}/examples/react-app/?token=${direct.token}&wrapped=${wrapped.token}`);
      await waitForStatus(opened.page, '#direct', 'ready');
      await waitForStatus(opened.page, '#wrapped', 'ready');
      // React 19 set `messages` (an object) as a property; the wrapper set `theme` and `tokenParam`.
      assert.equal(await partText(opened.page, '#direct', 'heading'), `Join \u2068${direct.organizationName}\u2069`);
      assert.equal(
        await opened.page.$eval('#wrapped', (el) => el.shadowRoot.querySelector('.card').classList.contains('dark')),
        true,
      );

      await clickPart(opened.page, '#direct', 'claim-button');
      await waitForStatus(opened.page, '#direct', 'claimed');
      await clickPart(opened.page, '#wrapped', 'claim-button');
      await waitForStatus(opened.page, '#wrapped', 'claimed');
      await opened.page.waitForFunction(() => document.querySelectorAll('#result li').length === 2);
      const lines = await opened.page.$$eval('#result li', (items) => items.map((li) => li.textContent));
      assert.deepEqual(
        lines.map((line) => line.replace(/seat \S+/, 'seat ID')),
        ['direct: seat ID', 'wrapped: seat ID'],
        'onseat-claimed (React 19) and onSeatClaimed (wrapper) both fired once',
      );
      assert.deepEqual(server.api.requestsFor(direct.token), { info: 1, claim: 1 });
      assert.deepEqual(server.api.requestsFor(wrapped.token), { info: 1, claim: 1 });
      assert.deepEqual(opened.errors, []);
      assert.deepEqual(opened.warnings, []);
    } finally {
      await opened.close();
    }
  });

  for (const [framework, name] of [
    ['Vue 3', 'vue-app'],
    ['Svelte 5', 'svelte-app'],
  ]) {
    test(`${framework} app: sets the element's properties, claims a seat, reads event.detail.seat`, async () => {
      const opened = await openPage(browser);
      const minted = server.api.mint({});
      try {
        await opened.page.goto(`${server.url}/examples/${name}/?token=${minted.token}`);
        await waitForStatus(opened.page, 'polar-seat-claim', 'ready');
        // `messages` is an object: the framework set it as a property. `theme` reached the element too.
        assert.equal(await partText(opened.page, 'polar-seat-claim', 'claim-button'), 'Accept invitation');
        assert.equal(
          await opened.page.$eval('polar-seat-claim', (el) =>
            el.shadowRoot.querySelector('.card').classList.contains('dark'),
          ),
          true,
        );
        await clickPart(opened.page, 'polar-seat-claim', 'claim-button');
        await waitForStatus(opened.page, 'polar-seat-claim', 'claimed');
        await opened.page.waitForFunction(() => document.querySelectorAll('#result li').length === 1);
        const lines = await opened.page.$$eval('#result li', (items) => items.map((li) => li.textContent));
        // Once claimed, claim() resolves with the claimed seat again, without a request.
        const seat = await opened.page.$eval('polar-seat-claim', async (el) => (await el.claim()).seat.id);
        assert.deepEqual(lines, [`seat ${seat}`], 'the seat-claimed listener read event.detail.seat');
        assert.deepEqual(server.api.requestsFor(minted.token), { info: 1, claim: 1 });
        assert.deepEqual(opened.errors, []);
        assert.deepEqual(opened.warnings, []);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('loaded twice on one page', { timeout: 60_000 }, () => {
  const warning = (kept, skipped) =>
    `<polar-seat-claim> ${kept} is already defined; version ${skipped} was not registered.`;

  test('two copies of each CDN bundle, one version: one definition, no warning', async () => {
    const page = definePage('cdn-twice', [
      'classic:/dist/cdn/polar-seat-claim.global.js',
      'classic:/dist/cdn/polar-seat-claim.global.js',
      'module:/dist/cdn/polar-seat-claim.js',
      'module:/dist/cdn/polar-seat-claim.js?copy=2',
    ]);
    const { page: p, close } = await claimOnPage(page);
    try {
      assert.deepEqual(await p.evaluate(() => window.defined), ['polar-seat-claim']);
    } finally {
      await close();
    }
  });

  test('two CDN bundles of different versions: the first stays, a console warning names both', async () => {
    const page = definePage('cdn-versions', [
      'module:/dist/cdn/polar-seat-claim.js',
      'module:/__other-version/polar-seat-claim.js',
    ]);
    const { page: p, close } = await claimOnPage(page, { expectWarnings: [warning(VERSION, OTHER_VERSION)] });
    try {
      assert.deepEqual(await p.evaluate(() => window.defined), ['polar-seat-claim']);
      assert.equal(await p.$eval('polar-seat-claim', (el) => el.constructor.version), VERSION);
    } finally {
      await close();
    }
  });

  test('classic CDN bundle of another version first, then the module: the warning the other way round', async () => {
    const page = definePage('cdn-versions-classic', [
      'classic:/__other-version/polar-seat-claim.global.js',
      'module:/dist/cdn/polar-seat-claim.js',
    ]);
    const { close } = await claimOnPage(page, { expectWarnings: [warning(OTHER_VERSION, VERSION)] });
    await close();
  });

  test('the CDN bundle next to an app built from the npm package: one definition, no warning', async () => {
    const page = definePage(
      'cdn-and-npm',
      ['module:/dist/cdn/polar-seat-claim.js', 'module:/examples/npm-rollup/app.js'],
      { element: false },
    );
    const { page: p, close } = await claimOnPage(page);
    try {
      assert.deepEqual(await p.evaluate(() => window.defined), ['polar-seat-claim']);
      await p.waitForFunction(() => document.querySelector('#result')?.textContent.includes('Your seat'));
    } finally {
      await close();
    }
  });

  test('the npm build first, then a CDN bundle of another version: a console warning', async () => {
    const page = definePage(
      'npm-and-cdn-versions',
      ['module:/examples/npm-rollup/app.js', 'module:/__other-version/polar-seat-claim.js'],
      { element: false },
    );
    const { page: p, close } = await claimOnPage(page, { expectWarnings: [warning(VERSION, OTHER_VERSION)] });
    try {
      assert.deepEqual(await p.evaluate(() => window.defined), ['polar-seat-claim']);
    } finally {
      await close();
    }
  });
});
