// Handouts and exports read back as a reader would: pdf.js for pages, sizes,
// text, outline, links and metadata; pdf-lib for images; PNG headers.
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { exampleDocument, readPdf, runCli, scratchWorkspace, squash } from './helpers.ts';

const ws = scratchWorkspace();
const dist = (...parts: string[]): string => join(ws.dir, 'dist', ...parts);
const slidesDir = join(ws.dir, 'slides', 'pact');
const build = (...args: string[]): void => {
  const result = runCli(['build', ...args], ws.dir);
  assert.equal(result.status, 0, result.stderr);
};
const A4 = { width: 595.3, height: 841.9 };
const letter = { width: 612, height: 792 };
const near = (size: { width: number; height: number }, paper: { width: number; height: number }): boolean =>
  Math.abs(size.width - paper.width) <= 1.5 && Math.abs(size.height - paper.height) <= 1.5;

// Long notes on one slide (they must continue onto a second page), fragments on another.
const longNotes = Array.from(
  { length: 60 },
  (_, i) => `Sentence ${i + 1} of the long notes explains one more detail of the mutual distrust between the two regimes.`,
).join(' ');

// Paragraphs of notes shorter than a page, enough of them that a page ends among them.
const paragraphs = Array.from({ length: 14 }, (_, p) =>
  Array.from({ length: 6 }, (_, i) => `Paragraph ${p + 1} sentence ${i + 1} weighs one more cost of the pact for both of the powers that signed it.`).join(' '),
);

before(() => {
  build(exampleDocument, '--deck', 'pact', '--author', 'Ada Lovelace');
  const distrust = join(slidesDir, 'mutual-distrust.md');
  writeFileSync(distrust, `${readFileSync(distrust, 'utf8').trimEnd()}\n\n${longNotes}\n`);
  const goals = join(slidesDir, 'ultimate-goals.md');
  writeFileSync(goals, `${readFileSync(goals, 'utf8').trimEnd()}\n\n${paragraphs.join('\n\n')}\n`);
  const agenda = join(slidesDir, 'agenda.md');
  writeFileSync(agenda, readFileSync(agenda, 'utf8').replace('layout: agenda', 'layout: agenda\nfragments: true'));
  build('pact', '--pdf', '--handout', 'notes,notes-pages,3up,6up', '--paper', 'a4');
});
after(() => ws.remove());

