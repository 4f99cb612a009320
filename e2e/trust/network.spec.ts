import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, WEB_URL } from '../fixtures';
import { NotebookPage } from '../page-models/NotebookPage';
import { backUp, chooseBackup } from './trustHelpers';

// Zero network: one whole session — hostile pages full of remote images, stylesheets, scripts,
// frames and refreshes imported and read, highlights, a claim, a memo with citations, search,
// Compare, settings, every export format (and the exported HTML opened), a backup and a restore,
// a reload — with every request the browser attempts counted at the context level (pages and
// workers alike) and routed: anything not served by the app's own 127.0.0.1 server is recorded
// and refused. The count of non-local requests must be 0.

const HOSTILE = join(import.meta.dirname, '../fixtures/hostile');
const REMOTE_PAGES = [
  'img-remote.html',
  'css-remote-urls.html',
  'link-stylesheet.html',
  'script-remote.html',
  'iframes.html',
  'object-embed.html',
  'base-href.html',
  'meta-refresh.html',
  'svg-onload.html',
  'xml-stylesheet-pi.html',
  'dangling-markup.html',
];
const RFERL = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const SHETPE = 'killing at least 16 people and one person in the nearby town of Shetpe';

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || (protocol.startsWith('http') && hostname === '127.0.0.1');
};

async function exportAs(page: Page, format: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export memo' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format, exact: true }).click();
  return readFile((await (await downloading).path())!);
}

test('a whole session with hostile pages and every feature makes no request off this machine', async ({ browser }) => {
  test.setTimeout(300_000);
  // Its own context, so counting and routing start before the very first page load.
  const context = await browser.newContext();
  const attempted: string[] = [];
  const refused: string[] = [];
  context.on('request', (request) => attempted.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const notebook = new NotebookPage(page);
  await notebook.open(WEB_URL);

  // Import the remote-laden pages and read each one.
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import sources' }).click();
  await (await choosing).setFiles(REMOTE_PAGES.map((name) => ({ name, mimeType: 'text/html', buffer: readFileSync(join(HOSTILE, name)) })));
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText(/Imported \d+/, { timeout: 60_000 });
  await report.getByRole('button', { name: 'Dismiss import report' }).click();
  const titles = await notebook.sourceLinks().allTextContents();
  for (const title of titles.filter((text) => text.startsWith('Hostile'))) {
    await notebook.sources.getByRole('button', { name: title, exact: true }).first().click();
    await expect(notebook.reader).toContainText('Republic Square');
  }

  // Highlight, claim, memo with citations.
  await notebook.openSource(RFERL);
  await notebook.highlight('Security measures have been beefed up');
  await notebook.tagAsClaim(SHETPE, { attribution: 'RFE/RL', tags: 'death toll', status: 'corroborated' });
  await page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await page.keyboard.type('Accounts differ. ');
  await notebook.claim(SHETPE).getByRole('button', { name: 'Cite in memo' }).click();
  await expect(notebook.memo.getByLabel('Footnote 1', { exact: true })).toBeVisible();

  // Search (its worker included), Compare, Settings: each where this build has it.
  const used: string[] = [];
  const searchbox = page.getByRole('searchbox', { name: 'Search' });
  if (await searchbox.count()) {
    await searchbox.fill('Republic Square');
    const results = page.getByRole('region', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible({ timeout: 30_000 });
    await results.getByRole('link').first().click();
    await searchbox.fill('');
    used.push('search');
  }
  const compare = notebook.claims.getByRole('button', { name: 'Compare', exact: true });
  if (await compare.count()) {
    await compare.click();
    await expect(page.getByRole('table', { name: 'Compare' })).toBeVisible();
    used.push('compare');
  }
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if (await settings.count()) {
    await settings.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    used.push('settings');
  }

  // Every export format; the exported HTML opened as a reader of it would.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const exported: Record<string, number> = {};
  await page.getByRole('button', { name: 'Export memo' }).click();
  const formats = await page.getByRole('menu', { name: 'Export format' }).getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  for (const format of formats.map((text) => text.trim())) exported[format] = (await exportAs(page, format)).length;
  const html = (await exportAs(page, 'HTML')).toString('utf8');
  const view = await context.newPage();
  await view.setContent(html);
  await view.close();

  // Back up, restore (merge), reload.
  const backup = await backUp(page);
  await chooseBackup(page, 'notebook.margin-backup', backup);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Merged the backup' })).toBeVisible();
  await page.reload();
  await expect(notebook.memo).toContainText('Accounts differ.');

  const local = attempted.filter(isLocal);
  console.info(
    `zero network: ${attempted.length} requests attempted (${local.length} to the app's own server or data:/blob:), ${refused.length} refused as non-local; features ${used.join(', ')}; exports ${JSON.stringify(exported)}`,
  );
  expect(refused).toEqual([]);
  expect(attempted.filter((url) => !isLocal(url))).toEqual([]);

  // Control: the counter is not blind. A page outside the app (no CSP) asks for a remote image;
  // the request must show up as refused. (Inside the app the CSP stops such a request earlier.)
  const control = await context.newPage();
  await control.setContent('<img src="http://198.51.100.7/control">');
  await expect.poll(() => refused).toEqual(['http://198.51.100.7/control']);
  await context.close();
});
