/**
 * JSON with object keys sorted at every level, so the same rows always give the same text — and
 * the same checksum — whatever order a database or a parser handed their properties in.
 * `undefined` properties are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // JSON has no undefined, NaN or Infinity: a row holding one cannot round-trip.
    if (text === undefined || (typeof value === 'number' && !Number.isFinite(value))) {
      throw new TypeError(`cannot store ${String(value)} in a backup`);
    }
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const keys = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
}
