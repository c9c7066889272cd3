/**
 * Contract of the fake Polar API: answers, error bodies and token rules match what
 * Polar's server does (shared/polar/README.md) and validate against its OpenAPI schema.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SCENARIOS } from '../../mock/scenarios.mjs';
import { CLAIM_PATH, DAY_MS, json, rawRequest, useFakePolarPerTest } from './support/polar-harness.mjs';

const INVALID_TOKEN = { error: 'InvalidInvitationToken', detail: 'Invalid or expired invitation token' };
const NOT_FOUND = { error: 'ResourceNotFound', detail: 'Invalid or expired invitation token' };
const FEATURE_NOT_ENABLED = {
  error: 'FeatureNotEnabled',
  detail: 'Seat-based pricing is not enabled for this organization',
};
const URL_SAFE_43 = /^[A-Za-z0-9_-]{43}$/;

/** A fresh fake Polar for each test, and the schemas to validate its answers. */
const fake = useFakePolarPerTest();

describe('schema validators', () => {
  test('reject what the schema forbids (so passing validations mean something)', () => {
    assert.notEqual(fake.schemas.seatClaimInfo({ ok: true }), null);
    const info = {
      product_name: 'p',
      product_id: 'not-a-uuid',
      organization_name: 'o',
      organization_slug: 's',
      customer_email: 'e',
      can_claim: true,
    };
    assert.match(String(fake.schemas.seatClaimInfo(info)), /uuid/);
    assert.equal(fake.schemas.seatClaimInfo({ ...info, product_id: crypto.randomUUID() }), null);
  });
});

describe('GET claim info', () => {
  test('answers a valid SeatClaimInfo with the minted details', async () => {
    const { token } = fake.polar.api.mint({
      productName: 'Team plan',
      organizationName: 'Org',
      organizationSlug: 'org',
      customerEmail: 'a@b.c',
    });
    const response = await fake.polar.info(token);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const body = await json(response);
    assert.equal(fake.schemas.seatClaimInfo(body), null);
    assert.deepEqual(Object.keys(body).sort(), [
      'can_claim',
      'customer_email',
      'organization_name',
      'organization_slug',
      'product_id',
      'product_name',
    ]);
    assert.equal(body.product_name, 'Team plan');
    assert.equal(body.organization_name, 'Org');
    assert.equal(body.organization_slug, 'org');
    assert.equal(body.customer_email, 'a@b.c');
    assert.equal(body.can_claim, true);
  });

  test('has no side effects: info twice, then the claim still works', async () => {
    const { token } = fake.polar.api.mint();
    assert.equal((await fake.polar.info(token)).status, 200);
    assert.equal((await fake.polar.info(token)).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 200);
  });

  test('unknown, expired, revoked and claimed tokens all answer the same 404', async () => {
    const tokens = [
      'unknown-token',
      fake.polar.api.mint({ expired: true }).token,
      fake.polar.api.mint({ status: 'revoked' }).token,
      fake.polar.api.mint({ status: 'claimed' }).token,
    ];
    for (const token of tokens) {
      const response = await fake.polar.info(token);
      assert.equal(response.status, 404, token);
      assert.equal(await response.text(), JSON.stringify(NOT_FOUND));
    }
  });

  test('decodes the path token as one segment: %2F stays inside the token', async () => {
    const { token } = fake.polar.api.mint({ token: 'team/a%b?c#d' });
    const rawPath = `${CLAIM_PATH}/team%2Fa%25b%3Fc%23d`;
    const response = await fetch(`${fake.polar.url}${rawPath}?utm=x`);
    assert.equal(response.status, 200);
    const [recorded] = (await fake.polar.control(`requests?token=${encodeURIComponent(token)}`)).body.requests;
    assert.equal(recorded.token, 'team/a%b?c#d');
    assert.equal(recorded.path, `${CLAIM_PATH}/team/a%b?c#d`);
    assert.equal(recorded.rawPath, `${rawPath}?utm=x`);

    // An unencoded slash is another route entirely, not a token lookup.
    const other = await fetch(`${fake.polar.url}${CLAIM_PATH}/team/a`);
    assert.equal(other.status, 404);
    assert.deepEqual(await other.json(), { detail: 'Not Found' });
    assert.equal(fake.polar.api.requestsFor('team').info, 0);
  });

  test('a token that only decodes to a known one is found; the raw form is not the key', async () => {
    fake.polar.api.mint({ token: 'a b' });
    assert.equal((await fetch(`${fake.polar.url}${CLAIM_PATH}/a%20b`)).status, 200);
    assert.equal((await fetch(`${fake.polar.url}${CLAIM_PATH}/a%2520b`)).status, 404);
  });
});

