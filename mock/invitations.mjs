/**
 * The fake server's data: seat invitations, their single-use tokens, and the Polar
 * objects (SeatClaimInfo, CustomerSeat, Member) built from them.
 * @module
 */

import { randomBytes, randomUUID } from 'node:crypto';
import { normalizeStreamSettings, STREAM_OPTIONS } from './claim-stream.mjs';
import { normalizeFault } from './faults.mjs';

/** @typedef {import('./faults.mjs').Fault} Fault */
/** @typedef {import('./faults.mjs').NormalizedFault} NormalizedFault */
/** @typedef {import('./scenarios.mjs').Scenario} Scenario */

/**
 * `member`: the organization's member model is on (Polar's usual case now): the seat's
 * customer is the purchaser and the holder is a Member. `customer`: the legacy model, where the seat's
 * customer is the holder's own; since March 2026 Polar gives such a seat a Member (under the purchaser) at
 * assignment too, unless the holder has no email (`_resolve_legacy_target` in customer_seat/service.py).
 * @typedef {'member' | 'customer'} SeatModel
 */

/**
 * What the seat was bought with: a subscription (`subscription_id` set) or a one-time order (`order_id` set).
 * @typedef {'subscription' | 'order'} SeatSource
 */

/** @typedef {'pending' | 'claimed' | 'revoked'} SeatStatus */

/**
 * @typedef {object} MintOptions
 * @property {string} [scenario] start from a seeded scenario's settings (other options override them)
 * @property {string} [token] use this exact invitation token instead of a random one
 * @property {SeatModel} [model] default `member`
 * @property {boolean} [seatBasedPricing] default true; false makes both operations answer 403
 * @property {SeatStatus} [status] default `pending`; `claimed`/`revoked` invalidate the token
 * @property {boolean} [expired] minted 25 hours ago, so the token expired an hour ago
 * @property {string} [productName]
 * @property {string} [organizationName]
 * @property {string} [organizationSlug]
 * @property {string} [customerEmail] the invited person (the seat holder)
 * @property {boolean} [holderHasEmail] default true; false (legacy `customer` model only) is a holder known by
 *   customer id alone: no Member, no email, and the claim returns a customer session token (`polar_cst_`)
 * @property {SeatSource} [source] default `subscription`
 * @property {boolean} [canClaim] a fault, never sent by Polar: overrides `can_claim` of the info answer (Polar
 *   answers 404 for a seat that is not pending, so its `can_claim` is always true)
 * @property {Fault} [info] fault for the info operation
 * @property {Fault} [claim] fault for the claim operation
 * @property {string[]} [benefits] benefit types granted after the claim, announced on the claim stream
 * @property {number} [grantDelayMs] the n-th grant comes n × grantDelayMs after the claim (default 300)
 * @property {boolean} [holdGrants] grants wait for `POST /__polar-mock/stream` `{ token, action: 'grant' }`
 * @property {import('./claim-stream.mjs').StreamFault} [streamFault] fault for the claim stream
 * @property {string} [billingCustomer] invitations with the same value share one billing customer's stream
 */

/**
 * @typedef {object} MintResult
 * @property {string} token
 * @property {string} productName
 * @property {string} organizationName
 * @property {string} organizationSlug
 * @property {string} customerEmail
 * @property {SeatModel} model
 * @property {string} expiresAt ISO 8601
 * @property {string | null} scenario
 */

/**
 * @typedef {object} Invitation
 * @property {string} token
 * @property {string | null} scenario
 * @property {SeatModel} model
 * @property {boolean} seatBasedPricing
 * @property {string} productName
 * @property {string} productId
 * @property {string} organizationName
 * @property {string} organizationSlug
 * @property {string} customerEmail
 * @property {boolean} holderHasEmail
 * @property {boolean | undefined} canClaim
 * @property {{ info: NormalizedFault | null, claim: NormalizedFault | null }} faults
 * @property {SeatRecord} seat
 * @property {import('./claim-stream.mjs').StreamSettings} stream
 */

/**
 * @typedef {object} SeatRecord
 * @property {string} id
 * @property {string | null} subscriptionId
 * @property {string | null} orderId
 * @property {string} purchaserCustomerId
 * @property {string} holderCustomerId
 * @property {string} memberId
 * @property {number} createdAt
 * @property {number | null} modifiedAt
 * @property {SeatStatus} status
 * @property {number} expiresAt
 * @property {number | null} claimedAt
 * @property {number | null} revokedAt
 * @property {boolean} tokenCleared Polar sets the token to NULL on claim and revoke
 */

