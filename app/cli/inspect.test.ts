import { describe, expect, it } from 'vitest';

import { toJsonLine, toSummary } from './format';
import { createInspector, exitCodeFor } from './inspect';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const article =
  'A headline about the unrest\n\nALMATY, Kazakhstan -- Police detained more than one hundred people on Tuesday, officials said.\n';

describe('inspect', () => {
  it('reports a later file with the same text (other line ends and spacing) as a duplicate of the first', () => {
    const inspect = createInspector();
    const first = inspect({ file: 'a.txt', bytes: bytes(article) });
    const second = inspect({
      file: 'b.txt',
      bytes: bytes(article.replace(/\n/g, '\r\n').replace('Police', 'Police  ')),
    });
    expect(first).toMatchObject({ ok: true, duplicateOf: null });
    expect(second).toMatchObject({ ok: true, duplicateOf: 'a.txt' });
    expect(exitCodeFor([first, second])).toBe(0);
  });

  it('passes read failures through and makes the run fail', () => {
    const inspect = createInspector();
    const missing = inspect({
      file: 'gone.txt',
      error: { code: 'unsupported', message: 'Cannot read gone.txt: no such file.' },
    });
    expect(JSON.parse(toJsonLine(missing))).toEqual({
      file: 'gone.txt',
      ok: false,
      error: { code: 'unsupported', message: 'Cannot read gone.txt: no such file.' },
    });
    expect(exitCodeFor([missing])).toBe(1);
  });

  it('prints the documented JSON shape, blocks as text and kind', () => {
    const report = createInspector()({ file: 'a.txt', bytes: bytes(article) });
    const line = toJsonLine(report);
    expect(line).not.toContain('\n');
    const json = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['file', 'ok', 'duplicateOf', 'source', 'warnings']);
    expect(Object.keys(json.source as object)).toEqual([
      'title',
      'outlet',
      'authors',
      'publishedAt',
      'url',
      'language',
      'encoding',
      'sha256',
      'blocks',
    ]);
    expect(json.source).toMatchObject({
      title: 'A headline about the unrest',
      encoding: 'utf-8',
      blocks: [
        { text: 'A headline about the unrest', kind: 'boilerplate' },
        {
          text: 'ALMATY, Kazakhstan -- Police detained more than one hundred people on Tuesday, officials said.',
          kind: 'body',
        },
      ],
    });
  });

  it('summarizes for people without --json', () => {
    const inspect = createInspector();
    expect(toSummary(inspect({ file: 'a.txt', bytes: bytes(article) }))).toMatch(
      /^a\.txt: ok\n {2}“A headline about the unrest”/,
    );
    expect(toSummary(inspect({ file: 'e.txt', bytes: bytes('  \n') }))).toMatch(
      /^e\.txt: refused \(empty\)/,
    );
  });
});
