// lectern's background process (scripts/background.mjs): an HTML-only build
// that it answers must write and print exactly what the command writes and
// prints in its own process, fail the same way, stop on Ctrl+C leaving the
// previous output, and go away when idle. Each test's process is found by a
// tag in its environment, and stopped at the end.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateDocument } from '../scripts/bench/generate.ts';
import { backgroundProcesses } from '../scripts/bench/measure.ts';
import { bin, cliEnv, exampleDocument, fixtures, runCli, scratchWorkspace, waitFor } from './helpers.ts';

const tag = `t${process.pid}`;
/** Builds with the background process on, for this file's tests alone (the idle time is part of its socket's name). */
const on = (idle = '45'): Record<string, string> => ({ LECTERN_DAEMON: '1', LECTERN_DAEMON_IDLE: idle, LECTERN_TEST_TAG: tag });

/** The background processes this file started (of an idle time, if given), with the socket each listens at. */
const backgrounds = (idle?: string): { pid: number; socket: string }[] =>
  backgroundProcesses([`LECTERN_TEST_TAG=${tag}`, ...(idle === undefined ? [] : [`LECTERN_DAEMON_IDLE=${idle}`])]);

/** Every file under `dir` with its bytes, by path relative to it. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** A command's stderr without the times its progress lines give. */
const untimed = (stderr: string): string => stderr.replace(/^\[\d+\.\d+s\] /gmu, '[time] ');

const answeredInBackground = /^lectern: built by lectern's background process \(pid \d+\)[^\n]*\n/mu;

after(() => {
  for (const { pid } of backgrounds()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // gone already
    }
  }
});

