import { SeatClaimError } from './errors.js';

/** Where the API lives and, when known, where the customer portal lives. Both without a trailing slash. */
export interface Endpoints {
  api: string;
  portal?: string;
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Turns the `server` and `portal-url` attributes into endpoints, or throws a `config` error.
 * An empty `server` means production, the default.
 */
export function resolveEndpoints(server?: string | null, portalUrl?: string | null): Endpoints {
  // The types say string, but a host may set a URL object: `.trim()` alone would throw and leave no event.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion
  const name = String(server ?? '').trim() || 'production';
  const sandbox = name === 'sandbox';
  const named = sandbox || name === 'production';
  return {
    api: named ? `https://${sandbox ? 'sandbox-' : ''}api.polar.sh` : baseUrl('server', name),
    portal: portalUrl
      ? baseUrl('portal-url', portalUrl)
      : named
        ? `https://${sandbox ? 'sandbox.' : ''}polar.sh`
        : undefined,
  };
}

/**
 * A page of the host's for the person to go to next (`continue-url`): https, or http on this machine, without
 * credentials. Unlike an API base, it may carry a query and a fragment.
 */
export function pageUrl(attribute: string, value: string): string {
  return checkedUrl(attribute, value, true).href;
}

/**
 * Only https, or http on this machine: anything else would send the invitation token in clear text or to a
 * place that is not an API base. Credentials, queries and fragments are refused because the paths are
 * appended to the base.
 */
function baseUrl(attribute: string, value: string): string {
  return checkedUrl(attribute, value, false).href.replace(/\/+$/, '');
}

function checkedUrl(attribute: string, value: string, page: boolean): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // Reported below: a relative or malformed value is not an API base.
  }
  if (
    !(url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname))) ||
    url.username ||
    url.password ||
    (!page && /[?#]/.test(url.href))
  ) {
    throw new SeatClaimError(
      'config',
      `${attribute} must be an https URL (http on localhost) without credentials${page ? '' : ', query or hash'}; got ${JSON.stringify(value)}`,
    );
  }
  return url;
}

/**
 * The link that opens the customer portal, signed in when a session token is given. The organization slug comes from the server, so it is
 * kept to one path segment: a slug that the URL parser would treat as `.` or `..` gets no link at all.
 */
export function portalLink(
  portal: string,
  organizationSlug: string,
  customerSessionToken?: string,
): string | undefined {
  if (!organizationSlug || /^\.{1,2}$/.test(organizationSlug)) return undefined;
  const link = `${portal}/${encodeURIComponent(organizationSlug)}/portal`;
  return customerSessionToken ? `${link}?customer_session_token=${encodeURIComponent(customerSessionToken)}` : link;
}
