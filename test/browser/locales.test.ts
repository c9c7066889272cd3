/**
 * The language machinery (src/locale.ts) through a small element that uses `LocaleController` as the card does, and
 * every bundled translation in the real element at 320 px. Run against the sources (each translation a module of
 * its own) and, by `npm run test:bundle`, against the CDN bundle (each a file in dist/cdn/locales/).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, bundledLocales, registerLocale, resolveLocale } from '../../src/locale.js';
import { defaultMessages, type SeatClaimMessages, type SeatClaimMessagesOverride } from '../../src/messages.js';
import type { PolarSeatClaim } from '../../src/element.js';
import {
  claimElsewhere,
  mountInvitation,
  part,
  reach,
  untilRendered,
  waitForStatus,
  type MintOptions,
} from './support.js';

/** The card's language machinery, alone: shows the heading in the language it resolves. */
class LocaleProbe extends LitElement {
  static override properties = { overrides: { attribute: false } };
  declare overrides?: SeatClaimMessagesOverride;
  readonly locale = new LocaleController(this, () => this.overrides);
  /** Every heading rendered, in order; `null` for a render without strings (the loading state). */
  readonly shown: (string | null)[] = [];

  protected override render() {
    const messages = this.locale.messages;
    this.shown.push(messages?.heading ?? null);
    return html`<p part="base" lang=${this.locale.lang} dir=${this.locale.dir}>${messages?.heading}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

/** Resolves when `condition` holds, checked once a frame: woken by rendering, not by a clock. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

const card = (probe: LocaleProbe) => probe.shadowRoot!.querySelector('p')!;
/** Resolves once the probe shows `lang`, with its strings. */
async function shows(probe: LocaleProbe, lang: string): Promise<void> {
  await until(() => probe.locale.lang === lang && card(probe).lang === lang && !!probe.locale.messages);
  await probe.updateComplete;
}

/** Requests this page made for translation files. */
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/locales/'));

const root = document.documentElement;

/** The strings and direction of a bundled language, as the controller loads them. */
async function translation(code: string): Promise<{ messages: SeatClaimMessages; dir: string }> {
  const probe = await fixture<LocaleProbe>(html`<locale-probe lang=${code}></locale-probe>`);
  await shows(probe, code);
  return { messages: probe.locale.messages!, dir: probe.locale.dir };
}

/** Every text of a set of messages. */
const texts = (messages: SeatClaimMessages): string[] => [
  ...Object.values(messages).filter((value): value is string => typeof value == 'string'),
  ...Object.values(messages.problems).flatMap(({ title, text }) => [title, text]),
  ...Object.values(messages.paste),
];

describe('languages', () => {
  before(() => {
    root.lang = 'en';
  });
  afterEach(() => {
    root.lang = 'en';
  });

  // First: the page has loaded no translation yet.
  it('an English page requests no translation file; a German one requests exactly one, however many elements', async () => {
    const english = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(card(english).textContent).to.equal(defaultMessages.heading);
    expect(card(english).lang).to.equal('en');
    const { el } = await mountInvitation();
    await reach(el, 'ready');
    expect(localeRequests(), 'an English page').to.deep.equal([]);

    root.lang = 'de';
    const germans = [
      await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`),
      await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`),
    ];
    await Promise.all([...germans, english].map((probe) => shows(probe, 'de')));
    expect(localeRequests()).to.have.length(1);
    expect(localeRequests()[0]).to.match(/\/locales\/de\.(js|ts)$/);
    // Read only now: an import of the file before would have been the page's one request for it.
    const { default: german } = await import('../../src/locales/de.js');
    for (const probe of [...germans, english]) expect(card(probe).textContent).to.equal(german.heading);
  });

  it('while a translation loads the card shows its loading state, never English', async () => {
    // Arabic has not been loaded on this page yet.
    expect(localeRequests().some((path) => /\/ar\.(js|ts)$/.test(path))).to.equal(false);
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
    expect(probe.locale.messages, 'nothing to show before the file is in').to.equal(undefined);
    await shows(probe, 'ar');
    expect(probe.shown[0]).to.equal(null);
    expect(probe.shown).not.to.include(defaultMessages.heading);
    const { default: arabic } = await import('../../src/locales/ar.js');
    expect(probe.shown.at(-1)).to.equal(arabic.heading);
  });

  it('the card is as tall without its words as with them: nothing moves when the language arrives', async () => {
    // Hebrew has not been loaded on this page yet: the first render is the card's shape alone.
    expect(localeRequests().some((path) => /\/he\.(js|ts)$/.test(path))).to.equal(false);
    const { el } = await mountInvitation({ info: 'hang' }, (element) => {
      element.lang = 'he';
      element.style.width = '320px';
    });
    const base = () => part(el, 'base')!;
    expect(base().getAttribute('lang'), 'the words are not here yet').not.to.equal('he');
    expect(!!part(el, 'message'), 'no text in another language meanwhile').to.equal(false);
    const wordless = base().getBoundingClientRect().height;
    await untilRendered(el, () => base().getAttribute('lang') === 'he' && !!part(el, 'message'));
    expect(base().getBoundingClientRect().height).to.equal(wordless);
  });

  it('the language is the element’s lang, else the nearest ancestor’s across shadow roots, else the document’s', async () => {
    root.lang = 'de';
    const outer = await fixture<HTMLDivElement>(html`<div lang="ar"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><locale-probe></locale-probe><locale-probe lang="en"></locale-probe></section>';
    const [inherited, own] = [...shadow.querySelectorAll<LocaleProbe>('locale-probe')] as [LocaleProbe, LocaleProbe];
    const plain = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    await Promise.all([shows(inherited, 'ar'), shows(own, 'en'), shows(plain, 'de')]);

