import type { ClaimLinkRefusal } from './claim-link.js';
import { claimLinkMessages } from './claim-link-messages.js';
import type { SeatClaimErrorCode } from './errors.js';
import type { SeatClaimInfo } from './polar-api.js';

/**
 * Kinds of failure the person is told about. Beyond the error codes: a token that cannot be a Polar token,
 * an invitation Polar says cannot be claimed, and a claim that may already have gone through.
 */
export type SeatClaimProblem = SeatClaimErrorCode | 'malformed_token' | 'cannot_claim' | 'maybe_claimed';

/** A problem as the person sees it. */
export interface ProblemMessage {
  title: string;
  text: string;
}

/** A message that counts: the form for the count's plural category (`Intl.PluralRules`), else `other`. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every string the element shows. `{product}`, `{organization}` and `{email}` are replaced with the
 * invitation's values, always as text.
 */
export interface SeatClaimMessages {
  loading: string;
  heading: string;
  invitation: string;
  invitedEmail: string;
  claim: string;
  claiming: string;
  claimedHeading: string;
  claimed: string;
  alreadyClaimedHeading: string;
  alreadyClaimed: string;
  redirecting: string;
  /** The link to the customer portal, signed in after a claim. */
  portal: string;
  /** The link to the customer portal's sign-in, where there is no session to hand on. */
  signIn: string;
  /** The link to the host's `continue-url`. */
  continue: string;
  retry: string;
  /** While the seat's benefits are granted. */
  granting: string;
  /** How many benefits are ready so far; `{count}`. */
  benefitsReady: PluralMessage;
  /** The form shown without a token. */
  pasteHeading: string;
  pasteLabel: string;
  pasteHint: string;
  pasteSubmit: string;
  /** Back to the form, from an invitation that came from it. */
  anotherLink: string;
  /** Why a pasted text gives no invitation. */
  paste: Record<ClaimLinkRefusal, string>;
  problems: Record<SeatClaimProblem, ProblemMessage>;
}

/** Replacements for some strings; `problems` may name only the ones to change. */
export type SeatClaimMessagesOverride = Partial<Omit<SeatClaimMessages, 'problems' | 'paste' | 'benefitsReady'>> & {
  benefitsReady?: Partial<PluralMessage>;
  paste?: Partial<Record<ClaimLinkRefusal, string>>;
  problems?: Partial<Record<SeatClaimProblem, Partial<ProblemMessage>>>;
};

const ASK_AGAIN = 'Ask for a new invitation.';
const LATER = 'Try again in a moment.';

