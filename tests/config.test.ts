// The workspace config: each level of the precedence (flags > deck manifest or
// document > config > defaults), per-deck settings, every file format, the
// errors for a wrong key or value, and `lectern init`. HTML-only builds: no
// browser is needed to see which settings won.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exampleDocument, runCli, scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-config-');
after(() => ws.remove());

/** A fresh folder of the workspace with the example essay and, optionally, a config file. */
function folder(name: string, config?: [string, string]): string {
  const dir = join(ws.dir, name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(exampleDocument, join(dir, 'essay.txt'));
  if (config) writeFileSync(join(dir, config[0]), config[1]);
  return dir;
}

const themeOf = (dir: string, deck: string): string => /data-theme="(\w+)"/u.exec(readFileSync(join(dir, 'dist', deck, 'index.html'), 'utf8'))?.[1] ?? 'none';
const manifest = (dir: string, deck: string): string => readFileSync(join(dir, 'slides', deck, 'deck.yaml'), 'utf8');
const ok = (args: string[], cwd: string): string => {
  const result = runCli(args, cwd);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};

describe('workspace config', () => {
  it('defaults apply without a config; a config sets them; a flag overrides the config', () => {
    const bare = folder('bare');
    ok(['build', 'essay.txt'], bare);
    assert.equal(themeOf(bare, 'essay'), 'light');
    assert.ok(!existsSync(join(bare, 'dist', 'essay', 'essay.html')));

    const configured = folder('configured', ['lectern.config.json', JSON.stringify({ theme: 'dark', author: 'Config Author', singleFile: true })]);
    ok(['build', 'essay.txt'], configured);
    assert.equal(themeOf(configured, 'essay'), 'dark');
    assert.match(manifest(configured, 'essay'), /^author: Config Author$/mu);
    assert.ok(existsSync(join(configured, 'dist', 'essay', 'essay.html')), 'singleFile from the config');

    ok(['build', 'essay.txt', '--deck', 'flagged', '--theme', 'light', '--author', 'Flag Author', '--no-single-file'], configured);
    assert.equal(themeOf(configured, 'flagged'), 'light');
    assert.match(manifest(configured, 'flagged'), /^author: Flag Author$/mu);
    assert.ok(!existsSync(join(configured, 'dist', 'flagged', 'flagged.html')), '--no-single-file over the config');
  });

  it('the deck manifest overrides the config, and a deck entry overrides the shared settings', () => {
    const dir = folder('manifest', ['lectern.config.yaml', 'theme: dark\ndecks:\n  light-one:\n    theme: light\n']);
    ok(['build', 'essay.txt', '--deck', 'light-one'], dir);
    assert.equal(themeOf(dir, 'light-one'), 'light', 'decks.light-one over the shared theme');
    ok(['build', 'essay.txt', '--deck', 'plain'], dir);
    assert.equal(themeOf(dir, 'plain'), 'dark');
    // The manifest says light: rebuilding the deck by name keeps it light under a dark config.
    const file = join(dir, 'slides', 'plain', 'deck.yaml');
    writeFileSync(file, manifest(dir, 'plain').replace(/^theme: dark$/mu, 'theme: light'));
    ok(['build', 'plain'], dir);
    assert.equal(themeOf(dir, 'plain'), 'light');
  });

  it('is found from a subfolder, loads TypeScript with defineConfig, and --config names another file', () => {
    const dir = folder('typescript', [
      'lectern.config.ts',
      "import { defineConfig } from 'lectern';\nconst theme: 'dark' | 'light' = 'dark';\nexport default defineConfig({ theme });\n",
    ]);
    const sub = join(dir, 'talks');
    mkdirSync(sub);
    copyFileSync(exampleDocument, join(sub, 'essay.txt'));
    ok(['build', 'essay.txt'], sub);
    assert.equal(themeOf(sub, 'essay'), 'dark');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ theme: 'light' }));
    ok(['build', 'essay.txt', '--config', '../other.json', '--deck', 'other'], sub);
    assert.equal(themeOf(sub, 'other'), 'light');
  });

  it('a wrong key or value is exit 2 naming the file, the key and what is allowed, and nothing is built', () => {
    const cases: [string, string, RegExp][] = [
      ['lectern.config.json', '{"thme": "dark"}', /lectern\.config\.json: unknown key "thme"\. Did you mean "theme"\?/u],
      ['lectern.config.yaml', 'paper: a5\n', /lectern\.config\.yaml: paper must be one of "a4", "letter", not "a5"/u],
      ['lectern.config.mjs', 'export default { decks: { x: { handouts: "3up" } } };\n', /lectern\.config\.mjs: decks\.x\.handouts must be a list/u],
      ['lectern.config.json', '{"wpm": 5}', /lectern\.config\.json: wpm must be a number of at least 20, not 5/u],
      ['lectern.config.json', '{"theme": ', /lectern\.config\.json: not valid JSON/u],
    ];
    cases.forEach(([file, text, message], i) => {
      const dir = folder(`bad-${i}`, [file, text]);
      const result = runCli(['build', 'essay.txt'], dir);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.ok(!existsSync(join(dir, 'dist')) && !existsSync(join(dir, 'slides')), 'nothing written');
    });
  });

  it('lectern init writes a starter config and an example that build, and never overwrites', () => {
    const dir = join(ws.dir, 'init');
    mkdirSync(dir);
    assert.match(ok(['init'], dir), /lectern\.config\.ts and notes\.md/u);
    const out = ok(['build', 'notes.md'], dir);
    // The starter config turns on the slides PDF and the notes handout.
    assert.match(out, /Built deck "notes" \(\d+ slides\)/u);
    assert.ok(existsSync(join(dir, 'dist', 'notes', 'notes.pdf')) && existsSync(join(dir, 'dist', 'notes', 'notes-handout.pdf')), out);
    const again = runCli(['init'], dir);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already has a config/u);
    rmSync(join(dir, 'lectern.config.ts'));
    const notes = runCli(['init'], dir);
    assert.equal(notes.status, 2);
    assert.match(notes.stderr, /notes\.md: already exists/u);
  });
});
