import { isCitationStyleId } from '../citation';
import type { CitationStyleId } from '../citation';
import type { ExportFormat } from '../export';

/** How to call `notebook export-memo`. */
export const EXPORT_MEMO_USAGE =
  'Usage: notebook export-memo <backup-file> --memo <title-or-id> --format md|html|docx|pdf ' +
  '[--style chicago|apa|mla] [--out <file>] [--accessed YYYY-MM-DD]';

export interface ExportMemoRequest {
  readonly backupFile: string;
  /** A memo id, or its title (compared without case and extra spaces). */
  readonly memo: string;
  readonly format: ExportFormat;
  readonly style: CitationStyleId;
  /** Where to write; standard output when absent (Markdown and HTML only). */
  readonly out: string | null;
  /** The access date printed where the style wants one; today when absent. */
  readonly accessed: string | null;
}

export type ExportMemoArgs =
  | { readonly kind: 'export-memo'; readonly request: ExportMemoRequest }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

const FORMATS: Readonly<Record<string, ExportFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  docx: 'docx',
  word: 'docx',
  pdf: 'pdf',
};
const VALUE_FLAGS = ['--memo', '--format', '--style', '--out', '--accessed'] as const;

/**
 * Parses the arguments after `export-memo`. Flags take their value as the next argument or
 * after `=` (`--style=apa`). Binary formats (Word, PDF) need `--out`: they are never written to
 * a terminal.
 */
export function parseExportMemoArgs(argv: readonly string[]): ExportMemoArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] as string;
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    const [flag, inline] = argument.startsWith('--') ? splitFlag(argument) : [null, null];
    if (flag === null || argument === '--') {
      positional.push(...(argument === '--' ? argv.slice(i + 1) : [argument]));
      if (argument === '--') break;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) {
      return usage(`Unknown option "${flag}".`);
    }
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '') return usage(`${flag} needs a value.`);
    values.set(flag, value);
  }
  if (positional.length === 0) return usage('No backup file given.');
  if (positional.length > 1) return usage(`One backup file at a time (got ${positional.length}).`);
  const memo = values.get('--memo');
  if (memo === undefined) return usage('Which memo? Give --memo <title-or-id>.');
  const formatName = values.get('--format');
  if (formatName === undefined) return usage('Give --format md, html, docx or pdf.');
  const format = FORMATS[formatName.toLowerCase()];
  if (format === undefined)
    return usage(`Unknown format "${formatName}": use md, html, docx or pdf.`);
  const styleName = (values.get('--style') ?? 'chicago').toLowerCase();
  if (!isCitationStyleId(styleName))
    return usage(`Unknown style "${styleName}": use chicago, apa or mla.`);
  const out = values.get('--out') ?? null;
  if (out === null && (format === 'docx' || format === 'pdf')) {
    return usage(
      `A ${format === 'docx' ? 'Word' : 'PDF'} file is binary: give --out <file> to write it.`,
    );
  }
  const accessed = values.get('--accessed') ?? null;
  if (accessed !== null && !/^\d{4}-\d{2}-\d{2}$/.test(accessed)) {
    return usage(`--accessed wants a date as YYYY-MM-DD (got "${accessed}").`);
  }
  return {
    kind: 'export-memo',
    request: { backupFile: positional[0] as string, memo, format, style: styleName, out, accessed },
  };
}

function splitFlag(argument: string): [string, string | null] {
  const equals = argument.indexOf('=');
  return equals === -1 ? [argument, null] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

function usage(message: string): ExportMemoArgs {
  return { kind: 'usage-error', message };
}
