import { describe, expect, it } from 'vitest';

import type { SourceMetadata } from '../model/types';
import { formatPartialDate } from './dates';
import { footnoteParts, formatFootnote } from './footnote';

const rferl: SourceMetadata = {
  title: 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
  outlet: 'RFE/RL',
  authors: ["RFE/RL's Kazakh Service"],
  publishedAt: '2021-12-16',
  url: 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html',
  language: 'en',
};

describe('formatFootnote', () => {
  it('writes a full Chicago note: author, “title,” outlet, date, ¶, URL', () => {
    expect(formatFootnote(rferl, { paragraph: 3 })).toBe(
      "RFE/RL's Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On " +
        'Independence Day,” RFE/RL, December 16, 2021, ¶ 3, ' +
        'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html.',
    );
  });

  it('omits missing fields with their punctuation', () => {
    const bare: SourceMetadata = {
      ...rferl,
      authors: [],
      outlet: null,
      publishedAt: null,
      url: null,
    };
    expect(formatFootnote(bare, { paragraph: null })).toBe(
      '“Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day.”',
    );
    expect(formatFootnote({ ...bare, outlet: 'Financial Times' }, { paragraph: 12 })).toBe(
      '“Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” Financial Times, ¶ 12.',
    );
    for (const note of [
      formatFootnote(bare, { paragraph: null }),
      formatFootnote(rferl, { paragraph: null }),
    ]) {
      expect(note).not.toMatch(/, ,|null|undefined|NaN|,\.|\.\.$/);
    }
  });

  it('writes partial dates as far as they are known', () => {
    expect(formatFootnote({ ...rferl, publishedAt: '2022-01' }, { paragraph: 1 })).toContain(
      ' RFE/RL, January 2022, ¶ 1, https://',
    );
    expect(formatFootnote({ ...rferl, publishedAt: '2022' }, { paragraph: 1 })).toContain(
      ' RFE/RL, 2022, ¶ 1, https://',
    );
    expect(formatFootnote({ ...rferl, publishedAt: 'last Tuesday' }, { paragraph: 1 })).toContain(
      ' RFE/RL, ¶ 1, https://',
    );
  });

  it('prints the access date only when the source is undated', () => {
    expect(formatFootnote(rferl, { paragraph: 3 }, { accessed: '2026-11-22' })).not.toContain(
      'accessed',
    );
    expect(
      formatFootnote({ ...rferl, publishedAt: null }, { paragraph: 3 }, { accessed: '2026-11-22' }),
    ).toContain('RFE/RL, ¶ 3, accessed November 22, 2026, https://www.rferl.org/');
  });

  it('lists two, three and many authors the Chicago way', () => {
    const note = (authors: string[]): string =>
      formatFootnote(
        { ...rferl, authors, outlet: null, publishedAt: null, url: null },
        { paragraph: null },
      );
    expect(note(['Joanna Lillis', 'Chris Rickleton'])).toMatch(
      /^Joanna Lillis and Chris Rickleton, “/,
    );
    expect(note(['A. One', 'B. Two', 'C. Three'])).toMatch(/^A\. One, B\. Two, and C\. Three, “/);
    expect(note(['A. One', 'B. Two', 'C. Three', 'D. Four'])).toMatch(/^A\. One et al\., “/);
  });

  it('does not repeat an outlet given as the author', () => {
    expect(formatFootnote({ ...rferl, authors: ['RFE/RL'] }, { paragraph: 3 })).toMatch(
      /^“Kazakhstan/,
    );
  });

  it('keeps a title’s own question mark and turns inner quotes single', () => {
    const note = formatFootnote(
      { ...rferl, title: 'Is "Elbasy" Finished?', authors: [], publishedAt: null, url: null },
      { paragraph: null },
    );
    expect(note).toBe('“Is ‘Elbasy’ Finished?” RFE/RL.');
  });

  it('marks the outlet italic and the URL as a link in the styled parts', () => {
    const parts = footnoteParts(rferl, { paragraph: 3 });
    expect(parts.find((part) => part.style === 'italic')?.text).toBe('RFE/RL');
    expect(parts.find((part) => part.style === 'url')?.text).toBe(rferl.url);
    expect(parts.map((part) => part.text).join('')).toBe(formatFootnote(rferl, { paragraph: 3 }));
  });
});

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
