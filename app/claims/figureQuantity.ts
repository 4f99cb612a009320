import type { FigureQualifier } from '../model/types';
import type { FigureToken } from './figureTokens';
import { isNumberWord, parseNumberWords, scaleOf } from './numberWords';

/** A hedge before a number, as press copy writes it, and what it means. */
const QUALIFIER_PHRASES: readonly (readonly [string, FigureQualifier])[] = [
  ['more than', 'more than'],
  ['over', 'more than'],
  ['upwards of', 'more than'],
  ['in excess of', 'more than'],
  ['at least', 'at least'],
  ['no fewer than', 'at least'],
  ['no less than', 'at least'],
  ['a minimum of', 'at least'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['nearly', 'about'],
  ['almost', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['close to', 'about'],
  ['up to', 'up to'],
  ['as many as', 'up to'],
  ['at most', 'up to'],
  ['no more than', 'up to'],
  ['a maximum of', 'up to'],
  ['fewer than', 'fewer than'],
  ['less than', 'fewer than'],
  ['under', 'fewer than'],
  ['a total of', 'none'],
  ['exactly', 'none'],
];

/** The qualifier phrase starting at `index`, longest first, and the index after it. */
export function matchQualifier(
  tokens: readonly FigureToken[],
  index: number,
): { qualifier: FigureQualifier; next: number } | null {
  let best: { qualifier: FigureQualifier; next: number } | null = null;
  for (const [phrase, qualifier] of QUALIFIER_PHRASES) {
    const words = phrase.split(' ');
    if (
      words.every((word, k) => tokens[index + k]?.lower === word) &&
      (!best || index + words.length > best.next)
    ) {
      best = { qualifier, next: index + words.length };
    }
  }
  return best;
}

/** A stated amount: a number, a range, or a vague amount ("dozens"). */
export interface Quantity {
  readonly value: number | null;
  readonly range: { readonly min: number; readonly max: number } | null;
  /** Set when the words themselves hedge: "dozens" → 'dozens', "a dozen" → 'about'. */
  readonly qualifier: FigureQualifier | null;
  readonly next: number;
}

const VAGUE: Readonly<Record<string, FigureQualifier>> = {
  dozens: 'dozens',
  scores: 'scores',
  hundreds: 'hundreds',
  thousands: 'thousands',
  several: 'several',
};

/** The number at `index`, in digits or words, with a scale ("1.5 million") and a range ("5 to 15"). */
export function matchNumber(
  tokens: readonly FigureToken[],
  index: number,
): { value: number; next: number } | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'digits') {
    const scale = scaleOf(tokens[index + 1]?.lower ?? '');
    return scale
      ? { value: token.value * scale, next: index + 2 }
      : { value: token.value, next: index + 1 };
  }
  if (
    token.lower === 'half' &&
    tokens[index + 1]?.lower === 'a' &&
    tokens[index + 2]?.lower === 'dozen'
  )
    return { value: 6, next: index + 3 };
  const words: string[] = [];
  let k = index;
  for (; k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    const joins =
      (word === 'and' && words.length > 0) ||
      ((word === 'a' || word === 'an') && words.length === 0);
    if (joins && isNumberWord(tokens[k + 1]?.lower ?? '')) words.push(word);
    else if (tokens[k]!.kind === 'word' && isNumberWord(word)) words.push(word);
    else break;
  }
  // "one of the first protesters" is no count.
  if (words.length === 1 && words[0] === 'one' && tokens[k]?.lower === 'of') return null;
  const value = words.some((w) => w !== 'a' && w !== 'an' && w !== 'and')
    ? parseNumberWords(words)
    : null;
  return value === null ? null : { value, next: k };
}

/** The amount starting at `index`, or null when there is none. */
export function matchQuantity(tokens: readonly FigureToken[], index: number): Quantity | null {
  const token = tokens[index];
  if (!token) return null;
  const lower = token.lower;
  // "between 5 and 15", "from 5 to 15"
  if (lower === 'between' || lower === 'from') {
    const low = matchNumber(tokens, index + 1);
    const joiner = low && tokens[low.next]?.lower;
    const high =
      low && (joiner === 'and' || joiner === 'to') ? matchNumber(tokens, low.next + 1) : null;
    return low && high
      ? { value: null, range: ordered(low.value, high.value), qualifier: null, next: high.next }
      : null;
  }
  if (
    lower === 'tens' &&
    tokens[index + 1]?.lower === 'of' &&
    tokens[index + 2]?.lower === 'thousands'
  ) {
    return { value: null, range: null, qualifier: 'tens of thousands', next: index + 3 };
  }
  if (lower === 'several' || (lower === 'a' && tokens[index + 1]?.lower === 'few')) {
    const skip = lower === 'a' ? 2 : 1;
    const scale = tokens[index + skip]?.lower;
    const scaled: FigureQualifier | null =
      scale === 'hundred'
        ? 'hundreds'
        : scale === 'thousand'
          ? 'thousands'
          : scale === 'dozen'
            ? 'dozens'
            : null;
    return {
      value: null,
      range: null,
      qualifier: scaled ?? 'several',
      next: index + skip + (scaled ? 1 : 0),
    };
  }
  if (lower in VAGUE) {
    // "scores" counts only as "scores of …": "test scores" is no amount.
    if (lower === 'scores' && tokens[index + 1]?.lower !== 'of') return null;
    return { value: null, range: null, qualifier: VAGUE[lower]!, next: index + 1 };
  }
  const number = matchNumber(tokens, index);
  if (!number) return null;
  const joiner = tokens[number.next];
  if (joiner && (joiner.lower === 'to' || joiner.text === '-' || joiner.text === '–')) {
    const high = matchNumber(tokens, number.next + 1);
    if (high && high.value > number.value)
      return {
        value: null,
        range: ordered(number.value, high.value),
        qualifier: null,
        next: high.next,
      };
  }
  const dozen = lower === 'a' && tokens[index + 1]?.lower === 'dozen';
  return { value: number.value, range: null, qualifier: dozen ? 'about' : null, next: number.next };
}

function ordered(a: number, b: number): { min: number; max: number } {
  return { min: Math.min(a, b), max: Math.max(a, b) };
}
