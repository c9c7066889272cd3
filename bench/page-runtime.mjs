// The browser side of `npm run bench`: served to the bench pages as an ES module (bench/harness.mjs serves it),
// never bundled or shipped. Two drivers with one interface run the same claim flow:
// - `widget`: <polar-seat-claim> from the bundle under test, driven as a person would (attributes, a click);
// - `baseline`: the physical limit, a page that calls `fetch` itself and writes plain DOM, no framework, no
//   validation, no timeout, no shadow DOM, no styles.
// `accessFlow` runs the widget once more with its wait for benefits on, beside a page-side observer of the
// claim stream, so the bench can put Polar's own rules on the same event timeline.
// Every time is `performance.now()` in a cross-origin isolated page (5 µs resolution), compared with the
// Resource Timing entries of the two requests (`startTime`, `responseEnd`: exposed cross-origin without
// Timing-Allow-Origin).

const TAG = 'polar-seat-claim';

/**
 * A promise for the next `type` event that `from()` dispatches under `target`, resolved with its time;
 * rejects on that element's `seat-claim-error`. Listeners are removed.
 */
function next(target, type, from) {
  return new Promise((resolve, reject) => {
    const done = (event) => {
      if (event.target !== from()) return;
      target.removeEventListener(type, done);
      target.removeEventListener('seat-claim-error', fail);
      resolve(performance.now());
    };
    const fail = (event) => {
      if (event.target !== from()) return;
      target.removeEventListener(type, done);
      target.removeEventListener('seat-claim-error', fail);
      reject(new Error(`seat-claim-error: ${JSON.stringify(event.detail?.code)} ${event.detail?.message}`));
    };
    target.addEventListener(type, done);
    target.addEventListener('seat-claim-error', fail);
  });
}

/**
 * The widget, as a merchant's page uses it: created with its attributes and inserted. `ready` and `claimed`
 * resolve with the time of the element's `seat-claim-info` / `seat-claimed` event, which it dispatches from
 * `updated()`, i.e. once that state is in its shadow DOM. The listeners sit on `parent`, installed before
 * the clock starts, so the element pays for nothing the page adds.
 */
function mountWidget(parent, api, token, { grantTimeout = 0 } = {}) {
  let widget;
  const ready = next(parent, 'seat-claim-info', () => widget);
  const inserted = performance.now();
  widget = document.createElement(TAG);
  widget.setAttribute('server', api);
  widget.setAttribute('token', token);
  // By default the four states the limit renders too: the wait for benefits is Polar's time, not the widget's.
  widget.setAttribute('grant-timeout', String(grantTimeout));
  parent.append(widget);
  return {
    node: widget,
    inserted,
    ready,
    /** Clicks the claim button (a synthetic click: same handler as a person's). */
    claim() {
      const claimed = next(parent, 'seat-claimed', () => widget);
      const clicked = performance.now();
      widget.shadowRoot.querySelector('[part~="claim-button"]').click();
      return { clicked, claimed };
    },
  };
}

const request = { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' };

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * The physical limit: `fetch` first, then the same four states as plain DOM (loading, ready, claiming,
 * claimed), with texts like the widget's. The same requests as the widget's (method, body, content type,
 * credentials, cache, referrer), so both meet the same CORS and network path.
 */
function mountBaseline(parent, api, token) {
  const inserted = performance.now();
  const info = fetch(`${api}/v1/customer-seats/claim/${encodeURIComponent(token)}`, request);
  const card = element('div', 'Loading the invitation…', { class: 'card' });
  parent.append(card);
  let resolveClaimed;
  const claimed = new Promise((resolve, reject) => {
    resolveClaimed = { resolve, reject };
  });
  const button = element('button', 'Accept the seat');
  button.addEventListener('click', () => {
    fetch(`${api}/v1/customer-seats/claim`, {
      ...request,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ invitation_token: token }),
    })
      .then((response) => response.json())
      .then((result) => {
        card.replaceChildren(
          element('h2', 'Seat claimed'),
          element('p', `Your seat is ready (${result.seat.status}).`),
        );
        resolveClaimed.resolve(performance.now());
      }, resolveClaimed.reject);
    button.textContent = 'Claiming…';
  });
  const ready = info
    .then((response) => response.json())
    .then((data) => {
      card.replaceChildren(
        element('h2', `Join ${data.organization_name}`),
        element('p', `You were invited to ${data.product_name}.`),
        element('p', `Invitation for ${data.customer_email}`),
        button,
      );
      return performance.now();
    });
  return {
    node: card,
    inserted,
    ready,
    claim() {
      const clicked = performance.now();
      button.click();
      return { clicked, claimed };
    },
  };
}

const drivers = { widget: mountWidget, baseline: mountBaseline };

