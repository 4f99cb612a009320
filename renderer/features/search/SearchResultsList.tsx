import type { SearchHit, SearchKind } from '../../../app/search';
import { SearchSnippet } from './SearchSnippet';

const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  source: 'Source',
  highlight: 'Highlight',
  claim: 'Claim',
  memo: 'Memo',
};

/**
 * One link per hit, named by its title alone; its kind and snippet describe it
 * (aria-describedby), so a screen reader says "Title, link, Claim: … snippet …".
 */
export function SearchResultsList({
  hits,
  onOpen,
}: {
  readonly hits: readonly SearchHit[];
  readonly onOpen: (hit: SearchHit) => void;
}) {
  return (
    <ol className="search-hits">
      {hits.map((hit, i) => {
        const described = `search-hit-${i}`;
        return (
          <li key={hit.id} className={`search-hit kind-${hit.kind}`}>
            <a
              href={`#${hit.kind}/${encodeURIComponent(hit.id)}`}
              aria-describedby={`${described}-kind ${described}-snippet`}
              onClick={(event) => {
                event.preventDefault();
                onOpen(hit);
              }}
            >
              {hit.title}
            </a>
            <span id={`${described}-kind`} className="search-kind">
              {KIND_LABELS[hit.kind]}
            </span>
            <SearchSnippet id={`${described}-snippet`} snippet={hit.snippet} />
          </li>
        );
      })}
    </ol>
  );
}
