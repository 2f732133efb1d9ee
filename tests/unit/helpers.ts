// What every test shares: the repository's paths, scratch folders, and decks
// made by hand. Nothing here loads lectern's modules (types only), opens a
// browser or runs the CLI: tests/helpers.ts builds on it for the tests that
// do, and the unit tests' coverage counts only the modules they use
// (tests/unit/plans.ts runs the stages).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Deck, DeckMeta, DeckSlide } from '../../scripts/types.ts';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const exampleDocument = join(repoRoot, 'slides', 'nazi-soviet-pact.txt');
export const fixtures = join(repoRoot, 'tests', 'fixtures');

export function scratchWorkspace(prefix = 'lectern-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A slide as read back from a deck folder: a section slide titled by its id unless told otherwise. */
export const slide = (id: string, fields: Partial<DeckSlide> = {}): DeckSlide => ({
  id,
  file: `${id}.md`,
  layout: 'section',
  fragments: false,
  source: null,
  section: null,
  body: `# ${id}`,
  notes: '',
  ...fields,
});

/** A deck of those slides, in English, light. */
export const deck = (name: string, slides: DeckSlide[], meta: Partial<DeckMeta> = {}): Deck => ({
  name,
  meta: { title: name, subtitle: null, author: null, date: null, theme: 'light', lang: 'en', keywords: [], source: null, ...meta },
  slides,
});
