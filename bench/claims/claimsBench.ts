// Claims view benchmark (issue 4): 20,000 claims over 1,000 sources. Times the view's filtering
// (words, subject, tag with its children, status + source, entity; sorted) and counting, and the
// render of its rows, each against the same rows without the claim logic, in the same run.
//   npx tsx bench/claims/claimsBench.ts [--claims N] [--sources M]
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  ANY_CLAIM,
  countByTagTree,
  countClaims,
  filterClaims,
  formatFigure,
  sourceLabel,
  type ClaimFilter,
  type ClaimRecord,
} from '../../app/claims';
import { withDescendants } from '../../app/codebook';
import type { Claim } from '../../app/model/types';
import { ClaimItem } from '../../renderer/features/claims/ClaimItem';
import { bestTime } from '../measure';
import { ms, ratioTable, table, type Ratio } from '../report';
import { generateClaims } from './generateClaims';

const arg = (name: string, fallback: number) =>
  Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const claimCount = arg('--claims', 20_000);
const sourceCount = arg('--sources', 1_000);
const RUNS = 15;

const notebook = generateClaims(claimCount, sourceCount);
const { records, tags } = notebook;
const claims: Claim[] = records.map((r) => r.claim);
const byNewest = (a: Claim, b: Claim) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

// Each case: the view's filter, and the same selection written as a bare predicate over the raw
// claims (no normalization, no tag tree, no entity in passages) — the cost of filtering at all.
const themeTags = withDescendants(tags, 'tag_p0');
const notebookSourceOf = new Map(
  records.flatMap((r) => r.passages.map((p) => [p.highlight.id, p.highlight.sourceId] as const)),
);

const cases: { name: string; filter: ClaimFilter; raw: (claim: Claim) => boolean }[] = [
  { name: 'everything, newest first', filter: ANY_CLAIM, raw: () => true },
  {
    name: 'subject "death toll"',
    filter: { ...ANY_CLAIM, subject: 'death toll' },
    raw: (c) => c.subject === 'death toll',
  },
  {
    name: 'tag with its children',
    filter: { ...ANY_CLAIM, tagIds: themeTags },
    raw: (c) => c.tags.some((t) => themeTags.has(t)),
  },
  {
    name: 'status + source',
    filter: { ...ANY_CLAIM, status: 'disputed', sourceId: 'src_5' },
    raw: (c) =>
      c.status === 'disputed' &&
      c.evidence.some((e) => notebookSourceOf.get(e.highlightId) === 'src_5'),
  },
  {
    name: 'said by an entity',
    filter: { ...ANY_CLAIM, entityId: 'ent_7' },
    raw: (c) => c.attributionEntityId === 'ent_7',
  },
  {
    name: 'words "police killed"',
    filter: { ...ANY_CLAIM, text: 'police killed' },
    raw: (c) => c.statement.includes('police') && c.statement.includes('killed'),
  },
];

const filterRows: string[][] = [];
const viewTimes: number[] = [];
const rawTimes: number[] = [];
for (const { name, filter, raw } of cases) {
  const shown = filterClaims(records, filter, 'updated').length;
  const expected = claims.filter(raw).length;
  if (shown !== expected)
    throw new Error(`${name}: the view shows ${shown} claims, the bare predicate ${expected}`);
  const view = await bestTime(() => filterClaims(records, filter, 'updated'), RUNS);
  const bare = await bestTime(() => claims.filter(raw).sort(byNewest), RUNS);
  viewTimes.push(view);
  rawTimes.push(bare);
  filterRows.push([name, String(shown), ms(view), ms(bare), `${(view / bare).toFixed(2)}×`]);
}
const counting = await bestTime(() => (countClaims(records), countByTagTree(records, tags)), RUNS);
const countingRaw = await bestTime(() => {
  const byStatus = new Map<string, number>();
  for (const claim of claims) byStatus.set(claim.status, (byStatus.get(claim.status) ?? 0) + 1);
}, RUNS);

// Rendering: a page of the view's rows (what the panel shows) and a long list, as ClaimItems and
// as the same markup built from strings prepared beforehand: no figure formatting, no labels
// derived, no component or hook — the rows without the claim logic.
const noop = () => undefined;
const itemList = (page: readonly ClaimRecord[]): ReactElement =>
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
interface PlainRow {
  readonly id: string;
  readonly statement: string;
  readonly meta: readonly string[];
  readonly tags: readonly string[];
  readonly passages: readonly (readonly [string, string, string])[];
}
const plainRows = (page: readonly ClaimRecord[]): PlainRow[] =>
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
const bareList = (rows: readonly PlainRow[]): ReactElement =>
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
const renderRows: string[][] = [];
const renderRatios: number[] = [];
for (const size of [100, 1_000]) {
  const page = records.slice(0, size);
  const view = await bestTime(() => renderToString(itemList(page)), RUNS);
  const rows = plainRows(page);
  const bare = await bestTime(() => renderToString(bareList(rows)), RUNS);
  renderRatios.push(view / bare);
  renderRows.push([
    `${size.toLocaleString('en-US')} rows`,
    ms(view),
    ms(bare),
    `${(view / bare).toFixed(2)}×`,
  ]);
}

console.log(
  `Claims view: ${claimCount.toLocaleString('en-US')} claims over ${sourceCount.toLocaleString('en-US')} sources (best of ${RUNS} runs)\n`,
);
console.log(
  table(
    ['filter (sorted newest first)', 'claims', 'view', 'bare filter+sort', 'ratio'],
    filterRows,
  ),
);
console.log(
  `\ncounts for the filter menus (status, tag tree, source, entity, subject): ${ms(counting)} (one bare count by status: ${ms(countingRaw)})\n`,
);
console.log(table(['render', 'claim rows', 'same markup, plain', 'ratio'], renderRows));

// Goals: filtering (all cases together: single sub-millisecond cases are too noisy to bound one
// by one) stays within twice a bare Array.filter + sort,
// and a page of claim rows renders within half again the time of the same markup built plain.
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const filterRatio = sum(viewTimes) / sum(rawTimes);
const ratios: Ratio[] = [
  {
    name: 'filter, all cases / bare filter+sort',
    value: filterRatio,
    bound: 2,
    rule: 'at most',
    pass: filterRatio <= 2,
  },
  {
    name: 'render 100 rows / same markup, plain',
    value: renderRatios[0]!,
    bound: 1.5,
    rule: 'at most',
    pass: renderRatios[0]! <= 1.5,
  },
];
console.log(
  `\nslowest filter: ${ms(Math.max(...viewTimes))} (a frame is 16 ms); worst single case ${Math.max(...viewTimes.map((t, i) => t / rawTimes[i]!)).toFixed(2)}× its bare filter`,
);
console.log(`\n${ratioTable(ratios)}`);
if (process.argv.includes('--check') && ratios.some((r) => !r.pass)) process.exit(1);
