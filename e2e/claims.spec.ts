import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 4: structured claims, the Claims view's filters, the codebook, entities with aliases,
// Undo for destructive actions, and the ledger export.

const FT = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const RFERL_RALLIES =
  'More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan';
const INDEPENDENT = 'Dozens dead in unrest in Kazakhstan';
const TOKAYEV_PASSAGE = 'Those who commit serious crimes will be punished according to the law.';
const TOQAEV_PASSAGE = 'President Qasym-Zhomart Toqaev pledged in 2019 to carry out reforms';
const ARRESTS_PASSAGE = 'So far, 2,000 people have been arrested, the interior ministry said.';
const DEATHS_PASSAGE = 'More than 160 people, including police officers, were killed.';

const undoButton = (page: Page) => page.locator('.toast').getByRole('button', { name: 'Undo' });

async function downloadText(
  page: Page,
  start: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await start();
  const download = await downloading;
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
}

test('claims carry subject, figure and one entity per person however spelled; filters count them; delete is undoable', async ({
  notebook,
  page,
}) => {
  await notebook.openSource(FT);
  await notebook.tagAsClaim(TOKAYEV_PASSAGE, {
    attribution: 'Tokayev',
    tags: 'crackdown',
    status: 'unverified',
  });
  await notebook.openSource(RFERL_RALLIES);
  await notebook.tagAsClaim(TOQAEV_PASSAGE, {
    attribution: 'Toqaev',
    tags: 'reforms',
    status: 'disputed',
  });

  // Subject and figure are read from the passage; the attribution is suggested from known entities.
  await notebook.openSource(INDEPENDENT);
  await notebook.selectPassage(ARRESTS_PASSAGE);
  await page.getByRole('button', { name: 'Tag as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' });
  await expect(dialog.getByLabel('Subject')).toHaveValue('arrests');
  await expect(dialog.getByLabel('Figure', { exact: true })).toHaveValue('2,000 people');
  await expect(dialog.getByText('Read as: exactly 2,000 · people')).toBeVisible();
  await dialog.getByLabel('Attribution').fill('Tok');
  await expect(dialog.getByRole('option', { name: /Tokayev/ })).toBeVisible();
  await dialog.getByLabel('Attribution').fill('Interior ministry');
  await expect(dialog.getByLabel(/New entity/)).toHaveValue('body');
  await dialog.getByLabel('Tags').fill('arrests');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();

  const arrests = notebook.claim(ARRESTS_PASSAGE);
  await expect(arrests).toContainText('arrests');
  await expect(arrests).toContainText('2,000 people');
  await expect(notebook.claims.getByRole('listitem')).toHaveCount(3);

  // Filters, with counts: "Toqaev" and "Tokayev" are one person.
  await notebook.claims.getByRole('button', { name: 'Filters' }).click();
  const saidBy = notebook.claims.getByLabel('Said by');
  await expect(saidBy.getByRole('option')).toHaveText([
    'Anyone',
    'Interior ministry (1)',
    'Tokayev (2)',
  ]);
  await saidBy.selectOption({ label: 'Tokayev (2)' });
  await expect(notebook.claims.getByRole('listitem')).toHaveCount(2);
  await expect(notebook.claims.getByText('2 of 3 claims')).toBeVisible();
  await notebook.claims.getByRole('button', { name: 'Clear filters' }).click();
  await notebook.claims.getByLabel('Subject').selectOption({ label: 'arrests (1)' });
  await expect(notebook.claims.getByRole('listitem')).toHaveCount(1);
  await notebook.claims.getByLabel('Claim status').selectOption('disputed');
  await expect(notebook.claims.getByText('No claim matches these filters.')).toBeVisible();
  await notebook.claims.getByRole('button', { name: 'Clear filters' }).click();

  // Delete, then Undo: the claim comes back as it was, and survives a reload.
  await arrests.getByRole('button', { name: 'Delete' }).click();
  await expect(arrests).toHaveCount(0);
  await expect(page.locator('.toast')).toContainText('Claim deleted.');
  await undoButton(page).click();
  await expect(notebook.claim(ARRESTS_PASSAGE)).toContainText('2,000 people');
  await page.reload();
  await expect(notebook.claims.getByRole('listitem')).toHaveCount(3);
});

