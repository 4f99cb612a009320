import { listCitations } from '../citation';
import type { SerializedMemoState } from '../model/types';
import { memoQuotes } from './quoteIntegrity';
import { resolveCitation } from './resolveCitation';
import type { CitationLookup, CitationProblem, ResolvedCitation } from './resolveCitation';

/**
 * Resolves every citation of a memo (footnote order) and checks its quote: the source's words
 * at the anchor, and the memo's own quotation against them. Cheap enough to run as she types;
 * the editor flags what it finds, the export lists it.
 */
export function resolveMemoCitations(
  content: SerializedMemoState,
  lookup: CitationLookup,
): readonly ResolvedCitation[] {
  const quoted = memoQuotes(content);
  return listCitations(content).map((citation, index) =>
    resolveCitation(citation, lookup, quoted[index] ?? null),
  );
}

/** The problems of a memo's citations, by footnote number. */
export function checkMemoCitations(
  content: SerializedMemoState,
  lookup: CitationLookup,
): ReadonlyMap<number, CitationProblem> {
  const problems = new Map<number, CitationProblem>();
  for (const resolved of resolveMemoCitations(content, lookup)) {
    if (resolved.problem) problems.set(resolved.problem.number, resolved.problem);
  }
  return problems;
}
