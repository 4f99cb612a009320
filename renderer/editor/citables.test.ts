import { describe, expect, test } from 'vitest';
import { filterCitables, type CitablePassage } from './citables';

const killed: CitablePassage = {
  key: 'h1',
  quote: 'more than 160 people were killed',
  highlightId: 'h1',
  claimId: null,
  statement: null,
  sourceTitle: 'Kazakhstan unrest: what we know',
};
const arrests: CitablePassage = {
  key: 'c1',
  quote: 'about 16,000 people detained',
  highlightId: 'h2',
  claimId: 'c1',
  statement: 'Arrests after the January unrest',
  sourceTitle: 'Voices from Kazakhstan',
};

describe('filterCitables', () => {
  test('an empty query lists claims first, then highlights', () => {
    expect(filterCitables([killed, arrests], '  ').map((c) => c.key)).toEqual(['c1', 'h1']);
  });

  test('every word must appear in the quote, the statement or the source title', () => {
    expect(filterCitables([killed, arrests], 'KILLED know').map((c) => c.key)).toEqual(['h1']);
    expect(filterCitables([killed, arrests], 'arrests voices').map((c) => c.key)).toEqual(['c1']);
    expect(filterCitables([killed, arrests], 'killed voices')).toEqual([]);
  });

  test('accents do not matter', () => {
    expect(
      filterCitables([{ ...killed, quote: 'Qaragandy élite' }], 'elite').map((c) => c.key),
    ).toEqual(['h1']);
  });
});
