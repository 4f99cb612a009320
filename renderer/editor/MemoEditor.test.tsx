// @vitest-environment jsdom
import type { LexicalEditor } from 'lexical';
import type { SerializedMemoState } from '../../app/model/types';
import type { MemoEditorApi } from './MemoEditor';

import {
  $getRoot,
  $isTextNode,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  getNearestEditorFromDOMNode,
} from 'lexical';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { listCitations } from '../../app/citation/memoCitations';
import { MemoEditor } from './MemoEditor';
import { SAVE_TIMING } from './saveWhileTyping';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom does no layout; Lexical measures the caret to scroll it into view.
  Range.prototype.getBoundingClientRect = () => new DOMRect();
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
});

let unmount: () => void = () => {};
afterEach(() => {
  act(() => unmount());
  document.body.replaceChildren();
});

const killed = { quote: 'more than 160 killed', highlightId: 'h-killed', claimId: null };
const arrests = { quote: 'about 16,000', highlightId: 'h-arrests', claimId: 'c-arrests' };

async function openMemo(initialState: SerializedMemoState | null = null) {
  const container = document.body.appendChild(document.createElement('div'));
  const onChange = vi.fn<(state: SerializedMemoState) => void>();
  const ready: MemoEditorApi[] = [];
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <MemoEditor
        memoId="m-1"
        initialState={initialState}
        onChange={onChange}
        describeCitation={(highlightId) => `Reuters, “Kazakhstan unrest”, para. 3 (${highlightId})`}
        onReady={(api) => ready.push(api)}
      />,
    );
  });
  unmount = () => root.unmount();
  const memo = container.querySelector<HTMLElement>('[role="textbox"][aria-label="Memo"]');
  if (memo === null || ready[0] === undefined) throw new Error('the Memo textbox did not appear');
  const editor = getNearestEditorFromDOMNode(memo) as LexicalEditor;
  const api = ready[0];
  /** Runs `f` like a user event: inside act, then lets Lexical and React settle. */
  const user = async (f: () => void) => act(async () => f());
  /** jsdom has no editing engine: a typed character reaches Lexical as this command. */
  const type = (text: string) =>
    user(() => void editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, text));
  const footnotes = () =>
    [...memo.querySelectorAll<HTMLElement>('[role="doc-noteref"]')].map((footnote) => ({
      text: footnote.textContent,
      label: footnote.getAttribute('aria-label'),
      title: footnote.title,
    }));
  /** The memo as last saved: handed over after the frame, or when typing pauses (300 ms). */
  const lastSaved = async () => {
    await act(() => new Promise((resolve) => setTimeout(resolve, SAVE_TIMING.pauseMs + 100)));
    return onChange.mock.lastCall?.[0];
  };
  return { container, memo, editor, api, ready, onChange, user, type, footnotes, lastSaved };
}

