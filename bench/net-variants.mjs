// What `npm run bench:network` loads: the network profiles, the pages (the README's snippets and their
// variants) and the physical limit of each measure. docs/bench.md, "On a real network", explains them.

/** The three origins, mapped to the proxies by Chromium's host resolver rules. */
export const HOSTS = { page: 'page.test', cdn: 'cdn.test', api: 'api.test' };
export const API_ORIGIN = `https://${HOSTS.api}`;
/** The CDN snippet's path, as on jsDelivr. */
export const CDN_PATH = '/npm/polar-seat-claim@0.1/dist/cdn/polar-seat-claim.js';
/** The same bundle with the widget's own hint as its first statement (variant `cdn-widget-hint`). */
export const CDN_HINT_PATH = '/npm/polar-seat-claim@0.1/dist/cdn/polar-seat-claim.with-hint.js';
/** An app's bundle that includes the npm package, served by the page's own origin. */
export const APP_PATH = '/assets/app.js';

/**
 * Round trip and bandwidth of each profile. The bandwidth is the phone's: one link per direction that all
 * connections share.
 */
export const PROFILES = {
  '4g': { rttMs: 50, downBps: 12e6, upBps: 4e6, label: '4G: 50 ms round trip, 12 Mbit/s down, 4 up' },
  slow3g: { rttMs: 300, downBps: 400e3, upBps: 400e3, label: 'slow 3G: 300 ms round trip, 400 kbit/s each way' },
  // What the machine itself costs (limit 0), to tell it from the network.
  loopback: { rttMs: 0, downBps: Infinity, upBps: Infinity, label: 'loopback: no latency, no bandwidth limit' },
};

/**
 * The hint a widget would add to the document as its module evaluates, before `customElements.define`:
 * a preconnect to the API origin of the first element's `server` (resolved as the element does). Inserted
 * after the bundle's first line when that is a `//#` compile hint, which must stay first.
 */
export function withWidgetHint(bundle) {
  const hint =
    "{const s=document.querySelector('polar-seat-claim')?.getAttribute('server')?.trim()||'production'," +
    "l=document.createElement('link');l.rel='preconnect';l.crossOrigin='';" +
    "l.href=s==='production'?'https://api.polar.sh':s==='sandbox'?'https://sandbox-api.polar.sh':new URL(s).origin;" +
    'document.head.append(l)}\n';
  const firstLineEnd = bundle.indexOf('\n');
  return bundle.startsWith('//#')
    ? bundle.slice(0, firstLineEnd + 1) + hint + bundle.slice(firstLineEnd + 1)
    : hint + bundle;
}

/** The README's npm example (a module of the app that imports the package), with the bench's API. */
export function appModule(bundle) {
  return `${bundle}
const claim = document.createElement('polar-seat-claim');
claim.server = '${API_ORIGIN}';
claim.token = new URLSearchParams(location.search).get('token') ?? '';
document.body.append(claim);
`;
}

/**
 * What the limit assumes a page does, as plain code: runs after the widget's script (module scripts run in
 * order), then the same two requests as the element's (method, body, content type, credentials, cache,
 * referrer policy) and a line of DOM for each state, firing the element's event names for the probe.
 */
function floorScript() {
  return `
const request = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' };
const token = new URLSearchParams(location.search).get('token');
const card = document.getElementById('floor');
card.textContent = 'Loading the invitation…';
const info = await (await fetch('${API_ORIGIN}/v1/customer-seats/claim/' + encodeURIComponent(token), request)).json();
const button = document.createElement('button');
button.setAttribute('part', 'claim-button');
button.textContent = 'Accept the seat';
button.addEventListener('click', async () => {
  button.textContent = 'Claiming…';
  const response = await fetch('${API_ORIGIN}/v1/customer-seats/claim', {
    ...request,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invitation_token: token }),
  });
  const result = await response.json();
  card.textContent = 'Seat claimed (' + result.seat.status + ').';
  document.dispatchEvent(new CustomEvent('seat-claimed'));
});
card.replaceChildren('Join ' + info.organization_name + ': ' + info.product_name + ' ', button);
document.dispatchEvent(new CustomEvent('seat-claim-info'));
`;
}

const PRECONNECT = `<link rel="preconnect" href="${API_ORIGIN}" crossorigin>`;
const ELEMENT = `<polar-seat-claim token-param="token" server="${API_ORIGIN}"></polar-seat-claim>`;
const cdnScript = (pathname) => `<script type="module" src="https://${HOSTS.cdn}${pathname}"></script>`;

/**
 * The variants: where the script comes from (`cdn`: the CDN snippet, its own origin; `npm`: an app bundle
 * from the page's origin), what the page's `<head>` gains and the snippet in its `<body>`.
 */
