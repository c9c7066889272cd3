import type { SeatClaimErrorCode } from '../errors.js';

/** Detail of `seat-claim-error`. */
export interface SeatClaimErrorDetail {
  code: SeatClaimErrorCode;
  /** The HTTP status, or 0 when no answer was read. */
  status: number;
  /** What happened, for developers. The person sees the element's own message. */
  message: string;
  /** Whether `claim()` or the Retry button can help. */
  retryable: boolean;
  /**
   * The answer's body as sent: parsed JSON, raw text, or `undefined`. Always `undefined` for a claim's unreadable 2xx
   * answer, which may carry the customer session token.
   */
  body: unknown;
}

/** Something failed; the card shows the person what to do. */
export class SeatClaimErrorEvent extends CustomEvent<SeatClaimErrorDetail> {
  constructor(detail: SeatClaimErrorDetail) {
    super('seat-claim-error', { detail, bubbles: true, composed: true });
  }
}
