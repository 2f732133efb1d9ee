// The example deck as a user gets it: built by the real CLI, opened in
// Chromium, its PDFs read back with pdf.js.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument, PDFDict, PDFName } from 'pdf-lib';
import { exampleDocument, openBrowser, readPdf, runCli, scratchWorkspace, squash, type PdfInfo, closeBrowser } from './helpers.ts';
import { readDocument } from '../scripts/stages/read-document.ts';
import { splitSentences } from '../scripts/stages/sentences.ts';
import { splitText } from '../scripts/stages/split-text.ts';

const ws = scratchWorkspace();
const deckDir = join(ws.dir, 'dist', 'nazi-soviet-pact');
const model = splitText(readDocument('x.txt', readFileSync(exampleDocument)).text);
const headings = model.sections.map((s) => s.heading);
const allSentences = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary].flatMap((b) => splitSentences(b.text));

let browser: Browser;
let slidesPdf: PdfInfo;
let handoutPdf: PdfInfo;

before(async () => {
  const result = runCli(['build', exampleDocument, '--pdf', '--handout', 'notes,notes-pages', '--paper', 'a4', '--author', 'Ada Lovelace'], ws.dir);
  assert.equal(result.status, 0, `build failed: ${result.stderr}`);
  const dark = runCli(['build', exampleDocument, '--deck', 'dark', '--theme', 'dark'], ws.dir);
  assert.equal(dark.status, 0, `build failed: ${dark.stderr}`);
  browser = await openBrowser();
  slidesPdf = await readPdf(join(deckDir, 'nazi-soviet-pact.pdf'));
  handoutPdf = await readPdf(join(deckDir, 'nazi-soviet-pact-handout.pdf'));
});

after(async () => {
  await closeBrowser(browser);
  ws.remove();
});

async function openDeck(hash = ''): Promise<{ page: Page; external: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const external: string[] = [];
  context.on('request', (request) => {
    if (!/^(file|data|about|blob):/u.test(request.url())) external.push(request.url());
  });
  await page.goto(pathToFileURL(join(deckDir, 'index.html')).href + hash);
  await page.evaluate(() => window.lectern?.ready);
  return { page, external };
}

describe('the example deck', () => {
  it('writes the slides folder: a manifest and one Markdown file per slide', () => {
    const files = readdirSync(join(ws.dir, 'slides', 'nazi-soviet-pact')).filter((f) => f.endsWith('.md'));
    assert.equal(files.length, 9);
    const manifest = readFileSync(join(ws.dir, 'slides', 'nazi-soviet-pact', 'deck.yaml'), 'utf8');
    assert.match(manifest, /^title: The Nazi-Soviet Pact$/mu);
    for (const file of ['index.html', 'nazi-soviet-pact.pdf', 'nazi-soviet-pact-handout.pdf', 'assets/deck.js', 'assets/deck.css']) {
      assert.ok(existsSync(join(deckDir, file)), `${file} is missing`);
    }
  });

  it('opens from file:// with a title slide, an agenda, a slide per section and a summary', async () => {
    const { page, external } = await openDeck();
    const titles = await page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.querySelector('h1')?.textContent?.trim() ?? ''));
    assert.deepEqual(titles, ['The Nazi-Soviet Pact', 'Agenda', ...headings, 'Summary']);
    assert.equal(await page.evaluate(() => window.Reveal?.getTotalSlides()), 9);
    const agenda = await page.$$eval('#agenda li', (items) => items.map((li) => li.textContent?.trim()));
    assert.deepEqual(agenda, headings);
    assert.deepEqual(external, [], 'the deck made network requests');
    await page.context().close();
  });

  it('fits every slide in its 1280x720 frame', async () => {
    const { page } = await openDeck();
    const count = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section').length);
    for (let i = 0; i < count; i += 1) {
      await page.evaluate((index) => window.Reveal?.slide(index), i);
      const problem = await page.evaluate(() => {
        const section = document.querySelector<HTMLElement>('.reveal .slides > section.present');
        if (!section) return 'no current slide';
        if (section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1) return `${section.id} scrolls`;
        const frame = section.getBoundingClientRect();
        for (const el of section.querySelectorAll<HTMLElement>('.slide-body *, .slide-title *')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.bottom > frame.bottom + 1 || r.right > frame.right + 1 || r.left < frame.left - 1 || r.top < frame.top - 1)
            return `${section.id}: <${el.tagName}> leaves the frame`;
        }
        return null;
      });
      assert.equal(problem, null);
    }
    assert.deepEqual(await page.evaluate(() => window.lectern?.overflowing()), []);
    await page.context().close();
  });

  it('uses the slide id in the URL and opens a speaker view with the notes', async () => {
    const { page } = await openDeck('#/mutual-distrust');
    assert.equal(await page.evaluate(() => document.querySelector('section.present')?.id), 'mutual-distrust');
    const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await popup.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').length > 0, undefined, { timeout: 15_000 });
    const notes = await popup.$eval('.speaker-controls-notes .value', (el) => el.textContent ?? '');
    assert.match(notes, /Both sides were aware of the other's ambitions/u);
    await page.context().close();
  });
});

