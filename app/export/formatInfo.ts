/**
 * The export formats and how each is saved: small and free of the exporters themselves, so a
 * menu can list them without loading Word, PDF or CSL code until an export runs.
 */
export const EXPORT_FORMATS = ['markdown', 'html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format is offered and saved. */
export const EXPORT_FORMAT_INFO: Readonly<
  Record<
    ExportFormat,
    { readonly label: string; readonly extension: string; readonly mediaType: string }
  >
> = {
  markdown: { label: 'Markdown', extension: 'md', mediaType: 'text/markdown;charset=utf-8' },
  html: { label: 'HTML', extension: 'html', mediaType: 'text/html;charset=utf-8' },
  docx: {
    label: 'Word',
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { label: 'PDF', extension: 'pdf', mediaType: 'application/pdf' },
};

/** A file name from a memo title: no path separators or characters Windows refuses. */
export function memoFileName(title: string, format: ExportFormat): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'memo'}.${EXPORT_FORMAT_INFO[format].extension}`;
}
