// Printing the PDFs from print.html: one page load, one print per output.
// Chromium writes tagged PDFs with selectable text, embedded fonts and links;
// pdf-finish.ts (or pdf-lib, for a PDF printed in parts) then adds what
// Chromium leaves out: an outline by section, Author, Subject and Keywords,
// and fixed dates and file id, so the same input gives the same bytes.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PDFArray, PDFDocument, PDFObject, PDFRef } from 'pdf-lib';

// pdf-lib is loaded when it is needed (loadPdfLib), not when lectern starts.
type PdfLib = typeof import('pdf-lib');
import type { Printer, PrintSettings } from './printer.ts';
import { defaultFrame, type ThemeTokens } from '../stages/frame.ts';
import { decodeName, printInParts, type PdfJoin } from './pdf-parts.ts';
import { finishChromiumPdf, type FinishInfo, type FinishOutline } from './pdf-finish.ts';
import { defaultFurnitureColour, footerTemplate, headerTemplate } from '../stages/handout-furniture.ts';
import { printAnchor } from '../stages/render-deck.ts';
import { titleText } from '../stages/text-size.ts';
import { defaultAuthor } from './author.ts';
import type { DeckMeta, OutlineEntry } from '../types.ts';
import type { PrintMode } from '../client/api.ts';

export type PaperSize = 'a4' | 'letter';

export interface PrintJob {
  kind: PrintMode;
  path: string;
  paper: PaperSize;
  /** Slides PDF only: a page per fragment step. */
  fragments?: boolean;
  /** Handouts: the theme variant they print in. */
  handoutTheme?: 'light' | 'dark';
}

const paperMm: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};
const handoutMargin = { top: 20, bottom: 18, side: 18 };
const mmToPx = (mm: number): number => Math.floor((mm * 96) / 25.4);

/** The theme's own tokens, for a deck without a custom stylesheet. */
const themeDefaults: ThemeTokens = { frame: defaultFrame, furniture: defaultFurnitureColour };

/** How to print one job: the viewport, the print page's mode, and Chromium's PDF options. */
export function printSettings(job: PrintJob, meta: DeckMeta, tokens: ThemeTokens = themeDefaults): PrintSettings {
  const { frame } = tokens;
  if (job.kind === 'slides') {
    return {
      viewport: frame,
      mode: 'slides',
      options: { fragments: job.fragments === true },
      pdf: {
        width: `${frame.width}px`,
        height: `${frame.height}px`,
        printBackground: true,
        tagged: true,
        outline: false,
        margin: { top: '0', bottom: '0', left: '0', right: '0' },
      },
    };
  }
  const paper = paperMm[job.paper];
  const pageHeightMm = paper.height - handoutMargin.top - handoutMargin.bottom;
  const pageWidthMm = paper.width - 2 * handoutMargin.side;
  return {
    // The viewport takes the printable width, so the slide pictures are scaled for the paper.
    viewport: { width: mmToPx(pageWidthMm), height: 1000 },
    mode: job.kind,
    options: { pageHeightMm, pageWidthMm, handoutTheme: job.handoutTheme ?? 'light' },
    pdf: {
      width: `${paper.width}mm`,
      height: `${paper.height}mm`,
      printBackground: true,
      tagged: true,
      outline: false,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(meta, handoutMargin.side, tokens.furniture),
      footerTemplate: footerTemplate(tokens.furniture),
      margin: { top: `${handoutMargin.top}mm`, bottom: `${handoutMargin.bottom}mm`, left: `${handoutMargin.side}mm`, right: `${handoutMargin.side}mm` },
    },
  };
}

/** Where each slide begins: Chromium's named destinations, one per slide (see the print page's slide-number links). */
function slideDestinations(lib: PdfLib, pdf: PDFDocument): Map<string, PDFArray> {
  const { PDFArray, PDFDict, PDFName, PDFRef } = lib;
  const out = new Map<string, PDFArray>();
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  for (const [key, value] of dests.entries()) {
    const dest = value instanceof PDFRef ? pdf.context.lookup(value) : value;
    if (dest instanceof PDFArray) out.set(decodeName(key.asString()), dest);
  }
  return out;
}

