/**
 * Per-client-IP request budget per minute, like Polar's (500/min in production,
 * 100/min in sandbox). A fixed one-minute window is close enough for tests.
 * @module
 */

const WINDOW_MS = 60_000;

export class RateLimiter {
  /** @type {Map<string, { windowStart: number, count: number }>} */
  #windows = new Map();
  #limit;
  #now;

  /**
   * @param {number} limitPerMinute `Infinity` turns limiting off
   * @param {() => number} now
   */
  constructor(limitPerMinute, now) {
    this.#limit = limitPerMinute;
    this.#now = now;
  }

  /**
   * Counts one request from `ip`.
   * @param {string} ip
   * @returns {{ allowed: true } | { allowed: false, retryAfterSeconds: number }}
   */
  take(ip) {
    if (this.#limit === Number.POSITIVE_INFINITY) return { allowed: true };
    const now = this.#now();
    let window = this.#windows.get(ip);
    if (!window || now - window.windowStart >= WINDOW_MS) {
      window = { windowStart: now, count: 0 };
      this.#windows.set(ip, window);
    }
    window.count += 1;
    if (window.count <= this.#limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.windowStart + WINDOW_MS - now) / 1000)) };
  }

  clear() {
    this.#windows.clear();
  }
}
