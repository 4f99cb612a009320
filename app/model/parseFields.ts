/**
 * Field readers for the `parseX()` functions: each takes an unknown value from storage, a backup
 * or an import and returns it typed, its default when it is missing, or throws a
 * {@link ParseError} naming the record and field.
 */

/** A record that cannot be used: `record` is its kind ("source"), `field` the first bad field. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    readonly record: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${record}${field ? `.${field}` : ''} ${problem}`);
  }
}

export type Fields = Readonly<Record<string, unknown>>;

/** Reads fields of one record, for one record kind's error messages. */
export class FieldReader {
  constructor(
    readonly kind: string,
    readonly fields: Fields,
  ) {}

  static of(kind: string, value: unknown, path = ''): FieldReader {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ParseError(kind, path, 'is not a record');
    return new FieldReader(kind, value as Fields);
  }

  fail(field: string, problem: string): never {
    throw new ParseError(this.kind, field, problem);
  }

  /** A string; `fallback` when missing (null/undefined); throws when missing without one. */
  string(field: string, fallback?: string): string {
    const value = this.fields[field];
    if (typeof value === 'string') return value;
    if (value == null && fallback !== undefined) return fallback;
    return this.fail(field, value == null ? 'is missing' : 'is not text');
  }

  /** A non-empty id-like string. */
  id(field: string): string {
    const value = this.string(field);
    if (value.trim() === '') this.fail(field, 'is empty');
    return value;
  }

  nullableString(field: string): string | null {
    const value = this.fields[field];
    if (value == null) return null;
    if (typeof value !== 'string') this.fail(field, 'is not text');
    return value;
  }

  stringArray(field: string): string[] {
    const value = this.fields[field];
    if (value == null) return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) this.fail(field, 'is not a list of text');
    return [...(value as string[])];
  }

  /** A whole number ≥ 0. */
  offset(field: string): number {
    const value = this.fields[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) this.fail(field, 'is not a whole number ≥ 0');
    return value as number;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], fallback: T): T {
    const value = this.fields[field];
    if (value == null) return fallback;
    if (!allowed.includes(value as T)) this.fail(field, `is not one of ${allowed.join(', ')}`);
    return value as T;
  }

  /** An ISO timestamp (anything `Date.parse` reads), or `fallback` when missing. */
  timestamp(field: string, fallback?: string): string {
    const value = this.fields[field];
    if (value == null && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) this.fail(field, 'is not a timestamp');
    return value as string;
  }

  /** `createdAt`/`updatedAt`, each standing in for the other when one is missing. */
  timestamps(): { createdAt: string; updatedAt: string } {
    const created = this.fields.createdAt == null ? undefined : this.timestamp('createdAt');
    const updated = this.fields.updatedAt == null ? undefined : this.timestamp('updatedAt');
    const either = created ?? updated;
    if (either === undefined) this.fail('updatedAt', 'is missing');
    return { createdAt: created ?? either!, updatedAt: updated ?? either! };
  }

  nested(field: string): FieldReader {
    return FieldReader.of(this.kind, this.fields[field], field);
  }

  list(field: string): readonly unknown[] {
    const value = this.fields[field];
    if (value == null) return [];
    if (!Array.isArray(value)) this.fail(field, 'is not a list');
    return value as unknown[];
  }
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const BLOCK_KINDS = ['body', 'boilerplate'] as const;
