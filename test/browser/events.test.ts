/** The element's events are classes: each sets its own name and options, and one list names them all. */
import { expect } from '@open-wc/testing';
import {
  SeatAccessReadyEvent,
  SeatClaimErrorEvent,
  SeatClaimInfoEvent,
  SeatClaimedEvent,
  seatClaimEvents,
} from '../../src/element.js';
import { clickClaim, mountInvitation, nextEvent, refused } from './support.js';
import { html } from 'lit';

/** What a listener on the document can tell about an event. */
function options(event: Event) {
  return { bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable };
}

describe('events as classes', () => {
  it('seat-claim-info is a SeatClaimInfoEvent that bubbles out of shadow roots and cannot be cancelled', async () => {
    const { el } = await mountInvitation();
    const event = await nextEvent(el, 'seat-claim-info');
    expect(event).to.be.instanceOf(SeatClaimInfoEvent).and.instanceOf(CustomEvent);
    expect(options(event)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
  });

  it('seat-claimed is a SeatClaimedEvent that bubbles out of shadow roots and can be cancelled', async () => {
    const { el } = await mountInvitation();
    const event = await clickClaim(el);
    expect(event).to.be.instanceOf(SeatClaimedEvent).and.instanceOf(CustomEvent);
    expect(options(event)).to.deep.equal({ bubbles: true, composed: true, cancelable: true });
  });

  it('seat-claim-error is a SeatClaimErrorEvent that bubbles out of shadow roots and cannot be cancelled', async () => {
    const errored = new Promise<Event>((resolve) =>
      document.addEventListener('seat-claim-error', resolve, { once: true }),
    );
    // A config error: without a token the element waits for a pasted link, and sends no error.
    await refused(html`<polar-seat-claim server="ftp://nowhere" token=${'a'.repeat(43)}></polar-seat-claim>`);
    const event = await errored;
    expect(event).to.be.instanceOf(SeatClaimErrorEvent).and.instanceOf(CustomEvent);
    expect(options(event)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
  });

  it('seat-access-ready is a SeatAccessReadyEvent that bubbles out of shadow roots and cannot be cancelled', async () => {
    const { el } = await mountInvitation();
    const ready = new Promise<Event>((resolve) => el.addEventListener('seat-access-ready', resolve, { once: true }));
    await clickClaim(el);
    const event = await ready;
    expect(event).to.be.instanceOf(SeatAccessReadyEvent).and.instanceOf(CustomEvent);
    expect(options(event)).to.deep.equal({ bubbles: true, composed: true, cancelable: false });
  });

  it('each class names its own event, and the one list of names holds exactly the classes’ names', () => {
    const seat = {} as SeatClaimedEvent['detail']['seat'];
    const names = [
      new SeatClaimInfoEvent({} as SeatClaimInfoEvent['detail']).type,
      new SeatClaimedEvent({ seat, customerSessionToken: null }).type,
      new SeatClaimErrorEvent({ code: 'network', status: 0, message: '', retryable: true, body: undefined }).type,
      new SeatAccessReadyEvent({ seat, customerSessionToken: null, benefits: [], complete: false }).type,
    ];
    expect(Object.values(seatClaimEvents).sort()).to.deep.equal(names.sort());
  });
});
