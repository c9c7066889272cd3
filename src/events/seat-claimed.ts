import type { CustomerSeat } from '../polar-api.js';

/** Detail of `seat-claimed`. */
export interface SeatClaimedDetail {
  /** The seat exactly as the API returned it. */
  seat: CustomerSeat;
  /**
   * Opens the customer portal for one hour. A credential: do not log or store it. `null` when the claim's answer was
   * lost but Polar's claim stream confirmed the seat: the person signs in to the portal by email instead.
   */
  customerSessionToken: string | null;
}

/** The seat is claimed. Cancelable: `preventDefault()` keeps the person on the page instead of the redirect. */
export class SeatClaimedEvent extends CustomEvent<SeatClaimedDetail> {
  constructor(detail: SeatClaimedDetail) {
    super('seat-claimed', { detail, bubbles: true, composed: true, cancelable: true });
  }
}
