import { useEffect, useState } from 'react';
import { saveFile } from '../../platform/files';
import { backupFileName } from '../../../app/backup';
import { automaticBackupBytes, listAutomaticBackups, openAutomaticBackupStore, type AutomaticBackup } from '../../storage/backupAutomatic';
import './backup.css';

/**
 * Shown instead of the notebook when its database cannot be opened (damaged, or written by a
 * newer Margin). It says why and offers the automatic backups as files to keep or restore
 * elsewhere. It never deletes or rewrites the notebook: whatever is there stays for a newer
 * Margin, or for support, to read.
 */
export function RecoveryScreen({ error }: { error: unknown }) {
  const [backups, setBackups] = useState<AutomaticBackup[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    listAutomaticBackups(openAutomaticBackupStore())
      .then(setBackups)
      .catch(() => setBackups([]));
  }, []);

  const newer = error instanceof Error && (error.name === 'NewerNotebookError' || error.name === 'VersionError');
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Margin could not open this notebook</h1>
      <p role="alert">
        {newer
          ? 'The notebook was last opened by a newer version of Margin. Update Margin to open it; nothing has been changed.'
          : `The notebook’s database could not be opened (${error instanceof Error ? error.message : String(error)}). Nothing has been deleted.`}
      </p>
      <h2>Automatic backups</h2>
      {backups === null && <p>Looking for automatic backups…</p>}
      {backups?.length === 0 && <p>There are no automatic backups in this browser profile.</p>}
      {backups && backups.length > 0 && (
        <>
          <p>Save one as a file, then use “Restore notebook” in a working Margin (this one after updating, or another profile or machine).</p>
          <ul>
            {backups.map((backup) => {
              const when = new Date(backup.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
              const label = `${when}, ${backup.reason === 'scheduled' ? 'scheduled' : 'before an upgrade'}`;
              return (
                <li key={backup.id}>
                  {label}{' '}
                  <button
                    type="button"
                    onClick={() =>
                      void automaticBackupBytes(backup)
                        .then((bytes) => saveFile({ suggestedName: backupFileName(new Date(backup.createdAt)), bytes, extensions: ['margin-backup'] }, 'application/json'))
                        .then((result) => setSaved(result.saved ? `Saved ${result.path}.` : null))
                    }
                  >
                    Save backup of {when}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status">{saved}</p>
    </main>
  );
}
