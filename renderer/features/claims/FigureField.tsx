import { useId } from 'react';
import { formatAmount, parseFigure } from '../../../app/claims';
import type { Figure } from '../../../app/model/types';

/** The figure as typed and its as-of date; `figureOf` turns them into a stored figure. */
export interface FigureDraft {
  readonly text: string;
  readonly asOf: string;
}

/** The figure a draft stands for: parsed from its words, with the as-of date when it is one. */
export function figureOf(draft: FigureDraft): Figure | null {
  const figure = parseFigure(draft.text);
  if (!figure) return null;
  const asOf = draft.asOf.trim();
  return { ...figure, asOf: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf) ? asOf : null };
}

interface FigureFieldProps {
  readonly draft: FigureDraft;
  readonly onChange: (draft: FigureDraft) => void;
  /** Label of the figure box: "Figure" for the claim, "Figure in this passage" for evidence. */
  readonly label?: string;
}

/**
 * The figure, prefilled from the passage and editable as words ("more than 160 people"), with
 * what it was read as shown beside it so a misreading is seen before it is saved.
 */
export function FigureField({ draft, onChange, label = 'Figure' }: FigureFieldProps) {
  const readingId = useId();
  const figure = figureOf(draft);
  const reading = figure
    ? [
        figure.qualifier === 'none' ? 'exactly' : figure.qualifier,
        formatAmount(figure) === figure.qualifier ? '' : formatAmount(figure),
        figure.unit && `· ${figure.unit}`,
      ]
        .filter(Boolean)
        .join(' ')
    : draft.text.trim()
      ? 'No amount found: saved without a figure'
      : 'None';
  return (
    <div className="figure-field">
      <label>
        {label}
        <input
          value={draft.text}
          onChange={(event) => onChange({ ...draft, text: event.target.value })}
          placeholder="e.g. more than 160 people, dozens of protesters"
          aria-describedby={readingId}
        />
      </label>
      <label className="as-of">
        As of
        <input
          value={draft.asOf}
          onChange={(event) => onChange({ ...draft, asOf: event.target.value })}
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
        />
      </label>
      <p
        id={readingId}
        className={figure || !draft.text.trim() ? 'figure-reading' : 'figure-reading warning'}
      >
        Read as: {reading}
      </p>
    </div>
  );
}
