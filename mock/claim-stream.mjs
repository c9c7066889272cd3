/**
 * The claim stream, `GET /v1/customer-seats/claim/{token}/stream`, as Polar serves it (sse_starlette over
 * Redis pub/sub, see shared/polar/README.md): Server-Sent Events on the channel of the seat's billing
 * customer, so a stream also carries that customer's events for other products. The claim publishes
 * `customer_seat.claimed`; the benefits follow as `benefit.granted`, one per benefit, after a delay.
 *
 * Each invitation says what its stream does with these mint options (see normalizeStreamSettings):
 * `benefits` (benefit types granted after the claim, in order), `grantDelayMs` (the n-th grant comes
 * n × grantDelayMs after the claim), `holdGrants` (grants wait for the control's `grant` action),
 * `streamFault` (see STREAM_FAULTS) and `billingCustomer` (invitations with the same value share a channel).
 * @module
 */

import { randomUUID } from 'node:crypto';
import { corsHeaders } from './cors.mjs';
import { sendJson, sendRaw, Waits } from './http-util.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./invitations.mjs').Invitation} Invitation */

/**
 * `not-found`: 404 although the seat is pending; `rate-limited`: 429 with retry-after 300; `server-error`:
 * 500 without CORS headers; `redirect`: a 307 back to the same URL (Polar never redirects these paths);
 * `cut-after-claimed`: the connection drops right after the `customer_seat.claimed` event.
 * @typedef {'not-found' | 'rate-limited' | 'server-error' | 'redirect' | 'cut-after-claimed'} StreamFault
 */

/**
 * @typedef {object} StreamSettings
 * @property {readonly string[]} benefits
 * @property {number} grantDelayMs
 * @property {boolean} holdGrants
 * @property {StreamFault | null} fault
 * @property {string | null} billingCustomer
 */

/** @type {readonly StreamFault[]} */
export const STREAM_FAULTS = Object.freeze([
  'not-found',
  'rate-limited',
  'server-error',
  'redirect',
  'cut-after-claimed',
]);

/** The mint options that belong to the stream. */
export const STREAM_OPTIONS = Object.freeze([
  'benefits',
  'grantDelayMs',
  'holdGrants',
  'streamFault',
  'billingCustomer',
]);

/** Polar's limit on this route: 10 connections a minute per client, then blocked for 300 s. */
export const POLAR_STREAM_CONNECTIONS_PER_MINUTE = 10;
export const STREAM_BLOCK_MS = 300_000;
const WINDOW_MS = 60_000;

/** Polar closes a stream after 10 minutes; sse_starlette pings every 15 s. */
export const DEFAULT_STREAM_LIFETIME_MS = 10 * 60_000;
export const DEFAULT_PING_MS = 15_000;
const DEFAULT_GRANT_DELAY_MS = 300;

/** sse_starlette ends every line with CRLF, and a message with an empty line. */
const EOL = '\r\n';

/**
 * Validates the stream's mint options and fills in defaults; throws a TypeError naming the problem.
 * @param {Record<string, unknown>} options
 * @returns {StreamSettings}
 */
export function normalizeStreamSettings(options) {
  const { benefits = [], grantDelayMs = DEFAULT_GRANT_DELAY_MS, holdGrants = false } = options;
  const { streamFault = null, billingCustomer = null } = options;
  if (!Array.isArray(benefits) || !benefits.every((type) => typeof type === 'string' && type !== '')) {
    throw new TypeError('benefits must be an array of benefit types (non-empty strings)');
  }
  if (!(typeof grantDelayMs === 'number' && Number.isFinite(grantDelayMs) && grantDelayMs >= 0)) {
    throw new TypeError('grantDelayMs must be a non-negative number');
  }
  if (typeof holdGrants !== 'boolean') throw new TypeError('holdGrants must be a boolean');
  if (streamFault !== null && !STREAM_FAULTS.includes(/** @type {StreamFault} */ (streamFault))) {
    throw new TypeError(`streamFault must be one of ${STREAM_FAULTS.join(', ')}`);
  }
  if (billingCustomer !== null && (typeof billingCustomer !== 'string' || billingCustomer === '')) {
    throw new TypeError('billingCustomer must be a non-empty string');
  }
  return {
    benefits: Object.freeze([...benefits]),
    grantDelayMs,
    holdGrants,
    fault: /** @type {StreamFault | null} */ (streamFault),
    billingCustomer: /** @type {string | null} */ (billingCustomer),
  };
}

/**
 * Serialises like Python's `json.dumps` with its default separators (`", "` and `": "`), as Polar's
 * publisher does; values here are strings, null and plain objects.
 * @param {unknown} value
 * @returns {string}
 */
