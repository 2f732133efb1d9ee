// scripts/stages/export-deck.ts: a deck as one Marp or reveal.js Markdown file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportDeck } from '../../scripts/stages/export-deck.ts';
import { importDeck } from '../../scripts/stages/import-deck.ts';
import type { Deck, DeckSlide } from '../../scripts/types.ts';

const slide = (id: string, layout: DeckSlide['layout'], body: string, notes = '', fragments = false): DeckSlide => ({
  id,
  file: `${id}.md`,
  layout,
  fragments,
  source: null,
  section: null,
  body,
  notes,
});

const deck: Deck = {
  name: 'd',
  meta: { title: 'Tides', subtitle: 'A survey', author: 'Ana', date: null, theme: 'light', lang: 'en', keywords: [], source: null },
  slides: [
    slide('title', 'title', '# Tides'),
    slide(
      'moon',
      'section',
      '# The moon\n\n- pulls the sea\n- twice a day\n\n---\n\n```md\n---\n- kept in code\n```',
      'Say -->why<-- it matters.\nNote: not a marker',
      true,
    ),
  ],
};

describe('exportDeck', () => {
  it('writes Marp: front matter, a class per layout, * items for a fragment slide, notes in a comment that cannot close early, no stray rule', () => {
    const out = exportDeck(deck, 'marp');
    assert.match(out, /^---\nmarp: true\npaginate: true\ntitle: Tides\nauthor: Ana\ndescription: A survey\nlang: en\n---\n/u);
    assert.match(out, /<!-- _class: lead title -->\n\n# Tides/u);
    assert.match(out, /<!-- _class: section -->\n\n# The moon\n\n\* pulls the sea\n\* twice a day/u);
    assert.match(out, /<!--\nSay - ->why<-- it matters\.\nNote: not a marker\n-->/u);
    // The slides are cut by the deck's own rules only: the rule inside the slide is gone, the one in code stays.
    assert.equal(out.split('\n\n---\n\n').length, 2);
    assert.match(out, /```md\n---\n- kept in code\n```/u);
  });

  it('writes reveal.js Markdown: a class per slide, fragment items marked, notes after Note: with the marker in them escaped', () => {
    const out = exportDeck(deck, 'reveal');
    assert.match(out, /^---\ntitle: Tides\nauthor: Ana\n---\n/u);
    assert.match(out, /<!-- \.slide: class="section" -->/u);
    assert.match(out, /- pulls the sea <!-- \.element: class="fragment" -->/u);
    const notes = out.slice(out.lastIndexOf('\nNote:\n') + 7);
    assert.ok(notes.startsWith('Say -->why<-- it matters.'), notes);
    assert.ok(!/^Note:/mu.test(notes), 'the line that says Note: is escaped');
  });

  it('reads back through lectern import to the same slides, layouts and notes, from either format', () => {
    for (const format of ['marp', 'reveal'] as const) {
      const back = importDeck(exportDeck(deck, format), `d.${format}.md`, 'd').deck;
      assert.deepEqual(
        back.slides.map((s) => s.layout),
        deck.slides.map((s) => s.layout),
        format,
      );
      assert.match(back.slides[1]?.notes ?? '', /Say -->why<-- it matters\./u, format);
      assert.match(back.slides[1]?.body ?? '', /pulls the sea/u, format);
    }
  });
});
