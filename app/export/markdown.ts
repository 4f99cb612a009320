import { citationNodes, listCitations } from '../citation';
import type { FootnoteOptions } from '../citation';
import type { SerializedMemoNode, SerializedMemoState } from '../model/types';
import { renderBlocks } from './markdownBlocks';
import { footnoteDefinition } from './markdownFootnotes';
import { escapeHeadingText } from './markdownText';
import { resolveCitation } from './resolveCitation';
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
  /** Citations exported without their quote; each is also flagged in its footnote. */
  readonly problems: readonly CitationProblem[];
}

/**
 * A memo as Markdown (CommonMark + GFM footnotes): `# Title`, the body with memo text escaped
 * so it renders as written, each citation as `[^n]` numbered in document order, then one
 * footnote definition per citation with its Chicago-style note and the quote verbatim from the
 * source text at the re-anchored position. Paragraph locators are recomputed from the anchor.
 */
export function exportMemoToMarkdown(
  memo: { readonly title: string; readonly content: SerializedMemoState },
  lookup: CitationLookup,
  options: FootnoteOptions = {},
): MarkdownExport {
  const numbers = new Map<SerializedMemoNode, number>();
  citationNodes(memo.content).forEach((node, index) => numbers.set(node, index + 1));

  const blocks: string[] = [];
  const title = escapeHeadingText(memo.title);
  if (title !== '') blocks.push(`# ${title}`);
  const body = Array.isArray(memo.content.root.children) ? memo.content.root.children : [];
  blocks.push(...renderBlocks(body, { citationNumber: (node) => numbers.get(node) }));

  const resolved = listCitations(memo.content).map((citation) =>
    resolveCitation(citation, lookup, options),
  );
  if (resolved.length > 0) blocks.push(resolved.map(footnoteDefinition).join('\n'));

  return {
    markdown: `${blocks.join('\n\n')}\n`,
    problems: resolved.flatMap((citation) => (citation.ok ? [] : [citation.problem])),
  };
}
