// Hostile, broken and huge input: nothing from a document runs, nothing leaves
// the workspace, nothing is lost, and every case ends quickly with a deck or a
// one-line error.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { bin, browserWorkspace, cliEnv, exampleDocument, fixtures, readPdf, runCli, taggedTemp, waitFor } from './helpers.ts';

const session = browserWorkspace();
const { ws } = session;

function buildOk(...args: string[]): void {
  const result = runCli(['build', ...args], ws.dir);
  assert.equal(result.status, 0, result.stderr);
}

describe('nothing in a document runs', () => {
  before(() => {
    buildOk(join(fixtures, 'hostile', 'hostile.md'), '--deck', 'hostile', '--pdf', '--handout', 'notes');
    buildOk(join(fixtures, 'hostile', 'hostile.txt'), '--deck', 'hostile-text');
  });

  for (const deck of ['hostile', 'hostile-text']) {
    it(`${deck}: no script from the document executes in the deck or the speaker view`, async () => {
      const context = await session.browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pathToFileURL(join(ws.dir, 'dist', deck, 'index.html')).href);
      await page.evaluate(() => window.lectern?.ready);
      const total = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
      for (let i = 0; i < total; i += 1) await page.evaluate((n) => window.Reveal?.slide(n), i);
      await page.mouse.move(300, 300);
      const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
      // The speaker view is ready when it has set up its two slide frames and they have loaded: any script would have run by then.
      await popup.waitForFunction(() => document.querySelectorAll('#current-slide iframe, #upcoming-slide iframe').length === 2);
      for (const frame of popup.frames()) await frame.waitForLoadState('load');
      const pwned = await page.evaluate(() => (window as unknown as { pwned?: string }).pwned);
      const pwnedPopup = await popup.evaluate(() => (window as unknown as { pwned?: string }).pwned);
      assert.equal(pwned, undefined, `a document script ran in the deck (${pwned})`);
      assert.equal(pwnedPopup, undefined, `a document script ran in the speaker view (${pwnedPopup})`);
      assert.deepEqual(dialogs, []);
      const scripts = await page.$$eval('script', (els) => els.map((e) => e.getAttribute('src') ?? e.getAttribute('type')));
      // (Mermaid, for the diagram: its own file, run at its strict level.)
      assert.deepEqual(scripts, deck === 'hostile' ? ['assets/mermaid.min.js', 'application/json', 'assets/deck.js'] : ['application/json', 'assets/deck.js']);
      if (deck === 'hostile') {
        assert.equal(await page.$$eval('pre.lectern-mermaid svg', (els) => els.length), 1, 'the diagram is drawn');
        // Its nodes clicked, on its slide: no link or call runs.
        await page.evaluate(() => {
          const slide = document.querySelector('pre.lectern-mermaid')?.closest('.slides > section');
          window.Reveal?.slide([...document.querySelectorAll('.slides > section')].indexOf(slide as Element));
        });
        for (const node of await page.$$('pre.lectern-mermaid svg .node')) await node.click({ force: true }).catch(() => undefined);
        assert.equal(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned), undefined);
        assert.equal(await page.$$eval('.slides a[href^="javascript:" i], .slides svg [onclick]', (els) => els.length), 0);
      }
      assert.equal(await page.$$eval('.slides iframe, .slides [onerror], .slides [onmouseover]', (els) => els.length), 0);
      await context.close();
    });
  }

  it('shows the markup as text, drops unsafe links and images, and keeps a strict CSP', () => {
    const html = readFileSync(join(ws.dir, 'dist', 'hostile', 'index.html'), 'utf8');
    // A <script> block is dropped with its content (a browser would not show it either); inline markup shows as text.
    assert.doesNotMatch(html, /window\.pwned = (?:'|&#39;)block/u);
    // Inline tags keep no attributes: <b onmouseover=...> is plain bold text.
    assert.doesNotMatch(html, /<b [^>]*onmouseover/u);
    assert.match(html, /<b>raw HTML<\/b>/u);
    assert.match(html, /<title>&lt;script&gt;/u);
    assert.doesNotMatch(html, /href="(?:javascript|data|vbscript):/iu);
    assert.doesNotMatch(html, /src="(?:data:|\/etc|\.\.\/)/u);
    assert.match(html, /href="https:\/\/example\.com\/page"/u);
    assert.match(html, /\{\{title\}\}/u, 'template syntax should stay as written');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-/u);
  });

  it('the PDFs show the markup as text too', async () => {
    const pdf = await readPdf(join(ws.dir, 'dist', 'hostile', 'hostile-handout.pdf'));
    const text = pdf.pageTexts.join('\n');
    assert.doesNotMatch(text, /window\.pwned = 'block'/u);
    assert.doesNotMatch(text, /window\.pwned = 'notes'/u);
    assert.match(text, /the notes try too/u);
  });
});

describe('paths stay inside the workspace', () => {
  it("an image that leads out of the document's folder through a symlink is refused", () => {
    const docDir = join(ws.dir, 'docs');
    mkdirSync(docDir, { recursive: true });
    symlinkSync('/etc/hostname', join(docDir, 'leak.png'));
    writeFileSync(join(docDir, 'leak.md'), '# Leak\n\n## Picture\n\n![secret](leak.png)\n');
    const result = runCli(['build', 'docs/leak.md'], ws.dir);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /image "leak\.png" is outside/u);
    assert.equal(existsSync(join(ws.dir, 'slides', 'leak')), false);
  });

  it('a missing image is a one-line warning and a placeholder, not a failed build', () => {
    writeFileSync(join(ws.dir, 'docs', 'missing.md'), '# Missing\n\n## Picture\n\n![chart](chart.png)\n\n<object data="flow.svg"></object>\n');
    const result = runCli(['build', 'docs/missing.md'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^docs\/missing\.md:5:1 warning image "chart\.png" not found \(looked for [^\n]*\)/mu);
    // A picture an <object> embeds is placed where its tag names it.
    assert.match(result.stderr, /^docs\/missing\.md:7:15 warning image "flow\.svg" not found/mu);
    assert.match(
      readFileSync(join(ws.dir, 'dist', 'missing', 'index.html'), 'utf8'),
      /<div class="lectern-placeholder">Missing image: chart\.png<\/div><figcaption>chart<\/figcaption>/u,
    );
  });
});

describe('nothing lost', () => {
  it('two builds of the same deck at once both finish and leave a whole deck', async () => {
    const run = (): Promise<number> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [bin, 'build', exampleDocument, '--deck', 'twice', '--force'], { cwd: ws.dir, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    assert.deepEqual(await Promise.all([run(), run()]), [0, 0]);
    assert.ok(existsSync(join(ws.dir, 'slides', 'twice', 'deck.yaml')));
    assert.ok(existsSync(join(ws.dir, 'dist', 'twice', 'index.html')));
    assert.equal(existsSync(join(ws.dir, 'dist', '.twice.lock')), false);
  });

  it('a failed build leaves the previous slides and dist as they were', () => {
    buildOk(exampleDocument, '--deck', 'keep');
    const before = readFileSync(join(ws.dir, 'dist', 'keep', 'index.html'), 'utf8');
    const slide = join(ws.dir, 'slides', 'keep', 'agenda.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('layout: agenda', 'layout: poster'));
    const result = runCli(['build', 'keep'], ws.dir);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /unknown layout "poster"/u);
    assert.equal(readFileSync(join(ws.dir, 'dist', 'keep', 'index.html'), 'utf8'), before);
  });

  it('an interrupted build leaves the previous deck, no temporary folder, no lock and no browser', async () => {
    buildOk(exampleDocument, '--deck', 'interrupted');
    const temp = taggedTemp(ws.dir);
    const before = readFileSync(join(ws.dir, 'dist', 'interrupted', 'index.html'), 'utf8');
    const child = spawn(
      process.execPath,
      [bin, 'build', join(fixtures, 'corpus', 'long-course.md'), '--deck', 'interrupted', '--pdf', '--handout', 'notes', '--force', '--verbose'],
      { cwd: ws.dir, stdio: ['ignore', 'ignore', 'pipe'], env: cliEnv(temp.env) },
    );
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    // The signal goes when the build is printing: its staging folders exist and a browser runs.
    let progress = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        progress += chunk.toString();
        if (/Printing \d+ PDF/u.test(progress)) resolve();
      });
      void exited.then(() => resolve());
    });
    child.kill('SIGINT');
    const code = await exited;
    assert.equal(code, 130, `the build was not interrupted while printing:\n${progress}`);
    assert.equal(readFileSync(join(ws.dir, 'dist', 'interrupted', 'index.html'), 'utf8'), before);
    const leftovers = ['slides', 'dist'].flatMap((d) => readdirSync(join(ws.dir, d))).filter((f) => f.startsWith('.interrupted'));
    assert.deepEqual(leftovers, []);
    // A killed browser leaves the process table when it is reaped: wait for that, not for a time.
    await waitFor(() => temp.running() === 0, 20, 'a browser outlived the interrupted command');
  });

  // A browser that hangs at start, and the reaper that kills it, are holes.test.ts's case 11.
  it('a browser that times out gives a clear error and is not left running', async () => {
    const temp = taggedTemp(ws.dir);
    const result = runCli(['build', exampleDocument, '--deck', 'slow', '--pdf', '--timeout', '0.001'], ws.dir, temp.env);
    assert.notEqual(result.status, 0);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /timeout|did not start|Timeout/iu);
    // A killed browser leaves the process table when it is reaped: wait for that, not for a time.
    await waitFor(() => temp.running() === 0, 20, 'a browser process outlived the command');
  });
});

