/**
 * The customer session token is a credential (it opens the customer portal for an hour). After a claim it is
 * in the `seat-claimed` and `seat-access-ready` events and the `claim()` result, and nowhere else: not in the portal
 * link (the element adds it as the link is followed), no attribute, no light or shadow DOM, no console output, no
 * storage or cookie, no request but the portal navigation.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import {
  API,
  claimAndRedirect,
  clickClaim,
  framePage,
  message,
  mint,
  mountInvitation,
  nextEvent,
  part,
  portalVisits,
  PORTAL,
  reach,
  recordEvents,
  type MintOptions,
  type RecordedRequest,
} from './support.js';

/** Any session token Polar mints: member (`polar_mst_`) or customer (`polar_cst_`). */
const ANY_SESSION_TOKEN = /polar_[mc]st_/;
const CONSOLE_METHODS = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'dir',
  'dirxml',
  'table',
  'group',
  'groupCollapsed',
  'assert',
  'count',
  'timeLog',
] as const;

/** Everything written to the console, and every uncaught error, since `beforeEach`. */
let output: string[] = [];
const restore: (() => void)[] = [];

function serialize(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
  if (value instanceof Node) return value instanceof Element ? value.outerHTML : (value.textContent ?? '');
  try {
    // Both forms: JSON shows objects, String() what JSON cannot (undefined, functions, symbols).
    return typeof value === 'string' ? value : `${JSON.stringify(value)} ${String(value)}`;
  } catch {
    return String(value);
  }
}

