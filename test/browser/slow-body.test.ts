/**
 * A 2xx status line means Polar accepted the claim. When its body then arrives too slowly (or not at all), the
 * seat may be claimed: the person is told so at once, and no second POST is sent. Loading the invitation has no
 * side effects, so a slow info body stays a `timeout` with Retry.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, type SeatClaimErrorDetail } from '../../src/element.js';
import { claimSeat } from '../../src/polar-api.js';
import type { SeatClaimError } from '../../src/errors.js';
import {
  API,
  mint,
  mountInvitation,
  nextEvent,
  part,
  reach,
  recordEvents,
  requestsFor,
  setFaults,
  shownError,
} from './support.js';

/**
 * Small, so that each test ends soon; large next to a local round trip, so that the status line arrives before
 * it, also on a busy machine. The body trickles for minutes: the timeout always ends the wait.
 */
const TIMEOUT = 3000;

describe('a 2xx whose body arrives too slowly', () => {
  it('a claim: "may already be claimed" at once, with the portal link, no Retry and no second POST', async () => {
    const { el, minted } = await mountInvitation({ claim: 'slow-body' });
    await reach(el, 'ready');
    el.timeout = TIMEOUT;
    const events = recordEvents(el);
    const outcome = nextEvent(el);
    part(el, 'claim-button')!.click();
    const event = await outcome;
    expect(event.type).to.equal('seat-claim-error');
    const detail = event.detail as SeatClaimErrorDetail;
    expect(detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(detail.body, 'a 2xx claim body may carry the session token').to.equal(undefined);
    expect(shownError(el).title).to.equal(defaultMessages.problems.maybe_claimed.title);
    expect(part(el, 'retry-button')).to.equal(null);
    expect(part(el, 'portal-link')).not.to.equal(null);

    const again = await el.claim().then(
      () => 'claimed',
      (error: unknown) => (error as SeatClaimError).code,
    );
    expect(again).to.equal('bad_response');
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
    expect(events.map((e) => e.type)).to.deep.equal(['seat-claim-error']);
  });

  it('a claim cut off after its 2xx status line: the same, at once, and no second POST', async () => {
    const { el, minted } = await mountInvitation({ claim: 'reset-after' });
    await reach(el, 'ready');
    const outcome = nextEvent(el);
    part(el, 'claim-button')!.click();
    const event = await outcome;
    expect(event.detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(shownError(el).title).to.equal(defaultMessages.problems.maybe_claimed.title);
    expect(part(el, 'retry-button')).to.equal(null);
    expect(part(el, 'portal-link')).not.to.equal(null);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it('the client: a claim whose 2xx body times out is a bad_response with that status', async () => {
    const minted = await mint({ claim: 'slow-body' });
    const error = await claimSeat(API, minted.token, { timeout: TIMEOUT }).then(
      () => expect.fail('expected a rejection'),
      (e: unknown) => e as SeatClaimError,
    );
    expect(error).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(error.message).to.contain(`${TIMEOUT} ms`);
  });

  it('loading: a timeout with Retry, which loads once the answer comes in time', async () => {
    const { el, minted } = await mountInvitation({ info: 'slow-body' }, (el) => {
      el.timeout = TIMEOUT;
    });
    const event = await nextEvent(el);
    expect(event.type).to.equal('seat-claim-error');
    expect(event.detail).to.include({ code: 'timeout', status: 200, retryable: true });
    await setFaults(minted.token, { info: null });
    const retried = nextEvent(el, 'seat-claim-info');
    part(el, 'retry-button')!.click();
    await retried;
    expect(el.status).to.equal('ready');
    expect(await requestsFor(minted.token)).to.include({ info: 2, claim: 0 });
  });
});
