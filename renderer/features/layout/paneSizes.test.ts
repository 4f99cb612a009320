import { describe, expect, it } from 'vitest';
import { clampPane, DEFAULT_PANE_SIZES, parsePaneSizes } from './paneSizes';

describe('pane sizes', () => {
  it('keeps each side pane between its limits', () => {
    expect(clampPane('sources', 10)).toBe(200);
    expect(clampPane('sources', 5000)).toBe(520);
    expect(clampPane('memo', 333.4)).toBe(333);
  });

  it('reads remembered sizes, clamped, and refuses anything else', () => {
    expect(parsePaneSizes({ sources: 250, memo: 9999 })).toEqual({ sources: 250, memo: 760 });
    expect(parsePaneSizes({ sources: '250', memo: 400 })).toBeNull();
    expect(parsePaneSizes({ sources: Number.NaN, memo: 400 })).toBeNull();
    expect(parsePaneSizes(null)).toBeNull();
    expect(parsePaneSizes(DEFAULT_PANE_SIZES)).toEqual(DEFAULT_PANE_SIZES);
  });
});
