/**
 * Server strings are inserted into the widget's sentences. Bidirectional controls in them must not reorder the
 * rest of a sentence or the value itself (an email that reads as another domain), and a value of megabytes must
 * not reach the page's layout: each inserted value is isolated (FSI … PDI) with its explicit bidi controls
 * dropped, and an answer with a string over 1,000 characters is a `bad_response`.
 */
import { expect } from '@open-wc/testing';
import {
  defaultMessages,
  type PolarSeatClaim,
  type SeatClaimErrorDetail,
  type SeatClaimInfo,
} from '../../src/element.js';
import { format } from '../../src/messages.js';
import { mountInvitation, nextEvent, part, reach, shownError } from './support.js';

/** The cap on each string of an answer (src/polar-api.ts). */
const MAX_TEXT_LENGTH = 1000;
const FSI = '\u2068';
const PDI = '\u2069';
/** Embeddings, overrides and isolates: what can reorder text that follows or surrounds them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/** The horizontal position of each character of `part` as laid out in the element's `name` part. */
function positions(el: PolarSeatClaim, name: string, part: string): number[] {
  // Lit's markers are comments: each piece of the sentence (the product is emphasised) is one text node.
  const root = el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  const textNode = textNodes.find((node) => node.data.includes(part));
  expect(textNode, `${JSON.stringify(part)} in ${JSON.stringify(root.textContent)}`).to.not.equal(undefined);
  const start = textNode!.data.indexOf(part);
  const range = document.createRange();
  return Array.from({ length: part.length }, (_, i) => {
    range.setStart(textNode!, start + i);
    range.setEnd(textNode!, start + i + 1);
    return range.getBoundingClientRect().left;
  });
}

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('spoofed text', () => {
  it('a right-to-left override in product_name does not reverse the rest of the sentence', async () => {
    const { el } = await mountInvitation({ productName: 'Pro Plan\u202e', organizationName: 'Acme' });
    await reach(el, 'ready');
    // Laid out left to right, in reading order: had the override leaked, the full stop would show before the name.
    expect(ascending([...positions(el, 'message', 'Pro Plan'), ...positions(el, 'message', '.')])).to.equal(true);
    expect(ascending(positions(el, 'heading', 'Acme'))).to.equal(true);
    expect(part(el, 'message')!.textContent).to.equal(
      format(defaultMessages.invitation, { product_name: 'Pro Plan' } as SeatClaimInfo),
    );
    expect(part(el, 'message')!.textContent).to.contain(`${FSI}Pro Plan${PDI}`);
  });

  it('an email with a right-to-left override shows as sent, not as another domain', async () => {
    const { el } = await mountInvitation({ customerEmail: '\u202eliam@moc.elpmaxe' });
    await reach(el, 'ready');
    expect(ascending(positions(el, 'email', 'liam@moc.elpmaxe'))).to.equal(true);
    expect(part(el, 'email')!.textContent).to.equal(`Invitation for ${FSI}liam@moc.elpmaxe${PDI}`);
  });

  it('a value cannot close its own isolate: a PDI inside it is dropped too', async () => {
    const { el } = await mountInvitation({ productName: `Pro${PDI}\u202e Plan`, organizationName: 'Acme' });
    await reach(el, 'ready');
    expect(ascending([...positions(el, 'message', 'Pro Plan'), ...positions(el, 'message', '.')])).to.equal(true);
    expect(part(el, 'message')!.textContent).to.equal(
      format(defaultMessages.invitation, { product_name: 'Pro Plan' } as SeatClaimInfo),
    );
    expect(part(el, 'message')!.textContent).to.contain(`${FSI}Pro Plan${PDI}`);
  });

  it('every inserted value is isolated with its bidi controls dropped; a host template is left as it is', async () => {
    const { el } = await mountInvitation(
      { productName: '\u202aA\u202bB\u202cC\u202dD\u202eE\u2066F\u2067G\u2068H\u2069', organizationName: 'שלום' },
      (el) => {
        el.messages = { invitation: '\u202e{product} | {organization} | {unknown}' };
      },
    );
    await reach(el, 'ready');
    expect(part(el, 'message')!.textContent).to.equal(`\u202e${FSI}ABCDEFGH${PDI} | ${FSI}שלום${PDI} | `);
    expect(part(el, 'heading')!.textContent).to.equal(
      format(defaultMessages.heading, { organization_name: 'שלום' } as SeatClaimInfo),
    );
    expect(part(el, 'heading')!.textContent).to.contain(`${FSI}שלום${PDI}`);
    expect(BIDI_CONTROLS.test(part(el, 'claim-button')!.textContent), 'no value, no isolate').to.equal(false);
  });
});

describe('server strings over the display cap', () => {
  it(`a product_name of exactly ${MAX_TEXT_LENGTH} characters is shown`, async () => {
    const { el } = await mountInvitation({ productName: 'P'.repeat(MAX_TEXT_LENGTH) });
    await reach(el, 'ready');
    expect(part(el, 'message')!.textContent).to.contain('P'.repeat(MAX_TEXT_LENGTH));
  });

  it('one character more is a bad_response, and nothing of it is rendered', async () => {
    const { el } = await mountInvitation({ organizationName: 'O'.repeat(MAX_TEXT_LENGTH + 1) });
    const event = await nextEvent(el);
    expect(event.type).to.equal('seat-claim-error');
    expect(event.detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(el.shadowRoot!.textContent).not.to.contain('OOOO');
  });

  it('a 5 MB product_name ends in bad_response, and the body handed on is bounded', async () => {
    const { el } = await mountInvitation({ info: 'huge-name' });
    const event = await nextEvent(el);
    expect(event.type).to.equal('seat-claim-error');
    const detail = event.detail as SeatClaimErrorDetail;
    expect(detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(shownError(el).title).to.equal(defaultMessages.problems.bad_response.title);
    expect(JSON.stringify(detail.body).length).to.be.below(10_000);
    expect(el.shadowRoot!.textContent).not.to.contain('PPPP');
  });

  it('a claim answer with a 5 MB string is a bad_response: the seat may be claimed', async () => {
    const { el } = await mountInvitation({ claim: 'huge-name' });
    await reach(el, 'ready');
    const outcome = nextEvent(el);
    part(el, 'claim-button')!.click();
    const event = await outcome;
    expect(event.type).to.equal('seat-claim-error');
    expect(event.detail).to.include({ code: 'bad_response', status: 200, retryable: false });
    expect(shownError(el).title).to.equal(defaultMessages.problems.maybe_claimed.title);
  });
});
