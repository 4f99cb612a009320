import type { ImportInput } from '../../app/import/types';

// The sample articles in corpus/, bundled into the app at build time so first run needs no files
// and no network. The files are UTF-8, so encoding the text gives back their exact bytes.
const files = import.meta.glob<string>('../../corpus/*.txt', { query: '?raw', import: 'default', eager: true });

/** The bundled corpus as import inputs, in file-name order. */
export function bundledCorpus(): ImportInput[] {
  const encoder = new TextEncoder();
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ fileName: path.split('/').pop()!, bytes: encoder.encode(text) }));
}
