// @vitest-environment jsdom
import type { LexicalEditor } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';

import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  BLUR_COMMAND,
  createEditor,
  HISTORY_MERGE_TAG,
} from 'lexical';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { memoNodes } from './nodes';
import { registerSaveWhileTyping, SAVE_AT_ONCE_TAG } from './saveWhileTyping';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TIMING = { pauseMs: 60, maxWaitMs: 250 };

/** A memo editor as the app makes one (not headless: it may have a root element). */
const newEditor = () =>
  createEditor({
    namespace: 'memo',
    nodes: [...memoNodes],
    onError: (error) => {
      throw error;
    },
  });

function write(editor: LexicalEditor, text: string, tag?: string): void {
  editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode(text))), {
    discrete: true,
    ...(tag ? { tag } : {}),
  });
}

describe('saving a memo while she types', () => {
  const onChange = vi.fn<(state: SerializedMemoState, leavingPage: boolean) => void>();
  const onUnsaved = vi.fn();
  const saved = (call = -1) => JSON.stringify(onChange.mock.calls.at(call)?.[0]).match(/"text":"([^"]*)"/)?.[1];
  let unregister = () => {};
  let detach = () => {};
  beforeEach(() => {
    onChange.mockClear();
    onUnsaved.mockClear();
  });
  afterEach(() => {
    unregister();
    detach();
    vi.useRealTimers();
  });

  /** An empty memo editor on a contenteditable in the page, with the focus: she is typing in it. */
  function focusedEditor(): LexicalEditor {
    const editor = newEditor();
    const root = document.body.appendChild(document.createElement('div'));
    root.contentEditable = 'true';
    root.tabIndex = 0; // jsdom focuses an element only when it has a tab index
    editor.setRootElement(root);
    write(editor, '', HISTORY_MERGE_TAG);
    root.focus();
    detach = () => {
      editor.setRootElement(null);
      root.remove();
    };
    return editor;
  }

  test('changes made from elsewhere (the memo not focused) are saved once, when the task that made them ends', async () => {
    const editor = newEditor();
    write(editor, 'Opened', HISTORY_MERGE_TAG);
    unregister = registerSaveWhileTyping(editor, { onChange, onUnsaved }, TIMING);
    write(editor, '“more than 160 killed”');
    write(editor, '“more than 160 killed” and more');
    expect(onChange).not.toHaveBeenCalled();
    expect(onUnsaved).toHaveBeenCalledTimes(1);
    await Promise.resolve(); // no frame, no timer: a reload right after the click finds it stored
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(saved()).toBe('“more than 160 killed” and more');
  });

  test('a citation put in from outside is saved at once, though the caret is back in the memo', async () => {
    const editor = focusedEditor();
    unregister = registerSaveWhileTyping(editor, { onChange, onUnsaved }, TIMING);
    write(editor, 'Typed');
    write(editor, 'Typed “more than 160 killed”', SAVE_AT_ONCE_TAG);
    await Promise.resolve(); // not the typing's pause: a reload right after “Cite in memo” finds it
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(saved()).toBe('Typed “more than 160 killed”');
  });

  test('typing in the memo is saved when the keys pause, and at least every maxWait', async () => {
    const editor = focusedEditor();
    unregister = registerSaveWhileTyping(editor, { onChange, onUnsaved }, TIMING);
    let text = '';
    for (let key = 0; key < 20; key += 1) {
      text += 'a';
      write(editor, text);
      await wait(25);
    }
    // 500 ms of keys 25 ms apart: never a pause, so saved by the maximum wait, not per key.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(3);
    await wait(150);
    expect(saved()).toBe(text);
    // Losing focus hands over what is pending at once.
    write(editor, `${text} then`);
    editor.dispatchCommand(BLUR_COMMAND, new FocusEvent('blur'));
    expect(saved()).toBe(`${text} then`);
  });

  test('while she keeps typing, a save comes right after a key is painted, never between two keys', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const editor = focusedEditor();
    const frames: (() => void)[] = [];
    const afterPaint = (run: () => void) => {
      frames.push(run);
      return () => void frames.splice(frames.indexOf(run) >>> 0, 1);
    };
    unregister = registerSaveWhileTyping(editor, { onChange, onUnsaved }, TIMING, afterPaint);
    let text = '';
    let savedBetweenKeys = 0;
    for (let key = 0; key < 40; key += 1) {
      text += 'a';
      write(editor, text);
      frames.splice(0).forEach((run) => run()); // the frame showing the key is painted
      const before = onChange.mock.calls.length;
      vi.advanceTimersByTime(25); // the typist's next key comes 25 ms later
      savedBetweenKeys += onChange.mock.calls.length - before;
    }
    // 1 s of typing without a pause, with a save at least every 250 ms: all of them after a frame.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(savedBetweenKeys).toBe(0);
  });

  test('leaving the page, or another memo opening, hands the change over at once', () => {
    const editor = newEditor();
    write(editor, 'Opened', HISTORY_MERGE_TAG);
    unregister = registerSaveWhileTyping(editor, { onChange, onUnsaved }, TIMING);
    write(editor, 'Leaving');
    window.dispatchEvent(new Event('beforeunload'));
    expect(saved()).toBe('Leaving');
    expect(onChange.mock.calls.at(-1)?.[1]).toBe(true); // the page is going: stored at once
    write(editor, 'Switching');
    unregister();
    expect(saved()).toBe('Switching');
    expect(onChange.mock.calls.at(-1)?.[1]).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('does not save the opening of a stored memo or a caret move', async () => {
    const editor = newEditor();
    unregister = registerSaveWhileTyping(editor, { onChange, onUnsaved }, TIMING);
    write(editor, 'Reopened', HISTORY_MERGE_TAG);
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    await wait(150);
    expect(onChange).not.toHaveBeenCalled();
    expect(onUnsaved).not.toHaveBeenCalled();
  });
});
