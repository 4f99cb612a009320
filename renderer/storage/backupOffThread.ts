import type { BackupWorkerRequest, BackupWorkerResponse } from '../workers/backupProtocol';
import { AUTOMATIC_BACKUPS_DATABASE } from './backupAutomatic';
import { createBackupFile, type BackupFile } from './backupFile';
import { db } from './database';

// Backups written by a worker, so the window stays responsive: reading and encoding a notebook
// of 100,000 sources takes seconds.

/** Runs one request in a fresh worker; rejects with its error, name and message kept. */
function askBackupWorker(request: BackupWorkerRequest): Promise<Extract<BackupWorkerResponse, { type: 'created' }>> {
  const worker = new Worker(new URL('../workers/backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
  return new Promise<Extract<BackupWorkerResponse, { type: 'created' }>>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<BackupWorkerResponse>) => {
      const answer = event.data;
      // The name survives the trip: a `QuotaExceededError` stays one for `isQuotaExceeded`.
      if (answer.type === 'created') resolve(answer);
      else reject(Object.assign(new Error(answer.message), { name: answer.name }));
    });
    // A worker that fails to load (or runs out of memory) says so here, not in a message.
    worker.addEventListener('error', (event) => reject(new Error(`The backup could not be written: ${event.message || 'the backup worker stopped'}.`)));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** The whole notebook as one backup file (Back up notebook); written here where there are no workers (Node). */
export async function createBackupFileOffThread(now = new Date()): Promise<BackupFile> {
  if (typeof Worker === 'undefined') return createBackupFile(db, now);
  const { fileName, counts, bytes } = await askBackupWorker({ createdAt: now.toISOString() });
  if (!bytes) throw new Error('The backup worker sent no file.');
  return { fileName, counts, bytes };
}

/** A scheduled automatic backup, written and stored by the worker (see startAutomaticBackups). */
export async function storeScheduledBackupOffThread(now: Date): Promise<void> {
  await askBackupWorker({ createdAt: now.toISOString(), storeIn: AUTOMATIC_BACKUPS_DATABASE });
}
