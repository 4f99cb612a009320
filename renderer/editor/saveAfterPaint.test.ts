// @vitest-environment jsdom
import type { SerializedMemoState } from '../../app/model/types';

import { $createParagraphNode, $createTextNode, $getRoot, HISTORY_MERGE_TAG } from 'lexical';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createMemoHeadlessEditor } from './headless';
import { registerSaveAfterPaint } from './saveAfterPaint';

const frame = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('saving after the keystroke is painted', () => {
  const editor = createMemoHeadlessEditor();
  const onChange = vi.fn<(state: SerializedMemoState) => void>();
  let unregister = () => {};
  const write = (text: string, tag?: string) =>
    editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode(text))), {
      discrete: true,
      ...(tag ? { tag } : {}),
    });
  const savedText = (call = -1) => JSON.stringify(onChange.mock.calls.at(call)?.[0]).match(/"text":"([^"]*)"/)?.[1];

  beforeEach(() => {
    write('Opened', HISTORY_MERGE_TAG);
    onChange.mockClear();
    unregister = registerSaveAfterPaint(editor, onChange);
  });
  afterEach(() => unregister());

  test('saves the newest state once, after the frame, not during the keystroke', async () => {
    write('Casualty');
    write('Casualty figures');
    expect(onChange).not.toHaveBeenCalled();
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(savedText()).toBe('Casualty figures');
  });

  test('saves at once when the page is left or hidden, and when another memo opens', async () => {
    write('Leaving');
    window.dispatchEvent(new Event('pagehide'));
    expect(savedText()).toBe('Leaving');
    write('Switching');
    unregister();
    expect(savedText()).toBe('Switching');
    await frame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  test('does not save the opening of a stored memo or a caret move', async () => {
    write('Reopened', HISTORY_MERGE_TAG);
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    await frame();
    expect(onChange).not.toHaveBeenCalled();
  });
});
