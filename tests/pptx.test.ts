// PowerPoint out: `build --pptx` writes dist/<deck>/<deck>.pptx, read back
// here as the zip of XML it is: a slide per slide with its title in the title
// placeholder, real paragraphs with bullets and levels, code in a monospaced
// font, a native table, a picture, the notes in the notes pane, 16:9, the
// deck's properties, and the same bytes for the same deck. Where LibreOffice
// is installed, it opens the file and prints every slide.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import JSZip from 'jszip';
import { exampleDocument, fixtures, readPdf, runCli, scratchWorkspace, squash } from './helpers.ts';

const ws = scratchWorkspace('lectern-pptx-');
after(() => ws.remove());

const lecture = `---
title: Sorting
author: Ada Lovelace
---

# Sorting

## Why sort

Sorted data makes **searching** fast, as *binary search* shows.

- Searching a sorted list takes \`log n\` steps
  - halving the range each time
- Duplicates sit side by side

Note:
Ask who has sorted a deck of cards.

## Insertion sort

\`\`\`python
def insertion_sort(xs):
    for i in range(1, len(xs)):
        j = i
\`\`\`

## Costs

| Algorithm | Average |
| --- | --- |
| Insertion | n² |
| Merge | n log n |

![A plot of the costs](cloud.png)

## Sum of the first n

$$
\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}
$$

## Two formulas

Text before.

$$f(x) = x^2.$$
with a line after it.

More text.

$$
g(x)
$$
where g is good.
`;

async function slidesOf(file: string): Promise<{ zip: JSZip; slides: string[]; notes: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const read = async (prefix: string): Promise<string[]> => {
    const names = Object.keys(zip.files)
      .filter((n) => new RegExp(`^${prefix}\\d+\\.xml$`, 'u').test(n))
      .sort((a, b) => Number(/(\d+)\.xml$/u.exec(a)?.[1]) - Number(/(\d+)\.xml$/u.exec(b)?.[1]));
    return Promise.all(names.map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')));
  };
  return { zip, slides: await read('ppt/slides/slide'), notes: await read('ppt/notesSlides/notesSlide') };
}
/** Text that LibreOffice drew outside a slide's body: off the page, or down in the band of the slide number (0.45 in). */
async function textOutsideBody(file: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const outside: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      const slideNumber = /^\d+$/u.test(item.str.trim()) && y < 0.6 * 72;
      if (!slideNumber && (x < 0 || x + item.width > width + 1 || y < 0.45 * 72 || y + item.height > height))
        outside.push(`page ${n}: "${item.str}" at ${x.toFixed(0)},${y.toFixed(0)}`);
    }
  }
  await doc.destroy();
  return outside;
}

const textOf = (xml: string): string => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => m[1]).join(' ');

