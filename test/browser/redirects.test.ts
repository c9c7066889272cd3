/**
 * Polar never redirects the claim paths. A redirect (from a proxy in front of it, or a hijacked API base) would
 * send the invitation token to another origin and show that origin's answer as Polar's, while the `server` check
 * covered only the first hop: the widget never follows one, and reports it as `bad_response`.
 */
import { expect } from '@open-wc/testing';
import type { SeatClaimErrorDetail } from '../../src/element.js';
import { claimSeat, getClaimInfo } from '../../src/polar-api.js';
import { SeatClaimError } from '../../src/errors.js';
import { API, mint, mountInvitation, nextEvent, part, reach, requestsFor } from './support.js';

/** Where the fake's `redirect` fault sends the request: the same fake on another origin. */
const ELSEWHERE = new URL(API);
ELSEWHERE.hostname = 'localhost';

/** The hosts the fake API saw the token's requests arrive at. */
async function hostsReached(token: string): Promise<string[]> {
  return (await requestsFor(token)).requests.map((request) => String(request.headers.host));
}

async function rejection(promise: Promise<unknown>): Promise<SeatClaimError> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as SeatClaimError,
  );
}

describe('redirects from the API are never followed', () => {
  it('a 302 on the info request is a bad_response, and the other origin never sees the token', async () => {
    const { el, minted } = await mountInvitation({ info: { kind: 'redirect', times: 1 } });
    const event = await nextEvent(el);
    expect(event.type).to.equal('seat-claim-error');
    expect(event.detail).to.include({ code: 'bad_response', retryable: false });
    expect(el.status).to.equal('error');
    expect(part(el, 'claim-button'), "no other origin's invitation is offered").to.equal(null);
    expect(await hostsReached(minted.token)).to.deep.equal([new URL(API).host]);
  });

  it('a 307 on the claim is a bad_response: nothing is claimed there and no session token is shown', async () => {
    const { el, minted } = await mountInvitation({ claim: { kind: 'redirect', times: 1 } });
    await reach(el, 'ready');
    const outcome = nextEvent(el);
    part(el, 'claim-button')!.click();
    const event = await outcome;
    expect(event.type).to.equal('seat-claim-error');
    const detail = event.detail as SeatClaimErrorDetail;
    expect(detail).to.include({ code: 'bad_response', retryable: false });
    expect(detail.message).not.to.contain(minted.token);
    expect(el.status).to.equal('error');
    expect(await hostsReached(minted.token)).to.deep.equal([new URL(API).host, new URL(API).host]);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
    // The seat is still pending: the other origin was never asked to claim it.
    expect((await fetch(`${API}/v1/customer-seats/claim/${minted.token}`)).status).to.equal(200);
  });

  it('the client: both operations reject with bad_response on a redirect (302 and 307)', async () => {
    const minted = await mint({ info: { kind: 'redirect', times: 1 }, claim: { kind: 'redirect', times: 1 } });
    const info = await rejection(getClaimInfo(API, minted.token));
    expect(info).to.be.instanceOf(SeatClaimError);
    expect(info).to.include({ code: 'bad_response', retryable: false });
    const claim = await rejection(claimSeat(API, minted.token));
    expect(claim).to.include({ code: 'bad_response', retryable: false });
    expect(await hostsReached(minted.token)).not.to.include(ELSEWHERE.host);
  });
});
