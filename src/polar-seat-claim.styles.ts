import { css } from 'lit';

/**
 * Every themed colour is `var(--polar-seat-claim-x, var(--_x, <light>))`: the public property wins when the
 * host sets it, and the theme only changes the private fallback, so a host's branding survives a theme switch.
 */
export const styles = css`
  /* A compact card by default, as it looks in the demo; a host's own max-width wins. */
  :host {
    display: block;
    max-width: 28rem;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * The dark palette is written once, behind one toggle. light-dark() would say it more plainly, but Safari
   * before 17.5 lacks it, and CSS cannot otherwise share declarations between .dark and a rule under @media.
   * --_dark is either the guaranteed-invalid value, which makes each private 'var(--_dark) <dark>' invalid too,
   * so the light fallback where it is read shows; or a single space, which leaves just the dark colour.
   */
  .card {
    /* A page's own --_dark would otherwise be inherited into the card and flip (or break) its colours. */
    --_dark: initial;
    --_background: var(--_dark) #18181b;
    --_color: var(--_dark) #fafafa;
    --_muted: var(--_dark) #a1a1aa;
    --_border: var(--_dark) #3f3f46;
    --_accent: var(--_dark) #2563eb;
    --_error: var(--_dark) #fda29b;
    --_success: var(--_dark) #75e0a7;
    --_focus: var(--_dark) #93c5fd;
    --_shadow: var(--_dark) none;
    --_space: var(--polar-seat-claim-spacing, 0.75rem);
    --_radius: var(--polar-seat-claim-radius, 0.75rem);
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--polar-seat-claim-border-color, var(--_border, #e4e4e7));
    border-radius: var(--_radius);
    box-shadow: var(--polar-seat-claim-shadow, var(--_shadow, 0 1px 2px rgb(0 0 0 / 0.05)));
    background: var(--polar-seat-claim-background, var(--_background, #ffffff));
    color: var(--polar-seat-claim-color, var(--_color, #18181b));
    /* No fallback: unset, they make the declaration invalid at computed-value time, and fonts then inherit. */
    font-family: var(--polar-seat-claim-font-family);
    font-size: var(--polar-seat-claim-font-size);
    line-height: 1.5;
    text-align: start;
    /* A long product name or email breaks rather than running out of the card on a narrow screen. */
    overflow-wrap: break-word;
  }

  /* Without it a long word would size its block past the card; 'anywhere' would do it too, but let the card shrink
     until 'Claim seat' broke letter by letter. */
  .card > *,
  .card > * > * {
    max-width: 100%;
  }

  /* A space, not nothing: custom properties first shipped needing at least one token, and a space is one. */
  .dark {
    --_dark: ;
  }

  @media (prefers-color-scheme: dark) {
    .auto {
      --_dark: ;
    }
  }

  /*
   * The status region stays rendered while empty, so that screen readers announce what is later put in it.
   * Out of the flex flow, it adds no gap above an error shown on its own.
   */
  .empty {
    position: absolute;
  }

  /* A state's lines, each as wide as its text: a focused heading's ring hugs its words, never the card's width. */
  [role='status'],
  [part='error'],
  form {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    align-self: stretch;
    gap: 0.25em;
  }

  ::slotted([slot='logo']) {
    display: block;
    max-block-size: 2.5rem;
    max-inline-size: 50%;
  }

  /*
   * One heading per state, sized for the moment; the loading card's first line has its height. A line is as tall as
   * its line-height even where that is a fraction of a pixel (min-block-size): WebKit rounds a line box down, and the
   * loading card, the ready one and the first-paint CSS must agree to the fraction.
   */
  h2,
  .title {
    margin: 0;
    min-block-size: 1.25em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }

  /* Lines keep the paragraph's height: a bold face (or its fallback) with a taller ascent does not push them apart. */
  strong {
    line-height: 1;
  }

  p {
    margin: 0;
    text-wrap: pretty;
  }

  .muted,
  .loading {
    color: var(--polar-seat-claim-muted-color, var(--_muted, #52525b));
  }

  .muted {
    min-block-size: 1.5em;
    font-size: 0.875em;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .danger {
    color: var(--polar-seat-claim-error-color, var(--_error, #b42318));
  }

  .success .mark {
    color: var(--polar-seat-claim-success-color, var(--_success, #067647));
  }

  .mark {
    inline-size: 0.85em;
    block-size: 0.85em;
    margin-inline-end: 0.35em;
    vertical-align: -0.1em;
    fill: currentColor;
  }

  .mark path {
    fill: none;
    stroke: var(--polar-seat-claim-background, var(--_background, #ffffff));
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Side by side, the main action first; the full width of a narrow card, where a thumb reaches it. */
  .actions {
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    align-self: stretch;
    gap: var(--_space);
  }

  .actions:not(:has(*)) {
    display: none;
  }

  @container (width < 20rem) {
    .actions > * {
      flex: 1 1 100%;
    }
  }

  input {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--polar-seat-claim-muted-color, var(--_muted, #52525b));
    border-radius: calc(var(--_radius) / 1.5);
    background: none;
    color: inherit;
    font: inherit;
  }

  label {
    font-weight: 600;
  }

  form .actions {
    margin-block-start: calc(var(--_space) - 0.25em);
  }

  /*
   * Every button starts as the outlined one; .primary fills it. As flex items they are blockified, so inline-flex
   * would compute to flex anyway. No min-height: the inherited 1.5 line plus the padding make 2.5em already.
   */
  button,
  a,
  .button {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 0.5em 1em;
    border: 1px solid var(--polar-seat-claim-border-color, var(--_border, #e4e4e7));
    border-radius: calc(var(--_radius) / 1.5);
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  /* At least 16px: phones zoom the page in when a smaller text field takes the focus. */
  input {
    font: inherit;
    font-size: max(1em, 16px);
  }

  /* The border stays, transparent, so that both kinds of button are the same size. */
  .primary {
    border-color: transparent;
    background: var(--polar-seat-claim-accent, var(--_accent, #0057e0));
    color: var(--polar-seat-claim-accent-color, #ffffff);
  }

  /* The card's shape without its words, while they load. */
  .bone {
    inline-size: 55%;
    background: var(--polar-seat-claim-border-color, var(--_border, #e4e4e7));
  }

  .bone:not(.button) {
    clip-path: inset(25% 0 round 0.25em);
  }

  .bone.button {
    inline-size: 10em;
  }

  /* Both labels in one cell, the other one hidden: the button is as wide as the wider, busy or not. */
  .swap {
    display: grid;
  }

  .swap > *,
  .swap::after {
    grid-area: 1 / 1;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
  }

  .swap::after {
    content: attr(data-other);
    visibility: hidden;
  }

  /* Room for the spinner the busy label has. */
  .swap:not([aria-disabled='true'])::after {
    padding-inline-start: calc(1.5em + 4px);
  }

  button:not([aria-disabled='true']):hover,
  a:hover {
    filter: brightness(1.1);
  }

  [aria-disabled='true'] {
    cursor: progress;
  }

  :focus-visible {
    outline: 2px solid var(--polar-seat-claim-focus-ring, var(--_focus, #0057e0));
    outline-offset: 2px;
  }

  /* Text the element focused (a new state's heading, the loading line) is marked along its words, not boxed. */
  [tabindex='-1']:focus-visible {
    outline: none;
    text-decoration: underline 2px var(--polar-seat-claim-focus-ring, var(--_focus, #0057e0));
    text-underline-offset: 0.25em;
  }

  /* Sized by padding, which a crowded flex row cannot shrink as it would a width. */
  .spinner {
    padding: 0.5em;
    border: 2px solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  /* Still, but keeps its open arc: a closed ring reads as an empty radio button, not as progress. */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  /* Forced colours would paint the transparent side too, closing the arc into a ring that does not look busy. */
  @media (forced-colors: active) {
    .spinner {
      forced-color-adjust: none;
      border-color: CanvasText;
      border-inline-end-color: transparent;
    }
  }
`;
