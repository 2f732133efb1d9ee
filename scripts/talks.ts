// Talks and remixes: read a talk file, load the decks it names, compose the
// talk's deck. Shared by `build talk.yaml` and `remix`.
import { join, relative, resolve } from 'node:path';
import { listDecks, readDeckFiles, readDocumentBytes } from './edges/files.ts';
import { readDocument } from './stages/read-document.ts';
import { readSlides } from './stages/read-slides.ts';
import { parseTalk, resolveTalk } from './stages/talk.ts';
import type { Deck } from './types.ts';

export const isTalkFile = (path: string): boolean => /\.ya?ml$/iu.test(path);

/** A deck of the workspace, by its folder name under slides/, as its files are now. */
export async function readDeck(workspace: string, name: string): Promise<Deck> {
  return readSlides(name, await readDeckFiles(join(workspace, 'slides', name)), `slides/${name}`);
}

/** The deck a talk file composes, read from the workspace's decks as they are now. */
export async function loadTalk(workspace: string, input: string, name: string): Promise<Deck> {
  const path = resolve(workspace, input);
  const shown = relative(workspace, path) || input;
  const talk = parseTalk(readDocument(shown, await readDocumentBytes(path)).text, shown);
  const known = await listDecks(workspace);
  const decks = new Map<string, Deck>();
  // A reference to anything else (a name with / or .., a deck not built) is reported by resolveTalk.
  for (const ref of talk.references) if (!decks.has(ref.deck) && known.includes(ref.deck)) decks.set(ref.deck, await readDeck(workspace, ref.deck));
  return resolveTalk(talk, decks, name, known);
}