function mount(kind, parent, api, token, options) {
  const driver = drivers[kind];
  if (!driver) throw new Error(`unknown kind ${kind}`);
  if (kind === 'widget' && !customElements.get(TAG)) throw new Error(`<${TAG}> is not defined on this page`);
  return driver(parent, api, token, options);
}

/** Lets the page finish loading and painting before a measure. */
export async function settle() {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 10));
}

function entry(url) {
  const entries = performance.getEntriesByName(url, 'resource');
  if (entries.length !== 1) throw new Error(`expected one Resource Timing entry for ${url}, got ${entries.length}`);
  return entries[0];
}

/**
 * One claim flow on a fresh page (so the first instance pays what a visitor's first instance pays): insert,
 * wait for the ready state, click, wait for the claimed state. Returns the four intervals in ms.
 */
export async function flow(kind, api, token) {
  if (!crossOriginIsolated) throw new Error('the bench page must be cross-origin isolated (5 µs timers)');
  // The claim request's URL is the same for every claim: only this flow's entries may be in the buffer.
  performance.clearResourceTimings();
  const parent = document.body.appendChild(document.createElement('div'));
  const mounted = mount(kind, parent, api, token);
  const ready = await mounted.ready;
  // A person reads before clicking: the click comes in a later task, once the ready state has settled.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const { clicked, claimed: claimedPromise } = mounted.claim();
  const claimed = await claimedPromise;
  const info = entry(`${api}/v1/customer-seats/claim/${encodeURIComponent(token)}`);
  const claim = entry(`${api}/v1/customer-seats/claim`);
  return {
    insertToInfoRequest: info.startTime - mounted.inserted,
    infoResponseToReady: ready - info.responseEnd,
    clickToClaimRequest: claim.startTime - clicked,
    claimResponseToClaimed: claimed - claim.responseEnd,
    insertToReady: ready - mounted.inserted,
    infoRoundTrip: info.responseEnd - info.startTime,
    claimRoundTrip: claim.responseEnd - claim.startTime,
  };
}

/** Instances kept alive by `mountMany`, so that the heap measure sees them. */
const kept = [];

/** Mounts `count` instances that all load the same invitation, and waits until every one shows it. */
export async function mountMany(kind, api, token, count) {
  const parent = document.body.appendChild(document.createElement('div'));
  const mounted = [];
  for (let i = 0; i < count; i += 1) mounted.push(mount(kind, parent, api, token));
  await Promise.all(mounted.map((m) => m.ready));
  kept.push(parent);
  performance.clearResourceTimings();
  return parent.childElementCount;
}

/**
 * Full claim cycles, one after the other: create, wait for ready, click, wait for claimed, remove. Nothing
 * is kept: what survives a forced garbage collection afterwards is what the cycles leaked (or a cache).
 * The page's Resource Timing buffer is emptied after each cycle: it belongs to the page, not to the widget.
 */
export async function cycles(kind, api, tokens) {
  const parent = document.body.appendChild(document.createElement('div'));
  for (const token of tokens) {
    const mounted = mount(kind, parent, api, token);
    await mounted.ready;
    await mounted.claim().claimed;
    mounted.node.remove();
    performance.clearResourceTimings();
  }
  parent.remove();
  return tokens.length;
}

/**
 * Counts the widget's update cycles (LitElement `update()`, which renders and commits) per element, with
 * the status each one rendered. Wraps the method on the element's class, once per page.
 */
export function countRenders() {
  const ElementClass = customElements.get(TAG);
  const proto = ElementClass.prototype;
  if (!Object.hasOwn(proto, '__benchRenders')) {
    const update = proto.update;
    Object.defineProperty(proto, '__benchRenders', { value: true });
    proto.update = function benchCountedUpdate(changed) {
      (this.__benchRenderLog ??= []).push(this.status);
      return update.call(this, changed);
    };
  }
}

/** One claim flow on this page with renders counted; resolves with the statuses rendered, in order. */
export async function renderedStates(api, token) {
  countRenders();
  const parent = document.body.appendChild(document.createElement('div'));
  const mounted = mount('widget', parent, api, token);
  await mounted.ready;
  await new Promise((resolve) => setTimeout(resolve, 20));
  await mounted.claim().claimed;
  // Anything that renders after the claimed state was shown (a trailing update) counts too.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const log = mounted.node.__benchRenderLog ?? [];
  parent.remove();
  return log;
}

/**
 * One claim flow with timestamps at the widget's phases, to tell where its time goes. Wraps, on this page
 * only, `fetch`, `Response.prototype.text`/`json` (both drivers), and for the widget the methods Lit calls
 * through `this` (`createRenderRoot`, `performUpdate`); each wrapper costs about a microsecond.
 * Returns [label, ms since insertion] pairs, in time order.
 */
