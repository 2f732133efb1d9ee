// scripts/stages/measure-deck.ts: what a deck shows, and how long it takes to say.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  alteredCode,
  formulaErrors,
  hiddenShown,
  imageProblems,
  lonelySlides,
  markupShown,
  measureCoverage,
  proseRatio,
  speakingTime,
} from '../../scripts/stages/measure-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { rowCells } from '../../scripts/stages/units.ts';

/** A document planned into a deck, as check reads one back: the document's model and the deck. */
function planned(text: string, format: 'markdown' | 'text' = 'markdown') {
  const model = format === 'markdown' ? splitMarkdown(text) : splitText(text);
  const file = format === 'markdown' ? 'x.md' : 'x.txt';
  const plan = planDeck(model, { file, fileName: file, format }).value;
  const slides = plan.slides.map((s, i) => ({ ...s, file: `${i}.md`, fragments: false, source: null, section: s.section ?? '' }));
  return { model, deck: { name: 'x', meta: plan.meta, slides }, slides };
}

describe('altered code', () => {
  it("reads an address whose letters beyond ASCII the renderer encoded as the author's, and a changed one as altered", () => {
    const url = 'https://wiki.example.org/doku.php?id=telnet#:~:text=El%20protocolo%20Telnet,de%20cómputo%20de%20tiempo.';
    const source = `# Acceso\n\nEl acceso remoto usaba [Telnet](${url}), pero ahora se usa SSH.\n`;
    const { deck } = planned(source);
    assert.deepEqual(alteredCode(source, deck).altered, []);
    const changed = { ...deck, slides: deck.slides.map((s) => ({ ...s, body: s.body.replace('cómputo', 'computo') })) };
    assert.equal(alteredCode(source, changed).altered.length, 1);
  });

  it("compares a <pre> block's lines by their text: a link it drops is no alteration, a changed word is", () => {
    const source = '# Matching\n\nA pattern matches.\n\n<pre>\n"the" => The cat sat on <a href="#top"><strong>the</strong></a> mat.\n</pre>\n';
    const { deck } = planned(source);
    const shown = deck.slides.map((s) => s.body).join('\n');
    assert.match(shown, /<strong>the<\/strong> mat\./u);
    assert.deepEqual(alteredCode(source, deck).altered, []);
    const changed = { ...deck, slides: deck.slides.map((s) => ({ ...s, body: s.body.replace('cat sat', 'dog sat') })) };
    assert.equal(alteredCode(source, changed).altered.length, 1);
  });

  it("reads a program's output as its page shows it: the bold that marks the user's typing is no alteration", () => {
    const source = '# Input\n\nThe program asks:\n\n<sample-output>\n\nPlease type in a word: **apina**\nTranslation: monkey\n\n</sample-output>\n';
    const deck = {
      name: 'x',
      meta: planned('# x\n\ny').deck.meta,
      slides: [
        {
          id: 'input',
          layout: 'section' as const,
          title: 'Input',
          body: '```text\nPlease type in a word: apina\nTranslation: monkey\n```',
          notes: '',
          file: '0.md',
          fragments: false,
          source: null,
          section: '',
        },
      ],
    };
    assert.deepEqual(alteredCode(source, deck).altered, []);
    const changed = { ...deck, slides: deck.slides.map((s) => ({ ...s, body: s.body.replace('monkey', 'ape') })) };
    assert.equal(alteredCode(source, changed).altered.length, 1);
  });

  it("reads Liquid's {% raw %} tags out of the source: the code they wrap is shown as the page shows it", () => {
    const source = '# Footer\n\nContact details:\n\n~~~\n- Email: [{% raw %}{{ site.email }}{% endraw %}](mailto:x)\n~~~\n';
    const { deck } = planned(source);
    assert.match(deck.slides.map((s) => s.body).join('\n'), /- Email: \[\{\{ site\.email \}\}\]\(mailto:x\)/u);
    assert.deepEqual(alteredCode(source, deck).altered, []);
  });

  it("compares a link's address with the source's: a changed one is counted, one written with escapes or encoded is not, nor a slide's own link", () => {
    const source =
      '# Systems\n\n[VM/CMS](https://es.wikipedia.org/wiki/VM_\\(sistema_operativo\\)) runs on [Año](https://es.wikipedia.org/wiki/Año) mainframes.\n';
    const { deck } = planned(source);
    assert.deepEqual(alteredCode(source, deck).altered, []);
    const changed = { ...deck, slides: deck.slides.map((s) => ({ ...s, body: s.body.replace('VM_\\(sistema_operativo\\)', 'VM_$sistema_operativo$') })) };
    assert.deepEqual(
      alteredCode(source, changed).altered.map((a) => a.code),
      ['https://es.wikipedia.org/wiki/VM_$sistema_operativo$'],
    );
  });

  it("reads a table cell's code span as GitHub shows it: an escaped pipe is a pipe, no alteration", () => {
    const source = "# Aliases\n\n| Alias | Command |\n| --- | --- |\n| `git cleanup` | `git branch --merged \\| grep -v '*'` |\n";
    const { deck } = planned(source);
    assert.deepEqual(alteredCode(source, deck).altered, []);
    const changed = { ...deck, slides: deck.slides.map((s) => ({ ...s, body: s.body.replace('--merged', '--merge') })) };
    assert.equal(alteredCode(source, changed).altered.length, 1);
  });

  it("reads a Vim help file's preformatted lines as its reader sees them: a link without its bars is no alteration", () => {
    const source = [
      '*hints.txt*\tNvim',
      '',
      'Hints for using the editor\t\t\t*hints*',
      '',
      'These are a few hints that we thought would be helpful for many users.',
      '',
      'Moving around in files\t\t\t|move-around|',
      'Keeping several windows\t\t\t|window-keep|',
      'Sorting the lines of a file\t\t|sort-lines|',
      '',
      '==============================================================================',
      'Moving around in files\t\t\t\t*move-around*',
      '',
      'The cursor moves a word at a time with the w key.',
      '',
      ' vim:tw=78:ts=8:noet:ft=help:norl:',
      '',
    ].join('\n');
    const { deck } = planned(source, 'text');
    const shown = deck.slides.map((s) => s.body).join('\n');
    assert.match(shown, /Keeping several windows +window-keep/u);
    assert.deepEqual(alteredCode(source, deck).altered, []);
    const changed = { ...deck, slides: deck.slides.map((s) => ({ ...s, body: s.body.replace('window-keep', 'window-kept') })) };
    assert.equal(alteredCode(source, changed).altered.length, 1);
  });
});

