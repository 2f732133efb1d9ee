// `npm test`: the type check and every test file, in two lanes. The main lane
// runs the test files one at a time (they share two cores with Chromium).
// Beside it, a second lane type-checks and then runs the package test, which
// waits mostly on npm packing and installing; it needs no core of its own for
// long, and no test of the main lane measures time while it runs (the main
// lane starts with the command-line tests). The second lane's report is
// printed when it ends. Exit code: non-zero when either lane fails.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const aside = ['package.test.ts'];
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
const second = (async () => {
  const typecheck = await run(node, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'], true);
  if (typecheck.code !== 0) return { code: typecheck.code, output: `tsc --noEmit failed:\n${typecheck.output}` };
  return run(node, ['--import', 'tsx', '--test', ...aside.map((f) => join('tests', f))], true);
})();
const main = await run(node, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], false);
const side = await second;
process.stdout.write(`\n# second lane: tsc --noEmit, then ${aside.join(', ')}\n${side.output}`);
process.exitCode = main.code !== 0 ? main.code : side.code;
