/**
 * Older browsers (issue #13 item 7): without ElementInternals (Safari before 16.4), custom states (Safari before
 * 17.4) or adopted style sheets (Safari before 16.4), the element still loads, renders and claims; where custom
 * states are missing, the `status` attribute carries the state. Each runs in a page of its own with the API deleted
 * before the element's module loads.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import { API, mint } from './support.js';
import { runWithout } from './page-without.js';

const WITHOUT: Record<string, readonly string[]> = {
  ElementInternals: ['HTMLElement.prototype.attachInternals', 'ElementInternals'],
  'custom states': ['ElementInternals.prototype.states', 'CustomStateSet'],
  'adopted style sheets': ['Document.prototype.adoptedStyleSheets', 'ShadowRoot.prototype.adoptedStyleSheets'],
};
// Custom states first: their path goes through ElementInternals, deleted next.
WITHOUT['all of them'] = [
  ...WITHOUT['custom states']!,
  ...WITHOUT.ElementInternals!,
  ...WITHOUT['adopted style sheets']!,
];

/** Reports, at the claim, what the page shows: the status attribute, the heading, and whether the card is styled. */
const WATCH = `
  document.addEventListener('seat-claimed', ({ target }) => {
    const card = target.shadowRoot.querySelector('[part=base]');
    post('event', { type: 'status ' + target.getAttribute('status') });
    post('event', { type: 'heading ' + card.querySelector('h2').textContent.trim() });
    post('event', { type: 'styled ' + getComputedStyle(card).borderStyle });
  });`;

describe('old browsers: the element without newer platform features', () => {
  for (const [name, missing] of Object.entries(WITHOUT)) {
    it(`without ${name}: loads, renders and claims`, async () => {
      const { token, organizationName } = await mint();
      const report = await runWithout(
        missing,
        {
          script: WATCH,
          markup: `<polar-seat-claim server="${API}" token="${token}" grant-timeout="0" auto-claim></polar-seat-claim>`,
        },
        5,
      );
      expect(report.errors).to.deep.equal([]);
      const types = report.events.map((event) => event.type);
      expect(types.slice(0, 2)).to.deep.equal(['seat-claim-info', 'seat-claimed']);
      const claimedHeading = format(defaultMessages.claimedHeading, {
        organization_name: organizationName,
      } as SeatClaimInfo);
      expect(types).to.include(`heading ${claimedHeading}`);
      expect(types).to.include('styled solid');
      if (name !== 'adopted style sheets') expect(types).to.include('status claimed');
    });
  }
});
