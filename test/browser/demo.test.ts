/**
 * The demo page (demo/index.html) in a frame, on the fake Polar API that the test runner serves on this
 * origin: a person picks a scenario and claims the seat; the page logs it without ever showing a credential.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { nextEvent } from './support.js';

/** Resolves with `find()`'s first truthy answer, checked again on every change of the frame's DOM. */
function whenFound<T>(root: Node, find: () => T | null | undefined | false): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (!found) return false;
      observer.disconnect();
      resolve(found);
      return true;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** Opens the demo page in a frame and resolves once it has loaded. */
async function openDemo(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.cssText = 'width: 1200px; height: 900px; border: 0';
  const loaded = oneEvent(frame, 'load');
  frame.src = `/demo/index.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A fresh invitation of a scenario of the fake API that the test runner serves. */
async function mint(scenario: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${location.port}/__polar-mock/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario }),
  });
  return ((await response.json()) as { token: string }).token;
}

function scenarioRadio(doc: Document, name: string): Promise<HTMLInputElement> {
  return whenFound(doc, () => doc.querySelector<HTMLInputElement>(`input[name="scenario"][value="${name}"]`));
}

describe('demo page', () => {
  let frame: HTMLIFrameElement | undefined;

  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('claims a seat for the valid scenario and logs seat-claimed with the session token masked', async () => {
    // Starts on another scenario, so that picking the valid one is a change the page must act on.
    frame = await openDemo('scenario=expired');
    const doc = frame.contentDocument!;
    // The first scenario's answer first, or its error could arrive after the switch and be taken for the new one's.
    await whenFound(doc, () => doc.querySelector('#event-log .log-entry[data-kind="seat-claim-error"]'));

    const infoLoaded = nextEvent(doc, 'seat-claim-info');
    (await scenarioRadio(doc, 'valid-member')).click();
    const seatClaim = (await infoLoaded).target as PolarSeatClaim;
    expect(seatClaim.status).to.equal('ready');
    expect(seatClaim.server, 'the API on the other loopback name: a cross-origin call').to.equal(
      `http://127.0.0.1:${location.port}`,
    );

    const claimed = nextEvent(doc, 'seat-claimed');
    seatClaim.shadowRoot!.querySelector<HTMLButtonElement>('[part~="claim-button"]')!.click();
    const { customerSessionToken } = (await claimed).detail as { customerSessionToken: string };
    expect(customerSessionToken).to.match(/^polar_mst_[\w-]{20,}$/);

    const entry = await whenFound(doc, () => doc.querySelector('#event-log .log-entry[data-kind="seat-claimed"]'));
    expect(entry.textContent).to.contain('"customerSessionToken": "polar_mst_••••••••"');
    expect(entry.textContent).to.contain('"status": "claimed"');
    await whenFound(doc, () => doc.querySelector('#status')?.textContent === 'claimed');

    // Neither credential anywhere in the page: not in its text, not in an attribute, not even in part.
    const secret = customerSessionToken.slice('polar_mst_'.length);
    const invitationToken = seatClaim.token!;
    for (const [name, text] of [
      ['text', doc.documentElement.textContent],
      ['markup', doc.documentElement.outerHTML],
    ] as const) {
      expect(text, name).not.to.contain(secret);
      expect(text, name).not.to.contain(invitationToken);
    }
  });

  it('shows the markup for the current settings: the bundle of this checkout and the fake API, no token', async () => {
    frame = await openDemo('scenario=valid-member&theme=light');
    const doc = frame.contentDocument!;
    const seatClaim = await whenFound(doc, () => doc.querySelector<PolarSeatClaim>('polar-seat-claim'));
    const api = `http://127.0.0.1:${location.port}`;

    doc.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    const markup = doc.querySelector('#markup')!.textContent;
    expect(seatClaim.theme).to.equal('dark');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    expect(markup).to.contain(`<script type="module" src="${location.origin}/dist/cdn/polar-seat-claim.js"></script>`);
    expect(markup).to.contain(`<link rel="preconnect" href="${api}" crossorigin>`);
    expect(markup).to.contain('<polar-seat-claim');
    expect(markup).to.contain('token-param="token"');
    // The demo reaches its API under the other loopback name, so requests cross origins as on a real site.
    expect(markup).to.contain(`server="${api}"`);
    expect(markup).to.contain(`portal-url="${api}/__polar-mock/portal"`);
    expect(seatClaim.server).to.equal(api);
    expect(markup).to.contain('theme="dark"');
    expect(markup).not.to.contain(seatClaim.token!);

    doc.querySelector<HTMLInputElement>('input[name="theme"][value="branded"]')!.click();
    const branded = doc.querySelector('#markup')!.textContent;
    expect(seatClaim.classList.contains('acme-brand')).to.be.true;
    expect(branded).to.contain('::part(claim-button)');
    expect(branded).to.contain('--polar-seat-claim-accent:');
    expect(
      frame.contentWindow!.getComputedStyle(seatClaim).getPropertyValue('--polar-seat-claim-accent').trim(),
    ).to.equal('#6d28d9');
  });

  it('shows the card in the language picked, loaded on demand, and puts lang in the markup', async () => {
    frame = await openDemo('scenario=valid-member&theme=light');
    const doc = frame.contentDocument!;
    const seatClaim = await whenFound(doc, () => doc.querySelector<PolarSeatClaim>('polar-seat-claim'));
    const { default: german } = await import('../../src/locales/de.js');
    const select = doc.querySelector<HTMLSelectElement>('#lang')!;
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    const card = () => seatClaim.shadowRoot!.querySelector('[part~="base"]');
    await whenFound(
      seatClaim.shadowRoot!,
      () => card()?.getAttribute('lang') === 'de' && card()!.querySelector('button'),
    );
    expect(card()!.querySelector('[part~="claim-button"]')!.textContent.trim()).to.equal(german.claim);
    expect(doc.querySelector('#markup')!.textContent).to.contain('lang="de"');
    expect(new URL(frame.contentWindow!.location.href).searchParams.get('lang')).to.equal('de');
  });

  it('the copied markup, alone on a page, loads the element from this checkout and claims on the fake API', async () => {
    frame = await openDemo('scenario=valid-member');
    const doc = frame.contentDocument!;
    const markup = await whenFound(doc, () => doc.querySelector('#markup')?.textContent);
    const link = `https://polar.sh/acme/portal/claim?token=${await mint('valid-member')}`;

    // A page that holds nothing but the markup; with no ?token= in its address, the element asks for the link.
    const page = URL.createObjectURL(new Blob([`<!doctype html>\n${markup}`], { type: 'text/html' }));
    const alone = document.createElement('iframe');
    alone.title = 'the copied markup';
    const loaded = oneEvent(alone, 'load');
    alone.src = page;
    document.body.append(alone);
    try {
      await loaded;
      const pageDoc = alone.contentDocument!;
      const element = pageDoc.querySelector<PolarSeatClaim>('polar-seat-claim')!;
      // The module script ran before 'load': the element is upgraded; its renders change its shadow root.
      const form = await whenFound(element.shadowRoot!, () => element.shadowRoot!.querySelector('form'));
      expect(element.status).to.equal('needs-token');
      form.querySelector<HTMLInputElement>('[part~="token-input"]')!.value = link;
      const info = nextEvent(pageDoc, 'seat-claim-info');
      form.querySelector<HTMLButtonElement>('[part~="token-submit"]')!.click();
      expect((await info).detail).to.include({ organization_slug: 'acme' });
      const claimed = oneEvent(pageDoc, 'seat-access-ready');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="claim-button"]')!.click();
      await claimed;
      expect(element.status).to.equal('claimed');
    } finally {
      alone.remove();
      URL.revokeObjectURL(page);
    }
  });

  it('"paste a link": shows the email with a fresh link, which the element takes from its form', async () => {
    frame = await openDemo('scenario=paste-link');
    const doc = frame.contentDocument!;
    const seatClaim = await whenFound(doc, () => doc.querySelector<PolarSeatClaim>('polar-seat-claim'));
    const link = await whenFound(doc, () => doc.querySelector('#invitation-email-link')?.textContent);
    expect(doc.querySelector<HTMLElement>('#invitation-email')!.hidden).to.be.false;
    expect(link).to.match(/^https:\/\/polar\.sh\/acme\/portal\/claim\?token=[\w-]{43}$/);
    await whenFound(doc, () => doc.querySelector('#status')?.textContent === 'needs-token');
    expect(seatClaim.token, 'the page sets no token').to.equal(undefined);

    seatClaim.shadowRoot!.querySelector<HTMLInputElement>('[part~="token-input"]')!.value = link;
    const info = nextEvent(doc, 'seat-claim-info');
    seatClaim.shadowRoot!.querySelector<HTMLButtonElement>('[part~="token-submit"]')!.click();
    await info;
    expect(seatClaim.status).to.equal('ready');

    // Back to a scenario whose token the page sets: the email goes away.
    (await scenarioRadio(doc, 'valid-member')).click();
    await whenFound(doc, () => doc.querySelector<HTMLElement>('#invitation-email')!.hidden);
  });

  it("labels the fake's scenarios that Polar never sends, with titles from the fake", async () => {
    frame = await openDemo('scenario=valid-member');
    const doc = frame.contentDocument!;
    const label = (name: string) =>
      scenarioRadio(doc, name).then((radio) => doc.querySelector(`label[for="${radio.id}"]`)!.textContent);
    expect(await label('malformed')).to.contain('not sent by Polar');
    expect(await label('cannot-claim')).to.contain('not sent by Polar');
    expect(await label('valid-member')).to.equal('Valid invitation (member model)');
    expect(await label('stream-cut')).to.equal('Claim stream cut');
  });

  it('shows the granting phase, logs seat-access-ready, and offers Continue with continue-url', async () => {
    frame = await openDemo('scenario=benefits-one&continue-url');
    const doc = frame.contentDocument!;
    expect(doc.querySelector<HTMLInputElement>('#continue-url')!.checked).to.be.true;
    const infoLoaded = nextEvent(doc, 'seat-claim-info');
    const seatClaim = (await infoLoaded).target as PolarSeatClaim;
    expect(seatClaim.continueUrl).to.equal(new URL('/demo/welcome.html', location.href).href);
    expect(doc.querySelector('#markup')!.textContent).to.contain(`continue-url="${seatClaim.continueUrl}"`);

    const ready = oneEvent(doc, 'seat-access-ready');
    seatClaim.shadowRoot!.querySelector<HTMLButtonElement>('[part~="claim-button"]')!.click();
    await whenFound(doc, () => doc.querySelector('#status')?.textContent === 'granting');
    const { benefits } = (await ready).detail as { benefits: unknown[] };
    expect(benefits).to.have.length(1);
    const entry = await whenFound(doc, () => doc.querySelector('#event-log .log-entry[data-kind="seat-access-ready"]'));
    expect(entry.textContent).to.contain('"benefits"');
    await whenFound(doc, () => doc.querySelector('#status')?.textContent === 'claimed');
    const continueLink = await whenFound(seatClaim.shadowRoot!, () =>
      seatClaim.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="continue-link"]'),
    );
    expect(continueLink.href).to.equal(seatClaim.continueUrl);
  });
});
