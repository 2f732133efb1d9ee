// The whole pipeline on a corpus of documents of different shapes, lengths and
// languages, with `lectern check`'s measures as the assertions.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CheckResult, DeckReport } from '../scripts/check.ts';
import { fixtures, readPdf, runCli, scratchWorkspace } from './helpers.ts';

const corpus = join(fixtures, 'corpus');
const documents = readdirSync(corpus).filter((f) => /\.(txt|md)$/u.test(f) && f !== 'README.md');
const ws = scratchWorkspace();
let report: CheckResult;
const deckOf = (file: string): string => file.replace(/\.[^.]+$/u, '');
const reportOf = (file: string): DeckReport => {
  const r = report.decks.find((d) => d.deck === deckOf(file));
  assert.ok(r, `no report for ${file}`);
  return r;
};
const slideFile = (deck: string, id: string): string => readFileSync(join(ws.dir, 'slides', deck, `${id}.md`), 'utf8');
const manifest = (deck: string): string => readFileSync(join(ws.dir, 'slides', deck, 'deck.yaml'), 'utf8');
const html = (deck: string): string => readFileSync(join(ws.dir, 'dist', deck, 'index.html'), 'utf8');

before(() => {
  // One command builds the whole corpus with one browser, as a user with a folder of notes would.
  const result = runCli(['build', ...documents.map((file) => join(corpus, file)), '--pdf'], ws.dir);
  assert.equal(result.status, 0, result.stderr);
  const check = runCli(['check', '--json'], ws.dir);
  assert.equal(check.status, 0, `check failed:\n${check.stdout.slice(0, 3000)}\n${check.stderr}`);
  report = JSON.parse(check.stdout) as CheckResult;
});
after(() => ws.remove());

describe('the corpus', () => {
  it('has at least ten documents of different shapes, one long enough for 80+ slides', () => {
    assert.ok(documents.length >= 10, `${documents.length} documents`);
    assert.ok(
      report.decks.some((d) => d.slides >= 80),
      'no deck of 80+ slides',
    );
  });

  it('keeps every source sentence in the slides or their notes', () => {
    for (const d of report.decks) assert.ok(d.coverage && d.coverage.share === 1, `${d.deck}: coverage ${JSON.stringify(d.coverage)}`);
  });

  it('has no slide that overflows its frame in the browser', () => {
    for (const d of report.decks) {
      assert.ok(d.overflow.measured, `${d.deck}: overflow not measured`);
      assert.deepEqual(d.overflow.slides, [], `${d.deck} overflows`);
    }
  });

  it('shows at most about 60 words of prose on a slide', () => {
    for (const d of report.decks) assert.ok(d.words.max <= 65, `${d.deck}: ${d.words.max} words on ${d.words.maxSlide}`);
  });

  it('prints one PDF page per slide (nothing spills onto an extra page)', async () => {
    for (const file of documents) {
      const deck = deckOf(file);
      const pdf = await readPdf(join(ws.dir, 'dist', deck, `${deck}.pdf`));
      assert.equal(pdf.pages, reportOf(file).slides, `${deck}: ${pdf.pages} pages for ${reportOf(file).slides} slides`);
      // Every slide has its bookmark, whatever script its id is in (a section of several slides adds one more).
      assert.ok(pdf.outline.length >= pdf.pages, `${deck}: ${pdf.outline.length} bookmarks for ${pdf.pages} slides`);
    }
  });
});

