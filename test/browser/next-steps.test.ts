/**
 * A next step from every end (issue #12 §4): after a claim, the host's `continue-url` first and the portal second;
 * after an invitation that cannot be claimed (any more), a portal sign-in link whenever the organization is known;
 * after an answer that made no sense, a retry that loads the invitation again, so that the person confirms again.
 */
import { expect } from '@open-wc/testing';
import type { PortalVisit } from '../../mock/portal.mjs';
import { html } from 'lit';
import { defaultMessages, type PolarSeatClaim, type SeatClaimErrorDetail } from '../../src/element.js';
import {
  API,
  PORTAL,
  arrived,
  clickClaim,
  mint,
  mountInvitation,
  nextEvent,
  part,
  portalVisits,
  reach,
  refused,
  requestsFor,
  waitForStatus,
} from './support.js';

const CONTINUE = `${location.origin}/welcome?from=claim#team`;
const A_TOKEN = 'x'.repeat(43);

/** Pastes `value` into the element's form and submits it. */
function paste(el: PolarSeatClaim, value: string): void {
  const input = part(el, 'token-input') as HTMLInputElement;
  input.value = value;
  (part(el, 'token-form') as HTMLFormElement).requestSubmit();
}

function expectSignIn(el: PolarSeatClaim, slug: string): void {
  const portal = part(el, 'portal-link');
  expect(portal, 'a portal sign-in link').to.not.equal(null);
  expect(portal!.textContent.trim()).to.equal(defaultMessages.signIn);
  expect(portal!.getAttribute('href')).to.equal(`${API}/__polar-mock/portal/${slug}/portal`);
}

describe('next steps', () => {
  it('after a claim with continue-url, the main link continues there and the portal link is secondary', async () => {
    const { el } = await mountInvitation({}, (el) => {
      el.continueUrl = CONTINUE;
    });
    await clickClaim(el);
    await reach(el, 'claimed');
    const next = part(el, 'continue-link')!;
    expect(next.getAttribute('href')).to.equal(CONTINUE);
    expect(next.textContent.trim()).to.equal(defaultMessages.continue);
    expect(next.classList.contains('primary')).to.equal(true);
    const portal = part(el, 'portal-link')!;
    expect(portal.classList.contains('secondary')).to.equal(true);
    expect(portal.classList.contains('primary')).to.equal(false);
  });

  it('redirect goes to continue-url, not to the portal', async () => {
    const slug = `continue-${Math.random().toString(36).slice(2)}`;
    const { token } = await mint();
    const continueUrl = `${PORTAL}/${slug}/portal?next=1`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="${location.origin}/src/index.ts"></script>
      <polar-seat-claim server="${API}" portal-url="${PORTAL}" token="${token}" continue-url="${continueUrl}"
        grant-timeout="0" auto-claim redirect></polar-seat-claim>`;
    document.body.append(frame);
    try {
      let visits: PortalVisit[] = [];
      while (!visits.length) visits = (await portalVisits()).filter((visit) => visit.slug === slug);
      expect(visits.map((visit) => [visit.path, visit.token])).to.deep.equal([
        [`/__polar-mock/portal/${slug}/portal?next=1`, null],
      ]);
    } finally {
      frame.remove();
    }
  });

  for (const [why, url] of [
    ['http off loopback', 'http://example.com/welcome'],
    ['credentials', 'https://user:secret@example.com/welcome'],
    ['relative', '/welcome'],
  ]) {
    it(`an invalid continue-url (${why}) is a config error, with no request`, async () => {
      const { detail } = await refused(
        html`<polar-seat-claim server=${API} token=${A_TOKEN} continue-url=${url!}></polar-seat-claim>`,
      );
      expect(detail.code).to.equal('config');
    });
  }

  for (const scenario of ['expired', 'claimed'] as const) {
    it(`an invitation that cannot be claimed (${scenario}) offers the portal sign-in of the single organization, and continue`, async () => {
      const { el } = await mountInvitation({ scenario }, (el) => {
        el.organization = 'acme';
        el.continueUrl = CONTINUE;
      });
      const error = await nextEvent(el, 'seat-claim-error');
      expect((error.detail as SeatClaimErrorDetail).code).to.equal('invalid_token');
      await el.updateComplete;
      expectSignIn(el, 'acme');
      expect(part(el, 'continue-link')?.getAttribute('href')).to.equal(CONTINUE);
    });
  }

  it('an unknown invitation offers no portal link when the organization is unknown', async () => {
    const { el } = await mountInvitation({ scenario: 'expired' });
    await nextEvent(el, 'seat-claim-error');
    await el.updateComplete;
    expect(part(el, 'portal-link')).to.equal(null);
  });

  it('an invalid invitation from a pasted link offers the sign-in of the link’s organization', async () => {
    const { token } = await mint({ scenario: 'expired' });
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.portalUrl = `${API}/__polar-mock/portal`;
    el.grantTimeout = 0;
    document.body.append(el);
    try {
      await waitForStatus(el, 'needs-token');
      await el.updateComplete;
      const error = nextEvent(el, 'seat-claim-error');
      paste(el, `https://polar.sh/pasted-org/portal/claim?token=${token}`);
      expect(((await error).detail as SeatClaimErrorDetail).code).to.equal('invalid_token');
      await el.updateComplete;
      expectSignIn(el, 'pasted-org');
    } finally {
      el.remove();
    }
  });

  it('a claim that may have gone through offers the portal sign-in and continue', async () => {
    const { el } = await mountInvitation({ claim: 'truncated-json', organizationSlug: 'maybe-org' }, (el) => {
      el.continueUrl = CONTINUE;
    });
    const outcome = await clickClaim(el);
    expect(outcome.type).to.equal('seat-claim-error');
    await el.updateComplete;
    expect(part(el, 'error')!.textContent).to.include(defaultMessages.problems.maybe_claimed.title);
    expectSignIn(el, 'maybe-org');
    expect(part(el, 'continue-link')?.getAttribute('href')).to.equal(CONTINUE);
  });

  for (const [code, claim] of [
    ['validation', 'validation-error'],
    ['bad_response', 'method-not-allowed'],
  ] as const) {
    it(`after a ${code} error, Try again loads the invitation again and the person confirms again`, async () => {
      const { el, minted } = await mountInvitation({ claim });
      const outcome = await clickClaim(el);
      expect((outcome.detail as SeatClaimErrorDetail).code).to.equal(code);
      await el.updateComplete;
      const retry = part(el, 'retry-button')!;
      expect(retry.classList.contains('primary')).to.equal(true);
      const reloaded = nextEvent(el, 'seat-claim-info');
      retry.click();
      await reloaded;
      await arrived(minted.token, 'info', 2);
      expect(el.status, 'waits for the person to confirm').to.equal('ready');
      await el.updateComplete;
      expect(part(el, 'claim-button')).to.not.equal(null);
      expect((await requestsFor(minted.token)).claim, 'no claim without a confirmation').to.equal(1);
    });
  }
});
