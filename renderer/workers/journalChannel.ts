import { onSearchJournalWritten } from '../storage/searchJournal';

// Every window (web tab) runs its own search worker over the one database. A window's writes
// reach its own worker through the search client; this channel tells the workers of the other
// windows too, so a source imported in one window is found by a search in another.

const CHANNEL = 'margin:search-journal';

/** In a window: announces every committed transaction that wrote journal lines. Returns a stop function. */
export function announceJournalWrites(): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  const stop = onSearchJournalWritten(() => channel.postMessage('written'));
  return () => {
    stop();
    channel.close();
  };
}

/**
 * In a search worker: calls `listener` when any window wrote journal lines, once per burst
 * (an import of many files is many transactions). Returns a stop function.
 */
export function onJournalAnnounced(listener: () => void, burstMs = 50): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  let timer: ReturnType<typeof setTimeout> | null = null;
  channel.onmessage = () => {
    timer ??= setTimeout(() => {
      timer = null;
      listener();
    }, burstMs);
  };
  return () => {
    if (timer) clearTimeout(timer);
    channel.close();
  };
}
