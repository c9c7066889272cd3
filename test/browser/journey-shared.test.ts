/**
 * One invitation, many elements (issue #12 §3): elements of the page share one record per invitation, so two
 * elements, a re-render, a reload of the tab or a second copy of the code cost one GET and one POST, and none of
 * them shows a false error. Pages that navigate or reload run in frames; the token checks read the fake's log.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { defaultMessages, type PolarSeatClaim, type SeatClaimedDetail, type SeatClaimInfo } from '../../src/element.js';
import { format } from '../../src/messages.js';
import {
  API,
  PORTAL,
  message,
  mint,
  mount,
  part,
  portalVisits,
  reach,
  recordEvents,
  requestsFor,
  text,
  waitForStatus,
} from './support.js';

/** A page of its own in a frame, loaded; `head` runs before the element's module. */
async function framed(body: string, head = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>${head}<script type="module" src="${location.origin}/src/index.ts"></script>${body}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('polar-seat-claim');
  return frame;
}

const inFrame = (frame: HTMLIFrameElement, selector = 'polar-seat-claim') =>
  frame.contentDocument!.querySelector(selector) as PolarSeatClaim;

/** Resolves once `condition()` holds, checked at each animation frame of this page. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

function storageEntries(): string[] {
  return Object.keys(sessionStorage).map((key) => `${key}=${sessionStorage.getItem(key)}`);
}

describe('journey: one invitation shared by the page', () => {
  it('two elements with one token: one GET, one POST, both claimed, no error', async () => {
    const { token } = await mint();
    const container = await mount(
      html`<div>
        <polar-seat-claim server=${API} token=${token} grant-timeout="0"></polar-seat-claim>
        <polar-seat-claim server=${API} token=${token} grant-timeout="0"></polar-seat-claim>
      </div>`,
    );
    const [first, second] = [...container.querySelectorAll('polar-seat-claim')];
    const errors: unknown[] = [];
    container.addEventListener('seat-claim-error', (event) => errors.push((event as CustomEvent).detail));
    await Promise.all([reach(first!, 'ready'), reach(second!, 'ready')]);
    part(first!, 'claim-button')!.click();
    await Promise.all([reach(first!, 'claimed'), reach(second!, 'claimed')]);
    expect(errors).to.deep.equal([]);
    const log = await requestsFor(token);
    expect([log.info, log.claim]).to.deep.equal([1, 1]);
  });

  it('an innerHTML re-render after the claim shows the claim, with no GET and no event', async () => {
    const { token, organizationName } = await mint();
    const markup = `<polar-seat-claim server="${API}" token="${token}" grant-timeout="0"></polar-seat-claim>`;
    const container = await mount(html`<div></div>`);
    container.innerHTML = markup;
    const before = container.querySelector('polar-seat-claim')!;
    await reach(before, 'ready');
    part(before, 'claim-button')!.click();
    await reach(before, 'claimed');

    container.innerHTML = markup;
    const after = container.querySelector('polar-seat-claim')!;
    expect(after).to.not.equal(before);
    const events = recordEvents(container);
    await waitForStatus(after, 'claimed');
    await after.updateComplete;
    expect(part(after, 'heading')!.textContent).to.equal(
      format(defaultMessages.claimedHeading, { organization_name: organizationName } as SeatClaimInfo),
    );
    expect(events.map((event) => event.type)).to.deep.equal([]);
    const log = await requestsFor(token);
    expect([log.info, log.claim]).to.deep.equal([1, 1]);
  });

  it('a reload after the claim shows "already claimed" with a sign-in link, asks nothing, and stores no token', async () => {
    const organizationSlug = `reload-${Math.random().toString(36).slice(2)}`;
    const { token, organizationName } = await mint({ organizationSlug });
    const claimed = message('claimed');
    const stored = Object.keys(sessionStorage).length;
    const frame = await framed(
      `<polar-seat-claim server="${API}" portal-url="${PORTAL}" token="${token}" grant-timeout="0" auto-claim>
      </polar-seat-claim>`,
      `<script>document.addEventListener('seat-claimed', (e) =>
        parent.postMessage({ type: 'claimed', value: e.detail.customerSessionToken }, '*'));</script>`,
    );
    try {
      const sessionToken = (await claimed) as string;
      expect(sessionToken).to.be.a('string').and.not.equal('');
      // The frame shares this tab's sessionStorage: the claim is remembered once a new entry is there.
      await until(() => Object.keys(sessionStorage).length > stored);

      const reloaded = oneEvent(frame, 'load');
      frame.contentWindow!.location.reload();
      await reloaded;
      await frame.contentWindow!.customElements.whenDefined('polar-seat-claim');
      const el = inFrame(frame);
      await waitForStatus(el, 'claimed');
      expect(part(el, 'heading')!.textContent).to.equal(
        format(defaultMessages.alreadyClaimedHeading, { organization_name: organizationName } as SeatClaimInfo),
      );
      expect(part(el, 'portal-link')?.textContent.trim()).to.equal(defaultMessages.signIn);
      expect(part(el, 'portal-link')?.getAttribute('href')).to.equal(`${PORTAL}/${organizationSlug}/portal`);
      const log = await requestsFor(token);
      expect([log.info, log.claim], 'no GET after the reload').to.deep.equal([1, 1]);

      for (const entry of storageEntries()) {
        expect(entry).to.not.include(token);
        expect(entry).to.not.include(sessionToken);
      }
    } finally {
      frame.remove();
    }
  });

  it('removed mid-claim with redirect: the claim settles, nothing navigates, and the events wait for its return', async () => {
    const organizationSlug = `removed-${Math.random().toString(36).slice(2)}`;
    const { token } = await mint({ organizationSlug });
    const frame = await framed(
      `<polar-seat-claim server="${API}" portal-url="${PORTAL}" token="${token}" grant-timeout="0" redirect>
      </polar-seat-claim>`,
    );
    try {
      const doc = frame.contentDocument!;
      const el = inFrame(frame);
      await waitForStatus(el, 'ready');
      const events = recordEvents(doc);
      const claiming = el.claim();
      expect(el.status).to.equal('claiming');
      el.remove();
      const detail: SeatClaimedDetail = await claiming;
      expect(detail.customerSessionToken).to.be.a('string');
      expect(el.status).to.equal('claimed');
      expect(
        events.map((event) => event.type),
        'no event while out of the page',
      ).to.deep.equal([]);

      const access = oneEvent(doc as unknown as EventTarget, 'seat-access-ready');
      doc.body.append(el);
      await access;
      expect(events.map((event) => event.type)).to.deep.equal(['seat-claimed', 'seat-access-ready']);
      await el.updateComplete;
      expect(text(el)).to.not.include(defaultMessages.redirecting);
      expect(frame.contentDocument, 'the frame is still on its page').to.equal(doc);
      expect((await portalVisits()).filter((visit) => visit.slug === organizationSlug)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('two copies of the code (CDN bundle and npm module) with one token: one GET, one POST', async () => {
    const { token } = await mint();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html>
      <script type="module" src="${location.origin}/dist/cdn/polar-seat-claim.js"></script>
      <script type="module">
        import { defineSeatClaim } from '${location.origin}/src/element.ts';
        defineSeatClaim('polar-seat-claim-b');
      </script>`;
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    try {
      await loaded;
      const registry = frame.contentWindow!.customElements;
      await Promise.all([registry.whenDefined('polar-seat-claim'), registry.whenDefined('polar-seat-claim-b')]);
      expect(registry.get('polar-seat-claim'), 'two copies').to.not.equal(registry.get('polar-seat-claim-b'));
      // Both on the page at once, as in one server-rendered page: they show the invitation together. (One that
      // comes after the details arrived asks again, as the token may have been claimed meanwhile.)
      frame.contentDocument!.body.innerHTML = `
        <polar-seat-claim server="${API}" token="${token}" grant-timeout="0"></polar-seat-claim>
        <polar-seat-claim-b server="${API}" token="${token}" grant-timeout="0"></polar-seat-claim-b>`;
      const cdn = inFrame(frame);
      const npm = inFrame(frame, 'polar-seat-claim-b');
      const errors: unknown[] = [];
      frame.contentDocument!.addEventListener('seat-claim-error', (event) => errors.push(event));
      await Promise.all([waitForStatus(cdn, 'ready'), waitForStatus(npm, 'ready')]);
      part(cdn, 'claim-button')!.click();
      await Promise.all([waitForStatus(cdn, 'claimed'), waitForStatus(npm, 'claimed')]);
      expect(errors).to.have.length(0);
      const log = await requestsFor(token);
      expect([log.info, log.claim]).to.deep.equal([1, 1]);
    } finally {
      frame.remove();
    }
  });
});
