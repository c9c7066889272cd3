/**
 * A page whose `Object.prototype` was polluted (by a vulnerable library, or on purpose) must not change what the
 * card says: `messages` is read through its own keys only.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, format } from '../../src/messages.js';
import type { SeatClaimInfo } from '../../src/polar-api.js';
import { mountInvitation, part, reach, shownError } from './support.js';

/** Pollutes `Object.prototype` as `obj.__proto__[key] = value` would (an enumerable property) for `body`. */
async function withPollution<T>(pollution: Record<string, unknown>, body: () => Promise<T> | T): Promise<T> {
  const proto = Object.prototype as Record<string, unknown>;
  for (const [key, value] of Object.entries(pollution)) proto[key] = value;
  try {
    return await body();
  } finally {
    for (const key of Object.keys(pollution)) Reflect.deleteProperty(proto, key);
  }
}

const POLLUTION = {
  claim: 'Pwned claim',
  heading: 'Pwned heading',
  title: 'Pwned title',
  problems: { invalid_token: { title: 'Pwned problem' } },
};

describe('a polluted Object.prototype', () => {
  it('the card keeps its own words where the host passed none', async () => {
    const { el, minted } = await withPollution(POLLUTION, async () => {
      const mounted = await mountInvitation({}, (el) => {
        el.messages = { retry: 'Encore' };
      });
      await reach(mounted.el, 'ready');
      return mounted;
    });
    expect(part(el, 'claim-button')!.textContent.trim()).to.equal(defaultMessages.claim);
    expect(part(el, 'heading')!.textContent).to.equal(
      format(defaultMessages.heading, { organization_name: minted.organizationName } as SeatClaimInfo),
    );
  });

  for (const [name, messages, shown] of [
    ['an inherited `problems`', { retry: 'Encore' }, defaultMessages.problems.invalid_token],
    [
      'an inherited `title` in a problem the host changed',
      { problems: { invalid_token: { text: 'Lien expiré' } } },
      { title: defaultMessages.problems.invalid_token.title, text: 'Lien expiré' },
    ],
  ] as const) {
    it(`${name} changes no error text`, async () => {
      const { el } = await withPollution(POLLUTION, async () => {
        const mounted = await mountInvitation({ expired: true }, (el) => {
          el.messages = messages;
        });
        await reach(mounted.el, 'error');
        return mounted;
      });
      // The expired invitation never loaded: the texts name no organization.
      expect(shownError(el)).to.deep.equal({ title: format(shown.title), text: format(shown.text) });
    });
  }
});
