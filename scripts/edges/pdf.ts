// Printing the PDFs from print.html: one page load, one print per output.
// Chromium writes tagged PDFs with an outline from the slide headings; pdf-lib
// then sets the document information Chromium leaves out (Author, Subject,
// Keywords) and fixed dates, so the same input gives the same file.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { buildError } from '../errors.ts';
import type { DeckMeta } from '../types.ts';

export type PaperSize = 'a4' | 'letter';

export interface PrintJob {
  kind: 'slides' | 'handout';
  path: string;
  paper: PaperSize;
}

const paperMm: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};
const handoutMargin = { top: 20, bottom: 18, side: 18 };
const mmToPx = (mm: number): number => Math.floor((mm * 96) / 25.4);

const escapeTemplate = (text: string): string => text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

function headerTemplate(meta: DeckMeta): string {
  return `<div style="width:100%;font-size:8pt;font-family:sans-serif;color:#555;padding:0 ${handoutMargin.side}mm;display:flex;justify-content:space-between"><span>${escapeTemplate(meta.title)}</span><span>${escapeTemplate(meta.author ?? '')}</span></div>`;
}

const footerTemplate = `<div style="width:100%;font-size:8pt;font-family:sans-serif;color:#555;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/** Opens print.html with every request outside the deck's folder refused. */
export async function openPrintPage(browser: Browser, printHtml: string, timeoutMs: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(timeoutMs);
  await context.route(/^(?!file:)/u, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(pathToFileURL(printHtml).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.lectern !== undefined);
  await page.evaluate(() => window.lectern?.ready);
  return page;
}

/** Each slide's fit in the print page: the type scale it needed, whether it still overflows. */
export async function measureFits(page: Page): Promise<{ id: string; fit: number; overflow: boolean }[]> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.evaluate(() => window.lectern?.setMode?.('slides'));
  return page.evaluate(() => window.lectern?.fits() ?? []);
}

/** Loads print.html again after it was rewritten. */
export async function reloadPrintPage(page: Page): Promise<Page> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => window.lectern !== undefined);
  await page.evaluate(() => window.lectern?.ready);
  return page;
}

async function printOne(page: Page, job: PrintJob, meta: DeckMeta): Promise<Uint8Array> {
  if (job.kind === 'slides') {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => window.lectern?.setMode?.('slides'));
    return page.pdf({ width: '1280px', height: '720px', printBackground: true, tagged: true, outline: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
  }
  const paper = paperMm[job.paper];
  await page.setViewportSize({ width: mmToPx(paper.width - 2 * handoutMargin.side), height: 1000 });
  await page.evaluate(() => window.lectern?.setMode?.('handout'));
  return page.pdf({
    width: `${paper.width}mm`,
    height: `${paper.height}mm`,
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(meta),
    footerTemplate,
    margin: { top: `${handoutMargin.top}mm`, bottom: `${handoutMargin.bottom}mm`, left: `${handoutMargin.side}mm`, right: `${handoutMargin.side}mm` },
  });
}

/** Sets Title, Author, Subject, Keywords, Creator and fixed dates. */
export async function setPdfMetadata(bytes: Uint8Array, meta: DeckMeta, subject: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const date = meta.date && !Number.isNaN(Date.parse(meta.date)) ? new Date(meta.date) : new Date(0);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) pdf.setAuthor(meta.author);
  pdf.setSubject(subject);
  pdf.setKeywords(['lectern', 'slides', ...(meta.subtitle ? [meta.subtitle] : [])]);
  pdf.setCreator('lectern');
  pdf.setProducer('lectern (Chromium, pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  return pdf.save({ useObjectStreams: true });
}

/** Prints every job from one page of print.html. */
export async function printPdfs(page: Page, jobs: PrintJob[], meta: DeckMeta): Promise<void> {
  for (const job of jobs) {
    let bytes: Uint8Array;
    try {
      bytes = await printOne(page, job, meta);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw buildError(`Printing ${job.path} failed (${detail})`, 'Run again with --debug; if the browser timed out, raise --timeout', error);
    }
    const subject = job.kind === 'slides' ? `Slides: ${meta.subtitle ?? meta.title}` : `Handout with speaker notes: ${meta.subtitle ?? meta.title}`;
    await writeFile(job.path, await setPdfMetadata(bytes, meta, subject));
  }
}
