/**
 * The `Polar-Version` request header, as Polar's APIVersionMiddleware reads it (server/polar/kit/versioning.py,
 * versions from server/polar/version.py). The middleware is the outermost one: it answers before CORS, so its
 * refusal carries no CORS header and a browser on another origin sees a network error.
 * @module
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

/** `CURRENT_API_VERSION`, used when the header is absent or empty. */
export const DEFAULT_API_VERSION = '2026-04';

/** `VERSIONS`: the seat-claim operations have the same shapes in both. */
export const API_VERSIONS = Object.freeze([DEFAULT_API_VERSION, '2026-10']);

/** The middleware's answer to a version it does not know, or to a value that is not `YYYY-MM`. */
export const UNKNOWN_VERSION_BODY = Object.freeze({ detail: 'Not Found' });

/**
 * The version a request asks for, or null when Polar would refuse it. Polar parses `^\d{4}-\d{2}$` and compares
 * the numbers, so `2026-04` and only that spelling names the current version.
 * @param {IncomingMessage} req
 * @returns {string | null}
 */
export function requestedApiVersion(req) {
  const header = req.headers['polar-version'];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') return DEFAULT_API_VERSION;
  return API_VERSIONS.includes(value) ? value : null;
}
