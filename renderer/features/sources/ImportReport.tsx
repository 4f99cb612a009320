import { useEffect, useId, useRef } from 'react';
import { describeOutcome, summarizeImport, type ReportLine } from './importBatch';

interface ImportReportProps {
  readonly lines: readonly ReportLine[];
  readonly onDismiss: () => void;
}

/**
 * What happened to every file of the last batch, one list item per file in the order picked.
 * Warnings are folded under each file; the report stays until dismissed (Escape or the button).
 */
export function ImportReport({ lines, onDismiss }: ImportReportProps) {
  const headingId = useId();
  const region = useRef<HTMLElement>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') onDismiss();
  };
  // Bring a long report into view; focus stays where the user was (the status announced it).
  // A block body: Chromium's scrollIntoView now returns a promise, which React would take for
  // the effect's cleanup function and call on unmount.
  useEffect(() => {
    void region.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <section
      ref={region}
      aria-labelledby={headingId}
      className="import-report"
      onKeyDown={onKeyDown}
    >
      <header className="import-report-header">
        <h2 id={headingId}>Import report</h2>
        <span className="import-report-summary">{summarizeImport(lines)}</span>
        <button
          type="button"
          className="import-report-dismiss"
          aria-label="Dismiss import report"
          onClick={onDismiss}
        >
          Dismiss
        </button>
      </header>
      <ul>
        {lines.map((line, index) => {
          const { verdict, detail } = describeOutcome(line);
          return (
            <li key={index} className={`import-line outcome-${line.outcome.status}`}>
              <span className="import-file">{line.outcome.fileName}</span>
              <span className="import-detail">
                <strong className="import-verdict">{verdict}</strong> {detail}
              </span>
              {line.outcome.status === 'imported' && line.outcome.warnings.length > 0 && (
                <details className="import-warnings">
                  <summary>
                    {line.outcome.warnings.length}{' '}
                    {line.outcome.warnings.length === 1 ? 'warning' : 'warnings'}
                  </summary>
                  <ul>
                    {line.outcome.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