describe('the slides PDF', () => {
  it('has one 16:9 page per slide', () => {
    assert.equal(slidesPdf.pages, 9);
    for (const size of slidesPdf.sizes) assert.deepEqual(size, { width: 960, height: 540 });
  });

  it('has the selectable text of every section', () => {
    const text = squash(slidesPdf.pageTexts.join('\n'));
    for (const heading of headings) assert.ok(text.includes(squash(heading)), `missing heading ${heading}`);
    assert.ok(text.includes(squash('Hitler sought Lebensraum (living space) for Germany')));
    headings.forEach((heading, i) => assert.ok(squash(slidesPdf.pageTexts[i + 2] ?? '').includes(squash(heading)), `page ${i + 3} is not ${heading}`));
  });

  it('carries Title and Author metadata and an outline of the slides', () => {
    assert.equal(slidesPdf.info.Title, 'The Nazi-Soviet Pact');
    assert.equal(slidesPdf.info.Author, 'Ada Lovelace');
    for (const heading of headings) assert.ok(slidesPdf.outline.includes(heading), `outline lacks ${heading}`);
  });

  it('embeds its fonts and is tagged', async () => {
    for (const file of ['nazi-soviet-pact.pdf', 'nazi-soviet-pact-handout.pdf']) {
      const pdf = await PDFDocument.load(readFileSync(join(deckDir, file)));
      const descriptors = pdf.context
        .enumerateIndirectObjects()
        .map(([, obj]) => obj)
        .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
      assert.ok(descriptors.length > 0, `${file} has no fonts`);
      for (const d of descriptors)
        assert.ok(
          ['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k))),
          `${file}: a font is not embedded`,
        );
      assert.ok(pdf.catalog.has(PDFName.of('StructTreeRoot')), `${file} is not tagged`);
    }
  });
});

describe('the handout PDF', () => {
  it('flows the slides down A4 pages, each with its notes under it, a slide never parted from the start of its notes', () => {
    assert.ok(handoutPdf.pages < 9, `${handoutPdf.pages} pages for 9 slides: the handout does not flow`);
    for (const size of handoutPdf.sizes)
      assert.ok(Math.abs(size.width - 595.3) <= 1 && Math.abs(size.height - 841.9) <= 1, `page is ${size.width}x${size.height}, not A4`);
    const pages = handoutPdf.pageTexts.map(squash);
    model.sections.forEach((section) => {
      const first = splitSentences(section.blocks[0]?.text ?? '')[0] ?? '';
      // The page where the notes start shows the slide above them (the agenda names it on an earlier page too).
      const start = squash(first.slice(0, 60));
      const at = pages.findIndex((p) => p.includes(start));
      assert.ok(at >= 0, `no page has the notes of "${section.heading}"`);
      const page = pages[at] ?? '';
      const title = page.lastIndexOf(squash(section.heading), page.indexOf(start));
      assert.ok(title >= 0, `"${section.heading}" is parted from the start of its notes (page ${at + 1})`);
    });
    assert.doesNotMatch(pages.join(' '), /No notes for this slide/u);
  });

  it('keeps a page per slide as notes-pages', async () => {
    const pages = await readPdf(join(deckDir, 'nazi-soviet-pact-handout-notes-pages.pdf'));
    assert.ok(pages.pages >= 9, `only ${pages.pages} pages`);
    const third = squash(pages.pageTexts[2] ?? '');
    assert.ok(third.indexOf(squash(headings[0] ?? '')) < third.indexOf(squash('This ideological clash created a profound mistrust between the two regimes.')));
  });

  it("prints a dark deck's handouts in the light variant, and its slides dark", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(ws.dir, 'dist', 'dark', 'print.html')).href);
    await page.evaluate(() => window.lectern?.ready);
    const lightness = (): Promise<number> =>
      page.evaluate(() => {
        const rgb = getComputedStyle(document.querySelector('section.lectern-slide') as Element)
          .backgroundColor.match(/\d+/gu)
          ?.map(Number) ?? [0, 0, 0];
        return ((rgb[0] ?? 0) + (rgb[1] ?? 0) + (rgb[2] ?? 0)) / 3;
      });
    await page.evaluate(() => window.lectern?.setMode?.('slides'));
    assert.ok((await lightness()) < 80, 'the slides are not dark');
    await page.evaluate(() => window.lectern?.setMode?.('notes', {}));
    assert.ok((await lightness()) > 200, 'the handout is not light');
    await page.evaluate(() => window.lectern?.setMode?.('6up', { handoutTheme: 'dark' }));
    assert.ok((await lightness()) < 80, '--handout-theme dark is not dark');
    await page.close();
  });

  it('carries the whole document, in order', () => {
    const text = squash(handoutPdf.pageTexts.join('\n'));
    let from = 0;
    for (const sentence of allSentences) {
      const at = text.indexOf(squash(sentence), from);
      assert.ok(at >= 0, `handout lacks (or misorders) "${sentence}"`);
      from = at;
    }
    assert.equal(handoutPdf.info.Title, 'The Nazi-Soviet Pact');
    assert.equal(handoutPdf.info.Author, 'Ada Lovelace');
  });
});
