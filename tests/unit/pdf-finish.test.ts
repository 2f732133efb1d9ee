// edges/pdf-finish.ts: a PDF with a classic cross-reference table, finished
// without pdf-lib, read back by pdf.js (text, outline, information) and by
// pdf-lib (catalog, id, packed objects).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { finishChromiumPdf, pdfDate, pdfText, type FinishInfo } from '../../scripts/edges/pdf-finish.ts';
import { readPdf } from '../helpers.ts';
import { finishPdf } from '../../scripts/edges/pdf.ts';
import { PdfJoin } from '../../scripts/edges/pdf-parts.ts';

/** A PDF as Chromium writes one: pages, named destinations in the catalog, a stream per page, one cross-reference table. */
async function printed(pages: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const dests = doc.context.obj({});
  pages.forEach((text, i) => {
    const page = doc.addPage([400, 300]);
    page.drawText(text, { x: 20, y: 150, size: 14, font });
    dests.set(PDFName.of(encodeURIComponent(`slide-${i + 1}`)), doc.context.obj([page.ref, PDFName.of('XYZ'), 0, 300, null]));
  });
  // A slide's id that is not ASCII, as Chromium names it: percent-encoded, then #-escaped.
  dests.set(PDFName.of('%E4%BC%A0'), doc.context.obj([doc.getPages()[0]?.ref ?? null, PDFName.of('XYZ'), 0, 300, null]));
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  // Strings with the words and delimiters a reader must not take for syntax.
  doc.catalog.set(PDFName.of('Extra'), doc.context.obj({ Alt: PDFString.of('a stream (of [data]) endobj \\) >>'), Hex: PDFHexString.of('3c3e') }));
  doc.setTitle('Chromium title');
  return doc.save({ useObjectStreams: false });
}

const info = (over: Partial<FinishInfo> = {}): FinishInfo => ({
  title: 'Pacts – 1939',
  author: 'Ada Lovelace',
  subject: 'Slides: Pacts',
  keywords: ['Pacts', 'history'],
  creator: 'lectern',
  producer: 'lectern (Chromium)',
  date: new Date('2024-03-05T10:20:30Z'),
  lang: 'fr',
  id: '0123456789abcdef0123456789abcdef',
  outline: [
    { title: 'Part one', anchor: 'slide-1', children: [{ title: 'The second slide', anchor: 'slide-2', children: [] }] },
    { title: 'Not printed', anchor: 'slide-9', children: [] },
    { title: 'Chinese', anchor: '传', children: [] },
  ],
  ...over,
});

