/**
 * The first-paint CSS (src/first-paint.css, shipped as dist/cdn/polar-seat-claim.css) on a page that loads the
 * element with a script: until the script has run, the element is undefined and empty, and the CSS must reserve the
 * box the card takes in its loading state, so that nothing on the page moves when the card appears.
 */
import { expect } from '@open-wc/testing';
import { API, mint } from './support.js';
import { frameElement, loadElement, openFrame } from './frame.js';

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** The element's box and the top of the text under it, as laid out now. */
function box(el: HTMLElement): { width: number; height: number; belowTop: number } {
  const { width, height } = el.getBoundingClientRect();
  const below = el.ownerDocument.querySelector('#below')!;
  return { width, height, belowTop: below.getBoundingClientRect().top };
}

describe('the first-paint CSS', () => {
  const pages: [name: string, style: string][] = [
    ['with the defaults', ''],
    ['with a larger font and --polar-seat-claim-spacing', 'font-size: 20px; --polar-seat-claim-spacing: 1rem;'],
  ];
  for (const [name, style] of pages) {
    it(`reserves the loading card's box before the script runs, ${name}`, async () => {
      // The invitation never answers: the card stays in its loading state, whatever the machine's speed.
      const { token } = await mint({ info: 'hang' });
      frame = await openFrame('/test/fixtures/ssr/first-paint.html');
      const el = frameElement(frame);
      el.setAttribute('style', style);
      el.setAttribute('server', API);
      el.setAttribute('token', token);
      expect(el.matches(':defined')).to.be.false;
      const reserved = box(el);
      expect(reserved.height, 'an undefined element is otherwise an empty inline box').to.be.greaterThan(0);

      await loadElement(frame);
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(box(el)).to.deep.equal(reserved);
    });
  }
});
