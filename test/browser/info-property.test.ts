/**
 * `info` (issue #18): a host that fetched the invitation's details on its own server hands them over with the token,
 * and the element starts ready to claim without asking Polar again. Anything else given as `info` is a config error.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { SeatClaimInfo } from '../../src/element.js';
import { API, clickClaim, mint, mountInvitation, refused, requestsFor, text } from './support.js';

describe('info property', () => {
  it('with info and token, the element is ready without a GET and claims with one POST', async () => {
    const minted = await mint({ productName: 'Given by the host' });
    // The host's own fetch, as its server would: the one GET of the test.
    const info = (await (await fetch(`${API}/v1/customer-seats/claim/${minted.token}`)).json()) as SeatClaimInfo;
    const { el } = await mountInvitation({}, (el) => {
      el.token = minted.token;
      el.info = info;
    });
    const outcome = await clickClaim(el);
    expect(outcome.type).to.equal('seat-claimed');
    expect(text(el)).to.include('Given by the host');
    const log = await requestsFor(minted.token);
    expect([log.info, log.claim]).to.deep.equal([1, 1]);
  });

  for (const [what, info] of [
    ['an empty object', {}],
    [
      'details missing their organization',
      { product_name: 'x', product_id: 'p', customer_email: 'a@b.c', can_claim: true },
    ],
    ['a string', 'acme'],
  ] as const) {
    it(`info that is not a SeatClaimInfo (${what}) is a config error, with no request`, async () => {
      const { detail } = await refused(
        html`<polar-seat-claim server=${API} token=${'x'.repeat(43)} .info=${info}></polar-seat-claim>`,
      );
      expect(detail.code).to.equal('config');
    });
  }
});
