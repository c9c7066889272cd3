/**
 * Polar's claim stream (`GET /v1/customer-seats/claim/{token}/stream`, Server-Sent Events): it tells when the
 * claimed seat's benefits are granted, so the portal shows them on arrival, and it confirms a claim whose
 * answer was lost. Read with `fetch` rather than EventSource, which cannot refuse redirects or reconnects by
 * itself. No DOM, no state beyond one stream. A stream that fails only ends the wait: it never throws.
 */

/** A benefit granted on the stream after the claim. */
export interface GrantedBenefit {
  id: string;
  type: string;
}

/** The payload of `customer_seat.claimed`: the claimed seat's ids. */
export interface StreamSeatClaimed {
  seat_id: string;
  subscription_id: string | null;
  order_id: string | null;
  product_id: string;
}

export interface ClaimStreamOutcome {
  /** The claim of the invitation's product as the stream reported it, or null when it did not. */
  seatClaimed: StreamSeatClaimed | null;
  /** Benefits granted after that claim, in arrival order. */
  benefits: GrantedBenefit[];
  /** False when the wait ended by `grantTimeout`, a stream error or the stream's end. */
  complete: boolean;
}

export interface ClaimStreamOptions {
  /** Longest wait for the stream to open before `ready` resolves anyway (ms, default 1000). */
  openWait?: number;
  /** How long no new benefit must arrive, after the claim, before the grants count as done (ms, default 2000). */
  quietMs?: number;
  /** Called with all benefits so far each time one arrives. */
  onBenefit?: (benefits: readonly GrantedBenefit[]) => void;
}

export interface ClaimStream {
  /**
   * Resolves when the stream is open (Firefox tells only with its first bytes), has failed, or after `openWait`:
   * the claim may be sent. Never rejects.
   */
  ready: Promise<void>;
  /**
   * Call once, when the claim's outcome is known. Resolves, per Polar's rules, once `customer_seat.claimed`
   * for the product has arrived and then no `benefit.granted` for `quietMs`; at once on a stream error or
   * end; after `grantTimeout` ms at most. Events that arrived before the call count. Closes the stream.
   */
  settle(grantTimeout: number): Promise<ClaimStreamOutcome>;
  /** Ends the stream (e.g. when the element leaves the page); a pending settle() resolves at once, incomplete. */
  close(): void;
}

/** What Polar publishes: `{"id", "key", "payload"}`, or `{"type": "reconnect"}` before it closes. */
interface StreamMessage {
  key?: string;
  payload: StreamSeatClaimed & { benefit_id: string; benefit_type: string };
}

/**
 * Opens the claim stream. Only once the person has confirmed: mail scanners open pages, and Polar allows 10
 * streams a minute per client. `token` must be a checked invitation token.
 *
 * The stream carries every event of the seat's billing customer: a claim counts only for `productId`, and
 * benefits only after it (their events do not name a product; grants for this seat start with its claim).
 */
export function openClaimStream(
  apiBase: string,
  token: string,
  productId: string,
  { openWait = 1000, quietMs = 2000, onBenefit }: ClaimStreamOptions = {},
): ClaimStream {
  const controller = new AbortController();
  let seatClaimed: StreamSeatClaimed | null = null;
  const benefits: GrantedBenefit[] = [];
  let lastEventAt = 0;
  let ended = false;
  /** Re-checks a pending settle() after each event and at the stream's end. */
  let check: (() => void) | undefined;
  let opened!: () => void;
  const ready = new Promise<void>((resolve) => {
    const wait = setTimeout(resolve, openWait);
    opened = () => {
      clearTimeout(wait);
      resolve();
    };
  });

  const onMessage = (data: string) => {
    // A message that is not JSON, or lacks the payload its key promises, throws: that ends the stream.
    const { key, payload: p } = JSON.parse(data) as StreamMessage;
    if (key === 'customer_seat.claimed' && !seatClaimed && p.product_id === productId) seatClaimed = p;
    else if (key === 'benefit.granted' && seatClaimed && !benefits.some((b) => b.id === p.benefit_id)) {
      benefits.push({ id: p.benefit_id, type: p.benefit_type });
      onBenefit?.(benefits);
    } else return;
    lastEventAt = Date.now();
    check?.();
  };

  const read = async () => {
    const response = await fetch(`${apiBase}/v1/customer-seats/claim/${encodeURIComponent(token)}/stream`, {
      credentials: 'omit',
      // Polar never redirects this path: a redirect is not Polar's stream.
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (!response.ok) return;
    opened();
    // A body-less answer (204) throws here, which ends the stream like any other failure.
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let rest = '';
    let data = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      // A CRLF split between chunks reads as an extra empty line: harmless, Polar's messages are one line.
      const lines = (rest + value).split(/\r\n?|\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('data:')) data += (data && '\n') + line.slice(line[5] === ' ' ? 6 : 5);
        // An empty line ends a message; the reconnect message (`{"type": "reconnect"}`) precedes the close.
        else if (!line && data) {
          onMessage(data);
          data = '';
        }
      }
    }
  };
  // Any failure (network, CORS, 4xx/5xx, redirect, unreadable message, cut) ends the stream; settle() reports it.
  const end = () => {
    ended = true;
    opened();
    controller.abort();
    check?.();
  };
  read().then(end, end);

  return {
    ready,
    settle: (grantTimeout) =>
      new Promise((resolve) => {
        let quiet: ReturnType<typeof setTimeout> | undefined;
        const finish = (complete: boolean) => {
          check = undefined;
          clearTimeout(deadline);
          clearTimeout(quiet);
          controller.abort();
          resolve({ seatClaimed, benefits, complete });
        };
        const deadline = setTimeout(finish, grantTimeout, false);
        check = () => {
          if (ended) finish(false);
          else if (seatClaimed) {
            clearTimeout(quiet);
            quiet = setTimeout(finish, lastEventAt + quietMs - Date.now(), true);
          }
        };
        check();
      }),
    close: end,
  };
}
