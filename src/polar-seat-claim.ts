import { LitElement, html, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ClaimStream, ClaimStreamOutcome, GrantedBenefit } from './claim-stream.js';
import { resolveEndpoints, pageUrl, portalLink } from './endpoints.js';
import { SeatClaimError, asSeatClaimError, claimMayHaveLanded, unreadableSuccess } from './errors.js';
import {
  SeatAccessReadyEvent,
  SeatClaimErrorEvent,
  SeatClaimInfoEvent,
  SeatClaimedEvent,
  type SeatClaimedDetail,
} from './events/index.js';
import { format, type SeatClaimMessagesOverride, type SeatClaimProblem } from './messages.js';
import { claimSeat, getClaimInfo, isSeatClaimInfo, DEFAULT_TIMEOUT, type SeatClaimInfo } from './polar-api.js';
import { invitationRecord, join, recall, remember, type InvitationRecord } from './invitation-record.js';
import { readPageToken } from './page-token.js';
import type { Invitation, SeatClaimState, SeatClaimStatus } from './state.js';
import { styles } from './polar-seat-claim.styles.js';
import { VERSION } from './version.js';
import { renderState, wordless, type NextSteps } from './views.js';
import { LocaleController } from './locale.js';

export type { SeatClaimStatus } from './state.js';
export type SeatClaimTheme = 'light' | 'dark' | 'auto';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
/** Polar's own claim page waits at most this long for the benefits. */
const DEFAULT_GRANT_TIMEOUT = 15_000;
/** After a claim's answer was lost, how long the claim stream may take to say whether the seat was claimed. */
const CONFIRM_WAIT = 3_000;
/**
 * The claim stream's client, loaded beside the bundle when a claim may come (most visits never claim), and before
 * it is needed: the invitation's `ready` state starts the load. A failed load only means no wait for benefits.
 */
const loadClaimStream = () => import('./claim-stream.js').catch(() => undefined);

/** Focus targets after a state change took the focused control away, best first. */
const FOCUS_TARGETS = ['[part=error] h2', '[aria-disabled=true]', '[part=token-input]', 'h2', '.loading'];

/** A claim made on this page before this element showed it: shown, not announced again. */
const replayed = ({ invitation, detail }: NonNullable<InvitationRecord['claimed']>): SeatClaimState => ({
  status: 'claimed',
  invitation,
  claimed: detail,
  replay: true,
});

/** The seat as the claim stream told of it, when the claim's own answer was lost: what the stream gave, no more. */
const seatFromStream = ({ seat_id, subscription_id, order_id }: NonNullable<ClaimStreamOutcome['seatClaimed']>) =>
  ({ id: seat_id, subscription_id, order_id, status: 'claimed' }) as SeatClaimedDetail['seat'];

