import type { MergeCounts } from '../../../app/backup';

// The analyst's words for each table; originals and settings travel with their records and are
// not worth a mention. Tables added later are named by their table name until listed here.
const NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  sources: ['source', 'sources'],
  highlights: ['highlight', 'highlights'],
  claims: ['claim', 'claims'],
  tags: ['tag', 'tags'],
  memos: ['memo', 'memos'],
  entities: ['entity', 'entities'],
};
const UNMENTIONED = new Set(['originals', 'settings']);

/** "5 sources, 2 highlights and 1 memo" — tables in the order above, empty ones left out. */
export function describeCounts(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .filter(([table, count]) => count > 0 && !UNMENTIONED.has(table))
    .sort(([a], [b]) => order(a) - order(b))
    .map(([table, count]) => {
      const [one, many] = NOUNS[table] ?? [`${table} record`, `${table} records`];
      return `${count} ${count === 1 ? one : many}`;
    });
  if (parts.length === 0) return 'nothing';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What a merge did, in one or two sentences. */
export function describeMerge(counts: Readonly<Record<string, MergeCounts>>): string {
  const pick = (key: keyof MergeCounts) => Object.fromEntries(Object.entries(counts).map(([table, c]) => [table, c[key]]));
  const added = describeCounts(pick('added'));
  const updated = describeCounts(pick('updated'));
  const unchanged = describeCounts(pick('unchanged'));
  const sentences = [`Merged the backup: added ${added}${updated === 'nothing' ? '' : `; updated ${updated} (the backup’s copy was newer)`}.`];
  if (unchanged !== 'nothing') sentences.push(`Already here and kept: ${unchanged}.`);
  return sentences.join(' ');
}

function order(table: string): number {
  const index = Object.keys(NOUNS).indexOf(table);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
