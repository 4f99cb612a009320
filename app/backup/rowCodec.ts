import { base64ToBytes, bytesToBase64 } from './base64';

/** The JSON stand-in for a `Uint8Array` (a source's raw original) inside a backup row. */
export interface EncodedBytes {
  readonly $bytes: string;
}

export type Row = Readonly<Record<string, unknown>>;

/**
 * A stored row as plain JSON: every `Uint8Array` (at any depth) becomes `{ "$bytes": base64 }`.
 * Any table's rows can be encoded, so tables added by later schema versions need no code here.
 */
export function encodeRow(row: Row): Record<string, unknown> {
  return encodeValue(row) as Record<string, unknown>;
}

function encodeValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) } satisfies EncodedBytes;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      // A Map, Blob or class instance would silently turn into `{}` in JSON: refuse instead.
      throw new TypeError(`cannot store a ${value.constructor?.name ?? 'non-plain object'} in a backup`);
    }
    const encoded: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) encoded[key] = encodeValue(item);
    return encoded;
  }
  return value;
}

/** The inverse of {@link encodeRow}; null when an `$bytes` value is not valid base64. */
export function decodeRow(row: Record<string, unknown>): Record<string, unknown> | null {
  try {
    return decodeValue(row) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === '$bytes' && typeof record.$bytes === 'string') {
      const bytes = base64ToBytes(record.$bytes);
      if (!bytes) throw new Error('bad base64');
      return bytes;
    }
    const decoded: Record<string, unknown> = {};
    for (const key of keys) decoded[key] = decodeValue(record[key]);
    return decoded;
  }
  return value;
}
