/**
 * The fault matrix: every fault the fake Polar API can serve, over real HTTP, in each phase it applies to
 * (loading the invitation, claiming the seat); then the token or the server changed in each phase; then the
 * element removed and added back during a slow answer. For each: the state shown, the event sent, what Retry
 * (or `claim()`) does, and the exact number of requests. Polar's own error answers (expired, revoked, claimed,
 * 403, can_claim false) are in errors.test.ts.
 */
import { expect, nextFrame } from '@open-wc/testing';
import {
  defaultMessages,
  type PolarSeatClaim,
  type SeatClaimErrorDetail,
  type SeatClaimInfo,
  type SeatClaimProblem,
} from '../../src/element.js';
import { format } from '../../src/messages.js';
import {
  API,
  arrived,
  fakeClock,
  mint,
  mountInvitation,
  nextEvent,
  part,
  reach,
  recordEvents,
  requestsFor,
  setFaults,
  shownError,
  text,
  type MintOptions,
  type MintResult,
} from './support.js';

type Operation = 'info' | 'claim';

/** What the person and the host see after a step. */
interface Outcome {
  /** The error event's detail, or absent when the step succeeded (`seat-claim-info` / `seat-claimed`). */
  error?: Pick<SeatClaimErrorDetail, 'code' | 'status' | 'retryable'>;
  /** Which of the element's messages is shown. */
  problem?: SeatClaimProblem;
  /** Matched against `detail.message`, where the text is the element's own rather than the engine's. */
  message?: RegExp;
  body?: (body: unknown) => void;
  /**
   * The customer portal's sign-in link (no session in it): offered when a claim may have gone through, and when the
   * invitation of a known organization can no longer be claimed.
   */
  portalLink?: true;
  /** Retry loads the invitation again (Polar refused the request, or its answer made no sense). */
  reloadable?: true;
}

interface FaultRow {
  /** A fault kind of mock/faults.mjs; it lasts until the row clears it before Retry. */
  fault: string;
  phase: Operation;
  shows: Outcome;
  /** Retry once the fault is gone: only for retryable errors. */
  retry?: Outcome;
  /**
   * The fault resets the connection before any byte of an answer: the browser may re-send the request by itself
   * on a new connection (WebKit and Chromium a GET, Firefox a GET several times and a POST too), so the fake API
   * sees at least as many requests as the widget sent. Every other row counts exactly.
   */
  resent?: true;
}

const OK: Outcome = {};
const noBody = (body: unknown) => {
  expect(body).to.equal(undefined);
};
const error = (
  code: SeatClaimErrorDetail['code'],
  status: number,
  problem: SeatClaimProblem,
  more: Omit<Outcome, 'error' | 'problem'> = {},
): Outcome => ({
  error: { code, status, retryable: ['rate_limited', 'server', 'network', 'timeout'].includes(code) },
  problem,
  ...(problem === 'validation' || problem === 'bad_response' ? { reloadable: true } : {}),
  ...more,
});
/** A 2xx claim answer that cannot be read: the seat may be claimed, and its body (which may carry the session token) is not passed on. */
const maybeClaimed = error('bad_response', 200, 'maybe_claimed', { body: noBody, portalLink: true });
/** A 2xx info answer that cannot be read. */
const unreadable = (body: (body: unknown) => void) => error('bad_response', 200, 'bad_response', { body });
const isText = (body: unknown) => {
  expect(body).to.be.a('string');
};
const HANG_TIMEOUT = 200;

