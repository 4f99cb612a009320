// Builders for claims tests: the corpus's death-toll passages as highlights, sources and claims.
import type { Claim, Evidence, Highlight } from '../../model/types';
import type { ClaimLookups, SourceSummary } from '../claimRecord';
import { parseFigure } from '../parseFigure';

export const AT = '2026-03-01T10:00:00.000Z';

export const SOURCES: Record<'ft' | 'ap' | 'ind', SourceSummary> = {
  ft: {
    id: 'src_ft',
    title: 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown',
    outlet: 'Financial Times',
    authors: [],
    publishedAt: '2022-01-14',
    url: 'https://www.ft.com/content/x',
    language: 'en',
  },
  ap: {
    id: 'src_ap',
    title: 'Kazakhstan activists recall path from protest to bloodshed',
    outlet: 'Associated Press',
    authors: ['Kirill Zarubin', 'Dasha Litvinova'],
    publishedAt: '2022-01-15',
    url: null,
    language: 'en',
  },
  ind: {
    id: 'src_ind',
    title: 'Dozens dead in unrest in Kazakhstan',
    outlet: 'The Independent',
    authors: [],
    publishedAt: '2022-01-06',
    url: null,
    language: 'en',
  },
};

/** A highlight of `quote` in a source, at a made-up position. */
export function highlight(id: string, sourceId: string, quote: string, paragraph = 3): Highlight {
  return {
    id,
    sourceId,
    paragraph,
    note: '',
    color: 'yellow',
    createdAt: AT,
    updatedAt: AT,
    selector: {
      quote: { exact: quote, prefix: '', suffix: '' },
      position: { start: 100, end: 100 + quote.length },
    },
  };
}

/** Evidence for a highlight, its figure parsed from the quote. */
export function evidence(
  h: Highlight,
  stance: Evidence['stance'] = 'supports',
  attribution = '',
): Evidence {
  return {
    highlightId: h.id,
    stance,
    figure: parseFigure(h.selector.quote.exact),
    attribution,
    attributionEntityId: null,
    addedAt: AT,
  };
}

/** A claim with defaults for every field not given. */
export function claim(partial: Partial<Claim> & Pick<Claim, 'id'>): Claim {
  return {
    statement: partial.id,
    attribution: '',
    attributionEntityId: null,
    subject: '',
    figure: null,
    tags: [],
    status: 'unverified',
    evidence: [],
    history: [{ at: AT, action: 'created', sourceId: null, detail: 'Created' }],
    createdAt: AT,
    updatedAt: AT,
    ...partial,
  };
}

export const HIGHLIGHTS = {
  ft: highlight(
    'hl_ft',
    'src_ft',
    'More than 160 people, including police officers, were killed.',
    4,
  ),
  ap: highlight(
    'hl_ap',
    'src_ap',
    'the events that led to scores of deaths and about 16,000 arrests',
    6,
  ),
  ind: highlight(
    'hl_ind',
    'src_ind',
    'Security forces killed dozens of protesters and 12 police officers died',
    1,
  ),
};

export function lookups(highlights: readonly Highlight[]): ClaimLookups {
  return {
    highlights: new Map(highlights.map((h) => [h.id, h])),
    sources: new Map(Object.values(SOURCES).map((s) => [s.id, s])),
    tags: new Map(),
    entities: new Map(),
  };
}
