/**
 * JSDoc shapes of Polar's wire objects, as in openapi-seat-claim.json (version 2026-04).
 * Types only; nothing runs here.
 * @module
 */

/**
 * @typedef {object} SeatClaimInfo
 * @property {string} product_name
 * @property {string} product_id
 * @property {string} organization_name
 * @property {string} organization_slug
 * @property {string} customer_email
 * @property {boolean} can_claim
 */

/**
 * @typedef {object} Member
 * @property {string} id
 * @property {string} created_at
 * @property {string | null} modified_at
 * @property {string} customer_id
 * @property {string} email
 * @property {string | null} name
 * @property {string | null} external_id
 * @property {'owner' | 'billing_manager' | 'member'} role
 */

/**
 * @typedef {object} CustomerSeat
 * @property {string} created_at
 * @property {string | null} modified_at
 * @property {string} id
 * @property {string | null} subscription_id
 * @property {string | null} order_id
 * @property {'pending' | 'claimed' | 'revoked'} status
 * @property {string | null} customer_id
 * @property {string | null} member_id
 * @property {Member | null} member
 * @property {string | null} email
 * @property {string | null} customer_email
 * @property {string | null} invitation_token_expires_at
 * @property {string | null} claimed_at
 * @property {string | null} revoked_at
 * @property {Record<string, unknown> | null} seat_metadata
 */

/**
 * @typedef {object} CustomerSeatClaimResponse
 * @property {CustomerSeat} seat
 * @property {string} customer_session_token `polar_mst_` (member session: the seat has a Member, the usual case)
 *   or `polar_cst_` (customer session: a legacy-model holder without an email)
 */

/**
 * Polar's handled-error body.
 * @typedef {{ error: string, detail: unknown }} PolarErrorBody
 */

export {};
