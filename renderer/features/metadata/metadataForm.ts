import type { SourceMetadata } from '../../../app/model/types';
import {
  metadataProblems,
  type MetadataProblems,
  type SourceMetadataEdit,
} from '../../storage/sources';

/** The "Edit details" form's fields, as typed. */
export interface MetadataFormValues {
  readonly title: string;
  readonly outlet: string;
  /** One name per line, or names separated by commas. */
  readonly authors: string;
  readonly publishedAt: string;
  readonly url: string;
}

/** The form filled from a source. Authors go one per line so a "Last, First" name survives. */
export function formValuesOf(source: SourceMetadata): MetadataFormValues {
  return {
    title: source.title,
    outlet: source.outlet ?? '',
    authors: source.authors.join('\n'),
    publishedAt: source.publishedAt ?? '',
    url: source.url ?? '',
  };
}

/**
 * Names typed one per line or comma-separated. Lines win: when the text has several lines each
 * line is a name (so "Ospanov, Marat" stays one author); a single line is split on commas.
 */
export function splitAuthors(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const names = lines.length > 1 ? lines : (lines[0]?.split(/\s*[,;]\s*/) ?? []);
  return names.map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** Reads the form: an edit to save, or what is wrong with it field by field. */
export function readMetadataForm(values: MetadataFormValues): {
  readonly edit: SourceMetadataEdit;
  readonly problems: MetadataProblems;
} {
  const edit: SourceMetadataEdit = {
    title: values.title.trim().replace(/\s+/g, ' '),
    outlet: values.outlet.trim() || null,
    authors: splitAuthors(values.authors),
    publishedAt: values.publishedAt.trim() || null,
    url: values.url.trim() || null,
  };
  return { edit, problems: metadataProblems(edit) };
}
