// `npm run build`: the npm modules and types (tsc), then the script-tag bundles (rollup).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', 'tsc', '-p', 'tsconfig.build.json');
run('npx', 'rollup', '-c', '--silent');
