/**
 * The npm package as published: `npm pack` of the current build (scripts/pack.mjs), unpacked into a
 * node_modules under .tmp/. What the tarball holds, that every export resolves (Node's resolver, and
 * TypeScript's for the types), that `sideEffects` lets bundlers drop what is not used, and that the
 * types work for a consumer (strict, skipLibCheck off): the tag and event maps, React 19, Preact and
 * Solid JSX, Vue's GlobalComponents, Svelte 5's elements, and the @lit/react wrapper. Needs `npm run build` first (`npm test` builds before the node tests).
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { packInto, repoRoot } from '../../scripts/pack.mjs';

const EXPORTS = {
  '.': { types: './dist/index.d.ts', default: './dist/index.js' },
  './element': { types: './dist/element.d.ts', default: './dist/element.js' },
  './react': { types: './dist/react.d.ts', default: './dist/react.js' },
  './jsx-react': { types: './dist/jsx-react.d.ts', default: './dist/jsx-react.js' },
  './jsx-preact': { types: './dist/jsx-preact.d.ts', default: './dist/jsx-preact.js' },
  './jsx-solid': { types: './dist/jsx-solid.d.ts', default: './dist/jsx-solid.js' },
  './vue': { types: './dist/vue.d.ts', default: './dist/vue.js' },
  './svelte': { types: './dist/svelte.d.ts', default: './dist/svelte.js' },
  './custom-elements.json': './dist/custom-elements.json',
  './vscode.html-custom-data.json': './dist/vscode.html-custom-data.json',
  './vscode.css-custom-data.json': './dist/vscode.css-custom-data.json',
  './web-types.json': './dist/web-types.json',
  './locales/*': { types: './dist/locales/*.d.ts', default: './dist/locales/*.js' },
  './cdn/*': './dist/cdn/*',
  './package.json': './package.json',
};

/** Specifiers an app may import, and the file each must land on. */
const SPECIFIERS = {
  'polar-seat-claim': 'dist/index.js',
  'polar-seat-claim/element': 'dist/element.js',
  'polar-seat-claim/react': 'dist/react.js',
  'polar-seat-claim/jsx-react': 'dist/jsx-react.js',
  'polar-seat-claim/jsx-preact': 'dist/jsx-preact.js',
  'polar-seat-claim/jsx-solid': 'dist/jsx-solid.js',
  'polar-seat-claim/vue': 'dist/vue.js',
  'polar-seat-claim/svelte': 'dist/svelte.js',
  'polar-seat-claim/custom-elements.json': 'dist/custom-elements.json',
  'polar-seat-claim/vscode.html-custom-data.json': 'dist/vscode.html-custom-data.json',
  'polar-seat-claim/vscode.css-custom-data.json': 'dist/vscode.css-custom-data.json',
  'polar-seat-claim/web-types.json': 'dist/web-types.json',
  'polar-seat-claim/locales/de': 'dist/locales/de.js',
  'polar-seat-claim/locales/de-paste': 'dist/locales/de-paste.js',
  'polar-seat-claim/cdn/polar-seat-claim.js': 'dist/cdn/polar-seat-claim.js',
  'polar-seat-claim/cdn/polar-seat-claim.global.js': 'dist/cdn/polar-seat-claim.global.js',
  'polar-seat-claim/package.json': 'package.json',
};

const FIXTURES = path.join(repoRoot, 'test/fixtures/types');
/** Typings scripts/integrations.mjs generates from the manifest: no TypeScript source, so no maps. */
const GENERATED_TYPINGS = ['vue', 'svelte', 'jsx-solid'];

/** @type {string} */ let dir;
/** @type {ReturnType<typeof packInto>} */ let pack;
/** @type {Record<string, any>} */ let manifest;

