// scripts/stages/slide-file.ts: a slide file's front matter, Markdown and notes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeNoteMarkers, formatSlideFile, frontMatterAt, splitSlideFile } from '../../scripts/stages/slide-file.ts';

describe('slide files', () => {
  it('splits front matter, body and notes, whatever the line endings and a byte-order mark', () => {
    assert.deepEqual(splitSlideFile('\uFEFF---\r\nid: a\r\n---\r\n# A\r\n\r\nText.\r\n\r\nNote:\r\nSay it.\r\n'), {
      yaml: 'id: a',
      body: '# A\n\nText.',
      notes: 'Say it.',
    });
    assert.deepEqual(splitSlideFile('# B\n'), { yaml: null, body: '# B', notes: '' });
  });

  it('reads front matter whose opening dashes have a space after them', () => {
    assert.deepEqual(frontMatterAt('--- \npagetitle: Naive Bayes\n---\nText.\n'), { yaml: 'pagetitle: Naive Bayes', length: 32 });
  });

  it('starts the notes at a line "Note:" of its own outside code, not at one inside a fence or inside a sentence', () => {
    const slide = splitSlideFile('# Logs\n\n```\nNote:\nthe disk is full\n```\n\nNote: this line is body text.\n\nNotes:\nExplain why.\n');
    assert.equal(slide.body, '# Logs\n\n```\nNote:\nthe disk is full\n```\n\nNote: this line is body text.');
    assert.equal(slide.notes, 'Explain why.');
  });

  it('writes what it reads back, notes that say "Note:" themselves included', () => {
    const notes = escapeNoteMarkers('First.\nnote: a line of the notes\nLast.');
    const text = formatSlideFile('id: a\n', '# A\n\nText.', notes);
    assert.equal(text, '---\nid: a\n---\n\n# A\n\nText.\n\nNote:\nFirst.\n\\note: a line of the notes\nLast.\n');
    assert.deepEqual(splitSlideFile(text), { yaml: 'id: a', body: '# A\n\nText.', notes });
    assert.equal(formatSlideFile('id: b', '# B', '  '), '---\nid: b\n---\n\n# B\n');
  });

  it('keeps on the slide a label "Notes:" over a list (a README\'s), which would otherwise start the notes', () => {
    const body = '# Meta\n\nNotes:\n\n- Keep it to one page.\n\n```\nNote:\n```';
    const read = splitSlideFile(formatSlideFile('id: m', body, 'Said aloud.'));
    assert.match(read.body, /^Notes\\:$/mu);
    assert.match(read.body, /Keep it to one page/u);
    assert.match(read.body, /```\nNote:\n```/u);
    assert.equal(read.notes, 'Said aloud.');
  });

  it("ends front matter at YAML's ... only where asked", () => {
    assert.equal(frontMatterAt('---\ntitle: T\n...\n# T'), null);
    assert.deepEqual(frontMatterAt('---\ntitle: T\n...\n# T', 'dashes-or-dots'), { yaml: 'title: T', length: 17 });
  });
});

describe('a slide file whose list item opens with code', () => {
  it('finds its notes after the item\'s fence ("- ```" over the code), not inside a fence its closing line seemed to open', () => {
    const file = '---\nid: a\n---\n# A\n\n- ```\n    :IV: first\n  ```\n- After.\n\nNote:\nThe notes.\n';
    assert.deepEqual(splitSlideFile(file), { yaml: 'id: a', body: '# A\n\n- ```\n    :IV: first\n  ```\n- After.', notes: 'The notes.' });
  });
});
