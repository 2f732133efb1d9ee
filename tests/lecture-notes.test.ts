// Lecture notes as lecturers write them (Jekyll pages with hidden comments,
// multi-part notes, book chapters, plain-text licences, French notes): the
// deck keeps the author's structure and words, and shows nothing they hid.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { CheckResult } from '../scripts/check.ts';
import { planDeck } from '../scripts/stages/plan-deck.ts';
import { readDocument } from '../scripts/stages/read-document.ts';
import { renderSlide } from '../scripts/stages/render-slide.ts';
import { splitMarkdown } from '../scripts/stages/split-markdown.ts';
import { splitText } from '../scripts/stages/split-text.ts';
import type { DeckPlan, DocumentModel } from '../scripts/types.ts';
import { browserWorkspace, fixtures, runCli } from './helpers.ts';

const notes = join(fixtures, 'notes');
const source = (file: string): string => readFileSync(join(notes, file), 'utf8');
function planOf(file: string): { model: DocumentModel; plan: DeckPlan } {
  const doc = readDocument(file, readFileSync(join(notes, file)));
  const model = doc.format === 'markdown' ? splitMarkdown(doc.text) : splitText(doc.text);
  return { model, plan: planDeck(model, { file, fileName: file, format: doc.format, author: 'T' }).value };
}
const everything = (plan: DeckPlan): string => plan.slides.map((s) => `${s.title}\n${s.body}\n${s.notes}`).join('\n');
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`\n]+)`/gu)].map((m) => m[1] ?? '');

describe('what the author hid', () => {
  it('keeps HTML comments, Liquid comments and tags out of slides and notes, and counts them', () => {
    const { model, plan } = planOf('jekyll-lecture.md');
    const all = everything(plan);
    for (const hidden of ['remember to mention the exam', 'walkthrough is secret', 'Solution: find', 'site.baseurl', '{%', '<!--'])
      assert.ok(!all.includes(hidden), `"${hidden}" is shown`);
    // {% raw %} only protects what it holds: the braces the author escaped stay.
    assert.match(all, /`\{\{ name \}\}`/u);
    assert.ok((model.hidden?.count ?? 0) >= 5, `${model.hidden?.count} hidden items`);
  });

  it("keeps an exercise's solution out and shows the exercise, without the fenced-div markers", () => {
    const text =
      '# Pipes\n\n## Sorting\n\nThe sort command orders lines.\n\n::::::: challenge\n\n## What does sort -n do?\n\nRun it on the file and compare the order of the lines.\n\n:::::: solution\n\nThe flag sorts numerically, so 10 comes after 9.\n\n```bash\n$ sort -n lengths.txt\n```\n\n::::::\n\n:::::::\n\nThe next section builds on this.\n';
    const model = splitMarkdown(text);
    const all = everything(planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value);
    assert.match(all, /Run it on the file/u);
    assert.doesNotMatch(all, /sorts numerically|sort -n lengths|:::/u);
    assert.ok((model.hidden?.count ?? 0) >= 1);
  });

  it('drops mdBook includes and the lines a Rust example hides, and keeps attributes', () => {
    const all = everything(planOf('book-chapter.md').plan);
    assert.ok(!all.includes('{{#'), 'an include shows');
    assert.ok(!/^# fn main|^# \}/mu.test(all), 'a hidden Rust line shows');
    assert.match(all, /#\[allow\(unused\)\]/u);
    assert.match(all, /let x = 5;/u);
  });
});

describe("the author's words, untouched", () => {
  it('never changes a code span, and never capitalises one that opens a point', () => {
    const text = source('jekyll-lecture.md');
    const { plan } = planOf('jekyll-lecture.md');
    for (const slide of plan.slides)
      for (const code of codeSpans(slide.body)) assert.ok(text.includes(`\`${code}\``), `${slide.id}: \`${code}\` is not in the source`);
    assert.match(everything(plan), /^- `man find` shows/mu);
    assert.doesNotMatch(everything(plan), /`Man find`|…/u);
  });

  it('keeps list numbers and nesting as written', () => {
    const all = everything(planOf('jekyll-lecture.md').plan);
    assert.match(all, /^2\. Use `find`/mu, 'the exercises start at 2');
    assert.match(all, /^3\. Run it for real\.\n {3}- Check the result with `ls`\./mu, 'the sub-list stays under its item');
  });

  it("numbers a list from the author's first number, 0 included", () => {
    const html = (markdown: string): string =>
      renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: markdown, notes: '' }).bodyHtml;
    assert.match(html('0. boot\n1. fork'), /<ol start="0" style="counter-reset: item -1">/u);
    assert.match(html('2. second\n3. third'), /<ol start="2" style="counter-reset: item 1">/u);
    assert.doesNotMatch(html('1. first\n2. second'), /counter-reset/u);
  });

  it("keeps a diagram's lines and drops running page headers of a paginated text", () => {
    const all = everything(planOf('licence.txt').plan);
    assert.match(all, /\| {2}author {2}\| ----> \| {3}you {4}\|/u);
    assert.doesNotMatch(all, /\[Page \d\]/u);
  });
});

