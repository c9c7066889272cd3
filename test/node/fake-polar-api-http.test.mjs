/**
 * HTTP details of the fake Polar API that come from Polar's middlewares and router rather than from the
 * seat-claim code: API versions, body size limits, Cache-Control, trailing slashes, the merchant routes beside
 * the claim ones and the `Allow` of a 405 (shared/polar/README.md, "Details the fake must match").
 */

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { CLAIM_PATH, json, rawRequest, startFakePolar, useFakePolarPerTest } from './support/polar-harness.mjs';

const fake = useFakePolarPerTest();

const ROUTED_CACHE_CONTROL = 'private, no-store';

/** @param {Headers | import('node:http').IncomingHttpHeaders} headers */
const accessControlHeaders = (headers) =>
  (headers instanceof Headers ? [...headers.keys()] : Object.keys(headers)).filter((name) =>
    name.startsWith('access-control-'),
  );

/**
 * A POST whose headers go out at once, with no body sent yet; resolves with the answer's head, which the server
 * can only send before the body if it does not wait for it.
 * @param {string} url
 * @param {Record<string, string>} headers
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
function postHeadersOnly(url, headers) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}

/**
 * A POST with a chunked body: no Content-Length header at all.
 * @param {string} url
 * @param {string} body
 */
function postChunked(url, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' }, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.write(body);
    req.end();
  });
}

describe('Polar-Version', () => {
  test('2026-04 (the default) and 2026-10 are answered and echoed in polar-version', async () => {
    for (const [sent, echoed] of [
      [undefined, '2026-04'],
      ['', '2026-04'],
      ['2026-04', '2026-04'],
      ['2026-10', '2026-10'],
    ]) {
      const headers = sent === undefined ? {} : { 'Polar-Version': sent };
      const { token } = fake.polar.api.mint();
      const info = await fake.polar.info(token, { headers });
      assert.equal(info.status, 200, String(sent));
      assert.equal(info.headers.get('polar-version'), echoed);
      const claim = await fake.polar.claim(
        { invitation_token: token },
        { 'content-type': 'application/json', ...headers },
      );
      assert.equal(claim.status, 200, String(sent));
      assert.equal(claim.headers.get('polar-version'), echoed);
      const again = await fake.polar.claim(
        { invitation_token: token },
        { 'content-type': 'application/json', ...headers },
      );
      assert.equal(again.status, 400);
      assert.equal(again.headers.get('polar-version'), echoed);
    }
  });

  test('an unknown version is a 404 {"detail":"Not Found"} without CORS headers, and nothing is claimed', async () => {
    const { token } = fake.polar.api.mint();
    for (const version of ['2025-01', '2026-4', '2026-04-01', 'latest']) {
      const headers = { 'Polar-Version': version };
      for (const response of [
        await fake.polar.info(token, { headers }),
        await fake.polar.claim({ invitation_token: token }, { 'content-type': 'application/json', ...headers }),
      ]) {
        assert.equal(response.status, 404, version);
        assert.equal(response.headers.get('content-type'), 'application/json');
        assert.equal(await response.text(), '{"detail":"Not Found"}');
        assert.deepEqual(accessControlHeaders(response.headers), [], version);
        assert.equal(response.headers.get('polar-version'), null);
      }
    }
    assert.equal((await fake.polar.claim({ invitation_token: token })).status, 200, 'the token still works');
  });

  test('preflight answers carry polar-version and allow the Polar-Version request header', async () => {
    const response = await fetch(`${fake.polar.url}${CLAIM_PATH}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, polar-version',
      },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('polar-version'), '2026-04');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /\bPolar-Version\b/);
  });
});

describe('request body size (Polar’s MaxBodySizeMiddleware)', () => {
  test('a POST without Content-Length (chunked) gets 411 LengthRequired, and nothing is claimed', async () => {
    const { token } = fake.polar.api.mint();
    const response = await postChunked(`${fake.polar.url}${CLAIM_PATH}`, JSON.stringify({ invitation_token: token }));
    assert.equal(response.status, 411);
    assert.equal(response.headers['content-type'], 'application/json');
    assert.equal(response.body, '{"error": "LengthRequired", "detail": "A Content-Length header is required."}');
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(response.headers['polar-version'], '2026-04');
    assert.equal(response.headers['cache-control'], undefined);
    assert.equal((await fake.polar.info(token)).status, 200, 'still pending');
  });

  test('a Content-Length over 10 MiB gets 413 RequestBodyTooLarge before the body is sent', async () => {
    const response = await postHeadersOnly(`${fake.polar.url}${CLAIM_PATH}`, {
      'content-type': 'application/json',
      'content-length': String(10 * 1024 * 1024 + 1),
    });
    assert.equal(response.status, 413);
    assert.equal(
      response.body,
      '{"error": "RequestBodyTooLarge", "detail": "Request body exceeded the maximum allowed size of 10485760 bytes."}',
    );
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(response.headers['cache-control'], undefined);
  });

  test('a token containing U+0000 gets a 422 value_error before the lookup', async () => {
    const { token } = fake.polar.api.mint({ token: 'nul\u0000inside' });
    const response = await fake.polar.claim({ invitation_token: token });
    assert.equal(response.status, 422);
    const body = await json(response);
    assert.equal(fake.schemas.validationError(body), null);
    assert.deepEqual(body, {
      error: 'RequestValidationError',
      detail: [
        {
          type: 'value_error',
          loc: ['body', 'invitation_token'],
          msg: 'Value error, This value contains invalid characters',
          input: 'nul\u0000inside',
          ctx: { error: {} },
        },
      ],
    });
    assert.equal((await fake.polar.info(token)).status, 200, 'still pending');
  });
});

describe('Cache-Control', () => {
  test('every answer of the router says private, no-store', async () => {
    const valid = fake.polar.api.mint().token;
    const disabled = fake.polar.api.mint({ seatBasedPricing: false }).token;
    const answers = [
      await fake.polar.info(valid),
      await fake.polar.claim({ invitation_token: valid }),
      await fake.polar.claim({ invitation_token: valid }),
      await fake.polar.info(valid),
      await fake.polar.info(disabled),
      await fake.polar.claim('not json'),
      await fetch(`${fake.polar.url}/v1/customer-seats/some/thing`),
      await fetch(`${fake.polar.url}${CLAIM_PATH}`),
      await fetch(`${fake.polar.url}/v1/customer-seats`),
      await fetch(`${fake.polar.url}${CLAIM_PATH}/`, { redirect: 'manual' }),
    ];
    assert.deepEqual(
      answers.map((response) => response.status),
      [200, 200, 400, 404, 403, 422, 404, 405, 401, 307],
    );
    for (const response of answers) assert.equal(response.headers.get('cache-control'), ROUTED_CACHE_CONTROL);
  });

  test('answers of the middlewares around the router carry none', async () => {
    const limited = await startFakePolar({ rateLimitPerMinute: 0 });
    try {
      const response = await limited.info('any');
      assert.equal(response.status, 429);
      assert.equal(response.headers.get('cache-control'), null);
    } finally {
      await limited.close();
    }
    const preflight = await fetch(`${fake.polar.url}${CLAIM_PATH}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST' },
    });
    const unknownVersion = await fake.polar.info('any', { headers: { 'Polar-Version': '1999-01' } });
    const serverError = await fake.polar.claim({
      invitation_token: fake.polar.api.mint({ claim: 'server-error' }).token,
    });
    assert.deepEqual([preflight.status, unknownVersion.status, serverError.status], [200, 404, 500]);
    for (const response of [preflight, unknownVersion, serverError]) {
      assert.equal(response.headers.get('cache-control'), null, String(response.status));
    }
  });
});

