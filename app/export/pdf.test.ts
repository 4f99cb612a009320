import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { renderPdf, toPdfDefinition } from './pdf';
import { prepareMemo } from './prepareMemo';
import { KILLED, lookup, MEMO } from './testing/exportFixture';

const prepared = prepareMemo(MEMO, lookup, { accessed: '2026-11-22' });

function pdftotext(bytes: Uint8Array): string | null {
  try {
    const file = join(mkdtempSync(join(tmpdir(), 'margin-pdf-')), 'memo.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch {
    return null; // poppler-utils not installed: the byte-level checks below still run
  }
}

describe('renderPdf', async () => {
  const bytes = await renderPdf(prepared);
  const text = pdftotext(bytes);

  it('is a PDF', () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it.skipIf(text === null)(
    'holds the memo, the numbered notes with quotes and the bibliography',
    () => {
      const flat = (text ?? '').replace(/\s+/g, ' ');
      expect(flat).toContain('Zhanaozen <anniversary> & the toll');
      expect(flat).toContain('What the sources say');
      expect(flat).toContain('Notes');
      for (const n of [1, 2, 3, 4, 5]) expect(flat).toMatch(new RegExp(`\\b${n}\\. `));
      expect(flat).toContain(`“${KILLED}”`);
      expect(flat).toContain('para. 2');
      expect(flat).toContain('Bibliography');
      expect(flat).toContain('Citation problem:');
    },
  );
});

describe('toPdfDefinition', () => {
  it('numbers references and notes alike and links them both ways', () => {
    const json = JSON.stringify(toPdfDefinition(prepared));
    for (const n of [1, 2, 3, 4, 5]) {
      expect(json).toContain(`"id":"ref-${n}","linkToDestination":"note-${n}"`);
      expect(json).toContain(`"linkToDestination":"ref-${n}"`);
      expect(json).toContain(`"id":"note-${n}"`);
    }
    expect(json).not.toContain('javascript:');
  });
});
