// scripts/stages/render-deck.ts: the deck's page and its Content-Security-Policy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, printAnchor, renderDeckHtml, renderPrintHtml, usesMath } from '../../scripts/stages/render-deck.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { deckFromFiles } from '../../scripts/stages/read-slides.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { writeSlides } from '../../scripts/stages/write-slides.ts';
import type { RenderedSlide } from '../../scripts/stages/render-slide.ts';

describe('contentSecurityPolicy', () => {
  it('lets nothing in by default, scripts only from the deck and the hashes given, and no connection out', () => {
    const policy = contentSecurityPolicy(["'sha256-abc='"]);
    const rules = new Map(policy.split('; ').map((r) => [r.split(' ')[0], r.split(' ').slice(1).join(' ')]));
    assert.equal(rules.get('default-src'), "'none'");
    assert.equal(rules.get('script-src'), "'self' 'sha256-abc='");
    assert.equal(rules.get('connect-src'), "'none'");
    assert.equal(rules.get('object-src'), "'none'");
    assert.equal(rules.get('base-uri'), "'none'");
    assert.equal(rules.get('form-action'), "'none'");
    assert.ok(!policy.includes("'unsafe-eval'"));
    assert.ok(!/script-src[^;]*'unsafe-inline'/u.test(policy));
    assert.equal(contentSecurityPolicy([]).split('; ')[1], "script-src 'self'");
  });
});

describe('usesMath', () => {
  const slide = (bodyHtml: string, notesHtml = ''): RenderedSlide => ({
    id: 's',
    layout: 'section',
    title: 'S',
    titleHtml: 'S',
    bodyHtml,
    notesHtml,
    section: null,
  });
  it("is true when a slide's title, body or notes hold KaTeX's output", () => {
    assert.equal(usesMath([slide('<p>plain</p>'), slide('<span class="katex">x</span>')]), true);
    assert.equal(usesMath([slide('', '<span class="katex-display">y</span>')]), true);
    assert.equal(usesMath([slide('<p>the word katex in text</p>')]), false);
  });
});

describe('the print page', () => {
  it("anchors a slide whose id encodes past a PDF name's 127 bytes under a short one, its links and number with it; the deck keeps the id", () => {
    const long = '가상-메모리와-물리-메모리의-주소-변환-과정';
    const text = `# 메모리\n\n## ${long.replace(/-/gu, ' ')}\n\n주소 변환은 MMU가 담당합니다.\n\n## Paging\n\nPages are fixed blocks.\n`;
    const planned = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown', author: 'T' }).value;
    const deck = deckFromFiles('d', writeSlides(planned, 'test'), 'slides/d');
    const id = deck.slides.find((s) => s.body.includes('MMU'))?.id ?? '';
    assert.ok(encodeURIComponent(id).length > 100, id);
    const anchor = printAnchor(id);
    assert.match(anchor, /^slide-[0-9a-f]{8}$/u);
    assert.equal(printAnchor('paging'), 'paging');
    const templates = { deck: '{{slides}}', print: '{{pages}}', scriptHashes: [] };
    const html = renderDeckHtml(deck, templates);
    const print = renderPrintHtml(deck, html.slides, templates);
    assert.ok(html.html.includes(`id="${id}"`), 'the deck routes by the slide id');
    assert.ok(print.includes(`id="${anchor}"`) && !print.includes(`id="${id}"`), 'the print page anchors the slide under the short name');
    assert.ok(print.includes(`href="#${anchor}"`), 'the agenda and the slide number link to it');
    assert.ok(print.includes(`data-slide="${id}"`), 'the item still names the slide');
    assert.ok(print.includes('id="paging"') && print.includes('href="#paging"'));
  });
});

describe("the print page's formulas", () => {
  it("carry no zero-width space (KaTeX's Safari fix), which a PDF reader would find inside the sentence; the deck keeps KaTeX's markup", () => {
    const files = writeSlides(
      planDeck(splitMarkdown('# Notes\n\n## Queries\n\nWe restart for $P(Y_2 \\mid E_2 = e_2)$ and $x_i^2$ from scratch.\n'), {
        file: 'n.md',
        fileName: 'n.md',
        format: 'markdown',
      }).value,
      'lectern test',
    );
    const deck = deckFromFiles('n', files, 'slides/n');
    const templates = { deck: '{{slides}}', print: '{{pages}}', scriptHashes: [] };
    const html = renderDeckHtml(deck, templates);
    assert.ok(html.html.includes('class="vlist-s">\u200b'), 'KaTeX writes the space in the deck');
    const print = renderPrintHtml(deck, html.slides, templates);
    assert.match(print, /class="katex/u);
    assert.ok(!print.includes('\u200b'));
  });
});

describe('a deck of another frame', () => {
  it('sets a list in columns as its own slide width allows, as it was planned', () => {
    const items = ['processors and their caches', 'disks and their controllers', 'browsers and proxies', 'name servers', 'databases', 'content networks'];
    const files = writeSlides(
      planDeck(splitMarkdown(`# Caches\n\n## Where\n\n${items.map((item) => `- ${item}`).join('\n')}\n`), {
        file: 'c.md',
        fileName: 'c.md',
        format: 'markdown',
      }).value,
      'lectern test',
    );
    const deck = deckFromFiles('c', files, 'slides/c');
    const html = (frame: { width: number; height: number }): string =>
      renderDeckHtml(deck, { deck: '{{slides}}', print: '{{pages}}', scriptHashes: [], frame }).html;
    // At 1280×720 each item fits a column's line; on a slide of 720×720, whose type is as large, most take two.
    assert.match(html({ width: 1280, height: 720 }), /<ul class="lectern-columns">/u);
    assert.doesNotMatch(html({ width: 720, height: 720 }), /lectern-columns/u);
  });
});
