/** The package's main entry: registers `<polar-seat-claim>` and exports everything the host may need. */
import { defineSeatClaim } from './define.js';

defineSeatClaim();

export { defineSeatClaim } from './define.js';
export * from './element.js';
