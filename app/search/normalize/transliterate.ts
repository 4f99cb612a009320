// Cyrillic (Russian, Kazakh, Ukrainian, Belarusian) and Latin letters with diacritics → plain
// Latin, before the variant rules of fold.ts run. The Cyrillic spellings follow the common English
// romanization (BGN/PCGN-like): х → kh, ж → zh, ц → ts, ё → yo, й → y, so the same folding rules
// apply to a name typed in Cyrillic and to one copied from an English article.

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh letters beyond Russian's. ң is "ng" in BGN but "ñ"/"n" elsewhere, and Russian spellings
  // of the same names have н (Жаңаөзен / Жанаозен), so it folds to n.
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  // Ukrainian and Belarusian.
  є: 'ye', ї: 'yi', ґ: 'g', ў: 'u',
};

// Latin letters that Unicode decomposition leaves alone, or that stand for a digraph: Turkic
// ş/ç are sh/ch (Şymkent = Shymkent), dotless ı is i (Kazakh Latin of 2018/2021).
const LATIN: Readonly<Record<string, string>> = {
  ı: 'i', ş: 'sh', ç: 'ch', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ŋ: 'n',
};

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2019\u02bc\u02bb`´]/g;
const PLAIN = /^[a-z0-9]*$/;

/**
 * Lower-cases a word and writes it in plain Latin letters: Cyrillic transliterated, diacritics
 * removed (ä → a, ğ → g, ñ → n), apostrophes resolved (English possessive dropped, the Kazakh
 * 2018 apostrophe digraphs s' and c' read as sh and ch, any other apostrophe removed).
 * Characters that are neither letters nor digits are kept as they are.
 */
export function transliterate(word: string): string {
  let lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  lower = lower.replace(APOSTROPHES, "'");
  let latin = '';
  for (const char of lower) latin += CYRILLIC[char] ?? LATIN[char] ?? char;
  // Decompose only when something is left to decompose (most words are plain by now).
  if (!PLAIN.test(latin)) latin = latin.normalize('NFD').replace(COMBINING_MARKS, '');
  if (latin.includes("'")) latin = resolveApostrophes(latin);
  return latin;
}

function resolveApostrophes(word: string): string {
  return word
    .replace(/'s?$/, '') // Kazakhstan's, protesters'
    .replace(/s'/g, 'sh') // Kazakh Latin 2018: s' = ш
    .replace(/c'/g, 'ch') // c' = ч
    .replace(/'/g, ''); // O'zbekiston, a' = ә, g' = ғ, don't
}
