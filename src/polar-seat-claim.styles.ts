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
    gap: var(--_space);
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
  .card > * {
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

  /* An error under the invitation it belongs to: a rule keeps the two headings apart. */
  :not(.empty) + [part='error'] {
    align-self: stretch;
    padding-top: var(--_space);
    border-top: 1px solid var(--polar-seat-claim-border-color, var(--_border, #e4e4e7));
  }

  h2 {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .muted,
  .loading {
    color: var(--polar-seat-claim-muted-color, var(--_muted, #52525b));
  }

  .muted {
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

  .success {
    color: var(--polar-seat-claim-success-color, var(--_success, #067647));
  }

  /*
   * Every button starts as the outlined one; .primary fills it. As flex items of the card they are blockified,
   * so inline-flex would compute to flex anyway. No min-height: the inherited 1.5 line plus the padding make
   * 2.5em already.
   */
  button,
  a {
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

  h2:focus-visible {
    outline-offset: 4px;
  }

  /* Sized by padding, which a crowded flex row cannot shrink as it would a width. */
  .spinner {
    padding: 0.5em;
    border: 2px solid;
    border-right-color: transparent;
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
      border-right-color: transparent;
    }
  }
`;
