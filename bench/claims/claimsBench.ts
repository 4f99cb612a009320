// Claims view benchmark (issue 4): 20,000 claims over 1,000 sources. Times the view's filtering
// (words, subject, tag with its children, status + source, entity; sorted) and counting, and the
// render of its rows, each against the same rows without the claim logic, in the same run.
// Run by `npm run bench`, or alone: npx tsx bench/claims/claimsBench.ts [--claims N] [--sources M]
import { pathToFileURL } from 'node:url';
import { renderToString } from 'react-dom/server';
import {
  ANY_CLAIM,
  countByTagTree,
  countClaims,
  filterClaims,
  type ClaimFilter,
} from '../../app/claims';
import { withDescendants } from '../../app/codebook';
import type { Claim } from '../../app/model/types';
import { bestTime } from '../measure';
import { ms, ratioTable, table, type Ratio } from '../report';
import { generateClaims } from './generateClaims';
import { bareList, itemList, plainRows } from './rows';

const RUNS = 15;

/** Runs the benchmark; returns its report (tables) and its ratios against the goals. */
export async function runClaimsBench(
  claimCount = 20_000,
  sourceCount = 1_000,
): Promise<{ report: string; ratios: Ratio[] }> {
  const lines: string[] = [];

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
  const counting = await bestTime(
    () => (countClaims(records), countByTagTree(records, tags)),
    RUNS,
  );
  const countingRaw = await bestTime(() => {
    const byStatus = new Map<string, number>();
    for (const claim of claims) byStatus.set(claim.status, (byStatus.get(claim.status) ?? 0) + 1);
  }, RUNS);

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

  lines.push(
    `Claims view: ${claimCount.toLocaleString('en-US')} claims over ${sourceCount.toLocaleString('en-US')} sources (best of ${RUNS} runs)\n`,
  );
  lines.push(
    table(
      ['filter (sorted newest first)', 'claims', 'view', 'bare filter+sort', 'ratio'],
      filterRows,
    ),
  );
  lines.push(
    `\ncounts for the filter menus (status, tag tree, source, entity, subject): ${ms(counting)} (one bare count by status: ${ms(countingRaw)})\n`,
  );
  lines.push(table(['render', 'claim rows', 'same markup, plain', 'ratio'], renderRows));

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
  lines.push(
    `\nslowest filter: ${ms(Math.max(...viewTimes))} (a frame is 16 ms); worst single case ${Math.max(...viewTimes.map((t, i) => t / rawTimes[i]!)).toFixed(2)}× its bare filter`,
  );
  return { report: lines.join('\n'), ratios };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: number) =>
    Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
  const { report, ratios } = await runClaimsBench(arg('--claims', 20_000), arg('--sources', 1_000));
  console.log(`${report}\n\n${ratioTable(ratios)}`);
  if (process.argv.includes('--check') && ratios.some((r) => !r.pass)) process.exit(1);
}
