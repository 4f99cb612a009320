import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

// The foundation flow (issue 2) on a fresh profile: bundled corpus → highlight → claim → memo
// with citations → Markdown export, with reloads in the middle.

const RFERL_TITLE = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const FT_TITLE = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const CORPUS_TITLES = [
  RFERL_TITLE,
  FT_TITLE,
  'More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan',
  'Kazakhstan activists recall path from protest to bloodshed',
  'Dozens dead in unrest in Kazakhstan',
];

test('a fresh notebook holds the five corpus articles, imported once', async ({ notebook, page }) => {
  await expect(notebook.sourceLinks()).toHaveCount(5);
  for (const title of CORPUS_TITLES) {
    await expect(notebook.sources.getByRole('button', { name: title, exact: true })).toBeVisible();
  }
  await page.reload();
  await expect(notebook.sourceLinks()).toHaveCount(5);
});

test('the Reader shows metadata on top and boilerplate dimmed, not deleted', async ({ notebook }) => {
  await notebook.openSource(RFERL_TITLE);
  await expect(notebook.reader).toContainText('December 16, 2021');
  await expect(notebook.reader).toContainText('https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html');
  const banner = notebook.reader.locator('.boilerplate', { hasText: 'UNITED24' });
  await expect(banner).toBeVisible();
  await notebook.reader.getByLabel(/Show page boilerplate/).uncheck();
  await expect(banner).toHaveCount(0);
  await expect(notebook.reader).toContainText('Security measures have been beefed up');
});

test('highlight, claim, cite and export survive reloads and export verbatim', async ({ notebook, page, remoteRequests }) => {
  const first = 'killing at least 16 people and one person in the nearby town of Shetpe';
  const second = 'More than 160 people, including police officers, were killed.';

  await notebook.openSource(RFERL_TITLE);
  await notebook.highlight('Security measures have been beefed up');
  await notebook.tagAsClaim(first, { attribution: 'RFE/RL', tags: 'death toll, Zhanaozen', status: 'corroborated' });
  await expect(notebook.claim(first)).toBeVisible();

  await page.reload();
  await notebook.openSource(RFERL_TITLE);
  await expect(notebook.reader.locator('mark[data-highlight-id]', { hasText: 'Security measures have been beefed up' })).toHaveText(
    'Security measures have been beefed up',
  );
  await expect(notebook.reader.locator('mark[data-highlight-id]', { hasText: 'Shetpe' })).toHaveText(first);

  await notebook.openSource(FT_TITLE);
  await notebook.tagAsClaim(second, { attribution: 'Financial Times', tags: 'death toll', status: 'unverified' });

  await page.getByRole('button', { name: 'New memo' }).click();
  await expect(notebook.memo).toBeVisible();
  await notebook.memo.click();
  await page.keyboard.type('Accounts of the death toll differ. ');
  await notebook.claim(second).getByRole('button', { name: 'Cite in memo' }).click();
  await expect(notebook.memo).toContainText(`“${second}”`);
  await notebook.claim(first).getByRole('button', { name: 'Cite in memo' }).click();
  await expect(notebook.memo.getByLabel('Footnote 1')).toBeVisible();
  await expect(notebook.memo.getByLabel('Footnote 2')).toBeVisible();

  await page.reload();
  await expect(notebook.memo).toContainText('Accounts of the death toll differ.');
  await expect(notebook.memo).toContainText(`“${first}”`);

  await page.getByRole('button', { name: 'Export memo' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile((await download.path())!, 'utf8');

  expect(markdown).toContain('Accounts of the death toll differ.');
  expect(markdown).toMatch(/“More than 160 people, including police officers, were killed\.”\[\^1\]/);
  expect(markdown).toMatch(/\[\^2\]/);
  const footnote2 = markdown.split('\n').find((line) => line.startsWith('[^2]:'))!;
  expect(footnote2).toContain(RFERL_TITLE);
  expect(footnote2).toContain('RFE/RL');
  expect(footnote2).toContain('December 16, 2021');
  // The paragraph counts body paragraphs only: the banners, headline and byline above the lede are not counted.
  expect(footnote2).toContain('para. 6');
  expect(footnote2).toContain('https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html');
  expect(footnote2).toContain(first);
  const footnote1 = markdown.split('\n').find((line) => line.startsWith('[^1]:'))!;
  // Chicago (CSL) writes titles in title case.
  expect(footnote1.toLowerCase()).toContain(FT_TITLE.toLowerCase());
  expect(footnote1).toContain(second);

  expect(remoteRequests).toEqual([]);
});
