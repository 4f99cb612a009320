import type { LexicalEditor } from 'lexical';

import { createHeadlessEditor } from '@lexical/headless';
import { memoNodes } from './nodes';

/**
 * A memo editor without a DOM, for tests and for reading or building memos outside the UI.
 * Errors throw: nothing is there to show them.
 */
export function createMemoHeadlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'memo',
    nodes: [...memoNodes],
    onError: (error) => {
      throw error;
    },
  });
}
