import { useState } from 'react';
import { BACKUP_EXTENSION, BackupError } from '../../../app/backup';
import { openFiles, saveFile } from '../../platform/files';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { createBackupFileOffThread } from '../../storage/backupOffThread';
import {
  countRecords,
  isNotebookEmpty,
  mergeIntoNotebook,
  prepareRestore,
  replaceNotebook,
  RestoreError,
  type PreparedRestore,
} from '../../storage/backupRestore';
import { db } from '../../storage/database';
import { isQuotaExceeded, storageFullMessage } from '../../storage/storageFull';
import { describeCounts, describeMerge } from './describeRestore';
import { RestoreDialog, type RestoreChoice } from './RestoreDialog';
import './backup.css';

type Message = { readonly kind: 'status' | 'alert'; readonly text: string };

/**
 * "Back up notebook" writes the whole notebook to one file; "Restore notebook" reads one back,
 * verified whole before anything is written, and asks how to combine it with a notebook that is
 * not empty. Every outcome is said in a status line (an alert when something was refused).
 */
export function BackupControls() {
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ prepared: PreparedRestore; choice: RestoreChoice } | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage({ kind: 'alert', text: explain(error) });
    } finally {
      setBusy(false);
    }
  };

  const backUp = () =>
    run(async () => {
      setMessage({ kind: 'status', text: 'Backing up…' });
      const file = await createBackupFileOffThread();
      const result = await saveFile({ suggestedName: file.fileName, bytes: file.bytes, extensions: [BACKUP_EXTENSION] }, 'application/json');
      setMessage({
        kind: 'status',
        text: result.saved ? `Backed up ${describeCounts(file.counts)} to ${result.path}.` : 'Backup cancelled.',
      });
    });

  const restore = () =>
    run(async () => {
      const [file] = await openFiles({ title: 'Restore notebook', multiple: false, extensions: [BACKUP_EXTENSION, 'json'] });
      if (!file) return;
      setMessage({ kind: 'status', text: `Checking ${file.fileName}…` });
      const prepared = await prepareRestore(db, file.bytes);
      const backupCounts = Object.fromEntries(Object.entries(prepared.tables).map(([table, rows]) => [table, rows.length]));
      if (await isNotebookEmpty(db)) {
        await replaceNotebook(db, prepared);
        setMessage({ kind: 'status', text: `Restored ${describeCounts(backupCounts)} from ${file.fileName}.` });
        return;
      }
      const backupLabel = `${new Date(prepared.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} (Margin ${prepared.appVersion})`;
      setMessage(null);
      setPending({ prepared, choice: { backupLabel, backupCounts, notebookCounts: await countRecords(db) } });
    });

  const finish = (mode: 'merge' | 'replace') => {
    if (!pending) return;
    const { prepared, choice } = pending;
    setPending(null);
    void run(async () => {
      setMessage({ kind: 'status', text: 'Restoring…' });
      if (mode === 'merge') {
        const report = await mergeIntoNotebook(db, prepared);
        setMessage({ kind: 'status', text: describeMerge(report.counts) });
      } else {
        await replaceNotebook(db, prepared);
        setMessage({ kind: 'status', text: `Replaced the notebook with the backup: ${describeCounts(choice.backupCounts)}.` });
      }
    });
  };

  // File → Back up notebook… / Restore notebook… (menu bar, palette, Electron menu).
  useMenuCommand('backup-notebook', () => void backUp());
  useMenuCommand('restore-notebook', () => void restore());

  return (
    <div className="backup-controls">
      <button type="button" onClick={() => void backUp()} disabled={busy}>
        Back up notebook
      </button>
      <button type="button" onClick={() => void restore()} disabled={busy}>
        Restore notebook
      </button>
      <p role="status" aria-live="polite" className="backup-message">
        {message?.kind === 'status' ? message.text : null}
      </p>
      {message?.kind === 'alert' && (
        <div role="alert" className="backup-message alert">
          {message.text}{' '}
          <button type="button" className="link-button" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      {pending && (
        <RestoreDialog
          {...pending.choice}
          onMerge={() => finish('merge')}
          onReplace={() => finish('replace')}
          onCancel={() => {
            setPending(null);
            setMessage({ kind: 'status', text: 'Restore cancelled: nothing was changed.' });
          }}
        />
      )}
    </div>
  );
}

function explain(error: unknown): string {
  if (error instanceof BackupError || error instanceof RestoreError) return `Nothing was restored. ${error.message}`;
  if (isQuotaExceeded(error)) return storageFullMessage('the notebook');
  return `Something went wrong, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`;
}