describe('POST claim', () => {
  test('member model: valid response, member session token, seat holder as member', async () => {
    const { token } = fake.polar.api.mint({ model: 'member', customerEmail: 'jane@example.com' });
    const response = await fake.polar.claim({ invitation_token: token });
    assert.equal(response.status, 200);
    const body = await json(response);
    assert.equal(fake.schemas.claimResponse(body), null);
    assert.match(body.customer_session_token, /^polar_mst_[A-Za-z0-9_-]{20,}$/);
    const { seat } = body;
    assert.equal(seat.status, 'claimed');
    assert.equal(seat.claimed_at, '2026-08-01T12:00:00.000Z');
    assert.equal(seat.modified_at, '2026-08-01T12:00:00.000Z');
    assert.equal(seat.revoked_at, null);
    assert.equal(seat.email, 'jane@example.com');
    // The seat holder's email, not the purchaser's: Polar reports the seat's own email first.
    assert.equal(seat.customer_email, 'jane@example.com');
    assert.equal(seat.member.email, 'jane@example.com');
    assert.equal(seat.member.role, 'member');
    assert.equal(seat.member_id, seat.member.id);
    // The seat's customer is the purchaser, to whom the member belongs.
    assert.equal(seat.member.customer_id, seat.customer_id);
    assert.equal(seat.invitation_token_expires_at, '2026-08-02T12:00:00.000Z');
  });

  test('legacy customer model: the holder is the seat’s customer and still gets a Member and a member session', async () => {
    const { token } = fake.polar.api.mint({ model: 'customer', customerEmail: 'sam@example.com' });
    const body = await json(await fake.polar.claim({ invitation_token: token }));
    assert.equal(fake.schemas.claimResponse(body), null);
    assert.match(body.customer_session_token, /^polar_mst_[A-Za-z0-9_-]{20,}$/);
    const { seat } = body;
    assert.equal(seat.email, 'sam@example.com');
    assert.equal(seat.customer_email, 'sam@example.com');
    assert.equal(seat.member.email, 'sam@example.com');
    assert.equal(seat.member_id, seat.member.id);
    assert.match(seat.customer_id, /^[0-9a-f-]{36}$/);
    // The seat's customer is the holder's own; the Member belongs to the purchaser (the billing customer).
    assert.notEqual(seat.member.customer_id, seat.customer_id);
  });

  test('a legacy-model holder without an email: no member, a customer session token, an empty info email', async () => {
    const { token, customerEmail } = fake.polar.api.mint({ model: 'customer', holderHasEmail: false });
    assert.equal(customerEmail, '');
    const info = await json(await fake.polar.info(token));
    assert.equal(fake.schemas.seatClaimInfo(info), null);
    assert.equal(info.customer_email, '');
    const body = await json(await fake.polar.claim({ invitation_token: token }));
    assert.equal(fake.schemas.claimResponse(body), null);
    assert.match(body.customer_session_token, /^polar_cst_[A-Za-z0-9_-]{20,}$/);
    assert.equal(body.seat.member, null);
    assert.equal(body.seat.member_id, null);
    assert.equal(body.seat.email, null);
    assert.equal(body.seat.customer_email, null);
    assert.match(body.seat.customer_id, /^[0-9a-f-]{36}$/);
  });

  test('seats come from a subscription or, for a one-time purchase, from an order', async () => {
    const fromSubscription = await json(await fake.polar.claim({ invitation_token: fake.polar.api.mint().token }));
    assert.match(fromSubscription.seat.subscription_id, /^[0-9a-f-]{36}$/);
    assert.equal(fromSubscription.seat.order_id, null);
    const { token } = fake.polar.api.mint({ source: 'order' });
    assert.equal((await fake.polar.info(token)).status, 200);
    const fromOrder = await json(await fake.polar.claim({ invitation_token: token }));
    assert.equal(fake.schemas.claimResponse(fromOrder), null);
    assert.equal(fromOrder.seat.subscription_id, null);
    assert.match(fromOrder.seat.order_id, /^[0-9a-f-]{36}$/);
  });

  test('every CustomerSeat field is present', async () => {
    const { token } = fake.polar.api.mint();
    const { seat } = await json(await fake.polar.claim({ invitation_token: token }));
    assert.deepEqual(Object.keys(seat).sort(), [
      'claimed_at',
      'created_at',
      'customer_email',
      'customer_id',
      'email',
      'id',
      'invitation_token_expires_at',
      'member',
      'member_id',
      'modified_at',
      'order_id',
      'revoked_at',
      'seat_metadata',
      'status',
      'subscription_id',
    ]);
  });

  test('tokens are single use: second claim 400, info 404', async () => {
    const { token } = fake.polar.api.mint();
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 200);
    const again = await fake.polar.claim({ invitation_token: token });
    assert.equal(again.status, 400);
    assert.equal(await again.text(), JSON.stringify(INVALID_TOKEN));
    assert.equal((await fake.polar.info(token)).status, 404);
  });

  test('unknown, expired, revoked, claimed and empty tokens all answer the same 400', async () => {
    const tokens = [
      'unknown-token',
      '',
      fake.polar.api.mint({ expired: true }).token,
      fake.polar.api.mint({ status: 'revoked' }).token,
      fake.polar.api.mint({ status: 'claimed' }).token,
    ];
    for (const token of tokens) {
      const response = await fake.polar.claim({ invitation_token: token });
      assert.equal(response.status, 400, JSON.stringify(token));
      assert.equal(await response.text(), JSON.stringify(INVALID_TOKEN));
    }
  });

  test('minted tokens are 43 URL-safe characters and unique', () => {
    const a = fake.polar.api.mint().token;
    const b = fake.polar.api.mint().token;
    assert.match(a, URL_SAFE_43);
    assert.notEqual(a, b);
  });
});

