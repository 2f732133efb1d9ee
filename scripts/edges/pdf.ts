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
import { partRanges, PdfJoin, printInParts } from './pdf-parts.ts';
import { fillPictures, readSlidesPdf, type SlidesPdf } from './pdf-pictures.ts';
import { browserFailure } from './browser.ts';
import { finishChromiumPdf, type FinishInfo, type FinishOutline } from './pdf-finish.ts';
import { defaultFurnitureColour, footerTemplate, headerTemplate } from '../stages/handout-furniture.ts';
import { printAnchor } from '../stages/render-deck.ts';
import { titleText } from '../stages/text-size.ts';
import { defaultAuthor } from './author.ts';
import { buildError } from '../errors.ts';
import type { DeckMeta, OutlineEntry } from '../types.ts';
import { picturesLater, type PrintMode } from '../client/api.ts';

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
export async function finishPdf(join: Pick<PdfJoin, 'bytes' | 'id'>, meta: DeckMeta, subject: string, outline: OutlineEntry[]): Promise<Uint8Array> {
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

/**
 * The second page costs a renderer of its own (0.2 to 0.3 s): a smaller deck's
 * handout prints faster whole. Slides PDF and notes handout, medians of 5
 * interleaved fresh builds: 35 slides 1.75 s whole against 1.84 s filled, 70
 * slides 2.01 against 2.05, 100 slides 2.38 against 2.20, 200 slides 3.37
 * against 2.81.
 */
const filledFrom = 80;

/** Whether a job of `kind` prints in one part, not in parts joined after (pdf-parts.ts). */
const printsWhole = (slides: number, kind: PrintMode): boolean => partRanges(slides, kind).length === 1;

/**
 * The handouts that print as text only (print.html?pictures=later) while the
 * slides print, their pictures then drawn from the slides PDF (pdf-pictures.ts):
 * those whose pictures look as the slides PDF's pages do (the same theme, no
 * page per fragment step) when both print whole.
 */
function handoutsFilledFromSlides(jobs: PrintJob[], meta: DeckMeta, slides: number): PrintJob[] {
  const slidesJob = jobs.find((j) => j.kind === 'slides');
  if (!slidesJob || slidesJob.fragments === true || !printsWhole(slides, 'slides') || slides < filledFrom) return [];
  return jobs.filter((j) => j.kind !== 'slides' && (j.handoutTheme ?? 'light') === meta.theme && printsWhole(slides, j.kind));
}

/**
 * Prints every job from print.html at `html`; parts are joined, and each PDF
 * finished, while the next prints. A handout that handoutsFilledFromSlides
 * picks prints at the same time as the slides, on a second page, and is
 * finished once the slides PDF is printed; should its pictures not fill, it
 * prints whole after the others. Calls `printed` once nothing more is printed (the
 * PDFs may still be finishing), when every PDF prints whole. Returns the print page, still open unless
 * `printed` closed the browser.
 */
export async function printPdfs(
  printer: Printer,
  html: string,
  jobs: PrintJob[],
  meta: DeckMeta,
  outline: OutlineEntry[],
  slides: number,
  tokens: ThemeTokens = themeDefaults,
  printed?: () => void,
): Promise<number> {
  const later = handoutsFilledFromSlides(jobs, meta, slides);
  const opening = printer.open(html, 1, tokens.frame);
  const textOpening = later.length > 0 ? printer.open(html, 1, tokens.frame, picturesLater) : null;
  // Awaited below; a failure of the first page is the one reported.
  textOpening?.catch(() => undefined);
  const writes: Promise<unknown>[] = [];
  const subject = (job: PrintJob): string => `${subjects[job.kind]}: ${meta.subtitle ?? meta.title}`;
  /** The slides PDF read for the handouts drawn from it, as soon as it is printed (while they may still print). */
  let slidesRead: Promise<SlidesPdf | null> | null = null;
  /** Prints one job whole or in parts on `page`; its PDF is finished and written meanwhile (pushed to `writes`). */
  const printJob = async (page: number, job: PrintJob): Promise<void> => {
    const parts = printInParts(loadPdfLib, printer, {
      page,
      kind: job.kind,
      settings: printSettings(job, meta, tokens),
      slides,
      paperMm: paperMm[job.paper],
      furniture: tokens.furniture,
      name: basename(job.path),
    });
    // The printer is free for the next job once this one's last part is printed; the parts join meanwhile.
    await parts.printed;
    if (job.kind === 'slides' && later.length > 0) slidesRead = parts.joined.then(async (join) => readSlidesPdf((await join.bytes()).bytes));
    const writing = parts.joined.then(async (joined) => writeFile(job.path, await finishPdf(joined, meta, subject(job), outline)));
    // Marked as handled now: awaited with the others.
    writing.catch(() => undefined);
    writes.push(writing);
  };
  // Each text-only handout as Chromium printed it, printed while the slides page loads and prints. Its page is closed
  // once the handouts are finished.
  const texts = (async () => {
    if (!textOpening) return [];
    const textPage = await textOpening;
    const out: { job: PrintJob; bytes: Uint8Array }[] = [];
    for (const job of later) {
      try {
        out.push({ job, bytes: await printer.print(textPage, printSettings(job, meta, tokens), 0, null) });
      } catch (error) {
        throw browserFailure(error, printer.timeoutMs, `printing ${basename(job.path)}`);
      }
    }
    return out;
  })();
  texts.catch(() => undefined);
  const closeTextPage = (): Promise<unknown> => textOpening?.then((textPage) => printer.closePage(textPage)).catch(() => undefined) ?? Promise.resolve();
  let page: number | null = null;
  try {
    page = await opening;
    for (const job of jobs) if (!later.includes(job)) await printJob(page, job);
    const unfilled: PrintJob[] = [];
    const slidesPdf = await (slidesRead as Promise<SlidesPdf | null> | null);
    for (const { job, bytes } of await texts) {
      const filled = fillPictures(bytes, slidesPdf);
      if (!filled) {
        unfilled.push(job);
        continue;
      }
      const join = new PdfJoin(loadPdfLib);
      await join.add(bytes);
      const printed = { id: () => join.id(), bytes: () => Promise.resolve({ bytes: filled, joined: false }) };
      writes.push(finishPdf(printed, meta, subject(job), outline).then((pdf) => writeFile(job.path, pdf)));
    }
    for (const job of unfilled) await printJob(page, job);
    // The browser is no longer needed: it may close while the PDFs are finished and written. (Not while a PDF printed in
    // parts is joined: its page numbers are printed then, from pages of their own.)
    if (jobs.every((job) => printsWhole(slides, job.kind))) printed?.();
  } catch (error) {
    // No PDF is still being written when the caller removes the folder.
    await Promise.allSettled([...writes, texts]);
    await closeTextPage();
    if (page !== null) await printer.closePage(page).catch(() => undefined);
    throw error;
  }
  await Promise.all([...writes, closeTextPage()]);
  return page;
}
