import type { SeatClaimErrorCode } from './errors.js';

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
  redirecting: string;
  portal: string;
  retry: string;
  problems: Record<SeatClaimProblem, ProblemMessage>;
}

/** Replacements for some strings; `problems` may name only the ones to change. */
export type SeatClaimMessagesOverride = Partial<Omit<SeatClaimMessages, 'problems'>> & {
  problems?: Partial<Record<SeatClaimProblem, Partial<ProblemMessage>>>;
};

const ASK_INVITER = 'Ask the person who invited you to send a new invitation.';

export const defaultMessages: SeatClaimMessages = {
  loading: 'Loading invitation details…',
  heading: 'Claim your seat',
  invitation: "You've been invited to {product} on {organization}.",
  invitedEmail: 'Invitation for {email}',
  claim: 'Claim seat',
  claiming: 'Claiming…',
  claimedHeading: 'Seat claimed',
  claimed: 'You now have access to {product}.',
  redirecting: 'Taking you to your customer portal…',
  portal: 'Open customer portal',
  retry: 'Try again',
  problems: {
    missing_token: {
      title: 'Missing invitation token',
      text: 'Open the link from your invitation email to claim your seat.',
    },
    malformed_token: {
      title: 'Incomplete invitation link',
      text: 'This invitation link looks cut short or damaged. Open it again from your invitation email, or copy the whole link.',
    },
    config: {
      title: 'This page is not set up correctly',
      text: 'The invitation cannot be loaded here. Please let the site owner know.',
    },
    invalid_token: {
      title: 'Invalid invitation',
      text: `This invitation link is invalid, has expired, or has already been claimed. ${ASK_INVITER}`,
    },
    cannot_claim: {
      title: 'Invitation no longer available',
      text: `This seat can no longer be claimed with this invitation. ${ASK_INVITER}`,
    },
    maybe_claimed: {
      title: 'Your seat may already be claimed',
      text: 'Your claim may have gone through, but this page could not confirm it. Check your customer portal or your email before asking for a new invitation.',
    },
    feature_not_enabled: {
      title: 'Seats are not available',
      text: 'This organization has not turned on seat-based access on Polar. Please contact the person who invited you.',
    },
    validation: {
      title: 'The request was refused',
      text: 'Polar could not read the claim request. Reload the page and try again; if it keeps happening, let the site owner know.',
    },
    rate_limited: {
      title: 'Too many attempts',
      text: 'Polar is receiving too many requests from this connection. Wait a minute, then try again.',
    },
    server: {
      title: 'Polar is having trouble',
      text: 'Polar could not complete the request. Try again in a moment.',
    },
    network: {
      title: 'Connection problem',
      text: "We couldn't reach Polar. Check your internet connection, then try again.",
    },
    timeout: {
      title: 'Polar is taking too long',
      text: 'Polar did not answer in time. Try again in a moment.',
    },
    bad_response: {
      title: 'Unexpected answer from Polar',
      text: 'Polar sent an answer this page could not read. Try again later, or contact the person who invited you.',
    },
  },
};

/** The defaults with the host's replacements laid over them. */
export function mergeMessages(override: SeatClaimMessagesOverride = {}): SeatClaimMessages {
  const problems = { ...defaultMessages.problems };
  for (const [problem, message] of Object.entries(override.problems ?? {}) as [SeatClaimProblem, Partial<ProblemMessage>][]) {
    problems[problem] = { ...problems[problem], ...message };
  }
  return { ...defaultMessages, ...override, problems };
}

/** Fills `{name}` placeholders; unknown names become empty, never markup. */
export function format(template: string, values: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
