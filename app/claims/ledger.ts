import { toCsv } from '../codebook/csv';
import type { Figure } from '../model/types';
import type { ClaimRecord, PassageRecord } from './claimRecord';
import { formatFigure } from './formatFigure';

/** A figure in an export: the parsed parts and the phrase. */
function figureJson(figure: Figure | null) {
  return (
    figure && {
      text: formatFigure(figure),
      value: figure.value,
      range: figure.range,
      unit: figure.unit,
      qualifier: figure.qualifier,
      asOf: figure.asOf,
    }
  );
}

function passageJson(passage: PassageRecord) {
  const { highlight, source } = passage;
  return {
    stance: passage.stance,
    quote: highlight.selector.quote.exact,
    figure: figureJson(passage.figure),
    attribution: passage.attribution,
    source: source && {
      id: source.id,
      title: source.title,
      outlet: source.outlet,
      authors: source.authors,
      publishedAt: source.publishedAt,
      url: source.url,
    },
    // W3C Web Annotation selectors: enough to find the passage again in the source text.
    locator: { paragraph: highlight.paragraph, selector: highlight.selector },
  };
}

/**
 * Every claim with its evidence as one JSON document: statement, subject, figure, attribution
 * (and the entity with its aliases), status, tag names, audit trail, and for each passage the
 * verbatim quote, its stance and figure, the source's metadata and a locator.
 */
export function ledgerJson(records: readonly ClaimRecord[], exportedAt: string): string {
  const claims = records.map(({ claim, passages, tags, entity }) => ({
    id: claim.id,
    statement: claim.statement,
    subject: claim.subject,
    figure: figureJson(claim.figure),
    attribution: claim.attribution,
    entity: entity && {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases,
    },
    status: claim.status,
    tags: tags.map((tag) => tag.name),
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    history: claim.history,
    evidence: passages.map(passageJson),
  }));
  return `${JSON.stringify({ format: 'margin-claims-ledger', version: 1, exportedAt, claims }, null, 2)}\n`;
}

export const LEDGER_CSV_COLUMNS = [
  'claim_id',
  'statement',
  'subject',
  'claim_figure',
  'attribution',
  'entity',
  'status',
  'tags',
  'stance',
  'quote',
  'passage_figure',
  'value',
  'range_min',
  'range_max',
  'unit',
  'qualifier',
  'as_of',
  'passage_attribution',
  'source_title',
  'outlet',
  'authors',
  'published',
  'url',
  'paragraph',
  'position_start',
  'position_end',
] as const;

/**
 * The ledger as CSV: one row per passage (a claim without passages gets one row), so a
 * spreadsheet can sort and pivot by source, stance or figure.
 */
export function ledgerCsv(records: readonly ClaimRecord[]): string {
  const rows = records.flatMap(({ claim, passages, tags, entity }) => {
    const head = [
      claim.id,
      claim.statement,
      claim.subject,
      claim.figure ? formatFigure(claim.figure) : '',
      claim.attribution,
      entity?.name ?? '',
      claim.status,
      tags.map((t) => t.name).join('; '),
    ];
    if (passages.length === 0)
      return [[...head, ...LEDGER_CSV_COLUMNS.slice(head.length).map(() => '')]];
    return passages.map((passage) => {
      const figure = passage.figure;
      const { highlight, source } = passage;
      return [
        ...head,
        passage.stance,
        highlight.selector.quote.exact,
        figure ? formatFigure(figure) : '',
        figure?.value ?? null,
        figure?.range?.min ?? null,
        figure?.range?.max ?? null,
        figure?.unit ?? '',
        figure ? figure.qualifier : '',
        figure?.asOf ?? '',
        passage.attribution,
        source?.title ?? '',
        source?.outlet ?? '',
        source?.authors.join('; ') ?? '',
        source?.publishedAt ?? '',
        source?.url ?? '',
        highlight.paragraph,
        highlight.selector.position.start,
        highlight.selector.position.end,
      ];
    });
  });
  return toCsv([[...LEDGER_CSV_COLUMNS], ...rows]);
}
