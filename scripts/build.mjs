// `npm run build`:
//   1. dist/*.js, *.d.ts (+ declaration maps, source maps): the npm modules, ES2021, `lit` and `@lit/task`
//      left as imports (tsc -p tsconfig.build.json);
//   2. dist/custom-elements.json (Custom Elements Manifest analyzer, custom-elements-manifest.config.mjs);
//   3. dist/cdn/polar-seat-claim.js (ES module) and dist/cdn/polar-seat-claim.global.js (classic script):
//      self-contained and minified (rollup.config.mjs).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('npx', 'cem', 'analyze', '--quiet');
run('npx', 'rollup', '-c', '--silent');
