/**
 * Fault injection for one operation (`info` or `claim`) of one invitation.
 *
 * Faults fall into three groups, which decides whether the operation takes effect:
 * - transport faults answer (or fail) instead of the server, so nothing is claimed:
 *   `hang`, `reset-before`, `rate-limited`, `server-error`, `bad-gateway`, `empty-error`,
 *   `validation-error`, `method-not-allowed`, `redirect`, `echo-token`, `huge-error`;
 * - `slow` only delays the normal answer;
 * - answer faults let the server do its work, then spoil what goes back: `reset-after`
 *   and `slow-body` (any answer) and `truncated-json`, `missing-seat`, `wrong-type`, `extra-fields`,
 *   `malformed`, `empty-body`, `null-body`, `seat-not-claimed`, `huge-name` (successful answers only; an
 *   error answer passes through unchanged).
 *
 * What the newer ones do:
 * - `redirect`: a 307 (claim) or 302 (info) to the same path on the other loopback name (`127.0.0.1` and
 *   `localhost`: another origin), with CORS headers, as a proxy in front of Polar might send. Give it
 *   `times: 1`, or the other origin redirects back.
 * - `echo-token`: a proxy's 404 whose `detail` repeats the invitation token.
 * - `huge-error`: a proxy's 404 whose body is oversized every way (see {@link hugeErrorBody}).
 * - `slow-body`: the status line and headers at once, then one byte of the body every `delayMs`
 *   (default 500 ms) until the client gives up.
 * - `seat-not-claimed`: a claim's 200 whose seat still says `pending`.
 * - `huge-name`: a 5 MB `product_name` (info) or seat `email` (claim).
 *
 * Polar never sends most of these itself: they stand for the network, a proxy or a CDN on the way. Answers
 * Polar's own code does send are `rate-limited`, `server-error`, and `validation-error` on a claim; a 422 on
 * the info GET (`validation-error` there) is never sent by Polar, as the GET has no body to validate.
 * @module
 */

/**
 * @typedef {'slow' | 'hang' | 'reset-before' | 'reset-after' | 'rate-limited' | 'server-error'
 *   | 'bad-gateway' | 'truncated-json' | 'missing-seat' | 'wrong-type' | 'extra-fields'
 *   | 'empty-error' | 'validation-error' | 'method-not-allowed' | 'malformed'
 *   | 'empty-body' | 'null-body' | 'redirect' | 'echo-token' | 'slow-body' | 'seat-not-claimed'
 *   | 'huge-name' | 'huge-error'} FaultKind
 */

/**
 * As given by callers: a kind, or a kind with options.
 * `times` limits the fault to the first N requests of that operation for the token.
 * @typedef {FaultKind | { kind: FaultKind, times?: number, delayMs?: number }} Fault
 */

/** @typedef {{ kind: FaultKind, times: number, delayMs: number }} NormalizedFault */

/** @type {readonly FaultKind[]} */
export const FAULT_KINDS = Object.freeze([
  'slow',
  'hang',
  'reset-before',
  'reset-after',
  'rate-limited',
  'server-error',
  'bad-gateway',
  'truncated-json',
  'missing-seat',
  'wrong-type',
  'extra-fields',
  'empty-error',
  'validation-error',
  'method-not-allowed',
  'malformed',
  'empty-body',
  'null-body',
  'redirect',
  'echo-token',
  'slow-body',
  'seat-not-claimed',
  'huge-name',
  'huge-error',
]);

/** Faults that replace the server: the operation never takes effect. */
export const TRANSPORT_FAULTS = new Set([
  'hang',
  'reset-before',
  'rate-limited',
  'server-error',
  'bad-gateway',
  'empty-error',
  'validation-error',
  'method-not-allowed',
  'redirect',
  'echo-token',
  'huge-error',
]);

/** Faults that only spoil a successful (200) answer body. */
export const SUCCESS_BODY_FAULTS = new Set([
  'truncated-json',
  'missing-seat',
  'wrong-type',
  'extra-fields',
  'malformed',
  'empty-body',
  'null-body',
  'seat-not-claimed',
  'huge-name',
]);

const DEFAULT_SLOW_MS = 3000;
/** `slow-body`: a byte every half second, slow enough for any timeout a test sets. */
const DEFAULT_DRIP_MS = 500;
/** `huge-name`: the size that froze a page for seconds when rendered. */
const HUGE_NAME_LENGTH = 5 * 1024 * 1024;

/**
 * Validates and fills in defaults; throws a TypeError naming the problem.
 * @param {unknown} fault
 * @param {string} label where the fault came from, for the error message
 * @returns {NormalizedFault | null}
 */
