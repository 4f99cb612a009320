/// <reference lib="webworker" />
// The search worker: owns the index so indexing and queries never hold up the UI thread.
import { db } from '../storage/database';
import type { SearchWorkerRequest, SearchWorkerResponse } from './searchProtocol';
import { SearchService } from './searchService';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SearchWorkerResponse) => scope.postMessage(message);
const service = new SearchService(db, (status) => post({ type: 'status', status }));

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
