import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'saving' | 'error';

/**
 * Writes every change as it comes, without queueing a write per keystroke: while one write is in
 * flight only the newest value waits, and it is written as soon as the first completes. Nothing is
 * held back by a debounce timer, so a reload right after typing loses nothing that reached here.
 */
export function useLatestWriter<T>(write: (value: T) => Promise<void>): { save: (value: T) => void; state: SaveState } {
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<{ value: T } | null>(null);
  const running = useRef(false);
  const writeRef = useRef(write);
  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      while (pending.current) {
        const { value } = pending.current;
        pending.current = null;
        await writeRef.current(value);
      }
      setState('saved');
    } catch (error) {
      console.error('Saving the memo failed', error);
      setState('error');
    } finally {
      running.current = false;
    }
  }, []);

  const save = useCallback(
    (value: T) => {
      pending.current = { value };
      setState('saving');
      void drain();
    },
    [drain],
  );
  return { save, state };
}
