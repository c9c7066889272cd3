/**
 * The invitee's journey with Polar's claim stream (issue #12 §2), in the element, against the fake Polar API over
 * real HTTP: the stream is opened only once the person confirmed and before the claim, the card waits for the
 * seat's benefits before it moves on, and no failure of the stream ever fails the claim. The fake's stream controls
 * (`holdGrants`, `grant`) decide what arrives when; a quiet period or timeout that must not end a wait is longer than
 * mocha's timeout, so reaching it fails the test.
 */
import { expect } from '@open-wc/testing';
import type { PortalVisit } from '../../mock/portal.mjs';
import { defaultMessages, type SeatAccessReadyDetail, type SeatClaimedDetail } from '../../src/element.js';
import { format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import {
  API,
  PORTAL,
  arrived,
  clickClaim,
  message,
  mint,
  mountInvitation,
  nextEvent,
  part,
  portalVisits,
  reach,
  recordEvents,
  requestOrder,
  streamControl,
  waitForStatus,
  untilRendered,
} from './support.js';

/** Longer than any test may run: a wait that ends only at this timeout fails the test. */
const NEVER = 60_000;

const INFO = 'GET /v1/customer-seats/claim/{token}';
const STREAM = 'GET /v1/customer-seats/claim/{token}/stream';
const CLAIM = 'POST /v1/customer-seats/claim';

const accessOf = (events: CustomEvent[]) =>
  events.find((event) => event.type === 'seat-access-ready')?.detail as SeatAccessReadyDetail | undefined;

describe('journey: the claim stream', () => {
  it('opens the stream only after the person confirmed, and before the claim', async () => {
    const { el, minted } = await mountInvitation({ benefits: [] }, (el) => {
      el.grantTimeout = NEVER;
    });
    await reach(el, 'ready');
    expect(await requestOrder(minted.token), 'nothing but the details before the click').to.deep.equal([INFO]);
    part(el, 'claim-button')!.click();
    await arrived(minted.token, 'claim');
    expect(await requestOrder(minted.token)).to.deep.equal([INFO, STREAM, CLAIM]);
  });

  it('shows the benefits counting while it waits for them', async () => {
    const { el, minted } = await mountInvitation({ benefits: ['license_keys', 'discord'], holdGrants: true }, (el) => {
      el.grantTimeout = NEVER;
    });
    const events = recordEvents(el);
    await reach(el, 'ready');
    part(el, 'claim-button')!.click();
    await waitForStatus(el, 'granting');
    expect(part(el, 'benefits')!.textContent.trim(), 'no benefit granted yet').to.equal('');
    expect(events.map((event) => event.type)).to.deep.equal(['seat-claim-info', 'seat-claimed']);
    await streamControl(minted.token, { action: 'grant' });
    await untilRendered(el, () => part(el, 'benefits')?.textContent.trim() === '2 benefits ready');
    expect(el.status).to.equal('granting');
    await reach(el, 'claimed');
    expect(accessOf(events)?.benefits.map((benefit) => benefit.type)).to.deep.equal(['license_keys', 'discord']);
    expect(accessOf(events)?.complete).to.equal(true);
  });

  it('redirects only once the benefits are granted, and says which in seat-access-ready', async () => {
    const organizationSlug = `stream-${Math.random().toString(36).slice(2)}`;
    const minted = await mint({ organizationSlug, benefits: ['license_keys', 'discord'], grantDelayMs: 0 });
    const claimed = message('claimed');
    const access = message('access');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html>
      <script>
        const post = (type, value) => parent.postMessage({ type, value }, '*');
        document.addEventListener('seat-claimed', (e) => post('claimed', e.detail.seat.id));
        document.addEventListener('seat-access-ready', (e) =>
          post('access', { benefits: e.detail.benefits.map((b) => b.type), complete: e.detail.complete }));
      </script>
      <script type="module" src="${location.origin}/src/index.ts"></script>
      <polar-seat-claim server="${API}" portal-url="${PORTAL}" token="${minted.token}" grant-timeout="${NEVER}"
        auto-claim redirect></polar-seat-claim>`;
    document.body.append(frame);
    try {
      await claimed;
      expect(await access).to.deep.equal({ benefits: ['license_keys', 'discord'], complete: true });
      let visits: PortalVisit[] = [];
      while (!visits.length) visits = (await portalVisits()).filter((visit) => visit.slug === organizationSlug);
      expect(visits).to.have.length(1);
      expect(visits[0]!.token, 'signed in with the session of the claim').to.be.a('string');
    } finally {
      frame.remove();
    }
  });

  it("ignores another product's claim on the same billing customer's stream", async () => {
    // Every claim is cut before it is made (a browser may resend a POST cut on a reused connection): only the stream
    // could say the seat was claimed, and it carries only another product's claim.
    const { el, minted } = await mountInvitation(
      { billingCustomer: `cus_${Math.random()}`, claim: 'reset-before' },
      (el) => {
        el.grantTimeout = NEVER;
      },
    );
    const events = recordEvents(el);
    await reach(el, 'ready');
    part(el, 'claim-button')!.click();
    await arrived(minted.token, 'claim');
    await streamControl(minted.token, {
      action: 'publish',
      key: 'customer_seat.claimed',
      payload: { seat_id: 'other-seat', subscription_id: 'other-sub', order_id: null, product_id: 'another-product' },
    });
    await reach(el, 'error');
    expect(events.map((event) => event.type)).to.deep.equal(['seat-claim-info', 'seat-claim-error']);
    expect(events[1]!.detail).to.include({ code: 'network' });
  });

  it('a claim whose answer was lost is confirmed by the stream: claimed, with no session token', async () => {
    const { el, minted } = await mountInvitation({ scenario: 'lost-answer-stream' }, (el) => {
      el.grantTimeout = NEVER;
    });
    const events = recordEvents(el);
    const outcome = await clickClaim(el);
    expect(outcome.type).to.equal('seat-claimed');
    const detail = outcome.detail as SeatClaimedDetail;
    expect(detail.customerSessionToken).to.equal(null);
    expect(detail.seat.id).to.be.a('string');
    await reach(el, 'claimed');
    expect(part(el, 'heading')!.textContent).to.equal(
      format(defaultMessages.claimedHeading, { organization_name: minted.organizationName } as SeatClaimInfo),
    );
    expect(part(el, 'portal-link')?.textContent.trim(), 'the portal asks the person to sign in').to.equal(
      defaultMessages.signIn,
    );
    expect(accessOf(events)?.customerSessionToken).to.equal(null);
    expect(events.some((event) => event.type === 'seat-claim-error')).to.equal(false);
  });

  for (const scenario of ['stream-not-found', 'stream-rate-limited', 'stream-server-error', 'stream-cut']) {
    it(`the claim succeeds at once when the stream fails (${scenario}): access ready, not complete`, async () => {
      const { el } = await mountInvitation({ scenario }, (el) => {
        el.grantTimeout = NEVER;
      });
      const events = recordEvents(el);
      const outcome = await clickClaim(el);
      expect(outcome.type).to.equal('seat-claimed');
      expect((outcome.detail as SeatClaimedDetail).customerSessionToken).to.be.a('string');
      await reach(el, 'claimed');
      expect(accessOf(events)?.complete).to.equal(false);
      expect(events.map((event) => event.type)).to.deep.equal(['seat-claim-info', 'seat-claimed', 'seat-access-ready']);
    });
  }

  it('stops waiting for the benefits after grant-timeout', async () => {
    const { el } = await mountInvitation({ benefits: ['discord'], holdGrants: true }, (el) => {
      el.grantTimeout = 300;
    });
    await clickClaim(el);
    const access = nextEvent(el, 'seat-access-ready');
    expect(((await access).detail as SeatAccessReadyDetail).complete).to.equal(false);
    expect(el.status).to.equal('claimed');
  });

  it('with grant-timeout="0" opens no stream and goes from claiming to claimed', async () => {
    const { el, minted } = await mountInvitation({ benefits: ['discord'] }, (el) => {
      el.grantTimeout = 0;
    });
    const seen: string[] = [];
    await reach(el, 'ready');
    const observer = new MutationObserver(() => seen.push(el.status));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const events = recordEvents(el);
    part(el, 'claim-button')!.click();
    await reach(el, 'claimed');
    observer.disconnect();
    expect(seen).to.not.include('granting');
    expect(accessOf(events)).to.deep.include({ benefits: [], complete: false });
    expect(await requestOrder(minted.token)).to.deep.equal([INFO, CLAIM]);
  });
});