const FAULTS: FaultRow[] = [
  { phase: 'info', fault: 'hang', shows: error('timeout', 0, 'timeout', { message: /200 ms/ }), retry: OK },
  { phase: 'info', fault: 'reset-before', shows: error('network', 0, 'network'), retry: OK, resent: true },
  // The status line and half the body arrived, then the connection dropped.
  { phase: 'info', fault: 'reset-after', shows: error('network', 200, 'network'), retry: OK },
  {
    phase: 'info',
    fault: 'rate-limited',
    shows: error('rate_limited', 429, 'rate_limited', { message: /^Polar answered 429$/, body: noBody }),
    retry: OK,
  },
  { phase: 'info', fault: 'server-error', shows: error('network', 0, 'network'), retry: OK },
  {
    phase: 'info',
    fault: 'bad-gateway',
    shows: error('server', 502, 'server', {
      body: (body) => {
        expect(body).to.be.a('string').and.contain('<title>502 Bad Gateway</title>');
      },
    }),
    retry: OK,
  },
  { phase: 'info', fault: 'truncated-json', shows: unreadable(isText) },
  {
    phase: 'info',
    fault: 'missing-seat',
    shows: unreadable((body) => {
      expect(body).to.be.an('object').and.not.have.property('product_name');
    }),
  },
  {
    phase: 'info',
    fault: 'wrong-type',
    shows: unreadable((body) => {
      expect(body).to.have.property('can_claim', 'true');
    }),
  },
  {
    phase: 'info',
    fault: 'malformed',
    shows: unreadable((body) => {
      expect(body).to.deep.equal({ ok: true });
    }),
  },
  { phase: 'info', fault: 'empty-body', shows: unreadable(noBody) },
  {
    phase: 'info',
    fault: 'null-body',
    shows: unreadable((body) => {
      expect(body).to.equal(null);
    }),
  },
  { phase: 'info', fault: 'extra-fields', shows: OK },
  {
    phase: 'info',
    fault: 'empty-error',
    shows: error('invalid_token', 404, 'invalid_token', { message: /^Polar answered 404$/, body: noBody }),
  },
  { phase: 'info', fault: 'slow', shows: OK },
  // An unexpected status from something in front of Polar.
  { phase: 'info', fault: 'method-not-allowed', shows: error('bad_response', 405, 'bad_response') },

  { phase: 'claim', fault: 'hang', shows: error('timeout', 0, 'timeout', { message: /200 ms/ }), retry: OK },
  // Polar never saw the claim: the retry claims.
  { phase: 'claim', fault: 'reset-before', shows: error('network', 0, 'network'), retry: OK, resent: true },
  // Polar recorded the claim and its 200 arrived, the body did not: the seat may be theirs, and no second POST is offered.
  { phase: 'claim', fault: 'reset-after', shows: maybeClaimed },
  {
    phase: 'claim',
    fault: 'rate-limited',
    shows: error('rate_limited', 429, 'rate_limited', { message: /^Polar answered 429$/, body: noBody }),
    retry: OK,
  },
  { phase: 'claim', fault: 'server-error', shows: error('network', 0, 'network'), retry: OK },
  { phase: 'claim', fault: 'bad-gateway', shows: error('server', 502, 'server', { body: isText }), retry: OK },
  { phase: 'claim', fault: 'truncated-json', shows: maybeClaimed },
  { phase: 'claim', fault: 'missing-seat', shows: maybeClaimed },
  { phase: 'claim', fault: 'wrong-type', shows: maybeClaimed },
  { phase: 'claim', fault: 'malformed', shows: maybeClaimed },
  { phase: 'claim', fault: 'empty-body', shows: maybeClaimed },
  { phase: 'claim', fault: 'null-body', shows: maybeClaimed },
  { phase: 'claim', fault: 'extra-fields', shows: OK },
  // The invitation's organization is known: the person can still sign in to its portal.
  {
    phase: 'claim',
    fault: 'empty-error',
    shows: error('invalid_token', 400, 'invalid_token', {
      message: /^Polar answered 400$/,
      body: noBody,
      portalLink: true,
    }),
  },
  {
    phase: 'claim',
    fault: 'validation-error',
    shows: error('validation', 422, 'validation', {
      body: (body) => {
        expect(body).to.have.property('error', 'RequestValidationError');
      },
    }),
  },
  { phase: 'claim', fault: 'slow', shows: OK },
  // An unexpected 4xx says nothing was recorded: not "may be claimed", and its body is passed on.
  {
    phase: 'claim',
    fault: 'method-not-allowed',
    shows: error('bad_response', 405, 'bad_response', {
      body: (body) => {
        expect(body).to.deep.equal({ detail: 'Method Not Allowed' });
      },
    }),
  },
];

/** Requests the widget itself sent to the seat-claim API, counted at `fetch`. */
const sent = { info: 0, claim: 0 };
const realFetch = Object.getOwnPropertyDescriptor(window, 'fetch')!;