    // Run-time changes re-render: on an ancestor inside the shadow root, on the element, on the document.
    shadow.querySelector('section')!.lang = 'de-AT';
    await shows(inherited, 'de');
    own.lang = 'ar';
    await shows(own, 'ar');
    root.lang = 'en';
    await shows(plain, 'en');
    expect(card(plain).textContent).to.equal(defaultMessages.heading);
  });

  it('without any lang, the first of the browser’s languages that is known; it follows languagechange', async () => {
    root.removeAttribute('lang');
    const own = Object.getOwnPropertyDescriptor(navigator, 'languages');
    // The only way to give a browser other languages from a page.
    Object.defineProperty(navigator, 'languages', { value: ['fi-FI', 'de-CH', 'en'], configurable: true });
    try {
      const probe = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
      await shows(probe, 'de');
      Object.defineProperty(navigator, 'languages', { value: ['ar-EG'], configurable: true });
      dispatchEvent(new Event('languagechange'));
      await shows(probe, 'ar');
    } finally {
      if (own) Object.defineProperty(navigator, 'languages', own);
      else delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('falls back from region to language to English', () => {
    expect(resolveLocale(['de-AT'])).to.equal('de');
    expect(resolveLocale(['de_at'])).to.equal('de');
    expect(resolveLocale(['ar-Arab-EG'])).to.equal('ar');
    expect(resolveLocale(['zh-TW'])).to.equal('en');
    expect(resolveLocale(['not a tag', 'de'])).to.equal('de');
    expect(resolveLocale([])).to.equal('en');
    expect(bundledLocales).to.include.members(['en', 'de', 'ar']);
  });

  it('registerLocale adds a language, region first; elements already showing it switch', async () => {
    registerLocale('zh', { ...defaultMessages, heading: '加入 {organization}' });
    expect(resolveLocale(['zh-TW'])).to.equal('zh');
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="zh-TW"></locale-probe>`);
    await shows(probe, 'zh');
    expect(card(probe).textContent).to.equal('加入 {organization}');

    registerLocale('zh-tw', { ...defaultMessages, heading: '加入 {organization}（繁體）' });
    expect(resolveLocale(['zh-TW'])).to.equal('zh-TW');
    await shows(probe, 'zh-TW');
    expect(card(probe).textContent).to.equal('加入 {organization}（繁體）');

    // Replacing a language reaches the elements showing it, a bundled one too.
    registerLocale('zh-TW', { ...defaultMessages, heading: '歡迎加入 {organization}' });
    await until(() => card(probe).textContent === '歡迎加入 {organization}');
  });

  it('registerLocale refuses what is not a language tag; a translation missing a key does not compile', () => {
    expect(() => registerLocale('not a tag', defaultMessages)).to.throw(RangeError, /not a tag/);
    // @ts-expect-error: every key is required
    expect(() => registerLocale('', { heading: 'Missing the rest' })).to.throw(RangeError);
  });

  it('the host’s messages win over the language', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="de"></locale-probe>`);
    await shows(probe, 'de');
    probe.overrides = { heading: 'Willkommen bei {organization}' };
    await probe.updateComplete;
    expect(card(probe).textContent).to.equal('Willkommen bei {organization}');
    const { default: german } = await import('../../src/locales/de.js');
    expect(probe.locale.messages!.claim, 'the other strings stay German').to.equal(german.claim);
  });

  it('Arabic is right to left: the card’s dir, and its text starts on the right', async () => {
    const probe = await fixture<LocaleProbe>(html`<locale-probe lang="ar"></locale-probe>`);
    await shows(probe, 'ar');
    expect(card(probe).dir).to.equal('rtl');
    expect(getComputedStyle(card(probe)).direction).to.equal('rtl');
    probe.lang = 'de';
    await shows(probe, 'de');
    expect(card(probe).dir).to.equal('ltr');
  });
});

