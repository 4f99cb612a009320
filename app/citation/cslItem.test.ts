import { describe, expect, it } from 'vitest';

import { dateParts, parseName, toCslItem } from './cslItem';
import { CORPUS_METADATA as C } from './testing/corpusMetadata';

describe('toCslItem', () => {
  it('makes a dated article with an outlet an article-newspaper, the outlet its container', () => {
    expect(toCslItem('s1', C.rferlSecurity, { accessed: '2026-11-22' })).toEqual({
      id: 's1',
      type: 'article-newspaper',
      title: C.rferlSecurity.title,
      'container-title': 'RFE/RL',
      author: [{ literal: "RFE/RL's Kazakh Service" }],
      issued: { 'date-parts': [[2021, 12, 16]] },
      accessed: { 'date-parts': [[2026, 11, 22]] },
      URL: C.rferlSecurity.url,
      language: 'en',
    });
  });

  it('makes an article without an outlet a web page and leaves missing fields out', () => {
    expect(toCslItem('s2', C.ftVoices)).toEqual({
      id: 's2',
      type: 'webpage',
      title: C.ftVoices.title,
      language: 'en',
    });
  });

  it('drops a byline that only repeats the outlet', () => {
    expect(toCslItem('s3', { ...C.rferlSecurity, authors: ['RFE/RL'] }).author).toBeUndefined();
  });
});

describe('parseName', () => {
  it('splits people and keeps organisations whole', () => {
    expect(parseName('Kirill Zarubin')).toEqual({ family: 'Zarubin', given: 'Kirill' });
    expect(parseName('Lillis, Joanna')).toEqual({ family: 'Lillis', given: 'Joanna' });
    expect(parseName('Ludwig van Beethoven')).toEqual({ family: 'Beethoven', given: 'Ludwig van' });
    expect(parseName('Дарья Литвинова')).toEqual({ family: 'Литвинова', given: 'Дарья' });
    expect(parseName("RFE/RL's Kazakh Service")).toEqual({ literal: "RFE/RL's Kazakh Service" });
    expect(parseName('Reuters')).toEqual({ literal: 'Reuters' });
    expect(parseName('AP staff')).toEqual({ literal: 'AP staff' });
  });
});

describe('dateParts', () => {
  it('reads full, partial and timed ISO dates and refuses impossible ones', () => {
    expect(dateParts('2021-12-16')).toEqual([2021, 12, 16]);
    expect(dateParts('2022-01')).toEqual([2022, 1]);
    expect(dateParts('2022')).toEqual([2022]);
    expect(dateParts('2022-01-05T09:30:00Z')).toEqual([2022, 1, 5]);
    expect(dateParts('2022-02-30')).toBeNull();
    expect(dateParts('2022-13')).toBeNull();
    expect(dateParts('16 Dec 2021')).toBeNull();
    expect(dateParts(null)).toBeNull();
  });
});
