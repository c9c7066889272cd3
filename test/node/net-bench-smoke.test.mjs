/**
 * `npm run bench:network` in its smoke mode (`node bench/net-bench.mjs --smoke`): the page, the CDN and the
 * fake API, each on its own HTTPS origin behind a latency proxy, load in Chromium for every variant, and the
 * table comes out whole. No timing is asserted (budgets live in the printed figures); what is asserted
 * does not depend on the machine: every measure is a number, each origin is a connection of its own, and
 * a hint without `crossorigin` opens a connection the element cannot use. Needs Chromium
 * (`/usr/bin/chromium` or CHROME_PATH) and openssl; builds dist/ when missing.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { VARIANTS } from '../../bench/net-variants.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const HEADER = [
  'profile',
  'variant',
  'n',
  'info request sent',
  'limit',
  'ratio',
  '`ready` rendered',
  'limit',
  'ratio',
  'click → `claimed`',
  'limit',
  'ratio',
  'connections',
];
const SPREAD = /^\d+(\.\d+)? \(\d+(\.\d+)?–\d+(\.\d+)?\)$/;
const NUMBER = /^\d+(\.\d+)?$/;
const RATIO = /^\d+\.\d\dx$/;

/** @type {{ code: number, stdout: string, stderr: string }} */
let run;
/** @type {Map<string, string[]>} variant → cells of its 4g row */
let rows;

const cells = (line) =>
  line
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());

describe('npm run bench:network --smoke', { timeout: 600_000 }, () => {
  before(async () => {
    run = await new Promise((resolve) => {
      execFile(
        process.execPath,
        ['bench/net-bench.mjs', '--smoke'],
        { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, timeout: 580_000 },
        (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('|'));
    rows = new Map(
      lines
        .slice(2)
        .map(cells)
        .map((row) => [row[1], row]),
    );
  });

  test('exits 0 (every load finished, no measure missing, no connection reused across loads)', () => {
    assert.equal(run.code, 0, run.stderr);
  });

  test('prints the table: its header, then one 4g row per variant', () => {
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('|'));
    assert.deepEqual(cells(lines[0] ?? '||'), HEADER, run.stdout);
    assert.match(lines[1] ?? '', /^\|-+\|(-+:\|)+$/);
    assert.deepEqual([...rows.keys()].sort(), Object.keys(VARIANTS).sort());
    for (const row of rows.values()) assert.equal(row[0], '4g');
  });

  test('each row has the number of loads, and each measure its median (spread), limit and ratio', () => {
    for (const [variant, row] of rows) {
      assert.equal(row.length, HEADER.length, variant);
      assert.equal(row[2], '2', `${variant}: loads`);
      for (const at of [3, 6, 9]) {
        assert.match(row[at], SPREAD, `${variant}: ${HEADER[at]}`);
        assert.match(row[at + 1], NUMBER, `${variant}: limit of ${HEADER[at]}`);
        assert.match(row[at + 2], RATIO, `${variant}: ratio of ${HEADER[at]}`);
      }
    }
  });

  test('the CDN and the API are connections of their own; a hint without crossorigin opens a second API connection', () => {
    for (const [variant, row] of rows) {
      const [, cdn, api] = row[12].split(' / ').map(Number);
      assert.equal(cdn, VARIANTS[variant].source === 'cdn' ? 1 : 0, `${variant}: CDN connections`);
      assert.equal(api, variant === 'cdn-preconnect-no-crossorigin' ? 2 : 1, `${variant}: API connections`);
    }
  });

  test('names the profile and how late the proxies were', () => {
    assert.match(run.stdout, /^4g: 4G: 50 ms round trip.*The proxies wrote \d+ pieces/m);
  });
});
