/**
 * CORS exactly as Polar's API answers it: Starlette's CORSMiddleware with
 * `allow_origins=["*"]`, no credentials, all methods, and request headers limited to the
 * CORS-safelisted ones plus `Authorization` and `Polar-Version`.
 * @module
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('./http-util.mjs').HeaderMap} HeaderMap */

/** What Starlette expands `allow_methods=["*"]` to. */
const ALLOWED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

/** Starlette always adds its safelist to the configured headers, then sorts. */
const ALLOWED_HEADERS = [
  'Accept',
  'Accept-Language',
  'Authorization',
  'Content-Language',
  'Content-Type',
  'Polar-Version',
];
const ALLOWED_HEADERS_LOWER = new Set(ALLOWED_HEADERS.map((name) => name.toLowerCase()));

/** The API version the fake server answers by default (that of openapi-seat-claim.json). */
export const POLAR_VERSION = '2026-04';

/**
 * Headers on every ordinary answer that went through the CORS middleware, with the `Polar-Version` that the
 * version middleware around it echoes. Only Polar-Version is exposed, so a cross-origin page cannot read e.g.
 * `retry-after`.
 * @param {string} [version] the request's API version
 * @returns {HeaderMap}
 */
export function corsHeaders(version = POLAR_VERSION) {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'Polar-Version',
    'polar-version': version,
  };
}

/**
 * Starlette treats an OPTIONS request as a preflight only when it carries both Origin and
 * Access-Control-Request-Method; any other OPTIONS goes to the router (and gets a 405).
 * @param {IncomingMessage} req
 */
export function isPreflight(req) {
  return (
    req.method === 'OPTIONS' &&
    req.headers.origin !== undefined &&
    req.headers['access-control-request-method'] !== undefined
  );
}

/**
 * Decides a preflight the way Starlette does.
 *
 * Deviation on purpose: Starlette also sends `access-control-allow-origin: *` on a refused
 * preflight; we omit it so tests can assert the refusal from headers alone. Browsers fail
 * the preflight either way because of the 400 status.
 *
 * Polar's version middleware sits outside the CORS one, so a preflight answer carries `polar-version` too.
 * @param {IncomingMessage} req
 * @param {string} [version] the request's API version
 * @returns {{ status: number, headers: HeaderMap, body: string }}
 */
export function answerPreflight(req, version = POLAR_VERSION) {
  const requestedMethod = String(req.headers['access-control-request-method']);
  const requestedHeaders = req.headers['access-control-request-headers'];

  /** @type {string[]} */
  const failures = [];
  if (!ALLOWED_METHODS.includes(requestedMethod)) failures.push('method');
  if (requestedHeaders !== undefined) {
    // Same test as Starlette: every comma-separated entry, trimmed and lower-cased, must be
    // allowed (even an empty entry from a trailing comma fails).
    const refused = requestedHeaders.split(',').some((name) => !ALLOWED_HEADERS_LOWER.has(name.trim().toLowerCase()));
    if (refused) failures.push('headers');
  }

  if (failures.length > 0) {
    return {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'polar-version': version },
      body: `Disallowed CORS ${failures.join(', ')}`,
    };
  }
  return {
    status: 200,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'access-control-allow-origin': '*',
      'access-control-allow-methods': ALLOWED_METHODS.join(', '),
      'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
      'access-control-max-age': '600',
      'polar-version': version,
    },
    body: 'OK',
  };
}
