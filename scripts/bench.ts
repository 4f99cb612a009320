// `npm run bench [-- --articles N] [--ui [--startup-sources N]] [--confirm] [--json file] [--no-fail]`:
// the search benchmark on N generated articles (default 10,000, as CI runs it; the figure
// is 100,000), the Claims view at 20,000 claims and the export of a memo with 1,000 citations;
// with --ui also, in the web build in Chromium, the Reader with 500 highlights against none,
// start-up with 100,000 sources stored against the five bundled ones, and keystroke-to-paint in a
// memo of ~5,000 nodes with 2,000 citations against an empty memo. Prints every measurement, then
// the ratios against their goals, PASS or MISS; exits 1 on a MISS unless --no-fail.
// --confirm (CI): a section with a MISS is measured again (at most twice more) and a ratio fails
// only when it misses every time — every value is printed. On a shared 2-core machine one sub-millisecond
// sample can land under another process; a real regression misses twice.
// Run through `npm run bench` so Node has --expose-gc (memory is measured after collections) and
// room for a 100k corpus.
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { megabytes, ms, ratioTable, table, type Ratio } from '../bench/report';
import { runReaderBench } from '../bench/reader/readerBench';
import { runSearchBench } from '../bench/search/searchBench';
import { runStartupBench } from '../bench/startup/startupBench';
import { runClaimsBench } from '../bench/claims/claimsBench';
import { runKeystrokeBench } from '../bench/memo/keystrokeBench';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const articles = Number((option('articles') ?? '10000').replace(/[_,]/g, ''));
if (!Number.isInteger(articles) || articles < 100) throw new Error('--articles wants a whole number, at least 100');
const startupSources = Number((option('startup-sources') ?? '100000').replace(/[_,]/g, ''));
if (!Number.isInteger(startupSources) || startupSources < 1) throw new Error('--startup-sources wants a whole number, at least 1');
if (!(globalThis as { gc?: unknown }).gc) process.stderr.write('Note: run with --expose-gc (npm run bench does) for steady memory figures.\n');
const ui = process.argv.includes('--ui');
const confirm = process.argv.includes('--confirm');
// --report-only <start of a ratio's name> (repeatable): a ratio known to miss its goal, printed
// with its verdict but not failing the run, so CI still fails on every other ratio.
const reportOnly = process.argv.flatMap((argument, i) => (process.argv[i - 1] === '--report-only' ? [argument] : []));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** One part of the benchmark: measures, prints what it measured, returns its ratios. */
interface Section {
  readonly name: string;
  readonly run: () => Promise<{ readonly report: string; readonly ratios: readonly Ratio[]; readonly data?: unknown }>;
}

