import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'margin-save-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const path = join(folder, 'memo.md');
    await writeFileAtomic(path, new TextEncoder().encode('Quote.[^1]\n'));
    expect(await readFile(path, 'utf8')).toBe('Quote.[^1]\n');
    expect(await readdir(folder)).toEqual(['memo.md']);
  });

  it('replaces an existing file whole', async () => {
    const path = join(folder, 'memo.md');
    await writeFile(path, 'an older, much longer memo that must not leave a tail behind');
    await writeFileAtomic(path, new TextEncoder().encode('new'));
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('fails when the rename fails, leaving the target as it was and no temporary file', async () => {
    // A folder in the target's place: the temporary file is written, the rename over it fails.
    const path = join(folder, 'memo.md');
    await mkdir(path);
    await writeFile(join(path, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(path, new TextEncoder().encode('new'))).rejects.toThrow();
    expect((await stat(path)).isDirectory()).toBe(true);
    expect(await readFile(join(path, 'inside.txt'), 'utf8')).toBe('kept');
    expect(await readdir(folder)).toEqual(['memo.md']);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    await expect(
      writeFileAtomic(join(folder, 'missing', 'memo.md'), new Uint8Array([1])),
    ).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
