/**
 * Polar's MaxBodySizeMiddleware (server/polar/middlewares.py, limit `API_MAX_REQUEST_BODY_SIZE` in
 * server/polar/config.py): it looks only at the `Content-Length` header, before any routing, rate limit or
 * body read. It sits inside the CORS middleware, so its answers carry CORS headers, and outside the
 * Cache-Control one, so they carry no `Cache-Control`.
 * @module
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

export const MAX_REQUEST_BODY_BYTES = 10 * 1024 * 1024;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The middleware's refusal of a request, or null to let it through. The body is Python's `json.dumps` with its
 * default separators (`", "` and `": "`), not Starlette's compact JSONResponse, so it is kept as text.
 * @param {IncomingMessage} req
 * @returns {{ status: 411 | 413, body: string } | null}
 */
export function bodySizeRefusal(req) {
  const contentLength = req.headers['content-length'];
  if (contentLength === undefined) {
    if (!METHODS_WITH_BODY.has(req.method ?? '')) return null;
    return { status: 411, body: pythonJson('LengthRequired', 'A Content-Length header is required.') };
  }
  // Python's int() would refuse a malformed value and let the request through; Node's parser refuses it first.
  if (Number(contentLength) > MAX_REQUEST_BODY_BYTES) {
    return {
      status: 413,
      body: pythonJson(
        'RequestBodyTooLarge',
        `Request body exceeded the maximum allowed size of ${MAX_REQUEST_BODY_BYTES} bytes.`,
      ),
    };
  }
  return null;
}

/**
 * @param {string} error
 * @param {string} detail
 */
const pythonJson = (error, detail) => `{"error": ${JSON.stringify(error)}, "detail": ${JSON.stringify(detail)}}`;
