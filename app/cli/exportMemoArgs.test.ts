import { describe, expect, it } from 'vitest';

import { parseExportMemoArgs } from './exportMemoArgs';

describe('parseExportMemoArgs', () => {
  it('reads the backup, memo, format, style, output and access date', () => {
    expect(
      parseExportMemoArgs([
        'nb.margin-backup',
        '--memo',
        'Toll',
        '--format',
        'docx',
        '--style=apa',
        '--out',
        'toll.docx',
        '--accessed',
        '2026-11-22',
      ]),
    ).toEqual({
      kind: 'export-memo',
      request: {
        backupFile: 'nb.margin-backup',
        memo: 'Toll',
        format: 'docx',
        style: 'apa',
        out: 'toll.docx',
        accessed: '2026-11-22',
      },
    });
  });

  it('defaults to Chicago and standard output for text formats', () => {
    const args = parseExportMemoArgs(['--format', 'md', 'b.json', '--memo', 'mem_1']);
    expect(args).toMatchObject({
      kind: 'export-memo',
      request: { format: 'markdown', style: 'chicago', out: null },
    });
  });

  it('refuses what it cannot do, saying why', () => {
    const message = (argv: string[]) => {
      const args = parseExportMemoArgs(argv);
      return args.kind === 'usage-error' ? args.message : args.kind;
    };
    expect(message(['b', '--memo', 'm', '--format', 'docx'])).toBe(
      'A Word file is binary: give --out <file> to write it.',
    );
    expect(message(['b', '--memo', 'm', '--format', 'pdf'])).toBe(
      'A PDF file is binary: give --out <file> to write it.',
    );
    expect(message(['b', '--memo', 'm', '--format', 'rtf'])).toMatch(/^Unknown format "rtf"/);
    expect(message(['b', '--memo', 'm', '--format', 'md', '--style', 'harvard'])).toMatch(
      /^Unknown style "harvard"/,
    );
    expect(message(['b', '--format', 'md'])).toMatch(/^Which memo\?/);
    expect(message(['--memo', 'm', '--format', 'md'])).toBe('No backup file given.');
    expect(message(['b', 'c', '--memo', 'm', '--format', 'md'])).toMatch(
      /^One backup file at a time/,
    );
    expect(message(['b', '--memo'])).toBe('--memo needs a value.');
    expect(message(['b', '--memo', 'm', '--format', 'md', '--verbose'])).toBe(
      'Unknown option "--verbose".',
    );
    expect(message(['b', '--memo', 'm', '--format', 'md', '--accessed', 'today'])).toMatch(
      /^--accessed wants a date/,
    );
    expect(message(['--help'])).toBe('help');
  });
});
