/**
 * Seeded invitations with fixed tokens, so demo pages and manual testing can use a
 * readable link for each case without minting first.
 * @module
 */

/** @typedef {import('./invitations.mjs').MintOptions} MintOptions */

/**
 * @typedef {object} Scenario
 * @property {string} name
 * @property {string} token 43 URL-safe characters, like a real invitation token
 * @property {string} title
 * @property {string} description
 * @property {Readonly<MintOptions>} settings what `mint({ scenario: name })` starts from
 */

/** Real tokens are 43 characters; the seeded ones match so length checks treat them alike. */
export const TOKEN_LENGTH = 43;

/**
 * `valid-member` → `demo_valid_member_0000…` (43 characters).
 * @param {string} name
 */
export function scenarioToken(name) {
  return `demo_${name.replaceAll('-', '_')}_`.padEnd(TOKEN_LENGTH, '0');
}

/**
 * @param {string} name
 * @param {string} title
 * @param {string} description
 * @param {MintOptions} settings
 * @returns {Scenario}
 */
const scenario = (name, title, description, settings) =>
  Object.freeze({ name, token: scenarioToken(name), title, description, settings: Object.freeze(settings) });

/** @type {readonly Scenario[]} */
export const SCENARIOS = Object.freeze([
  scenario(
    'valid-member',
    'Valid invitation (member model)',
    'A pending seat; claiming returns a member session token (polar_mst_…).',
    { model: 'member' },
  ),
  scenario(
    'valid-customer',
    'Valid invitation (legacy customer model)',
    'A pending seat of an organization without the member model; Polar still gives the holder a Member, so the claim returns the member and a member session token (polar_mst_…).',
    { model: 'customer', customerEmail: 'sam@example.com', productName: 'Acme Analytics — Pro seat' },
  ),
  scenario(
    'holder-without-email',
    'Seat holder without an email',
    'Legacy customer model, seat assigned by customer id to a customer with no email (rare): info shows an empty email; the claim returns no member and a customer session token (polar_cst_…).',
    { model: 'customer', holderHasEmail: false, productName: 'Acme Analytics — Pro seat' },
  ),
  scenario(
    'valid-one-time',
    'Valid invitation (one-time purchase)',
    'A pending seat bought with a one-time order: the claimed seat has an order_id and no subscription_id.',
    { source: 'order', productName: 'Acme Analytics — Lifetime seat' },
  ),
  scenario('expired', 'Expired invitation', 'Minted 25 hours ago: info answers 404, claim answers 400.', {
    expired: true,
  }),
  scenario('claimed', 'Already claimed', 'The token was used already: info answers 404, claim answers 400.', {
    status: 'claimed',
  }),
  scenario(
    'revoked',
    'Revoked seat',
    'The seat was revoked and its token cleared: info answers 404, claim answers 400.',
    { status: 'revoked' },
  ),
  scenario(
    'feature-disabled',
    'Seat-based pricing disabled',
    'A valid token of an organization without seat-based pricing: both operations answer 403 FeatureNotEnabled.',
    {
      seatBasedPricing: false,
      organizationName: 'Globex Corporation',
      organizationSlug: 'globex',
      productName: 'Globex Suite',
    },
  ),
  scenario('slow', 'Slow network', 'Info and claim each answer after about 3 seconds.', {
    info: { kind: 'slow', delayMs: 3000 },
    claim: { kind: 'slow', delayMs: 3000 },
  }),
  scenario(
    'rate-limited',
    'Rate limited claim',
    'Info works; every claim answers 429 with an empty body and retry-after: 30.',
    { claim: 'rate-limited' },
  ),
  scenario(
    'server-error',
    'Server error on claim',
    'Info works; every claim answers 500 without CORS headers, which a cross-origin page sees as a network error.',
    { claim: 'server-error' },
  ),
  scenario(
    'malformed',
    'Malformed claim info',
    'Never sent by Polar (a fault, as from a broken proxy): info answers 200 with a body that is not a SeatClaimInfo ({"ok":true}).',
    { info: 'malformed' },
  ),
  scenario(
    'cannot-claim',
    'Cannot claim',
    'Never sent by Polar (a fault): info answers 200 with can_claim: false. Polar answers 404 for a seat that is not pending.',
    { canClaim: false },
  ),
  scenario(
    'flaky',
    'Lost claim response',
    'The first claim succeeds on the server but the connection drops mid-answer; a retry then gets 400. The ambiguous case.',
    { claim: { kind: 'reset-after', times: 1 } },
  ),
  // The claim stream (GET …/claim/{token}/stream): what arrives after the claim, and how the stream fails.
  scenario(
    'benefits-none',
    'No benefits to grant',
    'The claim stream reports the claimed seat, then nothing: the product has no benefits.',
    { benefits: [] },
  ),
  scenario(
    'benefits-one',
    'One benefit',
    'The claim stream reports the claimed seat, then one benefit granted (a license key) about 0.3 s later.',
    { benefits: ['license_keys'] },
  ),
  scenario(
    'benefits-three',
    'Three benefits',
    'The claim stream reports the claimed seat, then three benefits granted 0.6 s apart.',
    { benefits: ['license_keys', 'downloadables', 'discord'], grantDelayMs: 600 },
  ),
  scenario(
    'benefits-slow',
    'Slow benefit grants',
    'Twelve benefits granted 1.5 s apart: each within the 2 s quiet period, the last after 18 s, beyond the default grant-timeout (15 s).',
    {
      benefits: [
        'license_keys',
        'downloadables',
        'discord',
        'github_repository',
        'custom',
        'meter_credit',
        'license_keys',
        'downloadables',
        'discord',
        'github_repository',
        'custom',
        'meter_credit',
      ],
      grantDelayMs: 1500,
    },
  ),
  scenario('stream-not-found', 'Claim stream missing', 'The claim works, but the claim stream answers 404.', {
    benefits: ['license_keys'],
    streamFault: 'not-found',
  }),
  scenario(
    'stream-rate-limited',
    'Claim stream rate limited',
    'The claim works, but the claim stream answers 429 (retry-after: 300).',
    { benefits: ['license_keys'], streamFault: 'rate-limited' },
  ),
  scenario(
    'stream-server-error',
    'Claim stream server error',
    'The claim works, but the claim stream answers 500 without CORS headers (a network error in the browser).',
    { benefits: ['license_keys'], streamFault: 'server-error' },
  ),
  scenario(
    'stream-cut',
    'Claim stream cut',
    'The claim stream drops right after reporting the claimed seat, before any benefit arrives.',
    { benefits: ['license_keys', 'downloadables'], streamFault: 'cut-after-claimed' },
  ),
  scenario(
    'lost-answer-stream',
    'Lost claim answer, confirmed by the stream',
    'The claim succeeds but its answer is cut mid-way; the claim stream still reports the claimed seat and a benefit.',
    { claim: { kind: 'reset-after', times: 1 }, benefits: ['license_keys'] },
  ),
]);
