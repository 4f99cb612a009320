import { useRef } from 'react';
import { openFiles } from '../../platform/files';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { entriesFromFiles } from './importBatch';
import { ImportReport } from './ImportReport';
import { useFileDrop } from './useFileDrop';
import { useImportQueue } from './useImportQueue';
import './import.css';

const ACCEPTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm'];

/**
 * "Import sources": files from the chooser, the desktop menu or dropped on the window all take
 * the same path — progress in a status line ("Importing 3 of 20…"), then a report per file.
 */
export function ImportButton({ onImported }: { onImported: (sourceId: string) => void }) {
  const { status, busy, report, enqueue, dismiss } = useImportQueue(onImported);
  const button = useRef<HTMLButtonElement>(null);
  const choose = () =>
    enqueue(
      openFiles({ title: 'Import sources', multiple: true, extensions: ACCEPTED_EXTENSIONS }),
    );
  const dragging = useFileDrop((files) => enqueue(entriesFromFiles(files)));
  useMenuCommand('import-sources', choose);

  const close = () => {
    dismiss();
    button.current?.focus();
  };

  return (
    <div className="import">
      <div className="import-bar">
        <button
          ref={button}
          type="button"
          className="primary"
          onClick={choose}
          aria-describedby="import-hint"
        >
          Import sources
        </button>
        <span id="import-hint" className="import-hint">
          Text, HTML or Markdown — or drop files on the window
        </span>
        {/* The summary stays in the status for screen readers; the report's header shows it. */}
        <p
          role="status"
          aria-live="polite"
          className={
            busy ? 'import-status busy' : report ? 'import-status visually-hidden' : 'import-status'
          }
        >
          {status}
        </p>
      </div>
      {report && <ImportReport lines={report} onDismiss={close} />}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files to import them</p>
        </div>
      )}
    </div>
  );
}
