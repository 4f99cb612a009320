/// <reference lib="webworker" />
// The backup worker: reads the whole notebook and writes it as one backup file away from the UI
// thread. With 20,000 sources that froze the window for 3 s on the UI thread (measured, see
// docs/performance.md). One worker per backup: when it ends, the memory the rows took goes too.
import { openAutomaticBackupStore, storeScheduledBackup } from '../storage/backupAutomatic';
import { createBackupFile } from '../storage/backupFile';
import { db } from '../storage/database';
import { ALIVE_EVERY_MS, type BackupWorkerRequest, type BackupWorkerResponse } from './backupProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BackupWorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function answer({ createdAt, storeIn }: BackupWorkerRequest): Promise<void> {
  const now = new Date(createdAt);
  if (storeIn === undefined) {
    const { fileName, counts, bytes } = await createBackupFile(db, now);
    post({ type: 'created', fileName, counts, bytes }, [bytes.buffer]);
    return;
  }
  const store = openAutomaticBackupStore(storeIn);
  try {
    await storeScheduledBackup(db, store, now);
  } finally {
    store.close();
  }
  post({ type: 'stored' });
}

scope.addEventListener('message', (event: MessageEvent<BackupWorkerRequest>) => {
  const alive = setInterval(() => post({ type: 'alive' }), ALIVE_EVERY_MS);
  answer(event.data)
    .catch((error: unknown) =>
      post({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => {
      clearInterval(alive);
      db.close();
    });
});
