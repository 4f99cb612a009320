import type { Page } from '@playwright/test';

/** What the crash test checks in the stored notebook after every crash. */
export interface Integrity {
  readonly sources: number;
  readonly originals: number;
  readonly sourcesWithoutOriginal: number;
  readonly originalsWithoutSource: number;
  /** Originals whose bytes do not hash to their source's `origin.sha256`. */
  readonly originalsNotMatching: number;
  readonly highlightsWithoutSource: number;
  readonly evidenceWithoutHighlight: number;
  /** Sources whose blocks do not lie inside their text in order. */
  readonly sourcesWithBadBlocks: number;
  readonly fileNames: readonly string[];
}

/**
 * Reads the page's IndexedDB notebook directly (not through the app) and counts every kind of
 * partial record a crash could leave behind. All counts but `sources`/`originals` must be 0.
 */
export function readIntegrity(page: Page): Promise<Integrity> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create an empty one under the app's feet.
    const exists = (await indexedDB.databases()).some((info) => info.name === 'margin');
    if (!exists) {
      return { sources: 0, originals: 0, sourcesWithoutOriginal: 0, originalsWithoutSource: 0, originalsNotMatching: 0, highlightsWithoutSource: 0, evidenceWithoutHighlight: 0, sourcesWithBadBlocks: 0, fileNames: [] };
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('margin');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    type Source = { id: string; text: string; blocks: { start: number; end: number }[]; origin: { sha256: string; fileName: string } };
    const sources = await all<Source>('sources');
    const originals = await all<{ sourceId: string; bytes: Uint8Array }>('originals');
    const highlights = await all<{ id: string; sourceId: string }>('highlights');
    const claims = await all<{ evidence: { highlightId: string }[] }>('claims');
    db.close();
    const sourceIds = new Set(sources.map((source) => source.id));
    const originalIds = new Set(originals.map((original) => original.sourceId));
    const highlightIds = new Set(highlights.map((highlight) => highlight.id));
    const hex = async (bytes: Uint8Array) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const shaOf = new Map(sources.map((source) => [source.id, source.origin.sha256]));
    let originalsNotMatching = 0;
    for (const original of originals) if ((await hex(original.bytes)) !== shaOf.get(original.sourceId)) originalsNotMatching += 1;
    const badBlocks = sources.filter((source) => {
      let previous = 0;
      return source.blocks.some((block) => {
        const bad = block.start < previous || block.end < block.start || block.end > source.text.length;
        previous = block.end;
        return bad;
      });
    });
    return {
      sources: sources.length,
      originals: originals.length,
      sourcesWithoutOriginal: sources.filter((source) => !originalIds.has(source.id)).length,
      originalsWithoutSource: originals.filter((original) => !sourceIds.has(original.sourceId)).length,
      originalsNotMatching,
      highlightsWithoutSource: highlights.filter((highlight) => !sourceIds.has(highlight.sourceId)).length,
      evidenceWithoutHighlight: claims.flatMap((claim) => claim.evidence).filter((evidence) => !highlightIds.has(evidence.highlightId)).length,
      sourcesWithBadBlocks: badBlocks.length,
      fileNames: sources.map((source) => source.origin.fileName),
    };
  });
}

/** The counts that must be zero, for one `expect(...).toEqual(NO_PARTIAL_RECORDS)`. */
export const NO_PARTIAL_RECORDS = {
  sourcesWithoutOriginal: 0,
  originalsWithoutSource: 0,
  originalsNotMatching: 0,
  highlightsWithoutSource: 0,
  evidenceWithoutHighlight: 0,
  sourcesWithBadBlocks: 0,
};

export function partialRecords(integrity: Integrity): typeof NO_PARTIAL_RECORDS {
  const { sourcesWithoutOriginal, originalsWithoutSource, originalsNotMatching, highlightsWithoutSource, evidenceWithoutHighlight, sourcesWithBadBlocks } =
    integrity;
  return { sourcesWithoutOriginal, originalsWithoutSource, originalsNotMatching, highlightsWithoutSource, evidenceWithoutHighlight, sourcesWithBadBlocks };
}
