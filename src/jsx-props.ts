/** The props `<polar-seat-claim>` takes in JSX (React 19, Preact), shared by `jsx-react` and `jsx-preact`. Types only. */
import type { PolarSeatClaim } from './polar-seat-claim.js';
import type { SeatClaimEventMap } from './events/index.js';

/** Each event as an `on<event-name>` prop, typed with its event class. */
export type PolarSeatClaimJsxEventProps = {
  [K in keyof SeatClaimEventMap as `on${K}`]?: (event: SeatClaimEventMap[K]) => void;
};

/**
 * The element's properties (set as properties), its attributes in their HTML spelling, and its events as
 * `on<event-name>` props, which both React 19 and Preact turn into listeners for `<event-name>`.
 */
export interface PolarSeatClaimJsxProps
  extends
    Partial<
      Pick<
        PolarSeatClaim,
        'token' | 'tokenParam' | 'server' | 'portalUrl' | 'autoClaim' | 'redirect' | 'theme' | 'timeout' | 'messages'
      >
    >,
    PolarSeatClaimJsxEventProps {
  'token-param'?: string;
  'portal-url'?: string;
  'auto-claim'?: boolean;
}
