import { expect, fixture, html } from '@open-wc/testing';
import type { PolarSeatClaim, SeatClaimTheme } from '../../src/element.js';
import {
  API,
  claimElsewhere,
  mountInvitation,
  nextEvent,
  part,
  reach,
  setFaults,
  type MintOptions,
  untilRendered,
} from './support.js';

type Scene = [
  name: string,
  options: MintOptions,
  act?: (el: PolarSeatClaim, token: string) => Promise<void>,
  extra?: (el: PolarSeatClaim) => void,
];

const click = (el: PolarSeatClaim) => part(el, 'claim-button')!.click();

/** One scene per state the person can see. */
const SCENES: Scene[] = [
  ['loading', { info: 'hang' }],
  ['ready', {}, async (el) => reach(el, 'ready')],
  [
    'claiming',
    { claim: 'hang' },
    async (el) => {
      await reach(el, 'ready');
      click(el);
      await el.updateComplete;
    },
  ],
  [
    'claimed',
    {},
    async (el) => {
      await el.claim();
    },
  ],
  [
    'granting: with a benefit ready',
    { benefits: ['discord', 'license_keys'], holdGrants: true },
    async (el, token) => {
      await reach(el, 'ready');
      const claimed = nextEvent(el, 'seat-claimed');
      click(el);
      await claimed;
      await fetch(`${API}/__polar-mock/stream`, { method: 'POST', body: JSON.stringify({ token, action: 'grant' }) });
      await untilRendered(el, () => !!part(el, 'benefits')?.textContent.trim());
    },
    (el) => (el.grantTimeout = 60_000),
  ],
  [
    'claimed: with a continue link and the portal',
    {},
    async (el) => {
      await el.claim();
    },
    (el) => (el.continueUrl = 'https://example.com/welcome'),
  ],
  [
    'needs-token: the paste form, after a paste that is no invitation',
    {},
    async (el) => {
      el.token = '';
      await untilRendered(el, () => !!el.shadowRoot!.querySelector('input'));
      el.shadowRoot!.querySelector('input')!.value = 'https://example.com/hello';
      part(el, 'token-submit')!.click();
      await untilRendered(el, () => !!part(el, 'token-error'));
    },
  ],
  ['error: invalid invitation', { expired: true }, async (el) => reach(el, 'error')],
  [
    'error: retryable, with the invitation in view',
    { claim: 'rate-limited' },
    async (el) => {
      await reach(el, 'ready');
      click(el);
      await reach(el, 'error');
    },
  ],
  [
    'error: maybe claimed, with a portal link',
    { claim: 'missing-seat' },
    async (el) => {
      await reach(el, 'ready');
      click(el);
      await reach(el, 'error');
    },
  ],
  [
    'error: claimed elsewhere',
    {},
    async (el, token) => {
      await reach(el, 'ready');
      await claimElsewhere(token);
      click(el);
      await reach(el, 'error');
    },
  ],
];

