/**
 * Polar's own error answers, as its real server sends them. Injected faults (timeouts, resets, 5xx, 429,
 * unreadable and empty answers) are in the fault matrix of faults.test.ts.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, type SeatClaimErrorDetail, type SeatClaimInfo } from '../../src/element.js';
import { format, type SeatClaimProblem } from '../../src/messages.js';
import type { PolarSeatClaim } from '../../src/polar-seat-claim.js';
import {
  claimElsewhere,
  firstError,
  mountInvitation,
  nextEvent,
  part,
  reach,
  requestsFor,
  shownError,
  text,
  type MintOptions,
} from './support.js';

const INVALID = 'Invalid or expired invitation token';

/** A problem's default words as the element shows them: naming the organization when it knows the invitation. */
function problem(kind: SeatClaimProblem, info?: SeatClaimInfo): { title: string; text: string } {
  const { title, text } = defaultMessages.problems[kind];
  return { title: format(title, info), text: format(text, info) };
}

/** Mounts an invitation whose details fail to load, and resolves with the error event's detail, once rendered. */
async function failure(
  options: MintOptions,
): Promise<{ el: PolarSeatClaim; detail: SeatClaimErrorDetail; token: string }> {
  const { el, minted } = await mountInvitation(options);
  const detail = await firstError(el);
  expect(el.status).to.equal('error');
  expect(el.matches(':state(error)')).to.be.true;
  return { el, detail, token: minted.token };
}

describe('errors from the info request', () => {
  for (const [name, options] of [
    ['an expired invitation', { expired: true }],
    ['a revoked invitation', { status: 'revoked' }],
    ['an already claimed invitation', { status: 'claimed' }],
  ] as const) {
    it(`${name}: 404 becomes invalid_token, with no retry`, async () => {
      const { el, detail } = await failure(options);
      expect(detail).to.deep.equal({
        code: 'invalid_token',
        status: 404,
        // Server text never goes into messages (a proxy may echo the token there); it stays in `body`.
        message: 'Polar answered 404',
        retryable: false,
        body: { error: 'ResourceNotFound', detail: INVALID },
      });
      expect(shownError(el)).to.deep.equal(problem('invalid_token'));
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'claim-button')).to.equal(null);
    });
  }

  it('403: seat-based pricing turned off becomes feature_not_enabled', async () => {
    const { el, detail } = await failure({ seatBasedPricing: false });
    expect(detail).to.include({ code: 'feature_not_enabled', status: 403, retryable: false });
    expect(detail.body).to.deep.equal({
      error: 'FeatureNotEnabled',
      detail: 'Seat-based pricing is not enabled for this organization',
    });
    expect(shownError(el)).to.deep.equal(problem('feature_not_enabled'));
  });

  it('can_claim false is refused before any claim', async () => {
    const { el, detail, token } = await failure({ canClaim: false });
    expect(detail).to.include({ code: 'invalid_token', status: 200, retryable: false });
    expect(shownError(el).title).to.equal(problem('cannot_claim').title);
    expect(await el.claim().catch((e: unknown) => (e as { code: string }).code)).to.equal('invalid_token');
    expect(await requestsFor(token)).to.include({ claim: 0 });
  });
});

describe('errors from the claim request', () => {
  it('400 after someone else claimed it becomes invalid_token', async () => {
    let loaded: Promise<CustomEvent> | undefined;
    const { el, minted } = await mountInvitation({}, (el) => {
      loaded = nextEvent(el, 'seat-claim-info');
    });
    const info = (await loaded!).detail as SeatClaimInfo;
    await reach(el, 'ready');
    await claimElsewhere(minted.token);
    const error = firstError(el);
    part(el, 'claim-button')!.click();
    expect(await error).to.deep.equal({
      code: 'invalid_token',
      status: 400,
      message: 'Polar answered 400',
      retryable: false,
      body: { error: 'InvalidInvitationToken', detail: INVALID },
    });
    expect(shownError(el)).to.deep.equal(problem('invalid_token', info));
    // The problem replaces the invitation: one heading, the problem's.
    const headings = el.shadowRoot!.querySelectorAll('h2');
    expect(headings, 'one heading').to.have.length(1);
    expect(part(el, 'error')!.contains(headings[0]!), "the heading is the problem's").to.be.true;
    expect(text(el), 'the invitation is replaced').not.to.contain(minted.productName);
  });
});
