/**
 * Small HTTP helpers shared by the fake Polar API: reading request bodies,
 * writing complete answers, and cancellable waits.
 * @module
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {Record<string, string | number>} HeaderMap */

/** Request bodies larger than this are cut (Polar reads any size; no client of the mock sends near this much). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Reads the raw request body as bytes.
 *
 * Host frameworks (Koa in @web/dev-server) normally leave the stream untouched, but if
 * something already consumed it, waiting for 'end' would hang forever: treat it as empty.
 * @param {IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
export function readRawBody(req) {
  if (req.readableEnded || req.destroyed) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (size >= MAX_BODY_BYTES) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => resolve(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES)));
    req.on('error', reject);
    // A client that disconnects mid-body never sends 'end'.
    req.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * True when the answer can no longer be written (client gone or answer already sent).
 * @param {ServerResponse} res
 */
export function isGone(res) {
  return res.destroyed || res.writableEnded || res.headersSent;
}

/**
 * Sends a complete answer with an exact content-length.
 * @param {ServerResponse} res
 * @param {number} status
 * @param {HeaderMap} headers
 * @param {string | Buffer} [body]
 */
export function sendRaw(res, status, headers, body = '') {
  if (isGone(res)) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'content-length': bytes.length });
  res.end(bytes);
}

/**
 * Serialises like Starlette's JSONResponse (compact separators, UTF-8).
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} payload
 * @param {HeaderMap} [headers]
 */
export function sendJson(res, status, payload, headers = {}) {
  sendRaw(res, status, { 'content-type': 'application/json', ...headers }, JSON.stringify(payload));
}

/**
 * Splits a request target into its raw (still percent-encoded) path and query.
 * @param {string | undefined} target
 */
export function splitTarget(target = '/') {
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const search = queryStart === -1 ? '' : target.slice(queryStart);
  return { rawPath, searchParams: new URLSearchParams(search) };
}

/**
 * Percent-decodes like Python's urllib.parse.unquote (what uvicorn does): malformed
 * escapes stay as they are and invalid UTF-8 becomes U+FFFD instead of throwing.
 * @param {string} text
 */
export function percentDecode(text) {
  /** @type {number[]} */
  const bytes = [];
  for (let i = 0; i < text.length;) {
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const codePoint = /** @type {number} */ (text.codePointAt(i));
      const char = String.fromCodePoint(codePoint);
      bytes.push(...Buffer.from(char, 'utf8'));
      i += char.length;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A set of pending waits that can all be cancelled at once, so closing the api never
 * leaves timers keeping the process alive.
 */
export class Waits {
  /** @type {Set<() => void>} */
  #cancellers = new Set();

  /**
   * Resolves `true` after `ms`, or `false` if cancelled first.
   * @param {number} ms
   * @returns {Promise<boolean>}
   */
  sleep(ms) {
    if (!(ms > 0)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const cancel = () => {
        clearTimeout(timer);
        this.#cancellers.delete(cancel);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.#cancellers.delete(cancel);
        resolve(true);
      }, ms);
      this.#cancellers.add(cancel);
    });
  }

  cancelAll() {
    for (const cancel of [...this.#cancellers]) cancel();
  }
}
