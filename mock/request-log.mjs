/**
 * What reached the fake API, so tests can assert how often (and how) the widget called it.
 * @module
 */

/** @typedef {'info' | 'claim'} Operation */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path percent-decoded path, for reading
 * @property {string} rawPath the request target exactly as received (with query)
 * @property {Record<string, string | string[] | undefined>} headers lower-cased names, all of them
 * @property {string} body raw body text ('' when none)
 * @property {number} at the api clock (ms since epoch) when the request arrived
 * @property {Operation | null} operation null for preflights and unroutable requests
 * @property {string | null} token invitation token it was counted for (path token for GET, body token for POST)
 */

/**
 * @typedef {object} RequestSummary
 * @property {number} info
 * @property {number} claim
 * @property {number} preflights
 * @property {RecordedRequest[]} requests
 * @property {RecordedRequest[]} preflightRequests
 */

/** @returns {RequestSummary} */
const emptySummary = () => ({ info: 0, claim: 0, preflights: 0, requests: [], preflightRequests: [] });

export class RequestLog {
  /** @type {RequestSummary} */
  #everything = emptySummary();
  /** @type {Map<string, RequestSummary>} */
  #byToken = new Map();

  /** @param {string | null} token */
  #summariesFor(token) {
    const summaries = [this.#everything];
    if (token !== null) {
      let summary = this.#byToken.get(token);
      if (!summary) {
        summary = emptySummary();
        this.#byToken.set(token, summary);
      }
      summaries.push(summary);
    }
    return summaries;
  }

  /**
   * Records an API request; every one that reached a handler counts, faulted or not.
   * @param {RecordedRequest} request
   */
  recordRequest(request) {
    for (const summary of this.#summariesFor(request.token)) {
      summary.requests.push(request);
      if (request.operation) summary[request.operation] += 1;
    }
  }

  /**
   * Preflights carry no body, so a claim preflight cannot be tied to a token; only info
   * preflights (token in the path) count for a token. The overall summary has them all.
   * @param {RecordedRequest} request
   */
  recordPreflight(request) {
    for (const summary of this.#summariesFor(request.token)) {
      summary.preflightRequests.push(request);
      summary.preflights += 1;
    }
  }

  /**
   * @param {string} token
   * @param {Operation} operation
   */
  count(token, operation) {
    return this.#byToken.get(token)?.[operation] ?? 0;
  }

  /**
   * A copy, for one token or (without one) for the whole api instance.
   * @param {string} [token]
   * @returns {RequestSummary}
   */
  summary(token) {
    const summary = token === undefined ? this.#everything : (this.#byToken.get(token) ?? emptySummary());
    return structuredClone(summary);
  }

  clear() {
    this.#everything = emptySummary();
    this.#byToken.clear();
  }
}
