import { citationNodes } from '../citation';
import type { SerializedMemoNode } from '../model/types';
import { renderBlocks } from './markdownBlocks';
import { footnoteDefinition, noteMarkdown } from './markdownFootnotes';
import { escapeHeadingText } from './markdownText';
import { bibliographyHeading, prepareMemo } from './prepareMemo';
import type { ExportableMemo, ExportOptions, PreparedMemo } from './prepareMemo';
import type { CitationLookup, CitationProblem } from './resolveCitation';

export { listCitations } from '../citation';
export type { MemoCitation } from '../citation';
export type {
  CitationLookup,
  CitationProblem,
  CitationProblemKind,
  CitedPassage,
} from './resolveCitation';

export interface MarkdownExport {
  readonly markdown: string;
  /** Citations with a problem; each is also flagged in its footnote. */
  readonly problems: readonly CitationProblem[];
}

/**
 * A memo as Markdown (CommonMark + GFM footnotes): `# Title`, the body with memo text escaped
 * so it renders as written, each citation as `[^n]` numbered in document order, one footnote
 * definition per citation with its reference in the chosen CSL style and the quote verbatim
 * from the source text at the re-anchored position, then the bibliography.
 */
export function exportMemoToMarkdown(
  memo: ExportableMemo,
  lookup: CitationLookup,
  options: ExportOptions = {},
): MarkdownExport {
  return renderMarkdown(memo, prepareMemo(memo, lookup, options));
}

/** Markdown from a memo already prepared (so several formats can share one preparation). */
export function renderMarkdown(memo: ExportableMemo, prepared: PreparedMemo): MarkdownExport {
  const numbers = new Map<SerializedMemoNode, number>();
  citationNodes(memo.content).forEach((node, index) => numbers.set(node, index + 1));

  const blocks: string[] = [];
  const title = escapeHeadingText(memo.title);
  if (title !== '') blocks.push(`# ${title}`);
  const body = Array.isArray(memo.content.root.children) ? memo.content.root.children : [];
  blocks.push(...renderBlocks(body, { citationNumber: (node) => numbers.get(node) }));
  if (prepared.bibliography.length > 0) {
    blocks.push(`## ${bibliographyHeading(prepared.style)}`);
    blocks.push(...prepared.bibliography.map(noteMarkdown));
  }
  if (prepared.notes.length > 0) blocks.push(prepared.notes.map(footnoteDefinition).join('\n'));

  return { markdown: `${blocks.join('\n\n')}\n`, problems: prepared.problems };
}
