// src/first-paint.css as shipped in dist/cdn/polar-seat-claim.css: without comments and spacing. The file holds no
// strings or URLs, so taking out whitespace around punctuation cannot change what it says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './pack.mjs';

export const FIRST_PAINT_SOURCE = path.join(repoRoot, 'src/first-paint.css');

/** @returns {string} */
export function minifyFirstPaintCss(source = readFileSync(FIRST_PAINT_SOURCE, 'utf8')) {
  return `${source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim()}\n`;
}
