// Talks and remixes: read a talk file, load the decks it names, compose the
// talk's deck. Shared by `build talk.yaml` and `remix`.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { inputError } from './errors.ts';
import { listDecks, readDeckFiles, readDocumentBytes } from './edges/files.ts';
import { readSlides } from './stages/read-slides.ts';
import { parseTalk, resolveTalk } from './stages/talk.ts';
import type { Deck } from './types.ts';

export const isTalkFile = (path: string): boolean => /\.ya?ml$/iu.test(path);

/** The deck a talk file composes, read from the workspace's decks as they are now. */
export async function loadTalk(workspace: string, input: string, name: string): Promise<Deck> {
  const path = resolve(workspace, input);
  const shown = relative(workspace, path) || input;
  await readDocumentBytes(path);
  const talk = parseTalk(await readFile(path, 'utf8'), shown);
  const known = await listDecks(workspace);
  const decks = new Map<string, Deck>();
  for (const ref of talk.references) {
    if (decks.has(ref.deck) || !known.includes(ref.deck)) continue;
    if (ref.deck.includes('..') || /[\\/]/u.test(ref.deck)) throw inputError(`${shown}:${ref.line}: "${ref.text}" names a deck outside slides/`, 'Name a deck by its folder under slides/');
    decks.set(ref.deck, readSlides(ref.deck, await readDeckFiles(join(workspace, 'slides', ref.deck)), `slides/${ref.deck}`));
  }
  return resolveTalk(talk, decks, name, known);
}
