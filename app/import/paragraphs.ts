import type { Block, BlockKind } from '../model/types';

/** One paragraph of an import, before it is laid out in the canonical text. */
export interface Paragraph {
  readonly text: string;
  readonly kind: BlockKind;
}

const BULLET = /^(\s*)(?:[•·▪◦‣*-]|\d{1,3}[.)])\s+/;

/** Line ends of every platform (and Unicode line/paragraph separators) as LF. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/** Trims a paragraph and folds runs of spaces, tabs and stray line breaks into one space. */
export function cleanParagraph(text: string): string {
  return text.replace(/[ \t\f\v\n]+/g, ' ').trim();
}

/**
 * Text saved from a page has one paragraph per line (often with blank lines between); text
 * from e-mail or old archives is hard-wrapped at a fixed width. Only the latter has its lines
 * joined, so a caption or "please wait" line stays its own paragraph in a saved page.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  const lengths = lines.map((line) => line.trim().length).filter((length) => length > 0);
  if (lengths.length < 4) return false;
  const long = lengths.filter((length) => length > 100).length;
  const wrapped = lengths.filter((length) => length >= 50 && length <= 100).length;
  return long / lengths.length < 0.05 && wrapped / lengths.length > 0.5;
}

/** Lines of one blank-line-separated chunk, joined where one line continues the one before. */
function chunkToParagraphs(
  lines: readonly string[],
  hardWrapped: boolean,
  width: number,
): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let continuationIndent = -1;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const bullet = BULLET.exec(line);
    const continuesBullet = !bullet && continuationIndent > 0 && indent === continuationIndent;
    const continuesWrap =
      !bullet && hardWrapped && current !== null && current.length >= width * 0.6;
    if (current !== null && (continuesBullet || continuesWrap)) {
      current += ` ${line.trim()}`;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line.trim();
      continuationIndent = bullet ? bullet[0].length : -1;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.map(cleanParagraph).filter((text) => text.length > 0);
}

/**
 * Splits plain text into paragraphs: blank lines separate them, and so do single line breaks
 * unless the text is hard-wrapped or a line continues an indented bullet item.
 */
export function splitPlainText(text: string): string[] {
  const lines = normalizeLineEnds(text).split('\n');
  const hardWrapped = isHardWrapped(lines);
  const width = hardWrapped ? Math.max(...lines.map((line) => line.trim().length)) : 0;
  const paragraphs: string[] = [];
  let chunk: string[] = [];
  for (const line of [...lines, '']) {
    if (line.trim() === '') {
      if (chunk.length > 0) paragraphs.push(...chunkToParagraphs(chunk, hardWrapped, width));
      chunk = [];
    } else {
      chunk.push(line);
    }
  }
  return paragraphs;
}

/** Lays paragraphs out as the canonical text (one blank line between) with one block each. */
export function layOut(paragraphs: readonly Paragraph[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const paragraph of paragraphs) {
    if (text.length > 0) text += '\n\n';
    blocks.push({
      start: text.length,
      end: text.length + paragraph.text.length,
      kind: paragraph.kind,
    });
    text += paragraph.text;
  }
  return { text, blocks };
}
