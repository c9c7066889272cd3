/**
 * `npm start` (demo/server.mjs) and `npm run mock-api` (mock/server.mjs) on a port that is taken: each names
 * the port, says how to pick another, and exits with a failure, rather than crashing with a stack trace.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a server script with PORT set and resolves with its exit code and output once it exits. */
async function run(script, port) {
  const child = spawn(process.execPath, [path.join(repoRoot, script)], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = await once(child, 'exit');
  return { code, output };
}

describe('a server started on a port that is in use', () => {
  /** @type {net.Server} */
  let taken;
  let port = 0;

  before(async () => {
    // Every interface, as both servers' probes see it.
    taken = net.createServer();
    taken.listen(0);
    await once(taken, 'listening');
    port = /** @type {net.AddressInfo} */ (taken.address()).port;
  });
  after(() => taken.close());

  for (const [script, command] of [
    ['demo/server.mjs', 'npm start'],
    ['mock/server.mjs', 'npm run mock-api'],
  ]) {
    test(`${command} names the busy port and how to pick another`, async () => {
      const { code, output } = await run(script, port);
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`Port ${port} is already in use`));
      assert.match(output, new RegExp(`PORT=${port + 1} ${command}`));
      assert.doesNotMatch(output, /\n\s+at /, 'a stack trace');
    });
  }
});
