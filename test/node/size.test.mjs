/**
 * The accounting of `npm run size` (bench/size.mjs): bytes of a bundle attributed to its source files through the
 * source map, and the gzip bytes each file adds. Checked on a two-module bundle built the way the CDN bundle is.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { rollup } from 'rollup';
import { bytesBySource, gzipBySource, measure, rangesBySource } from '../../bench/size.mjs';
import { cdnPlugins } from '../../rollup.config.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'size-test-'));
/** @type {{ code: string, map: any }} */
let chunk;

describe('npm run size accounting', () => {
  before(async () => {
    // Two modules of very different weight: a long, varied text in one, a one-liner in the other.
    const words = Array.from({ length: 300 }, (_, i) => `word${(i * 7919) % 1000}`).join(' ');
    writeFileSync(path.join(dir, 'heavy.js'), `export const heavy = () => ${JSON.stringify(words)}.split(' ');\n`);
    writeFileSync(
      path.join(dir, 'light.js'),
      `import { heavy } from './heavy.js';\nexport const light = () => heavy().length + 1;\n`,
    );
    const build = await rollup({ input: path.join(dir, 'light.js'), plugins: cdnPlugins() });
    const { output } = await build.generate({ format: 'es', sourcemap: 'hidden' });
    await build.close();
    chunk = output[0];
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('every byte is attributed once, and each module gets its own', () => {
    const bytes = bytesBySource(chunk.code, chunk.map);
    const named = (file) => [...bytes].find(([source]) => source.endsWith(file))?.[1] ?? 0;
    const total = [...bytes.values()].reduce((sum, n) => sum + n, 0);
    assert.equal(total, chunk.code.length - (chunk.code.match(/\n/g) ?? []).length);
    assert.ok(named('heavy.js') > 2000, `heavy.js: ${named('heavy.js')}`);
    assert.ok(named('light.js') > 0 && named('light.js') < 200, `light.js: ${named('light.js')}`);
  });

  test('ranges do not overlap and stay inside their lines', () => {
    const lines = chunk.code.split('\n');
    const seen = new Set();
    for (const ranges of rangesBySource(chunk.code, chunk.map).values()) {
      for (const [line, start, end] of ranges) {
        assert.ok(start >= 0 && start <= end && end <= lines[line].length);
        for (let column = start; column < end; column++) {
          assert.ok(!seen.has(`${line}:${column}`), `byte ${line}:${column} attributed twice`);
          seen.add(`${line}:${column}`);
        }
      }
    }
  });

  test('the gzip a module adds follows its weight, and none exceeds the whole', () => {
    const gzip = gzipBySource(chunk.code, chunk.map);
    const named = (file) => [...gzip].find(([source]) => source.endsWith(file))?.[1] ?? 0;
    const whole = measure(chunk.code).gzip;
    assert.ok(named('heavy.js') > 10 * named('light.js'), `heavy ${named('heavy.js')}, light ${named('light.js')}`);
    assert.ok(named('heavy.js') < whole);
    assert.ok(named('light.js') > 0);
  });
});
