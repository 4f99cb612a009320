import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { RecoveryScreen } from './features/backup/RecoveryScreen';
import { backUpBeforeUpgrade, NewerNotebookError, openAutomaticBackupStore, startAutomaticBackups } from './storage/backupAutomatic';
import { bundledCorpus } from './storage/bundledCorpus';
import { db } from './storage/database';
import { DATABASE_NAME } from './storage/schema';
import { seedCorpusOnce } from './storage/seedCorpus';
import { ensureSourceSummaries } from './storage/sourceSummaries';
import './styles/app.css';

async function start(): Promise<void> {
  // Ask the browser not to evict the notebook under storage pressure (best effort).
  void navigator.storage?.persist?.().catch(() => false);
  const backups = openAutomaticBackupStore();
  // Keep the notebook as the older version wrote it before this version upgrades it.
  await backUpBeforeUpgrade(DATABASE_NAME, backups).catch((error: unknown) => {
    // A notebook from a newer Margin stops here; a failed backup only warns.
    if (error instanceof NewerNotebookError) throw error;
    console.warn('No backup before the upgrade:', error);
  });
  await seedCorpusOnce(db, bundledCorpus());
  // In the background: counting 100,000 sources is not worth a slower start (the list follows).
  void ensureSourceSummaries(db).catch((error: unknown) => console.warn('Source summaries not checked:', error));
  startAutomaticBackups(db, backups);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // The database would not open: explain, offer the automatic backups, never delete anything.
  console.error(error);
  createRoot(document.getElementById('root')!).render(<RecoveryScreen error={error} />);
});
