/**
 * CORS, rate limiting and latency of the fake Polar API, and its Koa middleware.
 */

import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { polarApiMiddleware } from '../../mock/polar-api.mjs';
import { CLAIM_PATH, rawRequest, startFakePolar } from './support/polar-harness.mjs';

/** @type {Awaited<ReturnType<typeof startFakePolar>> | undefined} */
let polar;
/** @param {Parameters<typeof startFakePolar>[0]} [options] */
async function start(options) {
  polar = await startFakePolar(options);
  return polar;
}
afterEach(async () => {
  await polar?.close();
  polar = undefined;
});

/** @param {Headers} headers */
const accessControlHeaders = (headers) => [...headers.keys()].filter((name) => name.startsWith('access-control-'));

/**
 * @param {string} url
 * @param {string} method
 * @param {string} [requestHeaders]
 */
const preflight = (url, method, requestHeaders) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://shop.example',
      'Access-Control-Request-Method': method,
      ...(requestHeaders === undefined ? {} : { 'Access-Control-Request-Headers': requestHeaders }),
    },
  });

describe('CORS on answers', () => {
  test('every handled answer allows any origin and exposes only Polar-Version', async () => {
    const { api, info, claim } = await start();
    const valid = api.mint().token;
    const disabled = api.mint({ seatBasedPricing: false }).token;
    const answers = [
      await info(valid),
      await claim({ invitation_token: valid }),
      await claim({ invitation_token: valid }),
      await info('unknown'),
      await info(disabled),
      await claim('not json'),
    ];
    assert.deepEqual(
      answers.map((r) => r.status),
      [200, 200, 400, 404, 403, 422],
    );
    for (const response of answers) {
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(response.headers.get('access-control-expose-headers'), 'Polar-Version');
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
      assert.equal(response.headers.get('polar-version'), '2026-04');
    }
  });

  test('control endpoints are callable cross-origin too', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/__polar-mock/scenarios`);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const allowed = await preflight(`${url}/__polar-mock/invitations`, 'POST', 'content-type');
    assert.equal(allowed.status, 200);
  });
});

describe('preflight', () => {
  test('allows the safelisted headers plus Authorization and Polar-Version', async () => {
    const { url } = await start();
    for (const headers of [
      'content-type',
      'Content-Type, Polar-Version',
      'authorization,accept,accept-language,content-language',
      undefined,
    ]) {
      const response = await preflight(`${url}${CLAIM_PATH}`, 'POST', headers);
      assert.equal(response.status, 200, String(headers));
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.equal(
        response.headers.get('access-control-allow-methods'),
        'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT',
      );
      assert.equal(
        response.headers.get('access-control-allow-headers'),
        'Accept, Accept-Language, Authorization, Content-Language, Content-Type, Polar-Version',
      );
      assert.equal(response.headers.get('access-control-max-age'), '600');
      assert.equal(await response.text(), 'OK');
    }
  });

  test('refuses any other request header with 400 and no allow-origin', async () => {
    const { url } = await start();
    for (const headers of ['x-requested-with', 'content-type, X-Requested-With', 'traceparent', 'content-type,']) {
      const response = await preflight(`${url}${CLAIM_PATH}/some-token`, 'GET', headers);
      assert.equal(response.status, 400, headers);
      assert.equal(await response.text(), 'Disallowed CORS headers');
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    }
  });

  test('refuses an unknown method', async () => {
    const { url } = await start();
    const response = await preflight(`${url}${CLAIM_PATH}`, 'PROPFIND', 'x-foo');
    assert.equal(response.status, 400);
    assert.equal(await response.text(), 'Disallowed CORS method, headers');
  });

  test('an OPTIONS without Origin is no preflight: the router answers 405', async () => {
    const { url } = await start();
    const response = await fetch(`${url}${CLAIM_PATH}`, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 405);
  });
});

describe('500 server error', () => {
  test('carries no CORS header at all', async () => {
    const { api, claim } = await start();
    const { token } = api.mint({ claim: 'server-error' });
    const response = await claim({ invitation_token: token });
    assert.equal(response.status, 500);
    assert.deepEqual(accessControlHeaders(response.headers), []);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(await response.text(), 'Internal Server Error');
  });
});

describe('rate limit per client IP', () => {
  test('answers 429 with an empty body and retry-after past the budget, until the minute is over', async () => {
    const { api, url, advance } = await start({ rateLimitPerMinute: 2 });
    const { token } = api.mint();
    const infoUrl = `${url}${CLAIM_PATH}/${token}`;
    assert.equal((await rawRequest(infoUrl)).status, 200);
    advance(20_000);
    assert.equal((await rawRequest(infoUrl)).status, 200);
    const limited = await rawRequest(infoUrl);
    assert.equal(limited.status, 429);
    assert.equal(limited.body, '');
    assert.equal(limited.headers['retry-after'], '40');
    assert.equal(limited.headers['access-control-allow-origin'], '*');
    assert.equal(limited.headers['access-control-expose-headers'], 'Polar-Version');

    // Another client address has its own budget.
    assert.equal((await rawRequest(infoUrl, { localAddress: '127.0.0.2' })).status, 200);
    // Preflights do not use the budget.
    const allowed = await rawRequest(infoUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://a.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(allowed.status, 200);

    advance(40_000);
    assert.equal((await rawRequest(infoUrl)).status, 200);
    // Limited requests still reached the server, so they are counted.
    assert.equal(api.requestsFor(token).info, 5);
  });

  test('is off by default', async () => {
    const { api, info } = await start();
    const { token } = api.mint();
    for (let i = 0; i < 600; i += 1) assert.equal((await info(token)).status, 200);
  });
});

describe('latency', () => {
  // Ordering, not durations: the same request to a fake without latency, sent second, is answered first.
  test('latencyMs delays every API answer', async () => {
    const { api, info } = await start({ latencyMs: 400 });
    const prompt = await startFakePolar();
    try {
      const delayed = info(api.mint().token).then((response) => ({ which: 'delayed', response }));
      const immediate = prompt.info(prompt.api.mint().token).then(() => ({ which: 'immediate' }));
      assert.equal((await Promise.race([delayed, immediate])).which, 'immediate');
      assert.equal((await delayed).response.status, 200);
    } finally {
      await prompt.close();
    }
  });
});

describe('polarApiMiddleware (Koa style)', () => {
  /**
   * A host that, like Koa, presets headers, then runs the middleware and a static fallback.
   * @param {import('../../mock/polar-api.mjs').PolarApi} api
   * @param {{ respond?: boolean, nextCalled: boolean }[]} contexts
   */
  const koaLikeHost = (api, contexts) => {
    const middleware = polarApiMiddleware(api);
    return async (
      /** @type {import('node:http').IncomingMessage} */ req,
      /** @type {import('node:http').ServerResponse} */ res,
    ) => {
      res.setHeader('access-control-allow-origin', 'https://preset.example');
      res.setHeader('x-dev-server', 'yes');
      const ctx = { req, res, respond: /** @type {boolean | undefined} */ (undefined), nextCalled: false };
      contexts.push(ctx);
      await middleware(ctx, async () => {
        ctx.nextCalled = true;
      });
      if (ctx.respond !== false) res.writeHead(200, { 'content-type': 'text/plain' }).end('static');
    };
  };

  test('handles API and control paths itself and passes everything else on', async () => {
    /** @type {{ respond?: boolean, nextCalled: boolean }[]} */
    const contexts = [];
    const { api, url, info, claim } = await start({ wrap: (api) => koaLikeHost(api, contexts) });
    const { token } = api.mint({ claim: 'server-error' });

    const handled = await info(token);
    assert.equal(handled.status, 200);
    assert.equal(handled.headers.get('access-control-allow-origin'), '*');
    assert.equal(handled.headers.get('x-dev-server'), null);
    assert.deepEqual(contexts.at(-1), { ...contexts.at(-1), respond: false, nextCalled: false });

    // The body stream is read by the api itself.
    const failed = await claim({ invitation_token: token });
    assert.equal(failed.status, 500);
    assert.deepEqual(accessControlHeaders(failed.headers), []);

    const fallthrough = await fetch(`${url}/src/index.js`);
    assert.equal(await fallthrough.text(), 'static');
    assert.equal(contexts.at(-1)?.nextCalled, true);
    assert.equal(contexts.at(-1)?.respond, undefined);
  });
});