describe('finishChromiumPdf', () => {
  it('keeps the pages and adds the outline, information, language and id', async () => {
    const out = finishChromiumPdf(await printed(['First page', 'Second page', 'Third page']), info());
    assert.ok(out, 'the file was read');
    const dir = mkdtempSync(join(tmpdir(), 'lectern-finish-'));
    writeFileSync(join(dir, 'out.pdf'), out);
    const read = await readPdf(join(dir, 'out.pdf'));
    assert.equal(read.pages, 3);
    assert.deepEqual(
      read.pageTexts.map((t) => t.trim()),
      ['First page', 'Second page', 'Third page'],
    );
    // Entries whose slide has no destination are left out; nesting is kept.
    assert.deepEqual(read.outline, ['Part one', 'The second slide', 'Chinese']);
    assert.equal(read.info.Title, 'Pacts – 1939');
    assert.equal(read.info.Author, 'Ada Lovelace');
    assert.equal(read.info.Subject, 'Slides: Pacts');
    assert.equal(read.info.Keywords, 'Pacts history');
    assert.equal(read.info.Producer, 'lectern (Chromium)');
    assert.equal(read.info.CreationDate, 'D:20240305102030Z');

    const doc = await PDFDocument.load(out, { updateMetadata: false });
    assert.equal(doc.catalog.lookup(PDFName.of('Lang'), PDFString).asString(), 'fr');
    assert.equal(doc.catalog.lookup(PDFName.of('PageMode'))?.toString(), '/UseOutlines');
    assert.equal(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString(), 'true');
    const id = doc.context.trailerInfo.ID;
    assert.ok(id instanceof PDFArray);
    assert.equal(id.lookup(0, PDFHexString).asString(), '0123456789abcdef0123456789abcdef');
    // The catalog's other entries come through as they were, strings and all.
    const extra = doc.catalog.lookup(PDFName.of('Extra'), PDFDict);
    assert.equal(extra.lookup(PDFName.of('Alt'), PDFString).asString(), 'a stream (of [data]) endobj \\) >>');
    assert.ok(doc.catalog.lookup(PDFName.of('Dests'), PDFDict));
    // Chromium's own information (its title and print time) is gone, not just unreferenced.
    assert.ok(!Buffer.from(out).toString('latin1').includes('Chromium title'));
  });

  it('packs the small objects into compressed object streams', async () => {
    const input = await printed(Array.from({ length: 40 }, (_, i) => `Page ${i + 1}`));
    const out = finishChromiumPdf(input, info()) as Uint8Array;
    const text = Buffer.from(out).toString('latin1');
    assert.match(text, /\/Type \/ObjStm/u);
    assert.match(text, /\/Type \/XRef/u);
    // Each page's content stream stays an object of its own; pages, fonts and dictionaries are packed.
    const objects = (text.match(/\d+ 0 obj/gu) ?? []).length;
    assert.ok(objects < 40 + 5, `${objects} objects written out`);
    assert.equal((await PDFDocument.load(out)).getPageCount(), 40);
  });

  it('gives the same bytes for the same input', async () => {
    const input = await printed(['One', 'Two']);
    assert.deepEqual(finishChromiumPdf(input, info()), finishChromiumPdf(input, info()));
  });

  it('leaves a file of another shape to pdf-lib', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    // A cross-reference stream (what pdf-lib writes with object streams) is not Chromium's table.
    assert.equal(finishChromiumPdf(await doc.save({ useObjectStreams: true }), info()), null);
    // Neither is a file with an earlier revision under it, nor one cut short.
    const classic = await doc.save({ useObjectStreams: false });
    const updated = Buffer.concat([
      Buffer.from(classic),
      Buffer.from('\nxref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1 /Prev 9 /Root 1 0 R>>\nstartxref\n'),
    ]);
    assert.equal(finishChromiumPdf(Buffer.concat([updated, Buffer.from(`${classic.length + 1}\n%%EOF\n`)]), info()), null);
    assert.equal(finishChromiumPdf(classic.slice(0, classic.length - 200), info()), null);
  });

  it('writes text as UTF-16 with a byte order mark, and dates in UTC', () => {
    assert.equal(pdfText('Aé'), '<FEFF004100E9>');
    assert.equal(pdfDate(new Date(Date.UTC(2001, 0, 2, 3, 4, 5))), '(D:20010102030405Z)');
  });
});

describe('finishPdf', () => {
  it('finishes a print that pdf-lib must save again first, and says what to do with one that cannot be read at all', async () => {
    const meta = { title: 'Pacts', subtitle: null, author: 'Ada', date: null, theme: 'light' as const, lang: 'en', source: null };
    // A file with a cross-reference stream (not Chromium's shape): pdf-lib saves it with a table, then it is finished.
    const other = await PDFDocument.create();
    other.addPage();
    const streamed = new PdfJoin(() => import('pdf-lib'));
    await streamed.add(await other.save({ useObjectStreams: true }));
    const out = await finishPdf(streamed, meta, 'Slides', []);
    assert.equal((await PDFDocument.load(out)).getTitle(), 'Pacts');
    // A file no reader can follow is a build error with its remedy, not a crash.
    const broken = new PdfJoin(() => import('pdf-lib'));
    await broken.add(new TextEncoder().encode('%PDF-1.4\nnot a PDF at all\n'));
    await assert.rejects(finishPdf(broken, meta, 'Slides', []), (error: Error & { remedy?: string }) => {
      assert.match(error.message, /could not be read to add its outline/u);
      assert.match(error.remedy ?? '', /--browser PATH/u);
      return true;
    });
  });
});
