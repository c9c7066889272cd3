/**
 * The demo page: <polar-seat-claim> on a merchant's onboarding page, pointed at the fake Polar API that
 * `demo/server.mjs` serves beside it (reached on 127.0.0.1, another origin than the page's), with controls for every
 * scenario of the fake (their titles come from mock/scenarios.mjs through the API), one scenario of the demo's own
 * (the invitee pastes the link from Polar's email), the element's options and themes, a live event log and the markup
 * for the current settings.
 *
 * Settings live in the page's query string (`?scenario=expired&theme=dark&auto-claim`), so a reload keeps
 * them and a link can open a given case. `redirect` is left out on purpose: coming back from the portal
 * must not claim and leave again.
 */
import '../src/index.js';
import { bundledLocales, type SeatClaimTheme } from '../src/element.js';
import { VERSION } from '../src/version.js';

/** A seeded case of the fake API. Its fixed `token` is ignored: tokens work once, so every pick mints a fresh one. */
interface Scenario {
  name: string;
  title: string;
  description: string;
}

/**
 * The demo's own scenario: no token on the page, and the invitation email beside it, as an invitee has it today
 * (Polar's email links to Polar's own claim page; nothing gives the merchant the token).
 */
const PASTE_LINK: Scenario = {
  name: 'paste-link',
  title: 'Invitee pastes the link from the email',
  description:
    "How a token reaches your page today: Polar's email links to Polar's own claim page, so the invitee copies that link into the element's form. A fresh valid invitation; its email is shown beside the element.",
};
/** What the fake mints for the paste-a-link scenario. */
const PASTE_LINK_MINTS = 'valid-member';
/** The fake's descriptions of answers Polar's server never gives start so (mock/scenarios.mjs). */
const NOT_FROM_POLAR = /^Never sent by Polar\b/;

type PageTheme = SeatClaimTheme | 'branded';

interface Settings {
  scenario: string;
  theme: PageTheme;
  autoClaim: boolean;
  redirect: boolean;
  continueUrl: boolean;
  /** The element's `lang`; empty: the page's (English here), else the browser's. */
  lang: string;
}

type LogKind = (typeof CONTRACT_EVENTS)[number] | 'note' | 'note-error';

/**
 * The embedded fake API, reached under the other loopback name (127.0.0.1 for a page on localhost) so that
 * every request crosses origins and meets CORS exactly as on a merchant's site.
 */
const API_ORIGIN =
  location.hostname === 'localhost' ? `${location.protocol}//127.0.0.1:${location.port}` : location.origin;
const MOCK_API = `${API_ORIGIN}/__polar-mock`;
/**
 * The bundle of this checkout (`npm run build`), which the demo server serves to any origin: the package is not on
 * npm yet, so the CDN address below loads nothing before the first release.
 */
const SELF_HOSTED_SCRIPT = `${location.origin}/dist/cdn/polar-seat-claim.js`;
const CDN_SCRIPT = `https://cdn.jsdelivr.net/npm/polar-seat-claim@${VERSION.replace(/\.\d+$/, '')}/dist/cdn/polar-seat-claim.js`;
/** Where `continue-url` sends the person after the claim: the merchant's next step. */
const CONTINUE_URL = new URL('./welcome.html', location.href).href;
const DEFAULT_SCENARIO = 'valid-member';
const PAGE_THEMES: readonly PageTheme[] = ['light', 'dark', 'auto', 'branded'];
const CONTRACT_EVENTS = ['seat-claim-info', 'seat-claimed', 'seat-access-ready', 'seat-claim-error'] as const;
/** Older entries are dropped: the log is for watching, not for keeping. */
const MAX_LOG_ENTRIES = 50;
const MASK = '••••••••';
/** Polar session tokens (`polar_mst_…` member, `polar_cst_…` customer): credentials, never shown whole. */
const SESSION_TOKEN = /\b(polar_[a-z]{2,4}_)[\w-]{8,}/g;

