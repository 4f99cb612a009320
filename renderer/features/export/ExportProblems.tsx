import type { CitationProblem } from '../../../app/export/resolveCitation';

interface ExportProblemsProps {
  readonly problems: readonly CitationProblem[];
  onExportAnyway(): void;
  onCancel(): void;
}

const KIND_LABELS: Readonly<Record<CitationProblem['kind'], string>> = {
  'missing-highlight': 'passage deleted',
  'missing-source': 'source deleted',
  'quote-drift': 'source text changed',
  'quote-edited': 'quotation differs from the source',
  'not-in-body': 'passage now in boilerplate',
};

/**
 * The export check's findings: one line per flagged footnote. Cancel leaves the memo to fix
 * (each flagged footnote is marked in the editor); "Export anyway, marked" writes the file with
 * every problem stated in its note.
 */
export function ExportProblems({ problems, onExportAnyway, onCancel }: ExportProblemsProps) {
  const count = problems.length;
  return (
    <div role="alert" className="export-problems">
      <p>
        {count} {count === 1 ? 'citation needs' : 'citations need'} attention before export:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.number}>
            <strong>
              Footnote {problem.number} ({KIND_LABELS[problem.kind]}):
            </strong>{' '}
            {problem.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onExportAnyway}>
        Export anyway, marked
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
