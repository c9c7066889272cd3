/**
 * The `body` of `seat-claim-error` is what the server sent, and hosts log it: it is handed on as a bounded copy
 * (5 levels deep, 20 entries an array or object, 1,000 characters a string, 100 values in all; what is cut shows
 * as `…`) with the invitation token and anything shaped like a session token taken out. The fake's `huge-error`
 * answers with a body oversized every way.
 */
import { expect } from '@open-wc/testing';
import type { PolarSeatClaim, SeatClaimErrorDetail } from '../../src/element.js';
import { mountInvitation, nextEvent, part, reach } from './support.js';

/** The error event of a step that meets `huge-error`. */
async function hugeErrorOf(el: PolarSeatClaim, act = () => undefined as unknown): Promise<SeatClaimErrorDetail> {
  const outcome = nextEvent(el, 'seat-claim-error');
  act();
  return (await outcome).detail as SeatClaimErrorDetail;
}

function expectBounded(body: unknown, token: string): void {
  const copy = body as Record<string, unknown>;
  expect(copy.error).to.equal('NotFound');
  // The root is the first level: four more, then the cut (the original nests 1000 deep).
  expect(JSON.stringify(copy.detail)).to.equal('[[[["…"]]]]');
  expect(copy.list).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
  expect(Object.keys(copy.wide as object)).to.have.length(20);
  expect(copy.text).to.equal(`${'x'.repeat(1000)}…`);
  expect(copy.echo).to.equal('Invitation [redacted] not found');
  expect(copy['key [redacted]']).to.equal('[redacted] and [redacted]');
  // A "__proto__" key stays data: the copy's prototype is Object.prototype, and nothing is inherited from the body.
  expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
  expect(Object.keys(copy)).to.include('__proto__');
  expect((copy as { polluted?: unknown }).polluted).to.equal(undefined);
  // 900 strings of 1,000 characters in the grid: the copy stops at 100 values in all.
  const json = JSON.stringify(copy);
  expect(json.length).to.be.below(110_000);
  expect(json).not.to.contain(token);
  expect(json).not.to.match(/polar_[mc]st_\w/);
}

describe('the body handed to hosts is a bounded copy', () => {
  it('loading: an oversized 404 body', async () => {
    const { el, minted } = await mountInvitation({ info: 'huge-error' });
    const detail = await hugeErrorOf(el);
    expect(detail).to.include({ code: 'invalid_token', status: 404 });
    expectBounded(detail.body, minted.token);
  });

  it('claiming: an oversized 404 body', async () => {
    const { el, minted } = await mountInvitation({ claim: 'huge-error' });
    await reach(el, 'ready');
    const detail = await hugeErrorOf(el, () => part(el, 'claim-button')!.click());
    expect(detail).to.include({ code: 'invalid_token', status: 404 });
    expectBounded(detail.body, minted.token);
  });
});
