import { alternateKeys, fold, foldPrefix } from './fold';
import { transliterate } from './transliterate';

export { transliterate } from './transliterate';

/**
 * The search key of one word: case, diacritics and script folded, then the spellings that
 * romanizations of Kazakh and Russian give the same sound merged. "Tokayev", "Toqaev", "Tokaev"
 * and "Токаев" all give "tokaev"; "Kazakhstan", "Qazaqstan" and "Казахстан" give "kazakstan".
 * Pure and deterministic: the index stores these keys, so changing a rule means a new index version.
 */
export function normalizeWord(word: string): string {
  return fold(transliterate(word));
}

/** The key of a word typed as a prefix ("Nazarbay" → a prefix of the key of "Nazarbayev"). */
export function normalizePrefix(word: string): string {
  return foldPrefix(transliterate(word));
}

/**
 * Every key a query word should find, its own key first: adds the readings of an ambiguous
 * spelling (h for Russian х: "Mihail" also looks for "Mikhail"). Distinct, at most three.
 */
export function queryKeys(word: string): string[] {
  const latin = transliterate(word);
  return [...new Set([fold(latin), ...alternateKeys(latin)])];
}

/**
 * `normalizeWord` with a memory: text repeats its words (a Zipf distribution), so indexing a large
 * corpus folds each distinct word once. Bounded: the memory is dropped when it grows past `limit`.
 */
export class WordKeyCache {
  private readonly keys = new Map<string, string>();

  constructor(private readonly limit = 200_000) {}

  /** The key of `word`, as `normalizeWord(word)` gives it. */
  keyOf(word: string): string {
    let key = this.keys.get(word);
    if (key === undefined) {
      key = normalizeWord(word);
      if (this.keys.size >= this.limit) this.keys.clear();
      this.keys.set(word, key);
    }
    return key;
  }
}
