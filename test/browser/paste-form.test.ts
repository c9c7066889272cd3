/**
 * The paste form (issue #15): with no token, the element asks for the link from the invitation email. Every
 * accepted input loads the invitation (the person still confirms); every refused one says why beside the field,
 * sends nothing and reports `missing_token`. The token read from a paste stays in memory only.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { defaultMessages, type PolarSeatClaim, type SeatClaimErrorDetail } from '../../src/element.js';
import type { ClaimLinkRefusal } from '../../src/claim-link.js';
import {
  API,
  apiRequestsSinceMark,
  mark,
  mint,
  mount,
  nextEvent,
  part,
  reach,
  recordEvents,
  requestsFor,
  waitForStatus,
} from './support.js';

/** An element with no token, on the fake API unless `server` says otherwise. */
async function emptyElement(setup: (el: PolarSeatClaim) => void = () => undefined): Promise<PolarSeatClaim> {
  const el = document.createElement('polar-seat-claim');
  el.server = API;
  el.grantTimeout = 0;
  setup(el);
  await mount(html`${el}`);
  if (!el.token) await waitForStatus(el, 'needs-token');
  await el.updateComplete;
  return el;
}

function paste(el: PolarSeatClaim, value: string): void {
  (part(el, 'token-input') as HTMLInputElement).value = value;
  (part(el, 'token-form') as HTMLFormElement).requestSubmit();
}

/** Polar's claim link for a token, on production or sandbox. */
const claimLink = (token: string, slug = 'acme', sandbox = false) =>
  `https://${sandbox ? 'sandbox.' : ''}polar.sh/${slug}/portal/claim?token=${token}`;

/**
 * An invitation email as a one-line field holds it once pasted: a text input cannot hold line breaks, and browsers
 * paste the lines joined by spaces.
 */
const email = (link: string) =>
  `Hi Jane, You've been invited to Acme Analytics — Team plan on Acme Inc. Claim your seat: ${link} This link expires in 24 hours. — The Acme team`;

/** Expects the invitation loaded from a paste: ready, a Claim button, announced, and not claimed. */
async function expectLoaded(el: PolarSeatClaim, token: string, input: string): Promise<void> {
  const info = nextEvent(el, 'seat-claim-info');
  paste(el, input);
  await info;
  expect(el.status).to.equal('ready');
  await el.updateComplete;
  expect(part(el, 'claim-button')).to.not.equal(null);
  const log = await requestsFor(token);
  expect([log.info, log.claim], 'loaded, not claimed').to.deep.equal([1, 0]);
}

