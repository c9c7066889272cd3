/**
 * A fake of Polar's two public seat-claim operations, faithful to what Polar's server
 * really does (see shared/polar/README.md), plus test controls under `/__polar-mock/`.
 *
 * It is a plain Node request handler, so it runs in a standalone server (mock/server.mjs),
 * inside @web/dev-server / @web/test-runner (polarApiMiddleware), or in node tests.
 *
 * Known differences from a FastAPI server, none of which the widget can meet (it sends URL-safe tokens of at
 * most 256 characters, as JSON, to paths without a trailing slash): an encoded slash in a token gets the API's
 * 404 body, not the router's `{"detail":"Not Found"}`; a path over Node's header limit (~16 KB) gets Node's
 * bare 431; UTF-16/32 bodies are not decoded; NaN or Infinity in a body is a 422, where Polar would fail with a
 * 500; CORS headers are sent whether or not the request has an Origin, and no `Vary`; the 307 of a trailing
 * slash points at the scheme and `Host` the request came with; the merchant routes answer 401 without looking
 * at a body (Polar first answers a body that is not JSON with a 422).
 * @module
 */

import { parseClaimBody } from './claim-body.mjs';
import { requestedApiVersion, UNKNOWN_VERSION_BODY } from './api-version.mjs';
import { bodySizeRefusal } from './body-size.mjs';
import { ClaimStreams } from './claim-stream.mjs';
import { answerPreflight, corsHeaders, isPreflight } from './cors.mjs';
import { activeFault, normalizeFault, SUCCESS_BODY_FAULTS, spoilSuccessBody, TRANSPORT_FAULTS } from './faults.mjs';
import { hugeErrorBody } from './faults.mjs';
import { isGone, percentDecode, readRawBody, sendJson, sendRaw, splitTarget, Waits } from './http-util.mjs';
import { InvitationStore } from './invitations.mjs';
import { portalPage } from './portal.mjs';
import { RateLimiter } from './rate-limit.mjs';
import { RequestLog } from './request-log.mjs';
import { SCENARIOS } from './scenarios.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./http-util.mjs').HeaderMap} HeaderMap */
/** @typedef {import('./invitations.mjs').MintOptions} MintOptions */
/** @typedef {import('./invitations.mjs').MintResult} MintResult */
/** @typedef {import('./request-log.mjs').Operation} Operation */
/** @typedef {import('./request-log.mjs').RecordedRequest} RecordedRequest */
/** @typedef {import('./portal.mjs').PortalVisit} PortalVisit */

/**
 * @typedef {object} PolarApiOptions
 * @property {() => number} [now] clock in ms since epoch (default Date.now); tests move it to expire tokens
 * @property {number} [rateLimitPerMinute] per client IP (default Infinity: off)
 * @property {number} [latencyMs] added before every API answer, preflights included (default 0)
 * @property {number} [streamLifetimeMs] when a claim stream gets the reconnect message and closes (default 10 minutes)
 * @property {number} [streamPingMs] between a claim stream's ping comments (default 15 s)
 * @property {number} [streamConnectionsPerMinute] claim streams per client IP before a 300 s block (default Infinity: off)
 */

/**
 * @typedef {object} PolarApi
 * @property {(req: IncomingMessage, res: ServerResponse) => Promise<boolean>} handle
 *   answers `/v1/customer-seats/…` and `/__polar-mock/…`; resolves false for anything else
 * @property {(options?: MintOptions) => MintResult} mint creates an invitation
 * @property {(token: string) => { info: number, claim: number }} requestsFor
 * @property {() => number} now the api's current clock (base clock plus advances)
 * @property {(ms: number) => number} advanceClock moves the clock forward; returns the new time
 * @property {() => void} reset forgets everything and re-seeds the scenarios
 * @property {() => void} close cancels pending delays and drops hung requests
 */

const API_ROOT = '/v1/customer-seats';
const API_PREFIX = '/v1/customer-seats/';
const CONTROL_PREFIX = '/__polar-mock/';
const PORTAL_PATH = /^\/__polar-mock\/portal\/(.+)\/portal$/;