describe('each shape', () => {
  it('plain text with a title line, numbered hard-wrapped sections and "In conclusion"', () => {
    assert.match(manifest('photosynthesis'), /^title: Photosynthesis$/mu);
    assert.equal(Object.keys(reportOf('photosynthesis.txt').sections).length, 6);
    assert.match(slideFile('photosynthesis', 'summary'), /In conclusion/u);
  });

  it('a long section continues over several slides, split between sentences, never titled "(n/m)"', () => {
    const sections = reportOf('bold-headings.txt').sections;
    assert.ok(Object.keys(sections).includes('Dr. Jenner and Smallpox'), `the bold lead-in is a heading: ${JSON.stringify(sections)}`);
    assert.ok((sections['Dr. Jenner and Smallpox'] ?? 0) >= 2, JSON.stringify(sections));
    const ids = manifest('bold-headings').match(/^ {2}- (.+)$/gmu) ?? [];
    const continued = ids.map((l) => l.slice(4)).filter((id) => /-\d$/u.test(id));
    assert.ok(continued.length >= 1);
    for (const id of continued) {
      const file = slideFile('bold-headings', id);
      assert.doesNotMatch(file, /^# .+\(\d+\/\d+\)$/mu);
      // Each point is a whole sentence or clause of the source, never cut with an ellipsis.
      assert.doesNotMatch(file.split('Note:')[0] ?? '', /…/u);
    }
  });

  it('prose without headings gets a slide per paragraph, titled by a phrase of its own', () => {
    const d = reportOf('printing-press-essay.txt');
    assert.ok(Object.keys(d.sections).length >= 8, JSON.stringify(d.sections));
    const text = readFileSync(join(corpus, 'printing-press-essay.txt'), 'utf8');
    for (const title of Object.keys(d.sections).filter((t) => t !== 'Summary'))
      assert.ok(text.toLowerCase().includes(title.toLowerCase()), `"${title}" is not the author's words`);
  });

  it('Markdown: front matter on the title slide, highlighted code, tables, math, the image with its caption', () => {
    const page = html('sorting-lecture');
    assert.match(page, /<h1>Sorting Algorithms<\/h1>/u);
    assert.match(page, /Dr\. Ada Byron/u);
    assert.match(page, /<span class="hljs-keyword">def<\/span>/u);
    assert.match(page, /<table>/u);
    assert.match(page, /class="katex/u);
    assert.match(page, /<figure class="lectern-figure(?: lectern-wide)?"><img src="images\/running-times\.png" alt="Bar chart of running times"><figcaption>/u);
    assert.match(page, /href="https:\/\/en\.wikipedia\.org\/wiki\/Sorting_algorithm" target="_blank"/u);
  });

  it("Markdown already cut into slides keeps the author's slides and notes", () => {
    const d = reportOf('git-workshop.md');
    assert.equal(Object.keys(d.sections).filter((s) => s !== 'Summary').length, 7);
    assert.match(manifest('git-workshop'), /^title: Git for Researchers$/mu);
    assert.match(html('git-workshop'), /<aside class="notes"><p>Check that everyone has Git installed/u);
  });

  it('right-to-left text gets dir="rtl" and an Arabic font; CJK and emoji get theirs', () => {
    assert.match(html('arabic-calligraphy'), /<html lang="ar" dir="rtl"/u);
    const fonts = (deck: string): string => readFileSync(join(ws.dir, 'dist', deck, 'assets', 'fonts.css'), 'utf8');
    assert.match(fonts('arabic-calligraphy'), /Lectern Arabic/u);
    assert.match(html('chinese-tea'), /<html lang="zh" dir="ltr"/u);
    assert.match(fonts('chinese-tea'), /Lectern CJK/u);
    assert.match(fonts('emoji-notes-crlf'), /Lectern Emoji/u);
    assert.doesNotMatch(fonts('photosynthesis'), /Lectern (CJK|Arabic|Emoji)/u);
  });

  it('a byte-order mark and CRLF line endings leave no trace', () => {
    for (const file of readdirSync(join(ws.dir, 'slides', 'emoji-notes-crlf'))) {
      const text = readFileSync(join(ws.dir, 'slides', 'emoji-notes-crlf', file), 'utf8');
      assert.doesNotMatch(text, /\r|\uFEFF/u, file);
    }
  });

  it("German stand-alone headings and French accents keep the author's words", () => {
    assert.deepEqual(Object.keys(reportOf('german-notes.txt').sections).slice(0, 2), ['Die Anfänge', 'Der schnelle Ausbau']);
    assert.match(manifest('french-revolution'), /^lang: fr$/mu);
  });
});
