import CSL from 'citeproc';

import type { FootnotePart } from './footnote';

// Private-use characters mark styling in citeproc's output; metadata is stripped of them first
// (cslItem.ts), so they cannot be forged by a title.
const ITALIC_OPEN = '\uE000';
const ITALIC_CLOSE = '\uE001';
const ROMAN_OPEN = '\uE002';
const ROMAN_CLOSE = '\uE003';
const URL_OPEN = '\uE004';
const URL_CLOSE = '\uE005';

/** The name of citeproc-js output format Margin registers. */
export const MARKED_FORMAT = 'margin-marked';

let registered = false;

/**
 * Registers an output format that is citeproc's plain text plus marks for italics and URLs, so
 * one rendering serves every export: the marks become `*…*` in Markdown, `<i>` in HTML, italic
 * runs in Word and PDF. Text is not escaped here: each exporter escapes for its own format.
 */
export function registerMarkedFormat(): void {
  if (registered) return;
  const text = CSL.Output.Formats.text as Record<string, unknown>;
  CSL.Output.Formats[MARKED_FORMAT] = {
    ...(text as Record<string, never>),
    '@font-style/italic': `${ITALIC_OPEN}%%STRING%%${ITALIC_CLOSE}`,
    '@font-style/oblique': `${ITALIC_OPEN}%%STRING%%${ITALIC_CLOSE}`,
    '@font-style/normal': `${ROMAN_OPEN}%%STRING%%${ROMAN_CLOSE}`,
    '@URL/true': (_state: unknown, url: string) => `${URL_OPEN}${url}${URL_CLOSE}`,
    '@DOI/true': (_state: unknown, doi: string) => doi,
    // Bibliography entries are collected one by one; no trailing newline.
    '@bibliography/entry': (_state: unknown, entry: string) => entry,
  };
  registered = true;
}

/**
 * Turns marked output into styled parts: italic (a roman run inside italics, such as a title
 * within a title, is plain), url, and plain text between them. Adjacent parts of one style merge.
 * `urls` are the cited items' URLs: citeproc does not mark every URL it prints, so they are
 * also found by their text.
 */
export function parseMarked(marked: string, urls: readonly string[] = []): FootnotePart[] {
  const parts: FootnotePart[] = [];
  const styles: ('italic' | 'plain' | 'url')[] = [];
  let text = '';
  const current = (): FootnotePart['style'] => styles[styles.length - 1] ?? 'plain';
  const flush = (): void => {
    if (text === '') return;
    const style = current();
    const previous = parts[parts.length - 1];
    if (previous && previous.style === style) {
      parts[parts.length - 1] = { text: previous.text + text, style };
    } else {
      parts.push({ text, style });
    }
    text = '';
  };
  for (const char of marked) {
    if (char === ITALIC_OPEN || char === ROMAN_OPEN || char === URL_OPEN) {
      flush();
      styles.push(char === URL_OPEN ? 'url' : char === ITALIC_OPEN ? 'italic' : 'plain');
    } else if (char === ITALIC_CLOSE || char === ROMAN_CLOSE || char === URL_CLOSE) {
      flush();
      styles.pop();
    } else {
      text += char;
    }
  }
  flush();
  return parts.flatMap((part) => (part.style === 'plain' ? splitUrls(part.text, urls) : [part]));
}

/** Plain text with each URL occurrence cut out as a `url` part (longest URLs first). */
function splitUrls(text: string, urls: readonly string[]): FootnotePart[] {
  const sorted = [...urls].filter((url) => url !== '').sort((a, b) => b.length - a.length);
  let best: { index: number; url: string } | null = null;
  for (const url of sorted) {
    const index = text.indexOf(url);
    if (index !== -1 && (best === null || index < best.index)) best = { index, url };
  }
  if (best === null) return text === '' ? [] : [{ text, style: 'plain' }];
  const before = text.slice(0, best.index);
  const after = text.slice(best.index + best.url.length);
  return [
    ...(before === '' ? [] : [{ text: before, style: 'plain' as const }]),
    { text: best.url, style: 'url' },
    ...splitUrls(after, urls),
  ];
}
