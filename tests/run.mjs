// `npm test`: the checks and every test file, in two lanes. The main lane runs
// the test files that open a browser, one at a time (they share two cores
// with Chromium). Beside it, a second lane type-checks, lints (ESLint), checks
// the formatting (Prettier) and the stylesheets (Stylelint), then runs the
// unit tests (tests/unit: one file per module of scripts/, in-process), the
// test files that need no browser of their own or only for a build or two
// (Word and PowerPoint through LibreOffice, holes, the background process,
// remixing, lecture notes) and the package test, which waits mostly
// on npm packing and installing; the two lanes take about as long (the workspace
// config tests moved to the main lane to keep them so). No test measures
// time to a tight limit, so the lanes may share the cores. The second lane's
// report is printed when it ends. Exit code: non-zero when either lane fails.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// The unit tests (every tests/unit/*.test.ts, each named after the module of
// scripts/ it tests) run the pipeline's modules in the test process, no CLI and
// no browser: their line coverage is measured (Node's test coverage) and must
// stay at the floor. They load in one process (tests/unit/all.ts imports them):
// tsx starting once per file took 26 s against 6 s.
const units = readdirSync(join(root, 'tests', 'unit'))
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => join('tests', 'unit', f));
// The floor, in % of the lines of the scripts/ modules the unit tests load
// (the pure stages, mostly): 84.0% when it was set (34 unit test files loaded
// together; the figure was 75.6% with 3 files), 4 points under so that
// ordinary changes (and fast-check's random inputs) pass, while a new stage
// without unit tests (or unit tests deleted) fails.
const coverageFloor = 80;
// hostile.test.ts stays in the main lane: it counts the machine's Chromium processes.
const aside = [
  'background.test.ts',
  'images.test.ts',
  'word.test.ts',
  'pptx.test.ts',
  'holes.test.ts',
  'remix.test.ts',
  'lecture-notes.test.ts',
  'package.test.ts',
];
// Only the files at the top of tests/ (readdirSync lists no sub-folder's files): tests/unit runs in the second lane.
const files = readdirSync(join(root, 'tests'))
  .filter((f) => f.endsWith('.test.ts') && !aside.includes(f))
  .sort()
  .map((f) => join('tests', f));

/**
 * Runs a command; resolves with its exit code and its output. `buffer`: kept until it ends; else printed as it comes
 * (and kept too, for the summary of failures at the end).
 */
function run(command, args, buffer) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!buffer) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      if (!buffer) process.stderr.write(chunk);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** The names of the failed tests in a TAP report, with the first line of each one's error and the test file's line it came from. */
function failures(output) {
  const lines = output.split('\n');
  const found = [];
  lines.forEach((line, i) => {
    const m = /^\s*not ok \d+ - (.*)$/u.exec(line);
    if (!m) return;
    const report = lines.slice(i + 1, i + 30);
    const end = report.findIndex((l) => /^\s*\.\.\.$/u.test(l));
    const own = end < 0 ? report : report.slice(0, end);
    const error = own.find((l) => /^\s*error:/u.test(l));
    const where = own.map((l) => /(tests\/[\w./-]+\.ts:\d+):\d+\)?$/u.exec(l)?.[1]).find(Boolean);
    found.push(`  not ok: ${m[1]}${error ? ` (${error.trim().slice(0, 200)})` : ''}${where ? ` at ${where}` : ''}`);
  });
  return found;
}

/**
 * Line coverage of the pipeline's own modules (scripts/) in Node's coverage
 * table, weighted by each file's lines (the test files themselves, which the
 * table also lists, are left out).
 */
function scriptsCoverage(output) {
  let lines = 0;
  let covered = 0;
  for (const [, file, percent] of output.matchAll(/^# (scripts\/\S+)\s*\|\s*([\d.]+)/gmu)) {
    const count = readFileSync(join(root, file), 'utf8').split('\n').length;
    lines += count;
    covered += (count * Number(percent)) / 100;
  }
  return lines === 0 ? NaN : (100 * covered) / lines;
}

const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const checks = [
  ['tsc --noEmit', bin('typescript', 'bin/tsc'), ['--noEmit', '-p', '.']],
  ['eslint', bin('eslint', 'bin/eslint.js'), ['--config', 'tests/eslint.config.mjs', '.']],
  ['prettier --check', bin('prettier', 'bin/prettier.cjs'), ['--check', '--log-level', 'warn', '.']],
  ['stylelint', bin('stylelint', 'bin/stylelint.mjs'), ['theme/**/*.css']],
];
const second = (async () => {
  const failed = [];
  for (const [name, script, args] of checks) {
    const result = await run(node, [script, ...args], true);
    if (result.code !== 0) failed.push(`${name} failed:\n${result.output}`);
  }
  const unit = await run(node, ['--import', 'tsx', '--test', '--experimental-test-coverage', join('tests', 'unit', 'all.ts')], true);
  const covered = scriptsCoverage(unit.output);
  const coverage = `unit tests' line coverage: ${Number.isNaN(covered) ? 'not reported' : `${covered.toFixed(2)}%`} (floor ${coverageFloor}%)`;
  if (!(covered >= coverageFloor))
    failed.push(`${coverage}: below the floor. Add unit tests for the code that is not covered (the table above lists its lines)`);
  const rest = aside.map((f) => join('tests', f));
  const tests = await run(node, ['--import', 'tsx', '--test', '--test-concurrency=1', ...rest], true);
  return {
    code: failed.length > 0 ? 1 : unit.code !== 0 ? unit.code : tests.code,
    output: `${unit.output}\n# ${coverage}\n${failed.join('\n')}${failed.length > 0 ? '\n' : `${checks.map(([name]) => name).join(', ')}: clean\n`}${tests.output}`,
    summary: [
      ...failed.map((f) => `  ${f.split('\n')[0]}`),
      ...(unit.code !== 0 ? [`  tests/unit: exit ${unit.code}`, ...failures(unit.output)] : []),
      ...(tests.code !== 0 ? [`  ${aside.join(', ')}: exit ${tests.code}`, ...failures(tests.output)] : []),
    ],
  };
})();
const main = await run(node, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], false);
const side = await second;
process.stdout.write(
  `\n# second lane: ${checks.map(([name]) => name).join(', ')}, then tests/unit (${units.length} files), ${aside.join(', ')}\n${side.output}`,
);
// Last, what failed, in a few lines: a log cut to its end (a CI's) still names it.
const summary = [...(main.code !== 0 ? [`  browser lane: exit ${main.code}`, ...failures(main.output)] : []), ...side.summary];
process.stdout.write(summary.length > 0 ? `\n# npm test failed:\n${summary.join('\n')}\n` : '\n# npm test: every check and test passed\n');
process.exitCode = main.code !== 0 ? main.code : side.code;