before(() => {
  mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(repoRoot, '.tmp', 'package-test-'));
  pack = packInto(dir);
  manifest = JSON.parse(readFileSync(path.join(pack.packageDir, 'package.json'), 'utf8'));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('package.json', () => {
  test('name, module type, entry points and the manifest field', () => {
    assert.equal(manifest.name, 'polar-seat-claim');
    assert.equal(manifest.type, 'module');
    assert.deepEqual(manifest.exports, EXPORTS);
    assert.equal(manifest.types, './dist/index.d.ts');
    assert.equal(manifest.main, './dist/index.js');
    assert.equal(manifest.customElements, 'dist/custom-elements.json');
    assert.equal(manifest['web-types'], './dist/web-types.json', 'where JetBrains IDEs find the web types');
    assert.ok(manifest.engines?.node, 'engines.node');
  });

  test('sideEffects names only the modules that define the element', () => {
    assert.deepEqual(manifest.sideEffects, ['./dist/index.js', './dist/cdn/*']);
    const index = readFileSync(path.join(pack.packageDir, 'dist/index.js'), 'utf8');
    assert.match(index, /defineSeatClaim\(\);/, 'dist/index.js registers the element');
  });

  test('lit and @lit/task are dependencies; React and @lit/react are optional peers', () => {
    assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['@lit/task', 'lit']);
    assert.deepEqual(Object.keys(manifest.peerDependencies).sort(), ['@lit/react', 'react']);
    assert.equal(manifest.peerDependenciesMeta['@lit/react'].optional, true);
    assert.equal(manifest.peerDependenciesMeta.react.optional, true);
  });
});

describe('tarball', () => {
  test('holds the build, the sources the maps point to, and nothing else', () => {
    const allowed = (file) =>
      /^(dist|src)\//.test(file) || /^(package\.json|README\.md|LICENSE(\.\w+)?|CHANGELOG\.md)$/i.test(file);
    assert.deepEqual(
      pack.files.filter((file) => !allowed(file)),
      [],
    );
    for (const required of [
      'package.json',
      'dist/custom-elements.json',
      'dist/cdn/polar-seat-claim.js',
      'dist/cdn/polar-seat-claim.js.map',
      'dist/cdn/polar-seat-claim.global.js',
      'dist/cdn/polar-seat-claim.global.js.map',
      'src/polar-seat-claim.ts',
    ]) {
      assert.ok(pack.files.includes(required), required);
    }
    for (const file of ['README.md', 'LICENSE']) assert.ok(pack.files.includes(file), file);
  });

  test('every module comes with its types, declaration map and source map; generated typings with their module', () => {
    for (const name of GENERATED_TYPINGS)
      for (const file of [`dist/${name}.js`, `dist/${name}.d.ts`]) assert.ok(pack.files.includes(file), file);
    const modules = pack.files.filter(
      (file) => /^dist\/(?!cdn\/).*\.js$/.test(file) && !GENERATED_TYPINGS.some((name) => file === `dist/${name}.js`),
    );
    assert.ok(modules.length >= 10, `${modules.length} modules`);
    for (const module of modules) {
      for (const companion of [
        module.replace(/\.js$/, '.d.ts'),
        module.replace(/\.js$/, '.d.ts.map'),
        `${module}.map`,
      ]) {
        assert.ok(pack.files.includes(companion), companion);
      }
    }
  });

  test('the npm modules are ES2021 with lit and @lit/task left as imports', () => {
    const element = readFileSync(path.join(pack.packageDir, 'dist/polar-seat-claim.js'), 'utf8');
    assert.match(element, /from 'lit';/);
    assert.match(element, /from '@lit\/task';/);
    assert.doesNotMatch(
      element,
      /^\s*static \w+ =/m,
      'no class fields beyond ES2021 semantics (useDefineForClassFields off)',
    );
  });
});

