/**
 * Validates a claim request body the way FastAPI + pydantic v2 do for Polar's
 * `SeatClaim` model, producing the same 422 error items.
 * @module
 */

import { parseJsonLikePython } from './python-json.mjs';

/**
 * One pydantic v2 error item as FastAPI sends it (`include_url=False`).
 * @typedef {{ type: string, loc: (string | number)[], msg: string, input: unknown, ctx?: Record<string, unknown> }} ValidationErrorItem
 */

/**
 * @typedef {{ kind: 'token', token: string, body: Record<string, unknown> }
 *   | { kind: 'invalid', errors: ValidationErrorItem[] }
 *   | { kind: 'undecodable' }} ClaimBodyResult
 */

/**
 * FastAPI only parses the body as JSON when the content-type is application/json or
 * application/*+json; anything else, and since FastAPI 0.132 (`strict_content_type`, on by default;
 * Polar pins 0.141) no content-type at all, as `fetch` sends for a Blob body, is validated as raw
 * bytes and fails. Mirrors `email.message.Message.get_content_type()`, which FastAPI uses.
 * @param {string | undefined} contentType
 */
function isJsonContentType(contentType) {
  if (contentType === undefined || contentType === '') return false;
  const parts = (contentType.split(';')[0] ?? '').trim().toLowerCase().split('/');
  const [mainType, subType] = parts.length === 2 ? parts : ['text', 'plain'];
  return mainType === 'application' && subType !== undefined && (subType === 'json' || subType.endsWith('+json'));
}

/** @param {unknown} value */
const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * @param {Buffer} rawBody
 * @param {string | undefined} contentType
 * @returns {ClaimBodyResult}
 */
export function parseClaimBody(rawBody, contentType) {
  // FastAPI skips parsing an empty body entirely: the model is then simply missing.
  if (rawBody.length === 0) {
    return { kind: 'invalid', errors: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }] };
  }

  let text;
  try {
    // Python's json.loads(bytes) drops a UTF-8 BOM and rejects invalid UTF-8 with an error
    // FastAPI does not treat as a validation error.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(rawBody);
  } catch {
    return { kind: 'undecodable' };
  }

  /** @type {unknown} */
  let body = text;
  if (isJsonContentType(contentType)) {
    const parsed = parseJsonLikePython(text);
    if (!parsed.ok) {
      return {
        kind: 'invalid',
        errors: [
          {
            type: 'json_invalid',
            loc: ['body', parsed.position],
            msg: 'JSON decode error',
            input: {},
            ctx: { error: parsed.message },
          },
        ],
      };
    }
    body = parsed.value;
  }

  if (body === null) {
    return { kind: 'invalid', errors: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }] };
  }
  if (!isPlainObject(body)) {
    return {
      kind: 'invalid',
      errors: [
        {
          type: 'model_attributes_type',
          loc: ['body'],
          msg: 'Input should be a valid dictionary or object to extract fields from',
          input: body,
        },
      ],
    };
  }

  const object = /** @type {Record<string, unknown>} */ (body);
  if (!Object.hasOwn(object, 'invitation_token')) {
    return {
      kind: 'invalid',
      errors: [{ type: 'missing', loc: ['body', 'invitation_token'], msg: 'Field required', input: object }],
    };
  }
  const token = object.invitation_token;
  if (typeof token !== 'string') {
    // pydantic v2 does not coerce numbers or booleans to str in lax mode.
    return {
      kind: 'invalid',
      errors: [
        { type: 'string_type', loc: ['body', 'invitation_token'], msg: 'Input should be a valid string', input: token },
      ],
    };
  }
  if (token.includes('\u0000')) {
    // Polar's base Schema rejects NUL in every string field (`_reject_nul_characters`, server/polar/kit/schemas.py):
    // PostgreSQL cannot store it. A ValueError in a validator becomes this item; FastAPI's jsonable_encoder turns
    // the exception in `ctx` into `{}`.
    return {
      kind: 'invalid',
      errors: [
        {
          type: 'value_error',
          loc: ['body', 'invitation_token'],
          msg: 'Value error, This value contains invalid characters',
          input: token,
          ctx: { error: {} },
        },
      ],
    };
  }
  return { kind: 'token', token, body: object };
}