function countFetches(): void {
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(`${API}/v1/customer-seats/`)) sent[init?.method === 'POST' ? 'claim' : 'info'] += 1;
    return (realFetch.value as typeof fetch).call(window, input, init);
  };
}

/** Resolves with the next contract event after `act`. */
async function step(el: PolarSeatClaim, act: () => unknown): Promise<CustomEvent> {
  const next = nextEvent(el);
  await act();
  return next;
}

const portalBase = `${API}/__polar-mock/portal`;

/** `info`: the invitation, once it was loaded (the claim phase); the messages then name its organization. */
function expectShown(
  el: PolarSeatClaim,
  event: CustomEvent,
  outcome: Outcome,
  phase: Operation,
  minted: MintResult,
  info?: SeatClaimInfo,
): void {
  if (!outcome.error) {
    expect(event.type).to.equal(phase === 'info' ? 'seat-claim-info' : 'seat-claimed');
    expect(el.status).to.equal(phase === 'info' ? 'ready' : 'claimed');
    expect(part(el, 'error')).to.equal(null);
    return;
  }
  expect(event.type).to.equal('seat-claim-error');
  const detail = event.detail as SeatClaimErrorDetail;
  expect(detail).to.include(outcome.error);
  if (outcome.message) expect(detail.message).to.match(outcome.message);
  // Hosts log error events: the message never carries the invitation token (the info request's URL does).
  expect(detail.message).not.to.contain(minted.token);
  outcome.body?.(detail.body);

  expect(el.status).to.equal('error');
  expect(el.matches(':state(error)')).to.be.true;
  const { title, text: message } = defaultMessages.problems[outcome.problem!];
  expect(shownError(el)).to.deep.equal({ title: format(title, info), text: format(message, info) });
  const retry = part(el, 'retry-button');
  expect(!!retry, 'Retry is offered exactly when it can help').to.equal(
    outcome.error.retryable || !!outcome.reloadable,
  );
  if (retry) expect(retry.classList.contains('primary'), 'Retry is the main action').to.be.true;
  expect(part(el, 'claim-button')).to.equal(null);
  expect(el.shadowRoot!.querySelector('html, head, body, title, center, hr'), 'nothing of a body is rendered').to.equal(
    null,
  );
  const link = part(el, 'portal-link') as HTMLAnchorElement | null;
  expect(link?.href ?? null).to.equal(outcome.portalLink ? `${portalBase}/${minted.organizationSlug}/portal` : null);
  if (link) expect(link.textContent.trim(), 'a sign-in, not a signed-in link').to.equal(defaultMessages.signIn);
  // The problem replaces the invitation: one heading, the problem's.
  const headings = el.shadowRoot!.querySelectorAll('h2');
  expect(headings, 'one heading').to.have.length(1);
  expect(part(el, 'error')!.contains(headings[0]!), "the heading is the problem's").to.be.true;
  if (info) expect(text(el), 'the invitation is replaced').not.to.contain(info.product_name);
}

/** The requests of a phase's operation: the widget's exactly, the fake API's exactly or, for a reset, at least as many. */
async function expectRequests(
  token: string,
  phase: Operation,
  count: number,
  row: FaultRow,
  before?: { info: number; claim: number },
) {
  const expected = phase === 'info' ? { info: count, claim: 0 } : { info: 1, claim: count };
  expect(sent, 'requests the widget sent').to.deep.equal(expected);
  const { info, claim } = await requestsFor(token);
  // A hang ends by the page's short timeout, which may cancel the request before it reaches the fake on a busy machine.
  if (row.fault === 'hang' && !before) expect(phase === 'info' ? info : claim).to.be.at.most(count);
  else if (!row.resent) expect({ info, claim }, 'requests the fake API received').to.deep.equal(expected);
  else if (!before) expect(phase === 'info' ? info : claim).to.be.at.least(count);
  else expect({ info, claim }, 'the retry is one request').to.deep.equal({ ...before, [phase]: before[phase] + 1 });
  return { info, claim };
}