/**
 * Speaks the page's language, taken from `lang` (the global attribute): the element's own, else the nearest
 * ancestor's across shadow roots, else the document's, else the browser's languages; a region falls back to its
 * language (`de-AT` to `de`), then to English. Bundled: `en`, `nl`, `fr`, `sv`, `es`, `de`, `hu`, `it`, `pt`,
 * `pt-PT`, `ko`, `ja`, `tr`, `pl`, `ar`, `he` (right to left for `ar` and `he`), each loaded on demand; more with
 * `registerLocale()` (docs/languages.md).
 *
 * @summary Lets a person accept a Polar seat invitation: shows what they were invited to and claims the seat when they confirm.
 *
 * @fires {SeatClaimInfoEvent} seat-claim-info - The invitation's details have loaded; detail is the API's `SeatClaimInfo`.
 * @fires {SeatClaimedEvent} seat-claimed - The seat is claimed; detail `{ seat, customerSessionToken }`. Cancelable: `preventDefault()` stops the redirect.
 * @fires {SeatClaimErrorEvent} seat-claim-error - Something failed; detail `{ code, status, message, retryable, body }`.
 * @fires {SeatAccessReadyEvent} seat-access-ready - The claimed seat's benefits are granted, or the wait for them is over; detail `{ seat, customerSessionToken, benefits, complete }`. The redirect follows it.
 *
 * @slot logo - The merchant's mark, shown at the top of the card in every state (give an image its width and height).
 *
 * @csspart base - The card.
 * @csspart heading - The heading of each state.
 * @csspart message - The text under a heading, and the loading text.
 * @csspart email - The line naming the email address the invitation was sent to.
 * @csspart spinner - The progress indicator, while loading, claiming and granting.
 * @csspart claim-button - The button that claims the seat.
 * @csspart retry-button - The button that tries a failed step again.
 * @csspart error - The container of an error's heading and message.
 * @csspart portal-link - The link to the customer portal.
 * @csspart continue-link - The link to the host's `continue-url`.
 * @csspart benefits - How many benefits are ready, while granting.
 * @csspart token-form - The form that takes a pasted invitation link, when there is no token.
 * @csspart token-input - Its text field.
 * @csspart token-submit - Its Continue button.
 * @csspart token-hint - The line under the field saying what to paste.
 * @csspart token-error - Why the pasted text gives no invitation.
 * @csspart another-link-button - Back to the form, from an invitation that came from it.
 *
 * @cssprop --polar-seat-claim-font-family - Font of the card (default: inherited from the page).
 * @cssprop --polar-seat-claim-font-size - Base font size (default: inherited).
 * @cssprop --polar-seat-claim-background - Card background.
 * @cssprop --polar-seat-claim-color - Text colour.
 * @cssprop --polar-seat-claim-muted-color - Secondary text colour.
 * @cssprop --polar-seat-claim-border-color - Border colour of the card, the Retry button and the rule above an error.
 * @cssprop --polar-seat-claim-accent - Background of the main button and link.
 * @cssprop --polar-seat-claim-accent-color - Text colour on the accent.
 * @cssprop --polar-seat-claim-error-color - Colour of error headings.
 * @cssprop --polar-seat-claim-success-color - Colour of the success heading.
 * @cssprop --polar-seat-claim-focus-ring - Colour of the focus outline.
 * @cssprop --polar-seat-claim-radius - Corner radius of the card (buttons use two thirds of it).
 * @cssprop --polar-seat-claim-spacing - Base spacing unit (padding is twice this).
 * @cssprop --polar-seat-claim-shadow - The card's box shadow.
 *
 * @cssstate idle - Not started: detached while loading.
 * @cssstate needs-token - No token: waiting for the person to paste their invitation link.
 * @cssstate loading - Loading the invitation's details.
 * @cssstate ready - Waiting for the person to confirm.
 * @cssstate claiming - Claiming the seat.
 * @cssstate granting - The seat is claimed; waiting for its benefits to be granted (`grant-timeout`).
 * @cssstate claimed - The seat is claimed.
 * @cssstate error - Something failed; see the `seat-claim-error` event.
 */
export class PolarSeatClaim extends LitElement {
  static override styles = styles;
  /** The package version; a second copy of the element loaded on the page compares it with its own. */
  static readonly version = VERSION;

  static override properties = {
    token: {},
    tokenParam: { attribute: 'token-param', noAccessor: true },
    server: {},
    portalUrl: { attribute: 'portal-url' },
    continueUrl: { attribute: 'continue-url' },
    organization: {},
    autoClaim: { type: Boolean, attribute: 'auto-claim' },
    redirect: { type: Boolean },
    grantTimeout: { type: Number, attribute: 'grant-timeout' },
    theme: {},
    timeout: { type: Number },
    messages: { attribute: false },
    info: { attribute: false },
    _state: { state: true },
    _pasted: { state: true },
    _redirecting: { state: true },
  };

  /** The invitation token. */
  declare token?: string;
  /** `production` (default), `sandbox`, or the absolute URL of an API base (https, or http on localhost). */
  declare server: string;
  /** The customer portal base for a URL `server`; without it there is no portal link or redirect. */
  declare portalUrl?: string;
  /**
   * The host's own next page (https, or http on localhost): after a claim, the main link and the redirect go there
   * instead of the customer portal, which stays as a second link.
   */
  declare continueUrl?: string;
  /**
   * The organization slugs (space-separated) whose invitations this page accepts. An invitation of another
   * organization is refused with `wrong_organization`, before anything is claimed. Recommended.
   */
  declare organization?: string;
  /** Claims as soon as the invitation has loaded, without the confirm click. */
  declare autoClaim: boolean;
  /**
   * After a claim, opens the `continue-url`, else the customer portal, once the seat's benefits are ready, unless a
   * `seat-claimed` listener calls `preventDefault()`.
   */
  declare redirect: boolean;
  /**
   * Milliseconds to wait after a claim for the seat's benefits to be granted, as Polar's own claim page does (default
   * 15000); `0` neither waits nor opens Polar's claim stream.
   */
  declare grantTimeout?: number;
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: SeatClaimTheme;
  /** Milliseconds before a request is given up (default 20000, also when unset). */
  declare timeout?: number;
  /** Replacements for the strings the element shows; see `SeatClaimMessages`. */
  declare messages?: SeatClaimMessagesOverride;
  /**
   * The invitation's details, for hosts that fetched them on their own server: with `token`, the element starts
   * ready to claim, without loading them again.
   */
  declare info?: SeatClaimInfo;
  /** Where the claim flow stands, with what it shows. Changed only by `_enter()`. */
  declare private _state: SeatClaimState;
  /** The token the person pasted into the form: never in an attribute, the address bar or storage. */
  declare private _pasted?: string;
  declare private _redirecting: boolean;

