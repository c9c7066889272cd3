/**
 * Shared helpers for the browser tests: the fake Polar API is served by the test runner on this page's
 * origin, so every request below is real HTTP.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import type { PolarSeatClaim, SeatClaimErrorDetail, SeatClaimStatus } from '../../src/element.js';
import type { Fault } from '../../mock/faults.mjs';
import type { MintOptions, MintResult } from '../../mock/invitations.mjs';
import type { PortalVisit } from '../../mock/portal.mjs';
import type { RecordedRequest, RequestSummary } from '../../mock/request-log.mjs';

// The fake API's own types (JSDoc in mock/), for the tests that build options or read its records.
export type { MintOptions, MintResult, RecordedRequest };

/**
 * The fake API, reached on another origin than the page (127.0.0.1 versus localhost, same server) so that
 * every request goes through CORS exactly as on a merchant's site.
 */
export const API = `http://127.0.0.1:${location.port}`;
const CONTROL = `${API}/__polar-mock`;

/** A fresh invitation on the fake Polar API (tokens are single use). */
export async function mint(options: MintOptions = {}): Promise<MintResult> {
  const response = await fetch(`${CONTROL}/invitations`, { method: 'POST', body: JSON.stringify(options) });
  if (response.status !== 201) throw new Error(`mint failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as MintResult;
}

/** How many info (GET) and claim (POST) requests the fake API received for a token. */
export async function requestsFor(token: string): Promise<RequestSummary> {
  const response = await fetch(`${CONTROL}/requests?token=${encodeURIComponent(token)}`);
  return (await response.json()) as RequestSummary;
}

/**
 * Replaces an invitation's faults on the fake API (`null` clears one), e.g. so that the network has healed
 * by the time the person clicks Retry.
 */
export async function setFaults(token: string, faults: { info?: Fault | null; claim?: Fault | null }): Promise<void> {
  const response = await fetch(`${CONTROL}/faults`, { method: 'POST', body: JSON.stringify({ token, ...faults }) });
  if (!response.ok) throw new Error(`setFaults failed: ${response.status} ${await response.text()}`);
}

/** Resolves when the fake API has received `count` requests of `kind` for the token (it records on arrival). */
export async function arrived(token: string, kind: 'info' | 'claim', count = 1): Promise<void> {
  while ((await requestsFor(token))[kind] < count) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Every navigation to the fake customer portal since the test server started. */
export async function portalVisits(): Promise<PortalVisit[]> {
  return (await (await fetch(`${CONTROL}/portal-visits`)).json()) as PortalVisit[];
}

/** Claims a token behind the element's back, as another tab or device would. */
export async function claimElsewhere(token: string): Promise<void> {
  const response = await fetch(`${API}/v1/customer-seats/claim`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invitation_token: token }),
  });
  if (!response.ok) throw new Error(`claimElsewhere: ${response.status}`);
}

/** Resource Timing entries of requests to the seat-claim API made by this page since `mark()`. */
export function apiRequestsSinceMark(): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
    entry.name.includes('/v1/customer-seats'),
  );
}

export function mark(): void {
  performance.clearResourceTimings();
}

export async function mount(template: TemplateResult): Promise<PolarSeatClaim> {
  return fixture<PolarSeatClaim>(template);
}

/** An element on the fake API, for an invitation minted with `options`. */
export async function mountInvitation(
  options: MintOptions = {},
  extra?: (el: PolarSeatClaim) => void,
): Promise<{ el: PolarSeatClaim; minted: MintResult }> {
  const minted = await mint(options);
  const el = document.createElement('polar-seat-claim');
  el.server = API;
  el.portalUrl = `${CONTROL}/portal`;
  el.token = minted.token;
  // No wait for benefits unless a test is about it: the invitations minted here have none.
  el.grantTimeout = 0;
  extra?.(el);
  await mount(html`${el}`);
  return { el, minted };
}

/** The first `seat-claim-error` that reaches `target` (the element, or the document it bubbles to). */
export async function firstError(target: HTMLElement | Document): Promise<SeatClaimErrorDetail> {
  return new Promise((resolve) =>
    target.addEventListener('seat-claim-error', (e) => resolve((e as CustomEvent<SeatClaimErrorDetail>).detail), {
      once: true,
    }),
  );
}

/** Mounts an element and resolves with its first error event; asserts no request to the API was made. */
export async function refused(template: TemplateResult): Promise<{ el: PolarSeatClaim; detail: SeatClaimErrorDetail }> {
  mark();
  const errored = firstError(document);
  const el = await fixture<PolarSeatClaim>(template);
  const detail = await errored;
  expect(el.status).to.equal('error');
  expect(apiRequestsSinceMark(), 'no request is sent for input that cannot work').to.have.length(0);
  return { el, detail };
}

/**
 * Resolves once the element is in `status`, looked at every frame: for a state that no event announces
 * (`needs-token`). The test's timeout bounds the wait.
 */
export async function settle(el: PolarSeatClaim, status: SeatClaimStatus): Promise<void> {
  while (el.status !== status) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

/**
 * Mounts an element that has no token and resolves once it shows the paste form; asserts that it sent no request
 * and no error event: nothing is wrong until the person pastes something.
 */
export async function waitsForToken(template: TemplateResult): Promise<PolarSeatClaim> {
  mark();
  const errors: Event[] = [];
  const listener = (event: Event) => errors.push(event);
  document.addEventListener('seat-claim-error', listener);
  try {
    const el = await fixture<PolarSeatClaim>(template);
    await settle(el, 'needs-token');
    expect(part(el, 'token-form'), 'the paste form is shown').to.not.equal(null);
    expect(apiRequestsSinceMark(), 'no request is sent without a token').to.have.length(0);
    expect(errors, 'no error event before the person pastes anything').to.have.length(0);
    return el;
  } finally {
    document.removeEventListener('seat-claim-error', listener);
  }
}

const CONTRACT_EVENTS = ['seat-claim-info', 'seat-claimed', 'seat-claim-error', 'seat-access-ready'] as const;

/** The next event of the element's contract, whichever it is; with `expected`, another one fails with its detail. */
export function nextEvent(el: EventTarget, expected?: (typeof CONTRACT_EVENTS)[number]): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const listener = (event: Event) => {
      for (const type of CONTRACT_EVENTS) el.removeEventListener(type, listener);
      if (!expected || event.type === expected) resolve(event as CustomEvent);
      else
        reject(
          new Error(
            `expected ${expected}, got ${event.type} ${JSON.stringify((event as CustomEvent<unknown>).detail)}`,
          ),
        );
    };
    for (const type of CONTRACT_EVENTS) el.addEventListener(type, listener);
  });
}

/**
 * Resolves once the element reaches `status`, woken by the events that announce each state (they are sent
 * after render). Fails at once when it lands on an error instead.
 */
export async function reach(
  el: PolarSeatClaim,
  status: Extract<SeatClaimStatus, 'ready' | 'claimed' | 'error'>,
): Promise<void> {
  while (el.status !== status) {
    const event = await nextEvent(el);
    if (event.type === 'seat-claim-error' && status !== 'error') {
      throw new Error(`expected ${status}, got error ${JSON.stringify(event.detail)}`);
    }
  }
}

/** The error on show: its heading and text. */
export function shownError(el: PolarSeatClaim): { title: string; text: string } {
  const alert = part(el, 'error')!;
  if (alert.getAttribute('role') !== 'alert') throw new Error('the error is not announced as an alert');
  return { title: alert.querySelector('h2')!.textContent.trim(), text: alert.querySelector('p')!.textContent.trim() };
}

/** Waits for `ready`, clicks Claim seat, and resolves with the event that tells how the claim went. */
export async function clickClaim(el: PolarSeatClaim): Promise<CustomEvent> {
  await reach(el, 'ready');
  const outcome = nextEvent(el);
  part(el, 'claim-button')!.click();
  return outcome;
}

export function part(el: PolarSeatClaim, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function text(el: PolarSeatClaim): string {
  return el.shadowRoot!.querySelector('[part=base]')!.textContent.replace(/\s+/g, ' ').trim();
}

/** Captures every event of the element's contract, in order. */
export function recordEvents(el: EventTarget): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const type of CONTRACT_EVENTS) {
    el.addEventListener(type, (event) => events.push(event as CustomEvent));
  }
  return events;
}

/** The portal on the page's own origin, so that a test can read where a frame went. */
export const PORTAL = `${location.origin}/__polar-mock/portal`;

/**
 * A page of its own in a frame, with a claiming, redirecting element, so that a real navigation can happen.
 * `prelude` runs before the element loads.
 */
export function framePage(token: string, prelude = ''): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>
    <script>${prelude}</script>
    <script type="module" src="${location.origin}/src/index.ts"></script>
    <polar-seat-claim server="${API}" portal-url="${PORTAL}" token="${token}" auto-claim redirect></polar-seat-claim>`;
  document.body.append(frame);
  return frame;
}

/** The value of the next `{ type, value }` message a frame posts to this page with this type. */
export function message(type: string): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent<{ type: string; value: unknown } | null>) => {
      if (event.data?.type !== type) return;
      window.removeEventListener('message', listener);
      resolve(event.data.value);
    };
    window.addEventListener('message', listener);
  });
}

