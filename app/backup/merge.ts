import { canonicalJson } from './canonicalJson';
import type { Row } from './rowCodec';

export type Tables = Readonly<Record<string, readonly Row[]>>;

/** How the rows of one table are identified. */
export interface MergeTable {
  /** The primary key field (`id`, `sourceId`, `key`). */
  readonly primaryKey: string;
  /**
   * Fields with a unique index: an incoming row whose value equals a local row's is the same
   * record under another id (the same article imported on two machines) and is matched to it.
   */
  readonly uniqueFields: readonly string[];
}

/** A field holding the id (or ids, for an array) of a row of `target`; `table: '*'` means any. */
export interface MergeReference {
  readonly table: string;
  readonly field: string;
  readonly target: string;
}

export interface MergeSpec {
  readonly tables: Readonly<Record<string, MergeTable>>;
  readonly references: readonly MergeReference[];
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergePlan {
  /** Rows to write (add or overwrite), per table, with references remapped to local ids. */
  readonly puts: Readonly<Record<string, readonly Row[]>>;
  readonly counts: Readonly<Record<string, MergeCounts>>;
}

/**
 * Plans merging a backup into a notebook: records match by primary key, or by a unique field
 * when the ids differ; a matched record is overwritten only when the backup's `updatedAt` is
 * newer (records without one keep the local copy); ids in reference fields are rewritten to the
 * matched local ids so no highlight or claim points at a record that was not added. Pure: the
 * caller writes `puts` in one transaction.
 */
export function planMerge(local: Tables, incoming: Tables, spec: MergeSpec): MergePlan {
  const idMaps = matchByUniqueFields(local, incoming, spec);
  const puts: Record<string, Row[]> = {};
  const counts: Record<string, MergeCounts> = {};
  for (const [table, rows] of Object.entries(incoming)) {
    const { primaryKey, uniqueFields } = spec.tables[table] ?? { primaryKey: 'id', uniqueFields: [] };
    const localRows = local[table] ?? [];
    const byKey = new Map(localRows.map((row) => [row[primaryKey], row] as const));
    const taken = uniqueFields.map((field) => new Map(localRows.map((row) => [row[field], row[primaryKey]] as const)));
    const tableCounts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
    const tablePuts: Row[] = [];
    for (const original of rows) {
      const row = remap(table, original, spec.references, idMaps);
      const key = row[primaryKey];
      const existing = byKey.get(key);
      // A unique value held by another local record would abort the whole transaction.
      const clashes = uniqueFields.some((field, i) => {
        const holder = taken[i]!.get(row[field]);
        return row[field] !== undefined && holder !== undefined && holder !== key;
      });
      if (existing === undefined && !clashes) {
        tableCounts.added += 1;
        tablePuts.push(row);
      } else if (existing !== undefined && !clashes && isNewer(row, existing) && canonicalJson(row) !== canonicalJson(existing)) {
        tableCounts.updated += 1;
        tablePuts.push(row);
      } else {
        tableCounts.unchanged += 1;
      }
    }
    puts[table] = tablePuts;
    counts[table] = tableCounts;
  }
  return { puts, counts };
}

/** incoming id → local id, per table, for records that are the same by a unique field. */
function matchByUniqueFields(local: Tables, incoming: Tables, spec: MergeSpec): Map<string, Map<unknown, unknown>> {
  const maps = new Map<string, Map<unknown, unknown>>();
  for (const [table, { primaryKey, uniqueFields }] of Object.entries(spec.tables)) {
    const localRows = local[table] ?? [];
    const localIds = new Set(localRows.map((row) => row[primaryKey]));
    const map = new Map<unknown, unknown>();
    for (const field of uniqueFields) {
      const byValue = new Map(localRows.map((row) => [row[field], row[primaryKey]] as const));
      for (const row of incoming[table] ?? []) {
        const match = byValue.get(row[field]);
        if (row[field] !== undefined && match !== undefined && !localIds.has(row[primaryKey])) map.set(row[primaryKey], match);
      }
    }
    maps.set(table, map);
  }
  return maps;
}

function remap(table: string, row: Row, references: readonly MergeReference[], idMaps: Map<string, Map<unknown, unknown>>): Row {
  let result: Record<string, unknown> | null = null;
  for (const { table: owner, field, target } of references) {
    if ((owner !== '*' && owner !== table) || !(field in row)) continue;
    const map = idMaps.get(target);
    if (!map || map.size === 0) continue;
    const value = row[field];
    const mapped = Array.isArray(value) ? value.map((id) => map.get(id) ?? id) : (map.get(value) ?? value);
    result ??= { ...row };
    result[field] = mapped;
  }
  return result ?? row;
}

function isNewer(incoming: Row, local: Row): boolean {
  const a = typeof incoming.updatedAt === 'string' ? Date.parse(incoming.updatedAt) : Number.NaN;
  const b = typeof local.updatedAt === 'string' ? Date.parse(local.updatedAt) : Number.NaN;
  return a > b;
}
