import { describe, expect, test } from 'vitest';
import { createLatestWriter, type SaveState } from './useLatestWriter';

/** A write that completes when the test says so, recording what reached the "database". */
function slowDatabase() {
  const written: string[] = [];
  const waiting: (() => void)[] = [];
  const write = (key: string, value: string) =>
    new Promise<void>((resolve) => {
      waiting.push(() => {
        written.push(`${key}: ${value}`);
        resolve();
      });
    });
  const completeNext = async () => {
    waiting.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { written, write, completeNext };
}

/** A writer over `write`, with every save state it reports, in order. */
function watchedWriter(write: (key: string, value: string) => Promise<void>) {
  const writer = createLatestWriter(write);
  const states: SaveState[] = [];
  writer.watch((state) => states.push(state));
  return { writer, states };
}

describe('the latest-value writer', () => {
  test('writes the first change at once, then only the newest of those typed meanwhile', async () => {
    const database = slowDatabase();
    const { writer, states } = watchedWriter(database.write);
    writer.save('memo-a', 'C');
    writer.save('memo-a', 'Ca');
    writer.save('memo-a', 'Cas');
    await database.completeNext();
    await database.completeNext();
    expect(database.written).toEqual(['memo-a: C', 'memo-a: Cas']);
    expect(states).toEqual(['saved', 'saving', 'saved']);
  });

  test('a change handed over as the page is left is written at once, beside the write in flight', async () => {
    const database = slowDatabase();
    const calls: string[] = [];
    const { writer, states } = watchedWriter((key, value) => {
      calls.push(value);
      return database.write(key, value);
    });
    writer.save('memo-a', 'first cite');
    writer.save('memo-a', 'both cites', true);
    // Issued now, not when the first completes: the page may be gone by then.
    expect(calls).toEqual(['first cite', 'both cites']);
    await database.completeNext();
    await database.completeNext();
    expect(database.written).toEqual(['memo-a: first cite', 'memo-a: both cites']);
    expect(states.at(-1)).toBe('saved');
  });

  test('a memo’s last change reaches that memo even when another one opened meanwhile', async () => {
    const database = slowDatabase();
    const writer = createLatestWriter(database.write);
    writer.save('memo-a', 'first');
    writer.save('memo-a', 'last words in A');
    writer.save('memo-b', 'typed in B');
    for (let i = 0; i < 3; i += 1) await database.completeNext();
    expect(database.written).toEqual(['memo-a: first', 'memo-a: last words in A', 'memo-b: typed in B']);
  });

  test('says "saving" from the moment a change is expected until it is written', async () => {
    const database = slowDatabase();
    const { writer, states } = watchedWriter(database.write);
    writer.save('memo-a', 'first');
    writer.expect('memo-a'); // typed again; not handed over yet
    await database.completeNext();
    expect(states).toEqual(['saved', 'saving']);
    writer.save('memo-a', 'second');
    await database.completeNext();
    expect(database.written).toEqual(['memo-a: first', 'memo-a: second']);
    expect(states).toEqual(['saved', 'saving', 'saved']);
  });

  test('says so when a write fails', async () => {
    const { writer, states } = watchedWriter(() => Promise.reject(new Error('QuotaExceededError')));
    const quiet = console.error;
    console.error = () => {};
    writer.save('memo-a', 'text');
    await new Promise((resolve) => setTimeout(resolve, 0));
    console.error = quiet;
    expect(states).toEqual(['saved', 'saving', 'error']);
  });
});
