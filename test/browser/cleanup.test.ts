/**
 * Nothing is left behind: after create, claim, remove cycles (including timeouts, aborts, errors and retries),
 * no timer, interval or animation frame is pending and no listener is left on `window` or `document`.
 * (The heap over 1000 cycles is measured by the benchmark, `npm run bench`.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import {
  API,
  arrived,
  clickClaim,
  mint,
  mountInvitation,
  nextEvent,
  part,
  reach,
  settle,
  type MintOptions,
} from './support.js';

/** What was scheduled or added through the wrapped functions and is still pending, with where it came from. */
interface Left {
  timers: Map<number, string>;
  intervals: Map<number, string>;
  frames: Map<number, string>;
  listeners: Map<string, string>;
}

/** Wraps the scheduling and listener functions of `window` and `document`; returns what is left, and an undo. */
function track(): { left: Left; undo: () => void } {
  const left: Left = { timers: new Map(), intervals: new Map(), frames: new Map(), listeners: new Map() };
  const undo: (() => void)[] = [];
  const where = () => new Error().stack ?? '';

  type Fn = (...args: unknown[]) => unknown;
  /** Replaces `target[key]` with `make(original)`, to be undone. */
  function wrap(target: object, key: string, make: (original: Fn) => Fn): void {
    const own = Object.getOwnPropertyDescriptor(target, key);
    const methods = target as Record<string, Fn>;
    const original = methods[key]!;
    methods[key] = make(original);
    undo.push(() => (own ? Object.defineProperty(target, key, own) : Reflect.deleteProperty(target, key)));
  }

  wrap(window, 'setTimeout', (original) => (handler, ...rest) => {
    const id = original.call(
      window,
      (...args: unknown[]) => {
        left.timers.delete(id);
        if (typeof handler === 'function') (handler as Fn)(...args);
      },
      ...rest,
    ) as number;
    left.timers.set(id, where());
    return id;
  });
  wrap(window, 'clearTimeout', (original) => (id) => {
    left.timers.delete(id as number);
    return original.call(window, id);
  });
  wrap(window, 'setInterval', (original) => (...args) => {
    const id = original.apply(window, args) as number;
    left.intervals.set(id, where());
    return id;
  });
  wrap(window, 'clearInterval', (original) => (id) => {
    left.intervals.delete(id as number);
    return original.call(window, id);
  });
  wrap(window, 'requestAnimationFrame', (original) => (callback) => {
    const id = original.call(window, (time: number) => {
      left.frames.delete(id);
      (callback as Fn)(time);
    }) as number;
    left.frames.set(id, where());
    return id;
  });
  wrap(window, 'cancelAnimationFrame', (original) => (id) => {
    left.frames.delete(id as number);
    return original.call(window, id);
  });

  // Listeners, keyed like the DOM keys them: target, type, listener, capture.
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (listener: object) => {
    if (!ids.has(listener)) ids.set(listener, ++lastId);
    return ids.get(listener)!;
  };
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    type Options = boolean | AddEventListenerOptions | undefined;
    const capture = (options: Options) => (typeof options === 'boolean' ? options : !!options?.capture);
    const keyOf = (type: unknown, listener: object, options: Options) =>
      `${name} ${String(type)} #${idOf(listener)}${capture(options) ? ' capture' : ''}`;
    wrap(target, 'addEventListener', (original) => (type, listener, options) => {
      const opts = options as Options;
      if (listener) {
        const key = keyOf(type, listener, opts);
        left.listeners.set(key, where());
        if (typeof opts === 'object') {
          // A `once` listener goes away when it runs, one with a `signal` when the signal aborts.
          if (opts.once)
            original.call(target, type, () => left.listeners.delete(key), { once: true, capture: capture(opts) });
          opts.signal?.addEventListener('abort', () => left.listeners.delete(key), { once: true });
        }
      }
      return original.call(target, type, listener, options);
    });
    wrap(target, 'removeEventListener', (original) => (type, listener, options) => {
      if (listener) left.listeners.delete(keyOf(type, listener, options as Options));
      return original.call(target, type, listener, options);
    });
  }
  return { left, undo: () => undo.reverse().forEach((step) => step()) };
}

/** The `on…` handler properties of window and document, to compare before and after. */
function handlers(): unknown[] {
  return [window, document].flatMap((target) =>
    Object.keys(Object.getPrototypeOf(target) as object)
      .filter((key) => key.startsWith('on'))
      .map((key) => (target as unknown as Record<string, unknown>)[key]),
  );
}

