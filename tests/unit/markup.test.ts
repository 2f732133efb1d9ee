// scripts/stages/markup.ts: which reader writes a decoded document as Markdown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAsciidoc, looksLikeAsciidoc, markupAsMarkdown } from '../../scripts/stages/markup.ts';

const rst = ['Guide', '=====', '', ...Array.from({ length: 5 }, (_, i) => `.. _target${i}: https://example.org/${i}`), '', 'Text with ``code``.'].join('\n');

describe('the reader of a document', () => {
  it('writes reStructuredText (.rst, or a .txt in its markup) and Org as Markdown, and leaves other documents to be read as they are', () => {
    assert.equal(markupAsMarkdown('guide.rst', rst), '# Guide\n\nText with `code`.\n');
    assert.equal(markupAsMarkdown('guide.txt', rst), '# Guide\n\nText with `code`.\n');
    assert.equal(markupAsMarkdown('essay.txt', 'An essay\n\nIt was a long walk.\n'), null);
    assert.equal(markupAsMarkdown('notes.org', '* Part\nSome =code=.\n'), '# Part\n\nSome `code`.\n');
    assert.equal(markupAsMarkdown('notes.md', '# Part\n'), null);
    assert.equal(markupAsMarkdown('NOTES.RST', 'Title\n=====\n'), '# Title\n');
  });
});

describe('a .txt written in AsciiDoc', () => {
  it("is known by its open section titles and a mark of AsciiDoc of its own; a wiki's closed titles and plain text are not", () => {
    const faq = [
      'ifndef::external_title[]',
      'Frequently Asked Questions',
      '==========================',
      'endif::external_title[]',
      '',
      '== I just upgraded, and ...',
      'You have read link:UPGRADING.adoc[UPGRADING], right?',
      '',
      "== My driver won't start.  What now?",
      'Read the error message.',
      '',
      '== Where do I report a bug?',
      'On the mailing list.',
      '',
    ].join('\n');
    assert.ok(looksLikeAsciidoc(faq));
    assert.ok(!looksLikeAsciidoc(faq.replace(/^ifndef.*$|^endif.*$/gmu, '').replace('link:UPGRADING.adoc[UPGRADING]', 'UPGRADING')));
    assert.ok(!looksLikeAsciidoc(['== Frame one ==', 'text', '== Frame two ==', 'text', '== Frame three ==', ':toc:', ''].join('\n')));
    assert.ok(!looksLikeAsciidoc('An essay\n\nIt was a long walk, link:here[there].\n'));
    // By extension, or a .txt by its markup; never a Markdown file, whatever it holds.
    assert.ok(isAsciidoc('guide.adoc', 'plain words'));
    assert.ok(isAsciidoc('FAQ.txt', faq));
    assert.ok(!isAsciidoc('faq.md', faq));
  });
});
