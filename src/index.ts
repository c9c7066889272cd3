/** The package's main entry: registers `<polar-seat-claim>` and exports everything the host may need. */
import { defineSeatClaim } from './define.js';

defineSeatClaim();

export * from './element.js';
