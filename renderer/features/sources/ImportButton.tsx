import { useState } from 'react';
import { openFiles } from '../../platform/files';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { db } from '../../storage/database';
import { importSources, type FileImportOutcome } from '../../storage/importSources';

const ACCEPTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm'];

/** "Import sources": pick several files, import each, and report what happened to every one. */
export function ImportButton({ onImported }: { onImported: (sourceId: string) => void }) {
  const [progress, setProgress] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<FileImportOutcome[]>([]);

  const run = async () => {
    const files = await openFiles({ title: 'Import sources', multiple: true, extensions: ACCEPTED_EXTENSIONS });
    if (files.length === 0) return;
    setOutcomes([]);
    const results = await importSources(db, files, (done, total) => setProgress(`Importing ${done} of ${total}…`));
    setProgress(null);
    setOutcomes(results);
    const firstImported = results.find((outcome) => outcome.status === 'imported');
    if (firstImported) onImported(firstImported.sourceId);
  };

  useMenuCommand('import-sources', () => void run());

  return (
    <div className="import">
      <button type="button" className="primary" onClick={() => void run()}>
        Import sources
      </button>
      <div role="status" aria-live="polite" className="import-status">
        {progress}
        {outcomes.length > 0 && (
          <ul className="import-report">
            {outcomes.map((outcome, index) => (
              <li key={index} className={`outcome-${outcome.status}`}>
                <strong>{outcome.fileName}</strong>: {describe(outcome)}
              </li>
            ))}
            <li>
              <button type="button" className="link-button" onClick={() => setOutcomes([])}>
                Dismiss
              </button>
            </li>
          </ul>
        )}
      </div>
    </div>
  );
}

function describe(outcome: FileImportOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return outcome.warnings.length ? `imported (${outcome.warnings.join('; ')})` : 'imported';
    case 'duplicate':
      return `already in the notebook as “${outcome.duplicateOf.title}”, not imported again`;
    case 'refused':
      return `refused: ${outcome.error.message}`;
  }
}
