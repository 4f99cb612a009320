import type { Source } from '../../../app/model/types';
import { formatPartialDate } from '../../../app/citation';

/** Title and the metadata that citations use: outlet, authors, date, URL. */
export function ReaderHeader({ source }: { source: Source }) {
  const details = [
    source.outlet,
    source.authors.length ? source.authors.join(', ') : null,
    formatPartialDate(source.publishedAt) ?? 'Undated',
  ].filter(Boolean);
  return (
    <header className="reader-header">
      <h1 id="reader-title">{source.title}</h1>
      <p className="reader-meta">{details.join(' · ')}</p>
      {/* Shown as text, not a link: nothing inside the app follows a source's URL. */}
      {source.url ? <p className="reader-url">{source.url}</p> : <p className="reader-url missing">No URL known</p>}
    </header>
  );
}
