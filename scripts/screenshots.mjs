/**
 * `npm run screenshots`: pictures of <polar-seat-claim> in every state a person can meet, in the light and
 * dark themes, the ready state in every bundled language (docs/screenshots/locales/), plus one of the whole demo
 * page, written to docs/screenshots/. Run after `npm run build` (the list of languages comes from dist/).
 *
 * Each state is reached honestly: the element talks to the fake Polar API of the demo server, and each
 * scene mints an invitation with the fault that leads there (`hang` holds a request open for loading and
 * claiming, a small `timeout` attribute gives the timeout, and so on). The API is reached on 127.0.0.1
 * while the page is on localhost, so every request crosses origins through CORS as on a merchant's site.
 *
 * Deterministic: the script waits for the element's events and `updateComplete`, never for time to pass,
 * and emulates `prefers-reduced-motion` so the spinner holds still.
 *
 *   CHROME_PATH=/path/to/chromium npm run screenshots
 * @module
 */

import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../demo/server.mjs';

const OUT_DIR = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const LOCALES_DIR = path.join(OUT_DIR, 'locales');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const THEMES = /** @type {const} */ (['light', 'dark']);
/**
 * A phone and a desktop window. The stage (demo/shots.html) is the viewport's width less 16 px of background each
 * side; on the desktop the card keeps its own max-width, as on a merchant's page.
 */
const VIEWPORTS = [
  { width: 320, height: 640, deviceScaleFactor: 2 },
  { width: 800, height: 640, deviceScaleFactor: 1 },
];
const DEMO_VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };

/** @typedef {'seat-claim-info' | 'seat-claimed' | 'seat-claim-error'} ContractEvent */
/** @typedef {{ click: 'claim-button' | 'retry-button' | 'token-submit', paste?: string, until?: ContractEvent }} Step a click (after typing `paste` into the link field), then the event that settles it (none: the next render) */

/**
 * @typedef {object} Scene
 * @property {string} name file name stem
 * @property {Record<string, unknown> | null} invitation options for POST /__polar-mock/invitations; null: no token
 * @property {Record<string, string>} [attributes] extra attributes of the element
 * @property {ContractEvent} [until] the event that ends loading (none: the first render)
 * @property {Step[]} [steps]
 * @property {string} status what `el.status` must be when the picture is taken
 * @property {boolean} [keyboard] the last step is done from the keyboard, so that the focus it moves shows as it would
 */