test('the codebook: colours, nesting, delete with a choice and Undo; a highlight takes its first tag’s colour', async ({
  notebook,
  page,
}) => {
  await notebook.openSource(FT);
  await notebook.tagAsClaim(DEATHS_PASSAGE, {
    attribution: 'officials',
    tags: 'death toll',
    status: 'corroborated',
  });
  const mark = notebook.reader.locator('mark[data-highlight-id]', { hasText: 'More than 160' });
  await expect(mark).toBeVisible();

  await notebook.claims.getByRole('button', { name: 'Codebook' }).click();
  const codebook = page.getByRole('dialog', { name: 'Codebook' });
  const background = () => mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  const before = await background();
  await codebook.getByLabel('Colour of death toll').fill('#00ff00');
  await expect
    .poll(() => mark.evaluate((el) => getComputedStyle(el).getPropertyValue('--tag-color')))
    .toBe('#00ff00');
  await expect.poll(background).not.toBe(before);

  // Nesting: "death toll" under "Violence"; filtering by Violence finds its claims.
  await codebook.getByLabel('New tag').fill('Violence');
  await codebook.getByRole('button', { name: 'Add tag' }).click();
  await codebook.getByLabel('Parent of death toll').selectOption({ label: 'under Violence' });
  await expect(codebook.getByLabel('Parent of death toll').locator('option:checked')).toHaveText(
    'under Violence',
  );

  // Save the codebook as REFI-QDA: the tree and the colour are in it.
  const qdc = await downloadText(page, () =>
    codebook.getByRole('button', { name: 'Save as REFI-QDA (.qdc)' }).click(),
  );
  expect(qdc.name).toBe('margin-codebook.qdc');
  expect(qdc.text).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
  expect(qdc.text).toMatch(
    /<Code guid="[0-9A-F-]{36}" name="Violence" isCodable="true" color="#[0-9A-F]{6}">\s*<Code guid="[0-9A-F-]{36}" name="death toll" isCodable="true" color="#00FF00"\/>/,
  );

  // Delete "death toll", taking its claims with it; Undo brings both back.
  await codebook
    .getByRole('listitem')
    .filter({ has: page.getByLabel('Name of death toll') })
    .getByRole('button', { name: 'Delete…' })
    .click();
  await codebook.getByLabel('Delete them too').check();
  await codebook.getByRole('button', { name: 'Delete tag' }).click();
  await expect(codebook.getByLabel('Name of death toll')).toHaveCount(0);
  await expect(notebook.claims.getByRole('listitem')).toHaveCount(0);
  await codebook.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(codebook.getByLabel('Name of death toll')).toBeVisible();
  await codebook.getByRole('button', { name: 'Close the codebook' }).click();
  await expect(notebook.claim(DEATHS_PASSAGE)).toContainText('death toll');

  await notebook.claims.getByRole('button', { name: 'Filters' }).click();
  await notebook.claims.getByLabel('Tag').selectOption({ label: 'Violence (1)' });
  await expect(notebook.claims.getByRole('listitem')).toHaveCount(1);
});

test('the ledger exports every claim with its evidence as CSV and JSON, and verdicts as ClaimReview JSON-LD', async ({
  notebook,
  page,
}) => {
  await notebook.openSource(FT);
  await notebook.tagAsClaim(DEATHS_PASSAGE, {
    attribution: 'officials',
    tags: 'death toll',
    status: 'disputed',
  });
  await notebook.openSource(INDEPENDENT);
  await notebook.tagAsClaim(ARRESTS_PASSAGE, {
    attribution: 'Interior ministry',
    tags: 'arrests',
    status: 'unverified',
  });

  const exportAs = (format: string) =>
    downloadText(page, async () => {
      await notebook.claims.getByRole('button', { name: 'Export claims' }).click();
      await page.getByRole('menuitem', { name: format }).click();
    });

  const csv = await exportAs('Ledger as CSV');
  expect(csv.name).toMatch(/^margin-claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = csv.text.trim().split('\r\n');
  expect(header).toContain('claim_id,statement,subject,claim_figure');
  expect(rows).toHaveLength(2);
  expect(csv.text).toContain(`"${ARRESTS_PASSAGE}"`);
  expect(csv.text).toContain('more than 160 people');

  const json = JSON.parse((await exportAs('Ledger as JSON')).text);
  expect(json.claims).toHaveLength(2);
  const deaths = json.claims.find((c: { statement: string }) => c.statement === DEATHS_PASSAGE);
  expect(deaths).toMatchObject({
    subject: 'death toll',
    status: 'disputed',
    figure: { value: 160, qualifier: 'more than' },
  });
  expect(deaths.evidence[0]).toMatchObject({
    stance: 'supports',
    quote: DEATHS_PASSAGE,
    source: { title: FT },
    locator: { paragraph: 6 },
  });

  const jsonLd = await exportAs('ClaimReview JSON-LD (claims with a verdict)');
  expect(jsonLd.name).toMatch(/claimreview.*\.jsonld$/);
  const reviews = JSON.parse(jsonLd.text)['@graph'];
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({
    '@type': 'ClaimReview',
    claimReviewed: DEATHS_PASSAGE,
    reviewRating: { alternateName: 'Disputed' },
  });
});
