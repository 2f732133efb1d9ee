// Printing the PDFs from print.html: one page load, one print per output.
// Chromium writes tagged PDFs with selectable text, embedded fonts and links;
// pdf-finish.ts then adds what Chromium leaves out (for a deck printed in
// parts, once pdf-lib has joined them): an outline by section, Author,
// Subject and Keywords, and fixed dates and file id, so the same input gives
// the same bytes.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

// pdf-lib is loaded when it is needed (loadPdfLib), not when lectern starts.
type PdfLib = typeof import('pdf-lib');
import type { Printer, PrintSettings } from './printer.ts';
import { defaultFrame, type ThemeTokens } from '../stages/frame.ts';
import { printInParts, type PdfJoin } from './pdf-parts.ts';
import { finishChromiumPdf, type FinishInfo, type FinishOutline } from './pdf-finish.ts';
import { defaultFurnitureColour, footerTemplate, headerTemplate } from '../stages/handout-furniture.ts';
import { printAnchor } from '../stages/render-deck.ts';
import { titleText } from '../stages/text-size.ts';
import { defaultAuthor } from './author.ts';
import { buildError } from '../errors.ts';
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

/** The PDF of a job, from its printed (and joined) parts: outline, metadata, fixed dates and a file id derived from the content. */
export async function finishPdf(join: PdfJoin, meta: DeckMeta, subject: string, outline: OutlineEntry[]): Promise<Uint8Array> {
  // Metadata is text: the title as shown, without its Markdown.
  const title = titleText(meta.title);
  const anchored = (items: OutlineEntry[]): FinishOutline[] =>
    items.map((item) => ({ title: item.title, anchor: printAnchor(item.slide), children: anchored(item.children) }));
  // The print as Chromium wrote it, or its parts as pdf-lib joined them (saved with one cross-reference table).
  const { bytes, joined } = await join.bytes();
  const info: FinishInfo = {
    title,
    // Shown nowhere when no one named an author; the metadata still says who made the file.
    author: meta.author ?? defaultAuthor(),
    subject: meta.subject ?? subject,
    keywords: meta.keywords && meta.keywords.length > 0 ? meta.keywords : [title, ...(meta.subtitle ? [titleText(meta.subtitle)] : [])],
    creator: 'lectern',
    producer: joined ? 'lectern (Chromium, pdf-lib)' : 'lectern (Chromium)',
    date: meta.date && !Number.isNaN(Date.parse(meta.date)) ? new Date(meta.date) : new Date(0),
    lang: meta.lang,
    outline: anchored(outline),
    // Chromium gives every file a random id and the time of printing; the same
    // input should give the same bytes, so the id is a hash of the rest.
    id: join.id(),
  };
  // A file of another shape than Chromium's (a cross-reference stream, an earlier revision) is saved again by pdf-lib first.
  const finished = finishChromiumPdf(bytes, info) ?? finishChromiumPdf(await resaved(bytes), info);
  if (!finished) throw unreadPdf(bytes);
  return finished;
}

/** The browser's PDF could not be read at all: a corrupt print, which another run or another browser mends. */
const unreadPdf = (bytes: Uint8Array, cause?: unknown): Error =>
  buildError(
    `The PDF the browser printed (${bytes.length} bytes) could not be read to add its outline and metadata`,
    'Run the build again; if it keeps failing, pass --browser PATH to another Chrome or Chromium',
    cause,
  );

/** A PDF as pdf-lib saves it: one classic cross-reference table. */
async function resaved(bytes: Uint8Array): Promise<Uint8Array> {
  const lib = await loadPdfLib();
  try {
    const doc = await lib.PDFDocument.load(bytes, { updateMetadata: false });
    return await doc.save({ useObjectStreams: false });
  } catch (error) {
    throw unreadPdf(bytes, error);
  }
}

let pdfLib: Promise<PdfLib> | null = null;
/** pdf-lib, loaded on first need: a deck printed in parts (it takes longer to load than an HTML-only build takes to run). */
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
