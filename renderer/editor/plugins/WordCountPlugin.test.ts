import { describe, expect, it } from 'vitest';

import { countWords } from './WordCountPlugin';

describe('countWords', () => {
  it('counts words as a reader would, numbers and contractions included', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Accounts of the death toll differ.')).toBe(6);
    expect(countWords('“About 16,000 people” were arrested — RFE/RL’s count, 2022-01-05.')).toBe(9);
    expect(countWords('Nur-Sultan isn’t Almaty')).toBe(3);
    expect(countWords('Тоқаев сказал')).toBe(2);
  });
});