beforeEach(() => {
  output = [];
  for (const method of CONSOLE_METHODS) {
    const original = Object.getOwnPropertyDescriptor(console, method)!;
    const call = original.value as (...args: unknown[]) => void;
    console[method] = (...args: unknown[]) => {
      output.push(`${method}: ${args.map(serialize).join(' ')}`);
      call.apply(console, args);
    };
    restore.push(() => Object.defineProperty(console, method, original));
  }
  const onError = (event: ErrorEvent) => output.push(`error event: ${event.message} ${serialize(event.error)}`);
  const onRejection = (event: PromiseRejectionEvent) => output.push(`unhandled rejection: ${serialize(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  restore.push(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
});

afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

/** Every request the fake API has received from any page, in any engine. */
async function allApiRequests(): Promise<RecordedRequest[]> {
  const response = await fetch(`${API}/__polar-mock/requests`);
  const log = (await response.json()) as { requests: RecordedRequest[]; preflightRequests: RecordedRequest[] };
  return [...log.requests, ...log.preflightRequests];
}

function storage(): string[] {
  const entries: string[] = [
    document.cookie,
    location.href,
    document.title,
    window.name,
    JSON.stringify(history.state),
  ];
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i++) entries.push(`${store.key(i)!}=${store.getItem(store.key(i)!)!}`);
  }
  return entries;
}

/** Asserts each place of the list, for the exact token when known and for any session token. */
async function expectNowhere(el: PolarSeatClaim, token: string | undefined): Promise<void> {
  const places: [string, string[]][] = [
    [
      'an attribute in the page',
      [...document.querySelectorAll('*')].flatMap((node) =>
        node.getAttributeNames().map((name) => `${name}=${node.getAttribute(name)!}`),
      ),
    ],
    ['the light DOM', [document.documentElement.outerHTML]],
    [
      'the shadow DOM, the portal link included',
      [
        el.shadowRoot!.textContent,
        ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
          node.getAttributeNames().map((name) => node.getAttribute(name)!),
        ),
        ...[...el.shadowRoot!.querySelectorAll('a')].map((link) => link.href),
      ],
    ],
    ['console output or an uncaught error', output],
    ['storage, cookies, the URL, the title, history', storage()],
    ['a request of this page (Resource Timing)', performance.getEntriesByType('resource').map((entry) => entry.name)],
    ['a request to the API (path, headers, body)', (await allApiRequests()).map((request) => JSON.stringify(request))],
  ];
  for (const [place, values] of places) {
    for (const value of values) {
      expect(value, `a session token in ${place}`).not.to.match(ANY_SESSION_TOKEN);
      if (token) expect(value, `the session token in ${place}`).not.to.contain(token);
    }
  }
  if (token)
    expect(
      (await portalVisits()).filter((visit) => visit.token === token),
      'no portal navigation happened',
    ).to.deep.equal([]);
}

/** Each flow ends claimed, except the one whose answer cannot be read. */
const FLOWS: [
  name: string,
  options: MintOptions,
  setup: ((el: PolarSeatClaim) => void) | undefined,
  act: (el: PolarSeatClaim) => Promise<unknown>,
][] = [
  ['a claim by click', {}, undefined, clickClaim],
  ['auto-claim', {}, (el) => (el.autoClaim = true), (el) => reach(el, 'claimed')],
  [
    'claim() from code, then the element removed',
    { model: 'customer' },
    undefined,
    async (el) => {
      await el.claim();
      el.remove();
    },
  ],
  [
    'a claim that failed once, then Retry',
    { claim: { kind: 'server-error', times: 1 } },
    undefined,
    async (el) => {
      await clickClaim(el);
      const next = nextEvent(el);
      part(el, 'retry-button')!.click();
      await next;
      expect(el.status).to.equal('claimed');
    },
  ],
  [
    // Polar claimed the seat and sent a token, in an answer that does not match the schema.
    'a claim whose answer cannot be read',
    { claim: 'missing-seat' },
    undefined,
    async (el) => {
      const event = await clickClaim(el);
      expect(event.type).to.equal('seat-claim-error');
      expect(JSON.stringify(event.detail), 'the error event').not.to.match(ANY_SESSION_TOKEN);
    },
  ],
];

describe('the session token after a claim', () => {
  for (const [name, options, setup, act] of FLOWS) {
    it(`${name}: only in the seat-claimed and seat-access-ready events, never in the page`, async () => {
      const { el } = await mountInvitation(options, (el) => {
        setup?.(el);
        el.setAttribute('id', 'claim'); // attributes the host set stay as they were
      });
      const events = recordEvents(el);
      await act(el);
      const claimed = events.find((event) => event.type === 'seat-claimed');
      const ready = events.find((event) => event.type === 'seat-access-ready');
      const token = (claimed?.detail as { customerSessionToken?: string } | undefined)?.customerSessionToken;
      expect(!!claimed, 'claimed').to.equal(name !== 'a claim whose answer cannot be read');
      expect(!!ready, 'access ready').to.equal(!!claimed);
      if (claimed) {
        expect(token).to.match(ANY_SESSION_TOKEN);
        expect((ready!.detail as { customerSessionToken?: string }).customerSessionToken).to.equal(token);
        // The portal link is offered, without the session (expectNowhere looks at its href too).
        expect(part(el, 'portal-link'), 'the portal link').to.not.equal(null);
      }
      for (const event of events.filter((e) => e !== claimed && e !== ready))
        expect(JSON.stringify(event.detail)).not.to.match(ANY_SESSION_TOKEN);
      await expectNowhere(el, token);
    });
  }

  it('following the portal link, which holds no session, reaches the portal signed in', async () => {
    const minted = await mint({ organizationSlug: 'acme-follow' });
    const followed = message('followed');
    // A page of its own (the click navigates it) that stays after the claim, then follows the link as a person would.
    const frame = framePage(
      minted.token,
      `document.addEventListener('seat-claimed', (e) => e.preventDefault());
      document.addEventListener('seat-access-ready', (e) => {
        const link = e.target.shadowRoot.querySelector('[part~=portal-link]');
        parent.postMessage({ type: 'followed', value: { token: e.detail.customerSessionToken, href: link.getAttribute('href') } }, '*');
        link.click();
      });`,
    );
    try {
      const { token, href } = (await followed) as { token: string; href: string };
      // The frame's own page has loaded by now; the next load is the portal's.
      await oneEvent(frame, 'load');
      expect(token).to.match(ANY_SESSION_TOKEN);
      expect(href, 'the link in the page').to.equal(`${PORTAL}/acme-follow/portal`);
      const signedIn = `/__polar-mock/portal/acme-follow/portal?customer_session_token=${token}`;
      expect(frame.contentWindow!.location.href).to.equal(`${location.origin}${signedIn}`);
      const visits = (await portalVisits()).filter((visit) => visit.token === token);
      expect(visits.map((visit) => visit.path)).to.deep.equal([signedIn]);
      for (const value of [...storage(), ...output]) expect(value).not.to.contain(token);
    } finally {
      frame.remove();
    }
  });

  it('with redirect: the portal navigation is the one request that carries it', async () => {
    // The test's own listener hands the token over; the element itself never posts it anywhere.
    const { sessionToken: token, frame } = await claimAndRedirect('acme-redirect');
    try {
      const visits = (await portalVisits()).filter((visit) => visit.path.includes(token));
      expect(visits.map((visit) => visit.path)).to.deep.equal([
        `/__polar-mock/portal/acme-redirect/portal?customer_session_token=${token}`,
      ]);
      for (const request of await allApiRequests()) expect(JSON.stringify(request)).not.to.contain(token);
      for (const value of [...storage(), ...output]) expect(value).not.to.contain(token);
    } finally {
      frame.remove();
    }
  });
});
