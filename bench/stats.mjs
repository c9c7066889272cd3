// Small statistics and formatting for `npm run bench`.

/** The q-quantile (0..1) of `values`, linear between closest ranks (R type 7, as numpy's default). */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median and the 10th–90th percentile spread of a sample. */
export function summarize(values) {
  return {
    median: quantile(values, 0.5),
    p10: quantile(values, 0.1),
    p90: quantile(values, 0.9),
    n: values.filter(Number.isFinite).length,
  };
}

/** Least-squares slope of y over x. */
export function slope(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i += 1) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

/** Milliseconds, with the digits their size deserves. */
export function ms(value) {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) < 1) return value.toFixed(3);
  if (Math.abs(value) < 10) return value.toFixed(2);
  return value.toFixed(1);
}

export function kib(bytes, digits = 1) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(digits)} KB` : '—';
}

export function bytes(value) {
  return Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} B` : '—';
}

/** "1.23 ms (1.10–1.40)": median and 10th–90th percentile. */
export function spreadMs({ median, p10, p90 }) {
  return `${ms(median)} ms (${ms(p10)}–${ms(p90)})`;
}

export function spreadKib({ median, p10, p90 }) {
  return `${kib(median)} (${(p10 / 1024).toFixed(1)}–${(p90 / 1024).toFixed(1)})`;
}

export function ratio(widget, baseline) {
  if (!Number.isFinite(widget) || !Number.isFinite(baseline) || baseline <= 0) return '—';
  const r = widget / baseline;
  return `${r < 10 ? r.toFixed(2) : r.toFixed(1)}x`;
}

/** A Markdown table (GitHub flavour), first column left-aligned, the others right-aligned. */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
