/**
 * Browsers a few versions old lack some of the AbortSignal API (`throwIfAborted` and `reason` came in Chrome
 * 98–100 and Safari 15.4, `AbortSignal.timeout` in Safari 16, `AbortSignal.any` in Chrome 116 and Safari 17.4).
 * The widget's requests work without each: loading, claiming, timing out and being aborted. Each test deletes
 * the API in a page of its own before the widget loads there.
 */
import { expect } from '@open-wc/testing';
import { API, mint } from './support.js';
import { runWithout } from './page-without.js';

const ABORT_SIGNAL_APIS = [
  'AbortSignal.prototype.throwIfAborted',
  'AbortSignal.prototype.reason',
  'AbortSignal.timeout',
  'AbortSignal.any',
] as const;

describe('old browsers: without parts of AbortSignal', () => {
  for (const missing of ABORT_SIGNAL_APIS) {
    describe(`without ${missing}`, () => {
      it('loads the invitation and claims the seat', async () => {
        const minted = await mint();
        const report = await runWithout(
          [missing],
          { markup: `<polar-seat-claim server="${API}" token="${minted.token}" auto-claim></polar-seat-claim>` },
          2,
        );
        expect(report.errors).to.deep.equal([]);
        expect(report.events.map((event) => event.type)).to.deep.equal(['seat-claim-info', 'seat-claimed']);
      });

      it('gives up a request after the timeout', async () => {
        const minted = await mint({ info: 'hang' });
        const report = await runWithout(
          [missing],
          { markup: `<polar-seat-claim server="${API}" token="${minted.token}" timeout="200"></polar-seat-claim>` },
          1,
        );
        expect(report.errors).to.deep.equal([]);
        expect(report.events).to.deep.equal([{ type: 'seat-claim-error', code: 'timeout', status: 0 }]);
      });

      it('an abort by the caller still rejects as an abort, before and after the request left', async () => {
        const minted = await mint({ info: 'hang' });
        const report = await runWithout(
          [missing],
          {
            script: `
              import { getClaimInfo } from '${location.origin}/src/polar-api.ts';
              const name = (promise) => promise.then(() => 'resolved', (error) => error && error.name);
              const early = new AbortController();
              early.abort();
              post('event', { type: 'before: ' + (await name(getClaimInfo('${API}', '${minted.token}', { signal: early.signal }))) });
              const late = new AbortController();
              const pending = getClaimInfo('${API}', '${minted.token}', { signal: late.signal });
              late.abort();
              post('event', { type: 'after: ' + (await name(pending)) });`,
          },
          2,
        );
        expect(report.errors).to.deep.equal([]);
        expect(report.events.map((event) => event.type)).to.deep.equal(['before: AbortError', 'after: AbortError']);
      });
    });
  }
});
