/**
 * `organization` (issue #13 item 4): a page names the organizations whose invitations it accepts. An invitation of
 * another organization is refused once its details are in: before anything is claimed, with no stream opened and
 * nothing to retry.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages } from '../../src/element.js';
import { clickClaim, mountInvitation, nextEvent, part, requestsFor, text } from './support.js';

const NEVER = 60_000;

describe('organization', () => {
  it('claims an invitation of one of the organizations named', async () => {
    const { el, minted } = await mountInvitation({ organizationSlug: 'acme' }, (el) => {
      el.organization = 'acme other';
    });
    const outcome = await clickClaim(el);
    expect(outcome.type).to.equal('seat-claimed');
    expect((await requestsFor(minted.token)).claim).to.equal(1);
  });

  it('refuses an invitation of another organization: wrong_organization, no Retry, no claim, no stream', async () => {
    const { el, minted } = await mountInvitation({ organizationSlug: 'evil', organizationName: 'Evil Corp' }, (el) => {
      el.organization = 'acme other';
      el.grantTimeout = NEVER;
      el.autoClaim = true;
    });
    const error = await nextEvent(el, 'seat-claim-error');
    expect(error.detail).to.include({ code: 'wrong_organization', retryable: false });
    await el.updateComplete;
    expect(part(el, 'retry-button')).to.equal(null);
    expect(part(el, 'claim-button')).to.equal(null);
    const problem = defaultMessages.problems.wrong_organization;
    expect(text(el)).to.include(problem.title);
    expect(problem.title.length + problem.text.length, 'a message, not a code').to.be.greaterThan(20);

    let rejected: unknown;
    await el.claim().catch((reason: unknown) => (rejected = reason));
    expect(rejected).to.have.property('code', 'wrong_organization');
    const log = await requestsFor(minted.token);
    expect(log.claim, 'no claim').to.equal(0);
    expect(
      log.requests.map((request) => request.path.endsWith('/stream')),
      'no stream',
    ).to.deep.equal([false]);
  });
});
