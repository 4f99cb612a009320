import type { TextSpan } from '../document';
import { WordKeyCache } from '../normalize';
import { forEachWord } from '../tokenize';
import { firstCharsFor, mayStartKey } from './keyStarts';

const keys = new WordKeyCache(100_000);
const firstCharsOf = new WeakMap<readonly (readonly string[])[], readonly ReadonlySet<string>[]>();

/**
 * Whether `phrase` (each word as the keys it may have) occurs in `text` as words in a row, in
 * any spelling that folds to those keys. The check a phrase query makes on every candidate it
 * rejects, so it keeps only the last few words' spans and folds a word only when its first
 * character can start the key wanted at its place.
 */
export function phraseOccurs(text: string, phrase: readonly (readonly string[])[], spans?: readonly TextSpan[]): boolean {
  const length = phrase.length;
  if (length === 0) return true;
  let firstChars = firstCharsOf.get(phrase);
  if (!firstChars) firstCharsOf.set(phrase, (firstChars = phrase.map((options) => firstCharsFor(options))));
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let seen = 0;
  let found = false;
  const matchesAt = (slot: number, j: number) => {
    const start = starts[slot]!;
    if (!mayStartKey(text.charAt(start), firstChars[j]!)) return false;
    return phrase[j]!.includes(keys.keyOf(text.slice(start, ends[slot]!)));
  };
  const visit = (start: number, end: number) => {
    if (found) return;
    const slot = seen % length;
    starts[slot] = start;
    ends[slot] = end;
    seen++;
    if (seen < length) return;
    // The window of the last `length` words, oldest first, against the phrase's words.
    for (let j = 0; j < length; j++) if (!matchesAt((seen - length + j) % length, j)) return;
    found = true;
  };
  if (!spans) forEachWord(text, visit);
  else for (const span of spans) forEachWord(text, visit, span.start, span.end);
  return found;
}
