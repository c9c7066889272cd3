import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim, SeatClaimedDetail } from '../../src/element.js';
import { defaultMessages, format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import {
  API,
  mint,
  mountInvitation,
  nextEvent,
  part,
  reach,
  recordEvents,
  requestsFor,
  text,
  waitsForToken,
  withPageQuery,
} from './support.js';

describe('claim flow', () => {
  it('loads the invitation, shows it, and claims the seat on click', async () => {
    const { el, minted } = await mountInvitation({ productName: 'Acme Analytics', organizationName: 'Acme Inc' });
    const events = recordEvents(el);
    expect(el.status).to.equal('loading');
    expect(el.matches(':state(loading)')).to.be.true;
    expect(part(el, 'spinner')).to.exist;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(defaultMessages.loading);

    await reach(el, 'ready');
    expect(el.matches(':state(ready)')).to.be.true;
    // Each inserted value is isolated (FSI … PDI), so its text direction cannot reorder the sentence.
    const info = { product_name: 'Acme Analytics', organization_name: 'Acme Inc' } as SeatClaimInfo;
    expect(part(el, 'heading')!.textContent).to.equal(format(defaultMessages.heading, info));
    expect(part(el, 'message')!.textContent).to.equal(format(defaultMessages.invitation, info));
    expect(part(el, 'email')!.textContent).to.contain(minted.customerEmail);
    expect(events.map((e) => e.type)).to.deep.equal(['seat-claim-info']);
    expect(events[0]!.detail).to.include({
      product_name: 'Acme Analytics',
      organization_name: 'Acme Inc',
      can_claim: true,
    });
    expect((await requestsFor(minted.token)).claim, 'no claim before the click').to.equal(0);

    part(el, 'claim-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('claiming');
    expect(el.matches(':state(claiming)')).to.be.true;
    expect(part(el, 'claim-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'claim-button')!.textContent).to.contain(defaultMessages.claiming);

    await reach(el, 'claimed');
    expect(el.matches(':state(claimed)')).to.be.true;
    expect(part(el, 'heading')!.textContent).to.equal(format(defaultMessages.claimedHeading, info));
    expect(text(el)).to.contain(format(defaultMessages.claimed, info));
    const claimed = events[1]!;
    expect(claimed.type).to.equal('seat-claimed');
    expect(claimed.bubbles && claimed.composed && claimed.cancelable).to.be.true;
    const detail = claimed.detail as SeatClaimedDetail;
    expect(detail.seat.status).to.equal('claimed');
    expect(detail.customerSessionToken).to.match(/^polar_mst_/);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it('passes the seat on exactly as the API returned it, for a holder without an email (customer session) too', async () => {
    const { el, minted } = await mountInvitation({ scenario: 'holder-without-email' });
    await reach(el, 'ready');
    const claimed = nextEvent(el, 'seat-claimed');
    part(el, 'claim-button')!.click();
    const detail = (await claimed).detail as SeatClaimedDetail;
    const [, post] = (await requestsFor(minted.token)).requests;
    expect(post!.method).to.equal('POST');
    expect(detail.customerSessionToken).to.match(/^polar_cst_/);
    expect(detail.seat.member).to.equal(null);
    expect(Object.keys(detail.seat)).to.include.members([
      'created_at',
      'modified_at',
      'id',
      'subscription_id',
      'order_id',
      'status',
      'customer_id',
      'member_id',
      'member',
      'email',
      'customer_email',
      'invitation_token_expires_at',
      'claimed_at',
      'revoked_at',
      'seat_metadata',
    ]);
  });

  it('auto-claim claims once the details have loaded, without a click', async () => {
    const { el, minted } = await mountInvitation({}, (el) => (el.autoClaim = true));
    const events = recordEvents(el);
    await reach(el, 'claimed');
    expect(events.map((e) => e.type)).to.deep.equal(['seat-claim-info', 'seat-claimed', 'seat-access-ready']);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it('reads auto-claim from the attribute', async () => {
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(
      html`<polar-seat-claim auto-claim server=${API} token=${minted.token}></polar-seat-claim>`,
    );
    await reach(el, 'claimed');
    expect(await requestsFor(minted.token)).to.include({ claim: 1 });
  });

  it('claim() resolves with the claimed seat, and calls during a claim share one request', async () => {
    const { el, minted } = await mountInvitation({ claim: { kind: 'slow', delayMs: 100 } });
    const [first, second] = await Promise.all([el.claim(), el.claim()]);
    expect(first.customerSessionToken).to.equal(second.customerSessionToken);
    expect(first.seat.status).to.equal('claimed');
    expect(el.status).to.equal('claimed');
    expect((await el.claim()).seat.id, 'claim() after a claim gives the same seat').to.equal(first.seat.id);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it('claim() rejects with the error shown when the claim fails', async () => {
    const { el } = await mountInvitation({ status: 'revoked' });
    const error = await el.claim().then(
      () => undefined,
      (e: unknown) => e as { code: string },
    );
    expect(error?.code).to.equal('invalid_token');
    expect(el.status).to.equal('error');
  });

  it('shows the portal link after a claim when the portal base is known, without the session in it, and none without the base', async () => {
    const { el, minted } = await mountInvitation({ organizationSlug: 'acme' });
    const detail = await el.claim();
    await el.updateComplete;
    const link = part(el, 'portal-link') as HTMLAnchorElement;
    // The session token is added only as the link is followed (session-token.test.ts follows it).
    expect(link.href).to.equal(`${API}/__polar-mock/portal/acme/portal`);
    expect(link.outerHTML).to.not.contain(detail.customerSessionToken!);
    expect([link.rel, link.referrerPolicy]).to.deep.equal(['noreferrer', 'no-referrer']);

    const other = await mountInvitation({}, (el) => (el.portalUrl = undefined));
    await other.el.claim();
    expect(part(other.el, 'portal-link')).to.equal(null);
    expect(minted.organizationSlug).to.equal('acme');
  });

  it('reads the token from the page URL only when token-param names it', async () => {
    const minted = await mint();
    await withPageQuery(`?invite=${minted.token}&token=${minted.token}`, async () => {
      // Without token-param the URL is not read: no token, so the paste form and no request.
      await waitsForToken(html`<polar-seat-claim server=${API}></polar-seat-claim>`);
      const on = await fixture<PolarSeatClaim>(
        html`<polar-seat-claim server=${API} token-param="invite"></polar-seat-claim>`,
      );
      await reach(on, 'ready');
      expect(await requestsFor(minted.token)).to.include({ info: 1 });
    });
  });

  it('reads the page URL when token-param is set: clearing the address bar in the same task keeps the invitation', async () => {
    const minted = await mint();
    await withPageQuery(`?seat_token=${minted.token}`, async (clear) => {
      const el = document.createElement('polar-seat-claim');
      el.server = API;
      el.tokenParam = 'seat_token';
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      holder.append(el);
      clear();
      await reach(el, 'ready');
    });
  });

  it('reads the page URL once: a host that clears the token from the address bar keeps the invitation', async () => {
    const minted = await mint();
    await withPageQuery(`?invite=${minted.token}`, async (clear) => {
      const el = await fixture<PolarSeatClaim>(
        html`<polar-seat-claim server=${API} token-param="invite"></polar-seat-claim>`,
      );
      await reach(el, 'ready');
      clear();
      // A framework re-applying the same attribute must not make it read the cleared address bar.
      el.setAttribute('token-param', 'invite');
      part(el, 'claim-button')!.click();
      await reach(el, 'claimed');
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.status).to.equal('claimed');
      expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
    });
  });
});
