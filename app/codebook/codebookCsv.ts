import type { Tag } from '../model/types';
import type { ImportedCode } from './codebookImport';
import { parseCsv, toCsv } from './csv';
import { buildTagTree, flattenTagTree } from './tree';

const HEADER = ['name', 'color', 'parent', 'description'] as const;

/** The codebook as CSV: name, colour, parent's name, description; parents before children. */
export function codebookToCsv(tags: readonly Tag[]): string {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const rows = flattenTagTree(buildTagTree(tags)).map(({ tag }) => [
    tag.name,
    tag.color,
    tag.parentId ? (byId.get(tag.parentId)?.name ?? '') : '',
    tag.description ?? '',
  ]);
  return toCsv([[...HEADER], ...rows]);
}

/**
 * Codes from a codebook CSV. The header names the columns (any order, any case; "code" or
 * "tag" may stand for "name"); without a header the columns are name, colour, parent,
 * description. Throws when the file has no name column.
 */
export function codebookFromCsv(text: string): ImportedCode[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0]!.map((cell) => cell.trim().toLowerCase());
  const hasHeader = header.some((cell) =>
    ['name', 'code', 'tag', 'color', 'colour', 'parent'].includes(cell),
  );
  const column = (...names: string[]) =>
    hasHeader ? header.findIndex((cell) => names.includes(cell)) : -1;
  const name = hasHeader ? column('name', 'code', 'tag') : 0;
  if (name < 0) throw new Error('This CSV has no “name” column.');
  const color = hasHeader ? column('color', 'colour') : 1;
  const parent = hasHeader ? column('parent') : 2;
  const description = hasHeader ? column('description', 'memo') : 3;
  const cell = (row: readonly string[], index: number) =>
    index >= 0 ? (row[index] ?? '').trim() : '';
  return rows.slice(hasHeader ? 1 : 0).flatMap((row) => {
    const codeName = cell(row, name);
    if (!codeName) return [];
    return [
      {
        name: codeName,
        color: cell(row, color) || null,
        parentName: cell(row, parent) || null,
        description: cell(row, description),
      },
    ];
  });
}
