import { describe, expect, it } from 'vitest';
import { ANY_CLAIM, countByTagTree, countClaims, filterClaims } from './claimFilter';
import { claimRecord } from './claimRecord';
import { guessSubject, listSubjects } from './subject';
import { parseFigure } from './parseFigure';
import { AT, claim, evidence, HIGHLIGHTS, lookups } from './testing/records';

const all = lookups(Object.values(HIGHLIGHTS));
const records = [
  claim({
    id: 'a',
    statement: 'More than 160 killed',
    subject: 'death toll',
    status: 'corroborated',
    tags: ['t_death'],
    attributionEntityId: 'ent_ft',
    evidence: [evidence(HIGHLIGHTS.ft)],
    updatedAt: '2026-03-03T00:00:00Z',
  }),
  claim({
    id: 'b',
    statement: 'Dozens killed',
    subject: 'Death Toll',
    status: 'disputed',
    tags: ['t_police'],
    evidence: [
      evidence(HIGHLIGHTS.ind),
      { ...evidence(HIGHLIGHTS.ft), attributionEntityId: 'ent_min', attribution: 'Ministry' },
    ],
    updatedAt: '2026-03-02T00:00:00Z',
  }),
  claim({
    id: 'c',
    statement: 'About 16,000 arrests',
    subject: 'arrests',
    evidence: [evidence(HIGHLIGHTS.ap)],
    updatedAt: AT,
  }),
].map((c) => claimRecord(c, all));
const ids = (list: { claim: { id: string } }[]) => list.map((r) => r.claim.id);

describe('Claims view filters', () => {
  it('filters by subject (any case), status, source, tag (with its children) and entity', () => {
    expect(ids(filterClaims(records, { ...ANY_CLAIM, subject: 'death toll' }, 'updated'))).toEqual([
      'a',
      'b',
    ]);
    expect(ids(filterClaims(records, { ...ANY_CLAIM, status: 'disputed' }, 'updated'))).toEqual([
      'b',
    ]);
    expect(ids(filterClaims(records, { ...ANY_CLAIM, sourceId: 'src_ft' }, 'updated'))).toEqual([
      'a',
      'b',
    ]);
    expect(
      ids(
        filterClaims(
          records,
          { ...ANY_CLAIM, tagIds: new Set(['t_death', 't_police']) },
          'updated',
        ),
      ),
    ).toEqual(['a', 'b']);
    expect(ids(filterClaims(records, { ...ANY_CLAIM, entityId: 'ent_min' }, 'updated'))).toEqual([
      'b',
    ]);
    expect(ids(filterClaims(records, { ...ANY_CLAIM, text: 'KILLED dozens' }, 'updated'))).toEqual([
      'b',
    ]);
    expect(
      ids(
        filterClaims(
          records,
          { ...ANY_CLAIM, subject: 'death toll', status: 'corroborated' },
          'updated',
        ),
      ),
    ).toEqual(['a']);
  });

  it('sorts by change, statement, evidence count and status', () => {
    expect(ids(filterClaims(records, ANY_CLAIM, 'updated'))).toEqual(['a', 'b', 'c']);
    expect(ids(filterClaims(records, ANY_CLAIM, 'statement'))).toEqual(['c', 'b', 'a']);
    expect(ids(filterClaims(records, ANY_CLAIM, 'evidence'))).toEqual(['b', 'a', 'c']);
    expect(ids(filterClaims(records, ANY_CLAIM, 'status'))).toEqual(['c', 'a', 'b']);
  });

  it('counts claims per facet value', () => {
    const counts = countClaims(records);
    expect(counts.total).toBe(3);
    expect(counts.bySubject).toEqual(
      new Map([
        ['death toll', 2],
        ['arrests', 1],
      ]),
    );
    expect(counts.bySource.get('src_ft')).toBe(2);
    expect(counts.byStatus.get('unverified')).toBe(1);
    expect(counts.byEntity).toEqual(
      new Map([
        ['ent_ft', 1],
        ['ent_min', 1],
      ]),
    );
  });
});

describe('subjects', () => {
  it('guesses the subject from the passage’s figure and words', () => {
    expect(
      guessSubject('About 164 people were killed', parseFigure('About 164 people were killed')),
    ).toBe('death toll');
    expect(
      guessSubject('2,000 people had been detained', parseFigure('2,000 people had been detained')),
    ).toBe('arrests');
    expect(guessSubject('about 16,000 arrests', parseFigure('about 16,000 arrests'))).toBe(
      'arrests',
    );
    expect(
      guessSubject(
        'Twelve police officers were killed in the unrest and 353 injured',
        parseFigure('Twelve police officers were killed'),
      ),
    ).toBe('death toll');
    expect(guessSubject('The president was angry', null)).toBe('');
  });

  it('lists subjects most used first under their most common spelling', () => {
    expect(listSubjects(['Death toll', 'death toll', 'death toll', 'arrests', ''])).toEqual([
      { key: 'death toll', subject: 'death toll', count: 3 },
      { key: 'arrests', subject: 'arrests', count: 1 },
    ]);
  });
});

describe('countByTagTree', () => {
  it('counts a child tag’s claims under its parent too, each claim once', () => {
    const tags = [
      { id: 't_v', name: 'Violence', color: '#f4c542', parentId: null },
      { id: 't_death', name: 'Death toll', color: '#f4c542', parentId: 't_v' },
      { id: 't_police', name: 'Police', color: '#f4c542', parentId: 't_v' },
    ];
    const counts = countByTagTree(records, tags);
    expect(counts.get('t_v')).toBe(2);
    expect(counts.get('t_death')).toBe(1);
    expect(counts.get('t_police')).toBe(1);
  });
});
