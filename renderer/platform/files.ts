import type { OpenedFile, OpenFilesRequest, SaveFileRequest, SaveFileResult } from '../../app/ipc/contract';
import { electronBridge } from './bridge';

/**
 * Asks the user for files. In Electron this is the native dialog behind the preload bridge; in
 * the web build it is a file input (Playwright's `filechooser` sees it).
 */
export async function openFiles(request: OpenFilesRequest): Promise<readonly OpenedFile[]> {
  const bridge = electronBridge();
  if (bridge) return bridge.openFiles(request);
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = request.multiple;
  if (request.extensions.length) input.accept = request.extensions.map((ext) => `.${ext}`).join(',');
  const files = await new Promise<File[]>((resolve) => {
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
  return Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** Saves bytes: a save dialog in Electron, a download in the web build. */
export async function saveFile(request: SaveFileRequest, mediaType: string): Promise<SaveFileResult> {
  const bridge = electronBridge();
  if (bridge) return bridge.saveFile(request);
  const url = URL.createObjectURL(new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, path: request.suggestedName };
}