describe('huge and pathological documents finish quickly', () => {
  const words = 'the quick brown fox jumps over a lazy dog while seven wise owls watch from tall pine trees'.split(' ');
  const prose = (n: number): string => Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');
  const cases: [string, () => string, number][] = [
    ['a single 5,000-character word', () => `Intro here.\n\nWord: ${'x'.repeat(5000)} end.\n`, 20_000],
    ['a 3,000-word paragraph', () => `${prose(3000)}.\n`, 20_000],
    [
      'deeply nested Markdown',
      () => `# Deep\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\n${'>'.repeat(500)} quote\n`,
      20_000,
    ],
    [
      'a 10 MB document',
      () => Array.from({ length: 8000 }, (_, i) => `Topic ${i + 1}: ${prose(80)}. ${prose(70)}. ${prose(60)}. ${prose(40)}.`).join('\n\n'),
      60_000,
    ],
  ];
  for (const [name, make, limit] of cases) {
    it(`${name}: a deck (or a clear error) within ${limit / 1000} s`, () => {
      const file = join(ws.dir, `${name.replace(/\W+/gu, '-')}.md`);
      writeFileSync(file, make());
      const started = Date.now();
      const result = runCli(['build', file, '--deck', 'huge', '--force'], ws.dir);
      const took = Date.now() - started;
      assert.ok(took < limit, `took ${took} ms`);
      assert.ok(result.status === 0 || (result.status === 2 && result.stderr.trim().split('\n').length === 1), result.stderr);
      assert.doesNotMatch(result.stderr, /\n\s+at /u);
    });
  }
});
