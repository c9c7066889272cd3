/**
 * Which language the card speaks, and its texts: resolved from `lang` (the element's, its nearest ancestor's across
 * shadow roots, the document's) or else the browser's languages, then loaded on demand. English is built in; every
 * other language is two modules of its own, fetched only by a page that shows it: `./locales/<code>.js` for the card,
 * `./locales/<code>-paste.js` for the paste form, which only a page opened without its link needs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  defaultMessages,
  fileShape,
  mergeMessages,
  unpack,
  type CardMessages,
  type PasteMessages,
  type SeatClaimMessages,
  type SeatClaimMessagesOverride,
} from './messages.js';

/**
 * The translations shipped with the element. A file name in a template: bundlers make each matching file a chunk of
 * its own (Vite, webpack, esbuild; Rollup with `@rollup/plugin-dynamic-import-vars`), and the CDN files sit in
 * `locales/` next to the bundle. One pattern instead of one `import()` per file keeps English pages small.
 */
const bundled = new Set('ar de es fr he hu it ja ko nl pl pt pt-PT sv tr'.split(' '));

/** Loads `locales/<file>.js`: a language's card (`de`) or paste form (`de-paste`). */
const importLocale = (file: string): Promise<{ default: never }> => import(`./locales/${file}.js`);

/** The languages the element speaks out of the box (English included), as codes for `lang`. */
export const bundledLocales: readonly string[] = ['en', ...bundled];

/** Each language's texts as far as they are here: English, those loaded, and those the host registered (which win). */
const cards = new Map<string, CardMessages>([['en', defaultMessages]]);
const pastes = new Map<string, PasteMessages>([['en', defaultMessages]]);

/** Every connected controller, so that a registration reaches the elements already on the page. */
const controllers = new Set<LocaleController>();

/** A tag as the registry spells it (`pt-pt` and `pt_PT` -> `pt-PT`); `''` for one that is not a language tag. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? '';
  } catch {
    return '';
  }
}

/**
 * Adds a language, or replaces a bundled one, for every element on the page. Every key is required, so a missing
 * translation is a compile error rather than a gap on the card. Elements showing `code` switch to it.
 */
export function registerLocale(code: string, messages: SeatClaimMessages): void {
  const key = canonical(code);
  if (!key) throw new RangeError(`registerLocale: "${code}" is not a language tag`);
  cards.set(key, messages);
  pastes.set(key, messages);
  for (const controller of controllers) controller.refresh(true);
}

/**
 * The language to show for a list of wished ones, best first: for each, the tag itself, then without its last subtag
 * (`pt-PT` -> `pt`, `de-AT` -> `de`); the first one known wins, else English.
 */
export function resolveLocale(tags: readonly string[]): string {
  for (const tag of tags) {
    for (let code = canonical(tag); code; code = code.slice(0, Math.max(code.lastIndexOf('-'), 0))) {
      if (cards.has(code) || bundled.has(code)) return code;
    }
  }
  return 'en';
}

/**
 * One of a language's texts, from `have` or else its bundled file. Elements asking at once share one request: the
 * browser's module map fetches each file once. A registration made while the file was on its way wins.
 */
function load<T>(have: Map<string, T>, code: string, suffix: '' | '-paste'): Promise<T> {
  return have.has(code)
    ? Promise.resolve(have.get(code)!)
    : // Through `then`: a loader that throws (the classic script's URL unknown) rejects instead of throwing here.
      Promise.resolve(code + suffix)
        .then(importLocale)
        .then(({ default: file }: { default: T | unknown[] }) => {
          // The CDN's files hold the texts alone; the npm modules, the objects as written.
          const texts = Array.isArray(file) ? (unpack(file, fileShape(!!suffix)) as T) : file;
          return have.get(code) ?? (have.set(code, texts), texts);
        });
}

/**
 * The language stated for `node`: its own `lang`, else the nearest ancestor's, crossing out of shadow roots to their
 * hosts, up to the document's `<html lang>`. An empty `lang` states nothing.
 */
