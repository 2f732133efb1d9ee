// `lectern library`: dist/library/index.html, a gallery of every slide in the
// workspace with thumbnails, to find slides and copy their references.
import { join } from 'node:path';
import { LecternError } from './errors.ts';
import { writeLibraryScript } from './edges/bundle.ts';
import { workspaceFrame, workspaceTokensCss } from './edges/custom-css.ts';
import { commitStaging, createStaging, discardStaging, exists, listDecks, withLock, writeFiles } from './edges/files.ts';
import { visitPrintPages } from './pipeline.ts';
import { readDeck } from './workspace.ts';
import { renderLibraryHtml, type LibraryCard } from './stages/render-library.ts';
import { slideTitle } from './stages/render-slide.ts';
import type { Deck } from './types.ts';

/** The picture of slide `index` of `count` in a folder of pictures: <n>-<id>.png, n padded. */
const pngName = (index: number, count: number, id: string): string => `${String(index + 1).padStart(String(count).length, '0')}-${id}.png`;

export interface LibraryResult {
  decks: number;
  slides: number;
  /** Set when no browser could draw the thumbnails (the page is written without them). */
  browserMissing: LecternError | null;
}

/** Thumbnails of every deck's slides, by deck and slide id -> path under the library folder. */
async function drawThumbnails(ws: string, decks: Deck[], dir: string, browser: string | undefined, timeoutMs: number): Promise<Map<string, string>> {
  const thumbs = new Map<string, string>();
  await visitPrintPages(ws, decks, { browser, timeoutMs, scale: 0.25 }, async (deck, printer, page) => {
    const count = await printer.shoot(page, join(dir, 'thumbs', deck.name));
    deck.slides.slice(0, count).forEach((slide, i) => thumbs.set(`${deck.name}/${slide.id}`, `thumbs/${deck.name}/${pngName(i, count, slide.id)}`));
  });
  return thumbs;
}

export async function buildLibrary(ws: string, browserPath: string | undefined, timeoutMs: number): Promise<LibraryResult> {
  const names = await listDecks(ws);
  const decks: Deck[] = [];
  for (const name of names) decks.push(await readDeck(ws, name));
  return withLock(join(ws, 'dist', '.library.lock'), 60_000, async () => {
    const staging = await createStaging(join(ws, 'dist', 'library'));
    try {
      let thumbs = new Map<string, string>();
      let browserMissing: LecternError | null = null;
      try {
        thumbs = await drawThumbnails(ws, decks, staging.dir, browserPath, timeoutMs);
      } catch (error) {
        if (!(error instanceof LecternError && error.kind === 'environment')) throw error;
        browserMissing = error;
      }
      const cards: LibraryCard[] = [];
      for (const deck of decks) {
        const built = await exists(join(ws, 'dist', deck.name, 'index.html'));
        for (const slide of deck.slides) {
          cards.push({
            deck: deck.name,
            id: slide.id,
            title: slideTitle(slide),
            section: slide.section,
            thumbnail: thumbs.get(`${deck.name}/${slide.id}`) ?? null,
            href: built ? `../${deck.name}/index.html#/${slide.id}` : null,
          });
        }
      }
      await writeFiles(staging.dir, new Map([['index.html', renderLibraryHtml(cards, await workspaceTokensCss(ws), await workspaceFrame(ws))]]));
      await writeLibraryScript(join(staging.dir, 'library.js'));
      await commitStaging(staging);
      return { decks: decks.length, slides: cards.length, browserMissing };
    } catch (error) {
      await discardStaging(staging);
      throw error;
    }
  });
}
