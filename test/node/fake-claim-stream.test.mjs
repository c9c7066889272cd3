/**
 * The fake's claim stream (GET /v1/customer-seats/claim/{token}/stream) serves what Polar's does: its framing,
 * pings, lifetime, rate limit, channel, events and faults.
 */

import assert from 'node:assert/strict';
import { once } from 'node:events';
import { get } from 'node:http';
import { describe, test } from 'node:test';
import { POLAR_STREAM_CONNECTIONS_PER_MINUTE } from '../../mock/claim-stream.mjs';
import { SCENARIOS } from '../../mock/scenarios.mjs';
import { startMockServer } from '../../mock/server.mjs';
import { CLAIM_PATH, json, startFakePolar, useFakePolarPerTest } from './support/polar-harness.mjs';

const fake = useFakePolarPerTest();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An open claim stream read as raw text: `next()` resolves with each message (the text between empty lines,
 * comments included), `ended` once the server ends or drops the connection.
 * @param {string} base
 * @param {string} token
 */
async function openStream(base, token) {
  const request = get(`${base}${CLAIM_PATH}/${encodeURIComponent(token)}/stream`);
  const [response] = /** @type {[import('node:http').IncomingMessage]} */ (await once(request, 'response'));
  response.setEncoding('utf8');
  let raw = '';
  /** @type {string[]} */
  const messages = [];
  /** @type {(() => void)[]} */
  let waiters = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  response.on('data', (/** @type {string} */ chunk) => {
    raw += chunk;
    const parts = raw.split('\r\n\r\n');
    raw = /** @type {string} */ (parts.pop());
    messages.push(...parts);
    wake();
  });
  const ended = new Promise((resolve) => {
    response.on('close', () => {
      wake();
      resolve(undefined);
    });
  });
  response.on('error', () => {});
  let read = 0;
  return {
    response,
    ended,
    /** The next message's text; rejects when the stream ends first. */
    async next() {
      while (read >= messages.length) {
        if (response.closed || response.destroyed) throw new Error(`stream ended after ${read} messages`);
        await new Promise((resolve) => waiters.push(() => resolve(undefined)));
      }
      return /** @type {string} */ (messages[read++]);
    },
    /** The next `data:` message, parsed; comments (pings) are skipped. */
    async nextData() {
      for (;;) {
        const text = await this.next();
        if (text.startsWith('data: ')) return JSON.parse(text.slice('data: '.length));
      }
    },
    close: () => request.destroy(),
  };
}

/** @param {string} token */
const productOf = async (token) => (await json(await fake.polar.info(token))).product_id;

/** @param {string} token */
const claim = async (token) => json(await fake.polar.claim({ invitation_token: token }));

