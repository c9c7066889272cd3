/** The props `<polar-seat-claim>` takes in JSX (React 19, Preact), shared by `jsx-react` and `jsx-preact`. Types only. */
import type { PolarSeatClaim } from './polar-seat-claim.js';
import type { SeatClaimErrorEvent, SeatClaimInfoEvent, SeatClaimedEvent } from './events.js';

/**
 * The element's properties (set as properties), its attributes in their HTML spelling, and its events as
 * `on<event-name>` props, which both React 19 and Preact turn into listeners for `<event-name>`.
 */
export interface PolarSeatClaimJsxProps extends Partial<
  Pick<
    PolarSeatClaim,
    'token' | 'tokenParam' | 'server' | 'portalUrl' | 'autoClaim' | 'redirect' | 'theme' | 'timeout' | 'messages'
  >
> {
  'token-param'?: string;
  'portal-url'?: string;
  'auto-claim'?: boolean;
  'onseat-claim-info'?: (event: SeatClaimInfoEvent) => void;
  'onseat-claimed'?: (event: SeatClaimedEvent) => void;
  'onseat-claim-error'?: (event: SeatClaimErrorEvent) => void;
}
