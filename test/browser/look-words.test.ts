/**
 * The default words are the invitee's: no word of the developer's, every error naming whom to turn to when the
 * organization is known, and no doubled full stop after a name that ends a sentence itself.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { defaultMessages, format, type SeatClaimProblem } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import {
  API,
  claimElsewhere,
  fakeClock,
  firstError,
  mountInvitation,
  part,
  reach,
  requestsFor,
  shownError,
} from './support.js';

const INFO = {
  product_name: 'Team plan',
  organization_name: 'Globex, Inc.',
  organization_slug: 'globex',
  customer_email: 'jane@example.com',
} as unknown as SeatClaimInfo;

/** Every default string, with where it sits in `defaultMessages`. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    strings(inner, path ? `${path}.${key}` : key),
  );
}

/** Problems the person can only meet before any invitation has loaded: no organization to name. */
const BEFORE_ANY_INVITATION: SeatClaimProblem[] = ['offline'];

describe('the default words', () => {
  it('never say token, request, API or Polar to the invitee, with or without an invitation loaded', () => {
    for (const [path, template] of strings(defaultMessages)) {
      for (const info of [undefined, INFO]) {
        expect(format(template, info), path).not.to.match(/\b(tokens?|requests?|API|Polar)\b/i);
      }
    }
  });

  it('name the organization in every error once it is known, and someone to ask before', () => {
    for (const [problem, { title, text }] of Object.entries(defaultMessages.problems)) {
      if (BEFORE_ANY_INVITATION.includes(problem as SeatClaimProblem)) continue;
      expect(format(`${title} ${text}`, INFO), problem).to.contain('\u2068Globex, Inc.\u2069');
      expect(format(`${title} ${text}`), problem).not.to.match(/\s[.,]|\s{2}|\{|\}/);
    }
  });

  it('take the full stop of a name that ends a sentence itself, never doubling it', () => {
    for (const [path, template] of strings(defaultMessages)) {
      expect(format(template, INFO), path).not.to.match(/[.!?…]\u2069?\./);
    }
    expect(format('Ask {organization|them}.', INFO)).to.equal('Ask \u2068Globex, Inc.\u2069');
    expect(format('Ask {organization|them}.')).to.equal('Ask them.');
  });

  it('keep a dash in a name on the line of the word before it', () => {
    const info = { ...INFO, product_name: 'Analytics — Team plan' };
    expect(format('{product}', info)).to.equal('\u2068Analytics\u00a0— Team plan\u2069');
  });

  it('greet the invitee by the organization, and emphasise the product', async () => {
    const { el, minted } = await mountInvitation({ organizationName: 'Globex, Inc.', productName: 'Team plan' });
    await reach(el, 'ready');
    expect(part(el, 'heading')!.textContent.trim()).to.equal('Join \u2068Globex, Inc.\u2069');
    expect(part(el, 'message')!.querySelector('strong')!.textContent).to.equal('\u2068Team plan\u2069');
    expect(part(el, 'email')!.textContent).to.contain(minted.customerEmail);
  });

  it('show one heading per state: an error replaces the invitation it is about', async () => {
    const { el, minted } = await mountInvitation({ organizationName: 'Globex, Inc.' });
    await reach(el, 'ready');
    await claimElsewhere(minted.token);
    part(el, 'claim-button')!.click();
    await reach(el, 'error');
    expect(el.shadowRoot!.querySelectorAll('h2')).to.have.length(1);
    expect(shownError(el).text).to.contain('\u2068Globex, Inc.\u2069');
  });

  it('tell "may already be claimed" calmly, not in the colour of errors', async () => {
    const { el } = await mountInvitation({ claim: 'missing-seat' });
    await reach(el, 'ready');
    part(el, 'claim-button')!.click();
    await reach(el, 'error');
    expect(shownError(el).title).to.equal(defaultMessages.problems.maybe_claimed.title);
    const heading = part(el, 'error')!.querySelector('h2')!;
    expect(getComputedStyle(heading).color).to.equal(getComputedStyle(part(el, 'base')!).color);
  });
});

describe('developer signals', () => {
  it('a configuration error is one console warning per element and cause, naming the attribute and its value', async () => {
    const token = 'polar_cst_' + 'x'.repeat(40);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const errored = firstError(document);
      const el = await fixture<PolarSeatClaim>(
        html`<polar-seat-claim server="http://api.polar.example" token=${token}></polar-seat-claim>`,
      );
      expect((await errored).code).to.equal('config');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.match(
        /^<polar-seat-claim> server must be an https URL.*"http:\/\/api\.polar\.example"/,
      );

      // Loaded again for another reason, the same cause: no second warning.
      const again = firstError(el);
      el.setAttribute('timeout', '-1');
      await again;
      expect(warnings).to.have.length(1);

      // Another element, another cause: its own warning.
      const other = firstError(document);
      await fixture(html`<polar-seat-claim server=${API} timeout="-1" token=${token}></polar-seat-claim>`);
      await other;
      expect(warnings).to.have.length(2);
      expect(String(warnings[1]?.[0])).to.equal('<polar-seat-claim> timeout must be a positive number; got -1');
      expect(warnings.join(' '), 'never the token').not.to.contain(token);
    } finally {
      console.warn = warn;
    }
  });
});

describe('too many tries', () => {
  it('Retry counts down a minute on the clock, and only then tries again', async () => {
    const { el, minted } = await mountInvitation({ claim: { kind: 'rate-limited', times: 1 } });
    await reach(el, 'ready');
    const clock = fakeClock();
    try {
      part(el, 'claim-button')!.click();
      await reach(el, 'error');
      expect(clock.pending(), 'one timer: the countdown').to.deep.equal([1000]);
      const retry = () => part(el, 'retry-button')!;
      expect(retry().getAttribute('aria-disabled')).to.equal('true');
      expect(retry().textContent.trim()).to.equal('Try again in 60 seconds');
      retry().click();
      await el.updateComplete;
      expect(el.status, 'Retry waits').to.equal('error');
      expect((await requestsFor(minted.token)).claim).to.equal(1);

      for (let left = 59; left > 0; left--) {
        expect(clock.next().ms).to.equal(1000);
        await el.updateComplete;
        expect(retry().textContent.trim()).to.equal(
          left === 1 ? 'Try again in 1 second' : `Try again in ${left} seconds`,
        );
      }
      clock.next();
      await el.updateComplete;
      expect(clock.pending(), 'the countdown is over').to.deep.equal([]);
    } finally {
      clock.restore();
    }
    const retry = () => part(el, 'retry-button')!;
    expect(retry().getAttribute('aria-disabled')).to.equal('false');
    expect(retry().textContent.trim()).to.equal(defaultMessages.retry);
    retry().click();
    await reach(el, 'claimed');
    expect((await requestsFor(minted.token)).claim).to.equal(2);
  });
});
