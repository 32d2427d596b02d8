import { createHash } from 'node:crypto';
import { canonicalJson, type CanonicalValue } from '@yhdessa/audit';
import { contentHash } from './content-hash.util.js';

// The examples of RFC 8785 itself: the canonical form a signature's hash is taken of, checked against the specification's own vectors.
describe('the canonical form of a plan content (RFC 8785)', () => {
  it('writes the sample of §3.2.2: literals, numbers in ECMAScript form, strings with their escapes, members sorted', () => {
    const parsed = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    ) as CanonicalValue;
    expect(canonicalJson(parsed)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units, as §3.2.3 orders its sample', () => {
    const parsed = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control", "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    ) as Record<string, string>;
    // In the canonical text's order (JSON.parse would put the integer-like key first again).
    expect([...canonicalJson(parsed).matchAll(/:"([^"]+)"/g)].map((match) => match[1])).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: new Date() } as never)).toThrow(TypeError);
  });
});

describe('contentHash', () => {
  it('is the SHA-256 of the canonical form, whatever order the members came in', () => {
    const expected = createHash('sha256').update('{"a":1,"b":[true,"ä"]}').digest('hex');
    expect(contentHash({ b: [true, 'ä'], a: 1 })).toBe(expected);
    expect(contentHash({ a: 1, b: [true, 'ä'] })).toBe(expected);
    expect(contentHash({ a: 1, b: [true, 'a'] })).not.toBe(expected);
  });
});
