import type { GrantedBenefit } from '../claim-stream.js';
import type { SeatClaimedDetail } from './seat-claimed.js';

/** Detail of `seat-access-ready`. */
export interface SeatAccessReadyDetail extends SeatClaimedDetail {
  /** The benefits Polar granted for this seat while the card waited, in the order they arrived. */
  benefits: GrantedBenefit[];
  /** False when the wait ended early: `grant-timeout` passed, or the claim stream failed or was not opened. */
  complete: boolean;
}

/** The claimed seat's benefits are granted (or the wait for them is over): the portal will show them. */
export class SeatAccessReadyEvent extends CustomEvent<SeatAccessReadyDetail> {
  constructor(detail: SeatAccessReadyDetail) {
    super('seat-access-ready', { detail, bubbles: true, composed: true });
  }
}
