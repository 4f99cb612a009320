import { describe, expect, it } from 'vitest';
import type { Block } from '../../../app/model/types';
import { highlightsByBlock, sameHighlights, type AnchoredHighlight } from './blockHighlights';

// Three paragraphs separated by blank lines: [0, 10) [12, 20) [22, 40).
const blocks: readonly Block[] = [
  { start: 0, end: 10, kind: 'body' },
  { start: 12, end: 20, kind: 'boilerplate' },
  { start: 22, end: 40, kind: 'body' },
];

const highlight = (id: string, start: number, end: number, color = 'yellow'): AnchoredHighlight => ({ id, start, end, color });

describe('highlightsByBlock', () => {
  it('puts each highlight under the paragraph it lies in, and leaves bare paragraphs out', () => {
    const a = highlight('hl_a', 2, 5);
    const b = highlight('hl_b', 25, 30);
    const grouped = highlightsByBlock(blocks, [a, b]);
    expect([...grouped.keys()]).toEqual([0, 22]);
    expect(grouped.get(0)).toEqual([a]);
    expect(grouped.get(22)).toEqual([b]);
  });

  it('puts a passage running over several paragraphs under each of them', () => {
    const long = highlight('hl_long', 8, 24);
    const grouped = highlightsByBlock(blocks, [long]);
    expect(grouped.get(0)).toEqual([long]);
    expect(grouped.get(12)).toEqual([long]);
    expect(grouped.get(22)).toEqual([long]);
  });

  it('keeps the order the highlights were given (the last one names a nested run)', () => {
    const outer = highlight('hl_outer', 22, 40);
    const inner = highlight('hl_inner', 25, 28);
    expect(highlightsByBlock(blocks, [inner, outer]).get(22)).toEqual([inner, outer]);
    expect(highlightsByBlock(blocks, [outer, inner]).get(22)).toEqual([outer, inner]);
  });

  it('ignores passages touching a paragraph only at its edge or lying in a gap', () => {
    const grouped = highlightsByBlock(blocks, [highlight('hl_gap', 10, 12), highlight('hl_edge', 20, 22)]);
    expect(grouped.size).toBe(0);
  });

});

describe('sameHighlights', () => {
  it('is true for equal placements in new objects, false when one moves, changes colour or is added', () => {
    const list = [highlight('hl_a', 2, 5), highlight('hl_b', 25, 30)];
    expect(sameHighlights(list, [highlight('hl_a', 2, 5), highlight('hl_b', 25, 30)])).toBe(true);
    expect(sameHighlights(list, [highlight('hl_a', 2, 6), highlight('hl_b', 25, 30)])).toBe(false);
    expect(sameHighlights(list, [highlight('hl_a', 2, 5, 'green'), highlight('hl_b', 25, 30)])).toBe(false);
    expect(sameHighlights(list, [...list, highlight('hl_c', 32, 35)])).toBe(false);
    expect(sameHighlights(list, [highlight('hl_b', 25, 30), highlight('hl_a', 2, 5)])).toBe(false);
  });
});
