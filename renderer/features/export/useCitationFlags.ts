import { useMemo } from 'react';
import { listCitations } from '../../../app/citation/memoCitations';
import { checkMemoCitations } from '../../../app/export/checkCitations';
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
  return useMemo(() => {
    if (!content || passages === undefined) return new Map();
    const problems = checkMemoCitations(content, (id) => passages.get(id));
    return new Map(
      [...problems].map(([number, problem]) => [
        number,
        { label: LABELS[problem.kind], message: problem.message },
      ]),
    );
  }, [content, passages]);
}
