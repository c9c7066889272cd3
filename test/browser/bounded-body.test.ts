/**
 * The `body` of `seat-claim-error` is whatever the server sent, which hosts log: it is handed on as a bounded
 * copy (depth, strings, arrays, objects and the whole capped) with tokens taken out, so logging it cannot overflow
 * a stack or a log line, nor leak a credential.
 */
import { expect } from '@open-wc/testing';
import { boundedCopy } from '../../src/bounded-copy.js';

const INVITATION = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

describe('boundedCopy', () => {
  it('copies small JSON values as they are', () => {
    const value = { error: 'ResourceNotFound', detail: [{ loc: ['body', 'x'], msg: 'Field required', input: {} }] };
    expect(boundedCopy(value, INVITATION)).to.deep.equal(value);
    for (const scalar of [undefined, null, true, 0, 'text']) expect(boundedCopy(scalar, INVITATION)).to.equal(scalar);
  });

  it('is a copy: changing it leaves the original alone', () => {
    const value = { a: { b: [1] } };
    const copy = boundedCopy(value, INVITATION) as typeof value;
    copy.a.b.push(2);
    expect(value.a.b).to.deep.equal([1]);
  });

  it('caps depth at 5: what is deeper becomes "…"', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const copy = boundedCopy({ deep }, INVITATION);
    // JSON.stringify of the original overflows the stack in some engines; the copy is small.
    expect(JSON.stringify(copy)).to.equal('{"deep":[[[["…"]]]]}');
  });

  it('caps strings at 1,000 characters, and arrays and objects at 20 entries', () => {
    const copy = boundedCopy(
      { text: 'x'.repeat(5_000_000), list: Array.from({ length: 1000 }, (_, i) => i) },
      INVITATION,
    ) as { text: string; list: number[] };
    expect(copy.text).to.equal(`${'x'.repeat(1000)}…`);
    expect(copy.list).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(boundedCopy(wide, INVITATION) as object)).to.have.length(20);
  });

  it('caps the whole: at most 100 values however they nest', () => {
    const row = Array.from({ length: 20 }, () => 'y'.repeat(1000));
    const wide = Array.from({ length: 20 }, () => Array.from({ length: 20 }, () => row));
    const json = JSON.stringify(boundedCopy(wide, INVITATION));
    expect(json.length).to.be.below(110_000);
  });

  it('takes out the invitation token and anything shaped like a session token', () => {
    const copy = boundedCopy(
      {
        detail: `Invitation ${INVITATION} not found`,
        [`key ${INVITATION}`]: 'polar_mst_abc-DEF_123 and polar_cst_xyz',
        list: [INVITATION],
      },
      INVITATION,
    );
    const json = JSON.stringify(copy);
    expect(json).not.to.contain(INVITATION);
    expect(json).not.to.match(/polar_[mc]st_\w/);
    expect(json).to.contain('Invitation');
  });

  it('a token cut by the string cap is still taken out', () => {
    const copy = boundedCopy('z'.repeat(980) + INVITATION, INVITATION) as string;
    expect(copy).not.to.contain(INVITATION.slice(0, 20));
    const session = boundedCopy('z'.repeat(990) + 'polar_mst_abcdefghijk', INVITATION) as string;
    expect(session).not.to.contain('polar_mst_a');
  });

  it('keeps a "__proto__" key as data, not as the prototype', () => {
    const copy = boundedCopy(JSON.parse('{"__proto__": {"polluted": "yes"}}'), INVITATION) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect((copy as { polluted?: string }).polluted).to.equal(undefined);
    expect(Object.keys(copy)).to.deep.equal(['__proto__']);
  });
});
