/**
 * Input the element refuses, each with a clear message and a typed error, and never a request that cannot succeed:
 * a missing or malformed token (and the token can never change the request's path), `server`, `portal-url` and
 * `timeout` values that cannot work, and values of the wrong type. Settings that work are in attributes.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { claimSeat, getClaimInfo } from '../../src/polar-api.js';
import { defaultMessages, format, type SeatClaimProblem } from '../../src/messages.js';
import {
  API,
  apiRequestsSinceMark,
  firstError,
  mark,
  mint,
  part,
  reach,
  refused,
  requestsFor,
  waitsForToken,
  withPageQuery,
} from './support.js';

const INFO_PATH = '/v1/customer-seats/claim/';
const pad = (token: string) => token.padEnd(43, 'x');
/** The three engines share one fake API: their tokens must differ. */
const unique = crypto.randomUUID().replaceAll('-', '');

/** Tokens the client may send: the URL-safe alphabet, 20 to 256 characters. */
const SENDABLE = [
  `A${unique}`.slice(0, 20),
  unique.padEnd(256, 'z'),
  pad(`-_-_--__${unique}`),
  pad(`__proto__${unique}`),
  `constructor${unique}`,
  `${unique}0123456789`,
];
/** Tokens that would change the request's path, query or fragment if sent raw, or that cannot be Polar's. */
const HOSTILE = [
  '../../v1/customer-seats/claim',
  pad('..'),
  pad('a/b'),
  pad('a\\b'),
  pad('a?b=c'),
  pad('a#b'),
  pad('%2e%2e%2f'),
  pad('a%2Fb'),
  pad('a;b'),
  pad('a.b'),
  pad('a b'),
  pad('a\u202eb'),
  pad('ａｂｃ'),
  pad('a\u0000b'),
  pad('a\r\nb'),
  'a'.repeat(19),
  'a'.repeat(257),
];

/**
 * Asserts the card tells the person about `problem` in the default words, as the element formats them: no invitation
 * is loaded, so each placeholder's fallback stands in.
 */
function expectShows(el: PolarSeatClaim, problem: SeatClaimProblem): void {
  const { title, text } = defaultMessages.problems[problem];
  const error = part(el, 'error')!;
  expect(error.querySelector('h2')!.textContent).to.equal(format(title));
  expect(error.querySelector('[part=message]')!.textContent).to.equal(format(text));
}

/** Outcome of a client call: `sent` when Polar answered (unknown tokens get 404/400), or the error code. */
async function call(operation: () => Promise<unknown>): Promise<string> {
  return operation().then(
    () => 'sent',
    (e: unknown) => {
      const { code, status } = e as { code: string; status: number };
      return status ? 'sent' : code;
    },
  );
}

describe('a missing or malformed token', () => {
  it('no token: the paste form, no request and no error event until the person pastes', async () => {
    const el = await waitsForToken(html`<polar-seat-claim server=${API}></polar-seat-claim>`);
    expect(part(el, 'error'), 'nothing is wrong yet').to.equal(null);
    expect(part(el, 'token-input')!.getAttribute('aria-invalid')).to.equal('false');
  });

  for (const token of ['', '   ', '\n\t']) {
    it(`a blank token ${JSON.stringify(token)} is no token: the paste form, without a request or an error`, async () => {
      await waitsForToken(html`<polar-seat-claim server=${API} token=${token}></polar-seat-claim>`);
    });
  }

  for (const [name, token] of [
    ['100 KB', 'a'.repeat(100_000)],
    ['Unicode', 'tökén-😀'.padEnd(43, 'x')],
    ['a control character', `abc\u0000def`.padEnd(43, 'x')],
    ['a slash', '../../v1/other'.padEnd(43, 'x')],
    ['dots only', '..'],
    ['a query', 'abc?x=1'.padEnd(43, 'x')],
    ['a fragment', 'abc#frag'.padEnd(43, 'x')],
    ['a percent sign', 'abc%2F..%2F'.padEnd(43, 'x')],
    ['too short', 'abc'],
  ]) {
    it(`a token with ${name} is refused as malformed, without a request`, async () => {
      const el = document.createElement('polar-seat-claim');
      el.server = API;
      el.token = token;
      const { detail } = await refused(html`${el}`);
      expect(detail.code).to.equal('missing_token');
      expect(detail.message).to.contain('malformed');
      expectShows(el, 'malformed_token');
    });
  }
});