describe('PowerPoint out', () => {
  it('the example: a slide per slide, titles in title placeholders, notes in the notes pane, 16:9, properties, the same bytes twice', async () => {
    copyFileSync(exampleDocument, join(ws.dir, 'essay.txt'));
    const first = runCli(['build', 'essay.txt', '--pptx', '--author', 'A. Lecturer'], ws.dir);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /dist\/essay\/essay\.pptx/u);
    const file = join(ws.dir, 'dist', 'essay', 'essay.pptx');
    const bytes = readFileSync(file);
    const deck = JSON.parse(runCli(['list', 'essay', '--json'], ws.dir).stdout) as { id: string; title: string; file: string }[];
    const { zip, slides, notes } = await slidesOf(file);
    assert.equal(slides.length, deck.length);
    slides.forEach((xml, i) => {
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\s[^>]*type="title"[^>]*\/>[\s\S]*?<\/p:sp>/u.exec(xml)?.[0] ?? '';
      assert.equal(textOf(title), deck[i]?.title, `slide ${i + 1}: the title in the title placeholder`);
    });
    // Every slide's notes, in its notes page.
    deck.forEach((slide, i) => {
      const own = (readFileSync(join(ws.dir, slide.file), 'utf8').split('\nNote:\n')[1] ?? '').trim();
      const firstWords = own.replace(/[*_`]/gu, '').split(/\s+/u).slice(0, 6).join(' ');
      if (firstWords)
        assert.ok(
          textOf(notes[i] ?? '')
            .replace(/\s+/gu, ' ')
            .includes(firstWords),
          `slide ${i + 1} notes: ${firstWords}`,
        );
    });
    const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
    assert.match(presentation, /<p:sldSz cx="12192000" cy="6858000"/u, '16:9');
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    assert.match(core, /<dc:title>The Nazi-Soviet Pact<\/dc:title>/u);
    assert.match(core, /<dc:creator>A\. Lecturer<\/dc:creator>/u);
    assert.match(slides[2] ?? '', /<a:buChar /u, 'bullets are real bullets');
    const again = runCli(['build', 'essay', '--pptx'], ws.dir);
    assert.equal(again.status, 0, again.stderr);
    assert.ok(readFileSync(file).equals(bytes), 'the same deck, the same bytes');
  });

  it('marks, nested lists, code, a table and a picture stay editable objects', async (t) => {
    mkdirSync(join(ws.dir, 'notes'), { recursive: true });
    writeFileSync(join(ws.dir, 'notes', 'sorting.md'), lecture);
    copyFileSync(join(fixtures, 'import', 'cloud.png'), join(ws.dir, 'notes', 'cloud.png'));
    const result = runCli(['build', 'notes/sorting.md', '--pptx'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const file = join(ws.dir, 'dist', 'sorting', 'sorting.pptx');
    const { zip, slides } = await slidesOf(file);
    const all = slides.join('\n');
    assert.match(all, /<a:rPr[^>]*\bb="1"[^>]*>[\s\S]*?<a:t>searching<\/a:t>/u, 'bold run');
    assert.match(all, /<a:rPr[^>]*\bi="1"[^>]*>[\s\S]*?<a:t>binary search<\/a:t>/u, 'italic run');
    assert.match(all, /<a:pPr[^>]*lvl="1"[^>]*>[\s\S]*?<a:t>halving the range each time<\/a:t>/u, 'a nested item one level in');
    // Code: a paragraph per line, as typed, in Consolas and the slides' highlight colours.
    const lines = [...all.matchAll(/<a:p>([\s\S]*?)<\/a:p>/gu)].map((m) => [...(m[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((t) => t[1]).join(''));
    assert.ok(lines.includes('def insertion_sort(xs):'), lines.join('\n'));
    assert.ok(lines.includes('    for i in range(1, len(xs)):'), 'indentation kept');
    assert.match(all, /typeface="Consolas"/u);
    assert.match(all, /<a:solidFill><a:srgbClr val="7A2E8E"\/><\/a:solidFill>[\s\S]{0,400}?<a:t>def<\/a:t>/u, "a keyword in the theme's keyword colour");
    assert.match(all, /<a:tbl>[\s\S]*<a:t>Insertion<\/a:t>[\s\S]*<a:t>n log n<\/a:t>/u, 'a native table');
    assert.match(all, /<p:pic>[\s\S]*descr="A plot of the costs"/u, 'a picture with its description');
    // The formula: a picture (PNG, drawn by MathJax and resvg) with its TeX as its description, wider than tall and within the slide.
    const formula =
      /<p:pic>(?:(?!<\/p:pic>)[\s\S])*?descr="\\sum_\{i=1\}\^\{n\} i = \\frac\{n\(n\+1\)\}\{2\}"[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/u.exec(
        all,
      );
    assert.ok(formula, 'the formula as a picture with its TeX');
    const [x, y, cx, cy] = formula.slice(1).map(Number) as [number, number, number, number];
    assert.ok(cx > 2 * cy && cy > 0.4 * 914400 && x + cx <= 13.333 * 914400 && y + cy <= 7.5 * 914400, `the formula at ${x},${y} size ${cx}x${cy} EMU`);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && n.endsWith('.png'));
    const sizes = await Promise.all(media.map(async (n) => (await zip.file(n)?.async('nodebuffer'))?.readUInt32BE(16) ?? 0));
    assert.ok(
      sizes.some((w) => w > 400),
      `a formula picture drawn large enough to stay sharp: widths ${sizes.join(', ')}`,
    );
    // LibreOffice, where installed, opens the file and prints a page per slide with the slides' text.
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.status !== 0) {
      t.skip('LibreOffice (soffice) is not installed: the .pptx was checked as XML only');
      return;
    }
    const out = join(ws.dir, 'office');
    const convert = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, file], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, HOME: ws.dir },
    });
    assert.equal(convert.status, 0, convert.stderr);
    const pdf = await readPdf(join(out, 'sorting.pdf'));
    assert.equal(pdf.pages, slides.length);
    assert.match(pdf.pageTexts.join(' '), /Insertion sort[\s\S]*def insertion_sort/u);
    // Nothing overflows in Impress: every text on every page lies inside the page, above the band of the slide number.
    assert.deepEqual(await textOutsideBody(join(out, 'sorting.pdf')), []);
  });
  it("a .pptx imports back: lectern's own, and the same deck saved by LibreOffice: titles, bullets and levels, tables, pictures, notes", (t) => {
    const summary = (deck: string): string[] =>
      (JSON.parse(runCli(['list', deck, '--json'], ws.dir).stdout) as { title: string; file: string }[]).map((s) => {
        const text = readFileSync(join(ws.dir, s.file), 'utf8');
        const [head, notes = ''] = text.split('\nNote:\n');
        // Links within the deck (the agenda's) are lectern's own: their text is compared.
        const lists = (head ?? '')
          .split('\n')
          .filter((l) => /^\s*(?:-|\d+\.) /u.test(l))
          .map(
            (l) =>
              `${/^\s*/u.exec(l)?.[0].length ? '  ' : ''}${l
                .trim()
                .replace(/\[([^\]]*)\]\(#[^)]*\)/gu, '$1')
                .replace(/[*`]/gu, '')}`,
          );
        return `${s.title} | ${lists.join(' / ')} | ${notes
          .replace(/[\s*`-]+/gu, ' ')
          .trim()
          .slice(0, 60)}`;
      });
    const original = summary('sorting');
    const back = runCli(['import', join('dist', 'sorting', 'sorting.pptx'), '--deck', 'sorting-back', '--json'], ws.dir);
    assert.equal(back.status, 0, back.stderr);
    assert.equal((JSON.parse(back.stdout) as { format: string }).format, 'pptx');
    assert.deepEqual(summary('sorting-back'), original);
    const costs = readFileSync(join(ws.dir, 'slides', 'sorting-back', 'costs.md'), 'utf8');
    assert.match(costs, /\| Insertion \| n² \|/u, 'the table');
    assert.match(costs, /!\[A plot of the costs\]\(images\/[^)]+\.png\)/u, 'the picture, with its description');
    assert.ok(runCli(['build', 'sorting-back'], ws.dir).status === 0, 'the imported deck builds');
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.status !== 0) {
      t.skip('LibreOffice (soffice) is not installed: no deck saved by LibreOffice to import');
      return;
    }
    const out = join(ws.dir, 'office-saved');
    const convert = spawnSync(
      'soffice',
      ['--headless', '--convert-to', 'pptx:Impress MS PowerPoint 2007 XML', '--outdir', out, join(ws.dir, 'dist', 'sorting', 'sorting.pptx')],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: ws.dir } },
    );
    assert.equal(convert.status, 0, convert.stderr);
    assert.equal(runCli(['import', join(out, 'sorting.pptx'), '--deck', 'sorting-office'], ws.dir).status, 0);
    assert.deepEqual(summary('sorting-office'), original);
  });

  it('imported PowerPoint slides remix into a talk like any deck: built with their notes, copied with their source', async () => {
    // The decks imported above: from lectern's own .pptx, and (where LibreOffice is installed) from the copy LibreOffice saved.
    const imported = existsSync(join(ws.dir, 'slides', 'sorting-office', 'deck.yaml')) ? 'sorting-office' : 'sorting-back';
    mkdirSync(join(ws.dir, 'talks'), { recursive: true });
    writeFileSync(
      join(ws.dir, 'talks', 'mixed.yaml'),
      `title: Sorting, remixed\nauthor: A. Lecturer\nslides:\n  - ${imported}/costs\n  - ${imported}/why-sort\n  - sorting/insertion-sort\n`,
    );
    const built = runCli(['build', 'talks/mixed.yaml', '--pdf', '--handout', 'notes'], ws.dir);
    assert.equal(built.status, 0, built.stderr);
    const slides = await readPdf(join(ws.dir, 'dist', 'mixed', 'mixed.pdf'));
    assert.equal(slides.pages, 4, 'a title slide and the three slides');
    const text = slides.pageTexts.map(squash);
    assert.ok(text[1]?.includes(squash('Costs')) && text[1].includes(squash('n log n')), `page 2: ${slides.pageTexts[1]}`);
    assert.ok(text[2]?.includes(squash('Why sort')), `page 3: ${slides.pageTexts[2]}`);
    assert.ok(text[3]?.includes(squash('def insertion_sort(xs):')), `page 4: ${slides.pageTexts[3]}`);
    const handout = await readPdf(join(ws.dir, 'dist', 'mixed', 'mixed-handout.pdf'));
    assert.ok(squash(handout.pageTexts.join(' ')).includes(squash('Ask who has sorted a deck of cards')), 'the imported notes in the handout');
    const copied = runCli(['remix', 'talks/mixed.yaml', '--deck', 'mixed-copy'], ws.dir);
    assert.equal(copied.status, 0, copied.stderr);
    const listed = JSON.parse(runCli(['list', 'mixed-copy', '--json'], ws.dir).stdout) as { id: string; source?: string }[];
    assert.deepEqual(
      listed.map((s) => s.source ?? null),
      [null, `${imported}/costs`, `${imported}/why-sort`, 'sorting/insertion-sort'],
    );
  });

  it('a .ppt, an encrypted and a damaged .pptx are one-line errors', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    writeFileSync(join(ws.dir, 'old.ppt'), ole);
    writeFileSync(join(ws.dir, 'locked.pptx'), ole);
    writeFileSync(join(ws.dir, 'broken.pptx'), 'not a zip');
    for (const [file, message] of [
      ['old.ppt', /old PowerPoint deck \(\.ppt\)/u],
      ['locked.pptx', /encrypted/u],
      ['broken.pptx', /damaged or not a \.pptx/u],
    ] as const) {
      const result = runCli(['import', file], ws.dir);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    }
  });
});
