/**
 * Offline (issue #18): a page opened without a network says so and sends nothing, then loads by itself once the
 * browser is back online. The browser's own word is `navigator.onLine` and the window's `online` event; each test
 * overrides the first (in every engine) and dispatches the second, as the browser would.
 */
import { expect } from '@open-wc/testing';
import type { SeatClaimErrorDetail } from '../../src/element.js';
import { clickClaim, mountInvitation, part, reach, requestsFor, waitForStatus } from './support.js';

function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { get: () => false, configurable: true });
}

/** Back to the browser's own `navigator.onLine`, announced as the browser does. */
function comeBackOnline(): void {
  delete (navigator as { onLine?: boolean }).onLine;
  dispatchEvent(new Event('online'));
}

describe('offline', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('offline at load: an offline error with Retry, no request, and a load by itself once online', async () => {
    goOffline();
    const { el, minted } = await mountInvitation();
    await waitForStatus(el, 'error');
    await el.updateComplete;
    expect(part(el, 'error')).to.not.equal(null);
    expect(part(el, 'retry-button'), 'retryable').to.not.equal(null);
    expect((await requestsFor(minted.token)).info, 'nothing sent while offline').to.equal(0);

    comeBackOnline();
    await reach(el, 'ready');
    const log = await requestsFor(minted.token);
    expect([log.info, log.claim]).to.deep.equal([1, 0]);
  });

  it('reports the offline code, retryable', async () => {
    goOffline();
    let detail: SeatClaimErrorDetail | undefined;
    await mountInvitation({}, (el) => {
      el.addEventListener(
        'seat-claim-error',
        (event) => (detail = (event as CustomEvent<SeatClaimErrorDetail>).detail),
        { once: true },
      );
    }).then(({ el }) => waitForStatus(el, 'error'));
    expect(detail).to.include({ code: 'offline', retryable: true });
  });

  it('a load that fails while online is a network error with Retry, and `online` does not reload it', async () => {
    const { el, minted } = await mountInvitation({ info: 'server-error' });
    await waitForStatus(el, 'error');
    await el.updateComplete;
    expect(part(el, 'retry-button')).to.not.equal(null);
    dispatchEvent(new Event('online'));
    // A reload would have entered `loading` within the dispatch.
    expect(el.status).to.equal('error');
    expect((await requestsFor(minted.token)).info).to.equal(1);
  });

  it('a failed claim is never sent again by itself when the browser comes back online', async () => {
    const { el, minted } = await mountInvitation({ claim: 'server-error' });
    const outcome = await clickClaim(el);
    expect(outcome.type).to.equal('seat-claim-error');
    goOffline();
    comeBackOnline();
    expect(el.status, 'no new attempt within the dispatch').to.equal('error');
    const log = await requestsFor(minted.token);
    expect([log.info, log.claim]).to.deep.equal([1, 1]);
  });
});
