/**
 * The card keeps its size through a whole claim: the loading card is a skeleton as tall as the invitation, the
 * Claim button keeps its width when it turns busy, and the claimed card (waiting for benefits, then done) is as tall
 * as the invitation was. Measured as the browser's layout-shift entries where the engine reports them (Chromium),
 * and everywhere as the card's box and the position of the text under it at each state.
 */
import { expect } from '@open-wc/testing';
import { API, mountInvitation, nextEvent, part, reach, untilRendered } from './support.js';
import type { PolarSeatClaim } from '../../src/element.js';

/** Collects the page's layout-shift entries from now on, where the engine has them (Chromium); undefined elsewhere. */
function watchLayoutShifts(): (() => number[]) | undefined {
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return undefined;
  const shifts: number[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) shifts.push((entry as PerformanceEntry & { value: number }).value);
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return () => {
    record(observer.takeRecords());
    observer.disconnect();
    return shifts;
  };
}

/** Resolves after the page has rendered the next frame: layout-shift entries of what changed are then out. */
async function nextFrame(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

function box(el: PolarSeatClaim, below: Element) {
  const { width, height, top } = el.getBoundingClientRect();
  return { width, height, top, belowTop: below.getBoundingClientRect().top };
}

async function streamControl(token: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${API}/__polar-mock/stream`, {
    method: 'POST',
    body: JSON.stringify({ token, ...body }),
  });
  if (!response.ok) throw new Error(`stream control failed: ${response.status} ${await response.text()}`);
}

describe('no layout shift', () => {
  it('nothing on the page moves from loading to claimed, through claiming and the wait for benefits', async () => {
    const shifts = watchLayoutShifts();
    // Names that fit one line in every engine's default font: a name that wraps makes the card taller, as it should.
    const names = { productName: 'Team plan', organizationName: 'Acme', customerEmail: 'jo@example.com' };
    const { el, minted } = await mountInvitation(
      { ...names, benefits: ['discord', 'license_keys'], holdGrants: true },
      (el) => {
        el.grantTimeout = 60_000;
      },
    );
    const below = document.createElement('p');
    below.textContent = 'The page under the card';
    el.after(below);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    const boxes: Record<string, ReturnType<typeof box>> = { loading: box(el, below) };

    await reach(el, 'ready');
    boxes.ready = box(el, below);
    const button = part(el, 'claim-button')!;
    const width = button.getBoundingClientRect().width;

    const claimed = nextEvent(el, 'seat-claimed');
    button.click();
    await el.updateComplete;
    expect(el.status).to.equal('claiming');
    boxes.claiming = box(el, below);
    expect(part(el, 'claim-button')!.getBoundingClientRect().width, 'the busy button is as wide').to.equal(width);

    await claimed;
    await el.updateComplete;
    expect(el.status).to.equal('granting');
    boxes.granting = box(el, below);
    const ready = nextEvent(el, 'seat-access-ready');
    await streamControl(minted.token, { action: 'grant' });
    await untilRendered(el, () => !!part(el, 'benefits')?.textContent.trim());
    boxes.benefits = box(el, below);

    await ready;
    await el.updateComplete;
    expect(el.status).to.equal('claimed');
    boxes.claimed = box(el, below);
    await nextFrame();

    for (const [state, seen] of Object.entries(boxes)) expect(seen, state).to.deep.equal(boxes.loading);
    expect(shifts?.() ?? [], 'layout-shift entries').to.deep.equal([]);
  });

  it('the Claim button is as wide busy as idle, whichever label is longer', async () => {
    const { el } = await mountInvitation({}, (el) => {
      el.messages = { claim: 'Go', claiming: 'Accepting your invitation, one moment…' };
    });
    await reach(el, 'ready');
    const idle = part(el, 'claim-button')!.getBoundingClientRect().width;
    const claimed = nextEvent(el, 'seat-claimed');
    part(el, 'claim-button')!.click();
    await el.updateComplete;
    expect(part(el, 'claim-button')!.getBoundingClientRect().width).to.equal(idle);
    expect(part(el, 'claim-button')!.textContent.trim()).to.equal('Accepting your invitation, one moment…');
    await claimed;
  });
});