describe('token expiry (24 hours)', () => {
  test('a token works up to its expiry instant and not a millisecond later', async () => {
    const { token } = fake.polar.api.mint();
    fake.polar.advance(DAY_MS);
    assert.equal((await fake.polar.info(token)).status, 200);
    fake.polar.advance(1);
    assert.equal((await fake.polar.info(token)).status, 404);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 400);
  });

  test('the clock control moves this api instance forward', async () => {
    const { token } = fake.polar.api.mint();
    const before = fake.polar.api.now();
    const moved = await fake.polar.control('clock', { advanceMs: DAY_MS + 1 });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.now, before + DAY_MS + 1);
    assert.equal(moved.body.iso, new Date(before + DAY_MS + 1).toISOString());
    assert.equal((await fake.polar.info(token)).status, 404);
    assert.equal((await fake.polar.control('clock', { advanceMs: -5 })).status, 400);
  });
});

describe('seat-based pricing disabled (403)', () => {
  test('a valid token of such an organization gets 403 on both operations, and stays unclaimed', async () => {
    const { token } = fake.polar.api.mint({ seatBasedPricing: false });
    const info = await fake.polar.info(token);
    assert.equal(info.status, 403);
    assert.equal(await info.text(), JSON.stringify(FEATURE_NOT_ENABLED));
    const claim = await fake.polar.claim({ invitation_token: token });
    assert.equal(claim.status, 403);
    assert.equal(await claim.text(), JSON.stringify(FEATURE_NOT_ENABLED));
    assert.equal((await fake.polar.info(token)).status, 403);
  });

  test('is checked after the token: an invalid token still gets 404 / 400', async () => {
    const { token } = fake.polar.api.mint({ seatBasedPricing: false, status: 'claimed' });
    assert.equal((await fake.polar.info(token)).status, 404);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 400);
    const expired = fake.polar.api.mint({ seatBasedPricing: false, expired: true }).token;
    assert.equal((await fake.polar.claim({ invitation_token: expired })).status, 400);
  });
});

