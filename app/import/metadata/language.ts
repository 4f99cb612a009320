/**
 * A cheap guess at the language of a text, good enough to label a source and pick a
 * transliteration for search: Cyrillic text is Kazakh when Kazakh-only letters are common,
 * Ukrainian with Ukrainian-only letters, Russian otherwise; Latin text by its commonest words.
 */
const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'on']),
  de: new Set([
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'den',
    'sich',
    'auf',
    'ein',
    'eine',
  ]),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'du']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'una', 'para']),
};

export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) {
    if ((sample.match(/[әғқңөұүһӘҒҚҢӨҰҮҺ]/gu)?.length ?? 0) > cyrillic * 0.01) return 'kk';
    if ((sample.match(/[їєґЇЄҐ]/gu)?.length ?? 0) > cyrillic * 0.005) return 'uk';
    return 'ru';
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestCount = 0;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    const count = words.filter((word) => stopwords.has(word)).length;
    if (count > bestCount * 1.2) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}
