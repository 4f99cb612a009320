import type { Figure, FigureQualifier } from '../model/types';
import { matchQualifier, matchQuantity } from './figureQuantity';
import { isNotACount, looksLikeYear, tokenize, type FigureToken } from './figureTokens';

/** A figure found in a passage, with where it is written. */
export interface FigureMatch {
  readonly figure: Figure;
  /** Offsets into the passage of the words parsed ("More than 160 people"). */
  readonly start: number;
  readonly end: number;
}

// Words that end what is counted: "160 people, including…", "2,000 people had been detained".
const UNIT_STOP = new Set(
  (
    'the a an and or but nor of in on at to for by with from into as than per were was are is be been being have has had ' +
    'who whom which that this these those including according said says will would could should may might also ' +
    'during after before since while across amid among against there here who'
  ).split(' '),
);
const MAX_UNIT_WORDS = 3;

/**
 * Every figure in `text`, in reading order: "More than 160 people" → more than 160 people;
 * "About 164 people were killed" → about 164 people; "dozens of attackers" → dozens of attackers;
 * "Twelve police officers" → 12 police officers; "between 5 and 15 days" → 5–15 days. Years,
 * dates, ages ("81-year-old") and clock times are not figures.
 */
export function findFigures(text: string): FigureMatch[] {
  const tokens = tokenize(text);
  const found: FigureMatch[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const hedge = matchQualifier(tokens, index);
    const at = hedge ? hedge.next : index;
    const quantity = matchQuantity(tokens, at);
    if (!quantity) continue;
    const first = tokens[at]!;
    if (
      first.kind === 'digits' &&
      (isNotACount(text, tokens, at) || (!hedge && looksLikeYear(first)))
    )
      continue;
    const unit = matchUnit(text, tokens, quantity.next);
    const qualifier: FigureQualifier =
      quantity.qualifier && quantity.qualifier !== 'about'
        ? quantity.qualifier
        : (hedge?.qualifier ?? quantity.qualifier ?? 'none');
    const last = tokens[unit.next - 1]!;
    found.push({
      figure: {
        value: quantity.value,
        range: quantity.range,
        unit: unit.text,
        qualifier,
        asOf: null,
      },
      start: tokens[index]!.start,
      end: last.end,
    });
    index = unit.next - 1;
  }
  return found;
}

/** The first figure in `text`, or null: what a claim's figure starts as. */
export function parseFigure(text: string): Figure | null {
  return findFigures(text)[0]?.figure ?? null;
}

/** What is counted after the amount: "people", "police officers", "of attackers" → "attackers". */
function matchUnit(
  text: string,
  tokens: readonly FigureToken[],
  index: number,
): { text: string; next: number } {
  let k = index;
  if (tokens[k]?.lower === '%') return { text: 'percent', next: k + 1 };
  if (
    tokens[k]?.lower === 'of' &&
    tokens[k + 1]?.kind === 'word' &&
    !UNIT_STOP.has(tokens[k + 1]!.lower)
  )
    k++;
  const start = k;
  while (k < tokens.length && k - start < MAX_UNIT_WORDS) {
    const token = tokens[k]!;
    if (token.kind !== 'word' || UNIT_STOP.has(token.lower)) break;
    // Stop at a participle after the noun ("people planning to…", "officers killed"), but keep
    // one standing alone ("353 injured").
    if (k > start && /(?:ing|ed)$/.test(token.lower)) break;
    k++;
    if (k - start === 1 && /(?:ed)$/.test(token.lower)) break;
    // A comma or full stop ends the phrase even inside the word budget.
    if (/[,.;:!?)]/.test(text[token.end] ?? '')) break;
  }
  if (k === start) return { text: '', next: index };
  return {
    text: tokens
      .slice(start, k)
      .map((t) => t.text)
      .join(' '),
    next: k,
  };
}
