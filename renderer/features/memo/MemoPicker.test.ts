import { describe, expect, test } from 'vitest';
import type { Memo } from '../../../app/model/types';
import { memosMatching } from './MemoPicker';

const memo = (id: string, title: string): Memo =>
  ({
    id,
    title,
    content: null,
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
  }) as unknown as Memo;

const memos = [
  memo('m1', 'Death toll in Almaty'),
  memo('m2', 'Arrests: Qaragandy and Almaty'),
  memo('m3', '  '),
];

describe('memosMatching', () => {
  test('every word typed must be in the title, in any case and order', () => {
    expect(memosMatching(memos, 'almaty').map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(memosMatching(memos, 'ALMATY arrests').map((m) => m.id)).toEqual(['m2']);
  });

  test('an empty filter keeps every memo; an untitled memo is found as "Untitled memo"', () => {
    expect(memosMatching(memos, '   ')).toHaveLength(3);
    expect(memosMatching(memos, 'untitled').map((m) => m.id)).toEqual(['m3']);
  });

  test('accents are ignored', () => {
    expect(memosMatching([memo('m4', 'Qarağandy')], 'qaragandy').map((m) => m.id)).toEqual(['m4']);
  });
});
