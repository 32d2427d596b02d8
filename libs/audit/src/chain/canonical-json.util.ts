/** A value that has exactly one canonical JSON text. */
export type CanonicalValue =
  null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so the same value always
 * gives the same text and therefore the same hash (the shape of RFC 8785). `undefined`, functions,
 * dates and non-finite numbers are refused instead of silently dropped or turned into `null`.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no form for a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: CanonicalValue) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const object = value as { readonly [key: string]: CanonicalValue };
    const members = Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key]!)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON has no form for a ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined value';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
