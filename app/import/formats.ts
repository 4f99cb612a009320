/** The formats the importer extracts; everything else is refused. */
export type DocumentFormat = 'text' | 'markdown' | 'html';

export const MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
};

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
};

/** Text formats that are not articles: importing them as prose would only make a mess. */
const NOT_ARTICLES: Readonly<Record<string, string>> = {
  json: 'JSON data',
  csv: 'a spreadsheet (CSV)',
  tsv: 'a spreadsheet (TSV)',
  xml: 'XML data',
  rtf: 'a Rich Text document',
  svg: 'an SVG image',
  js: 'a script',
  css: 'a style sheet',
  mhtml: 'a web archive (MHTML)',
  mht: 'a web archive (MHTML)',
  eml: 'an e-mail message',
};

/** The extension of a file name, lower case, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The format a file name promises, or null for an unknown or missing extension. */
export function formatFromName(fileName: string): DocumentFormat | null {
  return BY_EXTENSION[extensionOf(fileName)] ?? null;
}

/** True when the start of the bytes or text looks like an HTML document. */
export function looksLikeHtml(start: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(
    start,
  );
}

/**
 * Decides how to read decoded text: by extension, except that a page saved as ".txt" but
 * starting with `<!DOCTYPE html>` is read as HTML. Returns why it is refused instead when the
 * content is a known non-article format.
 */
export function decideFormat(
  fileName: string,
  text: string,
): { format: DocumentFormat } | { refused: string } {
  const start = text.slice(0, 2048);
  const named = formatFromName(fileName);
  if (/^\s*\{\\rtf/.test(start)) return { refused: 'a Rich Text document' };
  if (looksLikeHtml(start)) return { format: 'html' };
  if (named !== null) return { format: named };
  const other = NOT_ARTICLES[extensionOf(fileName)];
  if (other !== undefined) return { refused: other };
  if (/^---\r?\n[\s\S]{0,2000}?\r?\n(?:---|\.\.\.)\r?\n/.test(start)) return { format: 'markdown' };
  return { format: 'text' };
}
