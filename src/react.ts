/**
 * `polar-seat-claim/react`: `<polar-seat-claim>` as a React component, for React 18 and earlier (React 19
 * can use the element directly; see `polar-seat-claim/jsx-react`). Properties are set as properties and the
 * element's events are offered as `onSeatClaimInfo`, `onSeatClaimed` and `onSeatClaimError`.
 *
 * Importing this module registers the element, like the package's main entry.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './index.js';
import { PolarSeatClaim as PolarSeatClaimElement } from './polar-seat-claim.js';
import { seatClaimEvents, type SeatClaimEventMap } from './events/index.js';

export const PolarSeatClaim = createComponent({
  tagName: 'polar-seat-claim',
  elementClass: PolarSeatClaimElement,
  react: React,
  events: seatClaimEvents as {
    [P in keyof typeof seatClaimEvents]: EventName<SeatClaimEventMap[(typeof seatClaimEvents)[P]]>;
  },
  displayName: 'PolarSeatClaim',
});

/** The props of the React component: the element's properties, its event callbacks, and React's HTML props. */
export type PolarSeatClaimProps = React.ComponentProps<typeof PolarSeatClaim>;
