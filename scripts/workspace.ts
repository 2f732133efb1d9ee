// The workspace: what the commands share about the folder lectern runs in.
// Resolving what the user named (a document, a deck under slides/, a talk
// file) and reading a deck as its files are now, with the flags that override
// its manifest. The one way to read a deck from disk.
import { basename, dirname, join, resolve } from 'node:path';
import { inputError } from './errors.ts';
import { exists, listDecks, readDeckFiles } from './edges/files.ts';
import { deckFromFiles, type ManifestDefaults } from './stages/read-slides.ts';
import { slugify } from './stages/slug.ts';
import { closest } from './stages/suggest.ts';
import type { Deck } from './types.ts';

export const isTalkFile = (path: string): boolean => /\.ya?ml$/iu.test(path);

export interface ResolvedInput {
  kind: 'document' | 'deck' | 'talk';
  name: string;
}

/** What the command line (or a config) overrides in a deck's manifest. */
export interface DeckOverrides {
  theme?: 'light' | 'dark';
  author?: string;
  durationMinutes?: number;
  wpm?: number;
  defaults?: ManifestDefaults;
}

/**
 * The deck a file makes by default: its name without extension, as an id ("Week 3.md" -> "week-3"). An extension
 * is a letter and a few letters or digits: "linux-0.01-relnotes" has none and is "linux-0-01-relnotes", not "linux-0".
 */
export const deckNameFor = (path: string): string => slugify(basename(path).replace(/\.\p{L}[\p{L}\p{N}]{0,9}$/u, '')) || 'deck';

/** A path to a file is a document; a deck name (or a folder with a deck.yaml) is a deck. */
export async function resolveInput(ws: string, input: string): Promise<ResolvedInput> {
  const path = resolve(ws, input);
  if (await exists(join(path, 'deck.yaml'))) {
    // A deck folder is slides/<name> of the workspace lectern runs in: one elsewhere would be read by its name here.
    const home = resolve(ws, 'slides', basename(path));
    if (home !== path) {
      const other = basename(dirname(path)) === 'slides' ? dirname(dirname(path)) : null;
      throw inputError(
        `${input}: a deck folder of ${other ? `another workspace (${other})` : 'no workspace (decks live in slides/<name>)'}`,
        other
          ? `Run lectern in that workspace (cd ${other} && lectern build ${basename(path)}), or copy the folder to slides/${basename(path)} here`
          : `Copy the folder to slides/${basename(path)} in this workspace and build it by name`,
      );
    }
    return { kind: 'deck', name: basename(path) };
  }
  if (!/[\\/]/u.test(input) && (await exists(join(ws, 'slides', input, 'deck.yaml')))) return { kind: 'deck', name: input };
  const fileName = deckNameFor(path);
  if (isTalkFile(path) && (await exists(path))) return { kind: 'talk', name: fileName };
  if (await exists(path)) return { kind: 'document', name: fileName };
  if (/[\\/.]/u.test(input)) throw inputError(`${input}: no such file`, 'Check the path, or pass the name of a deck under slides/');
  const meant = closest(input, await listDecks(ws));
  throw inputError(
    `No document or deck named "${input}"`,
    meant
      ? `Did you mean the deck "${meant}"? Pass a document path (e.g. notes.md) or the name of a folder under slides/`
      : 'Pass a document path (e.g. notes.md) or the name of a folder under slides/ that has a deck.yaml',
  );
}

/** A deck with the flags that override its manifest. */
export function withOverrides(deck: Deck, options: DeckOverrides): Deck {
  return {
    ...deck,
    meta: {
      ...deck.meta,
      theme: options.theme ?? deck.meta.theme,
      author: options.author ?? deck.meta.author,
      duration: options.durationMinutes ?? deck.meta.duration ?? null,
      wpm: options.wpm ?? deck.meta.wpm ?? null,
    },
  };
}

/** A deck of the workspace, by its folder name under slides/, as its files are now. */
export async function readDeck(workspace: string, name: string, options: DeckOverrides = {}): Promise<Deck> {
  const folder = join(workspace, 'slides', name);
  if (!(await exists(join(folder, 'deck.yaml'))))
    throw inputError(`No deck named "${name}" (no slides/${name}/deck.yaml)`, 'Run lectern build <document> first, or name a folder under slides/');
  return withOverrides(deckFromFiles(name, await readDeckFiles(folder), `slides/${name}`, options.defaults), options);
}
