import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { resolveEndpoints, portalLink } from './endpoints.js';
import { SeatClaimError, asSeatClaimError, claimMayHaveLanded, unreadableSuccess } from './errors.js';
import { SeatClaimErrorEvent, SeatClaimInfoEvent, SeatClaimedEvent, type SeatClaimedDetail } from './events/index.js';
import {
  defaultMessages,
  format,
  mergeMessages,
  type SeatClaimMessages,
  type SeatClaimMessagesOverride,
  type SeatClaimProblem,
} from './messages.js';
import { claimSeat, getClaimInfo, DEFAULT_TIMEOUT, type SeatClaimInfo } from './polar-api.js';
import { invitationRecord, recall, remember, join, type InvitationRecord } from './invitation-record.js';
import type { Invitation, SeatClaimState, SeatClaimStatus } from './state.js';
import { styles } from './polar-seat-claim.styles.js';
import { VERSION } from './version.js';
import { renderState } from './views.js';

export type { SeatClaimStatus } from './state.js';
export type SeatClaimTheme = 'light' | 'dark' | 'auto';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
/** The DOM's types say `location` always exists; where a server renders the element (Node) it does not. */
const page: Partial<Pick<Window, 'location'>> = globalThis;
/** A claim made on this page before this element showed it: shown, not announced again. */
const replayed = ({ invitation, detail }: NonNullable<InvitationRecord['claimed']>): SeatClaimState => ({
  status: 'claimed',
  invitation,
  claimed: detail,
  replay: true,
});
/** Focus targets after a state change took the focused control away, best first. */
const FOCUS_TARGETS = ['[part=error] h2', '[aria-disabled=true]', 'h2', '.loading'];

