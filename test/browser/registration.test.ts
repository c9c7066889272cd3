/**
 * Registering the element: once per tag, under a tag of the host's own, beside another version, and with the
 * package's version.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { defineSeatClaim } from '../../src/define.js';
import { PolarSeatClaim as PolarSeatClaimClass } from '../../src/polar-seat-claim.js';
import { VERSION } from '../../src/version.js';
import { API, mint, nextEvent } from './support.js';

describe('registration', () => {
  it('registers once; defining again does not throw and stays silent for the same version', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineSeatClaim();
      expect(customElements.get('polar-seat-claim')).to.equal(PolarSeatClaimClass);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = warn;
    }
  });

  it('warns when another version already holds the tag', () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('polar-seat-claim-other', Older);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineSeatClaim('polar-seat-claim-other');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('polar-seat-claim-other')).to.equal(Older);
    expect(String(warnings[0]?.[0])).to.contain('0.0.1').and.contain(VERSION);
  });

  it('carries the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(PolarSeatClaimClass.version).to.equal(pkg.version);
  });

  it('defineSeatClaim registers the element under a tag of your own, beside <polar-seat-claim>', async () => {
    defineSeatClaim('acme-seat-claim');
    expect(customElements.get('acme-seat-claim')?.prototype).to.be.instanceOf(PolarSeatClaimClass);
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(
      html`<acme-seat-claim server=${API} token=${minted.token}></acme-seat-claim>`,
    );
    await nextEvent(el, 'seat-claim-info');
    expect(el.status).to.equal('ready');
  });

  it('exports the class for registration under another tag', async () => {
    customElements.define('my-seat-claim', class extends PolarSeatClaimClass {});
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(html`<my-seat-claim server=${API} token=${minted.token}></my-seat-claim>`);
    await nextEvent(el, 'seat-claim-info');
    expect(el.status).to.equal('ready');
  });
});
