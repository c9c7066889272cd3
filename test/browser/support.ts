/**
 * Shared helpers for the browser tests: the fake Polar API is served by the test runner on this page's
 * origin, so every request below is real HTTP.
 */
import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import type { PolarSeatClaim, SeatClaimStatus } from '../../src/element.js';

/**
 * The fake API, reached on another origin than the page (127.0.0.1 versus localhost, same server) so that
 * every request goes through CORS exactly as on a merchant's site.
 */
export const API = `http://127.0.0.1:${location.port}`;
const CONTROL = `${API}/__polar-mock`;

export type Fault = string | { kind: string; times?: number; delayMs?: number };

export interface MintOptions {
  scenario?: string;
  model?: 'member' | 'customer';
  seatBasedPricing?: boolean;
  status?: 'pending' | 'claimed' | 'revoked';
  expired?: boolean;
  canClaim?: boolean;
  productName?: string;
  organizationName?: string;
  organizationSlug?: string;
  customerEmail?: string;
  info?: Fault;
  claim?: Fault;
}

export interface Minted {
  token: string;
  productName: string;
  organizationName: string;
  organizationSlug: string;
  customerEmail: string;
}

/** A fresh invitation on the fake Polar API (tokens are single use). */
export async function mint(options: MintOptions = {}): Promise<Minted> {
  const response = await fetch(`${CONTROL}/invitations`, { method: 'POST', body: JSON.stringify(options) });
  if (response.status !== 201) throw new Error(`mint failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Minted;
}

export interface RecordedRequest {
  method: string;
  path: string;
  rawPath: string;
  headers: Record<string, string>;
  body: string;
}

/** How many info (GET) and claim (POST) requests the fake API received for a token. */
export async function requestsFor(token: string): Promise<{ info: number; claim: number; requests: RecordedRequest[] }> {
  const response = await fetch(`${CONTROL}/requests?token=${encodeURIComponent(token)}`);
  return (await response.json()) as { info: number; claim: number; requests: RecordedRequest[] };
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
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes('/v1/customer-seats'));
}

export function mark(): void {
  performance.clearResourceTimings();
}

export async function mount(template: TemplateResult): Promise<PolarSeatClaim> {
  return fixture<PolarSeatClaim>(template);
}

/** An element on the fake API, for an invitation minted with `options`. */
export async function mountInvitation(options: MintOptions = {}, extra?: (el: PolarSeatClaim) => void): Promise<{ el: PolarSeatClaim; minted: Minted }> {
  const minted = await mint(options);
  const el = document.createElement('polar-seat-claim');
  el.server = API;
  el.portalUrl = `${CONTROL}/portal`;
  el.token = minted.token;
  extra?.(el);
  await mount(html`${el}`);
  return { el, minted };
}

const CONTRACT_EVENTS = ['seat-claim-info', 'seat-claimed', 'seat-claim-error'] as const;

/** The next event of the element's contract, whichever it is. */
export function nextEvent(el: EventTarget): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      for (const type of CONTRACT_EVENTS) el.removeEventListener(type, listener);
      resolve(event as CustomEvent);
    };
    for (const type of CONTRACT_EVENTS) el.addEventListener(type, listener);
  });
}

/**
 * Resolves once the element reaches `status`, woken by the events that announce each state (they are sent
 * after render). Fails at once when it lands on an error instead.
 */
export async function reach(el: PolarSeatClaim, status: Extract<SeatClaimStatus, 'ready' | 'claimed' | 'error'>): Promise<void> {
  while (el.status !== status) {
    const event = await nextEvent(el);
    if (event.type === 'seat-claim-error' && status !== 'error') {
      throw new Error(`expected ${status}, got error ${JSON.stringify(event.detail)}`);
    }
  }
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
