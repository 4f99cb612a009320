// A deterministic notebook of claims for the Claims view benchmark: N claims over M sources, with
// subjects, figures, tags in a two-level codebook, entities and 1–3 passages each.
import { claimRecord, parseFigure, type ClaimRecord, type SourceSummary } from '../../app/claims';
import {
  CLAIM_STATUSES,
  EVIDENCE_STANCES,
  type Claim,
  type Entity,
  type Highlight,
  type Tag,
} from '../../app/model/types';
import { seededRandom } from '../corpus/random';

const SUBJECTS = [
  'death toll',
  'arrests',
  'injured',
  'internet shutdown',
  'fuel prices',
  'foreign troops',
  'detentions',
  'curfew',
];
const FIGURES = [
  'more than 160 people',
  'about 164 people',
  'dozens of protesters',
  '2,000 people',
  'more than 10,000 people',
  'about 16,000 arrests',
  'at least 16 people',
  'scores of deaths',
  'Twelve police officers',
  'hundreds of people',
];
const OUTLETS = [
  'RFE/RL',
  'Financial Times',
  'AP',
  'Reuters',
  'The Independent',
  'Eurasianet',
  null,
];
const WORDS =
  'police protesters government president ministry killed detained arrested shot square city crowd troops internet fuel price rally opposition activists officials said reported'.split(
    ' ',
  );

export interface ClaimsNotebook {
  readonly records: ClaimRecord[];
  readonly tags: Tag[];
  readonly sources: SourceSummary[];
  readonly entities: Entity[];
}

/** `claimCount` claims over `sourceCount` sources, the same for the same seed. */
export function generateClaims(claimCount: number, sourceCount: number, seed = 4): ClaimsNotebook {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const at = (i: number) => new Date(Date.UTC(2022, 0, 1) + i * 60_000).toISOString();

  const sources: SourceSummary[] = Array.from({ length: sourceCount }, (_, i) => ({
    id: `src_${i}`,
    title: `Article ${i} on the unrest`,
    outlet: pick(OUTLETS),
    authors: [],
    publishedAt: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    url: null,
    language: 'en',
  }));
  const parents: Tag[] = Array.from({ length: 6 }, (_, i) => ({
    id: `tag_p${i}`,
    name: `Theme ${i}`,
    color: '#f4c542',
    parentId: null,
  }));
  const tags: Tag[] = [
    ...parents,
    ...Array.from({ length: 24 }, (_, i) => ({
      id: `tag_${i}`,
      name: `Code ${i}`,
      color: '#7fb3e6',
      parentId: parents[i % parents.length]!.id,
    })),
  ];
  const entities: Entity[] = Array.from({ length: 200 }, (_, i) => ({
    id: `ent_${i}`,
    kind: 'person' as const,
    name: `Person ${i}`,
    aliases: [`P. ${i}`],
    createdAt: at(0),
    updatedAt: at(0),
  }));

  const highlights = new Map<string, Highlight>();
  const claims: Claim[] = [];
  for (let i = 0; i < claimCount; i++) {
    const evidence = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => {
      const id = `hl_${i}_${k}`;
      const quote = `${pick(FIGURES)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
      highlights.set(id, {
        id,
        sourceId: pick(sources).id,
        paragraph: 1 + Math.floor(random() * 20),
        note: '',
        color: 'yellow',
        createdAt: at(i),
        updatedAt: at(i),
        selector: {
          quote: { exact: quote, prefix: '', suffix: '' },
          position: { start: 0, end: quote.length },
        },
      });
      return {
        highlightId: id,
        stance: pick(EVIDENCE_STANCES),
        figure: parseFigure(quote),
        attribution: '',
        attributionEntityId: null,
        addedAt: at(i),
      };
    });
    const statement = `${pick(FIGURES)} ${Array.from({ length: 8 }, () => pick(WORDS)).join(' ')}`;
    claims.push({
      id: `clm_${i}`,
      statement,
      attribution: `Person ${i % 200}`,
      attributionEntityId: random() < 0.8 ? `ent_${i % 200}` : null,
      subject: random() < 0.7 ? pick(SUBJECTS) : '',
      figure: parseFigure(statement),
      tags: [pick(tags).id, ...(random() < 0.3 ? [pick(tags).id] : [])],
      status: pick(CLAIM_STATUSES),
      evidence,
      history: [{ at: at(i), action: 'created', sourceId: null, detail: 'Created' }],
      createdAt: at(i),
      updatedAt: at(claimCount - i),
    });
  }
  const lookups = {
    highlights,
    sources: new Map(sources.map((s) => [s.id, s] as const)),
    tags: new Map(tags.map((t) => [t.id, t] as const)),
    entities: new Map(entities.map((e) => [e.id, e] as const)),
  };
  return { records: claims.map((claim) => claimRecord(claim, lookups)), tags, sources, entities };
}
