// scripts/stages/pptx-plan.ts: where each block of a slide goes in the .pptx.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frame as wideFrame, placeBlocks, pptxFrame, plainNotes, planPptx, slideBlocks, type Run } from '../../scripts/stages/pptx-plan.ts';
import { deck, slide } from './helpers.ts';

describe('placeBlocks (the .pptx layout)', () => {
  it('keeps every block of a full slide inside the body (down to its smallest scale)', () => {
    for (const count of [2, 4, 6, 9]) {
      const blocks = Array.from({ length: count }, (_, i) =>
        i % 3 === 1
          ? { kind: 'math' as const, tex: '\\frac{a}{b} = \\sum_i x_i' }
          : { kind: 'text' as const, paragraphs: [{ runs: [{ text: 'A point that takes a good part of a line on the slide, or more.' }] }] },
      );
      const placed = placeBlocks(blocks);
      for (const block of placed)
        assert.ok(block.y + block.h <= wideFrame.bodyBottom + 1e-9 || block === placed[placed.length - 1], `${count} blocks: one ends at ${block.y + block.h}`);
      const last = placed[placed.length - 1];
      assert.ok(last && last.y < wideFrame.bodyBottom - 0.3, `${count} blocks: the last starts at ${last?.y}, the body ends at ${wideFrame.bodyBottom}`);
    }
  });
});

describe('pptxFrame (the .pptx slide for the deck frame)', () => {
  it("is PowerPoint's wide slide for the theme's 16:9 and as tall as the shape makes it for another frame, the body ending as far above the foot", () => {
    assert.deepEqual(pptxFrame(), wideFrame);
    assert.equal(wideFrame.height, 7.5);
    const square = pptxFrame({ width: 1024, height: 768 });
    assert.equal(square.width, 13.333);
    assert.equal(square.height, 10);
    assert.ok(Math.abs(square.height - square.bodyBottom - (wideFrame.height - wideFrame.bodyBottom)) < 1e-9);
    const tall = Array.from({ length: 9 }, () => ({
      kind: 'text' as const,
      paragraphs: [{ runs: [{ text: 'A point that takes a good part of a line on the slide, or more.' }] }],
    }));
    const placed = placeBlocks(tall, square);
    assert.ok(
      placed.every((b) => b.y + b.h <= square.bodyBottom + 1e-9),
      'every block inside the 4:3 body',
    );
    assert.ok((placed[0]?.size ?? 0) > (placeBlocks(tall)[0]?.size ?? 0), 'the taller body leaves the text larger');
  });
});

describe('slideBlocks (what a .pptx slide holds)', () => {
  const body =
    '# Title **bold**\n\nIntro with `code` and [a link](http://x.org).\n\n3. three\n4. four\n   - nested *it*\n\n> quoted\n\n## Sub\n\n```py\nx = 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![pic](p.png)\n\n$$\nx^2\n$$\n';
  const { title, blocks } = slideBlocks(body);
  const text = (runs: Run[]): string => runs.map((r) => r.text).join('');

  it("takes the first # heading as the title, and keeps the body's runs, list levels, a list's first number and quotes", () => {
    assert.equal(title, 'Title bold');
    const first = blocks[0];
    assert.equal(first?.kind, 'text');
    const paragraphs = first?.kind === 'text' ? first.paragraphs : [];
    assert.deepEqual(
      paragraphs.map((p) => [text(p.runs), p.list ?? null, p.quote ?? false, p.heading ?? false]),
      [
        ['Intro with code and a link.', null, false, false],
        ['three', { level: 0, ordered: true, start: 3 }, false, false],
        ['four', { level: 0, ordered: true, start: 3 }, false, false],
        ['nested it', { level: 1, ordered: false }, false, false],
        ['quoted', null, true, false],
        ['Sub', null, false, true],
      ],
    );
    assert.deepEqual(
      paragraphs[0]?.runs.find((r) => r.code),
      { text: 'code', code: true },
    );
    assert.deepEqual(
      paragraphs[0]?.runs.find((r) => r.link),
      { text: 'a link', link: 'http://x.org' },
    );
    assert.deepEqual(paragraphs[3]?.runs[1], { text: 'it', italic: true });
  });

  it('makes code, tables and formulas blocks of their own, in order, and images last', () => {
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['text', 'code', 'table', 'math', 'image'],
    );
    const [, code, table, math, image] = blocks;
    assert.ok(code?.kind === 'code' && table?.kind === 'table' && math?.kind === 'math' && image?.kind === 'image');
    assert.deepEqual([code.lines, code.language], [['x = 1'], 'py']);
    assert.deepEqual(
      code.colours.map((line) => line.map((r) => r.text).join('')),
      ['x = 1'],
    );
    assert.deepEqual(
      table.rows.map((row) => row.map(text)),
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    );
    assert.equal(math.tex, 'x^2');
    assert.deepEqual([image.src, image.alt], ['p.png', 'pic']);
  });
});

describe('plainNotes and planPptx', () => {
  it("takes Markdown's marks off the notes, keeping a link's address and an image's alt text", () => {
    assert.equal(
      plainNotes('**Bold** and *it*, `c`, [the spec](https://x.org) and ![a chart](c.png).'),
      'Bold and it, c, the spec (https://x.org) and a chart.',
    );
    assert.equal(plainNotes('<details><summary></summary><p>The answer.</p></details>\n'), 'The answer.');
  });

  it('plans every slide of the deck, in order, with its blocks inside the body', () => {
    const slides = planPptx(
      deck('d', [
        slide('title', { layout: 'title', body: '# The Talk\n\nA. Lecturer' }),
        slide('one', { body: '# One\n\n- a point\n- another', notes: 'Say **why**.' }),
      ]),
    );
    assert.deepEqual(
      slides.map((s) => [s.id, s.layout, s.title, s.notes]),
      [
        ['title', 'title', 'The Talk', ''],
        ['one', 'section', 'One', 'Say why.'],
      ],
    );
    for (const block of slides.flatMap((s) => s.blocks)) {
      assert.ok(block.y >= wideFrame.bodyY && block.y + block.h <= wideFrame.bodyBottom + 1e-9, `${block.y} + ${block.h}`);
      assert.equal(block.size, wideFrame.bodySize, 'a short slide is not scaled down');
    }
  });
});
