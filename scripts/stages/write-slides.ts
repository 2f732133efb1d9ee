// DeckPlan -> the files of `slides/<deck>/`: a manifest (deck.yaml), one
// Markdown file per slide, and a record of what was generated (so that a later
// regeneration can tell which files the user has edited).
import { createHash } from 'node:crypto';
import { emitYaml } from './yaml.ts';
import { formatSlideFile } from './slide-file.ts';
import type { Deck, DeckMeta, DeckPlan, DeckSlide, SlidePlan } from '../types.ts';

export const manifestFile = 'deck.yaml';
export const stateFile = '.lectern.json';

/** Files of a deck folder, by path relative to it. */
export type DeckFiles = Map<string, string>;

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The Markdown of one planned slide's file: its title heads its body. */
export function writeSlide(slide: SlidePlan): string {
  const body = `# ${slide.title}\n\n${slide.body.trim()}`;
  return writeDeckSlide({
    id: slide.id,
    file: `${slide.id}.md`,
    layout: slide.layout,
    fragments: false,
    source: null,
    section: slide.section ?? null,
    body,
    notes: slide.notes,
  });
}

/** The manifest: deck metadata and the slide order. */
export function writeManifest(meta: DeckMeta, ids: string[]): string {
  const body = emitYaml({
    title: meta.title,
    subtitle: meta.subtitle,
    author: meta.author,
    date: meta.date,
    theme: meta.theme,
    lang: meta.lang,
    ...(meta.subject ? { subject: meta.subject } : {}),
    ...(meta.keywords && meta.keywords.length > 0 ? { keywords: meta.keywords } : {}),
    source: meta.source,
    ...(meta.css ? { css: meta.css } : {}),
    ...(meta.showSources ? { 'show-sources': true } : {}),
    ...(meta.duration ? { duration: meta.duration } : {}),
    ...(meta.wpm ? { wpm: meta.wpm } : {}),
    ...(meta.macros && meta.macros.length > 0 ? { macros: meta.macros } : {}),
    slides: ids,
  });
  return `# lectern deck: metadata and slide order. Each slide is <id>.md in this folder.\n${body}`;
}

/** A deck folder: the manifest, the slide files, and the record of their hashes. */
function deckFolder(meta: DeckMeta, slides: { id: string; text: string }[], generator: string, images: string[] = []): DeckFiles {
  const files: DeckFiles = new Map();
  files.set(
    manifestFile,
    writeManifest(
      meta,
      slides.map((s) => s.id),
    ),
  );
  for (const slide of slides) files.set(`${slide.id}.md`, slide.text);
  const hashes = Object.fromEntries([...files].map(([file, text]) => [file, hashText(text)]));
  const copied = [...new Set(images)].sort();
  files.set(stateFile, `${JSON.stringify({ generator, hashes, ...(copied.length > 0 ? { images: copied } : {}) }, null, 2)}\n`);
  return files;
}

/** All files of the deck folder for a plan; `images`: the paths of the images the build copies into it. */
export function writeSlides(plan: DeckPlan, generator: string, images: string[] = []): DeckFiles {
  return deckFolder(
    plan.meta,
    plan.slides.map((s) => ({ id: s.id, text: writeSlide(s) })),
    generator,
    images,
  );
}

