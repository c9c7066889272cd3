/**
 * The claim flow as data: every state the card can be in, with exactly what that state shows. The element keeps one
 * of these and changes it in one place; `views.ts` renders each one, and `tsc` names every table a new state is
 * missing from.
 */
import type { ClaimLinkRefusal } from './claim-link.js';
import type { GrantedBenefit } from './claim-stream.js';
import type { SeatClaimError } from './errors.js';
import type { SeatAccessReadyDetail, SeatClaimedDetail } from './events/index.js';
import type { SeatClaimInfo } from './polar-api.js';

/** An invitation whose details have loaded: everything a claim needs. */
export interface Invitation {
  /** The API base it was loaded from, which its claim goes to. */
  api: string;
  token: string;
  info: SeatClaimInfo;
}

export type SeatClaimState =
  /** Not started, or detached while loading. */
  | { status: 'idle' }
  /** No token: the person pastes the link from their invitation email. `refusal` says why the last paste failed. */
  | { status: 'needs-token'; refusal?: ClaimLinkRefusal }
  | { status: 'loading' }
  /** Waiting for the person to confirm. */
  | { status: 'ready'; invitation: Invitation }
  | { status: 'claiming'; invitation: Invitation }
  /** Claimed; Polar grants the seat's benefits in the background, and the card waits for them (`grant-timeout`). */
  | { status: 'granting'; invitation: Invitation; claimed: SeatClaimedDetail; benefits: readonly GrantedBenefit[] }
  /**
   * `replay` when the claim happened before this element showed the invitation (a re-render, a reload, Back): it
   * is shown, not announced again. `claimed` is missing when only this tab's memory knows of the claim.
   */
  | {
      status: 'claimed';
      invitation: Invitation;
      claimed?: SeatClaimedDetail;
      replay: boolean;
      /** The wait for benefits, when this element waited. */
      access?: SeatAccessReadyDetail;
    }
  /** `invitation` is the one a failed claim was for, if a claim failed. */
  | { status: 'error'; error: SeatClaimError; invitation?: Invitation };

/** Where the claim flow stands; also the element's CSS custom state (`:state(ready)`). */
export type SeatClaimStatus = SeatClaimState['status'];

/** The state of one status: `StateOf<'claimed'>` has `claimed`. */
export type StateOf<S extends SeatClaimStatus> = Extract<SeatClaimState, { status: S }>;
