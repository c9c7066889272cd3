/**
 * The element's life on a page: upgrade after properties were set, and exactly one request per step however
 * the page moves, re-renders or clicks. Token or server changes and removals during each phase are in
 * faults.test.ts.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PolarSeatClaim, SeatClaimError } from '../../src/element.js';
import { defaultMessages, format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import {
  API,
  PORTAL,
  arrived,
  claimElsewhere,
  firstError,
  mint,
  mountInvitation,
  part,
  reach,
  recordEvents,
  requestsFor,
  shownError,
  withPageQuery,
  type MintOptions,
} from './support.js';

describe('lifecycle', () => {
  it('a property set before upgrade is picked up', async () => {
    const minted = await mint();
    // Not upgraded yet: a plain element with own properties, as a framework would create it.
    const el = document.createElement('polar-seat-claim-late') as unknown as PolarSeatClaim;
    Object.assign(el, { token: minted.token, server: API });
    document.body.append(el);
    const { PolarSeatClaim: Class } = await import('../../src/element.js');
    customElements.define('polar-seat-claim-late', class extends Class {});
    try {
      await reach(el, 'ready');
      expect(await requestsFor(minted.token)).to.include({ info: 1 });
    } finally {
      el.remove();
    }
  });
});

describe('token-param before upgrade', () => {
  it('a tokenParam set before upgrade reads the page URL', async () => {
    const minted = await mint();
    const el = document.createElement('polar-seat-claim-late-param') as unknown as PolarSeatClaim;
    const { PolarSeatClaim: Class } = await import('../../src/element.js');
    await withPageQuery(`?invite=${minted.token}`, async (clear) => {
      Object.assign(el, { tokenParam: 'invite', server: API });
      document.body.append(el);
      customElements.define('polar-seat-claim-late-param', class extends Class {});
      // The host takes the token out of the address bar as soon as the element is defined.
      clear();
      await reach(el, 'ready');
      expect(el.tokenParam).to.equal('invite');
    }).finally(() => {
      el.remove();
    });
  });
});

describe('exactly one GET per token and one POST per claim', () => {
  /** Removes and re-inserts the element 50 times; `between` runs while it is out of the page. */
  async function moves(el: PolarSeatClaim, between?: () => Promise<unknown>): Promise<void> {
    const parent = el.parentElement!;
    for (let i = 0; i < 50; i++) {
      el.remove();
      if (between) await between(); // Without it, no await: the move happens within one task.
      parent.append(el);
    }
  }

  /** A mouse click, the `detail`-th of a quick series: the browser counts them by time and place, whatever is under the pointer. */
  function mouseClick(button: HTMLElement, detail: number): void {
    button.dispatchEvent(new MouseEvent('click', { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /** Clicks as a mouse does: a double click is two clicks (detail 1, 2), a triple click three. */
  function clicks(button: HTMLElement, count: number): void {
    for (let detail = 1; detail <= count; detail++) mouseClick(button, detail);
  }

  const slow = { kind: 'slow', delayMs: 200 } as const;
  const ROWS: [name: string, options: MintOptions, act: (el: PolarSeatClaim, token: string) => Promise<void>][] = [
    [
      // A node moved within the page is removed and re-inserted in the same task (a framework's keyed list).
      '50 moves within one task while loading',
      { info: slow },
      async (el, token) => {
        await arrived(token, 'info');
        await moves(el);
      },
    ],
    [
      '50 removals and re-insertions, a frame apart, while ready',
      {},
      async (el) => {
        await reach(el, 'ready');
        await moves(el, nextFrame);
      },
    ],
    [
      '50 removals and re-insertions, a frame apart, while claiming',
      { claim: { kind: 'slow', delayMs: 500 } },
      async (el, token) => {
        await reach(el, 'ready');
        part(el, 'claim-button')!.click();
        await arrived(token, 'claim');
        await moves(el, nextFrame);
      },
    ],
    [
      'attribute and property churn to the same values while loading and while ready',
      { info: slow },
      async (el, token) => {
        for (const phase of ['loading', 'ready'] as const) {
          if (phase === 'ready') await reach(el, 'ready');
          for (let i = 0; i < 5; i++) {
            el.setAttribute('token', token);
            el.setAttribute('token', ` ${token}\n`); // the token is trimmed: the same invitation
            el.setAttribute('server', API);
            el.server = API;
            el.theme = i % 2 ? 'dark' : 'light';
            el.timeout = 20_000 + i;
            el.requestUpdate();
            await el.updateComplete;
          }
          expect(el.status).to.equal(phase);
        }
      },
    ],
    [
      // Neither is another invitation: the API base is the same, and portal-url only changes the link.
      'the same server spelled otherwise, and another portal-url, while loading, ready and claiming',
      { info: slow, claim: slow },
      async (el, token) => {
        const churn = async (i: number) => {
          el.server = [`${API}/`, ` ${API}//`, API][i % 3]!;
          el.portalUrl = i % 2 ? PORTAL : `${PORTAL}/`;
          await el.updateComplete;
        };
        for (let i = 0; i < 3; i++) await churn(i);
        expect(el.status).to.equal('loading');
        await reach(el, 'ready');
        for (let i = 0; i < 3; i++) await churn(i);
        part(el, 'claim-button')!.click();
        await arrived(token, 'claim');
        for (let i = 0; i < 3; i++) await churn(i);
        // Not wiped back to loading or ready: on a busy machine the slow claim may have landed meanwhile.
        expect(el.status).to.be.oneOf(['claiming', 'claimed']);
      },
    ],
    [
      'double and triple clicks, before and during the claim, and Enter',
      { claim: slow },
      async (el) => {
        await reach(el, 'ready');
        clicks(part(el, 'claim-button')!, 2);
        clicks(part(el, 'claim-button')!, 3);
        await el.updateComplete;
        expect(el.status).to.equal('claiming');
        clicks(part(el, 'claim-button')!, 3);
        // A real Enter on the busy button: the browser turns it into a click (detail 0).
        part(el, 'claim-button')!.focus();
        await sendKeys({ press: 'Enter' });
      },
    ],
  ];

  for (const [name, options, act] of ROWS) {
    it(name, async () => {
      const { el, minted } = await mountInvitation(options);
      await act(el, minted.token);
      // Claims (or joins the claim in flight), then asks again: the seat is not claimed twice.
      const { seat } = await el.claim();
      expect((await el.claim()).seat.id).to.equal(seat.id);
      expect(el.status).to.equal('claimed');
      expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
    });
  }

  it('a new portal-url after the claim only changes the link', async () => {
    const { el, minted } = await mountInvitation({}, (el) => (el.portalUrl = PORTAL));
    await el.claim();
    // The claim's own events (seat-claimed, seat-access-ready) are out once its state has rendered.
    await el.updateComplete;
    const events = recordEvents(el);
    el.portalUrl = `${PORTAL}/other`;
    await el.updateComplete;
    expect(el.status).to.equal('claimed');
    // The link holds no session: the element adds it as the link is followed.
    expect(part(el, 'portal-link')!.getAttribute('href')).to.equal(`${PORTAL}/other/${minted.organizationSlug}/portal`);
    expect(events).to.have.length(0);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it('claim() right after a new token claims the new invitation, from ready and from claimed', async () => {
    const { el, minted } = await mountInvitation();
    await reach(el, 'ready');
    const second = await mint();
    el.token = second.token;
    const { seat } = await el.claim();
    expect(await requestsFor(second.token)).to.include({ info: 1, claim: 1 });
    expect(await requestsFor(minted.token)).to.include({ claim: 0 });
    const third = await mint();
    el.token = third.token;
    expect((await el.claim()).seat.id).to.not.equal(seat.id);
    expect(await requestsFor(third.token)).to.include({ info: 1, claim: 1 });
  });

  it('a claim cut off by a setting made unusable is remembered: a 404 for its token afterwards means "may already be claimed"', async () => {
    const { el, minted } = await mountInvitation({ claim: { kind: 'slow', delayMs: 300, times: 1 } });
    await reach(el, 'ready');
    const claiming = el.claim().then(
      () => undefined,
      (error: unknown) => (error as SeatClaimError).code,
    );
    await arrived(minted.token, 'claim');
    el.portalUrl = 'ftp://typo';
    expect(await claiming).to.equal('config');
    // Polar recorded the claim whose answer the page never read.
    await claimElsewhere(minted.token);
    const events = recordEvents(el);
    const errored = firstError(el);
    el.portalUrl = PORTAL;
    expect((await errored).code).to.equal('invalid_token');
    await el.updateComplete;
    expect(shownError(el).title).to.equal(defaultMessages.problems.maybe_claimed.title);
    expect(events.map((event) => event.type)).to.deep.equal(['seat-claim-error']);
    expect(part(el, 'portal-link')).to.not.equal(null);
  });

  it('back to a token this element claimed: the claim is shown again, without asking Polar or announcing it', async () => {
    const { el, minted } = await mountInvitation();
    const { seat } = await el.claim();
    el.token = (await mint()).token;
    await reach(el, 'ready');
    const events = recordEvents(el);
    el.token = minted.token;
    while (el.status !== 'claimed') await nextFrame();
    expect((await el.claim()).seat.id).to.equal(seat.id);
    expect(part(el, 'heading')!.textContent).to.equal(
      format(defaultMessages.claimedHeading, { organization_name: minted.organizationName } as SeatClaimInfo),
    );
    expect(events).to.deep.equal([]);
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

  it("a double click whose second click lands on the Claim button that took Retry's place claims nothing", async () => {
    // A failure Retry answers at once: after a 429, Retry waits out its countdown first.
    const { el, minted } = await mountInvitation({ info: { kind: 'bad-gateway', times: 1 } });
    await reach(el, 'error');
    mouseClick(part(el, 'retry-button')!, 1);
    await reach(el, 'ready');
    mouseClick(part(el, 'claim-button')!, 2);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(await requestsFor(minted.token)).to.include({ claim: 0 });
    mouseClick(part(el, 'claim-button')!, 1);
    await reach(el, 'claimed');
  });

  it('a double click on Retry after a failed load loads once and claims nothing: the person still confirms', async () => {
    // A failure Retry answers at once: after a 429, Retry waits out its countdown first.
    const { el, minted } = await mountInvitation({ info: { kind: 'bad-gateway', times: 1 } });
    await reach(el, 'error');
    const retry = part(el, 'retry-button')!;
    retry.click();
    retry.click();
    await reach(el, 'ready');
    await el.updateComplete;
    expect(await requestsFor(minted.token)).to.include({ info: 2, claim: 0 });
    expect(el.status).to.equal('ready');
  });
});