describe('paste form', () => {
  it('with no token, asks for the link: no request and no error event', async () => {
    mark();
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    const events = recordEvents(el);
    await mount(html`${el}`);
    await waitForStatus(el, 'needs-token');
    await el.updateComplete;
    for (const name of ['token-form', 'token-input', 'token-submit', 'token-hint']) {
      expect(part(el, name), name).to.not.equal(null);
    }
    expect(part(el, 'token-error')).to.equal(null);
    expect(events).to.deep.equal([]);
    expect(apiRequestsSinceMark()).to.have.length(0);
  });

  describe('accepts', () => {
    const accepted: [string, (token: string) => string][] = [
      ['a claim link', (token) => claimLink(token)],
      ['a sandbox link, on a URL server that accepts both', (token) => claimLink(token, 'acme', true)],
      ['a bare token', (token) => token],
      ['a whole invitation email with one link', (token) => email(claimLink(token))],
    ];
    for (const [what, input] of accepted) {
      it(`${what}: loads the invitation and waits for the confirmation`, async () => {
        const { token } = await mint();
        const el = await emptyElement();
        await expectLoaded(el, token, input(token));
      });
    }

    it('a whole email pasted with a link wrapped over two lines: what was pasted is read, not the joined line', async () => {
      const { token } = await mint();
      const el = await emptyElement();
      const link = claimLink(token);
      const wrapped = `Hi Jane,\nClaim your seat:\n${link.slice(0, 40)}\n${link.slice(40)}\nThis link expires in 24 hours.`;
      const input = part(el, 'token-input') as HTMLInputElement;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', wrapped);
      // Firefox ignores `clipboardData` in a synthetic event's init: given to the event itself, every engine has it.
      const pasteEvent = new ClipboardEvent('paste', { bubbles: true, composed: true });
      Object.defineProperty(pasteEvent, 'clipboardData', { value: clipboardData });
      input.dispatchEvent(pasteEvent);
      // What a one-line field holds once the browser inserted the paste: the line breaks gone.
      const info = nextEvent(el, 'seat-claim-info');
      paste(el, wrapped.replace(/\n/g, ''));
      await info;
      expect(el.status).to.equal('ready');
    });

    it('a sandbox link on a sandbox element', async () => {
      // The sandbox API is not reachable from the test machine: its requests go to the fake instead.
      const { token } = await mint();
      const realFetch = window.fetch.bind(window);
      window.fetch = (input, init) =>
        realFetch(typeof input === 'string' ? input.replace('https://sandbox-api.polar.sh', API) : input, init);
      try {
        const el = await emptyElement((el) => {
          el.server = 'sandbox';
        });
        await expectLoaded(el, token, claimLink(token, 'acme', true));
      } finally {
        window.fetch = realFetch;
      }
    });

    it('Enter in the field submits it', async () => {
      const { token } = await mint();
      const el = await emptyElement();
      const input = part(el, 'token-input') as HTMLInputElement;
      input.focus();
      input.value = claimLink(token);
      const info = nextEvent(el, 'seat-claim-info');
      await sendKeys({ press: 'Enter' });
      await info;
      expect(el.status).to.equal('ready');
    });
  });

  describe('refuses, saying why, with no request', () => {
    const token = 'A'.repeat(43);
    const refusedInputs: [ClaimLinkRefusal, string, (el: PolarSeatClaim) => void][] = [
      ['other_host', `https://polar.example/acme/portal/claim?token=${token}`, () => undefined],
      ['not_claim_link', 'https://polar.sh/acme/portal', () => undefined],
      ['missing_token', 'https://polar.sh/acme/portal/claim', () => undefined],
      ['malformed_token', 'https://polar.sh/acme/portal/claim?token=too-short', () => undefined],
      [
        'sandbox_link',
        claimLink(token, 'acme', true),
        (el) => {
          el.server = 'production';
        },
      ],
      [
        'production_link',
        claimLink(token),
        (el) => {
          el.server = 'sandbox';
        },
      ],
      [
        'other_organization',
        claimLink(token, 'evil'),
        (el) => {
          el.organization = 'acme';
        },
      ],
    ];
    for (const [reason, input, setup] of refusedInputs) {
      it(`${reason}: shown beside the field, missing_token event, nothing sent`, async () => {
        const el = await emptyElement(setup);
        mark();
        const error = nextEvent(el, 'seat-claim-error');
        paste(el, input);
        expect(((await error).detail as SeatClaimErrorDetail).code).to.equal('missing_token');
        await el.updateComplete;
        expect(el.status).to.equal('needs-token');
        expect(part(el, 'token-error')?.textContent.trim()).to.equal(defaultMessages.paste[reason]);
        const field = part(el, 'token-input')!;
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(field.getAttribute('aria-describedby')!.split(' ').sort()).to.deep.equal(['token-error', 'token-hint']);
        expect(apiRequestsSinceMark()).to.have.length(0);
      });
    }
  });

  describe('"Use another link"', () => {
    it('goes back to the form from a loaded invitation', async () => {
      const { token } = await mint();
      const el = await emptyElement();
      await expectLoaded(el, token, claimLink(token));
      part(el, 'another-link-button')!.click();
      await waitForStatus(el, 'needs-token');
      await el.updateComplete;
      expect(part(el, 'token-input')).to.not.equal(null);
    });

    it('goes back to the form from an invitation that cannot be claimed', async () => {
      const { token } = await mint({ scenario: 'expired' });
      const el = await emptyElement();
      const error = nextEvent(el, 'seat-claim-error');
      paste(el, claimLink(token));
      expect(((await error).detail as SeatClaimErrorDetail).code).to.equal('invalid_token');
      await el.updateComplete;
      part(el, 'another-link-button')!.click();
      await waitForStatus(el, 'needs-token');
    });

    it('is not offered for a token the host set', async () => {
      const { token } = await mint();
      const el = await emptyElement((el) => {
        el.token = token;
      });
      await reach(el, 'ready');
      expect(part(el, 'another-link-button')).to.equal(null);
    });
  });

  it('keeps the pasted token out of attributes, the address bar and storage', async () => {
    const { token } = await mint();
    const el = await emptyElement();
    await expectLoaded(el, token, claimLink(token));
    for (const name of el.getAttributeNames()) expect(el.getAttribute(name)).to.not.include(token);
    expect(el.outerHTML).to.not.include(token);
    expect(location.href).to.not.include(token);
    for (const store of [localStorage, sessionStorage]) {
      for (const key of Object.keys(store)) {
        expect(key).to.not.include(token);
        expect(store.getItem(key)).to.not.include(token);
      }
    }
  });

  it('is accessible, empty and after a refusal', async () => {
    const el = await emptyElement();
    await expect(el).to.be.accessible();
    const error = nextEvent(el, 'seat-claim-error');
    paste(el, 'not a link');
    await error;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('asks phones for a URL keyboard, in text large enough not to zoom on focus', async () => {
    const el = await emptyElement();
    const input = part(el, 'token-input')!;
    expect(input.getAttribute('inputmode')).to.equal('url');
    expect(parseFloat(getComputedStyle(input).fontSize)).to.be.at.least(16);
  });
});
