import type { Page } from '@playwright/test';

// Keystroke-to-paint, measured inside the page. A capture keydown listener notes when each key
// event was created (event.timeStamp: time spent waiting behind earlier work counts, as the
// analyst feels it); then every animation frame checks whether the memo's DOM shows the text
// typed so far at the caret. In the first frame where it does, a message posted from the frame
// callback runs once that frame's style, layout and paint are done: that moment is the sample.

interface ProbeWindow {
  __keystrokes?: { typed: string; samples: number[]; pending: number | null };
}

/** Installs the probe (again after every reload); `typed` restarts from nothing. */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { typed: '', samples: [] as number[], pending: null as number | null };
    (window as ProbeWindow).__keystrokes = probe;
    const editor = document.querySelector<HTMLElement>('[role="textbox"][aria-label="Memo"]')!;
    const shows = (): boolean => {
      const selection = getSelection();
      const node = selection?.anchorNode;
      if (!node || node.nodeType !== Node.TEXT_NODE || !editor.contains(node)) return false;
      const offset = selection.anchorOffset;
      return (node as Text).data.slice(offset - probe.typed.length, offset) === probe.typed;
    };
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key.length !== 1 || probe.pending !== null) return;
        const now = performance.now();
        // A key event's timeStamp shares performance.now()'s origin; fall back if it does not.
        const start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
        probe.pending = start;
        probe.typed += event.key;
        const frame = () => {
          if (!shows() && performance.now() - start < 5_000) {
            requestAnimationFrame(frame);
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            probe.samples.push(performance.now() - start);
            probe.pending = null;
          };
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(frame);
      },
      true,
    );
  });
}

/** Resolves once `count` samples are in. */
export async function waitForSamples(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => ((window as ProbeWindow).__keystrokes?.samples.length ?? 0) >= n, count, { polling: 'raf' });
}

/** The samples so far, in milliseconds. */
export async function samples(page: Page): Promise<number[]> {
  return page.evaluate(() => [...((window as ProbeWindow).__keystrokes?.samples ?? [])]);
}

/**
 * Puts the caret inside the memo's middle paragraph that has text: after the first word of its
 * first text, as a click there would (the page's selection; Lexical follows it).
 */
export async function placeCaretMidway(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('[role="textbox"][aria-label="Memo"]')!;
    const blocks = [...editor.children].filter((block) => block.tagName === 'P' && block.querySelector('span[data-lexical-text]'));
    const block = blocks[Math.floor(blocks.length / 2)];
    editor.focus();
    if (!block) return; // an empty memo: the caret is in its only paragraph
    block.scrollIntoView({ block: 'center' });
    const text = block.querySelector('span[data-lexical-text]')!.firstChild as Text;
    const offset = Math.max(0, text.data.indexOf(' ') + 1);
    getSelection()!.setBaseAndExtent(text, offset, text, offset);
  });
}
