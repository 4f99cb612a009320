import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { parseBackup, type Backup } from '../../app/backup';

/** Clicks "Back up notebook" and returns the downloaded file's bytes. */
export async function backUp(page: Page): Promise<Uint8Array> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up notebook' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^margin-.*\.margin-backup$/);
  await expect(page.getByRole('status').filter({ hasText: /^Backed up / })).toBeVisible();
  return new Uint8Array(await readFile((await download.path())!));
}

/** Clicks "Restore notebook" and picks `file` (bytes) in the file chooser. */
export async function chooseBackup(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore notebook' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
}

/** Every table of a backup, with the rows sorted by their JSON: the canonical order to compare. */
export function canonicalTables(bytes: Uint8Array): Backup['tables'] {
  const { tables } = parseBackup(bytes);
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))]),
  );
}

/** Tables the app derives and rewrites in the background (the search index): not notebook data. */
const DERIVED = ['searchIndex', 'searchJournal'];

/** Row counts per notebook table, read straight from the page's IndexedDB (derived tables left out). */
export async function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async (derived) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('margin');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => !derived.includes(name));
    const transaction = db.transaction(names, 'readonly');
    const counts = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, number]>((resolve, reject) => {
            const request = transaction.objectStore(name).count();
            request.onsuccess = () => resolve([name, request.result]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(counts);
  }, DERIVED);
}
