// An X display for WebKitGTK's MiniBrowser, which has no headless mode: $DISPLAY (e.g. under `xvfb-run -a`), else
// our own Xvfb, started once and owned by this run (see owned-processes.mjs).
import { existsSync } from 'node:fs';
import { spawnOwned } from './owned-processes.mjs';

let xvfbDisplay;
/** Returns a usable X display: $DISPLAY if set, else one from our own Xvfb (started once). */
export async function ensureDisplay() {
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
