// `npm test`: the checks and every test file, in two lanes. The main lane runs
// the test files that open a browser, one at a time (they share two cores
// with Chromium). Beside it, a second lane type-checks, lints (ESLint), checks
// the formatting (Prettier) and the stylesheets (Stylelint), then runs the
// test files that need no browser of their own (the stages, the edges, Word
// and PowerPoint through LibreOffice, the workspace config) and the package
// test, which waits mostly on npm packing and installing. No test measures
// time to a tight limit, so the lanes may share the cores. The second lane's
// report is printed when it ends. Exit code: non-zero when either lane fails.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const aside = ['stages.test.ts', 'edges.test.ts', 'golden.test.ts', 'images.test.ts', 'word.test.ts', 'pptx.test.ts', 'config.test.ts', 'package.test.ts'];
const files = readdirSync(join(root, 'tests'))
  .filter((f) => f.endsWith('.test.ts') && !aside.includes(f))
  .sort()
  .map((f) => join('tests', f));

/** Runs a command; resolves with its exit code and, when `buffer`, its output. */
function run(command, args, buffer) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (buffer) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
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
  const tests = await run(node, ['--import', 'tsx', '--test', '--test-concurrency=1', ...aside.map((f) => join('tests', f))], true);
  return {
    code: failed.length > 0 ? 1 : tests.code,
    output: `${failed.join('\n')}${failed.length > 0 ? '\n' : `${checks.map(([name]) => name).join(', ')}: clean\n`}${tests.output}`,
  };
})();
const main = await run(node, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], false);
const side = await second;
process.stdout.write(`\n# second lane: ${checks.map(([name]) => name).join(', ')}, then ${aside.join(', ')}\n${side.output}`);
process.exitCode = main.code !== 0 ? main.code : side.code;
