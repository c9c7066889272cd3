// Before/after for a candidate change: the timing measures of `npm run bench` for several builds of the
// widget, interleaved load by load in one browser, so that a busy machine hits every build alike (separate
// `--bundle` runs differ by more than a small change does when other work shares the cores).
//
//   node bench/compare.mjs [--reps N] [--latency MS] name=bundle.js name=bundle.js …
//
// e.g. node bench/compare.mjs now=dist/cdn/polar-seat-claim.js candidate=.tmp/candidate/polar-seat-claim.js
// docs/bench.md ("Trying a change") shows how to build a candidate from an edited copy of src/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBundle, startHarness } from './harness.mjs';
import { evaluation, flows } from './measures.mjs';
import { ms, ratio, spreadMs, summarize, table } from './stats.mjs';

const MEASURES = [
  ['insertToInfoRequest', 'insertion → info request starts'],
  ['infoResponseToReady', 'info response → `ready` rendered'],
  ['clickToClaimRequest', 'click → claim request starts'],
  ['claimResponseToClaimed', 'claim response → `claimed` rendered'],
  ['insertToReady', 'insertion → `ready` rendered (whole)'],
];

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { reps: { type: 'string', default: '30' }, latency: { type: 'string', default: '0' } },
  });
  const builds = Object.fromEntries(
    positionals.map((arg) => {
      const [name, file] = arg.split(/=(.*)/s);
      if (!name || !file || !/^[\w-]+$/.test(name)) throw new Error(`expected name=bundle.js, got ${arg}`);
      return [name, readBundle(file)];
    }),
  );
  const names = Object.keys(builds);
  if (names.length < 2) throw new Error('give at least two builds: name=bundle.js name=bundle.js');
  const reps = Number(values.reps);
  const latencyMs = Number(values.latency);
  const h = await startHarness({ bundles: builds, latencyMs });
  let ev;
  let fl;
  try {
    console.error(`evaluation, ${reps} loads of each…`);
    ev = await evaluation(h, { reps, bundles: names });
    console.error(`flows, ${reps} loads of each…`);
    fl = await flows(h, { reps, pages: Object.fromEntries(names.map((name) => [name, name])) });
  } finally {
    await h.close();
  }
  const [first] = names;
  const rows = [];
  const add = (label, pick) => {
    const medians = names.map((name) => summarize(pick(name)).median);
    rows.push([
      label,
      ...names.map((name, i) => `${spreadMs(summarize(pick(name)))}${i ? ` ${ratio(medians[i], medians[0])}` : ''}`),
    ]);
  };
  add('script evaluation, main thread', (name) => ev[name].main);
  add('  script parse off the main thread (CPU)', (name) => ev[name].parse);
  for (const [key, label] of MEASURES) {
    add(label, (name) => fl[name].map((s) => s[key]));
    add('  2nd instance on the page', (name) => fl[`${name}Again`].map((s) => s[key]));
  }
  console.log(
    `\nMedian (10th–90th percentile) of ${reps} loads each, fake API latency ${ms(latencyMs)} ms; ratios against ${first}.\n`,
  );
  console.log(table(['measure', ...names], rows));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
