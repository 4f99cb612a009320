import type { SourceMetadata } from '../model/types';
import { formatPartialDate } from './dates';

/** Where in the source the cited passage is: its body paragraph, when known. */
export interface FootnoteLocator {
  readonly paragraph: number | null;
}

export interface FootnoteOptions {
  /** ISO date the source was consulted; printed only for undated sources (Chicago 14.12). */
  readonly accessed?: string;
}

/**
 * One piece of a formatted note. Plain text cannot show italics, so the note is returned as
 * styled parts: a plain-text export joins them, Markdown wraps `italic` in `*…*` and `url` in
 * `<…>`, and a later HTML or Word export can do the same with its own markup.
 */
export interface FootnotePart {
  readonly text: string;
  readonly style: 'plain' | 'italic' | 'url';
}

/**
 * A Chicago-style note for a news article, as styled parts:
 * `Authors, “Title,” *Outlet*, Month D, YYYY, ¶ N, URL.` Missing fields are left out with
 * their punctuation. Takes plain data only, so a CSL engine (citeproc) can replace it later.
 */
export function footnoteParts(
  source: SourceMetadata,
  locator: FootnoteLocator,
  options: FootnoteOptions = {},
): readonly FootnotePart[] {
  const elements: NoteField[] = [];
  const outlet = source.outlet?.trim() || null;
  const authors = formatAuthors(source.authors, outlet);
  if (authors) elements.push({ text: authors, style: 'plain' });
  elements.push({ text: titleText(source.title), style: 'plain', title: true });
  if (outlet) elements.push({ text: outlet, style: 'italic' });
  const published = formatPartialDate(source.publishedAt);
  if (published) elements.push({ text: published, style: 'plain' });
  const paragraph = locator.paragraph;
  if (paragraph !== null && Number.isInteger(paragraph) && paragraph > 0) {
    elements.push({ text: `¶ ${paragraph}`, style: 'plain' });
  }
  const accessed = published ? null : formatPartialDate(options.accessed);
  if (accessed) elements.push({ text: `accessed ${accessed}`, style: 'plain' });
  const url = source.url?.trim();
  if (url) elements.push({ text: url, style: 'url' });
  return punctuate(elements);
}

/** The same note as one plain-text string (no italics). */
export function formatFootnote(
  source: SourceMetadata,
  locator: FootnoteLocator,
  options: FootnoteOptions = {},
): string {
  return footnoteParts(source, locator, options)
    .map((part) => part.text)
    .join('');
}

/** One field of the note; the title is punctuated differently from the rest. */
interface NoteField extends FootnotePart {
  readonly title?: boolean;
}

/**
 * Joins fields with commas and ends the note with a period. A title carries its punctuation
 * inside the closing quote (`“Title,”`), or none after its own `?` or `!` (Chicago 6.119).
 */
function punctuate(elements: readonly NoteField[]): FootnotePart[] {
  const parts: FootnotePart[] = [];
  elements.forEach((element, index) => {
    const last = index === elements.length - 1;
    if (element.title) {
      const mark = /[?!]$/.test(element.text) ? '' : last ? '.' : ',';
      parts.push({ text: `“${element.text}${mark}”${last ? '' : ' '}`, style: 'plain' });
      return;
    }
    parts.push({ text: element.text, style: element.style });
    if (!last) parts.push({ text: ', ', style: 'plain' });
    else if (!/[.?!]$/.test(element.text)) parts.push({ text: '.', style: 'plain' });
  });
  return mergePlain(parts);
}

/** `A`, `A and B`, `A, B, and C`, `A et al.` (four or more, Chicago 14.76); the outlet dropped. */
function formatAuthors(authors: readonly string[], outlet: string | null): string | null {
  const names = authors
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.toLowerCase() !== outlet?.toLowerCase());
  const [first, second, third] = names;
  if (first === undefined) return null;
  if (second === undefined) return first;
  if (third === undefined) return `${first} and ${second}`;
  if (names.length === 3) return `${first}, ${second}, and ${third}`;
  return `${first} et al.`;
}

/** The title for curly quotes: quotation marks inside it become single ones (Chicago 13.30). */
function titleText(title: string): string {
  const inner = title
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{])"/g, '$1‘')
    .replace(/"/g, '’');
  return inner || 'Untitled';
}

function mergePlain(parts: readonly FootnotePart[]): FootnotePart[] {
  const merged: FootnotePart[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (previous && previous.style === 'plain' && part.style === 'plain') {
      merged[merged.length - 1] = { text: previous.text + part.text, style: 'plain' };
    } else {
      merged.push(part);
    }
  }
  return merged;
}
