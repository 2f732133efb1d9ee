// DeckPlan -> the files of `slides/<deck>/`: a manifest (deck.yaml), one
// Markdown file per slide, and a record of what was generated (so that a later
// regeneration can tell which files the user has edited).
import { createHash } from 'node:crypto';
import { emitYaml } from './yaml.ts';
import type { Deck, DeckMeta, DeckPlan, DeckSlide, SlidePlan } from '../types.ts';

export const manifestFile = 'deck.yaml';
export const stateFile = '.lectern.json';

/** Files of a deck folder, by path relative to it. */
export type DeckFiles = Map<string, string>;

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The Markdown of one planned slide's file: its title heads its body. */
export function writeSlide(slide: SlidePlan): string {
  const body = `# ${slide.title}\n\n${slide.body.trim()}`;
  return writeDeckSlide({ id: slide.id, file: `${slide.id}.md`, layout: slide.layout, fragments: false, source: null, section: slide.section ?? null, body, notes: slide.notes });
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
    slides: ids,
  });
  return `# lectern deck: metadata and slide order. Each slide is <id>.md in this folder.\n${body}`;
}

/** A deck folder: the manifest, the slide files, and the record of their hashes. */
function deckFolder(meta: DeckMeta, slides: { id: string; text: string }[], generator: string): DeckFiles {
  const files: DeckFiles = new Map();
  files.set(manifestFile, writeManifest(meta, slides.map((s) => s.id)));
  for (const slide of slides) files.set(`${slide.id}.md`, slide.text);
  const hashes = Object.fromEntries([...files].map(([file, text]) => [file, hashText(text)]));
  files.set(stateFile, `${JSON.stringify({ generator, hashes }, null, 2)}\n`);
  return files;
}

/** All files of the deck folder for a plan. */
export function writeSlides(plan: DeckPlan, generator: string): DeckFiles {
  return deckFolder(plan.meta, plan.slides.map((s) => ({ id: s.id, text: writeSlide(s) })), generator);
}

/** Files the user changed (or added) since lectern generated the folder. */
export function editedFiles(existing: DeckFiles): string[] {
  const state = existing.get(stateFile);
  let hashes: Record<string, string> = {};
  if (state !== undefined) {
    try {
      const parsed: unknown = JSON.parse(state);
      if (parsed && typeof parsed === 'object' && 'hashes' in parsed && parsed.hashes && typeof parsed.hashes === 'object') {
        hashes = parsed.hashes as Record<string, string>;
      }
    } catch {
      hashes = {};
    }
  }
  return [...existing]
    .filter(([file]) => file !== stateFile)
    .filter(([file, text]) => hashes[file] !== hashText(text))
    .map(([file]) => file)
    .sort();
}

/** A slide file for a slide read from elsewhere (a remix): front matter, its Markdown, its notes. */
export function writeDeckSlide(slide: DeckSlide): string {
  const front = emitYaml({
    id: slide.id,
    layout: slide.layout,
    ...(slide.section ? { section: slide.section } : {}),
    ...(slide.source ? { source: slide.source } : {}),
    ...(slide.fragments ? { fragments: true } : {}),
  }).trimEnd();
  const parts = [`---\n${front}\n---`, slide.body.trim()];
  if (slide.notes.trim() !== '') parts.push(`Note:\n${slide.notes.trim()}`);
  return `${parts.join('\n\n')}\n`;
}

/** All files of a deck folder for a deck composed elsewhere (a remix, an import). */
export function writeDeckFiles(deck: Deck, generator: string): DeckFiles {
  return deckFolder(deck.meta, deck.slides.map((s) => ({ id: s.id, text: writeDeckSlide(s) })), generator);
}
