import { useCallback } from 'react';
import { useCitationLabels } from '../../storage/live';

/** A function naming a citation's source ("Dozens dead in unrest in Kazakhstan, ¶ 2"). */
export function useCitationDescriber(): (highlightId: string, claimId: string | null) => string {
  const labels = useCitationLabels();
  return useCallback((highlightId: string) => labels?.get(highlightId) ?? 'Citation', [labels]);
}
