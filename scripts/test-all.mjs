// `npm test`: every suite in order — type-check, lint, unit tests (Vitest), end-to-end tests
// (Playwright against the web build in Debian's Chromium); with `--bench`, the benchmark's ratios. Every suite runs even when an earlier
// one fails, so one run shows everything; the last line sums them: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'margin-test-'));
const results = [];

function run(name, command, args, env = {}) {
  process.stdout.write(`\n=== ${name}: ${[command, ...args].join(' ')}\n`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return outcome.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

// Checks that are one pass/fail each.
for (const [name, args] of [
  ['type-check (app/, ES2022 only)', ['tsc', '-p', 'app/tsconfig.json', '--noEmit']],
  ['type-check (renderer, main, tests)', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', ['eslint', '.']],
  // Electron's security anti-patterns (docs/security.md): no HIGH, every MEDIUM explained.
  ['electronegativity', ['node', 'scripts/electronegativity.mjs']],
]) {
  const ok = run(name, 'npx', args);
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

const vitestReport = join(reports, 'vitest.json');
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
results.push(
  vitest
    ? { name: 'unit tests', passed: vitest.numPassedTests, failed: vitest.numFailedTests, skipped: vitest.numPendingTests + vitest.numTodoTests }
    : { name: 'unit tests', passed: 0, failed: 1, skipped: 0 },
);
if (vitest && !unitOk && vitest.numFailedTests === 0) results.at(-1).failed = 1; // a suite failed to load

const buildOk = run('web build', 'npx', ['vite', 'build']);
results.push({ name: 'web build', passed: buildOk ? 1 : 0, failed: buildOk ? 0 : 1, skipped: 0 });

const playwrightReport = join(reports, 'playwright.json');
const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
});
const playwright = readJson(playwrightReport);
const stats = playwright?.stats;
results.push(
  stats
    ? { name: 'end-to-end tests', passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
    : { name: 'end-to-end tests', passed: 0, failed: 1, skipped: 0 },
);
if (stats && !e2eOk && stats.unexpected === 0) results.at(-1).failed = 1; // e.g. the server did not start

// `npm test -- --bench` (CI): the benchmark at 10,000 articles, with the Chromium measurements,
// one result per ratio; a ratio over its bound fails (a miss is measured again, at most twice,
// see scripts/bench.ts --confirm). Developers run `npm run bench` on their own.
if (process.argv.includes('--bench')) {
  const benchJson = join(reports, 'bench.json');
  const benchArgs = ['--articles', '10000', '--ui', '--startup-sources', '10000', '--confirm', '--json', benchJson];
  // MARGIN_WEB_DIR: the web build made above, not a second one.
  run('benchmark (10,000 articles)', 'npm', ['run', '-s', 'bench', '--', ...benchArgs], { MARGIN_WEB_DIR: process.env.MARGIN_WEB_DIR ?? 'dist/web' });
  const bench = readJson(benchJson);
  const ratios = bench?.ratios ?? [];
  const passed = ratios.filter((ratio) => ratio.pass).length;
  // A known miss (--report-only, named in docs/performance.md) is printed by the bench and counted
  // as skipped here: reported, not hidden, and not failing CI.
  const known = ratios.filter((ratio) => !ratio.pass && ratio.gating === false).length;
  results.push(
    ratios.length
      ? { name: 'benchmark ratios', passed, failed: ratios.length - passed - known, skipped: known }
      : { name: 'benchmark ratios', passed: 0, failed: 1, skipped: 0 },
  );
}

process.stdout.write('\n');
for (const r of results) {
  process.stdout.write(`${r.failed ? 'FAIL' : 'ok  '} ${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}\n`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
