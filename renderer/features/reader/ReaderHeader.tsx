import { useRef, useState } from 'react';
import type { Source } from '../../../app/model/types';
import { formatPartialDate } from '../../../app/citation';
import { EditDetailsDialog } from '../metadata/EditDetailsDialog';
import { ExternalLink } from '../../ui/ExternalLink';

/** Title and the metadata that citations use: outlet, authors, date, URL — and "Edit details". */
export function ReaderHeader({ source }: { source: Source }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const details = [
    source.outlet,
    source.authors.length ? source.authors.join(', ') : null,
    formatPartialDate(source.publishedAt) ?? 'Undated',
  ].filter(Boolean);
  const close = () => {
    setEditing(false);
    // The dialog is unmounted rather than closed, so focus is put back by hand.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <header className="reader-header">
      <h1 id="reader-title">{source.title}</h1>
      <div className="reader-meta-row">
        <div>
          <p className="reader-meta">{details.join(' · ')}</p>
          {/* A link that asks before it opens the browser (ExternalLinks); the app never follows it itself. */}
          {source.url ? (
            <p className="reader-url">
              <ExternalLink href={source.url} />
            </p>
          ) : (
            <p className="reader-url missing">No URL known</p>
          )}
        </div>
        <button
          ref={editButton}
          type="button"
          className="edit-details"
          onClick={() => setEditing(true)}
        >
          Edit details
        </button>
      </div>
      {editing && <EditDetailsDialog key={source.id} source={source} onClose={close} />}
    </header>
  );
}
