import { expect, type Locator, type Page } from '@playwright/test';

/**
 * An analyst who never touches the mouse: everything goes through key presses. The helpers may
 * look at the page (as she does) to decide which key to press next, but they only ever press keys.
 */
export class KeyboardUser {
  constructor(readonly page: Page) {}

  /** Ctrl+K, then types the query into the palette. */
  async openPalette(query = ''): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    const palette = this.page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette.getByRole('combobox')).toBeFocused();
    if (query) await this.page.keyboard.type(query);
    return palette;
  }

  /** Presses Tab until `target` has focus (at most `limit` times). */
  async tabTo(target: Locator, limit = 40): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** Where the Reader's selection is, as offsets into the source's text (null without one). */
  async readerSelection(): Promise<{ anchor: number; focus: number; text: string } | null> {
    return this.page.evaluate(() => {
      const selection = document.getSelection();
      const offsetOf = (node: Node | null, offset: number) => {
        const block = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-block-start]');
        if (!node || !block) return null;
        const before = document.createRange();
        before.setStart(block, 0);
        before.setEnd(node, offset);
        return Number(block.dataset.blockStart) + before.toString().length;
      };
      if (!selection || selection.rangeCount === 0) return null;
      const anchor = offsetOf(selection.anchorNode, selection.anchorOffset);
      const focus = offsetOf(selection.focusNode, selection.focusOffset);
      return anchor === null || focus === null ? null : { anchor, focus, text: selection.toString() };
    });
  }

  /** The offset in the source's text where `passage` starts, read from the Reader's paragraphs. */
  async offsetOfPassage(passage: string): Promise<number> {
    const offset = await this.page.evaluate((wanted) => {
      for (const block of document.querySelectorAll<HTMLElement>('[data-reader-text] [data-block-start]')) {
        const at = block.textContent?.indexOf(wanted) ?? -1;
        if (at >= 0) return Number(block.dataset.blockStart) + at;
      }
      return -1;
    }, passage);
    expect(offset, `passage not in the Reader: ${passage}`).toBeGreaterThanOrEqual(0);
    return offset;
  }

  /**
   * Selects `passage` in the Reader the way a keyboard user does: with the Reader's text focused,
   * Ctrl+Down to its paragraph, Ctrl+Right/Left and the arrows to its first letter, then
   * Ctrl+Shift+Right (and Shift+Right) to its end.
   */
  async selectInReader(passage: string): Promise<void> {
    await expect(this.page.locator('[data-reader-text]')).toBeFocused();
    const start = await this.offsetOfPassage(passage);
    const end = start + passage.length;
    const text = await this.page.evaluate(() => {
      const blocks = [...document.querySelectorAll<HTMLElement>('[data-reader-text] [data-block-start]')];
      return blocks.map((block) => ({ start: Number(block.dataset.blockStart), text: block.textContent ?? '' }));
    });
    const blockOf = (offset: number) => text.findIndex((block) => offset >= block.start && offset <= block.start + block.text.length);
    const caret = async () => (await this.readerSelection())?.focus ?? -1;

    for (let presses = 0; presses < 600; presses++) {
      const at = await caret();
      if (at === start) break;
      if (at < 0) await this.page.keyboard.press('ArrowRight');
      else if (blockOf(at) < blockOf(start)) await this.page.keyboard.press('Control+ArrowDown');
      else if (at > start) await this.page.keyboard.press(blockOf(at) > blockOf(start) ? 'Control+ArrowUp' : 'Control+ArrowLeft');
      else {
        const gap = text[blockOf(start)]!.text.slice(at - text[blockOf(start)]!.start, start - text[blockOf(start)]!.start);
        await this.page.keyboard.press(/\s/.test(gap.slice(0, -1)) ? 'Control+ArrowRight' : 'ArrowRight');
      }
    }
    expect(await caret()).toBe(start);
    for (let presses = 0; presses < 200; presses++) {
      const at = await caret();
      if (at >= end) break;
      const rest = passage.slice(at - start);
      await this.page.keyboard.press(/\s/.test(rest.slice(1)) || /^\w+$/.test(rest) ? 'Control+Shift+ArrowRight' : 'Shift+ArrowRight');
    }
    expect((await this.readerSelection())?.text).toBe(passage);
  }
}
