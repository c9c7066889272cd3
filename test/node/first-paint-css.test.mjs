/**
 * dist/cdn/polar-seat-claim.css, the first-paint CSS for script-tag pages: built from src/first-paint.css, reachable
 * through the package's exports, and tiny. What it does on a page is tested in test/browser/first-paint.test.ts.
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { FIRST_PAINT_SOURCE, minifyFirstPaintCss } from '../../scripts/first-paint-css.mjs';

const shipped = () =>
  readFileSync(fileURLToPath(import.meta.resolve('polar-seat-claim/cdn/polar-seat-claim.css')), 'utf8');

test('the package ships src/first-paint.css, minified, as polar-seat-claim/cdn/polar-seat-claim.css', () => {
  assert.equal(shipped(), minifyFirstPaintCss());
  assert.ok(shipped().startsWith('polar-seat-claim:not(:defined){'), shipped());
});

test('minifying takes out comments and spacing only', () => {
  const bare = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, '')
      .replace(/;}/g, '}');
  assert.equal(bare(minifyFirstPaintCss()), bare(readFileSync(FIRST_PAINT_SOURCE, 'utf8')));
  // The spaces calc() needs around + stay.
  assert.match(minifyFirstPaintCss(), /calc\([^)]*\) \* 5\.5 \+ 7\.53125em \+ 4px\)/);
});

test('is tiny: under 200 bytes gzipped', () => {
  const size = gzipSync(shipped(), { level: 9 }).length;
  assert.ok(size < 200, `${size} bytes`);
});
