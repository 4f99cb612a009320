import englishWords from 'an-array-of-english-words' with { type: 'json' };
import { AUTHOR_NAMES, AUTHOR_SURNAMES, HOUSE_STYLES, NEWS_WORDS, OUTLETS, REGION_SENTENCES } from './names';
import { seededRandom, shuffle, zipfSampler } from './random';

/** A generated news article: what a source holds that search reads. */
export interface BenchArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly authors: readonly string[];
  readonly publishedAt: string;
  readonly text: string;
}

/** The vocabulary in frequency order: news words first, then the dictionary shuffled. */
export function vocabulary(seed = 7): string[] {
  const common = new Set(NEWS_WORDS);
  const rest = shuffle(
    (englishWords as string[]).filter((word) => !common.has(word)),
    seededRandom(seed),
  );
  return [...NEWS_WORDS, ...rest];
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * `count` articles, the same ones for the same seed: titles of 5–11 words, 6–14 paragraphs of
 * 3–6 sentences of Zipf-distributed words (≈ 720 words, ≈ 5 kB an article), and one sentence in
 * six about the region with names in the spelling of the article's house style.
 */
export function* generateArticles(count: number, seed = 2022): Generator<BenchArticle> {
  const random = seededRandom(seed);
  const words = vocabulary();
  const nextRank = zipfSampler(words.length, random);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const sentence = (): string => {
    const length = between(6, 26);
    const parts: string[] = new Array<string>(length);
    for (let i = 0; i < length; i++) parts[i] = words[nextRank()]!;
    parts[0] = capitalize(parts[0]!);
    return `${parts.join(' ')}.`;
  };
  for (let n = 0; n < count; n++) {
    const style = pick(HOUSE_STYLES);
    const paragraphs: string[] = [];
    const paragraphCount = between(6, 14);
    for (let p = 0; p < paragraphCount; p++) {
      const sentences: string[] = [];
      const sentenceCount = between(3, 6);
      for (let s = 0; s < sentenceCount; s++) {
        sentences.push(random() < 1 / 6 ? pick(REGION_SENTENCES)(style, between(2, 16_000)) : sentence());
      }
      paragraphs.push(sentences.join(' '));
    }
    const titleWords = Array.from({ length: between(5, 11) }, () => capitalize(words[nextRank()]!));
    if (random() < 0.3) titleWords.splice(between(0, titleWords.length), 0, style.country);
    yield {
      id: `src_${String(n).padStart(7, '0')}`,
      title: titleWords.join(' '),
      outlet: pick(OUTLETS),
      authors: [`${pick(AUTHOR_NAMES)} ${pick(AUTHOR_SURNAMES)}`],
      publishedAt: `${between(2015, 2023)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
      text: paragraphs.join('\n\n'),
    };
  }
}
