// scripts/stages/measure-deck.ts: what a deck shows, and how long it takes to say.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lonelySlides, speakingTime } from '../../scripts/stages/measure-deck.ts';

describe('lonely slides', () => {
  const slide = (id: string, body: string) => ({
    id,
    file: `${id}.md`,
    layout: 'section' as const,
    fragments: false,
    source: null,
    section: 'Part',
    body: `# ${id}\n\n${body}`,
    notes: '',
  });
  const deck = (...slides: ReturnType<typeof slide>[]) => ({
    name: 'd',
    meta: { title: 't', subtitle: null, author: null, date: null, theme: 'light' as const, lang: 'en', keywords: [], source: null },
    slides,
  });
  it('finds a slide of one short item beside one with room, and not one whose item has sub-items', () => {
    assert.deepEqual(lonelySlides(deck(slide('a', '- one short point'), slide('b', '- a point\n- another point'))), ['a']);
    assert.deepEqual(lonelySlides(deck(slide('a', '- one point\n  - with a sub-point\n  - and another'), slide('b', '- a point\n- another point'))), []);
  });
});

describe('speaking time', () => {
  it('reads the notes at the pace given, and gives a slide with nothing to say a few seconds', () => {
    const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const slides = [
      { id: 'title', file: 'title.md', layout: 'title' as const, fragments: false, source: null, section: null, body: '# Talk', notes: '' },
      {
        id: 'long',
        file: 'long.md',
        layout: 'section' as const,
        fragments: false,
        source: null,
        section: null,
        body: '# Long\n\n- a point',
        notes: words(260),
      },
      { id: 'bare', file: 'bare.md', layout: 'section' as const, fragments: false, source: null, section: null, body: `# Bare\n\n${words(65)}`, notes: '' },
    ];
    const time = speakingTime(
      { name: 'd', meta: { title: 't', subtitle: null, author: null, date: null, theme: 'light', lang: 'en', keywords: [], source: null }, slides },
      130,
    );
    assert.deepEqual(time.perSlide, { title: 5, long: 120, bare: 30 });
    assert.equal(time.minutes, 2.6);
    assert.equal(
      speakingTime(
        { name: 'd', meta: { title: 't', subtitle: null, author: null, date: null, theme: 'light', lang: 'en', keywords: [], source: null }, slides },
        260,
      ).perSlide.long,
      60,
    );
  });
});
