// Browser tests for <polar-seat-claim> in Chromium, Firefox ESR and WebKitGTK.
//
//   BROWSERS=chromium,firefox,webkit   engines to run (comma list; default: all three)
//   WTR_HARD_TIMEOUT=1200              seconds before a whole non-watch run is killed (exit 1)
//   WTR_CONCURRENT_BROWSERS=3          engines running at the same time (each runs one file at a time)
//   CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH   override the binaries
//
// How each engine is launched is in test/runner/: WebKitGTK's MiniBrowser has no headless mode, so when DISPLAY is
// unset the run starts its own Xvfb, and it always starts its own WebKitWebDriver; every process it starts dies with
// it (test/runner/owned-processes.mjs).
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { createPolarApi, polarApiMiddleware } from './mock/polar-api.mjs';
import { launcher, selectedEngines } from './test/runner/browsers.mjs';
import { abortAfter } from './test/runner/hard-timeout.mjs';
import { ssrPages } from './test/runner/ssr-pages.mjs';
import { strictCsp } from './test/runner/strict-csp.mjs';
import { tsBehindJs } from './scripts/ts-behind-js.mjs';
import { plainSummaryReporter } from './test/runner/summary-reporter.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));
const tsconfig = path.join(rootDir, 'tsconfig.json');
const engines = selectedEngines(process.env.BROWSERS);

const argv = process.argv.slice(2);
const interactive = argv.some((a) => /^--(watch|manual|open|debug)\b/.test(a)) || argv.includes('-w');
if (argv.includes('--coverage') && !engines.includes('chromium')) {
  // Without Chromium the summary would be empty and the threshold would pass on nothing.
  throw new Error('[wtr] --coverage needs chromium among BROWSERS: coverage is collected only in Chromium (V8).');
}
if (!interactive) abortAfter(Number(process.env.WTR_HARD_TIMEOUT || 1200));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  hostname: 'localhost',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  browsers: engines.map(launcher),
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
  middleware: [polarApiMiddleware(createPolarApi()), strictCsp, ssrPages, tsBehindJs],
  reporters: [defaultReporter(), plainSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', '**/node_modules/**'],
    threshold: { lines: 90, statements: 90, branches: 90, functions: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