function pythonDumps(value) {
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${pythonDumps(item)}`);
    return `{${entries.join(', ')}}`;
  }
  // ensure_ascii: Python escapes every non-ASCII character.
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** @param {unknown} data */
const message = (data) => `data: ${pythonDumps(data)}${EOL}${EOL}`;

/**
 * @typedef {object} Subscriber
 * @property {string} token the invitation token the stream was opened with
 * @property {ServerResponse} res
 * @property {IncomingMessage} req
 * @property {boolean} cutAfterClaimed
 */

/**
 * @typedef {object} ClaimStreamsOptions
 * @property {() => number} now the api's clock (the rate limit's window and block follow it)
 * @property {(token: string) => Invitation | undefined} find any minted invitation
 * @property {(token: string) => Invitation | undefined} findClaimable a pending invitation with a working token
 * @property {number} [lifetimeMs] when the server sends `{"type": "reconnect"}` and closes (default 10 minutes)
 * @property {number} [pingMs] between `: ping` comments (default 15 s)
 * @property {number} [connectionsPerMinute] per client IP before a 300 s block (default Infinity: off, since
 *   every test of a run shares one client IP; Polar's is POLAR_STREAM_CONNECTIONS_PER_MINUTE)
 */

export class ClaimStreams {
  /** @type {Map<string, Set<Subscriber>>} channel → open streams */
  #channels = new Map();
  /** @type {Map<string, { windowStart: number, count: number, blockedUntil: number }>} per client IP */
  #limits = new Map();
  /** @type {Map<string, number>} token → streams opened (answered 200) */
  #opened = new Map();
  /** @type {Map<string, { channel: string, type: string }[]>} token → grants waiting for the `grant` action */
  #held = new Map();
  #waits = new Waits();
  #options;

  /** @param {ClaimStreamsOptions} options */
  constructor(options) {
    this.#options = options;
  }

  /**
   * The channel of the seat's billing customer: the purchaser under the member model, else the holder.
   * @param {Invitation} invitation
   */
  #channelOf(invitation) {
    const { seat } = invitation;
    return (
      invitation.stream.billingCustomer ??
      (invitation.model === 'member' ? seat.purchaserCustomerId : seat.holderCustomerId)
    );
  }

  /**
   * Counts a connection from `ip`: the 11th within a minute blocks the client for 300 s.
   * @param {string} ip
   * @returns {number} seconds to wait, or 0 when allowed
   */
  #retryAfter(ip) {
    const now = this.#options.now();
    let limit = this.#limits.get(ip);
    if (limit && now < limit.blockedUntil) return Math.ceil((limit.blockedUntil - now) / 1000);
    if (!limit || now - limit.windowStart >= WINDOW_MS) {
      limit = { windowStart: now, count: 0, blockedUntil: 0 };
      this.#limits.set(ip, limit);
    }
    limit.count += 1;
    if (limit.count <= (this.#options.connectionsPerMinute ?? Number.POSITIVE_INFINITY)) return 0;
    limit.blockedUntil = now + STREAM_BLOCK_MS;
    return STREAM_BLOCK_MS / 1000;
  }

  /**
   * Answers a stream request.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} token
   */
  open(req, res, token) {
    const retryAfter = this.#retryAfter(req.socket.remoteAddress ?? 'unknown');
    const fault = this.#options.find(token)?.stream.fault ?? null;
    if (retryAfter > 0 || fault === 'rate-limited') {
      sendRaw(res, 429, { ...corsHeaders(), 'retry-after': String(retryAfter || STREAM_BLOCK_MS / 1000) });
      return;
    }
    if (fault === 'server-error') {
      sendRaw(res, 500, { 'content-type': 'text/plain; charset=utf-8' }, 'Internal Server Error');
      return;
    }
    if (fault === 'redirect') {
      sendRaw(res, 307, { ...corsHeaders(), location: req.url ?? '/' });
      return;
    }
    const invitation = this.#options.findClaimable(token);
    if (!invitation || fault === 'not-found') {
      sendJson(res, 404, { error: 'ResourceNotFound', detail: 'Invalid or expired invitation token' }, corsHeaders());
      return;
    }

    // Subscribed before the headers go out, so an event published once the client sees the stream open
    // reaches it (Polar subscribes inside the response, a little after: its own page waits 500 ms).
    const channel = this.#channelOf(invitation);
    /** @type {Subscriber} */
    const subscriber = { token, res, req, cutAfterClaimed: fault === 'cut-after-claimed' };
    let subscribers = this.#channels.get(channel);
    if (!subscribers) {
      subscribers = new Set();
      this.#channels.set(channel, subscribers);
    }
    subscribers.add(subscriber);
    this.#opened.set(token, (this.#opened.get(token) ?? 0) + 1);

    res.writeHead(200, {
      ...corsHeaders(),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();

    const ping = setInterval(() => {
      res.write(`: ping - ${new Date(this.#options.now()).toISOString()}${EOL}${EOL}`);
    }, this.#options.pingMs ?? DEFAULT_PING_MS);
    const lifetime = setTimeout(
      () => this.#endWithReconnect(subscriber),
      this.#options.lifetimeMs ?? DEFAULT_STREAM_LIFETIME_MS,
    );
    res.on('close', () => {
      clearInterval(ping);
      clearTimeout(lifetime);
      subscribers.delete(subscriber);
    });
  }

  /** @param {Subscriber} subscriber */
  #endWithReconnect(subscriber) {
    const { res } = subscriber;
    if (!res.writableEnded && !res.destroyed) res.end(message({ type: 'reconnect' }));
  }

  /**
   * Sends one event to every stream open on the channel.
   * @param {string} channel
   * @param {string} key
   * @param {Record<string, unknown>} payload
   */
  #publish(channel, key, payload) {
    const text = message({ id: randomUUID(), key, payload });
    const subscribers = this.#channels.get(channel) ?? new Set();
    for (const subscriber of subscribers) {
      if (subscriber.res.writableEnded || subscriber.res.destroyed) continue;
      if (key === 'customer_seat.claimed' && subscriber.cutAfterClaimed) {
        // Nothing more may reach it while the claimed event is still on its way out.
        subscribers.delete(subscriber);
        subscriber.res.write(text, () => subscriber.req.socket.destroy());
      } else {
        subscriber.res.write(text);
      }
    }
  }

  /**
   * What the claim publishes: `customer_seat.claimed` now, then the benefit grants in the background.
   * @param {Invitation} invitation
   */
  claimed(invitation) {
    const channel = this.#channelOf(invitation);
    const { seat, stream } = invitation;
    this.#publish(channel, 'customer_seat.claimed', {
      seat_id: seat.id,
      subscription_id: seat.subscriptionId,
      order_id: null,
      product_id: invitation.productId,
    });
    const grants = stream.benefits.map((type) => ({ channel, type }));
    if (stream.holdGrants) {
      this.#held.set(invitation.token, [...(this.#held.get(invitation.token) ?? []), ...grants]);
      return;
    }
    grants.forEach((grant, index) => {
      void this.#waits.sleep((index + 1) * stream.grantDelayMs).then((due) => due && this.#grant(grant));
    });
  }

  /** @param {{ channel: string, type: string }} grant */
  #grant({ channel, type }) {
    this.#publish(channel, 'benefit.granted', { benefit_id: randomUUID(), benefit_type: type });
  }

  /**
   * `GET /__polar-mock/stream?token=` → `{ opened, open, held }`; `POST /__polar-mock/stream` with
   * `{ token, action }`: `grant` sends the held grants, `cut` drops the token's open streams, `end` sends the
   * reconnect message and closes them (what the lifetime does), `publish` sends `{ key, payload }` on the
   * token's channel (e.g. another product's events).
   * @param {'GET' | 'POST'} method
   * @param {URLSearchParams} searchParams
   * @param {unknown} body
   * @returns {Record<string, unknown>}
   */
  control(method, searchParams, body) {
    const input = /** @type {{ token?: unknown, action?: unknown, key?: unknown, payload?: unknown }} */ (
      method === 'GET' ? { token: searchParams.get('token') } : (body ?? {})
    );
    const invitation = typeof input.token === 'string' ? this.#options.find(input.token) : undefined;
    if (!invitation) throw new TypeError('stream: token must name a minted invitation');
    const { token } = invitation;
    const mine = [...(this.#channels.get(this.#channelOf(invitation)) ?? [])].filter((s) => s.token === token);
    if (method === 'POST') {
      switch (input.action) {
        case 'grant':
          for (const grant of this.#held.get(token) ?? []) this.#grant(grant);
          this.#held.delete(token);
          break;
        case 'cut':
          for (const subscriber of mine) subscriber.req.socket.destroy();
          break;
        case 'end':
          for (const subscriber of mine) this.#endWithReconnect(subscriber);
          break;
        case 'publish':
          if (typeof input.key !== 'string' || typeof input.payload !== 'object' || input.payload === null) {
            throw new TypeError('stream: publish needs a string key and an object payload');
          }
          this.#publish(this.#channelOf(invitation), input.key, /** @type {Record<string, unknown>} */ (input.payload));
          break;
        default:
          throw new TypeError('stream: action must be grant, cut, end or publish');
      }
    }
    return { opened: this.#opened.get(token) ?? 0, open: mine.length, held: this.#held.get(token)?.length ?? 0 };
  }

  /** Drops every stream, pending grant and rate-limit record. */
  reset() {
    this.close();
    this.#limits.clear();
    this.#opened.clear();
    this.#held.clear();
  }

  /** Ends open streams and pending grants, so no timer keeps the process alive. */
  close() {
    this.#waits.cancelAll();
    for (const subscribers of this.#channels.values()) {
      for (const subscriber of subscribers) subscriber.res.destroy();
    }
    this.#channels.clear();
  }
}
