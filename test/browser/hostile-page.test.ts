/**
 * Pages the widget does not control: a strict Content-Security-Policy with Trusted Types (served with real
 * headers by test/runner/strict-csp.mjs), and aggressive host CSS. An element created and given properties
 * before its script loaded is upgraded in the CSP page below (and under another tag in lifecycle.test.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { API, mint, mountInvitation, part, reach } from './support.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

type StrictWindow = Window & typeof globalThis & { violations: Violation[] };

/** Loads the strict page in a frame, with an invitation for its element. */
async function strictPage(token: string): Promise<{ frame: HTMLIFrameElement; win: StrictWindow; el: PolarSeatClaim }> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams({ token, server: API, portal: `${API}/__polar-mock/portal` });
  frame.src = `/test/fixtures/hostile-page/csp.html?${query.toString()}`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StrictWindow;
  return { frame, win, el: win.document.querySelector('polar-seat-claim') as PolarSeatClaim };
}

/** Resolves once the frame has reported `count` violations (they arrive as events, after the act). */
async function violations(win: StrictWindow, count: number): Promise<Violation[]> {
  while (win.violations.length < count) await new Promise((resolve) => requestAnimationFrame(resolve));
  return win.violations;
}

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('the element, created and given properties before its script loaded, claims with no violation', async () => {
    const minted = await mint({ productName: 'Strict product' });
    const { frame, win, el } = await strictPage(minted.token);
    try {
      const response = await fetch(frame.src);
      expect(response.headers.get('content-security-policy')).to.equal(
        `default-src 'self'; script-src 'self'; style-src 'self'; connect-src ${API}; require-trusted-types-for 'script'`,
      );
      expect(el.shadowRoot, 'upgraded').to.exist;
      await reach(el, 'ready');
      expect(el.shadowRoot!.textContent).to.contain('Strict product');
      // The styles applied: adopted style sheets are not inline styles, so style-src 'self' allows them.
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).display).to.equal('flex');
      part(el, 'claim-button')!.click();
      await reach(el, 'claimed');
      expect(part(el, 'portal-link')).to.exist;
      expect(win.violations, 'no violation while loading, claiming and rendering').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the policy is in force in the frame, in every engine', async () => {
    const { frame, win } = await strictPage((await mint()).token);
    try {
      // connect-src: the page's own origin is not the API.
      expect(
        await win.fetch('/package.json').then(
          () => 'fetched',
          () => 'blocked',
        ),
      ).to.equal('blocked');
      expect((await violations(win, 1)).map((v) => v.directive)).to.deep.equal(['connect-src']);
      // require-trusted-types-for 'script': a string into an HTML sink is refused.
      const div = win.document.createElement('div');
      expect(() => (div.innerHTML = '<b>markup</b>')).to.throw();
      expect((await violations(win, 2)).map((v) => v.directive)).to.deep.equal([
        'connect-src',
        'require-trusted-types-for',
      ]);
      expect(div.childElementCount).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});

describe('aggressive host CSS', () => {
  const HOSTILE_CSS = `
    * { all: unset !important; }
    button { display: none !important; }
    html { font-size: 72px !important; }
  `;

  it('does not hide, shrink or disable the card', async () => {
    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    try {
      const { el } = await mountInvitation({ productName: 'Styled product' });
      await reach(el, 'ready');
      const base = part(el, 'base')!;
      const button = part(el, 'claim-button')!;
      expect(getComputedStyle(base).display).to.equal('flex');
      expect(getComputedStyle(button).display).not.to.equal('none');
      expect(button.checkVisibility(), 'the button is visible').to.be.true;
      expect(base.textContent).to.contain('Styled product');
      // A person can hit the button: it is the topmost element at its centre.
      button.scrollIntoView({ block: 'center', inline: 'center' });
      const box = button.getBoundingClientRect();
      expect(box.width * box.height).to.be.greaterThan(0);
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === button || button.contains(hit)).to.be.true;
      (hit as HTMLElement).click();
      await reach(el, 'claimed');
      expect(part(el, 'portal-link')!.checkVisibility()).to.be.true;
    } finally {
      style.remove();
    }
  });

  it('an element in the page before the hostile styles keeps working when they arrive', async () => {
    const minted = await mint();
    // No wait for benefits: claim() then ends in the claimed state.
    const el = await fixture<PolarSeatClaim>(
      html`<polar-seat-claim server=${API} token=${minted.token} grant-timeout="0"></polar-seat-claim>`,
    );
    await reach(el, 'ready');
    const style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    try {
      expect(part(el, 'claim-button')!.checkVisibility()).to.be.true;
      await el.claim();
      expect(el.status).to.equal('claimed');
    } finally {
      style.remove();
    }
  });
});
