// Pictures of the slides: png/<nn>-<id>.png at 1280x720 and
// png/thumbs/<nn>-<id>.png at 320x180, from the print page in slides mode.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openPrintPage } from './pdf.ts';

export const pngName = (index: number, count: number, id: string): string => `${String(index + 1).padStart(String(count).length, '0')}-${id}.png`;

/** One picture per slide (final state) of an open print page, named <n>-<id>.png; returns the files. */
export async function shoot(page: Page, dir: string): Promise<string[]> {
  await page.evaluate(() => window.lectern?.setMode?.('slides'));
  const items = page.locator('.print-item:not(.fragment-step)');
  const ids = await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.slide ?? ''));
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [i, id] of ids.entries()) {
    const file = join(dir, pngName(i, ids.length, id));
    await items.nth(i).screenshot({ path: file, animations: 'disabled' });
    files.push(file);
  }
  return files;
}

/** Full-size pictures from the open print page; thumbnails from a second load at a quarter of the scale. */
export async function writePngs(browser: Browser, page: Page, printHtml: string, dir: string, timeoutMs: number): Promise<number> {
  await page.setViewportSize({ width: 1280, height: 720 });
  const files = await shoot(page, dir);
  const small = await openPrintPage(browser, printHtml, timeoutMs, 0.25);
  try {
    await shoot(small, join(dir, 'thumbs'));
  } finally {
    await small.context().close();
  }
  return files.length;
}