describe('prose ratio', () => {
  const long = 'The survey recorded the volume of trade. The committee improved the supply of grain. Local councils extended the roads.';
  it('calls a document prose-heavy by the words of its long paragraphs, not by how many paragraphs it has', () => {
    const bullets = Array.from({ length: 40 }, (_, i) => `- Point ${i} about nodes and networks`).join('\n');
    const outline = `# Class\n\n${long}\n\n## Intro\n\n${bullets}\n\n## More\n\n${bullets}\n`;
    const essay = `# Essay\n\n## One\n\n${long}\n\n${long}\n\n- a short list\n- of two items\n\n## Two\n\n${long}\n`;
    const a = planned(outline);
    const b = planned(essay);
    // One long paragraph of one: by paragraphs it would be prose-heavy; its words are a sliver of the outline's.
    assert.equal(proseRatio(a.model, a.deck).proseHeavy, false);
    assert.equal(proseRatio(b.model, b.deck).proseHeavy, true);
  });
});

/** A slide of a section "Part" titled by its id, over `body`. */
const slideOf = (id: string, body: string) => ({
  id,
  file: `${id}.md`,
  layout: 'section' as const,
  fragments: false,
  source: null,
  section: 'Part',
  body: `# ${id}\n\n${body}`,
  notes: '',
});

const slidesDeck = (...slides: ReturnType<typeof slideOf>[]) => ({
  name: 'd',
  meta: { title: 't', subtitle: null, author: null, date: null, theme: 'light' as const, lang: 'en', keywords: [], source: null },
  slides,
});

