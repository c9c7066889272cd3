/**
 * The claim stream client against the fake Polar API over real HTTP, cross-origin (127.0.0.1 versus the page's
 * localhost). Durations are set so that only event order decides an outcome: a quiet period or timeout that
 * must not end the wait is far longer than the test's own timeout.
 */
import { expect } from '@open-wc/testing';
import { openClaimStream, type GrantedBenefit } from '../../src/claim-stream.js';

const API = `http://127.0.0.1:${location.port}`;
const CONTROL = `${API}/__polar-mock`;
/** Longer than any test may run (mocha's timeout is 10 s): reaching it fails the test. */
const NEVER = 60_000;

interface StreamMintOptions {
  benefits?: string[];
  grantDelayMs?: number;
  holdGrants?: boolean;
  streamFault?: string;
  billingCustomer?: string;
  claim?: string | { kind: string; times?: number };
}

async function mint(options: StreamMintOptions = {}): Promise<{ token: string; productId: string }> {
  const minted = await fetch(`${CONTROL}/invitations`, { method: 'POST', body: JSON.stringify(options) });
  if (minted.status !== 201) throw new Error(`mint failed: ${minted.status} ${await minted.text()}`);
  const { token } = (await minted.json()) as { token: string };
  const info = (await (await fetch(`${API}/v1/customer-seats/claim/${token}`)).json()) as { product_id: string };
  return { token, productId: info.product_id };
}

interface ClaimAnswer {
  seat: { id: string; subscription_id: string | null; order_id: string | null };
}

async function claim(token: string): Promise<ClaimAnswer> {
  const response = await fetch(`${API}/v1/customer-seats/claim`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invitation_token: token }),
  });
  expect(response.status).to.equal(200);
  return (await response.json()) as ClaimAnswer;
}

