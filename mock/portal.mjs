/**
 * A stand-in for Polar's customer portal, so a redirect after a claim has somewhere
 * harmless to land (tests navigate an iframe there and check what arrived).
 * @module
 */

/**
 * @typedef {object} PortalVisit
 * @property {string} path the request target exactly as received
 * @property {string} slug the organization slug, percent-decoded
 * @property {string | null} token the customer_session_token query parameter
 * @property {number} at api clock (ms)
 */

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The page never shows the session token: it is a credential, even a fake one.
 * @param {string} slug
 * @param {boolean} hasToken
 */
export function portalPage(slug, hasToken) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Fake customer portal</title></head>
<body>
<h1>Fake customer portal</h1>
<p>Organization: <code id="slug">${escapeHtml(slug)}</code></p>
<p id="session">${hasToken ? 'Signed in with a customer session token.' : 'No customer session token.'}</p>
</body>
</html>
`;
}
