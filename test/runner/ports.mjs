// TCP port helpers for starting WebKitWebDriver: a free port to give it, and a wait until it listens there.
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `port` accepts connections; rejects when `child` exits first or `timeoutMs` passes. */
export function waitForPort(port, child, timeoutMs, describe) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    let done = false;
    const fail = (err) => {
      if (!done) {
        done = true;
        reject(err);
      }
    };
    child.once('exit', (code) => fail(new Error(`${describe} exited (code ${code}) before listening`)));
    const attempt = () => {
      if (done) return;
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        if (!done) {
          done = true;
          resolve();
        }
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > deadline) fail(new Error(`${describe} did not listen on port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}
