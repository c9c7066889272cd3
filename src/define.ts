import { PolarSeatClaim } from './polar-seat-claim.js';

declare global {
  interface HTMLElementTagNameMap {
    'polar-seat-claim': PolarSeatClaim;
  }
}

/**
 * Registers the element under `tagName`, once. A page may load the script twice (a CDN tag and an app bundle):
 * the second copy steps aside instead of throwing, and says so when it is a different version.
 */
export function defineSeatClaim(tagName = 'polar-seat-claim'): void {
  const existing = customElements.get(tagName) as { version?: string } | undefined;
  if (!existing) {
    try {
      customElements.define(tagName, PolarSeatClaim);
    } catch (error) {
      // A class holds one tag: already registered under another, a subclass takes this one. Other errors stand.
      if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
      customElements.define(tagName, class extends PolarSeatClaim {});
    }
  } else if (existing.version !== PolarSeatClaim.version) {
    console.warn(
      `<${tagName}> ${String(existing.version)} is already defined; version ${PolarSeatClaim.version} was not registered.`,
    );
  }
}