describe('the background process', () => {
  const documents = [
    ...readdirSync(join(fixtures, 'corpus'))
      .filter((f) => /\.(md|txt)$/u.test(f))
      .map((f) => join('corpus', f)),
    join('notes', 'multi-part-notes.md'),
    join('notes', 'jekyll-lecture.md'),
    join('hostile', 'hostile.md'),
  ];

  it('answers HTML-only builds with the same files and the same output as a build in its own process', { timeout: 240_000 }, async () => {
    const own = scratchWorkspace();
    const answered = scratchWorkspace();
    try {
      for (const ws of [own, answered]) {
        for (const folder of ['corpus', 'notes', 'hostile']) cpSync(join(fixtures, folder), join(ws.dir, folder), { recursive: true });
        cpSync(exampleDocument, join(ws.dir, 'example.txt'));
      }
      // The first build runs in its own process and leaves the background process, which warms up in a temporary
      // folder of its own: the test's (TMPDIR), where no other lectern on the machine makes one.
      const temporary = join(answered.dir, 'tmp');
      mkdirSync(temporary);
      assert.equal(runCli(['build', 'example.txt'], answered.dir, { ...on(), TMPDIR: temporary }).status, 0);
      await waitFor(() => backgrounds().some((b) => existsSync(b.socket)), 60, 'no background process started after a build');
      assert.equal(backgrounds().length, 1);
      // It warmed up on the document that started it, before it listened, in a folder of its own that is gone now.
      const started = readFileSync(`/proc/${backgrounds()[0]?.pid}/cmdline`, 'utf8').split('\0');
      assert.equal(started[started.indexOf('--warm-up') + 1], join(realpathSync(answered.dir), 'example.txt'));
      assert.ok(readFileSync(`/proc/${backgrounds()[0]?.pid}/environ`, 'utf8').split('\0').includes(`TMPDIR=${temporary}`));
      assert.deepEqual(
        readdirSync(temporary).filter((name) => name.startsWith('lectern-warm-up-')),
        [],
      );
      for (const document of [...documents, 'example.txt']) {
        const here = runCli(['build', document, '--force', '--verbose'], own.dir);
        const there = runCli(['build', document, '--force', '--verbose'], answered.dir, on());
        assert.match(there.stderr, answeredInBackground, `${document} was not built by the background process`);
        assert.doesNotMatch(here.stderr, answeredInBackground);
        assert.equal(there.status, here.status, document);
        assert.equal(there.stdout, here.stdout, document);
        assert.equal(untimed(there.stderr.replace(answeredInBackground, '').replaceAll(answered.dir, own.dir)), untimed(here.stderr), document);
      }
      for (const folder of ['slides', 'dist']) {
        const mine = tree(join(own.dir, folder));
        const theirs = tree(join(answered.dir, folder));
        assert.deepEqual([...theirs.keys()].sort(), [...mine.keys()].sort());
        for (const [path, bytes] of mine) assert.ok(bytes.equals(theirs.get(path) ?? Buffer.alloc(0)), `${folder}/${path} differs`);
      }
      assert.ok(tree(join(own.dir, 'slides')).size > documents.length * 5, 'the decks have their slides');
    } finally {
      own.remove();
      answered.remove();
    }
  });

  it("answers a command's mistakes with the command's own line and exit code, and writes nothing", { timeout: 120_000 }, async () => {
    const ws = scratchWorkspace();
    try {
      cpSync(exampleDocument, join(ws.dir, 'example.txt'));
      writeFileSync(join(ws.dir, 'empty.md'), '');
      assert.equal(runCli(['build', 'example.txt', '--deck', 'first'], ws.dir, on()).status, 0);
      await waitFor(() => backgrounds().some((b) => existsSync(b.socket)), 60, 'no background process started after a build');
      for (const args of [
        ['build', 'missing.md', '--verbose'],
        ['build', 'empty.md', '--verbose'],
        ['build', 'example.txt', '--deck', 'Bad/Name', '--verbose'],
        ['build', 'example.txt', '--theme', 'purple', '--verbose'],
      ]) {
        const here = runCli(args, ws.dir);
        const there = runCli(args, ws.dir, on());
        assert.match(there.stderr, answeredInBackground);
        assert.equal(there.status, here.status, args.join(' '));
        assert.ok(there.status > 0, args.join(' '));
        assert.equal(untimed(there.stderr.replace(answeredInBackground, '')), untimed(here.stderr), args.join(' '));
        assert.equal(there.stdout, '');
      }
      assert.deepEqual(readdirSync(join(ws.dir, 'slides')), ['first']);
    } finally {
      ws.remove();
    }
  });

  it('stops on Ctrl+C as the command would: exit 130, nothing half-written, the previous output kept', { timeout: 180_000 }, async () => {
    const ws = scratchWorkspace();
    try {
      writeFileSync(join(ws.dir, 'big.md'), generateDocument(8000));
      writeFileSync(join(ws.dir, 'small.md'), generateDocument(5));
      assert.equal(runCli(['build', 'small.md', '--deck', 'big'], ws.dir, on()).status, 0);
      const before = tree(join(ws.dir, 'dist', 'big'));
      await waitFor(() => backgrounds().some((b) => existsSync(b.socket)), 60, 'no background process started after a build');
      const [process0] = backgrounds();
      const child = spawn(process.execPath, [bin, 'build', 'big.md', '--deck', 'big', '--force', '--verbose'], {
        cwd: ws.dir,
        env: cliEnv(on()),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // The background process has begun planning when the progress line says so: the signal goes then.
      await new Promise<void>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (answeredInBackground.test(stderr) && /characters; planning/u.test(stderr)) resolve();
        });
      });
      child.kill('SIGINT');
      assert.equal(await exited, 130, stderr);
      assert.match(stderr, /interrupted \(SIGINT\); the previous output is unchanged/u);
      // The background process stops with its build.
      await waitFor(() => !backgrounds().some((b) => b.pid === process0?.pid), 60, 'the background process still runs after Ctrl+C');
      for (const folder of ['slides', 'dist'])
        assert.deepEqual(
          readdirSync(join(ws.dir, folder)).filter((f) => f.includes('.tmp-') || f.startsWith('.')),
          [],
          folder,
        );
      const kept = tree(join(ws.dir, 'dist', 'big'));
      assert.deepEqual([...kept.keys()].sort(), [...before.keys()].sort());
      for (const [path, bytes] of before) assert.ok(bytes.equals(kept.get(path) ?? Buffer.alloc(0)), `dist/big/${path} changed`);
      // The next build runs in its own process again, and succeeds.
      const next = runCli(['build', 'small.md', '--deck', 'big', '--force', '--verbose'], ws.dir, on());
      assert.equal(next.status, 0, next.stderr);
      assert.doesNotMatch(next.stderr, answeredInBackground);
    } finally {
      ws.remove();
    }
  });

  it('asks the process of older code in its folder to leave: only one answers from then on', { timeout: 120_000 }, async () => {
    const ws = scratchWorkspace();
    try {
      cpSync(exampleDocument, join(ws.dir, 'example.txt'));
      // Two processes of different keys (their idle times differ, as the code of two lectern versions would), each idle
      // for ten minutes: the older one leaves because it is asked to, not because its time is up.
      assert.equal(runCli(['build', 'example.txt'], ws.dir, on('600')).status, 0);
      await waitFor(() => backgrounds('600').some((b) => existsSync(b.socket)), 60, 'no background process started after a build');
      const [older] = backgrounds('600');
      assert.equal(runCli(['build', 'example.txt', '--force'], ws.dir, on('601')).status, 0);
      await waitFor(() => backgrounds('601').some((b) => existsSync(b.socket)), 60, 'no second background process started');
      await waitFor(() => !backgrounds('600').some((b) => b.pid === older?.pid), 30, 'the older background process did not leave in 30 s');
      assert.equal(existsSync(older?.socket ?? ''), false);
      // The newer one answers.
      const answered = runCli(['build', 'example.txt', '--force', '--verbose'], ws.dir, on('601'));
      assert.equal(answered.status, 0, answered.stderr);
      assert.match(answered.stderr, answeredInBackground);
    } finally {
      ws.remove();
    }
  });

  it('leaves when it has been idle for its time, removing its socket', { timeout: 120_000 }, async () => {
    const ws = scratchWorkspace();
    try {
      cpSync(exampleDocument, join(ws.dir, 'example.txt'));
      const started = statSync(ws.dir).mtimeMs;
      assert.equal(runCli(['build', 'example.txt'], ws.dir, on('2')).status, 0);
      let socket = '';
      await waitFor(
        () => {
          socket = backgrounds('2').find((b) => existsSync(b.socket))?.socket ?? '';
          return socket !== '';
        },
        60,
        'no background process started after a build',
      );
      assert.ok(statSync(socket).mtimeMs >= started - 1000);
      await waitFor(() => !backgrounds().some((b) => b.socket === socket), 60, 'the background process did not leave when idle');
      assert.equal(existsSync(socket), false);
    } finally {
      ws.remove();
    }
  });
});
