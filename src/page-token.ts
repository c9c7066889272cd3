/** The DOM's types say these always exist; outside a document they do not. */
const page: Partial<Pick<Window, 'location' | 'performance'>> = globalThis;

/**
 * The value of query parameter `param` in the page's URL, or null when it is missing or empty.
 *
 * The current URL wins (a single-page app may have navigated to a link carrying it). Otherwise the URL the page
 * was loaded with: a host page may take the token out of its address bar at any time, even in an inline script
 * that runs before this module. Safe where there is no `location` or `performance` (Node, workers).
 */
export function readPageToken(param: string): string | null {
  return read(page.location?.search, param) || read(loadedSearch(), param) || null;
}

function read(search: string | undefined, param: string): string | null | undefined {
  return search && new URLSearchParams(search).get(param);
}

/** The query of the URL this document was loaded from: its navigation entry keeps it after `history.replaceState`. */
function loadedSearch(): string | undefined {
  try {
    const [entry] = page.performance?.getEntriesByType('navigation') ?? [];
    return entry && new URL(entry.name).search;
  } catch {
    // No Navigation Timing, or an entry name that is not a URL: the current URL is all there is.
    return undefined;
  }
}