/**
 * Claims a fresh invitation in a frame with `redirect` and waits until the frame has navigated: resolves with the
 * session token the `seat-claimed` event carried (handed over by the test's own listener) and the frame, which the
 * caller removes.
 */
export async function claimAndRedirect(
  organizationSlug: string,
): Promise<{ sessionToken: string; frame: HTMLIFrameElement }> {
  const minted = await mint({ organizationSlug });
  const claimed = message('claimed');
  const frame = framePage(
    minted.token,
    `document.addEventListener('seat-claimed', (e) => parent.postMessage({ type: 'claimed', value: e.detail.customerSessionToken }, '*'));`,
  );
  const sessionToken = (await claimed) as string;
  // The frame's own page has loaded by now; the next load is the portal's.
  await oneEvent(frame, 'load');
  return { sessionToken, frame };
}

/**
 * Runs `body` with `query` (`?name=value`) as the page URL's query string, as on a merchant's claim page, and puts
 * the URL back afterwards. `clear` takes the query out of the address bar meanwhile, as a host may.
 */
export async function withPageQuery<T>(query: string, body: (clear: () => void) => Promise<T>): Promise<T> {
  const original = location.href;
  const clear = () => {
    history.replaceState(null, '', original);
  };
  history.replaceState(null, '', query);
  try {
    return await body(clear);
  } finally {
    clear();
  }
}