type Scene = [name: string, options: MintOptions, act: (el: PolarSeatClaim, token: string) => Promise<void>];
const claim = async (el: PolarSeatClaim, status: 'claimed' | 'error') => {
  await reach(el, 'ready');
  part(el, 'claim-button')!.click();
  await reach(el, status);
};
/** Every state the person can see, with the longest texts of each. */
const SCENES: Scene[] = [
  ['loading', { info: 'hang' }, (el) => el.updateComplete.then(() => undefined)],
  [
    'paste form, after a paste that is no invitation',
    {},
    async (el) => {
      el.token = '';
      await waitForStatus(el, 'needs-token');
      await until(() => !!part(el, 'token-input'));
      (part(el, 'token-input') as HTMLInputElement).value = 'https://example.com/not-an-invitation';
      (part(el, 'token-form') as HTMLFormElement).requestSubmit();
      await until(() => !!part(el, 'token-error'));
    },
  ],
  ['ready', {}, (el) => reach(el, 'ready')],
  [
    'claiming',
    // Slow, not hung: a claim in flight outlives its element, and hung ones would fill the browser's six
    // connections to the fake API.
    { claim: { kind: 'slow', delayMs: 5000 } },
    async (el) => {
      await reach(el, 'ready');
      part(el, 'claim-button')!.click();
      await el.updateComplete;
    },
  ],
  ['claimed', {}, (el) => claim(el, 'claimed')],
  [
    'error: claimed elsewhere',
    {},
    async (el, token) => {
      await reach(el, 'ready');
      await claimElsewhere(token);
      part(el, 'claim-button')!.click();
      await reach(el, 'error');
    },
  ],
  ['error: invalid invitation', { expired: true }, (el) => reach(el, 'error')],
  ['error: retryable', { claim: 'rate-limited' }, (el) => claim(el, 'error')],
  ['error: maybe claimed, with the portal link', { claim: 'missing-seat' }, (el) => claim(el, 'error')],
];

describe('every bundled language in the card at 320 px', () => {
  for (const code of bundledLocales) {
    for (const [scene, options, act] of SCENES) {
      it(`${code}, ${scene}: in the language, nothing sticks out`, async () => {
        const { messages, dir } = await translation(code);
        const { el, minted } = await mountInvitation(
          {
            productName: 'Analytics Professional',
            organizationName: 'Acme Consulting',
            customerEmail: 'seat.holder@example.com',
            ...options,
          },
          (element) => {
            element.lang = code;
            element.style.width = '320px';
          },
        );
        await act(el, minted.token);
        await el.updateComplete;
        const base = part(el, 'base')!;
        expect([base.lang, base.dir]).to.deep.equal([code, dir]);
        const box = base.getBoundingClientRect();
        expect(base.scrollWidth, 'the card does not scroll sideways').to.be.at.most(base.clientWidth);
        for (const piece of el.shadowRoot!.querySelectorAll<HTMLElement>('h2, p, button, a')) {
          const rect = piece.getBoundingClientRect();
          expect(rect.left, piece.textContent).to.be.at.least(box.left - 0.5);
          expect(rect.right, piece.textContent).to.be.at.most(box.right + 0.5);
        }
        const shown = base.textContent;
        const own = texts(messages);
        for (const english of texts(defaultMessages).filter((text) => !own.includes(text))) {
          // The words before the first placeholder: what the card would show of the English text.
          const words = english.replace(/\{.*/, '').trim();
          if (words.length > 3) expect(shown, 'no English text').not.to.include(words);
        }
      });
    }
  }
});
