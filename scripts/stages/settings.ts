// The settings one deck gets from a workspace config. Apart from the schema
// (stages/config.ts), so that a command without a config never loads zod.
import type { DeckSettings, LecternConfig } from './config.ts';

/** The settings one deck gets: the config's, with its entry under `decks` over them. */
export function settingsFor(config: LecternConfig, deck: string | null): DeckSettings {
  const { decks, ...shared } = config;
  const own = deck === null ? undefined : decks?.[deck];
  return { ...shared, ...own };
}