const sections: Section[] = [
  {
    name: 'search',
    run: async () => {
      const result = await runSearchBench(articles, log);
      const report = [
        `Search benchmark: ${articles.toLocaleString('en')} generated articles (${result.megabytesOfText.toFixed(0)} MB of text)`,
        '',
        'Times are the best mean of several 10 ms batches after a warm-up. Margin = the 20 best results ranked, phrases',
        'checked in the text (what FlexSearch answers: ids); +snippets = as the app shows them, with marked snippets (not in a ratio).',
        '',
        table(
          ['query', 'kind', 'hits', 'Margin', '+snippets', 'FlexSearch', 'naive scan'],
          [
            ...result.timings.map((t) => [t.query.query, t.query.kind, String(t.hits), ms(t.margin), ms(t.marginWithSnippets), ms(t.flexSearch), ms(t.naive)]),
            ['p95 of the 20', '', '', ms(result.p95.margin), ms(result.p95.marginWithSnippets), ms(result.p95.flexSearch), ms(result.p95.naive)],
          ],
        ),
        '',
        `Index memory: Margin ${megabytes(result.memory.margin)}, FlexSearch ${megabytes(result.memory.flexSearch)}`,
        `Indexing: Margin ${Math.round(result.articlesPerSecond.margin)} articles/s, FlexSearch add() ${Math.round(result.articlesPerSecond.flexSearch)} articles/s`,
      ].join('\n');
      return { report, ratios: result.ratios, data: result };
    },
  },
  // The Claims view (issue 4): 20,000 claims over 1,000 sources, filtered and rendered.
  { name: 'claims view', run: () => runClaimsBench() },
];
if (ui) {
  sections.push(
    {
      name: 'reader',
      run: async () => {
        const reader = await runReaderBench();
        const report = `Reader (Chromium, web build): an article with ${reader.highlights} highlights (${reader.marksDrawn} marks drawn) ${ms(reader.withMs)}, without ${ms(reader.withoutMs)} (median of 9); screen-reader words at the marks' edges on at ${ms(reader.withEdgesMs)}`;
        return { report, ratios: [reader.ratio], data: reader };
      },
    },
    {
      name: 'start-up',
      run: async () => {
        const startup = await runStartupBench(startupSources, 5, log);
        const report = `Start-up to interactive (Chromium, web build): ${ms(startup.largeMs)} with ${startup.sources.toLocaleString('en')} more sources stored, ${ms(startup.smallMs)} with the five bundled (median of 5)`;
        return { report, ratios: [startup.ratio], data: startup };
      },
    },
    {
      // Keystroke-to-paint (issue 6): a memo of ~5,000 nodes with 2,000 citations against an empty memo.
      name: 'keystroke',
      run: async () => {
        const k = await runKeystrokeBench();
        const report = `Keystroke to paint (Chromium, web build): p95 ${ms(k.largeP95Ms)} in a memo of ${k.nodes.toLocaleString('en')} nodes with ${k.citations.toLocaleString('en')} citations, ${ms(k.emptyP95Ms)} in an empty memo (${k.keys} keys each; medians ${ms(k.largeMedianMs)} and ${ms(k.emptyMedianMs)})`;
        return { report, ratios: [k.ratio], data: k };
      },
    },
  );
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
process.stdout.write(`Margin benchmark, ${new Date().toISOString().slice(0, 10)}\n${machine}\n`);

/** A ratio as finally judged: its first value, and the one judged by when a miss was measured again. */
interface Verdict extends Ratio {
  readonly first: number;
  readonly again?: number;
  /** False for a known miss named by --report-only: printed, never failing the run. */
  readonly gating: boolean;
}
const gating = (name: string) => !reportOnly.some((start) => name.startsWith(start));
const verdicts: Verdict[] = [];
const data: Record<string, unknown> = {};
for (const section of sections) {
  const first = await section.run();
  process.stdout.write(`\n${first.report}\n`);
  data[section.name] = first.data;
  // Up to two more measurements of a section while one of its ratios has missed every time so far.
  const attempts = [first];
  while (confirm && attempts.length < 3 && first.ratios.some((ratio) => attempts.every((a) => a.ratios.find((r) => r.name === ratio.name)?.pass === false))) {
    log(`A ratio of ${section.name} missed its goal: measuring ${section.name} again…`);
    const again = await section.run();
    attempts.push(again);
    process.stdout.write(`\nMeasured again (a ratio missed):\n${again.report}\n`);
  }
  for (const ratio of first.ratios) {
    const values = attempts.flatMap((a) => a.ratios.filter((r) => r.name === ratio.name));
    const passed = values.find((r) => r.pass);
    const last = passed ?? values.at(-1)!;
    verdicts.push({ ...last, first: ratio.value, again: values.length > 1 ? last.value : undefined, gating: gating(ratio.name) });
  }
}

process.stdout.write(`\n${ratioTable(verdicts)}\n`);
for (const v of verdicts.filter((v) => v.again !== undefined)) {
  process.stdout.write(`  ${v.name}: ${v.first.toFixed(3)}× the first time, ${v.again!.toFixed(3)}× when measured again → ${v.pass ? 'PASS' : 'MISS'}\n`);
}

// The export benchmark (issue 5) prints its own table: a memo with 1,000 citations exported to each
// format, as a ratio to JSON.stringify of the same Lexical state (--citations N to change the count).
process.stdout.write('\n');
await import('../bench/export/exportBench');

const json = option('json');
if (json) await writeFile(json, `${JSON.stringify({ machine, date: new Date().toISOString(), ratios: verdicts, ...data }, null, 2)}\n`);
const missed = verdicts.filter((ratio) => !ratio.pass && ratio.gating);
const known = verdicts.filter((ratio) => !ratio.pass && !ratio.gating);
process.stdout.write(`\n${verdicts.filter((ratio) => ratio.pass).length} of ${verdicts.length} ratios meet their goals.\n`);
if (known.length > 0) process.stdout.write(`Known to miss (reported, not failing the run): ${known.map((k) => k.name).join('; ')}.\n`);
if (missed.length > 0 && !process.argv.includes('--no-fail')) {
  process.stdout.write(`${missed.length} ${missed.length === 1 ? 'ratio misses its goal' : 'ratios miss their goals'}: ${missed.map((m) => m.name).join('; ')}.\n`);
  process.exitCode = 1;
}
