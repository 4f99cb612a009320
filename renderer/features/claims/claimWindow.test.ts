import { describe, expect, it } from 'vitest';
import {
  anchorAt,
  DEFAULT_ROW_HEIGHT,
  estimateRowHeight,
  rowAt,
  rowOffsets,
  rowsInView,
  scrollTopFor,
} from './claimWindow';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `clm_${i}`);

describe('the windowed Claims list', () => {
  it('places claims by their measured heights and guesses the rest from the mean', () => {
    const measured = new Map([
      ['clm_0', 100],
      ['clm_2', 200],
    ]);
    const estimate = estimateRowHeight(measured);
    expect(estimate).toBe(150);
    expect([...rowOffsets(ids(4), measured, estimate)]).toEqual([0, 100, 250, 450, 600]);
  });

  it('guesses a default height before any claim is measured', () => {
    expect(estimateRowHeight(new Map())).toBe(DEFAULT_ROW_HEIGHT);
    expect(rowOffsets([], new Map(), 150)).toEqual(new Float64Array([0]));
  });

  it('finds the claim under a point of the list', () => {
    const offsets = rowOffsets(ids(4), new Map([['clm_1', 50]]), 100); // 0 100 150 250 350
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 99.9)).toBe(0);
    expect(rowAt(offsets, 100)).toBe(1);
    expect(rowAt(offsets, 149)).toBe(1);
    expect(rowAt(offsets, 300)).toBe(3);
    expect(rowAt(offsets, 10_000)).toBe(3);
  });

  it('draws the claims in view and a few either side, never past the ends', () => {
    const offsets = rowOffsets(ids(20_000), new Map(), 150);
    // 600 px from 15,000 px: claims 100 to 103 are in view.
    expect(rowsInView(offsets, 15_000, 600, 4)).toEqual({ first: 96, last: 108 });
    expect(rowsInView(offsets, 0, 600, 4)).toEqual({ first: 0, last: 8 });
    const bottom = offsets[20_000]! - 600;
    expect(rowsInView(offsets, bottom, 600, 4)).toEqual({ first: 19_992, last: 20_000 });
    expect(rowsInView(rowOffsets([], new Map(), 150), 0, 600, 4)).toEqual({ first: 0, last: 0 });
  });

  it('counts a claim that only peeks into view', () => {
    const offsets = rowOffsets(ids(10), new Map(), 100);
    expect(rowsInView(offsets, 50, 100, 0)).toEqual({ first: 0, last: 2 });
    expect(rowsInView(offsets, 100, 100, 0)).toEqual({ first: 1, last: 2 });
  });

  it('keeps the claim at the top where it was when claims above it are measured', () => {
    const list = ids(1_000);
    const measured = new Map<string, number>();
    const before = rowOffsets(list, measured, 150);
    const anchor = anchorAt(list, before, 150 * 500 + 40, 600)!;
    expect(anchor).toEqual({ id: 'clm_500', within: 40, atEnd: false });

    // The two claims drawn above the view turn out taller than guessed.
    measured.set('clm_498', 300).set('clm_499', 250);
    const after = rowOffsets(list, measured, 150);
    const indexOf = new Map(list.map((id, i) => [id, i] as const));
    expect(scrollTopFor(anchor, indexOf, after, 600)).toBe(150 * 500 + 250 + 40);
  });

  it('keeps the claim at the top when a claim above it is deleted, and lets go when it is gone', () => {
    const list = ids(10);
    const offsets = rowOffsets(list, new Map(), 100);
    const anchor = anchorAt(list, offsets, 520, 300)!;
    const fewer = list.filter((id) => id !== 'clm_2');
    const indexOf = new Map(fewer.map((id, i) => [id, i] as const));
    expect(scrollTopFor(anchor, indexOf, rowOffsets(fewer, new Map(), 100), 300)).toBe(420);

    const withoutAnchor = list.filter((id) => id !== 'clm_5');
    const gone = new Map(withoutAnchor.map((id, i) => [id, i] as const));
    expect(scrollTopFor(anchor, gone, rowOffsets(withoutAnchor, new Map(), 100), 300)).toBeNull();
    expect(anchorAt([], new Float64Array([0]), 0, 300)).toBeNull();
  });

  it('stays at the end when scrolled to the end and the last claims turn out taller', () => {
    const list = ids(300);
    const measured = new Map<string, number>();
    const before = rowOffsets(list, measured, 150); // 45,000 px
    const anchor = anchorAt(list, before, 45_000 - 600, 600)!;
    expect(anchor.atEnd).toBe(true);
    for (const id of list.slice(-8)) measured.set(id, 240);
    const after = rowOffsets(list, measured, estimateRowHeight(measured));
    const indexOf = new Map(list.map((id, i) => [id, i] as const));
    expect(scrollTopFor(anchor, indexOf, after, 600)).toBe(after[300]! - 600);
    // At the top is not at the end, even for a list shorter than the box.
    expect(anchorAt(list.slice(0, 2), before, 0, 600)!.atEnd).toBe(false);
  });
});
