import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim } from '../../src/element.js';
import { defineSeatClaim } from '../../src/define.js';
import { PolarSeatClaim as PolarSeatClaimClass } from '../../src/polar-seat-claim.js';
import { VERSION } from '../../src/version.js';
import { defaultMessages } from '../../src/messages.js';
import { API, PORTAL, firstError, mint, mountInvitation, part, reach, refused, requestsFor } from './support.js';

describe('configuration and bad input', () => {
  it('no token: missing_token, a clear message, no request', async () => {
    const { el, detail } = await refused(html`<polar-seat-claim server=${API}></polar-seat-claim>`);
    expect(detail).to.deep.equal({
      code: 'missing_token',
      status: 0,
      message: 'No invitation token',
      retryable: false,
      body: undefined,
    });
    expect(part(el, 'error')!.textContent).to.contain('Missing invitation token');
  });

  for (const token of ['', '   ', '\n\t']) {
    it(`a blank token ${JSON.stringify(token)} is missing_token`, async () => {
      const { detail } = await refused(html`<polar-seat-claim server=${API} token=${token}></polar-seat-claim>`);
      expect(detail.code).to.equal('missing_token');
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
      expect(part(el, 'error')!.textContent).to.contain('Incomplete invitation link');
    });
  }

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
      expect(part(el, 'error')!.textContent).to.contain('This page is not set up correctly');
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

  it('portal-url made unusable after loading is a config error; made usable again, the invitation loads again', async () => {
    const { el, minted } = await mountInvitation();
    await reach(el, 'ready');
    const errored = firstError(el);
    el.portalUrl = 'http://example.com';
    expect((await errored).message).to.contain('portal-url must be');
    expect(el.status).to.equal('error');
    el.portalUrl = PORTAL;
    await reach(el, 'ready');
    expect(await requestsFor(minted.token)).to.include({ info: 2, claim: 0 });
  });

  it('a timeout made usable after a config error loads; another usable one, or none (the default), changes nothing', async () => {
    const { el, minted } = await mountInvitation({}, (el) => (el.timeout = 0));
    await reach(el, 'error');
    el.timeout = 5000;
    await reach(el, 'ready');
    el.setAttribute('timeout', '3000');
    await el.updateComplete;
    el.removeAttribute('timeout');
    await el.updateComplete;
    expect(el.timeout).to.equal(null);
    expect(el.status).to.equal('ready');
    await el.claim();
    expect(await requestsFor(minted.token)).to.include({ info: 1, claim: 1 });
  });

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

  it('trailing slashes on the server are dropped', async () => {
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(
      html`<polar-seat-claim server="${API}///" token=${minted.token}></polar-seat-claim>`,
    );
    await new Promise((resolve) => el.addEventListener('seat-claim-info', resolve));
    expect(el.status).to.equal('ready');
  });

  it('production and sandbox are named servers', async () => {
    const { resolveEndpoints } = await import('../../src/endpoints.js');
    expect(resolveEndpoints()).to.deep.equal({ api: 'https://api.polar.sh', portal: 'https://polar.sh' });
    expect(resolveEndpoints('')).to.deep.equal({ api: 'https://api.polar.sh', portal: 'https://polar.sh' });
    expect(resolveEndpoints('sandbox')).to.deep.equal({
      api: 'https://sandbox-api.polar.sh',
      portal: 'https://sandbox.polar.sh',
    });
    expect(resolveEndpoints('http://[::1]:9000/api/')).to.deep.equal({
      api: 'http://[::1]:9000/api',
      portal: undefined,
    });
    expect(resolveEndpoints('http://127.0.0.1:9000', 'http://localhost:3000/')).to.deep.equal({
      api: 'http://127.0.0.1:9000',
      portal: 'http://localhost:3000',
    });
  });

  it('the default server is production, and an unknown theme falls back to light', async () => {
    const el = document.createElement('polar-seat-claim');
    expect(el.server).to.equal('production');
    expect(el.timeout).to.equal(20000);
    el.theme = 'neon' as 'dark';
    el.token = 'x';
    await fixture(html`${el}`);
    expect(part(el, 'base')!.classList.contains('light')).to.be.true;
  });
});

