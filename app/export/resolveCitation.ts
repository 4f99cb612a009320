import { anchorSelector, paragraphOfRange } from '../anchoring';
import { footnoteParts } from '../citation';
import type { FootnoteOptions, FootnotePart, MemoCitation } from '../citation';
import type { Highlight, Source, TextPositionSelector } from '../model/types';

/** What the notebook holds for a cited highlight; `source` is absent when it was deleted. */
export interface CitedPassage {
  readonly highlight: Highlight;
  readonly source?: Source | undefined;
}

/** Finds a cited highlight and its source in the notebook. */
export type CitationLookup = (highlightId: string) => CitedPassage | undefined;

export type CitationProblemKind = 'missing-highlight' | 'missing-source' | 'quote-drift';

/** A citation that cannot be exported as a verbatim, located quote. */
export interface CitationProblem {
  /** The footnote number the citation has in the memo. */
  readonly number: number;
  readonly highlightId: string;
  readonly kind: CitationProblemKind;
  /** A sentence for the analyst: what went wrong and what the export does about it. */
  readonly message: string;
}

/** A citation ready for any export format: its note and its verbatim quote, or its problem. */
export type ResolvedCitation =
  | {
      readonly ok: true;
      readonly citation: MemoCitation;
      readonly source: Source;
      readonly note: readonly FootnotePart[];
      /** Exactly `source.text.slice(range.start, range.end)`. */
      readonly quote: string;
      readonly range: TextPositionSelector;
      /** Body paragraph, recomputed from the anchor (the stored one is only a cache). */
      readonly paragraph: number | null;
    }
  | {
      readonly ok: false;
      readonly citation: MemoCitation;
      readonly problem: CitationProblem;
      /** The note without a locator when the source is known, so the reader still sees it. */
      readonly note: readonly FootnotePart[] | null;
    };

/**
 * Resolves one memo citation against the notebook: re-anchors the highlight's quote in its
 * source's current text and formats the note. Never returns a quote that is not verbatim at its
 * anchor; a missing highlight, a missing source or a quote that no longer anchors is reported.
 */
export function resolveCitation(
  citation: MemoCitation,
  lookup: CitationLookup,
  options: FootnoteOptions = {},
): ResolvedCitation {
  const { highlightId } = citation;
  const found = highlightId ? lookup(highlightId) : undefined;
  if (!found) {
    const message = highlightId
      ? `The cited passage (highlight ${highlightId}) is no longer in the notebook.`
      : 'This citation does not name a passage.';
    return problem(citation, 'missing-highlight', message, null);
  }
  const { highlight, source } = found;
  if (!source || source.id !== highlight.sourceId) {
    const message = `The source of the cited passage (highlight ${highlightId}) is no longer in the notebook.`;
    return problem(citation, 'missing-source', message, null);
  }
  const range = anchorSelector(source.text, highlight.selector);
  const quote = range ? source.text.slice(range.start, range.end) : null;
  if (!range || quote !== highlight.selector.quote.exact) {
    const message =
      'The quoted words are no longer in the source’s text (it changed after the passage was ' +
      'highlighted), so the quote was left out. Highlight the passage again.';
    return problem(
      citation,
      'quote-drift',
      message,
      footnoteParts(source, { paragraph: null }, options),
    );
  }
  const paragraph = paragraphOfRange(source.blocks, range.start, range.end);
  const note = footnoteParts(source, { paragraph }, options);
  return { ok: true, citation, source, note, quote, range, paragraph };
}

function problem(
  citation: MemoCitation,
  kind: CitationProblemKind,
  message: string,
  note: readonly FootnotePart[] | null,
): ResolvedCitation {
  return {
    ok: false,
    citation,
    problem: { number: citation.number, highlightId: citation.highlightId, kind, message },
    note,
  };
}