export function normalizeFault(fault, label) {
  if (fault === undefined || fault === null) return null;
  const spec = typeof fault === 'string' ? { kind: fault } : fault;
  if (typeof spec !== 'object' || Array.isArray(spec)) {
    throw new TypeError(`${label}: a fault is a kind string or { kind, times?, delayMs? }`);
  }
  const { kind, times, delayMs } = /** @type {Record<string, unknown>} */ (spec);
  if (!FAULT_KINDS.includes(/** @type {FaultKind} */ (kind))) {
    throw new TypeError(`${label}: unknown fault kind ${JSON.stringify(kind)} (known: ${FAULT_KINDS.join(', ')})`);
  }
  if (times !== undefined && !(Number.isInteger(times) && /** @type {number} */ (times) >= 0)) {
    throw new TypeError(`${label}: times must be a non-negative integer`);
  }
  if (delayMs !== undefined && !(typeof delayMs === 'number' && delayMs >= 0 && Number.isFinite(delayMs))) {
    throw new TypeError(`${label}: delayMs must be a non-negative number`);
  }
  return {
    kind: /** @type {FaultKind} */ (kind),
    times: times === undefined ? Number.POSITIVE_INFINITY : /** @type {number} */ (times),
    delayMs: /** @type {number} */ (delayMs ?? (kind === 'slow-body' ? DEFAULT_DRIP_MS : DEFAULT_SLOW_MS)),
  };
}

/**
 * The fault in force for the n-th request (1-based) of an operation, if any.
 * @param {NormalizedFault | null} fault
 * @param {number} requestNumber
 */
export function activeFault(fault, requestNumber) {
  return fault !== null && requestNumber <= fault.times ? fault : null;
}

/**
 * Spoils a successful answer body as the fault kind says.
 * @param {FaultKind} kind
 * @param {'info' | 'claim'} operation
 * @param {Record<string, any>} payload the valid answer
 * @returns {string} the body to send
 */
export function spoilSuccessBody(kind, operation, payload) {
  switch (kind) {
    case 'truncated-json': {
      const text = JSON.stringify(payload);
      return text.slice(0, Math.floor(text.length / 2));
    }
    case 'malformed':
      return JSON.stringify({ ok: true });
    // What a proxy or CDN in front of Polar may turn a success into.
    case 'empty-body':
      return '';
    case 'null-body':
      return 'null';
    case 'missing-seat': {
      const incomplete = { ...payload };
      delete incomplete[operation === 'claim' ? 'seat' : 'product_name'];
      return JSON.stringify(incomplete);
    }
    case 'wrong-type':
      return JSON.stringify(
        operation === 'claim'
          ? { ...payload, seat: { ...payload.seat, id: 12345 } }
          : { ...payload, can_claim: String(payload.can_claim) },
      );
    case 'extra-fields': {
      // Polar may add fields at any time; the schema allows additional properties.
      const extras = { request_id: 'req_mock_extra', x_future_field: { nested: [1, 2, 3] } };
      return JSON.stringify(
        operation === 'claim'
          ? { ...payload, ...extras, seat: { ...payload.seat, seat_tier: 'gold', x_future_field: null } }
          : { ...payload, ...extras, product_description: 'Added by a newer API version' },
      );
    }
    case 'seat-not-claimed':
      return JSON.stringify(
        operation === 'claim'
          ? { ...payload, seat: { ...payload.seat, status: 'pending', claimed_at: null } }
          : payload,
      );
    case 'huge-name': {
      const huge = 'P'.repeat(HUGE_NAME_LENGTH);
      return JSON.stringify(
        operation === 'claim'
          ? { ...payload, seat: { ...payload.seat, email: huge } }
          : { ...payload, product_name: huge },
      );
    }
    default:
      return JSON.stringify(payload);
  }
}

/**
 * `huge-error`: an error body that no host could log as it is: nested 1000 deep, a 1000-item array, a 100-key
 * object, a 5 MB string, 900 strings of 1,000 characters, the invitation token and a session token in values and
 * keys, and a `__proto__` key. Written by hand: JSON.stringify cannot emit a `__proto__` key.
 * @param {string} token
 */
export function hugeErrorBody(token) {
  const json = (/** @type {unknown} */ value) => JSON.stringify(value);
  const row = json(Array.from({ length: 30 }, () => 'y'.repeat(1000)));
  return `{${[
    `"error":"NotFound"`,
    `"detail":${'['.repeat(1000)}"bottom"${']'.repeat(1000)}`,
    `"list":${json(Array.from({ length: 1000 }, (_, i) => i))}`,
    `"wide":${json(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])))}`,
    `"text":${json('x'.repeat(HUGE_NAME_LENGTH))}`,
    `"echo":${json(`Invitation ${token} not found`)}`,
    `${json(`key ${token}`)}:"polar_mst_${'s'.repeat(43)} and polar_cst_${'c'.repeat(43)}"`,
    `"__proto__":{"polluted":"yes"}`,
    `"grid":[${Array.from({ length: 30 }, () => row).join(',')}]`,
  ].join(',')}}`;
}