describe('exports', () => {
  test('every specifier resolves, with Node, to a file in the tarball', () => {
    const script = `const out = {}; for (const s of ${JSON.stringify(Object.keys(SPECIFIERS))}) out[s] = import.meta.resolve(s); console.log(JSON.stringify(out));`;
    const resolved = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' }),
    );
    for (const [specifier, file] of Object.entries(SPECIFIERS)) {
      assert.equal(new URL(resolved[specifier]).pathname, path.join(pack.packageDir, file), specifier);
      assert.ok(pack.files.includes(file), `${specifier} -> ${file} is in the tarball`);
    }
  });

  test('every target of the exports map is in the tarball', () => {
    for (const [key, target] of Object.entries(manifest.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        const pattern = new RegExp(`^${file.slice(2).replace(/[.]/g, '\\.').replace('*', '.+')}$`);
        assert.ok(
          pack.files.some((f) => pattern.test(f)),
          `${key}: ${file}`,
        );
      }
    }
  });

  test('bundlers keep only what is used: the defining entry registers, the rest is dropped when unused', async () => {
    const bundle = async (code) => {
      const build = await rollup({
        input: 'entry',
        external: [/^lit/, /^@lit\//, /^react/],
        plugins: [
          {
            name: 'entry',
            resolveId: (id) => (id === 'entry' ? id : null),
            load: (id) => (id === 'entry' ? code : null),
          },
          nodeResolve({ modulePaths: [pack.nodeModules] }),
        ],
      });
      const { output } = await build.generate({ format: 'es' });
      return output[0].code;
    };
    assert.match(await bundle(`import 'polar-seat-claim';`), /customElements\.define\(/);
    for (const unused of [
      'polar-seat-claim/element',
      'polar-seat-claim/jsx-react',
      'polar-seat-claim/jsx-preact',
      'polar-seat-claim/jsx-solid',
      'polar-seat-claim/vue',
      'polar-seat-claim/svelte',
    ]) {
      assert.equal((await bundle(`import '${unused}';`)).trim(), '', unused);
    }
    const classOnly = await bundle(
      `import { PolarSeatClaim } from 'polar-seat-claim/element'; customElements.define('my-claim', class extends PolarSeatClaim {});`,
    );
    assert.match(classOnly, /class PolarSeatClaim extends LitElement/);
    assert.doesNotMatch(classOnly, /customElements\.define\((?!'my-claim')/, 'the class alone registers nothing');
    assert.match(
      await bundle(`import { PolarSeatClaim } from 'polar-seat-claim/react'; console.log(PolarSeatClaim);`),
      /customElements\.define\(/,
      'the React wrapper registers the element',
    );
  });
});

describe('types, for a consumer', { timeout: 240_000 }, () => {
  const files = {
    'events.ts': `
      import 'polar-seat-claim';
      import { PolarSeatClaim, SeatClaimError, type SeatClaimErrorCode, type CustomerSeat, type SeatClaimStatus } from 'polar-seat-claim';
      import { PolarSeatClaim as Same } from 'polar-seat-claim/element';

      const el = document.createElement('polar-seat-claim');
      const same: PolarSeatClaim & Same = el;
      el.server = 'sandbox';
      el.autoClaim = true;
      el.messages = { heading: 'Join {organization}', problems: { network: { title: 'Offline' } } };
      el.addEventListener('seat-claimed', (e) => {
        const seat: CustomerSeat = e.detail.seat;
        const token: string | null = e.detail.customerSessionToken;
        e.preventDefault();
        console.log(seat.id, token, same);
      });
      el.addEventListener('seat-claim-error', (e) => {
        const code: SeatClaimErrorCode = e.detail.code;
        const retry: boolean = e.detail.retryable;
        console.log(code, retry);
      });
      el.addEventListener('seat-claim-info', (e) => console.log(e.detail.organization_name, e.detail.can_claim));
      document.querySelector('polar-seat-claim')?.addEventListener('seat-claimed', (e) => console.log(e.detail.seat.status));
      const status: SeatClaimStatus = el.status;
      el.claim().then((claimed) => console.log(claimed.seat.id, status), (error: unknown) => console.log(error instanceof SeatClaimError && error.code));

      // @ts-expect-error timeout is a number
      el.timeout = '20';
      // @ts-expect-error the event detail has no such field
      el.addEventListener('seat-claimed', (e) => console.log(e.detail.nope));
      // @ts-expect-error status is read-only
      el.status = 'ready';
    `,
    'react19.tsx': `
      import 'polar-seat-claim';
      import type {} from 'polar-seat-claim/jsx-react';
      import { useRef } from 'react';
      import type { PolarSeatClaim } from 'polar-seat-claim';

      export function Claim({ token }: { token: string }) {
        const ref = useRef<PolarSeatClaim>(null);
        return (
          <polar-seat-claim
            ref={ref}
            className="claim"
            server="sandbox"
            token={token}
            auto-claim
            timeout={10_000}
            messages={{ claim: 'Accept' }}
            onseat-claimed={(e) => console.log(e.detail.seat.id, ref.current?.status)}
            onseat-claim-error={(e) => console.log(e.detail.code)}
          />
        );
      }
      // @ts-expect-error timeout is a number
      export const wrong = <polar-seat-claim timeout="soon" />;
      // @ts-expect-error the listener gets the event of that name
      export const wrongEvent = <polar-seat-claim onseat-claimed={(e: CustomEvent<number>) => e.detail.toFixed()} />;
    `,
    'wrapper.tsx': `
      import { PolarSeatClaim, type PolarSeatClaimProps } from 'polar-seat-claim/react';

      const props: PolarSeatClaimProps = { server: 'sandbox', theme: 'dark' };
      export const claim = (
        <PolarSeatClaim
          {...props}
          tokenParam="token"
          onSeatClaimInfo={(e) => console.log(e.detail.product_name)}
          onSeatClaimed={(e) => console.log(e.detail.seat.id)}
          onSeatClaimError={(e) => console.log(e.detail.code)}
        />
      );
      // @ts-expect-error theme is one of light, dark, auto
      export const wrong = <PolarSeatClaim theme="blue" />;
    `,
    'preact.tsx': `
      /** @jsxImportSource preact */
      import 'polar-seat-claim';
      import type {} from 'polar-seat-claim/jsx-preact';

      export const claim = <polar-seat-claim server="sandbox" token-param="token" theme="auto" onseat-claimed={(e) => console.log(e.detail.seat.id)} />;
      // @ts-expect-error timeout is a number
      export const wrong = <polar-seat-claim timeout="soon" />;
    `,
  };
  /** Vue, Svelte and Solid: test/fixtures/types/, each with lines that must fail to compile (@ts-expect-error). */
  const fixtures = Object.fromEntries(
    readdirSync(FIXTURES).map((file) => [file, readFileSync(path.join(FIXTURES, file), 'utf8')]),
  );

  /** Compiles `names` in a fresh project with `moduleResolution`; resolves with tsc's complaints, if any. */
  async function compile(name, moduleResolution, names, options = {}) {
    const project = path.join(dir, `consumer-${name}`);
    mkdirSync(project, { recursive: true });
    for (const file of names) writeFileSync(path.join(project, file), files[file] ?? fixtures[file]);
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
          moduleResolution,
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          // Only what the files import: no @types/* picked up from the repository.
          types: [],
          ...options,
        },
        files: names,
      }),
    );
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await new Promise((resolve) => {
      execFile(
        process.execPath,
        [tsc, '-p', '.', '--explainFiles'],
        { cwd: project, encoding: 'utf8', maxBuffer: 64 << 20 },
        (error, stdout) => resolve({ ok: !error, stdout }),
      );
    });
    // --explainFiles lists each file of the program (relative to the project) on a line of its own.
    const programFiles = result.stdout
      .split('\n')
      .filter((line) => line && !/^\s/.test(line) && !/error TS/.test(line))
      .map((line) => path.resolve(project, line));
    assert.ok(
      programFiles.some((file) => file.startsWith(pack.packageDir)),
      'the installed package is part of the program',
    );
    const fromRepository = programFiles.filter((file) => /^(dist|src)\//.test(path.relative(repoRoot, file)));
    return { ...result, errors: result.stdout.split('\n').filter((line) => /error TS\d+/.test(line)), fromRepository };
  }

  // The three projects compile in parallel (tsc reads Lit's and React's types, which takes a while).
  /** @type {Promise<Record<string, Awaited<ReturnType<typeof compile>>>>} */
  let compiled;
  before(() => {
    compiled = Promise.all([
      compile('bundler', 'bundler', Object.keys(files)),
      compile('nodenext', 'nodenext', Object.keys(files)),
      // Vue, Svelte and Solid in the program without React (one tsc fewer: each loads Lit's and the DOM's types).
      compile('no-react', 'bundler', ['events.ts', 'preact.tsx', ...Object.keys(fixtures)], {
        jsxImportSource: 'preact',
      }),
    ]).then(([bundler, nodenext, noReact]) => ({ bundler, nodenext, noReact }));
  });

  for (const [key, title] of [
    ['bundler', 'moduleResolution bundler: events, React 19 JSX, the wrapper, Preact JSX'],
    ['nodenext', 'moduleResolution nodenext: the same'],
    [
      'noReact',
      'without React: the element, Preact and Solid JSX, Vue GlobalComponents, Svelte 5 elements (wrong values and details fail)',
    ],
  ]) {
    test(title, async () => {
      const result = (await compiled)[key];
      assert.deepEqual(result.errors, []);
      assert.ok(result.ok, result.stdout.slice(0, 2000));
      assert.deepEqual(result.fromRepository, [], 'the types come from the installed package, not this repository');
      if (key === 'noReact')
        assert.deepEqual(
          result.stdout.match(/^.*node_modules\/(@types\/react|react)\/.*$/gm),
          null,
          'React types were not loaded',
        );
    });
  }
});
