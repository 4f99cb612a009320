export { checkMemoCitations, resolveMemoCitations } from './checkCitations';
export { renderDocx } from './docx';
export {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  exportMemo,
  memoFileName,
  renderPrepared,
} from './formats';
export type { ExportFormat, MemoExport } from './formats';
export { renderHtml } from './html';
export { exportMemoToMarkdown, listCitations, renderMarkdown } from './markdown';
export type { MarkdownExport } from './markdown';
export { inlineText, toMemoBlocks } from './memoDocument';
export type { MemoBlock, MemoInline, MemoListItem } from './memoDocument';
export { renderPdf, toPdfDefinition } from './pdf';
export { bibliographyHeading, prepareMemo } from './prepareMemo';
export type { ExportableMemo, ExportOptions, MemoNote, PreparedMemo } from './prepareMemo';
export { memoQuotes, quotedBefore, quoteMatches } from './quoteIntegrity';
export { resolveCitation } from './resolveCitation';
export type {
  CitationLookup,
  CitationProblem,
  CitationProblemKind,
  CitedPassage,
  ResolvedCitation,
} from './resolveCitation';