function statedLanguage(node: Node): string | undefined {
  for (let n: Node | undefined = node; n; n = n.parentNode ?? (n as Partial<ShadowRoot>).host) {
    const lang = (n as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/** Languages written right to left; the rest are left to right. */
const RTL = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/;

/**
 * Keeps an element in its language: resolves it when connected, follows changes to `lang` (on the element, any
 * ancestor, the document) and to the browser's languages, loads the texts, and re-renders the host. Until a
 * language's texts are here, `messages` is `undefined` (and `paste` false for the form's): the card shows its
 * loading state, never English in their place.
 */
export class LocaleController implements ReactiveController {
  /** The language on show: the card's `lang`. */
  lang = 'en';
  private _wanted?: string;
  private _card?: CardMessages;
  private _paste?: PasteMessages;
  /** The language whose paste form's texts were asked for. */
  private _pasteAsked?: string;
  private _merged?: SeatClaimMessages;
  private _mergedFrom: unknown[] = [];
  private _observer?: MutationObserver;
  private readonly _refresh = () => {
    this.refresh();
  };

  /** `overrides`: the host's `messages`, which win over any language. */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _overrides: () => SeatClaimMessagesOverride | null | undefined,
  ) {
    _host.addController(this);
  }

  /** The card's `dir`. */
  get dir(): 'ltr' | 'rtl' {
    return RTL.test(this.lang) ? 'rtl' : 'ltr';
  }

  /** Whether the paste form's texts are here; asking loads them, once a language. */
  get paste(): boolean {
    const code = this._wanted!;
    if (!this._paste && this._card && this._pasteAsked !== code) {
      this._pasteAsked = code;
      this._fetch(pastes, code, '-paste', (texts) => (this._paste = texts));
    }
    return !!this._paste;
  }

  /**
   * The texts to show, the host's overrides laid over the language (the paste form's in English until `paste` has
   * loaded them); `undefined` while the language loads.
   */
  get messages(): SeatClaimMessages | undefined {
    // Not connected yet (server rendering): resolved here, for this render; no update is asked for.
    if (!this._wanted) this._choose(false);
    const from = [this._card, this._paste, this._overrides()];
    if (from.some((value, i) => value !== this._mergedFrom[i])) {
      this._mergedFrom = from;
      this._merged = this._card && mergeMessages(from[2], { ...defaultMessages, ...this._paste, ...this._card });
    }
    return this._merged;
  }

  hostConnected(): void {
    controllers.add(this);
    this._observer = new MutationObserver(this._refresh);
    // Each tree from the element's up to the document: `lang` set or changed anywhere above or on the element.
    for (
      let root: Node | undefined = this._host.getRootNode();
      root;
      root = (root as Partial<ShadowRoot>).host?.getRootNode()
    ) {
      this._observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    }
    addEventListener('languagechange', this._refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this._observer?.disconnect();
    removeEventListener('languagechange', this._refresh);
  }

  /** Resolves the language again and re-renders when it changed. `force`: its texts may have changed. */
  refresh(force = false): void {
    if (this._choose(force)) this._host.requestUpdate();
  }

  /** Resolves the language; true when the texts on show changed at once. One still to load re-renders on arrival. */
  private _choose(force: boolean): boolean {
    const stated = statedLanguage(this._host);
    // `navigator` is missing in server rendering on Node 20.
    const code = resolveLocale(
      stated ? [stated] : ((globalThis as { navigator?: Navigator }).navigator?.languages ?? []),
    );
    if (code === this._wanted && !force) return false;
    this._wanted = code;
    this._paste = pastes.get(code);
    const card = cards.get(code);
    if (card) return this._set(code, card);
    this._card = undefined;
    this._fetch(cards, code, '', (texts) => this._set(code, texts));
    return true;
  }

  /** Loads one of `code`'s files; if `code` is still the language wanted then, `take`s it and re-renders. */
  private _fetch<T>(have: Map<string, T>, code: string, suffix: '' | '-paste', take: (texts: T) => void): void {
    load(have, code, suffix).then(
      (texts) => {
        if (code !== this._wanted) return;
        take(texts);
        this._host.requestUpdate();
      },
      (error: unknown) => {
        this._fail(code, error);
      },
    );
  }

  /** Takes `texts` if `code` is still the language wanted. */
  private _set(code: string, card: CardMessages, lang = code): boolean {
    if (code !== this._wanted) return false;
    this._card = card;
    this.lang = lang;
    return true;
  }

  /** A file that did not load (offline, not served): the card speaks English rather than nothing. */
  private _fail(code: string, error: unknown): void {
    if (code !== this._wanted) return;
    console.warn(`<polar-seat-claim> the "${code}" translation did not load; English is shown.`, error);
    this._paste = defaultMessages;
    if (this._set(code, defaultMessages, 'en')) this._host.requestUpdate();
  }
}
