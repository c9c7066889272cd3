import type { SeatClaimInfo } from '../polar-api.js';

/** The invitation's details have loaded; `detail` is Polar's `SeatClaimInfo`. */
export class SeatClaimInfoEvent extends CustomEvent<SeatClaimInfo> {
  constructor(detail: SeatClaimInfo) {
    super('seat-claim-info', { detail, bubbles: true, composed: true });
  }
}