/** The fake's claim stream for a token: `POST` an action (`grant`, `cut`, `end`, `publish`), or read its counts. */
export async function streamControl(
  token: string,
  body?: { action: 'grant' | 'cut' | 'end' | 'publish'; key?: string; payload?: Record<string, unknown> },
): Promise<{ opened: number; open: number; held: number }> {
  const response = body
    ? await fetch(`${CONTROL}/stream`, { method: 'POST', body: JSON.stringify({ token, ...body }) })
    : await fetch(`${CONTROL}/stream?token=${encodeURIComponent(token)}`);
  if (!response.ok) throw new Error(`stream control failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { opened: number; open: number; held: number };
}

/** The paths the fake API received for a token, in the order they arrived (`GET …/stream`, `POST …/claim`). */
export async function requestOrder(token: string): Promise<string[]> {
  return (await requestsFor(token)).requests.map(
    (request) => `${request.method} ${request.path.replace(token, '{token}')}`,
  );
}

/**
 * Resolves once the element's status is `status`: woken by each render of its card and by its `status` attribute
 * (every state change renders), never by a timer.
 */
export async function waitForStatus(el: PolarSeatClaim, status: SeatClaimStatus): Promise<void> {
  if (el.status === status) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (el.status !== status) return;
      observer.disconnect();
      resolve();
    });
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(el, options);
    if (el.shadowRoot) observer.observe(el.shadowRoot, options);
  });
}

/** A timer set while the page's clock is the test's: how long it asked to wait, and what it runs then. */
export interface PendingTimer {
  ms: number;
  run: () => void;
}

/**
 * The page's `setTimeout` and `clearTimeout` in the test's hands until `restore()`: a timer set meanwhile runs only
 * when the test takes it with `next()`, so a minute's countdown passes without waiting a minute. Mocha keeps its own
 * timers, so test timeouts still run on the real clock.
 */
export function fakeClock() {
  const real = Object.getOwnPropertyDescriptors(window);
  const restore = () => {
    Object.defineProperty(window, 'setTimeout', real.setTimeout);
    Object.defineProperty(window, 'clearTimeout', real.clearTimeout);
  };
  const pending = new Map<number, PendingTimer>();
  let last = 0;
  window.setTimeout = ((run: () => void, ms = 0) => {
    pending.set(++last, { ms, run });
    return last;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void pending.delete(id!)) as typeof window.clearTimeout;
  return {
    /** How long each timer still set asked to wait, oldest first. */
    pending: () => [...pending.values()].map((timer) => timer.ms),
    /** Runs the oldest timer still set, as if its time had come. */
    next(): PendingTimer {
      const [id, timer] = pending.entries().next().value ?? [];
      if (!timer) throw new Error('no timer is set');
      pending.delete(id!);
      timer.run();
      return timer;
    },
    restore,
  };
}

/** Resolves once `found()` is true, checked after each change to the element's shadow tree: woken by rendering. */
export function untilRendered(el: PolarSeatClaim, found: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (found()) return resolve();
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
