// Browser tests for <polar-seat-claim> in Chromium, Firefox ESR and WebKitGTK.
//
//   BROWSERS=chromium,firefox,webkit   engines to run (comma list; default: all three)
//   WTR_HARD_TIMEOUT=1200              seconds before a whole non-watch run is killed (exit 1)
//   WTR_CONCURRENT_BROWSERS=3          engines running at the same time (each runs one file at a time)
//   CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH   override the binaries
//
// Chromium and Firefox run headless through puppeteer-core (Firefox over WebDriver BiDi).
// WebKitGTK's MiniBrowser has no headless mode: when DISPLAY is unset this config starts its own
// Xvfb (display picked by Xvfb itself via -displayfd), and it always starts its own WebKitWebDriver
// on a free port. Both are started only when webkit is selected, in their own process groups,
// killed when WebKit's tests end, on exit/SIGINT/SIGTERM/SIGHUP, and by a tiny watchdog shell if
// this process dies by SIGKILL. Under `xvfb-run -a` (DISPLAY set) the given display is used.
import { spawn } from 'node:child_process';
import { existsSync, writeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { createPolarApi, polarApiMiddleware } from './mock/polar-api.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const selected = [
  ...new Set(
    (process.env.BROWSERS || ENGINES.join(','))
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  ),
];
const unknown = selected.filter((b) => !ENGINES.includes(b));
if (unknown.length || selected.length === 0) {
  throw new Error(`BROWSERS: unknown engine(s) "${unknown.join(',')}"; use a comma list of ${ENGINES.join(', ')}`);
}

const argv = process.argv.slice(2);
const interactive = argv.some((a) => /^--(watch|manual|open|debug)\b/.test(a)) || argv.includes('-w');
if (argv.includes('--coverage') && !selected.includes('chromium')) {
  // Without Chromium the summary would be empty and the threshold would pass on nothing.
  throw new Error('[wtr] --coverage needs chromium among BROWSERS: coverage is collected only in Chromium (V8).');
}

// ---------------------------------------------------------------------------------------------
// Child processes we own (Xvfb, WebKitWebDriver + MiniBrowser): each in its own process group.
const ownedGroups = new Set();

function killGroup(pid, signal = 'SIGKILL') {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
  ownedGroups.delete(pid);
}

function killAllOwned() {
  for (const pid of [...ownedGroups]) killGroup(pid);
}

process.on('exit', killAllOwned);
for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    killAllOwned();
    process.exit(code);
  });
}
// WTR itself handles SIGINT (stops the runner, then exits -> 'exit' above).

/**
 * Watchdog for a process group we own: a tiny shell that kills the group once this process is
 * gone (even by SIGKILL), and ends by itself when the group is gone. (dash: no `--` for kill.)
 */
function reapWithUs(pgid) {
  spawn(
    '/bin/sh',
    [
      '-c',
      'while kill -0 "$1" 2>/dev/null && kill -0 -"$2" 2>/dev/null; do sleep 1; done; kill -KILL -"$2" 2>/dev/null; exit 0',
      'wtr-reaper',
      String(process.pid),
      String(pgid),
    ],
    { detached: true, stdio: 'ignore' },
  ).unref();
}

/** Spawns `cmd` in a new process group that dies with this process. */
function spawnOwned(cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true });
  if (child.pid) {
    ownedGroups.add(child.pid);
    child.once('exit', () => ownedGroups.delete(child.pid));
    reapWithUs(child.pid);
  }
  return child;
}

/**
 * puppeteer starts each browser in its own process group and kills it on exit and signals, but
 * not when this process is SIGKILLed (e.g. a CI timeout): add the same watchdog.
 */
