// scripts/stages/wiki-markdown.ts: slides written for wiki2beamer, as the Markdown they say.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markupAsMarkdown } from '../../scripts/stages/markup.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { renderSlide } from '../../scripts/stages/render-slide.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { looksLikeWikiSlides, wikiToMarkdown } from '../../scripts/stages/wiki-markdown.ts';

const lecture = [
  '% ./preamble.tex',
  '= Lecture 1: Gains from trade =',
  '',
  '== Structure of the course ==',
  '* What can we learn from trade theory?',
  '    1. Every country gains from trade.',
  '    2. We trade too little.',
  '',
  '= Production theory recap =',
  '== Technology ==',
  "* These lead to ''excess demand'' functions, and '''world''' prices.",
  '* Vector of goods $\\mathbf x$',
  '** a sub-item',
  '# a numbered step',
  '\\pause',
  '* Production function',
  '\\[',
  '\\mathbf x = f(\\mathbf v)',
  '\\]',
  '',
  '== ==',
  '\\longfigure{no_consumption}{Rich and poor countries import similar goods}',
  '',
  '== Code ==',
  '<[code]',
  "print('''not emphasis''')",
  '[code]>',
  '',
].join('\n');

describe('slides written for wiki2beamer', () => {
  it('are known by their heading lines, frames among them, more of them than Markdown headings (a "# step" is an item)', () => {
    assert.ok(looksLikeWikiSlides(lecture));
    assert.ok(!looksLikeWikiSlides('# Notes\n\n## One\n\n## Two\n\n## Three\n\n= A =\n== B ==\n== C ==\n'));
    assert.ok(!looksLikeWikiSlides('Title\n=====\n\nText.\n\n= A =\n'));
    assert.equal(markupAsMarkdown('lecture1.txt', 'Plain text.\n\nMore.\n'), null);
  });

  it('are Markdown: headings, items a level in for each mark, emphasis, formulas, figures, code; comments and pauses out', () => {
    const markdown = wikiToMarkdown(lecture);
    assert.equal(markupAsMarkdown('lecture1.txt', lecture), markdown);
    const lines = markdown.split('\n');
    assert.equal(lines.length, lecture.split('\n').length);
    assert.equal(lines[0], '');
    assert.equal(lines[1], '# Lecture 1: Gains from trade');
    assert.equal(lines[3], '## Structure of the course');
    assert.equal(lines[10], '- These lead to *excess demand* functions, and **world** prices.');
    assert.equal(lines[11], '- Vector of goods $\\mathbf x$');
    assert.equal(lines[12], '    - a sub-item');
    assert.equal(lines[13], '1. a numbered step');
    assert.equal(lines[14], '');
    assert.equal(lines[20], '');
    assert.equal(lines[21], '![Rich and poor countries import similar goods](no_consumption)');
    assert.deepEqual(lines.slice(24, 27), ['```', "print('''not emphasis''')", '```']);
    // Planned and rendered: the formula is typeset, the emphasis shown.
    const slides = planDeck(splitMarkdown(markdown), { file: 'lecture1.txt', fileName: 'lecture1.txt', format: 'markdown' }).value.slides;
    const technology = slides.find((s) => s.title === 'Technology');
    assert.ok(technology, slides.map((s) => s.title).join(' | '));
    const html = renderSlide({ ...technology, file: 't.md', fragments: false, section: null }).bodyHtml;
    assert.match(html, /<em>excess demand<\/em>/u);
    assert.match(html, /class="katex/u);
    assert.doesNotMatch(html, /\\mathbf|''/u);
  });
});
