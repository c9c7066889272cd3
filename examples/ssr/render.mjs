// Renders a page holding <polar-seat-claim> with @lit-labs/ssr: the card's loading state as declarative shadow DOM,
// so the person sees the card before any script has run. Whatever registered `polar-seat-claim` in this Node process
// renders it: the example server imports the package (`polar-seat-claim`); the browser tests a build of src/.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/**
 * The element alone, as @lit-labs/ssr writes it: `<polar-seat-claim>` holding
 * `<template shadowroot="open" shadowrootmode="open">` with the card's styles and its loading state. Attribute
 * values are escaped by the renderer: a token from a URL cannot break out of its attribute.
 * @param {{ token: string, server: string }} attributes
 * @returns {Promise<string>}
 */
export function renderSeatClaim({ token, server }) {
  return collectResult(render(html`<polar-seat-claim token=${token} server=${server}></polar-seat-claim>`));
}

/**
 * A whole page: the server-rendered element, then the module that hydrates it. `head` goes into the head as given
 * (trusted markup of the page's own, e.g. a stylesheet link); `below` after the element.
 * @param {{ token: string, server: string, script?: string, head?: string, below?: string }} options
 * @returns {Promise<string>}
 */
export async function renderClaimPage({ token, server, script, head = '', below = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accept your invitation</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
<main>
${await renderSeatClaim({ token, server })}
${below}
</main>
${script ? `<script type="module" src="${script}"></script>` : ''}
</body>
</html>
`;
}
