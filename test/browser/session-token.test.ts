/**
 * The customer session token is a credential (it opens the customer portal for an hour). After a claim it is
 * in the `seat-claimed` event, the `claim()` result and the portal link, and nowhere else: no attribute, no
 * light DOM, no console output, no storage or cookie, no request but the portal navigation.
 */
import { expect } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import {
  API,
  claimAndRedirect,
  clickClaim,
  mountInvitation,
  nextEvent,
  part,
  portalVisits,
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
      'the shadow DOM but the portal link',
      [
        el.shadowRoot!.textContent,
        ...[...el.shadowRoot!.querySelectorAll('*:not([part=portal-link])')].flatMap((node) =>
          node.getAttributeNames().map((name) => node.getAttribute(name)!),
        ),
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
    it(`${name}: only in the seat-claimed event and the portal link`, async () => {
      const { el } = await mountInvitation(options, (el) => {
        setup?.(el);
        el.setAttribute('id', 'claim'); // attributes the host set stay as they were
      });
      const events = recordEvents(el);
      await act(el);
      const claimed = events.find((event) => event.type === 'seat-claimed');
      const token = (claimed?.detail as { customerSessionToken?: string } | undefined)?.customerSessionToken;
      expect(!!claimed, 'claimed').to.equal(name !== 'a claim whose answer cannot be read');
      if (claimed) {
        expect(token).to.match(ANY_SESSION_TOKEN);
        expect((part(el, 'portal-link') as HTMLAnchorElement).href).to.contain(`customer_session_token=${token!}`);
      }
      for (const event of events.filter((e) => e !== claimed))
        expect(JSON.stringify(event.detail)).not.to.match(ANY_SESSION_TOKEN);
      await expectNowhere(el, token);
    });
  }

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
