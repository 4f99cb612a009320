// English number words as press copy writes them: "Twelve police officers", "twenty-six
// protesters", "one hundred and sixty-four", "a dozen", "half a dozen", "1.5 million".

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** True for a word that can be part of a spelled-out number ("and" only inside one). */
export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lower in UNITS ||
    lower in TENS ||
    lower in SCALES ||
    lower === 'dozen' ||
    lower.split('-').every((part) => part in UNITS || part in TENS)
  );
}

/**
 * The value of a run of number words, or null when they do not spell a number: "twelve" → 12,
 * "one hundred and sixty-four" → 164, "a thousand" → 1000, "two dozen" → 24.
 */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and' || word === 'a' || word === 'an') {
      // "a hundred" = one hundred; "and" only joins ("one hundred and six").
      if (word !== 'and' && !seen) current = 1;
      continue;
    }
    const parts = word.split('-');
    if (parts.length === 2 && parts[0]! in TENS && parts[1]! in UNITS) {
      current += TENS[parts[0]!]! + UNITS[parts[1]!]!;
    } else if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** A scale word after digits: "1.5 million" → 1_500_000; null when `word` is no scale. */
export function scaleOf(word: string): number | null {
  const lower = word.toLowerCase();
  return lower === 'hundred' || lower in SCALES ? (SCALES[lower] ?? 100) : null;
}
