import { anchorSelector, paragraphOfRange } from '../anchoring';
import type { MemoCitation } from '../citation';
import type { Highlight, Source, TextPositionSelector } from '../model/types';
import { quoteMatches } from './quoteIntegrity';

/** What the notebook holds for a cited highlight; `source` is absent when it was deleted. */
export interface CitedPassage {
  readonly highlight: Highlight;
  readonly source?: Source | undefined;
}

/** Finds a cited highlight and its source in the notebook. */
export type CitationLookup = (highlightId: string) => CitedPassage | undefined;

/**
 * - `missing-highlight`, `missing-source`: the passage or its source was deleted;
 * - `quote-drift`: the source's text changed and the highlighted words are no longer there;
 * - `quote-edited`: the memo's quotation is not what the source says at the passage;
 * - `not-in-body`: the passage is now in a block flagged as boilerplate (no paragraph number).
 */
export type CitationProblemKind =
  'missing-highlight' | 'missing-source' | 'quote-drift' | 'quote-edited' | 'not-in-body';

/** A citation that cannot be exported as a verbatim, located quote. */
export interface CitationProblem {
  /** The footnote number the citation has in the memo. */
  readonly number: number;
  readonly highlightId: string;
  readonly kind: CitationProblemKind;
  /** A sentence for the analyst: what went wrong and what the export does about it. */
  readonly message: string;
}

/** A citation checked against the notebook: its verbatim quote and locator, and any problem. */
export type ResolvedCitation =
  | {
      readonly ok: true;
      readonly citation: MemoCitation;
      readonly source: Source;
      /** Exactly `source.text.slice(range.start, range.end)`. */
      readonly quote: string;
      readonly range: TextPositionSelector;
      /** Body paragraph, recomputed from the anchor (the stored one is only a cache). */
      readonly paragraph: number | null;
      /** Set when the passage is verbatim in the source but the memo misquotes it, or it left the body. */
      readonly problem: CitationProblem | null;
    }
  | {
      readonly ok: false;
      readonly citation: MemoCitation;
      readonly problem: CitationProblem;
      /** The source, when known: the note still names it (without a locator). */
      readonly source: Source | null;
    };

/**
 * Resolves one memo citation against the notebook: re-anchors the highlight's quote in its
 * source's current text and, when the memo quotes it (`memoQuote`), checks the memo's words
 * against it. Never returns a quote that is not verbatim at its anchor.
 */
export function resolveCitation(
  citation: MemoCitation,
  lookup: CitationLookup,
  memoQuote: string | null = null,
): ResolvedCitation {
  const { highlightId } = citation;
  const found = highlightId ? lookup(highlightId) : undefined;
  if (!found) {
    const message = highlightId
      ? `The cited passage (highlight ${highlightId}) is no longer in the notebook.`
      : 'This citation does not name a passage.';
    return failed(citation, 'missing-highlight', message, null);
  }
  const { highlight, source } = found;
  if (!source || source.id !== highlight.sourceId) {
    const message = `The source of the cited passage (highlight ${highlightId}) is no longer in the notebook.`;
    return failed(citation, 'missing-source', message, null);
  }
  const range = anchorSelector(source.text, highlight.selector);
  const quote = range ? source.text.slice(range.start, range.end) : null;
  if (!range || quote !== highlight.selector.quote.exact) {
    const message =
      'The quoted words are no longer in the source’s text (it changed after the passage was ' +
      'highlighted), so the quote was left out. Highlight the passage again.';
    return failed(citation, 'quote-drift', message, source);
  }
  const paragraph = paragraphOfRange(source.blocks, range.start, range.end);
  let problem: CitationProblem | null = null;
  if (memoQuote !== null && !quoteMatches(memoQuote, quote)) {
    problem = {
      number: citation.number,
      highlightId,
      kind: 'quote-edited',
      message:
        `The memo’s quotation differs from the source (memo: “${shorten(memoQuote)}”; source: ` +
        `“${shorten(quote)}”). The note gives the source’s words; correct the quotation in the memo.`,
    };
  } else if (paragraph === null) {
    problem = {
      number: citation.number,
      highlightId,
      kind: 'not-in-body',
      message:
        'The passage is now in a part of the source flagged as boilerplate, so its note has no ' +
        'paragraph number. Check the source’s blocks.',
    };
  }
  return { ok: true, citation, source, quote, range, paragraph, problem };
}

function failed(
  citation: MemoCitation,
  kind: CitationProblemKind,
  message: string,
  source: Source | null,
): ResolvedCitation {
  return {
    ok: false,
    citation,
    problem: { number: citation.number, highlightId: citation.highlightId, kind, message },
    source,
  };
}

/** A long quotation cut for a message: the analyst needs to recognise it, not reread it. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 120 ? flat : `${flat.slice(0, 117)}…`;
}
