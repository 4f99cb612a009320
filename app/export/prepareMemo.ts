import { citationNodes, DEFAULT_CITATION_STYLE } from '../citation';
import type { CitationStyleId, FootnotePart } from '../citation';
import { formatCitations } from '../citation/formatCitations';
import type { CitedWork } from '../citation/formatCitations';
import type { SerializedMemoNode, SerializedMemoState } from '../model/types';
import { toMemoBlocks } from './memoDocument';
import type { MemoBlock } from './memoDocument';
import { resolveMemoCitations } from './checkCitations';
import type { CitationLookup, CitationProblem } from './resolveCitation';

export interface ExportOptions {
  /** ISO date the sources were consulted (today, for an export). */
  readonly accessed?: string | undefined;
  /** CSL style; Chicago notes and bibliography by default. */
  readonly style?: CitationStyleId | undefined;
}

/** One footnote of the exported memo. */
export interface MemoNote {
  readonly number: number;
  /** The reference in the chosen style; null when the source is gone. */
  readonly reference: readonly FootnotePart[] | null;
  /** The passage verbatim from the source at its anchor; null when it cannot be given. */
  readonly quote: string | null;
  readonly problem: CitationProblem | null;
}

/** A memo ready for any export format: the same blocks, notes and numbers for all of them. */
export interface PreparedMemo {
  readonly title: string;
  readonly style: CitationStyleId;
  readonly blocks: readonly MemoBlock[];
  readonly notes: readonly MemoNote[];
  readonly bibliography: readonly (readonly FootnotePart[])[];
  /** Every note with a problem, in footnote order. */
  readonly problems: readonly CitationProblem[];
}

/** The memo as the exporters read it. */
export interface ExportableMemo {
  readonly title: string;
  readonly content: SerializedMemoState;
}

/**
 * Checks and formats a memo once for every export format: numbers citations in document order,
 * resolves each against the notebook (verbatim quote, recomputed paragraph, the memo's own
 * quotation compared with the source's words), and formats notes and bibliography in the style.
 */
export function prepareMemo(
  memo: ExportableMemo,
  lookup: CitationLookup,
  options: ExportOptions = {},
): PreparedMemo {
  const style = options.style ?? DEFAULT_CITATION_STYLE;
  const numbers = new Map<SerializedMemoNode, number>();
  citationNodes(memo.content).forEach((node, index) => numbers.set(node, index + 1));
  const body = Array.isArray(memo.content.root.children) ? memo.content.root.children : [];
  const blocks = toMemoBlocks(body, (node) => numbers.get(node));

  const resolved = resolveMemoCitations(memo.content, lookup);
  const works = resolved.map((citation): CitedWork | null => {
    if (!citation.source) return null;
    const paragraph = citation.ok ? citation.paragraph : null;
    return { sourceId: citation.source.id, source: citation.source, paragraph };
  });
  const formatted = formatCitations(style, works, { accessed: options.accessed });
  const notes = resolved.map((citation, index): MemoNote => ({
    number: citation.citation.number,
    reference: formatted.notes[index] ?? null,
    quote: citation.ok ? citation.quote : null,
    problem: citation.problem,
  }));
  return {
    title: memo.title.replace(/\s+/g, ' ').trim(),
    style,
    blocks,
    notes,
    bibliography: formatted.bibliography,
    problems: notes.flatMap((note) => (note.problem ? [note.problem] : [])),
  };
}

/** The heading of the list of works for a style, as the style's manual names it. */
export function bibliographyHeading(style: CitationStyleId): string {
  return style === 'apa' ? 'References' : style === 'mla' ? 'Works Cited' : 'Bibliography';
}
