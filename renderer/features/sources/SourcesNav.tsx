import type { SourceSummary } from '../../storage/sourceSummaries';
import { formatPartialDate } from '../../../app/citation';
import { useRowWindow } from './useRowWindow';
import './sourcesWindow.css';

/** Past this many sources the list draws only the rows in view (fixed-height rows). */
const WINDOWED_FROM = 300;
const ROW_HEIGHT = 64;
const VIEWPORT_HEIGHT = 480;

interface SourcesNavProps {
  readonly sources: readonly SourceSummary[] | undefined;
  readonly selectedId: string | null;
  readonly onOpen: (sourceId: string) => void;
}

/** One button per source, named by its title alone; outlet and date describe it. */
export function SourcesNav({ sources, selectedId, onOpen }: SourcesNavProps) {
  return (
    <nav aria-label="Sources" className="sources-nav">
      <h2>Sources {sources ? <span className="count">{sources.length}</span> : null}</h2>
      {sources?.length === 0 && (
        <p className="empty-state">No sources yet. Use “Import sources” to add articles.</p>
      )}
      {sources && sources.length >= WINDOWED_FROM ? (
        <WindowedSources sources={sources} selectedId={selectedId} onOpen={onOpen} />
      ) : (
        <ul>
          {sources?.map((source) => (
            <li key={source.id}>
              <SourceRow source={source} selected={source.id === selectedId} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** A long list: a scroll box of fixed-height rows, only those in view drawn. */
function WindowedSources({
  sources,
  selectedId,
  onOpen,
}: Required<SourcesNavProps> & { readonly sources: readonly SourceSummary[] }) {
  const { first, last, totalHeight, onScroll } = useRowWindow(
    sources.length,
    ROW_HEIGHT,
    VIEWPORT_HEIGHT,
  );
  return (
    <div
      className="sources-window"
      style={{ height: VIEWPORT_HEIGHT }}
      onScroll={onScroll}
    >
      <ul style={{ height: totalHeight }}>
        {sources.slice(first, last).map((source, i) => (
          <li
            key={source.id}
            className="windowed"
            style={{ top: (first + i) * ROW_HEIGHT, height: ROW_HEIGHT }}
            aria-setsize={sources.length}
            aria-posinset={first + i + 1}
          >
            <SourceRow source={source} selected={source.id === selectedId} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function SourceRow({
  source,
  selected,
  onOpen,
}: {
  readonly source: SourceSummary;
  readonly selected: boolean;
  readonly onOpen: (sourceId: string) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="source-link"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={`source-meta-${source.id}`}
        onClick={() => onOpen(source.id)}
      >
        {source.title}
      </button>
      <span id={`source-meta-${source.id}`} className="source-meta">
        {[source.outlet, formatPartialDate(source.publishedAt)].filter(Boolean).join(' · ')}
      </span>
    </>
  );
}
