import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { paragraphAt, paragraphOfRange } from './paragraph';
import { sourceFromText } from './testing/sourceFromText';

// Paragraph 0 repeats the headline and 7–8 are photo captions: the importer flags them.
const source = sourceFromText(
  readFileSync(new URL('../../corpus/001_31aec38b310682cc.txt', import.meta.url), 'utf8'),
  { boilerplate: [0, 7, 8] },
);
const { text, blocks } = source;
const at = (words: string): number => {
  const offset = text.indexOf(words);
  if (offset === -1) throw new Error(`"${words}" not in text`);
  return offset;
};

describe('paragraphAt', () => {
  it('numbers body paragraphs from 1, skipping the boilerplate headline', () => {
    expect(paragraphAt(blocks, at('Aset Abishev was one'))).toBe(1);
    expect(paragraphAt(blocks, at('torture conveyor'))).toBe(2);
    expect(paragraphAt(blocks, at('More than 160 people'))).toBe(6);
  });

  it('does not count the flagged captions', () => {
    // Tomiris is the 10th paragraph of the file but the 7th a reader sees.
    expect(paragraphAt(blocks, at('Tomiris Izgutdinova, a 20-year-old'))).toBe(7);
  });

  it('is null inside boilerplate, between paragraphs and outside the text', () => {
    expect(paragraphAt(blocks, at('Voices from Kazakhstan'))).toBeNull();
    expect(paragraphAt(blocks, at('Smoke rises as protesters'))).toBeNull();
    const firstBody = blocks[1];
    expect(firstBody).toBeDefined();
    expect(paragraphAt(blocks, firstBody?.end ?? 0)).toBeNull();
    expect(paragraphAt(blocks, firstBody?.start ?? 0)).toBe(1);
    expect(paragraphAt(blocks, (firstBody?.end ?? 0) - 1)).toBe(1);
    expect(paragraphAt(blocks, -1)).toBeNull();
    expect(paragraphAt(blocks, text.length)).toBeNull();
  });
});

describe('paragraphOfRange', () => {
  it('locates a passage by the first body paragraph it touches', () => {
    const start = at('torture conveyor');
    expect(paragraphOfRange(blocks, start, start + 16)).toBe(2);
    // A selection that starts in the blank line before paragraph 2 still belongs to it.
    const second = blocks[2];
    expect(paragraphOfRange(blocks, (second?.start ?? 0) - 1, (second?.start ?? 0) + 5)).toBe(2);
    // One that starts in a caption and runs into the body belongs to the body paragraph.
    expect(paragraphOfRange(blocks, at('Smoke rises as protesters'), at('Tomiris') + 7)).toBe(7);
  });

  it('is null for a passage entirely in boilerplate', () => {
    const start = at('Smoke rises as protesters');
    expect(paragraphOfRange(blocks, start, start + 11)).toBeNull();
  });
});
