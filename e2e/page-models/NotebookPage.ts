import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The notebook window, driven by role and accessible name as DESIGN.md lists them. */
export class NotebookPage {
  readonly sources: Locator;
  readonly reader: Locator;
  readonly claims: Locator;
  readonly memo: Locator;

  constructor(readonly page: Page) {
    this.sources = page.getByRole('navigation', { name: 'Sources' });
    this.reader = page.getByRole('article', { name: 'Reader' });
    this.claims = page.getByRole('region', { name: 'Claims' });
    this.memo = page.getByRole('textbox', { name: 'Memo' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.sources.getByRole('button').first()).toBeVisible();
  }

  sourceLinks(): Locator {
    return this.sources.getByRole('button');
  }

  async openSource(title: string): Promise<void> {
    await this.sources.getByRole('button', { name: title, exact: true }).click();
    await expect(this.reader.getByRole('heading', { level: 1 })).toHaveText(title);
  }

  /** Selects the first occurrence of `passage` in the Reader's text, as a user's drag would. */
  async selectPassage(passage: string): Promise<void> {
    const found = await this.reader.evaluate((article, wanted) => {
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0 || !(node.parentElement?.closest('[data-block-start]'))) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    }, passage);
    expect(found, `passage not found in the Reader: ${passage}`).toBe(true);
  }

  async highlight(passage: string): Promise<void> {
    await this.selectPassage(passage);
    await this.page.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect(this.reader.locator('mark', { hasText: passage })).toBeVisible();
  }

  async tagAsClaim(passage: string, fields: { attribution: string; tags: string; status: string }): Promise<void> {
    await this.selectPassage(passage);
    await this.page.getByRole('button', { name: 'Tag as claim' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tag as claim' });
    await expect(dialog.getByLabel('Statement')).toHaveValue(passage);
    await dialog.getByLabel('Attribution').fill(fields.attribution);
    await dialog.getByLabel('Tags').fill(fields.tags);
    await dialog.getByLabel('Status').selectOption(fields.status);
    await dialog.getByRole('button', { name: 'Save claim' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Exports the open memo as Markdown (no citation problems to confirm) and returns the file's text. */
  async exportMemoMarkdown(): Promise<string> {
    await this.page.getByRole('button', { name: 'Export memo' }).click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: 'Markdown', exact: true }).click();
    return readFile((await (await downloading).path())!, 'utf8');
  }

  claim(statement: string): Locator {
    return this.claims.getByRole('listitem').filter({ hasText: statement });
  }
}
