// `npm run size`: what the script-tag bundle costs, side by side with the floor (an empty LitElement) and
// with the alternative (claiming through @polar-sh/sdk's standalone `customerSeatsClaimSeat`), all bundled
// and minified the same way (rollup + the CDN plugins of rollup.config.mjs). Exits 1 when a budget is
// exceeded. Reads dist/cdn/polar-seat-claim.js: `npm run size` builds first.
//
// The widget's own code is measured two ways:
// - "own code" (the budgeted figure): dist/index.js bundled the same way but with `lit`, `lit/*` and
//   `@lit/*` left as imports, i.e. exactly the bytes this package adds on top of Lit;
// - "by source map": the bytes of dist/cdn/polar-seat-claim.js that its source map attributes to
//   files under node_modules/ (Lit) versus ours. Minified bytes only: compressed bytes cannot be
//   attributed to sources.
// "Lit as used" is a bundle of just the Lit exports the widget imports (read from the own-code bundle).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnPlugins } from '../rollup.config.mjs';

const KB = 1024;
/**
 * Budgets in bytes, gzip (level 9): the English self-contained module with every feature, and always smaller than
 * @polar-sh/sdk's claim function alone (measured below). Files loaded on demand beside it are listed, not counted;
 * each translation file has a budget of its own.
 */
