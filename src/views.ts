/**
 * One render function per state. Each fills the card's fixed regions, which the element keeps in place across states
 * so that the live regions exist before what they announce.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { counted, type ProblemMessage, type SeatClaimMessages, type SeatClaimProblem } from './messages.js';
import type { SeatClaimState, SeatClaimStatus, StateOf } from './state.js';

/** What a state puts in the card's regions. */
export interface View {
  /** The polite live region: what the card is about now. */
  status?: TemplateResult;
  /** The assertive live region: a problem. */
  alert?: TemplateResult;
  actions?: TemplateResult;
  busy?: boolean;
}

/** Where the person can go next, as far as the element knows. */
export interface NextSteps {
  /** The host's own next page (`continue-url`). */
  continueUrl?: string;
  /** The customer portal of the invitation's organization (no credential in it). */
  portal?: string;
  /** Whether following `portal` signs the person in: the element adds the session when the link is followed. */
  signedIn: boolean;
}

/** What the views need from the element besides the state. */
export interface ViewContext {
  messages: SeatClaimMessages;
  lang?: string;
  /** A message with the invitation's values filled in, as text. */
  say: (template: string) => string;
  /** Whether the invitation names the invited address (a holder without one, or a remembered claim, does not). */
  hasEmail: boolean;
  /** The problem the person is told about, in the error state, and its kind. */
  problem?: ProblemMessage & { kind: SeatClaimProblem };
  next: NextSteps;
  redirecting: boolean;
  /** Seconds before Retry may be used again after too many tries. */
  wait: number;
  /** The invitation came from the paste form: the person may go back to it. */
  pasted: boolean;
  /** Claim seat and Try again. */
  onAction: (event: MouseEvent) => void;
  /** Follows the portal link with the session it needs, which never sits in the page. */
  onPortal: (event: MouseEvent) => void;
  onPaste: (event: SubmitEvent) => Promise<void>;
  onAnotherLink: () => void;
}

/** Errors that are not the person's fault, nor bad news: told in the card's own colour, not in red. */
const CALM: readonly (SeatClaimProblem | undefined)[] = ['maybe_claimed', 'offline', 'rate_limited'];

/** The success mark: a tick in a disc, in the heading's line. No whitespace: the heading's text is its title. */
// prettier-ignore
const MARK = html`<svg class="mark" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" /><path d="m4.5 8.5 2.5 2.5 4.5-5" /></svg>`;

/** A state's one heading; the element moves focus to it. */
const heading = (title: string, tone = '', mark = false) =>
  html`<h2 part="heading" class=${tone} tabindex="-1">${mark ? MARK : nothing}${title}</h2>`;

const block = (title: string, text: string, tone?: string) =>
  html`${heading(title, tone)}
    <p part="message">${text}</p>`;

/** `template` as text, with the product in it emphasised. */
const emphasised = (template: string, say: ViewContext['say']) =>
  template
    .split(/(\{product\})/)
    .map((piece) => (piece == '{product}' ? html`<strong>${say(piece)}</strong>` : say(piece)));

/** A line of the card's shape, blank: the loading card is as tall as the card it turns into. */
const bone = (kind = '') => html`<p class="bone ${kind}" aria-hidden="true">&nbsp;</p>`;

const loading = ({ say, messages }: ViewContext) =>
  html`${bone('title')}
    <p class="loading" tabindex="-1">
      <span part="spinner" class="spinner"></span><span part="message">${say(messages.loading)}</span>
    </p>
    ${bone('muted')}`;

/** The main action's place while there is none yet, so the card keeps its height. */
const boneButton = html`<span class="bone button" aria-hidden="true">&nbsp;</span>`;

/** The buttons and links, side by side, the main one first. */
const row = (content: unknown) => html`<div class="actions">${content}</div>`;

/** The loading card without words, while the language's texts load: its shape, and no English in their place. */
export const wordless: View = {
  status: html`${bone('title')}${bone()}${bone('muted')}`,
  actions: row(boneButton),
  busy: true,
};

/** The quiet line under the invitation: the invited address, or an empty line that keeps the card's height. */
const emailLine = ({ say, messages, hasEmail }: ViewContext, text = hasEmail ? messages.invitedEmail : '\u00a0') =>
  html`<p part="email" class="muted">${say(text)}</p>`;

const invitation = (context: ViewContext) =>
  html`${heading(context.say(context.messages.heading))}
    <p part="message">${emphasised(context.messages.invitation, context.say)}</p>
    ${emailLine(context)}`;

/** Its width is the wider of its two labels, so it does not change when it turns busy. */
const claimButton = ({ say, messages, onAction }: ViewContext, busy: boolean) =>
  html`<button
    part="claim-button"
    class="primary swap"
    aria-disabled=${busy}
    data-other=${say(busy ? messages.claim : messages.claiming)}
    @click=${onAction}
  >
    <span
      >${busy ? html`<span part="spinner" class="spinner"></span>${say(messages.claiming)}` : say(messages.claim)}</span
    >
  </button>`;