/** Writes the outline (bookmarks): sections, and under them their slides. */
function writeOutline(lib: PdfLib, pdf: PDFDocument, entries: OutlineEntry[]): void {
  const { PDFHexString, PDFName, PDFNumber } = lib;
  const dests = slideDestinations(lib, pdf);
  const context = pdf.context;
  const build = (items: OutlineEntry[], parent: PDFRef): PDFRef[] => {
    const placed = items.filter((item) => dests.has(printAnchor(item.slide)));
    const refs = placed.map(() => context.nextRef());
    placed.forEach((item, i) => {
      const dict = context.obj({});
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), dests.get(printAnchor(item.slide)) as PDFObject);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1] as PDFRef);
      if (i < placed.length - 1) dict.set(PDFName.of('Next'), refs[i + 1] as PDFRef);
      const children = build(item.children, refs[i] as PDFRef);
      if (children.length > 0) {
        dict.set(PDFName.of('First'), children[0] as PDFRef);
        dict.set(PDFName.of('Last'), children[children.length - 1] as PDFRef);
        dict.set(PDFName.of('Count'), PDFNumber.of(-children.length));
      }
      context.assign(refs[i] as PDFRef, dict);
    });
    return refs;
  };
  const root = context.nextRef();
  const top = build(entries, root);
  const outlines = context.obj({ Type: 'Outlines' });
  if (top.length > 0) {
    outlines.set(PDFName.of('First'), top[0] as PDFRef);
    outlines.set(PDFName.of('Last'), top[top.length - 1] as PDFRef);
    outlines.set(PDFName.of('Count'), PDFNumber.of(top.length));
  }
  context.assign(root, outlines);
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** The PDF of a job, from its printed (and joined) parts: outline, metadata, fixed dates and a file id derived from the content. */
export async function finishPdf(join: PdfJoin, meta: DeckMeta, subject: string, outline: OutlineEntry[]): Promise<Uint8Array> {
  const date = meta.date && !Number.isNaN(Date.parse(meta.date)) ? new Date(meta.date) : new Date(0);
  // Metadata is text: the title as shown, without its Markdown.
  const title = titleText(meta.title);
  // Shown nowhere when no one named an author; the metadata still says who made the file.
  const author = meta.author ?? defaultAuthor();
  const keywords = meta.keywords && meta.keywords.length > 0 ? meta.keywords : [title, ...(meta.subtitle ? [titleText(meta.subtitle)] : [])];
  // Chromium gives every file a random id and the time of printing; the same
  // input should give the same bytes, so the id is a hash of the rest.
  const id = join.id();
  const whole = join.whole();
  const anchored = (items: OutlineEntry[]): FinishOutline[] =>
    items.map((item) => ({ title: item.title, anchor: printAnchor(item.slide), children: anchored(item.children) }));
  const info: FinishInfo = {
    title,
    author,
    subject: meta.subject ?? subject,
    keywords,
    creator,
    producer: `${creator} (Chromium)`,
    date,
    lang: meta.lang,
    outline: anchored(outline),
    id,
  };
  const finished = whole ? finishChromiumPdf(whole, info) : null;
  if (finished) return finished;
  const lib = await loadPdfLib();
  const pdf = await join.joined();
  pdf.setTitle(title, { showInWindowTitleBar: true });
  if (author) pdf.setAuthor(author);
  pdf.setSubject(info.subject);
  pdf.setKeywords(keywords);
  pdf.setCreator(creator);
  pdf.setProducer(`${creator} (Chromium, pdf-lib)`);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage(meta.lang);
  writeOutline(lib, pdf, outline);
  const hex = lib.PDFHexString.of(id);
  pdf.context.trailerInfo.ID = pdf.context.obj([hex, hex]);
  return pdf.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
}

const creator = 'lectern';

let pdfLib: Promise<PdfLib> | null = null;
/** pdf-lib, loaded on first need: a deck printed in parts, or a PDF pdf-finish.ts cannot read (it takes longer to load than an HTML-only build takes to run). */
const loadPdfLib = (): Promise<PdfLib> => (pdfLib ??= import('pdf-lib'));

const subjects: Record<PrintMode, string> = {
  slides: 'Slides',
  notes: 'Handout with speaker notes',
  'notes-pages': 'Handout with speaker notes, a page per slide',
  '3up': 'Handout, three slides a page with room for notes',
  '6up': 'Handout, six slides a page',
};

/** Prints every job from one print page; parts are joined, and each PDF finished, while the next prints. */
export async function printPdfs(
  printer: Printer,
  page: number,
  jobs: PrintJob[],
  meta: DeckMeta,
  outline: OutlineEntry[],
  slides: number,
  tokens: ThemeTokens = themeDefaults,
): Promise<void> {
  let finishing: Promise<void> = Promise.resolve();
  try {
    for (const job of jobs) {
      const settings = printSettings(job, meta, tokens);
      const parts = printInParts(loadPdfLib, printer, {
        page,
        kind: job.kind,
        settings,
        slides,
        paperMm: paperMm[job.paper],
        furniture: tokens.furniture,
        name: basename(job.path),
      });
      // The printer is free for the next job once this one's last part is printed; the parts join meanwhile.
      await parts.printed;
      const subject = `${subjects[job.kind]}: ${meta.subtitle ?? meta.title}`;
      finishing = Promise.all([finishing, parts.joined]).then(async ([, joined]) => writeFile(job.path, await finishPdf(joined, meta, subject, outline)));
      // Marked as handled now: it is awaited below, or after a later job's failure, which is the one reported then.
      finishing.catch(() => undefined);
    }
  } catch (error) {
    // No PDF is still being written when the caller removes the folder.
    await finishing.catch(() => undefined);
    throw error;
  }
  await finishing;
}