describe('messages', () => {
  it('every visible string can be replaced, with placeholders filled as text', async () => {
    const minted = await mint({ productName: '<b>Pro</b>', organizationName: 'Acme' });
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.token = minted.token;
    el.messages = { heading: 'Rejoignez {organization}', invitation: 'Invitation à {product}', claim: 'Réclamer' };
    await fixture(html`${el}`);
    await new Promise((resolve) => el.addEventListener('seat-claim-info', resolve));
    // Each inserted value is isolated (FSI … PDI).
    expect(part(el, 'heading')!.textContent).to.equal('Rejoignez \u2068Acme\u2069');
    expect(part(el, 'message')!.textContent).to.equal('Invitation à \u2068<b>Pro</b>\u2069');
    expect(part(el, 'message')!.querySelector('b')).to.equal(null);
    expect(part(el, 'claim-button')!.textContent.trim()).to.equal('Réclamer');
  });

  it('problem messages can be replaced one field at a time', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.messages = { problems: { missing_token: { title: 'Pas de jeton' } } };
    const errored = firstError(el);
    await fixture(html`${el}`);
    await errored;
    expect(part(el, 'error')!.querySelector('h2')!.textContent).to.equal('Pas de jeton');
    expect(part(el, 'error')!.querySelector('p')!.textContent).to.contain('invitation email');
  });

  it('a missing translation or a value that is not a string keeps the default text, and is reported', async () => {
    const minted = await mint({ productName: 'Pro' });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      for (const messages of [
        null,
        'Bienvenue',
        { heading: undefined, invitation: null, claim: 42, problems: null },
        { problems: { missing_token: { title: undefined, text: {} } } },
      ]) {
        const el = document.createElement('polar-seat-claim');
        el.server = API;
        el.token = minted.token;
        el.messages = messages as PolarSeatClaim['messages'];
        const loaded = new Promise((resolve) => el.addEventListener('seat-claim-info', resolve));
        await fixture(html`${el}`);
        await loaded;
        await el.updateComplete;
        expect(part(el, 'heading')!.textContent, JSON.stringify(messages)).to.equal(defaultMessages.heading);
        expect(part(el, 'message')!.textContent).to.equal(
          `You've been invited to \u2068Pro\u2069 on \u2068${minted.organizationName}\u2069.`,
        );
        expect(part(el, 'claim-button')!.textContent.trim()).to.equal(defaultMessages.claim);
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings.map(([text]) => text)).to.deep.equal([
      '<polar-seat-claim> messages.invitation is not a string; the default is shown',
      '<polar-seat-claim> messages.claim is not a string; the default is shown',
      '<polar-seat-claim> messages.problems.missing_token.text is not a string; the default is shown',
    ]);
  });

  it('a problem replaced with something else than text keeps its default title and text', async () => {
    const el = document.createElement('polar-seat-claim');
    el.server = API;
    el.messages = { problems: { missing_token: { title: null } } } as unknown as PolarSeatClaim['messages'];
    const errored = firstError(el);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await fixture(html`${el}`);
      await errored;
    } finally {
      console.warn = warn;
    }
    expect(part(el, 'error')!.querySelector('h2')!.textContent).to.equal(defaultMessages.problems.missing_token.title);
  });
});

describe('registration', () => {
  it('registers once; defining again does not throw and stays silent for the same version', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineSeatClaim();
      expect(customElements.get('polar-seat-claim')).to.equal(PolarSeatClaimClass);
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = warn;
    }
  });

  it('warns when another version already holds the tag', () => {
    class Older extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('polar-seat-claim-other', Older);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineSeatClaim('polar-seat-claim-other');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('polar-seat-claim-other')).to.equal(Older);
    expect(String(warnings[0]?.[0])).to.contain('0.0.1').and.contain(VERSION);
  });

  it('carries the package version', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(PolarSeatClaimClass.version).to.equal(pkg.version);
  });

  it('defineSeatClaim registers the element under a tag of your own, beside <polar-seat-claim>', async () => {
    defineSeatClaim('acme-seat-claim');
    expect(customElements.get('acme-seat-claim')?.prototype).to.be.instanceOf(PolarSeatClaimClass);
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(
      html`<acme-seat-claim server=${API} token=${minted.token}></acme-seat-claim>`,
    );
    await new Promise((resolve) => el.addEventListener('seat-claim-info', resolve));
    expect(el.status).to.equal('ready');
  });

  it('exports the class for registration under another tag', async () => {
    customElements.define('my-seat-claim', class extends PolarSeatClaimClass {});
    const minted = await mint();
    const el = await fixture<PolarSeatClaim>(html`<my-seat-claim server=${API} token=${minted.token}></my-seat-claim>`);
    await new Promise((resolve) => el.addEventListener('seat-claim-info', resolve));
    expect(el.status).to.equal('ready');
  });
});
