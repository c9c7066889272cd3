/**
 * A page rendered on the server with @lit-labs/ssr (test/runner/ssr-pages.mjs renders it in Node from the sources):
 * the card's loading state arrives as declarative shadow DOM, and Lit's hydration support is loaded before the
 * element's module. The element must take over the server's card rather than render a second one, load the
 * invitation with one GET, and keep its size: layout shifts are measured where the engine reports them (Chromium's
 * `layout-shift` entries), and everywhere as the element's height and the position of the text under it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { API, mint, requestsFor } from './support.js';
import type { PolarSeatClaim } from '../../src/element.js';
import { frameElement, loadElement, nextFrame, openFrame } from './frame.js';

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** A fresh invitation's server-rendered page in a frame, the element not defined yet. */
async function serverRenderedPage(): Promise<{ token: string; el: PolarSeatClaim; below: HTMLElement }> {
  const { token } = await mint();
  frame = await openFrame(`/__ssr/hydration?token=${encodeURIComponent(token)}&server=${encodeURIComponent(API)}`);
  const el = frameElement(frame);
  expect(el.matches(':defined'), 'the element module is not loaded yet').to.be.false;
  return { token, el, below: frame.contentDocument!.querySelector<HTMLElement>('#below')! };
}

/** The element's height and the top of the text under it, as laid out now. */
function box(el: HTMLElement, below: HTMLElement): { height: number; belowTop: number } {
  return { height: el.getBoundingClientRect().height, belowTop: below.getBoundingClientRect().top };
}

/** Collects the frame's layout-shift entries, where the engine has them (Chromium); undefined elsewhere. */
function watchLayoutShifts(target: HTMLIFrameElement): (() => number[]) | undefined {
  const view = target.contentWindow! as Window & typeof globalThis;
  if (!view.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return undefined;
  const shifts: number[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) shifts.push((entry as PerformanceEntry & { value: number }).value);
  };
  const observer = new view.PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  return () => {
    record(observer.takeRecords());
    observer.disconnect();
    return shifts;
  };
}

describe('hydrating the server-rendered card', () => {
  it('takes over the server-rendered card in place and loads the invitation with exactly one GET', async () => {
    const { token, el } = await serverRenderedPage();
    const serverCard = el.shadowRoot!.querySelector('.card');
    expect(serverCard, 'the declarative shadow root holds the card').to.exist;
    expect(el.shadowRoot!.querySelector('.loading'), 'in its loading state').to.exist;

    const info = oneEvent(el, 'seat-claim-info');
    await loadElement(frame!);
    await info;

    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.card')).to.equal(serverCard);
    expect(el.shadowRoot!.querySelector('[part=claim-button]')).to.exist;
    const requests = await requestsFor(token);
    expect([requests.info, requests.claim]).to.deep.equal([1, 0]);
  });

  it('keeps the height the server rendered while hydrating', async () => {
    const { el, below } = await serverRenderedPage();
    const before = box(el, below);
    expect(before.height).to.be.greaterThan(0);

    await loadElement(frame!);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(box(el, below)).to.deep.equal(before);
  });

  it('tells assistive technology that the hydrated loading card is busy, as a client-rendered one does', async () => {
    const { el } = await serverRenderedPage();
    await loadElement(frame!);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
  });

  it('does not move the page when the invitation arrives: the loading card is as tall as the ready one', async () => {
    const { el, below } = await serverRenderedPage();
    const shifts = watchLayoutShifts(frame!);
    const before = box(el, below);

    const info = oneEvent(el, 'seat-claim-info');
    await loadElement(frame!);
    await info;
    await nextFrame(frame!);

    // Where the engine reports layout shifts, none; everywhere, the same box from the server's card to the ready one.
    expect({ ...box(el, below), shifts: shifts?.() ?? [] }).to.deep.equal({ ...before, shifts: [] });
  });
});
