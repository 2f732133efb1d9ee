// scripts/stages/config.ts and settings.ts: a workspace config's schema, its one-line errors, and the settings each deck gets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LecternError } from '../../scripts/errors.ts';
import { validateConfig } from '../../scripts/stages/config.ts';
import { settingsFor } from '../../scripts/stages/settings.ts';

/** The one line a bad config prints. */
function refusal(data: unknown): string {
  try {
    validateConfig(data, 'lectern.config.mjs');
  } catch (error) {
    assert.ok(error instanceof LecternError && error.kind === 'input', String(error));
    return error.toLine();
  }
  assert.fail(`accepted: ${JSON.stringify(data)}`);
}

describe('validateConfig', () => {
  it('accepts every setting, at the top and per deck, and an empty config', () => {
    const config = {
      theme: 'dark',
      author: 'A. Lecturer',
      lang: 'de-CH',
      pdf: true,
      handouts: ['notes', '3up'],
      paper: 'letter',
      duration: '1h30m',
      wpm: 150,
      decks: { week1: { theme: 'light', duration: 50 } },
    };
    assert.deepEqual(validateConfig(config, 'lectern.config.mjs'), config);
    assert.deepEqual(validateConfig(undefined, 'lectern.config.mjs'), {});
  });

  it('names an unknown key where it is, with the key that was meant', () => {
    assert.match(refusal({ thme: 'dark' }), /^lectern\.config\.mjs: unknown key "thme"\. Did you mean "theme"\? The keys are theme, author, /u);
    assert.match(refusal({ decks: { week1: { handout: ['notes'] } } }), /unknown key "decks\.week1\.handout"\. Did you mean "handouts"\?/u);
    assert.doesNotMatch(refusal({ decks: { week1: { decks: {} } } }), /Did you mean/u, 'decks is not a setting of a deck');
  });

  it('says what a wrong value must be, and what it was', () => {
    for (const [data, message] of [
      [{ theme: 'blue' }, 'theme must be one of "light", "dark", not "blue"'],
      [{ pdf: 'yes' }, 'pdf must be true or false, not "yes"'],
      [{ handouts: ['notes', 'poster'] }, 'handouts[1] must be one of "notes", "notes-pages", "3up", "6up", not "poster"'],
      [{ handouts: 'notes' }, 'handouts must be a list, e.g. ["notes", "3up"], not "notes"'],
      [{ wpm: 1000 }, 'wpm must be a number of at most 400, not 1000'],
      [{ timeout: 0 }, 'timeout must be a number of at least 0 (not equal), not 0'],
      [{ author: '' }, 'author must be a text that is not empty, not ""'],
      [{ lang: 'English (UK)' }, 'lang must be a language tag such as en, fr or de-CH, not "English (UK)"'],
      [{ duration: true }, 'duration must be a number of minutes or a text such as "50m" or "1h30m", not true'],
      [{ decks: { week1: { paper: 'a3' } } }, 'decks.week1.paper must be one of "a4", "letter", not "a3"'],
    ] as const)
      assert.equal(refusal(data), `lectern.config.mjs: ${message}. Fix the value in lectern.config.mjs, or remove the key to use the default`);
    assert.match(refusal(['theme']), /^lectern\.config\.mjs: the config must be an object of settings\. Export an object/u);
  });
});

describe('settingsFor', () => {
  it("gives a deck the config's settings with its own entry over them, and no deck the shared ones", () => {
    const config = validateConfig({ theme: 'dark', pdf: true, decks: { week1: { theme: 'light', png: true } } }, 'c');
    assert.deepEqual(settingsFor(config, 'week1'), { theme: 'light', pdf: true, png: true });
    assert.deepEqual(settingsFor(config, 'week2'), { theme: 'dark', pdf: true });
    assert.deepEqual(settingsFor(config, null), { theme: 'dark', pdf: true });
  });
});
