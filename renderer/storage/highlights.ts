import { describeRange, paragraphAt } from '../../app/anchoring';
import { newId } from '../../app/model/ids';
import type { Highlight, Source } from '../../app/model/types';
import type { NotebookDatabase } from './database';

export const DEFAULT_HIGHLIGHT_COLOR = 'yellow';

/** A new highlight of `source.text[start, end)`, stored as W3C quote + position selectors. */
export function buildHighlight(source: Source, start: number, end: number): Highlight {
  const now = new Date().toISOString();
  return {
    id: newId('hl'),
    sourceId: source.id,
    selector: describeRange(source.text, start, end),
    paragraph: paragraphAt(source.blocks, start),
    note: '',
    color: DEFAULT_HIGHLIGHT_COLOR,
    createdAt: now,
    updatedAt: now,
  };
}

export async function addHighlight(db: NotebookDatabase, source: Source, start: number, end: number): Promise<Highlight> {
  const highlight = buildHighlight(source, start, end);
  await db.highlights.add(highlight);
  return highlight;
}
