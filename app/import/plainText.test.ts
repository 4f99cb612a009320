import { describe, expect, it } from 'vitest';

import { extractPlainText } from './plainText';

const flagged = (text: string): string[] =>
  extractPlainText(text)
    .paragraphs.filter((paragraph) => paragraph.kind === 'boilerplate')
    .map((paragraph) => paragraph.text);

describe('extractPlainText on invented articles', () => {
  const wire = [
    'World',
    'Europe',
    'Russia-led troops begin leaving Kazakhstan, Tokayev says',
    'By Olzhas Auyezov and Mariya Gordeyeva',
    '4 minute read',
    'ALMATY, Jan 13 (Reuters) - Russia-led troops began withdrawing from Kazakhstan on Thursday, President Kassym-Jomart Tokayev said.',
    '"The mission was successful," Tokayev told a meeting of officials.',
    'Read more:',
    "Kazakhstan's president blames unrest on foreign-trained terrorists",
    'The troops, mostly Russian, had guarded strategic facilities in the cities of Almaty and Nur-Sultan.',
    'Reporting by Olzhas Auyezov; Editing by Mark Trevelyan',
  ].join('\n\n');

  it('reads a wire story: headline under section names, byline, agency from the dateline', () => {
    expect(extractPlainText(wire)).toMatchObject({
      title: 'Russia-led troops begin leaving Kazakhstan, Tokayev says',
      authors: ['Olzhas Auyezov', 'Mariya Gordeyeva'],
      outlet: 'Reuters',
      publishedAt: null,
    });
  });

  it('flags the mid-article "Read more" link but keeps the article that resumes after it', () => {
    expect(flagged(wire)).toEqual([
      'World',
      'Europe',
      'Russia-led troops begin leaving Kazakhstan, Tokayev says',
      'By Olzhas Auyezov and Mariya Gordeyeva',
      '4 minute read',
      'Read more:',
      "Kazakhstan's president blames unrest on foreign-trained terrorists",
    ]);
  });

  it('takes the date from a date line under the byline, and the URL from a "Source:" line', () => {
    const result = extractPlainText(
      'Fuel protests spread west\n\nBy Jane Doe\n\nPublished: January 4, 2022 at 10:15 am\n\nZHANAOZEN, Kazakhstan -- Thousands of people rallied in the oil town on Monday, officials said.\n\nSource: https://example.org/news/fuel-protests\n',
    );
    expect(result).toMatchObject({
      publishedAt: '2022-01-04',
      url: 'https://example.org/news/fuel-protests',
    });
  });

  it('falls back to the start of the text when there is no headline, and says so', () => {
    const result = extractPlainText(
      'The government announced on Friday that it would cap fuel prices for 180 days, a concession to protesters who had taken to the streets.\n\nOfficials said the cap would apply to liquefied gas.',
    );
    expect(result.title).toMatch(
      /^The government announced on Friday that it would cap fuel prices/,
    );
    expect(result.title.endsWith('…')).toBe(true);
    expect(result.warnings).toContain(
      'No headline found: the title is the start of the text. Check it.',
    );
    expect(
      flagged('Only one sentence of body text here, and nothing else at all in the file.'),
    ).toEqual([]);
  });
});
