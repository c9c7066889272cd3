/**
 * Validators for Polar's wire objects, compiled from the OpenAPI 3.1 document kept in mock/ (a copy of
 * shared/polar/openapi-seat-claim.json, so that a clone of this repository alone runs every test).
 * @module
 */

import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';

const SPEC_URL = new URL('../../../mock/openapi-seat-claim.json', import.meta.url);
const SPEC_ID = 'https://polar.test/openapi-seat-claim.json';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * OpenAPI's document is not itself a JSON Schema (openapi, info, paths…), hence
 * strict:false; formats are registered explicitly because ajv-formats is not installed.
 */
export async function loadPolarSchemas() {
  const spec = JSON.parse(await readFile(SPEC_URL, 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('uuid4', UUID4);
  ajv.addFormat('date-time', {
    validate: (/** @type {string} */ value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
  });
  ajv.addSchema({ $id: SPEC_ID, components: spec.components });

  /** @param {string} name */
  const compile = (name) => {
    const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${name}`);
    if (!validate) throw new Error(`schema ${name} is missing from the OpenAPI document`);
    /** @param {unknown} data @returns {string | null} the errors, or null when valid */
    return (data) => (validate(data) ? null : ajv.errorsText(validate.errors));
  };
  return {
    seatClaimInfo: compile('SeatClaimInfo'),
    claimResponse: compile('CustomerSeatClaimResponse'),
    validationError: compile('HTTPValidationError'),
    customerSeat: compile('CustomerSeat'),
  };
}