/** A merchant's brand, done only with the element's custom properties and parts. Shown verbatim in the markup. */
const BRAND_CLASS = 'acme-brand';
const BRAND_CSS = `polar-seat-claim.${BRAND_CLASS} {
  --polar-seat-claim-font-family: "Avenir Next", Futura, "URW Gothic", "Century Gothic", system-ui, sans-serif;
  --polar-seat-claim-background: #ffffff;
  --polar-seat-claim-color: #1e1b4b;
  --polar-seat-claim-muted-color: #5b5478;
  --polar-seat-claim-border-color: #ddd6fe;
  --polar-seat-claim-accent: #6d28d9;
  --polar-seat-claim-accent-color: #ffffff;
  --polar-seat-claim-focus-ring: #7c3aed;
  --polar-seat-claim-radius: 1.25rem;
  --polar-seat-claim-spacing: 0.875rem;
  --polar-seat-claim-shadow: 0 12px 32px -16px rgb(76 29 149 / 0.45);
}
polar-seat-claim.${BRAND_CLASS}::part(heading) {
  font-size: 1.375em;
  letter-spacing: -0.01em;
}
polar-seat-claim.${BRAND_CLASS}::part(claim-button),
polar-seat-claim.${BRAND_CLASS}::part(retry-button),
polar-seat-claim.${BRAND_CLASS}::part(portal-link) {
  border-radius: 999px;
  padding-inline: 1.5em;
}
`;

/** The page's element with this id, checked to be of the expected kind: index.html and this file must agree. */
function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`demo: #${id} is missing from the page or is not a ${kind.name}`);
  return element;
}

const page = {
  claimSlot: byId('claim-slot', HTMLElement),
  scenarioList: byId('scenario-list', HTMLElement),
  scenarioListStatus: byId('scenario-list-status', HTMLElement),
  newInvitation: byId('new-invitation', HTMLButtonElement),
  email: byId('invitation-email', HTMLElement),
  emailLink: byId('invitation-email-link', HTMLElement),
  copyLink: byId('copy-link', HTMLButtonElement),
  copyLinkFeedback: byId('copy-link-feedback', HTMLElement),
  autoClaim: byId('auto-claim', HTMLInputElement),
  redirect: byId('redirect', HTMLInputElement),
  continueUrl: byId('continue-url', HTMLInputElement),
  lang: byId('lang', HTMLSelectElement),
  status: byId('status', HTMLElement),
  eventLog: byId('event-log', HTMLOListElement),
  logEmpty: byId('log-empty', HTMLElement),
  clearLog: byId('clear-log', HTMLButtonElement),
  markup: byId('markup', HTMLElement),
  markupBuild: byId('markup-build', HTMLElement),
  copyMarkup: byId('copy-markup', HTMLButtonElement),
  copyFeedback: byId('copy-feedback', HTMLElement),
};

const settings = readSettings(new URLSearchParams(location.search));
let scenarios: Scenario[] = [];

const seatClaim = document.createElement('polar-seat-claim');
seatClaim.id = 'seat-claim';
// http is allowed for loopback hosts only.
seatClaim.server = API_ORIGIN;
seatClaim.portalUrl = `${MOCK_API}/portal`;

// ---------------------------------------------------------------------------------------------
// Settings

function readSettings(query: URLSearchParams): Settings {
  const theme = query.get('theme') as PageTheme | null;
  const lang = query.get('lang') ?? '';
  return {
    scenario: query.get('scenario') ?? DEFAULT_SCENARIO,
    theme: theme && PAGE_THEMES.includes(theme) ? theme : 'light',
    autoClaim: query.has('auto-claim'),
    redirect: false,
    continueUrl: query.has('continue-url'),
    lang: bundledLocales.includes(lang) ? lang : '',
  };
}