/**
 * @summary Lets a person accept a Polar seat invitation: shows what they were invited to and claims the seat when they confirm.
 *
 * @fires {SeatClaimInfoEvent} seat-claim-info - The invitation's details have loaded; detail is the API's `SeatClaimInfo`.
 * @fires {SeatClaimedEvent} seat-claimed - The seat is claimed; detail `{ seat, customerSessionToken }`. Cancelable: `preventDefault()` stops the redirect.
 * @fires {SeatClaimErrorEvent} seat-claim-error - Something failed; detail `{ code, status, message, retryable, body }`.
 *
 * @csspart base - The card.
 * @csspart heading - The heading of each state.
 * @csspart message - The text under a heading, and the loading text.
 * @csspart email - The line naming the email address the invitation was sent to.
 * @csspart spinner - The progress indicator, while loading and claiming.
 * @csspart claim-button - The button that claims the seat.
 * @csspart retry-button - The button that tries a failed step again.
 * @csspart error - The container of an error's heading and message.
 * @csspart portal-link - The link to the customer portal.
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
 * @cssstate loading - Loading the invitation's details.
 * @cssstate ready - Waiting for the person to confirm.
 * @cssstate claiming - Claiming the seat.
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
    autoClaim: { type: Boolean, attribute: 'auto-claim' },
    redirect: { type: Boolean },
    theme: {},
    timeout: { type: Number },
    messages: { attribute: false },
    _state: { state: true },
    _redirecting: { state: true },
  };

  /** The invitation token. */
  declare token?: string;
  /** `production` (default), `sandbox`, or the absolute URL of an API base (https, or http on localhost). */
  declare server: string;
  /** The customer portal base for a URL `server`; without it there is no portal link or redirect. */
  declare portalUrl?: string;
  /** Claims as soon as the invitation has loaded, without the confirm click. */
  declare autoClaim: boolean;
  /** After a claim, opens the customer portal unless a `seat-claimed` listener calls `preventDefault()`. */
  declare redirect: boolean;
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: SeatClaimTheme;
  /** Milliseconds before a request is given up (default 20000, also when unset). */
  declare timeout?: number;
  /** Replacements for the strings the element shows; see `SeatClaimMessages`. */
  declare messages?: SeatClaimMessagesOverride;
  /** Where the claim flow stands, with what it shows. Changed only by `_enter()`. */
  declare private _state: SeatClaimState;
  declare private _redirecting: boolean;

  private readonly _internals = this.attachInternals();
  private _messages: SeatClaimMessages = defaultMessages;
  /** Objects already announced by an event, so that re-renders never announce twice. */
  private readonly _announced = new WeakSet();
  /** The shared record of the invitation on show, whose claims this element follows. */
  private _record?: InvitationRecord;
  private readonly _follow = () => {
    const state = this._state;
    if (state.status === 'ready' || state.status === 'error') {
      if (state.invitation) this._startClaim(state.invitation);
    }
  };
  /** Removed while claiming: the person has moved on, so the claim, when it lands, does not navigate. */
  private _leftMidClaim = false;
  private _tokenParam?: string;
  /** The page's query when the element was created: a `tokenParam` set before upgrade reaches the setter late. */
  private readonly _searchAtCreation = page.location?.search ?? '';
  /** The token read from the page's URL when `token-param` was set. */
  private _pageToken?: string | null;

  private _reloadOnConnect = false;
  /** Focus was in the card when this update began: if the update takes the focused element away, it goes on. */
  private _focusWasInside = false;

  private readonly _invitation = new Task(this, {
    args: () => [this._configuration(), this._currentToken()] as const,
    task: async ([, token], { signal }): Promise<SeatClaimState> => {
      this._claim.abort();
      if (!this.isConnected) {
        this._reloadOnConnect = true;
        throw new DOMException('Detached', 'AbortError');
      }
      this._enter({ status: 'loading' });
      this._record?.followers.delete(this._follow);
      let record: InvitationRecord | undefined;
      try {
        const { api } = resolveEndpoints(this.server, this.portalUrl);
        const timeout = this._timeout();
        record = this._record = invitationRecord(api, token);
        record.followers.add(this._follow);
        // Claimed on this page already (a re-render, a second copy): show it, and ask nothing.
        if (record.claimed) return replayed(record.claimed);
        const remembered = record.requests.claim ? undefined : await recall(api, token);
        if (remembered) {
          const info = { ...remembered, product_id: '', customer_email: '', can_claim: false };
          // Claimed in this tab before a reload or Back: the token is spent, and asking Polar would only say so.
          if (remembered.claimed) return { status: 'claimed', invitation: { api, token, info }, replay: true };
          record.attempted ??= info;
        }
        const info = await join(record, 'info', signal, (shared) =>
          getClaimInfo(api, token, { signal: shared, timeout }),
        );
        if (!info.can_claim) throw new SeatClaimError('invalid_token', 'can_claim is false', 200, info);
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
      try {
        return await join(record, 'claim', signal, async (shared) => {
          try {
            const { seat, customer_session_token } = await claimSeat(api, token, { signal: shared, timeout });
            const detail = { seat, customerSessionToken: customer_session_token };
            record.claimed = { invitation, detail };
            void remember(api, token, info, true);
            return detail;
          } catch (error) {
            // Whether a failed claim went through may be unknown (lost, late, unreadable, or stopped after it left):
            // the tab remembers it, with the details for the portal link.
            const judged = asSeatClaimError(error);
            if (!judged || claimMayHaveLanded(judged)) {
              record.attempted = info;
              void remember(api, token, info, false);
            }
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
      if (state.status === 'claiming')
        this._enter({ status: 'claimed', invitation: state.invitation, claimed, replay: false });
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
    this._state = { status: 'idle' };
    this._redirecting = false;
  }

  /**
   * A query parameter of the page's URL to read the token from when `token` is not set; read when set. Off unless
   * given.
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
    const read = (search: string) => (name ? new URLSearchParams(search).get(name) : null);
    this._pageToken = read(page.location?.search ?? '') ?? (this.hasUpdated ? null : read(this._searchAtCreation));
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
   * Resolves with the claimed seat; rejects with the `SeatClaimError` shown, or with an `AbortError` when a new
   * token or server, or removal while loading, superseded it. Before the element is first connected, it waits.
   * Calls while a claim is in flight share it: one request per claim.
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
    if (settled.status === 'claimed' && settled.claimed) return settled.claimed;
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

  override connectedCallback(): void {
    super.connectedCallback();
    // Events held back while the element was out of the page go out now.
    this.requestUpdate();
    if (this._reloadOnConnect) {
      this._reloadOnConnect = false;
      void this._invitation.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Wait a microtask: a node moved within the page is removed and re-inserted at once and must not
    // cost a second request. A claim in flight is left to finish, since aborting would not undo it.
    queueMicrotask(() => {
      if (this.isConnected) return;
      if (this._state.status === 'claiming') this._leftMidClaim = true;
      if (this._invitation.status === TaskStatus.PENDING) {
        this._reloadOnConnect = true;
        this._invitation.abort();
      }
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('messages')) this._messages = mergeMessages(this.messages);
    this._focusWasInside = !!this.shadowRoot?.activeElement;
  }

  protected override render(): TemplateResult {
    const state = this._state;
    const info = 'invitation' in state ? state.invitation?.info : undefined;
    const error = state.status === 'error' ? state.error : undefined;
    const view = renderState(state, {
      messages: this._messages,
      say: (template) => format(template, info),
      problem: error && this._messages.problems[this._problem(error)],
      portalLink:
        state.status === 'claimed'
          ? this._portalLink(state.claimed?.customerSessionToken ?? undefined)
          : error?.uncertain
            ? this._portalLink()
            : undefined,
      redirecting: this._redirecting,
      onAction: this._onClick,
    });
    // The regions stay in place across states: a live region must exist before what it announces.
    return html`<div
      part="base"
      class="card ${THEMES.includes(this.theme) ? this.theme : 'light'}"
      aria-busy=${!!view.busy}
    >
      <div role="status" class=${view.status ? '' : 'empty'}>${view.status}</div>
      ${view.alert && html`<div part="error" role="alert">${view.alert}</div>`} ${view.actions}
    </div>`;
  }

  /** The one place where entering a state has effects: its custom state, focus, events and the redirect. */
  protected override updated(): void {
    const state = this._state;
    this._showState(state.status);
    // The focused button may be gone: keep keyboard users in the card, on what the new state is about: an error's
    // heading, the busy Claim button after a Retry, the new state's heading, or the loading text.
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
      this.dispatchEvent(new SeatClaimErrorEvent({ code, status, message, retryable, body }));
    }
    const { claimed } = state as { claimed?: SeatClaimedDetail };
    if (claimed && this._announce(claimed) && this.dispatchEvent(new SeatClaimedEvent(claimed))) {
      this._navigate(this._portalLink(claimed.customerSessionToken ?? undefined));
    }
  }

  /** After a claim, at most one element of the page navigates, and only one the person stayed with. */
  private _navigate(link: string | undefined): void {
    const record = this._record;
    if (!this.redirect || this._leftMidClaim || !link || !record || record.navigated) return;
    record.navigated = this._redirecting = true;
    location.assign(link);
  }

  /** Every state change goes through here, so that `updated()` sees each one. */
  private _enter(state: SeatClaimState): void {
    this._state = state;
  }

  private _retryableLoadError(): boolean {
    const state = this._state;
    return state.status === 'error' && state.error.retryable && !state.invitation;
  }

  private _problem(error: SeatClaimError): SeatClaimProblem {
    if (error.uncertain) return 'maybe_claimed';
    if (error.code === 'missing_token' && this._currentToken()) return 'malformed_token';
    if (error.code === 'invalid_token' && error.status === 200) return 'cannot_claim';
    return error.code;
  }

  /** The customer portal for this invitation's organization, when its base is known; signed in with a session token. */
  private _portalLink(customerSessionToken?: string): string | undefined {
    try {
      const { portal } = resolveEndpoints(this.server, this.portalUrl);
      const state = this._state;
      // After a failed load, the details are those seen before the claim attempt whose answer never came.
      const info = ('invitation' in state ? state.invitation?.info : undefined) ?? this._record?.attempted;
      return portal && info && portalLink(portal, info.organization_slug, customerSessionToken);
    } catch {
      // An unusable server or portal-url also changes `_configuration()`: the invitation task reloads and reports it.
      return undefined;
    }
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
      return resolveEndpoints(this.server, this.portalUrl).api;
    } catch (error) {
      return String(error);
    }
  }

  private _startClaim(invitation: Invitation): void {
    this._enter({ status: 'claiming', invitation });
    void this._claim.run([invitation]);
  }

  /**
   * Both buttons: Claim seat when ready; Retry loads again after a failed load (the person still confirms), claims
   * again after a failed claim.
   */
  private _onClick(event: MouseEvent): void {
    // The second click of a double click is no confirmation: after Retry of a failed load, the Claim button may
    // appear under the pointer between the two clicks.
    if (event.detail > 1) return;
    const { status } = this._state;
    if (this._retryableLoadError()) void this._invitation.run();
    // Not while loading: a second click on Retry in the same task must not claim without the person's confirmation.
    // The outcome is shown and sent as an event.
    else if (status === 'ready' || status === 'error') this.claim().catch(() => undefined);
  }

  private _currentToken(): string {
    // The types say string, but a host may set a number, or an object that cannot even be made text: a crash here
    // would leave the spinner turning, with no event. What cannot be text is refused as a malformed token.
    try {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
      return String(this.token ?? this._pageToken ?? '').trim();
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

  /**
   * The error to show for one that ended a load or a claim. When Polar says the token is spent or unknown after a
   * claim of it was attempted without an answer, or a claim's outcome is unknown, the seat may well be claimed: the
   * person is not told that the link is bad. A 2xx body may carry the customer session token, and error events get
   * logged: it is not passed on.
   * @param claiming The invitation's details, when `error` ended an attempt to claim it.
   */
  private _judged(error: unknown, record?: InvitationRecord, claiming?: SeatClaimInfo): unknown {
    // Superseded or detached, not a failure.
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    // Anything else that is not a SeatClaimError is a fault of the widget's own: still shown, and sent as an event.
    const known = asSeatClaimError(error) ?? new SeatClaimError('bad_response', `Unexpected error: ${String(error)}`);
    // A 2xx we cannot read (or whose body never arrived), or a fault of our own mid-claim: whether the claim went
    // through is unknown, and a 2xx status says it did.
    const unknownOutcome = !!claiming && unreadableSuccess(known);
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
    const states = this._internals.states as CustomStateSet | undefined;
    try {
      states!.clear();
      states!.add(status);
    } catch {
      this.setAttribute('status', status);
    }
  }
}