  /** Missing before Safari 16.4: the `status` attribute then carries the state. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  private readonly _internals: ElementInternals | undefined = this.attachInternals?.();
  /** The language on show and its texts, with the host's `messages` over them. */
  private readonly _locale = new LocaleController(this, () => this.messages);
  /** Objects already announced by an event, so that re-renders never announce twice. */
  private readonly _announced = new WeakSet();
  /** The shared record of the invitation on show, whose claims this element follows. */
  private _record?: InvitationRecord;
  private readonly _follow = () => {
    const state = this._state;
    if ((state.status === 'ready' || state.status === 'error') && state.invitation) this._startClaim(state.invitation);
  };
  private readonly _onBenefits = (benefits: readonly GrantedBenefit[]) => {
    const state = this._state;
    if (state.status === 'granting') this._enter({ ...state, benefits });
  };
  private readonly _onOnline = () => {
    const state = this._state;
    if (state.status === 'error' && state.error.code === 'offline') void this._invitation.run();
  };
  /** A `seat-claimed` listener asked to stay on the page. */
  private _stay = false;
  /** Removed while claiming: the person has moved on, so the claim, when it lands, does not navigate. */
  private _leftMidClaim = false;
  private _tokenParam?: string;
  /** The page's query when the element was created: a `tokenParam` set before upgrade reaches the setter late. */
  private readonly _searchAtCreation = (globalThis as Partial<Pick<Window, 'location'>>).location?.search;
  /** The token read from the page's URL when `token-param` was set. */
  private _pageToken?: string | null;
  /** The text last pasted into the link field, line breaks included. */
  private _pastedText?: string;
  /** The organization of the pasted link, which a failed load can still name. */
  private _pastedOrganization?: string;

  private _reloadOnConnect = false;
  /** Focus was in the card when this update began: if the update takes the focused element away, it goes on. */
  private _focusWasInside = false;

  private readonly _invitation = new Task(this, {
    args: () => [this._configuration(), this._currentToken(), this.info] as const,
    task: async ([, token, given], { signal }): Promise<SeatClaimState> => {
      this._claim.abort();
      if (!this.isConnected) {
        this._reloadOnConnect = true;
        throw new DOMException('Detached', 'AbortError');
      }
      this._record?.followers.delete(this._follow);
      this._record?.progress.delete(this._onBenefits);
      this._record = undefined;
      // Nothing to load: the person pastes their link. No request, and no error until they do.
      if (!token) return { status: 'needs-token' };
      this._enter({ status: 'loading' });
      let record: InvitationRecord | undefined;
      try {
        const { api } = resolveEndpoints(this.server, this.portalUrl);
        const timeout = this._timeout();
        // Every unusable setting is a config error before any request, not only the API base and timeout.
        this._grantTimeout();
        if (this.continueUrl) pageUrl('continue-url', this.continueUrl);
        record = this._record = invitationRecord(api, token);
        record.followers.add(this._follow);
        record.progress.add(this._onBenefits);
        // Claimed on this page already (a re-render, a second copy): show it, and ask nothing.
        if (record.claimed) return replayed(record.claimed);
        const remembered = record.requests.claim ? undefined : await recall(api, token);
        if (remembered) {
          const info = { ...remembered, product_id: '', customer_email: '', can_claim: false };
          // Claimed in this tab before a reload or Back: the token is spent, and asking Polar would only say so.
          if (remembered.claimed) return { status: 'claimed', invitation: { api, token, info }, replay: true };
          record.attempted ??= info;
        }
        if (given !== undefined && !isSeatClaimInfo(given)) {
          throw new SeatClaimError('config', 'info must be the SeatClaimInfo that Polar answered for the token');
        }
        if (!navigator.onLine) throw new SeatClaimError('offline', 'The browser is offline');
        const info =
          given ??
          (await join(record, 'info', signal, (shared) => getClaimInfo(api, token, { signal: shared, timeout })));
        if (!info.can_claim) throw new SeatClaimError('invalid_token', 'can_claim is false', 200, info);
        const organizations = this._organizations();
        if (organizations.length && !organizations.includes(info.organization_slug)) {
          throw new SeatClaimError(
            'wrong_organization',
            `The invitation is from organization ${JSON.stringify(info.organization_slug)}, which the organization attribute does not name`,
          );
        }
        return { status: 'ready', invitation: { api, token, info } };
      } catch (error) {
        throw this._judged(error, record);
      }
    },
    onComplete: (loaded) => {
      const claimed = this._record?.claimed;
      // Claimed by another element while this one was loading: the details are out of date already.
      const state: SeatClaimState = loaded.status === 'ready' && claimed ? replayed(claimed) : loaded;
      this._enter(state);
      if (state.status === 'ready') void loadClaimStream();
      // Another element on the page is claiming this invitation: follow it. Otherwise claim if told to.
      if (state.status === 'ready' && (this._record?.requests.claim || this.autoClaim))
        this._startClaim(state.invitation);
    },
    // An abort only means the load was superseded or the element detached: not a failure.
    onError: (error) => {
      this._enter(error instanceof SeatClaimError ? { status: 'error', error } : { status: 'idle' });
    },
  });

