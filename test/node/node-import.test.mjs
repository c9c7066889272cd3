/**
 * The package in plain Node (no DOM): importing it must not throw, and neither may creating the element, which is
 * what a server renderer does. Lit's Node build brings its own minimal DOM (@lit-labs/ssr-dom-shim: HTMLElement for
 * its base class, and the `customElements` global), so neither entry needs a shim of ours; @lit-labs/ssr's global
 * DOM shim, which Lit's docs still describe for code needing more of the DOM, must work too. Each case runs in a
 * fresh Node process, so that no other test's globals help it. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { repoRoot } from '../../scripts/pack.mjs';

/** Runs `code` as an ES module in a fresh Node in the repository (so `polar-seat-claim` is the package itself). */
async function inFreshNode(code) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repoRoot,
  });
  return JSON.parse(stdout);
}

const GLOBALS = `const seen = new Set(Object.getOwnPropertyNames(globalThis));
const added = () => Object.getOwnPropertyNames(globalThis).filter((name) => !seen.has(name));`;

describe('importing the package in Node', { timeout: 30_000 }, () => {
  test('polar-seat-claim/element imports without a DOM, registers nothing and adds no window, document or location', async () => {
    const result = await inFreshNode(`${GLOBALS}
      const { PolarSeatClaim, defineSeatClaim } = await import('polar-seat-claim/element');
      console.log(JSON.stringify({
        element: typeof PolarSeatClaim, define: typeof defineSeatClaim,
        registered: globalThis.customElements?.get('polar-seat-claim') !== undefined,
        added: added(),
      }));`);
    assert.equal(result.element, 'function');
    assert.equal(result.define, 'function');
    assert.equal(result.registered, false);
    for (const name of ['window', 'document', 'location', 'navigator', 'matchMedia', 'HTMLElement']) {
      assert.ok(!result.added.includes(name), `${name} was added: ${result.added.join(', ')}`);
    }
  });

  test("the main entry imports without a DOM and registers the element in Lit's own customElements", async () => {
    const result = await inFreshNode(`
      const { PolarSeatClaim } = await import('polar-seat-claim');
      console.log(JSON.stringify({ same: customElements.get('polar-seat-claim') === PolarSeatClaim }));`);
    assert.deepEqual(result, { same: true });
  });

  test('creating the element in Node, and setting token-param, read no location', async () => {
    const result = await inFreshNode(`
      await import('polar-seat-claim');
      const element = new (customElements.get('polar-seat-claim'))();
      element.setAttribute('token', 'a-token');
      element.tokenParam = 'invite';
      console.log(JSON.stringify({ status: element.status, tokenParam: element.tokenParam }));`);
    assert.deepEqual(result, { status: 'idle', tokenParam: 'invite' });
  });

  test("with @lit-labs/ssr's global DOM shim installed first, the main entry imports and the element renders", async () => {
    const result = await inFreshNode(`
      await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
      await import('polar-seat-claim');
      const { renderSeatClaim } = await import('./examples/ssr/render.mjs');
      const markup = await renderSeatClaim({ token: 'a-token', server: 'sandbox' });
      console.log(JSON.stringify({
        shadowRoot: markup.includes('<template shadowroot="open" shadowrootmode="open">'),
        loading: markup.includes('class="loading"'),
      }));`);
    assert.deepEqual(result, { shadowRoot: true, loading: true });
  });
});
