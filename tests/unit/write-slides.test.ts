// scripts/stages/write-slides.ts: the files of a deck folder, and what changing the folder keeps.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeFolder, editedSince, hashText } from '../../scripts/stages/write-slides.ts';

describe('changing a deck folder', () => {
  const state = (hashes: Record<string, string>, images: string[] = []): string => JSON.stringify({ generator: 'x', hashes, images });
  it('drops what lectern wrote and nobody changed, keeps everything else, and names what it would replace', () => {
    const texts = new Map([
      ['.lectern.json', state({ 'a.md': hashText('A'), 'b.md': hashText('B'), 'c.md': hashText('C') }, ['images/old.png', 'images/kept.png'])],
      ['a.md', 'A'],
      ['b.md', 'B edited'],
      ['c.md', 'C'],
      ['mine.md', 'my own'],
    ]);
    const paths = [...texts.keys(), 'images/old.png', 'images/kept.png', 'images/user.png', 'notes/todo.txt'];
    const next = new Map([
      ['a.md', 'A'],
      ['.lectern.json', '{}'],
      ['mine.md', 'lectern wants this name'],
    ]);
    const change = changeFolder({ paths, texts }, next, { copies: ['images/kept.png'] });
    assert.deepEqual(change.keep, ['a.md', 'images/user.png', 'notes/todo.txt']);
    assert.deepEqual(change.replaced, ['b.md', 'mine.md']);
    assert.deepEqual([...change.write.keys()].sort(), ['.lectern.json', 'mine.md']);
  });
  it('never touches the document it is protecting', () => {
    const texts = new Map([
      ['.lectern.json', state({ 'doc.md': hashText('D') })],
      ['doc.md', 'D'],
    ]);
    const change = changeFolder({ paths: [...texts.keys()], texts }, new Map([['.lectern.json', '{}']]), { protect: 'doc.md' });
    assert.deepEqual(change.keep, ['doc.md']);
  });
  it('is unchanged only when every file comes out as it is: none rewritten, added or dropped', () => {
    const record = state({ 'a.md': hashText('A'), 'b.md': hashText('B') });
    const texts = new Map([
      ['.lectern.json', record],
      ['a.md', 'A'],
      ['b.md', 'B'],
    ]);
    const folder = { paths: [...texts.keys(), 'mine.txt'], texts };
    const next = (entries: [string, string][]): Map<string, string> => new Map([['.lectern.json', record], ...entries]);
    const unchanged = (files: Map<string, string>): boolean => changeFolder(folder, files).unchanged;
    const a: [string, string] = ['a.md', 'A'];
    const b: [string, string] = ['b.md', 'B'];
    assert.equal(unchanged(next([a, b])), true);
    assert.equal(unchanged(next([a, ['b.md', 'B2']])), false, 'a slide rewritten');
    assert.equal(unchanged(next([a])), false, 'a slide dropped');
    assert.equal(unchanged(next([a, b, ['c.md', 'C']])), false, 'a slide added');
    assert.equal(unchanged(new Map([['.lectern.json', '{}'], a, b])), false, 'the record rewritten');
  });

  it('names the files saved while a build ran: changed or added since it read the folder, its own record aside', () => {
    const first = new Map([
      ['.lectern.json', '{"a":1}'],
      ['a.md', 'A'],
      ['b.md', 'B'],
    ]);
    const now = new Map([
      ['.lectern.json', '{"a":2}'],
      ['a.md', 'A'],
      ['b.md', 'B, saved meanwhile'],
      ['new.md', 'a slide of my own'],
    ]);
    assert.deepEqual(editedSince(first, now), ['b.md', 'new.md']);
    assert.deepEqual(editedSince(first, first), []);
  });
});
