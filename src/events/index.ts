/** The element's events: one class each, and the one list of their names that wrappers and types are built from. */
import { SeatAccessReadyEvent } from './seat-access-ready.js';
import { SeatClaimErrorEvent } from './seat-claim-error.js';
import { SeatClaimInfoEvent } from './seat-claim-info.js';
import { SeatClaimedEvent } from './seat-claimed.js';

export { SeatAccessReadyEvent, type SeatAccessReadyDetail } from './seat-access-ready.js';
export { SeatClaimErrorEvent, type SeatClaimErrorDetail } from './seat-claim-error.js';
export { SeatClaimInfoEvent } from './seat-claim-info.js';
export { SeatClaimedEvent, type SeatClaimedDetail } from './seat-claimed.js';

/** Each event's name and class: `seat-claimed` -> `SeatClaimedEvent`. */
export interface SeatClaimEventMap {
  'seat-claim-info': SeatClaimInfoEvent;
  'seat-claimed': SeatClaimedEvent;
  'seat-claim-error': SeatClaimErrorEvent;
  'seat-access-ready': SeatAccessReadyEvent;
}

/** Every event the element dispatches, with the React prop that listens to it. */
export const seatClaimEvents = {
  onSeatClaimInfo: 'seat-claim-info',
  onSeatClaimed: 'seat-claimed',
  onSeatClaimError: 'seat-claim-error',
  onSeatAccessReady: 'seat-access-ready',
} as const satisfies Record<string, keyof SeatClaimEventMap>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented with the element's events
  interface GlobalEventHandlersEventMap extends SeatClaimEventMap {}
}