describe('the token is one encoded path segment, or nothing is sent', () => {
  for (const token of [...SENDABLE, ...HOSTILE]) {
    const sendable = SENDABLE.includes(token);
    it(`${JSON.stringify(token.length > 50 ? `${token.slice(0, 20)}… (${token.length})` : token)}: ${sendable ? 'sent as one segment' : 'refused'}`, async () => {
      mark();
      const info = await call(() => getClaimInfo(API, token));
      const claim = await call(() => claimSeat(API, token));
      if (!sendable) {
        expect([info, claim]).to.deep.equal(['missing_token', 'missing_token']);
        expect(apiRequestsSinceMark(), 'no request at all').to.have.length(0);
        return;
      }
      expect([info, claim]).to.deep.equal(['sent', 'sent']);
      const [get, post] = (await requestsFor(token)).requests;
      // The exact request target: the token is the last segment, nothing follows it.
      expect(get!.rawPath).to.equal(`${INFO_PATH}${encodeURIComponent(token)}`);
      expect(get!.path).to.equal(`${INFO_PATH}${token}`);
      expect(post!.rawPath).to.equal('/v1/customer-seats/claim');
      expect(JSON.parse(post!.body)).to.deep.equal({ invitation_token: token });
      expect(apiRequestsSinceMark().map((entry) => new URL(entry.name).pathname)).to.deep.equal([
        `${INFO_PATH}${token}`,
        '/v1/customer-seats/claim',
      ]);
    });
  }

  it('the element trims the token and sends it as it came otherwise', async () => {
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(
      html`<polar-seat-claim server=${API} token=${`  ${minted.token}\n\t`}></polar-seat-claim>`,
    );
    await reach(el, 'ready');
    const { requests } = await requestsFor(minted.token);
    expect(requests.map((r) => r.rawPath)).to.deep.equal([`${INFO_PATH}${minted.token}`]);
  });

  it('a token that cannot even be made text is refused as malformed, without a request', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.token = Object.create(null) as string;
    const errored = firstError(el);
    await fixture(html`${el}`);
    expect((await errored).code).to.equal('missing_token');
    expectShows(el, 'malformed_token');
  });

  it('a server whose text conversion throws is reported, not a spinner forever', async () => {
    const minted = await mint();
    const el = document.createElement('polar-seat-claim');
    el.server = {
      toString: () => {
        throw new Error('hostile toString');
      },
    } as unknown as string;
    el.token = minted.token;
    const errored = firstError(el);
    await fixture(html`${el}`);
    const detail = await errored;
    expect(detail.code).to.equal('bad_response');
    expect(el.status).to.equal('error');
    expect(await requestsFor(minted.token)).to.include({ info: 0 });
  });

  for (const [name, search] of [
    ['a path', `?invite=${encodeURIComponent('../../v1/customer-seats/claim')}`],
    ['an encoded slash', `?invite=${pad('a%252Fb')}`],
  ] as const) {
    it(`a token-param value with ${name} is refused without a request`, async () => {
      await withPageQuery(search, async () => {
        const { detail } = await refused(
          html`<polar-seat-claim server=${API} token-param="invite"></polar-seat-claim>`,
        );
        expect(detail.code).to.equal('missing_token');
      });
    });
  }

  it('a token-param value that is empty is no token: the paste form, without a request or an error', async () => {
    await withPageQuery('?invite=', async () => {
      await waitsForToken(html`<polar-seat-claim server=${API} token-param="invite"></polar-seat-claim>`);
    });
  });
});

describe('server and portal-url values that cannot work', () => {
  for (const server of [
    'javascript:alert(1)',
    'http://example.com',
    'ftp://api.polar.sh',
    '/relative/path',
    'api.polar.sh',
    'https://user:secret@api.polar.sh',
    'https://api.polar.sh/?x=1',
    'https://api.polar.sh/#frag',
    'https://api.polar.sh?',
    'staging',
    // Names of Object.prototype members: a lookup table of named servers would find these.
    'constructor',
    'toString',
    '__proto__',
    'data:text/plain,hello',
    'blob:https://api.polar.sh/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    'file:///etc/passwd',
    'about:blank',
    'wss://api.polar.sh',
    'javascript:alert(1)//https://api.polar.sh',
    'HTTP://EXAMPLE.COM',
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'http://0.0.0.0:8000',
    'http://[::1]@evil.example',
    '//api.polar.sh',
    'https://',
  ]) {
    it(`server ${JSON.stringify(server)} is a config error, without a request`, async () => {
      const minted = await mint();
      const { el, detail } = await refused(
        html`<polar-seat-claim server=${server} token=${minted.token}></polar-seat-claim>`,
      );
      expect(detail).to.include({ code: 'config', status: 0, retryable: false });
      expect(detail.message).to.contain('server must be');
      expectShows(el, 'config');
    });
  }

  it('portal-url is held to the same rules', async () => {
    const minted = await mint();
    const { detail } = await refused(
      html`<polar-seat-claim server=${API} portal-url="http://example.com" token=${minted.token}></polar-seat-claim>`,
    );
    expect(detail).to.include({ code: 'config' });
    expect(detail.message).to.contain('portal-url must be');
  });

  for (const portal of [
    'javascript:alert(1)',
    'ftp://polar.sh',
    '/portal',
    'https://user:pw@polar.sh',
    'https://polar.sh/?next=https://evil.example',
    'https://polar.sh/#x',
  ]) {
    it(`portal-url ${JSON.stringify(portal)} is a config error, without a request`, async () => {
      const minted = await mint();
      const { detail } = await refused(
        html`<polar-seat-claim server=${API} portal-url=${portal} token=${minted.token}></polar-seat-claim>`,
      );
      expect(detail).to.include({ code: 'config' });
      expect(detail.message).to.contain('portal-url must be');
    });
  }
});

describe('values of the wrong type', () => {
  it('a number as token is refused as malformed, with an event and without a request', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.token = 1.5e22 as unknown as string;
    const { detail } = await refused(html`${el}`);
    expect(detail.code).to.equal('missing_token');
    expectShows(el, 'malformed_token');
  });

  it('a number as server is a config error, without a request', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = 8080 as unknown as string;
    el.token = (await mint()).token;
    const { detail } = await refused(html`${el}`);
    expect(detail.code).to.equal('config');
  });
});

describe('timeouts that cannot work', () => {
  for (const timeout of ['0', '-5', 'soon']) {
    it(`timeout ${JSON.stringify(timeout)} is a config error`, async () => {
      const minted = await mint();
      const { detail } = await refused(
        html`<polar-seat-claim server=${API} timeout=${timeout} token=${minted.token}></polar-seat-claim>`,
      );
      expect(detail).to.include({ code: 'config' });
      expect(detail.message).to.contain('timeout must be');
    });
  }
});
