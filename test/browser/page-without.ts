/**
 * A page of its own, in a frame, that lacks some web platform APIs before the widget's modules load there:
 * how the widget behaves in an older browser. The frame is a fresh realm, so its copy of the element is
 * defined, and its APIs looked up, only after the deletions.
 */
export interface FrameReport {
  /** Each contract event the page saw, in order, with the fields that tell what happened. */
  events: { type: string; code?: string; status?: number }[];
  /** Uncaught errors and unhandled rejections in the frame. */
  errors: string[];
}

/**
 * Runs a page in a frame where each API in `missing` is deleted first: a path from the frame's `window`, such as
 * `AbortSignal.timeout`, `AbortSignal.prototype.throwIfAborted` or `ElementInternals`. A path still there after
 * `delete` (not configurable, or found further up a prototype chain) is reported as an error rather than testing
 * nothing. Then the element's module loads, `script` runs as a module and `markup` is added. Resolves once the
 * page has seen `events` contract events, a `seat-claim-error`, or an error; the frame is removed by then.
 */
export async function runWithout(
  missing: readonly string[],
  { markup = '', script = '' }: { markup?: string; script?: string },
  events: number,
): Promise<FrameReport> {
  const type = `page-without-${Math.random().toString(36).slice(2)}`;
  const report: FrameReport = { events: [], errors: [] };
  const frame = document.createElement('iframe');
  let listener: (event: MessageEvent<{ type?: string; kind: string; value: unknown } | null>) => void;
  const finished = new Promise<void>((resolve) => {
    listener = ({ data }) => {
      if (data?.type !== type) return;
      if (data.kind === 'error') report.errors.push(String(data.value));
      else report.events.push(data.value as FrameReport['events'][number]);
      // An unexpected error event ends the page's story: waiting for more would only time out.
      const last = report.events.at(-1);
      if (report.errors.length || report.events.length >= events || last?.type === 'seat-claim-error') resolve();
    };
  });
  window.addEventListener('message', listener!);
  frame.srcdoc = `<!doctype html>
    <script>
      const post = (kind, value) => parent.postMessage({ type: ${JSON.stringify(type)}, kind, value }, '*');
      addEventListener('error', (e) => post('error', e.message));
      addEventListener('unhandledrejection', (e) => post('error', String(e.reason)));
      for (const type of ['seat-claim-info', 'seat-claimed', 'seat-claim-error']) {
        document.addEventListener(type, (e) => post('event', { type, code: e.detail.code, status: e.detail.status }));
      }
      for (const path of ${JSON.stringify(missing)}) {
        const names = path.split('.');
        const last = names.pop();
        const owner = names.reduce((object, name) => object[name], window);
        delete owner[last];
        if (last in owner) post('error', 'could not delete ' + path);
      }
    </script>
    <script type="module" src="${location.origin}/src/index.ts"></script>
    <script type="module">${script}</script>
    ${markup}`;
  document.body.append(frame);
  try {
    await finished;
    return report;
  } finally {
    window.removeEventListener('message', listener!);
    frame.remove();
  }
}
