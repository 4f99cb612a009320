import { exportMemoToMarkdown, listCitations, type CitationProblem } from '../../../app/export';
import type { Highlight, Memo, Source } from '../../../app/model/types';
import { db } from '../../storage/database';

export type ExportFormat = 'markdown';

export interface PreparedExport {
  readonly fileName: string;
  readonly mediaType: string;
  readonly extensions: readonly string[];
  readonly bytes: Uint8Array;
  readonly problems: readonly CitationProblem[];
}

/** Loads what the memo cites and renders it; the caller decides what to do about problems. */
export async function prepareExport(memo: Memo, format: ExportFormat): Promise<PreparedExport> {
  const cited = listCitations(memo.content);
  const highlights = new Map<string, Highlight>();
  for (const highlight of await db.highlights.bulkGet(cited.map((citation) => citation.highlightId))) {
    if (highlight) highlights.set(highlight.id, highlight);
  }
  const sources = new Map<string, Source>();
  for (const source of await db.sources.bulkGet([...new Set([...highlights.values()].map((h) => h.sourceId))])) {
    if (source) sources.set(source.id, source);
  }
  const lookup = (highlightId: string) => {
    const highlight = highlights.get(highlightId);
    const source = highlight ? sources.get(highlight.sourceId) : undefined;
    return highlight && source ? { highlight, source } : undefined;
  };
  const accessed = new Date().toISOString().slice(0, 10);
  switch (format) {
    case 'markdown': {
      const { markdown, problems } = exportMemoToMarkdown(memo, lookup, { accessed });
      return {
        fileName: `${safeFileName(memo.title)}.md`,
        mediaType: 'text/markdown',
        extensions: ['md'],
        bytes: new TextEncoder().encode(markdown),
        problems,
      };
    }
  }
}

/** A file name from a memo title: no path separators or characters Windows refuses. */
export function safeFileName(title: string): string {
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return cleaned || 'memo';
}
