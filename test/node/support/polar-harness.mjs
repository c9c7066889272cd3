/**
 * Runs a fake Polar API on an ephemeral port for one test, with a clock the test controls.
 * @module
 */

import { once } from 'node:events';
import { createServer, request } from 'node:http';
import { afterEach, before, beforeEach } from 'node:test';
import { createPolarApi } from '../../../mock/polar-api.mjs';
import { loadPolarSchemas } from './polar-schema.mjs';

export const CLAIM_PATH = '/v1/customer-seats/claim';
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Registers the hooks of a test file that wants a fresh fake Polar for each test (so no test sees another's
 * invitations or clock) and the schemas to validate its answers; both are read through the returned object.
 */
export function useFakePolarPerTest() {
  const fake = {
    /** @type {Awaited<ReturnType<typeof startFakePolar>>} */
    polar: /** @type {never} */ (undefined),
    /** @type {Awaited<ReturnType<typeof loadPolarSchemas>>} */
    schemas: /** @type {never} */ (undefined),
  };
  before(async () => {
    fake.schemas = await loadPolarSchemas();
  });
  beforeEach(async () => {
    fake.polar = await startFakePolar();
  });
  afterEach(async () => {
    await fake.polar.close();
  });
  return fake;
}

/**
 * @param {{ rateLimitPerMinute?: number, latencyMs?: number, streamLifetimeMs?: number, streamPingMs?: number, streamConnectionsPerMinute?: number, wrap?: (api: import('../../../mock/polar-api.mjs').PolarApi) => import('node:http').RequestListener }} [options]
 */
export async function startFakePolar(options = {}) {
  let clock = Date.parse('2026-08-01T12:00:00.000Z');
  const api = createPolarApi({
    now: () => clock,
    rateLimitPerMinute: options.rateLimitPerMinute,
    latencyMs: options.latencyMs,
    streamLifetimeMs: options.streamLifetimeMs,
    streamPingMs: options.streamPingMs,
    streamConnectionsPerMinute: options.streamConnectionsPerMinute,
  });

  /** Resolvers waiting for the next request whose handling returned (answered, or parked by `hang`). */
  /** @type {((request: import('node:http').IncomingMessage) => void)[]} */
  let handledWaiters = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  const listener = options.wrap
    ? options.wrap(api)
    : async (
        /** @type {import('node:http').IncomingMessage} */ req,
        /** @type {import('node:http').ServerResponse} */ res,
      ) => {
        if (!(await api.handle(req, res))) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('static fallthrough');
        }
      };
  const server = createServer(async (req, res) => {
    await listener(req, res);
    const waiters = handledWaiters;
    handledWaiters = [];
    for (const resolve of waiters) resolve(req);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${port}`;

  return {
    api,
    url,
    server,
    sockets,
    /** @param {number} ms */
    advance(ms) {
      clock += ms;
    },
    /**
     * Resolves with the request once the server has finished handling it.
     * @returns {Promise<import('node:http').IncomingMessage>}
     */
    nextHandled() {
      return new Promise((resolve) => handledWaiters.push(resolve));
    },
    /** @param {string} token @param {RequestInit} [init] */
    info: (token, init) => fetch(`${url}${CLAIM_PATH}/${encodeURIComponent(token)}`, init),
    /**
     * @param {unknown} body an object is sent as JSON; a string is sent as is
     * @param {Record<string, string>} [headers]
     */
    claim: (body, headers = { 'content-type': 'application/json' }) =>
      fetch(`${url}${CLAIM_PATH}`, {
        method: 'POST',
        headers,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    /** @param {string} path @param {unknown} [body] */
    control: async (path, body) => {
      const response = await fetch(`${url}/__polar-mock/${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      api.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/**
 * A request from a chosen local address, to act as another client IP (any 127.x.y.z
 * reaches the loopback listener on Linux).
 * @param {string} url
 * @param {{ method?: string, localAddress?: string, headers?: Record<string, string>, body?: string }} [options]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
export function rawRequest(url, options = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', localAddress: options.localAddress, headers: options.headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** @param {Response} response */
export async function json(response) {
  return JSON.parse(await response.text());
}