describe('fault matrix', () => {
  /** After a 429, the element's countdown runs on the test's clock: the minute passes without waiting for it. */
  let clock: ReturnType<typeof fakeClock> | undefined;
  beforeEach(() => {
    sent.info = sent.claim = 0;
    countFetches();
  });
  afterEach(() => {
    Object.defineProperty(window, 'fetch', realFetch);
    clock?.restore();
    clock = undefined;
  });

  for (const row of FAULTS) {
    const { fault, phase, shows, retry } = row;
    const name = shows.error
      ? `${shows.error.code} ${shows.error.status}${shows.problem === shows.error.code ? '' : ` (${shows.problem})`}`
      : 'accepted';
    const then = retry
      ? `; Retry: ${retry.error ? retry.problem! : 'succeeds'}`
      : shows.reloadable
        ? '; Retry: loads the invitation again'
        : '';
    it(`${phase} ${fault}: ${name}${then}`, async () => {
      let events: CustomEvent[] = [];
      let first: Promise<CustomEvent> | undefined;
      if (fault === 'rate-limited') clock = fakeClock();
      const { el, minted } = await mountInvitation(
        { [phase]: fault === 'slow' ? { kind: 'slow', delayMs: 100 } : fault },
        (el) => {
          if (phase === 'info' && fault === 'hang') el.timeout = HANG_TIMEOUT;
          events = recordEvents(el);
          first = nextEvent(el);
        },
      );
      let event = await first!;
      let info: SeatClaimInfo | undefined;
      if (phase === 'claim') {
        expect(event.type).to.equal('seat-claim-info');
        info = event.detail as SeatClaimInfo;
        if (fault === 'hang') el.timeout = HANG_TIMEOUT;
        event = await step(el, () => part(el, 'claim-button')!.click());
      }
      expectShown(el, event, shows, phase, minted, info);
      const counted = await expectRequests(minted.token, phase, 1, row);

      if (!shows.error) {
        // Accepted: the claim goes through as usual.
        await el.claim();
        await el.updateComplete;
        expect(events.map((e) => e.type)).to.deep.equal(['seat-claim-info', 'seat-claimed', 'seat-access-ready']);
        await expectRequests(minted.token, 'claim', 1, row);
        return;
      }
      if (shows.reloadable) {
        // Polar refused the request, or its answer made no sense: Retry loads the invitation again (one GET), and the
        // person confirms again: nothing is claimed by the Retry.
        await setFaults(minted.token, { [phase]: null });
        const reloaded = await step(el, async () => {
          part(el, 'retry-button')!.click();
          await el.updateComplete;
          expect(el.status).to.equal('loading');
        });
        expectShown(el, reloaded, OK, 'info', minted);
        const expected = { info: 2, claim: phase === 'claim' ? 1 : 0 };
        expect(sent, 'requests the widget sent').to.deep.equal(expected);
        expect(await requestsFor(minted.token), 'requests the fake API received').to.include(expected);
        expect(events.map((e) => e.type)).to.deep.equal([
          ...(phase === 'claim' ? ['seat-claim-info'] : []),
          'seat-claim-error',
          'seat-claim-info',
        ]);
        return;
      }
      if (!shows.error.retryable) {
        // No Retry: `claim()` rejects with the error shown and sends nothing.
        const code = await el.claim().then(
          () => 'claimed',
          (e: unknown) => (e as { code?: string }).code,
        );
        expect(code).to.equal(shows.error.code);
        await expectRequests(minted.token, phase, 1, row);
        expect(events.map((e) => e.type)).to.deep.equal([
          ...(phase === 'claim' ? ['seat-claim-info'] : []),
          'seat-claim-error',
        ]);
        return;
      }
      // The network heals, the person clicks Retry: the failed step runs again, once.
      await setFaults(minted.token, { [phase]: null });
      // The short timeout only made the hang end: the retry gets the default, whatever the machine's speed.
      el.timeout = undefined;
      if (shows.error.code === 'rate_limited') {
        expect(part(el, 'retry-button')!.getAttribute('aria-disabled'), 'Retry waits after too many tries').to.equal(
          'true',
        );
        while (clock!.pending().length) clock!.next();
        await el.updateComplete;
        expect(part(el, 'retry-button')!.getAttribute('aria-disabled'), 'the wait is over').to.equal('false');
      }
      const retried = await step(el, async () => {
        part(el, 'retry-button')!.click();
        await el.updateComplete;
        expect(el.status).to.equal(phase === 'info' ? 'loading' : 'claiming');
      });
      expectShown(el, retried, retry!, phase, minted, info);
      await expectRequests(minted.token, phase, 2, row, counted);
      expect(events.map((e) => e.type)).to.deep.equal([
        ...(phase === 'claim' ? ['seat-claim-info'] : []),
        'seat-claim-error',
        retried.type,
        // With no wait for benefits, the seat is ready as soon as it is claimed.
        ...(retried.type === 'seat-claimed' ? ['seat-access-ready'] : []),
      ]);
    });
  }
});

