/**
 * `polar-seat-claim/jsx-preact`: types for using `<polar-seat-claim>` in Preact JSX, which sets the
 * element's properties as properties and turns `on<event-name>` props into event listeners:
 *
 * ```tsx
 * import 'polar-seat-claim';
 * import type {} from 'polar-seat-claim/jsx-preact';
 *
 * <polar-seat-claim server="sandbox" token={token} onseat-claimed={(e) => console.log(e.detail.seat)} />
 * ```
 *
 * Types only: importing it at run time is harmless (an empty module) and registers nothing.
 */
import type { HTMLAttributes } from 'preact';
import type { PolarSeatClaim } from './polar-seat-claim.js';
import type { PolarSeatClaimJsxProps } from './jsx-props.js';

export type { PolarSeatClaimJsxProps };

/** What `<polar-seat-claim>` accepts in Preact JSX: Preact's HTML props (with `ref` typed) and the element's own. */
export type PolarSeatClaimPreactJsxProps = Omit<HTMLAttributes<PolarSeatClaim>, keyof PolarSeatClaimJsxProps> &
  PolarSeatClaimJsxProps;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX namespace is augmented this way.
  namespace JSX {
    interface IntrinsicElements {
      'polar-seat-claim': PolarSeatClaimPreactJsxProps;
    }
  }
}
