/**
 * The `updatedAt` stamps of the writes one memo pane made. A memo's summary changes with every
 * write; a stamp the pane made itself is its own save or rename echoing back (nothing to read
 * again or redraw), any other is a write made elsewhere (another window). A restore can bring
 * back a stamp of this pane too: it says so itself (notebookRestored.ts).
 */
export interface WriteStamps {
  /** A new stamp for a write about to be made to memo `id`, remembered as this pane's own. */
  next(id: string): string;
  isOwn(id: string, updatedAt: string): boolean;
}

export function createWriteStamps(now: () => number = Date.now): WriteStamps {
  const own = new Map<string, Set<string>>();
  let last = 0;
  return {
    next(id) {
      // Two writes in one millisecond: the later is stamped a millisecond on, to stay told apart.
      last = Math.max(now(), last + 1);
      const stamp = new Date(last).toISOString();
      own.set(id, (own.get(id) ?? new Set()).add(stamp));
      return stamp;
    },
    isOwn: (id, updatedAt) => own.get(id)?.has(updatedAt) ?? false,
  };
}
