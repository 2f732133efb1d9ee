// scripts/stages/talk.ts: talks composed from slides of other decks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LecternError } from '../../scripts/errors.ts';
import { parseTalk, resolveTalk } from '../../scripts/stages/talk.ts';
import { deck, slide } from './helpers.ts';

describe('resolveTalk', () => {
  it('gives every slide of a talk its own id, however often a slide or a shared id comes back', () => {
    const deck = (name: string): import('../../scripts/types.ts').Deck => ({
      name,
      meta: { title: name, subtitle: null, author: null, date: null, theme: 'light', lang: 'en' } as import('../../scripts/types.ts').DeckMeta,
      slides: ['intro', 'summary'].map((id) => ({ id, file: `${id}.md`, layout: 'default', fragments: false, section: null, body: `# ${id}`, notes: '' })),
    });
    const talk = parseTalk('title: Week 1\nslides:\n  - a/intro\n  - b/intro\n  - b/intro\n  - a/intro\n  - b/*\n', 'talks/week-1.yaml');
    const ids = resolveTalk(
      talk,
      new Map([
        ['a', deck('a')],
        ['b', deck('b')],
      ]),
      'week-1',
    ).slides.map((s) => s.id);
    assert.equal(ids.length, 7, `${ids.join(', ')}`);
    assert.equal(new Set(ids).size, ids.length, `repeated ids: ${ids.join(', ')}`);
  });
});

describe('parseTalk', () => {
  it('reads each kind of reference with the line it is on, and takes the title from the file name when there is none', () => {
    const talk = parseTalk(
      'slides:\n  - a/intro\n  - b/*\n  - "a/section:  Results "\n  - deck: c\n    slide: end\n  - { deck: c, section: Methods }\n  - { deck: d }\ntheme: dark\nshow-sources: true\ntitle-slide: false\n',
      'talks/week-2.yaml',
    );
    assert.equal(talk.title, 'week-2');
    assert.equal(talk.theme, 'dark');
    assert.equal(talk.showSources, true);
    assert.equal(talk.titleSlide, false);
    assert.deepEqual(
      talk.references.map((r) => [r.kind, r.deck, r.kind === 'slide' ? r.id : r.kind === 'section' ? r.section : '*', r.line]),
      [
        ['slide', 'a', 'intro', 2],
        ['deck', 'b', '*', 3],
        ['section', 'a', 'Results', 4],
        ['slide', 'c', 'end', 5],
        ['section', 'c', 'Methods', 7],
        ['deck', 'd', '*', 8],
      ],
    );
  });
  it('names the file, the line and the fix for what is not a talk', () => {
    const error = (text: string): string => {
      try {
        parseTalk(text, 'talks/t.yaml');
      } catch (e) {
        assert.ok(e instanceof LecternError && e.kind === 'input', String(e));
        return e.toLine();
      }
      assert.fail(`no error for ${JSON.stringify(text)}`);
    };
    assert.match(error('title: x\nslides:\n  - a/intro\n  - "unclosed\n'), /^talks\/t\.yaml:\d+: not valid YAML .*Fix the YAML syntax/u);
    assert.match(error('- a/intro\n'), /^talks\/t\.yaml: a talk file must have title: and slides:/u);
    assert.match(error('title: x\nslides: []\n'), /^talks\/t\.yaml: slides: must list slide references/u);
    assert.match(error('title: x\nslides:\n  - a/intro\n  - nodeck\n'), /^talks\/t\.yaml:4: "nodeck" is not a slide reference\. Write deck\/slide-id/u);
    assert.match(error('title: x\nslides:\n  - a/intro\n  - 42\n'), /^talks\/t\.yaml:4: a slide reference must be/u);
    assert.match(error('title: x\ntheme: blue\nslides:\n  - a/intro\n'), /theme must be light or dark, not "blue"/u);
  });
});