type Phase = 'loading' | 'ready' | 'claiming' | 'claimed' | 'error';
/** How a pending `claim()` ended: `claimed`, an error code, or an exception's name. */
const outcomeOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'claimed',
    (e: unknown) => ((e as Error).name === 'SeatClaimError' ? (e as { code: string }).code : (e as Error).name),
  );

/** Each phase: how to get the element there, and the fault that holds it there. */
const PHASES: [phase: Phase, options: MintOptions, enter: (el: PolarSeatClaim, token: string) => Promise<unknown>][] = [
  ['loading', { info: 'hang' }, (_, token) => arrived(token, 'info')],
  ['ready', {}, (el) => reach(el, 'ready')],
  [
    'claiming',
    { claim: 'hang' },
    async (el, token) => {
      await reach(el, 'ready');
      const claiming = outcomeOf(el.claim());
      await arrived(token, 'claim');
      return { claiming };
    },
  ],
  ['claimed', {}, (el) => el.claim()],
  ['error', { info: { kind: 'rate-limited', times: 1 } }, (el) => reach(el, 'error')],
];

/** The same fake API on another origin: a different, valid server. */
const OTHER_SERVER = `http://localhost:${location.port}`;

interface Change {
  name: string;
  apply: (el: PolarSeatClaim, minted: MintResult) => Promise<MintResult | undefined>;
  expect: (
    phase: Phase,
    el: PolarSeatClaim,
    event: CustomEvent,
    minted: MintResult,
    before: { info: number; claim: number },
    fresh?: MintResult,
  ) => Promise<void>;
  /** How a claim in flight when the change came ends. */
  claiming: string;
}

const CHANGES: Change[] = [
  {
    name: 'the token changed',
    apply: async (el) => {
      const fresh = await mint({ productName: 'Second product' });
      el.token = fresh.token;
      return fresh;
    },
    // The new invitation loads; nothing of the old one is shown or announced again.
    expect: async (_, el, event, minted, before, fresh) => {
      expect(event.type).to.equal('seat-claim-info');
      expect((event.detail as { product_name: string }).product_name).to.equal('Second product');
      expect(el.status).to.equal('ready');
      expect(text(el)).to.contain('Second product').and.not.contain('First product');
      expect(await requestsFor(minted.token)).to.include(before);
      expect(await requestsFor(fresh!.token)).to.include({ info: 1, claim: 0 });
    },
    claiming: 'AbortError',
  },
  {
    name: 'the server changed',
    apply: async (el, minted) => {
      await setFaults(minted.token, { info: null, claim: null });
      el.server = OTHER_SERVER;
      return undefined;
    },
    // The invitation loads again from the new server; after a claim the token is spent there too (404).
    expect: async (phase, el, event, minted, before) => {
      if (phase === 'claimed') {
        expect(event.type).to.equal('seat-claim-error');
        expect(event.detail).to.include({ code: 'invalid_token', status: 404, retryable: false });
        expect(el.status).to.equal('error');
        expect(shownError(el).title).to.equal(defaultMessages.problems.invalid_token.title);
      } else {
        expect(event.type).to.equal('seat-claim-info');
        expect(el.status).to.equal('ready');
        expect(text(el)).to.contain('First product');
      }
      const log = await requestsFor(minted.token);
      expect(log).to.include({ info: before.info + 1, claim: before.claim });
      expect(log.requests.at(-1)!.headers.host, 'the new request went to the new server').to.equal(
        new URL(OTHER_SERVER).host,
      );
    },
    claiming: 'AbortError',
  },
  {
    name: 'the server changed to one that cannot work',
    apply: async (el) => {
      el.server = 'ftp://example.com';
      return Promise.resolve(undefined);
    },
    expect: async (_, el, event, minted, before) => {
      expect(event.type).to.equal('seat-claim-error');
      expect(event.detail).to.include({ code: 'config', status: 0, retryable: false });
      expect(el.status).to.equal('error');
      expect(shownError(el).title).to.equal(defaultMessages.problems.config.title);
      expect(await requestsFor(minted.token)).to.include(before);
    },
    claiming: 'config',
  },
];

