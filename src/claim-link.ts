/** Why a pasted text gives no invitation token. Each is a message key: keep them short and stable. */
export type ClaimLinkRefusal =
  | 'empty'
  | 'other_host'
  | 'not_claim_link'
  | 'sandbox_link'
  | 'production_link'
  | 'other_organization'
  | 'missing_token'
  | 'malformed_token'
  | 'several_links';

/** What the element knows: which Polar it talks to, and the organizations it accepts invitations for, if set. */
export interface ClaimLinkContext {
  server: 'production' | 'sandbox' | 'custom';
  organizations?: readonly string[];
}

export type ClaimLinkResult = { token: string; organizationSlug?: string } | { refused: ClaimLinkRefusal };

/** A link's refusals from least to most specific: when a pasted email holds no usable link, the most specific wins. */
const SPECIFICITY: readonly ClaimLinkRefusal[] = [
  'other_host',
  'not_claim_link',
  'sandbox_link',
  'production_link',
  'other_organization',
  'missing_token',
  'malformed_token',
];

/** `secrets.token_urlsafe(32)`. */
const TOKEN = /^[\w-]{43}$/;
/**
 * A URL in free text: it ends at white space, at what usually wraps a link in text (`<…>`, `(…)`, quotes), or where
 * another begins (a link pasted twice, a redirect's target).
 */
const LINK = /https?:\/\/(?:(?!https?:\/\/)[^\s<>"'`()[\]{}])+/gi;
/** The rest of a link that an email wrapped onto the next line. */
const WRAPPED = /\r?\n([^\s<>"'`()[\]{}]+)/y;
/** Sentence punctuation after a link: never part of a claim link, whose token has none of these. */
const TRAILING = /[.,;:!?*]+$/;
/** A link whose token is whole: a line after it is not part of it. */
const COMPLETE = /[?&]token=(?:3D)?[\w-]{43}(?![\w-])/;

/**
 * Reads the invitation token from what an invitee pasted: Polar's claim link
 * (`https://polar.sh/{organization_slug}/portal/claim?token=…`, or on sandbox.polar.sh), a bare token, or a whole
 * invitation email holding one such link (repeated or not). Or says why not, without any request.
 */
export function parseClaimLink(input: string, context: ClaimLinkContext): ClaimLinkResult {
  // Scheme-less links, as some address bars show them.
  const text = input.trim().replace(/(^|[\s<("'])(?=(?:www\.|sandbox\.)?polar\.sh\/)/gi, '$1https://');
  if (!text) return { refused: 'empty' };
  // Quoted-printable mail source encodes `=` as `=3D` and ends wrapped lines with a soft break `=`.
  const quotedPrintable = text.includes('=3D');
  const unwrap = (link: string) => (quotedPrintable ? link.replace(/=$/, '') : link);
  const tokens = new Map<string, string | undefined>();
  let refusal: ClaimLinkRefusal | undefined;
  for (const match of text.matchAll(LINK)) {
    let link = unwrap(match[0]);
    WRAPPED.lastIndex = match.index + match[0].length;
    // A few lines at most: a wrapped claim link spans two or three, and a long paste must not take long.
    for (let lines = 0, next; lines < 5 && !COMPLETE.test(link) && (next = WRAPPED.exec(text)); lines++) {
      link = unwrap(link + next[1]!);
    }
    const result = readLink(link.replace(TRAILING, ''), context);
    if ('token' in result) tokens.set(result.token, result.organizationSlug);
    else if (!refusal || SPECIFICITY.indexOf(result.refused) > SPECIFICITY.indexOf(refusal)) refusal = result.refused;
  }
  if (tokens.size > 1) return { refused: 'several_links' };
  for (const [token, organizationSlug] of tokens) return { token, organizationSlug };
  if (refusal) return { refused: refusal };
  const bare = text.replace(TRAILING, '');
  if (TOKEN.test(bare)) return { token: bare };
  // Many token characters are a token cut short; a word is not a link at all.
  return { refused: /^[\w-]{20,}$/.test(bare) ? 'malformed_token' : 'not_claim_link' };
}

function readLink(link: string, context: ClaimLinkContext): ClaimLinkResult {
  const { server, organizations } = context;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { refused: 'other_host' };
  }
  const host = /^(?:www\.|(sandbox\.))?polar\.sh$/.exec(url.host);
  if (!host) {
    // A mail system's link checker (Outlook Safe Links, a redirect) carries the real link in its query.
    for (const value of url.searchParams.values()) if (/^https?:\/\//i.test(value)) return readLink(value, context);
    return { refused: 'other_host' };
  }
  const sandbox = !!host[1];
  const slug = /^\/([^/]+)\/portal\/claim\/?$/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (!slug) return { refused: 'not_claim_link' };
  if (server === 'production' && sandbox) return { refused: 'sandbox_link' };
  if (server === 'sandbox' && !sandbox) return { refused: 'production_link' };
  if (organizations?.length && !organizations.some((organization) => organization.toLowerCase() === slug)) {
    return { refused: 'other_organization' };
  }
  const values = new Set(url.searchParams.getAll('token'));
  if (values.size > 1) return { refused: 'malformed_token' };
  let [token] = values;
  if (!token) return { refused: 'missing_token' };
  // `token=3D…` in quoted-printable text; a real token may start with 3D, but then has 43 characters, not 45.
  if (token.length === 45 && token.startsWith('3D')) token = token.slice(2);
  return TOKEN.test(token) ? { token, organizationSlug: slug } : { refused: 'malformed_token' };
}
