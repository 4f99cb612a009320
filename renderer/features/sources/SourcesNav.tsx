import { preloadSourceList, useSourceList } from '../../storage/sourceList';
import type { SourceSummary } from '../../storage/sourceSummaries';
import { formatPartialDate } from '../../../app/citation';
import { rowWindowAt, useRowWindow } from './useRowWindow';
import './sourcesWindow.css';

/** Past this many sources the list draws only the rows in view (fixed-height rows). */
const WINDOWED_FROM = 300;
const ROW_HEIGHT = 64;
const VIEWPORT_HEIGHT = 480;
/**
 * Rows are read in stretches of this many around the ones in view: at start-up the first 25
 * (every row costs IndexedDB a lookup in the summaries, scattered over a 100,000-record store).
 */
const PAGE = 25;

/** Reads the rows the list shows first, before the window is drawn (main.tsx awaits it). */
export function preloadSourcesNav(): Promise<void> {
  const { first, last } = rowWindowAt(0, ROW_HEIGHT, VIEWPORT_HEIGHT);
  const from = Math.floor(first / PAGE) * PAGE;
  return preloadSourceList(from, Math.ceil(last / PAGE) * PAGE - from, WINDOWED_FROM);
}

interface SourcesNavProps {
  readonly selectedId: string | null;
  readonly onOpen: (sourceId: string) => void;
}

/**
 * One button per source, named by its title alone; outlet and date describe it. Reads source
 * summaries, never whole sources; past 300 sources only the rows in view are read and drawn. The
 * number of sources and the first rows come in one read, so the list draws once at start-up.
 */
export function SourcesNav({ selectedId, onOpen }: SourcesNavProps) {
  const { first, last, onScroll } = useRowWindow(ROW_HEIGHT, VIEWPORT_HEIGHT);
  const from = Math.floor(first / PAGE) * PAGE;
  const list = useSourceList(from, Math.ceil(last / PAGE) * PAGE - from, WINDOWED_FROM);
  const count = list?.count;
  return (
    <nav aria-label="Sources" className="sources-nav">
      <h2>Sources {count !== undefined ? <span className="count">{count}</span> : null}</h2>
      {count === 0 && (
        <p className="empty-state">No sources yet. Use “Import sources” to add articles.</p>
      )}
      {list && count !== undefined && count >= WINDOWED_FROM ? (
        <div className="sources-window" style={{ height: VIEWPORT_HEIGHT }} onScroll={onScroll}>
          <ul style={{ height: count * ROW_HEIGHT }}>
            {list.sources.map((source, i) => {
              // Positioned by the stretch the rows came from, which may lag the scroll by a moment.
              const position = list.offset + i;
              if (position < first || position >= last) return null;
              return (
                <li
                  key={source.id}
                  className="windowed"
                  style={{ top: position * ROW_HEIGHT, height: ROW_HEIGHT }}
                  aria-setsize={count}
                  aria-posinset={position + 1}
                >
                  <SourceRow source={source} selected={source.id === selectedId} onOpen={onOpen} />
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <ul>
          {list?.sources.map((source) => (
            <li key={source.id}>
              <SourceRow source={source} selected={source.id === selectedId} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </nav>
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
