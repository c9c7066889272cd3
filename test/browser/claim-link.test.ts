/**
 * What an invitee pastes into the element: Polar's claim link in its many pasted shapes, a bare token, or the whole
 * invitation email. Each row names the behaviour; the parser is pure, so the rows run as they are in every engine.
 */
import { expect } from '@open-wc/testing';
import { parseClaimLink, type ClaimLinkContext, type ClaimLinkResult } from '../../src/claim-link.js';
import { claimLinkMessages } from '../../src/claim-link-messages.js';

/** Polar's tokens are `secrets.token_urlsafe(32)`: 43 characters of `[A-Za-z0-9_-]`. */
const TOKEN = 'Zx9_Kq-3mW7vR2tY8uP4sL6nB1cD5fG0hJ-aE_iO7kM';
const OTHER = 'Qa1-Ws2_Ed3Rf4Tg5Yh6Uj7Ik8Ol9P0zXcVbNmLkJhG';
/** A real token that happens to start with `3D`, the quoted-printable code of `=`. */
const STARTS_3D = '3DqW7vR2tY8uP4sL6nB1cD5fG0hJ-aE_iO7kZx9_KqM';
const LINK = `https://polar.sh/acme/portal/claim?token=${TOKEN}`;
const SANDBOX_LINK = `https://sandbox.polar.sh/acme/portal/claim?token=${TOKEN}`;

const production: ClaimLinkContext = { server: 'production' };
const sandbox: ClaimLinkContext = { server: 'sandbox' };
const custom: ClaimLinkContext = { server: 'custom' };

/** The plain-text part of Polar's invitation email, around the given link. */
const email = (link: string) =>
  `You've been invited to access Pro Plan\n\nAcme has invited you to Pro Plan.\n\nClaim your seat: ${link}\n\n` +
  `This invitation expires in 24 hours.\n\nPolar (https://polar.sh) · Manage your account: https://polar.sh/acme/portal\n`;

interface Row {
  it: string;
  input: string;
  context?: ClaimLinkContext;
  expected: ClaimLinkResult;
}

const accepted = (token: string, organizationSlug?: string): ClaimLinkResult =>
  organizationSlug === undefined ? { token } : { token, organizationSlug };
const refused = (reason: Extract<ClaimLinkResult, { refused: unknown }>['refused']): ClaimLinkResult => ({
  refused: reason,
});

