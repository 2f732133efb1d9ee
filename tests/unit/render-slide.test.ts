// scripts/stages/render-slide.ts: a slide's Markdown to the deck's HTML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSlide } from '../../scripts/stages/render-slide.ts';

describe("the author's words, untouched", () => {
  it("numbers a list from the author's first number, 0 included", () => {
    const html = (markdown: string): string =>
      renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: markdown, notes: '' }).bodyHtml;
    assert.match(html('0. boot\n1. fork'), /<ol start="0" style="counter-reset: item -1">/u);
    assert.match(html('2. second\n3. third'), /<ol start="2" style="counter-reset: item 1">/u);
    assert.doesNotMatch(html('1. first\n2. second'), /counter-reset/u);
  });
});
