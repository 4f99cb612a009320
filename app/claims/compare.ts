import type { EvidenceStance, Figure, PartialIsoDate } from '../model/types';
import type { ClaimRecord } from './claimRecord';
import { figureInterval, figuresDisagree } from './figureInterval';
import { formatFigure, formatQualifier } from './formatFigure';
import { subjectKey } from './subject';

/** One passage of one claim, side by side with the others of its subject. */
export interface CompareRow {
  /** `claimId:highlightId`: unique per row. */
  readonly key: string;
  readonly claimId: string;
  readonly statement: string;
  readonly highlightId: string;
  readonly sourceId: string;
  readonly sourceTitle: string;
  readonly outlet: string;
  readonly publishedAt: PartialIsoDate | null;
  readonly quote: string;
  readonly paragraph: number | null;
  readonly stance: EvidenceStance;
  readonly figure: Figure | null;
  /** "more than 160 people"; empty without a figure. */
  readonly figureText: string;
  /** "more than", "dozens"; empty for a bare number or no figure. */
  readonly qualifierText: string;
  readonly attribution: string;
  /** Keys of the rows whose figures cannot be right at the same time as this one's. */
  readonly conflictsWith: readonly string[];
}

/**
 * The Compare table for a subject: one row per passage of every claim about it, oldest source
 * first. A passage's own figure is shown; one that supports its claim without a figure of its
 * own shows the claim's. Each row lists the rows whose figures it disagrees with ("dozens"
 * against "more than 160"), given the qualifiers.
 */
export function compareRows(records: readonly ClaimRecord[], subject: string): CompareRow[] {
  const key = subjectKey(subject);
  const rows = records
    .filter((record) => subjectKey(record.claim.subject) === key)
    .flatMap(({ claim, passages }) =>
      passages.map((passage) => {
        const figure = passage.figure ?? (passage.stance === 'supports' ? claim.figure : null);
        const source = passage.source;
        return {
          key: `${claim.id}:${passage.highlight.id}`,
          claimId: claim.id,
          statement: claim.statement,
          highlightId: passage.highlight.id,
          sourceId: passage.highlight.sourceId,
          sourceTitle: source?.title ?? 'Unknown source',
          outlet: source?.outlet ?? '',
          publishedAt: source?.publishedAt ?? null,
          quote: passage.highlight.selector.quote.exact,
          paragraph: passage.highlight.paragraph,
          stance: passage.stance,
          figure,
          figureText: figure ? formatFigure(figure) : '',
          qualifierText: figure ? formatQualifier(figure) : '',
          attribution: passage.attribution,
          conflictsWith: [] as string[],
        };
      }),
    )
    .sort(
      (a, b) =>
        (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999') ||
        a.outlet.localeCompare(b.outlet),
    );
  for (const row of rows) {
    if (!row.figure) continue;
    for (const other of rows) {
      if (other !== row && other.figure && figuresDisagree(row.figure, other.figure))
        row.conflictsWith.push(other.key);
    }
  }
  return rows;
}

/** The spread of a subject's figures: lowest and highest amounts stated, and how many disagree. */
export function compareSummary(
  rows: readonly CompareRow[],
): { low: string; high: string; disagreeing: number } | null {
  const withFigures = rows.flatMap((row) => {
    const interval = row.figure ? figureInterval(row.figure) : null;
    return interval ? [{ row, interval }] : [];
  });
  if (withFigures.length === 0) return null;
  // A representative amount: the middle of a bounded interval, the floor of an open-ended one.
  const middle = ({ min, max }: { min: number; max: number }) =>
    Number.isFinite(max) ? (min + max) / 2 : min;
  const sorted = [...withFigures].sort((a, b) => middle(a.interval) - middle(b.interval));
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  return {
    low: low.row.figureText,
    high: high.row.figureText,
    disagreeing: rows.filter((row) => row.conflictsWith.length > 0).length,
  };
}
