import { describe, expect, it } from 'vitest';

import { formatPartialDate } from './dates';

describe('formatPartialDate', () => {
  it('writes full, month-only and year-only dates and rejects impossible ones', () => {
    expect(formatPartialDate('2021-12-16')).toBe('December 16, 2021');
    expect(formatPartialDate('2022-01-05T09:30:00Z')).toBe('January 5, 2022');
    expect(formatPartialDate('2022-01')).toBe('January 2022');
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatPartialDate(null)).toBeNull();
    expect(formatPartialDate('2022-13')).toBeNull();
    expect(formatPartialDate('2022-02-30')).toBeNull();
    expect(formatPartialDate('2024-02-29')).toBe('February 29, 2024');
    expect(formatPartialDate('16 Dec 2021')).toBeNull();
  });
});