describe('MemoEditor', () => {
  test('shows a multiline textbox named "Memo" with a placeholder and named formatting buttons', async () => {
    const { container, memo, ready } = await openMemo();
    expect(memo.getAttribute('aria-multiline')).toBe('true');
    expect(memo.isContentEditable || memo.getAttribute('contenteditable') === 'true').toBe(true);
    expect(memo.getAttribute('aria-placeholder')).toMatch(/Write your memo/);
    expect(container.textContent).toContain('Write your memo');
    const toolbar = container.querySelector('[role="toolbar"]');
    const names = [...(toolbar?.querySelectorAll('button') ?? [])].map((b) => b.ariaLabel);
    expect(names).toEqual(['Bold', 'Italic', 'Heading', 'Quote', 'Bulleted list', 'Numbered list', 'Link']);
    expect(container.querySelector('.memo-editor__count')?.textContent).toBe('0 words');
    // One tab stop for the whole toolbar.
    expect(toolbar?.querySelectorAll('button[tabindex="0"]')).toHaveLength(1);
    expect(ready).toHaveLength(1);
  });

  test('typing saves the new memo JSON, and the placeholder goes away', async () => {
    const { container, memo, editor, user, type, lastSaved } = await openMemo();
    await user(() => editor.focus());
    await type('Casualty figures disagree.');
    expect(memo.textContent).toBe('Casualty figures disagree.');
    expect(JSON.stringify(await lastSaved())).toContain('"text":"Casualty figures disagree."');
    expect(container.textContent).not.toContain('Write your memo');
  });

  test('a cited quote shows its footnote number in the memo text and is saved', async () => {
    const { memo, api, user, footnotes, lastSaved } = await openMemo();
    await user(() => api.insertCitation(killed));
    expect(memo.textContent).toBe('“more than 160 killed”1 ');
    expect(footnotes()).toEqual([
      {
        text: '1',
        label: 'Footnote 1',
        title: 'Footnote 1: Reuters, “Kazakhstan unrest”, para. 3 (h-killed)',
      },
    ]);
    const saved = await lastSaved();
    expect(saved && listCitations(saved)).toEqual([
      { number: 1, highlightId: 'h-killed', claimId: null },
    ]);
  });

  test('numbers follow document order: a citation put before another takes 1', async () => {
    const { memo, editor, api, user } = await openMemo();
    await user(() => api.insertCitation(killed));
    await user(() => editor.update(() => $getRoot().selectStart()));
    await user(() => api.insertCitation(arrests));
    expect(memo.textContent).toBe('“about 16,000”1 “more than 160 killed”2 ');
  });

  test('Backspace right after a footnote deletes it; the rest renumber', async () => {
    const { memo, editor, api, user, footnotes, lastSaved } = await openMemo();
    await user(() => api.insertCitation(killed));
    await user(() => api.insertCitation(arrests));
    expect(footnotes().map((f) => f.label)).toEqual(['Footnote 1', 'Footnote 2']);

    // Put the caret just after the first footnote (the start of the space that follows it).
    await user(() =>
      editor.update(() => {
        const afterFirst = $getRoot()
          .getAllTextNodes()
          .find((node) => $isTextNode(node) && node.getPreviousSibling()?.getType() === 'citation');
        afterFirst?.select(0, 0);
      }),
    );
    await user(() => {
      memo.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true }),
      );
    });

    expect(memo.textContent).toBe('“more than 160 killed” “about 16,000”1 ');
    expect(footnotes().map((f) => f.label)).toEqual(['Footnote 1']);
    const saved = await lastSaved();
    expect(saved && listCitations(saved).map((c) => c.highlightId)).toEqual(['h-arrests']);
  });

  test('a clicked footnote is selected alone; a selection over the text selects the footnotes in it', async () => {
    const { memo, editor, api, user } = await openMemo();
    await user(() => api.insertCitation(killed));
    await user(() => api.insertCitation(arrests));
    const markers = () => [...memo.querySelectorAll<HTMLElement>('[role="doc-noteref"]')];
    const selected = () => markers().map((marker) => marker.classList.contains('memo-citation__number--selected'));
    expect(selected()).toEqual([false, false]);
    await user(() => markers()[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(selected()).toEqual([false, true]);
    await user(() => markers()[0]?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(selected()).toEqual([true, false]);
    await user(() => editor.update(() => $getRoot().select(0, $getRoot().getChildrenSize())));
    expect(selected()).toEqual([true, true]);
    await user(() => editor.update(() => $getRoot().selectEnd()));
    expect(selected()).toEqual([false, false]);
  });

  test('opens a stored memo as it was saved, without saving it again', async () => {
    const first = await openMemo();
    await first.user(() => first.api.insertCitation(arrests));
    const stored = await first.lastSaved();
    act(() => unmount());
    if (!stored) throw new Error('nothing was saved');

    const reopened = await openMemo(stored);
    expect(reopened.memo.textContent).toBe('“about 16,000”1 ');
    expect(await reopened.lastSaved()).toBeUndefined();
  });

  test('the Bold button formats what is typed next and shows as pressed', async () => {
    const { container, editor, user, type, lastSaved } = await openMemo();
    const bold = container.querySelector<HTMLButtonElement>('button[aria-label="Bold"]');
    await user(() => editor.focus());
    await user(() => bold?.click());
    await type('Disputed');
    expect(bold?.getAttribute('aria-pressed')).toBe('true');
    // Lexical stores bold as format bit 1.
    expect(JSON.stringify(await lastSaved())).toContain(
      '"format":1,"mode":"normal","style":"","text":"Disputed"',
    );
  });
});