/** Create, claim (or fail, or be cut short), remove: one cycle each, run several times over. */
const CYCLES: [
  name: string,
  options: MintOptions & { noToken?: true; grantTimeout?: number },
  timeout: number | undefined,
  run: (el: PolarSeatClaim, token: string) => Promise<unknown>,
][] = [
  ['claimed', {}, undefined, (el) => el.claim()],
  [
    'claimed with auto-claim',
    {},
    undefined,
    (el) => {
      el.autoClaim = true;
      return reach(el, 'claimed');
    },
  ],
  ['the info request times out', { info: 'hang' }, 50, (el) => reach(el, 'error')],
  [
    'the claim times out',
    { claim: 'hang' },
    undefined,
    async (el) => {
      await reach(el, 'ready');
      el.timeout = 50;
      await clickClaim(el);
    },
  ],
  [
    'removed while loading: the request is aborted',
    { info: 'hang' },
    undefined,
    async (el, token) => {
      await arrived(token, 'info');
      el.remove();
      while (el.status !== 'idle') await new Promise((resolve) => requestAnimationFrame(resolve));
    },
  ],
  [
    'the token changed while claiming: the claim is aborted',
    { claim: 'hang' },
    undefined,
    async (el, token) => {
      await reach(el, 'ready');
      const claiming = el.claim().catch(() => undefined);
      await arrived(token, 'claim');
      el.token = (await mint()).token;
      await claiming;
      await reach(el, 'ready');
    },
  ],
  [
    'removed while claiming: the claim finishes detached',
    { claim: { kind: 'slow', delayMs: 50 } },
    undefined,
    async (el, token) => {
      await reach(el, 'ready');
      part(el, 'claim-button')!.click();
      await arrived(token, 'claim');
      el.remove();
      await el.claim();
    },
  ],
  [
    // Retry answers at once after a failure other than a 429 (after a 429 it counts down a minute first).
    'a 502, then Retry',
    { info: { kind: 'bad-gateway', times: 1 } },
    undefined,
    async (el) => {
      await reach(el, 'error');
      const next = nextEvent(el);
      part(el, 'retry-button')!.click();
      await next;
    },
  ],
  [
    'a lost answer: the connection reset after Polar recorded the claim',
    { claim: 'reset-after' },
    undefined,
    clickClaim,
  ],
  [
    'a 429 on the claim, then removed while Retry counts down',
    { claim: { kind: 'rate-limited', times: 1 } },
    undefined,
    async (el) => {
      await clickClaim(el);
    },
  ],
  ['no token: the paste form', { noToken: true }, undefined, (el) => settle(el, 'needs-token')],
  [
    'claimed with the wait for benefits: the claim stream fails at once',
    { streamFault: 'server-error', grantTimeout: 15_000 },
    undefined,
    async (el) => {
      await el.claim();
      await reach(el, 'claimed');
    },
  ],
  [
    'claimed with the wait for benefits: grant-timeout ends it while the grants are held',
    { holdGrants: true, grantTimeout: 50 },
    undefined,
    async (el) => {
      await el.claim();
      await reach(el, 'claimed');
    },
  ],
];

describe('nothing left behind', () => {
  it('after create, claim, remove cycles: no timer, interval, frame or listener on window or document', async function () {
    // Three rounds of every cycle are some 40 elements, each with its requests over real HTTP: more than the default
    // 10 s on a busy machine. What is checked does not depend on the time taken.
    this.timeout(40_000);
    const before = handlers();
    const { left, undo } = track();
    try {
      for (let round = 0; round < 3; round++) {
        for (const [, { noToken, grantTimeout, ...options }, timeout, run] of CYCLES) {
          const { el, minted } = await mountInvitation(options, (el) => {
            if (timeout) el.timeout = timeout;
            if (noToken) el.token = '';
            if (grantTimeout) el.grantTimeout = grantTimeout;
          });
          await run(el, minted.token);
          el.remove();
        }
      }
      // Created and dropped without ever being connected.
      for (let i = 0; i < 10; i++) {
        const el = document.createElement('polar-seat-claim');
        el.server = API;
        el.token = 'x'.repeat(43);
      }
      // The last microtasks of the last removal (the element waits one before deciding it was detached).
      await fixture(html`<div></div>`);
      const pending = Object.fromEntries(
        Object.entries(left).map(([kind, map]) => [kind, [...(map as Map<unknown, string>).values()]]),
      );
      expect(pending).to.deep.equal({ timers: [], intervals: [], frames: [], listeners: [] });
      expect(handlers(), 'no on… handler was set').to.deep.equal(before);
    } finally {
      undo();
    }
  });

  it('the tracking sees what it should: a forgotten timer and listener are reported', async () => {
    const { left, undo } = track();
    const listener = () => undefined;
    try {
      const timer = setTimeout(listener, 60_000);
      window.addEventListener('resize', listener);
      document.addEventListener('visibilitychange', listener, { once: true });
      expect([left.timers.size, left.listeners.size]).to.deep.equal([1, 2]);
      clearTimeout(timer);
      window.removeEventListener('resize', listener);
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect([...left.timers.values(), ...left.listeners.keys(), ...left.frames.values()]).to.deep.equal([]);
    } finally {
      undo();
    }
  });
});
