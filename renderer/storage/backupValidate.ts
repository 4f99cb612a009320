import type { Row, Tables } from '../../app/backup';
import { parseEntity } from '../../app/entities/parseEntity';
import { parseClaim, parseHighlight, parseMemo, ParseError, parseOriginal, parseSource, parseTag } from '../../app/model/parse';
import { contentKeyOf } from './contentKey';

/** A backup that is intact as a file but cannot go into this notebook; nothing was written. */
export class RestoreError extends Error {
  override readonly name = 'RestoreError';
}

const PARSERS: Readonly<Record<string, (row: unknown) => object>> = {
  sources: parseSource,
  originals: parseOriginal,
  highlights: parseHighlight,
  claims: parseClaim,
  tags: parseTag,
  memos: parseMemo,
  entities: parseEntity,
};

/**
 * Checks every row of an (upgraded) backup before anything is written: each table must exist in
 * this notebook, each row must pass its `parseX()` (defaults filled, garbage refused) and carry
 * its primary key. Fields the parsers do not know are kept, so nothing a newer table layout
 * added is dropped. A source's duplicate key is recomputed from its text rather than trusted.
 *
 * @throws RestoreError naming the table, the row and the problem
 */
export function validateTables(tables: Tables, primaryKeys: Readonly<Record<string, string>>): Record<string, Row[]> {
  const valid: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(tables)) {
    const primaryKey = primaryKeys[table];
    if (primaryKey === undefined) throw new RestoreError(`The backup holds a table this version of Margin does not have (“${table}”).`);
    const parse = PARSERS[table];
    valid[table] = rows.map((row, index) => {
      let checked: Record<string, unknown>;
      try {
        checked = parse ? { ...row, ...parse(row) } : { ...row };
      } catch (error) {
        const why = error instanceof ParseError ? error.message : String(error);
        throw new RestoreError(`The backup’s ${table} record ${index + 1} cannot be used (${why}). Nothing was restored.`);
      }
      if (checked[primaryKey] === undefined || checked[primaryKey] === null) {
        throw new RestoreError(`The backup’s ${table} record ${index + 1} has no ${primaryKey}. Nothing was restored.`);
      }
      if (table === 'sources') checked.contentKey = contentKeyOf(checked.text as string);
      return checked;
    });
  }
  return valid;
}
