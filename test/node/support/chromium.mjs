/**
 * Headless Chromium for node tests (puppeteer-core; CHROME_PATH overrides /usr/bin/chromium), and pages
 * that record what a test asserts on: uncaught errors, console warnings and errors.
 * @module
 */
import puppeteer from 'puppeteer-core';

export async function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @returns {Promise<{ page: import('puppeteer-core').Page, errors: string[], warnings: string[], close: () => Promise<void> }>}
 */
export async function openPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText;
    // The element ends Polar's claim stream itself (an abort) once the wait for the benefits is over.
    const streamClosed =
      /\/v1\/customer-seats\/claim\/[^/]+\/stream$/.test(request.url()) && failure === 'net::ERR_ABORTED';
    if (!request.url().endsWith('.map') && !streamClosed) errors.push(`request failed: ${request.url()} ${failure}`);
  });
  return { page, errors, warnings, close: () => context.close() };
}

/** Waits until the element matched by `selector` reports `status` (its `status` property). */
export async function waitForStatus(page, selector, status, timeout = 10_000) {
  await page.waitForFunction(
    (s, want) => document.querySelector(s)?.status === want,
    { timeout, polling: 50 },
    selector,
    status,
  );
}

/** Clicks a part of the element's shadow DOM with a real (trusted) click. */
export async function clickPart(page, selector, part) {
  await page.locator(`${selector} >>> [part~="${part}"]`).click();
}

/** Text of a part of the element's shadow DOM, whitespace collapsed. */
export async function partText(page, selector, part) {
  return page.$eval(`${selector} >>> [part~="${part}"]`, (node) => node.textContent.replace(/\s+/g, ' ').trim());
}
