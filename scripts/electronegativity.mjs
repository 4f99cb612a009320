// `node scripts/electronegativity.mjs`: Doyensec's Electronegativity scan of what Margin ships —
// the main-process and preload sources (main/, without tests and test fakes) and the renderer's
// index.html (its CSP meta tag) — staged together in a temporary folder so the tool's global checks
// see the whole app at once. Fails on any HIGH finding, and on any MEDIUM finding not explained in
// scripts/electronegativity-allow.json; also fails when an allow-list entry no longer matches
// anything, so the list cannot outlive the code it excuses. See docs/security.md.
//
// The tool is unmaintained (last release 2022): it adds to the unit tests in main/security and
// main/windows, it never replaces them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

const allowList = JSON.parse(
  readFileSync(join(root, 'scripts', 'electronegativity-allow.json'), 'utf8'),
).medium;

// Shipped code only: tests construct fake windows on purpose and would be reported as real ones.
const shipped = (source) => !/\.test\.ts$/.test(source) && !source.split(sep).includes('test');

const stage = mkdtempSync(join(tmpdir(), 'margin-electronegativity-'));
try {
  cpSync(join(root, 'main'), join(stage, 'main'), {
    recursive: true,
    filter: (source) => shipped(relative(join(root, 'main'), source)),
  });
  mkdirSync(join(stage, 'renderer'));
  cpSync(join(root, 'renderer', 'index.html'), join(stage, 'renderer', 'index.html'));

  const { version: electronVersion } = require('electron/package.json');
  const result = await runElectronegativity(
    {
      input: stage,
      isRelative: true,
      electronVersionOverride: electronVersion,
      // This one check downloads Electron's release list; Margin's checks never use the network.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
    },
    false,
  );
  const findings = JSON.parse(JSON.stringify(result.issues)).map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split(sep).join('/'),
    line: issue.location.line,
    manualReview: issue.manualReview,
  }));
  process.exitCode = report(findings, result);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

function isAllowed(finding, entry) {
  return entry.check === finding.check && entry.file === finding.file;
}

function report(findings, result) {
  process.stdout.write(
    `Electronegativity: ${result.globalChecks + result.atomicChecks} checks, ${findings.length} findings, ${result.errors.filter((error) => !error.tolerable).length} files it could not parse\n`,
  );
  let failures = 0;
  for (const finding of findings) {
    const allowed = allowList.find((entry) => isAllowed(finding, entry));
    const fails = finding.severity === 'HIGH' || (finding.severity === 'MEDIUM' && !allowed);
    if (fails) failures += 1;
    const verdict = fails ? 'FAIL' : allowed ? 'explained' : 'ok (below MEDIUM)';
    process.stdout.write(
      `  ${verdict.padEnd(18)} ${finding.severity.padEnd(6)} ${finding.check} ${finding.file}:${finding.line}` +
        `${finding.manualReview ? ' (review)' : ''}\n`,
    );
  }
  for (const entry of allowList) {
    if (!findings.some((finding) => isAllowed(finding, entry))) {
      failures += 1;
      process.stdout.write(`  FAIL stale allow-list entry: ${entry.check} ${entry.file}\n`);
    }
  }
  for (const error of result.errors) {
    // A file the tool could not parse is a file it did not check; a tolerable warning is not.
    if (error.tolerable) continue;
    failures += 1;
    process.stdout.write(`  FAIL could not parse ${error.file}: ${error.message}\n`);
  }
  process.stdout.write(
    failures ? `${failures} failure(s)\n` : 'No HIGH finding; every MEDIUM one explained.\n',
  );
  return failures ? 1 : 0;
}
