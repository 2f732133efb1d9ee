// The command line as users and their scripts drive it: exit codes, one-line
// errors, outputs in place or not at all, edits kept. No PDFs here (fast).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { exampleDocument, repoRoot, runCli, scratchWorkspace, type RunResult } from './helpers.ts';

const ws = scratchWorkspace();
after(() => ws.remove());

function write(name: string, content: string | Uint8Array): string {
  const path = join(ws.dir, name);
  writeFileSync(path, content);
  return path;
}

function assertOneLineError(result: RunResult, code: number, pattern: RegExp): void {
  assert.equal(result.status, code, `exit ${result.status}, stderr: ${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${result.stderr}`);
  assert.match(lines[0] ?? '', pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /u, 'stack trace printed');
}

describe('lectern --help and --version', () => {
  it('prints the version from package.json', () => {
    const result = runCli(['--version'], ws.dir);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim(), pkg.version);
  });
  it('prints help for the tool and for build', () => {
    const main = runCli(['--help'], ws.dir);
    assert.equal(main.status, 0);
    assert.match(main.stdout, /lectern build/u);
    const build = runCli(['build', '--help'], ws.dir);
    assert.equal(build.status, 0);
    assert.match(build.stdout, /--handout notes/u);
    assert.match(build.stdout, /LECTERN_DAEMON=0 turns it off/u);
  });
  it('rejects unknown commands and flags with exit 2', () => {
    assertOneLineError(runCli(['frobnicate'], ws.dir), 2, /Unknown command "frobnicate"/u);
    assertOneLineError(runCli(['build', exampleDocument, '--bogus'], ws.dir), 2, /--bogus.*lectern build --help/u);
    assertOneLineError(runCli(['build'], ws.dir), 2, /needs a document/u);
    assertOneLineError(runCli(['build', exampleDocument, '--handout', 'poster'], ws.dir), 2, /--handout must be one of/u);
  });
});