describe('look and accessibility', () => {
  for (const theme of ['light', 'dark'] as SeatClaimTheme[]) {
    for (const [name, options, act, extra] of SCENES) {
      it(`passes axe in the ${theme} theme: ${name}`, async () => {
        // The page behind the card matches the theme, as a merchant's page would.
        document.body.style.background = theme === 'dark' ? '#000' : '#fff';
        try {
          const { el, minted } = await mountInvitation(options, (el) => {
            el.theme = theme;
            extra?.(el);
          });
          await act?.(el, minted.token);
          expect(el.status).to.equal(name.split(':')[0]);
          await expect(el).to.be.accessible();
        } finally {
          document.body.style.background = '';
        }
      });
    }
  }

  it('the dark theme changes the colours; host custom properties win over both themes', async () => {
    const { el } = await mountInvitation({}, (el) => (el.theme = 'dark'));
    await reach(el, 'ready');
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(24, 24, 27)');
    el.style.setProperty('--polar-seat-claim-accent', 'rgb(200, 0, 100)');
    el.style.setProperty('--polar-seat-claim-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--polar-seat-claim-radius', '3px');
    expect(getComputedStyle(part(el, 'claim-button')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('3px');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor, 'still the host colour').to.equal('rgb(1, 2, 3)');
  });

  it('inherits the page font, and styles through ::part', async () => {
    const style = document.createElement('style');
    style.textContent = `.branded { font-family: Georgia, serif; } .branded::part(claim-button) { text-transform: uppercase; }`;
    document.head.append(style);
    try {
      const { el } = await mountInvitation({}, (el) => el.classList.add('branded'));
      await reach(el, 'ready');
      expect(getComputedStyle(part(el, 'base')!).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(part(el, 'claim-button')!).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it('auto follows prefers-color-scheme, and the spinner stops under prefers-reduced-motion', async () => {
    const { el } = await mountInvitation({ info: 'hang' }, (el) => (el.theme = 'auto'));
    const rules = [
      ...el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]),
      ...[...el.shadowRoot!.querySelectorAll('style')].flatMap((s) => [...s.sheet!.cssRules]),
    ];
    const media = (condition: string) =>
      rules.find(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition),
      );
    const dark = media('prefers-color-scheme: dark')!;
    const darkTheme = rules.find(
      (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.dark',
    )!;
    expect(darkTheme.style.length, 'the dark theme sets something').to.be.above(0);
    expect(
      [...dark.cssRules].some(
        (rule) =>
          (rule as CSSStyleRule).selectorText === '.auto' &&
          (rule as CSSStyleRule).style.cssText === darkTheme.style.cssText,
      ),
      'auto in the dark is the dark theme',
    ).to.be.true;
    const still = media('prefers-reduced-motion: reduce')!;
    const spinnerRule = [...still.cssRules].find(
      (rule) => (rule as CSSStyleRule).selectorText === '.spinner',
    ) as CSSStyleRule;
    expect(spinnerRule.style.animationName).to.equal('none');
    expect(part(el, 'base')!.classList.contains('auto')).to.be.true;
  });

  it('announces status changes politely and errors as alerts', async () => {
    const { el } = await mountInvitation({ claim: 'server-error' });
    const live = el.shadowRoot!.querySelector('[role=status]')!;
    expect(live.textContent).to.contain('Loading');
    await reach(el, 'ready');
    expect(el.shadowRoot!.querySelector('[role=status]'), 'the same live region, kept across states').to.equal(live);
    expect(live.textContent).to.contain('Join \u2068Acme Inc\u2069');
    click(el);
    await reach(el, 'error');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
  });

  it('keeps keyboard focus in the card when the focused button goes away', async () => {
    const { el } = await mountInvitation();
    await reach(el, 'ready');
    part(el, 'claim-button')!.focus();
    click(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays on the busy button').to.equal(part(el, 'claim-button'));
    await reach(el, 'claimed');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal("You've joined \u2068Acme Inc\u2069");
  });

  it('after Retry of a failed load, focus waits through loading and lands on the invitation', async () => {
    const { el } = await mountInvitation({ info: { kind: 'bad-gateway', times: 1 } });
    await reach(el, 'error');
    part(el, 'retry-button')!.focus();
    part(el, 'retry-button')!.click();
    await reach(el, 'ready');
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Join \u2068Acme Inc\u2069');
  });

  it('focus the person puts elsewhere on the page while loading stays theirs, even once they leave it', async () => {
    const field = await fixture<HTMLInputElement>(html`<input aria-label="elsewhere" />`);
    const { el, minted } = await mountInvitation({ info: { kind: 'bad-gateway', times: 1 } });
    await reach(el, 'error');
    await setFaults(minted.token, { info: { kind: 'slow', delayMs: 300 } });
    part(el, 'retry-button')!.focus();
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    field.focus();
    field.blur();
    await reach(el, 'ready');
    expect(document.activeElement === el, 'the card took focus back').to.equal(false);
  });

  it('after Retry of a failed claim, focus is on the busy Claim button', async () => {
    const { el } = await mountInvitation({ claim: { kind: 'bad-gateway', times: 1 } });
    await reach(el, 'ready');
    part(el, 'claim-button')!.focus();
    click(el);
    await reach(el, 'error');
    part(el, 'retry-button')!.focus();
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('claiming');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'claim-button'));
    await reach(el, 'claimed');
  });

  it('hidden hides it, and long names wrap inside the card on a 320 px wide page', async () => {
    const { el } = await mountInvitation({
      productName: 'EnterpriseAnalyticsPlatformProfessionalEditionAnnualSubscription',
      organizationName: 'InternationalBusinessConsultingAssociationLimited',
      customerEmail: 'a.very.long.address.for.a.seat.holder.with.no.spaces@subdomain.example-company.com',
    });
    await reach(el, 'ready');
    el.style.width = '320px';
    const card = part(el, 'base')!;
    expect(card.scrollWidth, 'nothing sticks out of the card').to.be.at.most(card.clientWidth);
    for (const piece of el.shadowRoot!.querySelectorAll<HTMLElement>('h2, p')) {
      expect(piece.getBoundingClientRect().right, piece.textContent).to.be.at.most(card.getBoundingClientRect().right);
    }
    // Squeezed by its neighbours, the card stops shrinking at its words: 'Claim seat' does not break letter by letter.
    const buttonHeight = part(el, 'claim-button')!.getBoundingClientRect().height;
    el.style.width = 'min-content';
    expect(part(el, 'claim-button')!.getBoundingClientRect().height).to.equal(buttonHeight);
    el.style.width = '';
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(getComputedStyle(el).maxWidth, 'compact by default: 28rem').to.equal(`${28 * rem}px`);
    el.style.maxWidth = 'none';
    expect(getComputedStyle(el).maxWidth, 'the host decides').to.equal('none');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('after a failed claim, focus lands on the error heading, not on the invitation above it', async () => {
    const { el } = await mountInvitation({ claim: 'validation-error' });
    await reach(el, 'ready');
    part(el, 'claim-button')!.focus();
    click(el);
    await reach(el, 'error');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'error')!.querySelector('h2'));
  });

  for (const [engine, states] of [
    ['without CSS custom states (Safari before 17.4)', undefined],
    [
      'with only the old --name custom states (Chromium before 125)',
      {
        clear() {},
        add() {
          throw new DOMException('not a valid custom state', 'SyntaxError');
        },
      },
    ],
  ] as const) {
    it(`${engine}: the status attribute carries the state instead`, async () => {
      const descriptor = Object.getOwnPropertyDescriptor(ElementInternals.prototype, 'states')!;
      Object.defineProperty(ElementInternals.prototype, 'states', { configurable: true, get: () => states });
      try {
        const { el } = await mountInvitation();
        expect(el.getAttribute('status')).to.equal('loading');
        await reach(el, 'ready');
        expect(el.matches('[status=ready]')).to.be.true;
        await el.claim();
        expect(el.getAttribute('status')).to.equal('claimed');
      } finally {
        Object.defineProperty(ElementInternals.prototype, 'states', descriptor);
      }
    });
  }

  it('leaves the host attributes alone where custom states work', async () => {
    const { el } = await mountInvitation();
    await reach(el, 'ready');
    expect(el.matches(':state(ready)')).to.be.true;
    expect(el.hasAttribute('status')).to.be.false;
  });

  it('does not take focus on its own', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="page field" />`);
    input.focus();
    const { el } = await mountInvitation({}, (el) => (el.autoClaim = true));
    await reach(el, 'claimed');
    expect(document.activeElement).to.equal(input);
  });
});
