/** A word, a number written in digits, or one punctuation character, with its offsets. */
export interface FigureToken {
  readonly kind: 'word' | 'digits' | 'punct';
  readonly text: string;
  /** Lower-case text, for matching. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** For `digits`: the number ("2,000" → 2000, "1.5" → 1.5). */
  readonly value: number;
}

// Digits with thousands separators (comma, no-break and narrow no-break space) and a decimal
// point; words with inner hyphens and apostrophes ("twenty-six", "ministry's"); any other
// non-space character on its own.
const TOKEN = /(\d(?:[\d,.\u00a0\u202f]*\d)?)|(\p{L}[\p{L}\p{M}'’-]*)|(\S)/gu;

/** Splits `text` into tokens; "10 000" with a plain space is one number. */
export function tokenize(text: string): FigureToken[] {
  const tokens: FigureToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, digits, word] = match;
    const start = match.index;
    const end = start + whole.length;
    if (digits !== undefined) {
      const previous = tokens[tokens.length - 1];
      // "10 000": a group of three digits right after a short number and one space.
      if (
        previous?.kind === 'digits' &&
        /^\d{3}$/.test(digits) &&
        text.slice(previous.end, start) === ' ' &&
        /^\d{1,3}$/.test(previous.text)
      ) {
        tokens[tokens.length - 1] = digitsToken(
          text.slice(previous.start, end),
          previous.start,
          end,
        );
        continue;
      }
      tokens.push(digitsToken(digits, start, end));
    } else {
      tokens.push({
        kind: word !== undefined ? 'word' : 'punct',
        text: whole,
        lower: whole.toLowerCase(),
        start,
        end,
        value: Number.NaN,
      });
    }
  }
  return tokens;
}

function digitsToken(text: string, start: number, end: number): FigureToken {
  // Commas and spaces group thousands; a single dot is a decimal point ("1.5 million").
  const plain = text.replace(/[,\u00a0\u202f ]/g, '');
  const value = /^\d{1,3}(\.\d{3}){2,}$/.test(plain)
    ? Number(plain.replace(/\./g, ''))
    : Number(plain);
  return { kind: 'digits', text, lower: text, start, end, value };
}

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** True for a month name or its abbreviation ("Jan" of "Jan."). */
export function isMonth(token: FigureToken | undefined): boolean {
  return token?.kind === 'word' && MONTHS.has(token.lower);
}

/**
 * True when the digits are not a count: glued to letters or a hyphenated word ("30th",
 * "81-year-old", "Khabar-24"), part of a clock time ("0:02:24"), or a date ("December 16").
 */
export function isNotACount(text: string, tokens: readonly FigureToken[], index: number): boolean {
  const token = tokens[index]!;
  const before = text[token.start - 1] ?? ' ';
  const after = text[token.end] ?? ' ';
  if (/\p{L}/u.test(after) || /\p{L}/u.test(before)) return true;
  if (after === '-' && /\p{L}/u.test(text[token.end + 1] ?? '')) return true;
  if (before === '-' && /\p{L}/u.test(text[token.start - 2] ?? '')) return true;
  if (after === ':' || before === ':') return true;
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (isMonth(next) || isMonth(previous) || (previous?.text === '.' && isMonth(tokens[index - 2])))
    return true;
  return false;
}

/** A four-digit year written without separators, 1800–2100. */
export function looksLikeYear(token: FigureToken): boolean {
  return /^\d{4}$/.test(token.text) && token.value >= 1800 && token.value <= 2100;
}
