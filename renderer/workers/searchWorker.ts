/// <reference lib="webworker" />
// The search worker: owns the index so indexing and queries never hold up the UI thread.
import { db } from '../storage/database';
import { onJournalAnnounced } from './journalChannel';
import type { SearchWorkerRequest, SearchWorkerResponse } from './searchProtocol';
import { SearchService } from './searchService';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchWorkerResponse) => scope.postMessage(message);

/**
 * Resolves once this window's worker may store the index: one window's at a time, held until the
 * window closes (the browser then grants it to a waiting one). Without Web Locks every worker
 * stores, which searchStore.ts keeps safe on its own.
 */
function indexWriterLock(): Promise<void> | undefined {
  const locks = scope.navigator.locks as LockManager | undefined;
  if (!locks) return undefined;
  return new Promise((granted) => {
    void locks.request('margin:search-index-writer', () => {
      granted();
      return new Promise<never>(() => undefined);
    });
  });
}

const service = new SearchService(db, (status) => post({ type: 'status', status }), undefined, indexWriterLock());
// Writes made in other windows (this window's own come as 'sync' from the search client).
onJournalAnnounced(() => void service.sync());

scope.addEventListener('message', (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'sync') void service.sync();
  else if (request.type === 'flush') void service.flush();
  else {
    const started = performance.now();
    service.search(request).then(
      (results) => post({ type: 'results', id: request.id, results, tookMs: performance.now() - started }),
      (error: unknown) => post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }),
    );
  }
});
