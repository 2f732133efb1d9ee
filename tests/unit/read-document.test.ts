// scripts/stages/read-document.ts: bytes to text, and which format it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { bytes } from './helpers.ts';

describe('readDocument', () => {
  it('strips a byte-order mark and normalises CRLF', () => {
    const doc = readDocument('a.txt', bytes('\uFEFFTitle line\r\nBody: text here.\r\n'));
    assert.equal(doc.text, 'Title line\nBody: text here.\n');
  });
  it('detects Markdown by extension or by headings', () => {
    assert.equal(readDocument('a.md', bytes('plain')).format, 'markdown');
    assert.equal(readDocument('a', bytes('# Title\n\ntext')).format, 'markdown');
    assert.equal(readDocument('a.txt', bytes('# not markdown')).format, 'text');
    // Front matter without an extension to go by: YAML ended by --- or ..., or TOML.
    assert.equal(readDocument('notes', bytes('---\ntitle: x\n...\n\nPlain text.')).format, 'markdown');
    assert.equal(readDocument('notes', bytes('+++\ntitle = "x"\n+++\n\nPlain text.')).format, 'markdown');
    assert.equal(readDocument('notes', bytes('Plain text.\n\n---\n\nMore.')).format, 'text');
  });
  it('reads a text with a few stray zero bytes (an old editor left them at line ends) without them; a binary file stays refused', () => {
    const verse = Array.from({ length: 40 }, (_, i) => `The master programmer spoke of line ${i}, and the novice listened.`).join('\n');
    const withZeros = Buffer.concat([
      Buffer.from('The Tao of Programming\n\n'),
      Buffer.from(verse.replace(/line 3,/u, 'line 3,\u0000')),
      Buffer.from([0]),
      Buffer.from('\n'),
    ]);
    const doc = readDocument('tao.txt', withZeros);
    assert.ok(!doc.text.includes('\u0000'));
    assert.match(doc.text, /spoke of line 3, and/u);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64, 0)]);
    assert.throws(() => readDocument('picture.txt', png), /looks like a binary file/u);
  });
});

describe('text that is not UTF-8', () => {
  const western = new Uint8Array([
    ...Buffer.from('On Monday morning it was '),
    0x93,
    ...Buffer.from('busy'),
    0x94,
    ...Buffer.from(' at the caf'),
    0xe9,
    ...Buffer.from(' ' + '\u2014'.length + ' '),
    0x96,
    0x80,
    0x35,
    0x0a,
  ]);

  it('reads Western text as Windows-1252, with a warning', () => {
    const doc = readDocument('old.txt', western);
    assert.equal(doc.text, 'On Monday morning it was “busy” at the café 1 –€5\n');
    assert.deepEqual(doc.warnings, ['not UTF-8: read as Windows-1252 (pass --encoding to name another)']);
    assert.equal(readDocument('new.txt', Buffer.from('It was “busy”.\n')).warnings, undefined);
  });

  it('reads Windows-1252 named by any of its labels with its quotes, dashes and euro sign', () => {
    for (const label of ['windows-1252', 'latin1', 'iso-8859-1'])
      assert.equal(readDocument('old.txt', western, label).text, 'On Monday morning it was “busy” at the café 1 –€5\n');
  });

  it('refuses text mostly past ASCII (Cyrillic in Windows-1251) with the fix', () => {
    const cyrillic = Buffer.from('Êîøêà: Ýòî ìîÿ êîøêà.\n', 'latin1');
    assert.throws(() => readDocument('ru.txt', cyrillic), /ru\.txt: not valid utf-8 text \(bad byte at offset 0\)/u);
    assert.equal(readDocument('ru.txt', cyrillic, 'windows-1251').text, 'Кошка: Это моя кошка.\n');
  });
});
