import type { CitablePassage } from '../../editor/citables';
import type { NotebookDatabase } from '../../storage/database';

import { db } from '../../storage/database';

/**
 * Every claim with a passage (cited through its first one, as "Cite in memo" does) and every
 * highlight, each with its source's title: what the memo's cite-by-keyboard list offers.
 */
export async function readCitables(database: NotebookDatabase): Promise<readonly CitablePassage[]> {
  const [highlights, claims] = await Promise.all([
    database.highlights.toArray(),
    database.claims.orderBy('updatedAt').reverse().toArray(),
  ]);
  const sourceIds = [...new Set(highlights.map((h) => h.sourceId))];
  const summaries = await database.sourceSummaries.bulkGet(sourceIds);
  const titles = new Map(summaries.flatMap((s) => (s ? [[s.id, s.title] as const] : [])));
  const byId = new Map(highlights.map((h) => [h.id, h] as const));
  const passage = (highlightId: string) => {
    const highlight = byId.get(highlightId);
    return highlight
      ? {
          highlightId,
          quote: highlight.selector.quote.exact,
          sourceTitle: titles.get(highlight.sourceId) ?? 'Unknown source',
        }
      : null;
  };
  const fromClaims = claims.flatMap((claim) => {
    const first = claim.evidence.map((e) => passage(e.highlightId)).find((p) => p !== null);
    return first
      ? [{ key: claim.id, claimId: claim.id, statement: claim.statement, ...first }]
      : [];
  });
  const fromHighlights = highlights.flatMap((h) => {
    const found = passage(h.id);
    return found ? [{ key: h.id, claimId: null, statement: null, ...found }] : [];
  });
  return [...fromClaims, ...fromHighlights];
}

/** `readCitables` on the notebook: a stable function to hand to the editor. */
export const loadNotebookCitables = (): Promise<readonly CitablePassage[]> => readCitables(db);
