import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/types';
import { formatFigure } from './formatFigure';
import { findFigures, parseFigure } from './parseFigure';

const figure = (partial: Partial<Figure>): Figure => ({
  value: null,
  range: null,
  unit: '',
  qualifier: 'none',
  asOf: null,
  ...partial,
});

describe('parseFigure on the corpus’s own phrasings', () => {
  it.each([
    [
      'More than 160 people, including police officers, were killed.',
      figure({ value: 160, unit: 'people', qualifier: 'more than' }),
    ],
    [
      'About 164 people were killed and thousands were detained during the unrest.',
      figure({ value: 164, unit: 'people', qualifier: 'about' }),
    ],
    [
      '“dozens of attackers were liquidated,” police spokeswoman Saltanat Azirbek told state news channel Khabar-24',
      figure({ qualifier: 'dozens', unit: 'attackers' }),
    ],
    [
      'more than 10,000 people have been arrested',
      figure({ value: 10_000, unit: 'people', qualifier: 'more than' }),
    ],
    ['10,000', figure({ value: 10_000 })],
    [
      'So far, 2,000 people had been detained, the interior ministry said.',
      figure({ value: 2_000, unit: 'people' }),
    ],
    [
      'the events that led to scores of deaths and about 16,000 arrests',
      figure({ qualifier: 'scores', unit: 'deaths' }),
    ],
    [
      'killing at least 16 people and one person in the nearby town of Shetpe',
      figure({ value: 16, unit: 'people', qualifier: 'at least' }),
    ],
    [
      'Hundreds of people are believed to have been killed by security forces',
      figure({ qualifier: 'hundreds', unit: 'people' }),
    ],
    [
      'Twelve police officers were killed in the unrest and 353 injured',
      figure({ value: 12, unit: 'police officers' }),
    ],
    [
      'Security forces killed dozens of protesters and 12 police officers died',
      figure({ qualifier: 'dozens', unit: 'protesters' }),
    ],
    [
      'A total of around 100 were detained in both Almaty and Nur-Sultan.',
      figure({ value: 100, qualifier: 'about' }),
    ],
    [
      'sentenced to jail terms ranging from 5 to 15 days',
      figure({ range: { min: 5, max: 15 }, unit: 'days' }),
    ],
  ])('%s', (passage, expected) => {
    expect(parseFigure(passage)).toEqual(expected);
  });

  it('reads every figure of a passage in order, not only the first', () => {
    const figures = findFigures(
      'the events that led to scores of deaths and about 16,000 arrests',
    ).map((m) => m.figure);
    expect(figures).toEqual([
      figure({ qualifier: 'scores', unit: 'deaths' }),
      figure({ value: 16_000, unit: 'arrests', qualifier: 'about' }),
    ]);
    const passage =
      'Thousands of people were arrested, 26 protesters and 18 policemen were killed.';
    expect(findFigures(passage).map((m) => passage.slice(m.start, m.end))).toEqual([
      'Thousands of people',
      '26 protesters',
      '18 policemen',
    ]);
  });

  it('reads number words, scales and spaced thousands', () => {
    expect(parseFigure('twenty-six protesters')).toEqual(figure({ value: 26, unit: 'protesters' }));
    expect(parseFigure('one hundred and sixty-four people')).toEqual(
      figure({ value: 164, unit: 'people' }),
    );
    expect(parseFigure('a dozen journalists')).toEqual(
      figure({ value: 12, unit: 'journalists', qualifier: 'about' }),
    );
    expect(parseFigure('some 1.5 million voters')).toEqual(
      figure({ value: 1_500_000, unit: 'voters', qualifier: 'about' }),
    );
    expect(parseFigure('10 000 arrests')).toEqual(figure({ value: 10_000, unit: 'arrests' }));
    expect(parseFigure('several hundred protesters')).toEqual(
      figure({ qualifier: 'hundreds', unit: 'protesters' }),
    );
    expect(parseFigure('tens of thousands of people')).toEqual(
      figure({ qualifier: 'tens of thousands', unit: 'people' }),
    );
  });

  it('does not take dates, years, ages, ordinals or clock times for figures', () => {
    expect(
      parseFigure('On December 16, leading opposition activist Almat Zhumaghulov was detained'),
    ).toBeNull();
    expect(parseFigure('Nazarbaev resigned abruptly in March 2019 as president')).toBeNull();
    expect(parseFigure('dominated for years by the 81-year-old Nursultan Nazarbaev')).toBeNull();
    expect(parseFigure('as the country marks the 30th anniversary')).toBeNull();
    expect(parseFigure('0:00 0:02:24 0:00')).toBeNull();
    expect(parseFigure('told state news channel Khabar-24')).toBeNull();
    expect(parseFigure('Aset Abishev was one of the first protesters')).toBeNull();
    expect(parseFigure('on 16 December 2021 police detained 30 people')).toEqual(
      figure({ value: 30, unit: 'people' }),
    );
  });

  it('formats a figure as a phrase that parses back to the same figure', () => {
    for (const phrase of [
      'more than 160 people',
      'about 164 people',
      'dozens of attackers',
      '2,000 people',
      '5–15 days',
      'at least 16 people',
      'scores of deaths',
      '16,000 arrests',
    ]) {
      const parsed = parseFigure(phrase)!;
      expect(formatFigure(parsed)).toBe(phrase);
      expect(parseFigure(formatFigure(parsed))).toEqual(parsed);
    }
  });
});
