// Messages between the UI and the backup worker: one request, one answer, then the worker ends.

export interface BackupWorkerRequest {
  /** ISO time the backup is of (its file name and `createdAt`). */
  readonly createdAt: string;
  /**
   * Keep it as a scheduled backup in this automatic-backups database, and answer `stored`, without the
   * bytes: storing 50 MB from the UI thread cost it 220 ms (IndexedDB copies the value there).
   */
  readonly storeIn?: string;
}

export type BackupWorkerResponse =
  | {
      readonly type: 'created';
      readonly fileName: string;
      readonly counts: Readonly<Record<string, number>>;
      /** The file, its buffer transferred (not copied) to the UI thread. */
      readonly bytes: Uint8Array;
    }
  /** Kept in the automatic-backups database asked for. */
  | { readonly type: 'stored' }
  /** Still working: sent every `ALIVE_EVERY_MS`, so a worker that died silently is noticed. */
  | { readonly type: 'alive' }
  | { readonly type: 'failed'; readonly name: string; readonly message: string };

/** How often a working backup worker says it is alive. */
export const ALIVE_EVERY_MS = 5_000;