/** Each problem's title says what happened; its text says what to do next, in as few words as do the job. */
export const defaultMessages: SeatClaimMessages = {
  loading: 'Loading invitation details…',
  heading: 'Claim your seat',
  invitation: "You've been invited to {product} on {organization}.",
  invitedEmail: 'Invitation for {email}',
  claim: 'Claim seat',
  claiming: 'Claiming…',
  claimedHeading: 'Seat claimed',
  claimed: 'You now have access to {product}.',
  alreadyClaimedHeading: 'Your seat is already claimed',
  alreadyClaimed: 'Open your customer portal to use {product}.',
  redirecting: 'Opening your customer portal…',
  portal: 'Open customer portal',
  signIn: 'Sign in to your customer portal',
  continue: 'Continue',
  retry: 'Try again',
  granting: 'Setting up your access…',
  benefitsReady: { one: '{count} benefit ready', other: '{count} benefits ready' },
  pasteHeading: 'Accept your invitation',
  pasteLabel: 'Invitation link',
  pasteHint: 'Paste the link from your invitation email.',
  pasteSubmit: 'Continue',
  anotherLink: 'Use another link',
  paste: claimLinkMessages,
  problems: {
    missing_token: { title: 'Missing invitation token', text: 'Open the link in your invitation email.' },
    wrong_organization: {
      title: 'This invitation is for another organization',
      text: 'Open it where that organization asked you to, or ask for an invitation here.',
    },
    malformed_token: { title: 'Incomplete invitation link', text: 'Open the whole link in your invitation email.' },
    config: { title: 'This page is not set up correctly', text: 'Please tell the site owner.' },
    invalid_token: {
      title: 'Invalid invitation',
      text: `This link is invalid, has expired, or has already been claimed. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'Invitation no longer available', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'Your seat may already be claimed',
      text: 'Check your customer portal or email before asking for a new invitation.',
    },
    feature_not_enabled: {
      title: 'Seats are not available',
      text: "This organization doesn't offer seats right now. Contact whoever invited you.",
    },
    validation: { title: 'The request was refused', text: 'Reload the page and try again.' },
    rate_limited: { title: 'Too many attempts', text: 'Wait a minute, then try again.' },
    server: { title: 'Polar is having trouble', text: LATER },
    network: { title: "Couldn't reach Polar", text: 'Check your connection, or try again in a moment.' },
    offline: { title: "You're offline", text: 'The invitation loads as soon as you are back online.' },
    timeout: { title: 'Polar is taking too long', text: LATER },
    bad_response: {
      title: 'Unexpected answer from Polar',
      text: 'Reload this page later, or contact whoever invited you.',
    },
  },
};

/**
 * The defaults with the host's replacements laid over them. Only strings replace strings: a missing translation
 * (`undefined`, `null`) or a value of another type leaves the default in place, so the card always has its text;
 * anything but `undefined` is reported on the console.
 */
export function mergeMessages(override?: SeatClaimMessagesOverride | null): SeatClaimMessages {
  return overlay(defaultMessages, override, '');
}

/**
 * `object[key]` if it is the object's own: on a page whose `Object.prototype` was polluted, an inherited value
 * would otherwise change what the card says.
 */
function own(object: unknown, key: string): unknown {
  return object != null && {}.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/**
 * `defaults` with each string that `given` has under the same key replaced by that string, level by level. A plural
 * message (it has `other`) takes any plural category, since languages have forms that English lacks.
 */
function overlay<T extends object>(defaults: T, given: unknown, path: string): T {
  const result = { ...defaults } as Record<string, unknown>;
  const keys = 'other' in defaults ? ['zero', 'one', 'two', 'few', 'many', 'other'] : Object.keys(defaults);
  for (const key of keys) {
    const value = own(given, key);
    const fallback = result[key];
    if (fallback && typeof fallback == 'object') result[key] = overlay(fallback, value, `${path}${key}.`);
    else if (typeof value == 'string') result[key] = value;
    else if (value !== undefined)
      console.warn(`<polar-seat-claim> messages.${path}${key} is not a string; the default is shown`);
  }
  return result as T;
}

/** The form of `message` for `count`, with `{count}` written in the language's digits. */
export function counted(message: PluralMessage, count: number, lang?: string): string {
  const form = message[new Intl.PluralRules(lang).select(count)] ?? message.other;
  return form.replace('{count}', new Intl.NumberFormat(lang).format(count));
}

/** What each `{placeholder}` is filled with: a field of the invitation. */
const PLACEHOLDERS: Partial<Record<string, keyof SeatClaimInfo>> = {
  product: 'product_name',
  organization: 'organization_name',
  email: 'customer_email',
};

/** Embeddings, overrides and isolates: the controls that reorder text around them or hide the value's real order. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Fills `{name}` placeholders from the invitation; unknown names, or no invitation yet, become empty, never markup.
 * Each value is isolated (FSI … PDI) with its own bidi controls dropped: a right-to-left override in a product
 * name cannot reverse the rest of the sentence, nor one in an email show another domain.
 */
export function format(template: string, info?: SeatClaimInfo): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = String(info?.[PLACEHOLDERS[name]!] ?? '').replace(BIDI_CONTROLS, '');
    return value && `\u2068${value}\u2069`;
  });
}
