// A hung engine must not hang the run (e.g. CI): the whole process exits 1 after a fixed time.
import { writeSync } from 'node:fs';

/** Exits the process with code 1 after `seconds` (0 or less: never). The timer does not keep the process alive. */
export function abortAfter(seconds) {
  if (!(seconds > 0)) return;
  setTimeout(() => {
    // (WTR buffers console output; write to fd 2 directly.)
    writeSync(2, `\n[wtr] Browser tests did not finish within ${seconds} s (WTR_HARD_TIMEOUT); aborting.\n`);
    process.exit(1);
  }, seconds * 1000).unref();
}
