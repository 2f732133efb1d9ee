// scripts/stages/import-deck.ts: decks written for reveal.js, reveal-md, Marp and Slidev -> lectern's slides, with a report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LecternError } from '../../scripts/errors.ts';
import { detectFormat, formatImportReport, importDeck, plainTitle } from '../../scripts/stages/import-deck.ts';

const lines = (...text: string[]): string => text.join('\n');

describe('detectFormat', () => {
  it('knows each tool by what only it writes, and takes plain --- Markdown for reveal.js', () => {
    assert.equal(detectFormat(lines('---', 'marp: true', '---', '# A')), 'marp');
    assert.equal(detectFormat(lines('# A', '<!-- _class: lead -->')), 'marp');
    assert.equal(detectFormat('![bg right](sea.png)'), 'marp');
    assert.equal(detectFormat(lines('---', 'layout: cover', '---', '# A')), 'slidev');
    assert.equal(detectFormat(lines('# A', '<v-clicks>', '- a', '</v-clicks>')), 'slidev');
    assert.equal(detectFormat(lines('---', 'revealOptions:', '  transition: fade', '---', '# A')), 'reveal-md');
    assert.equal(detectFormat(lines('# A', '', '----', '', '# B')), 'reveal-md');
    assert.equal(detectFormat(lines('# A', '', '---', '', '# B')), 'reveal');
    assert.equal(detectFormat('<section data-markdown><textarea data-template>\n# A\n</textarea></section>'), 'reveal');
  });
});

describe('plainTitle', () => {
  it('takes off emphasis, code, link and image marks and tags, keeping their text, and folds the spaces', () => {
    assert.equal(plainTitle('The **bold** and `code`  [link](https://x.org) ![moon](a.png) <b>tag</b> _it_'), 'The bold and code link moon tag it');
    assert.equal(plainTitle('  Plain title  '), 'Plain title');
  });
});

