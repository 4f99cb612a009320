import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';
import { prepareMemo } from './prepareMemo';
import type { ExportableMemo, ExportOptions, PreparedMemo } from './prepareMemo';
import type { CitationLookup } from './resolveCitation';

export const EXPORT_FORMATS = ['markdown', 'html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format is offered and saved. */
export const EXPORT_FORMAT_INFO: Readonly<
  Record<
    ExportFormat,
    { readonly label: string; readonly extension: string; readonly mediaType: string }
  >
> = {
  markdown: { label: 'Markdown', extension: 'md', mediaType: 'text/markdown;charset=utf-8' },
  html: { label: 'HTML', extension: 'html', mediaType: 'text/html;charset=utf-8' },
  docx: {
    label: 'Word',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { label: 'PDF', extension: 'pdf', mediaType: 'application/pdf' },
};

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

/** A file name from a memo title: no path separators or characters Windows refuses. */
export function memoFileName(title: string, format: ExportFormat): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'memo'}.${EXPORT_FORMAT_INFO[format].extension}`;
}