describe('the token or the server changed in each phase', () => {
  for (const [phase, options, enter] of PHASES) {
    for (const change of CHANGES) {
      it(`${change.name} while ${phase}`, async () => {
        const { el, minted } = await mountInvitation({ ...options, productName: 'First product' });
        const entered = (await enter(el, minted.token)) as { claiming?: Promise<string> } | undefined;
        const { info, claim } = await requestsFor(minted.token);
        expect({ info, claim }).to.deep.equal({ info: 1, claim: phase === 'claiming' || phase === 'claimed' ? 1 : 0 });
        const events = recordEvents(el);
        let fresh: MintResult | undefined;
        const event = await step(el, async () => (fresh = await change.apply(el, minted)));
        await change.expect(phase, el, event, minted, { info, claim }, fresh);
        if (entered?.claiming) expect(await entered.claiming, 'the claim in flight').to.equal(change.claiming);
        expect(
          events.map((e) => e.type),
          'one event, for the new setup',
        ).to.deep.equal([event.type]);
      });
    }
  }
});

describe('removed and added back during a slow answer', () => {
  const SLOW = { kind: 'slow', delayMs: 400 } as const;
  const click = async (el: PolarSeatClaim, token: string) => {
    await reach(el, 'ready');
    part(el, 'claim-button')!.click();
    await arrived(token, 'claim');
  };
  const ROWS: [
    name: string,
    options: MintOptions,
    enter: (el: PolarSeatClaim, token: string) => Promise<unknown>,
    away: Phase | 'idle',
    back: boolean,
    end: Phase,
    requests: { info: number; claim: number },
    events: string[],
  ][] = [
    [
      'loading: the request is aborted, and the invitation loads again on return',
      { info: SLOW },
      (_, token) => arrived(token, 'info'),
      'idle',
      true,
      'ready',
      { info: 2, claim: 0 },
      ['seat-claim-info'],
    ],
    ['ready: nothing is sent', {}, (el) => reach(el, 'ready'), 'ready', true, 'ready', { info: 1, claim: 0 }, []],
    [
      'claiming: the claim goes on and is announced once',
      { claim: SLOW },
      click,
      'claiming',
      true,
      'claimed',
      { info: 1, claim: 1 },
      ['seat-claimed', 'seat-access-ready'],
    ],
    [
      'claiming, never added back: the claim still finishes, and its events wait for the element to return',
      { claim: SLOW },
      click,
      'claiming',
      false,
      'claimed',
      { info: 1, claim: 1 },
      [],
    ],
    [
      'claimed: nothing is sent or announced again',
      {},
      (el) => el.claim(),
      'claimed',
      true,
      'claimed',
      { info: 1, claim: 1 },
      [],
    ],
    [
      'error: the error stays, with its Retry',
      { info: 'rate-limited' },
      (el) => reach(el, 'error'),
      'error',
      true,
      'error',
      { info: 1, claim: 0 },
      [],
    ],
  ];

  for (const [name, options, enter, away, back, end, requests, expected] of ROWS) {
    it(name, async () => {
      const { el, minted } = await mountInvitation(options);
      const parent = el.parentElement!;
      await enter(el, minted.token);
      const events = recordEvents(el);
      el.remove();
      while (el.status !== away) await nextFrame();
      await nextFrame();
      // A claim may finish while the element is away; nothing else changes.
      expect(el.status, 'while away').to.be.oneOf(away === 'claiming' ? ['claiming', 'claimed'] : [away]);
      if (back) parent.append(el);
      // Out of the page, the element announces nothing: its claim() tells when it lands.
      if (end !== el.status) await (back ? reach(el, end as 'ready' | 'claimed') : el.claim());
      // Events held back while away go out with the first render after the return.
      await el.updateComplete;
      expect(el.status).to.equal(end);
      expect(await requestsFor(minted.token)).to.include(requests);
      expect(events.map((e) => e.type)).to.deep.equal(expected);
      if (end === 'error') expect(part(el, 'retry-button')).to.exist;
    });
  }
});
