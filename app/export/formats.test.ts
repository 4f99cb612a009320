import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { EXPORT_FORMATS, exportMemo, memoFileName } from './formats';
import { lookup, MEMO } from './testing/exportFixture';

describe('exportMemo', () => {
  it('gives every format the same notes and numbers from one preparation', async () => {
    const exports = await Promise.all(
      EXPORT_FORMATS.map((format) => exportMemo(MEMO, lookup, format, { accessed: '2026-11-22' })),
    );
    const [markdown, html, docx, pdf] = exports;
    const md = strFromU8(markdown!.bytes);
    expect([...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect([...strFromU8(html!.bytes).matchAll(/<li id="note-(\d+)"/g)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    const document = strFromU8(unzipSync(docx!.bytes)['word/document.xml'] as Uint8Array);
    expect([...document.matchAll(/w:footnoteReference w:id="(\d+)"/g)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(new TextDecoder().decode(pdf!.bytes.slice(0, 5))).toBe('%PDF-');
    for (const exported of exports)
      expect(exported.prepared.problems.map((p) => p.number)).toEqual([5]);
  });
});

describe('memoFileName', () => {
  it('makes a safe file name with the format’s extension', () => {
    expect(memoFileName('Zhanaozen: the toll / 2022?', 'docx')).toBe(
      'Zhanaozen the toll 2022.docx',
    );
    expect(memoFileName('..', 'html')).toBe('memo.html');
    expect(memoFileName('  ', 'pdf')).toBe('memo.pdf');
  });
});
