// `lectern build --watch`: the PDF follows a slide edit, a theme file created
// after the start, and an edit to the document (keeping the edited slide);
// Ctrl+C stops it cleanly. Every wait is for a condition, never a fixed time.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bin, exampleDocument, readPdf, scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-watch-');
let child: ChildProcess;
let stdout = '';
let stderr = '';
let exited: Promise<number | null>;

const builds = (): number => stdout.split('Built deck "essay"').length - 1;

/** Resolves when `condition` holds; fails with what the process said after `ms`. */
async function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const slide = (): string => join(ws.dir, 'slides', 'essay', 'mutual-distrust.md');
const pdfText = async (): Promise<string> => (await readPdf(join(ws.dir, 'dist', 'essay', 'essay.pdf'))).pageTexts.join('\n');

before(async () => {
  copyFileSync(exampleDocument, join(ws.dir, 'essay.txt'));
  child = spawn(process.execPath, [bin, 'build', 'essay.txt', '--pdf', '--watch'], { cwd: ws.dir });
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  await until(() => stderr.includes('Watching'), 'the first build and the watcher');
});

after(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  ws.remove();
});

describe('build --watch', () => {
  it('builds the PDF again after a slide file is saved', async () => {
    assert.equal(builds(), 1);
    writeFileSync(slide(), readFileSync(slide(), 'utf8').replace(/^# .*$/mu, '# Distrust Rewritten'));
    await until(() => builds() >= 2, 'a rebuild after the slide edit');
    assert.match(await pdfText(), /Distrust Rewritten/u);
  });

  it('picks up a theme/custom.css created after the start', async () => {
    const count = builds();
    assert.ok(!existsSync(join(ws.dir, 'theme')));
    mkdirSync(join(ws.dir, 'theme'));
    writeFileSync(join(ws.dir, 'theme', 'custom.css'), ':root { --lectern-accent: rgb(1, 2, 3); }\n');
    await until(() => builds() > count && existsSync(join(ws.dir, 'dist', 'essay', 'assets', 'custom.css')), 'a rebuild with the new stylesheet');
    assert.match(readFileSync(join(ws.dir, 'dist', 'essay', 'assets', 'custom.css'), 'utf8'), /rgb\(1, 2, 3\)/u);
    assert.match(readFileSync(join(ws.dir, 'dist', 'essay', 'index.html'), 'utf8'), /assets\/custom\.css/u);
  });

  it('plans again after the document changes, keeping the edited slide and saying so', async () => {
    const count = builds();
    const document = join(ws.dir, 'essay.txt');
    writeFileSync(document, readFileSync(document, 'utf8').replace('Ideological Differences', 'Ideological Gulf'));
    await until(() => builds() > count, 'a rebuild after the document edit');
    const text = await pdfText();
    assert.match(text, /Ideological Gulf/u, 'the document change');
    assert.match(text, /Distrust Rewritten/u, 'the edited slide, kept');
    assert.match(stderr, /kept your edits to mutual-distrust\.md/u);
  });

  it('stops on Ctrl+C with exit 0', async () => {
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  });
});
