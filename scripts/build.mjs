// `npm run build`:
//   1. dist/*.js, *.d.ts (+ declaration maps, source maps): the npm modules, ES2021, `lit` and `@lit/task`
//      left as imports (tsc -p tsconfig.build.json);
//   2. dist/cdn/polar-seat-claim.js (ES module) and dist/cdn/polar-seat-claim.global.js (classic script):
//      self-contained and minified (rollup.config.mjs), from the modules of step 1;
//   2b. dist/cdn/polar-seat-claim.css: src/first-paint.css minified, the CSS a script-tag page adds so that the
//      page does not jump while the script loads (docs/ssr.md);
//   3. next to steps 1-2: dist/custom-elements.json (Custom Elements Manifest analyzer, reading src/ with
//      custom-elements-manifest.config.mjs), then from it alone the editor data and the Vue, Svelte and Solid
//      typings (scripts/integrations.mjs).
// Then prints each file written with its size (the CDN bundles also gzipped); maps are counted on one line.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './pack.mjs';
import { writeIntegrations } from './integrations.mjs';
import { minifyFirstPaintCss } from './first-paint-css.mjs';

const bin = (name) => path.join(repoRoot, 'node_modules/.bin', name);

/** Runs a command in the repository; rejects with its output when it fails. */
function run(command, ...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(command), args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    );
  });
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => path.join(dir, String(file)))
    .filter((file) => statSync(file).isFile())
    .sort();

const dist = path.join(repoRoot, 'dist');
rmSync(dist, { recursive: true, force: true });
await Promise.all([
  run('tsc', '-p', 'tsconfig.build.json')
    .then(() => run('rollup', '-c', '--silent'))
    .then(() => writeFileSync(path.join(dist, 'cdn/polar-seat-claim.css'), minifyFirstPaintCss())),
  run('cem', 'analyze', '--quiet').then(() =>
    writeIntegrations(JSON.parse(readFileSync(path.join(dist, 'custom-elements.json'), 'utf8')), dist),
  ),
]);

const written = files(dist);
const maps = written.filter((file) => file.endsWith('.map'));
for (const file of written.filter((f) => !f.endsWith('.map'))) {
  const bytes = readFileSync(file);
  const gzip = file.includes(`${path.sep}cdn${path.sep}`) ? ` ${kB(gzipSync(bytes, { level: 9 }).length)} gzip` : '';
  console.log(`${path.relative(repoRoot, file).padEnd(40)}${kB(bytes.length)}${gzip}`);
}
const mapBytes = maps.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`${`+ ${maps.length} source and declaration maps`.padEnd(40)}${kB(mapBytes)}`);