describe('importDeck', () => {
  it('reads reveal.js Markdown: --- slides, -- vertical stacks under their first title, Note: as notes, fragments from element comments', () => {
    const text = lines(
      '# Tides',
      '',
      '---',
      '',
      '## The moon',
      '',
      '- pulls',
      '- the sea',
      '',
      'Note: Say why.',
      '',
      '---',
      '',
      '## Stack top',
      '',
      '--',
      '',
      '## Stack child',
      '',
      'text <!-- .element: class="fragment" -->',
      '',
      '<!-- a stray comment -->',
      '',
      '```yaml',
      '---',
      'x: 1',
      '```',
    );
    const { deck, report } = importDeck(text, 'tides.md', 'tides');
    assert.deepEqual(
      deck.slides.map((s) => [s.id, s.layout, s.section, s.fragments]),
      [
        ['title', 'title', null, false],
        ['the-moon', 'default', null, false],
        ['stack-top', 'default', 'Stack top', false],
        ['stack-child', 'default', 'Stack top', true],
      ],
    );
    assert.equal(deck.slides[1]?.body, '# The moon\n\n- pulls\n- the sea');
    assert.equal(deck.slides[1]?.notes, 'Say why.');
    // The comments are gone (the blank lines they stood on stay); a --- inside code does not split the slide.
    assert.match(deck.slides[3]?.body ?? '', /^# Stack child\n\ntext\s+```yaml\n---\nx: 1\n```$/u);
    assert.equal(deck.meta.title, 'Tides');
    assert.deepEqual(report, { format: 'reveal', slides: 4, notes: 1, fragments: 1, hiddenComments: 1, notCarried: [] });
  });

  it("reads a reveal.js page's <section data-markdown> with its own separators, says what was written in HTML, and refuses what it cannot read", () => {
    const inputError = (pattern: RegExp) => (error: unknown) => error instanceof LecternError && error.kind === 'input' && pattern.test(error.toLine());
    const page = lines(
      '<div class="slides">',
      '<section data-markdown data-separator="^===$"><textarea data-template>',
      '    # One',
      '    ===',
      '    ## Two',
      '    Note: hi',
      '</textarea></section>',
      '<section><h2>Plain</h2></section>',
      '</div>',
    );
    const { deck, report } = importDeck(page, 'index.html', 'page');
    assert.deepEqual(
      deck.slides.map((s) => [s.body, s.notes]),
      [
        ['# One', ''],
        ['# Two', 'hi'],
      ],
    );
    assert.deepEqual(report.notCarried, [{ what: '1 slide(s) written in HTML, not Markdown', slides: [] }]);
    const external = '<section data-markdown="slides.md"></section>';
    const included = importDeck(external, 'index.html', 'page', { include: (path) => (path === 'slides.md' ? '# X\n\n---\n\n## Y' : null) });
    assert.deepEqual(
      included.deck.slides.map((s) => s.body),
      ['# X', '# Y'],
    );
    assert.throws(() => importDeck(external, 'index.html', 'page'), inputError(/names a file that is not there\. Put slides\.md beside the page/u));
    assert.throws(() => importDeck('\n\n', 'empty.md', 'empty'), inputError(/^empty\.md: no slides found\. Separate the slides/u));
    assert.throws(() => importDeck('# A', 'a.md', 'a', { separator: '(' }), inputError(/the separator "\(".* is not a valid regular expression/u));
  });

  it('reads Marp: front matter as meta, directives as layout, comments as notes, emoji, * lists as fragments, and reports backgrounds by slide', () => {
    const text = lines(
      '---',
      'marp: true',
      'title: Tides deck',
      'author: Ana',
      '---',
      '',
      '<!-- _class: lead -->',
      '# Tides',
      '',
      '---',
      '',
      '<!-- backgroundColor: #123 -->',
      '## Moon :+1:',
      '',
      '* one',
      '* two',
      '',
      '![bg left:40%](moon.png)',
      '',
      '<!-- Speaker says hi -->',
      '',
      '---',
      '',
      '<!-- _class: lead -->',
      '# Part two',
      '',
      '---',
      '',
      '## Sun',
      '',
      'Plain text.',
      '',
      '```text',
      '* a line of code, no fragment',
      '```',
    );
    const { deck, report } = importDeck(text, 'tides.md', 'tides', { emoji: { '+1': '👍' } });
    assert.equal(report.format, 'marp');
    assert.deepEqual(deck.meta, { title: 'Tides deck', subtitle: null, author: 'Ana', date: null, theme: 'light', lang: 'en', source: null });
    assert.deepEqual(
      deck.slides.map((s) => [s.id, s.layout, s.fragments]),
      [
        ['title', 'title', false],
        ['moon', 'default', true],
        ['part-two', 'divider', false],
        ['sun', 'default', false],
      ],
    );
    assert.equal(deck.slides[1]?.body, '# Moon 👍\n\n- one\n- two\n\n![](moon.png)');
    assert.equal(deck.slides[1]?.notes, 'Speaker says hi');
    // A directive with _ is the slide's own (the lead class made a divider of slide 3 only); one without goes on to the slides after it.
    assert.deepEqual(report.notCarried, [
      { what: 'background colour or image (directive)', slides: [2, 3, 4] },
      { what: 'split background image: shown as a picture on the slide', slides: [2] },
    ]);
  });

  it("reads Slidev: head matter as meta, layouts, v-clicks as fragments, the last comment as notes, src: includes, and reports Vue's own markup", () => {
    const text = lines(
      '---',
      'title: Waves',
      'colorSchema: dark',
      '---',
      '',
      '# Waves',
      '',
      'Intro',
      '',
      '---',
      'layout: section',
      '---',
      '',
      '# Part one',
      '',
      '---',
      '',
      '## Clicks',
      '',
      '<v-clicks>',
      '',
      '- a',
      '',
      '</v-clicks>',
      '',
      '<Counter :count="1" />',
      '',
      '<!-- hidden one -->',
      '',
      '<!-- the notes -->',
      '',
      '---',
      'src: ./more.md',
      '---',
      '',
    );
    const { deck, report } = importDeck(text, 'waves.md', 'waves', { include: (path) => (path === './more.md' ? '# More\n\nIncluded text' : null) });
    assert.equal(report.format, 'slidev');
    assert.equal(deck.meta.title, 'Waves');
    assert.equal(deck.meta.theme, 'dark');
    assert.deepEqual(
      deck.slides.map((s) => [s.id, s.layout, s.fragments, s.notes]),
      [
        ['title', 'title', false, ''],
        ['part-one', 'divider', false, ''],
        ['clicks', 'default', true, 'the notes'],
        ['more', 'default', false, ''],
      ],
    );
    assert.doesNotMatch(deck.slides[2]?.body ?? '', /Counter|v-clicks|hidden one/u);
    assert.equal(deck.slides[3]?.body, '# More\n\nIncluded text');
    assert.equal(report.hiddenComments, 1);
    assert.deepEqual(report.notCarried, [{ what: 'Vue component left out', slides: [3] }]);
  });
});

describe('formatImportReport', () => {
  it('says in one line what was imported, what was hidden and what was not carried, by slide', () => {
    const report = {
      format: 'marp' as const,
      slides: 3,
      notes: 1,
      fragments: 2,
      hiddenComments: 2,
      notCarried: [
        { what: 'background image', slides: [2, 3] },
        { what: 'header or footer (directive)', slides: [1] },
        { what: '1 slide(s) written in HTML, not Markdown', slides: [] },
      ],
    };
    assert.equal(
      formatImportReport(report, 'tides'),
      'Imported 3 slides (marp) into slides/tides/: 1 with notes, 2 with fragments; 2 comment(s) kept out of the slides; not carried as they were: background image (slides 2, 3); header or footer (directive) (slide 1); 1 slide(s) written in HTML, not Markdown',
    );
    assert.equal(
      formatImportReport({ ...report, hiddenComments: 0, notCarried: [] }, 'tides'),
      'Imported 3 slides (marp) into slides/tides/: 1 with notes, 2 with fragments; everything carried',
    );
  });
});
