// The package as a user gets it: `npm pack`, a global install of the tarball
// into a clean prefix, then `lectern init` and a build with PDFs in an empty
// folder far from the repository, and a Node script that builds through the
// library API and reads the result.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findBrowser } from '../scripts/edges/browser.ts';
import { readPdf, repoRoot, scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-package-');
after(() => ws.remove());
const prefix = join(ws.dir, 'prefix');
const empty = join(ws.dir, 'empty');
let tarball = '';
let browser = '';
let files: string[] = [];

const npm = (args: string[], cwd: string): string => {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 240_000 });
  assert.equal(result.status, 0, `npm ${args.join(' ')}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};

before(async () => {
  browser = (await findBrowser(undefined)).path;
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', ws.dir], repoRoot)) as { filename: string; files: { path: string }[] }[];
  tarball = join(ws.dir, packed[0]?.filename ?? '');
  files = (packed[0]?.files ?? []).map((f) => f.path);
  // From npm's cache where it can (npm ci filled it): the registry is slow and may be far.
  npm(['install', '--global', '--prefix', prefix, tarball, '--prefer-offline', '--no-audit', '--no-fund'], ws.dir);
  mkdirSync(empty);
});

describe('the installable package', () => {
  it('holds only what the runtime needs: compiled JavaScript, no TypeScript sources or tests', () => {
    assert.ok(
      files.includes('scripts/built/cli.mjs') && files.includes('scripts/built/index.mjs') && files.includes('scripts/built/types/index.d.ts'),
      files.join(', '),
    );
    assert.ok(
      files.some((f) => f.startsWith('scripts/built/assets/')),
      'the deck script and styles, bundled at pack time',
    );
    const sources = files.filter((f) => (f.endsWith('.ts') && !f.endsWith('.d.ts')) || f.startsWith('tests/') || f.startsWith('slides/'));
    assert.deepEqual(sources, []);
  });

  it('installed globally, lectern init and lectern build --pdf work in an empty folder', async () => {
    const bin = join(prefix, 'bin', 'lectern');
    const env = { ...process.env, LECTERN_BROWSER: browser, PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` };
    const init = spawnSync(bin, ['init'], { cwd: empty, encoding: 'utf8', env });
    assert.equal(init.status, 0, init.stderr);
    const build = spawnSync(bin, ['build', 'notes.md', '--pdf'], { cwd: empty, encoding: 'utf8', env, timeout: 120_000 });
    assert.equal(build.status, 0, build.stderr);
    const pdf = await readPdf(join(empty, 'dist', 'notes', 'notes.pdf'));
    assert.equal(pdf.pages, readdirSync(join(empty, 'slides', 'notes')).filter((f) => f.endsWith('.md')).length);
    assert.match(pdf.pageTexts.join(' '), /Writing Slides From Notes/u);
    // The starter config's notes handout came with it.
    assert.ok(existsSync(join(empty, 'dist', 'notes', 'notes-handout.pdf')));
    // Nothing was bundled on first run: the installed package has no TypeScript to bundle.
    const cache = join(prefix, 'lib', 'node_modules', 'lectern', 'node_modules', '.cache', 'lectern');
    const bundles = existsSync(cache) ? readdirSync(cache).filter((name) => /^(?:assets|cli)-/u.test(name)) : [];
    assert.deepEqual(bundles, [], 'no bundling at run time');
    // The command's compiled code was kept, with the kind of work it holds; a new kind adds its code, a known one writes nothing.
    const code = join(cache, 'code');
    // Commands that print keep their code apart from the others, whose loading it would slow.
    const cached = (group: string, ext: string): string =>
      join(code, readdirSync(code).find((f) => new RegExp(`^cli-[0-9a-f]{32}-${group}\\.`, 'u').test(f) && f.endsWith(ext)) ?? 'none');
    assert.deepEqual(readFileSync(cached('plain', '.kinds'), 'utf8'), 'init\n');
    assert.deepEqual(readFileSync(cached('print', '.kinds'), 'utf8'), 'build .md print\n');
    const again = (): void => assert.equal(spawnSync(bin, ['build', 'notes.md'], { cwd: empty, encoding: 'utf8', env }).status, 0);
    again();
    assert.deepEqual(readFileSync(cached('plain', '.kinds'), 'utf8'), 'init\nbuild .md\n');
    assert.deepEqual(readFileSync(cached('print', '.kinds'), 'utf8'), 'build .md print\n');
    const written = statSync(cached('plain', '.bin')).mtimeMs;
    again();
    assert.equal(statSync(cached('plain', '.bin')).mtimeMs, written, 'a cache holding this kind of work was written again');
  });

  it('a Node script builds through the library API and reads its result; failures are LecternErrors', () => {
    const script = join(prefix, 'lib', 'use-api.mjs');
    writeFileSync(
      script,
      `import { build, plan, LecternError } from 'lectern';
const planned = await plan({ input: 'notes.md', workspace: process.argv[2] });
const steps = [];
const result = await build({ input: 'notes.md', deck: 'api', workspace: process.argv[2], pdf: false, handouts: [], onProgress: (s) => steps.push(s) });
let failure = null;
try { await build({ input: 'missing.md', workspace: process.argv[2] }); } catch (error) { failure = { isLectern: error instanceof LecternError, kind: error.kind, exitCode: error.exitCode }; }
process.stdout.write(JSON.stringify({ planned: planned.plan.slides.map((s) => s.id), result, steps: steps.length, failure }));
`,
    );
    const run = spawnSync(process.execPath, [script, empty], { encoding: 'utf8', env: { ...process.env, LECTERN_BROWSER: browser } });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '', 'the library writes nothing to stderr');
    const out = JSON.parse(run.stdout) as {
      planned: string[];
      result: { deck: string; slides: number; outputs: string[] };
      steps: number;
      failure: { isLectern: boolean; kind: string; exitCode: number };
    };
    assert.equal(out.result.deck, 'api');
    assert.equal(out.result.slides, out.planned.length);
    assert.deepEqual(out.result.outputs, ['slides/api/', 'dist/api/index.html']);
    assert.ok(existsSync(join(empty, 'dist', 'api', 'index.html')));
    assert.ok(out.steps > 0, 'progress reached the callback');
    assert.deepEqual(out.failure, { isLectern: true, kind: 'input', exitCode: 2 });
  });
});
