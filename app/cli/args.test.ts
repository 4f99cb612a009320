import { describe, expect, it } from 'vitest';

import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads inspect with files and --json anywhere', () => {
    expect(parseArgs(['inspect', 'a.txt', '--json', 'b.html'])).toEqual({
      kind: 'inspect',
      files: ['a.txt', 'b.html'],
      json: true,
    });
    expect(parseArgs(['inspect', 'a.txt'])).toEqual({
      kind: 'inspect',
      files: ['a.txt'],
      json: false,
    });
  });

  it('takes names after -- as files even when they start with a dash', () => {
    expect(parseArgs(['inspect', '--json', '--', '-odd.txt'])).toEqual({
      kind: 'inspect',
      files: ['-odd.txt'],
      json: true,
    });
  });

  it('reports usage errors: no command, unknown command, unknown option, no files', () => {
    expect(parseArgs([]).kind).toBe('usage-error');
    expect(parseArgs(['import', 'a.txt'])).toMatchObject({
      kind: 'usage-error',
      message: 'Unknown command "import".',
    });
    expect(parseArgs(['inspect', '--yaml', 'a.txt'])).toMatchObject({
      kind: 'usage-error',
      message: 'Unknown option "--yaml".',
    });
    expect(parseArgs(['inspect', '--json'])).toMatchObject({
      kind: 'usage-error',
      message: 'No files given to inspect.',
    });
  });

  it('answers --help', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['inspect', '--help'])).toEqual({ kind: 'help' });
  });
});