async function streamControl(token: string, body?: Record<string, unknown>): Promise<{ open: number; held: number }> {
  const response = body
    ? await fetch(`${CONTROL}/stream`, { method: 'POST', body: JSON.stringify({ token, ...body }) })
    : await fetch(`${CONTROL}/stream?token=${token}`);
  if (!response.ok) throw new Error(`stream control failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { open: number; held: number };
}

async function streamRequests(token: string): Promise<{ headers: Record<string, string> }[]> {
  const summary = (await (await fetch(`${CONTROL}/requests?token=${token}`)).json()) as {
    requests: { path: string; headers: Record<string, string> }[];
  };
  return summary.requests.filter((r) => r.path.endsWith('/stream'));
}

/** Resolves when `onBenefit` has reported `count` benefits. */
function benefitWatch() {
  let seen: readonly GrantedBenefit[] = [];
  let waiters: (() => void)[] = [];
  return {
    calls: [] as number[],
    onBenefit(benefits: readonly GrantedBenefit[]) {
      seen = benefits;
      this.calls.push(benefits.length);
      for (const wake of waiters) wake();
      waiters = [];
    },
    async reach(count: number) {
      while (seen.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

describe('claim stream client', () => {
  it('is ready by openWait at the latest while the stream stays silent', async () => {
    const { token, productId } = await mint();
    const stream = openClaimStream(API, token, productId, { openWait: 100 });
    await stream.ready;
    stream.close();
  });

  it('is ready once the stream answers, without waiting for openWait', async () => {
    const { token, productId } = await mint();
    const stream = openClaimStream(API, token, productId, { openWait: NEVER });
    while ((await streamControl(token)).open === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
    // Chromium and WebKit hand over the response with its headers; Firefox with its first bytes.
    await streamControl(token, { action: 'publish', key: 'customer.updated', payload: {} });
    await stream.ready;
    stream.close();
  });

  // Credentials are proved omitted by every test that receives events: Polar's `*` CORS answer refuses them.
  it('asks without a referrer, bypassing the cache', async () => {
    const { token, productId } = await mint();
    const stream = openClaimStream(API, token, productId, { openWait: 0 });
    await stream.ready;
    while ((await streamRequests(token)).length === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
    stream.close();
    const [request] = await streamRequests(token);
    expect(request?.headers).to.not.have.property('referer');
    expect(request?.headers['cache-control']).to.equal('no-cache');
  });

  it('settles complete with the seat and every benefit granted after the claim, in order', async () => {
    const { token, productId } = await mint({
      benefits: ['license_keys', 'downloadables', 'discord'],
      grantDelayMs: 0,
    });
    const watch = benefitWatch();
    const stream = openClaimStream(API, token, productId, { quietMs: 1000, onBenefit: (b) => watch.onBenefit(b) });
    await stream.ready;
    const { seat } = await claim(token);
    const outcome = await stream.settle(NEVER);
    expect(outcome.complete).to.equal(true);
    expect(outcome.seatClaimed).to.deep.equal({
      seat_id: seat.id,
      subscription_id: seat.subscription_id,
      order_id: null,
      product_id: productId,
    });
    expect(outcome.benefits.map((b) => b.type)).to.deep.equal(['license_keys', 'downloadables', 'discord']);
    expect(new Set(outcome.benefits.map((b) => b.id)).size).to.equal(3);
    expect(watch.calls).to.deep.equal([1, 2, 3]);
  });

  it('settles complete without benefits once the claim is followed by quiet', async () => {
    const { token, productId } = await mint({ benefits: [] });
    const stream = openClaimStream(API, token, productId, { quietMs: 50 });
    await stream.ready;
    await claim(token);
    const outcome = await stream.settle(NEVER);
    expect(outcome.complete).to.equal(true);
    expect(outcome.seatClaimed?.product_id).to.equal(productId);
    expect(outcome.benefits).to.deep.equal([]);
  });

  it("counts only its product's claim, benefits after it, and each benefit once", async () => {
    const { token, productId } = await mint({
      billingCustomer: `cus_${Math.random()}`,
      benefits: ['discord'],
      holdGrants: true,
    });
    const watch = benefitWatch();
    const stream = openClaimStream(API, token, productId, { quietMs: NEVER, onBenefit: (b) => watch.onBenefit(b) });
    await stream.ready;
    const publish = (key: string, payload: Record<string, unknown>) =>
      streamControl(token, { action: 'publish', key, payload });
    // Before the claim: another product's claim and a benefit of something else.
    await publish('customer_seat.claimed', {
      seat_id: 'other-seat',
      subscription_id: null,
      order_id: 'o',
      product_id: 'other',
    });
    await publish('benefit.granted', { benefit_id: 'earlier', benefit_type: 'custom' });
    const { seat } = await claim(token);
    await publish('benefit.granted', { benefit_id: 'twice', benefit_type: 'custom' });
    await publish('benefit.granted', { benefit_id: 'twice', benefit_type: 'custom' });
    await streamControl(token, { action: 'grant' });
    await watch.reach(2);
    const settled = stream.settle(NEVER);
    stream.close();
    const outcome = await settled;
    expect(outcome.seatClaimed?.seat_id).to.equal(seat.id);
    expect(outcome.benefits.map((b) => [b.id === 'twice', b.type])).to.deep.equal([
      [true, 'custom'],
      [false, 'discord'],
    ]);
    expect(watch.calls).to.deep.equal([1, 2]);
    expect(outcome.complete).to.equal(false);
  });

  it('gives up after grantTimeout when the claimed event never comes', async () => {
    const { token, productId } = await mint();
    const stream = openClaimStream(API, token, productId, { quietMs: 0 });
    await stream.ready;
    expect(await stream.settle(200)).to.deep.equal({ seatClaimed: null, benefits: [], complete: false });
  });

  it('gives up after grantTimeout even while waiting for quiet', async () => {
    const { token, productId } = await mint({ benefits: ['discord'], holdGrants: true });
    const stream = openClaimStream(API, token, productId, { quietMs: NEVER });
    await stream.ready;
    await claim(token);
    const outcome = await stream.settle(300);
    expect(outcome.complete).to.equal(false);
    expect(outcome.seatClaimed?.product_id).to.equal(productId);
  });

  it('ends the wait at once when the stream is cut, keeping what it read', async () => {
    // Cut once the client has shown it read the claim and a grant. A cut that follows an event at once may reach
    // Chromium's fetch before the event itself, which is then never read: no client can keep what never arrived.
    const { token, productId } = await mint({ benefits: ['discord', 'license_keys'], holdGrants: true });
    const watch = benefitWatch();
    const stream = openClaimStream(API, token, productId, { quietMs: NEVER, onBenefit: (b) => watch.onBenefit(b) });
    await stream.ready;
    const { seat } = await claim(token);
    await streamControl(token, {
      action: 'publish',
      key: 'benefit.granted',
      payload: { benefit_id: 'b1', benefit_type: 'discord' },
    });
    await watch.reach(1);
    const settled = stream.settle(NEVER);
    await streamControl(token, { action: 'cut' });
    const outcome = await settled;
    expect(outcome.complete).to.equal(false);
    expect(outcome.seatClaimed?.seat_id).to.equal(seat.id);
    expect(outcome.benefits).to.deep.equal([{ id: 'b1', type: 'discord' }]);
  });

  it('a cut right after the claimed event ends the wait at once', async () => {
    const { token, productId } = await mint({ streamFault: 'cut-after-claimed', benefits: ['discord'] });
    const stream = openClaimStream(API, token, productId, { quietMs: NEVER });
    await stream.ready;
    const { seat } = await claim(token);
    const outcome = await stream.settle(NEVER);
    expect(outcome.complete).to.equal(false);
    expect(outcome.benefits).to.deep.equal([]);
    // Read before the cut, or lost with it (see above): never another seat's.
    expect([seat.id, undefined]).to.include(outcome.seatClaimed?.seat_id);
  });

  it("ends the wait at once on the server's reconnect message", async () => {
    const { token, productId } = await mint({ benefits: ['discord'], holdGrants: true });
    const stream = openClaimStream(API, token, productId, { quietMs: NEVER });
    await stream.ready;
    await claim(token);
    const settled = stream.settle(NEVER);
    await streamControl(token, { action: 'end' });
    const outcome = await settled;
    expect(outcome.complete).to.equal(false);
    expect(outcome.seatClaimed?.product_id).to.equal(productId);
  });

  for (const streamFault of ['not-found', 'rate-limited', 'server-error']) {
    it(`a stream that fails (${streamFault}) neither holds nor breaks the claim`, async () => {
      const { token, productId } = await mint({ streamFault, benefits: ['discord'] });
      const stream = openClaimStream(API, token, productId, { openWait: NEVER, quietMs: NEVER });
      await stream.ready;
      await claim(token);
      expect(await stream.settle(NEVER)).to.deep.equal({ seatClaimed: null, benefits: [], complete: false });
    });
  }

  it('refuses a redirect instead of following it', async () => {
    const { token, productId } = await mint({ streamFault: 'redirect' });
    const stream = openClaimStream(API, token, productId, { openWait: NEVER });
    await stream.ready;
    expect(await stream.settle(NEVER)).to.deep.equal({ seatClaimed: null, benefits: [], complete: false });
    // The fake redirects to the same URL: following would have asked again.
    expect(await streamRequests(token)).to.have.length(1);
  });

  it('confirms a claim whose answer was lost', async () => {
    const { token, productId } = await mint({
      claim: { kind: 'reset-after', times: 1 },
      benefits: ['license_keys'],
      grantDelayMs: 0,
    });
    const stream = openClaimStream(API, token, productId, { quietMs: 1000 });
    await stream.ready;
    const lost = await fetch(`${API}/v1/customer-seats/claim`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invitation_token: token }),
    })
      .then((response) => response.json())
      .then(
        () => false,
        () => true,
      );
    expect(lost, 'the claim answer was lost').to.equal(true);
    const outcome = await stream.settle(NEVER);
    expect(outcome.seatClaimed?.product_id).to.equal(productId);
    expect(outcome.seatClaimed?.seat_id).to.be.a('string');
    expect(outcome.benefits.map((b) => b.type)).to.deep.equal(['license_keys']);
    expect(outcome.complete).to.equal(true);
  });

  // Chunk boundaries cannot be chosen over HTTP (browsers and proxies merge and split): a stubbed fetch sets them.
  it('reads messages split anywhere across chunks, skipping comments', async () => {
    const chunks = [
      ': ping - 2026-08-01 12:00:00\r\n\r\nda',
      'ta: {"id": "1", "key": "customer_seat.claimed", "payload": {"seat_id": "s", "subscription_id": null, "order_',
      'id": "o", "product_id": "p"}}\r',
      '\n\r\ndata:{"key": "benefit.granted", "payload": {"benefit_id": "b", "benefit_type": "cust',
      'om"}}\n\n',
    ];
    const realFetch = window.fetch.bind(window);
    window.fetch = () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
          // Left open, like a live stream: only the quiet period may end the wait.
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    };
    try {
      const watch = benefitWatch();
      const stream = openClaimStream(API, 'token', 'p', { quietMs: 0, onBenefit: (b) => watch.onBenefit(b) });
      await watch.reach(1);
      expect(await stream.settle(NEVER)).to.deep.equal({
        seatClaimed: { seat_id: 's', subscription_id: null, order_id: 'o', product_id: 'p' },
        benefits: [{ id: 'b', type: 'custom' }],
        complete: true,
      });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('settle resolves at once after close()', async () => {
    const { token, productId } = await mint();
    const stream = openClaimStream(API, token, productId, { quietMs: NEVER });
    await stream.ready;
    stream.close();
    expect(await stream.settle(NEVER)).to.deep.equal({ seatClaimed: null, benefits: [], complete: false });
  });
});
