/**
 * The fake Polar API checked by a client we did not write: Polar's official SDK (`@polar-sh/sdk`). Every seeded
 * scenario and every fault goes through both public operations; a success must parse into the SDK's typed
 * models (its zod schemas throw a ResponseValidationError otherwise), and a failure must surface as the error
 * class that Polar's real answer (or the network fault) gives an SDK user.
 *
 * Faults Polar never sends itself (a proxy's or CDN's spoiled answer) are checked for what the SDK makes of
 * them too, so that a merchant testing against them sees what they would see in production.
 */

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Polar } from '@polar-sh/sdk';
import { ConnectionError, RequestTimeoutError } from '@polar-sh/sdk/models/errors/httpclienterrors.js';
import { HTTPValidationError } from '@polar-sh/sdk/models/errors/httpvalidationerror.js';
import { ResponseValidationError } from '@polar-sh/sdk/models/errors/responsevalidationerror.js';
import { SDKError } from '@polar-sh/sdk/models/errors/sdkerror.js';
import { SDKValidationError } from '@polar-sh/sdk/models/errors/sdkvalidationerror.js';
import { FAULT_KINDS } from '../../mock/faults.mjs';
import { SCENARIOS } from '../../mock/scenarios.mjs';
import { CLAIM_PATH, rawRequest, startFakePolar } from './support/polar-harness.mjs';

/** @type {Awaited<ReturnType<typeof startFakePolar>>} */
let fake;
/** No timeout: nothing here may depend on the machine's speed. */
let polar;
/** Only for `hang`, which never answers: the timeout is the one way that call can end. */
let polarWithTimeout;

