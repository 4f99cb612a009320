import type { ImportError } from './types';

/**
 * The largest file the importer accepts: 20 MB. A saved article is tens to hundreds of
 * kilobytes even with inline images; anything past this is a mistake or an archive, and
 * decoding and extracting it would freeze the app.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/** The refusal for a file of `size` bytes over the limit. */
export function tooLargeError(fileName: string, size: number): ImportError {
  const megabytes = (size / MEGABYTE).toFixed(1);
  return {
    code: 'too-large',
    message: `${fileName} is ${megabytes} MB; the limit is ${MAX_IMPORT_BYTES / MEGABYTE} MB per file. Save just the article and import that.`,
  };
}
