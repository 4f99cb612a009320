import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchFilters, SearchResults } from '../../../app/search';
import type { SearchStatus } from '../../workers/searchProtocol';
import { onSearchStatus, searchNotebook, searchStatus, start } from './searchClient';

const DEBOUNCE_MS = 80;
const START_DELAY_MS = 1_500;
/** The status while no query asks for it: nothing shows it then. */
const UNFOLLOWED: SearchStatus = { state: 'opening' };
const unfollowedStatus = () => UNFOLLOWED;

export interface SearchState {
  readonly results: SearchResults | null;
  readonly tookMs: number | null;
  readonly status: SearchStatus;
  readonly error: string | null;
}

/**
 * Results for `query` as the analyst types: asked a moment after the last keystroke, the newest
 * answer kept, and asked again when the index changes (an import, an edit) so the list is live.
 */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  // Followed only while there is a query: the index takes in every save of the memo, and a render
  // while a long memo has the focus costs a walk over its whole DOM (see useCitationFlags).
  const status = useSyncExternalStore(onSearchStatus, query.trim() ? searchStatus : unfollowedStatus);
  const [answer, setAnswer] = useState<{ results: SearchResults; tookMs: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const version = status.state === 'ready' ? status.revision : -1;
  const filterKey = JSON.stringify(filters);

  // The worker opens the index a moment after the window is up (a query starts it at once):
  // reading a large stored index must not compete with the notebook's own start-up.
  useEffect(() => {
    const timer = setTimeout(start, START_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      searchNotebook({
        query,
        filters: JSON.parse(filterKey) as SearchFilters,
        asYouType: true,
      }).then(
        (next) => current && (setAnswer(next), setError(null)),
        (failure: unknown) =>
          current && setError(failure instanceof Error ? failure.message : String(failure)),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, filterKey, version]);

  // While a new answer is on its way the previous one stays (no flicker between keystrokes).
  const shown = query.trim() ? answer : null;
  return { results: shown?.results ?? null, tookMs: shown?.tookMs ?? null, status, error };
}
