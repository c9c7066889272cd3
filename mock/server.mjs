/**
 * Standalone fake Polar API (`npm run mock-api`): PORT (default 8787) on localhost,
 * rate limited like production (500 requests per minute per client IP, 10 claim streams a minute).
 * @module
 */

import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { sendJson } from './http-util.mjs';
import { POLAR_STREAM_CONNECTIONS_PER_MINUTE } from './claim-stream.mjs';
import { createPolarApi } from './polar-api.mjs';
import { SCENARIOS } from './scenarios.mjs';

/** Production's budget; tests that need less pass their own. */
const PRODUCTION_RATE_LIMIT = 500;

/**
 * @typedef {object} MockServerOptions
 * @property {number} [port] 0 picks a free port (default 8787)
 * @property {string} [host] default `localhost`
 * @property {number} [rateLimitPerMinute] default 500, like production
 * @property {number} [latencyMs]
 * @property {() => number} [now]
 * @property {number} [streamConnectionsPerMinute] claim streams per client IP (default Polar's 10)
 */

/**
 * @typedef {object} MockServer
 * @property {string} url base URL, e.g. `http://localhost:8787`
 * @property {import('./polar-api.mjs').PolarApi} api
 * @property {import('node:http').Server} server
 * @property {() => Promise<void>} close
 */

/**
 * @param {MockServerOptions} [options]
 * @returns {Promise<MockServer>}
 */
export async function startMockServer(options = {}) {
  const { port = 8787, host = 'localhost', rateLimitPerMinute = PRODUCTION_RATE_LIMIT, latencyMs, now } = options;
  const { streamConnectionsPerMinute = POLAR_STREAM_CONNECTIONS_PER_MINUTE } = options;
  const api = createPolarApi({ rateLimitPerMinute, latencyMs, now, streamConnectionsPerMinute });
  const server = createServer(async (req, res) => {
    if (!(await api.handle(req, res))) sendJson(res, 404, { detail: 'Not Found' });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    api,
    server,
    close: () =>
      new Promise((resolve, reject) => {
        api.close();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}

/**
 * The server, or a message a person can act on when its port is taken (rather than an 'EADDRINUSE' stack trace).
 * @param {number} port
 */
async function startOnPort(port) {
  try {
    return await startMockServer({ port });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    throw new Error(`Port ${port} is already in use. Pick another one, e.g. PORT=${port + 1} npm run mock-api`);
  }
}

async function main() {
  const port = process.env.PORT ? Number(process.env.PORT) : 8787;
  const { url, close } = await startOnPort(port);
  const nameWidth = Math.max(...SCENARIOS.map(({ name }) => name.length));
  console.log(`Fake Polar API listening on ${url}`);
  console.log(`  GET  ${url}/v1/customer-seats/claim/{invitation_token}`);
  console.log(`  POST ${url}/v1/customer-seats/claim`);
  console.log(`  GET  ${url}/v1/customer-seats/claim/{invitation_token}/stream  (Server-Sent Events)`);
  console.log(
    `  Controls: ${url}/__polar-mock/ (invitations, faults, scenarios, requests, clock, reset, portal-visits, stream)`,
  );
  console.log('Seeded invitation tokens:');
  for (const { name, token, title } of SCENARIOS) console.log(`  ${name.padEnd(nameWidth)}  ${token}  ${title}`);
  const stop = () => void close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