function reapPuppeteerBrowsers(launcher) {
  const launch = launcher.launchBrowser.bind(launcher);
  launcher.launchBrowser = async (options) => {
    const browser = await launch(options);
    const pid = browser.process()?.pid;
    if (pid) reapWithUs(pid);
    return browser;
  };
  return launcher;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port, child, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    let done = false;
    const fail = (err) => {
      if (!done) {
        done = true;
        reject(err);
      }
    };
    child.once('exit', (code) => fail(new Error(`${describe} exited (code ${code}) before listening`)));
    const attempt = () => {
      if (done) return;
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        if (!done) {
          done = true;
          resolve();
        }
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) fail(new Error(`${describe} did not listen on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

let xvfbDisplay;
/** Returns a usable X display: $DISPLAY if set, else one from our own Xvfb (started once). */
async function ensureDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (xvfbDisplay) return xvfbDisplay;
  if (!existsSync('/usr/bin/Xvfb')) {
    throw new Error(
      'WebKit needs an X display: DISPLAY is unset and Xvfb is missing (apt-get install xvfb), or run under `xvfb-run -a`.',
    );
  }
  // -displayfd: Xvfb picks a free display number itself and writes it to fd 3 once ready.
  const xvfb = spawnOwned('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 15 s\n${stderr}`)), 15_000);
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (code ${code})\n${stderr}`));
    });
  });
  xvfb.stderr.resume();
  xvfb.stdio[3].destroy();
  xvfbDisplay = display;
  return display;
}

/**
 * @web/test-runner-webdriver's launcher, plus: starts Xvfb (if needed) and WebKitWebDriver on a
 * free port when the runner initialises it, and kills them when WebKit is done.
 */
class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 4444, // replaced by the real port in initialize()
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        // webdriverio 9 asks for BiDi by default; WebKitWebDriver then fails to match capabilities.
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    for (const bin of [WEBKIT_DRIVER, MINIBROWSER]) {
      if (!existsSync(bin)) throw new Error(`WebKit: ${bin} is missing (apt-get install webkit2gtk-driver)`);
    }
    const display = await ensureDisplay();
    const port = await freePort();
    const driver = spawnOwned(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: display },
    });
    let stderr = '';
    driver.stderr.on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    await waitForPort(port, driver, 15_000, 'WebKitWebDriver').catch((e) => {
      killGroup(driver.pid);
      throw new Error(`${e.message}\n${stderr}`);
    });
    this.driverProcess = driver;
    this.options.port = port;
  }

  /** Gives WebKit the same 800x600 viewport that the puppeteer launchers set for each page. */
  async createDriverManager() {
    const manager = await super.createDriverManager();
    try {
      await this.driver.setWindowRect(null, null, 800, 600);
      const [w, h] = await this.driver.execute('return [window.innerWidth, window.innerHeight]');
      if (w !== 800 || h !== 600) await this.driver.setWindowRect(null, null, 1600 - w, 1200 - h);
    } catch (e) {
      console.warn(`[wtr] WebKit: could not size the window: ${e.message}`);
    }
    return manager;
  }

  async stop() {
    try {
      // deleteSession() against a hung driver must not hang the run.
      await Promise.race([super.stop(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    } finally {
      killGroup(this.driverProcess?.pid);
      this.driverProcess = undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------
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
  webkit: () => new WebKitGtkLauncher(),
};

// A hung engine must not hang the run (e.g. CI): after WTR_HARD_TIMEOUT seconds, exit 1.
const hardTimeoutS = Number(process.env.WTR_HARD_TIMEOUT || 1200);
if (!interactive && hardTimeoutS > 0) {
  setTimeout(() => {
    // (WTR buffers console output; write to fd 2 directly.)
    writeSync(2, `\n[wtr] Browser tests did not finish within ${hardTimeoutS} s (WTR_HARD_TIMEOUT); aborting.\n`);
    process.exit(1);
  }, hardTimeoutS * 1000).unref();
}

/**
 * Adds one plain closing line, printed after WTR's own last lines, that CI logs can count:
 * `browsers: N passed, N failed, N skipped` (a file that failed to load or run counts as failed).
 */
function plainSummaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        const before = failed;
        walk(session.testResults);
        if (!session.passed && failed === before) failed++;
      }
      process.once('exit', () => writeSync(1, `browsers: ${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}

/** The page of test/browser/hostile-page.test.ts that a strict merchant site would serve. */
const STRICT_PAGE = '/test/fixtures/hostile-page/csp.html';

/**
 * Serves STRICT_PAGE with a strict Content-Security-Policy and Trusted Types as real response headers: scripts
 * and styles only from the page's origin, requests only to the fake Polar API (127.0.0.1 on this port). No
 * `trusted-types` directive: Lit creates its own policy (`lit-html`), which any name list would have to allow.
 */
async function strictCsp(ctx, next) {
  await next();
  if (ctx.path !== STRICT_PAGE) return;
  const port = new URL(`http://${ctx.host}`).port;
  ctx.set(
    'Content-Security-Policy',
    `default-src 'self'; script-src 'self'; style-src 'self'; connect-src http://127.0.0.1:${port}; require-trusted-types-for 'script'`,
  );
}

const tsconfig = path.join(rootDir, 'tsconfig.json');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  hostname: 'localhost',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  browsers: selected.map((name) => launchers[name]()),
  // One test file at a time per engine. Measured: with 2 pages, headless Chromium shows only one
  // (the other is visibilityState 'hidden': no requestAnimationFrame, no focus), so rAF-driven tests
  // time out, and the run is slower (35 s vs 10 s). WebDriver also needs 1 to run each file in a
  // top-level page instead of iframes (where focus and sendKeys/sendMouse do not work).
  concurrency: 1,
  concurrentBrowsers: Number(process.env.WTR_CONCURRENT_BROWSERS || 3),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      ...(existsSync(tsconfig) ? { tsconfig } : {}),
    }),
  ],
  middleware: [polarApiMiddleware(createPolarApi()), strictCsp],
  reporters: [defaultReporter(), plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, branches: 90, functions: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