describe("the author's structure", () => {
  it('titles the deck by the first heading, makes several # parts the agenda, and sub-sections slides of their own', () => {
    const { plan } = planOf('multi-part-notes.md');
    assert.equal(plan.meta.title, 'Processes');
    const agenda = plan.slides.find((s) => s.layout === 'agenda');
    assert.deepEqual(
      [...(agenda?.body ?? '').matchAll(/\[(.+?)\]/gu)].map((m) => m[1]),
      ['Processes', 'Threads', 'Scheduling'],
    );
    assert.ok(
      plan.slides.some((s) => s.title === 'Process states'),
      'a ## section is a slide titled by its heading',
    );
  });

  it('lists the top level the document uses: "##" sections and a lone "#" part alike', () => {
    const agenda = planOf('jekyll-lecture.md').plan.slides.find((s) => s.layout === 'agenda');
    assert.match(agenda?.body ?? '', /Finding files/u);
    assert.match(agenda?.body ?? '', /Exercises/u);
  });

  it('reads numbered clauses of a plain-text licence as its headings', () => {
    const titles = planOf('licence.txt').plan.slides.map((s) => s.title.replace(/\\/gu, ''));
    assert.ok(
      titles.some((t) => t.includes('4. Termination')),
      titles.join(' | '),
    );
  });

  it('French notes get a French agenda and summary, and "En résumé" closes the talk', () => {
    const { model, plan } = planOf('notes-fr.txt');
    assert.equal(model.summary.length, 1);
    assert.ok(plan.slides.some((s) => s.layout === 'agenda' && s.title === 'Plan'));
    assert.ok(plan.slides.some((s) => s.layout === 'summary' && s.title === 'Résumé'));
  });

  it('a slide the author cut with --- stays as written, unless it could never fit: then it is planned, its notes kept', () => {
    const long = Array.from({ length: 12 }, (_, i) => `This is sentence number ${i + 1} of a long slide that the author wrote.`).join(' ');
    const text = `---\ntitle: Cut\n---\n\n# One\n\nShort slide.\n\n---\n\n# Two\n\n${long}\n\nNote: speak slowly\n\n---\n\n# Three\n\nAnother short one.\n`;
    const slides = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides;
    assert.equal(slides.find((s) => s.id === 'one')?.body, 'Short slide.');
    const two = slides.find((s) => s.id === 'two');
    assert.ok(two && two.body.length < long.length / 2, 'the long slide shows points, not its whole text');
    assert.match(two?.notes ?? '', /speak slowly/u);
    assert.match(two?.notes ?? '', /sentence number 12/u);
  });

  it('a one-section document gets no one-item agenda and no summary that repeats it', () => {
    const model = splitMarkdown('# Talk\n\n## Only part\n\nOne paragraph of text here. And another sentence.\n');
    const layouts = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides.map((s) => s.layout);
    assert.deepEqual(layouts, ['title', 'section']);
  });

  it('a section that says one short thing before its sub-sections previews them, instead of a slide with one point', () => {
    const text = [
      '# Systems',
      '## Hierarchy',
      'Users sit above applications, which sit above the kernel.',
      '### The shell',
      '- interprets the commands a user types at the prompt\n- starts programs and connects their input and output',
      '### The kernel',
      '- the core of the operating system that controls every task of the system and every device attached\n- loaded into memory at power-on and kept there until power-off, whatever else runs',
      '## Next topic',
      'Something else entirely, with enough words to stand on its own slide here.',
    ].join('\n\n');
    const slides = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides;
    const hierarchy = slides.find((s) => s.title === 'Hierarchy');
    assert.ok(hierarchy, slides.map((s) => s.title).join(' | '));
    assert.equal(hierarchy.body, 'Users sit above applications, which sit above the kernel.\n\n- The shell\n- The kernel');
    assert.ok(slides.some((s) => s.title === 'The shell') && slides.some((s) => s.title === 'The kernel'), 'the sub-sections keep their own slides');
  });

  it('never titles a slide "(n/m)", and keeps a lead-in sentence with its code', () => {
    for (const file of ['jekyll-lecture.md', 'multi-part-notes.md', 'book-chapter.md', 'licence.txt']) {
      for (const slide of planOf(file).plan.slides) {
        assert.doesNotMatch(slide.title, /\(\d+\/\d+\)/u, `${file}: ${slide.title}`);
        if (/write a loop:$/mu.test(slide.body)) assert.match(slide.body, /```bash/u, 'the lead-in lost its code');
      }
    }
  });
});

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
    const file = join(ws.dir, 'slides', 'files-html', 'finding-files.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('`man find`', '`Man find`').replace('\nNote:', '\n- remember to mention the exam on Friday\n\nNote:'),
    );
    const bad = runCli(['check', 'files-html', '--json'], ws.dir);
    assert.equal(bad.status, 1);
    const failed = (JSON.parse(bad.stdout) as CheckResult).decks[0];
    assert.ok(
      failed?.code?.altered.some((a) => a.code === 'Man find'),
      JSON.stringify(failed?.code),
    );
    assert.equal(failed?.hidden?.shown.length, 1);
  });
});
