import { expect } from '@open-wc/testing';
import { claimSeat, getClaimInfo } from '../../src/polar-api.js';
import { SeatClaimError } from '../../src/errors.js';
import { API, apiRequestsSinceMark, arrived, mark, mint, requestsFor } from './support.js';

/** Headers a browser adds by itself; anything else was added by the widget. */
const BROWSER_HEADERS =
  /^(host|connection|accept|accept-language|accept-encoding|user-agent|origin|content-length|content-type|cache-control|pragma|priority|te|dnt|sec-[\w-]+)$/;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('Polar API client', () => {
  it('the page and the API are on different origins, as on a merchant site', () => {
    expect(new URL(API).origin).not.to.equal(location.origin);
  });

  it('GET info: no credentials, no referrer, no extra headers', async () => {
    document.cookie = 'merchant_session=secret; path=/';
    try {
      const minted = await mint({ productName: 'Client product' });
      const info = await getClaimInfo(API, minted.token);
      expect(info).to.include({ product_name: 'Client product', can_claim: true });
      const [request] = (await requestsFor(minted.token)).requests;
      expect(request!.method).to.equal('GET');
      expect(request!.headers).not.to.have.property('cookie');
      expect(request!.headers).not.to.have.property('referer');
      expect(Object.keys(request!.headers).filter((name) => !BROWSER_HEADERS.test(name))).to.deep.equal([]);
    } finally {
      document.cookie = 'merchant_session=; path=/; max-age=0';
    }
  });

  it('POST claim: exactly the schema body as JSON, and a preflight Polar accepts', async () => {
    const minted = await mint();
    const result = await claimSeat(API, minted.token);
    expect(result.customer_session_token).to.match(/^polar_(mst|cst)_/);
    const log = await requestsFor(minted.token);
    const post = log.requests.find((r) => r.method === 'POST')!;
    expect(JSON.parse(post.body)).to.deep.equal({ invitation_token: minted.token });
    expect(post.headers['content-type']).to.equal('application/json');
    expect(post.headers).not.to.have.property('authorization');
    expect(Object.keys(post.headers).filter((name) => !BROWSER_HEADERS.test(name))).to.deep.equal([]);
  });

  it('the fake API refuses credentialed requests, like Polar', async () => {
    const minted = await mint();
    const error = await rejection(fetch(`${API}/v1/customer-seats/claim/${minted.token}`, { credentials: 'include' }));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('refuses tokens that cannot be a Polar token, without a request', async () => {
    mark();
    for (const token of ['', '..', '../../v1/x', 'a/b'.padEnd(43, 'c'), 'a'.repeat(300), 'é'.repeat(43)]) {
      const error = (await rejection(getClaimInfo(API, token))) as SeatClaimError;
      expect(error).to.be.instanceOf(SeatClaimError);
      expect(error.code).to.equal('missing_token');
      expect(((await rejection(claimSeat(API, token))) as SeatClaimError).code).to.equal('missing_token');
    }
    expect(apiRequestsSinceMark()).to.have.length(0);
  });

  it('an abort by the caller rejects with its reason, not as a failure', async () => {
    const minted = await mint({ info: 'hang' });
    const controller = new AbortController();
    const pending = getClaimInfo(API, minted.token, { signal: controller.signal });
    await arrived(minted.token, 'info');
    const reason = new Error('superseded');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    const aborted = AbortSignal.abort();
    expect(((await rejection(getClaimInfo(API, minted.token, { signal: aborted }))) as DOMException).name).to.equal(
      'AbortError',
    );
  });

  it('gives up after the timeout', async () => {
    const minted = await mint({ claim: 'hang' });
    const error = (await rejection(claimSeat(API, minted.token, { timeout: 200 }))) as SeatClaimError;
    expect(error).to.include({ code: 'timeout', status: 0, retryable: true });
  });

  it('a network failure is a retryable network error', async () => {
    const error = (await rejection(getClaimInfo('http://127.0.0.1:9', 'a'.repeat(43)))) as SeatClaimError;
    expect(error).to.include({ code: 'network', status: 0, retryable: true });
  });
});
