import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 8: themes that follow the system and remember a choice, the Settings dialog, remembered
// pane widths, the first-start welcome, toasts with Undo, and links that ask before leaving.

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

test.describe('with a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system, and a switched theme persists across reloads', async ({ notebook, page }) => {
    void notebook;
    expect(await theme(page)).toBe('dark');
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => theme(page)).toBe('light');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Sources' }).getByRole('button').first()).toBeVisible();
    expect(await theme(page)).toBe('light');
    // Painted before the notebook is read, not after: the first frame is already light.
    expect(await page.evaluate(() => localStorage.getItem('margin.theme'))).toBe('light');
  });
});

test('Settings: theme, export format and citation style are remembered', async ({ notebook, page }) => {
  void notebook;
  const settings = page.getByRole('button', { name: 'Settings' });
  await settings.click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('radio', { name: /^Follow the system/ })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect.poll(() => theme(page)).toBe('dark');
  await dialog.getByLabel('Default export format').selectOption({ label: 'Word' });
  await dialog.getByLabel('Citation style').selectOption({ label: 'APA 7' });
  await expect(dialog).toContainText('this browser’s profile');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(settings).toBeFocused();

  await page.reload();
  expect(await theme(page)).toBe('dark');
  await expect(page.getByRole('navigation', { name: 'Sources' }).getByRole('button').first()).toBeVisible();
  await page.keyboard.press('Control+,');
  await expect(dialog.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
  await expect(dialog.getByLabel('Default export format')).toHaveValue('docx');
  await expect(dialog.getByLabel('Citation style')).toHaveValue('apa');
  const stored = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const open = indexedDB.open('margin');
        open.onsuccess = () => {
          const all = open.result.transaction('settings').objectStore('settings').getAll();
          all.onsuccess = () => resolve(Object.fromEntries(all.result.map((row: { key: string; value: unknown }) => [row.key, row.value])));
        };
      }),
  );
  expect(stored).toMatchObject({ theme: 'dark', 'export.defaultFormat': 'docx', 'citation.style': 'apa' });
  await page.keyboard.press('Escape');

  // "Export memo" offers the default format first, in the style chosen.
  await page.getByRole('button', { name: 'New memo' }).click();
  await expect(page.getByRole('textbox', { name: 'Memo' })).toBeVisible();
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('menuitem', { name: 'Word' })).toBeFocused();
});

test('Export memo with no memo open says what to do', async ({ notebook, page }) => {
  void notebook;
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('status').filter({ hasText: 'There is no memo to export yet' })).toContainText('New memo');
});

test('pane widths are remembered across reloads, and Reset restores them', async ({ notebook, page }) => {
  void notebook;
  const separator = page.getByRole('separator', { name: 'Resize writing pane' });
  await separator.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', '484');
  const box = (await page.getByRole('separator', { name: 'Resize sources pane' }).boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 61, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('separator', { name: 'Resize sources pane' })).toHaveAttribute('aria-valuenow', '350');

  await page.reload();
  await expect(page.getByRole('separator', { name: 'Resize writing pane' })).toHaveAttribute('aria-valuenow', '484');
  await expect(page.getByRole('separator', { name: 'Resize sources pane' })).toHaveAttribute('aria-valuenow', '350');
  expect(await page.locator('#pane-memo').evaluate((pane) => Math.round(pane.getBoundingClientRect().width))).toBe(484);

  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitem', { name: 'Reset pane sizes' }).click();
  await expect(page.getByRole('separator', { name: 'Resize sources pane' })).toHaveAttribute('aria-valuenow', '290');
});

test('the welcome explains the samples once, and its dismissal can be undone', async ({ notebook, page }) => {
  void notebook;
  const welcome = page.getByRole('region', { name: 'Welcome to Margin' });
  await expect(welcome).toContainText('five sample articles');
  await welcome.getByRole('button', { name: 'Got it, hide this' }).click();
  await expect(welcome).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: 'Welcome hidden' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(welcome).toBeVisible();

  await welcome.getByRole('button', { name: 'Got it, hide this' }).click();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Sources' }).getByRole('button').first()).toBeVisible();
  await expect(welcome).toBeHidden();
  await page.getByRole('menuitem', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Welcome' }).click();
  await expect(welcome).toBeVisible();
});

test('a source URL is a link that asks first, then opens a new tab without opener or referrer', async ({ notebook, page, context }) => {
  const url = 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html';
  await notebook.openSource('Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day');
  const link = notebook.reader.getByRole('link', { name: url });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await link.click();
  const dialog = page.getByRole('dialog', { name: 'Open this link in your browser?' });
  await expect(dialog).toContainText(url);
  // "Cancel" first: Enter right away opens nothing.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);
  expect(context.pages()).toHaveLength(1);

  // Confirmed: a new tab (blocked from loading anything here); the app itself never navigates.
  await context.route('https://www.rferl.org/**', (route) => route.abort());
  await link.press('Enter');
  const opening = context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Open in browser' }).click();
  const tab = await opening;
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/);
});

test('links in any other markup are guarded the same way', async ({ notebook, page }) => {
  void notebook;
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/elsewhere';
    link.textContent = 'Elsewhere';
    document.querySelector('main')!.prepend(link);
  });
  await page.getByRole('link', { name: 'Elsewhere' }).click({ button: 'middle' });
  await expect(page.getByRole('dialog', { name: 'Open this link in your browser?' })).toContainText('https://example.org/elsewhere');
});