export async function phases(kind, api, token) {
  const log = [];
  const mark = (label) => log.push([label, performance.now()]);
  const wrap = (owner, name, label) => {
    const original = owner[name];
    owner[name] = function benchWrapped(...args) {
      mark(`${label}>`);
      try {
        return original.apply(this, args);
      } finally {
        mark(`${label}<`);
      }
    };
  };
  const originalFetch = window.fetch;
  window.fetch = function benchFetch(...args) {
    mark('fetch>');
    const response = originalFetch.apply(this, args);
    mark('fetch<');
    response.then(
      () => mark('response'),
      () => undefined,
    );
    return response;
  };
  for (const name of ['text', 'json']) {
    const original = Response.prototype[name];
    Response.prototype[name] = function benchBody() {
      const body = original.call(this);
      body.then(
        () => mark('body'),
        () => undefined,
      );
      return body;
    };
  }
  if (kind === 'widget') {
    const proto = customElements.get(TAG).prototype;
    wrap(proto, 'createRenderRoot', 'shadow');
    wrap(proto, 'performUpdate', 'update');
  }
  const parent = document.body.appendChild(document.createElement('div'));
  const mounted = mount(kind, parent, api, token);
  const ready = await mounted.ready;
  const info = entry(`${api}/v1/customer-seats/claim/${encodeURIComponent(token)}`);
  log.push(['request', info.startTime], ['responseEnd', info.responseEnd], ['ready', ready]);
  return log.map(([label, time]) => [label, time - mounted.inserted]).sort((a, b) => a[1] - b[1]);
}

/**
 * The page's own reader of the invitation's claim stream (an EventSource, as Polar's page reads it), open before
 * the claim: the time each `customer_seat.claimed` and `benefit.granted` arrives on this page, as any reader of
 * the stream would see it. Resolves once the stream is open (the fake subscribes before it answers).
 */
function observeClaimStream(api, token) {
  const source = new EventSource(`${api}/v1/customer-seats/claim/${encodeURIComponent(token)}/stream`);
  const arrivals = [];
  source.addEventListener('message', (event) => {
    const at = performance.now();
    const { key, payload } = JSON.parse(event.data);
    if (key) arrivals.push({ key, payload, at });
  });
  return new Promise((resolve, reject) => {
    source.addEventListener('open', () => resolve({ arrivals, close: () => source.close() }), { once: true });
    source.addEventListener(
      'error',
      () => {
        source.close();
        reject(new Error('the bench page could not open the claim stream'));
      },
      { once: true },
    );
  });
}

/**
 * One claim with the wait for benefits on (`grant-timeout`), on a fresh page: insert, wait for `ready`, open
 * the page's observer of the claim stream, click, and record on the page's clock the claim request's Resource
 * Timing, `seat-claimed`, each stream event's arrival and `seat-access-ready` (with what its detail says).
 * All times in ms (`performance.now()`); bench/measures.mjs `polarAccessReady` puts Polar's rules on them.
 */
export async function accessFlow(api, token, grantTimeout) {
  if (!crossOriginIsolated) throw new Error('the bench page must be cross-origin isolated (5 µs timers)');
  performance.clearResourceTimings();
  const parent = document.body.appendChild(document.createElement('div'));
  const mounted = mount('widget', parent, api, token, { grantTimeout });
  await mounted.ready;
  const stream = await observeClaimStream(api, token);
  await new Promise((resolve) => setTimeout(resolve, 20));
  let access;
  const accessReady = new Promise((resolve) => {
    parent.addEventListener('seat-access-ready', function onAccess(event) {
      if (event.target !== mounted.node) return;
      const at = performance.now();
      parent.removeEventListener('seat-access-ready', onAccess);
      access = {
        benefits: event.detail.benefits.length,
        complete: event.detail.complete,
        seatId: event.detail.seat.id,
      };
      resolve(at);
    });
  });
  const { clicked, claimed } = mounted.claim();
  const seatClaimed = await claimed;
  const ready = await accessReady;
  stream.close();
  const claim = entry(`${api}/v1/customer-seats/claim`);
  // Only this seat's events count, as on Polar's page: its claim, and the grants that follow it.
  const claimedEvent = stream.arrivals.find(
    (a) => a.key === 'customer_seat.claimed' && a.payload.seat_id === access.seatId,
  );
  if (!claimedEvent) throw new Error('the page did not see customer_seat.claimed for the seat on the claim stream');
  parent.remove();
  return {
    clicked,
    claimRequest: claim.startTime,
    claimResponse: claim.responseEnd,
    seatClaimed,
    streamClaimed: claimedEvent.at,
    benefits: stream.arrivals.filter((a) => a.key === 'benefit.granted' && a.at >= claimedEvent.at).map((a) => a.at),
    accessReady: ready,
    accessBenefits: access.benefits,
    complete: access.complete,
  };
}
