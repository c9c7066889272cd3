// The network of `npm run bench:network` in a thread of its own: the three latency proxies (net-proxy.mjs)
// and the shared link. Its event loop does nothing else (the main thread drives Chromium), and it asks for a
// higher scheduling priority for itself where allowed, so that the pieces leave on time on a busy machine.
// How late they left is measured and printed with the figures.
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createLink, lateness, startLatencyProxy } from './net-proxy.mjs';
import { quantile } from './stats.mjs';

/**
 * Starts the worker. `targets` maps a name to `{ host, port }` of the origin server behind it. Resolves
 * with the proxies' ports and the calls the bench makes between loads.
 */
export async function startNetwork(targets) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { targets } });
  let nextId = 0;
  const pending = new Map();
  worker.on('message', ({ id, result, error }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (error) call?.reject(new Error(error));
    else call?.resolve(result);
  });
  const failed = new Promise((_, reject) => worker.once('error', reject));
  failed.catch(() => undefined);
  const call = (type, args) =>
    Promise.race([
      failed,
      new Promise((resolve, reject) => {
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        worker.postMessage({ id: nextId, type, args });
      }),
    ]);
  const { ports, priority } = await call('start');
  return {
    ports,
    /** The scheduling priority the network thread got (0: normal; lower is sooner). */
    priority,
    /** @param {{ rttMs: number, downBps: number, upBps: number }} profile */
    setProfile: (profile) => call('setProfile', profile),
    startLoad: (load) => call('startLoad', load),
    closeConnections: () => call('closeConnections'),
    /** Per proxy: connections opened in `load` and when the first was (ms after the load started). */
    connectionsOf: (load) => call('connectionsOf', load),
    /** How late the proxies wrote their pieces, ms: median, 90th and 99th percentile, since the last call. */
    lateness: () => call('lateness'),
    close: async () => {
      await call('close');
      await worker.terminate();
    },
  };
}

async function serve() {
  const network = {
    rttMs: 0,
    up: createLink({ bitsPerSecond: Infinity, delayMs: 0 }),
    down: createLink({ bitsPerSecond: Infinity, delayMs: 0 }),
  };
  let proxies = {};
  const handlers = {
    async start() {
      let priority = 0;
      try {
        // The calling thread only (Linux): the proxies' timers, not Chromium.
        os.setPriority(-10);
        priority = -10;
      } catch {
        // Not allowed for this user: normal priority, the lateness figures say what it cost.
      }
      for (const [name, { host, port }] of Object.entries(workerData.targets))
        proxies[name] = await startLatencyProxy({ host, target: port, network });
      return { ports: Object.fromEntries(Object.entries(proxies).map(([name, p]) => [name, p.port])), priority };
    },
    setProfile({ rttMs, downBps, upBps }) {
      Object.assign(network, {
        rttMs,
        up: createLink({ bitsPerSecond: upBps, delayMs: rttMs / 2 }),
        down: createLink({ bitsPerSecond: downBps, delayMs: rttMs / 2 }),
      });
    },
    startLoad(load) {
      for (const proxy of Object.values(proxies)) proxy.startLoad(load);
    },
    closeConnections() {
      for (const proxy of Object.values(proxies)) proxy.closeConnections();
    },
    connectionsOf(load) {
      return Object.fromEntries(Object.entries(proxies).map(([name, proxy]) => [name, proxy.connectionsOf(load)]));
    },
    lateness() {
      const values = lateness.splice(0);
      return {
        n: values.length,
        median: quantile(values, 0.5),
        p90: quantile(values, 0.9),
        p99: quantile(values, 0.99),
      };
    },
    async close() {
      for (const proxy of Object.values(proxies)) await proxy.close();
      proxies = {};
    },
  };
  parentPort.on('message', async ({ id, type, args }) => {
    try {
      parentPort.postMessage({ id, result: await handlers[type](args) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error?.stack ?? error) });
    }
  });
}

if (!isMainThread && workerData?.targets) await serve();
