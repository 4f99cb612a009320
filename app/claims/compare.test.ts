import { describe, expect, it } from 'vitest';
import { claimRecord } from './claimRecord';
import { compareRows, compareSummary } from './compare';
import { parseFigure } from './parseFigure';
import { claim, evidence, HIGHLIGHTS, lookups } from './testing/records';

const all = lookups(Object.values(HIGHLIGHTS));

describe('compareRows: a subject side by side', () => {
  const deathToll = claim({
    id: 'clm_dt',
    statement: 'More than 160 people were killed',
    subject: 'Death toll',
    attribution: 'Officials',
    figure: parseFigure('more than 160 people'),
    evidence: [
      evidence(HIGHLIGHTS.ft),
      evidence(HIGHLIGHTS.ap),
      evidence(HIGHLIGHTS.ind, 'contradicts', 'Authorities'),
    ],
  });
  const other = claim({ id: 'clm_other', subject: 'arrests', evidence: [evidence(HIGHLIGHTS.ap)] });
  const records = [deathToll, other].map((c) => claimRecord(c, all));

  it('has one row per passage of the subject’s claims, oldest source first, with figure, outlet and date', () => {
    const rows = compareRows(records, ' death  TOLL ');
    expect(
      rows.map((r) => [
        r.outlet,
        r.publishedAt,
        r.figureText,
        r.qualifierText,
        r.stance,
        r.attribution,
      ]),
    ).toEqual([
      [
        'The Independent',
        '2022-01-06',
        'dozens of protesters',
        'dozens',
        'contradicts',
        'Authorities',
      ],
      [
        'Financial Times',
        '2022-01-14',
        'more than 160 people',
        'more than',
        'supports',
        'Officials',
      ],
      ['Associated Press', '2022-01-15', 'scores of deaths', 'scores', 'supports', 'Officials'],
    ]);
    expect(rows[0]!.quote).toBe(HIGHLIGHTS.ind.selector.quote.exact);
    expect(rows[0]!.paragraph).toBe(1);
  });

  it('marks figures that cannot both be right, given their qualifiers', () => {
    const rows = compareRows(records, 'death toll');
    const byOutlet = new Map(rows.map((r) => [r.outlet, r]));
    expect(byOutlet.get('The Independent')!.conflictsWith).toEqual([
      byOutlet.get('Financial Times')!.key,
    ]);
    expect(byOutlet.get('Financial Times')!.conflictsWith).toEqual([
      byOutlet.get('The Independent')!.key,
    ]);
    // "scores" (40–199) fits both "dozens" and "more than 160".
    expect(byOutlet.get('Associated Press')!.conflictsWith).toEqual([]);
    expect(compareSummary(rows)).toEqual({
      low: 'dozens of protesters',
      high: 'more than 160 people',
      disagreeing: 2,
    });
  });

  it('shows the claim’s figure for a supporting passage that states none, never for a contradicting one', () => {
    const quiet = { ...evidence(HIGHLIGHTS.ft), figure: null };
    const against = { ...evidence(HIGHLIGHTS.ind, 'contradicts'), figure: null };
    const record = claimRecord(
      claim({
        id: 'c',
        subject: 'death toll',
        figure: parseFigure('about 164 people'),
        evidence: [quiet, against],
      }),
      all,
    );
    expect(compareRows([record], 'death toll').map((r) => r.figureText)).toEqual([
      '',
      'about 164 people',
    ]);
  });

  it('is empty for a subject no claim has', () => {
    expect(compareRows(records, 'injured')).toEqual([]);
    expect(compareSummary([])).toBeNull();
  });
});