describe('handout layouts', () => {
  it('notes: A4, the slides flowing in order, long notes continuing onto the next page, nothing cut', async () => {
    const pdf = await readPdf(dist('pact', 'pact-handout.pdf'));
    const pages = await readPdf(dist('pact', 'pact-handout-notes-pages.pdf'));
    assert.ok(pdf.pages < pages.pages, `flowing: ${pdf.pages} pages, a page per slide: ${pages.pages}`);
    for (const size of [...pdf.sizes, ...pages.sizes]) assert.ok(near(size, A4), JSON.stringify(size));
    // Page text without its header (title and author) and footer ("n / N"), so a sentence can run across pages.
    const body = pdf.pageTexts.map((page) =>
      squash(page)
        .replaceAll(squash('The Nazi-Soviet Pact'), '')
        .replaceAll(squash('Ada Lovelace'), '')
        .replace(/\d+\/\d+/gu, ''),
    );
    const text = body.join('');
    // The slides in order: each title just before its own notes.
    let from = 0;
    for (const title of [
      'Ideological Differences',
      'Mutual Distrust',
      'Temporary Convenience',
      'Secret Protocols',
      'Ultimate Goals',
      'Subsequent Conflicts',
      'Summary',
    ]) {
      const at = text.indexOf(squash(title), from);
      assert.ok(at >= 0, `${title} missing or out of order`);
      from = at;
    }
    from = 0;
    for (const sentence of longNotes.split(/(?<=\.) /u)) {
      const at = text.indexOf(squash(sentence), from);
      assert.ok(at >= 0, `missing or out of order: ${sentence}`);
      from = at;
    }
    // The long notes run over a page break.
    const sentences = longNotes.split(/(?<=\.) /u);
    const pageOf = (sentence: string): number => body.findIndex((page) => page.includes(squash(sentence)));
    assert.ok(pageOf(sentences.at(-1) ?? '') > pageOf(sentences[0] ?? ''), 'the long notes do not continue onto the next page');
    // A paragraph shorter than a page is never parted by a page break: its sentences read back whole from one page.
    const pagesOf = paragraphs.map((paragraph) => new Set(paragraph.split(/(?<=\.) /u).map(pageOf)));
    for (const [i, pagesHere] of pagesOf.entries()) assert.equal(pagesHere.size, 1, `paragraph ${i + 1} runs over pages ${[...pagesHere].join(', ')}`);
    assert.ok(new Set(pagesOf.map((set) => [...set][0])).size > 1, 'the paragraphs all fit one page: no break was tried');
  });

  it('every handout has the deck title in the header and page numbers in the footer', async () => {
    for (const file of ['pact-handout.pdf', 'pact-handout-3up.pdf', 'pact-handout-6up.pdf']) {
      const pdf = await readPdf(dist('pact', file));
      pdf.pageTexts.forEach((page, i) => {
        assert.ok(page.includes('The Nazi-Soviet Pact'), `${file} p${i + 1}: no title`);
        assert.ok(page.includes(`${i + 1} / ${pdf.pages}`), `${file} p${i + 1}: no page number`);
      });
    }
  });

  it('3up and 6up: three and six slides a page', async () => {
    const three = await readPdf(dist('pact', 'pact-handout-3up.pdf'));
    const six = await readPdf(dist('pact', 'pact-handout-6up.pdf'));
    assert.equal(three.pages, Math.ceil(9 / 3));
    assert.equal(six.pages, Math.ceil(9 / 6));
    assert.ok(squash(three.pageTexts[0] ?? '').includes(squash('Ideological Differences')));
    assert.ok(!squash(three.pageTexts[0] ?? '').includes(squash('Both sides were aware')), 'a fourth slide on page 1');
    assert.ok(squash(three.pageTexts[1] ?? '').includes(squash('Both sides were aware')), 'the fourth slide opens page 2');
    assert.ok(squash(six.pageTexts[0] ?? '').includes(squash('Secret Protocols')));
    assert.ok(!squash(six.pageTexts[0] ?? '').includes(squash('Both nations had long-term ambitions')), 'a seventh slide on page 1');
  });

  it('the paper follows the locale when not given: Letter for en_US, A4 for de_DE', async () => {
    const size = async (locale: string): Promise<{ width: number; height: number }> => {
      const result = runCli(['build', exampleDocument, '--deck', `paper-${locale}`, '--handout', '6up'], ws.dir, {
        LC_PAPER: locale,
        LC_ALL: '',
        LANG: 'C.UTF-8',
      });
      assert.equal(result.status, 0, result.stderr);
      return (await readPdf(dist(`paper-${locale}`, `paper-${locale}-handout-6up.pdf`))).sizes[0] ?? { width: 0, height: 0 };
    };
    assert.ok(near(await size('en_US.UTF-8'), letter));
    assert.ok(near(await size('de_DE.UTF-8'), A4));
  });

  it('Letter paper on request', async () => {
    build(exampleDocument, '--deck', 'letter', '--handout', '3up', '--paper', 'letter');
    const pdf = await readPdf(dist('letter', 'letter-handout-3up.pdf'));
    for (const size of pdf.sizes) assert.ok(near(size, letter), JSON.stringify(size));
  });
});

describe('every PDF', () => {
  const files = ['pact.pdf', 'pact-handout.pdf'];
  it('has an outline by section, and metadata from the manifest', async () => {
    for (const file of files) {
      const pdf = await readPdf(dist('pact', file));
      assert.deepEqual(pdf.outline.slice(0, 3), ['The Nazi-Soviet Pact', 'Agenda', 'Ideological Differences'], file);
      assert.equal(pdf.outline.length, 9, file);
      assert.equal(pdf.info.Title, 'The Nazi-Soviet Pact');
      assert.equal(pdf.info.Author, 'Ada Lovelace');
      assert.match(String(pdf.info.Subject), /Why their alliance/u);
      assert.ok(String(pdf.info.Keywords).length > 0);
    }
  });

  it('has working links: the agenda goes to its sections', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(dist('pact', 'pact.pdf'))), verbosity: 0 }).promise;
    const annotations = (await (await doc.getPage(2)).getAnnotations()) as { subtype: string; dest?: unknown }[];
    const internal = annotations.filter((a) => a.subtype === 'Link' && a.dest !== undefined);
    assert.ok(internal.length >= 6, `${internal.length} internal links on the agenda`);
    const target = await doc.getDestination(String(internal[0]?.dest));
    assert.ok(target, 'the link has no destination');
    assert.equal(await doc.getPageIndex(target[0] as { num: number; gen: number }), 2, 'first agenda item should open slide 3');
    await doc.destroy();
  });

  it('gives the same bytes for the same input, and stays small (no pictures)', async () => {
    const before = readFileSync(dist('pact', 'pact.pdf'));
    build('pact', '--pdf');
    assert.ok(before.equals(readFileSync(dist('pact', 'pact.pdf'))), 'the slides PDF changed between two builds');
    assert.ok(before.length < 150_000, `${before.length} bytes`);
    const pdf = await PDFDocument.load(before);
    const images = pdf.context
      .enumerateIndirectObjects()
      .filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    assert.equal(images.length, 0, 'the text deck was rasterised');
  });
});