/** @type {Scene[]} */
const SCENES = [
  { name: 'loading', invitation: { info: 'hang' }, status: 'loading' },
  { name: 'ready', invitation: {}, until: 'seat-claim-info', status: 'ready' },
  {
    name: 'ready-long-names',
    invitation: {
      productName: 'Enterprise Analytics Platform, Professional Team plan',
      organizationName: 'Globex Corporation International, Inc.',
      customerEmail: 'jean-baptiste.emanuel.zorg@globex-corporation.example',
    },
    until: 'seat-claim-info',
    status: 'ready',
  },
  {
    name: 'claiming',
    invitation: { claim: 'hang' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button' }],
    status: 'claiming',
  },
  {
    name: 'granting',
    // A grant every 1.5 s: the card waits 2 s after each, so it is still granting after the first.
    invitation: { benefits: ['license_keys', 'discord', 'downloadables', 'github_repository'], grantDelayMs: 1500 },
    attributes: { 'grant-timeout': '60000' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-claimed' }],
    status: 'granting',
  },
  {
    name: 'claimed',
    invitation: {},
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-access-ready' }],
    status: 'claimed',
    keyboard: true,
  },
  {
    name: 'claimed-continue',
    invitation: {},
    attributes: { 'continue-url': 'https://example.com/welcome' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-access-ready' }],
    status: 'claimed',
  },
  { name: 'needs-token', invitation: null, status: 'needs-token' },
  {
    name: 'needs-token-refused',
    invitation: null,
    steps: [{ paste: 'https://example.com/not-an-invitation', click: 'token-submit', until: 'seat-claim-error' }],
    status: 'needs-token',
  },
  {
    name: 'error-malformed-token',
    invitation: null,
    attributes: { token: 'abc123' },
    until: 'seat-claim-error',
    status: 'error',
  },
  { name: 'error-invalid-invitation', invitation: { scenario: 'expired' }, until: 'seat-claim-error', status: 'error' },
  { name: 'error-cannot-claim', invitation: { canClaim: false }, until: 'seat-claim-error', status: 'error' },
  {
    name: 'error-wrong-organization',
    invitation: {},
    attributes: { organization: 'globex' },
    until: 'seat-claim-error',
    status: 'error',
  },
  {
    name: 'error-feature-not-enabled',
    invitation: { scenario: 'feature-disabled' },
    until: 'seat-claim-error',
    status: 'error',
  },
  {
    name: 'error-rate-limited',
    invitation: { scenario: 'rate-limited' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-claim-error' }],
    status: 'error',
  },
  {
    // A 502 from a proxy in front of the API: an answer the page can read, so a server error.
    name: 'error-server',
    invitation: { claim: 'bad-gateway' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-claim-error' }],
    status: 'error',
  },
  {
    // The API's 500 carries no CORS headers: across origins the page only sees a failed fetch.
    name: 'error-network',
    invitation: { scenario: 'server-error' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-claim-error' }],
    status: 'error',
  },
  {
    name: 'error-timeout',
    invitation: { info: 'hang' },
    attributes: { timeout: '300' },
    until: 'seat-claim-error',
    status: 'error',
  },
  { name: 'error-bad-response', invitation: { scenario: 'malformed' }, until: 'seat-claim-error', status: 'error' },
  {
    // The answer is cut off after the seat was claimed.
    name: 'error-maybe-claimed',
    invitation: { scenario: 'flaky' },
    // Without the claim stream, which would confirm the claim.
    attributes: { 'grant-timeout': '0' },
    until: 'seat-claim-info',
    steps: [{ click: 'claim-button', until: 'seat-claim-error' }],
    status: 'error',
  },
  {
    name: 'error-config',
    invitation: null,
    attributes: { server: 'http://api.polar.example', token: 'x'.repeat(43) },
    until: 'seat-claim-error',
    status: 'error',
  },
];

/**
 * Runs in the page (serialized by puppeteer, so self-contained): mounts a fresh element, drives it
 * through the scene and checks it landed in the expected status.
 * @param {{ theme: string, attributes: Record<string, string>, until?: ContractEvent, steps: Step[], status: string }} scene
 */
async function playScene({ theme, attributes, until, steps, status, keyboard }) {
  const CONTRACT_EVENTS = ['seat-claim-info', 'seat-claimed', 'seat-claim-error', 'seat-access-ready'];
  await customElements.whenDefined('polar-seat-claim');
  document.body.classList.toggle('dark', theme === 'dark');
  const el = /** @type {import('../src/element.js').PolarSeatClaim} */ (document.createElement('polar-seat-claim'));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);

  /** The next contract event must be `type`; any other one means the scene went wrong. */
  const nextEvent = (/** @type {string} */ type) =>
    new Promise((resolve, reject) => {
      const listener = (/** @type {Event} */ event) => {
        // On the way to seat-access-ready, the claim is announced first.
        if (event.type === 'seat-claimed' && type === 'seat-access-ready') return;
        for (const name of CONTRACT_EVENTS) el.removeEventListener(name, listener);
        if (event.type === type) resolve(undefined);
        else
          reject(
            new Error(
              `expected ${type}, got ${event.type} ${JSON.stringify(/** @type {CustomEvent} */ (event).detail)}`,
            ),
          );
      };
      for (const name of CONTRACT_EVENTS) el.addEventListener(name, listener);
    });
  /** Listens before acting, so a fast answer cannot slip past. */
  const settle = async (/** @type {string | undefined} */ event, /** @type {() => void} */ act) => {
    const settled = event ? nextEvent(event) : undefined;
    act();
    await settled;
    await el.updateComplete;
  };

  await settle(until, () => document.getElementById('stage')?.replaceChildren(el));
  for (const step of steps) {
    const input = el.shadowRoot?.querySelector('input');
    if (step.paste && input) input.value = step.paste;
    await settle(step.until, () => {
      const target = el.shadowRoot?.querySelector(`[part~="${step.click}"]`);
      if (!(target instanceof HTMLElement)) throw new Error(`no ${step.click} to click; the element is ${el.status}`);
      // A keyboard press on the focused button: the focus the element then moves shows as :focus-visible would.
      if (keyboard) target.focus();
      target.click();
    });
  }
  if (status === 'granting') {
    // The first benefit is granted a moment after the claim: its count is what the picture shows.
    const benefits = () => el.shadowRoot?.querySelector('[part~="benefits"]')?.textContent?.trim();
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => benefits() && (observer.disconnect(), resolve(undefined)));
      observer.observe(/** @type {ShadowRoot} */ (el.shadowRoot), {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
  }
  if (attributes.lang) {
    // The language's file may arrive after the invitation: until then the card has its shape and no words.
    const shown = () => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === attributes.lang;
    while (!shown() || !el.shadowRoot?.querySelector('[part~="heading"]'))
      await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await document.fonts.ready;
  if (el.status !== status) throw new Error(`expected status ${status}, got ${el.status}`);
}

/**
 * @param {string} origin
 * @param {Record<string, unknown>} options
 * @returns {Promise<string>} the new invitation's token
 */
async function mintInvitation(origin, options) {
  const response = await fetch(`${origin}/__polar-mock/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options),
  });
  if (response.status !== 201)
    throw new Error(`minting ${JSON.stringify(options)} failed: ${response.status} ${await response.text()}`);
  return /** @type {{ token: string }} */ (await response.json()).token;
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {URL} base the demo server
 * @returns {Promise<string[]>} the files written
 */
async function shootElementStates(browser, base) {
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  // Another origin than the page, as Polar is for a merchant's site; same server.
  const api = `http://127.0.0.1:${base.port}`;
  const files = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewport(viewport);
    await page.goto(new URL('/demo/shots.html', base).href);
    for (const theme of THEMES) files.push(...(await shootScenes(page, api, base, theme, viewport.width)));
  }
  await page.close();
  return files;
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} api
 * @param {URL} base
 * @param {string} theme
 * @param {number} width
 */
async function shootScenes(page, api, base, theme, width) {
  const files = [];
  for (const scene of SCENES) {
    const token = scene.invitation ? await mintInvitation(base.origin, scene.invitation) : undefined;
    const attributes = {
      server: api,
      'portal-url': `${api}/__polar-mock/portal`,
      theme,
      ...(token && { token }),
      ...scene.attributes,
    };
    try {
      await page.evaluate(playScene, {
        theme,
        attributes,
        until: scene.until,
        steps: scene.steps ?? [],
        status: scene.status,
        keyboard: !!scene.keyboard,
      });
    } catch (error) {
      throw new Error(`scene ${scene.name} (${theme}): ${error instanceof Error ? error.message : String(error)}`);
    }
    const file = path.join(OUT_DIR, `${scene.name}-${theme}-${width}.png`);
    const stage = await page.$('#stage');
    await stage?.screenshot({ path: /** @type {`${string}.png`} */ (file) });
    files.push(file);
  }
  return files;
}

/**
 * The ready state in every bundled language, light theme, on a phone: docs/screenshots/locales/<code>.png.
 * @param {import('puppeteer-core').Browser} browser
 * @param {URL} base the demo server
 * @returns {Promise<string[]>} the files written
 */
async function shootLocales(browser, base) {
  const { bundledLocales } = await import('../dist/locale.js');
  const page = await browser.newPage();
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setViewport(VIEWPORTS[0]);
  await page.goto(new URL('/demo/shots.html', base).href);
  const api = `http://127.0.0.1:${base.port}`;
  const files = [];
  for (const lang of bundledLocales) {
    const token = await mintInvitation(base.origin, {});
    const attributes = { server: api, 'portal-url': `${api}/__polar-mock/portal`, theme: 'light', token, lang };
    await page.evaluate(playScene, {
      theme: 'light',
      attributes,
      until: 'seat-claim-info',
      steps: [],
      status: 'ready',
    });
    const file = path.join(LOCALES_DIR, `${lang}.png`);
    await (await page.$('#stage'))?.screenshot({ path: /** @type {`${string}.png`} */ (file) });
    files.push(file);
  }
  await page.close();
  return files;
}

/**
 * The demo page after a claim: the card says so and the log shows both events, the session token masked.
 * @param {import('puppeteer-core').Browser} browser
 * @param {URL} base
 */
async function shootDemoPage(browser, base) {
  const page = await browser.newPage();
  await page.setViewport(DEMO_VIEWPORT);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(new URL('/demo/?scenario=valid-member&theme=light', base).href);
  await page.waitForSelector('#status[data-status="ready"]');
  await page.evaluate(() => {
    const claimButton = document.querySelector('polar-seat-claim')?.shadowRoot?.querySelector('[part~="claim-button"]');
    /** @type {HTMLElement} */ (claimButton).click();
  });
  await page.waitForSelector('#status[data-status="claimed"]');
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(OUT_DIR, 'demo.png');
  await page.screenshot({ path: /** @type {`${string}.png`} */ (file), fullPage: true });
  await page.close();
  return file;
}

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  // The directory is this script's output: pictures of states that no longer exist must not linger.
  for (const name of await readdir(OUT_DIR)) if (name.endsWith('.png')) await rm(path.join(OUT_DIR, name));
  await rm(LOCALES_DIR, { recursive: true, force: true });
  await mkdir(LOCALES_DIR);

  const server = await startDemoServer({ port: 0 });
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, protocolTimeout: 60_000 });
  try {
    const base = new URL(server.url);
    const files = [
      ...(await shootElementStates(browser, base)),
      ...(await shootLocales(browser, base)),
      await shootDemoPage(browser, base),
    ];
    let total = 0;
    for (const file of files) {
      const { size } = await stat(file);
      total += size;
      console.log(`  ${path.relative(process.cwd(), file).padEnd(52)} ${(size / 1024).toFixed(1).padStart(6)} kB`);
    }
    console.log(`${files.length} screenshots, ${(total / 1024).toFixed(0)} kB in all`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
