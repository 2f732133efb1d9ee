// Pictures of the slides from a print page in slides mode, one per slide:
// <n>-<id>.png (for the library's thumbnails; builds take theirs in the
// printer worker, which does the same).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

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
