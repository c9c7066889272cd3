/**
 * What went wrong, as one of a closed set of codes the host can switch on.
 *
 * - `missing_token`: no invitation token, or one that cannot be a Polar token.
 * - `wrong_organization`: the invitation is from an organization the `organization` attribute does not name.
 * - `config`: the element is set up wrongly (`server`, `portal-url`, `timeout`).
 * - `invalid_token`: Polar does not know the token (claim 400, info 404), or it can no longer be claimed.
 * - `feature_not_enabled`: the organization has seat-based pricing turned off (403).
 * - `validation`: Polar rejected the request body (422).
 * - `rate_limited`: too many requests from this visitor (429).
 * - `server`: Polar failed (5xx).
 * - `network`: the request never got an answer the page may read (this includes a 500 without CORS headers).
 * - `offline`: the browser is offline; the invitation loads again by itself when it is back online.
 * - `timeout`: no answer within `timeout` milliseconds.
 * - `bad_response`: an answer that is not what the API promises (a 2xx off the schema, an unexpected status).
 */
export type SeatClaimErrorCode =
  | 'missing_token'
  | 'wrong_organization'
  | 'config'
  | 'invalid_token'
  | 'feature_not_enabled'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'offline'
  | 'timeout'
  | 'bad_response';

/** Codes where the same request can succeed a little later. */
const TRANSIENT: readonly SeatClaimErrorCode[] = ['rate_limited', 'server', 'network', 'offline', 'timeout'];

/** An error the widget understands: every failure the API client and the element report, aborts aside. */
export class SeatClaimError extends Error {
  override readonly name = 'SeatClaimError';
  /** Whether trying the same step again can help. */
  readonly retryable: boolean;
  /** Whether loading the invitation again can help: Polar refused the request, or its answer made no sense. */
  readonly reloadable: boolean;

  constructor(
    readonly code: SeatClaimErrorCode,
    /** For developers: what happened, in detail. The person sees the element's own messages. */
    message: string,
    /** The HTTP status, or 0 when no answer was read. */
    readonly status = 0,
    /**
     * The answer's body (parsed JSON, raw text, or `undefined` when empty) as a bounded copy that hosts may log:
     * at most 5 levels, 20 entries an array or object, 1,000 characters a string, 100 values, tokens redacted.
     */
    readonly body?: unknown,
    /**
     * True when a claim may have gone through on Polar's side although the page never saw it (a claim answered
     * with a 2xx it cannot read; or a 400/404 for a token this element claimed, or tried to without an answer),
     * so the person is not told the link is bad.
     */
    readonly uncertain = false,
  ) {
    super(message);
    this.retryable = TRANSIENT.includes(code);
    this.reloadable = !uncertain && (code === 'validation' || code === 'bad_response');
  }
}

/**
 * The error as this copy's class. A page may run two copies of the element (a CDN bundle and an npm build) that share
 * one record per invitation, so an error may come from the other copy's class.
 */
export function asSeatClaimError(error: unknown): SeatClaimError | undefined {
  if (error instanceof SeatClaimError) return error;
  if (!(error instanceof Error) || error.name !== 'SeatClaimError') return undefined;
  const { code, message, status, body, uncertain } = error as Error & Record<string, unknown>;
  return new SeatClaimError(code as SeatClaimErrorCode, message, status as number, body, uncertain as boolean);
}

/** A claim answered with a 2xx status that could not be read: Polar accepted it, but the page never saw the seat. */
export function unreadableSuccess(error: SeatClaimError): boolean {
  return (error.code === 'bad_response' || error.code === 'network') && error.status > 199 && error.status < 300;
}

/** Whether Polar may have recorded a claim that failed this way: its answer was lost, late or unreadable. */
export function claimMayHaveLanded(error: SeatClaimError): boolean {
  return unreadableSuccess(error) || (error.retryable && error.code !== 'rate_limited');
}
