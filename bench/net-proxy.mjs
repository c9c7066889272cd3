// The network of `npm run bench:network`: a TCP proxy per origin that makes loopback behave like a phone's
// link. Every byte pays half the round trip in each direction, so TLS handshakes and requests pay real round
// trips; the bytes of all proxies share one link per direction (the phone's radio), paced at the profile's
// bandwidth. On loopback the kernel completes a TCP handshake at once, and the host resolver rules answer
// DNS at once: the proxy makes the client's first flight on a connection wait for both instead (one round
// trip for TCP, one for the DNS lookup on the first connection to its host in a load), which is when it
// would leave on a real network.
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/** Bytes per piece put on the link: one TCP segment, so that a large write arrives progressively. */
const SEGMENT = 1448;

/** How long before a piece's time the proxy stops sleeping and polls. */
const EARLY_MS = 2;

/** How late each piece was written, ms after its time: the bench reports it (net-network.mjs empties it). */
export const lateness = [];

/**
 * One direction of the phone's link: pieces are serialized one after another at `bitsPerSecond`
 * (Infinity: no limit), then travel for `delayMs`.
 */
export function createLink({ bitsPerSecond, delayMs }) {
  let freeAt = 0;
  return {
    /** When a piece of `bytes` handed over at `at` reaches the other end. */
    schedule(bytes, at) {
      const start = Math.max(at, freeAt);
      const end = Number.isFinite(bitsPerSecond) ? start + (bytes * 8 * 1000) / bitsPerSecond : start;
      freeAt = end;
      return end + delayMs;
    },
  };
}

/**
 * Delivers pieces to `socket` at their times, in order, with one timer. `end()` ends the socket once
 * every piece queued before it has arrived.
 */
function createDelivery(socket) {
  const queue = [];
  let timer;
  let ending = false;
  let cancelled = false;
  // Node's timers fire on whole milliseconds, and late on a busy machine: wake up early and poll the last
  // stretch with setImmediate, which costs a little CPU for a piece that arrives on time.
  const wake = (at) => {
    const wait = at - performance.now() - EARLY_MS;
    timer = wait > 0 ? setTimeout(pump, wait) : setImmediate(pump);
  };
  const pump = () => {
    timer = undefined;
    if (cancelled) return;
    const now = performance.now();
    while (queue.length && queue[0].at <= now) {
      const piece = queue.shift();
      lateness.push(now - piece.at);
      if (!socket.destroyed) socket.write(piece.data);
    }
    if (queue.length) wake(queue[0].at);
    else if (ending && !socket.destroyed) socket.end();
  };
  return {
    push(data, at) {
      queue.push({ data, at });
      if (!timer) wake(at);
    },
    end() {
      ending = true;
      if (!timer) pump();
    },
    cancel() {
      cancelled = true;
      queue.length = 0;
    },
  };
}

/**
 * A proxy in front of `target` (a local port) for one host. `network` is shared by the proxies and read at
 * each connection (so a run can change profile between loads): `rttMs`, and the links `up` (the browser's
 * bytes) and `down` (the servers'), each adding half of `rttMs`. Each load (`startLoad`) pays the DNS
 * round trip again on its first connection. Counts the connections each load opens.
 * @param {{ host: string, target: number, network: { rttMs: number, up: ReturnType<typeof createLink>, down: ReturnType<typeof createLink> } }} options
 */
export async function startLatencyProxy({ host, target, network }) {
  let load = 0;
  let resolved = false;
  /** Per load: connections opened, with when (ms since the load started) the first one was. */
  const loads = new Map();
  let loadStartedAt = 0;
  const sockets = new Set();

  const server = net.createServer((client) => {
    const acceptedAt = performance.now();
    const { rttMs, up, down } = network;
    const stats = loads.get(load) ?? { connections: 0, firstAt: Number.NaN };
    if (stats.connections === 0) stats.firstAt = acceptedAt - loadStartedAt;
    stats.connections += 1;
    loads.set(load, stats);
    // The client would send its first flight after the DNS answer (first connection to this host in the
    // load) and the TCP handshake: one round trip each.
    const establishedAt = acceptedAt + (resolved ? 0 : rttMs) + rttMs;
    resolved = true;
    client.setNoDelay(true);
    const upstream = net.connect({ host: '127.0.0.1', port: target });
    upstream.setNoDelay(true);
    sockets.add(client);
    sockets.add(upstream);
    const toServer = createDelivery(upstream);
    const toClient = createDelivery(client);
    const forward = (from, delivery, link, heldUntil) => {
      const send = (data, at) => {
        for (let offset = 0; offset < data.length; offset += SEGMENT) {
          const piece = data.subarray(offset, offset + SEGMENT);
          delivery.push(piece, link.schedule(piece.length, at));
        }
      };
      // What is sent before the connection would exist waits off the link, which stays free for the others.
      let held = heldUntil > performance.now() ? [] : null;
      if (held)
        setTimeout(() => {
          for (const data of held) send(data, heldUntil);
          held = null;
        }, heldUntil - performance.now());
      from.on('data', (data) => {
        if (held) held.push(data);
        else send(data, performance.now());
      });
      from.on('end', () => (held ? setTimeout(() => delivery.end(), heldUntil - performance.now()) : delivery.end()));
    };
    forward(client, toServer, up, establishedAt);
    forward(upstream, toClient, down, 0);
    const close = () => {
      toServer.cancel();
      toClient.cancel();
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', () => upstream.writableEnded || upstream.end());
    upstream.on('close', () => client.writableEnded || client.end());
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  return {
    host,
    port: server.address().port,
    /** A new load: its first connection pays DNS again; its connections are counted apart. */
    startLoad(id) {
      load = id;
      resolved = false;
      loadStartedAt = performance.now();
    },
    /** Closes every connection: the next load opens its own. */
    closeConnections() {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    /** Connections opened during load `id` and when the first was accepted (ms after the load started). */
    connectionsOf(id) {
      return loads.get(id) ?? { connections: 0, firstAt: Number.NaN };
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}
