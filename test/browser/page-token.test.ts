/**
 * `token-param`'s source: the page's URL, now or as it was loaded. The page in the frame strips `?token=` from its
 * address bar in an inline script, before any module runs, as merchants are commonly advised to.
 */
import { expect } from '@open-wc/testing';
import type { readPageToken } from '../../src/page-token.js';

type StrippedWindow = Window & typeof globalThis & { searchWhenModuleRan: string; readPageToken: typeof readPageToken };

const TOKEN = 'Zx9_Kq-3mW7vR2tY8uP4sL6nB1cD5fG0hJ-aE_iO7kM';
const OTHER = 'Qa1-Ws2_Ed3Rf4Tg5Yh6Uj7Ik8Ol9P0zXcVbNmLkJhG';

const frames: HTMLIFrameElement[] = [];

/** Loads the stripping page with the given query and resolves once its module has run (before `load`). */
async function strippedPage(query: string): Promise<StrippedWindow> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/page-token/stripped.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as StrippedWindow;
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

describe('readPageToken', () => {
  it('reads the token from the URL the page was loaded with after an inline script took it out of the address bar', async () => {
    const win = await strippedPage(`token=${TOKEN}&utm_source=email`);
    expect(win.searchWhenModuleRan, 'the address bar was clean before the module ran').to.equal('');
    expect(win.readPageToken('token')).to.equal(TOKEN);
  });

  it('reads the parameter named by token-param, not only token', async () => {
    const win = await strippedPage(`invite=${TOKEN}`);
    expect(win.readPageToken('invite')).to.equal(TOKEN);
    expect(win.readPageToken('token')).to.equal(null);
  });

  it('prefers the current URL when a single-page app navigated to one with the parameter', async () => {
    const win = await strippedPage(`token=${TOKEN}`);
    win.history.pushState(null, '', `?token=${OTHER}`);
    expect(win.readPageToken('token')).to.equal(OTHER);
  });

  it('reads the current URL when the page was loaded without the parameter', async () => {
    const win = await strippedPage('from=home');
    win.history.pushState(null, '', `?token=${OTHER}`);
    expect(win.readPageToken('token')).to.equal(OTHER);
  });

  it('does not let an empty value in the current URL hide the one the page was loaded with', async () => {
    const win = await strippedPage(`token=${TOKEN}`);
    win.history.replaceState(null, '', '?token=');
    expect(win.readPageToken('token')).to.equal(TOKEN);
  });

  it('gives null when neither URL has a value', async () => {
    const win = await strippedPage('token=');
    expect(win.readPageToken('token')).to.equal(null);
  });
});