function saveSettings(): void {
  const query = new URLSearchParams({ scenario: settings.scenario, theme: settings.theme });
  if (settings.autoClaim) query.set('auto-claim', '');
  if (settings.continueUrl) query.set('continue-url', '');
  if (settings.lang) query.set('lang', settings.lang);
  history.replaceState(history.state, '', `?${query.toString().replace(/=(?=&|$)/g, '')}`);
}

/** Brings the element, the page's theme, the controls and the markup in line with `settings`. */
function applySettings(): void {
  // The branded example builds on the light theme.
  seatClaim.theme = settings.theme === 'branded' ? 'light' : settings.theme;
  seatClaim.classList.toggle(BRAND_CLASS, settings.theme === 'branded');
  seatClaim.autoClaim = settings.autoClaim;
  seatClaim.redirect = settings.redirect;
  seatClaim.continueUrl = settings.continueUrl ? CONTINUE_URL : undefined;
  if (settings.lang) seatClaim.lang = settings.lang;
  else seatClaim.removeAttribute('lang');
  document.documentElement.dataset.theme = settings.theme;

  page.autoClaim.checked = settings.autoClaim;
  page.redirect.checked = settings.redirect;
  page.continueUrl.checked = settings.continueUrl;
  page.lang.value = settings.lang;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]'))
    radio.checked = radio.value === settings.theme;
  page.markup.textContent = markupFor(settings);
  saveSettings();
}

// ---------------------------------------------------------------------------------------------
// Scenarios and invitations

async function loadScenarios(): Promise<void> {
  try {
    const response = await fetch(`${MOCK_API}/scenarios`);
    if (!response.ok) throw new Error(`the fake API answered ${response.status}`);
    scenarios = [PASTE_LINK, ...((await response.json()) as Scenario[])];
  } catch (error) {
    page.scenarioListStatus.textContent = `Could not load the scenarios (${String(error)}). Is the demo server running?`;
    return;
  }
  if (!scenarios.some((scenario) => scenario.name === settings.scenario)) settings.scenario = DEFAULT_SCENARIO;
  page.scenarioList.replaceChildren(...scenarios.map(scenarioOption));
  // The list scrolls on wide screens: a link to a scenario far down shows it picked.
  page.scenarioList.querySelector('input:checked')?.scrollIntoView({ block: 'nearest' });
  saveSettings();
}

function scenarioOption(scenario: Scenario): HTMLElement {
  const id = `scenario-${scenario.name}`;
  const input = Object.assign(document.createElement('input'), {
    type: 'radio',
    name: 'scenario',
    value: scenario.name,
    id,
    checked: scenario.name === settings.scenario,
  });
  input.setAttribute('aria-describedby', `${id}-description`);
  const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: scenario.title });
  if (NOT_FROM_POLAR.test(scenario.description))
    label.append(
      ' ',
      Object.assign(document.createElement('span'), { className: 'tag', textContent: 'not sent by Polar' }),
    );
  const description = Object.assign(document.createElement('p'), {
    id: `${id}-description`,
    className: 'scenario-description',
    textContent: scenario.description,
  });
  const option = Object.assign(document.createElement('div'), { className: 'scenario' });
  option.append(input, label, description);
  return option;
}

/** Only the newest mint may set the token: picks in quick succession can answer out of order. */
let latestMint = 0;

