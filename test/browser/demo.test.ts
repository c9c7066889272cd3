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

  it('shows the markup for the current settings, with a placeholder for the token', async () => {
    frame = await openDemo('scenario=valid-member&theme=light');
    const doc = frame.contentDocument!;
    const seatClaim = await whenFound(doc, () => doc.querySelector<PolarSeatClaim>('polar-seat-claim'));

    doc.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    const markup = doc.querySelector('#markup')!.textContent;
    expect(seatClaim.theme).to.equal('dark');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    expect(markup).to.contain('<polar-seat-claim');
    expect(markup).to.contain('token="INVITATION_TOKEN"');
    // The demo reaches its API under the other loopback name, so requests cross origins as on a real site.
    expect(markup).to.contain(`server="http://127.0.0.1:${location.port}"`);
    expect(seatClaim.server).to.equal(`http://127.0.0.1:${location.port}`);
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
});
