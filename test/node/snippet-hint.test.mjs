/**
 * A snippet's preconnect hint must open the connection the element will use: the API origin of the
 * element's `server` (production → https://api.polar.sh, sandbox → https://sandbox-api.polar.sh, a URL →
 * its origin), in the anonymous pool (`crossorigin`: the element's requests carry no credentials, and a
 * credentialed connection cannot serve them; `npm run bench:network` shows the second connection it costs).
 * Checked on every code block of README.md and docs/usage.md that carries a hint, and on examples of each
 * mistake.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The element's `server` → the origin its requests go to (as src/endpoints.ts resolves it). */
function apiOrigin(server) {
  const name = server.trim() || 'production';
  if (name === 'production') return 'https://api.polar.sh';
  if (name === 'sandbox') return 'https://sandbox-api.polar.sh';
  return new URL(name).origin;
}

const attribute = (tag, name) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*['"]([^'"]*)['"]\\s*\\})`, 'i').exec(tag);
const valueOf = (match) => match && (match[1] ?? match[2] ?? match[3]);

/**
 * The preconnect hints of a code block: `<link rel="preconnect" href crossorigin>` (HTML or JSX) and React
 * 19's `preconnect(href, { crossOrigin })`.
 */
function hints(code) {
  const found = [];
  for (const [tag] of code.matchAll(/<link\b[^>]*>/gi)) {
    if (valueOf(attribute(tag, 'rel'))?.toLowerCase() !== 'preconnect') continue;
    const crossorigin = /\bcrossorigin\b/i.exec(tag) ? (valueOf(attribute(tag, 'crossorigin')) ?? '') : undefined;
    found.push({ text: tag, href: valueOf(attribute(tag, 'href')) ?? '', crossorigin });
  }
  for (const match of code.matchAll(/\bpreconnect\(\s*['"]([^'"]+)['"]\s*(?:,\s*\{([^}]*)\})?\s*\)/g)) {
    const cross = /crossOrigin\s*:\s*['"]([^'"]*)['"]/.exec(match[2] ?? '');
    found.push({ text: match[0], href: match[1], crossorigin: cross?.[1] });
  }
  return found;
}

/**
 * The `server` values of the elements in a code block: attributes and JSX props of `<polar-seat-claim>` and
 * `<PolarSeatClaim>`, and `.server = '…'` assignments. None given means the default, production.
 */
function servers(code) {
  const found = [];
  for (const [tag] of code.matchAll(/<(?:polar-seat-claim|PolarSeatClaim)\b[^>]*>/g)) {
    const value = valueOf(attribute(tag, 'server'));
    if (value !== null) found.push(value);
  }
  for (const match of code.matchAll(/\.server\s*=\s*['"]([^'"]*)['"]/g)) found.push(match[1]);
  return found.length ? found : ['production'];
}

/** What is wrong with a code block's hints, one sentence each. */
function hintProblems(code) {
  const problems = [];
  for (const hint of hints(code)) {
    let origin;
    try {
      origin = new URL(hint.href).origin;
    } catch {
      problems.push(`${hint.text}: href is not a URL`);
      continue;
    }
    if (hint.href.replace(/\/$/, '') !== origin)
      problems.push(`${hint.text}: href must be an origin, not ${hint.href}`);
    if (hint.crossorigin === undefined || !['', 'anonymous'].includes(hint.crossorigin.toLowerCase()))
      problems.push(`${hint.text}: needs crossorigin (anonymous): the element's requests carry no credentials`);
    for (const server of servers(code)) {
      const expected = apiOrigin(server);
      if (origin !== expected) problems.push(`${hint.text}: server "${server}" talks to ${expected}, not ${origin}`);
    }
  }
  return problems;
}

const codeBlocks = (markdown) => [...markdown.matchAll(/^```\w*\n([\s\S]*?)^```/gm)].map((m) => m[1]);

