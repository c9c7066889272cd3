/**
 * One render function per state. Each fills the card's fixed regions, which the element keeps in place across states
 * so that the live regions exist before what they announce.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProblemMessage, SeatClaimMessages } from './messages.js';
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

/** What the views need from the element besides the state. */
export interface ViewContext {
  messages: SeatClaimMessages;
  /** A message with the invitation's values filled in, as text. */
  say: (template: string) => string;
  /** The problem the person is told about, in the error state. */
  problem?: ProblemMessage;
  /** The customer portal, where the state offers it. */
  portalLink?: string;
  redirecting: boolean;
  /** Claim seat and Try again. */
  onAction: (event: MouseEvent) => void;
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

const portal = ({ say, messages, portalLink }: ViewContext) =>
  portalLink ? html`<a part="portal-link" class="primary" href=${portalLink}>${say(messages.portal)}</a>` : nothing;

/** Every status must have a view: a new state that lacks one does not compile. */
const views: { [S in SeatClaimStatus]: (state: StateOf<S>, context: ViewContext) => View } = {
  // Busy: a server renders this state, and hydration keeps what the server rendered until the invitation arrives.
  idle: (_, context) => ({ status: loading(context), busy: true }),
  loading: (_, context) => ({ status: loading(context), busy: true }),
  ready: (_, context) => ({ status: invitation(context), actions: claimButton(context, false) }),
  claiming: (_, context) => ({ status: invitation(context), actions: claimButton(context, true), busy: true }),
  claimed: (state, { say, messages, redirecting, ...context }) => ({
    status: html`${
      state.claimed
        ? block(say(messages.claimedHeading), say(messages.claimed), 'success')
        : block(say(messages.alreadyClaimedHeading), say(messages.alreadyClaimed), 'success')
    }
    ${redirecting ? html`<p part="message" class="muted">${say(messages.redirecting)}</p>` : nothing}`,
    actions: html`${portal({ say, messages, redirecting, ...context })}`,
  }),
  error: (state, context) => ({
    status: state.invitation && invitation(context),
    alert: context.problem && block(context.say(context.problem.title), context.say(context.problem.text), 'danger'),
    actions: html`${
      state.error.retryable
        ? html`<button part="retry-button" class="secondary" @click=${context.onAction}>
            ${context.say(context.messages.retry)}
          </button>`
        : nothing
    }
    ${portal(context)}`,
  }),
};

export function renderState(state: SeatClaimState, context: ViewContext): View {
  return (views[state.status] as (state: SeatClaimState, context: ViewContext) => View)(state, context);
}