before(async () => {
  fake = await startFakePolar();
  polar = new Polar({ serverURL: fake.url });
  polarWithTimeout = new Polar({ serverURL: fake.url, timeoutMs: 300 });
});
after(async () => {
  await fake.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a call must end with: a typed success (checked by `check`), or an error of a class, with the HTTP status
 * for the SDK's HTTP errors.
 * @typedef {{ ok: (value: any) => void }
 *   | { error: Function, status?: number, message?: RegExp }} Expectation
 */

/**
 * @param {Promise<unknown>} call
 * @param {Expectation} expected
 * @param {string} label
 */
async function expectOutcome(call, expected, label) {
  if ('ok' in expected) {
    const value = await call.catch((error) => assert.fail(`${label}: ${error?.name}: ${error?.message}`));
    expected.ok(value);
    return;
  }
  const error = await call.then(
    (value) => assert.fail(`${label}: expected ${expected.error.name}, got ${JSON.stringify(value)}`),
    (/** @type {unknown} */ caught) => caught,
  );
  assert.ok(error instanceof expected.error, `${label}: ${error?.constructor?.name}: ${error?.message}`);
  if (expected.status !== undefined) assert.equal(/** @type {SDKError} */ (error).statusCode, expected.status, label);
  if (expected.message) assert.match(String(error.message), expected.message, label);
}

/** @param {any} info a SeatClaimInfo as the SDK types it (camelCase) */
function typedInfo(info) {
  assert.deepEqual(Object.keys(info).sort(), [
    'canClaim',
    'customerEmail',
    'organizationName',
    'organizationSlug',
    'productId',
    'productName',
  ]);
  assert.match(info.productId, UUID);
  assert.equal(typeof info.canClaim, 'boolean');
}

/**
 * @param {any} claimed a CustomerSeatClaimResponse as the SDK types it
 * @param {{ token: RegExp, member: boolean, source: 'subscription' | 'order' }} shape
 */
function typedClaim(claimed, shape) {
  const { seat } = claimed;
  assert.match(claimed.customerSessionToken, shape.token);
  assert.equal(seat.status, 'claimed');
  // The SDK turns date-time strings into Dates: a shape it could not read would have thrown instead.
  assert.ok(seat.createdAt instanceof Date && seat.claimedAt instanceof Date);
  assert.ok(seat.invitationTokenExpiresAt instanceof Date);
  if (shape.member) {
    assert.equal(seat.member.email, seat.email);
    assert.equal(seat.memberId, seat.member.id);
    assert.equal(seat.customerEmail, seat.email);
  } else {
    assert.equal(seat.member, null);
    assert.equal(seat.email, null);
  }
  const [source, other] =
    shape.source === 'order' ? [seat.orderId, seat.subscriptionId] : [seat.subscriptionId, seat.orderId];
  assert.match(source, UUID);
  assert.equal(other, null);
}

const infoOk = { ok: typedInfo };
const memberClaim = {
  ok: (/** @type {any} */ v) => typedClaim(v, { token: /^polar_mst_/, member: true, source: 'subscription' }),
};
/** @param {number} status */
const sdkError = (status) => ({ error: SDKError, status });
/** A cut in the middle of the answer's body: the SDK reads the body unguarded, so undici's own error comes through. */
const cutMidBody = { error: TypeError, message: /terminated/ };
/** The client's timeout, wherever it lands. */
const slowBody = { error: Error, message: /aborted due to timeout/ };
/** A body that is not JSON at all: the SDK parses it unguarded, so JSON.parse's error comes through. */
const notJson = { error: SyntaxError };

/** @type {Record<string, { info: Expectation, claim: Expectation }>} */
const SCENARIO_OUTCOMES = {
  'valid-member': { info: infoOk, claim: memberClaim },
  'valid-customer': { info: infoOk, claim: memberClaim },
  'holder-without-email': {
    info: { ok: (v) => (typedInfo(v), assert.equal(v.customerEmail, '')) },
    claim: { ok: (v) => typedClaim(v, { token: /^polar_cst_/, member: false, source: 'subscription' }) },
  },
  'valid-one-time': {
    info: infoOk,
    claim: { ok: (v) => typedClaim(v, { token: /^polar_mst_/, member: true, source: 'order' }) },
  },
  expired: { info: sdkError(404), claim: sdkError(400) },
  claimed: { info: sdkError(404), claim: sdkError(400) },
  revoked: { info: sdkError(404), claim: sdkError(400) },
  'feature-disabled': { info: sdkError(403), claim: sdkError(403) },
  slow: { info: infoOk, claim: memberClaim },
  'rate-limited': { info: infoOk, claim: sdkError(429) },
  'server-error': { info: infoOk, claim: sdkError(500) },
  // Never sent by Polar: a 200 whose body is no SeatClaimInfo.
  malformed: { info: { error: ResponseValidationError }, claim: memberClaim },
  // Never sent by Polar: parses, with canClaim false.
  'cannot-claim': { info: { ok: (v) => (typedInfo(v), assert.equal(v.canClaim, false)) }, claim: memberClaim },
  flaky: { info: infoOk, claim: cutMidBody },
  // The claim stream's scenarios: the two operations answer as usual; only the stream (not in the SDK) differs.
  'benefits-none': { info: infoOk, claim: memberClaim },
  'benefits-one': { info: infoOk, claim: memberClaim },
  'benefits-three': { info: infoOk, claim: memberClaim },
  'benefits-slow': { info: infoOk, claim: memberClaim },
  'stream-not-found': { info: infoOk, claim: memberClaim },
  'stream-rate-limited': { info: infoOk, claim: memberClaim },
  'stream-server-error': { info: infoOk, claim: memberClaim },
  'stream-cut': { info: infoOk, claim: memberClaim },
  'lost-answer-stream': { info: infoOk, claim: cutMidBody },
};

/** @type {Record<string, { info: Expectation, claim: Expectation }>} */
const FAULT_OUTCOMES = {
  slow: { info: infoOk, claim: memberClaim },
  hang: { info: { error: RequestTimeoutError }, claim: { error: RequestTimeoutError } },
  'reset-before': { info: { error: ConnectionError }, claim: { error: ConnectionError } },
  'reset-after': { info: cutMidBody, claim: cutMidBody },
  'rate-limited': { info: sdkError(429), claim: sdkError(429) },
  'server-error': { info: sdkError(500), claim: sdkError(500) },
  'bad-gateway': { info: sdkError(502), claim: sdkError(502) },
  'truncated-json': { info: notJson, claim: notJson },
  'missing-seat': { info: { error: ResponseValidationError }, claim: { error: ResponseValidationError } },
  'wrong-type': { info: { error: ResponseValidationError }, claim: { error: ResponseValidationError } },
  // Polar may add fields at any time: the SDK ignores them.
  'extra-fields': { info: infoOk, claim: memberClaim },
  'empty-error': { info: sdkError(404), claim: sdkError(400) },
  'validation-error': { info: { error: HTTPValidationError }, claim: { error: HTTPValidationError } },
  'method-not-allowed': { info: sdkError(405), claim: sdkError(405) },
  malformed: { info: { error: ResponseValidationError }, claim: { error: ResponseValidationError } },
  'empty-body': { info: notJson, claim: notJson },
  'null-body': { info: { error: ResponseValidationError }, claim: { error: ResponseValidationError } },
  // Without `times`, the other origin redirects back: the SDK follows until fetch gives up.
  redirect: { info: { error: ConnectionError }, claim: { error: ConnectionError } },
  'echo-token': { info: sdkError(404), claim: sdkError(404) },
  // One byte every 500 ms never completes within the client's timeout. Whether it ends before the headers (the SDK's
  // RequestTimeoutError) or while the body is read (the SDK reads it unguarded: fetch's own TimeoutError) depends
  // on the machine's speed; both are the timeout.
  'slow-body': { info: slowBody, claim: slowBody },
  // The schema allows any seat status: the SDK parses it; only the widget refuses it.
  'seat-not-claimed': { info: infoOk, claim: { ok: (v) => assert.equal(v.seat.status, 'pending') } },
  // The schema sets no length: the SDK parses 5 MB strings; only the widget caps them.
  'huge-name': {
    info: { ok: (v) => assert.ok(v.productName.length > 1_000_000) },
    claim: { ok: (v) => assert.ok(v.seat.email.length > 1_000_000) },
  },
  'huge-error': { info: sdkError(404), claim: sdkError(404) },
};

describe('every seeded scenario through the SDK', { concurrency: true }, () => {
  test('each scenario has an expected outcome', () => {
    assert.deepEqual(Object.keys(SCENARIO_OUTCOMES).sort(), SCENARIOS.map((s) => s.name).sort());
  });

  for (const { name } of SCENARIOS) {
    test(`${name}: getClaimInfo, then claimSeat`, async () => {
      const expected = /** @type {{ info: Expectation, claim: Expectation }} */ (SCENARIO_OUTCOMES[name]);
      const { token } = fake.api.mint({ scenario: name });
      await expectOutcome(polar.customerSeats.getClaimInfo({ invitationToken: token }), expected.info, `${name} info`);
      await expectOutcome(polar.customerSeats.claimSeat({ invitationToken: token }), expected.claim, `${name} claim`);
    });
  }

  test('flaky: after the lost answer, a second claim is the 400 of a spent token', async () => {
    const { token } = fake.api.mint({ scenario: 'flaky' });
    await expectOutcome(polar.customerSeats.claimSeat({ invitationToken: token }), cutMidBody, 'first claim');
    await expectOutcome(polar.customerSeats.claimSeat({ invitationToken: token }), sdkError(400), 'second claim');
  });
});

describe('every fault through the SDK', { concurrency: true }, () => {
  test('each fault has an expected outcome', () => {
    assert.deepEqual(Object.keys(FAULT_OUTCOMES).sort(), [...FAULT_KINDS].sort());
  });

  for (const kind of FAULT_KINDS) {
    test(`${kind} on getClaimInfo and on claimSeat`, async () => {
      const expected = /** @type {{ info: Expectation, claim: Expectation }} */ (FAULT_OUTCOMES[kind]);
      // `slow` keeps its meaning with a short delay; the SDK has no timeout here, so the length does not matter.
      const fault = kind === 'slow' ? { kind, delayMs: 20 } : kind;
      const client = kind === 'hang' || kind === 'slow-body' ? polarWithTimeout : polar;
      const { token } = fake.api.mint({ info: fault, claim: fault });
      await expectOutcome(client.customerSeats.getClaimInfo({ invitationToken: token }), expected.info, `${kind} info`);
      await expectOutcome(client.customerSeats.claimSeat({ invitationToken: token }), expected.claim, `${kind} claim`);
    });
  }
});

describe('Polar’s own refusals through the SDK', () => {
  test('a claim without a token: the SDK refuses to send it, and the raw request gets Polar’s 422', async () => {
    const before = (await fake.control('requests')).body.claim;
    await expectOutcome(
      polar.customerSeats.claimSeat(/** @type {any} */ ({})),
      { error: SDKValidationError },
      'SDK input validation',
    );
    assert.equal((await fake.control('requests')).body.claim, before, 'the SDK sent nothing');
    // So the request the SDK would not send goes out raw, as a page's own fetch could send it.
    const raw = await rawRequest(`${fake.url}${CLAIM_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(raw.status, 422);
    assert.deepEqual(JSON.parse(raw.body).detail, [
      { type: 'missing', loc: ['body', 'invitation_token'], msg: 'Field required', input: {} },
    ]);
  });

  test('an empty token: the SDK sends GET /claim, which Polar answers 405, and a claim gets 400', async () => {
    await expectOutcome(polar.customerSeats.getClaimInfo({ invitationToken: '' }), sdkError(405), 'info');
    await expectOutcome(polar.customerSeats.claimSeat({ invitationToken: '' }), sdkError(400), 'claim');
  });

  test('a token containing U+0000 is an HTTPValidationError with the value_error item', async () => {
    await expectOutcome(
      polar.customerSeats.claimSeat({ invitationToken: 'nul\u0000inside' }),
      { error: HTTPValidationError },
      'claim',
    );
    const error = await polar.customerSeats.claimSeat({ invitationToken: 'nul\u0000inside' }).catch((e) => e);
    assert.deepEqual(
      error.detail.map((/** @type {any} */ item) => [item.type, item.loc]),
      [['value_error', ['body', 'invitation_token']]],
    );
  });

  test('Polar-Version 2026-10 is answered; an unknown version is a 404 the SDK reports as SDKError', async () => {
    const { token } = fake.api.mint();
    const v2026_10 = { headers: { 'Polar-Version': '2026-10' } };
    await expectOutcome(polar.customerSeats.getClaimInfo({ invitationToken: token }, v2026_10), infoOk, '2026-10');
    const unknown = { headers: { 'Polar-Version': '2099-01' } };
    await expectOutcome(
      polar.customerSeats.getClaimInfo({ invitationToken: token }, unknown),
      sdkError(404),
      'unknown',
    );
  });

  test('the merchant operations answer 401 without an access token', async () => {
    await expectOutcome(polar.customerSeats.listSeats({}), sdkError(401), 'listSeats');
    await expectOutcome(
      polar.customerSeats.resendInvitation({ seatId: '8c4b1a52-5f0e-4e6c-9d0b-3f1a2b3c4d5e' }),
      sdkError(401),
      'resendInvitation',
    );
  });
});
