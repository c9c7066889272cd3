// Middleware: the strict merchant page of test/browser/hostile-page.test.ts gets its CSP as real response headers.

/** The page of test/browser/hostile-page.test.ts that a strict merchant site would serve. */
const STRICT_PAGE = '/test/fixtures/hostile-page/csp.html';

/**
 * Serves STRICT_PAGE with a strict Content-Security-Policy and Trusted Types as real response headers: scripts
 * and styles only from the page's origin, requests only to the fake Polar API (127.0.0.1 on this port). No
 * `trusted-types` directive: Lit creates its own policy (`lit-html`), which any name list would have to allow.
 */
export async function strictCsp(ctx, next) {
  await next();
  if (ctx.path !== STRICT_PAGE) return;
  const port = new URL(`http://${ctx.host}`).port;
  ctx.set(
    'Content-Security-Policy',
    `default-src 'self'; script-src 'self'; style-src 'self'; connect-src http://127.0.0.1:${port}; require-trusted-types-for 'script'`,
  );
}
