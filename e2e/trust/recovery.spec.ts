import { expect, test, WEB_URL } from '../fixtures';
import { backUp } from './trustHelpers';

// When the notebook cannot be opened — here, written by a newer Margin (a higher schema version)
// — the app says so, offers its automatic backups as files, and deletes or changes nothing.

test('a notebook from a newer Margin is explained, left untouched, and its automatic backups offered', async ({ notebook, page }, testInfo) => {
  // A profile that has run this version (so it has automatic backups)…
  await backUp(page);
  // …at least until its first scheduled backup was stored: the app writes it once the browser is
  // idle after the first frame, which on a loaded machine can come after the backup above.
  await expect.poll(() => page.evaluate(countAutomaticBackups), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.close();
  const context = notebook.page.context();
  // …then a newer Margin upgraded its notebook: simulated by bumping the database version with
  // the app's scripts blocked.
  const setup = await context.newPage();
  await setup.route('**/*.js', (route) => route.abort());
  await setup.goto(WEB_URL);
  const before = await setup.evaluate(async () => {
    const current = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('margin');
      request.onsuccess = () => resolve(request.result);
    });
    const next = current.version + 1000;
    current.close();
    const upgraded = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('margin', next);
      request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
      request.onsuccess = () => resolve(request.result);
    });
    const stores = [...upgraded.objectStoreNames].sort();
    upgraded.close();
    return { version: next, stores };
  });
  await setup.close();

  const app = await context.newPage();
  await app.goto(WEB_URL);
  await expect(app.getByRole('heading', { name: 'Margin could not open this notebook' })).toBeVisible();
  await expect(app.getByRole('alert')).toContainText('newer version of Margin');
  const save = app.getByRole('button', { name: /^Save backup of / }).first();
  await expect(save).toBeVisible();
  await app.screenshot({ path: testInfo.outputPath('recovery.png') });
  const downloading = app.waitForEvent('download');
  await save.click();
  expect((await downloading).suggestedFilename()).toMatch(/\.margin-backup$/);

  // Nothing was deleted or downgraded.
  const after = await app.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('margin');
      request.onsuccess = () => resolve(request.result);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('sources').objectStore('sources').count();
      request.onsuccess = () => resolve(request.result);
    });
    const result = { version: db.version, stores: [...db.objectStoreNames].sort(), sources: count };
    db.close();
    return result;
  });
  expect(after).toEqual({ ...before, sources: 5 });
});

/** The automatic backups stored in this profile (read without creating their database). */
async function countAutomaticBackups(): Promise<number> {
  const name = 'margin-automatic-backups';
  if (!(await indexedDB.databases()).some((database) => database.name === name)) return 0;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('backups')) return 0;
    return await new Promise<number>((resolve, reject) => {
      const request = db.transaction('backups').objectStore('backups').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
