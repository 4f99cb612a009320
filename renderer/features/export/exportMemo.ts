import { listCitations } from '../../../app/citation/memoCitations';
import type { CitationStyleId } from '../../../app/citation/styles';
import {
  EXPORT_FORMAT_INFO,
  memoFileName,
  type ExportFormat,
} from '../../../app/export/formatInfo';
import type { CitationLookup, CitationProblem } from '../../../app/export/resolveCitation';
import type { Highlight, Memo, SerializedMemoState, Source } from '../../../app/model/types';
import { db } from '../../storage/database';

export type { ExportFormat } from '../../../app/export/formatInfo';

export interface PreparedExport {
  readonly fileName: string;
  readonly mediaType: string;
  readonly extensions: readonly string[];
  readonly bytes: Uint8Array;
  readonly problems: readonly CitationProblem[];
}

/** Reads what a memo cites — its highlights and their sources — into a lookup for the exporters. */
export async function loadCitationLookup(content: SerializedMemoState): Promise<CitationLookup> {
  const ids = [...new Set(listCitations(content).map((citation) => citation.highlightId))].filter(
    Boolean,
  );
  const highlights = new Map<string, Highlight>();
  for (const highlight of await db.highlights.bulkGet(ids)) {
    if (highlight) highlights.set(highlight.id, highlight);
  }
  const sourceIds = [...new Set([...highlights.values()].map((highlight) => highlight.sourceId))];
  const sources = new Map<string, Source>();
  for (const source of await db.sources.bulkGet(sourceIds)) {
    if (source) sources.set(source.id, source);
  }
  return (highlightId) => {
    const highlight = highlights.get(highlightId);
    return highlight ? { highlight, source: sources.get(highlight.sourceId) } : undefined;
  };
}

/** Loads what the memo cites and renders it; the caller decides what to do about problems. */
export async function prepareExport(
  memo: Memo,
  format: ExportFormat,
  style: CitationStyleId,
): Promise<PreparedExport> {
  const lookup = await loadCitationLookup(memo.content);
  const accessed = localDate(new Date());
  // The exporters (CSL, Word, PDF) load on the first export, not with the app.
  const { exportMemo } = await import('../../../app/export/formats');
  const exported = await exportMemo(memo, lookup, format, { accessed, style });
  const info = EXPORT_FORMAT_INFO[format];
  return {
    fileName: memoFileName(memo.title, format),
    mediaType: info.mediaType,
    extensions: [info.extension],
    bytes: exported.bytes,
    problems: exported.prepared.problems,
  };
}

/** Today in the analyst's time zone, as an ISO date (the access date of the sources). */
function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
