/**
 * A write refused because the disk (or the browser's storage quota) is full. The transaction it
 * was part of was rolled back whole, so nothing half-saved is left behind.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
}

/**
 * True for IndexedDB's QuotaExceededError however it arrives: bare (a DOMException), as Dexie's
 * own `QuotaExceededError`, or wrapped — Dexie reports a transaction that aborted because of it
 * as an `AbortError` whose `inner` is the quota error.
 */
export function isQuotaExceeded(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** The sentence shown when `what` could not be saved for lack of space. */
export function storageFullMessage(what: string): string {
  return `The disk is full: ${what} could not be saved, and nothing of it was stored. Free some space, then try again.`;
}

/** Turns a quota failure into a {@link StorageFullError} with a clear message; rethrows others. */
export function explainStorageFull(what: string): (error: unknown) => never {
  return (error) => {
    if (isQuotaExceeded(error)) throw new StorageFullError(storageFullMessage(what), { cause: error });
    throw error;
  };
}
