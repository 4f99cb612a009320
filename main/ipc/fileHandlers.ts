import type { BaseWindow, Dialog, FileFilter } from 'electron';
import { readFile as readFileFromDisk, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IpcChannel, IpcContract } from '../../app/ipc/contract';
import { writeFileAtomic as writeFileAtomicToDisk } from './writeFileAtomic';

/** Largest file `files:open` reads into memory; an import far past this is a mistake, not an article. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;

export type RequestOf<K extends IpcChannel> = Parameters<IpcContract[K]>[0];

/** One handler per channel, given the already-validated request and the window that asked. */
export type ChannelHandlers = {
  readonly [K in IpcChannel]: (
    request: RequestOf<K>,
    owner: BaseWindow | null,
  ) => ReturnType<IpcContract[K]>;
};

export interface FileHandlerDependencies {
  /** Electron's `dialog`, looked up on every call (an e2e test may replace its methods). */
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** Folder the save dialog starts in, e.g. the user's documents. */
  readonly defaultFolder: () => string;
  readonly readFile?: (path: string) => Promise<Uint8Array>;
  readonly fileSize?: (path: string) => Promise<number>;
  readonly writeFileAtomic?: (path: string, bytes: Uint8Array) => Promise<void>;
}

function filters(extensions: readonly string[], name: string): FileFilter[] {
  return extensions.length === 0 ? [] : [{ name, extensions: [...extensions] }];
}

/** The `files:*` channels: native open and save dialogs, reading the picked files, atomic writes. */
export function createFileHandlers(
  dependencies: FileHandlerDependencies,
): Pick<ChannelHandlers, 'files:open' | 'files:save'> {
  const readFile = dependencies.readFile ?? readFileFromDisk;
  const fileSize = dependencies.fileSize ?? (async (path: string) => (await stat(path)).size);
  const writeFileAtomic = dependencies.writeFileAtomic ?? writeFileAtomicToDisk;

  return {
    'files:open': async (request, owner) => {
      const options = {
        title: request.title,
        properties: request.multiple
          ? ['openFile' as const, 'multiSelections' as const]
          : ['openFile' as const],
        filters: filters(request.extensions, 'Sources'),
      };
      const result = owner
        ? await dependencies.dialog.showOpenDialog(owner, options)
        : await dependencies.dialog.showOpenDialog(options);
      if (result.canceled) return [];
      const files = [];
      for (const path of result.filePaths) {
        if ((await fileSize(path)) > MAX_OPEN_BYTES) {
          throw new Error(`${basename(path)} is larger than ${MAX_OPEN_BYTES / (1024 * 1024)} MiB`);
        }
        files.push({ fileName: basename(path), bytes: await readFile(path) });
      }
      return files;
    },
    'files:save': async (request, owner) => {
      const options = {
        title: 'Export memo',
        defaultPath: join(dependencies.defaultFolder(), request.suggestedName),
        filters: filters(request.extensions, 'Export'),
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = owner
        ? await dependencies.dialog.showSaveDialog(owner, options)
        : await dependencies.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFileAtomic(result.filePath, request.bytes);
      return { saved: true, path: result.filePath };
    },
  };
}
