// A reporter that adds one plain closing line CI logs can count, after WTR's own output.
import { writeSync } from 'node:fs';

/**
 * Adds one plain closing line, printed after WTR's own last lines, that CI logs can count:
 * `browsers: N passed, N failed, N skipped` (a file that failed to load or run counts as failed).
 */
export function plainSummaryReporter() {
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
