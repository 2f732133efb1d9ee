// scripts/stages/settings.ts: the settings one deck gets from a workspace config.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LecternConfig } from '../../scripts/stages/config.ts';
import { settingsFor } from '../../scripts/stages/settings.ts';

describe('settingsFor', () => {
  const config: LecternConfig = {
    theme: 'dark',
    pdf: true,
    handouts: ['notes', '3up'],
    decks: { week1: { theme: 'light', handouts: ['6up'], wpm: 120 }, week2: {} },
  };

  it("lays a deck's own entry over the shared settings, key by key, and a list it gives replaces the shared list", () => {
    assert.deepEqual(settingsFor(config, 'week1'), { theme: 'light', pdf: true, handouts: ['6up'], wpm: 120 });
    assert.deepEqual(settingsFor(config, 'week2'), { theme: 'dark', pdf: true, handouts: ['notes', '3up'] });
  });

  it('gives a deck with no entry, and no deck at all, the shared settings without the decks table', () => {
    const shared = { theme: 'dark', pdf: true, handouts: ['notes', '3up'] };
    assert.deepEqual(settingsFor(config, 'week9'), shared);
    assert.deepEqual(settingsFor(config, null), shared);
    assert.ok(!('decks' in settingsFor(config, 'week1')));
  });

  it('gives an empty config nothing, and leaves the config it read as it was', () => {
    assert.deepEqual(settingsFor({}, 'week1'), {});
    assert.deepEqual(settingsFor({ decks: { week1: { paper: 'letter' } } }, 'week1'), { paper: 'letter' });
    const before = structuredClone(config);
    settingsFor(config, 'week1').theme = 'dark';
    assert.deepEqual(config, before);
  });
});