describe('resolveTalk: what a talk takes from its decks', () => {
  const lectures = deck(
    'sorting',
    [
      slide('title', { layout: 'title', body: '# Sorting' }),
      slide('quicksort', { body: '# Quicksort\n\n![diagram](images/pivot.png)\n\n![logo](https://example.org/logo.png)', notes: 'See ![x](images/x.png).' }),
      slide('quicksort-2', { body: '# Partitions' }),
      slide('merge', { section: 'Stable sorts', body: '# Merge sort' }),
      slide('timsort', { section: 'Stable sorts', body: '# Timsort' }),
    ],
    { theme: 'dark', lang: 'fr' },
  );
  const decks = new Map([['sorting', lectures]]);

  it('typesets its formulas with the TeX macros of the decks it draws on, each once', () => {
    const withMacros = new Map([
      ['a', deck('a', [slide('x', { body: '# X\n\n$\\R$' })], { macros: ['\\newcommand{\\R}{\\mathbb{R}}'] })],
      ['b', deck('b', [slide('y', { body: '# Y\n\n$\\E$' })], { macros: ['\\newcommand{\\R}{\\mathbb{R}}', '\\newcommand{\\E}{\\mathbb{E}}'] })],
    ]);
    const result = resolveTalk(parseTalk('title: Both\nslides:\n  - a/x\n  - b/y\n', 'talks/both.yaml'), withMacros, 'both');
    assert.deepEqual(result.meta.macros, ['\\newcommand{\\R}{\\mathbb{R}}', '\\newcommand{\\E}{\\mathbb{E}}']);
  });

  it('opens with a title slide of its own, takes a heading with its continuations and a section by name, and points images at their deck', () => {
    const talk = parseTalk(
      'title: Week 3\nsubtitle: Sorting again\nauthor: A. Lecturer\ndate: 2026-01-05\nslides:\n  - sorting/section:quicksort\n  - sorting/section:Stable sorts\n',
      'talks/week-3.yaml',
    );
    const result = resolveTalk(talk, decks, 'week-3');
    assert.deepEqual(
      result.slides.map((s) => [s.id, s.source ?? null]),
      [
        ['title', null],
        ['quicksort', 'sorting/quicksort'],
        ['quicksort-2', 'sorting/quicksort-2'],
        ['merge', 'sorting/merge'],
        ['timsort', 'sorting/timsort'],
      ],
    );
    assert.equal(result.slides[0]?.body, '# Week 3\n\nSorting again\n\nA. Lecturer · 2026-01-05');
    const quicksort = result.slides[1];
    assert.equal(quicksort?.file, 'sorting/quicksort.md');
    assert.match(quicksort?.body ?? '', /\(sorting\/images\/pivot\.png\)/u);
    assert.match(quicksort?.body ?? '', /\(https:\/\/example\.org\/logo\.png\)/u, 'an address is not a path in the deck');
    assert.match(quicksort?.notes ?? '', /\(sorting\/images\/x\.png\)/u);
    assert.deepEqual([result.meta.title, result.meta.theme, result.meta.lang], ['Week 3', 'dark', 'fr']);
  });

  it("takes a heading's slides that any language's continuation label marks ('Quicksort (suite)', 'Quicksort (続き)', 'Quicksort (lanjutan)')", () => {
    const marked = deck(
      'marked',
      ['(suite)', '(続き)', '(lanjutan)', '(Forts.)', '(2/3)'].map((mark, i) => slide(`part-${i}`, { body: `# Quicksort ${mark}` })),
    );
    const talk = parseTalk('title: T\nslides:\n  - marked/section:Quicksort\n', 'talks/t.yaml');
    assert.deepEqual(
      resolveTalk(talk, new Map([['marked', marked]]), 't').slides.map((s) => s.id),
      ['title', 'part-0', 'part-1', 'part-2', 'part-3', 'part-4'],
    );
  });

  it('reports every reference that names nothing at once, each with its line and the closest name', () => {
    const talk = parseTalk('title: T\nslides:\n  - sortng/quicksort\n  - sorting/quiksort\n  - sorting/section:Stable sort\n', 'talks/t.yaml');
    assert.throws(
      () => resolveTalk(talk, decks, 't'),
      (error: unknown) => {
        assert.ok(error instanceof LecternError && error.kind === 'input');
        assert.match(error.message, /^3 references name nothing: /u);
        assert.match(error.message, /talks\/t\.yaml:3: "sortng\/quicksort" names no deck "sortng" \(closest: sorting\)/u);
        assert.match(error.message, /talks\/t\.yaml:4: "sorting\/quiksort": deck "sorting" has no slide "quiksort" \(closest: sorting\/quicksort\)/u);
        assert.match(error.message, /talks\/t\.yaml:5: .*has no section "Stable sort" \(closest: sorting\/section:Stable sorts\)/u);
        return true;
      },
    );
  });
});
