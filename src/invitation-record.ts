/**
 * One record per invitation (API base + token) for the whole page, shared by every `<polar-seat-claim>` and by every
 * copy of this code (a CDN bundle beside an npm build): one GET and one POST in all, and every element showing the
 * invitation follows the same claim. Only plain data and promises cross copies, never classes.
 */
import type { ClaimStreamOutcome, GrantedBenefit } from './claim-stream.js';
import type { SeatClaimedDetail } from './events/index.js';
import type { SeatClaimInfo } from './polar-api.js';
import type { Invitation } from './state.js';

/** A request under way or done, shared by the elements waiting for it. */
interface SharedRequest<T> {
  promise: Promise<T>;
  waiting: number;
  controller: AbortController;
}

/** What each request of an invitation gives. */
interface Answers {
  /** The details. */
  info: SeatClaimInfo;
  claim: SeatClaimedDetail;
}

export interface InvitationRecord {
  /** Each request under way. */
  readonly requests: { [K in keyof Answers]?: SharedRequest<Answers[K]> };
  /** The wait for the claimed seat's benefits, once the claim succeeded. */
  access?: Promise<ClaimStreamOutcome>;
  /** Told of each benefit granted while the elements wait. */
  readonly progress: Set<(benefits: readonly GrantedBenefit[]) => void>;
  /** The claim's outcome once it succeeded, for elements that show the invitation later. */
  claimed?: { invitation: Invitation; detail: SeatClaimedDetail };
  /** The details of an invitation whose claim may have gone through, though no answer said so. */
  attempted?: SeatClaimInfo;
  /** An element has navigated after the claim: the others stay. */
  navigated?: boolean;
  /** Told when an element starts a claim, so that every element showing the invitation follows it. */
  readonly followers: Set<() => void>;
}

const registry = ((globalThis as Record<symbol, unknown>)[Symbol.for('polar-seat-claim.invitations')] ??= new Map<
  string,
  InvitationRecord
>()) as Map<string, InvitationRecord>;

/** Idle records kept for elements that show an invitation again later (a re-render): the newest ones. */
const KEPT = 20;

export function invitationRecord(api: string, token: string): InvitationRecord {
  const key = `${api} ${token}`;
  let record = registry.get(key);
  // A page that shows many invitations over its life must not keep them all.
  for (const [old, idle] of registry) {
    if (registry.size < KEPT) break;
    if (old !== key && !idle.followers.size && !idle.requests.info && !idle.requests.claim) registry.delete(old);
  }
  // Without a prototype: on a page whose `Object.prototype` was polluted, an inherited `claim` or `claimed` would
  // pass for a request under way or a claim made.
  if (!record) {
    record = Object.assign(Object.create(null) as InvitationRecord, {
      requests: Object.create(null) as InvitationRecord['requests'],
      followers: new Set<() => void>(),
      progress: new Set<(benefits: readonly GrantedBenefit[]) => void>(),
    });
    registry.set(key, record);
  }
  return record;
}

/**
 * Waits for the record's request of that kind, started by `start` unless one is under way (a new claim is announced
 * to the followers). Each caller may stop waiting with its own signal; the request is cancelled only when no one
 * waits for it any more, as it was before it was shared.
 */
export function join<K extends keyof Answers>(
  record: InvitationRecord,
  kind: K,
  signal: AbortSignal,
  start: (signal: AbortSignal) => Promise<Answers[K]>,
): Promise<Answers[K]> {
  // Narrowed to this kind, so that TypeScript follows the request's answer type through the writes.
  const requests = record.requests as { [P in K]?: SharedRequest<Answers[P]> };
  let joined = requests[kind];
  if (!joined) {
    const controller = new AbortController();
    const started: SharedRequest<Answers[K]> = { promise: start(controller.signal), waiting: 0, controller };
    joined = requests[kind] = started;
    // Settled, it is forgotten: a later element asks again, since a claim may have spent the token meanwhile.
    void started.promise
      .finally(() => {
        if (requests[kind] === started) requests[kind] = undefined;
      })
      .catch(() => undefined);
    if (kind === 'claim') for (const follow of record.followers) follow();
  }
  joined.waiting++;
  return new Promise<Answers[K]>((resolve, reject) => {
    const stop = () => {
      reject(signal.reason as Error);
      if (--joined.waiting === 0 && requests[kind] === joined) {
        requests[kind] = undefined;
        joined.controller.abort(signal.reason);
      }
    };
    if (signal.aborted) {
      stop();
      return;
    }
    signal.addEventListener('abort', stop, { once: true });
    joined.promise
      .then(resolve, reject)
      .finally(() => {
        signal.removeEventListener('abort', stop);
        joined.waiting--;
      })
      .catch(() => undefined);
  });
}

/** What this tab remembers of an invitation it claimed, or may have claimed. Never a token. */
export interface RememberedClaim {
  /** True when a claim answer said so; false when an attempt's outcome was never known. */
  claimed: boolean;
  organization_slug: string;
  organization_name: string;
  product_name: string;
}

const STORAGE_PREFIX = 'polar-seat-claim:';

/**
 * The storage key: a SHA-256 of API base and token, so that storage never holds the token, which still claims a
 * seat that was not claimed. Undefined where storage or `crypto.subtle` is missing (an insecure origin, a
 * sandboxed frame): the tab then simply remembers nothing.
 */
async function storageKey(api: string, token: string): Promise<string | undefined> {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${api} ${token}`));
    return STORAGE_PREFIX + btoa(String.fromCharCode(...new Uint8Array(digest)));
  } catch {
    return undefined;
  }
}

export async function remember(api: string, token: string, info: SeatClaimInfo, claimed: boolean): Promise<void> {
  const key = await storageKey(api, token);
  const { organization_slug, organization_name, product_name } = info;
  const value: RememberedClaim = { claimed, organization_slug, organization_name, product_name };
  try {
    if (key) sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the tab remembers nothing, as where storage is missing.
  }
}

export async function recall(api: string, token: string): Promise<RememberedClaim | undefined> {
  const key = await storageKey(api, token);
  try {
    const value = key && (JSON.parse(sessionStorage.getItem(key) ?? 'null') as RememberedClaim | null);
    return value && typeof value.organization_slug == 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
