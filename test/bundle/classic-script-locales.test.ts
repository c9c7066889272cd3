/**
 * The classic script (dist/cdn/polar-seat-claim.global.js) loads a translation from the file next to it, found from
 * its own URL, not the page's. Run by `npm run test:bundle` only: it needs the build.
 */
import { expect } from '@open-wc/testing';
import german from '../../src/locales/de.js';

interface Report {
  lang: string;
  heading?: string;
  requests: string[];
}

/** A page of its own, in German, with the classic script and a minimal host for its `LocaleController`. */
function germanPage(): Promise<Report> {
  const frame = document.createElement('iframe');
  const reported = new Promise<Report>((resolve) => {
    addEventListener('message', function listener(event: MessageEvent<Report>) {
      if (event.source !== frame.contentWindow || !event.data.heading) return;
      removeEventListener('message', listener);
      resolve(event.data);
    });
  });
  // The page's own URL is the test page's, one folder above the script's: a path resolved against the page would
  // miss the file.
  frame.srcdoc = `<!doctype html><html lang="de"><body>
    <script src="${location.origin}/dist/cdn/polar-seat-claim.global.js"></script>
    <script>
      class Host extends HTMLElement {
        controllers = [];
        addController(controller) { this.controllers.push(controller); }
        connectedCallback() { for (const controller of this.controllers) controller.hostConnected(); }
        requestUpdate() {
          parent.postMessage({
            lang: locale.lang,
            heading: locale.messages && locale.messages.heading,
            requests: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
          }, '*');
        }
      }
      customElements.define('locale-host', Host);
      const host = new Host();
      const locale = new PolarSeatClaim.LocaleController(host, () => undefined);
      document.body.append(host);
    </script>`;
  document.body.append(frame);
  return reported.finally(() => frame.remove());
}

describe('the classic script', () => {
  it('loads a translation from dist/cdn/locales/, next to itself', async () => {
    const report = await germanPage();
    expect(report.lang).to.equal('de');
    expect(report.heading).to.equal(german.heading);
    expect(report.requests.filter((path) => path.includes('/locales/'))).to.deep.equal(['/dist/cdn/locales/de.js']);
  });
});
