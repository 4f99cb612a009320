import { useEffect, useState } from 'react';

export type SaveState = 'saved' | 'saving' | 'error';

/** Writes the newest value of each key given to it; see `createLatestWriter`. */
export interface LatestWriter<T> {
  /** A change of `key` is on its way: the state is "saving" until it is given and written. */
  expect(key: string): void;
  /**
   * Queues `value` as the newest for `key` (a memo id) and writes it as soon as it can; with
   * `now` (the page is being left), writes it at once, beside a write in flight: the database
   * applies the two in the order they were made, and a page being closed may not wait for the first.
   */
  save(key: string, value: T, now?: boolean): void;
  /** Calls `show` with the save state now and on every change; returns the function that stops. */
  watch(show: (state: SaveState) => void): () => void;
}

/**
 * Writes every change as it comes, without queueing a write per keystroke: while one write is in
 * flight only the newest value of each key waits, and it is written as soon as the write before
 * completes. Nothing is held back by a debounce timer, so a reload right after typing loses
 * nothing that reached here. Values wait by key, so a memo's last change is written to that memo
 * even when another one opened meanwhile.
 */
export function createLatestWriter<T>(
  initialWrite: (key: string, value: T) => Promise<void>,
): LatestWriter<T> & { writeWith(write: (key: string, value: T) => Promise<void>): void } {
  let write = initialWrite;
  let state: SaveState = 'saved';
  const pending = new Map<string, T>();
  const expected = new Set<string>();
  let running = false;
  const watchers = new Set<(state: SaveState) => void>();
  const setState = (next: SaveState) => {
    if (next === state) return;
    state = next;
    watchers.forEach((show) => show(state));
  };

  const drain = async () => {
    if (running) return;
    running = true;
    try {
      for (let next = first(pending); next !== undefined; next = first(pending)) {
        const [key, value] = next;
        pending.delete(key);
        await write(key, value);
      }
      if (expected.size === 0) setState('saved');
    } catch (error) {
      console.error('Saving the memo failed', error);
      setState('error');
    } finally {
      running = false;
    }
  };

  return {
    expect(key) {
      expected.add(key);
      setState('saving');
    },
    save(key, value, now = false) {
      expected.delete(key);
      setState('saving');
      if (now && running) {
        pending.delete(key);
        write(key, value).then(
          () => {
            if (!running && pending.size === 0 && expected.size === 0) setState('saved');
          },
          (error: unknown) => {
            console.error('Saving the memo failed', error);
            setState('error');
          },
        );
        return;
      }
      pending.set(key, value);
      void drain();
    },
    watch(show) {
      watchers.add(show);
      show(state);
      return () => watchers.delete(show);
    },
    writeWith(next) {
      write = next;
    },
  };
}

function first<K, V>(map: ReadonlyMap<K, V>): [K, V] | undefined {
  return map.entries().next().value;
}

/**
 * A latest-value writer for a component (see `createLatestWriter`). Its save state is watched,
 * not held in React state: it changes twice per keystroke, and every React commit costs a
 * focused memo editor a pass over its whole DOM (see WordCountPlugin).
 */
export function useLatestWriter<T>(write: (key: string, value: T) => Promise<void>): LatestWriter<T> {
  const [writer] = useState(() => createLatestWriter(write));
  useEffect(() => writer.writeWith(write), [writer, write]);
  return writer;
}
