import { describe, expect, it } from 'vitest';
import { createWriteStamps } from './writeStamps';

describe('write stamps', () => {
  it('tell the pane its own writes echoing back from writes made elsewhere', () => {
    const clock = Date.parse('2026-11-22T10:00:00.000Z');
    const stamps = createWriteStamps(() => clock);
    const first = stamps.next('memo_a');
    // A second write in the same millisecond gets a stamp of its own.
    const second = stamps.next('memo_a');
    expect(second > first).toBe(true);
    // The list may still show the first write while the second is on its way: both are its own.
    expect(stamps.isOwn('memo_a', first)).toBe(true);
    expect(stamps.isOwn('memo_a', second)).toBe(true);
    // Another window's write, and this pane's stamp for another memo.
    expect(stamps.isOwn('memo_a', '2026-11-22T10:00:00.500Z')).toBe(false);
    expect(stamps.isOwn('memo_a', stamps.next('memo_b'))).toBe(false);
  });
});
