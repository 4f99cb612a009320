import { knownBinaryFormat } from './binary';
import { declaredCharset } from './charset';
import { decodeText } from './decode';
import type { DocumentFormat } from './formats';
import { decideFormat, formatFromName, looksLikeHtml, MEDIA_TYPES } from './formats';
import { MAX_IMPORT_BYTES, tooLargeError } from './limits';
import { guessLanguage } from './metadata/language';
import { plainMetadata } from './metadata/plainMetadata';
import { extractHtml } from './html/extractHtml';
import { htmlNestingDepth, MAX_HTML_DEPTH } from './html/nestingDepth';
import { extractMarkdown } from './markdown/extractMarkdown';
import { layOut } from './paragraphs';
import { extractPlainText } from './plainText';
import type { Extraction } from './plainText';
import { sha256Hex } from './sha256';
import type { ImportError, ImportInput, ImportResult } from './types';

export { textKey } from './textKey';
export { MAX_IMPORT_BYTES } from './limits';
export { sanitizeHtml } from './html/sanitizeHtml';
export type { ImportInput, ImportResult, ImportError, ExtractedSource } from './types';

const refuse = (code: ImportError['code'], message: string): ImportResult => ({
  ok: false,
  error: { code, message },
});

function extract(
  format: DocumentFormat,
  text: string,
): Extraction & { readonly language?: string | null } {
  switch (format) {
    case 'text':
      return extractPlainText(text);
    case 'markdown':
      return extractMarkdown(text);
    case 'html':
      return extractHtml(text);
  }
}

/**
 * Turns the bytes of one file into a source: decoded, split into paragraphs, boilerplate
 * flagged (never removed) and metadata guessed. Pure: no file system, no network, no globals
 * beyond `TextDecoder`. A file that cannot be imported comes back as `{ ok: false, error }`
 * with a message that says what is wrong and, where it can, what to do.
 */
export function importDocument(input: ImportInput): ImportResult {
  const { bytes, fileName } = input;
  if (bytes.length > MAX_IMPORT_BYTES)
    return { ok: false, error: tooLargeError(fileName, bytes.length) };
  if (bytes.length === 0)
    return refuse('empty', `${fileName} is empty: there is no text to import.`);
  const binaryKind = knownBinaryFormat(bytes);
  if (binaryKind !== null) {
    return refuse(
      'binary',
      `${fileName} is ${binaryKind}, not text. Import the article as text, HTML or Markdown.`,
    );
  }
  const htmlLike =
    formatFromName(fileName) === 'html' ||
    looksLikeHtml(String.fromCharCode(...bytes.subarray(0, 512)));
  const decoded = decodeText(bytes, htmlLike ? declaredCharset(bytes) : null);
  if ('failure' in decoded) {
    return decoded.failure === 'binary'
      ? refuse(
          'binary',
          `${fileName} holds binary data, not text. Import the article as text, HTML or Markdown.`,
        )
      : refuse(
          'decode',
          `${fileName} is not in a text encoding the importer can read (UTF-8, UTF-16, windows-1251, KOI8-R or windows-1252). Save it as UTF-8 and import it again.`,
        );
  }
  if (decoded.text.trim() === '')
    return refuse('empty', `${fileName} contains only whitespace: there is no text to import.`);
  const decided = decideFormat(fileName, decoded.text);
  if ('refused' in decided) {
    return refuse(
      'unsupported',
      `${fileName} looks like ${decided.refused}, not an article. Import text, HTML or Markdown files.`,
    );
  }
  if (decided.format === 'html' && htmlNestingDepth(decoded.text) > MAX_HTML_DEPTH) {
    return refuse(
      'unsupported',
      `${fileName} nests its elements more than ${MAX_HTML_DEPTH} levels deep, which no article does; it was not imported. Save the page again or import its text.`,
    );
  }
  let extraction: ReturnType<typeof extract>;
  try {
    extraction = extract(decided.format, decoded.text);
  } catch {
    // Last resort: a file that breaks an extractor is refused, never allowed to stop the batch.
    return refuse('unsupported', `${fileName} could not be read as ${decided.format === 'html' ? 'HTML' : decided.format}; it was not imported.`);
  }
  const { text, blocks } = layOut(extraction.paragraphs);
  if (!blocks.some((block) => block.kind === 'body')) {
    return refuse(
      'empty',
      `${fileName} has no article text: everything in it looks like page furniture.`,
    );
  }
  // Names as plain text and only web addresses as URLs, whatever the extractor let through.
  const safe = plainMetadata(extraction, fileName);
  const warnings = [...extraction.warnings, ...safe.warnings];
  if (decoded.how === 'detected')
    warnings.push(
      `The encoding was not declared; it was detected as ${decoded.encoding}. Check that the text reads correctly.`,
    );
  if (extraction.publishedAt === null)
    warnings.push('No publication date found; add it if you know it.');
  const flagged = blocks.filter((block) => block.kind === 'boilerplate').length;
  if (flagged > 0)
    warnings.push(
      `${flagged} of ${blocks.length} paragraphs flagged as boilerplate (hidden, not deleted).`,
    );
  return {
    ok: true,
    source: {
      title: safe.metadata.title,
      outlet: safe.metadata.outlet,
      authors: safe.metadata.authors,
      publishedAt: extraction.publishedAt,
      url: safe.metadata.url,
      language: extraction.language ?? guessLanguage(text),
      origin: {
        fileName,
        mediaType: MEDIA_TYPES[decided.format],
        encoding: decoded.encoding,
        sha256: sha256Hex(bytes),
      },
      text,
      blocks,
    },
    warnings,
  };
}
