/**
 * Strings from the server are data: markup and script in them are shown as text, and an organization slug
 * cannot move the portal link to another origin or path.
 */
import { expect } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { defaultMessages, format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import { API, mountInvitation, part, reach, requestsFor, text } from './support.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** Markup that would run script, or add elements, if it were ever parsed as HTML. */
const PAYLOADS = [
  `<img src="x" onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  `"><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `</p><a href="javascript:window.__pwned='link'">x</a><p>`,
  `<style>*{display:none}</style>`,
  `{email}{product}$&$1`,
];

/** A value as the card inserts it: isolated (FSI … PDI), so its text direction cannot reorder the sentence. */
const isolated = (value: string) => `\u2068${value}\u2069`;

/** The elements the card is made of: anything else was injected. The success mark's drawing is checked apart. */
const CARD_TAGS = new Set(['DIV', 'P', 'SPAN', 'H2', 'BUTTON', 'A', 'SLOT', 'STRONG']);

describe('server strings are shown as text', () => {
  for (const payload of PAYLOADS) {
    it(`product, organization and email ${JSON.stringify(payload)}`, async () => {
      delete window.__pwned;
      const { el } = await mountInvitation(
        { productName: `P ${payload}`, organizationName: `O ${payload}`, customerEmail: `E ${payload}` },
        // Host messages put the values in a title and in error text too.
        (el) =>
          (el.messages = {
            claimedHeading: 'Welcome to {organization}',
            problems: { invalid_token: { title: '{product} for {email}' } },
          }),
      );
      await reach(el, 'ready');
      const info = {
        product_name: `P ${payload}`,
        organization_name: `O ${payload}`,
        customer_email: `E ${payload}`,
      } as SeatClaimInfo;
      // Each value appears exactly as sent, once per place it is used: placeholders inside values are not expanded.
      expect(part(el, 'heading')!.textContent).to.equal(format(defaultMessages.heading, info));
      expect(part(el, 'heading')!.textContent).to.contain(isolated(`O ${payload}`));
      expect(part(el, 'message')!.textContent).to.equal(format(defaultMessages.invitation, info));
      expect(part(el, 'message')!.textContent).to.contain(isolated(`P ${payload}`));
      expect(part(el, 'email')!.textContent).to.equal(format(defaultMessages.invitedEmail, info));
      expect(part(el, 'email')!.textContent).to.contain(isolated(`E ${payload}`));
      await el.claim();
      expect(part(el, 'heading')!.textContent).to.equal(`Welcome to ${isolated(`O ${payload}`)}`);
      expect(text(el)).to.contain(format(defaultMessages.claimed, info));
      expect(text(el)).to.contain(isolated(`P ${payload}`));

      expect(el.shadowRoot!.querySelectorAll('svg'), 'the success mark only').to.have.length(1);
      const tags = [...el.shadowRoot!.querySelectorAll('*')]
        .filter((node) => !node.closest('h2 > svg.mark'))
        .map((node) => node.tagName);
      expect(
        tags.filter((tag) => !CARD_TAGS.has(tag)),
        'no element was created from a value',
      ).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1); // the portal link only
      expect(
        [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
          node.getAttributeNames().filter((name) => name.startsWith('on')),
        ),
      ).to.deep.equal([]);
      // Had any markup been parsed, its handlers would have run by the time a round trip to the server completes.
      await requestsFor('');
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('in a host message for an error, the values are text too', async () => {
    const payload = PAYLOADS[0]!;
    const { el } = await mountInvitation(
      { productName: payload, customerEmail: payload, claim: 'empty-error' },
      (el) => {
        el.messages = { problems: { invalid_token: { title: '{product} for {email}' } } };
      },
    );
    await reach(el, 'ready');
    await el.claim().catch(() => undefined);
    expect(part(el, 'error')!.querySelector('h2')!.textContent).to.equal(
      `${isolated(payload)} for ${isolated(payload)}`,
    );
    expect(part(el, 'error')!.querySelector('img')).to.equal(null);
  });
});

const PORTAL_BASE = `${API}/__polar-mock/portal`;

describe('hostile organization slugs', () => {
  /** The portal link: the slug is one encoded path segment, and nothing else is in it (no session either). */
  function expectOneSegment(el: PolarSeatClaim, slug: string): void {
    const link = new URL((part(el, 'portal-link') as HTMLAnchorElement).href);
    expect(link.origin).to.equal(new URL(PORTAL_BASE).origin);
    const [empty, mock, portal, segment, last, ...rest] = link.pathname.split('/');
    expect([empty, mock, portal, last, ...rest]).to.deep.equal(['', '__polar-mock', 'portal', 'portal']);
    expect(decodeURIComponent(segment!)).to.equal(slug);
    // The session is added only as the link is followed (session-token.test.ts).
    expect(link.search).to.equal('');
    expect(link.hash).to.equal('');
    expect(link.username + link.password).to.equal('');
  }

  for (const slug of [
    'acme/other',
    'acme/../../evil',
    '?customer_session_token=stolen',
    '#fragment',
    '//evil.example',
    'https://evil.example',
    '\\\\evil.example',
    '%2e%2e',
    '%2F..%2F',
    '@evil.example',
    ' ..',
    '.. ',
    '...',
    'a\tb\nc',
    'ünïcödé',
  ]) {
    it(`${JSON.stringify(slug)} stays one encoded segment of the portal link, after a claim and on a spent invitation`, async () => {
      const { el } = await mountInvitation({ organizationSlug: slug });
      await el.claim();
      await el.updateComplete;
      expectOneSegment(el, slug);

      const spent = await mountInvitation({ organizationSlug: slug, claim: 'empty-error' });
      await spent.el.claim().catch(() => undefined);
      await spent.el.updateComplete;
      expect(spent.el.status).to.equal('error');
      expectOneSegment(spent.el, slug);
    });
  }

  for (const slug of ['.', '..', '']) {
    it(`${JSON.stringify(slug)} gives no portal link at all, after a claim or on a spent invitation`, async () => {
      const { el } = await mountInvitation({ organizationSlug: slug });
      await el.claim();
      await el.updateComplete;
      expect(el.status).to.equal('claimed');
      expect(part(el, 'portal-link')).to.equal(null);

      const spent = await mountInvitation({ organizationSlug: slug, claim: 'empty-error' });
      await spent.el.claim().catch(() => undefined);
      await spent.el.updateComplete;
      expect(spent.el.status).to.equal('error');
      expect(part(spent.el, 'portal-link')).to.equal(null);
    });
  }
});
