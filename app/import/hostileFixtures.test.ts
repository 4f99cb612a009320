import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, MAX_IMPORT_BYTES } from './index';
import { IMPORT_ERROR_CODES } from './types';

// Every file of the hostile set (e2e/fixtures/hostile, shared with the browser tests) through the
// importer in Node: it never throws, never hangs, refuses what is not text with a known code, and
// what it keeps carries no markup that could run — whatever the file, the source is plain text.

const dir = join(import.meta.dirname, '../../e2e/fixtures/hostile');
const fixtures = readdirSync(dir)
  .filter((name) => name !== 'README.md')
  .sort()
  .map((fileName) => ({ fileName, bytes: new Uint8Array(readFileSync(join(dir, fileName))) }));

/** Generated here rather than committed: too big for the repository, or a limit exactly. */
const generated = [
  { fileName: 'huge-over-limit.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61) },
  { fileName: 'huge-one-line.txt', bytes: new TextEncoder().encode(`Huge line ${'word '.repeat(400_000)}`) },
  { fileName: 'huge-many-paragraphs.html', bytes: new TextEncoder().encode(`<title>Many</title>${'<p>Paragraph of a long article about the protests.</p>'.repeat(40_000)}`) },
  { fileName: 'huge-title.html', bytes: new TextEncoder().encode(`<title>${'T'.repeat(200_000)}</title><p>Body text of the page with a very long title.</p>`) },
];

// Markup that would run or load something if it ever reached a renderer as markup.
const ACTIVE = [
  /<\s*\/?\s*(script|iframe|object|embed|svg|math|img|link|meta|base|form|style|a|body|input|video|audio|frame)\b/i,
  /<[^>]*\bon[a-z]+\s*=/i,
  /(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data)\s*:/i,
];
// Names are never markup at all, nor a script URL.
const NOT_IN_NAMES = [...ACTIVE, /javascript\s*:/i, /vbscript\s*:/i, /\bon[a-z]+\s*=/i];

describe('the hostile file set', () => {
  it('has at least 40 files', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of [...fixtures, ...generated]) {
    it(`${file.fileName}: imported as plain text or refused with a reason`, { timeout: 60_000 }, () => {
      const started = performance.now();
      const result = importDocument(file);
      expect(performance.now() - started, 'import time (ms)').toBeLessThan(file.fileName.startsWith('huge') ? 30_000 : 5_000);
      if (!result.ok) {
        expect(IMPORT_ERROR_CODES).toContain(result.error.code);
        expect(result.error.message).toContain(file.fileName);
        return;
      }
      const { source } = result;
      // Metadata never carries markup or a script URL, whatever the format.
      for (const value of [source.title, source.outlet ?? '', source.publishedAt ?? '', ...source.authors]) {
        for (const pattern of NOT_IN_NAMES) expect(value, `${pattern} in metadata`).not.toMatch(pattern);
      }
      if (source.url !== null) expect(source.url).toMatch(/^https?:\/\//);
      expect(source.title.length).toBeLessThanOrEqual(400);
      if (source.publishedAt !== null) expect(source.publishedAt).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      // An HTML or Markdown file's markup is gone from its text. A .txt file's text is the file
      // as written: literal "<script>" there is text, shown and exported as text.
      if (!file.fileName.endsWith('.txt')) {
        for (const pattern of ACTIVE) expect(source.text, `${pattern} in the text`).not.toMatch(pattern);
      }
      // Blocks cover the text in order.
      let previous = 0;
      for (const block of source.blocks) {
        expect(block.start).toBeGreaterThanOrEqual(previous);
        expect(block.end).toBeLessThanOrEqual(source.text.length);
        previous = block.end;
      }
      expect(source.text).not.toMatch(/\r/);
    });
  }
});
