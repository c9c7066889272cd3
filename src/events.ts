import type { SeatClaimErrorCode } from './errors.js';
import type { CustomerSeat, SeatClaimInfo } from './polar-api.js';

/** Detail of `seat-claimed`. */
export interface SeatClaimedDetail {
  /** The seat exactly as the API returned it. */
  seat: CustomerSeat;
  /** Opens the customer portal for one hour. A credential: do not log or store it. */
  customerSessionToken: string;
}

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

export type SeatClaimInfoEvent = CustomEvent<SeatClaimInfo>;
export type SeatClaimedEvent = CustomEvent<SeatClaimedDetail>;
export type SeatClaimErrorEvent = CustomEvent<SeatClaimErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'seat-claim-info': SeatClaimInfoEvent;
    'seat-claimed': SeatClaimedEvent;
    'seat-claim-error': SeatClaimErrorEvent;
  }
}

/** Dispatches one of the element's events: all bubble out of shadow roots. Returns false if a listener cancelled it. */
export function emit<K extends 'seat-claim-info' | 'seat-claimed' | 'seat-claim-error'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'seat-claimed' }),
  );
}
