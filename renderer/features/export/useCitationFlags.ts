import { useMemo } from 'react';
import { listCitations } from '../../../app/citation/memoCitations';
import { checkMemoCitations } from '../../../app/export/checkCitations';
import { memoQuotes } from '../../../app/export/quoteIntegrity';
import type { CitationProblem } from '../../../app/export/resolveCitation';
import type { SerializedMemoState } from '../../../app/model/types';
import type { CitationFlags } from '../../editor/MemoEditor';
import { useCitedPassages } from '../../storage/live';

const LABELS: Readonly<Record<CitationProblem['kind'], string>> = {
  'missing-highlight': 'the passage was deleted',
  'missing-source': 'the source was deleted',
  'quote-drift': 'the source’s text changed',
  'quote-edited': 'the quotation differs from the source',
  'not-in-body': 'the passage is now in boilerplate',
};

const NO_FLAGS: CitationFlags = new Map();

type CitedPassages = NonNullable<ReturnType<typeof useCitedPassages>>;

// The last check made against each reading of the cited passages. The memo is saved on every
// keystroke, and most keystrokes change neither a citation nor a quotation: the check is only
// re-run when the citations, what the memo quotes at them, or the passages change. And the flags
// keep their identity while they are the same, so no footnote marker re-renders for nothing.
const lastChecks = new WeakMap<CitedPassages, { readonly quoted: string; readonly flags: CitationFlags }>();

function sameFlags(a: CitationFlags, b: CitationFlags): boolean {
  if (a.size !== b.size) return false;
  for (const [number, flag] of a) {
    const other = b.get(number);
    if (other?.label !== flag.label || other.message !== flag.message) return false;
  }
  return true;
}

/** The memo's flags by footnote number, checked again only when what they depend on changed. */
function flagsOf(content: SerializedMemoState, passages: CitedPassages): CitationFlags {
  const quotes = memoQuotes(content);
  // Every citation's passage with the memo's quotation before it: all the check reads of the memo.
  const quoted = listCitations(content)
    .map((citation, index) => `${citation.highlightId}\u0000${quotes[index] ?? '\u0001'}`)
    .join('\u0002');
  const last = lastChecks.get(passages);
  if (last?.quoted === quoted) return last.flags;
  const problems = checkMemoCitations(content, (id) => passages.get(id));
  const checked: CitationFlags = new Map(
    [...problems].map(([number, problem]) => [number, { label: LABELS[problem.kind], message: problem.message }]),
  );
  const flags = last && sameFlags(last.flags, checked) ? last.flags : checked.size === 0 ? NO_FLAGS : checked;
  lastChecks.set(passages, { quoted, flags });
  return flags;
}

/**
 * The memo's footnotes to flag in the editor: the same check the export runs (quotes against
 * their sources' text), re-run when the memo is saved or a cited source or passage changes.
 */
export function useCitationFlags(content: SerializedMemoState | null): CitationFlags {
  const ids = useMemo(
    () => (content ? listCitations(content).map((citation) => citation.highlightId) : []),
    [content],
  );
  const passages = useCitedPassages(ids);
  return useMemo(() => (!content || passages === undefined ? NO_FLAGS : flagsOf(content, passages)), [content, passages]);
}