describe('fragments and pictures', () => {
  it('--png writes a picture and a thumbnail per slide', () => {
    build('pact', '--png');
    const size = (file: string): [number, number] => {
      const png = readFileSync(file);
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    const full = readdirSync(dist('pact', 'png')).filter((f) => f.endsWith('.png'));
    const thumbs = readdirSync(dist('pact', 'png', 'thumbs'));
    assert.equal(full.length, 9);
    assert.deepEqual(full.slice(0, 2), ['1-title.png', '2-agenda.png']);
    assert.equal(thumbs.length, 9);
    assert.deepEqual(size(dist('pact', 'png', full[0] ?? '')), [1280, 720]);
    assert.deepEqual(size(dist('pact', 'png', 'thumbs', thumbs[0] ?? '')), [320, 180]);
  });
  it('the slides PDF shows final states by default and a page per fragment step with --fragments', async () => {
    build('pact', '--pdf');
    assert.equal((await readPdf(dist('pact', 'pact.pdf'))).pages, 9);
    build('pact', '--pdf', '--fragments');
    const pdf = await readPdf(dist('pact', 'pact.pdf'));
    assert.equal(pdf.pages, 9 + 6, 'six agenda items: six more pages');
    assert.ok(!pdf.pageTexts[1]?.includes('Mutual Distrust'), 'step 0 shows no agenda item');
    assert.ok(pdf.pageTexts[2]?.includes('Ideological Differences') && !pdf.pageTexts[2]?.includes('Mutual Distrust'), 'step 1 shows one');
  });
});

// What a reader sees: pages, their text, the outline and where each link goes.
async function reading(file: string): Promise<{ pages: string[]; outline: string[]; links: string[]; untagged: number[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const pageOf = async (dest: unknown): Promise<number> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
    return explicit ? (await doc.getPageIndex(explicit[0] as { num: number; gen: number })) + 1 : -1;
  };
  const outline: string[] = [];
  const walk = async (items: { title: string; dest: unknown; items: unknown[] }[] | null): Promise<void> => {
    for (const item of items ?? []) {
      outline.push(`${item.title} -> ${await pageOf(item.dest)}`);
      await walk(item.items as { title: string; dest: unknown; items: unknown[] }[]);
    }
  };
  await walk(await doc.getOutline());
  const pages: string[] = [];
  const links: string[] = [];
  const untagged: number[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    pages.push((await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' '));
    for (const a of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[])
      links.push(`${n}: ${a.url ?? `-> ${await pageOf(a.dest)}`}`);
    if (!JSON.stringify(await page.getStructTree()).includes('"role":"H1"')) untagged.push(n);
  }
  await doc.destroy();
  return { pages, outline, links, untagged };
}

/** Each page's runs of text: the string, where it starts (x, y) and its vertical scale (negative: upside down). */
async function textPlaces(file: string): Promise<[string, number, number, number][][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const out: [string, number, number, number][][] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const items = (await (await doc.getPage(n)).getTextContent()).items as { str?: string; transform?: number[] }[];
    out.push(
      items
        .filter((item) => (item.str ?? '').trim() !== '')
        .map((item) => [item.str ?? '', item.transform?.[4] ?? 0, item.transform?.[5] ?? 0, item.transform?.[3] ?? 0]),
    );
  }
  await doc.destroy();
  return out;
}

/** The alternative text of every figure in the tagged structure of the PDF at `file`, in page order. */
async function figures(file: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const out: string[] = [];
  const collect = (node: { role?: string; alt?: string; children?: unknown[] } | null): void => {
    if (node?.role === 'Figure' && node.alt) out.push(node.alt);
    for (const child of node?.children ?? []) collect(child as typeof node);
  };
  for (let n = 1; n <= doc.numPages; n += 1) collect(await (await doc.getPage(n)).getStructTree());
  await doc.destroy();
  return out;
}

