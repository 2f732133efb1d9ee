// scripts/stages/completion.ts: shell completion scripts from the command line's own table.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { completionScript, shells, type CommandSpec } from '../../scripts/stages/completion.ts';

const commands: Record<string, CommandSpec> = {
  build: { flags: ['pdf', 'handout', 'theme'], values: { handout: ['notes', '3up'] }, positional: 'inputs' },
  init: { flags: ['force'], positional: 'none' },
};

describe('completionScript', () => {
  it('names every command and flag, and the values a flag takes, in each shell', () => {
    for (const shell of shells) {
      const script = completionScript(shell, commands);
      for (const word of ['build', 'init', 'pdf', 'handout', 'theme', 'force', 'notes', '3up']) assert.ok(script.includes(word), `${shell}: ${word}`);
    }
    assert.match(completionScript('bash', commands), /--handout\) COMPREPLY=\(\$\(compgen -W "notes 3up" -- "\$cur"\)\)/u);
    assert.match(completionScript('zsh', commands), /'--handout\[handout\]:handout:\(notes 3up\)'/u);
    assert.match(completionScript('fish', commands), /-n "__fish_seen_subcommand_from build" -l handout -x -a "notes 3up"/u);
  });

  it('completes documents and decks for a command that takes inputs, nothing for one that takes none', () => {
    const bash = completionScript('bash', commands);
    const build = bash.slice(bash.indexOf('    build)'), bash.indexOf('    init)'));
    const init = bash.slice(bash.indexOf('    init)'));
    assert.match(build, /__lectern_decks/u);
    assert.doesNotMatch(init.slice(0, init.indexOf(';;')), /__lectern_decks|compgen -f/u);
  });

  it('is a script bash reads without an error', () => {
    const result = spawnSync('bash', ['-n'], { input: completionScript('bash', commands), encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
