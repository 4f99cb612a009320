export { exportMemoToMarkdown, listCitations } from './markdown';
export type { MarkdownExport } from './markdown';
export { resolveCitation } from './resolveCitation';
export type {
  CitationLookup,
  CitationProblem,
  CitationProblemKind,
  CitedPassage,
  ResolvedCitation,
} from './resolveCitation';
