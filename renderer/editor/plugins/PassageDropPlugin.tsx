import type { RangeSelection } from 'lexical';
import type { LoadCitables } from '../citables';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  mergeRegister,
} from 'lexical';
import { useEffect } from 'react';
import { $insertCitation, $isStillValid } from '../commands';
import { PASSAGE_DRAG_TYPE } from '../passageDrag';
import { SAVE_AT_ONCE_TAG } from '../saveWhileTyping';

const carriesPassage = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes(PASSAGE_DRAG_TYPE) ?? false;

/**
 * A highlight dragged from the Reader and dropped on the memo is quoted there, with its
 * footnote, at the drop point. Other drops (plain text, files) are left to the editor.
 */
export function PassageDropPlugin({ loadCitables }: { readonly loadCitables: LoadCitables }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!carriesPassage(event)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const highlightId = event.dataTransfer?.getData(PASSAGE_DRAG_TYPE);
            if (!highlightId) return false;
            event.preventDefault();
            const at = dropPoint(event, editor.getRootElement());
            void loadCitables().then((citables) => {
              const passage = citables.find(
                (c) => c.claimId === null && c.highlightId === highlightId,
              );
              if (!passage) return;
              editor.update(() => {
                $addUpdateTag(SAVE_AT_ONCE_TAG);
                const selection: RangeSelection | null =
                  at === null ? null : $createRangeSelectionFromDom(selectionOf(at), editor);
                $setSelection(selection !== null && $isStillValid(selection) ? selection : null);
                $insertCitation({ quote: passage.quote, highlightId, claimId: null });
              });
              editor.focus();
            });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, loadCitables],
  );
  return null;
}

/** The caret position under the pointer, if it is inside the memo. */
function dropPoint(event: DragEvent, root: HTMLElement | null): Range | null {
  const range = document.caretRangeFromPoint?.(event.clientX, event.clientY) ?? null;
  return range !== null && root !== null && root.contains(range.startContainer) ? range : null;
}

/** The page's selection set to `range`: Lexical reads a caret from a DOM Selection. */
function selectionOf(range: Range): Selection | null {
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return selection;
}
