// Variant folding: after transliteration, the spellings that different romanizations give the same
// Kazakh or Russian sound are written one way. Each rule names the variants it merges; the order
// matters (digraphs before single letters, glides before y → i, doubled letters last).

type Rule = readonly [pattern: RegExp, replacement: string];

const RULES: readonly Rule[] = [
  [/shch/g, 'sh'], // щ: Khrushchev / Khrushchov / Chruschtschow-less English forms
  [/tch/g, 'ch'], // French: Gorbatchev
  [/dzh|dj|zh/g, 'j'], // ж and дж: Zhomart / Jomart, Tadzhikistan / Tajikistan, Zheltoqsan / Jeltoqsan
  [/kh/g, 'k'], // х and Kazakh қ meet: Kazakhstan / Qazaqstan, Mukhtar (h handled in queryKeys)
  [/gh/g, 'g'], // ғ: Qaraghandy / Qarağandy
  [/ck|q/g, 'k'], // қ: Toqaev / Tokaev, Aqorda / Akorda
  [/ts(?=[aeiouy])/g, 'c'], // ц before a vowel: Kuznetsov / Kuznecov, Yeltsin
  [/ou/g, 'u'], // French: Nour-Sultan / Nur-Sultan
  [/^y(?=e)/, ''], // initial е: Yerlan / Erlan, Yevgeny / Evgeny
  [/([aeiou])[yij]e/g, '$1e'], // е after a vowel: Tokayev / Tokaev / Tokaiev, Nazarbayev / Nazarbaev
  [/([bcdfghjklmnprstvwxz])yo/g, '$1e'], // ё after a consonant: Gorbachyov / Gorbachev, Pyotr / Petr
  [/([aeiou])j(?![aeiou])/g, '$1i'], // й written j (Czech, German, Polish): Sergej, Bajkonur
  [/y/g, 'i'], // ы, й and и: Kassym / Kasim, Almaty, Sergey / Sergei, Dmitriy / Dmitrii
  // Doubled consonants (and ii): Kassym / Kasym, Dinmukhammed / Dinmukhamed, Dmitrii / Dmitri. Not
  // other doubled vowels, which English spells on purpose (shot / shoot, to / too).
  [/([bcdfghjklmnprstvwxz]|i)\1+/g, '$1'],
];

// A prefix may stop in the middle of a glide ("Nazarbay" of Nazarbayev, whose key is nazarbaev).
const TRAILING_GLIDE = /([aeiou])[yij]$/;

/** Folds a transliterated word (see transliterate.ts) to its search key. */
export function fold(latin: string): string {
  let key = latin;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Folds the beginning of a word typed as a prefix, so it stays a prefix of the words' keys. */
export function foldPrefix(latin: string): string {
  return fold(latin.replace(TRAILING_GLIDE, '$1'));
}

// h that is not part of sh, ch, zh, th, ph, gh, wh or kh.
const LONE_H = /(^|[^sczptgwk])h/g;

/**
 * Other keys a query word may mean: Russian х is written kh or h (Mikhail / Mihail, Khabar / Habar),
 * but kh also meets Kazakh қ (Kazakhstan / Qazaqstan), so the index keeps kh → k and a query adds
 * the other reading. Returns the keys besides `fold(latin)`, at most two.
 */
export function alternateKeys(latin: string, foldWord: (latin: string) => string = fold): string[] {
  const keys: string[] = [];
  if (latin.includes('kh')) keys.push(foldWord(latin.replace(/kh/g, 'h')));
  if (latin.length >= 4 && /(^|[^sczptgwk])h/.test(latin)) keys.push(foldWord(latin.replace(LONE_H, '$1kh')));
  return keys;
}
