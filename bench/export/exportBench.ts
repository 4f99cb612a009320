// Export benchmark (issue 5): a memo with 1,000 citations of corpus passages, exported to each
// format, timed against serializing the same Lexical state to JSON in the same run.
//   npx tsx bench/export/exportBench.ts [--citations N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describeRange } from '../../app/anchoring';
import { sourceFromText } from '../../app/anchoring/testing/sourceFromText';
import { EXPORT_FORMATS, exportMemo } from '../../app/export/formats';
import type { CitedPassage } from '../../app/export';
import type { Highlight, SerializedMemoNode, Source } from '../../app/model/types';

/** The best of `runs` timings after one warm-up run (other processes only ever add time). */
async function bestTime(work: () => unknown, runs: number): Promise<number> {
  await work();
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

const count = Number(process.argv[process.argv.indexOf('--citations') + 1]) || 1000;
const corpusDir = join(import.meta.dirname, '../../corpus');
const outlets = ['RFE/RL', 'Financial Times', 'RFE/RL', 'AP', 'Reuters'];

// Sources: the corpus files as plain paragraphs, with plausible metadata.
const sources: Source[] = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name, index) =>
    sourceFromText(readFileSync(join(corpusDir, name), 'utf8'), {
      id: `src_${index}`,
      metadata: {
        title: `Article ${index + 1} on the unrest in Kazakhstan`,
        outlet: outlets[index % outlets.length] ?? null,
        authors: index % 2 ? ['Joanna Lillis'] : [],
        publishedAt: `2022-01-${String(index + 5).padStart(2, '0')}`,
        url: `https://example.org/news/${index + 1}`,
      },
    }),
  );

// Passages: the first sentence-like stretch of each body paragraph, 40 per source at most.
const highlights: Highlight[] = sources.flatMap((source) =>
  source.blocks.slice(0, 40).flatMap((block, index) => {
    const text = source.text.slice(block.start, block.end);
    const length = Math.min(text.length, 80);
    if (length < 20) return [];
    return [
      {
        id: `hl_${source.id}_${index}`,
        sourceId: source.id,
        selector: describeRange(source.text, block.start, block.start + length),
        paragraph: null,
        note: '',
        color: 'yellow',
        createdAt: '2026-11-22T00:00:00.000Z',
        updatedAt: '2026-11-22T00:00:00.000Z',
      },
    ];
  }),
);
const byId = new Map(highlights.map((h) => [h.id, h]));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const lookup = (id: string): CitedPassage | undefined => {
  const highlight = byId.get(id);
  return highlight && { highlight, source: sourceById.get(highlight.sourceId) };
};

// The memo: one paragraph per citation, as the editor writes them: text, “quote”, citation.
const text = (value: string): SerializedMemoNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const children: SerializedMemoNode[] = [];
for (let i = 0; i < count; i += 1) {
  const highlight = highlights[(i * 7) % highlights.length] as Highlight;
  children.push({
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    children: [
      text(`Point ${i + 1}: the source reports `),
      text(`“${highlight.selector.quote.exact}”`),
      { type: 'citation', version: 1, highlightId: highlight.id, claimId: null },
      text(' and the analyst comments on it.'),
    ],
  });
}
const memo = {
  title: 'Benchmark memo',
  content: {
    root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
  },
};

const baseline = await bestTime(() => JSON.stringify(memo.content), 20);
const rows: string[][] = [['JSON.stringify (baseline)', ms(baseline), '1.0×', '']];
for (const format of EXPORT_FORMATS) {
  let size = 0;
  let problems = 0;
  const time = await bestTime(async () => {
    const exported = await exportMemo(memo, lookup, format, { accessed: '2026-11-22' });
    size = exported.bytes.length;
    problems = exported.prepared.problems.length;
  }, 3);
  rows.push([
    format,
    ms(time),
    `${(time / baseline).toFixed(0)}×`,
    `${(size / 1e3).toFixed(0)} kB, ${problems} problems`,
  ]);
}
console.log(
  `Export of a memo with ${count} citations (${highlights.length} passages in ${sources.length} sources)`,
);
for (const row of [['format', 'best of 3', 'ratio to JSON', 'output'], ...rows]) {
  console.log(`${row[0]!.padEnd(26)}${row[1]!.padStart(10)}${row[2]!.padStart(15)}  ${row[3]}`);
}
