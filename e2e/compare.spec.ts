import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { NotebookPage } from './page-models/NotebookPage';

// Issue 4: where sources disagree. Passages from three corpus articles gathered under one
// "death toll" claim, one of them contradicting it; the Compare table sets their figures side by
// side, marks the disagreement in words, and every cell leads back to its passage.

const FT = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const AP = 'Kazakhstan activists recall path from protest to bloodshed';
const INDEPENDENT = 'Dozens dead in unrest in Kazakhstan';
const FT_PASSAGE = 'More than 160 people, including police officers, were killed.';
const AP_PASSAGE = 'the events that led to scores of deaths';
const INDEPENDENT_PASSAGE = 'Security forces killed dozens of protesters';

/** Select a passage, Alt+E, type, pick: the keyboard path to "add to an existing claim". */
async function addToClaim(
  notebook: NotebookPage,
  passage: string,
  search: string,
  stance?: string,
): Promise<void> {
  const { page } = notebook;
  await notebook.selectPassage(passage);
  await page.keyboard.press('Alt+E');
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' });
  await expect(dialog.getByRole('button', { name: 'Add to existing claim' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(dialog.getByRole('combobox', { name: 'Find claim' })).toBeFocused();
  await page.keyboard.type(search);
  await expect(
    dialog
      .getByRole('listbox', { name: 'Matching claims' })
      .getByRole('option', { selected: true }),
  ).toContainText('More than 160 people');
  if (stance) {
    await dialog.getByLabel('Stance').selectOption(stance);
    await dialog.getByRole('button', { name: 'Add to claim' }).click();
  } else {
    await dialog.getByRole('combobox', { name: 'Find claim' }).press('Enter');
  }
  await expect(dialog).toBeHidden();
}

const compareTable = (notebook: NotebookPage) =>
  notebook.page.getByRole('table', { name: 'Compare' });
/** The row whose Figure cell reads `figure` (other rows may name it in their Agreement cell). */
const row = (notebook: NotebookPage, figure: string) =>
  compareTable(notebook)
    .locator('tbody tr')
    .filter({ has: notebook.page.getByRole('cell', { name: figure, exact: true }) });

async function expectDeathTollRows(notebook: NotebookPage): Promise<void> {
  await expect(compareTable(notebook).locator('tbody tr')).toHaveCount(3);
  // Oldest source first; each row with its figure, qualifier, attribution and stance.
  await expect(row(notebook, 'more than 160 people')).toContainText('more than');
  await expect(row(notebook, 'more than 160 people')).toContainText('officials');
  await expect(row(notebook, 'scores of deaths')).toContainText('January 15, 2022');
  await expect(row(notebook, 'scores of deaths')).toContainText('AP');
  await expect(row(notebook, 'dozens of protesters')).toContainText('contradicts');
  await expect(row(notebook, 'dozens of protesters')).toContainText('authorities');
  // The disagreement is marked in words (and a sign), not by colour alone.
  await expect(row(notebook, 'dozens of protesters').getByRole('cell').nth(3)).toHaveText(
    /^⚠ Disagrees with more than 160 people \(Voices from Kazakhstan…\)$/,
  );
  await expect(row(notebook, 'more than 160 people')).toContainText('Disagrees with');
  await expect(row(notebook, 'scores of deaths')).toContainText('Consistent');
  await expect(notebook.page.getByText('2 of 3 disagree')).toBeVisible();
}

test('three sources on one death toll, one contradicting: Compare shows where they disagree and leads back to each passage', async ({
  notebook,
  page,
  remoteRequests,
}) => {
  // 1. A new claim from the FT: subject and figure are read from the passage.
  await notebook.openSource(FT);
  await notebook.selectPassage(FT_PASSAGE);
  await page.getByRole('button', { name: 'Tag as claim' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' });
  await expect(dialog.getByLabel('Statement')).toHaveValue(FT_PASSAGE);
  await expect(dialog.getByLabel('Subject')).toHaveValue('death toll');
  await expect(dialog.getByLabel('Figure', { exact: true })).toHaveValue('more than 160 people');
  await dialog.getByLabel('Attribution').fill('officials');
  await dialog.getByLabel('Tags').fill('death toll');
  await dialog.getByRole('button', { name: 'Save claim' }).click();
  await expect(dialog).toBeHidden();

  // 2. AP and The Independent added to it from the keyboard; The Independent contradicts it.
  await notebook.openSource(AP);
  await addToClaim(notebook, AP_PASSAGE, '160');
  await notebook.openSource(INDEPENDENT);
  await notebook.selectPassage(INDEPENDENT_PASSAGE);
  await page.keyboard.press('Alt+E');
  await dialog.getByLabel('Said by, per this source').fill('authorities');
  await dialog.getByRole('combobox', { name: 'Find claim' }).fill('killed');
  await dialog.getByLabel('Stance').selectOption('contradicts');
  await dialog.getByRole('button', { name: 'Add to claim' }).click();
  await expect(dialog).toBeHidden();

  const claim = notebook.claim(FT_PASSAGE);
  await expect(claim).toContainText('✗ contradicts');
  await expect(claim.getByRole('button', { name: /^Open passage in / })).toHaveCount(3);

  // 3. Compare: three rows, the figures side by side, the disagreement marked.
  await page.getByRole('button', { name: 'Compare' }).click();
  await expectDeathTollRows(notebook);

  // 4. A click on any cell opens the passage in the Reader.
  await row(notebook, 'scores of deaths')
    .getByRole('cell', { name: 'scores of deaths', exact: true })
    .click();
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(AP);
  const mark = notebook.reader.locator('mark[data-highlight-id]', { hasText: 'scores of deaths' });
  await expect(mark).toHaveText(AP_PASSAGE);
  await expect(mark).toBeInViewport();
  await row(notebook, 'more than 160 people')
    .getByRole('cell', { name: 'more than', exact: true })
    .click();
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(FT);
  await expect(
    notebook.reader.locator('mark[data-highlight-id]', { hasText: 'More than 160' }),
  ).toBeInViewport();

  // 5. Reload: the claim, its passages and their stances are all still there.
  await page.reload();
  await expect(
    notebook.claim(FT_PASSAGE).getByRole('button', { name: /^Open passage in / }),
  ).toHaveCount(3);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expectDeathTollRows(notebook);
  await row(notebook, 'dozens of protesters').getByRole('button').click();
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(INDEPENDENT);
  await expect(
    notebook.reader.locator('mark[data-highlight-id]', { hasText: INDEPENDENT_PASSAGE }),
  ).toBeInViewport();

  expect(remoteRequests).toEqual([]);
});

/** No serious or critical axe finding on what is on screen now. */
async function expectAccessible(notebook: NotebookPage, screen: string): Promise<void> {
  await notebook.page.waitForTimeout(150);
  const results = await new AxeBuilder({ page: notebook.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${screen}: axe found\n  ${serious.join('\n  ')}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the add-to-claim search, Compare and the codebook pass an axe scan', async ({
      notebook,
      page,
    }) => {
      await notebook.openSource(FT);
      await notebook.tagAsClaim(FT_PASSAGE, {
        attribution: 'officials',
        tags: 'death toll',
        status: 'disputed',
      });
      await notebook.openSource(INDEPENDENT);
      await notebook.selectPassage(INDEPENDENT_PASSAGE);
      await page.keyboard.press('Alt+E');
      await page.keyboard.type('160');
      await expectAccessible(notebook, 'add to an existing claim');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Compare' }).click();
      await expect(compareTable(notebook).locator('tbody tr')).toHaveCount(2);
      await expectAccessible(notebook, 'Compare');
      await notebook.claims.getByRole('button', { name: 'Filters' }).click();
      await expectAccessible(notebook, 'Claims view with filters');
      await notebook.claims.getByRole('button', { name: 'Codebook' }).click();
      await expectAccessible(notebook, 'Codebook');
    });
  });
}
