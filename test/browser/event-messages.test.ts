/**
 * Hosts log `seat-claim-error` events. Whatever the server (or a proxy in front of it) sends, no token reaches
 * an event's `message`: messages are the widget's own words, never server text. The `body` is handed on with
 * the invitation token and anything shaped like a session token taken out.
 */
import { expect } from '@open-wc/testing';
import type { SeatClaimErrorDetail } from '../../src/element.js';
import { mountInvitation, nextEvent, part, reach } from './support.js';

describe('event messages carry no token', () => {
  it('loading: a 404 whose detail echoes the invitation token', async () => {
    const { el, minted } = await mountInvitation({ info: 'echo-token' });
    const event = await nextEvent(el);
    expect(event.type).to.equal('seat-claim-error');
    const detail = event.detail as SeatClaimErrorDetail;
    expect(detail).to.include({ code: 'invalid_token', status: 404 });
    expect(detail.message).to.equal('Polar answered 404');
    expect(JSON.stringify(detail.body)).to.contain('Invitation').and.not.contain(minted.token);
  });

  it('claiming: a 404 whose detail echoes the invitation token', async () => {
    const { el, minted } = await mountInvitation({ claim: 'echo-token' });
    await reach(el, 'ready');
    const outcome = nextEvent(el);
    part(el, 'claim-button')!.click();
    const detail = (await outcome).detail as SeatClaimErrorDetail;
    expect(detail).to.include({ code: 'invalid_token', status: 404 });
    expect(detail.message).not.to.contain(minted.token);
    expect(JSON.stringify(detail.body)).not.to.contain(minted.token);
  });

  it("Polar's own detail stays in the body, not in the message", async () => {
    const { el } = await mountInvitation({ seatBasedPricing: false });
    const detail = (await nextEvent(el, 'seat-claim-error')).detail as SeatClaimErrorDetail;
    expect(detail.message).to.equal('Polar answered 403');
    expect(detail.body).to.deep.equal({
      error: 'FeatureNotEnabled',
      detail: 'Seat-based pricing is not enabled for this organization',
    });
  });
});
