import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

interface Run {
  readonly status: number | null;
  readonly lines: Array<Record<string, unknown>>;
  readonly stderr: string;
}

/** Runs the command line exactly as outside tests do. */
function notebook(...args: string[]): Run {
  const result = spawnSync('npm', ['run', '-s', 'notebook', '--', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, stderr: result.stderr };
}

const corpus = (name: string): string => join('corpus', name);

describe('notebook inspect --json', () => {
  it('prints one JSON line per corpus file and exits 0', () => {
    const files = ['000_b5eec4deae6e9591.txt', '003_9d745875fe9f4945.txt'].map(corpus);
    const run = notebook('inspect', ...files, '--json');
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(2);
    expect(run.lines[0]).toMatchObject({
      file: files[0],
      ok: true,
      duplicateOf: null,
      source: {
        title: 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
        language: 'en',
        encoding: 'utf-8',
      },
    });
    const source = run.lines[1]?.source as {
      sha256: string;
      blocks: Array<{ text: string; kind: string }>;
    };
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.blocks.find((block) => block.text.includes('Something went wrong'))?.kind).toBe(
      'boilerplate',
    );
  }, 60_000);

  it('marks a copy as a duplicate, refuses empty and binary files, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebook-cli-'));
    const copy = join(dir, 'copy.txt');
    copyFileSync(corpus('004_a65856c8e52ad3f5.txt'), copy);
    writeFileSync(join(dir, 'empty.txt'), ' \n\t\n');
    writeFileSync(
      join(dir, 'image.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const files = [
      corpus('004_a65856c8e52ad3f5.txt'),
      copy,
      join(dir, 'empty.txt'),
      join(dir, 'image.png'),
      join(dir, 'missing.txt'),
    ];
    const run = notebook('inspect', ...files, '--json');
    expect(run.status).toBe(1);
    expect(run.lines.map((line) => line.file)).toEqual(files);
    expect(run.lines[1]).toMatchObject({ ok: true, duplicateOf: files[0] });
    expect(run.lines[2]).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(run.lines[3]).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(run.lines[4]).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect((run.lines[4]?.error as { message: string }).message).toContain('no such file');
  }, 60_000);

  it('prints usage to stderr and exits 2 without files or with an unknown command', () => {
    for (const args of [['inspect', '--json'], ['frobnicate']]) {
      const run = notebook(...args);
      expect(run.status).toBe(2);
      expect(run.lines).toEqual([]);
      expect(run.stderr).toContain('Usage: notebook inspect <file>... [--json]');
    }
  }, 60_000);
});
