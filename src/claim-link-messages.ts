import type { ClaimLinkRefusal } from './claim-link.js';

const COPY = 'Copy the link from your invitation email.';
const COPY_WHOLE = 'Copy the whole link from your invitation email.';

/**
 * What the invitee is told when a paste gives no invitation, beside the paste field. Each says what is wrong with
 * what they pasted, then what to do, in the words of someone who has an email and a link, nothing more technical.
 */
export const claimLinkMessages: Record<ClaimLinkRefusal, string> = {
  empty: 'Paste the link from your invitation email.',
  other_host: `That link isn't an invitation link. ${COPY}`,
  not_claim_link: `That isn't an invitation link. ${COPY}`,
  missing_token: `That link is incomplete. ${COPY_WHOLE}`,
  malformed_token: `That link looks incomplete or changed. ${COPY_WHOLE}`,
  sandbox_link: 'That is a test invitation, and this page only accepts real ones.',
  production_link: 'That is a real invitation, and this page only accepts test ones.',
  other_organization: 'This invitation is for another organization.',
  several_links: 'That text has more than one invitation link. Copy only the one you want to accept.',
};
