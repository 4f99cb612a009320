import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { prepareMemo } from './prepareMemo';
import type { ExportableMemo, ExportOptions, PreparedMemo } from './prepareMemo';
import type { CitationLookup } from './resolveCitation';
import type { ExportFormat } from './formatInfo';

export { EXPORT_FORMAT_INFO, EXPORT_FORMATS, memoFileName } from './formatInfo';
export type { ExportFormat } from './formatInfo';

/** A memo exported to one format: the file's bytes and the problems it carries, marked. */
export interface MemoExport {
  readonly format: ExportFormat;
  readonly bytes: Uint8Array;
  readonly prepared: PreparedMemo;
}

/**
 * Exports a memo: checks and formats it once (`prepareMemo`), then writes the format. All four
 * formats come from the same preparation, so they have the same text, notes and numbers.
 */
export async function exportMemo(
  memo: ExportableMemo,
  lookup: CitationLookup,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<MemoExport> {
  const prepared = prepareMemo(memo, lookup, options);
  return { format, bytes: await renderPrepared(memo, prepared, format), prepared };
}

/** Writes an already prepared memo in one format. */
export async function renderPrepared(
  memo: ExportableMemo,
  prepared: PreparedMemo,
  format: ExportFormat,
): Promise<Uint8Array> {
  switch (format) {
    case 'markdown':
      return new TextEncoder().encode(renderMarkdown(memo, prepared).markdown);
    case 'html':
      return new TextEncoder().encode(renderHtml(prepared));
    case 'docx':
      return renderDocx(prepared);
    case 'pdf':
      return renderPdf(prepared);
  }
}