/** The host's next page first when it has one, then the portal. Every link leaves without a referrer: the page's
 * URL may carry the invitation token. */
const nextSteps = ({ say, messages, next, onPortal }: ViewContext) =>
  html`${
    next.continueUrl
      ? html`<a
          part="continue-link"
          class="primary"
          href=${next.continueUrl}
          rel="noreferrer"
          referrerpolicy="no-referrer"
          >${say(messages.continue)}</a
        >`
      : nothing
  }
  ${
    next.portal
      ? html`<a
          part="portal-link"
          class=${next.continueUrl ? 'secondary' : 'primary'}
          href=${next.portal}
          rel="noreferrer"
          referrerpolicy="no-referrer"
          @click=${next.signedIn ? onPortal : undefined}
          @auxclick=${next.signedIn ? onPortal : undefined}
          >${say(next.signedIn ? messages.portal : messages.signIn)}</a
        >`
      : nothing
  }`;

const anotherLink = ({ say, messages, pasted, onAnotherLink }: ViewContext) =>
  pasted
    ? html`<button part="another-link-button" class="secondary" @click=${onAnotherLink}>
        ${say(messages.anotherLink)}
      </button>`
    : nothing;

/** Every status must have a view: a new state that lacks one does not compile. */
const views: { [S in SeatClaimStatus]: (state: StateOf<S>, context: ViewContext) => View } = {
  // Busy too: a server-rendered card is idle, and hydration keeps its attributes until the state changes.
  idle: (_, context) => ({ status: loading(context), actions: row(boneButton), busy: true }),
  'needs-token': (state, context) => {
    const { say, messages, onPaste } = context;
    const refusal = state.refusal && say(messages.paste[state.refusal]);
    return {
      status: heading(say(messages.pasteHeading)),
      actions: html`<form part="token-form" novalidate @submit=${onPaste}>
        <label for="token-input">${say(messages.pasteLabel)}</label>
        <input
          id="token-input"
          part="token-input"
          name="link"
          type="text"
          inputmode="url"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="go"
          aria-describedby=${refusal ? 'token-error token-hint' : 'token-hint'}
          aria-invalid=${refusal ? 'true' : 'false'}
        />
        <p id="token-hint" part="token-hint" class="muted">${say(messages.pasteHint)}</p>
        ${refusal ? html`<p id="token-error" part="token-error" class="danger" role="alert">${refusal}</p>` : nothing}
        ${row(html`<button part="token-submit" class="primary">${say(messages.pasteSubmit)}</button>`)}
      </form>`,
    };
  },
  loading: (_, context) => ({ status: loading(context), actions: row(boneButton), busy: true }),
  ready: (_, context) => ({
    status: invitation(context),
    actions: row(html`${claimButton(context, false)} ${anotherLink(context)}`),
  }),
  claiming: (_, context) => ({ status: invitation(context), actions: row(claimButton(context, true)), busy: true }),
  granting: (state, { say, messages, lang }) => ({
    status: html`${heading(say(messages.claimedHeading), 'success', true)}
      <p class="loading">
        <span part="spinner" class="spinner"></span><span part="message">${say(messages.granting)}</span>
      </p>
      <p part="benefits" class="muted">
        ${state.benefits.length ? counted(messages.benefitsReady, state.benefits.length, lang) : '\u00a0'}
      </p>`,
    actions: row(boneButton),
    busy: true,
  }),
  claimed: (state, context) => {
    const { say, messages, redirecting } = context;
    const [title, text] = state.claimed
      ? [messages.claimedHeading, messages.claimed]
      : [messages.alreadyClaimedHeading, messages.alreadyClaimed];
    return {
      status: html`${heading(say(title), 'success', true)}
        <p part="message">${emphasised(text, say)}</p>
        ${emailLine(context, redirecting ? messages.redirecting : undefined)}`,
      actions: row(nextSteps(context)),
    };
  },
  // One heading: the problem's replaces the invitation's, and the focus moves to it.
  error: (state, context) => {
    const { say, problem, wait } = context;
    return {
      alert: problem && block(say(problem.title), say(problem.text), CALM.includes(problem.kind) ? '' : 'danger'),
      actions: row(
        html`${
          state.error.retryable || state.error.reloadable
            ? html`<button part="retry-button" class="primary" aria-disabled=${!!wait} @click=${context.onAction}>
                ${wait ? counted(context.messages.retryIn, wait, context.lang) : say(context.messages.retry)}
              </button>`
            : nothing
        }
        ${nextSteps(context)} ${anotherLink(context)}`,
      ),
    };
  },
};

export function renderState(state: SeatClaimState, context: ViewContext): View {
  return (views[state.status] as (state: SeatClaimState, context: ViewContext) => View)(state, context);
}
