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
 * invitation's values, always as text; `{organization|someone}` says "someone" where the value is not known.
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
  /** Retry while it waits after too many tries; `{count}` seconds. */
  retryIn: PluralMessage;
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

/** The texts of the paste form, shown only to someone who opened the page without their link. */
export const pasteKeys = ['pasteHeading', 'pasteLabel', 'pasteHint', 'pasteSubmit', 'paste'] as const;
export type PasteMessageKey = (typeof pasteKeys)[number];

/** A language's texts for the card, without the paste form's: a translation's main file. */
export type CardMessages = Omit<SeatClaimMessages, PasteMessageKey>;

/** A language's texts for the paste form: a file of its own, loaded only when the form shows. */
export type PasteMessages = Pick<SeatClaimMessages, PasteMessageKey>;

/** Replacements for some strings; `problems` may name only the ones to change. */
export type SeatClaimMessagesOverride = Partial<
  Omit<SeatClaimMessages, 'problems' | 'paste' | 'benefitsReady' | 'retryIn'>
> & {
  benefitsReady?: Partial<PluralMessage>;
  retryIn?: Partial<PluralMessage>;
  paste?: Partial<Record<ClaimLinkRefusal, string>>;
  problems?: Partial<Record<SeatClaimProblem, Partial<ProblemMessage>>>;
};

/** Who the invitee can turn to: the organization when it is known. */
const WHO = '{organization|whoever invited you}';
const ASK_AGAIN = `Ask ${WHO} for a new one.`;
const KEEPS = `If it keeps happening, contact ${WHO}.`;
const LATER = `Try again in a moment. ${KEEPS}`;

/**
 * Words for the invitee, in the merchant's voice: they know the merchant and the organization that invited them, not
 * the service behind the card. Each problem's title says what happened; its text says what to do next.
 */
export const defaultMessages: SeatClaimMessages = {
  loading: 'Loading your invitation…',
  heading: 'Join {organization}',
  invitation: "You're invited to {product}.",
  invitedEmail: 'Invitation for {email}',
  claim: 'Accept invitation',
  claiming: 'Accepting…',
  claimedHeading: "You've joined {organization}",
  claimed: 'Your seat on {product} is ready.',
  alreadyClaimedHeading: "You've already joined {organization}",
  alreadyClaimed: 'Your seat on {product} is ready. Sign in to use it.',
  redirecting: 'Taking you there…',
  portal: 'Open customer portal',
  signIn: 'Sign in to customer portal',
  continue: 'Continue',
  retry: 'Try again',
  retryIn: { one: 'Try again in {count} second', other: 'Try again in {count} seconds' },
  granting: 'Setting up your access…',
  benefitsReady: { one: '{count} benefit ready', other: '{count} benefits ready' },
  pasteHeading: 'Accept your invitation',
  pasteLabel: 'Invitation link',
  pasteHint: 'Paste the link from your invitation email.',
  pasteSubmit: 'Continue',
  anotherLink: 'Use another link',
  paste: claimLinkMessages,
  problems: {
    missing_token: { title: 'Open your invitation link', text: `Use the link in the email from ${WHO}.` },
    wrong_organization: {
      title: 'This invitation is for another site',
      text: 'Open the link in the email from {organization|the organization that invited you}.',
    },
    malformed_token: {
      title: 'This link is incomplete',
      text: `Open the whole link from your invitation email, or ask ${WHO} to send it again.`,
    },
    config: { title: "Invitations can't be accepted here yet", text: `Please let ${WHO} know.` },
    invalid_token: {
      title: "This invitation can't be used",
      text: `It may have expired or been accepted already. ${ASK_AGAIN}`,
    },
    cannot_claim: { title: 'This invitation is no longer open', text: ASK_AGAIN },
    maybe_claimed: {
      title: 'You may already have joined',
      text: `Check your email or customer portal before asking ${WHO} for a new invitation.`,
    },
    feature_not_enabled: { title: "Seats aren't open right now", text: `Ask ${WHO} about your invitation.` },
    validation: { title: "That didn't go through", text: LATER },
    rate_limited: { title: 'Please wait a moment', text: `There were many tries just now. ${KEEPS}` },
    server: { title: 'Something went wrong on our side', text: `It's not you. ${LATER}` },
    network: { title: "We couldn't reach the invitation service", text: LATER },
    offline: { title: "You're offline", text: 'Your invitation loads as soon as you are back online.' },
    timeout: { title: 'This is taking too long', text: LATER },
    bad_response: { title: 'Something went wrong', text: LATER },
  },
};

/**
 * The keys of a translation file, in order: English's, those of the paste form (`paste`) or the others. A plural
 * message or a text is a leaf; any other object is a level of keys.
 */
export const fileShape = (paste: boolean): object =>
  Object.fromEntries(
    Object.entries(defaultMessages).filter(([key]) => (pasteKeys as readonly string[]).includes(key) == paste),
  );

/** Whether a value of the English messages is a level of keys (not a text, nor a plural message). */
export const isLevel = (value: unknown): value is object => !!value && typeof value == 'object' && !('other' in value);

/**
 * A translation file's texts alone, in the order of `shape`, as the CDN ships them (rollup.config.mjs): the keys would
 * be a third of each file. Throws on a key the texts lack. Used by the build only, so bundles leave it out.
 */
export function pack(texts: object, shape: object, path = ''): unknown[] {
  return Object.entries(shape).flatMap(([key, value]) => {
    if (!(key in texts)) throw new Error(`no ${path}${key}`);
    const text = (texts as Record<string, unknown>)[key];
    return isLevel(value) ? pack(text as object, value, `${path}${key}.`) : [text];
  });
}

/** A translation file as the CDN ships it (`pack`), back in its keys. */
export function unpack(values: unknown[], shape: object): object {
  const texts: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shape))
    texts[key] = isLevel(value) ? unpack(values, value) : values.shift();
  return texts;
}

/**
 * The defaults (English, or `base`: the language on show) with the host's replacements laid over them. Only strings replace strings: a missing translation
 * (`undefined`, `null`) or a value of another type leaves the default in place, so the card always has its text;
 * anything but `undefined` is reported on the console.
 */
export function mergeMessages(
  override?: SeatClaimMessagesOverride | null,
  base: SeatClaimMessages = defaultMessages,
): SeatClaimMessages {
  return overlay(base, override, '');
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
 * Fills `{name}` placeholders from the invitation, and `{name|fallback}` with the fallback when the value is unknown;
 * unknown names, or no invitation yet, become empty, never markup. Each value is isolated (FSI … PDI) with its own bidi
 * controls dropped: a right-to-left override in a product name cannot reverse the rest of the sentence, nor one in an
 * email show another domain. A value that ends a sentence itself ("Globex, Inc.") takes the template's full stop, and
 * a dash in a value is kept on the line of the word before it.
 */
export function format(template: string, info?: SeatClaimInfo): string {
  return template.replace(
    /\{(\w+)(?:\|([^}]*))?\}(\.?)/g,
    (_, name: string, fallback: string | undefined, stop: string) => {
      // A dash stays at the end of its line: a phone's line never starts with one.
      const value = String(info?.[PLACEHOLDERS[name]!] ?? '')
        .replace(BIDI_CONTROLS, '')
        .replace(/ (?=[—–])/g, '\u00a0');
      return value ? `\u2068${value}\u2069${/[.!?…]$/.test(value) ? '' : stop}` : (fallback ?? '') + stop;
    },
  );
}
