import { expect } from '@open-wc/testing';
import type { SeatClaimErrorDetail } from '../../src/element.js';
import type { PolarSeatClaim } from '../../src/polar-seat-claim.js';
import { claimElsewhere, mountInvitation, part, reach, requestsFor, text, type MintOptions } from './support.js';

const INVALID = 'Invalid or expired invitation token';

/** Mounts an invitation and resolves with the first error event's detail, once rendered. */
async function failure(options: MintOptions, setup?: (el: PolarSeatClaim) => void): Promise<{ el: PolarSeatClaim; detail: SeatClaimErrorDetail; token: string }> {
  const { el, minted } = await mountInvitation(options, setup);
  const error = new Promise<SeatClaimErrorDetail>((resolve) => el.addEventListener('seat-claim-error', (e) => resolve(e.detail), { once: true }));
  if (options.claim) {
    await reach(el, 'ready');
    part(el, 'claim-button')!.click();
  }
  const detail = await error;
  expect(el.status).to.equal('error');
  expect(el.matches(':state(error)')).to.be.true;
  return { el, detail, token: minted.token };
}

function shownError(el: PolarSeatClaim): { title: string; text: string } {
  const alert = part(el, 'error')!;
  expect(alert.getAttribute('role')).to.equal('alert');
  return { title: alert.querySelector('h2')!.textContent.trim(), text: alert.querySelector('p')!.textContent.trim() };
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
        message: `Polar answered 404: ${INVALID}`,
        retryable: false,
        body: { error: 'ResourceNotFound', detail: INVALID },
      });
      expect(shownError(el).title).to.equal('Invalid invitation');
      expect(shownError(el).text).to.contain('has expired, or has already been claimed');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'claim-button')).to.equal(null);
    });
  }

  it('403: seat-based pricing turned off becomes feature_not_enabled', async () => {
    const { el, detail } = await failure({ seatBasedPricing: false });
    expect(detail).to.include({ code: 'feature_not_enabled', status: 403, retryable: false });
    expect(detail.body).to.deep.equal({ error: 'FeatureNotEnabled', detail: 'Seat-based pricing is not enabled for this organization' });
    expect(shownError(el).title).to.equal('Seats are not available');
  });

  it('can_claim false is refused before any claim', async () => {
    const { el, detail, token } = await failure({ canClaim: false });
    expect(detail).to.include({ code: 'invalid_token', status: 200, retryable: false });
    expect(shownError(el).title).to.equal('Invitation no longer available');
    expect(await el.claim().catch((e: unknown) => (e as { code: string }).code)).to.equal('invalid_token');
    expect(await requestsFor(token)).to.include({ claim: 0 });
  });

  it('a 500 without CORS headers is a network error, and Retry loads again', async () => {
    const { el, detail, token } = await failure({ info: { kind: 'server-error', times: 1 } });
    expect(detail).to.include({ code: 'network', status: 0, retryable: true });
    expect(shownError(el).title).to.equal('Connection problem');
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    await reach(el, 'ready');
    expect(await requestsFor(token)).to.include({ info: 2, claim: 0 });
  });

  it('a hung request gives up after `timeout` with a timeout error', async () => {
    const { el, detail } = await failure({ info: 'hang' }, (el) => (el.timeout = 300));
    expect(detail).to.include({ code: 'timeout', status: 0, retryable: true });
    expect(detail.message).to.contain('300 ms');
    expect(shownError(el).title).to.equal('Polar is taking too long');
  });

  it('a 200 that is not a SeatClaimInfo is bad_response, not retried', async () => {
    const { el, detail } = await failure({ info: 'malformed' });
    expect(detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(detail.body).to.deep.equal({ ok: true });
    expect(shownError(el).title).to.equal('Unexpected answer from Polar');
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('truncated JSON is bad_response with the raw text as body', async () => {
    const { detail } = await failure({ info: 'truncated-json' });
    expect(detail).to.include({ code: 'bad_response', status: 200 });
    expect(detail.body).to.be.a('string');
  });

  it('a 404 with an empty body is still invalid_token', async () => {
    const { detail } = await failure({ info: 'empty-error' });
    expect(detail).to.include({ code: 'invalid_token', status: 404, message: 'Polar answered 404' });
    expect(detail.body).to.equal(undefined);
  });

  it('unknown extra fields are accepted', async () => {
    const { el } = await mountInvitation({ info: 'extra-fields', claim: 'extra-fields' });
    await reach(el, 'ready');
    expect((await el.claim()).seat.status).to.equal('claimed');
  });
});

describe('errors from the claim request', () => {
  it('400 after someone else claimed it becomes invalid_token', async () => {
    const { el, minted } = await mountInvitation();
    await reach(el, 'ready');
    await claimElsewhere(minted.token);
    const error = new Promise<SeatClaimErrorDetail>((resolve) => el.addEventListener('seat-claim-error', (e) => resolve(e.detail)));
    part(el, 'claim-button')!.click();
    expect(await error).to.deep.equal({
      code: 'invalid_token',
      status: 400,
      message: `Polar answered 400: ${INVALID}`,
      retryable: false,
      body: { error: 'InvalidInvitationToken', detail: INVALID },
    });
    expect(shownError(el).title).to.equal('Invalid invitation');
    expect(text(el), 'the invitation stays in view').to.contain("You've been invited to");
  });

  it('422 becomes validation with pydantic details', async () => {
    const { detail } = await failure({ claim: 'validation-error' });
    expect(detail).to.include({ code: 'validation', status: 422, retryable: false });
    expect((detail.body as { error: string }).error).to.equal('RequestValidationError');
  });

  it('429 with an empty body is rate_limited, and Retry claims again', async () => {
    const { el, detail, token } = await failure({ claim: { kind: 'rate-limited', times: 1 } });
    expect(detail).to.deep.equal({ code: 'rate_limited', status: 429, message: 'Polar answered 429', retryable: true, body: undefined });
    expect(shownError(el).title).to.equal('Too many attempts');
    part(el, 'retry-button')!.click();
    await reach(el, 'claimed');
    expect(await requestsFor(token)).to.include({ info: 1, claim: 2 });
  });

  it('502 with an HTML page is a server error; the page is kept as text, never shown', async () => {
    const { el, detail } = await failure({ claim: 'bad-gateway' });
    expect(detail).to.include({ code: 'server', status: 502, retryable: true });
    expect(detail.body).to.be.a('string').and.contain('<');
    expect(el.shadowRoot!.querySelector('html, body, title')).to.equal(null);
    expect(shownError(el).title).to.equal('Polar is having trouble');
  });

  it('a lost answer, then 400 on the retry: the seat may already be claimed', async () => {
    const { el, detail, token } = await failure({ claim: { kind: 'reset-after', times: 1 } });
    expect(detail).to.include({ code: 'network', retryable: true });
    const second = new Promise<SeatClaimErrorDetail>((resolve) => el.addEventListener('seat-claim-error', (e) => resolve(e.detail)));
    part(el, 'retry-button')!.click();
    const retried = await second;
    expect(retried).to.include({ code: 'invalid_token', status: 400, retryable: false });
    expect(retried.message).to.contain('earlier claim attempt may have succeeded');
    expect(shownError(el).title).to.equal('Your seat may already be claimed');
    expect(shownError(el).text).not.to.contain('invalid');
    expect((part(el, 'portal-link') as HTMLAnchorElement).href, 'a way to check, without a session').to.match(/\/portal$/);
    expect(await requestsFor(token)).to.include({ info: 1, claim: 2 });
  });

  it('a 200 without a seat: the claim may have happened, and nothing is retried', async () => {
    const { el, detail } = await failure({ claim: 'missing-seat' });
    expect(detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(shownError(el).title).to.equal('Your seat may already be claimed');
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('a seat field of the wrong type is bad_response', async () => {
    const { detail } = await failure({ claim: 'wrong-type' });
    expect(detail).to.include({ code: 'bad_response', status: 200 });
  });

  it('a 400 with an empty body is still invalid_token', async () => {
    const { detail } = await failure({ claim: 'empty-error' });
    expect(detail).to.include({ code: 'invalid_token', status: 400 });
    expect(detail.body).to.equal(undefined);
  });
});
