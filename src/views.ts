/**
 * One render function per state. Each fills the card's fixed regions, which the element keeps in place across states
 * so that the live regions exist before what they announce.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { counted, type ProblemMessage, type SeatClaimMessages } from './messages.js';
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
  /** The problem the person is told about, in the error state. */
  problem?: ProblemMessage;
  next: NextSteps;
  redirecting: boolean;
  /** The invitation came from the paste form: the person may go back to it. */
  pasted: boolean;
  /** Claim seat and Try again. */
  onAction: (event: MouseEvent) => void;
  /** Follows the portal link with the session it needs, which never sits in the page. */
  onPortal: (event: MouseEvent) => void;
  onPaste: (event: SubmitEvent) => Promise<void>;
  onAnotherLink: () => void;
}

const block = (title: string, text: string, tone = '') =>
  html`<h2 part="heading" class=${tone} tabindex="-1">${title}</h2>
    <p part="message">${text}</p>`;

const loading = ({ say, messages }: ViewContext) =>
  html`<p class="loading" tabindex="-1">
    <span part="spinner" class="spinner"></span><span part="message">${say(messages.loading)}</span>
  </p>`;

const invitation = ({ say, messages }: ViewContext) =>
  html`${block(say(messages.heading), say(messages.invitation))}
    <p part="email" class="muted">${say(messages.invitedEmail)}</p>`;

const claimButton = ({ say, messages, onAction }: ViewContext, busy: boolean) =>
  html`<button part="claim-button" class="primary" aria-disabled=${busy} @click=${onAction}>
    ${busy ? html`<span part="spinner" class="spinner"></span>${say(messages.claiming)}` : say(messages.claim)}
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
  idle: (_, context) => ({ status: loading(context), busy: true }),
  'needs-token': (state, context) => {
    const { say, messages, onPaste } = context;
    const refusal = state.refusal && say(messages.paste[state.refusal]);
    return {
      status: html`<h2 part="heading" tabindex="-1">${say(messages.pasteHeading)}</h2>`,
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
        <button part="token-submit" class="primary">${say(messages.pasteSubmit)}</button>
      </form>`,
    };
  },
  loading: (_, context) => ({ status: loading(context), busy: true }),
  ready: (_, context) => ({
    status: invitation(context),
    actions: html`${claimButton(context, false)} ${anotherLink(context)}`,
  }),
  claiming: (_, context) => ({ status: invitation(context), actions: claimButton(context, true), busy: true }),
  granting: (state, { say, messages, lang }) => ({
    status: html`${block(say(messages.claimedHeading), say(messages.claimed), 'success')}
      <p class="loading">
        <span part="spinner" class="spinner"></span><span part="message">${say(messages.granting)}</span>
        ${
          state.benefits.length
            ? html`<span part="benefits" class="muted"
                >${counted(messages.benefitsReady, state.benefits.length, lang)}</span
              >`
            : nothing
        }
      </p>`,
    busy: true,
  }),
  claimed: (state, context) => {
    const { say, messages, redirecting } = context;
    return {
      status: html`${
        state.claimed
          ? block(say(messages.claimedHeading), say(messages.claimed), 'success')
          : block(say(messages.alreadyClaimedHeading), say(messages.alreadyClaimed), 'success')
      }
      ${redirecting ? html`<p part="message" class="muted">${say(messages.redirecting)}</p>` : nothing}`,
      actions: nextSteps(context),
    };
  },
  error: (state, context) => ({
    status: state.invitation && invitation(context),
    alert: context.problem && block(context.say(context.problem.title), context.say(context.problem.text), 'danger'),
    actions: html`${
      state.error.retryable || state.error.reloadable
        ? html`<button part="retry-button" class="primary" @click=${context.onAction}>
            ${context.say(context.messages.retry)}
          </button>`
        : nothing
    }
    ${nextSteps(context)} ${anotherLink(context)}`,
  }),
};

export function renderState(state: SeatClaimState, context: ViewContext): View {
  return (views[state.status] as (state: SeatClaimState, context: ViewContext) => View)(state, context);
}
