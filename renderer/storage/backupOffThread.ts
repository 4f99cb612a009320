import type { BackupWorkerRequest, BackupWorkerResponse } from '../workers/backupProtocol';
import { AUTOMATIC_BACKUPS_DATABASE } from './backupAutomatic';
import type { BackupFile } from './backupFile';

// Backups written by a worker, so the window stays responsive: reading and encoding a notebook
// of 100,000 sources takes seconds.

type Answer = Exclude<BackupWorkerResponse, { type: 'failed' }>;

/** Runs one request in a fresh worker; rejects with its error, name and message kept. */
function askBackupWorker(request: BackupWorkerRequest): Promise<Answer> {
  const worker = new Worker(new URL('../workers/backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
  return new Promise<Answer>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<BackupWorkerResponse>) => {
      const answer = event.data;
      // The name survives the trip: a `QuotaExceededError` stays one for `isQuotaExceeded`.
      if (answer.type !== 'failed') resolve(answer);
      else reject(Object.assign(new Error(answer.message), { name: answer.name }));
    });
    // A worker that fails to load (or runs out of memory) says so here, not in a message.
    worker.addEventListener('error', (event) => reject(new Error(`The backup could not be written: ${event.message || 'the backup worker stopped'}.`)));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** The whole notebook as one backup file (Back up notebook). */
export async function createBackupFileOffThread(now = new Date()): Promise<BackupFile> {
  const answer = await askBackupWorker({ createdAt: now.toISOString() });
  if (answer.type !== 'created') throw new Error('The backup worker sent no file.');
  return { fileName: answer.fileName, counts: answer.counts, bytes: answer.bytes };
}

/** A scheduled automatic backup, written and stored by the worker (see startAutomaticBackups). */
export async function storeScheduledBackupOffThread(now: Date): Promise<void> {
  await askBackupWorker({ createdAt: now.toISOString(), storeIn: AUTOMATIC_BACKUPS_DATABASE });
}
