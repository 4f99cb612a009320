/** A highlight (or any marked passage) already anchored to offsets in the source text. */
export interface AnchoredRange {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A stretch of text with the ids of every range covering all of it (empty: plain text). */
export interface TextRun {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
}

/**
 * Splits `[start, end)` (typically one paragraph) into consecutive runs so the Reader can wrap
 * highlighted runs in `<mark>`. Ranges are clipped to the span; where ranges nest or overlap, a
 * run carries every id covering it, in the order the ranges were given. The runs cover the span
 * exactly, without gaps, and adjacent runs never carry the same ids.
 */
export function splitIntoRuns(
  start: number,
  end: number,
  ranges: readonly AnchoredRange[],
): readonly TextRun[] {
  if (end <= start) return [];
  const clipped = ranges
    .map((range) => ({
      id: range.id,
      start: Math.max(range.start, start),
      end: Math.min(range.end, end),
    }))
    .filter((range) => range.start < range.end);

  const cuts = new Set<number>([start, end]);
  for (const range of clipped) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);

  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const runStart = sorted[i] as number;
    const runEnd = sorted[i + 1] as number;
    const ids = clipped
      .filter((range) => range.start <= runStart && range.end >= runEnd)
      .map((range) => range.id);
    const unique = [...new Set(ids)];
    const previous = runs[runs.length - 1];
    if (previous && sameIds(previous.ids, unique)) {
      runs[runs.length - 1] = { start: previous.start, end: runEnd, ids: previous.ids };
    } else {
      runs.push({ start: runStart, end: runEnd, ids: unique });
    }
  }
  return runs;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
