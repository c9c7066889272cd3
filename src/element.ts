/** Everything public, without registering the element: for hosts that pick their own tag name. */
export { PolarSeatClaim, type SeatClaimStatus, type SeatClaimTheme } from './polar-seat-claim.js';
export { defineSeatClaim } from './define.js';
export { SeatClaimError, type SeatClaimErrorCode } from './errors.js';
export {
  SeatClaimInfoEvent,
  SeatClaimedEvent,
  SeatClaimErrorEvent,
  SeatAccessReadyEvent,
  seatClaimEvents,
  type SeatAccessReadyDetail,
  type SeatClaimEventMap,
  type SeatClaimedDetail,
  type SeatClaimErrorDetail,
} from './events/index.js';
export {
  defaultMessages,
  format,
  type SeatClaimMessages,
  type SeatClaimMessagesOverride,
  type CardMessages,
  type PasteMessages,
  type PluralMessage,
  type SeatClaimProblem,
  type ProblemMessage,
} from './messages.js';
export {
  claimSeat,
  getClaimInfo,
  type CustomerSeat,
  type SeatClaimInfo,
  type SeatClaimResponse,
  type RequestOptions,
} from './polar-api.js';
export { LocaleController, bundledLocales, registerLocale, resolveLocale } from './locale.js';
export { resolveEndpoints, portalLink, type Endpoints } from './endpoints.js';
export { VERSION } from './version.js';
