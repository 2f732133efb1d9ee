// Following a deck's sources (scripts/watch.ts): after a build from the
// document moves a new slides folder into place, files added to it and edits
// to its files are still reported. Every wait is for a condition, with a limit.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { changeOf, followChanges, merged, type Change } from '../../scripts/watch.ts';
import { scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-follow-');
after(() => ws.remove());

/** Resolves once `condition` holds; fails after `ms` naming what was awaited. */
async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('followChanges', () => {
  it('names what a path is: the document, the config, the deck, a theme file, or nothing', () => {
    const where = { workspace: '/w', document: '/w/notes.md', deck: 'live', talk: false, configFile: null };
    assert.equal(changeOf('/w/notes.md', where), 'document');
    assert.equal(changeOf('/w/lectern.config.json', where), 'config');
    assert.equal(changeOf('/w/slides/live/intro.md', where), 'deck');
    assert.equal(changeOf('/w/slides/other/intro.md', where), null);
    assert.equal(changeOf('/w/slides/live/.lectern.json', where), null);
    assert.equal(changeOf('/w/theme/custom.css', where), 'theme');
    assert.equal(merged('deck', 'document'), 'document');
    assert.equal(merged('config', 'theme'), 'config');
  });

  it('reports a file added to, and an edit to a file of, a deck folder that a build replaced', async () => {
    const deckDir = join(ws.dir, 'slides', 'live');
    mkdirSync(deckDir, { recursive: true });
    writeFileSync(join(deckDir, 'intro.md'), '# Intro\n');
    const changes: Change[] = [];
    const following = followChanges(
      { workspace: ws.dir, document: null, deck: 'live', talk: false, configFile: null },
      (change) => changes.push(change),
      (error) => assert.fail(String(error)),
    );
    try {
      await following.ready;
      // A plan from the document, as the pipeline writes it: a staging folder moved into the deck folder's place, the
      // old one moved out and removed (here between two turns of the event loop, as a busy machine may run them).
      following.hold();
      const files = new Map([
        ['intro.md', '# Intro, planned again\n'],
        ['deck.yaml', 'slides:\n  - intro.md\n'],
      ]);
      const staging = join(ws.dir, 'slides', '.live.tmp-1-a');
      mkdirSync(staging);
      for (const [name, text] of files) writeFileSync(join(staging, name), text);
      renameSync(deckDir, `${staging}.old`);
      renameSync(staging, deckDir);
      rmSync(`${staging}.old`, { recursive: true });
      following.settle(files);
      // The build's own files are no change; a picture the user adds is, and so is the next one, once the watcher has
      // seen the old folder go (chokidar went on watching it under the deck's name, and heard of no file added after).
      writeFileSync(join(deckDir, 'diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      await until(() => changes.includes('deck'), 'the added file to be reported');
      changes.length = 0;
      writeFileSync(join(deckDir, 'photo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      await until(() => changes.includes('deck'), 'the second added file to be reported');
      changes.length = 0;
      writeFileSync(join(deckDir, 'intro.md'), '# Intro, edited\n');
      await until(() => changes.includes('deck'), 'the edit to be reported');
      assert.deepEqual([...new Set(changes)], ['deck']);
    } finally {
      await following.close();
    }
  });
});
