// scripts/stages/fancy-lists.ts: Pandoc's lists of letters, numerals and "#." as lists CommonMark reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pandocFancyLists } from '../../scripts/stages/fancy-lists.ts';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { renderSlide } from '../../scripts/stages/render-slide.ts';

describe('pandocFancyLists', () => {
  it('keeps the labels of a list of letters, numerals or numbers in parentheses, each item an item', () => {
    const text = ['Answer these:', '', '(a) Which features first?', '(b) Which hardware?', '', 'Then:', '', 'i. Apples.', 'ii. Pears.', 'iii. Plums.'].join(
      '\n',
    );
    assert.deepEqual(pandocFancyLists(text).split('\n'), [
      'Answer these:',
      '',
      '- (a) Which features first?',
      '- (b) Which hardware?',
      '',
      'Then:',
      '',
      '* i. Apples.',
      '* ii. Pears.',
      '* iii. Plums.',
    ]);
  });

  it('numbers "#." items by their place, in the style of the list\'s first item, nested lists too', () => {
    const text = [
      'A.  The purpose.',
      '    1.  The general purpose.',
      '    #.  The second purpose.',
      '#.  Where there is a contradiction.',
      '#.  When there is one.',
    ].join('\n');
    assert.deepEqual(pandocFancyLists(text).split('\n'), [
      '- A. The purpose.',
      '    1.  The general purpose.',
      '    2. The second purpose.',
      '- B. Where there is a contradiction.',
      '- C. When there is one.',
    ]);
    assert.equal(pandocFancyLists('#. Hash one.\n#. Hash two.'), '1. Hash one.\n2. Hash two.');
  });

  it('leaves text that only looks like a label: one item, items out of order, a name, mid-paragraph lines, code', () => {
    for (const text of [
      'a. A single line is no list.',
      'a. First.\nc. Third.',
      'A. Lincoln spoke.\nB. Obama spoke.',
      'The paper by\ni. Newton and\nii. Leibniz.',
      '```\n(a) x\n(b) y\n```',
      'a. First.\n\nText between at the margin.\n\nb. Second.',
    ])
      assert.equal(pandocFancyLists(text), text, text);
  });

  it("keeps an item's lines after a blank line when they are set under it, and its lazy lines", () => {
    const text = ['(a) First item', 'goes on here.', '', '    More of the first.', '', '(b) Second.'].join('\n');
    assert.deepEqual(pandocFancyLists(text).split('\n'), ['- (a) First item', 'goes on here.', '', '    More of the first.', '', '- (b) Second.']);
  });
});

describe('a lettered list in a deck', () => {
  it('is a point per item, its labels kept, shown without bullets', () => {
    const text = [
      '# Exercises',
      '',
      '## The product',
      '',
      'Answer these:',
      '',
      '(a) Which features come first?',
      '(b) Which hardware does it run on?',
      '(c) How do we measure success?',
      '',
    ].join('\n');
    const planned = planSource({ path: 'ex.md', text, format: 'markdown' }, { file: 'ex.md', fileName: 'ex', format: 'markdown' });
    const slide = planned.plan.slides.find((s) => s.title === 'The product');
    assert.ok(slide, planned.plan.slides.map((s) => s.title).join(' | '));
    assert.match(slide.body, /^- \(a\) Which features come first\?\n- \(b\) Which hardware does it run on\?\n- \(c\) How do we measure success\?$/mu);
    const html = renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: slide.body, notes: '' }).bodyHtml;
    assert.match(html, /<ul class="lectern-labelled">\s*<li>\(a\) Which/u);
    const bullets = renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: '- one\n- (b) two', notes: '' }).bodyHtml;
    assert.doesNotMatch(bullets, /lectern-labelled/u, 'a list with an item of no label keeps its bullets');
  });
});
