/**
 * Fault injection: each kind does what it says, and whether the claim took effect.
 */

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, test } from 'node:test';
import { json, useFakePolarPerTest } from './support/polar-harness.mjs';

/** A fresh fake Polar for each test, and the schemas to validate its answers. */
const fake = useFakePolarPerTest();

/**
 * Whether the invitation's token still works, judged over HTTP (info has no side effects).
 * @param {string} token
 */
const stillClaimable = async (token) => (await fake.polar.info(token)).status === 200;

/** Reads the whole answer, so a connection dropped mid-body rejects too. */
const claimFully = (/** @type {string} */ token) =>
  fake.polar.claim({ invitation_token: token }).then(async (r) => ({ status: r.status, text: await r.text() }));
const infoFully = (/** @type {string} */ token) =>
  fake.polar.info(token).then(async (r) => ({ status: r.status, text: await r.text() }));

describe('slow', () => {
  // Ordering, not durations: a request without the fault, sent after the slow one, is answered first.
  test('answers normally after delayMs', async () => {
    const { token } = fake.polar.api.mint({
      info: { kind: 'slow', delayMs: 400 },
      claim: { kind: 'slow', delayMs: 400 },
    });
    const other = fake.polar.api.mint();
    const slowInfo = fake.polar.info(token).then((response) => ({ which: 'slow', response }));
    const quick = fake.polar.info(other.token).then((response) => ({ which: 'quick', response }));
    assert.equal((await Promise.race([slowInfo, quick])).which, 'quick');
    assert.equal((await slowInfo).response.status, 200);
    const slowClaim = fake.polar.claim({ invitation_token: token }).then((response) => ({ which: 'slow', response }));
    const quickClaim = fake.polar
      .claim({ invitation_token: other.token })
      .then((response) => ({ which: 'quick', response }));
    assert.equal((await Promise.race([slowClaim, quickClaim])).which, 'quick');
    const { response } = await slowClaim;
    assert.equal(fake.schemas.claimResponse(await json(response)), null);
  });
});

describe('hang', () => {
  test('never answers and lets go when the client disconnects', async () => {
    const { token } = fake.polar.api.mint({ claim: 'hang' });
    const controller = new AbortController();
    const parked = fake.polar.nextHandled();
    const pending = fetch(`${fake.polar.url}/v1/customer-seats/claim`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invitation_token: token }),
      signal: controller.signal,
    });
    let settled = false;
    pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    const hungRequest = await parked;
    // A full round trip on another connection proves the server is idle, not slow.
    assert.equal((await fake.polar.info(token)).status, 200);
    assert.equal(settled, false);

    const serverSideClosed = once(hungRequest.socket, 'close');
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    await serverSideClosed;
    assert.equal(fake.polar.api.requestsFor(token).claim, 1);
    assert.equal(await stillClaimable(token), true);
  });

  test('closing the api drops hung requests', async () => {
    const { token } = fake.polar.api.mint({ info: 'hang' });
    const parked = fake.polar.nextHandled();
    const pending = fake.polar.info(token);
    await parked;
    fake.polar.api.close();
    await assert.rejects(pending, TypeError);
  });
});

describe('connection resets', () => {
  test('reset-before drops the connection without claiming', async () => {
    const { token } = fake.polar.api.mint({ claim: { kind: 'reset-before', times: 1 } });
    await assert.rejects(claimFully(token), TypeError);
    assert.equal(fake.polar.api.requestsFor(token).claim, 1);
    assert.equal(await stillClaimable(token), true);
    assert.equal((await claimFully(token)).status, 200);
  });

  test('reset-before on info drops the connection', async () => {
    const { token } = fake.polar.api.mint({ info: 'reset-before' });
    await assert.rejects(infoFully(token), TypeError);
  });

  test('reset-after claims, sends headers and part of the body, then drops the connection', async () => {
    const { token } = fake.polar.api.mint({ claim: { kind: 'reset-after', times: 1 } });
    const response = await fake.polar.claim({ invitation_token: token });
    // Status and headers arrived: the browser cannot silently re-send this request.
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    await assert.rejects(response.text(), TypeError);
    assert.equal(await stillClaimable(token), false);
    assert.equal((await claimFully(token)).status, 400);
    assert.deepEqual(fake.polar.api.requestsFor(token), { info: 1, claim: 2 });
  });
});

