import { describe, expect, it } from 'vitest';

import { splitIntoRuns } from './runs';

describe('splitIntoRuns', () => {
  it('returns one plain run for a paragraph without highlights', () => {
    expect(splitIntoRuns(10, 20, [])).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it('splits around one highlight', () => {
    expect(splitIntoRuns(0, 30, [{ id: 'hl_a', start: 5, end: 12 }])).toEqual([
      { start: 0, end: 5, ids: [] },
      { start: 5, end: 12, ids: ['hl_a'] },
      { start: 12, end: 30, ids: [] },
    ]);
  });

  it('gives overlapping parts every id that covers them', () => {
    const runs = splitIntoRuns(0, 20, [
      { id: 'hl_a', start: 2, end: 10 },
      { id: 'hl_b', start: 6, end: 15 },
    ]);
    expect(runs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: ['hl_a'] },
      { start: 6, end: 10, ids: ['hl_a', 'hl_b'] },
      { start: 10, end: 15, ids: ['hl_b'] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it('handles a highlight nested inside another', () => {
    expect(
      splitIntoRuns(0, 10, [
        { id: 'outer', start: 0, end: 10 },
        { id: 'inner', start: 3, end: 5 },
      ]),
    ).toEqual([
      { start: 0, end: 3, ids: ['outer'] },
      { start: 3, end: 5, ids: ['outer', 'inner'] },
      { start: 5, end: 10, ids: ['outer'] },
    ]);
  });

  it('clips highlights that run past the paragraph and ignores ones elsewhere', () => {
    expect(
      splitIntoRuns(100, 110, [
        { id: 'spans-two', start: 90, end: 104 },
        { id: 'elsewhere', start: 0, end: 50 },
        { id: 'empty', start: 105, end: 105 },
      ]),
    ).toEqual([
      { start: 100, end: 104, ids: ['spans-two'] },
      { start: 104, end: 110, ids: [] },
    ]);
  });

  it('covers the span exactly, with no gaps', () => {
    const runs = splitIntoRuns(0, 50, [
      { id: 'a', start: 3, end: 40 },
      { id: 'b', start: 3, end: 40 },
      { id: 'c', start: 20, end: 45 },
      { id: 'd', start: 44, end: 60 },
    ]);
    expect(runs[0]?.start).toBe(0);
    expect(runs[runs.length - 1]?.end).toBe(50);
    runs.forEach((run, i) => {
      if (i > 0) expect(run.start).toBe(runs[i - 1]?.end);
    });
    expect(runs.find((run) => run.start === 20)?.ids).toEqual(['a', 'b', 'c']);
  });

  it('returns nothing for an empty span', () => {
    expect(splitIntoRuns(5, 5, [{ id: 'a', start: 0, end: 10 }])).toEqual([]);
  });
});