describe('422 request validation (pydantic v2 items)', () => {
  /**
   * @param {string | object} body
   * @param {Record<string, string>} [headers]
   */
  async function expect422(body, headers) {
    const response = await fake.polar.claim(body, headers);
    assert.equal(response.status, 422);
    const parsed = await json(response);
    assert.equal(parsed.error, 'RequestValidationError');
    assert.equal(fake.schemas.validationError(parsed), null);
    assert.equal(parsed.detail.length, 1);
    return parsed.detail[0];
  }

  test('body not JSON', async () => {
    assert.deepEqual(await expect422('not json'), {
      type: 'json_invalid',
      loc: ['body', 0],
      msg: 'JSON decode error',
      input: {},
      ctx: { error: 'Expecting value' },
    });
  });

  test('JSON errors carry Python’s position and message', async () => {
    assert.deepEqual((await expect422('{"invitation_token": }')).loc, ['body', 21]);
    assert.deepEqual((await expect422('{"invitation_token": "x"')).ctx, { error: "Expecting ',' delimiter" });
    assert.deepEqual((await expect422('{"invitation_token": "x"} trailing')).ctx, { error: 'Extra data' });
  });

  test('body not an object', async () => {
    for (const value of [['a'], 'a string', 42, true]) {
      assert.deepEqual(await expect422(JSON.stringify(value)), {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: value,
      });
    }
  });

  test('JSON sent as text/plain is not parsed (like FastAPI)', async () => {
    const body = JSON.stringify({ invitation_token: 'x' });
    const item = await expect422(body, { 'content-type': 'text/plain;charset=UTF-8' });
    assert.equal(item.type, 'model_attributes_type');
    assert.equal(item.input, body);
  });

  test('JSON without a content-type is not parsed either (FastAPI 0.132+, strict_content_type)', async () => {
    const { token } = fake.polar.api.mint();
    const body = JSON.stringify({ invitation_token: token });
    // node:http sends no content-type unless told to (fetch would add text/plain to a string body).
    const response = await rawRequest(`${fake.polar.url}${CLAIM_PATH}`, { method: 'POST', body });
    assert.equal(response.status, 422);
    assert.deepEqual(JSON.parse(response.body).detail, [
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      },
    ]);
    assert.equal((await fake.polar.info(token)).status, 200, 'nothing claimed');
  });

  test('application/*+json and a charset are parsed as JSON', async () => {
    const { token } = fake.polar.api.mint();
    const response = await fake.polar.claim(
      { invitation_token: token },
      { 'content-type': 'application/vnd.api+json; charset=utf-8' },
    );
    assert.equal(response.status, 200);
  });

  test('missing token, and missing body', async () => {
    assert.deepEqual(await expect422({ token: 'x' }), {
      type: 'missing',
      loc: ['body', 'invitation_token'],
      msg: 'Field required',
      input: { token: 'x' },
    });
    assert.deepEqual(await expect422(''), { type: 'missing', loc: ['body'], msg: 'Field required', input: null });
    assert.deepEqual(await expect422('null'), { type: 'missing', loc: ['body'], msg: 'Field required', input: null });
  });

  test('token not a string (no coercion)', async () => {
    for (const value of [123, null, true, ['t'], { t: 1 }]) {
      assert.deepEqual(await expect422({ invitation_token: value }), {
        type: 'string_type',
        loc: ['body', 'invitation_token'],
        msg: 'Input should be a valid string',
        input: value,
      });
    }
  });

  test('validation happens before the token lookup and never claims', async () => {
    const { token } = fake.polar.api.mint();
    await expect422({ invitation_token: [token] });
    assert.equal((await fake.polar.claim({ invitation_token: token, extra: 'ignored' })).status, 200);
  });
});

describe('unknown routes and methods', () => {
  test('404 Not Found and 405 Method Not Allowed, like Starlette', async () => {
    const notFound = await fetch(`${fake.polar.url}/v1/customer-seats/some/thing`);
    assert.equal(notFound.status, 404);
    assert.deepEqual(await notFound.json(), { detail: 'Not Found' });
    const postInfo = await fetch(`${fake.polar.url}${CLAIM_PATH}/abc`, { method: 'POST' });
    assert.equal(postInfo.status, 405);
    assert.equal(postInfo.headers.get('allow'), 'GET');
    assert.deepEqual(await postInfo.json(), { detail: 'Method Not Allowed' });
  });

  test('paths outside the api fall through to the host', async () => {
    const response = await fetch(`${fake.polar.url}/index.html`);
    assert.equal(await response.text(), 'static fallthrough');
  });
});