export const BUDGETS = { bundleGzip: 13 * KB, localeGzip: 1 * KB };
const BUNDLE = 'dist/cdn/polar-seat-claim.js';
const LIT = [/^lit($|\/)/, /^@lit\//];

export function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles `entry` (a path, or source text) as the CDN module is bundled. */
async function bundle(entry, { external = [] } = {}) {
  const virtual = entry.includes('\n') || entry.includes(';');
  const build = await rollup({
    input: virtual ? '\0entry' : entry,
    external,
    plugins: [
      ...(virtual
        ? [
            {
              name: 'entry',
              resolveId: (id) => (id === '\0entry' ? id : null),
              load: (id) => (id === '\0entry' ? entry : null),
            },
          ]
        : []),
      ...cdnPlugins(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const { output } = await build.generate({ format: 'es', sourcemap: 'hidden' });
  await build.close();
  return output[0];
}

/** The stretches of `code` (line, start column, end column) that a source map (v3) attributes to each source file. */
export function rangesBySource(code, map) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const lines = code.split('\n');
  const ranges = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    const segments = [];
    for (const segment of line.split(',').filter(Boolean)) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = chars.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    // Bytes before a line's first segment (a whole line without any, such as the compile hint) belong to no source.
    if ((segments[0]?.[0] ?? lines[lineIndex].length) > 0) segments.unshift([0, -1]);
    segments.forEach(([start, src], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : lines[lineIndex].length;
      const name = src < 0 ? '(no source: imports, exports, compile hint)' : map.sources[src];
      if (!ranges.has(name)) ranges.set(name, []);
      ranges.get(name).push([lineIndex, start, end]);
    });
  });
  return ranges;
}

/** Minified bytes per source file. */
export function bytesBySource(code, map) {
  const totals = new Map();
  for (const [name, ranges] of rangesBySource(code, map))
    totals.set(
      name,
      ranges.reduce((sum, [, start, end]) => sum + end - start, 0),
    );
  return totals;
}

/**
 * What each source file adds to the gzip size: the code compressed with and without that file's bytes. Gzip
 * bytes cannot be attributed exactly (the parts share one dictionary), so the figures do not add up to the total.
 */
export function gzipBySource(code, map) {
  const total = measure(code).gzip;
  const lines = code.split('\n');
  const result = new Map();
  for (const [name, ranges] of rangesBySource(code, map)) {
    const kept = lines.map((line) => line.split(''));
    for (const [lineIndex, start, end] of ranges) kept[lineIndex].fill('', start, end);
    result.set(name, total - measure(kept.map((line) => line.join('')).join('\n')).gzip);
  }
  return result;
}

const fmt = (n) => (n === undefined ? '—' : n.toLocaleString('en-US'));
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main() {
  let code;
  try {
    code = readFileSync(BUNDLE, 'utf8');
  } catch {
    console.error(`${BUNDLE} is missing: run \`npm run build\` first (\`npm run size\` does).`);
    process.exit(1);
  }
  const map = JSON.parse(readFileSync(`${BUNDLE}.map`, 'utf8'));

  const whole = measure(code);
  const ownChunk = await bundle('dist/index.js', { external: LIT });
  const own = measure(ownChunk.code);
  const litImports = Object.entries(ownChunk.importedBindings)
    .map(([from, names]) => `export { ${names.join(', ')} } from '${from}';`)
    .join('\n');
  const lit = measure((await bundle(`${litImports}\n`)).code);
  const floor = measure(
    (
      await bundle(
        `import { LitElement } from 'lit';\nclass EmptyElement extends LitElement {}\ncustomElements.define('empty-element', EmptyElement);\n`,
      )
    ).code,
  );
  const sdk = measure(
    (
      await bundle(
        [
          `import { PolarCore } from '@polar-sh/sdk/core.js';`,
          `import { customerSeatsClaimSeat } from '@polar-sh/sdk/funcs/customerSeatsClaimSeat.js';`,
          `const polar = new PolarCore({ server: 'sandbox' });`,
          `export async function claim(invitationToken) {`,
          `  const result = await customerSeatsClaimSeat(polar, { invitationToken });`,
          `  if (!result.ok) throw result.error;`,
          `  return result.value;`,
          `}`,
        ].join('\n'),
      )
    ).code,
  );

  let litBytes = 0;
  let ownBytes = 0;
  for (const [source, bytes] of bytesBySource(code, map)) {
    if (source.includes('node_modules/')) litBytes += bytes;
    else ownBytes += bytes;
  }

  console.log(`\nSize of ${BUNDLE} (bytes; gzip -9, brotli -q 11; 1 KB = ${KB} bytes)\n`);
  console.log(
    table(
      ['bundle (rollup + terser, self-contained ES module)', 'minified', 'gzip', 'brotli'],
      [
        ['polar-seat-claim (dist/cdn/polar-seat-claim.js)', fmt(whole.min), fmt(whole.gzip), fmt(whole.brotli)],
        ['  its own code (Lit left as imports)', fmt(own.min), fmt(own.gzip), fmt(own.brotli)],
        ['  Lit as used (the Lit exports it imports)', fmt(lit.min), fmt(lit.gzip), fmt(lit.brotli)],
        ['empty LitElement (the floor)', fmt(floor.min), fmt(floor.gzip), fmt(floor.brotli)],
        ['@polar-sh/sdk customerSeatsClaimSeat (no UI)', fmt(sdk.min), fmt(sdk.gzip), fmt(sdk.brotli)],
      ],
    ),
  );
  console.log(`\nMinified bytes of ${BUNDLE} by source map\n`);
  console.log(
    table(
      ['source', 'minified', 'share'],
      [
        ['widget (dist/*.js)', fmt(ownBytes), `${((100 * ownBytes) / code.length).toFixed(1)}%`],
        ['Lit (node_modules/)', fmt(litBytes), `${((100 * litBytes) / code.length).toFixed(1)}%`],
      ],
    ),
  );

  // Where the own-code budget goes: each module's minified bytes, and the gzip bytes the bundle loses without it.
  const minifiedByModule = bytesBySource(ownChunk.code, ownChunk.map);
  const modules = [...gzipBySource(ownChunk.code, ownChunk.map)]
    .map(([source, gzip]) => [
      source.replace(/^.*dist\//, 'src/').replace(/\.js$/, '.ts'),
      minifiedByModule.get(source),
      gzip,
    ])
    .sort((a, b) => b[2] - a[2]);
  console.log(
    '\nThe own code by module (gzip: what the own-code bundle loses without the module; parts share one dictionary, so they do not add up)\n',
  );
  console.log(
    table(
      ['module', 'minified', 'gzip'],
      modules.map(([name, min, gzip]) => [name, fmt(min), fmt(gzip)]),
    ),
  );

  // What loads on demand beside the module: only the visits that need it pay for it.
  const chunks = readdirSync(path.dirname(BUNDLE))
    .filter((name) => /^polar-seat-claim-.+\.js$/.test(name))
    .map((name) => [name, measure(readFileSync(path.join(path.dirname(BUNDLE), name), 'utf8'))]);
  console.log('\nLoaded on demand beside the module (not in the budget)\n');
  console.log(
    table(
      ['file', 'minified', 'gzip'],
      chunks.map(([name, size]) => [name, fmt(size.min), fmt(size.gzip)]),
    ),
  );

  // Each language: its card, and its paste form (only for a page opened without its link).
  const LOCALES = path.join(path.dirname(BUNDLE), 'locales');
  const locales = readdirSync(LOCALES)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => [`locales/${name}`, measure(readFileSync(path.join(LOCALES, name), 'utf8'))]);
  console.log('\nTranslations beside the module (each loaded only by a page in its language; English needs none)\n');
  console.log(
    table(
      ['file', 'minified', 'gzip'],
      locales.map(([name, size]) => [name, fmt(size.min), fmt(size.gzip)]),
    ),
  );

  const checks = [
    ['whole module, gzip', whole.gzip, BUDGETS.bundleGzip],
    ['whole module below the SDK claim function, gzip', whole.gzip, sdk.gzip - 1],
    ...locales.map(([name, size]) => [`${name}, gzip`, size.gzip, BUDGETS.localeGzip]),
  ];
  console.log('\nBudgets\n');
  console.log(
    table(
      ['budget', 'bytes', 'limit', 'left', 'result'],
      checks.map(([name, value, limit]) => [
        name,
        fmt(value),
        fmt(limit),
        fmt(limit - value),
        value <= limit ? 'ok' : 'OVER',
      ]),
    ),
  );
  const over = checks.filter(([, value, limit]) => value > limit);
  if (over.length) {
    console.error(`\nOver budget: ${over.map(([name, value, limit]) => `${name} ${value} > ${limit}`).join('; ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