describe('shell completion', () => {
  it('bash completes commands, flags, flag values and deck names; every help lists --config and --debug', () => {
    const script = runCli(['completion', 'bash'], ws.dir);
    assert.equal(script.status, 0, script.stderr);
    const dir = join(ws.dir, 'completion');
    mkdirSync(join(dir, 'slides', 'week-3'), { recursive: true });
    writeFileSync(join(dir, 'slides', 'week-3', 'deck.yaml'), 'title: Week 3\nslides: []\n');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n');
    writeFileSync(join(dir, 'completion.bash'), script.stdout);
    const complete = (...words: string[]): string[] => {
      const line = `source completion.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _lectern; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const result = spawnSync('bash', ['-c', line], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return result.stdout.split('\n').filter(Boolean).sort();
    };
    assert.deepEqual(complete('lectern', 'bu'), ['build']);
    assert.deepEqual(complete('lectern', 'build', '--han'), ['--handout', '--handout-theme']);
    assert.deepEqual(complete('lectern', 'build', '--handout', ''), ['3up', '6up', 'none', 'notes', 'notes-pages']);
    assert.deepEqual(complete('lectern', 'serve', '--the'), ['--theme']);
    const inputs = complete('lectern', 'build', '');
    assert.ok(inputs.includes('week-3') && inputs.includes('notes.md'), inputs.join(' '));
    for (const shell of ['zsh', 'fish']) {
      const other = runCli(['completion', shell], ws.dir);
      assert.equal(other.status, 0, other.stderr);
      assert.match(other.stdout, /--handout-theme|-l handout-theme/u);
    }
    assertOneLineError(runCli(['completion', 'tcsh'], ws.dir), 2, /completion must be one of bash, zsh, fish/u);
    for (const command of ['build', 'check', 'serve', 'list', 'remix', 'import', 'library', 'init', 'completion']) {
      const help = runCli([command, '--help'], ws.dir);
      assert.match(help.stdout, /--config FILE[\s\S]*--debug/u, command);
    }
  });
});

describe('bad input', () => {
  it('--duration warns when the notes take longer to speak than the talk lasts, and names a bad length', () => {
    const over = runCli(['build', exampleDocument, '--deck', 'timed', '--duration', '2m'], ws.dir);
    assert.equal(over.status, 0, over.stderr);
    assert.match(over.stderr, /warning the notes take about [\d.]+ min to speak at 130 words a minute, over the 2 min of the talk/u);
    const within = runCli(['build', exampleDocument, '--deck', 'timed', '--duration', '1h30m', '--wpm', '150'], ws.dir);
    assert.equal(within.status, 0, within.stderr);
    assert.doesNotMatch(within.stderr, /over the/u);
    assertOneLineError(
      runCli(['build', exampleDocument, '--deck', 'timed', '--duration', 'soon'], ws.dir),
      2,
      /--duration must be a length of time, not "soon"/u,
    );
  });

  it('"lectern help <command>" prints that command\'s help', () => {
    const help = runCli(['help', 'check'], ws.dir);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Usage: lectern check/u);
    assert.match(help.stdout, /--wpm N/u);
  });

  it('suggests what a typo meant: a command, an option, a value, a deck', () => {
    assertOneLineError(runCli(['biuld', 'x.md'], ws.dir), 2, /Unknown command "biuld"\. Did you mean lectern build\?/u);
    assertOneLineError(runCli(['build', 'x.md', '--hadnout', 'notes'], ws.dir), 2, /Unknown option '--hadnout'\. Did you mean --handout\?/u);
    assertOneLineError(runCli(['build', 'x.md', '--theme', 'drak'], ws.dir), 2, /not "drak"\. Did you mean --theme dark\?/u);
    mkdirSync(join(ws.dir, 'slides', 'week-three'), { recursive: true });
    writeFileSync(join(ws.dir, 'slides', 'week-three', 'deck.yaml'), 'title: W\nslides:\n  - one\n');
    assertOneLineError(runCli(['build', 'week-thre'], ws.dir), 2, /No document or deck named "week-thre"\. Did you mean the deck "week-three"\?/u);
    assertOneLineError(runCli(['build', 'x.md', '--qqqqqq'], ws.dir), 2, /^lectern: Unknown option '--qqqqqq'\. Run lectern build --help/u);
  });

  it('names a missing file and exits 2', () => {
    assertOneLineError(runCli(['build', 'nowhere/notes.txt'], ws.dir), 2, /nowhere\/notes\.txt: no such file\. /u);
  });
  it('rejects a folder, an empty file, a whitespace file and a binary file', () => {
    mkdirSync(join(ws.dir, 'folder.txt'), { recursive: true });
    assertOneLineError(runCli(['build', 'folder.txt'], ws.dir), 2, /is a folder/u);
    assertOneLineError(runCli(['build', write('empty.txt', '')], ws.dir), 2, /empty/u);
    assertOneLineError(runCli(['build', write('blank.txt', ' \n\t\n  ')], ws.dir), 2, /empty/u);
    assertOneLineError(runCli(['build', write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))], ws.dir), 2, /binary/u);
  });
  it('names the byte offset of text that is not UTF-8, and reads it with --encoding', () => {
    // Russian in Windows-1251 (its bytes written here as the Latin-1 characters they are): mostly bytes past ASCII.
    const cyrillic = Buffer.from('Êîøêà: Ýòî ìîÿ êîøêà. Îíà ëþáèò ìîëîêî è ñïèò íà äèâàíå.\n', 'latin1');
    const path = write('cp1251.txt', cyrillic);
    assertOneLineError(runCli(['build', path], ws.dir), 2, /offset 0.*--encoding/u);
    const ok = runCli(['build', path, '--encoding', 'windows-1251'], ws.dir);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(readFileSync(join(ws.dir, 'dist', 'cp1251', 'index.html'), 'utf8'), /Кошка/u);
  });
  it('reads Western text that is not UTF-8 as Windows-1252, and says so', () => {
    const western = new Uint8Array([
      ...Buffer.from('Caf'),
      0xe9,
      ...Buffer.from(' notes: the caf'),
      0xe9,
      ...Buffer.from(' opened in 1901. It was '),
      0x93,
      ...Buffer.from('busy'),
      0x94,
      ...Buffer.from('.\n'),
    ]);
    const built = runCli(['build', write('western.txt', western)], ws.dir);
    assert.equal(built.status, 0, built.stderr);
    assert.match(built.stderr, /western\.txt.*not UTF-8: read as Windows-1252/u);
    assert.match(readFileSync(join(ws.dir, 'dist', 'western', 'index.html'), 'utf8'), /Café/u);
    assert.match(
      readdirSync(join(ws.dir, 'slides', 'western'))
        .map((f) => readFileSync(join(ws.dir, 'slides', 'western', f), 'utf8'))
        .join('\n'),
      /“busy”/u,
    );
  });
  it('leaves nothing behind when a build fails', () => {
    runCli(['build', write('void.txt', '')], ws.dir);
    assert.equal(existsSync(join(ws.dir, 'slides', 'void')), false);
    assert.equal(existsSync(join(ws.dir, 'dist', 'void')), false);
    const leftovers = ['slides', 'dist'].flatMap((d) => (existsSync(join(ws.dir, d)) ? readdirSync(join(ws.dir, d)) : [])).filter((f) => f.includes('.tmp-'));
    assert.deepEqual(leftovers, []);
  });
});

describe('building', () => {
  it('builds HTML quietly when stderr is not a terminal', () => {
    const result = runCli(['build', exampleDocument, '--deck', 'quiet'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /dist\/quiet\/index\.html/u);
    assert.ok(existsSync(join(ws.dir, 'slides', 'quiet', 'deck.yaml')));
  });

  it('builds an AsciiDoc document as the Markdown Asciidoctor makes of it, and warns of what it finds wrong, with the line', () => {
    write(
      'service.adoc',
      '= Web Service\n:toc:\n\n== Build\n\nNOTE: Use your IDE.\n\n==== Too deep\n\n[source,java]\n----\nclass A {}\n----\n\n== Run\n\nRun it.\n',
    );
    const result = runCli(['build', 'service.adoc'], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^service\.adoc warning AsciiDoc: line 8: section title out of sequence/mu);
    assert.match(readFileSync(join(ws.dir, 'slides', 'service', 'deck.yaml'), 'utf8'), /^title: Web Service$/mu);
    const html = readFileSync(join(ws.dir, 'dist', 'service', 'index.html'), 'utf8');
    assert.match(html, /<strong>Note:<\/strong> Use your IDE\./u);
    assert.match(html, /<code class="[^"]*language-java/u);
    assert.doesNotMatch(html, /:toc:|\[source,java\]|^----$/mu);
  });

  it("keeps the user's edits: builds from the deck, refuses to regenerate over them without --force", () => {
    assert.equal(runCli(['build', exampleDocument, '--deck', 'edited'], ws.dir).status, 0);
    const slide = join(ws.dir, 'slides', 'edited', 'mutual-distrust.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('# Mutual Distrust', '# Mutual Suspicion'));
    const fromDeck = runCli(['build', 'edited'], ws.dir);
    assert.equal(fromDeck.status, 0, fromDeck.stderr);
    assert.match(readFileSync(join(ws.dir, 'dist', 'edited', 'index.html'), 'utf8'), /Mutual Suspicion/u);
    assertOneLineError(runCli(['build', exampleDocument, '--deck', 'edited'], ws.dir), 2, /mutual-distrust\.md.*--force/u);
    assert.match(readFileSync(slide, 'utf8'), /Mutual Suspicion/u, 'the edit was overwritten');
    assert.equal(runCli(['build', exampleDocument, '--deck', 'edited', '--force'], ws.dir).status, 0);
    assert.match(readFileSync(slide, 'utf8'), /# Mutual Distrust/u);
  });

  it('exits 3 without a browser, and still writes the HTML', () => {
    const result = runCli(['build', exampleDocument, '--deck', 'nobrowser', '--pdf', '--browser', join(ws.dir, 'no-such-chrome')], ws.dir);
    assertOneLineError(result, 3, /No browser at .*no-such-chrome/u);
    assert.ok(existsSync(join(ws.dir, 'dist', 'nobrowser', 'index.html')));
    assert.equal(existsSync(join(ws.dir, 'dist', 'nobrowser', 'nobrowser.pdf')), false);
    const env = runCli(['build', exampleDocument, '--deck', 'nobrowser', '--pdf'], ws.dir, { LECTERN_BROWSER: '/nonexistent/chrome' });
    assertOneLineError(env, 3, /LECTERN_BROWSER/u);
  });

  it('rejects a deck name that could leave the workspace', () => {
    assertOneLineError(runCli(['build', exampleDocument, '--deck', '../escape'], ws.dir), 2, /not a valid deck name/u);
    assert.equal(existsSync(join(ws.dir, '..', 'escape')), false);
  });

  it('reads Markdown: front matter for the title slide, headings for sections', () => {
    const md = [
      '---',
      'title: Cells',
      'author: R. Hooke',
      '---',
      '',
      'Cells are the unit of life.',
      '',
      '## Membranes',
      '',
      'Membranes keep the inside in. They are made of lipids.',
      '',
      '## Nucleus',
      '',
      '- Holds the DNA',
      '- Has pores',
      '',
    ].join('\n');
    const result = runCli(['build', write('cells.md', md)], ws.dir);
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(join(ws.dir, 'dist', 'cells', 'index.html'), 'utf8');
    for (const text of ['<h1>Cells</h1>', '<h1>Membranes</h1>', '<h1>Nucleus</h1>', 'R. Hooke', '<li>Holds the DNA</li>'])
      assert.ok(html.includes(text), `missing ${text}`);
  });
});

describe('documents in another encoding', () => {
  it('check and import take --encoding; check without it reports why coverage was not measured', () => {
    // Greek in Windows-1253 (its bytes written as the Latin-1 characters they are): not Western text, so named with --encoding.
    const greek = (text: string): Buffer => Buffer.from(text, 'latin1');
    writeFileSync(join(ws.dir, 'cafe.md'), greek('Óçìåéþóåéò\n\nÅéóáãùãÞ ãéá ôï êáöåíåßï.\n\n# Ðåñßëçøç\n\nÔñßá ìÝñç. ¼ëá åßíáé ìéêñÜ.\n'));
    assert.equal(runCli(['build', 'cafe.md', '--encoding', 'windows-1253'], ws.dir).status, 0);
    const without = JSON.parse(runCli(['check', 'cafe', '--json'], ws.dir).stdout) as { decks: { coverage: unknown; coverageNote?: string }[] };
    assert.equal(without.decks[0]?.coverage, null);
    assert.match(without.decks[0]?.coverageNote ?? '', /not valid utf-8 .*--encoding/u);
    const withEncoding = JSON.parse(runCli(['check', 'cafe', '--json', '--encoding', 'windows-1253'], ws.dir).stdout) as {
      decks: { coverage: { share: number } | null }[];
    };
    assert.equal(withEncoding.decks[0]?.coverage?.share, 1);
    writeFileSync(join(ws.dir, 'old.md'), greek('---\nmarp: true\n---\n\n# Êáöåíåßï\n\n---\n\n# Äýï\n'));
    assert.equal(runCli(['import', 'old.md'], ws.dir).status, 2);
    assert.equal(runCli(['import', 'old.md', '--encoding', 'windows-1253'], ws.dir).status, 0);
    assert.match(readFileSync(join(ws.dir, 'slides', 'old', 'title.md'), 'utf8'), /# Καφενείο/u);
  });
});
