// WebKitGTK through WebKitWebDriver: @web/test-runner-webdriver's launcher plus the driver process (and an X display
// for MiniBrowser) that this run starts, owns and kills.
import { existsSync } from 'node:fs';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { killGroup, spawnOwned } from './owned-processes.mjs';
import { freePort, waitForPort } from './ports.mjs';
import { ensureDisplay } from './xvfb.mjs';

/**
 * @web/test-runner-webdriver's launcher, plus: starts Xvfb (if needed) and WebKitWebDriver on a
 * free port when the runner initialises it, and kills them when WebKit is done.
 */
export class WebKitGtkLauncher extends WebdriverLauncher {
  /** @param {{ driver: string, miniBrowser: string }} binaries WebKitWebDriver and MiniBrowser */
  constructor({ driver, miniBrowser }) {
    super({
      hostname: '127.0.0.1',
      port: 4444, // replaced by the real port in initialize()
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        // webdriverio 9 asks for BiDi by default; WebKitWebDriver then fails to match capabilities.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.binaries = { driver, miniBrowser };
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    for (const bin of [this.binaries.driver, this.binaries.miniBrowser]) {
      if (!existsSync(bin)) throw new Error(`WebKit: ${bin} is missing (apt-get install webkit2gtk-driver)`);
    }
    const display = await ensureDisplay();
    const port = await freePort();
    const driver = spawnOwned(this.binaries.driver, [`--port=${port}`], {
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
