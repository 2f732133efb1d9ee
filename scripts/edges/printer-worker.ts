// The printer: Playwright and Chromium in a worker thread. Loading Playwright
// takes a quarter to a third of a second of CPU even from a code cache; here
// it happens on the other core while the main thread plans and renders the
// deck. The main thread (printer.ts) sends one request at a time per page, as
// printer-protocol.ts declares them, and gets { id, result } or { id, error }
// back. Bundled with the command as printer-worker.mjs.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Browser, Page } from 'playwright-core';
import type { PrinterJob, PrinterMessage, PrinterReply, PrinterResults, RequestOf, Frame } from './printer-protocol.ts';
import { requireWithCodeCache } from './code-cache.ts';

type Playwright = typeof import('playwright-core');

// Playwright loads with a code cache (code-cache.ts) in the folder the command
// names, beside its other caches (none: a plain load).
const codeCache = (workerData as { codeCache?: string | null } | null)?.codeCache ?? null;
const loading = Promise.resolve().then(() =>
  codeCache
    ? requireWithCodeCache<Playwright>('playwright-core', import.meta.url, codeCache)
    : { exports: createRequire(import.meta.url)('playwright-core') as Playwright, save: () => undefined },
);
const playwright = loading.then((loaded) => loaded.exports);
let browser: Browser | null = null;
const pages = new Map<number, { page: Page; html: string; timeoutMs: number; frame: Frame; scale: number }>();
let nextPage = 1;
/** The last printHtml job (they take turns). */
let scratchTurn: Promise<unknown> = Promise.resolve();

function running(): Browser {
  if (!browser) throw new Error('the browser is not running');
  return browser;
}

function pageOf(handle: number): { page: Page; html: string; timeoutMs: number; frame: Frame } {
  const entry = pages.get(handle);
  if (!entry) throw new Error(`no page ${handle} is open`);
  return entry;
}

/**
 * Idle print pages by device scale, each on a context of its own that lets
 * only file: URLs load. A new page costs Chromium a renderer process: 0.2 to
 * 0.3 s here, as much as loading a small deck. So a page whose deck is done
 * goes back to blank and waits for the next deck of a batch (or of `check`),
 * and the first one opens while the browser has nothing else to do.
 */
const idle = new Map<number, Promise<Page | Error>[]>();
/** At most this many idle pages per scale: a batch prints two decks at once. */
const idleLimit = 2;

async function blankPage(scale: number): Promise<Page> {
  const context = await running().newContext({ deviceScaleFactor: scale });
  await context.route(/^(?!file:|about:)/u, (route) => route.abort('blockedbyclient'));
  return context.newPage();
}

/** Starts a blank page for the first deck while the main thread plans it; a failure is kept for the deck's request to report. */
function warmPage(): void {
  idle.set(1, [blankPage(1).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))]);
}

async function takePage(scale: number): Promise<Page> {
  const waiting = await idle.get(scale)?.shift();
  // The page started early could not open: the request that needed it fails with the cause.
  if (waiting instanceof Error) throw waiting;
  return waiting && !waiting.isClosed() ? waiting : blankPage(scale);
}

async function releasePage(page: Page, scale: number): Promise<void> {
  const pool = idle.get(scale) ?? [];
  if (pool.length >= idleLimit || page.isClosed()) return page.context().close();
  try {
    // Blank frees the deck's document; the renderer stays for the next one.
    await page.goto('about:blank');
  } catch {
    // A page that cannot even go blank (its renderer crashed) is not reused.
    return page.context().close();
  }
  pool.push(Promise.resolve(page));
  idle.set(scale, pool);
}

async function openPage(html: string, timeoutMs: number, frame: Frame, scale = 1, search = ''): Promise<Page> {
  const page = await takePage(scale);
  page.context().setDefaultTimeout(timeoutMs);
  await page.setViewportSize(frame);
  await page.goto(pathToFileURL(html).href + search, { waitUntil: 'load' });
  // print.js sets window.lectern up once the page is parsed: by "load", it exists.
  await page.evaluate(() => window.lectern?.ready);
  return page;
}

// Loading and fitting a large deck, and printing each part of it, leave most
// of the renderer's memory as garbage that Chromium collects late (2,000
// slides: the renderer grew to 644 MB; collecting after the load and before
// each part kept it under 160 MB, for 63 ms a collection). The browser runs
// with --expose-gc for this (browser.ts).
async function collectGarbage(page: Page): Promise<void> {
  await page.evaluate(() => (window as { gc?: () => void }).gc?.());
}

/** A blank page that loads nothing, for printHtml. */
async function openScratch(timeoutMs: number): Promise<Page> {
  const context = await running().newContext();
  context.setDefaultTimeout(timeoutMs);
  await context.route(/^(?!about:|data:)/u, (route) => route.abort('blockedbyclient'));
  return context.newPage();
}

async function showAllSlides(page: Page): Promise<void> {
  // (Set so once its diagrams are drawn in the slides' colours again, after a handout in others.)
  await page.evaluate(async () => {
    window.lectern?.showSlides?.(0);
    await window.lectern?.setMode?.('slides');
  });
}

