// Small things a presenter sees (issue 18): the title slide's number clear of
// its accent bar, and an author shown only where somebody named one.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { browserWorkspace, readPdf, runCli } from './helpers.ts';

const setup = browserWorkspace();
const ws = setup.ws;

const lecture = '# Week one\n\n## Sorting\n\nSorting puts things in order. It is the first step of many algorithms.\n\n## Searching\n\nBinary search halves the range at each step. It needs sorted input.\n';

describe('what a presenter sees', () => {
  it('an author is shown only where the document or --author names one; the PDF metadata still says who made it', async () => {
    // A machine whose git knows a user name: it must not be stamped on the slides.
    const home = join(ws.dir, 'home');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = Machine User\n');
    writeFileSync(join(ws.dir, 'week1.md'), lecture);
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
    const result = runCli(['build', 'week1.md', '--handout', 'notes'], ws.dir, env);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(readFileSync(join(ws.dir, 'slides', 'week1', 'title.md'), 'utf8'), /Machine User/u);
    assert.doesNotMatch(readFileSync(join(ws.dir, 'dist', 'week1', 'index.html'), 'utf8'), /Machine User/u);
    const handout = await readPdf(join(ws.dir, 'dist', 'week1', 'week1-handout.pdf'));
    assert.doesNotMatch(handout.pageTexts.join(' '), /Machine User/u, 'the handout header shows the machine\'s user');
    assert.equal(handout.info.Author, 'Machine User');
    const named = runCli(['build', 'week1.md', '--deck', 'named', '--author', 'Grace Hopper'], ws.dir, env);
    assert.equal(named.status, 0, named.stderr);
    assert.match(readFileSync(join(ws.dir, 'dist', 'named', 'index.html'), 'utf8'), /Grace Hopper/u);
  });

  it('the title slide\'s number sits clear of its accent bar', async () => {
    const page = await setup.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'week1', 'index.html')).href);
    await page.evaluate(() => window.lectern?.ready);
    const box = await page.evaluate(() => {
      const number = document.querySelector('.reveal .slide-number')?.getBoundingClientRect();
      const slide = document.querySelector('.reveal .slides > section.present')?.getBoundingClientRect();
      return number && slide ? { left: number.left - slide.left, width: number.width, scale: slide.width / 1280 } : null;
    });
    assert.ok(box && box.width > 0, 'no slide number on the title slide');
    // The bar is 18 px of a 1280 px slide.
    assert.ok(box.left > 18 * box.scale, `the number starts ${box.left.toFixed(1)} px from the slide's edge, under the bar`);
    await page.close();
  });
});
