/**
 * Polar's two public seat-claim operations as plain functions over `fetch`: no DOM, no state.
 * Every failure becomes a {@link SeatClaimError}, except an abort by the caller, which rethrows the
 * signal's reason so the caller can tell "I cancelled this" from "this failed".
 */
import { SeatClaimError, type SeatClaimErrorCode } from './errors.js';
import type { components } from './generated/openapi.js';

type Schemas = components['schemas'];
/** What `GET /v1/customer-seats/claim/{invitation_token}` answers. */
export type SeatClaimInfo = Schemas['SeatClaimInfo'];
/** A seat, exactly as Polar describes it. */
export type CustomerSeat = Schemas['CustomerSeat'];
/** What `POST /v1/customer-seats/claim` answers. */
export type SeatClaimResponse = Schemas['CustomerSeatClaimResponse'];

export interface RequestOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up with a `timeout` error. */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 20_000;

/**
 * Polar mints tokens with `secrets.token_urlsafe(32)`: 43 URL-safe characters. Anything outside the
 * alphabet, or far from that length, can never be a valid invitation, so no request is sent for it.
 */
const TOKEN_PATTERN = /^[\w-]{20,256}$/;

export async function getClaimInfo(apiBase: string, token: string, options?: RequestOptions): Promise<SeatClaimInfo> {
  return request(`${apiBase}/v1/customer-seats/claim/${encodeURIComponent(checkedToken(token))}`, undefined, options, isSeatClaimInfo);
}

export async function claimSeat(apiBase: string, token: string, options?: RequestOptions): Promise<SeatClaimResponse> {
  return request(`${apiBase}/v1/customer-seats/claim`, JSON.stringify({ invitation_token: checkedToken(token) }), options, isSeatClaimResponse);
}

function checkedToken(token: string): string {
  if (!TOKEN_PATTERN.test(token)) {
    throw new SeatClaimError('missing_token', token ? 'The invitation token is malformed: it is not a Polar invitation token' : 'No invitation token');
  }
  return token;
}

async function request<T>(
  url: string,
  body: string | undefined,
  { signal, timeout = DEFAULT_TIMEOUT }: RequestOptions = {},
  isExpected: (value: unknown) => value is T,
): Promise<T> {
  signal?.throwIfAborted();
  // One controller for both ways a request ends early, so the reason can be told apart afterwards.
  const controller = new AbortController();
  const abort = () => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener('abort', abort);
  const timedOut = new DOMException(`No answer within ${timeout} ms`, 'TimeoutError');
  // Browsers keep the delay in 32 bits: 2^31 ms or more (`Infinity` too) would fire at once, not never.
  const timer = setTimeout(() => {
    controller.abort(timedOut);
  }, Math.min(timeout, 2e9));
  let status = 0;
  let text: string;
  try {
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      // Any header beyond the CORS-safelisted ones (and Content-Type for JSON) fails Polar's preflight.
      headers: body ? { 'content-type': 'application/json' } : {},
      // Polar refuses credentialed cross-origin requests, and the page's URL may carry secrets of its own.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    status = response.status;
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw controller.signal.reason === timedOut
      ? new SeatClaimError('timeout', `No answer from ${url} within ${timeout} ms`, status)
      : new SeatClaimError('network', `The request to ${url} failed: ${String(cause)}`, status);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }

  const data = parseBody(text);
  if (status >= 200 && status < 300) {
    if (isExpected(data)) return data;
    throw new SeatClaimError('bad_response', `Polar answered ${status} with a body that does not match the API schema`, status, data);
  }
  const detail = (data as { detail?: unknown } | undefined)?.detail;
  throw new SeatClaimError(codeFor(status), `Polar answered ${status}${typeof detail === 'string' ? `: ${detail}` : ''}`, status, data);
}

/** JSON when it parses, the raw text otherwise (a proxy's HTML page), `undefined` when empty (Polar's 429). */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function codeFor(status: number): SeatClaimErrorCode {
  if (status === 400 || status === 404) return 'invalid_token';
  if (status === 403) return 'feature_not_enabled';
  if (status === 422) return 'validation';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'server' : 'bad_response';
}

/**
 * A field's expected type: `s` string, `b` boolean, `o` object; `?` also allows null or absence.
 * Small on purpose: a full JSON Schema validator would cost more bytes than the whole widget.
 */
type Shape = Record<string, 's' | 's?' | 'b' | 'o?'>;

const SEAT_CLAIM_INFO: Shape = {
  product_name: 's',
  product_id: 's',
  organization_name: 's',
  organization_slug: 's',
  customer_email: 's',
  can_claim: 'b',
};

const CUSTOMER_SEAT: Shape = {
  created_at: 's',
  modified_at: 's?',
  id: 's',
  status: 's',
  subscription_id: 's?',
  order_id: 's?',
  customer_id: 's?',
  member_id: 's?',
  member: 'o?',
  email: 's?',
  customer_email: 's?',
  invitation_token_expires_at: 's?',
  claimed_at: 's?',
  revoked_at: 's?',
  seat_metadata: 'o?',
};

const SEAT_STATUSES = ['pending', 'claimed', 'revoked'];
const TYPE_NAMES = { s: 'string', b: 'boolean', o: 'object' } as const;

/** Unknown extra fields are accepted: Polar adds fields without a new API version. */
function hasShape(value: unknown, shape: Shape): value is Record<string, unknown> {
  return (
    isObject(value) &&
    Object.entries(shape).every(([key, type]) => {
      const field = value[key];
      return (type[1] === '?' && field == null) || (typeof field === TYPE_NAMES[type[0] as 's' | 'b' | 'o'] && field !== null);
    })
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSeatClaimInfo(value: unknown): value is SeatClaimInfo {
  return hasShape(value, SEAT_CLAIM_INFO);
}

export function isSeatClaimResponse(value: unknown): value is SeatClaimResponse {
  return (
    isObject(value) &&
    typeof value.customer_session_token === 'string' &&
    hasShape(value.seat, CUSTOMER_SEAT) &&
    SEAT_STATUSES.includes(value.seat.status as string)
  );
}
