// `lectern list` and `lectern remix`: the workspace's slides by stable id, and
// an independent copy of a talk as a deck of its own.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { inputError } from './errors.ts';
import { commitStaging, createStaging, discardStaging, exists, listDecks, readDocumentBytes, withLock, writeFiles } from './edges/files.ts';
import { copyDeckImages, copyImages, findDeckImages, findDocumentImages } from './edges/images.ts';
import { checkDeckName, deckNameFor, generator, rewriteImages } from './pipeline.ts';
import { detectFormat, importDeck, type ImportFormat, type ImportReport, type MarkdownFormat } from './stages/import-deck.ts';
import { pptxToDeck } from './stages/pptx-import.ts';
import { exportDeck, type ExportFormat } from './stages/export-deck.ts';
import { closest } from './stages/suggest.ts';
import { readDocument } from './stages/read-document.ts';
import { emojiShortcodes } from './stages/markdown.ts';
import { slideTitle } from './stages/render-slide.ts';
import { writeDeckFiles } from './stages/write-slides.ts';
import { loadTalk } from './talks.ts';
import { readDeck } from './workspace.ts';

export interface ListedSlide {
  deck: string;
  id: string;
  title: string;
  file: string;
  section?: string;
  /** For a remixed slide: where it came from (deck/id). */
  source?: string;
}

/** Every slide of the workspace's decks (or of one), in deck order. */
export async function listSlides(workspace: string, only?: string): Promise<ListedSlide[]> {
  const decks = await listDecks(workspace);
  if (only !== undefined && !decks.includes(only))
    throw inputError(
      `No deck named "${only}" under slides/`,
      decks.length > 0 ? `Decks here: ${decks.join(', ')}` : 'Build one first: lectern build <document>',
    );
  const out: ListedSlide[] = [];
  for (const name of only ? [only] : decks) {
    const deck = await readDeck(workspace, name);
    for (const slide of deck.slides) {
      out.push({
        deck: name,
        id: slide.id,
        title: slideTitle(slide),
        file: `slides/${name}/${slide.file}`,
        ...(slide.section ? { section: slide.section } : {}),
        ...(slide.source ? { source: slide.source } : {}),
      });
    }
  }
  return out;
}

export function formatList(slides: ListedSlide[]): string {
  const lines: string[] = [];
  let deck = '';
  const width = Math.min(48, Math.max(0, ...slides.map((s) => s.id.length)));
  for (const s of slides) {
    if (s.deck !== deck) {
      deck = s.deck;
      lines.push(`${deck} (${slides.filter((x) => x.deck === deck).length} slides)`);
    }
    lines.push(`  ${s.deck}/${s.id.padEnd(width)}  ${s.title}${s.source ? `  (from ${s.source})` : ''}`);
  }
  return lines.join('\n');
}

/** Copies a talk's slides into slides/<name>, each recording where it came from. */
export async function remix(workspace: string, talkFile: string, name: string, force: boolean): Promise<{ deck: string; slides: number }> {
  checkDeckName(name);
  const target = join(workspace, 'slides', name);
  return withLock(join(workspace, 'dist', `.${name}.lock`), 60_000, async () => {
    if (!force && (await exists(target))) throw inputError(`slides/${name} already exists`, 'Pick another --deck name, or pass --force to replace it');
    const deck = await loadTalk(workspace, talkFile, name);
    const staging = await createStaging(target);
    try {
      await writeFiles(staging.dir, writeDeckFiles(deck, generator));
      const images = await findDeckImages(
        join(workspace, 'slides'),
        deck.slides.map((s) => s.body),
        talkFile,
      );
      await copyDeckImages(join(workspace, 'slides'), images.files, staging.dir);
      await commitStaging(staging);
    } catch (error) {
      await discardStaging(staging);
      throw error;
    }
    return { deck: name, slides: deck.slides.length };
  });
}

export interface ImportFileOptions {
  deck?: string;
  format?: MarkdownFormat;
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
  force: boolean;
  encoding?: string;
  maxBytes?: number;
}

/** A text file in the deck's folder or below (what a reveal.js page or a Slidev deck includes), or null. */
function includer(deckFile: string, workspace: string, encoding: string | undefined): (path: string) => string | null {
  const root = dirname(deckFile);
  return (path) => {
    const file = resolve(dirname(deckFile), path.replace(/^\/+/u, ''));
    if (!file.startsWith(`${root}/`) || !existsSync(file)) return null;
    try {
      return readDocument(relative(workspace, file), readFileSync(file), encoding).text;
    } catch {
      return null;
    }
  };
}