  private readonly _claim = new Task(this, {
    autoRun: false,
    task: async ([invitation]: readonly [Invitation], { signal }): Promise<SeatClaimedDetail> => {
      const { api, token, info } = invitation;
      const record = invitationRecord(api, token);
      const timeout = this._timeout();
      const grantTimeout = this._grantTimeout();
      try {
        return await join(record, 'claim', signal, async (shared) => {
          // Opened only now that the person confirmed (mail scanners open pages), and before the claim, so that the
          // claim's own events are not missed.
          let stream: ClaimStream | undefined;
          if (grantTimeout > 0) {
            stream = (await loadClaimStream())?.openClaimStream(api, token, info.product_id, {
              onBenefit: (benefits) => {
                for (const listener of record.progress) listener(benefits);
              },
            });
          }
          const claimed = (detail: SeatClaimedDetail, access?: Promise<ClaimStreamOutcome>) => {
            record.claimed = { invitation, detail };
            record.access = access;
            void remember(api, token, info, true);
            return detail;
          };
          await stream?.ready;
          try {
            const { seat, customer_session_token } = await claimSeat(api, token, { signal: shared, timeout });
            return claimed({ seat, customerSessionToken: customer_session_token }, stream?.settle(grantTimeout));
          } catch (error) {
            // Whether a failed claim went through may be unknown (lost, late, unreadable, or stopped after it left).
            const judged = asSeatClaimError(error);
            if (!judged || claimMayHaveLanded(judged)) {
              // The claim stream may know: Polar publishes the claim on it.
              const outcome = await stream?.settle(Math.min(grantTimeout, CONFIRM_WAIT));
              if (outcome?.seatClaimed) {
                return claimed(
                  { seat: seatFromStream(outcome.seatClaimed), customerSessionToken: null },
                  Promise.resolve(outcome),
                );
              }
              record.attempted = info;
              void remember(api, token, info, false);
            }
            stream?.close();
            throw error;
          }
        });
      } catch (error) {
        throw this._judged(error, record, info);
      }
    },
    // A claim ends the claiming state only: a new token or server loading meanwhile has moved on.
    onComplete: (claimed) => {
      const state = this._state;
      if (state.status !== 'claiming') return;
      const { invitation } = state;
      const ready = ({ benefits, complete }: Pick<ClaimStreamOutcome, 'benefits' | 'complete'>) => {
        this._enter({
          status: 'claimed',
          invitation,
          claimed,
          replay: false,
          access: { ...claimed, benefits, complete },
        });
      };
      const access = this._record?.access;
      // With no wait (`grant-timeout="0"`), no granting state flashes by.
      if (!access) {
        ready({ benefits: [], complete: false });
        return;
      }
      this._enter({ status: 'granting', invitation, claimed, benefits: [] });
      void access.then((outcome) => {
        const now = this._state;
        if (now.status === 'granting' && now.claimed === claimed) ready(outcome);
      });
    },
    onError: (error) => {
      const state = this._state;
      if (state.status !== 'claiming') return;
      const { invitation } = state;
      this._enter(
        error instanceof SeatClaimError ? { status: 'error', error, invitation } : { status: 'ready', invitation },
      );
    },
  });

  constructor() {
    super();
    this.server = 'production';
    this.autoClaim = false;
    this.redirect = false;
    this.theme = 'light';
    this.timeout = DEFAULT_TIMEOUT;
    this.grantTimeout = DEFAULT_GRANT_TIMEOUT;
    this._state = { status: 'idle' };
    this._redirecting = false;
  }

  /**
   * A query parameter of the page's URL to read the token from when `token` is not set. Read when set, from the
   * URL as it is and as the page was loaded, so the host may clean its address bar at any time. Off unless given.
   * @attr token-param
   */
  get tokenParam(): string | undefined {
    return this._tokenParam;
  }

