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
});