describe('request recording', () => {
  test('counts info by path token and claim by body token, with full details', async () => {
    const { token } = fake.polar.api.mint();
    await fake.polar.info(token, { headers: { 'Polar-Version': '2026-04', 'X-Custom': 'yes' } });
    await fake.polar.info(token);
    await fake.polar.claim({ invitation_token: token });
    await fake.polar.claim({ invitation_token: token });
    await fake.polar.claim('not json');
    assert.deepEqual(fake.polar.api.requestsFor(token), { info: 2, claim: 2 });

    const { body } = await fake.polar.control(`requests?token=${token}`);
    assert.equal(body.info, 2);
    assert.equal(body.claim, 2);
    assert.equal(body.preflights, 0);
    assert.equal(body.requests.length, 4);
    const [first, , firstClaim] = body.requests;
    assert.equal(first.method, 'GET');
    assert.equal(first.headers['polar-version'], '2026-04');
    assert.equal(first.headers['x-custom'], 'yes');
    assert.equal(first.body, '');
    assert.equal(first.at, fake.polar.api.now());
    assert.equal(firstClaim.method, 'POST');
    assert.equal(firstClaim.path, CLAIM_PATH);
    assert.equal(firstClaim.body, JSON.stringify({ invitation_token: token }));
    assert.equal(firstClaim.headers['content-type'], 'application/json');

    // A body without a token belongs to no invitation but shows in the overall log.
    const everything = (await fake.polar.control('requests')).body;
    assert.equal(everything.claim, 3);
    assert.equal(everything.requests.at(-1).token, null);
  });

  test('preflights are kept apart from requests', async () => {
    const { token } = fake.polar.api.mint();
    const headers = {
      Origin: 'https://shop.example',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'polar-version',
    };
    await fetch(`${fake.polar.url}${CLAIM_PATH}/${token}`, { method: 'OPTIONS', headers });
    await fetch(`${fake.polar.url}${CLAIM_PATH}`, {
      method: 'OPTIONS',
      headers: { ...headers, 'Access-Control-Request-Method': 'POST' },
    });
    const forToken = (await fake.polar.control(`requests?token=${token}`)).body;
    assert.equal(forToken.preflights, 1);
    assert.equal(forToken.info, 0);
    assert.equal(forToken.preflightRequests[0].method, 'OPTIONS');
    assert.equal((await fake.polar.control('requests')).body.preflights, 2);
    assert.deepEqual(fake.polar.api.requestsFor(token), { info: 0, claim: 0 });
  });

  test('an unknown token has zero counts', async () => {
    assert.deepEqual(fake.polar.api.requestsFor('never-seen'), { info: 0, claim: 0 });
    const { body } = await fake.polar.control('requests?token=never-seen');
    assert.deepEqual(body, { info: 0, claim: 0, preflights: 0, requests: [], preflightRequests: [] });
  });
});

describe('minting over HTTP', () => {
  test('201 with the invitation details; any strings are kept verbatim', async () => {
    const hostile = {
      productName: '<script>alert(1)</script> & "quotes"',
      organizationName: '<img src=x onerror=alert(1)>',
      organizationSlug: '../x?y#z//evil.com',
      customerEmail: 'a+b@example.com',
    };
    const minted = await fake.polar.control('invitations', { ...hostile, model: 'customer' });
    assert.equal(minted.status, 201);
    assert.match(minted.body.token, URL_SAFE_43);
    assert.deepEqual(
      { ...minted.body },
      {
        token: minted.body.token,
        ...hostile,
        model: 'customer',
        expiresAt: '2026-08-02T12:00:00.000Z',
        scenario: null,
      },
    );
    const info = await json(await fake.polar.info(minted.body.token));
    assert.equal(info.product_name, hostile.productName);
    assert.equal(info.organization_slug, hostile.organizationSlug);
  });

  test('an empty body mints a default member invitation', async () => {
    const minted = await fake.polar.control('invitations', {});
    assert.equal(minted.body.model, 'member');
    assert.equal(minted.body.productName, 'Acme Analytics — Team plan');
    assert.equal(minted.body.organizationSlug, 'acme');
  });

  test('a scenario gives a fresh token with that scenario’s behaviour', async () => {
    const minted = await fake.polar.control('invitations', { scenario: 'feature-disabled' });
    assert.notEqual(minted.body.token, SCENARIOS.find((s) => s.name === 'feature-disabled')?.token);
    assert.equal((await fake.polar.info(minted.body.token)).status, 403);
  });

  test('mistakes are refused with 400, not silently ignored', async () => {
    for (const body of [
      { modle: 'member' },
      { model: 'team' },
      { status: 'gone' },
      { claim: 'explode' },
      { scenario: 'nope' },
      { expired: 'yes' },
      { source: 'gift' },
      { holderHasEmail: false },
      { holderHasEmail: 'no', model: 'customer' },
    ]) {
      const response = await fake.polar.control('invitations', body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error, 'InvalidMockRequest');
    }
  });
});