export const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_INVITATION = Object.freeze({
  productName: 'Acme Analytics — Team plan',
  organizationName: 'Acme Inc',
  organizationSlug: 'acme',
  customerEmail: 'jane@example.com',
});

const STRING_OPTIONS = ['scenario', 'token', 'productName', 'organizationName', 'organizationSlug', 'customerEmail'];
const BOOLEAN_OPTIONS = ['seatBasedPricing', 'expired', 'canClaim', 'holderHasEmail'];
const KNOWN_OPTIONS = new Set([...STRING_OPTIONS, ...BOOLEAN_OPTIONS, 'model', 'source', 'status', 'info', 'claim']);
for (const key of STREAM_OPTIONS) KNOWN_OPTIONS.add(key);

/** Same generator as Polar's `secrets.token_urlsafe(32)`: 43 URL-safe characters. */
export const newInvitationToken = () => randomBytes(32).toString('base64url');

/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();

/**
 * Rejects unknown or mistyped options: a typo in a test must not silently mint a valid seat.
 * @param {Record<string, unknown>} options
 */
function checkMintOptions(options) {
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`unknown invitation option ${JSON.stringify(key)}`);
  }
  for (const key of STRING_OPTIONS) {
    if (options[key] !== undefined && typeof options[key] !== 'string') throw new TypeError(`${key} must be a string`);
  }
  for (const key of BOOLEAN_OPTIONS) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean')
      throw new TypeError(`${key} must be a boolean`);
  }
  if (options.model !== undefined && options.model !== 'member' && options.model !== 'customer') {
    throw new TypeError('model must be "member" or "customer"');
  }
  if (
    options.status !== undefined &&
    !['pending', 'claimed', 'revoked'].includes(/** @type {string} */ (options.status))
  ) {
    throw new TypeError('status must be "pending", "claimed" or "revoked"');
  }
  if (options.source !== undefined && options.source !== 'subscription' && options.source !== 'order') {
    throw new TypeError('source must be "subscription" or "order"');
  }
  if (options.token === '') throw new TypeError('token must not be empty');
}

export class InvitationStore {
  /** @type {Map<string, Invitation>} */
  #byToken = new Map();
  #now;
  #scenarios;
  /** @type {((invitation: Invitation) => void) | undefined} what else the claim does (publish on the claim stream) */
  onClaim;

  /**
   * @param {() => number} now the api's clock
   * @param {readonly Scenario[]} scenarios
   */
  constructor(now, scenarios) {
    this.#now = now;
    this.#scenarios = scenarios;
  }

  clear() {
    this.#byToken.clear();
  }

