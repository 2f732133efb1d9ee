// edges/pdf-pictures.ts: a handout printed as text, its frames marked with
// lectern-picture: links, filled with the pages of a slides PDF; read back by
// pdf.js (text, links) and pdf-lib (the drawing and its resources), and
// finished by pdf-finish.ts as a print is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
  concatTransformationMatrix,
  decodePDFRawStream,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { fillPictures } from '../../scripts/edges/pdf-pictures.ts';
import { finishChromiumPdf } from '../../scripts/edges/pdf-finish.ts';
import { pictureLink } from '../../scripts/client/api.ts';

/** A link annotation to `uri` over `rect`, on `page` of `doc`. */
function link(doc: PDFDocument, page: number, rect: number[], uri: string): void {
  const annot = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { S: 'URI', URI: PDFString.of(uri) } }),
  );
  const leaf = doc.getPages()[page]?.node;
  if (!leaf) throw new Error(`no page ${page}`);
  const annots = leaf.lookupMaybe(PDFName.of('Annots'), PDFArray) ?? doc.context.obj([]);
  annots.push(annot);
  leaf.set(PDFName.of('Annots'), annots);
}

/** The slides PDF: a 320 x 180 page per slide with its title, the second with a link; one classic cross-reference table. */
async function slidesPdf(titles: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (const title of titles) doc.addPage([320, 180]).drawText(title, { x: 20, y: 140, size: 18, font });
  link(doc, 1, [20, 20, 120, 40], 'https://example.org/slide-link');
  // A string in a page's resources that reads like a reference: copied as it is.
  doc
    .getPages()[0]
    ?.node.Resources()
    ?.set(PDFName.of('Extra'), doc.context.obj({ Note: PDFString.of('not 5 0 R, a string') }));
  return doc.save({ useObjectStreams: false });
}

/** The handout as print.html?pictures=later prints it: notes text, and a marked frame (16:9) per slide. */
async function handoutPdf(marks: number[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  marks.forEach((onPage, p) => {
    const page = doc.addPage([595, 842]);
    onPage.forEach((slide, k) => {
      const top = 800 - k * 300;
      page.drawText(`Notes of slide ${slide + 1}`, { x: 50, y: top - 200, size: 11, font });
      link(doc, p, [50, top - 180, 370, top], `${pictureLink}${slide}`);
    });
  });
  link(doc, 0, [50, 20, 200, 40], 'https://example.org/notes-link');
  return doc.save({ useObjectStreams: false });
}

/**
 * The handout as Chromium prints it from print.html?pictures=later: each frame's figure (print.js's role=img element,
 * translucent) a form of its own, its box painted inside its tagged marked content, the mark's link over it, and the
 * notes after it.
 */
async function handoutWithFigures(marks: number[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  let name = 1;
  marks.forEach((onPage, p) => {
    const page = doc.addPage([595, 842]);
    onPage.forEach((slide, k) => {
      const top = 800 - k * 300;
      // As Skia draws a group: in device space, y downwards from the frame's top left, here at twice the scale (its box,
      // 160 x 90 there, is the 320 x 180 frame).
      const form = doc.context.stream(`q 2 0 0 2 0 0 cm 1 1 1 rg\n/Figure <</MCID ${k} >>BDC\n0 0 160 90 re\nf\nQ\nEMC\n`, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 320, 180],
      });
      const id = PDFName.of(`X${name++}`);
      page.node.setXObject(id, doc.context.register(form));
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(1, 0, 0, -1, 50, top), drawObject(id), popGraphicsState());
      page.drawText(`Notes of slide ${slide + 1}`, { x: 50, y: top - 200, size: 11, font });
      link(doc, p, [50, top - 180, 370, top], `${pictureLink}${slide}`);
    });
  });
  return doc.save({ useObjectStreams: false });
}

interface Read {
  texts: string[];
  links: { page: number; url: string; rect: number[] }[];
}

async function read(bytes: Uint8Array): Promise<Read> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const texts: string[] = [];
  const links: Read['links'] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    texts.push(
      (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/gu, ' '),
    );
    for (const a of (await page.getAnnotations()) as { url?: string; rect: number[] }[]) links.push({ page: n, url: a.url ?? '', rect: a.rect });
  }
  await doc.destroy();
  return { texts, links };
}

