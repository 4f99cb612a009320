import {
  codebookFromCsv,
  codebookFromQdc,
  codebookToCsv,
  codebookToQdc,
  type ImportedCode,
} from '../../../app/codebook';
import type { Tag } from '../../../app/model/types';
import { openFiles, saveFile } from '../../platform/files';

/** Saves the codebook as CSV or REFI-QDA `.qdc`; returns where, or null when cancelled. */
export async function exportCodebook(
  tags: readonly Tag[],
  format: 'csv' | 'qdc',
): Promise<string | null> {
  const text = format === 'csv' ? codebookToCsv(tags) : codebookToQdc(tags);
  const bytes = new TextEncoder().encode(text);
  const mediaType = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/xml';
  const result = await saveFile(
    { suggestedName: `margin-codebook.${format}`, bytes, extensions: [format] },
    mediaType,
  );
  return result.saved ? result.path : null;
}

/**
 * Asks for a codebook file and reads its codes: `.qdc` (or any XML) as REFI-QDA, anything else
 * as CSV. Null when the analyst picked nothing; throws with a readable message on a bad file.
 */
export async function readCodebookFile(): Promise<{
  fileName: string;
  codes: ImportedCode[];
} | null> {
  const [file] = await openFiles({
    title: 'Import codebook',
    multiple: false,
    extensions: ['csv', 'qdc', 'xml'],
  });
  if (!file) return null;
  const text = new TextDecoder('utf-8').decode(file.bytes);
  const xml =
    /\.(qdc|xml)$/i.test(file.fileName) ||
    text
      .trimStart()
      .replace(/^\uFEFF/, '')
      .startsWith('<');
  return { fileName: file.fileName, codes: xml ? codebookFromQdc(text) : codebookFromCsv(text) };
}
