// scripts/stages/read-slides.ts: a deck folder's files back to a deck.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LecternError } from '../../scripts/errors.ts';
import { deckFromFiles } from '../../scripts/stages/read-slides.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { changeFolder, writeSlides } from '../../scripts/stages/write-slides.ts';
import { plan } from './plans.ts';

describe('slide files', () => {
  it('round-trip: what writeSlides writes, deckFromFiles reads back', () => {
    const planned = plan(splitText('Intro. Here it is:\n\nAlpha: One. Two.\n\nBeta: Three.')).value;
    const files = writeSlides(planned, 'test');
    const deck = deckFromFiles('d', files, 'slides/d');
    assert.deepEqual(
      deck.slides.map((s) => s.id),
      planned.slides.map((s) => s.id),
    );
    assert.equal(deck.slides[2]?.notes, planned.slides[2]?.notes);
    const onDisk = { paths: [...files.keys()], texts: files };
    assert.deepEqual(changeFolder(onDisk, files).replaced, []);
    assert.deepEqual(changeFolder(onDisk, files).write.size, 1, 'only the record of hashes is rewritten when nothing changed');
    const edited = new Map(files);
    edited.set('alpha.md', `${files.get('alpha.md')}\nmore`);
    assert.deepEqual(changeFolder({ paths: [...edited.keys()], texts: edited }, files).replaced, ['alpha.md']);
  });
  it('names the file and the fix for a bad manifest', () => {
    assert.throws(
      () => deckFromFiles('d', new Map([['deck.yaml', 'title: x\nslides: [missing]']]), 'slides/d'),
      /slides\/d\/deck\.yaml: slide "missing" has no file slides\/d\/missing\.md/u,
    );
    assert.throws(() => deckFromFiles('d', new Map([['deck.yaml', 'title: [unclosed']]), 'slides/d'), /not valid YAML/u);
  });
});

describe('a deck folder written by hand', () => {
  const folder = (manifest: string, slides: Record<string, string> = { one: '# One\n' }): Map<string, string> =>
    new Map([['deck.yaml', manifest], ...Object.entries(slides).map(([id, text]): [string, string] => [`${id}.md`, text])]);

  it("reads the manifest's settings, the workspace's defaults under them, and each slide's front matter, body and notes", () => {
    const deck = deckFromFiles(
      'd',
      folder('title: Week 1\nkeywords: sorting, searching\nduration: 1h\nwpm: 150\nslides:\n  - one\n  - two.md\n', {
        one: '---\nid: first\nlayout: section\nfragments: true\nsection: Basics\n---\n# One\n\n- a\n\nNotes:\nSay it slowly.\n',
        two: '# Two\n',
      }),
      'slides/d',
      { author: 'A. Lecturer', theme: 'dark' },
    );
    assert.deepEqual(
      [deck.meta.title, deck.meta.author, deck.meta.theme, deck.meta.lang, deck.meta.keywords, deck.meta.duration, deck.meta.wpm],
      ['Week 1', 'A. Lecturer', 'dark', 'en', ['sorting', 'searching'], 60, 150],
    );
    assert.deepEqual(deck.slides[0], {
      id: 'first',
      file: 'one.md',
      layout: 'section',
      fragments: true,
      source: null,
      section: 'Basics',
      body: '# One\n\n- a',
      notes: 'Say it slowly.',
    });
    assert.deepEqual([deck.slides[1]?.id, deck.slides[1]?.layout, deck.slides[1]?.notes], ['two', 'default', '']);
  });

  it('refuses, naming the file and the fix, what it cannot read', () => {
    for (const [files, message] of [
      [new Map([['one.md', '# One']]), /^slides\/d: no deck\.yaml in this folder\. Create slides\/d\/deck\.yaml/u],
      [folder('title: x\nslides: []\n'), /deck\.yaml: "slides" must list the slide ids in order/u],
      [folder('theme: blue\nslides: [one]\n'), /deck\.yaml: theme must be light or dark, not "blue"/u],
      [folder('duration: soon\nslides: [one]\n'), /deck\.yaml: duration must be a length of time, not "soon"\. Write it as minutes/u],
      [folder('wpm: 1000\nslides: [one]\n'), /deck\.yaml: wpm must be a speaking pace of 20 to 400 words a minute, not "1000"/u],
      [folder('slides: [one, one]\n'), /slides\/d\/one\.md: slide id "one" is used twice/u],
      [folder('slides: [one]\n', { one: '---\nlayout: poster\n---\n# One' }), /slides\/d\/one\.md: unknown layout "poster"\. Use one of: /u],
      [folder('slides: [one]\n', { one: '---\n- a list\n---\n# One' }), /slides\/d\/one\.md: expected key: value pairs/u],
    ] as const)
      assert.throws(
        () => deckFromFiles('d', files, 'slides/d'),
        (error: unknown) => error instanceof LecternError && error.kind === 'input' && message.test(error.toLine()),
        String(message),
      );
  });
});
