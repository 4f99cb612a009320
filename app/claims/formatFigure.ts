import type { Figure } from '../model/types';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The amount without its qualifier or unit: "160", "5–15", "dozens"; empty for none. */
export function formatAmount(figure: Figure): string {
  if (figure.range) return `${NUMBER.format(figure.range.min)}–${NUMBER.format(figure.range.max)}`;
  if (figure.value !== null) return NUMBER.format(figure.value);
  return figure.qualifier === 'none' ? '' : figure.qualifier;
}

/** The qualifier as a reader says it; empty for a bare number. */
export function formatQualifier(figure: Figure): string {
  return figure.qualifier === 'none' ? '' : figure.qualifier;
}

/**
 * A figure as a phrase that `parseFigure` reads back to the same figure: "more than 160
 * people", "about 164 people", "dozens of attackers", "2,000 people", "5–15 days".
 */
export function formatFigure(figure: Figure): string {
  const amount = formatAmount(figure);
  const vague = figure.value === null && figure.range === null;
  if (vague) return [amount, figure.unit && `of ${figure.unit}`].filter(Boolean).join(' ');
  return [formatQualifier(figure), amount, figure.unit].filter(Boolean).join(' ');
}