  /**
   * Creates an invitation as Polar's "assign seat" would, and returns what a test needs.
   * @param {MintOptions} [input]
   * @returns {MintResult}
   */
  mint(input = {}) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new TypeError('invitation options must be an object');
    }
    checkMintOptions(/** @type {Record<string, unknown>} */ (input));
    /** @type {MintOptions} */
    let options = input;
    if (input.scenario !== undefined) {
      const scenario = this.#scenarios.find((candidate) => candidate.name === input.scenario);
      if (!scenario) throw new TypeError(`unknown scenario ${JSON.stringify(input.scenario)}`);
      options = { ...scenario.settings, ...input };
    }

    const token = options.token ?? newInvitationToken();
    if (this.#byToken.has(token)) throw new TypeError('an invitation with this token already exists');

    const now = this.#now();
    const createdAt = options.expired ? now - TOKEN_LIFETIME_MS - 60 * 60 * 1000 : now;
    const status = options.status ?? 'pending';
    const model = options.model ?? 'member';
    const holderHasEmail = options.holderHasEmail ?? true;
    // Polar's member model finds or creates the Member by email: a holder without one exists only in the legacy model.
    if (!holderHasEmail && model !== 'customer') throw new TypeError('holderHasEmail: false needs model "customer"');
    const fromOrder = options.source === 'order';
    /** @type {Invitation} */
    const invitation = {
      token,
      scenario: input.scenario ?? null,
      model,
      seatBasedPricing: options.seatBasedPricing ?? true,
      productName: options.productName ?? DEFAULT_INVITATION.productName,
      productId: randomUUID(),
      organizationName: options.organizationName ?? DEFAULT_INVITATION.organizationName,
      organizationSlug: options.organizationSlug ?? DEFAULT_INVITATION.organizationSlug,
      customerEmail: options.customerEmail ?? DEFAULT_INVITATION.customerEmail,
      holderHasEmail,
      canClaim: options.canClaim,
      faults: {
        info: normalizeFault(options.info, 'info'),
        claim: normalizeFault(options.claim, 'claim'),
      },
      seat: {
        id: randomUUID(),
        subscriptionId: fromOrder ? null : randomUUID(),
        orderId: fromOrder ? randomUUID() : null,
        purchaserCustomerId: randomUUID(),
        holderCustomerId: randomUUID(),
        memberId: randomUUID(),
        createdAt,
        modifiedAt: status === 'pending' ? null : now,
        status,
        expiresAt: createdAt + TOKEN_LIFETIME_MS,
        claimedAt: status === 'claimed' ? now : null,
        revokedAt: status === 'revoked' ? now : null,
        tokenCleared: status !== 'pending',
      },
      stream: normalizeStreamSettings(/** @type {Record<string, unknown>} */ (options)),
    };
    this.#byToken.set(token, invitation);

    return {
      token,
      productName: invitation.productName,
      organizationName: invitation.organizationName,
      organizationSlug: invitation.organizationSlug,
      customerEmail: this.claimInfo(invitation).customer_email,
      model: invitation.model,
      expiresAt: iso(invitation.seat.expiresAt),
      scenario: invitation.scenario,
    };
  }

  /**
   * The invitation a token was minted for, whether or not the token still works
   * (faults and request logs outlive the token).
   * @param {string} token
   */
  get(token) {
    return this.#byToken.get(token);
  }

  /**
   * The seat lookup of Polar's service: unknown, cleared (claimed/revoked) and expired
   * tokens all look the same to the caller.
   * @param {string} token
   * @returns {Invitation | undefined}
   */
  findClaimable(token) {
    const invitation = this.#byToken.get(token);
    if (!invitation || invitation.seat.tokenCleared || invitation.seat.status !== 'pending') return undefined;
    // Polar compares `expires_at < now`: a token is still good at its exact expiry instant.
    if (invitation.seat.expiresAt < this.#now()) return undefined;
    return invitation;
  }

  /**
   * @param {Invitation} invitation
   * @returns {import('./polar-types.mjs').SeatClaimInfo}
   */
  claimInfo(invitation) {
    return {
      product_name: invitation.productName,
      product_id: invitation.productId,
      organization_name: invitation.organizationName,
      organization_slug: invitation.organizationSlug,
      // endpoints.py: the seat's email, else its member's, else its customer's, else "".
      customer_email: invitation.holderHasEmail ? invitation.customerEmail : '',
      can_claim: invitation.canClaim ?? invitation.seat.status === 'pending',
    };
  }

  /**
   * Claims the seat: single use, so the token stops working right away.
   * @param {Invitation} invitation
   * @returns {import('./polar-types.mjs').CustomerSeatClaimResponse}
   */
  claim(invitation) {
    const now = this.#now();
    Object.assign(invitation.seat, { status: 'claimed', claimedAt: now, modifiedAt: now, tokenCleared: true });
    this.onClaim?.(invitation);
    // A member session whenever the seat has a Member; a customer session only for a holder without an email.
    const prefix = invitation.holderHasEmail ? 'polar_mst_' : 'polar_cst_';
    return {
      seat: this.seatObject(invitation),
      customer_session_token: prefix + randomBytes(32).toString('base64url'),
    };
  }

  /**
   * The CustomerSeat schema object, every field present.
   * @param {Invitation} invitation
   * @returns {import('./polar-types.mjs').CustomerSeat}
   */
  seatObject(invitation) {
    const { seat } = invitation;
    const memberModel = invitation.model === 'member';
    const hasMember = invitation.holderHasEmail;
    const email = hasMember ? invitation.customerEmail : null;
    return {
      created_at: iso(seat.createdAt),
      modified_at: seat.modifiedAt === null ? null : iso(seat.modifiedAt),
      id: seat.id,
      subscription_id: seat.subscriptionId,
      order_id: seat.orderId,
      status: seat.status,
      customer_id: memberModel ? seat.purchaserCustomerId : seat.holderCustomerId,
      member_id: hasMember ? seat.memberId : null,
      // Both models create the Member under the purchaser, the billing customer.
      member: hasMember
        ? {
            id: seat.memberId,
            created_at: iso(seat.createdAt),
            modified_at: null,
            customer_id: seat.purchaserCustomerId,
            email: invitation.customerEmail,
            name: null,
            external_id: null,
            role: 'member',
          }
        : null,
      email,
      // `CustomerSeat.customer_email` (models/customer_seat.py) is the seat's email first, then its member's, then
      // its customer's: the holder's in both models, never the purchaser's; null for a holder without one.
      customer_email: email,
      invitation_token_expires_at: iso(seat.expiresAt),
      claimed_at: seat.claimedAt === null ? null : iso(seat.claimedAt),
      revoked_at: seat.revokedAt === null ? null : iso(seat.revokedAt),
      seat_metadata: {},
    };
  }
}
