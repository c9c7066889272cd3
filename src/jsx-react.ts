/**
 * `polar-seat-claim/jsx-react`: types for using `<polar-seat-claim>` directly in React 19 JSX, which sets
 * the element's properties (`server`, `autoClaim`, `messages` ...) as properties and turns
 * `on<event-name>` props into event listeners:
 *
 * ```tsx
 * import 'polar-seat-claim';
 * import type {} from 'polar-seat-claim/jsx-react';
 *
 * <polar-seat-claim server="sandbox" token={token} onseat-claimed={(e) => console.log(e.detail.seat)} />
 * ```
 *
 * Types only: importing it at run time is harmless (an empty module) and registers nothing.
 * React 18 and earlier set every prop as an attribute and ignore custom events: use `polar-seat-claim/react`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PolarSeatClaim } from './polar-seat-claim.js';
import type { PolarSeatClaimJsxProps } from './jsx-props.js';

export type { PolarSeatClaimJsxProps };

/** What `<polar-seat-claim>` accepts in React 19 JSX: React's HTML props (with `ref` typed) and the element's own. */
export type PolarSeatClaimReactJsxProps = DetailedHTMLProps<HTMLAttributes<PolarSeatClaim>, PolarSeatClaim> &
  PolarSeatClaimJsxProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace is augmented this way.
  namespace JSX {
    interface IntrinsicElements {
      'polar-seat-claim': PolarSeatClaimReactJsxProps;
    }
  }
}
