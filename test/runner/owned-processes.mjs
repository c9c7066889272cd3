// Child processes this run starts (Xvfb, WebKitWebDriver + MiniBrowser, puppeteer's browsers) die with it: on
// exit/SIGTERM/SIGHUP, and by a tiny watchdog shell when this process is SIGKILLed (e.g. a CI timeout).
import { spawn } from 'node:child_process';

// Child processes we own (Xvfb, WebKitWebDriver + MiniBrowser): each in its own process group.
const ownedGroups = new Set();

/** Kills a process group we own (no-op when it is gone or `pid` is unset). */
export function killGroup(pid, signal = 'SIGKILL') {
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
export function spawnOwned(cmd, args, options) {
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
export function reapPuppeteerBrowsers(launcher) {
  const launch = launcher.launchBrowser.bind(launcher);
  launcher.launchBrowser = async (options) => {
    const browser = await launch(options);
    const pid = browser.process()?.pid;
    if (pid) reapWithUs(pid);
    return browser;
  };
  return launcher;
}
