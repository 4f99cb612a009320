import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { KeyboardUser } from './page-models/KeyboardUser';

// Issue 8: every step from the corpus to an exported memo with the keyboard alone, plus the
// menu bar, pane shortcuts and the shortcut sheet. No mouse click anywhere in this file.

const RFERL_TITLE = 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day';
const FT_TITLE = 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown';
const SHETPE = 'killing at least 16 people and one person in the nearby town of Shetpe';
const FT_TOLL = 'More than 160 people, including police officers, were killed.';

test('corpus to exported memo without the mouse', async ({ notebook, page, remoteRequests }) => {
  const user = new KeyboardUser(page);

  // Open a source from the palette: the Reader's text gets focus.
  await user.openPalette('tightens security');
  await page.keyboard.press('Enter');
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(RFERL_TITLE);
  await expect(page.locator('[data-reader-text]')).toBeFocused();

  // Highlight a passage with Shift+arrows and Alt+H.
  await user.selectInReader('Security measures have been beefed up');
  await page.keyboard.press('Alt+H');
  await expect(notebook.reader.locator('mark[data-highlight-id]', { hasText: 'Security measures' })).toHaveText(
    'Security measures have been beefed up',
  );

  // Tag another as a claim with Alt+C; the dialog saves with Ctrl+Enter; focus comes back to the text.
  await user.selectInReader(SHETPE);
  await page.keyboard.press('Alt+C');
  const dialog = page.getByRole('dialog', { name: 'Tag as claim' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(notebook.claim(SHETPE)).toBeVisible();
  await expect(page.locator('[data-reader-text]')).toBeFocused();

  // The second source, and a second claim, the same way.
  await user.openPalette('voices from');
  await page.keyboard.press('Enter');
  await expect(notebook.reader.getByRole('heading', { level: 1 })).toHaveText(FT_TITLE);
  await user.selectInReader(FT_TOLL);
  await page.keyboard.press('Alt+C');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  // A new memo (Ctrl+Alt+N) takes the caret; claims are cited from the palette with Shift+Enter.
  await page.keyboard.press('Control+Alt+N');
  await expect(notebook.memo).toBeFocused();
  await page.keyboard.type('Accounts of the death toll differ. The FT wrote ');
  await user.openPalette('160 people');
  await page.keyboard.press('Shift+Enter');
  await expect(notebook.memo).toContainText(`“${FT_TOLL}”`);
  await expect(notebook.memo).toBeFocused();
  await page.keyboard.type(' while RFE/RL recalled ');
  await user.openPalette('Shetpe');
  await page.keyboard.press('Shift+Enter');
  await expect(notebook.memo.getByLabel('Footnote 2')).toBeVisible();

  // Export: Ctrl+E opens the format menu; arrows to Markdown; Enter downloads it.
  await page.keyboard.press('Control+E');
  const markdownItem = page.getByRole('menuitem', { name: 'Markdown' });
  await expect(markdownItem).toBeVisible();
  for (let presses = 0; presses < 6 && !(await markdownItem.evaluate((item) => item === document.activeElement)); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(markdownItem).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const markdown = await readFile((await (await downloading).path())!, 'utf8');

  expect(markdown).toContain('Accounts of the death toll differ. The FT wrote');
  expect(markdown).toMatch(/“More than 160 people, including police officers, were killed\.”\[\^1\]/);
  expect(markdown).toContain(`“${SHETPE}”[^2]`);
  const footnote = (n: number) => markdown.split('\n').find((line) => line.startsWith(`[^${n}]:`)) ?? '';
  // Titles as the citation style writes them (Chicago title-cases), paragraphs as it locates them.
  expect(footnote(1).toLowerCase()).toContain(FT_TITLE.toLowerCase());
  expect(footnote(2).toLowerCase()).toContain(RFERL_TITLE.toLowerCase());
  expect(footnote(2)).toMatch(/(¶|para\.) 6/);
  expect(remoteRequests).toEqual([]);
});

test('the menu bar works from the keyboard and gives focus back', async ({ notebook, page }) => {
  await notebook.openSource(RFERL_TITLE);
  await page.locator('[data-reader-text]').focus();
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  const before = await theme();

  await page.keyboard.press('F10');
  const menubar = page.getByRole('menubar', { name: 'Application' });
  await expect(menubar.getByRole('menuitem', { name: 'File' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(menubar.getByRole('menuitem', { name: 'View' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const view = page.getByRole('menu', { name: 'View' });
  await expect(view.getByRole('menuitem').first()).toBeFocused();
  // First-letter navigation, as in desktop menus.
  await page.keyboard.press('t');
  await expect(view.getByRole('menuitem', { name: 'Toggle dark theme' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view).toBeHidden();
  expect(await theme()).not.toBe(before);
  await expect(page.locator('[data-reader-text]')).toBeFocused();

  // Escape leaves the menu bar for where focus was.
  await page.keyboard.press('F10');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu', { name: 'File' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menubar.getByRole('menuitem', { name: 'File' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-reader-text]')).toBeFocused();
});

test('panes are one shortcut away, and F6 cycles through them', async ({ notebook, page }) => {
  await notebook.openSource(RFERL_TITLE);
  await page.keyboard.press('Control+1');
  await expect(notebook.sources.getByRole('button', { name: RFERL_TITLE, exact: true })).toBeFocused();
  await page.keyboard.press('Control+2');
  await expect(page.locator('[data-reader-text]')).toBeFocused();
  // No memo yet: the memo pane offers "New memo" first.
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('button', { name: 'New memo' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(notebook.sources.getByRole('button', { name: RFERL_TITLE, exact: true })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('button', { name: 'New memo' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(page.locator('[data-reader-text]')).toBeFocused();
});

test('"?" opens the shortcut sheet, except while typing', async ({ notebook, page }) => {
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Alt+H');
  await expect(sheet).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.keyboard.press('Control+Alt+N');
  await expect(notebook.memo).toBeFocused();
  await page.keyboard.type('Why? ');
  await expect(sheet).toBeHidden();
  await expect(notebook.memo).toContainText('Why?');
});

test('the Reader keeps a keyboard caret: arrows move it, Shift extends, Escape collapses', async ({ notebook, page }) => {
  const user = new KeyboardUser(page);
  await notebook.openSource(FT_TITLE);
  await page.keyboard.press('Control+2');
  const first = await user.readerSelection();
  expect(first?.anchor).toBe(first?.focus);
  await page.keyboard.press('Control+Shift+ArrowRight');
  const word = await user.readerSelection();
  expect(word!.text.trim().length).toBeGreaterThan(0);
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
  await page.keyboard.press('Escape');
  const collapsed = await user.readerSelection();
  expect(collapsed?.anchor).toBe(collapsed?.focus);
  expect(collapsed?.focus).toBe(word?.focus);
  // Ctrl+Home goes to the article's first letter, and the caret never leaves the paragraphs.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  expect((await user.readerSelection())?.focus).toBe(0);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const end = await page.evaluate(() => {
    const blocks = document.querySelectorAll<HTMLElement>('[data-reader-text] [data-block-start]');
    return Number(blocks[blocks.length - 1]!.dataset.blockEnd);
  });
  expect((await user.readerSelection())?.focus).toBe(end);
});