describe('error answers in place of the server', () => {
  test('rate-limited: 429, empty body, retry-after 30, nothing claimed', async () => {
    const { token } = fake.polar.api.mint({ claim: { kind: 'rate-limited', times: 1 } });
    const response = await fake.polar.claim({ invitation_token: token });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '30');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(await response.text(), '');
    assert.equal((await claimFully(token)).status, 200);
  });

  test('server-error: 500 without CORS, nothing claimed', async () => {
    const { token } = fake.polar.api.mint({ info: 'server-error', claim: { kind: 'server-error', times: 1 } });
    const info = await fake.polar.info(token);
    assert.equal(info.status, 500);
    assert.equal(info.headers.get('access-control-allow-origin'), null);
    assert.equal((await claimFully(token)).status, 500);
    assert.equal((await claimFully(token)).status, 200);
  });

  test('bad-gateway: 502 HTML page with CORS headers, nothing claimed', async () => {
    const { token } = fake.polar.api.mint({ claim: { kind: 'bad-gateway', times: 1 } });
    const response = await fake.polar.claim({ invitation_token: token });
    assert.equal(response.status, 502);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(await response.text(), /<h1>502 Bad Gateway<\/h1>/);
    assert.equal((await claimFully(token)).status, 200);
  });

  test('empty-error: the usual error status with an empty body, nothing claimed', async () => {
    const { token } = fake.polar.api.mint({
      info: { kind: 'empty-error', times: 1 },
      claim: { kind: 'empty-error', times: 1 },
    });
    assert.deepEqual(await infoFully(token), { status: 404, text: '' });
    assert.deepEqual(await claimFully(token), { status: 400, text: '' });
    assert.equal((await claimFully(token)).status, 200);
  });
});

test('method-not-allowed: a 405 in place of the answer, nothing claimed', async () => {
  const { token } = fake.polar.api.mint({
    info: { kind: 'method-not-allowed', times: 1 },
    claim: { kind: 'method-not-allowed', times: 1 },
  });
  assert.deepEqual(await infoFully(token), { status: 405, text: '{"detail":"Method Not Allowed"}' });
  assert.deepEqual(await claimFully(token), { status: 405, text: '{"detail":"Method Not Allowed"}' });
  assert.equal((await claimFully(token)).status, 200);
});

test('validation-error: a 422 with a pydantic item, nothing claimed', async () => {
  const { token } = fake.polar.api.mint({ claim: { kind: 'validation-error', times: 1 } });
  const answer = await claimFully(token);
  assert.equal(answer.status, 422);
  assert.deepEqual(JSON.parse(answer.text), {
    error: 'RequestValidationError',
    detail: [{ type: 'missing', loc: ['body', 'invitation_token'], msg: 'Field required', input: {} }],
  });
  assert.equal((await claimFully(token)).status, 200);
});

