// The rows the render benchmark draws: the Claims view's own ClaimItems, and the same markup built
// from strings prepared beforehand.
import { createElement, type ReactElement } from 'react';
import { formatFigure, sourceLabel, type ClaimRecord } from '../../app/claims';
import { ClaimItem } from '../../renderer/features/claims/ClaimItem';

// Rendering: a page of the view's rows (what the panel shows) and a long list, as ClaimItems and
// as the same markup built from strings prepared beforehand: no figure formatting, no labels
// derived, no component or hook — the rows without the claim logic.
const noop = () => undefined;
export const itemList = (page: readonly ClaimRecord[]): ReactElement =>
  createElement(
    'ul',
    null,
    ...page.map((record) =>
      createElement(ClaimItem, {
        key: record.claim.id,
        record,
        onCite: noop,
        onOpenPassage: noop,
        onEdit: noop,
        onDelete: noop,
      }),
    ),
  );
export interface PlainRow {
  readonly id: string;
  readonly statement: string;
  readonly meta: readonly string[];
  readonly tags: readonly string[];
  readonly passages: readonly (readonly [string, string, string])[];
}
export const plainRows = (page: readonly ClaimRecord[]): PlainRow[] =>
  page.map(({ claim, passages, tags }) => ({
    id: claim.id,
    statement: claim.statement,
    meta: [
      claim.subject,
      claim.figure ? formatFigure(claim.figure) : '',
      `said by ${claim.attribution}`,
      claim.status,
    ],
    tags: tags.map((t) => t.name),
    passages: passages.map(
      (p) =>
        [
          p.stance,
          sourceLabel(p.source ?? { outlet: null, title: '' }),
          p.figure ? formatFigure(p.figure) : '',
        ] as const,
    ),
  }));
const h = createElement;
export const bareList = (rows: readonly PlainRow[]): ReactElement =>
  h(
    'ul',
    null,
    ...rows.map((row) =>
      h(
        'li',
        { key: row.id, className: 'claim' },
        h('p', { className: 'claim-statement' }, row.statement),
        h(
          'p',
          { className: 'claim-meta' },
          ...row.meta.map((text, i) => h('span', { key: i }, text)),
          ...row.tags.map((tag) =>
            h('span', { key: tag, className: 'tag' }, h('span', { className: 'swatch' }), tag),
          ),
        ),
        h(
          'div',
          { className: 'claim-passages' },
          ...row.passages.map(([stance, label, figure], i) =>
            h(
              'div',
              { key: i, className: 'passage' },
              h('span', { className: 'stance' }, stance),
              ' ',
              h('button', { type: 'button' }, label),
              h('span', null, ` · ${figure}`),
            ),
          ),
        ),
        h(
          'div',
          { className: 'claim-actions' },
          h('button', { type: 'button' }, 'Cite in memo'),
          h('button', { type: 'button' }, 'Edit'),
          h('button', { type: 'button' }, 'Delete'),
        ),
      ),
    ),
  );