/** What lectern recorded when it last wrote a deck folder: its text files' hashes, and the images it copied in. */
export function writtenHashes(state: string | undefined): { hashes: Map<string, string>; images: Set<string> } {
  const none = { hashes: new Map<string, string>(), images: new Set<string>() };
  if (state === undefined) return none;
  try {
    const parsed = JSON.parse(state) as { hashes?: unknown; images?: unknown } | null;
    if (!parsed || typeof parsed !== 'object') return none;
    const hashes =
      parsed.hashes && typeof parsed.hashes === 'object'
        ? Object.entries(parsed.hashes as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')
        : [];
    const images = Array.isArray(parsed.images) ? parsed.images.filter((i): i is string => typeof i === 'string') : [];
    return { hashes: new Map(hashes), images: new Set(images) };
  } catch {
    return none;
  }
}

/** A deck folder as it is on disk before a rebuild. */
export interface ExistingFolder {
  /** Every file in it and its subfolders, by path relative to it ("/" separated). */
  paths: string[];
  /** The text of its top-level text files (those a rebuild could write or compare). */
  texts: DeckFiles;
}

/** How a rebuild turns the folder on disk into the new one. */
export interface FolderChange {
  /** Files to write. */
  write: DeckFiles;
  /** Files on disk that go into the new folder as they are: unchanged slides, and every file lectern did not write. */
  keep: string[];
  /** Files on disk the user changed (or put where a new file goes) that the rebuild would overwrite or remove. */
  replaced: string[];
  /** The folder would come out as it is: every file the same, none added or removed (a rebuild of an unchanged document). */
  unchanged: boolean;
}

/**
 * Compares the files of a new build with the folder on disk. A file lectern
 * wrote and nobody changed is rewritten or dropped freely; a file lectern did
 * not write is kept; a file lectern wrote that was edited since, or a user's
 * file where a new one goes, is "replaced": the caller refuses, or with
 * --force keeps a copy. `protect` (the document itself, when it lives in the
 * folder) is always kept.
 */
export function changeFolder(existing: ExistingFolder, next: DeckFiles, options: { protect?: string | null; copies?: Iterable<string> } = {}): FolderChange {
  const { hashes: written, images } = writtenHashes(existing.texts.get(stateFile));
  const copies = new Set(options.copies ?? []);
  const write: DeckFiles = new Map();
  const keep: string[] = [];
  const replaced: string[] = [];
  const onDisk = new Set(existing.paths);
  // Lectern's and unchanged since: a text file with its recorded hash, or an image lectern copied in.
  const untouched = (path: string): boolean => {
    const text = existing.texts.get(path);
    return images.has(path) || (text !== undefined && written.get(path) === hashText(text));
  };
  for (const [path, text] of next) {
    if (path !== stateFile && onDisk.has(path) && existing.texts.get(path) === text) keep.push(path);
    else {
      write.set(path, text);
      if (path !== stateFile && onDisk.has(path) && !untouched(path)) replaced.push(path);
    }
  }
  for (const path of existing.paths) {
    if (path === stateFile || next.has(path)) continue;
    if (path === options.protect) keep.push(path);
    else if (copies.has(path)) {
      if (!untouched(path)) replaced.push(path);
    } else if (!written.has(path) && !images.has(path)) keep.push(path);
    else if (!untouched(path)) replaced.push(path);
  }
  const kept = new Set(keep);
  const unchanged =
    replaced.length === 0 &&
    [...write.keys()].every((path) => path === stateFile && existing.texts.get(stateFile) === next.get(stateFile)) &&
    existing.paths.every((path) => path === stateFile || kept.has(path));
  return { write, keep: keep.sort(), replaced: replaced.sort(), unchanged };
}

/**
 * A rebuild that keeps the user's edits (serve and --watch follow the
 * document while slides are edited): each file the change would replace
 * stays as the user left it, and the deck is read from those texts. The
 * record of what lectern wrote keeps the new plan's hashes, so the kept files
 * still count as edited at the next rebuild.
 */
export function keepEditedFiles(change: FolderChange, files: DeckFiles, existing: ExistingFolder): { change: FolderChange; files: DeckFiles; kept: string[] } {
  if (change.replaced.length === 0) return { change, files, kept: [] };
  const write = new Map(change.write);
  const deckFiles = new Map(files);
  for (const path of change.replaced) {
    write.delete(path);
    const text = existing.texts.get(path);
    if (text !== undefined && deckFiles.has(path)) deckFiles.set(path, text);
  }
  // The record of what lectern wrote changes (the new plan's hashes): the folder does.
  return { change: { write, keep: [...change.keep, ...change.replaced].sort(), replaced: [], unchanged: false }, files: deckFiles, kept: change.replaced };
}

/**
 * The text files of a deck folder saved while a build ran: changed or added
 * since the build first read the folder (lectern's record aside). A build
 * that keeps edits carries them into the folder it puts in place, which
 * would otherwise replace them.
 */
export function editedSince(first: DeckFiles, now: DeckFiles): string[] {
  return [...now].filter(([path, text]) => path !== stateFile && first.get(path) !== text).map(([path]) => path);
}

/** A slide file for a slide read from elsewhere (a remix): front matter, its Markdown, its notes. */
export function writeDeckSlide(slide: DeckSlide): string {
  const front = emitYaml({
    id: slide.id,
    layout: slide.layout,
    ...(slide.section ? { section: slide.section } : {}),
    ...(slide.source ? { source: slide.source } : {}),
    ...(slide.fragments ? { fragments: true } : {}),
  });
  return formatSlideFile(front, slide.body, slide.notes);
}

/** All files of a deck folder for a deck composed elsewhere (a remix, an import). */
export function writeDeckFiles(deck: Deck, generator: string): DeckFiles {
  return deckFolder(
    deck.meta,
    deck.slides.map((s) => ({ id: s.id, text: writeDeckSlide(s) })),
    generator,
  );
}
