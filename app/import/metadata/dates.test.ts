import { describe, expect, it } from 'vitest';

import { findDate, isDateLine } from './dates';

describe('findDate', () => {
  it.each([
    ['By RFE/RL’s Kazakh Service December 16, 2021', '2021-12-16'],
    ['date 2022-01-15 Kazakhstan activists recall…', '2022-01-15'],
    ['ALMATY, Jan. 6, 2022 (AP) —', '2022-01-06'],
    ['Thursday 6th January 2022', '2022-01-06'],
    ['Updated 2022/1/7', '2022-01-07'],
    ['15.01.2022 10:30', '2022-01-15'],
    ['16 декабря 2021 года', '2021-12-16'],
    ['resigned in March 2019 as president', '2019-03'],
  ])('reads %j as %s', (text, date) => {
    expect(findDate(text)?.date).toBe(date);
  });

  it('rejects impossible dates and dates without a year', () => {
    expect(findDate('31.02.2022')).toBeNull();
    expect(findDate('on February 22 police detained')).toBeNull();
  });
});

describe('isDateLine', () => {
  it('accepts a line that is only a date, perhaps labelled and timed', () => {
    expect(isDateLine('January 6, 2022')).toBe(true);
    expect(isDateLine('Published: Thursday, January 6, 2022 at 3:15 pm EST')).toBe(true);
    expect(isDateLine('Updated 2022-01-06')).toBe(true);
  });

  it('rejects a sentence that mentions a date', () => {
    expect(isDateLine('On January 6, 2022 security forces opened fire.')).toBe(false);
  });
});
