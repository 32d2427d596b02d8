import { canonicalJson, type CanonicalValue } from './canonical-json.util.js';

describe('canonicalJson', () => {
  it('sorts object keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ purpose: 'statistics', action: 'read' })).toBe(
      canonicalJson({ action: 'read', purpose: 'statistics' }),
    );
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
  });

  it('escapes strings so a value cannot pose as structure', () => {
    expect(canonicalJson({ a: '","b":"' })).toBe('{"a":"\\",\\"b\\":\\""}');
    expect(canonicalJson('rivi\nä')).toBe('"rivi\\nä"');
  });

  it('sorts keys by code unit, not by locale', () => {
    expect(canonicalJson({ ä: 1, z: 2, Z: 3 })).toBe('{"Z":3,"z":2,"ä":1}');
  });

  it.each([
    ['undefined', { a: undefined } as unknown as CanonicalValue],
    ['a date', { a: new Date(0) } as unknown as CanonicalValue],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('refuses %s instead of dropping it', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});
