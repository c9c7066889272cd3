/** Anything shaped like a customer session token (member or customer). */
const SESSION_TOKEN = /polar_[mc]st_[\w-]*/g;
const MAX_DEPTH = 5;
const MAX_ENTRIES = 20;
const MAX_STRING = 1000;
const MAX_VALUES = 100;

/**
 * A copy of an answer's parsed body that hosts may log: at most 5 levels deep, 20 entries an array or object,
 * 1,000 characters a string and 100 values in all (what is cut is marked `…`), with the invitation `token` and
 * anything shaped like a session token taken out, so that logging it can neither overflow nor leak a credential.
 * @param token The invitation token of the request: valid, so never empty.
 */
export function boundedCopy(value: unknown, token: string): unknown {
  let left = MAX_VALUES;
  const text = (value: string) => {
    // Redacted before the cut, which would otherwise leave the start of a token behind.
    const kept = value
      .slice(0, MAX_STRING + 300)
      .replaceAll(token, '[redacted]')
      .replace(SESSION_TOKEN, '[redacted]');
    return kept.length > MAX_STRING ? `${kept.slice(0, MAX_STRING)}…` : kept;
  };
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value == 'string') return text(value);
    if (typeof value != 'object' || !value) return value;
    if (depth > MAX_DEPTH) return '…';
    const entries = Object.entries(value)
      .slice(0, MAX_ENTRIES)
      .filter(() => left-- > 0)
      .map(([key, item]) => [text(key), copy(item, depth + 1)]);
    // fromEntries defines each key, so a "__proto__" key stays data instead of setting the prototype.
    return Array.isArray(value) ? entries.map((entry) => entry[1]) : Object.fromEntries(entries);
  };
  return copy(value, 1);
}