/** A PowerPoint deck into slides/<name>: its slides, notes and pictures. */
async function importPowerPoint(
  shown: string,
  bytes: Uint8Array,
  name: string,
  target: string,
): Promise<{ deck: string; slides: number; format: ImportFormat; report: ImportReport }> {
  const { readPptx } = await import('./edges/pptx-in.ts');
  const { deck, images, report } = pptxToDeck(await readPptx(shown, bytes), name);
  if (deck.slides.length === 0)
    throw inputError(
      `${shown}: no slides to import${report.notCarried.length > 0 ? ` (${report.notCarried.map((n) => n.what).join(', ')})` : ''}`,
      'Pass a deck that has slides (a template holds only layouts)',
    );
  const staging = await createStaging(target);
  try {
    await writeFiles(staging.dir, writeDeckFiles(deck, generator));
    await writeFiles(staging.dir, images);
    await commitStaging(staging);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  return { deck: name, slides: deck.slides.length, format: 'pptx', report };
}

/** Brings a reveal.js, reveal-md, Marp or Slidev deck into slides/<name>, with the images it uses, and says what it could not carry. */
export async function importFile(
  workspace: string,
  input: string,
  options: ImportFileOptions,
): Promise<{ deck: string; slides: number; format: ImportFormat; report: ImportReport }> {
  const path = resolve(workspace, input);
  const shown = relative(workspace, path) || input;
  const name = checkDeckName(options.deck ?? deckNameFor(path));
  const target = join(workspace, 'slides', name);
  return withLock(join(workspace, 'dist', `.${name}.lock`), 60_000, async () => {
    if (!options.force && (await exists(target))) throw inputError(`slides/${name} already exists`, 'Pick another --deck name, or pass --force to replace it');
    const bytes = await readDocumentBytes(path, options.maxBytes);
    if (/\.pptx?$/iu.test(path)) return importPowerPoint(shown, bytes, name, target);
    const doc = readDocument(shown, bytes, options.encoding);
    const format = options.format ?? detectFormat(doc.text);
    // The table of emoji shortcodes, for the decks that write them (Marp's and Slidev's).
    const emoji = format === 'marp' || format === 'slidev' ? emojiShortcodes : {};
    const imported = importDeck(doc.text, shown, name, {
      format,
      separator: options.separator,
      verticalSeparator: options.verticalSeparator,
      notesSeparator: options.notesSeparator,
      include: includer(path, workspace, options.encoding),
      emoji,
    });
    // A missing image stays as written: the deck's build warns of it and shows a placeholder.
    const { images } = await findDocumentImages(
      dirname(path),
      imported.deck.slides.flatMap((s) => [s.body, s.notes]),
      shown,
    );
    const deck = { ...imported.deck, slides: rewriteImages(imported.deck.slides, images) };
    const staging = await createStaging(target);
    try {
      await writeFiles(staging.dir, writeDeckFiles(deck, generator));
      await copyImages(images.values(), staging.dir);
      await commitStaging(staging);
    } catch (error) {
      await discardStaging(staging);
      throw error;
    }
    return { deck: name, slides: deck.slides.length, format, report: imported.report };
  });
}

/**
 * Writes a deck as one Markdown file for Marp or reveal.js (default
 * dist/<deck>/<deck>-<format>.md), with the images its slides show copied
 * beside it at the same relative paths.
 */
export async function exportDeckFile(
  workspace: string,
  name: string,
  format: ExportFormat,
  out?: string,
): Promise<{ file: string; slides: number; images: number }> {
  const deckDir = join(workspace, 'slides', name);
  if (!(await exists(join(deckDir, 'deck.yaml')))) {
    const meant = closest(name, await listDecks(workspace));
    throw inputError(
      `No deck named "${name}" under slides/`,
      meant ? `Did you mean "${meant}"?` : 'Pass the name of a folder under slides/ that has a deck.yaml',
    );
  }
  const deck = await readDeck(workspace, name);
  const file = resolve(workspace, out ?? join('dist', name, `${name}-${format}.md`));
  const images = await findDeckImages(
    deckDir,
    deck.slides.map((s) => s.body),
    `slides/${name}`,
  );
  await mkdir(dirname(file), { recursive: true });
  // Written beside, then renamed: a reader never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, exportDeck(deck, format));
  await rename(temporary, file);
  await copyDeckImages(deckDir, images.files, dirname(file));
  return { file: relative(workspace, file), slides: deck.slides.length, images: images.files.length };
}