const ACCEPTED: Row[] = [
  { it: "reads the token and organization from Polar's claim link", input: LINK, expected: accepted(TOKEN, 'acme') },
  {
    it: 'reads a sandbox claim link on a sandbox element',
    input: SANDBOX_LINK,
    context: sandbox,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'ignores other query parameters and a fragment',
    input: `https://polar.sh/acme/portal/claim?utm_source=email&token=${TOKEN}&ref=x#claim`,
    expected: accepted(TOKEN, 'acme'),
  },
  { it: 'accepts a bare token', input: TOKEN, expected: accepted(TOKEN) },
  { it: 'accepts a bare token at the end of a sentence', input: `${TOKEN}.`, expected: accepted(TOKEN) },
  {
    it: 'trims white space and line breaks around the paste',
    input: `  \n${LINK}\t\n `,
    expected: accepted(TOKEN, 'acme'),
  },
  { it: 'accepts http as well as https', input: LINK.replace('https:', 'http:'), expected: accepted(TOKEN, 'acme') },
  {
    it: 'accepts www.polar.sh as production',
    input: LINK.replace('//polar', '//www.polar'),
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts an uppercase scheme, host and path, and gives the slug in lowercase',
    input: `HTTPS://POLAR.SH/ACME/Portal/Claim?token=${TOKEN}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts a link without its scheme, as some address bars show it',
    input: LINK.replace('https://', ''),
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts a trailing slash after /claim',
    input: `https://polar.sh/acme/portal/claim/?token=${TOKEN}`,
    expected: accepted(TOKEN, 'acme'),
  },
  { it: 'leaves out a full stop after the link', input: `${LINK}.`, expected: accepted(TOKEN, 'acme') },
  {
    it: 'leaves out punctuation after a link in a sentence',
    input: `Here it is: ${LINK}, thanks!`,
    expected: accepted(TOKEN, 'acme'),
  },
  { it: 'leaves out angle brackets around the link', input: `<${LINK}>`, expected: accepted(TOKEN, 'acme') },
  { it: 'leaves out parentheses around the link', input: `Claim seat (${LINK})`, expected: accepted(TOKEN, 'acme') },
  { it: 'leaves out quotes around the link', input: `"${LINK}"`, expected: accepted(TOKEN, 'acme') },
  { it: 'reads a link pasted twice in a row', input: `${LINK}${LINK}`, expected: accepted(TOKEN, 'acme') },
  {
    it: 'finds the claim link that a redirect link carries as it is',
    input: `https://www.google.com/url?q=${LINK}&sa=D`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'joins a link that a narrow email wrapped over five lines',
    input: `https://polar.sh/acme/portal/claim?token=${TOKEN.replace(/.{10}/g, '$&\n')}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'finds the one claim link in a whole invitation email with other Polar links',
    input: email(LINK),
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'takes the same link twice in one email as one link',
    input: `${email(`<${LINK}>`)}\nIf the button does not work, open ${LINK}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'joins a link that the email wrapped over two lines',
    input: email(`https://polar.sh/acme/portal/claim?token=${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`),
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'joins a link wrapped with a CRLF line break right after token=',
    input: `https://polar.sh/acme/portal/claim?token=\r\n${TOKEN}\r\nThis invitation expires in 24 hours.`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'joins a link wrapped inside its path',
    input: `https://polar.sh/acme/por\ntal/claim?token=${TOKEN}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'does not join the next line to a complete link',
    input: `${LINK}\nThis invitation expires in 24 hours.`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'does not join a link on the next line to an incomplete link before it',
    input: `https://polar.sh/acme/portal\n${LINK}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'reads quoted-printable mail source (token=3D)',
    input: `Claim your seat: https://polar.sh/acme/portal/claim?token=3D${TOKEN}\n`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'joins quoted-printable soft line breaks inside the link',
    input: `Claim your seat: https://polar.sh/acme/portal/claim?token=3D${TOKEN.slice(0, 10)}=\n${TOKEN.slice(10)}\n`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'joins a quoted-printable soft line break between token and =3D',
    input: `https://polar.sh/acme/portal/claim?token=\n=3D${TOKEN}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'leaves out a quoted-printable soft line break right after a complete link',
    input: `<https://polar.sh/acme/portal/claim?token=3D${TOKEN}=\n>`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'keeps a real token that starts with 3D',
    input: `https://polar.sh/acme/portal/claim?token=${STARTS_3D}`,
    expected: accepted(STARTS_3D, 'acme'),
  },
  {
    it: 'decodes percent-encoding in the token',
    input: LINK.replace('_', '%5F'),
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts the same token given twice in one link',
    input: `${LINK}&token=${TOKEN}`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'finds the claim link inside a mail security wrapper (Outlook Safe Links)',
    input: `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(LINK)}&data=05%7C02&reserved=0`,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts a production link on a custom server',
    input: LINK,
    context: custom,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts a sandbox link on a custom server',
    input: SANDBOX_LINK,
    context: custom,
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: "accepts a link for one of the element's organizations, whatever the case",
    input: LINK,
    context: { server: 'production', organizations: ['other', 'Acme'] },
    expected: accepted(TOKEN, 'acme'),
  },
  {
    it: 'accepts a bare token whatever the organizations, which only the invitation can tell',
    input: TOKEN,
    context: { server: 'production', organizations: ['other'] },
    expected: accepted(TOKEN),
  },
  {
    it: "takes the one link for the element's organization from an email that has another organization's too",
    input: `${email(LINK)}\nAlso: https://polar.sh/other/portal/claim?token=${OTHER}`,
    context: { server: 'production', organizations: ['acme'] },
    expected: accepted(TOKEN, 'acme'),
  },
];

