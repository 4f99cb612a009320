// A restore writes memos as the backup holds them, stamps included — stamps that the pane of an
// open memo may have written itself earlier in the session, so the pane cannot tell the restore
// from its own save echoing back. A restore therefore says that it happened: in this window, and
// through a BroadcastChannel in the others.

const CHANNEL = 'margin:notebook-restored';
/** This window, so that it hears its own restores once (a channel also delivers to its own other ends). */
const THIS_WINDOW = crypto.randomUUID();
const listeners = new Set<() => void>();

/** Tells every window that a restore replaced or merged into the notebook. */
export function announceNotebookRestored(): void {
  listeners.forEach((listener) => listener());
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(THIS_WINDOW);
  channel.close();
}

/** Calls `listener` after a restore in this window or another. Returns the function that stops. */
export function onNotebookRestored(listener: () => void): () => void {
  listeners.add(listener);
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  if (channel) channel.onmessage = (event: MessageEvent) => event.data !== THIS_WINDOW && listener();
  return () => {
    listeners.delete(listener);
    channel?.close();
  };
}
