import { expect } from '@open-wc/testing';
import { defaultMessages } from '../../src/messages.js';
import { API, claimAndRedirect, framePage, message, mint, PORTAL } from './support.js';

describe('redirect', () => {
  it('opens the customer portal with the session token after a claim', async () => {
    const { sessionToken, frame } = await claimAndRedirect('acme-corp');
    try {
      const url = new URL(frame.contentWindow!.location.href);
      expect(url.origin + url.pathname).to.equal(`${PORTAL}/acme-corp/portal`);
      expect(url.searchParams.get('customer_session_token')).to.equal(sessionToken);
    } finally {
      frame.remove();
    }
  });

  it('stays on the page when a seat-claimed listener calls preventDefault()', async () => {
    const minted = await mint();
    const settled = message('settled');
    const frame = framePage(
      minted.token,
      `document.addEventListener('seat-claimed', (e) => e.preventDefault());
       // The redirect would follow seat-access-ready.
       document.addEventListener('seat-access-ready', async (e) => {
         const el = e.target;
         await el.updateComplete;
         // A navigation, had one started, would have fired pagehide by the time a round trip completes.
         await fetch('${API}/__polar-mock/scenarios');
         parent.postMessage({ type: 'settled', value: {
           link: el.shadowRoot.querySelector('[part=portal-link]')?.getAttribute('href'),
           text: el.shadowRoot.textContent,
           left: window.__left === true,
         } }, '*');
       });
       addEventListener('pagehide', () => { window.__left = true; });`,
    );
    try {
      const result = (await settled) as { link: string; text: string; left: boolean };
      expect(result.left).to.be.false;
      expect(frame.contentWindow!.location.href).to.equal('about:srcdoc');
      // The portal link is offered instead, without the session: it is added as the person follows the link.
      expect(result.link).to.equal(`${PORTAL}/${minted.organizationSlug}/portal`);
      expect(result.text).not.to.contain(defaultMessages.redirecting);
    } finally {
      frame.remove();
    }
  });
});
