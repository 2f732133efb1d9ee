// Lecture notes as lecturers write them, built by the CLI: the same slides
// whatever the outputs, nothing hidden shows in the browser, and check
// catches what a lecturer would. The fixtures' plans (hidden text, the
// author's words and structure) are unit tests: tests/unit/hidden.test.ts,
// plan-deck.test.ts and render-slide.test.ts.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { CheckResult } from '../scripts/check.ts';
import { browserWorkspace, fixtures, readPdf, runCli } from './helpers.ts';

const notes = join(fixtures, 'notes');

describe('the same deck whatever the outputs, and check catches what a lecturer would', () => {
  const session = browserWorkspace();
  const { ws } = session;
  const ids = (deck: string): string[] =>
    (readFileSync(join(ws.dir, 'slides', deck, 'deck.yaml'), 'utf8').match(/^ {2}- (.+)$/gmu) ?? []).map((l) => l.slice(4));

  it('plans the same slides and ids with and without --pdf, and shows nothing hidden in the browser', async () => {
    const html = runCli(['build', join(notes, 'jekyll-lecture.md'), '--deck', 'files-html'], ws.dir);
    assert.equal(html.status, 0, html.stderr);
    const pdf = runCli(['build', join(notes, 'jekyll-lecture.md'), '--deck', 'files-pdf', '--pdf'], ws.dir);
    assert.equal(pdf.status, 0, pdf.stderr);
    assert.deepEqual(ids('files-pdf'), ids('files-html'));
    const page = await session.browser.newPage();
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'files-pdf', 'print.html')).href);
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    const text = await page.evaluate(() => document.body.innerText);
    for (const hidden of ['remember to mention the exam', 'walkthrough is secret', 'Solution: find'])
      assert.ok(!text.includes(hidden), `"${hidden}" shows in the deck`);
    const smallest = await page.$$eval('section.lectern-slide pre', (els) => Math.min(...els.map((e) => parseFloat(getComputedStyle(e).fontSize))));
    assert.ok(smallest >= 22, `code at ${smallest}px`);
    await page.close();
  });

  it('check passes the deck, counts what was kept out, and fails an edited slide that alters code or shows hidden text', () => {
    const good = runCli(['check', 'files-html', '--json'], ws.dir);
    const report = JSON.parse(good.stdout) as CheckResult;
    assert.equal(good.status, 0, good.stdout);
    assert.ok((report.decks[0]?.hidden?.keptOut ?? 0) >= 5);
    assert.deepEqual(report.decks[0]?.titles.numbered, []);
    assert.deepEqual(report.decks[0]?.overflow.smallCode, []);
    // The slide that shows `man find`, wherever the plan put it.
    const folder = join(ws.dir, 'slides', 'files-html');
    const shown = readdirSync(folder).find((f) => f.endsWith('.md') && readFileSync(join(folder, f), 'utf8').split('\nNote:')[0]?.includes('`man find`'));
    assert.ok(shown, 'no slide shows `man find`');
    const file = join(folder, shown);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('`man find`', '`Man find`')
        // …and a drawing far wider than the slide, which takes a type too small to read.
        .replace(
          '\nNote:',
          `\n- remember to mention the exam on Friday\n\n\`\`\`text\n┌${'─'.repeat(300)}┐\n│ disk${' '.repeat(296)}│\n└${'─'.repeat(300)}┘\n\`\`\`\n\nNote:`,
        ),
    );
    // (With a median limit no slide meets: the words per slide fail the deck too.)
    const bad = runCli(['check', 'files-html', '--json', '--max-median', '1'], ws.dir);
    assert.equal(bad.status, 1);
    const failed = (JSON.parse(bad.stdout) as CheckResult).decks[0];
    assert.ok(
      failed?.failures.some((f) => /^the median slide shows \d+(?:\.\d+)? words of prose \(limit 1\)$/u.test(f)),
      JSON.stringify(failed?.failures),
    );
    assert.ok(
      failed?.code?.altered.some((a) => a.code === 'Man find'),
      JSON.stringify(failed?.code),
    );
    assert.equal(failed?.hidden?.shown.length, 1);
    const small = failed?.overflow.smallCode.find((c) => c.id === shown.replace(/\.md$/u, ''));
    assert.ok(small?.drawing === true && small.px < 14, JSON.stringify(failed?.overflow));
    // The report a person reads names it too.
    const read = runCli(['check', 'files-html'], ws.dir);
    assert.equal(read.status, 1);
    assert.match(read.stdout, new RegExp(`code below a readable size on ${shown.replace(/\.md$/u, '')} \\(\\d+(?:\\.\\d+)?px\\)`, 'u'), read.stdout);
  });

  it("reads headings typed as a list's items as sections, and sets every nested level at one size", async () => {
    const built = runCli(['build', join(notes, 'typed-notes.md'), '--deck', 'typed'], ws.dir);
    assert.equal(built.status, 0, built.stderr);
    assert.ok(
      ['why-cache-at-all', 'levels-of-a-cache', 'writing-back'].every((id) => ids('typed').includes(id)),
      ids('typed').join(' '),
    );
    const page = await session.browser.newPage();
    await page.goto(`${pathToFileURL(join(ws.dir, 'dist', 'typed', 'index.html')).href}#/levels-of-a-cache`);
    await page.waitForFunction(() => document.fonts.status === 'loaded' && document.querySelector('section.present li li li li') !== null);
    const sizes = await page.$$eval('section.present li', (items) =>
      items.map((li) => {
        let depth = 0;
        for (let el: Element | null = li; el; el = el.parentElement) if (el.tagName === 'LI') depth += 1;
        return { depth, px: parseFloat(getComputedStyle(li).fontSize) };
      }),
    );
    const at = (depth: number): number => Math.min(...sizes.filter((s) => s.depth === depth).map((s) => s.px));
    assert.ok(at(4) === at(2) && at(2) < at(1), JSON.stringify(sizes));
    // Six short items: two columns.
    await page.goto(`${pathToFileURL(join(ws.dir, 'dist', 'typed', 'index.html')).href}#/where-caches-are-used`);
    await page.waitForFunction(() => document.querySelector('section.present ul') !== null);
    assert.equal(await page.$eval('section.present ul', (ul) => getComputedStyle(ul).columnCount), '2');
    await page.close();
  });

  it('draws Mermaid diagrams in the deck and the PDF, each within its slide; one Mermaid cannot read shows its source', async () => {
    const built = runCli(['build', join(notes, 'diagrams.md'), '--deck', 'diagrams', '--pdf'], ws.dir);
    assert.equal(built.status, 0, built.stderr);
    const dist = join(ws.dir, 'dist', 'diagrams');
    assert.ok(existsSync(join(dist, 'assets', 'mermaid.min.js')));
    // (Only a deck with a diagram carries Mermaid.)
    assert.ok(!existsSync(join(ws.dir, 'dist', 'files-html', 'assets', 'mermaid.min.js')));
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${pathToFileURL(join(dist, 'index.html')).href}#/how-a-request-travels`);
    await page.evaluate(() => window.lectern?.ready);
    const drawn = await page.$$eval('section.lectern-slide pre.lectern-mermaid', (pres) =>
      pres.map((pre) => {
        const slide = pre.closest('section.lectern-slide')?.getBoundingClientRect();
        const svg = pre.querySelector('svg')?.getBoundingClientRect();
        return {
          id: pre.closest('section.lectern-slide')?.id,
          svg: svg !== undefined,
          text: pre.textContent ?? '',
          inside: !!slide && !!svg && svg.width > 100 && svg.bottom <= slide.bottom + 1 && svg.right <= slide.right + 1,
        };
      }),
    );
    const on = (id: string): (typeof drawn)[number] | undefined => drawn.find((d) => d.id === id);
    assert.ok(on('how-a-request-travels')?.svg && on('how-a-request-travels')?.inside, JSON.stringify(drawn));
    assert.match(on('how-a-request-travels')?.text ?? '', /Front desk[\s\S]*Porter[\s\S]*Room 12/u);
    assert.ok(on('who-answers-whom')?.svg, JSON.stringify(drawn));
    assert.equal(on('a-diagram-written-wrong')?.svg, false);
    assert.match(on('a-diagram-written-wrong')?.text ?? '', /this one <b>cannot<\/b> be read/u);
    assert.deepEqual(await page.evaluate(() => window.lectern?.overflowing()), []);
    assert.deepEqual(errors, []);
    await page.close();
    const text = (await readPdf(join(dist, 'diagrams.pdf'))).pageTexts.join('\n');
    assert.match(text, /Where is room 12\?/u);
    assert.match(text, /Front desk/u);
    // A dark deck's diagrams are drawn again in the light handout's colours (they had stayed dark: white lines on paper).
    const dark = runCli(['build', join(notes, 'diagrams.md'), '--deck', 'diagrams-dark', '--theme', 'dark'], ws.dir);
    assert.equal(dark.status, 0, dark.stderr);
    const print = await session.browser.newPage();
    await print.goto(pathToFileURL(join(ws.dir, 'dist', 'diagrams-dark', 'print.html')).href);
    await print.evaluate(() => window.lectern?.ready);
    const lineColour = (): Promise<string[]> =>
      print.$$eval('pre.lectern-mermaid.lectern-drawn', (pres) =>
        pres.map(
          (pre) =>
            `${pre.getAttribute('data-variant')} ${getComputedStyle(pre.querySelector('svg line, svg path.flowchart-link, svg .messageLine0') ?? pre).stroke}`,
        ),
      );
    await print.evaluate(() => window.lectern?.setMode?.('slides'));
    const onSlides = await lineColour();
    await print.evaluate(() => window.lectern?.setMode?.('notes', { handoutTheme: 'light' }));
    const onPaper = await lineColour();
    assert.ok(onSlides.every((c) => c.startsWith('dark ')) && onPaper.every((c) => c.startsWith('light ')), `${onSlides.join(', ')} / ${onPaper.join(', ')}`);
    const strokes = (colours: string[]): string[] => colours.map((c) => c.replace(/^\S+ /u, ''));
    assert.notDeepEqual(strokes(onPaper), strokes(onSlides), 'the lines are drawn in other colours');
    await print.close();
    // check names the slide whose diagram Mermaid could not read, and fails the deck for it.
    const checked = runCli(['check', 'diagrams', '--json'], ws.dir);
    assert.equal(checked.status, 1, checked.stdout);
    const report = (JSON.parse(checked.stdout) as CheckResult).decks[0];
    assert.deepEqual(report?.diagrams.undrawn, ['a-diagram-written-wrong']);
    assert.ok(
      report?.failures.some((f) => /Mermaid cannot read/u.test(f)),
      JSON.stringify(report?.failures),
    );
  });
});
