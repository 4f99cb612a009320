import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { anchorSelector } from './anchor';
import { describeRange } from './describe';
import { sourceFromText } from './testing/sourceFromText';

const article = sourceFromText(
  readFileSync(new URL('../../corpus/001_31aec38b310682cc.txt', import.meta.url), 'utf8'),
).text;

/** Selects the `nth` (0-based) occurrence of `words`, as a reader's selection would. */
function select(text: string, words: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(words, start + 1);
  if (start === -1) throw new Error(`"${words}" #${nth} not in text`);
  return { start, end: start + words.length };
}

describe('describeRange', () => {
  it('keeps the quote, 32 characters of context each side and the offsets', () => {
    const { start, end } = select(
      article,
      'More than 160 people, including police officers, were killed.',
    );
    const selector = describeRange(article, start, end);
    expect(selector.quote.exact).toBe(
      'More than 160 people, including police officers, were killed.',
    );
    expect(selector.quote.prefix).toBe('rces to fire “without warning”. ');
    expect(selector.quote.prefix).toBe(article.slice(start - 32, start));
    expect(selector.quote.suffix).toBe(' According to previous official ');
    expect(selector.position).toEqual({ start, end });
  });

  it('stops context at the ends of the text', () => {
    const selector = describeRange('Tokayev said so.', 0, 7, 32);
    expect(selector.quote).toEqual({ exact: 'Tokayev', prefix: '', suffix: ' said so.' });
  });

  it('never cuts an emoji in half in the context', () => {
    const text = '😀abc😀';
    const selector = describeRange(text, 2, 5, 1);
    expect(selector.quote).toEqual({ exact: 'abc', prefix: '', suffix: '' });
  });

  it('rejects empty, reversed, out-of-range and half-character ranges', () => {
    expect(() => describeRange(article, 10, 10)).toThrow(/empty/);
    expect(() => describeRange(article, 12, 10)).toThrow(/empty/);
    expect(() => describeRange(article, -1, 10)).toThrow(/outside the text/);
    expect(() => describeRange(article, 0, article.length + 1)).toThrow(/outside the text/);
    expect(() => describeRange(article, 0.5, 10)).toThrow(/whole numbers/);
    expect(() => describeRange('a😀b', 0, 2)).toThrow(/splits a character/);
  });
});

describe('anchorSelector', () => {
  it('round-trips: describe then anchor gives the same range in the same text', () => {
    for (const words of ['Aset Abishev', 'torture conveyor', 'About 164 people were killed']) {
      const range = select(article, words);
      expect(anchorSelector(article, describeRange(article, range.start, range.end))).toEqual(
        range,
      );
    }
  });

  it('follows the quote when text was edited before it', () => {
    const range = select(article, 'About 164 people were killed');
    const selector = describeRange(article, range.start, range.end);
    const edited = article.replace(
      'Aset Abishev was one',
      'Aset Abishev, 43, a veteran activist, was one',
    );
    const anchored = anchorSelector(edited, selector);
    expect(anchored).not.toBeNull();
    expect(anchored?.start).toBe(range.start + ', 43, a veteran activist,'.length);
    expect(edited.slice(anchored?.start, anchored?.end)).toBe('About 164 people were killed');
  });

  it('returns null when the quoted words were removed, however similar the rest', () => {
    const range = select(article, 'About 164 people were killed');
    const selector = describeRange(article, range.start, range.end);
    const edited = article.replace('About 164 people were killed', 'About 165 people were killed');
    expect(anchorSelector(edited, selector)).toBeNull();
  });

  it('tells duplicate occurrences apart by their prefix and suffix', () => {
    // "were killed" occurs several times; pick the one in the January 8 entry.
    const range = select(article, 'About 164 people were killed');
    const quote = { start: range.start + 'About 164 people '.length, end: range.end };
    const selector = describeRange(article, quote.start, quote.end);
    expect(selector.quote.exact).toBe('were killed');
    // Shift everything so the stored position points at nothing useful.
    const edited = `Editor’s note: updated.\n\n${article}`;
    const anchored = anchorSelector(edited, selector);
    expect(anchored).toEqual({ start: quote.start + 25, end: quote.end + 25 });
    // The nearest other occurrence must not win just by being close to the old offset.
    const moved = { ...selector, position: { start: 0, end: 11 } };
    expect(anchorSelector(article, moved)).toEqual(quote);
  });

  it('prefers the occurrence whose context agrees over the one at the stored position', () => {
    // The caption paragraph is repeated word for word in the article; only the suffix differs.
    const words = 'Smoke rises as protesters gather near Almaty town hall';
    const second = select(article, words, 1);
    const selector = describeRange(article, second.start, second.end);
    const first = select(article, words, 0);
    const pointingAtFirst = { ...selector, position: first };
    expect(anchorSelector(article, pointingAtFirst)).toEqual(second);
  });

  it('breaks ties by distance to the stored position', () => {
    const text = 'x TOKEN x TOKEN x TOKEN x';
    const selector = {
      quote: { exact: 'TOKEN', prefix: '', suffix: '' },
      position: { start: 12, end: 17 },
    };
    expect(anchorSelector(text, selector)).toEqual({ start: 10, end: 15 });
  });

  it('returns null for an empty quote', () => {
    const selector = {
      quote: { exact: '', prefix: '', suffix: '' },
      position: { start: 0, end: 0 },
    };
    expect(anchorSelector(article, selector)).toBeNull();
  });

  it('is fast on a 1 MB text with thousands of occurrences', () => {
    const big = Array.from({ length: Math.ceil(1_000_000 / article.length) }, () => article).join(
      '\n\n',
    );
    expect(big.length).toBeGreaterThan(1_000_000);
    // " the " occurs thousands of times and every copy of the article has the same context, so
    // only the distance to the stored position can pick the right one.
    const range = select(big, ' the ', 3000);
    const selector = describeRange(big, range.start, range.end);
    const edited = `Added line.\n\n${big}`;
    const began = performance.now();
    const anchored = anchorSelector(edited, selector);
    const elapsed = performance.now() - began;
    expect(anchored).toEqual({ start: range.start + 13, end: range.end + 13 });
    expect(elapsed).toBeLessThan(250);
  });
});