describe('fillPictures', () => {
  it("draws each slide's page into its marked frame, with the slide's links, and takes the marks off", async () => {
    const filled = fillPictures(await handoutPdf([[0, 1], [2]]), await slidesPdf(['First slide', 'Second slide', 'Third slide']));
    assert.ok(filled, 'the files were read');
    const { texts, links } = await read(filled);
    assert.equal(texts.length, 2);
    for (const words of ['Notes of slide 1', 'First slide', 'Notes of slide 2', 'Second slide'])
      assert.ok(texts[0]?.includes(words), `page 1: ${words} in ${texts[0]}`);
    assert.ok(texts[1]?.includes('Third slide') && !texts[1].includes('First slide'), texts[1]);
    assert.ok(!links.some((l) => l.url.startsWith(pictureLink)), 'no mark is left');
    assert.ok(
      links.some((l) => l.page === 1 && l.url === 'https://example.org/notes-link'),
      'the handout keeps its own links',
    );
    // The second slide's frame is [50, 320, 370, 500], the slide's size: its link at [20, 20, 120, 40] moves with it.
    const slideLink = links.find((l) => l.url === 'https://example.org/slide-link');
    assert.ok(slideLink, `the slide's link is placed: ${JSON.stringify(links)}`);
    assert.equal(slideLink.page, 1);
    assert.deepEqual(
      slideLink.rect.map((v) => Math.round(v)),
      [70, 340, 170, 360],
    );

    // The picture is an artifact drawn after the page's own content, from a form holding the slide's resources.
    const doc = await PDFDocument.load(filled, { updateMetadata: false });
    const page = doc.getPages()[0];
    assert.ok(page);
    const contents = page.node.lookup(PDFName.of('Contents'), PDFArray);
    const last = contents.lookup(contents.size() - 1, PDFRawStream);
    const drawing = new TextDecoder().decode(decodePDFRawStream(last).decode());
    assert.match(drawing, /^Q\n\/Artifact BMC q [\d.]+ 0 0 [\d.]+ 50 620 cm \/LecternSlide0 Do Q EMC\n/u);
    const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const form = xobjects?.lookup(PDFName.of('LecternSlide0'));
    assert.ok(form instanceof PDFRawStream, 'the form is in the page resources');
    const resources = form.dict.lookup(PDFName.of('Resources'), PDFDict);
    const fonts = resources.lookup(PDFName.of('Font'), PDFDict);
    assert.deepEqual(
      fonts.keys().map((k) => fonts.lookup(k, PDFDict).get(PDFName.of('BaseFont'))?.toString()),
      ['/Helvetica-Bold'],
      "the slide's font comes along (the handout's is Times)",
    );
    assert.equal(resources.lookup(PDFName.of('Extra'), PDFDict).lookup(PDFName.of('Note'), PDFString).asString(), 'not 5 0 R, a string');

    // pdf-finish.ts reads the result as it reads a print.
    const finished = finishChromiumPdf(filled, {
      title: 'T',
      author: null,
      subject: 'S',
      keywords: [],
      creator: 'lectern',
      producer: 'lectern (Chromium)',
      date: new Date(0),
      lang: 'en',
      outline: [],
      id: '00',
    });
    assert.ok(finished, 'the filled file is finished');
    assert.deepEqual((await read(finished)).texts, texts);
  });

  it("draws each picture inside its frame's figure: in reading order, as the figure's content", async () => {
    const filled = fillPictures(await handoutWithFigures([[0, 1], [2]]), await slidesPdf(['First slide', 'Second slide', 'Third slide']));
    assert.ok(filled, 'the files were read');
    const { texts, links } = await read(filled);
    const order = ['First slide', 'Notes of slide 1', 'Second slide', 'Notes of slide 2'].map((words) => texts[0]?.indexOf(words) ?? -1);
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0))),
      `page 1 reads picture, notes, picture, notes: ${texts[0]}`,
    );
    assert.ok(texts[1]?.startsWith('Third slide'), texts[1]);
    assert.ok(!links.some((l) => l.url.startsWith(pictureLink)), 'no mark is left');
    assert.deepEqual(
      links.find((l) => l.url === 'https://example.org/slide-link')?.rect.map((v) => Math.round(v)),
      [70, 340, 170, 360],
    );
    // Drawn in the figure's space (twice the page's), just after its box, before its marked content ends.
    const doc = await PDFDocument.load(filled, { updateMetadata: false });
    const form = doc.getPages()[0]?.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict).lookup(PDFName.of('X1'));
    assert.ok(form instanceof PDFRawStream);
    const content = new TextDecoder().decode(decodePDFRawStream(form).decode());
    assert.match(content, /0 0 160 90 re\nf\nq 0\.5 0 0 -0\.5 0 90 cm \/LecternSlide0 Do Q\n+Q\nEMC/u);
    // The right way up: the slide's title, 140 pt up its 180 pt page, is 140 pt up its frame (620 to 800).
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const reader = await pdfjs.getDocument({ data: new Uint8Array(filled), verbosity: 0 }).promise;
    const items = (await (await reader.getPage(1)).getTextContent()).items as { str: string; transform: number[] }[];
    await reader.destroy();
    const title = items.find((item) => item.str === 'First slide');
    assert.equal(Math.round(title?.transform[5] ?? 0), 760, JSON.stringify(title?.transform));
    assert.ok((title?.transform[3] ?? 0) > 0, 'not upside down');
  });

  it('gives null, for the handout to print whole, when the marks are not one per slide page or a file is not a print', async () => {
    const slides = await slidesPdf(['One', 'Two', 'Three']);
    assert.equal(fillPictures(await handoutPdf([[0, 1]]), slides), null, 'a slide without its frame');
    assert.equal(
      fillPictures(
        await handoutPdf([
          [0, 1],
          [2, 3],
        ]),
        slides,
      ),
      null,
      'a frame without its slide',
    );
    assert.equal(fillPictures(await handoutPdf([[0, 1], [1]]), slides), null, 'a slide twice, another never');
    assert.equal(fillPictures(new TextEncoder().encode('%PDF-1.7\nnot a PDF'), slides), null);
  });
});
