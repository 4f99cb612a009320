import type { InspectReport } from './inspect';

/**
 * One report as the JSON line of the `inspect --json` contract (DESIGN.md, "Command line"):
 * keys in the documented order, blocks as their text and kind rather than offsets.
 */
export function toJsonLine(report: InspectReport): string {
  if (!report.ok) {
    return JSON.stringify({
      file: report.file,
      ok: false,
      error: { code: report.error.code, message: report.error.message },
    });
  }
  const { source } = report;
  return JSON.stringify({
    file: report.file,
    ok: true,
    duplicateOf: report.duplicateOf,
    source: {
      title: source.title,
      outlet: source.outlet,
      authors: source.authors,
      publishedAt: source.publishedAt,
      url: source.url,
      language: source.language,
      encoding: source.origin.encoding,
      sha256: source.origin.sha256,
      blocks: source.blocks.map((block) => ({
        text: source.text.slice(block.start, block.end),
        kind: block.kind,
      })),
    },
    warnings: report.warnings,
  });
}

/** A few lines a person can read: what was found in the file, or why it was refused. */
export function toSummary(report: InspectReport): string {
  if (!report.ok) return `${report.file}: refused (${report.error.code}) — ${report.error.message}`;
  const { source } = report;
  const flagged = source.blocks.filter((block) => block.kind === 'boilerplate').length;
  const details = [
    source.outlet,
    source.authors.join(', '),
    source.publishedAt,
    source.origin.encoding,
  ]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
  const lines = [
    `${report.file}: ${report.duplicateOf === null ? 'ok' : `duplicate of ${report.duplicateOf}`}`,
    `  “${source.title}”${details === '' ? '' : ` — ${details}`}`,
    `  ${source.blocks.length - flagged} body paragraphs, ${flagged} flagged as boilerplate${source.url === null ? '' : `; ${source.url}`}`,
    ...report.warnings.map((warning) => `  warning: ${warning}`),
  ];
  return lines.join('\n');
}
