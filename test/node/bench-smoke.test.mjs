/**
 * `npm run bench` in its smoke mode (`node bench/bench.mjs --smoke --json`): every measure of the table can
 * still be taken, the claim flow renders no more than the minimum, 200 create-claim-remove cycles leave
 * no growing heap (Chromium, forced garbage collection, through the DevTools Protocol), and the access-ready
 * table (claim response → `seat-access-ready` beside Polar's rules) is measured and computed from the events
 * its flows saw. No timing is asserted: timings depend on the machine; counts and heap growth do not. Needs `npm run build` first
 * (`npm test` builds before the node tests; the bench builds by itself when dist/ is missing).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ACCESS_SCENARIOS, MIN_RENDERS, leakBounds } from '../../bench/bench.mjs';
import { polarAccessReady } from '../../bench/measures.mjs';
import { quantile } from '../../bench/stats.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {{ code: number, stdout: string, stderr: string }} */
let run;
/** @type {any} */
let result;

describe("Polar's wait for benefits on an event timeline (the access-ready table's reference)", () => {
  test('ends 2 s after customer_seat.claimed when no benefit is granted', () => {
    assert.equal(polarAccessReady({ clicked: 100, streamClaimed: 180, benefits: [] }), 2180);
  });

  test('ends 2 s after the last benefit.granted', () => {
    assert.equal(polarAccessReady({ clicked: 100, streamClaimed: 180, benefits: [400, 1900, 3500] }), 5500);
  });

  test('ends 15 s after the click at the latest, also when customer_seat.claimed never arrives', () => {
    assert.equal(polarAccessReady({ clicked: 100, streamClaimed: 180, benefits: [14_000] }), 15_100);
    assert.equal(polarAccessReady({ clicked: 100, streamClaimed: undefined, benefits: [] }), 15_100);
  });

  test('shows the claiming screen at least 1 s after the click', () => {
    assert.equal(polarAccessReady({ clicked: 5000, streamClaimed: 2500, benefits: [] }), 6000);
  });
});

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

  test("measures claim response → seat-access-ready for every scenario, beside Polar's rules on the same events", () => {
    assert.ok(result, 'no results');
    const { scenarios, grantTimeout } = result.accessReady;
    assert.equal(grantTimeout, 15_000);
    assert.deepEqual(
      scenarios.map((s) => s.key),
      ACCESS_SCENARIOS.map((s) => s.key),
    );
    for (const [i, timeline] of scenarios.entries()) {
      const { key, mint } = ACCESS_SCENARIOS[i];
      const flows = result.raw.accessReady[key];
      assert.equal(flows.length, result.config.accessReps, `${key}: one timeline per flow`);
      assert.equal(timeline.flows, flows.length);
      for (const side of ['widget', 'polar', 'difference']) {
        assert.ok(Number.isFinite(result.summary[key][side].median), `${key}.${side} is not a number`);
        assert.equal(result.summary[key][side].n, flows.length, `${key}.${side} counts every flow`);
      }
      for (const flow of flows) {
        assert.equal(flow.complete, true, `${key}: seat-access-ready reports the wait complete`);
        assert.equal(flow.accessBenefits, mint.benefits.length, `${key}: seat-access-ready names every benefit`);
        assert.equal(flow.benefits.length, mint.benefits.length, `${key}: the page saw every benefit.granted`);
        assert.ok(flow.streamClaimed <= Math.min(...flow.benefits), `${key}: the grants follow the claim`);
        assert.ok(flow.claimRequest <= flow.claimResponse && flow.claimResponse <= flow.accessReady, `${key}: order`);
      }
      assert.equal(timeline.arrivals.length, mint.benefits.length, `${key}: one arrival per benefit`);
      const polar = quantile(
        flows.map((flow) => polarAccessReady(flow) - flow.claimResponse),
        0.5,
      );
      assert.equal(result.summary[key].polar.median, polar, `${key}: Polar's column is its rules on the flows' events`);
    }
  });

  test('exits 0', () => {
    assert.equal(run.code, 0, run.stderr);
  });
});