  set tokenParam(name: string | undefined) {
    const old = this._tokenParam;
    // The same name again (a framework re-applying its attributes) must not read an address bar cleared meanwhile.
    if (name === old) return;
    this._tokenParam = name;
    // Read at once: the host may take the token out of the address bar right after, and must not lose the claim.
    this._pageToken = name
      ? (readPageToken(name) ?? (this.hasUpdated ? null : new URLSearchParams(this._searchAtCreation).get(name)))
      : null;
    this.requestUpdate('tokenParam', old);
  }

  /**
   * Where the claim flow stands; also the CSS custom state, or the `status` attribute where custom states are
   * missing.
   */
  get status(): SeatClaimStatus {
    return this._state.status;
  }

  /**
   * Claims the seat: at once when `ready`, as soon as the details have loaded when `loading` (also right after a
   * new token or server was set), and again after a retryable error (after a failed load: loads, then claims).
   * Resolves with the claimed seat once the claim's answer is in (before the benefits are ready); rejects with the
   * `SeatClaimError` shown, or with an `AbortError` when a new token or server, or removal while loading, superseded
   * it. Before the element is first connected, it waits. Calls while a claim is in flight share it: one request
   * per claim.
   */
  async claim(): Promise<SeatClaimedDetail> {
    // A new token or server set just before must be loaded first. Otherwise no await before the status checks:
    // a click starts its claim in the same task.
    if (!this.hasUpdated || this.isUpdatePending) await this.updateComplete;
    if (this._retryableLoadError()) void this._invitation.run();
    if (this._invitation.status === TaskStatus.PENDING) await this._invitation.taskComplete.catch(() => undefined);
    const state = this._state;
    const claimable =
      state.status === 'ready' || (state.status === 'error' && state.error.retryable) ? state.invitation : undefined;
    if (claimable) this._startClaim(claimable);
    if (this._state.status === 'claiming') await this._claim.taskComplete.catch(() => undefined);
    const settled = this._state;
    if ((settled.status === 'claimed' || settled.status === 'granting') && settled.claimed) return settled.claimed;
    if (settled.status === 'needs-token') throw new SeatClaimError('missing_token', 'No invitation token');
    // Otherwise the invitation was superseded (a new token or server) or the element was detached while loading.
    throw settled.status === 'error'
      ? settled.error
      : new DOMException(
          settled.status === 'claimed'
            ? 'Nothing to claim: the seat was claimed earlier in this tab'
            : `Nothing to claim: the element is ${settled.status}`,
          'AbortError',
        );
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('paste', (event) => {
      this._pastedText = (event as ClipboardEvent).clipboardData?.getData('text');
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this._onOnline);
    this._record?.followers.add(this._follow);
    this._record?.progress.add(this._onBenefits);
    // Events held back while the element was out of the page go out now.
    this.requestUpdate();
    if (this._reloadOnConnect) {
      this._reloadOnConnect = false;
      void this._invitation.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this._onOnline);
    // Wait a microtask: a node moved within the page is removed and re-inserted at once and must not
    // cost a second request. A claim in flight is left to finish, since aborting would not undo it.
    queueMicrotask(() => {
      if (this.isConnected) return;
      // Out of the page, the wait after a 429 stops: no timer runs for a card nobody sees.
      this._waitingFor = undefined;
      this._wait = 0;
      clearTimeout(this._ticking);
      // Out of the page, it follows nobody's claim, and the record does not keep it alive.
      this._record?.followers.delete(this._follow);
      this._record?.progress.delete(this._onBenefits);
      if (this._state.status === 'claiming' || this._state.status === 'granting') this._leftMidClaim = true;
      if (this._invitation.status === TaskStatus.PENDING) {
        this._reloadOnConnect = true;
        this._invitation.abort();
      }
    });
  }

  /**
   * Constructed style sheets belong to the document that made them: moved into another document (an iframe, a
   * Document Picture-in-Picture window), the card takes its styles along as a style element of that document.
   */
  adoptedCallback(): void {
    const style = this.ownerDocument.createElement('style');
    style.textContent = styles.cssText;
    this.renderRoot.querySelector('style[data-adopted]')?.remove();
    style.dataset.adopted = '';
    this.renderRoot.prepend(style);
  }

  protected override willUpdate(): void {
    this._focusWasInside = !!this.shadowRoot?.activeElement;
    const state = this._state;
    if (state.status === 'error' && state.error.code === 'rate_limited' && this._waitingFor !== state.error) {
      this._countDown(state.error);
    }
  }

  protected override render(): TemplateResult {
    const state = this._state;
    // An error after a claim was tried still names the invitation's organization.
    const info = ('invitation' in state ? state.invitation?.info : undefined) ?? this._record?.attempted;
    const kind = state.status === 'error' ? this._problem(state.error) : undefined;
    const locale = this._locale;
    const messages = locale.messages;
    // Until the language's texts are here, the card's shape without words: never English in their place.
    const view =
      !messages || (state.status == 'needs-token' && !locale.paste)
        ? wordless
        : renderState(state, {
            messages,
            lang: locale.lang,
            say: (template) => format(template, info),
            hasEmail: !!info?.customer_email,
            problem: kind && { ...messages.problems[kind], kind },
            next: this._next(state),
            redirecting: this._redirecting,
            wait: this._wait,
            pasted: !!this._pasted && this._currentToken() === this._pasted,
            onAction: this._onClick,
            onPortal: this._onPortal,
            onPaste: this._onPaste,
            onAnotherLink: this._onAnotherLink,
          });
    // The regions stay in place across states: a live region must exist before what it announces.
    return html`<div
      part="base"
      lang=${locale.lang}
      dir=${locale.dir}
      class="card ${THEMES.includes(this.theme) ? this.theme : 'light'}"
      aria-busy=${!!view.busy}
    >
      <slot name="logo"></slot>
      <div role="status" class=${view.status ? '' : 'empty'}>${view.status}</div>
      ${view.alert && html`<div part="error" role="alert">${view.alert}</div>`} ${view.actions}
    </div>`;
  }

  /** The one place where entering a state has effects: its custom state, focus, events and the redirect. */
  protected override updated(): void {
    const state = this._state;
    this._showState(state.status);
    // The focused button may be gone: keep keyboard users in the card, on what the new state is about: an error's
    // heading, the busy Claim button after a Retry, the paste field, the new state's heading, or the loading text.
    if (this._focusWasInside && !this.shadowRoot!.activeElement) {
      for (const selector of FOCUS_TARGETS) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) {
          target.focus();
          break;
        }
      }
    }

