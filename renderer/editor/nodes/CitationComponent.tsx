import type { NodeKey } from 'lexical';
import type { JSX } from 'react';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useContext, useEffect, useRef } from 'react';
import { CitationFlagsContext } from '../citationProblems';
import { DescribeCitationContext } from '../describeCitation';
import { citationNumberClasses } from '../themes/memoTheme';
import { useCitationNumber, useCitationSelection } from '../useCitationNumber';

interface CitationComponentProps {
  readonly nodeKey: NodeKey;
  readonly highlightId: string;
  readonly claimId: string | null;
}

/**
 * The visible footnote number inside a citation's <sup>. Its text is the bare number, so the
 * memo's text reads "…killed.”1"; the label and title give the longer form to screen readers
 * and on hover.
 */
export function CitationComponent({
  nodeKey,
  highlightId,
  claimId,
}: CitationComponentProps): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const number = useCitationNumber(nodeKey);
  const describe = useContext(DescribeCitationContext);
  const [isSelected, select] = useCitationSelection(nodeKey);
  const ref = useRef<HTMLSpanElement>(null);

  // A click selects the citation as a node, so Backspace or Delete then removes it.
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (
            ref.current === null ||
            !(event.target instanceof Node) ||
            !ref.current.contains(event.target)
          ) {
            return false;
          }
          // Shift adds it to the citations already selected.
          select(event.shiftKey);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, select],
  );

  const flag = useContext(CitationFlagsContext).get(number ?? 0);
  const label = number === null ? 'Footnote' : `Footnote ${number}`;
  const description = describe?.(highlightId, claimId);
  const title = description ? `${label}: ${description}` : label;
  const classes = [
    citationNumberClasses.base,
    isSelected ? citationNumberClasses.selected : null,
    flag ? citationNumberClasses.flagged : null,
  ].filter(Boolean);
  return (
    <span
      ref={ref}
      role="doc-noteref"
      // A flagged quote says so in its name; the sentence is its description and hover title.
      aria-label={flag ? `${label}, citation problem: ${flag.label}` : label}
      aria-description={flag?.message}
      aria-invalid={flag ? true : undefined}
      title={flag ? `${title}\n⚠ ${flag.message}` : title}
      className={classes.join(' ')}
      data-claim-id={claimId ?? undefined}
      data-citation-problem={flag ? 'true' : undefined}
    >
      {number ?? '?'}
    </span>
  );
}
