// Packs the package as npm would publish it (`npm pack`, from the current dist/) and unpacks the tarball
// into `<dir>/node_modules/polar-seat-claim`, where apps and tests install it from. `dir` must be inside
// this repository (e.g. under .tmp/): the unpacked package then finds `lit`, `@lit/task` and `react` in
// the repository's node_modules, as it would find them in an app's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} dir
 * @returns {{ tarball: string, files: string[], packageDir: string, nodeModules: string }}
 */
export function packInto(dir) {
  if (!existsSync(path.join(repoRoot, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(dir, { recursive: true });
  // The directory is an app of its own: without this, a lookup of `polar-seat-claim` from inside it
  // would resolve to the repository itself (the package's self-reference) instead of the tarball.
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'polar-seat-claim-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  // --ignore-scripts: `prepack` would build again; the caller has just built.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  const tarball = path.join(dir, info.filename);
  const nodeModules = path.join(dir, 'node_modules');
  const packageDir = path.join(nodeModules, 'polar-seat-claim');
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
  return { tarball, files: info.files.map((f) => f.path).sort(), packageDir, nodeModules };
}
