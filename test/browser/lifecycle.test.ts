import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { API, mint, mountInvitation, part, reach, recordEvents, requestsFor, text } from './support.js';

/** Resolves when the fake API has received `count` requests of `kind` for the token (it records on arrival). */
async function arrived(token: string, kind: 'info' | 'claim', count = 1): Promise<void> {
  while ((await requestsFor(token))[kind] < count) {
    await nextFrame();
  }
}

describe('lifecycle', () => {
  it('a token changed while loading drops the old invitation: its late answer is never shown', async () => {
    const slow = await mint({ productName: 'Old product', info: { kind: 'slow', delayMs: 400 } });
    const fresh = await mint({ productName: 'New product' });
    const el = await fixture<PolarSeatClaim>(html`<polar-seat-claim server=${API} token=${slow.token}></polar-seat-claim>`);
    const events = recordEvents(el);
    await arrived(slow.token, 'info');
    el.token = fresh.token;
    await reach(el, 'ready');
    expect(text(el)).to.contain('New product');
    // The old request was aborted by the page: when its answer time passes, nothing changes.
    await el.claim();
    expect(events.filter((e) => e.type === 'seat-claim-info').map((e) => (e.detail as { product_name: string }).product_name)).to.deep.equal(['New product']);
    expect(await requestsFor(slow.token)).to.include({ info: 1, claim: 0 });
    expect(await requestsFor(fresh.token)).to.include({ info: 1, claim: 1 });
  });

  it('a token changed while claiming aborts the claim and loads the new invitation', async () => {
    const { el, minted } = await mountInvitation({ claim: 'hang' });
    await reach(el, 'ready');
    const events = recordEvents(el);
    const pending = el.claim();
    await arrived(minted.token, 'claim');
    const next = await mint({ productName: 'Second product' });
    el.token = next.token;
    const outcome = await pending.then(
      () => 'claimed',
      (e: unknown) => (e as Error).name,
    );
    expect(outcome).to.equal('AbortError');
    await reach(el, 'ready');
    expect(text(el)).to.contain('Second product');
    expect(events.map((e) => e.type)).to.deep.equal(['seat-claim-info']);
  });

  it('a server changed while loading starts again on the new server', async () => {
    const minted = await mint({ info: 'hang' });
    const el = await fixture<PolarSeatClaim>(html`<polar-seat-claim server=${API} token=${minted.token}></polar-seat-claim>`);
    await arrived(minted.token, 'info');
    el.server = 'ftp://example.com';
    const error = await new Promise<{ code: string }>((resolve) => el.addEventListener('seat-claim-error', (e) => resolve(e.detail)));
    expect(error.code).to.equal('config');
    expect(el.status).to.equal('error');
  });

  it('removal while loading aborts the request; re-attaching loads again', async () => {
    const { el, minted } = await mountInvitation({ info: { kind: 'hang', times: 1 } });
    const parent = el.parentElement!;
    await arrived(minted.token, 'info');
    el.remove();
    while (el.status !== 'idle') await nextFrame();
    parent.append(el);
    await reach(el, 'ready');
    expect(await requestsFor(minted.token)).to.include({ info: 2 });
  });

  it('a move within the page (remove and re-insert at once) costs no second request', async () => {
    const { el, minted } = await mountInvitation({ info: { kind: 'slow', delayMs: 200 } });
    const parent = el.parentElement!;
    await arrived(minted.token, 'info');
    for (let i = 0; i < 50; i++) {
      el.remove();
      parent.append(el);
    }
    await reach(el, 'ready');
    expect(await requestsFor(minted.token)).to.include({ info: 1 });
  });

  it('a claim in flight finishes after removal, and is announced', async () => {
    const { el, minted } = await mountInvitation({ claim: { kind: 'slow', delayMs: 200 } });
    await reach(el, 'ready');
    part(el, 'claim-button')!.click();
    await arrived(minted.token, 'claim');
    const claimed = new Promise((resolve) => el.addEventListener('seat-claimed', resolve));
    el.remove();
    await claimed;
    expect(el.status).to.equal('claimed');
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it('a property set before upgrade is picked up', async () => {
    const minted = await mint();
    // Not upgraded yet: a plain element with own properties, as a framework would create it.
    const el = document.createElement('polar-seat-claim-late') as unknown as PolarSeatClaim;
    Object.assign(el, { token: minted.token, server: API });
    document.body.append(el);
    const { PolarSeatClaim: Class } = await import('../../src/element.js');
    customElements.define('polar-seat-claim-late', class extends Class {});
    try {
      await reach(el, 'ready');
      expect(await requestsFor(minted.token)).to.include({ info: 1 });
    } finally {
      el.remove();
    }
  });
});
