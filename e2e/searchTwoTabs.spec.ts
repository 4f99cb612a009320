import type { Page } from '@playwright/test';
import { expect, test, WEB_URL } from './fixtures';

// Two tabs of the web app over one notebook: each runs a search worker. One worker at a time may
// store the index (a Web Lock), and each tab finds what the other imported.

async function importText(page: Page, title: string, body: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import sources' }).click();
  await (await choosing).setFiles([{ name: `${title}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${title}\n\n${body}\n`) }]);
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText(`Imported as “${title}”`);
}

async function expectFound(page: Page, query: string, title: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: title, exact: true })).toBeVisible();
}

test('two tabs: one stores the index, each finds what the other imported, after reloads too', async ({ notebook, page }) => {
  void notebook;
  const other = await page.context().newPage();
  await other.goto(WEB_URL);
  await other.getByRole('navigation', { name: 'Sources' }).getByRole('button').first().waitFor();
  // Both workers running: a search starts a tab's worker at once.
  await expectFound(page, 'Toqaev', 'Dozens dead in unrest in Kazakhstan');
  await expectFound(other, 'Toqaev', 'Dozens dead in unrest in Kazakhstan');
  const writers = await page.evaluate(async () => {
    const { held = [], pending = [] } = await navigator.locks.query();
    const name = 'margin:search-index-writer';
    return { held: held.filter((lock) => lock.name === name).length, waiting: pending.filter((lock) => lock.name === name).length };
  });
  expect(writers).toEqual({ held: 1, waiting: 1 });

  await importText(page, 'Quokka census in Aktobe', 'Volunteers counted the quokkas of the steppe.');
  await expectFound(other, 'quokkas', 'Quokka census in Aktobe');
  await importText(other, 'Wombat survey near Almaty', 'Rangers surveyed the wombats of the foothills.');
  await expectFound(page, 'wombats', 'Wombat survey near Almaty');

  // Whichever worker stored the index last, both tabs reopen it with both imports in it.
  await page.waitForTimeout(1_500);
  for (const tab of [page, other]) {
    await tab.reload();
    await expectFound(tab, 'quokkas', 'Quokka census in Aktobe');
    await expectFound(tab, 'wombats', 'Wombat survey near Almaty');
  }
  await other.close();
});
