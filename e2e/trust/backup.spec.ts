import { expect, test, WEB_URL } from '../fixtures';
import { NotebookPage } from '../page-models/NotebookPage';
import { backUp, canonicalTables, chooseBackup, storedCounts } from './trustHelpers';

// "Back up notebook" / "Restore notebook" in the web build: the backup is a download, a restore
// reads a file from the chooser. A second browser context stands for another machine.

const RFERL_TITLE = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const FIRST = 'killing at least 16 people and one person in the nearby town of Shetpe';

async function workOn(notebook: NotebookPage): Promise<void> {
  await notebook.openSource(RFERL_TITLE);
  await notebook.highlight('Security measures have been beefed up');
  await notebook.tagAsClaim(FIRST, { attribution: 'RFE/RL', tags: 'death toll', status: 'corroborated' });
  await notebook.page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await notebook.page.keyboard.type('The toll is disputed. ');
  await notebook.claim(FIRST).getByRole('button', { name: 'Cite in memo' }).click();
  await expect(notebook.memo.getByLabel('Footnote 1')).toBeVisible();
  // Let the memo's save-as-you-type reach the database.
  await expect.poll(async () => (await storedCounts(notebook.page)).memos).toBe(1);
  await notebook.page.waitForTimeout(1000);
}

test('backup → restore on another machine (Replace) → backup again gives identical tables', async ({ notebook, page, browser, remoteRequests }) => {
  await workOn(notebook);
  const first = await backUp(page);

  const elsewhere = await browser.newContext();
  const other = new NotebookPage(await elsewhere.newPage());
  await other.open(WEB_URL);
  await chooseBackup(other.page, 'notebook.margin-backup', first);
  const dialog = other.page.getByRole('dialog', { name: 'Restore this backup?' });
  // Later tables (entities, …) join the list after these.
  await expect(dialog).toContainText(/5 sources, 2 highlights, 1 claim, 1 tag(,| and) 1 memo/);
  await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
  const confirm = other.page.getByRole('dialog', { name: 'Replace this notebook?' });
  await expect(confirm).toContainText('will be deleted');
  const started = Date.now();
  await confirm.getByRole('button', { name: 'Replace notebook' }).click();
  await expect(other.page.getByRole('status').filter({ hasText: 'Replaced the notebook with the backup' })).toBeVisible();
  console.info(`restore (Replace) of a ${first.length}-byte backup in the browser: ${Date.now() - started} ms`);

  await expect(other.claim(FIRST)).toBeVisible();
  await expect(other.memo).toContainText('The toll is disputed.');
  await other.openSource(RFERL_TITLE);
  await expect(other.reader.locator('mark[data-highlight-id]', { hasText: 'Shetpe' })).toHaveText(FIRST);

  const second = await backUp(other.page);
  expect(canonicalTables(second)).toEqual(canonicalTables(first));
  await other.page.reload();
  await expect(other.claim(FIRST)).toBeVisible();
  await elsewhere.close();
  expect(remoteRequests).toEqual([]);
});

test('replacing the notebook while its memo is open shows the restored memo, and typing goes on from it', async ({ notebook, page }) => {
  await workOn(notebook);
  const backup = await backUp(page);
  // Written after the backup: the restore takes it away.
  await notebook.memo.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' A later draft.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await chooseBackup(page, 'notebook.margin-backup', backup);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Replace', exact: true }).click();
  await page.getByRole('dialog', { name: 'Replace this notebook?' }).getByRole('button', { name: 'Replace notebook' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced the notebook with the backup' })).toBeVisible();
  await expect(notebook.memo).toContainText('The toll is disputed.');
  await expect(notebook.memo).not.toContainText('A later draft.');

  // The open editor is the restored memo: what is typed now is saved on top of it.
  await notebook.memo.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Typed after the restore.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(notebook.memo).toContainText('Typed after the restore.');
  await expect(notebook.memo).toContainText('The toll is disputed.');
  await expect(notebook.memo).not.toContainText('A later draft.');
});

test('merge into a notebook with its own work says what was added and keeps both', async ({ notebook, page, browser }) => {
  await workOn(notebook);
  const file = await backUp(page);

  const elsewhere = await browser.newContext();
  const other = new NotebookPage(await elsewhere.newPage());
  await other.open(WEB_URL);
  await other.page.getByRole('button', { name: 'New memo' }).click();
  await expect.poll(async () => (await storedCounts(other.page)).memos).toBe(1);
  await chooseBackup(other.page, 'notebook.margin-backup', file);
  await other.page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Merge' }).click();
  await expect(other.page.getByRole('status').filter({ hasText: 'Merged the backup' })).toContainText(
    /added 2 highlights, 1 claim, 1 tag(,| and) 1 memo/,
  );
  await expect(other.page.getByRole('status').filter({ hasText: 'Merged the backup' })).toContainText('Already here and kept: 5 sources');
  expect(await storedCounts(other.page)).toMatchObject({ sources: 5, originals: 5, highlights: 2, claims: 1, memos: 2 });
  await expect(other.claim(FIRST)).toBeVisible();
  await elsewhere.close();
});

test('a damaged, truncated or foreign file is refused with a clear message and changes nothing', async ({ notebook, page }) => {
  await workOn(notebook);
  const file = await backUp(page);
  const before = await storedCounts(page);
  const text = new TextDecoder().decode(file);
  const cases: [string, Uint8Array, RegExp][] = [
    ['damaged.margin-backup', new TextEncoder().encode(text.replace('beefed up', 'beefed-up')), /damaged/],
    ['cut.margin-backup', file.slice(0, Math.floor(file.length * 0.6)), /incomplete/],
    ['article.json', new TextEncoder().encode('{"title": "not a backup"}'), /not a Margin backup/],
    ['empty.margin-backup', new Uint8Array(), /empty/],
  ];
  for (const [name, bytes, why] of cases) {
    await chooseBackup(page, name, bytes);
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was restored' });
    await expect(alert).toContainText(why);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await storedCounts(page)).toEqual(before);
  }
  await page.reload();
  await expect(notebook.claim(FIRST)).toBeVisible();
});

test('cancelling the restore dialog changes nothing', async ({ notebook, page }) => {
  const file = await backUp(page);
  await page.getByRole('button', { name: 'New memo' }).click();
  await expect.poll(async () => (await storedCounts(page)).memos).toBe(1);
  const before = await storedCounts(page);
  await chooseBackup(page, 'notebook.margin-backup', file);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restore cancelled' })).toBeVisible();
  expect(await storedCounts(page)).toEqual(before);
  void notebook;
});

test('File → Back up notebook… and Restore notebook… do the same as the buttons', async ({ notebook, page }) => {
  void notebook;
  const menubar = page.getByRole('menubar', { name: 'Application' });
  const downloading = page.waitForEvent('download');
  await menubar.getByRole('menuitem', { name: 'File' }).click();
  await menubar.getByRole('menuitem', { name: 'Back up notebook…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.margin-backup$/);
  const choosing = page.waitForEvent('filechooser');
  await menubar.getByRole('menuitem', { name: 'File' }).click();
  await menubar.getByRole('menuitem', { name: 'Restore notebook…' }).click();
  await (await choosing).setFiles((await download.path())!);
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
});
