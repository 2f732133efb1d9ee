// scripts/stages/docx-markdown.ts: the HTML mammoth makes of a Word document -> the Markdown lectern plans from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { docxToMarkdown } from '../../scripts/stages/docx-markdown.ts';

const none = { title: null, author: null, subject: null };

describe('docxToMarkdown', () => {
  it("writes the properties as front matter, and takes the Title style as the title when the properties have none, a part's Heading 1 going one level down", () => {
    const html = '<h1 class="lectern-title">The <em>Tides</em></h1><h1>The moon</h1><p>It pulls the <strong>sea</strong>.</p>';
    assert.equal(
      docxToMarkdown(html, { ...none, author: 'Ana', subject: 'Oceans' }),
      '---\ntitle: The Tides\nauthor: Ana\nsubject: Oceans\n---\n\n## The moon\n\nIt pulls the **sea**.\n',
    );
    // The properties' title wins over the Title style, which is dropped all the same.
    assert.match(docxToMarkdown(html, { ...none, title: 'Sea and moon' }), /^---\ntitle: Sea and moon\n---\n\n## The moon\n/u);
    // No title and no properties: no front matter, and Heading 1 stays #.
    assert.equal(docxToMarkdown('<h1>The moon</h1><p>Text.</p>', none), '# The moon\n\nText.\n');
  });

  it('makes paragraphs in a code style code blocks, and a picture that opens or ends a paragraph a paragraph of its own', () => {
    const html =
      '<p>Let us simulate the data.</p><pre>datum &lt;- simulate(n = 6)\nstr(datum)</pre><pre>## [1,] 1 0<br />## [2,] 0 1</pre><p>Now plot it:</p>' +
      '<pre><img src="images/word-2.png" />datum &lt;- simulate(n = 6, plot = TRUE)</pre><p>An area <img src="images/eq.png" /> this small.</p>';
    assert.equal(
      docxToMarkdown(html, none),
      [
        'Let us simulate the data.',
        '```\ndatum <- simulate(n = 6)\nstr(datum)\n```',
        '```\n## [1,] 1 0\n## [2,] 0 1\n```',
        'Now plot it:',
        '![](images/word-2.png)',
        '```\ndatum <- simulate(n = 6, plot = TRUE)\n```',
        'An area ![](images/eq.png) this small.',
      ].join('\n\n') + '\n',
    );
  });

  it('drops a lone first heading that repeats the title, but keeps it when the document has other Heading 1s', () => {
    assert.equal(
      docxToMarkdown('<h1>Tides</h1><p>Intro.</p><h2>Moon</h2><p>Pull.</p>', { ...none, title: 'Tides' }),
      '---\ntitle: Tides\n---\n\nIntro.\n\n### Moon\n\nPull.\n',
    );
    assert.match(
      docxToMarkdown('<h1>Tides</h1><p>Intro.</p><h1>Moon</h1><p>Pull.</p>', { ...none, title: 'Tides' }),
      /^---\ntitle: Tides\n---\n\n## Tides\n\nIntro\.\n\n## Moon\n/u,
    );
  });

  it('makes a short bold paragraph the heading it fakes, but not a bold sentence or a bold lead-in ending in a colon', () => {
    const html = '<p><strong>Background</strong></p><p>Text here.</p><p><strong>This is a sentence.</strong></p><p><strong>Note:</strong></p>';
    assert.equal(docxToMarkdown(html, none), '# Background\n\nText here.\n\n**This is a sentence.**\n\n**Note:**\n');
    // Under real Heading 1s, a fake heading is a level below them.
    assert.equal(docxToMarkdown('<h1>Part</h1><p><strong>Background</strong></p>', none), '# Part\n\n## Background\n');
  });

  it('folds each footnote into the notes beside the paragraph that cites it, and takes the note list away', () => {
    const html =
      '<p>Tides rise<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> twice a day.</p><p>Uncited.</p>' +
      '<ol><li id="footnote-1"><p>See the almanac. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const markdown = docxToMarkdown(html, none);
    assert.equal(markdown, 'Tides rise twice a day.\n\n<details><summary></summary><p>Note 1: See the almanac.</p></details>\n\nUncited.\n');
    assert.doesNotMatch(markdown, /↑|footnote|\[1\]/u);
  });

  it("gives a table without a header row its first row as the header, a cell's paragraph as its text", () => {
    const html = '<table><tr><td><p>Name</p></td><td><p>Age</p></td></tr><tr><td><p>Ana</p></td><td><p>30</p></td></tr></table>';
    assert.equal(docxToMarkdown(html, none), '| Name | Age |\n| --- | --- |\n| Ana | 30 |\n');
  });
});
