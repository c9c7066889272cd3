/**
 * The `messages` property: every visible string replaced or translated, placeholders filled as text, and what is
 * kept (and reported) when a translation is missing or not text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { defaultMessages, format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import { API, firstError, mint, nextEvent, part } from './support.js';

describe('messages', () => {
  it('every visible string can be replaced, with placeholders filled as text', async () => {
    const minted = await mint({ productName: '<b>Pro</b>', organizationName: 'Acme' });
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.token = minted.token;
    el.messages = { heading: 'Rejoignez {organization}', invitation: 'Invitation à {product}', claim: 'Réclamer' };
    await fixture(html`${el}`);
    await nextEvent(el, 'seat-claim-info');
    // Each inserted value is isolated (FSI … PDI).
    expect(part(el, 'heading')!.textContent).to.equal('Rejoignez \u2068Acme\u2069');
    expect(part(el, 'message')!.textContent).to.equal('Invitation à \u2068<b>Pro</b>\u2069');
    expect(part(el, 'message')!.querySelector('b')).to.equal(null);
    expect(part(el, 'claim-button')!.textContent.trim()).to.equal('Réclamer');
  });

  it('problem messages can be replaced one field at a time', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    // Too short to be a Polar token: refused without a request (no token at all is no problem: the paste form).
    el.token = 'abc';
    el.messages = { problems: { malformed_token: { title: 'Lien incomplet' } } };
    const errored = firstError(el);
    await fixture(html`${el}`);
    await errored;
    expect(part(el, 'error')!.querySelector('h2')!.textContent).to.equal('Lien incomplet');
    // No invitation was loaded: the text names no organization.
    expect(part(el, 'error')!.querySelector('p')!.textContent).to.equal(
      format(defaultMessages.problems.malformed_token.text),
    );
  });

  it('a missing translation or a value that is not a string keeps the default text, and is reported', async () => {
    const minted = await mint({ productName: 'Pro' });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const messages of [
        null,
        'Bienvenue',
        { heading: undefined, invitation: null, claim: 42, problems: null },
        { problems: { missing_token: { title: undefined, text: {} } } },
      ]) {
        const el = document.createElement('polar-seat-claim');
        el.server = API;
        el.token = minted.token;
        el.messages = messages as PolarSeatClaim['messages'];
        const loaded = nextEvent(el, 'seat-claim-info');
        await fixture(html`${el}`);
        await loaded;
        await el.updateComplete;
        const info = { product_name: 'Pro', organization_name: minted.organizationName } as SeatClaimInfo;
        expect(part(el, 'heading')!.textContent, JSON.stringify(messages)).to.equal(
          format(defaultMessages.heading, info),
        );
        expect(part(el, 'message')!.textContent).to.equal(format(defaultMessages.invitation, info));
        expect(part(el, 'claim-button')!.textContent.trim()).to.equal(defaultMessages.claim);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.map(([text]) => text)).to.deep.equal([
      '<polar-seat-claim> messages.invitation is not a string; the default is shown',
      '<polar-seat-claim> messages.claim is not a string; the default is shown',
      '<polar-seat-claim> messages.problems.missing_token.text is not a string; the default is shown',
    ]);
  });

  it('a problem replaced with something else than text keeps its default title and text', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.token = 'abc';
    el.messages = { problems: { malformed_token: { title: null } } } as unknown as PolarSeatClaim['messages'];
    const errored = firstError(el);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await fixture(html`${el}`);
      await errored;
    } finally {
      console.warn = warn;
    }
    const { title, text } = defaultMessages.problems.malformed_token;
    expect(part(el, 'error')!.querySelector('h2')!.textContent).to.equal(format(title));
    expect(part(el, 'error')!.querySelector('p')!.textContent).to.equal(format(text));
    expect(warnings.map(([message]) => message)).to.deep.equal([
      '<polar-seat-claim> messages.problems.malformed_token.title is not a string; the default is shown',
    ]);
  });
});
