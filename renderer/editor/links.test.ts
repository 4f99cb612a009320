import type { LexicalEditor, TextNode } from 'lexical';

import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, test } from 'vitest';
import { exportMemoToMarkdown } from '../../app/export/markdown';
import { createMemoHeadlessEditor } from './headless';
import { applyLink, normalizeLinkUrl } from './links';
import { toMemoState } from './memoState';

describe('normalizeLinkUrl', () => {
  test('keeps http, https and mailto addresses', () => {
    expect(normalizeLinkUrl(' https://www.rferl.org/a/31612276.html ')).toBe('https://www.rferl.org/a/31612276.html');
    expect(normalizeLinkUrl('http://example.org')).toBe('http://example.org');
    expect(normalizeLinkUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
  });

  test('reads an address bar’s "www." as https', () => {
    expect(normalizeLinkUrl('www.ft.com/content/1')).toBe('https://www.ft.com/content/1');
  });

  test('refuses scripts, data, files, relative paths and spaces', () => {
    for (const typed of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/a/b', 'https://a b.org', '']) {
      expect(normalizeLinkUrl(typed)).toBeNull();
    }
  });
});

function memoWith(text: string): { editor: LexicalEditor; words: TextNode } {
  const editor = createMemoHeadlessEditor();
  let words: TextNode | null = null;
  editor.update(
    () => {
      words = $createTextNode(text);
      $getRoot().append($createParagraphNode().append(words));
    },
    { discrete: true },
  );
  return { editor, words: words as unknown as TextNode };
}

const markdownOf = (editor: LexicalEditor) =>
  exportMemoToMarkdown({ title: '', content: toMemoState(editor.getEditorState()) }, () => undefined).markdown;

describe('applyLink', () => {
  test('links the selected words, and the Markdown export shows them as a link', () => {
    const { editor, words } = memoWith('See the RFE/RL report.');
    editor.update(() => words.select(8, 21), { discrete: true });
    applyLink(editor, 'https://www.rferl.org/a/31612276.html', null);
    editor.update(() => {}, { discrete: true });
    expect(markdownOf(editor)).toContain('See the [RFE/RL report](https://www.rferl.org/a/31612276.html).');
  });

  test('with nothing selected, inserts the address itself as a link', () => {
    const { editor, words } = memoWith('Write to ');
    editor.update(() => words.select(9, 9), { discrete: true });
    applyLink(editor, 'mailto:desk@example.org', null);
    editor.update(() => {}, { discrete: true });
    expect(markdownOf(editor)).toContain('Write to [desk@example.org](mailto:desk@example.org)');
  });

  test('null removes the link around the caret', () => {
    const { editor, words } = memoWith('the report');
    editor.update(() => words.select(4, 10), { discrete: true });
    applyLink(editor, 'https://example.org', null);
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    applyLink(editor, null, null);
    editor.update(() => {}, { discrete: true });
    expect(markdownOf(editor).trim()).toBe('the report');
  });
});