describe('pictures a slide cannot show', () => {
  it("lists the missing, the remote and apart, as no failure, the figures the document's hidden code draws", () => {
    const deck = slidesDeck(slideOf('a', '![](here.png)\n\n![](gone.png)'), slideOf('b', '![x](https://example.org/x.png)\n\n![](lectern-output:r/volcano)'));
    assert.deepEqual(
      imageProblems(deck, (src) => src === 'here.png'),
      { missing: ['a: gone.png'], remote: ['b: https://example.org/x.png'], notRun: ['b: r/volcano'] },
    );
  });
});

describe('lonely slides', () => {
  const slide = slideOf;
  const deck = slidesDeck;
  it('finds a slide of one short item beside one with room, and not one whose item has sub-items', () => {
    assert.deepEqual(lonelySlides(deck(slide('a', '- one short point'), slide('b', '- a point\n- another point'))), ['a']);
    assert.deepEqual(lonelySlides(deck(slide('a', '- one point\n  - with a sub-point\n  - and another'), slide('b', '- a point\n- another point'))), []);
    // Numbered sub-sections of different parts ("2.2.3" is of 2.2, "2.3" of 2) are no neighbours; of one part, they are.
    assert.deepEqual(lonelySlides(deck(slide('2.2.3 Omitted fields', '- one short point'), slide('2.3 Return codes', '- a point\n- another point'))), []);
    assert.deepEqual(lonelySlides(deck(slide('2.2.3 Omitted fields', '- one short point'), slide('2.2.4 Codes', '- a point\n- another point'))), [
      '2.2.3 Omitted fields',
    ]);
    // Slides of two topics share one as whole topics only: a section's one line beside the first part of a sub-section
    // that goes on over another slide is no leftover, but beside a sub-section of one slide it is.
    const full = Array.from({ length: 3 }, (_, k) => `- point ${k} of the sub-section, which takes a full line of words on the slide`).join('\n');
    const parts = deck(slide('Review', '- one short point'), slide('Minimal maps', '- a point of its own'), slide('Minimal maps (cont.)', full));
    assert.deepEqual(lonelySlides(parts), []);
    assert.deepEqual(lonelySlides(deck(slide('Review', '- one short point'), slide('Minimal maps', '- a point\n- another point'))), ['Review']);
    // Nor is the opening line of a section whose sub-sections follow it, beside the section before: it heads its part.
    const opening = deck(slide('Key exchange', '- a point\n- another point'), slide('RSA', '- One short line.'), slide('Key generation', full));
    assert.deepEqual(lonelySlides(opening), ['RSA']);
    assert.deepEqual(lonelySlides(opening, false, ['RSA']), []);
    // Nor is the last part of a section, titled by a term of its own ("Note on protons"), beside the next section: its id
    // says whose part it is.
    const titled = (id: string, title: string, body: string) => ({ ...slide(id, ''), body: `# ${title}\n\n${body}` });
    const parted = deck(
      titled(
        'ions-3',
        'Anion',
        '- an atom with nine protons and ten electrons has more electrons than protons, so it is an anion\n- its charge is nine less ten, which shows that it holds one negative charge more\n- anions gain electrons, which gives them more negative charges than positive ones',
      ),
      titled('ions-4', 'Note on protons', '- One short line.'),
      titled('exercises', 'Exercises', '- a link\n- another link'),
    );
    assert.deepEqual(lonelySlides(parted), []);
    // (Beside a part of its own section with room, it is one.)
    const roomy = deck(titled('ions-3', 'Anion', '- a point\n- another point'), titled('ions-4', 'Note on protons', '- One short line.'));
    assert.deepEqual(lonelySlides(roomy), ['ions-4']);
    // In a deck the author cut into slides, two of the author's slides are never one; parts of one of them are.
    assert.deepEqual(lonelySlides(deck(slide('Explore', '- What makes a good package?'), slide('Recap', '- a point\n- another point')), true), []);
    assert.deepEqual(lonelySlides(deck(slide('Recap', '- a point\n- another point'), slide('Recap (cont.)', '- one short point')), true), ['Recap (cont.)']);
    // An exercise with its code, or a point with its picture, is no short point.
    assert.deepEqual(lonelySlides(deck(slide('a', '2. What does this return?\n   ```r\n   f(1)\n   ```'), slide('b', '- a point\n- another point'))), []);
    assert.deepEqual(lonelySlides(deck(slide('a', '- The layout: ![a plan](plan.png)'), slide('b', '- a point\n- another point'))), []);
    // A definition's formulas take words of the room as planning counts them.
    const definition = (name: string) =>
      `> Def. (**${name}**, $W \\sim Geom(p)$ ) Keep trying until the first success, then $f_{W}(k)=(1-p)^{k-1} p, k=1, 2, \\dots$ and $F(x)=1-(1-p)^{x}$.`;
    assert.deepEqual(lonelySlides(deck(slide('a', definition('Geometric distribution')), slide('b', definition('Negative binomial distribution')))), []);
    // So do code spans: a neighbour of two points of spans has no room left for the line.
    const spans = slide(
      'Omega',
      '- An equivalent of big O for the lower bound\n- We write `f(n) ∈ Ω(g(n))` if and only if `∃ c > 0, n_0 ≥ 0 : ∀ n ≥ n_0 f(n) ≥ c * g(n)` and `g(n) ≤ h(n)` hold.',
    );
    assert.deepEqual(lonelySlides(deck(slide('Lower bound', '- We can also estimate the lower bound, the lower limit'), spans)), []);
  });
  it('counts the titles of two topics that would share a slide as labels, and not a continuation of the same topic', () => {
    const point = '- Each bottle carries the station, the date, the depth and the initials of whoever filled it.';
    const long = (id: string, title: string) => ({ ...slide(id, point), body: `# ${title}\n\n${point}` });
    const a = long('a', 'Labelling bottles so that no sample is ever mixed up on the way');
    const b = long('b', 'Keeping samples cold and dark on the way back to the laboratory');
    assert.deepEqual(lonelySlides(deck(a, b)), []);
    assert.deepEqual(lonelySlides(deck(a, long('a-2', 'Labelling bottles so that no sample is ever mixed up on the way (cont.)'))), ['a', 'a-2']);
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

describe('coverage', () => {
  it("finds a plain-text document's backslashes as written: they are the author's characters, not Markdown escapes", () => {
    const text = 'Searching words\n\nTo match the start of a word, use the "\\<" item in the pattern.\n\nTo match its end, use "\\>" after it.\n';
    const { model, deck } = planned(text, 'text');
    const coverage = measureCoverage(model, deck, 'text');
    assert.deepEqual(coverage.missing, []);
    assert.equal(coverage.share, 1);
  });

  it("finds a plain text's inline literals (``yield``), which its slides and notes show as code", () => {
    const text =
      'Simple Generators\n\nMotivation\n==========\n\nFor example, ``tokenize.py`` in the *standard* library takes this approach [1].\n\nThe ``yield`` statement may only be used inside functions.\n';
    const { model, deck } = planned(text, 'text');
    assert.match(deck.slides.map((s) => s.body).join('\n'), /`tokenize\.py`/u);
    const coverage = measureCoverage(model, deck, 'text');
    assert.deepEqual(coverage.missing, []);
  });

  it("finds a plain text's addresses in angle brackets, which its slides show as links ('<url:http://…>' as RFCs cite them too)", () => {
    const text =
      'References\n\n[ID3v2] Martin Nilsson, the informal standard.\n\n      <url:http://www.id3.org/id3v2.3.0.txt>\n\nLeap seconds are listed at <http://example.org/leapsec.html> by the observatory.\n';
    const { model, deck } = planned(text, 'text');
    const coverage = measureCoverage(model, deck, 'text');
    assert.deepEqual(coverage.missing, []);
  });
});

describe('coverage of lines ended by a hard break', () => {
  it("finds a sentence whose lines end in a hard break's backslash, which the notes keep as written and show as a line end", () => {
    const text =
      '# T\n\nAuthor: Ada Byron\\\nUpdated: May 2, 2020\n\n## A\n\n1. Adopt the rule:\n\n   > _If two packages share a path,_\\\n   > _the new one must be compatible._\n\n   We say so.\n';
    const { model, deck } = planned(text, 'markdown');
    assert.deepEqual(measureCoverage(model, deck, 'markdown').missing, []);
  });
});

describe("coverage of a plain text's nested items", () => {
  it('finds each nested item in the notes, its marker aside', () => {
    const text =
      'Testing\n\nIntro sentence here. Another one.\n\nQuadrants\n\n• Tech facing, supporting development\n    • unit tests, component tests\n    • easier to automate\n        • a deeper point here\n• Business facing\n\nEnd\n\nThe last words here.\n';
    const { model, deck } = planned(text, 'text');
    const coverage = measureCoverage(model, deck, 'text');
    assert.deepEqual(coverage.missing, []);
    assert.equal(coverage.share, 1);
  });
});

describe('coverage of what a slide shows in another form', () => {
  it("finds a box's bold title given as the slide's title, a callout's title without its marker and a quote's line without its hard break", () => {
    const text = [
      '# Notes',
      '',
      '## Goals',
      '',
      '```{admonition} Goals',
      ':class: attention',
      '* Compute a determinant by hand.',
      '* Check it against the rule of Sarrus.',
      '```',
      '',
      '## Quotes',
      '',
      '> "All happy families are alike."\\',
      '> "Every unhappy one differs."',
      '',
      '> [!example]- The problem stated',
      '> Maximise the profit of two products.',
      '',
      '## Summary',
      '',
      'Determinants by hand, and two quotes.',
      '',
    ].join('\n');
    const { model, deck } = planned(text);
    const coverage = measureCoverage(model, deck);
    assert.deepEqual(coverage.missing, []);
  });
});

describe('coverage of a wall of pictures', () => {
  it("finds each picture's alt text on the slides that show its row", () => {
    const wall = Array.from({ length: 60 }, (_, i) => `![Avatar of sponsor ${i + 1}](https://example.org/u${i + 1}.png)`).join('');
    const { model, deck } = planned(`# Project\n\n## Sponsors\n\nThanks to our sponsors.\n\n${wall}\n\n## Next\n\nMore.\n`);
    assert.ok(deck.slides.filter((s) => s.title.startsWith('Sponsors')).length >= 2);
    assert.deepEqual(measureCoverage(model, deck).missing, []);
  });
});

describe('coverage of a line of code cut over slides', () => {
  it('finds the line in its pieces on consecutive slides, and misses a line that is not there', () => {
    const path = Array.from({ length: 700 }, (_, i) => `${(i * 7.3).toFixed(1)}-${(i % 13) * 2.1}`).join(' ');
    const line = `  --icon: url('data:image/svg+xml,<svg><path d="M244 ${path}z"/></svg>');`;
    const text = ['# Icons', '', '## Custom icons', '', 'Define the icon:', '', '```css', ':root {', line, '}', '```', ''].join('\n');
    const { model, deck, slides } = planned(text);
    assert.ok(slides.filter((s) => s.body.includes('```')).length >= 3, 'the line goes over several slides');
    assert.equal(measureCoverage(model, deck).share, 1);
    const without = slides.map((s) => ({ ...s, body: s.body.replace(/z"\/><\/svg>/u, '') }));
    assert.ok(measureCoverage(model, { ...deck, slides: without }).share < 1);
  });
});

describe('hidden passages shown', () => {
  it('reports a hidden passage on a slide, unless the author also wrote it where it shows', () => {
    const text =
      '# T\n\n## Setup\n\nSet the size with n = 250 here.\n\n<!-- n = 250 is a secret choice -->\n\n<!-- Set the size with n = 250 -->\n\n## The Big Picture\n\nA summary.\n\n<!-- ![The Big Picture](./the-big-picture.png) -->\n';
    const model = splitMarkdown(text);
    const plan = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const deck = (extra: string) => ({
      name: 'x',
      meta: plan.meta,
      slides: plan.slides.map((s, i) => ({
        ...s,
        notes: i === 1 ? `${s.notes}\n${extra}` : s.notes,
        file: `${i}.md`,
        fragments: false,
        source: null,
        section: s.section ?? '',
      })),
    });
    assert.deepEqual(hiddenShown(model, deck('')), []);
    assert.deepEqual(hiddenShown(model, deck('n = 250 is a secret choice')), ['n = 250 is a secret choice']);
  });

  it('reads the source again for comments that span code, so a comment planning let through is reported', () => {
    const text = [
      '# T',
      '',
      '## Basics',
      '',
      '{% comment %}',
      'How do we read this output of the command?',
      '',
      '```console',
      '$ git status',
      '```',
      '',
      'Nothing is committed in the new repository yet.',
      '{% endcomment %}',
      '',
      '<!-- Remember to mention the exam in week three.',
      '```',
      'code',
      '``` -->',
      '',
      '```liquid',
      '{% comment %} Liquid comments in code are shown as written here {% endcomment %}',
      '```',
      '',
      '{% highlight html %}',
      '<!--the form leads back to the same page-->',
      '<form action="" method="post"></form>',
      '{% endhighlight %}',
      '',
      '{{< highlight go >}}',
      '<!-- a comment in a shortcode listing is code too -->',
      '{{< /highlight >}}',
      '',
      'Commands are listed below for everyone.',
    ].join('\n');
    // A model whose reader missed them (as a planner with a gap would): the slides show them.
    const model = splitMarkdown('# T\n\n## Basics\n\nCommands are listed below for everyone.\n');
    const plan = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const deck = (extra: string) => ({
      name: 'x',
      meta: plan.meta,
      slides: plan.slides.map((s) => ({ ...s, body: `${s.body}\n${extra}`, file: `${s.id}.md`, fragments: false, source: null, section: s.section ?? '' })),
    });
    assert.deepEqual(hiddenShown(model, deck(''), text), []);
    assert.deepEqual(hiddenShown(model, deck('Nothing is committed in the new repository yet. Remember to mention the exam in week three.'), text), [
      'Nothing is committed in the new repository yet.',
      'Remember to mention the exam in week three.',
    ]);
    // A comment shown inside code, as an example of the syntax, is the code's.
    assert.deepEqual(hiddenShown(model, deck('Liquid comments in code are shown as written here'), text), []);
    // So is one in a site generator's code block, Jekyll's "{% highlight %}" or Hugo's "{{< highlight >}}".
    assert.deepEqual(hiddenShown(model, deck('<!--the form leads back to the same page-->'), text), []);
    assert.deepEqual(hiddenShown(model, deck('<!-- a comment in a shortcode listing is code too -->'), text), []);
  });

  it('takes the comment that ends a Slidev slide for the speaker notes it is, and still reports another comment shown', () => {
    const text = [
      '---',
      'layout: cover',
      'transition: fade-out',
      '---',
      '',
      '# Vue without a virtual DOM',
      '',
      '<!--',
      'Hello everyone, glad to meet you all here at the conference today.',
      '-->',
      '',
      '---',
      '',
      '# Mechanism',
      '',
      '<!-- An idea left out of the talk for the time being. -->',
      '',
      'The compiler writes the updates it needs.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    const plan = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const deck = (extra: string) => ({
      name: 'x',
      meta: plan.meta,
      slides: plan.slides.map((s) => ({ ...s, notes: `${s.notes}\n${extra}`, file: `${s.id}.md`, fragments: false, source: null, section: s.section ?? '' })),
    });
    assert.match(plan.slides.map((s) => s.notes).join('\n'), /Hello everyone, glad to meet you/u);
    assert.deepEqual(hiddenShown(model, deck(''), text), []);
    assert.deepEqual(hiddenShown(model, deck('An idea left out of the talk for the time being.'), text), ['An idea left out of the talk for the time being.']);
  });
});

describe('coverage of a plain-text document with backslashes in a block shown as written', () => {
  it('finds the block as the slide shows it, backslashes and all', () => {
    const text = [
      'Help',
      '',
      'Finding help:',
      '',
      'Regexp items always start with /.  So to get help for the "\\+" quantifier',
      '    in Vim regexes: >',
      '\t:help /\\+',
      '<    If you need more, start reading at the pattern page.',
      '',
    ].join('\n');
    const { model, deck } = planned(text, 'text');
    const coverage = measureCoverage(model, deck, 'text');
    assert.deepEqual(coverage.missing, []);
  });
});

describe('coverage of a derivation cut over slides', () => {
  it('finds each of its lines on the slides that show them', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `&= \\sum_{i=1}^{N} a_{${i}} x_i + \\sum_{j=1}^{M} b_{${i}} y_j \\\\`);
    const text = [
      '# D',
      '',
      '## Derivation',
      '',
      'We get:',
      '',
      '$$',
      '\\begin{aligned}',
      `S ${rows[0]?.slice(1)}`,
      ...rows.slice(1),
      '\\end{aligned}',
      '$$',
      '',
    ].join('\n');
    const { model, deck, slides } = planned(text);
    assert.ok(slides.filter((s) => s.body.includes('\\begin{aligned}')).length >= 2);
    assert.deepEqual(measureCoverage(model, deck).missing, []);
  });
});

describe('formulas KaTeX cannot read', () => {
  it('are named by their slide with its reason; a formula a deck macro defines is none', () => {
    const { deck } = planned('# Maths\n\n## Broken\n\nGives $x^{2$ here.\n\n## Fine\n\nAnd $\\half x$ there.\n');
    const errors = formulaErrors(deck);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0] ?? '', /^broken: KaTeX parse error: Expected '\}'/u);
    const defined = { ...deck, meta: { ...deck.meta, macros: ['\\newcommand{\\half}{\\frac{1}{2}}'] } };
    assert.equal(formulaErrors(defined).length, 1);
  });
});

describe('coverage of fields a line each', () => {
  it('finds each field, shown as a point of its own', () => {
    const text =
      '# SQL\n\n## Cross Join\n\nIt returns every pair of rows.\n\n**Keyword**: `CROSS JOIN`\n**Syntax**: `SELECT column1, column2, ... FROM t1 CROSS JOIN t2`\n**Syntax 2**: `SELECT column1, column2, ... FROM t1, t2`\n\n## Next\n\nMore.\n';
    const { model, deck } = planned(text);
    const coverage = measureCoverage(model, deck);
    assert.deepEqual(coverage.missing, []);
  });
});

describe('coverage of a paragraph with hard line breaks', () => {
  it('reads a line-ending backslash as the line end it is, and finds the sentence in the notes', () => {
    const text =
      '# Arrays\n\n## Broadcasting\n\nThis works on arrays of one size.\\\nIt is also possible on arrays of different\\\nsizes: this is called **broadcasting**.\n\n## Next\n\nMore.\n';
    const { model, deck } = planned(text);
    assert.deepEqual(measureCoverage(model, deck).missing, []);
  });
});

describe("a site's markup shown as text", () => {
  it('is named by its slide (an admonition marker, a template tag, an attribute list), but not in code or a formula', () => {
    const { deck } = planned(
      '# T\n\n## Boxes\n\n- ??? tip "Les quines"\n- See [!NOTE] here.\n- A box { .recap } here.\n- A picture !\\[race\\]\\(/img/race.png\\) as text.\n\n## Code\n\nRun `{% raw %}` and `!!! note` in code; $\\{a\\}$ is math; ![a picture](/img/x.png) shows.\n',
    );
    const shown = markupShown(deck);
    assert.deepEqual(
      shown.map((s) => s.replace(/^[^:]+: /u, '')),
      ['??? tip', '[!NOTE]', '{ .recap }', '![race](/img/race.png)'],
    );
    assert.ok(
      shown.every((s) => s.startsWith('boxes')),
      JSON.stringify(shown),
    );
  });

  /** What markupShown finds on a deck of one slide with this body, each without its slide's id. */
  const shownOn = (body: string): string[] =>
    markupShown({ name: 't', meta: { title: 'T' }, slides: [{ id: 'a', layout: 'section', body, notes: '' }] } as unknown as Parameters<
      typeof markupShown
    >[0]).map((s) => s.replace(/^[^:]+: /u, ''));

  it("is not an author's marks of stress: '!!! 4) Foreign investment' of plain notes; '!!! warning' is", () => {
    assert.deepEqual(shownOn('- !!! 4) Foreign investment\n- !!!Important: read this'), []);
    assert.deepEqual(shownOn('- !!! warning "Careful"'), ['!!! warning']);
  });

  it("is a book's index entries, an MDX import line and a link's attr_list settings too, shown as text; not in code", () => {
    const shown = shownOn(
      '# A\n\n- \\indexc{env()} \\index{assignment}\n- import Tabs from \'@theme/Tabs\';\n- Run `import os` first.\n- [An activity](../intro/){. target="_blank"}',
    );
    assert.deepEqual(shown, ['\\indexc{env()}', "import Tabs from '@theme/Tabs';", '{. target="_blank"}']);
  });

  it("is a deck framework's Vue expression shown as text; one in code is not", () => {
    assert.deepEqual(shownOn('# A\n\n- Semester {{ $slidev.configs.semester }}\n- Write `{{ $slidev.nav.currentPage }}` in a slide.'), [
      '{{ $slidev.configs.semester }}',
    ]);
  });

  it("is pandoc-crossref's label shown as text ({#eq:x}); a set in braces in a sentence is not", () => {
    assert.deepEqual(shownOn('# A\n\n- {#eq:linear-setup-1d}\n- The set {a, b} is small.'), ['{#eq:linear-setup-1d}']);
  });

  it("is a directive's marker run into the text, a leaf directive and the end of a component's tag; not a type signature or C++", () => {
    const shown = shownOn(
      '# A\n\n- (Answers in binary) :::cards{rows=3 flexBasis=210px}\n- ::br **Block 2**\n- UPPER_NOSPACE(val)?.length === 10} monospace/>\n- The type f :: Int -> Int and std::vector stay, as does `<Answer />` in code.',
    );
    assert.deepEqual(shown, [':::cards{rows=3', '::br', 'monospace/>']);
  });
});

describe('a table too wide for a slide', () => {
  // Ten columns of a few words each, a sorting algorithm a row, as a course's comparison sheet sets them.
  const columns = [
    'Algorithm',
    'Family',
    'When to use it',
    'Best case',
    'Worst case',
    'Memory',
    'Stability',
    'Example input',
    'Typical pitfall',
    'Implementation notes',
  ];
  const row = (name: string, family: string) =>
    `| ${name} | ${family} | small inputs or nearly sorted arrays<br>not for huge random data | $O(n \\log n)$ | $O(n^2)$ | constant extra space | stable when written carefully | an array of forty exam marks | forgetting the boundary condition | use \`swap(a, i, j)\` and test the empty array first |`;
  const text = [
    '# Sorting compared',
    '',
    '## The algorithms side by side',
    '',
    `| ${columns.join(' | ')} |`,
    `|${columns.map(() => ' --- ').join('|')}|`,
    row('Insertion sort', 'Insertion'),
    row('Merge sort', 'Divide and conquer'),
    row('Quicksort', 'Divide and conquer'),
    '',
  ].join('\n');

  it('shows each row on its side, a line per column under its name, the slide named by the row; every cell is found', () => {
    const { model, deck } = planned(text);
    const tables = deck.slides.filter((s) => s.body.includes('| --- |'));
    // Each slide's table has two columns: a column's heading and the row's cell.
    for (const slide of tables) for (const line of slide.body.split('\n').filter((l) => l.startsWith('|'))) assert.equal(rowCells(line).length, 2, line);
    assert.match(tables.map((s) => s.body).join('\n'), /^\| \*\*Worst case\*\* \| \$O\(n\^2\)\$ \|$/mu);
    assert.match(tables.map((s) => s.body).join('\n'), /^\| Algorithm \| Merge sort \|$/mu);
    const titles = tables.map((s) => s.title);
    for (const name of ['Merge sort', 'Quicksort'])
      assert.ok(
        titles.some((t) => t.includes(name)),
        titles.join(' / '),
      );
    const coverage = measureCoverage(model, deck);
    assert.deepEqual(coverage.missing, []);
    // The code in its cells as written.
    assert.deepEqual(alteredCode(text, deck).altered, []);
  });
});
