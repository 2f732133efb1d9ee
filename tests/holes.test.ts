// The holes a hostile test found (issue 16), each closed by a test that
// fails on the code before the fix. Numbers are the issue's.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cacheDir, privateFolder } from '../scripts/edges/paths.ts';
import { fileSystemError } from '../scripts/errors.ts';
import { planSource } from '../scripts/stages/plan-source.ts';
import { readDocument } from '../scripts/stages/read-document.ts';
import { bin, exampleDocument, runCli, scratchWorkspace, type RunResult } from './helpers.ts';

const ws = scratchWorkspace();
after(() => ws.remove());

function assertOneLineError(result: RunResult, code: number, pattern: RegExp): void {
  assert.equal(result.status, code, `exit ${result.status}: ${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line expected:\n${result.stderr}`);
  assert.match(lines[0] ?? '', pattern);
}

const doc = (name: string, text: string): string => {
  const path = join(ws.dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

const lecture =
  '# Week three\n\n## Sorting\n\nSorting puts things in order. It is the first step of many algorithms.\n\n## Searching\n\nBinary search halves the range at each step. It needs sorted input.\n';

describe('1-4: nothing of the user is lost', () => {
  it('1: regenerating keeps the files the user added to the deck folder, with or without --force', () => {
    const source = doc('week3.md', lecture);
    assert.equal(runCli(['build', source], ws.dir).status, 0);
    const folder = join(ws.dir, 'slides', 'week3');
    mkdirSync(join(folder, 'images'), { recursive: true });
    writeFileSync(join(folder, 'images', 'diagram.png'), 'not really a picture');
    writeFileSync(join(folder, 'my-notes.txt'), 'remember the exam');
    writeFileSync(join(folder, 'extra.css'), 'h1 { color: red }');
    doc('week3.md', lecture.replace('first step', 'first and oldest step'));
    const again = runCli(['build', source], ws.dir);
    assert.equal(again.status, 0, again.stderr);
    const forced = runCli(['build', source, '--force'], ws.dir);
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(join(folder, 'images', 'diagram.png'), 'utf8'), 'not really a picture');
    assert.equal(readFileSync(join(folder, 'my-notes.txt'), 'utf8'), 'remember the exam');
    assert.equal(readFileSync(join(folder, 'extra.css'), 'utf8'), 'h1 { color: red }');
    assert.match(readFileSync(join(folder, 'sorting.md'), 'utf8'), /oldest/u);
  });

  it("1: a slide lectern wrote that the plan no longer has is removed; the user's own slide-like file is not", () => {
    const source = doc('drop.md', lecture);
    assert.equal(runCli(['build', source], ws.dir).status, 0);
    const folder = join(ws.dir, 'slides', 'drop');
    writeFileSync(join(folder, 'mine.md'), '# Mine\n\nA slide of my own.\n');
    doc('drop.md', lecture.replace(/## Searching[\s\S]*/u, ''));
    const result = runCli(['build', source], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(existsSync(join(folder, 'searching.md')), false, 'a stale generated slide stays');
    assert.ok(existsSync(join(folder, 'mine.md')));
  });

  it('2: a document kept in its own deck folder survives its builds, --force included', () => {
    const text = doc('slides/inside/inside.txt', 'Inside\n\nThe document lives in the deck folder. It must never be deleted by a build.\n');
    assert.equal(runCli(['build', text], ws.dir).status, 0);
    assert.equal(runCli(['build', text, '--force'], ws.dir).status, 0);
    assert.ok(existsSync(text), 'the .txt document was deleted');
    const md = doc('slides/inmd/inmd.md', lecture);
    assert.equal(runCli(['build', md], ws.dir).status, 0);
    const again = runCli(['build', md], ws.dir);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(runCli(['build', md, '--force'], ws.dir).status, 0);
    assert.equal(readFileSync(md, 'utf8'), lecture, 'the .md document was deleted or changed');
  });

  it('2: a document where lectern would write a slide file is refused with the remedy', () => {
    const md = doc('slides/clash/sorting.md', lecture);
    assertOneLineError(
      runCli(['build', md, '--deck', 'clash', '--force'], ws.dir),
      2,
      /slides\/clash\/sorting\.md: the document is where lectern writes.*Move/u,
    );
    assert.equal(readFileSync(md, 'utf8'), lecture);
  });

  it('4: --force keeps the files it replaces, and says where', () => {
    const source = doc('forced.md', lecture);
    assert.equal(runCli(['build', source], ws.dir).status, 0);
    const folder = join(ws.dir, 'slides', 'forced');
    const slide = join(folder, 'sorting.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('# Sorting', '# Sorting, my way'));
    assertOneLineError(runCli(['build', source], ws.dir), 2, /sorting\.md.*--force.*\.lectern-replaced/u);
    const forced = runCli(['build', source, '--force'], ws.dir);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(forced.stderr, /slides\/forced\/\.lectern-replaced\/[^/\s]+\//u);
    assert.match(readFileSync(slide, 'utf8'), /^# Sorting$/mu);
    const kept = readdirSync(join(folder, '.lectern-replaced'));
    assert.equal(kept.length, 1);
    assert.match(readFileSync(join(folder, '.lectern-replaced', kept[0] ?? '', 'sorting.md'), 'utf8'), /Sorting, my way/u);
  });

  it('3: a rebuild whose printing fails keeps the previous PDFs and says so', () => {
    const source = doc('printed.md', lecture);
    const first = runCli(['build', source, '--pdf'], ws.dir);
    assert.equal(first.status, 0, first.stderr);
    const pdf = join(ws.dir, 'dist', 'printed', 'printed.pdf');
    const before = readFileSync(pdf);
    doc('printed.md', lecture.replace('Binary search', 'A binary search'));
    const failed = runCli(['build', source, '--pdf', '--browser', join(ws.dir, 'no-such-browser')], ws.dir);
    assertOneLineError(failed, 3, /dist\/printed\/printed\.pdf is from the previous build/u);
    assert.deepEqual(readFileSync(pdf), before);
    assert.match(readFileSync(join(ws.dir, 'dist', 'printed', 'index.html'), 'utf8'), /A binary search/u);
  });
});

/** A deck folder written by hand: a manifest and slide files. */
function handDeck(name: string, slides: Record<string, string>, order = Object.keys(slides)): string {
  const folder = join(ws.dir, 'slides', name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'deck.yaml'), `title: ${name}\nslides:\n${order.map((id) => `  - ${id}`).join('\n')}\n`);
  for (const [id, text] of Object.entries(slides)) writeFileSync(join(folder, `${id}.md`), text);
  return folder;
}

// The smallest PNG: one transparent pixel.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('5-8: nothing escapes', () => {
  it("5: a slide's image never replaces lectern's own files, and an image must be an image by its content", () => {
    const folder = handDeck('payload', { one: '# One\n\n![x](assets/deck.js)\n\n![y](pics/fake.png)\n\n![z](pics/real.png)\n' });
    mkdirSync(join(folder, 'assets'), { recursive: true });
    mkdirSync(join(folder, 'pics'), { recursive: true });
    writeFileSync(join(folder, 'assets', 'deck.js'), 'window.planted = true;');
    writeFileSync(join(folder, 'pics', 'fake.png'), 'window.planted = true;');
    writeFileSync(join(folder, 'pics', 'real.png'), png);
    const result = runCli(['build', 'payload', '--single-file'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /assets\/deck\.js" is where lectern writes its own files/u);
    assert.match(result.stderr, /pics\/fake\.png" is not an image/u);
    const dist = join(ws.dir, 'dist', 'payload');
    assert.doesNotMatch(readFileSync(join(dist, 'assets', 'deck.js'), 'utf8'), /planted/u);
    assert.equal(existsSync(join(dist, 'pics', 'fake.png')), false);
    assert.deepEqual(readFileSync(join(dist, 'pics', 'real.png')), png);
    assert.doesNotMatch(readFileSync(join(dist, 'payload.html'), 'utf8'), /window\.planted/u);
  });

  it('6: the bundle cache is a folder only this user can write, and a changed bundle is rebuilt, not used', () => {
    assert.ok(privateFolder(cacheDir()), `${cacheDir()} can be written by others`);
    const open = join(ws.dir, 'open-cache');
    mkdirSync(open);
    chmodSync(open, 0o777);
    assert.equal(privateFolder(open), false);
    assert.equal(runCli(['build', exampleDocument, '--deck', 'cache1'], ws.dir).status, 0);
    const bundle = readdirSync(cacheDir()).find((name) => /^assets-[0-9a-f]+$/u.test(name));
    assert.ok(bundle, 'no cached bundle');
    const script = join(cacheDir(), bundle, 'deck.js');
    writeFileSync(script, `${readFileSync(script, 'utf8')}\nwindow.planted = true;`);
    const result = runCli(['build', exampleDocument, '--deck', 'cache2'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(readFileSync(join(ws.dir, 'dist', 'cache2', 'assets', 'deck.js'), 'utf8'), /planted/u);
    assert.doesNotMatch(readFileSync(script, 'utf8'), /planted/u, 'the changed bundle was kept');
  });

  it('6: without a bundle (tsx runs the sources) a build prints too, and says what it wrote', () => {
    const result = runCli(['build', exampleDocument, '--deck', 'sources', '--pdf'], ws.dir, { LECTERN_NO_BUNDLE: '1' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /dist\/sources\/sources\.pdf/u);
    assert.ok(statSync(join(ws.dir, 'dist', 'sources', 'sources.pdf')).size > 10_000);
  });

  it('8: a stylesheet must be in the workspace, and reaches nothing outside what is copied', () => {
    const outside = handDeck('css-out', { one: '# One\n\nText.\n' });
    writeFileSync(join(outside, 'deck.yaml'), 'title: x\ncss: /etc/passwd\nslides:\n  - one\n');
    assertOneLineError(runCli(['build', 'css-out', '--single-file'], ws.dir), 2, /css "\/etc\/passwd" is outside the workspace/u);
    const inside = handDeck('css-in', { one: '# One\n\nText.\n' });
    writeFileSync(join(inside, 'deck.yaml'), 'title: x\ncss: style.css\nslides:\n  - one\n');
    writeFileSync(join(inside, 'bg.png'), png);
    writeFileSync(
      join(inside, 'style.css'),
      '@import url("/etc/passwd");\n@import "../../secret.css";\nh1 { background: url(bg.png); }\nh2 { background: url(/etc/passwd); }\nh3 { background: url("../../../etc/hosts"); }\nh4 { background: url(file:///etc/passwd); }\nh5 { background: url(data:image/png;base64,AAAA); }\n',
    );
    const result = runCli(['build', 'css-in'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const css = readFileSync(join(ws.dir, 'dist', 'css-in', 'assets', 'custom.css'), 'utf8');
    assert.doesNotMatch(css, /passwd|hosts|secret|@import/u);
    assert.match(css, /url\("custom\/custom-1-bg\.png"\)/u);
    assert.match(css, /data:image\/png;base64,AAAA/u);
  });

  it('7: a slide id that leads out of the deck is refused wherever slides are read', () => {
    handDeck('escape-id', { one: '---\nid: "../../../../escaped"\n---\n# One\n\nText.\n' });
    assertOneLineError(
      runCli(['build', 'escape-id', '--png'], ws.dir),
      2,
      /slides\/escape-id\/one\.md: "\.\.\/\.\.\/\.\.\/\.\.\/escaped" is not a valid slide id/u,
    );
    assertOneLineError(runCli(['library'], ws.dir), 2, /not a valid slide id/u);
    handDeck('escape-ref', { one: '# One\n' }, ['one', '../outside']);
    assertOneLineError(runCli(['build', 'escape-ref'], ws.dir), 2, /deck\.yaml: "\.\.\/outside" is not a valid slide id/u);
    assert.equal(existsSync(join(ws.dir, '..', 'escaped')), false);
    assert.equal(existsSync(join(ws.dir, 'dist', 'escape-id')), false, 'no partial output');
  });
});

describe('12-17: what the reader sees is what the author wrote', () => {
  it('12: text nested 50 list levels or 100 quote levels deep is shown (at a depth a reader can follow), and the build says so', () => {
    const list = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- list level ${i} here`).join('\n');
    const quotes = Array.from({ length: 100 }, (_, i) => `${'>'.repeat(i + 1)} quote level ${i + 1} here`).join('\n');
    const source = doc('deep.md', `# Deep\n\n## Lists\n\n${list}\n\n## Quotes\n\n${quotes}\n\n## After\n\nThe last section is still here.\n`);
    const result = runCli(['build', source], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /nested deeper than .* are shown at that depth/u);
    const dist = join(ws.dir, 'dist', 'deep');
    for (const page of ['index.html', 'print.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const n of [0, 12, 30, 49]) assert.match(html, new RegExp(`list level ${n} here`, 'u'), `${page}: list level ${n}`);
      for (const n of [1, 9, 50, 100]) assert.match(html, new RegExp(`quote level ${n} here`, 'u'), `${page}: quote level ${n}`);
      assert.match(html, /The last section is still here/u);
    }
  });

  it("17: a deck folder given by path from another workspace is refused with the remedy, never built as this workspace's deck of that name", () => {
    const other = join(ws.dir, 'elsewhere');
    mkdirSync(join(other, 'slides', 'week3'), { recursive: true });
    writeFileSync(join(other, 'slides', 'week3', 'deck.yaml'), 'title: Theirs\nslides:\n  - one\n');
    writeFileSync(join(other, 'slides', 'week3', 'one.md'), '# Their slide\n');
    handDeck('week3', { one: '# Our slide\n' });
    assertOneLineError(runCli(['build', join(other, 'slides', 'week3')], ws.dir), 2, /another workspace .*elsewhere.*cd .*elsewhere && lectern build week3/u);
    const theirs = runCli(['build', join('slides', 'week3')], other);
    assert.equal(theirs.status, 0, theirs.stderr);
    assert.match(readFileSync(join(other, 'dist', 'week3', 'index.html'), 'utf8'), /Their slide/u);
    const own = runCli(['build', join('slides', 'week3')], ws.dir);
    assert.equal(own.status, 0, own.stderr);
    assert.match(readFileSync(join(ws.dir, 'dist', 'week3', 'index.html'), 'utf8'), /Our slide/u);
  });

  it('13: a Note: line inside fenced code stays in the code, not in the notes', () => {
    handDeck('fenced-note', {
      code: '# Logging\n\n```python\nprint("""\nNote:\nthe disk is full\n""")\n```\n\nNote:\nSay why the disk fills up.\n',
    });
    const result = runCli(['build', 'fenced-note'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(join(ws.dir, 'dist', 'fenced-note', 'index.html'), 'utf8');
    const section = /<section id="code"[^>]*>([\s\S]*?)<\/section>/u.exec(html)?.[1] ?? '';
    const [shown = '', notes = ''] = section.split(/<aside class="notes"/u);
    assert.match(shown, /the disk is full/u, 'the code lost its lines');
    assert.match(shown, /Note:/u);
    assert.match(notes, /Say why the disk fills up/u);
    assert.doesNotMatch(notes, /the disk is full/u);
  });
});

describe('9-11: nothing hangs', () => {
  it('9: a pipe or a device is refused before anything is read; a document over the size limit too, unless --max-size raises it', () => {
    const fifo = join(ws.dir, 'pipe.md');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    assertOneLineError(runCli(['build', fifo], ws.dir), 2, /pipe\.md: is not a regular file/u);
    assertOneLineError(runCli(['build', '/dev/zero', '--deck', 'zero'], ws.dir), 2, /\/dev\/zero: is not a regular file/u);
    const big = doc('big.md', `# Big\n\n${'A sentence of some length to fill the file. '.repeat(30_000)}\n`);
    assertOneLineError(runCli(['build', big, '--max-size', '1'], ws.dir), 2, /big\.md: larger than 1 MB.*--max-size/u);
    assertOneLineError(runCli(['build', big, '--max-size', 'lots'], ws.dir), 2, /--max-size must be a number of megabytes/u);
    assert.equal(runCli(['build', big, '--max-size', '2'], ws.dir).status, 0);
  });
});

describe('11: a browser that hangs', () => {
  it('11: a --browser that hangs at start is killed with its children, and its profile removed', { timeout: 120_000 }, async () => {
    const script = join(ws.dir, 'hanging-browser.sh');
    const record = join(ws.dir, 'hanging-browser.args');
    // Records its arguments (the profile folder among them) and its process, starts a child, and never answers.
    writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$$" "$@" > '${record}'\nsleep 600 &\necho $! >> '${record}'\nwait\n`);
    chmodSync(script, 0o755);
    const source = doc('hangs.md', lecture);
    assertOneLineError(runCli(['build', source, '--pdf', '--browser', script, '--timeout', '2'], ws.dir), 3, /did not start within 2 s/u);
    const lines = readFileSync(record, 'utf8').trim().split('\n');
    const pids = [Number(lines[0]), Number(lines[lines.length - 1])];
    const profile = lines.find((l) => l.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
    assert.ok(profile !== '', 'the browser got no profile folder');
    const running = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return !/^\S+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    // An orphan that was killed disappears once init reaps it: wait for that, not for a time.
    for (const deadline = Date.now() + 20_000; pids.some(running);) {
      assert.ok(Date.now() < deadline, `still running: ${pids.filter(running).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(existsSync(profile), false, `${profile} was left`);
  });
});

describe('10: a large document stops at Ctrl+C', () => {
  it('10: SIGINT while a large document is being planned stops the build at once, leaving nothing behind', { timeout: 120_000 }, async () => {
    const section = (n: number): string =>
      `## Part ${n}\n\n${'The committee reviewed the figures, and the results were shared with every region before the vote. '.repeat(40)}\n\n- first point of part ${n}\n- second point, with more words in it\n\n`;
    const big = doc('huge.md', `# Huge\n\n${Array.from({ length: 4000 }, (_, i) => section(i)).join('')}`);
    // How long planning this document takes on this machine, now (busy or idle): an eighth of it, planned here, times eight (planning is linear).
    const eighth = `# Huge\n\n${Array.from({ length: 500 }, (_, i) => section(i)).join('')}`;
    const started = performance.now();
    planSource(readDocument('eighth.md', Buffer.from(eighth)), { file: 'eighth.md', fileName: 'eighth.md', format: 'markdown' });
    const planning = (performance.now() - started) * 8;
    const child = spawn(process.execPath, [bin, 'build', big, '--verbose'], { cwd: ws.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
    // Planning has begun when the progress line says so; the signal goes then.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/characters; planning/u.test(stderr)) resolve();
      });
    });
    const sent = Date.now();
    child.kill('SIGINT');
    const { code, at } = await exited;
    assert.equal(code, 130, stderr);
    // Planning this document takes several seconds; stopping must not wait for it (a third of it, measured on this machine just now).
    assert.ok(at - sent < planning / 3, `stopped ${at - sent} ms after the signal; planning takes about ${Math.round(planning)} ms`);
    assert.equal(existsSync(join(ws.dir, 'slides', 'huge')), false);
    const slides = join(ws.dir, 'slides');
    assert.deepEqual(existsSync(slides) ? readdirSync(slides).filter((f) => f.includes('.tmp-')) : [], []);
  });
});

describe('18: a disk that will not take the output', () => {
  it('18: read-only, full, forbidden and blocked output each get one line naming the folder and the fix', () => {
    const fault = (code: string, path: string): Error => Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path });
    const cases: [string, RegExp][] = [
      ['EROFS', /^dist\/deck: the file system is read-only\. Build in a writable folder/u],
      ['ENOSPC', /^dist\/deck: no space left on the disk\. Free some space/u],
      ['EACCES', /^dist\/deck: not allowed to write here\. Make the folder writable/u],
      ['ENOTDIR', /^dist\/deck: a file is where lectern needs a folder/u],
    ];
    for (const [code, pattern] of cases) {
      const error = fileSystemError(fault(code, '/ws/dist/deck/index.html'.replace('/index.html', '/.deck.tmp-1')), '/ws');
      assert.ok(error, code);
      assert.equal(error.exitCode, 3);
      assert.match(error.toLine(), pattern);
      assert.match(error.toLine(), /previous output is unchanged/u);
    }
    assert.equal(fileSystemError(new Error('other')), null);
  });

  it('18: a file where dist/ should be, and an immutable dist/, fail in one line and keep the previous output', () => {
    const place = join(ws.dir, 'blocked');
    mkdirSync(place);
    writeFileSync(join(place, 'notes.md'), lecture);
    writeFileSync(join(place, 'dist'), 'not a folder');
    assertOneLineError(runCli(['build', 'notes.md'], place), 3, /^lectern: dist: a file is where lectern needs a folder\. Move or rename that file/u);
    assert.equal(existsSync(join(place, 'slides', 'notes')), false, 'slides written although the build failed');
    rmSync(join(place, 'dist'));
    assert.equal(runCli(['build', 'notes.md'], place).status, 0);
    const before = readFileSync(join(place, 'dist', 'notes', 'index.html'), 'utf8');
    // An immutable folder refuses writes even to root, as a read-only disk would.
    if (spawnSync('chattr', ['+i', join(place, 'dist')]).status !== 0) return;
    try {
      writeFileSync(join(place, 'notes.md'), lecture.replace('Binary search', 'Binary search, again'));
      assertOneLineError(runCli(['build', 'notes.md', '--force'], place), 3, /^lectern: dist: not allowed to write here/u);
      assert.equal(readFileSync(join(place, 'dist', 'notes', 'index.html'), 'utf8'), before);
    } finally {
      spawnSync('chattr', ['-i', join(place, 'dist')]);
    }
  });
});

describe("20: messages in lectern's own format", () => {
  it("20: KaTeX's remarks on a formula come once, as a lectern warning, not in KaTeX's format", () => {
    const source = doc('accents.md', '# Math\n\n## Accents\n\nThe formula $x + é$ and $$y = é$$ use accents.\n');
    const result = runCli(['build', source], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /LaTeX-incompatible input and strict mode/u);
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((l) => /unicodeTextInMathMode/u.test(l));
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0] ?? '', /^slides\/accents warning a formula: /u);
  });
});

describe('12-17: the document as written', () => {
  it("14: titles found in headingless prose keep the author's letters", () => {
    const paragraph = (term: string, things: string): string =>
      `${term} updates changed how people think about ${things}. The first ${term} updates were slow, and users complained about ${term} updates. Later, ${term} updates fixed most problems. Today nobody waits for ${things} any more. Critics still point to the cost. Supporters answer that things last longer now.`;
    const prose = doc(
      'letters.txt',
      [paragraph('iPhone', 'phones'), paragraph('npm', 'packages'), paragraph('eBay', 'auctions'), paragraph('git', 'history')].join('\n\n'),
    );
    const result = runCli(['build', prose], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const slides = readdirSync(join(ws.dir, 'slides', 'letters'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(ws.dir, 'slides', 'letters', f), 'utf8'))
      .join('\n');
    // Each section is titled from its paragraph (its opening words), which start with the term as the author wrote it.
    for (const term of ['iPhone', 'npm', 'eBay', 'git'])
      assert.match(slides, new RegExp(`^# ${term} updates`, 'mu'), `no title starts with ${term}: the test needs another document`);
    assert.doesNotMatch(slides, /IPhone|Npm|EBay|# Git/u);
  });

  it('15: check counts a picture the deck shows as present, whatever path its copy has', () => {
    mkdirSync(join(ws.dir, 'pics'), { recursive: true });
    writeFileSync(join(ws.dir, 'pics', 'flow.png'), png);
    const source = doc(
      'pictured.md',
      '# Pictures\n\n## A diagram\n\nThe diagram shows the flow of data.\n\n![The data flow](pics/flow.png)\n\nIt has three stages.\n\n## Another\n\nMore text here. And more.\n',
    );
    assert.equal(runCli(['build', source], ws.dir).status, 0);
    const result = runCli(['check', 'pictured', '--json'], ws.dir);
    const report = JSON.parse(result.stdout) as { decks: { coverage: { share: number; missing: string[] } }[] };
    assert.deepEqual(report.decks[0]?.coverage.missing, []);
    assert.equal(report.decks[0]?.coverage.share, 1);
  });

  it('16: UTF-16 documents read with their byte-order mark, or with --encoding; without either the error names the encoding', () => {
    const text = '# Grüße\n\n## Erster Teil\n\nDer erste Teil erklärt die Grundlagen. Er ist kurz.\n';
    writeFileSync(join(ws.dir, 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(ws.dir, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(join(ws.dir, 'nobom.md'), Buffer.from(text, 'utf16le'));
    for (const [file, args] of [
      ['le.md', []],
      ['be.md', []],
      ['nobom.md', ['--encoding', 'utf-16']],
    ] as const) {
      const result = runCli(['build', file, ...args], ws.dir);
      assert.equal(result.status, 0, `${file}: ${result.stderr}`);
      assert.match(readFileSync(join(ws.dir, 'dist', file.replace('.md', ''), 'index.html'), 'utf8'), /Grüße/u);
    }
    assertOneLineError(runCli(['build', 'nobom.md', '--deck', 'nobom2'], ws.dir), 2, /looks like utf-16le text.*--encoding utf-16le/u);
  });
});
