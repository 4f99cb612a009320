import { useMemo, useState } from 'react';
import { compareRows, compareSummary, listSubjects, subjectKey } from '../../../app/claims';
import type { ClaimsData } from '../../storage/liveClaims';
import { CompareTable } from './CompareTable';
import './compare.css';

interface ComparePaneProps {
  readonly data: ClaimsData | undefined;
  readonly onOpenPassage: (sourceId: string, highlightId: string) => void;
  readonly onClose: () => void;
}

/**
 * Where sources disagree: pick a subject ("death toll", "arrests") and see every passage of its
 * claims side by side, disagreements marked. Docked under the Reader so a clicked row's passage
 * shows above it while the table stays in view.
 */
export function ComparePane({ data, onOpenPassage, onClose }: ComparePaneProps) {
  const subjects = useMemo(
    () => listSubjects(data?.records.map((r) => r.claim.subject) ?? []),
    [data],
  );
  const [chosen, setChosen] = useState('');
  const subject = subjects.find((s) => s.key === subjectKey(chosen)) ?? subjects[0] ?? null;
  const rows = useMemo(
    () => (data && subject ? compareRows(data.records, subject.key) : []),
    [data, subject],
  );
  const summary = compareSummary(rows);

  return (
    <section aria-labelledby="compare-heading" className="compare-pane">
      <div className="compare-header">
        <h2 id="compare-heading">Where sources disagree</h2>
        {subjects.length > 0 && (
          <label>
            Subject to compare
            <select value={subject?.key ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {subjects.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.subject} ({s.count} {s.count === 1 ? 'claim' : 'claims'})
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="close-button"
          aria-label="Close the comparison"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {subjects.length === 0 ? (
        <p className="empty-state">
          Nothing to set side by side yet: give claims a subject (“death toll”, “arrests”) when you
          tag them, then compare them here.
        </p>
      ) : (
        <>
          {summary && (
            <p className="compare-summary">
              {rows.length} {rows.length === 1 ? 'passage' : 'passages'} on “{subject!.subject}”;
              figures from {summary.low} to {summary.high}.{' '}
              {summary.disagreeing > 0 ? (
                <strong>
                  ⚠ {summary.disagreeing} of {rows.length} disagree.
                </strong>
              ) : (
                'No figures disagree.'
              )}
            </p>
          )}
          <div className="compare-scroll">
            <CompareTable rows={rows} onOpenPassage={onOpenPassage} />
          </div>
        </>
      )}
    </section>
  );
}