export const VARIANTS = {
  'cdn-today': {
    source: 'cdn',
    label: 'CDN snippet as in the README today',
    body: `${cdnScript(CDN_PATH)}\n${ELEMENT}`,
  },
  'cdn-preconnect': {
    source: 'cdn',
    label: 'CDN snippet + preconnect hint',
    body: `${PRECONNECT}\n${cdnScript(CDN_PATH)}\n${ELEMENT}`,
  },
  'cdn-preconnect-no-crossorigin': {
    source: 'cdn',
    label: 'CDN snippet + preconnect without `crossorigin`',
    body: `<link rel="preconnect" href="${API_ORIGIN}">\n${cdnScript(CDN_PATH)}\n${ELEMENT}`,
  },
  'cdn-modulepreload': {
    source: 'cdn',
    label: 'CDN snippet + module preload in `<head>`',
    head: `<link rel="modulepreload" href="https://${HOSTS.cdn}${CDN_PATH}">`,
    body: `${cdnScript(CDN_PATH)}\n${ELEMENT}`,
  },
  'cdn-widget-hint': {
    source: 'cdn',
    label: 'CDN snippet, hint added by the widget as it evaluates',
    body: `${cdnScript(CDN_HINT_PATH)}\n${ELEMENT}`,
  },
  'cdn-floor': {
    source: 'cdn',
    label: 'floor: the preconnect snippet with a plain `fetch` and DOM writes instead of the element',
    body: `${PRECONNECT}\n${cdnScript(CDN_PATH)}\n<div id="floor"></div>\n<script type="module">${floorScript()}</script>`,
  },
  'npm-today': {
    source: 'npm',
    label: 'npm: app bundle from the page origin, as today',
    head: `<script type="module" crossorigin src="${APP_PATH}"></script>`,
    body: '',
  },
  'npm-preconnect': {
    source: 'npm',
    label: 'npm: app bundle + preconnect hint in `<head>`',
    head: `${PRECONNECT}\n<script type="module" crossorigin src="${APP_PATH}"></script>`,
    body: '',
  },
};

/**
 * Records the element's events, from the page's first script: times since navigation start. The bench reads
 * `window.__net`; nothing here touches the element.
 */
const PROBE = `<script>
window.__net = {};
for (const type of ['seat-claim-info', 'seat-claimed', 'seat-claim-error'])
  document.addEventListener(type, (event) => {
    window.__net[type] ??= performance.now();
    if (type === 'seat-claim-error') window.__net.error = event.detail?.code + ': ' + event.detail?.message;
  });
</script>`;

/** A merchant's claim page with the variant's markup. */
export function pageHtml(name) {
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`unknown variant ${name}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join Acme</title>
<link rel="icon" href="data:,">
${PROBE}
${variant.head ?? ''}
</head>
<body>
<h1>Acme</h1>
<p>Accept your seat to start using Acme.</p>
${variant.body}
</body>
</html>
`;
}

/** Milliseconds to send `bytes` at `bitsPerSecond`. */
const transfer = (bytes, bitsPerSecond) => (bytes * 8 * 1000) / bitsPerSecond;

/**
 * The physical limit of each measure, from navigation start, for a profile and where the script comes from.
 * Counted in round trips (r) plus the payloads' transfer time at the profile's bandwidth:
 * - the page: DNS, TCP, TLS, GET: 4r, + the HTML;
 * - the script, asked for as soon as the HTML's first bytes arrive: from the CDN, a new origin: DNS, TCP,
 *   TLS, GET: 4r, + the bundle; from the page's origin (npm): the GET on the page's connection: 1r, + the bundle;
 * - the API's connection, opened at the same moment (DNS, TCP, TLS: 3r) overlaps the script's download;
 * - the info GET leaves when both the script and that connection are there, and takes 1r + its answer;
 * - the claim, after the click: the CORS preflight (the JSON body needs one) and the POST: 2r + the answers.
 * Headers, TLS records and handshake bytes are left out, as is every millisecond of script and rendering:
 * the limit is a lower bound.
 * @param {{ rttMs: number, downBps: number }} profile
 * @param {'cdn' | 'npm'} source
 * @param {{ html: number, script: number, info: number, claim: number }} bytes payload sizes (encoded body)
 */
export function limits(profile, source, bytes) {
  const r = profile.rttMs;
  const page = 4 * r + transfer(bytes.html, profile.downBps);
  const script = (source === 'cdn' ? 4 * r : r) + transfer(bytes.script, profile.downBps);
  const apiConnection = 3 * r;
  const infoSent = page + Math.max(script, apiConnection);
  return {
    infoSent,
    ready: infoSent + r + transfer(bytes.info, profile.downBps),
    claimed: 2 * r + transfer(bytes.claim, profile.downBps),
  };
}