    // Listeners on the document hear only connected elements: what happened while out of the page waits.
    if (!this.isConnected || ('replay' in state && state.replay)) return;
    if ('invitation' in state && state.invitation && this._announce(state.invitation)) {
      this.dispatchEvent(new SeatClaimInfoEvent(state.invitation.info));
    }
    if (state.status === 'error' && this._announce(state.error)) {
      const { code, status, message, retryable, body } = state.error;
      if (code === 'config') this._warn(message);
      this.dispatchEvent(new SeatClaimErrorEvent({ code, status, message, retryable, body }));
    }
    if ('claimed' in state && state.claimed && this._announce(state.claimed)) {
      this._stay = !this.dispatchEvent(new SeatClaimedEvent(state.claimed));
    }
    if (state.status === 'claimed' && state.access && this._announce(state.access)) {
      this.dispatchEvent(new SeatAccessReadyEvent(state.access));
      const next = this._next(state);
      this._navigate(next.continueUrl ?? (next.signedIn ? this._signedIn(next.portal) : next.portal));
    }
  }

  /**
   * Tells the page's developer once per cause what is set up wrongly: the person only reads that the page is not
   * ready. Config messages name the attribute, its value and what it must be, and never hold a token.
   */
  private _warn(message: string): void {
    if (this._warnings.has(message)) return;
    this._warnings.add(message);
    console.warn(`<polar-seat-claim> ${message}`);
  }

  private readonly _warnings = new Set<string>();

  /**
   * After a 429, Retry waits: a minute, since Polar's `retry-after` is not readable across origins. Counted down
   * a second at a time.
   */
  private _countDown(error: SeatClaimError): void {
    this._waitingFor = error;
    this._wait = 60;
    const tick = () => {
      if (this._waitingFor !== error) return;
      this._wait--;
      this.requestUpdate();
      if (this._wait) this._ticking = setTimeout(tick, 1000);
    };
    this._ticking = setTimeout(tick, 1000);
  }

  private _waitingFor?: SeatClaimError;
  /** The countdown's next tick. */
  private _ticking?: ReturnType<typeof setTimeout>;
  /** Seconds before Retry after a 429. */
  private _wait = 0;

  /** Every state change goes through here, so that `updated()` sees each one. */
  private _enter(state: SeatClaimState): void {
    this._state = state;
  }

  /** After a claim, at most one element of the page navigates, and only one the person stayed with. */
  private _navigate(link: string | undefined): void {
    const record = this._record;
    if (!this.redirect || this._stay || this._leftMidClaim || !link || !record || record.navigated) return;
    record.navigated = this._redirecting = true;
    location.assign(link);
  }

  private _retryableLoadError(): boolean {
    const state = this._state;
    return state.status === 'error' && !state.invitation && (state.error.retryable || state.error.reloadable);
  }

  private _problem(error: SeatClaimError): SeatClaimProblem {
    if (error.uncertain) return 'maybe_claimed';
    if (error.code === 'missing_token' && this._currentToken()) return 'malformed_token';
    if (error.code === 'invalid_token' && error.status === 200) return 'cannot_claim';
    return error.code;
  }

  /**
   * Where the person can go from this state: after a claim, the host's `continue-url` and the portal; after an
   * invitation that cannot be claimed (any more), the portal's sign-in and the `continue-url`, so no end is a dead
   * end.
   */
  private _next(state: SeatClaimState): NextSteps {
    const claimed = state.status === 'claimed' ? state : undefined;
    const error = state.status === 'error' ? state.error : undefined;
    const ended = !!claimed || !!error?.uncertain || error?.code === 'invalid_token';
    if (!ended) return { signedIn: false };
    let portal: string | undefined;
    let continueUrl: string | undefined;
    try {
      const base = resolveEndpoints(this.server, this.portalUrl).portal;
      // After a failed load, the organization is known from an earlier attempt, the pasted link or the attribute.
      const slug =
        ('invitation' in state ? state.invitation?.info.organization_slug : undefined) ??
        this._record?.attempted?.organization_slug ??
        this._pastedOrganization ??
        (this._organizations().length === 1 ? this._organizations()[0] : undefined);
      portal = base && slug ? portalLink(base, slug) : undefined;
      continueUrl = this.continueUrl ? pageUrl('continue-url', this.continueUrl) : undefined;
    } catch {
      // An unusable setting also changes `_configuration()`: the invitation task reloads and reports it.
    }
    return { portal, continueUrl, signedIn: !!claimed?.claimed?.customerSessionToken && !!portal };
  }

  /** The portal link with the session that signs the person in: built when followed, never kept in the page. */
  private _signedIn(portal: string | undefined): string | undefined {
    const state = this._state;
    const session = state.status === 'claimed' ? state.claimed?.customerSessionToken : undefined;
    return portal && session ? `${portal}?customer_session_token=${encodeURIComponent(session)}` : portal;
  }

  /**
   * What the invitation depends on besides its token: the API base, or the config error that leaves the element
   * unable to load. Another spelling of the same server, another usable portal-url (which only changes the link)
   * or another usable timeout is the same invitation: no second request, and a claim done or in flight stays.
   * Making one unusable, or usable again, loads again and so shows or clears the error.
   */
  private _configuration(): string {
    try {
      this._timeout();
      this._grantTimeout();
      if (this.continueUrl) pageUrl('continue-url', this.continueUrl);
      return `${resolveEndpoints(this.server, this.portalUrl).api} ${this._organizations().join(' ')}`;
    } catch (error) {
      return String(error);
    }
  }

  private _organizations(): string[] {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
    return String(this.organization ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
  }

  private _startClaim(invitation: Invitation): void {
    this._enter({ status: 'claiming', invitation });
    void this._claim.run([invitation]);
  }

  /**
   * Both buttons: Claim seat when ready; Retry loads again after a failed load (the person still confirms), claims
   * again after a failed claim, and loads again after an answer that made no sense.
   */
  private _onClick(event: MouseEvent): void {
    // The second click of a double click is no confirmation: after Retry of a failed load, the Claim button may
    // appear under the pointer between the two clicks.
    const state = this._state;
    if (event.detail > 1 || (state.status === 'error' && state.error === this._waitingFor && this._wait)) return;
    if (this._retryableLoadError() || (state.status === 'error' && state.error.reloadable)) void this._invitation.run();
    // Not while loading: a second click on Retry in the same task must not claim without the person's confirmation.
    // The outcome is shown and sent as an event.
    else if (state.status === 'ready' || state.status === 'error') this.claim().catch(() => undefined);
  }

  /** The portal link holds no credential: the session is added as the person follows it, in this tab or a new one. */
  private _onPortal(event: MouseEvent): void {
    if (event.button > 1) return;
    const link = this._signedIn((event.currentTarget as HTMLAnchorElement).href);
    if (!link) return;
    event.preventDefault();
    if (event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey) {
      open(link, '_blank', 'noopener,noreferrer');
    } else {
      location.assign(link);
    }
  }

  /** The link parser loads beside the bundle on the first paste: only visits without a token need it. */
  private async _onPaste(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('link') as HTMLInputElement;
    const reader = await import('./claim-link.js').catch(() => undefined);
    if (!reader) {
      // Offline, or the file beside the bundle is gone: Retry brings the form back.
      const code = navigator.onLine ? 'network' : 'offline';
      this._enter({
        status: 'error',
        error: new SeatClaimError(code, 'The invitation link reader could not be loaded'),
      });
      return;
    }
    const { parseClaimLink } = reader;
    // A one-line field drops the line breaks of a pasted email, joining a link wrapped over two lines to the next
    // word: what was pasted, as it was, is read instead, unless the person typed over it since.
    const flat = (text: string) => text.replace(/\s+/g, '');
    const pasted = this._pastedText;
    const text = pasted !== undefined && flat(pasted) === flat(input.value) ? pasted : input.value;
    // A host may set a URL object: the types say string.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
    const server = String(this.server || 'production').trim();
    const parsed = parseClaimLink(text, {
      server: server === 'production' || server === 'sandbox' ? server : 'custom',
      organizations: this._organizations(),
    });
    if ('refused' in parsed) {
      this._enter({ status: 'needs-token', refusal: parsed.refused });
      this.dispatchEvent(
        new SeatClaimErrorEvent({
          code: 'missing_token',
          status: 0,
          message: `The pasted text holds no usable invitation link (${parsed.refused})`,
          retryable: false,
          body: undefined,
        }),
      );
      return;
    }
    this._pastedOrganization = parsed.organizationSlug;
    this._pasted = parsed.token;
  }

  private _onAnotherLink(): void {
    this._pasted = this._pastedOrganization = undefined;
  }

  private _currentToken(): string {
    // The types say string, but a host may set a number, or an object that cannot even be made text: a crash here
    // would leave the spinner turning, with no event. What cannot be text is refused as a malformed token. An empty
    // `token` (an empty template value) does not hide the page's or the pasted one.
    try {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
      return String(this.token || this._pageToken || this._pasted || '').trim();
    } catch {
      return '\0';
    }
  }

  /** `timeout`, or the default when it is unset (a removed attribute, a framework's `undefined`). */
  private _timeout(): number {
    const timeout = this.timeout ?? DEFAULT_TIMEOUT;
    if (timeout > 0) return timeout;
    throw new SeatClaimError('config', `timeout must be a positive number; got ${String(timeout)}`);
  }

  private _grantTimeout(): number {
    const grantTimeout = this.grantTimeout ?? DEFAULT_GRANT_TIMEOUT;
    if (grantTimeout >= 0) return grantTimeout;
    throw new SeatClaimError('config', `grant-timeout must be 0 or more; got ${String(grantTimeout)}`);
  }

  /**
   * The error to show for one that ended a load or a claim. When Polar says the token is spent or unknown after a
   * claim of it was attempted without an answer, or a claim's outcome is unknown, the seat may well be claimed: the
   * person is not told that the link is bad. A 2xx body may carry the customer session token, and error events get
   * logged: it is not passed on. A failed load while the browser is offline waits to be back online.
   * @param claiming The invitation's details, when `error` ended an attempt to claim it.
   */
  private _judged(error: unknown, record?: InvitationRecord, claiming?: SeatClaimInfo): unknown {
    // Superseded or detached, not a failure.
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    const ours = asSeatClaimError(error);
    if (!claiming && ours?.retryable && !navigator.onLine) {
      return new SeatClaimError('offline', `The browser is offline (${ours.message})`);
    }
    // Anything else that is not a SeatClaimError is a fault of the widget's own: still shown, and sent as an event.
    const known = ours ?? new SeatClaimError('bad_response', `Unexpected error: ${String(error)}`);
    // A 2xx we cannot read (or whose body never arrived), or a fault of our own mid-claim: whether the claim went
    // through is unknown, and a 2xx status says it did.
    const unknownOutcome = !!claiming && (!ours || unreadableSuccess(known));
    return unknownOutcome || (known.code === 'invalid_token' && record?.attempted)
      ? new SeatClaimError(
          known.code,
          `${known.message} (an earlier claim attempt may have succeeded)`,
          known.status,
          unknownOutcome ? undefined : known.body,
          true,
        )
      : known;
  }

  private _announce(subject: object): boolean {
    if (this._announced.has(subject)) return false;
    this._announced.add(subject);
    return true;
  }

  /**
   * Shows the status as a CSS custom state. Where custom states are missing (Safari before 17.4) or take
   * only the old `--name` form (Chromium before 125), the `status` attribute carries it instead.
   */
  private _showState(status: SeatClaimStatus): void {
    const states = this._internals?.states;
    try {
      states!.clear();
      states!.add(status);
    } catch {
      this.setAttribute('status', status);
    }
  }
}
