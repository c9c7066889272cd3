// The three engines and how each is launched: BROWSERS picks among them; the *_PATH variables override the binaries.
// Chromium and Firefox run headless through puppeteer-core (Firefox over WebDriver BiDi); WebKitGTK through
// WebKitWebDriver (webkitgtk-launcher.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { reapPuppeteerBrowsers } from './owned-processes.mjs';
import { WebKitGtkLauncher } from './webkitgtk-launcher.mjs';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named by `list` (BROWSERS: a comma list, default all three); throws on an unknown name. */
export function selectedEngines(list = process.env.BROWSERS) {
  const selected = [
    ...new Set(
      (list || ENGINES.join(','))
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const unknown = selected.filter((b) => !ENGINES.includes(b));
  if (unknown.length || selected.length === 0) {
    throw new Error(`BROWSERS: unknown engine(s) "${unknown.join(',')}"; use a comma list of ${ENGINES.join(', ')}`);
  }
  return selected;
}

const launchers = {
  chromium: () => {
    const l = chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
      },
    });
    l.name = 'Chromium';
    return reapPuppeteerBrowsers(l);
  },
  firefox: () =>
    reapPuppeteerBrowsers(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
      }),
    ),
  webkit: () => new WebKitGtkLauncher({ driver: WEBKIT_DRIVER, miniBrowser: MINIBROWSER }),
};

/** A new launcher for the engine `name` (one of selectedEngines()). */
export function launcher(name) {
  return launchers[name]();
}
