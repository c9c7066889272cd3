/**
 * Polar's two public seat-claim operations as plain functions over `fetch`: no DOM, no state.
 * Every failure becomes a {@link SeatClaimError}, except an abort by the caller, which rethrows the
 * signal's reason (an `AbortError` where browsers lack `reason`) so the caller can tell "I cancelled this"
 * from "this failed".
 */
import { boundedCopy } from './bounded-copy.js';
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
 * The longest string an answer may hold: more than any name, email or id Polar sends, and little enough to lay
 * out at once (a 5 MB `product_name` took seconds to render). An answer with a longer one is a `bad_response`.
 */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Polar mints tokens with `secrets.token_urlsafe(32)`: 43 URL-safe characters. Anything outside the
 * alphabet, or far from that length, can never be a valid invitation, so no request is sent for it.
 */
const TOKEN_PATTERN = /^[\w-]{20,256}$/;

export async function getClaimInfo(apiBase: string, token: string, options?: RequestOptions): Promise<SeatClaimInfo> {
  // The token pattern admits only URL-safe characters: the token is already one encoded path segment.
  return request(
    `${apiBase}/v1/customer-seats/claim/${checkedToken(token)}`,
    token,
    undefined,
    options,
    isSeatClaimInfo,
  );
}

export async function claimSeat(apiBase: string, token: string, options?: RequestOptions): Promise<SeatClaimResponse> {
  return request(
    `${apiBase}/v1/customer-seats/claim`,
    token,
    JSON.stringify({ invitation_token: checkedToken(token) }),
    options,
    isSeatClaimResponse,
  );
}

function checkedToken(token: string): string {
  if (!TOKEN_PATTERN.test(token))
    throw new SeatClaimError('missing_token', token ? 'The invitation token is malformed' : 'No invitation token');
  return token;
}

async function request<T>(
  url: string,
  token: string,
  body: string | undefined,
  { signal, timeout = DEFAULT_TIMEOUT }: RequestOptions = {},
  isExpected: (value: unknown) => value is T,
): Promise<T> {
  // Not `throwIfAborted()`, nor `reason` alone: browsers a few versions old (Safari before 15.4) have neither.
  const aborted = (): unknown => signal!.reason ?? new DOMException('Aborted', 'AbortError');
  if (signal?.aborted) throw aborted();
  // One controller for both ways a request ends early: when the caller's signal has not fired, the timer did.
  const controller = new AbortController();
  const abort = () => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener('abort', abort);
  // The time actually spent decides, not the timer alone: a tab in the background, frozen or woken from sleep may
  // run a timer before its time has passed, while the answer is on its way. Browsers keep the delay in 32 bits:
  // 2^31 ms or more (`Infinity` too) would fire at once, not never.
  const deadline = performance.now() + timeout;
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    const left = deadline - performance.now();
    if (left > 0) timer = setTimeout(arm, Math.min(left, 2e9));
    else controller.abort();
  };
  arm();
  let status = 0;
  let redirected = false;
  let data: unknown;
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
      // Polar never redirects these paths. Following one would send the token to wherever it points, past the
      // `server` check; 'manual' (not 'error') tells a redirect from a network failure.
      redirect: 'manual',
      signal: controller.signal,
    });
    status = response.status;
    redirected = response.type == 'opaqueredirect';
    data = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw aborted();
    const timedOut = controller.signal.aborted;
    // A 2xx status line says Polar accepted the claim: whatever happens to the body, the seat may be claimed, and
    // the claim must not be offered again. Loading has no side effects: it stays a failure worth retrying.
    if (body && status > 199 && status < 300)
      throw new SeatClaimError(
        'bad_response',
        `Polar answered ${status}, then ${timedOut ? `no full body within ${timeout} ms` : 'the body was cut off'}`,
        status,
      );
    // Not the URL: the info request's carries the invitation token, and error events get logged.
    throw timedOut
      ? new SeatClaimError('timeout', `No answer within ${timeout} ms`, status)
      : new SeatClaimError('network', `The request failed: ${String(cause)}`, status);
  } finally {
    clearTimeout(timer!);
    signal?.removeEventListener('abort', abort);
  }
  if (redirected) throw new SeatClaimError('bad_response', 'Polar answered with a redirect');

  // JSON when it parses, the raw text otherwise (a proxy's HTML page), `undefined` when empty (Polar's 429).
  try {
    data = data ? JSON.parse(data as string) : undefined;
  } catch {
    // Kept as text.
  }
  const ok = status > 199 && status < 300;
  if (ok && isExpected(data)) return data;
  // No server text in the message: a proxy may echo the token in it, and hosts log messages. The body has it.
  throw new SeatClaimError(
    ok ? 'bad_response' : (CODES[status] ?? (status > 499 ? 'server' : 'bad_response')),
    `Polar answered ${status}${ok ? ' with a body off the API schema' : ''}`,
    status,
    boundedCopy(data, token),
  );
}

const CODES: Partial<Record<number, SeatClaimErrorCode>> = {
  400: 'invalid_token',
  403: 'feature_not_enabled',
  404: 'invalid_token',
  422: 'validation',
  429: 'rate_limited',
};

/**
 * Whether each field in `names` has the given `typeof` type; a name ending in `?` may also be null or absent.
 * Unknown extra fields are accepted: Polar adds fields without a new API version. Small on purpose: a JSON
 * Schema validator would cost more bytes than the whole widget.
 */
function hasFields(value: Record<string, unknown>, type: string, names: string): boolean {
  return names.split(' ').every((name) => {
    const field = value[name.replace('?', '')];
    return (
      (name.endsWith('?') && field == null) ||
      (typeof field == type && field !== null && !(type == 'string' && (field as string).length > MAX_TEXT_LENGTH))
    );
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value == 'object' && value !== null && !Array.isArray(value);
}

export function isSeatClaimInfo(value: unknown): value is SeatClaimInfo {
  return (
    isObject(value) &&
    typeof value.can_claim == 'boolean' &&
    hasFields(value, 'string', 'product_name product_id organization_name organization_slug customer_email')
  );
}

export function isSeatClaimResponse(value: unknown): value is SeatClaimResponse {
  const seat = isObject(value) && value.seat;
  return (
    isObject(seat) &&
    hasFields(value as Record<string, unknown>, 'string', 'customer_session_token') &&
    // A 2xx for a seat that is not claimed is no claim, whatever else it says.
    seat.status == 'claimed' &&
    hasFields(
      seat,
      'string',
      'created_at id modified_at? subscription_id? order_id? customer_id? member_id? email? customer_email? invitation_token_expires_at? claimed_at? revoked_at?',
    ) &&
    hasFields(seat, 'object', 'member? seat_metadata?')
  );
}
