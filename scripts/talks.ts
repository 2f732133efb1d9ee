// Talks and remixes: read a talk file, load the decks it names, compose the
// talk's deck. Shared by `build talk.yaml` and `remix`.
import { relative, resolve } from 'node:path';
import { listDecks, readDocumentBytes } from './edges/files.ts';
import { readDeck } from './workspace.ts';
import { readDocument } from './stages/read-document.ts';
import { parseTalk, resolveTalk } from './stages/talk.ts';
import type { Deck } from './types.ts';

export { isTalkFile } from './workspace.ts';

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