describe('preconnect hints agree with the element', () => {
  const CDN =
    '<script type="module" src="https://cdn.jsdelivr.net/npm/polar-seat-claim@0.1/dist/cdn/polar-seat-claim.js"></script>';

  test('production (the default), sandbox and a URL server each accept the hint to their own origin', () => {
    const good = [
      `<link rel="preconnect" href="https://api.polar.sh" crossorigin>\n${CDN}\n<polar-seat-claim token-param="token"></polar-seat-claim>`,
      `<link rel="preconnect" href="https://api.polar.sh" crossorigin="anonymous">\n<polar-seat-claim server="production"></polar-seat-claim>`,
      `<link rel="preconnect" href="https://sandbox-api.polar.sh" crossorigin>\n<polar-seat-claim server="sandbox"></polar-seat-claim>`,
      `<link rel="preconnect" href="https://polar.example.com" crossorigin>\n<polar-seat-claim server="https://polar.example.com/api"></polar-seat-claim>`,
      `import { preconnect } from 'react-dom';\npreconnect('https://api.polar.sh', { crossOrigin: 'anonymous' });\nreturn <polar-seat-claim token-param="token" />;`,
      `<link rel="preconnect" href="https://sandbox-api.polar.sh" crossOrigin="anonymous" />\n<PolarSeatClaim server="sandbox" />`,
      `const claim = document.createElement('polar-seat-claim');\nclaim.server = 'sandbox';\n// <link rel="preconnect" href="https://sandbox-api.polar.sh" crossorigin>`,
    ];
    for (const code of good) assert.deepEqual(hintProblems(code), [], code);
  });

  test('a hint to another origin than the server, without crossorigin, or with a path is refused', () => {
    const bad = [
      [
        `<link rel="preconnect" href="https://api.polar.sh" crossorigin>\n<polar-seat-claim server="sandbox">`,
        /talks to https:\/\/sandbox-api/,
      ],
      [
        `<link rel="preconnect" href="https://sandbox-api.polar.sh" crossorigin>\n${CDN}\n<polar-seat-claim>`,
        /"production" talks to https:\/\/api.polar.sh/,
      ],
      [`<link rel="preconnect" href="https://api.polar.sh">\n<polar-seat-claim>`, /needs crossorigin/],
      [
        `<link rel="preconnect" href="https://api.polar.sh" crossorigin="use-credentials">\n<polar-seat-claim>`,
        /needs crossorigin/,
      ],
      [`<link rel="preconnect" href="https://api.polar.sh/v1" crossorigin>\n<polar-seat-claim>`, /must be an origin/],
      [
        `<link rel="preconnect" href="https://api.polar.sh" crossorigin>\n<polar-seat-claim server="https://polar.example.com">`,
        /talks to https:\/\/polar.example.com/,
      ],
      [`preconnect('https://api.polar.sh');\nreturn <PolarSeatClaim />;`, /needs crossorigin/],
      [
        `preconnect('https://api.polar.sh', { crossOrigin: 'anonymous' });\nreturn <PolarSeatClaim server="sandbox" />;`,
        /talks to https:\/\/sandbox-api/,
      ],
    ];
    for (const [code, problem] of bad) {
      const problems = hintProblems(code);
      assert.equal(problems.length, 1, `${code}\n${problems.join('\n')}`);
      assert.match(problems[0], problem);
    }
  });

  for (const file of ['README.md', 'docs/usage.md']) {
    test(`${file}: every code block's preconnect hint opens the connection its element uses`, () => {
      const blocks = codeBlocks(readFileSync(path.join(repoRoot, file), 'utf8'));
      assert.ok(
        blocks.some((code) => /polar-seat-claim|PolarSeatClaim/.test(code)),
        `${file}: no snippet found`,
      );
      assert.ok(blocks.filter((c) => hints(c).length).length >= 3);
      for (const code of blocks) assert.deepEqual(hintProblems(code), [], code);
    });
  }
});
