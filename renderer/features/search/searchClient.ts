import type { SearchResults } from '../../../app/search';
import { onSearchJournalWritten } from '../../storage/searchJournal';
import type {
  SearchRequest,
  SearchStatus,
  SearchWorkerRequest,
  SearchWorkerResponse,
} from '../../workers/searchProtocol';

// The UI's side of the search worker: one worker for the window, started on first use, told to
// read the journal whenever a write committed, asked queries by number (answers may arrive after
// a newer query was asked; the caller keeps the latest).

export interface SearchAnswer {
  readonly results: SearchResults;
  readonly tookMs: number;
}

let worker: Worker | null = null;
let status: SearchStatus = { state: 'opening' };
let nextId = 1;
let syncTimer: ReturnType<typeof setTimeout> | null = null;
const pending = new Map<
  number,
  { resolve: (answer: SearchAnswer) => void; reject: (error: Error) => void }
>();
const statusListeners = new Set<(status: SearchStatus) => void>();

function post(message: SearchWorkerRequest): void {
  start().postMessage(message);
}

/** Starts the worker (idempotent): it opens or builds the index at once, before any query. */
export function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../workers/searchWorker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  worker.addEventListener('message', (event: MessageEvent<SearchWorkerResponse>) => {
    const message = event.data;
    if (message.type === 'status') {
      status = message.status;
      statusListeners.forEach((listener) => listener(status));
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'results')
      waiting?.resolve({ results: message.results, tookMs: message.tookMs });
    else waiting?.reject(new Error(message.message));
  });
  // Writes come in bursts (an import of many files): one sync per burst is enough.
  onSearchJournalWritten(() => {
    if (syncTimer) return;
    syncTimer = setTimeout(() => {
      syncTimer = null;
      post({ type: 'sync' });
    }, 50);
  });
  // Store what the index learned since its last save; the journal covers it if this is cut short.
  addEventListener('pagehide', () => post({ type: 'flush' }));
  return worker;
}

/** Asks the worker; resolves with the results and the time the worker took. */
export function searchNotebook(request: SearchRequest): Promise<SearchAnswer> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'search', id, ...request });
  });
}

export function searchStatus(): SearchStatus {
  return status;
}

export function onSearchStatus(listener: (status: SearchStatus) => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}
