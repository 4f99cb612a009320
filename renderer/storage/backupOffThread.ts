import { ALIVE_EVERY_MS, type BackupWorkerRequest, type BackupWorkerResponse } from '../workers/backupProtocol';
import { AUTOMATIC_BACKUPS_DATABASE } from './backupAutomatic';
import type { BackupFile } from './backupFile';

// Backups written by a worker, so the window stays responsive: reading and encoding a notebook
// of 100,000 sources takes seconds.

type Answer = Exclude<BackupWorkerResponse, { type: 'failed' } | { type: 'alive' }>;

/** The part of a Worker used here (a test passes its own). */
export type BackupWorkerLike = Pick<Worker, 'addEventListener' | 'postMessage' | 'terminate'>;

const startBackupWorker = (): BackupWorkerLike => new Worker(new URL('../workers/backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });

/**
 * Runs one request in a fresh worker; rejects with its error, name and message kept. A worker
 * that says nothing for `silentMs` (it says it is alive every 5 s) has died without an error
 * event (out of memory): the backup fails with that said, instead of "Backing up…" forever.
 */
export function askBackupWorker(request: BackupWorkerRequest, start: () => BackupWorkerLike = startBackupWorker, silentMs = 12 * ALIVE_EVERY_MS): Promise<Answer> {
  const worker = start();
  let silence: ReturnType<typeof setTimeout> | undefined;
  return new Promise<Answer>((resolve, reject) => {
    const listen = () => {
      clearTimeout(silence);
      silence = setTimeout(() => reject(new Error('The backup could not be written: the backup worker stopped answering (the notebook may be too large for the memory left).')), silentMs);
    };
    worker.addEventListener('message', (event: MessageEvent<BackupWorkerResponse>) => {
      const answer = event.data;
      if (answer.type === 'alive') return listen();
      // The name survives the trip: a `QuotaExceededError` stays one for `isQuotaExceeded`.
      if (answer.type !== 'failed') resolve(answer);
      else reject(Object.assign(new Error(answer.message), { name: answer.name }));
    });
    // A worker that fails to load (or throws outside the request) says so here, not in a message.
    worker.addEventListener('error', (event) => reject(new Error(`The backup could not be written: ${(event as ErrorEvent).message || 'the backup worker stopped'}.`)));
    listen();
    worker.postMessage(request);
  }).finally(() => {
    clearTimeout(silence);
    worker.terminate();
  });
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