describe('large decks print in parts', () => {
  it('reads the same as one print: pages, text, page numbers, outline, links across parts, tags', async () => {
    // The flowing notes handout starts a page at each part: its text is compared below, its pages are not.
    const files = ['pact.pdf', 'pact-handout-notes-pages.pdf', 'pact-handout-3up.pdf'];
    build('pact', '--pdf', '--handout', 'notes-pages,3up', '--fragments', '--paper', 'a4');
    const whole = await Promise.all(files.map((f) => reading(dist('pact', f))));
    // Its text without the page furniture (title and author in each header, "n / N" in each footer).
    const flowing = async (): Promise<string> =>
      squash((await readPdf(dist('pact', 'pact-handout.pdf'))).pageTexts.join('\n'))
        .replaceAll(squash('The Nazi-Soviet Pact'), '')
        .replaceAll(squash('Ada Lovelace'), '')
        .replace(/\d+\/\d+/gu, '');
    build('pact', '--handout', 'notes', '--paper', 'a4');
    const flowingWhole = await flowing();
    const result = runCli(['build', 'pact', '--pdf', '--handout', 'notes,notes-pages,3up', '--fragments', '--paper', 'a4'], ws.dir, {
      LECTERN_PRINT_PART: '4',
    });
    assert.equal(result.status, 0, result.stderr);
    const parted = await Promise.all(files.map((f) => reading(dist('pact', f))));
    files.forEach((file, i) => {
      const [a, b] = [whole[i], parted[i]] as [Awaited<ReturnType<typeof reading>>, Awaited<ReturnType<typeof reading>>];
      assert.equal(b.pages.length, a.pages.length, `${file}: page count`);
      assert.deepEqual(b.pages, a.pages, `${file}: page text (with the handout's page numbers)`);
      assert.deepEqual(b.outline, a.outline, `${file}: outline`);
      assert.deepEqual(b.links, a.links, `${file}: links`);
      assert.deepEqual(b.untagged, a.untagged, `${file}: pages without structure`);
    });
    // Parts of 4 slides: the agenda (slide 2, pages 2-8 with its steps) links to slides 5-9 (pages 11-15) in later parts.
    assert.ok(
      parted[0]?.links.some((l) => /^[2-8]: -> 1[1-5]$/u.test(l)),
      `no link from the agenda to a later part: ${parted[0]?.links.join(', ')}`,
    );
    assert.match(parted[1]?.pages.at(-1) ?? '', /\b(\d+) \/ \1\b/u, 'the last handout page is numbered n / n');
    assert.equal(await flowing(), flowingWhole, 'the flowing notes handout printed in parts reads as one print');
  });
});

describe('3up and 6up over many pages', () => {
  it('keeps three and six slides on every page, in one print and in parts', async () => {
    const { generateDocument } = await import('../scripts/bench/generate.ts');
    writeFileSync(join(ws.dir, 'sixty.md'), generateDocument(60));
    const counts = async (): Promise<{ slides: number; three: number; six: number }> => ({
      slides: (readFileSync(join(ws.dir, 'slides', 'sixty', 'deck.yaml'), 'utf8').match(/^ {2}- /gmu) ?? []).length,
      three: (await readPdf(dist('sixty', 'sixty-handout-3up.pdf'))).pages,
      six: (await readPdf(dist('sixty', 'sixty-handout-6up.pdf'))).pages,
    });
    build('sixty.md', '--handout', '3up,6up', '--paper', 'a4', '--force');
    const whole = await counts();
    assert.ok(whole.slides >= 55, `${whole.slides} slides`);
    // A page that runs over by a few millimetres pushes the rows after it down, until a page holds two rows.
    assert.equal(whole.three, Math.ceil(whole.slides / 3), '3up pages');
    assert.equal(whole.six, Math.ceil(whole.slides / 6), '6up pages');
    const result = runCli(['build', 'sixty', '--handout', '3up,6up', '--paper', 'letter'], ws.dir, { LECTERN_PRINT_PART: '20' });
    assert.equal(result.status, 0, result.stderr);
    const parted = await counts();
    assert.equal(parted.three, Math.ceil(parted.slides / 3), '3up pages on Letter, in parts');
    assert.equal(parted.six, Math.ceil(parted.slides / 6), '6up pages on Letter, in parts');
  });
});

