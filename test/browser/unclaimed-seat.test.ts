/**
 * A claim's 2xx answer is a claimed seat, or it is not the answer Polar promises: a seat that still says
 * `pending` (or `revoked`) is a `bad_response`, never shown as a success, and its session token is not handed on.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, type SeatClaimErrorDetail } from '../../src/element.js';
import { isSeatClaimResponse } from '../../src/polar-api.js';
import { API, mint, mountInvitation, nextEvent, part, reach } from './support.js';

describe('a claim answered 2xx with a seat that is not claimed', () => {
  it('is a bad_response: "may already be claimed", no seat-claimed event, no session token', async () => {
    const { el } = await mountInvitation({ claim: 'seat-not-claimed' });
    await reach(el, 'ready');
    const outcome = nextEvent(el);
    part(el, 'claim-button')!.click();
    const event = await outcome;
    expect(event.type).to.equal('seat-claim-error');
    const detail = event.detail as SeatClaimErrorDetail;
    expect(detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(detail.body).to.equal(undefined);
    expect(el.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part=error] h2')!.textContent).to.equal(
      defaultMessages.problems.maybe_claimed.title,
    );
  });

  it('isSeatClaimResponse accepts only a claimed seat', async () => {
    const minted = await mint();
    const answer = (await (
      await fetch(`${API}/v1/customer-seats/claim`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invitation_token: minted.token }),
      })
    ).json()) as { seat: Record<string, unknown> };
    expect(isSeatClaimResponse(answer)).to.equal(true);
    for (const status of ['pending', 'revoked', 'CLAIMED', undefined]) {
      expect(isSeatClaimResponse({ ...answer, seat: { ...answer.seat, status } }), String(status)).to.equal(false);
    }
  });
});
