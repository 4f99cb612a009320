import type { StoredSource } from '../../storage/database';
import { formatPartialDate } from '../../../app/citation';

interface SourcesNavProps {
  readonly sources: readonly StoredSource[] | undefined;
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
      <ul>
        {sources?.map((source) => (
          <li key={source.id}>
            <button
              type="button"
              className="source-link"
              aria-current={source.id === selectedId ? 'true' : undefined}
              aria-describedby={`source-meta-${source.id}`}
              onClick={() => onOpen(source.id)}
            >
              {source.title}
            </button>
            <span id={`source-meta-${source.id}`} className="source-meta">
              {[source.outlet, formatPartialDate(source.publishedAt)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
