import { describe, expect, it } from 'vitest';
import { parseCsv } from '../codebook/csv';
import type { Entity, Tag } from '../model/types';
import { claimRecord } from './claimRecord';
import { claimReviewJsonLd } from './claimReview';
import { LEDGER_CSV_COLUMNS, ledgerCsv, ledgerJson } from './ledger';
import { parseFigure } from './parseFigure';
import { AT, claim, evidence, HIGHLIGHTS, lookups } from './testing/records';

const tokayev: Entity = {
  id: 'ent_t',
  kind: 'person',
  name: 'Kassym-Jomart Tokayev',
  aliases: ['Toqaev'],
  createdAt: AT,
  updatedAt: AT,
};
const tag: Tag = { id: 't_d', name: 'death toll', color: '#f4c542', parentId: null };
const base = lookups(Object.values(HIGHLIGHTS));
const all = { ...base, tags: new Map([[tag.id, tag]]), entities: new Map([[tokayev.id, tokayev]]) };
const records = [
  claim({
    id: 'clm_a',
    statement: 'More than 160 people were killed',
    subject: 'death toll',
    status: 'disputed',
    tags: ['t_d'],
    attribution: 'Toqaev',
    attributionEntityId: 'ent_t',
    figure: parseFigure('more than 160 people'),
    evidence: [evidence(HIGHLIGHTS.ft), evidence(HIGHLIGHTS.ind, 'contradicts')],
  }),
  claim({ id: 'clm_b', statement: '=cmd|calc', status: 'unverified' }),
].map((c) => claimRecord(c, all));

describe('ledger export', () => {
  it('CSV: one row per passage with quote, stance, figure parts, source metadata and locator', () => {
    const rows = parseCsv(ledgerCsv(records));
    expect(rows[0]).toEqual([...LEDGER_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const ft = Object.fromEntries(LEDGER_CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(ft).toMatchObject({
      claim_id: 'clm_a',
      subject: 'death toll',
      claim_figure: 'more than 160 people',
      entity: 'Kassym-Jomart Tokayev',
      status: 'disputed',
      tags: 'death toll',
      stance: 'supports',
      quote: HIGHLIGHTS.ft.selector.quote.exact,
      value: '160',
      qualifier: 'more than',
      unit: 'people',
      outlet: 'Financial Times',
      published: '2022-01-14',
      url: 'https://www.ft.com/content/x',
      paragraph: '4',
      position_start: '100',
    });
    expect(rows[2]![LEDGER_CSV_COLUMNS.indexOf('stance')]).toBe('contradicts');
    // A claim without passages still has its row; a formula-like statement stays text.
    expect(rows[3]![1]).toBe("'=cmd|calc");
  });

  it('JSON: claims with entity, tags, trail and evidence locators', () => {
    const ledger = JSON.parse(ledgerJson(records, AT));
    expect(ledger).toMatchObject({ format: 'margin-claims-ledger', version: 1, exportedAt: AT });
    const [first] = ledger.claims;
    expect(first.entity).toEqual({
      id: 'ent_t',
      kind: 'person',
      name: 'Kassym-Jomart Tokayev',
      aliases: ['Toqaev'],
    });
    expect(first.tags).toEqual(['death toll']);
    expect(first.figure).toMatchObject({
      text: 'more than 160 people',
      value: 160,
      qualifier: 'more than',
    });
    expect(first.evidence[1]).toMatchObject({
      stance: 'contradicts',
      quote: HIGHLIGHTS.ind.selector.quote.exact,
      source: { outlet: 'The Independent' },
      locator: { paragraph: 1 },
    });
    expect(first.history[0].action).toBe('created');
  });

  it('ClaimReview JSON-LD: only claims with a verdict, rated on a named scale, with where they appeared', () => {
    const doc = JSON.parse(claimReviewJsonLd(records, 'Margin notebook', AT));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(1);
    const [review] = doc['@graph'];
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'More than 160 people were killed',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 3,
        worstRating: 1,
        alternateName: 'Disputed',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Kassym-Jomart Tokayev', alternateName: ['Toqaev'] },
      },
    });
    // The contradicting passage is no appearance of the claim.
    expect(
      review.itemReviewed.appearance.map((a: { publisher: { name: string } }) => a.publisher.name),
    ).toEqual(['Financial Times']);
  });
});
