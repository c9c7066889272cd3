/**
 * A claim's 2xx answer is a claimed seat, or it is not the answer Polar promises: a seat whose status is not
 * `claimed` (the fake answers `pending`) is a `bad_response`, never shown as a success, and its session token is
 * not handed on.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, type SeatClaimErrorDetail } from '../../src/element.js';
import { API, mountInvitation, nextEvent, part, reach, recordEvents } from './support.js';

describe('a claim answered 2xx with a seat that is not claimed', () => {
  it('is a bad_response: "may already be claimed", no seat-claimed event, no session token, a portal sign-in and no Retry', async () => {
    const { el, minted } = await mountInvitation({ claim: 'seat-not-claimed' });
    await reach(el, 'ready');
    const events = recordEvents(el);
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
    expect(el.shadowRoot!.innerHTML).not.to.match(/polar_[mc]st_/);
    // Polar may have recorded the claim: no second POST is offered, and the person can sign in to the portal.
    expect(part(el, 'retry-button')).to.equal(null);
    const link = part(el, 'portal-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`${API}/__polar-mock/portal/${minted.organizationSlug}/portal`);
    expect(link.textContent.trim()).to.equal(defaultMessages.signIn);
    expect(events.map((e) => e.type)).to.deep.equal(['seat-claim-error']);
  });
});
