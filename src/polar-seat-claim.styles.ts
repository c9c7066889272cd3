import { css } from 'lit';

/**
 * Every colour is `var(--polar-seat-claim-x, var(--_x))`: the public property wins when the host sets it,
 * and the theme only changes the private fallback, so a host's branding survives a theme switch.
 */
export const styles = css`
  :host {
    display: block;
  }

  .card {
    --_background: #ffffff;
    --_color: #18181b;
    --_muted: #52525b;
    --_border: #e4e4e7;
    --_accent: #0057e0;
    --_accent-color: #ffffff;
    --_error: #b42318;
    --_success: #067647;
    --_focus: #0057e0;
    --_shadow: 0 1px 2px rgb(0 0 0 / 0.05);
    --_space: var(--polar-seat-claim-spacing, 0.75rem);
    --_radius: var(--polar-seat-claim-radius, 0.75rem);
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--polar-seat-claim-border-color, var(--_border));
    border-radius: var(--_radius);
    box-shadow: var(--polar-seat-claim-shadow, var(--_shadow));
    background: var(--polar-seat-claim-background, var(--_background));
    color: var(--polar-seat-claim-color, var(--_color));
    font-family: var(--polar-seat-claim-font-family, inherit);
    font-size: var(--polar-seat-claim-font-size, inherit);
    line-height: 1.5;
    text-align: start;
  }

  .dark {
    --_background: #18181b;
    --_color: #fafafa;
    --_muted: #a1a1aa;
    --_border: #3f3f46;
    --_accent: #2563eb;
    --_error: #fda29b;
    --_success: #75e0a7;
    --_focus: #93c5fd;
    --_shadow: none;
  }

  /*
   * The same colours as .dark: CSS cannot share declarations between a plain rule and one under @media
   * except through light-dark(), which Safari before 17.5 lacks (it would leave the card without colours).
   */
  @media (prefers-color-scheme: dark) {
    .auto {
      --_background: #18181b;
      --_color: #fafafa;
      --_muted: #a1a1aa;
      --_border: #3f3f46;
      --_accent: #2563eb;
      --_error: #fda29b;
      --_success: #75e0a7;
      --_focus: #93c5fd;
      --_shadow: none;
    }
  }

  /*
   * The status region stays rendered while empty, so that screen readers announce what is later put in it.
   * Cancel the gap it would add above an error shown on its own.
   */
  .live.empty {
    margin-bottom: calc(var(--_space) * -1);
  }

  /* An error under the invitation it belongs to: a rule keeps the two headings apart. */
  .live:not(.empty) + [part='error'] {
    align-self: stretch;
    padding-top: var(--_space);
    border-top: 1px solid var(--polar-seat-claim-border-color, var(--_border));
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
    color: var(--polar-seat-claim-muted-color, var(--_muted));
    font-size: 0.875em;
  }

  .loading {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1em;
  }

  .danger {
    color: var(--polar-seat-claim-error-color, var(--_error));
  }

  .success {
    color: var(--polar-seat-claim-success-color, var(--_success));
  }

  button,
  a {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.5em;
    padding: 0.5em 1em;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 1.5);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .primary {
    background: var(--polar-seat-claim-accent, var(--_accent));
    color: var(--polar-seat-claim-accent-color, var(--_accent-color));
  }

  .secondary {
    background: transparent;
    color: inherit;
    border-color: var(--polar-seat-claim-border-color, var(--_border));
  }

  button:hover,
  a:hover {
    filter: brightness(1.1);
  }

  [aria-disabled='true'] {
    cursor: progress;
    filter: none;
  }

  :focus-visible {
    outline: 2px solid var(--polar-seat-claim-focus-ring, var(--_focus));
    outline-offset: 2px;
  }

  h2:focus-visible {
    outline-offset: 4px;
  }

  .spinner {
    flex: none;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
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
`;