describe('trailing slash', () => {
  test('is answered with a 307 to the path without it, query kept, with CORS headers', async () => {
    const { token } = fake.polar.api.mint();
    const response = await fetch(`${fake.polar.url}${CLAIM_PATH}/${token}/?utm=mail`, { redirect: 'manual' });
    assert.equal(response.status, 307);
    assert.equal(response.headers.get('location'), `${fake.polar.url}${CLAIM_PATH}/${token}?utm=mail`);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('polar-version'), '2026-04');
    assert.equal(await response.text(), '');
    assert.equal(fake.polar.api.requestsFor(token).info, 0, 'the redirect itself is no info request');
  });

  test('a client that follows the 307 reaches the operation, a POST keeping its body', async () => {
    const { token } = fake.polar.api.mint();
    assert.equal((await fetch(`${fake.polar.url}${CLAIM_PATH}/${token}/`)).status, 200);
    const claim = await fetch(`${fake.polar.url}${CLAIM_PATH}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invitation_token: token }),
    });
    assert.equal(claim.status, 200);
    assert.deepEqual(fake.polar.api.requestsFor(token), { info: 1, claim: 1 });
  });

  test('only a path that exists without the slash is redirected', async () => {
    const response = await fetch(`${fake.polar.url}/v1/customer-seats/some/thing/`, { redirect: 'manual' });
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { detail: 'Not Found' });
  });
});

describe('the merchant routes beside the claim ones', () => {
  const seatId = '8c4b1a52-5f0e-4e6c-9d0b-3f1a2b3c4d5e';

  test('answer 401 Unauthorized to anonymous callers', async () => {
    for (const [method, path] of [
      ['GET', '/v1/customer-seats'],
      ['POST', '/v1/customer-seats'],
      ['DELETE', `/v1/customer-seats/${seatId}`],
      ['POST', `/v1/customer-seats/${seatId}/resend`],
      // The revoke route's `/{seat_id}` matches "claim" too.
      ['DELETE', CLAIM_PATH],
    ]) {
      const response = await rawRequest(`${fake.polar.url}${path}`, {
        method,
        headers: { 'content-length': '0' },
      });
      assert.equal(response.status, 401, `${method} ${path}`);
      assert.equal(response.body, '{"error":"Unauthorized","detail":"Unauthorized"}');
      assert.equal(response.headers['www-authenticate'], 'Bearer realm="polar"');
      assert.equal(response.headers['access-control-allow-origin'], '*');
    }
  });

  test('a 405 names the methods of the first route whose path matches, as Polar’s router does', async () => {
    for (const [method, path, allow] of [
      ['GET', CLAIM_PATH, 'DELETE'],
      ['PUT', CLAIM_PATH, 'DELETE'],
      ['POST', `${CLAIM_PATH}/some-token`, 'GET'],
      ['DELETE', `${CLAIM_PATH}/some-token`, 'GET'],
      ['PUT', '/v1/customer-seats', 'POST'],
      ['GET', `/v1/customer-seats/${seatId}/resend`, 'POST'],
    ]) {
      const response = await rawRequest(`${fake.polar.url}${path}`, { method, headers: { 'content-length': '0' } });
      assert.equal(response.status, 405, `${method} ${path}`);
      assert.equal(response.headers.allow, allow, `${method} ${path}`);
      assert.equal(response.body, '{"detail":"Method Not Allowed"}');
    }
  });
});
