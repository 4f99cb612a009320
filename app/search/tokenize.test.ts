import { describe, expect, it } from 'vitest';
import { forEachWord, tokenize } from './tokenize';

const words = (text: string) => tokenize(text).map(({ start, end }) => text.slice(start, end));

describe('tokenize', () => {
  it('splits on spaces and punctuation, keeping offsets', () => {
    const text = 'Tokayev, the president — said: "without warning".';
    expect(words(text)).toEqual(['Tokayev', 'the', 'president', 'said', 'without', 'warning']);
    expect(tokenize(text)[0]).toEqual({ start: 0, end: 7 });
  });

  it('reads Cyrillic, diacritics and apostrophes inside words', () => {
    expect(words('Тоқаев и Назарбаев; Jañaözen, Kazakhstan’s O\'zbekiston')).toEqual([
      'Тоқаев', 'и', 'Назарбаев', 'Jañaözen', 'Kazakhstan’s', "O'zbekiston",
    ]);
  });

  it('splits numbers at separators and hyphens, and says which words a hyphen joins', () => {
    const joined: string[] = [];
    const text = 'more than 10,000 in Nur-Sultan - not here';
    forEachWord(text, (start, end, isJoined) => isJoined && joined.push(text.slice(start, end)));
    expect(words(text)).toEqual(['more', 'than', '10', '000', 'in', 'Nur', 'Sultan', 'not', 'here']);
    expect(joined).toEqual(['Sultan']);
  });

  it('reads only the given range', () => {
    const text = 'skip this keep that';
    const seen: string[] = [];
    forEachWord(text, (start, end) => seen.push(text.slice(start, end)), 10, 19);
    expect(seen).toEqual(['keep', 'that']);
  });
});
