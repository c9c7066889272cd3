/**
 * Constructed style sheets belong to the document that made them. An element moved into another document (an
 * iframe, a Document Picture-in-Picture window) keeps its look there.
 */
import { expect } from '@open-wc/testing';
import { mountInvitation, part, reach } from './support.js';

/** What the card looks like, as far as a few of its styles tell. */
function look(card: HTMLElement) {
  const style = card.ownerDocument.defaultView!.getComputedStyle(card);
  return { padding: style.paddingTop, radius: style.borderTopLeftRadius, display: style.display };
}

describe('adopted into another document', () => {
  it('keeps its styles in an iframe it was moved into with adoptNode', async () => {
    const { el } = await mountInvitation();
    await reach(el, 'ready');
    const before = look(part(el, 'base')!);
    expect(before.padding).to.not.equal('0px');

    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = frame.contentDocument!;
    try {
      other.body.append(other.adoptNode(el));
      await el.updateComplete;
      expect(el.ownerDocument).to.equal(other);
      expect(look(part(el, 'base')!)).to.deep.equal(before);
    } finally {
      frame.remove();
    }
  });
});
