import { formatPartialDate } from '../../../app/citation';
import { sourceLabel, type CompareRow } from '../../../app/claims';
import { STANCE_LABELS } from '../claims/StanceSelect';

interface CompareTableProps {
  readonly rows: readonly CompareRow[];
  readonly onOpenPassage: (sourceId: string, highlightId: string) => void;
}

/** "Disagrees with The Independent (dozens of protesters)", or why there is nothing to compare. */
function agreement(row: CompareRow, byKey: ReadonlyMap<string, CompareRow>): string {
  if (!row.figure) return 'No figure';
  if (row.conflictsWith.length === 0) return 'Consistent';
  const others = row.conflictsWith.map((key) => {
    const other = byKey.get(key)!;
    return `${other.figureText} (${sourceLabel({ outlet: other.outlet, title: other.sourceTitle }, 24)})`;
  });
  return `Disagrees with ${others.join(', ')}`;
}

/**
 * The table named "Compare": one row per passage of the subject's claims, figure, qualifier,
 * attribution, outlet and date side by side. A row whose figure cannot square with another's is
 * marked with a sign and words, not only colour. A click on any cell opens the passage in the
 * Reader; the first cell's button does the same from the keyboard.
 */
export function CompareTable({ rows, onOpenPassage }: CompareTableProps) {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return (
    <table aria-label="Compare" className="compare-table">
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col">Date</th>
          <th scope="col">Figure</th>
          <th scope="col">Qualifier</th>
          <th scope="col">Agreement</th>
          <th scope="col">Attribution</th>
          <th scope="col">Stance</th>
          <th scope="col">Passage</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const open = () => onOpenPassage(row.sourceId, row.highlightId);
          const disagrees = row.conflictsWith.length > 0;
          return (
            <tr
              key={row.key}
              className={disagrees ? 'disagrees' : undefined}
              onClick={open}
              data-highlight-id={row.highlightId}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={(event) => (event.stopPropagation(), open())}
                  title={`Open the passage in ${row.sourceTitle}`}
                >
                  {sourceLabel({ outlet: row.outlet, title: row.sourceTitle })}
                </button>
              </th>
              <td>
                {row.publishedAt ? (
                  <time dateTime={row.publishedAt}>{formatPartialDate(row.publishedAt)}</time>
                ) : (
                  '—'
                )}
              </td>
              <td className="figure-cell">{row.figureText || '—'}</td>
              <td>{row.qualifierText || (row.figure ? 'exact' : '—')}</td>
              <td className="agreement">
                {disagrees && <span aria-hidden="true">⚠ </span>}
                {agreement(row, byKey)}
              </td>
              <td>{row.attribution || '—'}</td>
              <td className={`stance stance-${row.stance}`}>{STANCE_LABELS[row.stance]}</td>
              <td className="quote-cell">
                “{row.quote}”
                {row.paragraph ? <span className="muted"> ¶ {row.paragraph}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
