/**
 * Pages of their own in frames, for what happens before the element's script runs: the frame's page is parsed and
 * painted first, then `loadElement()` adds the element's module to it.
 */
import type { PolarSeatClaim } from '../../src/element.js';

/** Opens `src` in a frame wide and tall enough for the card and what is under it; resolves once it has loaded. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 600px; height: 800px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The frame's `<polar-seat-claim>`, defined or not yet. */
export function frameElement(frame: HTMLIFrameElement): PolarSeatClaim {
  return frame.contentDocument!.querySelector('polar-seat-claim')!;
}

/** Adds the element's module (the sources, as every browser test loads them) to the frame's page. */
export async function loadElement(frame: HTMLIFrameElement): Promise<void> {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/src/index.ts';
  frame.contentDocument!.head.append(script);
  await frame.contentWindow!.customElements.whenDefined('polar-seat-claim');
}

/** Resolves after the frame has rendered the next frame: layout and paint of what changed before the call. */
export async function nextFrame(frame: HTMLIFrameElement): Promise<void> {
  const view = frame.contentWindow!;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => view.requestAnimationFrame(resolve));
}