const INVALID_TOKEN_DETAIL = 'Invalid or expired invitation token';
/** Polar's CacheControlMiddleware sets it on every answer from inside: the router's, not the outer middlewares'. */
const CACHE_CONTROL = 'private, no-store';
/** Polar's `Unauthorized` (server/polar/exceptions.py), raised by the merchant routes' Authenticator for anyone anonymous. */
const UNAUTHORIZED = Object.freeze({ error: 'Unauthorized', detail: 'Unauthorized' });
const WWW_AUTHENTICATE = 'Bearer realm="polar"';
const FEATURE_NOT_ENABLED = {
  error: 'FeatureNotEnabled',
  detail: 'Seat-based pricing is not enabled for this organization',
};
/** A pydantic v2 error item for a body without `invitation_token`, as FastAPI reports it. */
const MISSING_TOKEN_ITEM = Object.freeze({
  type: 'missing',
  loc: ['body', 'invitation_token'],
  msg: 'Field required',
  input: {},
});

const BAD_GATEWAY_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>cloudflare</center>
</body>
</html>
`;

/**
 * @typedef {{ kind: 'info', token: string }
 *   | { kind: 'claim' }
 *   | { kind: 'unauthorized' }
 *   | { kind: 'stream', token: string }
 *   | { kind: 'method-not-allowed', allow: string }
 *   | { kind: 'redirect', path: string }
 *   | { kind: 'not-found' }} ApiRoute
 */

/**
 * Polar's routes under /v1/customer-seats, in the order of server/polar/customer_seat/endpoints.py. The order
 * decides a 405's `Allow`: Starlette names the methods of the first route whose path matches, so `GET /claim`
 * gets `Allow: DELETE` (revoke's `/{seat_id}` matches "claim"), and `DELETE /claim` is a revoke. The merchant
 * routes need a token the fake never accepts: they answer 401.
 * @type {readonly { method: string, path: RegExp, kind: 'unauthorized' | 'info' | 'stream' | 'claim' }[]}
 */
const ROUTES = Object.freeze([
  { method: 'POST', path: /^\/v1\/customer-seats$/, kind: 'unauthorized' }, // assign_seat
  { method: 'GET', path: /^\/v1\/customer-seats$/, kind: 'unauthorized' }, // list_seats
  { method: 'DELETE', path: /^\/v1\/customer-seats\/[^/]+$/, kind: 'unauthorized' }, // revoke_seat
  { method: 'POST', path: /^\/v1\/customer-seats\/[^/]+\/resend$/, kind: 'unauthorized' }, // resend_invitation
  { method: 'GET', path: /^\/v1\/customer-seats\/claim\/([^/]+)$/, kind: 'info' }, // get_claim_info
  { method: 'GET', path: /^\/v1\/customer-seats\/claim\/([^/]+)\/stream$/, kind: 'stream' }, // claim_stream
  { method: 'POST', path: /^\/v1\/customer-seats\/claim$/, kind: 'claim' }, // claim_seat
]);

/**
 * Routes like Starlette's router, on the raw path, so an encoded slash (`%2F`) stays inside the token segment
 * instead of creating a new path segment.
 * @param {string | undefined} method
 * @param {string} rawPath
 * @returns {ApiRoute}
 */
function routeApi(method, rawPath) {
  /** @type {string | null} */
  let allow = null;
  for (const route of ROUTES) {
    const match = route.path.exec(rawPath);
    if (!match) continue;
    if (route.method === method) {
      return route.kind === 'info' || route.kind === 'stream'
        ? { kind: route.kind, token: percentDecode(match[1] ?? '') }
        : { kind: route.kind };
    }
    allow ??= route.method;
  }
  if (allow !== null) return { kind: 'method-not-allowed', allow };
  // `redirect_slashes`: a path that matches no route but does without its trailing slashes.
  const stripped = rawPath.replace(/\/+$/, '');
  if (stripped !== rawPath && ROUTES.some((route) => route.path.test(stripped))) {
    return { kind: 'redirect', path: stripped };
  }
  return { kind: 'not-found' };
}

/**
 * Some hosts (Koa middlewares) set headers on the response before we get it; the mock
 * owns the whole answer, and a 500 in particular must carry no CORS header at all.
 * @param {ServerResponse} res
 */
function clearPresetHeaders(res) {
  if (res.headersSent) return;
  for (const name of res.getHeaderNames()) res.removeHeader(name);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {HeaderMap} headers
 * @param {string} [body]
 */
function send(res, status, headers, body = '') {
  clearPresetHeaders(res);
  sendRaw(res, status, headers, body);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} payload
 * @param {HeaderMap} [headers]
 */
function sendApiJson(res, status, payload, headers = {}) {
  clearPresetHeaders(res);
  sendJson(res, status, payload, { ...corsHeaders(), ...headers });
}

/**
 * Sends status, headers and the first half of the body, then drops the connection.
 * Cutting after the first bytes matters: Chromium silently re-sends a POST whose reused
 * connection was reset before any byte arrived, which would hide the loss from the page.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {number} status
 * @param {HeaderMap} headers
 * @param {string} body
 */
function sendCutShort(req, res, status, headers, body) {
  if (isGone(res)) return;
  clearPresetHeaders(res);
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, 'content-length': bytes.length });
  res.write(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))), () => req.socket.destroy());
}

/**
 * Sends status and headers at once, then the body one byte every `everyMs`: a 2xx whose body never
 * finishes arriving within any timeout a test sets.
 * @param {ServerResponse} res
 * @param {number} status
 * @param {HeaderMap} headers
 * @param {string} body
 * @param {number} everyMs
 */
function sendDripping(res, status, headers, body, everyMs) {
  if (isGone(res)) return;
  clearPresetHeaders(res);
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { ...headers, 'content-length': bytes.length });
  res.flushHeaders();
  let sent = 0;
  const timer = setInterval(() => {
    res.write(bytes.subarray(sent, ++sent));
    if (sent < bytes.length) return;
    clearInterval(timer);
    res.end();
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<unknown>} the parsed JSON body of a control request ({} when empty)
 */
async function readControlJson(req) {
  const text = (await readRawBody(req)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new TypeError('the body must be JSON');
  }
}

/**
 * Creates an independent fake Polar API (its own invitations, clock, logs).
 * @param {PolarApiOptions} [options]
 * @returns {PolarApi}
 */
export function createPolarApi(options = {}) {
  const baseNow = options.now ?? Date.now;
  const latencyMs = options.latencyMs ?? 0;
  let clockOffset = 0;
  const now = () => baseNow() + clockOffset;

  const invitations = new InvitationStore(now, SCENARIOS);
  const rateLimiter = new RateLimiter(options.rateLimitPerMinute ?? Number.POSITIVE_INFINITY, now);
  const log = new RequestLog();
  const waits = new Waits();
  const streams = new ClaimStreams({
    now,
    find: (token) => invitations.get(token),
    findClaimable: (token) => invitations.findClaimable(token),
    lifetimeMs: options.streamLifetimeMs,
    pingMs: options.streamPingMs,
    connectionsPerMinute: options.streamConnectionsPerMinute,
  });
  invitations.onClaim = (invitation) => streams.claimed(invitation);
  /** Answers deliberately never sent (`hang`), dropped when the api closes. */
  /** @type {Set<ServerResponse>} */
  const hung = new Set();
  /** @type {PortalVisit[]} */
  let portalVisits = [];

  function seedScenarios() {
    for (const scenario of SCENARIOS) invitations.mint({ scenario: scenario.name, token: scenario.token });
  }

  function reset() {
    invitations.clear();
    log.clear();
    rateLimiter.clear();
    streams.reset();
    portalVisits = [];
    clockOffset = 0;
    seedScenarios();
  }

  /** @param {number} ms */
  function advanceClock(ms) {
    if (!(typeof ms === 'number' && Number.isFinite(ms) && ms >= 0)) {
      throw new TypeError('advanceMs must be a non-negative number');
    }
    clockOffset += ms;
    return now();
  }

  /**
   * @param {IncomingMessage} req
   * @param {string} rawPath
   * @param {string} body
   * @param {Operation | null} operation
   * @param {string | null} token
   * @returns {RecordedRequest}
   */
  function requestRecord(req, rawPath, body, operation, token) {
    return {
      method: req.method ?? 'GET',
      path: percentDecode(rawPath),
      rawPath: req.url ?? rawPath,
      headers: { ...req.headers },
      body,
      at: now(),
      operation,
      token,
    };
  }

  /**
   * The real server's answer for a request that got past validation and faults.
   * @param {'info' | 'claim'} operation
   * @param {string} token
   * @returns {{ status: number, payload: unknown }}
   */
  function answerOperation(operation, token) {
    const invitation = invitations.findClaimable(token);
    if (!invitation) {
      return operation === 'info'
        ? { status: 404, payload: { error: 'ResourceNotFound', detail: INVALID_TOKEN_DETAIL } }
        : { status: 400, payload: { error: 'InvalidInvitationToken', detail: INVALID_TOKEN_DETAIL } };
    }
    // Polar checks the organization's feature flag only once the token is known good.
    if (!invitation.seatBasedPricing) return { status: 403, payload: FEATURE_NOT_ENABLED };
    return operation === 'info'
      ? { status: 200, payload: invitations.claimInfo(invitation) }
      : { status: 200, payload: invitations.claim(invitation) };
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} rawPath
   */
  async function handleApi(req, res, rawPath) {
    // Polar's middlewares, outermost first: the version check (before CORS, so its 404 has no CORS header),
    // CORS preflights, the body size check, the rate limit; then the router. A request stopped before the
    // router belongs to no operation, and its body is never read.
    const version = requestedApiVersion(req);
    if (version === null) {
      log.recordRequest(requestRecord(req, rawPath, '', null, null));
      if (!(await waits.sleep(latencyMs))) return void res.destroy();
      send(res, 404, { 'content-type': 'application/json' }, JSON.stringify(UNKNOWN_VERSION_BODY));
      return;
    }

    if (isPreflight(req)) {
      const route = routeApi('GET', rawPath);
      log.recordPreflight(requestRecord(req, rawPath, '', null, route.kind === 'info' ? route.token : null));
      if (!(await waits.sleep(latencyMs))) return void res.destroy();
      const answer = answerPreflight(req, version);
      send(res, answer.status, answer.headers, answer.body);
      return;
    }

    const refusal = bodySizeRefusal(req);
    if (refusal) {
      log.recordRequest(requestRecord(req, rawPath, '', null, null));
      if (!(await waits.sleep(latencyMs))) return void res.destroy();
      send(res, refusal.status, { ...corsHeaders(version), 'content-type': 'application/json' }, refusal.body);
      return;
    }

    /** What every answer of Polar's router carries. */
    const routedHeaders = { ...corsHeaders(version), 'cache-control': CACHE_CONTROL };
    /**
     * @param {number} status
     * @param {unknown} payload
     * @param {HeaderMap} [headers]
     */
    const sendRouted = (status, payload, headers = {}) =>
      sendApiJson(res, status, payload, { ...routedHeaders, ...headers });

    const route = routeApi(req.method, rawPath);
    const rawBody = await readRawBody(req);
    const claimBody = route.kind === 'claim' ? parseClaimBody(rawBody, req.headers['content-type']) : null;
    /** @type {Operation | null} */
    const operation = route.kind === 'info' || route.kind === 'claim' ? route.kind : null;
    /** @type {string | null} */
    let token = null;
    if (route.kind === 'info') token = route.token;
    if (route.kind === 'stream') token = route.token;
    if (claimBody?.kind === 'token') token = claimBody.token;
    log.recordRequest(requestRecord(req, rawPath, rawBody.toString('utf8'), operation, token));

    if (!(await waits.sleep(latencyMs))) return void res.destroy();

    // Polar's rate limiter runs before routing and validation.
    const budget = rateLimiter.take(req.socket.remoteAddress ?? 'unknown');
    if (!budget.allowed) {
      send(res, 429, { ...corsHeaders(version), 'retry-after': String(budget.retryAfterSeconds) });
      return;
    }

    if (route.kind === 'not-found') return sendRouted(404, { detail: 'Not Found' });
    if (route.kind === 'method-not-allowed') {
      return sendRouted(405, { detail: 'Method Not Allowed' }, { allow: route.allow });
    }
    if (route.kind === 'redirect') {
      // Starlette's RedirectResponse: an absolute URL, the query kept, an empty body without a content-type.
      const query = (req.url ?? '').slice(rawPath.length);
      const origin = `${'encrypted' in req.socket ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`;
      send(res, 307, { ...routedHeaders, location: `${origin}${route.path}${query}` });
      return;
    }
    if (route.kind === 'unauthorized') return sendRouted(401, UNAUTHORIZED, { 'www-authenticate': WWW_AUTHENTICATE });
    if (route.kind === 'stream') {
      clearPresetHeaders(res);
      return streams.open(req, res, route.token);
    }
    if (claimBody?.kind === 'undecodable') {
      return sendRouted(400, { detail: 'There was an error parsing the body' });
    }
    if (claimBody?.kind === 'invalid') {
      return sendRouted(422, { error: 'RequestValidationError', detail: claimBody.errors });
    }
    if (operation === null || token === null) throw new Error('unreachable: routed request without token');

    const invitation = invitations.get(token);
    const fault = activeFault(invitation?.faults[operation] ?? null, log.count(token, operation));

    if (fault && TRANSPORT_FAULTS.has(fault.kind)) {
      applyTransportFault(req, res, fault.kind, operation, version, token);
      return;
    }
    if (fault?.kind === 'slow' && !(await waits.sleep(fault.delayMs))) return void res.destroy();

    const { status, payload } = answerOperation(operation, token);
    if (fault?.kind === 'reset-after') {
      sendCutShort(req, res, status, { ...routedHeaders, 'content-type': 'application/json' }, JSON.stringify(payload));
      return;
    }
    if (fault?.kind === 'slow-body') {
      // Dropped with the hung answers when the api closes.
      hung.add(res);
      res.on('close', () => hung.delete(res));
      const headers = { ...corsHeaders(), 'content-type': 'application/json' };
      sendDripping(res, status, headers, JSON.stringify(payload), fault.delayMs);
      return;
    }
    if (fault && status === 200 && SUCCESS_BODY_FAULTS.has(fault.kind)) {
      const body = spoilSuccessBody(fault.kind, operation, /** @type {Record<string, any>} */ (payload));
      send(res, 200, { ...routedHeaders, 'content-type': 'application/json' }, body);
      return;
    }
    sendRouted(status, payload);
  }

  /**
   * Answers (or fails) in place of the server: the operation itself never happens.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {import('./faults.mjs').FaultKind} kind
   * @param {Operation} operation
   * @param {string} version the request's API version, echoed by every answer that passed Polar's middleware
   * @param {string} token
   */
  function applyTransportFault(req, res, kind, operation, version, token) {
    switch (kind) {
      case 'hang':
        hung.add(res);
        res.on('close', () => hung.delete(res));
        return;
      case 'reset-before':
        req.socket.destroy();
        return;
      case 'rate-limited':
        send(res, 429, { ...corsHeaders(version), 'retry-after': '30' });
        return;
      case 'server-error':
        // Starlette's ServerErrorMiddleware sits outside the CORS middleware.
        send(res, 500, { 'content-type': 'text/plain; charset=utf-8' }, 'Internal Server Error');
        return;
      case 'bad-gateway':
        send(res, 502, { ...corsHeaders(version), 'content-type': 'text/html' }, BAD_GATEWAY_PAGE);
        return;
      case 'empty-error':
        send(res, operation === 'claim' ? 400 : 404, { ...corsHeaders(version), 'content-type': 'application/json' });
        return;
      case 'method-not-allowed':
        // What a misconfigured proxy or gateway in front of Polar may answer: a status Polar itself never sends here.
        sendApiJson(res, 405, { detail: 'Method Not Allowed' }, { 'polar-version': version });
        return;
      case 'validation-error':
        // What Polar answers when a claim's body arrives without the token, e.g. mangled by a proxy on the way.
        // On the info GET, which has no body, Polar never sends it.
        sendApiJson(
          res,
          422,
          { error: 'RequestValidationError', detail: [MISSING_TOKEN_ITEM] },
          {
            'polar-version': version,
            'cache-control': CACHE_CONTROL,
          },
        );
        return;
      case 'redirect': {
        // Polar never redirects these paths; something in front of it might, anywhere. The other loopback name is
        // another origin served by this same fake, so a client that follows the redirect is seen arriving there.
        const target = new URL(`http://${req.headers.host}`);
        target.hostname = target.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
        send(res, operation === 'claim' ? 307 : 302, {
          ...corsHeaders(version),
          location: `${target.origin}${req.url}`,
        });
        return;
      }
      case 'echo-token':
        // A proxy's "not found" page that repeats what it was asked for.
        sendApiJson(res, 404, { error: 'NotFound', detail: `Invitation ${token} not found` });
        return;
      case 'huge-error':
        send(res, 404, { ...corsHeaders(version), 'content-type': 'application/json' }, hugeErrorBody(token));
        return;
      default:
        throw new Error(`not a transport fault: ${kind}`);
    }
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} rawPath
   * @param {URLSearchParams} searchParams
   */
  async function handleControl(req, res, rawPath, searchParams) {
    if (isPreflight(req)) {
      const answer = answerPreflight(req);
      send(res, answer.status, answer.headers, answer.body);
      return;
    }
    const route = `${req.method} ${rawPath}`;
    const portal = PORTAL_PATH.exec(rawPath);
    if (portal && req.method === 'GET') {
      const slug = percentDecode(portal[1] ?? '');
      const token = searchParams.get('customer_session_token');
      portalVisits.push({ path: req.url ?? rawPath, slug, token, at: now() });
      send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, portalPage(slug, token !== null));
      return;
    }
    if (rawPath === '/__polar-mock/stream' && (req.method === 'GET' || req.method === 'POST')) {
      const body = req.method === 'POST' ? await readControlJson(req) : undefined;
      return sendApiJson(res, 200, streams.control(req.method, searchParams, body));
    }
    switch (route) {
      case 'POST /__polar-mock/invitations': {
        const mintOptions = /** @type {MintOptions} */ (await readControlJson(req));
        return sendApiJson(res, 201, invitations.mint(mintOptions));
      }
      case 'POST /__polar-mock/faults': {
        // Changes an invitation's faults mid-test (e.g. the network heals before a retry): a key set to
        // null clears that operation's fault, an absent key leaves it. `times` still counts every request
        // of the operation for the token, including those before the change.
        const body = /** @type {{ token?: unknown, info?: unknown, claim?: unknown }} */ (await readControlJson(req));
        const invitation = typeof body.token === 'string' ? invitations.get(body.token) : undefined;
        if (!invitation) throw new TypeError('faults: token must name a minted invitation');
        for (const operation of /** @type {const} */ (['info', 'claim'])) {
          if (operation in body) invitation.faults[operation] = normalizeFault(body[operation], operation);
        }
        return sendApiJson(res, 200, invitation.faults);
      }
      case 'GET /__polar-mock/scenarios':
        return sendApiJson(
          res,
          200,
          SCENARIOS.map(({ name, token, title, description }) => ({ name, token, title, description })),
        );
      case 'GET /__polar-mock/requests': {
        const token = searchParams.get('token');
        return sendApiJson(res, 200, log.summary(token ?? undefined));
      }
      case 'GET /__polar-mock/clock':
        return sendApiJson(res, 200, { now: now(), iso: new Date(now()).toISOString() });
      case 'POST /__polar-mock/clock': {
        const body = /** @type {{ advanceMs?: unknown }} */ (await readControlJson(req));
        const time = advanceClock(/** @type {number} */ (body?.advanceMs));
        return sendApiJson(res, 200, { now: time, iso: new Date(time).toISOString() });
      }
      case 'POST /__polar-mock/reset':
        reset();
        return sendApiJson(res, 200, { ok: true });
      case 'GET /__polar-mock/portal-visits':
        return sendApiJson(res, 200, portalVisits);
      default:
        return sendApiJson(res, 404, { error: 'NotFound', detail: `No mock control for ${route}` });
    }
  }

  /** @type {PolarApi['handle']} */
  async function handle(req, res) {
    const { rawPath, searchParams } = splitTarget(req.url);
    const isApi = rawPath === API_ROOT || rawPath.startsWith(API_PREFIX);
    if (!isApi && !rawPath.startsWith(CONTROL_PREFIX)) return false;
    try {
      if (isApi) await handleApi(req, res, rawPath);
      else await handleControl(req, res, rawPath, searchParams);
    } catch (error) {
      if (!isApi && error instanceof TypeError) {
        // A mistake in a test's control request: say what was wrong.
        sendApiJson(res, 400, { error: 'InvalidMockRequest', detail: error.message });
      } else {
        console.error('[polar-mock]', error);
        send(res, 500, { 'content-type': 'text/plain; charset=utf-8' }, 'Internal Server Error');
      }
    }
    return true;
  }

  seedScenarios();

  return {
    handle,
    mint: (mintOptions) => invitations.mint(mintOptions),
    requestsFor: (token) => ({ info: log.count(token, 'info'), claim: log.count(token, 'claim') }),
    now,
    advanceClock,
    reset,
    close() {
      waits.cancelAll();
      streams.close();
      for (const res of hung) res.destroy();
      hung.clear();
    },
  };
}

/**
 * Koa-style middleware for @web/dev-server and @web/test-runner. The api writes to the raw
 * Node response itself, so Koa must not respond afterwards.
 * @param {PolarApi} api
 * @returns {(ctx: { req: IncomingMessage, res: ServerResponse, respond?: boolean }, next: () => Promise<unknown>) => Promise<void>}
 */
export function polarApiMiddleware(api) {
  return async function polarApi(ctx, next) {
    if (await api.handle(ctx.req, ctx.res)) {
      ctx.respond = false;
      return;
    }
    await next();
  };
}
