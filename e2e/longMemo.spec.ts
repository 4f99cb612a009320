import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A long memo is grouped in sections inside the editor (renderer/editor/memoSections.ts) so that
// typing in it stays fast. The grouping must be invisible: the joins between sections behave as
// any two paragraphs do, and the memo is saved and exported as typed. Typed here with the real
// keyboard in Chromium, where the caret moves and deletes natively.

const PARAGRAPHS = 50;

/** The memo's paragraphs' texts, in order (their text, drawn or not: paragraphs out of view are not). */
function paragraphTexts(memo: Locator): Promise<string[]> {
  return memo.locator('p').allTextContents();
}

/** The first paragraph of the `n`th section (1-based): the start of a join between sections. */
function sectionStart(memo: Locator, n: number): Locator {
  return memo.locator(`.memo-editor__section:nth-child(${n}) > p:first-child`);
}

/**
 * Lets the editor hear where the caret went. Home, End and a click move the caret natively, and
 * the editor learns of it from the next `selectionchange`, which Chromium fires in a later task:
 * a key sent within the same millisecond (no typist is that fast) would act where it was.
 */
async function caretSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test('a long memo: joins between its sections edit like any two paragraphs, and it is saved as typed', async ({
  notebook,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: 'New memo' }).click();
  await page.getByLabel('Document title').fill('Long memo');
  await notebook.memo.click();
  const typed = Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i + 1}.`);
  for (const [i, text] of typed.entries()) {
    await page.keyboard.insertText(text);
    if (i < typed.length - 1) await page.keyboard.press('Enter');
  }
  await expect.poll(() => paragraphTexts(notebook.memo)).toEqual(typed);
  // Long enough to be grouped: there is a join to edit across.
  await expect(notebook.memo.locator('.memo-editor__section')).not.toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('long-memo-join.png') });

  // Backspace at the start of a section joins its first paragraph to the one before.
  const second = sectionStart(notebook.memo, 2);
  const joined = (await second.textContent()) ?? '';
  const before = typed.indexOf(joined) - 1;
  await second.click();
  await page.keyboard.press('Home');
  await caretSettled(page);
  await page.keyboard.press('Backspace');
  const expected = [...typed];
  expected.splice(before, 2, `${typed[before]}${joined}`);
  await expect.poll(() => paragraphTexts(notebook.memo)).toEqual(expected);

  // Delete at the end of the paragraph before a join pulls the next one up.
  const next = sectionStart(notebook.memo, 2);
  const pulled = (await next.textContent()) ?? '';
  const at = expected.indexOf(pulled) - 1;
  await notebook.memo.locator('p').nth(at).click();
  await page.keyboard.press('End');
  await caretSettled(page);
  await page.keyboard.press('Delete');
  expected.splice(at, 2, `${expected[at]}${pulled}`);
  await expect.poll(() => paragraphTexts(notebook.memo)).toEqual(expected);

  // A selection from paragraph 3 to the end (Ctrl+Shift+End: the editor's own, as the paragraphs
  // out of view are not laid out for the browser to select through), across every join, is
  // replaced by what is typed.
  await notebook.memo.locator('p').nth(2).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Shift+End');
  await caretSettled(page);
  await page.keyboard.insertText('Cut.'); // one input, one step to undo
  await expect.poll(() => paragraphTexts(notebook.memo)).toEqual([expected[0], expected[1], 'Cut.']);
  // Undo brings every paragraph back, joins included.
  await page.keyboard.press('Control+z');
  await expect.poll(() => paragraphTexts(notebook.memo)).toEqual(expected);

  // Saved as typed: a reload opens the same paragraphs, and the export has them in order.
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect.poll(() => paragraphTexts(notebook.memo)).toEqual(expected);
  const markdown = await notebook.exportMemoMarkdown();
  expect(markdown).toContain(expected.join('\n\n'));
});
