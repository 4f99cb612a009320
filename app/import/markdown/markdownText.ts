/**
 * Markdown to plain paragraphs: the markup goes, the words stay. Headings, list items and
 * quotes are paragraphs of their own; the lines of one paragraph are joined as Markdown joins
 * them; links keep their text; images are dropped (they are not text); code is kept verbatim.
 */

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;

/** Inline markup off: links, images, emphasis, code spans, HTML tags and escapes. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([\s\S]*?\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}

/** The paragraphs of a Markdown body, without markup. */
export function markdownParagraphs(markdown: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  const flush = (): void => {
    const text = stripInline(current.join(' ')).replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = [];
  };
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = /^\s{0,3}(```+|~~~+)/.exec(rawLine);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]?.startsWith(fence)) {
        paragraphs.push(...current.filter((line) => line.trim() !== ''));
        current = [];
        fence = null;
      } else {
        current.push(rawLine.trim());
      }
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1] ?? '```';
      continue;
    }
    const line = rawLine.replace(/^\s{0,3}(?:>\s?)+/, '');
    if (line.trim() === '' || RULE.test(line)) {
      flush();
    } else if (SETEXT.test(line) && current.length > 0) {
      flush();
    } else if (HEADING.test(line)) {
      flush();
      current.push(line.replace(HEADING, '').replace(/\s+#+\s*$/, ''));
      flush();
    } else if (LIST_ITEM.test(line)) {
      flush();
      current.push(`• ${line.replace(LIST_ITEM, '')}`);
    } else {
      current.push(line.trim());
    }
  }
  flush();
  return paragraphs;
}
