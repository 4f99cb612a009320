import { describe, expect, it } from 'vitest';

import { parseByline, parseNameLine, parseReportingCredit } from './byline';

describe('parseByline', () => {
  it('reads an org byline with a date: the service is the author, its owner the outlet', () => {
    expect(parseByline("By RFE/RL's Kazakh Service December 16, 2021")).toEqual({
      authors: ["RFE/RL's Kazakh Service"],
      outlet: 'RFE/RL',
      date: '2021-12-16',
    });
  });

  it('reads all-caps names joined by "and"', () => {
    expect(parseByline('KIRILL ZARUBIN and DASHA LITVINOVA')).toEqual({
      authors: ['Kirill Zarubin', 'Dasha Litvinova'],
      outlet: null,
      date: null,
    });
  });

  it('takes a wire agency out of the names as the outlet', () => {
    expect(parseByline('By Olzhas Auyezov and Tom Balmforth, Reuters')).toEqual({
      authors: ['Olzhas Auyezov', 'Tom Balmforth'],
      outlet: 'Reuters',
      date: null,
    });
    expect(parseByline('By Jane Doe | Associated Press')).toMatchObject({
      authors: ['Jane Doe'],
      outlet: 'AP',
    });
  });

  it('reads other languages’ byline words', () => {
    expect(parseByline('Автор: Ирина Петрова')?.authors).toEqual(['Ирина Петрова']);
    expect(parseByline('Par Claire Dubois')?.authors).toEqual(['Claire Dubois']);
  });

  it('ignores sentences and all-caps headlines', () => {
    expect(
      parseByline(
        'By the time they were quelled nearly a week later, protests had spread across the country, turning into broader protests about poverty and corruption.',
      ),
    ).toBeNull();
    expect(parseByline('PROTESTS SPREAD ACROSS KAZAKHSTAN')).toBeNull();
  });
});

describe('parseNameLine and parseReportingCredit', () => {
  it('reads a single all-caps name and a wire reporting credit', () => {
    expect(parseNameLine('KIRILL ZARUBIN')?.authors).toEqual(['Kirill Zarubin']);
    expect(parseReportingCredit('Reporting by Olzhas Auyezov; Editing by Jane Roe')).toEqual([
      'Olzhas Auyezov',
    ]);
    expect(parseReportingCredit('With reporting by AFP')).toEqual([]);
  });
});
