/**
 * The faults that stand for what sits between the page and Polar (a redirecting or echoing proxy, a
 * trickling connection) and for answers Polar's schema allows but the widget must refuse: each does what
 * it says, and the claim takes effect exactly when the server did its work.
 */

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, test } from 'node:test';
import { CLAIM_PATH, rawRequest, useFakePolarPerTest } from './support/polar-harness.mjs';

const fake = useFakePolarPerTest();

const stillClaimable = async (/** @type {string} */ token) => (await fake.polar.info(token)).status === 200;

describe('redirect', () => {
  test('claim: a 307 to the same path on the other loopback name, with CORS headers; nothing claimed', async () => {
    const { token } = fake.polar.api.mint({ claim: { kind: 'redirect', times: 1 } });
    const response = await fetch(`${fake.polar.url}${CLAIM_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invitation_token: token }),
      redirect: 'manual',
    });
    assert.equal(response.status, 307);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const port = new URL(fake.polar.url).port;
    assert.equal(response.headers.get('location'), `http://localhost:${port}${CLAIM_PATH}`);
    assert.equal(await stillClaimable(token), true);
  });

  test('info: a 302 from localhost points back at 127.0.0.1', async () => {
    const { token } = fake.polar.api.mint({ info: 'redirect' });
    const port = new URL(fake.polar.url).port;
    const path = `${CLAIM_PATH}/${token}`;
    const response = await rawRequest(`${fake.polar.url}${path}`, { headers: { host: `localhost:${port}` } });
    assert.equal(response.status, 302);
    assert.equal(response.headers.location, `http://127.0.0.1:${port}${path}`);
  });
});

test('echo-token: a 404 whose detail repeats the token; nothing claimed', async () => {
  const { token } = fake.polar.api.mint({ claim: { kind: 'echo-token', times: 1 } });
  const response = await fake.polar.claim({ invitation_token: token });
  assert.equal(response.status, 404);
  assert.deepEqual(await response.json(), { error: 'NotFound', detail: `Invitation ${token} not found` });
  assert.equal(await stillClaimable(token), true);
});

test('huge-error: a 404 whose body is oversized every way, and a __proto__ key; nothing claimed', async () => {
  const { token } = fake.polar.api.mint({ claim: { kind: 'huge-error', times: 1 } });
  const response = await fake.polar.claim({ invitation_token: token });
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const body = JSON.parse(await response.text());
  let depth = 0;
  for (let level = body.detail; Array.isArray(level); level = level[0]) depth++;
  assert.equal(depth, 1000);
  assert.equal(body.list.length, 1000);
  assert.equal(Object.keys(body.wide).length, 100);
  assert.equal(body.text.length, 5 * 1024 * 1024);
  assert.ok(body.echo.includes(token));
  assert.match(body[`key ${token}`], /^polar_mst_s+ and polar_cst_c+$/);
  assert.ok(Object.hasOwn(body, '__proto__'));
  assert.equal(body.grid.flat().length, 900);
  assert.equal(await stillClaimable(token), true);
});

test('slow-body: status and headers at once, then a byte every delayMs; the claim took effect', async () => {
  const { token } = fake.polar.api.mint({ claim: { kind: 'slow-body', delayMs: 20 } });
  const response = await fake.polar.claim({ invitation_token: token });
  assert.equal(response.status, 200);
  const reader = /** @type {ReadableStreamDefaultReader<Uint8Array>} */ (response.body?.getReader());
  const first = await reader.read();
  assert.equal(first.value?.length, 1);
  assert.equal(new TextDecoder().decode(first.value), '{');
  await reader.cancel();
  assert.equal(await stillClaimable(token), false);
});

test('slow-body: closing the api drops the trickle', async () => {
  const { token } = fake.polar.api.mint({ info: 'slow-body' });
  const parked = fake.polar.nextHandled();
  const response = await fake.polar.info(token);
  assert.equal(response.status, 200);
  const request = await parked;
  const closed = once(request.socket, 'close');
  fake.polar.api.close();
  await closed;
  await assert.rejects(response.text(), TypeError);
});

describe('spoiled successful answers', () => {
  test('seat-not-claimed: the claim takes effect, its answer says pending', async () => {
    const { token } = fake.polar.api.mint({ claim: 'seat-not-claimed' });
    const answer = await (await fake.polar.claim({ invitation_token: token })).json();
    assert.equal(answer.seat.status, 'pending');
    assert.equal(answer.seat.claimed_at, null);
    assert.match(answer.customer_session_token, /^polar_mst_/);
    assert.equal(await stillClaimable(token), false);
  });

  test('huge-name: a 5 MB product_name, or seat email', async () => {
    const { token } = fake.polar.api.mint({ info: 'huge-name', claim: 'huge-name' });
    const info = await (await fake.polar.info(token)).json();
    assert.equal(info.product_name.length, 5 * 1024 * 1024);
    const claim = await (await fake.polar.claim({ invitation_token: token })).json();
    assert.equal(claim.seat.email.length, 5 * 1024 * 1024);
  });
});
