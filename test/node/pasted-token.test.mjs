/**
 * The two token readers of `token-param` and the paste field, imported in Node, where there is no `location` and
 * `performance` has no navigation entry: importing and calling them must not throw (server rendering, tests, tools).
 * Each module is compiled alone by esbuild, so this needs no build.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { transform } from 'esbuild';

/** Imports a dependency-free TypeScript module of src/ as Node would import its compiled JavaScript. */
async function importSource(file) {
  const source = readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2021' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const TOKEN = 'Zx9_Kq-3mW7vR2tY8uP4sL6nB1cD5fG0hJ-aE_iO7kM';

describe('in Node, without a DOM', () => {
  test('readPageToken gives null: there is no page URL', async () => {
    assert.equal(typeof globalThis.location, 'undefined');
    const { readPageToken } = await importSource('page-token.ts');
    assert.equal(readPageToken('token'), null);
  });

  test('readPageToken gives null where there is no performance either', async () => {
    const { readPageToken } = await importSource('page-token.ts');
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'performance');
    Object.defineProperty(globalThis, 'performance', { value: undefined, configurable: true });
    try {
      assert.equal(readPageToken('token'), null);
    } finally {
      Object.defineProperty(globalThis, 'performance', descriptor);
    }
  });

  test('parseClaimLink reads a claim link', async () => {
    const { parseClaimLink } = await importSource('claim-link.ts');
    assert.deepEqual(parseClaimLink(`https://polar.sh/acme/portal/claim?token=${TOKEN}`, { server: 'production' }), {
      token: TOKEN,
      organizationSlug: 'acme',
    });
  });
});
