/**
 * One piece of a formatted reference (a note or a bibliography entry). Plain text cannot show
 * italics, so references are styled parts: Markdown wraps `italic` in `*…*` and `url` in `<…>`,
 * HTML uses `<i>` and `<a>`, Word and PDF italic runs and hyperlinks.
 */
export interface FootnotePart {
  readonly text: string;
  readonly style: 'plain' | 'italic' | 'url';
}
