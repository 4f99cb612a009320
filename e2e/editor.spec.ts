import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 5, the editor: links (kept, exported, never followed), cite by keyboard, find a memo by title.

const FT = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const AP = 'Kazakhstan activists recall path from protest to bloodshed';
const KILLED = 'More than 160 people, including police officers, were killed.';
const ARRESTS = 'scores of deaths and about 16,000 arrests';

/** Serious or critical axe findings, in both themes' rules (WCAG 2.2 AA and best practice). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForTimeout(150);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

test('a link added from the toolbar is kept, not followed, and exported as a Markdown link', async ({
  notebook,
  page,
}, testInfo) => {
  await page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await page.keyboard.type('See the report');
  // Select "report" and link it with the keyboard shortcut.
  for (let i = 0; i < 'report'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+K');
  const dialog = page.getByRole('dialog', { name: 'Add link' });
  await dialog.getByRole('textbox', { name: 'URL' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Save link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('http://, https:// or mailto:');
  await page.screenshot({ path: testInfo.outputPath('link-dialog.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('textbox', { name: 'URL' }).fill('https://www.rferl.org/a/31612276.html');
  await dialog.getByRole('button', { name: 'Save link' }).click();
  await expect(dialog).toBeHidden();

  const link = notebook.memo.getByRole('link', { name: 'report' });
  await expect(link).toHaveAttribute('href', 'https://www.rferl.org/a/31612276.html');
  // A plain click only places the caret; Ctrl+click asks first, as every outbound link does.
  await link.click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await link.click({ modifiers: ['Control'] });
  const ask = page.getByRole('dialog', { name: 'Open this link in your browser?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(page.url()).not.toContain('rferl');
  expect(page.context().pages()).toHaveLength(1);

  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('memo-link.png') });
  const markdown = await notebook.exportMemoMarkdown();
  expect(markdown).toContain('See the [report](https://www.rferl.org/a/31612276.html)');

  // The toolbar button edits the link under the caret.
  await link.click();
  await page
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', { name: 'Link' })
    .click();
  await expect(
    page.getByRole('dialog', { name: 'Edit link' }).getByRole('textbox', { name: 'URL' }),
  ).toHaveValue('https://www.rferl.org/a/31612276.html');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Edit link' })).toBeHidden();
  await expect(notebook.memo).toBeFocused();
});

test('cite by keyboard: [[ searches highlights and claims, Enter cites, Escape returns to the caret', async ({
  notebook,
  page,
}, testInfo) => {
  await notebook.openSource(FT);
  await notebook.highlight(KILLED);
  await notebook.openSource(AP);
  await notebook.tagAsClaim(ARRESTS, { attribution: 'AP', tags: 'arrests', status: 'unverified' });

  await page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await page.keyboard.type('The toll: [[');
  const picker = page.getByRole('dialog', { name: 'Cite a passage' });
  const find = picker.getByRole('combobox', { name: 'Find a passage or claim' });
  await expect(find).toBeFocused();
  // The claim, its passage as a highlight, and the plain highlight.
  await expect(picker.getByRole('option')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('cite-picker.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('cite-picker-dark.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await find.fill('160 voices');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await expect(picker.getByRole('option', { selected: true })).toContainText(FT);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(notebook.memo.getByLabel('Footnote 1', { exact: true })).toBeVisible();
  await expect(notebook.memo).toContainText(`The toll: “${KILLED}”`);
  await expect(notebook.memo).not.toContainText('[');

  // The caret is after the citation: typing goes on from there.
  await page.keyboard.type('Arrests:');
  await page.keyboard.press('Control+Shift+C');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(notebook.memo).toBeFocused();
  await page.keyboard.type(' ');
  await page.keyboard.press('Control+Shift+C');
  await find.fill('arrests');
  await page.keyboard.press('Enter');
  await expect(notebook.memo.getByLabel('Footnote 2', { exact: true })).toBeVisible();
  await expect(notebook.memo).toContainText(`Arrests: “${ARRESTS}”`);

  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const markdown = await notebook.exportMemoMarkdown();
  expect(markdown).toMatch(/^\[\^2\]: .*16,000 arrests/m);
});

test('find a memo by title', async ({ notebook, page }, testInfo) => {
  for (const title of ['Death toll', 'Arrests in Almaty', 'Names and spellings']) {
    await page.getByRole('button', { name: 'New memo' }).click();
    await expect(page.getByLabel('Document title')).toHaveValue('Untitled memo');
    await page.getByLabel('Document title').fill(title);
    await expect(
      page.getByRole('combobox', { name: 'Open memo' }).getByRole('option', { name: title }),
    ).toHaveCount(title === 'Death toll' ? 0 : 1);
  }
  const find = page.getByRole('textbox', { name: 'Find by title' });
  await find.fill('almaty');
  await expect(
    page.getByRole('combobox', { name: 'Open memo' }).locator('option:not([disabled])'),
  ).toHaveText(['Arrests in Almaty']);
  await page.screenshot({ path: testInfo.outputPath('find-by-title.png') });
  await find.press('Enter');
  await expect(page.getByLabel('Document title')).toHaveValue('Arrests in Almaty');
  await expect(notebook.memo).toBeVisible();
  await find.fill('nothing like this');
  await expect(page.getByRole('status').filter({ hasText: 'No title matches' })).toBeAttached();
});

test('a highlight dragged from the Reader onto the memo is cited at the drop point', async ({
  notebook,
  page,
}) => {
  await notebook.openSource(FT);
  await notebook.highlight(KILLED);
  await page.getByRole('button', { name: 'New memo' }).click();
  await notebook.memo.click();
  await page.keyboard.type('Reported: ');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  const mark = notebook.reader.locator('mark', { hasText: KILLED });
  await expect(mark).toHaveAttribute('draggable', 'true');
  await mark.scrollIntoViewIfNeeded();
  // A passage may wrap: start on its first line box, not the middle of its bounding box.
  const from = await mark.evaluate((element) => {
    const first = element.getClientRects()[0]!;
    return { x: first.left + Math.min(8, first.width / 2), y: first.top + first.height / 2 };
  });
  const line = (await notebook.memo.getByText('Reported:').boundingBox())!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
  await page.mouse.move(line.x + 1, line.y + line.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(notebook.memo.getByLabel('Footnote 1', { exact: true })).toBeVisible();
  await expect(notebook.memo).toContainText(`“${KILLED}”`);
  // Dropped at the start of the line, before the words already there.
  await expect(notebook.memo).toContainText(`“${KILLED}”1 Reported:`);
});
