// scripts/stages/pptx-import.ts: a PowerPoint deck's content -> lectern slides, the pictures for the deck folder, and a report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pptxToDeck, type PptxDeck, type PptxParagraph, type PptxSlideContent } from '../../scripts/stages/pptx-import.ts';

const para = (text: string, fields: Partial<PptxParagraph> = {}): PptxParagraph => ({ level: 0, bullet: false, numbered: false, runs: [{ text }], ...fields });
const pptxSlide = (title: string, fields: Partial<PptxSlideContent> = {}): PptxSlideContent => ({
  title,
  subtitle: '',
  shapes: [],
  notes: '',
  hidden: false,
  ...fields,
});
const pptx = (slides: PptxSlideContent[], fields: Partial<PptxDeck> = {}): PptxDeck => ({ title: null, author: null, subject: null, slides, ...fields });

describe('pptxToDeck', () => {
  it('writes text shapes as paragraphs and lists (levels, bullets, numbers from their start), with runs marked and Markdown characters escaped', () => {
    const text = {
      kind: 'text' as const,
      paragraphs: [
        para('Lead in: 2 * 3 <b>'),
        para('one', { bullet: true }),
        para('sub', { bullet: true, level: 1, numbered: true, start: 3 }),
        para('sub two', { bullet: true, level: 1, numbered: true }),
        para('two', { bullet: true }),
        {
          level: 0,
          bullet: false,
          numbered: false,
          runs: [
            { text: 'bold ', bold: true },
            { text: 'link', link: 'https://example.org/a b', italic: true },
            { text: ' and ' },
            { text: 'script', link: 'javascript:alert(1)' },
          ],
        },
      ],
    };
    const { deck } = pptxToDeck(pptx([pptxSlide('Cover', { subtitle: 'A survey' }), pptxSlide('The moon', { shapes: [text] })]), 'd');
    assert.equal(
      deck.slides[1]?.body,
      '# The moon\n\nLead in: 2 \\* 3 \\<b\\>\n\n- one\n   3. sub\n   4. sub two\n- two\n\n**bold** [*link*](https://example.org/a%20b) and script',
    );
  });

  it('starts a list after a paragraph on a line of its own, so a numbered list from 3 is a list, not the paragraph run on', () => {
    const text = {
      kind: 'text' as const,
      paragraphs: [para('Steps:'), para('first', { bullet: true, numbered: true, start: 3 }), para('second', { bullet: true, numbered: true })],
    };
    const { deck } = pptxToDeck(pptx([pptxSlide('Cover'), pptxSlide('How', { shapes: [text] })]), 'd');
    assert.equal(deck.slides[1]?.body, '# How\n\nSteps:\n\n3. first\n4. second');
  });

  it('writes tables as Markdown tables (the first row the header) and pictures as images of the deck folder, handed back by path', () => {
    const data = new Uint8Array([137, 80, 78, 71]);
    const slide = pptxSlide('Data', {
      shapes: [
        { kind: 'table', rows: [['Name', 'A|B'], ['Ana']] },
        { kind: 'picture', name: 'moon.png', data, alt: 'the *moon*' },
      ],
    });
    const { deck, images } = pptxToDeck(pptx([pptxSlide('Cover', { subtitle: 'x' }), slide]), 'd');
    assert.equal(deck.slides[1]?.body, '# Data\n\n| Name | A\\|B |\n| --- | --- |\n| Ana |  |\n\n![the \\*moon\\*](images/moon.png)');
    assert.deepEqual([...images.keys()], ['images/moon.png']);
    assert.equal(images.get('images/moon.png'), data);
  });

  it('makes the first slide the title slide and a title alone a divider, gives each slide an id of its own, and keeps the notes', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const body = { kind: 'text' as const, paragraphs: [para('Some text.')] };
    const source = pptx(
      [
        pptxSlide('Tides', { subtitle: 'A survey\nof the sea' }),
        pptxSlide('Part two'),
        pptxSlide('The moon', { shapes: [body], notes: 'Say why.' }),
        pptxSlide('The moon', { shapes: [body] }),
        pptxSlide('', { shapes: [body] }),
      ],
      { author: 'Ana', subject: 'Oceans' },
    );
    const { deck, report } = pptxToDeck(source, 'tides');
    assert.deepEqual(
      deck.slides.map((s) => [s.id, s.file, s.layout]),
      [
        ['title', 'title.md', 'title'],
        ['part-two', 'part-two.md', 'divider'],
        ['the-moon', 'the-moon.md', 'default'],
        ['the-moon-2', 'the-moon-2.md', 'default'],
        ['slide-5', 'slide-5.md', 'default'],
      ],
    );
    assert.equal(deck.slides[2]?.notes, 'Say why.');
    assert.equal(report.notes, 1);
    assert.deepEqual(deck.meta, {
      title: 'Tides',
      subtitle: 'A survey',
      author: 'Ana',
      date: null,
      theme: 'light',
      lang: 'en',
      subject: 'Oceans',
      source: null,
    });
    // A first slide of many words and no subtitle is content, not a title slide.
    const wordy = pptxToDeck(pptx([pptxSlide('Intro', { shapes: [{ kind: 'text', paragraphs: [para(long)] }] })], { title: 'Deck' }), 'd').deck;
    assert.deepEqual(
      wordy.slides.map((s) => [s.id, s.layout]),
      [['intro', 'default']],
    );
    assert.equal(wordy.meta.title, 'Deck', "the file's title wins over the first slide's");
  });

  it('leaves out hidden slides and what it cannot carry (charts), and reports them by slide number', () => {
    const chart = { kind: 'other' as const, what: 'chart' };
    const source = pptx([
      pptxSlide('Secret', { hidden: true, subtitle: 'Old subtitle' }),
      pptxSlide('Tides', { subtitle: 'Of the North Sea' }),
      pptxSlide('Charts', { shapes: [chart, chart] }),
      pptxSlide('More', { shapes: [chart] }),
    ]);
    const { deck, report } = pptxToDeck(source, 'd');
    assert.deepEqual(
      deck.slides.map((s) => s.id),
      ['title', 'charts', 'more'],
    );
    assert.equal(deck.meta.title, 'Tides', 'the title comes from the first slide shown');
    assert.equal(deck.meta.subtitle, 'Of the North Sea', 'and so does the subtitle');
    assert.equal(deck.slides[1]?.body, '# Charts');
    assert.deepEqual(report, {
      format: 'pptx',
      slides: 3,
      notes: 0,
      fragments: 0,
      hiddenComments: 0,
      notCarried: [
        { what: 'hidden slide left out', slides: [1] },
        { what: 'chart left out', slides: [3, 4] },
      ],
    });
  });
});
