import type { FootnotePart } from '../citation';
import { escapeInlineText, escapeLineStart, urlText } from './markdownText';
import type { MemoNote } from './prepareMemo';

/** Continuation lines of a footnote definition are indented so they stay inside it. */
const CONTINUATION = '    ';

/**
 * One Markdown footnote definition: `[^n]: <reference> “<quote>”`, the quote verbatim from the
 * source; a note with a problem also carries a visible **Citation problem** and its message.
 */
export function footnoteDefinition(note: MemoNote): string {
  const parts = [
    note.reference ? noteMarkdown(note.reference) : '',
    note.quote !== null ? `“${quoteMarkdown(note.quote)}”` : '',
    note.problem ? `**Citation problem:** ${escapeInlineText(note.problem.message)}` : '',
  ].filter((part) => part !== '');
  return `[^${note.number}]: ${parts.join(' ')}`;
}

/** The styled note parts as Markdown: the outlet in italics, the URL as an autolink. */
export function noteMarkdown(parts: readonly FootnotePart[]): string {
  return parts
    .map((part, index) => {
      if (part.style === 'url') return urlText(part.text);
      const text = escapeInlineText(part.text);
      if (part.style === 'italic') return `*${text}*`;
      return index === 0 ? escapeLineStart(text) : text;
    })
    .join('');
}

/**
 * The quote with only Markdown escapes added, so it renders exactly as the source text. A
 * quote that spans lines or paragraphs keeps them, indented to stay inside the footnote.
 */
export function quoteMarkdown(quote: string): string {
  return quote
    .split('\n\n')
    .map((paragraph, p) =>
      paragraph
        .split('\n')
        .map((line, l) => {
          const text = escapeInlineText(line);
          return p === 0 && l === 0 ? text : escapeLineStart(text.replace(/^\s+/, ''));
        })
        .join(`\\\n${CONTINUATION}`),
    )
    .join(`\n\n${CONTINUATION}`);
}
