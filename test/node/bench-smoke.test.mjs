/**
 * `npm run bench` in its smoke mode (`node bench/bench.mjs --smoke --json`): every measure of the table can
 * still be taken, the claim flow renders no more than the minimum, and 200 create-claim-remove cycles leave
 * no growing heap (Chromium, forced garbage collection, through the DevTools Protocol). No timing is
 * asserted: timings depend on the machine; counts and heap growth do not. Needs `npm run build` first
 * (`npm test` builds before the node tests; the bench builds by itself when dist/ is missing).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MIN_RENDERS, leakBounds } from '../../bench/bench.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {{ code: number, stdout: string, stderr: string }} */
let run;
/** @type {any} */
let result;

describe('npm run bench --smoke', { timeout: 300_000 }, () => {
  before(async () => {
    run = await new Promise((resolve) => {
      execFile(
        process.execPath,
        ['bench/bench.mjs', '--smoke', '--json'],
        { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, timeout: 280_000 },
        (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    try {
      result = JSON.parse(run.stdout);
    } catch {
      result = undefined;
    }
  });

  test('runs to the end and prints its results', () => {
    assert.ok(result, `no JSON on stdout (exit ${run.code}):\n${run.stderr}`);
    assert.equal(result.mode, 'smoke');
  });

  test('takes every measure of the table', () => {
    assert.ok(result, 'no results');
    assert.deepEqual(result.missing, [], `could not measure: ${result.missing.join('; ')}`);
    for (const [name, pair] of Object.entries(result.summary)) {
      for (const [side, value] of Object.entries(pair)) {
        if (value && typeof value === 'object' && 'median' in value)
          assert.ok(Number.isFinite(value.median), `${name}.${side} is not a number`);
      }
    }
    for (const bundle of ['widget', 'emptyLit']) {
      for (const key of ['min', 'gzip', 'brotli']) assert.ok(result.sizes[bundle][key] > 0, `size ${bundle}.${key}`);
    }
  });

  test(`renders the claim flow in the minimum number of updates (${MIN_RENDERS}: loading, ready, claiming, claimed)`, () => {
    assert.ok(result, 'no results');
    assert.deepEqual(result.summary.renders.states, ['loading', 'ready', 'claiming', 'claimed']);
    assert.equal(result.summary.renders.widget.median, MIN_RENDERS);
  });

  // The criterion and its bounds are explained in docs/bench.md, "The heap check".
  for (const [key, bound] of Object.entries(leakBounds(200))) {
    test(`200 create-claim-remove cycles: ${key} does not grow (slope over the second half < ${bound} a cycle)`, () => {
      assert.ok(result, 'no results');
      const { perCycle, from, to, change } = result.leak.widget;
      assert.equal(to, 200, 'the smoke run does 200 cycles');
      assert.ok(
        perCycle[key] < bound,
        `${key} grew ${perCycle[key].toFixed(2)} a cycle over cycles ${from}→${to} (${change[key]} in all), bound ${bound}`,
      );
    });
  }

  test('exits 0', () => {
    assert.equal(run.code, 0, run.stderr);
  });
});