describe('seeded scenarios', () => {
  test('answers Polar never sends are described as such', () => {
    for (const name of ['malformed', 'cannot-claim']) {
      assert.match(SCENARIOS.find((s) => s.name === name)?.description ?? '', /^Never sent by Polar/, name);
    }
  });

  test('the list has every scenario with a 43-character URL-safe token', async () => {
    const { status, body } = await fake.polar.control('scenarios');
    assert.equal(status, 200);
    assert.deepEqual(
      body.map((/** @type {{ name: string }} */ s) => s.name),
      [
        'valid-member',
        'valid-customer',
        'holder-without-email',
        'valid-one-time',
        'expired',
        'claimed',
        'revoked',
        'feature-disabled',
        'slow',
        'rate-limited',
        'server-error',
        'malformed',
        'cannot-claim',
        'flaky',
        'benefits-none',
        'benefits-one',
        'benefits-three',
        'benefits-slow',
        'stream-not-found',
        'stream-rate-limited',
        'stream-server-error',
        'stream-cut',
        'lost-answer-stream',
      ],
    );
    for (const scenario of body) {
      assert.match(scenario.token, URL_SAFE_43);
      assert.deepEqual(Object.keys(scenario).sort(), ['description', 'name', 'title', 'token']);
      assert.ok(scenario.title && scenario.description);
    }
    assert.deepEqual(
      body.map((/** @type {{ token: string }} */ s) => s.token),
      SCENARIOS.map((s) => s.token),
    );
  });

  test('each seeded token behaves as described', async () => {
    const token = (/** @type {string} */ name) => /** @type {string} */ (SCENARIOS.find((s) => s.name === name)?.token);
    const member = await json(await fake.polar.claim({ invitation_token: token('valid-member') }));
    assert.match(member.customer_session_token, /^polar_mst_/);
    const legacy = await json(await fake.polar.claim({ invitation_token: token('valid-customer') }));
    assert.match(legacy.customer_session_token, /^polar_mst_/);
    assert.equal(legacy.seat.member.email, legacy.seat.email);
    const withoutEmail = await json(await fake.polar.claim({ invitation_token: token('holder-without-email') }));
    assert.match(withoutEmail.customer_session_token, /^polar_cst_/);
    assert.equal(withoutEmail.seat.member, null);
    const oneTime = await json(await fake.polar.claim({ invitation_token: token('valid-one-time') }));
    assert.deepEqual([oneTime.seat.subscription_id, typeof oneTime.seat.order_id], [null, 'string']);
    assert.equal((await json(await fake.polar.info(token('cannot-claim')))).can_claim, false);
    for (const name of ['expired', 'claimed', 'revoked']) {
      assert.equal((await fake.polar.info(token(name))).status, 404, name);
      assert.equal((await fake.polar.claim({ invitation_token: token(name) })).status, 400, name);
    }
    assert.equal((await fake.polar.info(token('feature-disabled'))).status, 403);
    assert.deepEqual(await json(await fake.polar.info(token('malformed'))), { ok: true });
    assert.equal((await fake.polar.info(token('rate-limited'))).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: token('rate-limited') })).status, 429);
    assert.equal((await fake.polar.claim({ invitation_token: token('server-error') })).status, 500);
    await assert.rejects(fake.polar.claim({ invitation_token: token('flaky') }).then((r) => r.text()));
    assert.equal((await fake.polar.claim({ invitation_token: token('flaky') })).status, 400);
    assert.deepEqual(SCENARIOS.find((s) => s.name === 'slow')?.settings, {
      info: { kind: 'slow', delayMs: 3000 },
      claim: { kind: 'slow', delayMs: 3000 },
    });
  });

  test('reset re-arms the seeded tokens', async () => {
    const token = /** @type {string} */ (SCENARIOS[0]?.token);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 400);
    assert.equal((await fake.polar.control('reset', {})).status, 200);
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 200);
  });
});

describe('fake customer portal', () => {
  test('serves a page and records the visit without showing the token', async () => {
    const response = await fetch(
      `${fake.polar.url}/__polar-mock/portal/acme%3Cb%3E/portal?customer_session_token=polar_mst_secret`,
    );
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /Fake customer portal/);
    assert.match(html, /acme&#60;b&#62;/);
    assert.doesNotMatch(html, /polar_mst_secret/);
    const visits = (await fake.polar.control('portal-visits')).body;
    assert.equal(visits.length, 1);
    assert.equal(visits[0].path, '/__polar-mock/portal/acme%3Cb%3E/portal?customer_session_token=polar_mst_secret');
    assert.equal(visits[0].slug, 'acme<b>');
    assert.equal(visits[0].token, 'polar_mst_secret');
  });

  test('unknown control paths answer 404', async () => {
    const response = await fake.polar.control('nope');
    assert.equal(response.status, 404);
  });
});
