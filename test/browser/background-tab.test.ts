/**
 * A tab in the background, frozen, or woken from sleep may run a timer before its time has passed. The request's
 * timeout is decided by the time actually spent: such a timer does not turn an answer on its way into `timeout`.
 */
import { expect } from '@open-wc/testing';
import { getClaimInfo } from '../../src/polar-api.js';
import { API, mint } from './support.js';

describe('a timeout timer that runs early', () => {
  it('does not end a request whose answer is on its way: the time actually spent decides', async () => {
    // The answer takes at least 300 ms; the request's first timer is made to run at once, as a woken tab may.
    const minted = await mint({ info: { kind: 'slow', delayMs: 300 } });
    const realSetTimeout = window.setTimeout.bind(window);
    let calls = 0;
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) =>
      realSetTimeout(handler, calls++ === 0 ? 0 : delay, ...args)) as typeof window.setTimeout;
    try {
      const info = await getClaimInfo(API, minted.token, { timeout: 20_000 });
      expect(info.product_name).to.equal(minted.productName);
      expect(calls, 'the early timer was armed again for the time left').to.be.at.least(2);
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });
});