const REFUSED: Row[] = [
  { it: 'refuses an empty paste', input: '', expected: refused('empty') },
  { it: 'refuses a paste of only white space', input: ' \n\t ', expected: refused('empty') },
  {
    it: 'refuses a claim link on another host',
    input: `https://example.com/acme/portal/claim?token=${TOKEN}`,
    expected: refused('other_host'),
  },
  {
    it: 'refuses a host that only starts like polar.sh',
    input: `https://polar.sh.example.com/acme/portal/claim?token=${TOKEN}`,
    expected: refused('other_host'),
  },
  {
    it: 'refuses a host that only ends like polar.sh',
    input: `https://evil-polar.sh/acme/portal/claim?token=${TOKEN}`,
    expected: refused('other_host'),
  },
  {
    it: "refuses Polar's API host",
    input: `https://api.polar.sh/v1/customer-seats/claim/${TOKEN}`,
    expected: refused('other_host'),
  },
  {
    it: 'refuses polar.sh on another port',
    input: `https://polar.sh:8443/acme/portal/claim?token=${TOKEN}`,
    expected: refused('other_host'),
  },
  {
    it: 'refuses a link whose host is not a valid host name',
    input: `https://%zz/acme/portal/claim?token=${TOKEN}`,
    expected: refused('other_host'),
  },
  {
    it: 'refuses an email whose links all go to other hosts',
    input: 'Hello, see https://example.com/welcome and https://example.org/help.',
    expected: refused('other_host'),
  },
  {
    it: 'refuses a link to the customer portal, which is not a claim link',
    input: 'https://polar.sh/acme/portal',
    expected: refused('not_claim_link'),
  },
  { it: "refuses Polar's home page", input: 'https://polar.sh/', expected: refused('not_claim_link') },
  {
    it: 'refuses a longer path than a claim link',
    input: `https://polar.sh/acme/portal/claim/more?token=${TOKEN}`,
    expected: refused('not_claim_link'),
  },
  {
    it: 'refuses an email with Polar links but no claim link, as not a claim link rather than another host',
    input: email('https://example.com/nothing'),
    expected: refused('not_claim_link'),
  },
  {
    it: 'refuses text with no link and no token',
    input: 'I was invited, what now?',
    expected: refused('not_claim_link'),
  },
  {
    it: 'refuses a claim link without a token',
    input: 'https://polar.sh/acme/portal/claim',
    expected: refused('missing_token'),
  },
  {
    it: 'refuses a claim link with an empty token',
    input: 'https://polar.sh/acme/portal/claim?token=&x=1',
    expected: refused('missing_token'),
  },
  {
    it: 'refuses a claim link whose token was cut short',
    input: LINK.slice(0, -5),
    expected: refused('malformed_token'),
  },
  { it: 'refuses a token that is too long', input: `${LINK}Q`, expected: refused('malformed_token') },
  {
    it: 'refuses a token with characters outside the URL-safe alphabet',
    input: LINK.replace('_', '%2B'),
    expected: refused('malformed_token'),
  },
  {
    it: 'refuses a link with two different tokens',
    input: `${LINK}&token=${OTHER}`,
    expected: refused('malformed_token'),
  },
  { it: 'refuses a single word as not an invitation link', input: 'invitation', expected: refused('not_claim_link') },
  { it: 'refuses a bare token that is too short', input: TOKEN.slice(1), expected: refused('malformed_token') },
  {
    it: 'refuses a bare token with a character outside the alphabet',
    input: `${TOKEN.slice(1)}+`,
    expected: refused('not_claim_link'),
  },
  { it: 'refuses a sandbox link on a production element', input: SANDBOX_LINK, expected: refused('sandbox_link') },
  {
    it: 'refuses a production link on a sandbox element',
    input: LINK,
    context: sandbox,
    expected: refused('production_link'),
  },
  {
    it: 'refuses a www.polar.sh link on a sandbox element',
    input: LINK.replace('//polar', '//www.polar'),
    context: sandbox,
    expected: refused('production_link'),
  },
  {
    it: "refuses a link for an organization that is not one of the element's",
    input: LINK,
    context: { server: 'production', organizations: ['other', 'more'] },
    expected: refused('other_organization'),
  },
  {
    it: 'refuses an email with two different claim links',
    input: `${email(LINK)}\nAnd: https://polar.sh/acme/portal/claim?token=${OTHER}`,
    expected: refused('several_links'),
  },
];

describe('parseClaimLink', () => {
  for (const row of [...ACCEPTED, ...REFUSED]) {
    it(row.it, () => {
      expect(parseClaimLink(row.input, row.context ?? production)).to.deep.equal(row.expected);
    });
  }

  it('the test tokens have the length and alphabet of real ones', () => {
    for (const token of [TOKEN, OTHER, STARTS_3D]) expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
  });

  it('leaves the address bar and storage alone', () => {
    const href = location.href;
    const stored = [localStorage.length, sessionStorage.length];
    parseClaimLink(email(LINK), production);
    expect(location.href).to.equal(href);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });

  it('every refusal reason has a row above and a message in plain words, without the technical ones', () => {
    const reasons = REFUSED.map((row) => ('refused' in row.expected ? row.expected.refused : ''));
    expect(Object.keys(claimLinkMessages)).to.have.members([...new Set(reasons)]);
    for (const message of Object.values(claimLinkMessages)) {
      expect(message).to.match(/^[A-Z].*\.$/);
      expect(message).not.to.match(/token|request|\bAPI\b|polar/i);
    }
  });
});
