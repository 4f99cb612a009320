import type { BaseWindow, Dialog } from 'electron';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileHandlers } from './fileHandlers';

let folder: string;
const owner = { id: 1 } as unknown as BaseWindow;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'margin-files-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function handlersWith(dialog: Partial<Record<keyof Dialog, unknown>>) {
  return createFileHandlers({
    dialog: dialog as unknown as Dialog,
    defaultFolder: () => '/home/analyst/Documents',
  });
}

describe('files:open', () => {
  it('reads every picked file whole, named by its file name', async () => {
    await writeFile(join(folder, 'almaty.txt'), 'Protesters gathered in Almaty.');
    await writeFile(join(folder, 'nur-sultan.html'), '<p>Nur-Sultan</p>');
    const showOpenDialog = vi.fn(async () => ({
      canceled: false,
      filePaths: [join(folder, 'almaty.txt'), join(folder, 'nur-sultan.html')],
    }));
    const files = await handlersWith({ showOpenDialog })['files:open'](
      { title: 'Import sources', multiple: true, extensions: ['txt', 'html'] },
      owner,
    );
    expect(files.map((file) => [file.fileName, new TextDecoder().decode(file.bytes)])).toEqual([
      ['almaty.txt', 'Protesters gathered in Almaty.'],
      ['nur-sultan.html', '<p>Nur-Sultan</p>'],
    ]);
    expect(showOpenDialog).toHaveBeenCalledWith(owner, {
      title: 'Import sources',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Sources', extensions: ['txt', 'html'] }],
    });
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: true, filePaths: [] }));
    const handlers = handlersWith({ showOpenDialog });
    expect(
      await handlers['files:open']({ title: 'Import', multiple: false, extensions: [] }, null),
    ).toEqual([]);
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Import',
      properties: ['openFile'],
      filters: [],
    });
  });
});

describe('files:save', () => {
  it('writes the bytes where the user chose, atomically, and says where', async () => {
    const target = join(folder, 'memo.md');
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: target }));
    const result = await handlersWith({ showSaveDialog })['files:save'](
      {
        suggestedName: 'memo.md',
        bytes: new TextEncoder().encode('“about 164 people”[^1]\n'),
        extensions: ['md'],
      },
      owner,
    );
    expect(result).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('“about 164 people”[^1]\n');
    expect(await readdir(folder)).toEqual(['memo.md']);
    expect(showSaveDialog).toHaveBeenCalledWith(
      owner,
      expect.objectContaining({
        defaultPath: join('/home/analyst/Documents', 'memo.md'),
        filters: [{ name: 'Export', extensions: ['md'] }],
      }),
    );
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    const result = await handlersWith({ showSaveDialog })['files:save'](
      { suggestedName: 'memo.md', bytes: new Uint8Array([1]), extensions: [] },
      null,
    );
    expect(result).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });
});
