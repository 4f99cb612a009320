import { describe, expect, it } from 'vitest';

import { countWords, createWordCounter } from './WordCountPlugin';

describe('countWords', () => {
  it('counts words as a reader would, numbers and contractions included', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Accounts of the death toll differ.')).toBe(6);
    expect(countWords('“About 16,000 people” were arrested — RFE/RL’s count, 2022-01-05.')).toBe(9);
    expect(countWords('Nur-Sultan isn’t Almaty')).toBe(3);
    expect(countWords('Тоқаев сказал')).toBe(2);
  });
});

describe('createWordCounter', () => {
  it('counts a long memo edited a keystroke at a time exactly as countWords does', () => {
    const count = createWordCounter();
    const blocks = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: “about 16,000” arrests, Nur-Sultan.`);
    let text = blocks.join('\n\n');
    expect(count(text)).toBe(countWords(text));
    for (const typed of [' more', ' words', '\n\nA new paragraph', '']) {
      text = `${text.slice(0, 400)}${typed}${text.slice(400)}`;
      expect(count(text)).toBe(countWords(text));
    }
    // Blocks that repeat, and a memo emptied.
    expect(count(`${blocks[0]}\n\n${blocks[0]}`)).toBe(2 * countWords(blocks[0]!));
    expect(count('')).toBe(0);
  });
});
