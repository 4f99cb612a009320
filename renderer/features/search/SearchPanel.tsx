import { useState } from 'react';
import type { SearchHit, SearchKind } from '../../../app/search';
import { SearchResultsList } from './SearchResultsList';
import { useSearch } from './useSearch';
import './search.css';

const KINDS: readonly { readonly value: SearchKind | ''; readonly label: string }[] = [
  { value: '', label: 'Everything' },
  { value: 'source', label: 'Sources' },
  { value: 'highlight', label: 'Highlights' },
  { value: 'claim', label: 'Claims' },
  { value: 'memo', label: 'Memos' },
];

interface SearchPanelProps {
  /** Opens a hit: its source in the Reader at the passage, or the memo. */
  readonly onOpen: (hit: SearchHit) => void;
}

/**
 * The searchbox "Search" and, while it holds a query, the region "Search results" under it.
 * Opening a hit folds the results away so the Reader shows the passage; focusing or typing in
 * the searchbox brings them back. Escape clears the query.
 */
export function SearchPanel({ onOpen }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SearchKind | ''>('');
  const [folded, setFolded] = useState(false);
  const { results, tookMs, status, error } = useSearch(query, kind ? { kinds: [kind] } : {});
  const open = query.trim().length > 0 && !folded;
  return (
    <div className="search-panel" role="search">
      <input
        type="search"
        aria-label="Search"
        placeholder="Search: Toqaev, “a phrase”, prefix*, kind:claim"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setFolded(false);
        }}
        onFocus={() => setFolded(false)}
        onKeyDown={(event) => event.key === 'Escape' && setQuery('')}
        aria-controls={open ? 'search-results' : undefined}
        spellCheck={false}
      />
      <select
        aria-label="Result kind"
        value={kind}
        onChange={(event) => {
          setKind(event.target.value as SearchKind | '');
          setFolded(false);
        }}
      >
        {KINDS.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {open && (
        <section id="search-results" aria-label="Search results" className="search-results">
          <p role="status" className="search-summary">
            {error
              ? `Search failed: ${error}`
              : status.state === 'indexing'
                ? `Indexing ${status.indexed.toLocaleString()} of ${status.total.toLocaleString()} records…`
                : results
                  ? `${results.exact ? '' : 'About '}${results.total.toLocaleString()} ${results.total === 1 ? 'result' : 'results'}${tookMs === null ? '' : ` · ${Math.round(tookMs)} ms`}`
                  : 'Searching…'}
          </p>
          {results && (
            <SearchResultsList
              hits={results.hits}
              onOpen={(hit) => {
                setFolded(true);
                onOpen(hit);
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}