describe('spoiled successful answers (the claim does take effect)', () => {
  test('truncated-json: complete 200 answer whose JSON is cut', async () => {
    const { token } = fake.polar.api.mint({ info: 'truncated-json', claim: 'truncated-json' });
    const info = await infoFully(token);
    assert.equal(info.status, 200);
    assert.throws(() => JSON.parse(info.text), SyntaxError);
    assert.ok(info.text.startsWith('{"product_name":'));
    const claim = await claimFully(token);
    assert.equal(claim.status, 200);
    assert.throws(() => JSON.parse(claim.text), SyntaxError);
    assert.ok(claim.text.startsWith('{"seat":{'));
    assert.equal((await claimFully(token)).status, 400);
  });

  test('missing-seat: claim without seat, info without product_name; both fail the schema', async () => {
    const { token } = fake.polar.api.mint({ info: 'missing-seat', claim: 'missing-seat' });
    const info = JSON.parse((await infoFully(token)).text);
    assert.equal('product_name' in info, false);
    assert.match(String(fake.schemas.seatClaimInfo(info)), /product_name/);
    const claim = JSON.parse((await claimFully(token)).text);
    assert.equal('seat' in claim, false);
    assert.match(claim.customer_session_token, /^polar_mst_/);
    assert.match(String(fake.schemas.claimResponse(claim)), /seat/);
  });

  test('wrong-type: seat.id a number, can_claim a string; both fail the schema', async () => {
    const { token } = fake.polar.api.mint({ info: 'wrong-type', claim: 'wrong-type' });
    const info = JSON.parse((await infoFully(token)).text);
    assert.equal(info.can_claim, 'true');
    assert.notEqual(fake.schemas.seatClaimInfo(info), null);
    const claim = JSON.parse((await claimFully(token)).text);
    assert.equal(typeof claim.seat.id, 'number');
    assert.notEqual(fake.schemas.claimResponse(claim), null);
  });

  test('extra-fields: unknown fields at top level and in seat, still valid', async () => {
    const { token } = fake.polar.api.mint({ info: 'extra-fields', claim: 'extra-fields' });
    const info = JSON.parse((await infoFully(token)).text);
    assert.ok('request_id' in info && 'product_description' in info);
    assert.equal(fake.schemas.seatClaimInfo(info), null);
    const claim = JSON.parse((await claimFully(token)).text);
    assert.ok('request_id' in claim && 'seat_tier' in claim.seat);
    assert.equal(fake.schemas.claimResponse(claim), null);
  });

  test('malformed: 200 with a body that is not the schema at all', async () => {
    const { token } = fake.polar.api.mint({ info: 'malformed', claim: 'malformed' });
    assert.deepEqual(await infoFully(token), { status: 200, text: '{"ok":true}' });
    assert.deepEqual(await claimFully(token), { status: 200, text: '{"ok":true}' });
    assert.notEqual(fake.schemas.claimResponse({ ok: true }), null);
    assert.equal(await stillClaimable(token), false);
  });

  test('empty-body and null-body: 200 with nothing, or with JSON null', async () => {
    const { token } = fake.polar.api.mint({ info: 'empty-body', claim: 'null-body' });
    assert.deepEqual(await infoFully(token), { status: 200, text: '' });
    assert.deepEqual(await claimFully(token), { status: 200, text: 'null' });
    assert.equal(await stillClaimable(token), false);
  });

  test('error answers pass through unspoiled', async () => {
    const { token } = fake.polar.api.mint({ status: 'claimed', claim: 'malformed', info: 'extra-fields' });
    const claim = await claimFully(token);
    assert.equal(claim.status, 400);
    assert.equal(JSON.parse(claim.text).error, 'InvalidInvitationToken');
    assert.equal(JSON.parse((await infoFully(token)).text).error, 'ResourceNotFound');
  });
});

describe('times', () => {
  test('limits a fault to the first N requests of that operation', async () => {
    const { token } = fake.polar.api.mint({ info: { kind: 'server-error', times: 2 } });
    assert.equal((await fake.polar.info(token)).status, 500);
    assert.equal((await fake.polar.info(token)).status, 500);
    assert.equal((await fake.polar.info(token)).status, 200);
    assert.deepEqual(fake.polar.api.requestsFor(token), { info: 3, claim: 0 });
  });

  test('faults are counted per operation and per token', async () => {
    const faulty = fake.polar.api.mint({ claim: { kind: 'rate-limited', times: 1 } }).token;
    const other = fake.polar.api.mint().token;
    assert.equal((await fake.polar.info(faulty)).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: other })).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: faulty })).status, 429);
    assert.equal((await fake.polar.claim({ invitation_token: faulty })).status, 200);
  });
});

describe('changing faults', () => {
  test('POST /__polar-mock/faults replaces or clears one operation and keeps the other', async () => {
    const { token } = fake.polar.api.mint({ info: 'server-error', claim: 'rate-limited' });
    assert.equal((await fake.polar.info(token)).status, 500);
    const changed = await fake.polar.control('faults', { token, info: null });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body, { info: null, claim: { kind: 'rate-limited', times: null, delayMs: 3000 } });
    assert.equal((await fake.polar.info(token)).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 429);
    await fake.polar.control('faults', { token, claim: 'bad-gateway' });
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 502);
  });

  test('refuses an unknown token or fault', async () => {
    assert.equal((await fake.polar.control('faults', { token: 'nope', info: null })).status, 400);
    const { token } = fake.polar.api.mint();
    const refused = await fake.polar.control('faults', { token, info: 'flood' });
    assert.equal(refused.status, 400);
    assert.match(refused.body.detail, /unknown fault kind/);
  });
});
