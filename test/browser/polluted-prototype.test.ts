/**
 * A page whose `Object.prototype` was polluted (by a vulnerable library, or on purpose) must not change what the
 * card says: `messages` is read through its own keys only.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, mergeMessages } from '../../src/messages.js';
import { mountInvitation, part, reach } from './support.js';

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
  it('mergeMessages reads own keys only', async () => {
    const merged = await withPollution(POLLUTION, () =>
      mergeMessages({ retry: 'Encore', problems: { network: { text: 'Hors ligne' } } }),
    );
    expect(merged.claim).to.equal(defaultMessages.claim);
    expect(merged.heading).to.equal(defaultMessages.heading);
    expect(merged.retry).to.equal('Encore');
    expect(merged.problems.invalid_token).to.deep.equal(defaultMessages.problems.invalid_token);
    expect(merged.problems.network).to.deep.equal({
      title: defaultMessages.problems.network.title,
      text: 'Hors ligne',
    });
    expect(Object.keys(merged)).to.have.members(Object.keys(defaultMessages));
  });

  it('the card keeps its own words when the host passes messages', async () => {
    const { el } = await withPollution(POLLUTION, async () => {
      const mounted = await mountInvitation({}, (el) => {
        el.messages = { retry: 'Encore' };
      });
      await reach(mounted.el, 'ready');
      return mounted;
    });
    expect(part(el, 'claim-button')!.textContent.trim()).to.equal(defaultMessages.claim);
    expect(part(el, 'heading')!.textContent).to.equal(defaultMessages.heading);
  });
});