describe('claim stream: framing and events', () => {
  test("is Server-Sent Events with CORS, no-store and Polar's message framing", async () => {
    const { token } = fake.polar.api.mint();
    const productId = await productOf(token);
    const stream = await openStream(fake.polar.url, token);
    assert.equal(stream.response.statusCode, 200);
    assert.equal(stream.response.headers['content-type'], 'text/event-stream; charset=utf-8');
    assert.equal(stream.response.headers['access-control-allow-origin'], '*');
    assert.equal(stream.response.headers['cache-control'], 'no-store');
    const claimed = await claim(token);
    const text = await stream.next();
    // Python's json.dumps separators, sse_starlette's CRLF framing.
    assert.match(text, /^data: \{"id": "[0-9a-f-]{36}", "key": "customer_seat\.claimed", "payload": \{"seat_id": /);
    const message = JSON.parse(text.slice('data: '.length));
    assert.match(message.id, UUID);
    assert.deepEqual(message.payload, {
      seat_id: claimed.seat.id,
      subscription_id: claimed.seat.subscription_id,
      order_id: null,
      product_id: productId,
    });
    stream.close();
  });

  test('after the claimed event, one benefit.granted per benefit, in order', async () => {
    const { token } = fake.polar.api.mint({ benefits: ['license_keys', 'downloadables', 'discord'], grantDelayMs: 0 });
    const stream = await openStream(fake.polar.url, token);
    await claim(token);
    assert.equal((await stream.nextData()).key, 'customer_seat.claimed');
    const grants = [await stream.nextData(), await stream.nextData(), await stream.nextData()];
    assert.deepEqual(
      grants.map((m) => [m.key, m.payload.benefit_type]),
      [
        ['benefit.granted', 'license_keys'],
        ['benefit.granted', 'downloadables'],
        ['benefit.granted', 'discord'],
      ],
    );
    for (const m of grants) assert.match(m.payload.benefit_id, UUID);
    assert.equal(new Set(grants.map((m) => m.payload.benefit_id)).size, 3);
    stream.close();
  });

  test('held grants come only when the control says grant', async () => {
    const { token } = fake.polar.api.mint({ benefits: ['license_keys', 'custom'], holdGrants: true });
    const stream = await openStream(fake.polar.url, token);
    await claim(token);
    assert.equal((await fake.polar.control(`stream?token=${token}`)).body.held, 2);
    // A marker published before the grant action must arrive before the grants.
    await fake.polar.control('stream', { token, action: 'publish', key: 'marker', payload: {} });
    assert.deepEqual((await fake.polar.control('stream', { token, action: 'grant' })).body, {
      opened: 1,
      open: 1,
      held: 0,
    });
    const keys = [];
    for (let i = 0; i < 4; i++) keys.push((await stream.nextData()).key);
    assert.deepEqual(keys, ['customer_seat.claimed', 'marker', 'benefit.granted', 'benefit.granted']);
    stream.close();
  });

  test("carries every event of the billing customer, other products' included", async () => {
    const mine = fake.polar.api.mint({ billingCustomer: 'cus_1', productName: 'Mine' });
    const other = fake.polar.api.mint({ billingCustomer: 'cus_1', productName: 'Other', benefits: ['discord'] });
    const otherProduct = await productOf(other.token);
    const stream = await openStream(fake.polar.url, mine.token);
    await claim(other.token);
    const claimed = await stream.nextData();
    assert.equal(claimed.key, 'customer_seat.claimed');
    assert.equal(claimed.payload.product_id, otherProduct);
    assert.notEqual(otherProduct, await productOf(mine.token));
    assert.equal((await stream.nextData()).payload.benefit_type, 'discord');
    stream.close();
  });

  test("does not carry another billing customer's events", async () => {
    const mine = fake.polar.api.mint();
    const stranger = fake.polar.api.mint({ benefits: ['discord'], grantDelayMs: 0 });
    const stream = await openStream(fake.polar.url, mine.token);
    await claim(stranger.token);
    await fake.polar.control('stream', { token: mine.token, action: 'publish', key: 'marker', payload: {} });
    assert.equal((await stream.nextData()).key, 'marker');
    stream.close();
  });

  test('reports a claim whose answer was lost (the lost-answer-stream scenario)', async () => {
    const token = /** @type {string} */ (SCENARIOS.find((s) => s.name === 'lost-answer-stream')?.token);
    const productId = await productOf(token);
    const stream = await openStream(fake.polar.url, token);
    await assert.rejects(fake.polar.claim({ invitation_token: token }).then((r) => r.text()));
    const claimed = await stream.nextData();
    assert.equal(claimed.key, 'customer_seat.claimed');
    assert.equal(claimed.payload.product_id, productId);
    assert.equal((await stream.nextData()).payload.benefit_type, 'license_keys');
    stream.close();
  });
});

describe('claim stream: scenarios', () => {
  test('benefits-slow keeps benefits coming within the 2 s quiet period until past the 15 s grant-timeout', () => {
    const { settings } = /** @type {import('../../mock/scenarios.mjs').Scenario} */ (
      SCENARIOS.find((s) => s.name === 'benefits-slow')
    );
    const delay = /** @type {number} */ (settings.grantDelayMs);
    const count = /** @type {string[]} */ (settings.benefits).length;
    assert.ok(delay < 2000, 'each grant arrives before the quiet period ends');
    assert.ok(delay * count > 15_000, 'the last grant comes after the default grant-timeout');
  });

  test('the 0, 1 and 3 benefit scenarios grant that many benefits', async () => {
    for (const [name, count] of /** @type {const} */ ([
      ['benefits-none', 0],
      ['benefits-one', 1],
      ['benefits-three', 3],
    ])) {
      const { token } = fake.polar.api.mint({ scenario: name, grantDelayMs: 0 });
      const stream = await openStream(fake.polar.url, token);
      await claim(token);
      assert.equal((await stream.nextData()).key, 'customer_seat.claimed');
      for (let i = 0; i < count; i++) assert.equal((await stream.nextData()).key, 'benefit.granted', name);
      // Nothing more: a marker published now is the next message.
      await fake.polar.control('stream', { token, action: 'publish', key: 'marker', payload: {} });
      assert.equal((await stream.nextData()).key, 'marker', name);
      stream.close();
    }
  });
});

describe('claim stream: availability', () => {
  test('answers 404 ResourceNotFound unless the seat is pending', async () => {
    const pending = fake.polar.api.mint();
    await claim(pending.token);
    const tokens = [
      pending.token,
      'x'.repeat(43),
      fake.polar.api.mint({ status: 'claimed' }).token,
      fake.polar.api.mint({ status: 'revoked' }).token,
      fake.polar.api.mint({ expired: true }).token,
    ];
    for (const token of tokens) {
      const response = await fetch(`${fake.polar.url}${CLAIM_PATH}/${token}/stream`);
      assert.equal(response.status, 404, token);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(await response.json(), {
        error: 'ResourceNotFound',
        detail: 'Invalid or expired invitation token',
      });
    }
  });

  test('allows 10 connections a minute per client, then answers 429 for 300 s of the api clock', async () => {
    const polar = await startFakePolar({ streamConnectionsPerMinute: POLAR_STREAM_CONNECTIONS_PER_MINUTE });
    try {
      const { token } = polar.api.mint();
      const url = `${polar.url}${CLAIM_PATH}/${token}/stream`;
      for (let i = 0; i < 10; i++) {
        const stream = await openStream(polar.url, token);
        assert.equal(stream.response.statusCode, 200, `connection ${i + 1}`);
        stream.close();
      }
      const blocked = await fetch(url);
      assert.equal(blocked.status, 429);
      assert.equal(blocked.headers.get('retry-after'), '300');
      assert.equal(blocked.headers.get('access-control-allow-origin'), '*');
      assert.equal(await blocked.text(), '');
      // A new minute does not lift the block: it lasts 300 s.
      polar.advance(60_000);
      const stillBlocked = await fetch(url);
      assert.equal(stillBlocked.status, 429);
      assert.equal(stillBlocked.headers.get('retry-after'), '240');
      polar.advance(240_000);
      const again = await openStream(polar.url, token);
      assert.equal(again.response.statusCode, 200);
      again.close();
    } finally {
      await polar.close();
    }
  });

  test('the standalone server limits streams like Polar; the default api does not (tests share one client IP)', async () => {
    const server = await startMockServer({ port: 0, host: '127.0.0.1' });
    try {
      const statuses = async (/** @type {string} */ base, /** @type {string} */ token) => {
        const seen = [];
        for (let i = 0; i < POLAR_STREAM_CONNECTIONS_PER_MINUTE + 1; i++) {
          const stream = await openStream(base, token);
          seen.push(stream.response.statusCode);
          stream.close();
        }
        return seen;
      };
      const limited = await statuses(server.url, server.api.mint().token);
      assert.deepEqual(limited.slice(-2), [200, 429]);
      const unlimited = await statuses(fake.polar.url, fake.polar.api.mint().token);
      assert.ok(unlimited.every((status) => status === 200));
    } finally {
      await server.close();
    }
  });

  test('only GET is routed; a longer path is not the stream', async () => {
    const { token } = fake.polar.api.mint();
    const post = await fetch(`${fake.polar.url}${CLAIM_PATH}/${token}/stream`, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET');
    assert.equal((await fetch(`${fake.polar.url}${CLAIM_PATH}/${token}/stream/more`)).status, 404);
  });
});

describe('claim stream: lifetime', () => {
  test('pings, and after its lifetime sends the reconnect message and closes', async () => {
    const polar = await startFakePolar({ streamLifetimeMs: 300, streamPingMs: 20 });
    try {
      const { token } = polar.api.mint();
      const stream = await openStream(polar.url, token);
      assert.match(await stream.next(), /^: ping - \d{4}-\d\d-\d\dT/);
      let last = await stream.next();
      while (last.startsWith(': ping')) last = await stream.next();
      assert.equal(last, 'data: {"type": "reconnect"}');
      await stream.ended;
    } finally {
      await polar.close();
    }
  });

  test("the control's end sends the reconnect message now, and cut drops the connection", async () => {
    const { token } = fake.polar.api.mint();
    const ending = await openStream(fake.polar.url, token);
    await fake.polar.control('stream', { token, action: 'end' });
    assert.deepEqual(await ending.nextData(), { type: 'reconnect' });
    await ending.ended;

    const cut = await openStream(fake.polar.url, token);
    assert.equal((await fake.polar.control(`stream?token=${token}`)).body.open, 1);
    await fake.polar.control('stream', { token, action: 'cut' });
    await cut.ended;
    await assert.rejects(cut.next(), /stream ended after 0 messages/);
    assert.deepEqual((await fake.polar.control(`stream?token=${token}`)).body, { opened: 2, open: 0, held: 0 });
  });

  test('closing the api ends open streams', async () => {
    const { token } = fake.polar.api.mint();
    const stream = await openStream(fake.polar.url, token);
    fake.polar.api.close();
    await stream.ended;
  });
});

describe('claim stream: faults', () => {
  test('not-found, rate-limited, server-error and redirect answer instead of the stream', async () => {
    const answer = async (/** @type {string} */ streamFault) => {
      const { token } = fake.polar.api.mint({ streamFault });
      const path = `${CLAIM_PATH}/${token}/stream`;
      return { path, response: await fetch(`${fake.polar.url}${path}`, { redirect: 'manual' }) };
    };
    assert.equal((await answer('not-found')).response.status, 404);

    const limited = (await answer('rate-limited')).response;
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '300');

    const failed = (await answer('server-error')).response;
    assert.equal(failed.status, 500);
    assert.equal(failed.headers.get('access-control-allow-origin'), null);

    const { path, response: redirected } = await answer('redirect');
    assert.equal(redirected.status, 307);
    assert.equal(redirected.headers.get('location'), path);
  });

  test('cut-after-claimed drops the connection right after the claimed event, before any grant', async () => {
    const { token } = fake.polar.api.mint({ streamFault: 'cut-after-claimed', benefits: ['discord'], grantDelayMs: 0 });
    const stream = await openStream(fake.polar.url, token);
    await claim(token);
    assert.equal((await stream.nextData()).key, 'customer_seat.claimed');
    await stream.ended;
    await assert.rejects(stream.nextData(), /stream ended after 1 messages/);
  });

  test('mint refuses mistyped stream options', async () => {
    for (const options of [
      { benefits: 'discord' },
      { benefits: [''] },
      { grantDelayMs: -1 },
      { holdGrants: 'yes' },
      { streamFault: 'flaky' },
      { billingCustomer: 7 },
    ]) {
      const { status, body } = await fake.polar.control('invitations', options);
      assert.equal(status, 400, JSON.stringify(options));
      assert.equal(body.error, 'InvalidMockRequest');
    }
    const { status, body } = await fake.polar.control('stream', { token: 'nope', action: 'grant' });
    assert.equal(status, 400);
    assert.match(body.detail, /token must name a minted invitation/);
  });
});
