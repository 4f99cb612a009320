import { anchorSelector, paragraphAt } from '../../app/anchoring';
import type { Block, BlockKind, Highlight, SourceMetadata } from '../../app/model/types';
import type { NotebookDatabase, StoredSource } from './database';

/** The metadata an analyst can correct; citations and exports read these fields. */
export type SourceMetadataEdit = Pick<
  SourceMetadata,
  'title' | 'outlet' | 'authors' | 'publishedAt' | 'url'
>;

export type MetadataField = keyof SourceMetadataEdit;

/** One message per field that cannot be stored as given; empty when the edit is fine. */
export type MetadataProblems = Partial<Record<MetadataField, string>>;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * What is wrong with an edit, field by field, in words for the form. The same check guards
 * `updateSourceMetadata`, so nothing the form would refuse can reach the database another way.
 */
export function metadataProblems(edit: SourceMetadataEdit): MetadataProblems {
  const problems: MetadataProblems = {};
  if (edit.title.trim() === '')
    problems.title = 'A source needs a title: every citation of it prints one.';
  const date = edit.publishedAt === null ? null : dateProblem(edit.publishedAt);
  if (date) problems.publishedAt = date;
  const url = edit.url === null ? null : urlProblem(edit.url);
  if (url) problems.url = url;
  if (edit.authors.some((name) => name.trim() === ''))
    problems.authors = 'An author’s name cannot be empty.';
  return problems;
}

function dateProblem(value: string): string | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match)
    return `“${value}” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-01-05.`;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return `${value}: the month must be 01 to 12.`;
  if (day !== undefined) {
    // Day 0 of the next month is the last day of this one; UTC keeps time zones out of it.
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last)
      return `${value} is not a day of the calendar: that month has ${last} days.`;
  }
  return null;
}

function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `“${value}” is not a web address. Write the full address, starting with https:// or http://.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'Only web addresses (starting with https:// or http://) can be cited.';
  if (/\s/.test(value)) return 'A web address cannot contain spaces.';
  return null;
}

/**
 * Saves corrected metadata in one transaction. Text, blocks and origin are untouched, so every
 * highlight stays anchored; citations and exports read the source record and follow the edit.
 *
 * @throws Error when the source is gone or the edit has problems (see `metadataProblems`)
 */
export async function updateSourceMetadata(
  db: NotebookDatabase,
  sourceId: string,
  edit: SourceMetadataEdit,
): Promise<StoredSource> {
  const problems = Object.values(metadataProblems(edit));
  if (problems.length > 0) throw new Error(problems.join(' '));
  return db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source is no longer in the notebook.');
    const updated: StoredSource = {
      ...source,
      title: edit.title.trim(),
      outlet: edit.outlet?.trim() || null,
      authors: edit.authors.map((name) => name.trim()),
      publishedAt: edit.publishedAt,
      url: edit.url,
    };
    await db.sources.put(updated);
    return updated;
  });
}

/**
 * Flips the block that starts at `blockStart` to `kind` (article text or page boilerplate) and,
 * in the same transaction, recomputes the cached paragraph number of every highlight of the
 * source: body paragraphs are counted again, so a flip above a passage renumbers it.
 *
 * @throws Error when the source or the block is gone
 */
export async function setBlockKind(
  db: NotebookDatabase,
  sourceId: string,
  blockStart: number,
  kind: BlockKind,
): Promise<StoredSource> {
  return db.transaction('rw', db.sources, db.highlights, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source is no longer in the notebook.');
    const index = source.blocks.findIndex((block) => block.start === blockStart);
    if (index < 0) throw new Error('That paragraph is no longer in this source.');
    if (source.blocks[index]!.kind === kind) return source;
    const blocks: Block[] = source.blocks.map((block, at) =>
      at === index ? { ...block, kind } : block,
    );
    const updated: StoredSource = { ...source, blocks };
    await db.sources.put(updated);
    const highlights = await db.highlights.where('sourceId').equals(sourceId).toArray();
    const renumbered = highlights.flatMap((highlight) => {
      const paragraph = paragraphOf(updated, highlight);
      // updatedAt stays: the analyst did not change the highlight, only a cache of it moved.
      return paragraph === highlight.paragraph ? [] : [{ ...highlight, paragraph }];
    });
    if (renumbered.length > 0) await db.highlights.bulkPut(renumbered);
    return updated;
  });
}

/** The body paragraph a highlight starts in, the way `buildHighlight` computes it. */
function paragraphOf(source: StoredSource, highlight: Highlight): number | null {
  const start =
    anchorSelector(source.text, highlight.selector)?.start ?? highlight.selector.position.start;
  return paragraphAt(source.blocks, start);
}
