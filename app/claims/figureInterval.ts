import type { Figure, FigureQualifier } from '../model/types';

/** The values a figure allows, e.g. "more than 160" → (160, ∞). */
export interface FigureInterval {
  readonly min: number;
  readonly max: number;
  /** True when the bound itself is excluded ("more than 160" excludes 160). */
  readonly minOpen: boolean;
  readonly maxOpen: boolean;
}

// What vague amounts are taken to mean. "Dozens" is at least two dozen; "scores" at least two
// score; the upper ends are where the next word ("hundreds") would have been used instead.
const VAGUE_RANGES: Partial<Record<FigureQualifier, readonly [number, number]>> = {
  several: [3, 9],
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  'tens of thousands': [20_000, 99_999],
};

/** How loose "about" is: ±10 %, and at least ±1. */
const ABOUT_MARGIN = 0.1;

/** The interval of values a figure allows, or null when it states no amount at all. */
export function figureInterval(figure: Figure): FigureInterval | null {
  const vague = VAGUE_RANGES[figure.qualifier];
  if (vague) return closed(vague[0], vague[1]);
  const low = figure.range?.min ?? figure.value;
  const high = figure.range?.max ?? figure.value;
  if (low === null || high === null) return null;
  switch (figure.qualifier) {
    case 'about': {
      const margin = (value: number) => Math.max(1, Math.abs(value) * ABOUT_MARGIN);
      return closed(low - margin(low), high + margin(high));
    }
    case 'at least':
      return { min: low, max: Infinity, minOpen: false, maxOpen: true };
    case 'more than':
      return { min: high, max: Infinity, minOpen: true, maxOpen: true };
    case 'up to':
      return closed(0, high);
    case 'fewer than':
      return { min: 0, max: low, minOpen: false, maxOpen: true };
    default:
      return closed(low, high);
  }
}

function closed(min: number, max: number): FigureInterval {
  return { min, max, minOpen: false, maxOpen: false };
}

/** True when some value satisfies both intervals. */
export function intervalsOverlap(a: FigureInterval, b: FigureInterval): boolean {
  return below(a, b) && below(b, a);
}

/** True when `a` starts no later than `b` ends. */
function below(a: FigureInterval, b: FigureInterval): boolean {
  return a.min < b.max || (a.min === b.max && !a.minOpen && !b.maxOpen);
}

/**
 * True when two figures cannot both be right: "dozens" and "more than 160" disagree; "about
 * 164" and "more than 160" do not. Figures without an amount never disagree.
 */
export function figuresDisagree(a: Figure, b: Figure): boolean {
  const left = figureInterval(a);
  const right = figureInterval(b);
  return left !== null && right !== null && !intervalsOverlap(left, right);
}