async function shoot(page: Page, dir: string): Promise<number> {
  await showAllSlides(page);
  const items = page.locator('.print-item:not(.fragment-step)');
  const ids = await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slide ?? ''));
  await mkdir(dir, { recursive: true });
  const width = String(ids.length).length;
  for (const [i, id] of ids.entries()) {
    await items.nth(i).screenshot({ path: join(dir, `${String(i + 1).padStart(width, '0')}-${id}.png`), animations: 'disabled' });
  }
  return ids.length;
}

type Handlers = { [K in PrinterJob]: (request: RequestOf<K>) => Promise<PrinterResults[K]> };

const handlers: Handlers = {
  async launch({ executablePath, args, env, timeoutMs }) {
    const { chromium } = await playwright;
    browser = await chromium.launch({ executablePath, headless: true, args, env, timeout: timeoutMs });
    warmPage();
    return true;
  },
  async open({ html, search, timeoutMs, scale, frame }) {
    const id = nextPage++;
    pages.set(id, { page: await openPage(html, timeoutMs, frame, scale, search), html, timeoutMs, frame, scale });
    return id;
  },
  shoot({ page, dir }) {
    return shoot(pageOf(page).page, dir);
  },
  async fits({ page }) {
    const { page: p, frame } = pageOf(page);
    await p.setViewportSize(frame);
    await showAllSlides(p);
    return p.evaluate(() => window.lectern?.fits() ?? []);
  },
  async reload({ page }) {
    const { page: p } = pageOf(page);
    await p.reload({ waitUntil: 'load' });
    await p.evaluate(() => window.lectern?.ready);
    return true;
  },
  // Slides from..to-1 only (all when `to` is null): a large deck prints in
  // parts, as Chromium's time to print grows with the square of the pages in
  // one print (2,000 slides: 12 s at once, 2.4 s in parts of 200). The slides
  // are chosen first, so that the mode switch lays out only those.
  async print({ page, viewport, mode, options, pdf, from, to }) {
    const { page: p } = pageOf(page);
    await p.evaluate(([a, b]) => window.lectern?.showSlides?.(a, b ?? undefined), [from, to] as const);
    await p.setViewportSize(viewport);
    await p.evaluate(([m, o]) => window.lectern?.setMode?.(m, o), [mode, options] as const);
    if (to !== null) await collectGarbage(p);
    return new Uint8Array(await p.pdf(pdf));
  },
  // Pages of plain HTML (the page numbers of a handout printed in parts), on
  // a blank page of their own, closed after (its renderer grew to 229 MB over
  // the 25 documents of a 5,000-slide handout); the decks of a batch take turns.
  printHtml({ html, pdf, timeoutMs }) {
    const turn = scratchTurn.then(async () => {
      const page = await openScratch(timeoutMs);
      try {
        const out: Uint8Array[] = [];
        for (const doc of html) {
          await page.setContent(doc, { waitUntil: 'load' });
          out.push(new Uint8Array(await page.pdf(pdf)));
        }
        return out;
      } finally {
        await page.context().close();
      }
    });
    // The next print waits for this one's turn to end, not for its success: its failure goes to its own caller (returned).
    scratchTurn = turn.catch(() => undefined);
    return turn;
  },
  async pictures({ page, dir }) {
    const entry = pageOf(page);
    await entry.page.setViewportSize(entry.frame);
    const count = await shoot(entry.page, dir);
    const small = await openPage(entry.html, entry.timeoutMs, entry.frame, 0.25);
    try {
      await shoot(small, join(dir, 'thumbs'));
    } finally {
      await releasePage(small, 0.25);
    }
    return count;
  },
  async closePage({ page }) {
    const entry = pages.get(page);
    pages.delete(page);
    if (entry) await releasePage(entry.page, entry.scale);
    return true;
  },
  async close() {
    idle.clear();
    await browser?.close();
    browser = null;
    // After a run, the code cache holds what launching and printing compiled.
    (await loading).save();
    return true;
  },
};

/** Runs one request with its own handler (the union narrowed by its type). */
function handle<K extends PrinterJob>(request: RequestOf<K>): Promise<PrinterResults[K]> {
  return (handlers[request.type] as (r: RequestOf<K>) => Promise<PrinterResults[K]>)(request);
}

const port = parentPort;
if (!port) throw new Error('printer-worker runs as a worker thread of lectern');
port.on('message', (message: PrinterMessage) => {
  const { id, ...request } = message;
  handle(request as RequestOf<PrinterJob>).then(
    (result) => {
      const buffers = (Array.isArray(result) ? result : [result]).filter((r): r is Uint8Array => r instanceof Uint8Array).map((r) => r.buffer as ArrayBuffer);
      const reply: PrinterReply = { id, result };
      port.postMessage(reply, buffers);
    },
    (error: unknown) => {
      const reply: PrinterReply = {
        id,
        error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) },
      };
      port.postMessage(reply);
    },
  );
});
