import { useCallback, useState } from 'react';
import type { SearchHit } from '../../../app/search';
import { useRevealRange, type RevealRequest } from './revealRange';

/**
 * What opening a search hit does: a memo opens in the memo pane; anything else opens its source
 * in the Reader, scrolled to the passage, which is painted for a moment.
 */
export function useSearchHitOpener(
  openSource: (sourceId: string) => void,
  openMemo: (memoId: string) => void,
): (hit: SearchHit) => void {
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  useRevealRange(reveal);
  return useCallback(
    (hit: SearchHit) => {
      if (hit.kind === 'memo') return openMemo(hit.id);
      if (!hit.sourceId) return;
      openSource(hit.sourceId);
      setReveal(hit.passage ? { ...hit.passage, at: Date.now() } : null);
    },
    [openSource, openMemo],
  );
}
