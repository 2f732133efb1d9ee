// The printer: Playwright and Chromium in a worker thread. Loading Playwright
// takes a quarter to a third of a second of CPU even from a code cache; here
// it happens on the other core while the main thread plans and renders the
// deck. Plain JavaScript, so the same file runs from the sources and from the
// bundled command. The main thread (edges/printer.ts) sends one request at a
// time per page and gets { id, result } or { id, error } back.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { requireWithCodeCache } from './code-cache.mjs';

// Playwright loads with a code cache (code-cache.mjs) in the folder the
// command names, beside its other caches (none: a plain load).
const codeCache = workerData?.codeCache ?? null;
const loading = Promise.resolve().then(() =>
  codeCache ? requireWithCodeCache('playwright-core', import.meta.url, codeCache) : { exports: createRequire(import.meta.url)('playwright-core'), save: () => undefined },
);
const playwright = loading.then((loaded) => loaded.exports);
let browser = null;
const pages = new Map();
let nextPage = 1;
/** The last printHtml job (they take turns). */
let scratchTurn = Promise.resolve();

async function openPage(html, timeoutMs, scale = 1) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: scale });
  context.setDefaultTimeout(timeoutMs);
  await context.route(/^(?!file:)/u, (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  // print.js runs at the end of the page: by "load", window.lectern exists.
  await page.evaluate(() => window.lectern.ready);
  if ((await page.evaluate(() => document.querySelectorAll('.print-item').length)) > 100) await collectGarbage(page);
  return page;
}

// Loading and fitting a large deck, and printing each part of it, leave most
// of the renderer's memory as garbage that Chromium collects late (2,000
// slides: the renderer grew to 644 MB; collecting after the load and before
// each part kept it under 160 MB, for 63 ms a collection). The browser runs
// with --expose-gc for this (edges/browser.ts).
async function collectGarbage(page) {
  await page.evaluate(() => window.gc?.());
}

/** A blank page that loads nothing, for printHtml. */
async function openScratch(timeoutMs) {
  const context = await browser.newContext();
  context.setDefaultTimeout(timeoutMs);
  await context.route(/^(?!about:|data:)/u, (route) => route.abort('blockedbyclient'));
  return context.newPage();
}

async function shoot(page, dir) {
  await page.evaluate(() => {
    window.lectern.showSlides(0);
    window.lectern.setMode('slides');
  });
  const items = page.locator('.print-item:not(.fragment-step)');
  const ids = await items.evaluateAll((els) => els.map((el) => el.dataset.slide ?? ''));
  await mkdir(dir, { recursive: true });
  const width = String(ids.length).length;
  for (const [i, id] of ids.entries()) {
    await items.nth(i).screenshot({ path: join(dir, `${String(i + 1).padStart(width, '0')}-${id}.png`), animations: 'disabled' });
  }
  return ids.length;
}

const handlers = {
  async launch({ executablePath, args, env, timeoutMs }) {
    const { chromium } = await playwright;
    browser = await chromium.launch({ executablePath, headless: true, args, env, timeout: timeoutMs });
    return true;
  },
  async open({ html, timeoutMs, scale = 1 }) {
    const id = nextPage++;
    pages.set(id, { page: await openPage(html, timeoutMs, scale), html, timeoutMs });
    return id;
  },
  async shoot({ page, dir }) {
    return shoot(pages.get(page).page, dir);
  },
  async fits({ page }) {
    const { page: p } = pages.get(page);
    await p.setViewportSize({ width: 1280, height: 720 });
    await p.evaluate(() => {
      window.lectern.showSlides(0);
      window.lectern.setMode('slides');
    });
    return p.evaluate(() => window.lectern.fits());
  },
  async reload({ page }) {
    const { page: p } = pages.get(page);
    await p.reload({ waitUntil: 'load' });
    await p.evaluate(() => window.lectern.ready);
    return true;
  },
  // Slides from..to-1 only (all when `to` is null): a large deck prints in
  // parts, as Chromium's time to print grows with the square of the pages in
  // one print (2,000 slides: 12 s at once, 2.4 s in parts of 200). The slides
  // are chosen first, so that the mode switch lays out only those.
  async print({ page, viewport, mode, options, pdf, from, to }) {
    const { page: p } = pages.get(page);
    await p.evaluate(([a, b]) => window.lectern.showSlides(a, b ?? undefined), [from, to]);
    await p.setViewportSize(viewport);
    await p.evaluate(([m, o]) => window.lectern.setMode(m, o), [mode, options]);
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
        const out = [];
        for (const doc of html) {
          await page.setContent(doc, { waitUntil: 'load' });
          out.push(new Uint8Array(await page.pdf(pdf)));
        }
        return out;
      } finally {
        await page.context().close();
      }
    });
    scratchTurn = turn.catch(() => undefined);
    return turn;
  },
  async pictures({ page, dir }) {
    const entry = pages.get(page);
    await entry.page.setViewportSize({ width: 1280, height: 720 });
    const count = await shoot(entry.page, dir);
    const small = await openPage(entry.html, entry.timeoutMs, 0.25);
    try {
      await shoot(small, join(dir, 'thumbs'));
    } finally {
      await small.context().close();
    }
    return count;
  },
  async closePage({ page }) {
    const entry = pages.get(page);
    pages.delete(page);
    await entry?.page.context().close();
    return true;
  },
  async close() {
    await browser?.close();
    browser = null;
    // After a run, the code cache holds what launching and printing compiled.
    (await loading).save();
    return true;
  },
};

parentPort.on('message', async ({ id, type, ...request }) => {
  try {
    const result = await handlers[type](request);
    const buffers = (Array.isArray(result) ? result : [result]).filter((r) => r instanceof Uint8Array).map((r) => r.buffer);
    parentPort.postMessage({ id, result }, buffers);
  } catch (error) {
    parentPort.postMessage({ id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