describe('handouts printed with the slides PDF', () => {
  it("read as a handout printed whole: the slides PDF's pages drawn into the frames, each a figure with its text", async () => {
    const { generateDocument } = await import('../scripts/bench/generate.ts');
    writeFileSync(join(ws.dir, 'ninety.md'), generateDocument(90));
    build('ninety.md');
    // A run of slides without notes (as a chapter's code often is): nothing keeps one picture with the next.
    const folder = join(ws.dir, 'slides', 'ninety');
    const bare = readdirSync(folder).filter((f) => /^topic-2-\d+\.md$/u.test(f));
    assert.ok(bare.length >= 6, bare.join(', '));
    for (const file of bare) writeFileSync(join(folder, file), readFileSync(join(folder, file), 'utf8').replace(/\nNote:[\s\S]*$/u, '\n'));
    // Without the slides PDF, the handouts print whole (pictures and all); with it, as text with the pictures drawn in.
    build('ninety', '--handout', 'notes,3up', '--paper', 'a4');
    // Each of those pictures whole on one page: its first and last points on the same page.
    const notesPages = (await reading(dist('ninety', 'ninety-handout.pdf'))).pages.map(squash);
    for (const file of bare) {
      const points = readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('- '))
        .map((line) => squash(line.slice(2)));
      assert.ok(
        notesPages.some((page) => page.includes(points[0] ?? '?') && page.includes(points.at(-1) ?? '?')),
        `${file}: its picture is cut across two pages`,
      );
    }
    const whole = (name: string): string => join(ws.dir, `whole-${name}`);
    for (const name of ['ninety-handout.pdf', 'ninety-handout-3up.pdf']) copyFileSync(dist('ninety', name), whole(name));
    build('ninety', '--pdf', '--handout', 'notes,3up', '--paper', 'a4');
    const slides = (await readPdf(dist('ninety', 'ninety.pdf'))).pages;
    assert.ok(slides >= 80, `${slides} slides: enough for the handouts to be drawn`);
    for (const name of ['ninety-handout.pdf', 'ninety-handout-3up.pdf']) {
      const [a, b] = [whole(name), dist('ninety', name)];
      const printed = await reading(a);
      const drawn = await reading(b);
      assert.equal(drawn.pages.length, printed.pages.length, `${name}: page count`);
      // Text runs end where they did (a picture's text is its own run in both): the spaces between them may differ.
      const text = (pages: string[]): string[] => pages.map((page) => page.replace(/\s+/gu, ' '));
      assert.deepEqual(text(drawn.pages), text(printed.pages), `${name}: each page's text, in order (each picture's before its notes)`);
      assert.deepEqual(drawn.outline, printed.outline, `${name}: outline`);
      assert.deepEqual([...drawn.links].sort(), [...printed.links].sort(), `${name}: links`);
      // A figure per slide, and none twice: a picture cut across two pages would be marked on both.
      assert.equal((await figures(b)).length, slides, `${name}: a figure per slide`);
      // Each run of text where the whole print has it (the pictures scaled, not laid out again at their size: within
      // 3 pt), and the right way up.
      const [at, atDrawn] = [await textPlaces(a), await textPlaces(b)];
      let compared = 0;
      at.forEach((page, p) =>
        page.forEach(([str, x, y], i) => {
          const other = atDrawn[p]?.[i];
          if (other?.[0] !== str) return;
          compared += 1;
          assert.ok(Math.hypot(other[1] - x, other[2] - y) < 3 && other[3] > 0, `${name} page ${p + 1}: "${str}" at ${other.join(', ')}, not ${x}, ${y}`);
        }),
      );
      assert.ok(compared >= 0.95 * at.flat().length, `${name}: ${compared} of ${at.flat().length} runs compared`);
    }
    // Each slide's page drawn once: a form named after it, in a page's resources or in its figure's.
    const pdf = await PDFDocument.load(readFileSync(dist('ninety', 'ninety-handout.pdf')), { updateMetadata: false });
    const drawnNames = (resources: PDFDict | undefined, depth: number): string[] => {
      const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
      return (xobjects?.keys() ?? []).flatMap((name) => {
        const form = xobjects?.lookup(name);
        const inner = depth > 0 && form instanceof PDFRawStream ? drawnNames(form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth - 1) : [];
        return [...(name.asString().startsWith('/LecternSlide') ? [name.asString()] : []), ...inner];
      });
    };
    const drawn = pdf.getPages().flatMap((page) => drawnNames(page.node.Resources(), 1));
    assert.equal(new Set(drawn).size, slides, `a drawn slide per frame: ${drawn.length} drawn`);
    assert.equal(drawn.length, slides);
    assert.match((await figures(dist('ninety', 'ninety-handout.pdf')))[2] ?? '', /^Slide 3: Part 1 /u);
  });
});