/** Mints a fresh invitation for the current scenario and hands its token to the element. */
async function newInvitation(): Promise<void> {
  const mint = ++latestMint;
  const scenario = scenarios.find((candidate) => candidate.name === settings.scenario);
  if (!scenario) return;
  try {
    const pasted = scenario === PASTE_LINK;
    const response = await fetch(`${MOCK_API}/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: pasted ? PASTE_LINK_MINTS : scenario.name }),
    });
    if (!response.ok) throw new Error(`the fake API answered ${response.status}: ${await response.text()}`);
    const { token } = (await response.json()) as { token: string };
    if (mint !== latestMint) return;
    log('note', `New invitation: ${scenario.title}`);
    showEmail(pasted ? token : undefined);
    // A property, not an attribute: the token stays out of the page's markup. Without one, the element asks for
    // the link.
    seatClaim.token = pasted ? undefined : token;
    if (!seatClaim.isConnected) mountSeatClaim();
  } catch (error) {
    if (mint === latestMint) log('note-error', `Could not mint an invitation: ${String(error)}`);
  }
}

/**
 * The invitation email as the invitee has it, with Polar's claim link (the fake's organization, acme): what they
 * paste into the element's form. Hidden in the other scenarios, whose token the page sets itself.
 */
function showEmail(token: string | undefined): void {
  page.email.hidden = token === undefined;
  page.emailLink.textContent = token === undefined ? '' : `https://polar.sh/acme/portal/claim?token=${token}`;
  page.copyLinkFeedback.textContent = '';
}

/** The element joins the page once the first invitation is minted, so it never starts empty-handed. */
function mountSeatClaim(): void {
  page.claimSlot.replaceChildren(seatClaim);
  // Every change of status re-renders the element, so watching its shadow DOM shows each one as it happens.
  const renderRoot = seatClaim.shadowRoot;
  if (renderRoot)
    new MutationObserver(showStatus).observe(renderRoot, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  showStatus();
}

function showStatus(): void {
  const status = seatClaim.isConnected ? seatClaim.status : 'idle';
  if (page.status.textContent === status) return;
  page.status.textContent = status;
  page.status.dataset.status = status;
}

// ---------------------------------------------------------------------------------------------
// Event log

/** Short top-level fields first, so that a long nested object (the seat) does not push them out of view. */
function scalarsFirst(detail: unknown): unknown {
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return detail;
  const entries = Object.entries(detail);
  const isNested = ([, value]: [string, unknown]) => typeof value === 'object' && value !== null;
  return Object.fromEntries([...entries.filter((entry) => !isNested(entry)), ...entries.filter(isNested)]);
}

/**
 * The detail as text that is safe to show: session tokens keep only their prefix, and the current
 * invitation token (which error messages may quote in a URL) is replaced.
 */
function redactedJson(detail: unknown): string {
  let text = JSON.stringify(scalarsFirst(detail), null, 2);
  text = text.replace(SESSION_TOKEN, (_token, prefix: string) => `${prefix}${MASK}`);
  const invitationToken = seatClaim.token;
  return invitationToken ? text.replaceAll(invitationToken, `{invitation_token}`) : text;
}

function log(kind: LogKind, title: string, detail?: unknown): void {
  const entry = Object.assign(document.createElement('li'), { className: `log-entry log-${kind}` });
  entry.dataset.kind = kind;
  const header = Object.assign(document.createElement('div'), { className: 'log-header' });
  const name = Object.assign(document.createElement(kind.startsWith('note') ? 'span' : 'code'), {
    className: 'log-title',
    textContent: title,
  });
  const now = new Date();
  const time = Object.assign(document.createElement('time'), {
    dateTime: now.toISOString(),
    textContent:
      now.toLocaleTimeString('en-GB', { hour12: false }) + `.${String(now.getMilliseconds()).padStart(3, '0')}`,
  });
  header.append(name, time);
  entry.append(header);
  if (detail !== undefined)
    entry.append(
      Object.assign(document.createElement('pre'), { className: 'log-detail', textContent: redactedJson(detail) }),
    );

  page.eventLog.prepend(entry);
  while (page.eventLog.children.length > MAX_LOG_ENTRIES) page.eventLog.lastElementChild?.remove();
  page.logEmpty.hidden = true;
}

function clearLog(): void {
  page.eventLog.replaceChildren();
  page.logEmpty.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// Markup

/**
 * A snippet that works from this checkout, on any page: the bundle this server serves and its fake API. The token
 * comes from the page's URL (`?token=…`) or, without one, from a link pasted into the element's form.
 */
function markupFor({ theme, autoClaim, redirect, continueUrl, lang }: Settings): string {
  const branded = theme === 'branded';
  const attributes = [
    ...(branded ? [`class="${BRAND_CLASS}"`] : []),
    'token-param="token"',
    `server="${API_ORIGIN}"`,
    `portal-url="${MOCK_API}/portal"`,
    ...(continueUrl ? [`continue-url="${CONTINUE_URL}"`] : []),
    // Usually the page's own <html lang> says it; here the element's, so the snippet shows the language chosen.
    ...(lang ? [`lang="${lang}"`] : []),
    // `light` is the default theme; the branded example builds on it.
    ...(theme === 'dark' || theme === 'auto' ? [`theme="${theme}"`] : []),
    ...(autoClaim ? ['auto-claim'] : []),
    ...(redirect ? ['redirect'] : []),
  ];
  const style = branded ? `<style>\n${BRAND_CSS}</style>\n\n` : '';
  const script = [
    `<!-- This checkout's bundle (npm run build), served by npm start. After the first release:`,
    `     ${CDN_SCRIPT} -->`,
    `<link rel="preconnect" href="${API_ORIGIN}" crossorigin>`,
    `<script type="module" src="${SELF_HOSTED_SCRIPT}"></script>`,
  ].join('\n');
  return `${script}\n\n${style}<polar-seat-claim\n  ${attributes.join('\n  ')}\n></polar-seat-claim>`;
}

/** The copied markup needs the bundle: say so while this checkout has not built it. */
async function checkBuild(): Promise<void> {
  const built = await fetch(SELF_HOSTED_SCRIPT, { method: 'HEAD' }).then(
    (response) => response.ok,
    () => false,
  );
  page.markupBuild.hidden = built;
}

async function copyText(source: HTMLElement, feedback: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(source.textContent);
    feedback.textContent = 'Copied';
  } catch {
    // No clipboard permission (e.g. an embedded frame): select the text so Ctrl-C / ⌘C works.
    getSelection()?.selectAllChildren(source);
    feedback.textContent = 'Selected: press Ctrl-C to copy';
  }
}

// ---------------------------------------------------------------------------------------------
// Wiring

function adoptBrandStyles(): void {
  // A constructed style sheet is not inline style, so the page's strict CSP allows it.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BRAND_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

for (const type of CONTRACT_EVENTS) {
  seatClaim.addEventListener(type, (event) => {
    log(type, type, event.detail);
    showStatus();
  });
}

page.scenarioList.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  settings.scenario = input.value;
  saveSettings();
  void newInvitation();
});
page.newInvitation.addEventListener('click', () => void newInvitation());
page.autoClaim.addEventListener('change', () => {
  settings.autoClaim = page.autoClaim.checked;
  applySettings();
  // auto-claim acts when an invitation loads: a fresh one shows the effect at once.
  void newInvitation();
});
page.redirect.addEventListener('change', () => {
  settings.redirect = page.redirect.checked;
  applySettings();
});
page.continueUrl.addEventListener('change', () => {
  settings.continueUrl = page.continueUrl.checked;
  applySettings();
});
page.lang.append(
  ...bundledLocales.map(
    (code) => new Option(`${new Intl.DisplayNames([code], { type: 'language' }).of(code)} (${code})`, code),
  ),
);
page.lang.addEventListener('change', () => {
  settings.lang = page.lang.value;
  applySettings();
});
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
  radio.addEventListener('change', () => {
    settings.theme = radio.value as PageTheme;
    applySettings();
  });
}
page.clearLog.addEventListener('click', clearLog);
page.copyMarkup.addEventListener('click', () => void copyText(page.markup, page.copyFeedback));
page.copyMarkup.addEventListener('blur', () => (page.copyFeedback.textContent = ''));
page.copyLink.addEventListener('click', () => void copyText(page.emailLink, page.copyLinkFeedback));

async function start(): Promise<void> {
  adoptBrandStyles();
  applySettings();
  void checkBuild();
  await loadScenarios();
  await newInvitation();
}

void start();
