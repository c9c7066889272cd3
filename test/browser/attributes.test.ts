/**
 * Settings that work: named and custom servers, defaults, and `portal-url` and `timeout` changed while in use.
 * Values the element refuses are in refused-input.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { API, PORTAL, firstError, mint, mountInvitation, nextEvent, part, reach, requestsFor } from './support.js';

describe('server', () => {
  it('trailing slashes on the server are dropped', async () => {
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(
      html`<polar-seat-claim server="${API}///" token=${minted.token}></polar-seat-claim>`,
    );
    await nextEvent(el, 'seat-claim-info');
    expect(el.status).to.equal('ready');
  });

  it('production and sandbox are named servers', async () => {
    const { resolveEndpoints } = await import('../../src/endpoints.js');
    expect(resolveEndpoints()).to.deep.equal({ api: 'https://api.polar.sh', portal: 'https://polar.sh' });
    expect(resolveEndpoints('')).to.deep.equal({ api: 'https://api.polar.sh', portal: 'https://polar.sh' });
    expect(resolveEndpoints('sandbox')).to.deep.equal({
      api: 'https://sandbox-api.polar.sh',
      portal: 'https://sandbox.polar.sh',
    });
    expect(resolveEndpoints('http://[::1]:9000/api/')).to.deep.equal({
      api: 'http://[::1]:9000/api',
      portal: undefined,
    });
    expect(resolveEndpoints('http://127.0.0.1:9000', 'http://localhost:3000/')).to.deep.equal({
      api: 'http://127.0.0.1:9000',
      portal: 'http://localhost:3000',
    });
  });

  it('a URL object as server works like its text', async () => {
    const minted = await mint();
    const el = document.createElement('polar-seat-claim');
    el.server = new URL(API) as unknown as string;
    el.token = minted.token;
    await fixture(html`${el}`);
    await reach(el, 'ready');
    expect(await requestsFor(minted.token)).to.include({ info: 1 });
  });
});

describe('portal-url and timeout changed while in use', () => {
  it('portal-url made unusable after loading is a config error; made usable again, the invitation loads again', async () => {
    const { el, minted } = await mountInvitation();
    await reach(el, 'ready');
    const errored = firstError(el);
    el.portalUrl = 'http://example.com';
    expect((await errored).message).to.contain('portal-url must be');
    expect(el.status).to.equal('error');
    el.portalUrl = PORTAL;
    await reach(el, 'ready');
    expect(await requestsFor(minted.token)).to.include({ info: 2, claim: 0 });
  });

  it('a timeout made usable after a config error loads; another usable one, or none (the default), changes nothing', async () => {
    const { el, minted } = await mountInvitation({}, (el) => (el.timeout = 0));
    await reach(el, 'error');
    el.timeout = 5000;
    await reach(el, 'ready');
    el.setAttribute('timeout', '3000');
    await el.updateComplete;
    el.removeAttribute('timeout');
    await el.updateComplete;
    expect(el.timeout).to.equal(null);
    expect(el.status).to.equal('ready');
    await el.claim();
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });
});

describe('timeouts beyond what browser timers hold', () => {
  // A delay of 2^31 ms or more overflows the browsers' 32-bit timers and fires at once.
  for (const timeout of ['Infinity', String(2 ** 31), '1e12']) {
    it(`timeout ${timeout} waits for the answer instead of giving up at once`, async () => {
      const minted = await mint({ info: { kind: 'slow', delayMs: 100 } });
      const el = await fixture<PolarSeatClaim>(
        html`<polar-seat-claim server=${API} timeout=${timeout} token=${minted.token}></polar-seat-claim>`,
      );
      await reach(el, 'ready');
    });
  }
});

describe('defaults', () => {
  it('the default server is production, and an unknown theme falls back to light', async () => {
    const el = document.createElement('polar-seat-claim');
    expect(el.server).to.equal('production');
    expect(el.timeout).to.equal(20000);
    el.theme = 'neon' as 'dark';
    el.token = 'x';
    await fixture(html`${el}`);
    expect(part(el, 'base')!.classList.contains('light')).to.be.true;
  });
});
