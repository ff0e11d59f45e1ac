/**
 * JSON Canonicalization Scheme (RFC 8785): object keys sorted by UTF-16 code
 * units, no whitespace, numbers and strings serialised as ECMAScript does.
 * The ledger hashes these strings, so the same data always gives the same
 * bytes, on any machine and in the offline verifier.
 */
export function canonicalize(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
      // ECMAScript Number-to-String is exactly RFC 8785's number form (-0 becomes 0).
      return JSON.stringify(value);
    case 'string':
      // JSON.stringify escapes as RFC 8785 asks: \b \t \n \f \r \" \\ and \u00xx (lowercase) for other controls.
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v) => canonicalize(v === undefined ? null : v)).join(',')}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const keys = Object.keys(value as object)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize((value as Record<string, unknown>)[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
