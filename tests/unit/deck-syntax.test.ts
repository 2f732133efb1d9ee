// stages/deck-syntax.ts: decks written for Slidev, remark.js and Marp, read as documents.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakerComments } from '../../scripts/stages/deck-syntax.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { slidesShown } from './plans.ts';

const talk = (notes: string): string =>
  [
    '---',
    'theme: seriph',
    'transition: slide-left',
    'title: Flat Config',
    '---',
    '',
    '# Flat Config',
    '',
    '---',
    'layout: center',
    '---',
    '',
    '# Legacy Config',
    '',
    '<!-- a draft line the author hid -->',
    '',
    '- Multiple sources',
    '',
    '```js',
    '<!-- inside code -->',
    '```',
    '',
    `<!--\n${notes}\n-->`,
    '',
    '---',
    '',
    '# Plugins',
    '',
    '- Explicit imports',
    '',
    '<!-- The end of the talk. -->',
    '',
  ].join('\n');

describe("a Slidev or Marp slide's speaker notes", () => {
  it('are the comment that ends the slide, as a Note: paragraph on the same lines; other comments and code stay as they are', () => {
    const text = talk('Before we start, a quick survey.\n\nWho has used the flat config?');
    const read = speakerComments(text);
    assert.equal(read.split('\n').length, text.split('\n').length);
    assert.match(read, /\nNote:\nBefore we start, a quick survey\.\n\nWho has used the flat config\?\n/u);
    assert.match(read, /\nNote: The end of the talk\.\n/u);
    assert.match(read, /<!-- a draft line the author hid -->/u);
    assert.match(read, /```js\n<!-- inside code -->\n```/u);
    // A document that is no Slidev or Marp deck keeps its comments for hidden.ts.
    const essay = '# Essay\n\nText.\n\n<!-- remember to mention the exam -->\n';
    assert.equal(speakerComments(essay), essay);
    // Nor does a Jekyll page, whose front matter names a layout too.
    const jekyll = '---\nlayout: lecture\ntitle: Files\n---\n\n# Exercises\n\n1. Find large files.\n\n<!--\n2. Solution: find ~ -size +1M\n-->\n';
    assert.equal(speakerComments(jekyll), jekyll);
  });

  it("reach the slide's notes, and long notes do not make the deck read as a document with rules", () => {
    const long = Array.from({ length: 12 }, (_, i) => `Point ${i} of what I say here, at some length, so the notes run long.`).join(' ');
    const slides = planDeck(splitMarkdown(talk(long)), { file: 't.md', fileName: 't.md', format: 'markdown' }).value.slides;
    const legacy = slides.find((s) => s.title === 'Legacy Config');
    assert.ok(legacy, slides.map((s) => s.title).join(' | '));
    assert.match(legacy.notes, /Point 11 of what I say here/u);
    assert.doesNotMatch(legacy.body, /Point|draft line|Note:/u);
    assert.match(slides.find((s) => s.title === 'Plugins')?.notes ?? '', /The end of the talk\./u);
  });

  it("are not a Marp directive ('_class: lead', 'fit')", () => {
    const marp = '---\nmarp: true\n---\n\n# Hello\n\nText.\n\n<!-- _class: lead -->\n\n---\n\n# Bye\n\n<!-- fit -->\n';
    assert.equal(speakerComments(marp), marp);
  });
});

describe('a Slidev deck of HTML slides', () => {
  it("is cut into the author's slides: tags and attributes are no words of a slide, and its settings are no text", () => {
    const card = (i: number): string =>
      `  <div v-click border-1 border-red-900 border-opacity-80 bg-red-900 bg-opacity-10 rounded-md p-3>\n    <div text-red-400>\n      <ph-package-duotone w-5 />\n      Step ${i}\n    </div>\n  </div>`;
    const grid = `<div mt-12 grid="~ cols-5" gap-y-8>\n${Array.from({ length: 24 }, (_, i) => card(i)).join('\n')}\n</div>`;
    const deck = [
      '---',
      'title: Unpoly',
      'layout: cover',
      'transition: fade-out',
      '---',
      '',
      '<h1>\n  <div>Unpoly</div>\n</h1>',
      '',
      '---',
      'name: Path',
      '---',
      '',
      '<h1 flex justify-between>\n  <div> The path - <span text-primary> API </span></div>\n</h1>',
      '',
      grid,
      '',
      '---',
      'name: Problems',
      'layout: section',
      '---',
      '',
      '# Three problems',
      '',
      'Time is short.',
      '',
      '<!--',
      'Say why it matters.',
      '-->',
    ].join('\n');
    const model = splitMarkdown(deck);
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.explicit]),
      [
        ['The path - API', true],
        ['Three problems', true],
      ],
    );
    assert.ok(!model.sections.some((s) => s.blocks.some((b) => /^name:/mu.test(b.text))));
  });
});

describe('a remark.js deck', () => {
  const deck = [
    'title: Resilient teams',
    'class: animation-fade',
    'layout: true',
    '',
    '.twitter-handle[@speaker]',
    '',
    '---',
    '',
    'class: middle, center',
    '# .large[Resilient <br>teams]<br>&nbsp;',
    '',
    '.logo[![](images/conf-logo.png)]',
    '',
    '![](images/company.svg)',
    '|',
    'Dana Writer',
    '|',
    '@dana',
    '',
    '---',
    '',
    'class: middle',
    '# Back story',
    '',
    'I moved to a remote job.',
    '',
    '???',
    'Notes for the story.',
    '',
    '---',
    '',
    'exclude: true',
    'class: middle',
    '# Why this talk',
    '',
    'A slide the author left out of the talk.',
    '',
    '---',
    '',
    'class: middle',
    '# My team',
    '',
    '```yaml',
    '---',
    'exclude: true',
    '```',
    '',
    '???',
    'A distributed team.',
  ].join('\n');

  it('is titled by its opening properties, its cover the title slide, and shows neither its template (layout: true) nor the slides it excludes', () => {
    const model = splitMarkdown(deck);
    assert.equal(model.title, 'Resilient teams');
    // Its cover (the title again, logos and the speaker's name) is the title slide.
    assert.equal(model.subtitle, 'Dana Writer | @dana');
    assert.ok(!model.sections.some((s) => /Resilient/u.test(s.heading)), model.sections.map((s) => s.heading).join(' | '));
    const plan = planDeck(model, { file: 'talk.md', fileName: 'talk.md', format: 'markdown' }).value;
    const all = plan.slides.map((s) => `${s.title}\n${s.body}\n${s.notes}`).join('\n');
    assert.doesNotMatch(all, /@speaker|Why this talk|left out of the talk/u);
    assert.match(all, /Back story/u);
    // A `---` inside code is no slide break: the code stays on its slide.
    assert.match(all, /My team[\s\S]*exclude: true/u);
  });
});

describe("a remark.js deck's properties after a blank line, empty ones, and its notes right over the next slide's break", () => {
  it("shows no property, keeps a note out of the slide, and titles no slide by a heading's picture", () => {
    const deck = [
      'name: inverse',
      'layout: true',
      'class: center, middle, inverse',
      '---',
      'template: inverse',
      '',
      'background-image: url(whiteboard.jpg)',
      'background-position: center',
      '',
      '# Predator and prey',
      '',
      '---',
      'layout: false',
      'class:',
      '# Some acknowledgements',
      '',
      '* remark.js for browser based presentations',
      '',
      '---',
      '# The project site ![logo](https://example.org/logo.png)',
      '',
      'The plane in the slice viewer.',
      '',
      '???',
      'Work was done in the 1950s',
      '---',
      '# The model',
      '',
      'The populations change through time.',
      '',
    ].join('\n');
    const plan = planDeck(splitMarkdown(deck), { file: 'talk.md', fileName: 'talk.md', format: 'markdown' }).value;
    const shown = plan.slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(shown, /background-|class:|template:|Work was done|logo|\?\?\?/u, shown);
    assert.ok(
      plan.slides.some((s) => s.title === 'The project site' && /Work was done in the 1950s/u.test(s.notes)),
      plan.slides.map((s) => s.title).join(' | '),
    );
    assert.ok(plan.slides.some((s) => s.title === 'The model'));
  });
});

describe("a remark.js (xaringan) deck's content classes", () => {
  it('show their content without the class and its brackets, each column its own list; "--" steps are no text', () => {
    const text = [
      '---',
      'title: "Ninja"',
      'output:',
      '  xaringan::moon_reader:',
      '    lib_dir: libs',
      '---',
      '',
      '# remark.js vs xaringan',
      '',
      '.pull-left[',
      '1. Start with a boilerplate HTML file;',
      '',
      '1. Plain Markdown;',
      ']',
      '',
      '.pull-right[',
      '1. Start with an R Markdown document;',
      '',
      '1. R Markdown (can embed [code chunks](https://rmarkdown.rstudio.com));',
      ']',
      '',
      '--',
      '',
      '.footnote[[*] Not really. See next page.]',
      '',
      '---',
      '',
      '# Math',
      '',
      '```r',
      '.pull-left[ x ]',
      '```',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    const blocks = model.sections.flatMap((s) => s.blocks.map((b) => b.text));
    const shown = blocks.join('\n');
    assert.doesNotMatch(shown.replace(/```r[\s\S]*?```/u, ''), /\.pull-|\.footnote|^--$/mu, shown);
    assert.match(shown, /```r\n\.pull-left\[ x \]\n```/u);
    const lists = blocks.filter((b) => /^1\. /u.test(b));
    assert.equal(lists.length, 2, JSON.stringify(blocks));
    assert.match(shown, /\[\*\] Not really\. See next page\./u);
  });

  it('"--" alone between blank lines is no text in any Markdown deck (a vertical slide\'s mark), in code it stays', () => {
    const text = [
      '# Programs',
      '',
      '## Languages',
      '',
      'A vocabulary and a grammar.',
      '',
      '--',
      '',
      '- Syntax',
      '- Semantics',
      '',
      '--',
      '',
      '```sh',
      'a',
      '',
      '--',
      '',
      'b',
      '```',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    const shown = model.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    assert.doesNotMatch(shown.replace(/```sh[\s\S]*?```/u, ''), /^(?:- )?--$/mu, shown);
    assert.match(shown, /```sh\na\n\n--\n\nb\n```/u);
    assert.match(shown, /- Syntax\n- Semantics/u);
  });

  it('keep a class inside a sentence as words of the sentence, not paragraphs of their own', () => {
    const text = [
      '---',
      'output: xaringan::moon_reader',
      '---',
      '',
      '# Talk',
      '',
      '---',
      '',
      '# About me',
      '',
      "I'm a .yellow[lecturer in statistics] at the University (soon moving to .yellow[another one]).",
      '',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks.map((b) => b.text));
    assert.deepEqual(blocks, ["I'm a lecturer in statistics at the University (soon moving to another one)."]);
  });

  it("read a deck that opens with its template's properties, properties after a blank line, and a class around code", () => {
    const text = [
      'title: Lecture 2b: Tools',
      'layout: true',
      'class: typo',
      '',
      '---',
      '',
      'count: false',
      'class: middle, center',
      '',
      '# { {title}}',
      '',
      '---',
      '',
      '## Version control',
      '',
      '- Past: cvs, svn',
      '- Now: git',
      '',
      '---',
      '',
      '### Example',
      '',
      '.font-sm[',
      '',
      '```terminal',
      '$ git status',
      'On branch master',
      '```',
      '',
      ']',
      '',
      '???',
      '',
      'Show a real repository.',
    ].join('\n');
    const model = splitMarkdown(text);
    const shown = [model.title ?? '', ...model.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)])].join('\n');
    assert.equal(model.title, 'Lecture 2b: Tools');
    assert.doesNotMatch(shown, /layout: true|class: |count: false|\{ ?\{|\.font-sm|^\]$/mu, shown);
    assert.match(shown, /```terminal\n\$ git status\nOn branch master\n```/u);
  });
});

describe('a Slidev deck whose slides open with their settings in a ```yaml block', () => {
  it('shows neither the settings nor the slot markers; a yaml block later in a slide is code', () => {
    const text = [
      '---',
      'layout: cover',
      'transition: slide',
      'addons:',
      '- slidev-addon-runner',
      '---',
      '',
      '# Functions',
      '',
      '---',
      '',
      '```yaml',
      'layout: two-cols',
      'dragPos:',
      '  square: Left,Top,Width,Height,Rotate',
      '```',
      '::left::',
      '# Covered',
      '',
      '- loops',
      '',
      '::right::',
      '# Left',
      '',
      '- files',
      '',
      '---',
      '',
      '# Config',
      '',
      '```yaml',
      'layout: default',
      '```',
    ].join('\n');
    const model = splitMarkdown(text);
    const shown = model.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]).join('\n');
    assert.doesNotMatch(shown, /two-cols|dragPos|::left::|::right::/u, shown);
    assert.match(shown, /```yaml\nlayout: default\n```/u);
    assert.ok(model.sections.some((s) => s.heading === 'Covered'));
  });

  it('shows the values its Vue expressions name from the head matter, and no expression; a heading of a missing value goes', () => {
    const text = [
      '---',
      'title: "Shortest Paths"',
      'transition: slide-left',
      'course: Algorithms II',
      '---',
      '',
      '# Shortest Paths',
      '## {{ $slidev.configs.subject }}',
      '### Semester {{ $slidev.configs.semester }}',
      '',
      'A course of {{ $slidev.configs.course }}, by {{ $slidev.configs.presenter }}',
      '',
      '---',
      '',
      '## Dijkstra',
      '',
      '- relax each edge',
      '',
      ':: right ::',
      '',
      '```vue',
      '<p>{{ $slidev.nav.currentPage }}</p>',
      '```',
    ].join('\n');
    const model = splitMarkdown(text);
    const shown = JSON.stringify(model, null, 1);
    assert.doesNotMatch(shown, /configs|Semester|:: right ::/u, shown);
    assert.match(shown, /A course of Algorithms II, by\s*"/u);
    assert.match(shown, /<p>\{\{ \$slidev\.nav\.currentPage \}\}<\/p>/u, 'code as written');
    assert.equal(model.title, 'Shortest Paths');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Dijkstra'],
    );
  });

  it("shows no slot markers where its slides' own settings lie between --- lines, as remark's properties would", () => {
    const slide = (layout: string, title: string, slot: string): string =>
      `---\nlayout: ${layout}\n---\n\n# ${title}\n\n- a point\n\n${slot}\n\n- another point\n`;
    const text = `---\ntheme: default\nclass: text-center\nhighlighter: shiki\n---\n\n# Ownership\n\n${slide('two-cols', 'Memory', '::right::')}\n${slide('quadrant', 'Moves', '::bottomleft::')}`;
    const shown = splitMarkdown(text)
      .sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)])
      .join('\n');
    assert.doesNotMatch(shown, /::right::|::bottomleft::|layout:/u, shown);
    assert.match(shown, /another point/u);
  });
});

describe("a deck's slides that open with settings its theme reads ('currentNav: \"Review\"' between --- lines)", () => {
  it('keeps them out where three slides or more open so: no heading of them; one such line alone stays the text', () => {
    const slide = (nav: string, title: string): string => `---\ncurrentNav: "${nav}"\n---\n\n# ${title}\n\nSome words on ${title.toLowerCase()}.\n`;
    const text = `---\ntitle: Platforms\nlayout: title-with-image\n---\n\n${slide('Review', 'Review')}\n${slide('Platforms', 'Hardware')}\n${slide('Platforms', 'Operating System')}\n${slide('Linux', 'Linux')}`;
    const headings = splitMarkdown(text).sections.map((s) => s.heading);
    assert.deepEqual(headings, ['Review', 'Hardware', 'Operating System', 'Linux']);
    // (Twice is no theme's setting: a line over a rule may be the author's heading.)
    const twice = `# Notes\n\nText.\n\n---\nNote: this matters\n---\n\nMore.\n\n---\nNote: this too\n---\n\nEnd.\n`;
    assert.ok(
      splitMarkdown(twice).sections.some((s) => s.heading === 'Note: this matters'),
      splitMarkdown(twice)
        .sections.map((s) => s.heading)
        .join(' | '),
    );
  });
});

describe('a Slidev slide that shows a page in a frame (layout: iframe)', () => {
  it('is a link to the page, with no empty bullet for the "-" alone under it', () => {
    const text = `---\ntheme: default\n---\n\n# Talk\n\n---\nlayout: center\n---\n\n## Functions\n\n- Works for both\n\n---\nlayout: iframe\nurl: https://example.org/functions.html\nscale: 0.6\n---\n\n-\n\n---\nlayout: center\n---\n\n## State\n\nSome text.\n`;
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks.map((b) => b.text));
    assert.ok(
      blocks.some((b) => b.includes('https://example.org/functions.html')),
      blocks.join(' | '),
    );
    assert.ok(!blocks.some((b) => /^[-*+]\s*$/u.test(b.trim())), blocks.join(' | '));
  });
});

describe("a deck's cover slide", () => {
  it("with the speaker's name over their handle is the title slide, both lines its subtitle, not a second slide", () => {
    const deck = [
      '---',
      'theme: default',
      'title: Providing a Rich Interface',
      '---',
      '',
      '# Providing a Rich Interface',
      '',
      '## Dana Writer',
      '',
      '### <carbon-logo-twitter /> danaw',
      '',
      '---',
      'layout: intro',
      '---',
      '',
      '# About me',
      '',
      '- Scottish',
      '- Founded an academy',
      '',
      '---',
      '',
      '# Deploy',
      '',
      'We deploy with one command.',
    ].join('\n');
    const model = splitMarkdown(deck);
    assert.equal(model.title, 'Providing a Rich Interface');
    assert.equal(model.subtitle, 'Dana Writer · danaw');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['About me', 'Deploy'],
    );
  });
});

describe("an author's build written out as slides", () => {
  const step = (items: number, note: string): string[] => [
    '# How it works',
    '',
    ...['Run the new code beside the old.', 'Compare their outputs.', 'Return the old output.'].slice(0, items).map((t, i) => `${i + 1}. ${t}`),
    '',
    '???',
    '',
    note,
  ];
  const deck = [
    ...step(1, 'first note'),
    '',
    '---',
    '',
    ...step(2, 'second note'),
    '',
    '---',
    '',
    ...step(3, 'third note'),
    '',
    '---',
    '',
    '# How it works',
    '',
    'A different slide under the same title.',
  ].join('\n');
  it('is its last step once, with the notes of every step in order; a slide that does not build on it stays', () => {
    const model = splitMarkdown(deck);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['How it works', 'How it works'],
    );
    const [built] = model.sections;
    const text = built?.blocks.map((b) => b.text).join('\n\n') ?? '';
    assert.match(text, /^1\. Run the new code beside the old\.\n2\. Compare their outputs\.\n3\. Return the old output\./u);
    assert.match(text, /first note\n\nsecond note\n\nthird note$/u);
    assert.equal((text.match(/Run the new code/gu) ?? []).length, 1);
  });
});

describe('a Deckset deck', () => {
  const deck = [
    'theme: Business Class, 5',
    'autoscale: true',
    'footer: @speaker',
    '',
    '# [fit] Culture is not Squishy',
    '',
    '## Ada Lovelace',
    '',
    '^ A few weeks ago we asked whether the team still shared its values.',
    '',
    '---',
    '',
    '# Measuring Culture',
    '',
    '* Trust and verify',
    '* Heroes and high performers',
    '',
    '![inline fit](media/survey.png)',
    '',
    '[.footer: https://example.org/slides]',
    '',
    '^ The survey came first.',
    'It asked seven questions.',
    '',
    '^ Then we looked at the answers.',
    '',
    '---',
    '',
    '# Questions',
    '',
    '![right, fit](media/face.jpg)',
    '',
    '```sh',
    '^ not a note in code',
    '```',
    '',
    '---',
    '',
    '# Bytecode',
    '',
    '^ In the following we analyze bytecode: a note that opens the slide.',
    '',
    '> Bytecode is a binary format.',
    '',
    'It is interpreted by a virtual machine.',
    '',
    "^ A second note, between the slide's paragraphs.",
    '',
    'The machine is a stack machine.',
  ].join('\n');
  it('keeps its settings and commands off the slides, its "^" paragraphs in the notes, its image words out of descriptions', () => {
    const model = splitMarkdown(deck);
    assert.equal(model.title, 'Culture is not Squishy');
    const plan = planDeck(model, { file: 'talk.md', fileName: 'talk.md', format: 'markdown' }).value;
    const shown = slidesShown(plan.slides);
    assert.doesNotMatch(shown.replace('^ not a note in code', ''), /theme:|autoscale|\[\.footer|\[fit\]|^\^/mu);
    assert.doesNotMatch(shown, /A few weeks ago|The survey came first|Then we looked/u);
    assert.match(shown, /!\[\]\(<?media\/survey\.png>?\)/u);
    // Its words parted by commas too ("right, fit").
    assert.match(shown, /!\[\]\(<?media\/face\.jpg>?\)/u);
    const measuring = plan.slides.find((s) => s.title === 'Measuring Culture');
    assert.match(measuring?.notes ?? '', /The survey came first\.\s+It asked seven questions\.\s+Then we looked at the answers\./u);
    assert.match(plan.slides.map((s) => s.notes).join('\n'), /A few weeks ago/u);
    assert.match(shown, /\^ not a note in code/u);
    // Notes wherever they are in the slide, before its text or between its paragraphs.
    const bytecode = plan.slides.find((s) => s.title === 'Bytecode');
    assert.doesNotMatch(bytecode?.body ?? '', /In the following|A second note/u);
    assert.match(bytecode?.body ?? '', /stack machine/u);
    assert.match(bytecode?.notes ?? '', /In the following we analyze bytecode[\s\S]*A second note/u);
  });

  it('is not a remark deck whose first slide opens with its properties, nor does it touch code', () => {
    const remark = [
      '---',
      'title: Macros',
      'output: xaringan::moon_reader',
      '---',
      '',
      'class: center, middle',
      'background-image: url(bg.jpg)',
      '',
      '# Macros',
      '',
      '---',
      '',
      '# Scale',
      '',
      '```markdown',
      '![:scale 50%](image.jpg)',
      '```',
      '',
    ].join('\n');
    const shown = splitMarkdown(remark)
      .sections.flatMap((s) => s.blocks.map((b) => b.text))
      .join('\n');
    assert.match(shown, /!\[:scale 50%\]\(image\.jpg\)/u);
    const deckset = [
      'theme: Plain Jane',
      'autoscale: true',
      '',
      '# Pictures',
      '',
      '![inline fit](a.png)',
      '',
      '```markdown',
      '![inline fit](b.png)',
      '```',
      '',
    ].join('\n');
    const model = splitMarkdown(deckset);
    const read = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    assert.match(read, /!\[\]\(<?a\.png>?\)/u);
    assert.match(read, /!\[inline fit\]\(b\.png\)/u);
  });
});

describe("a remark.js deck that opens with its first slide's properties", () => {
  it('shows none of them, and is titled by its first heading, not its file', () => {
    const deck = [
      '',
      'class: center, middle, inverse',
      '',
      '# Designing graphical user interfaces',
      '## Lecture 5 - patterns that track state',
      '',
      '---',
      '# Motivation',
      '',
      '* The interface of a maintained application keeps changing.',
      '* Some screens show the same data in another form.',
      '',
      '???',
      'Ask who has maintained a GUI.',
      '',
      '---',
      '',
      '## Separated presentation',
      '',
      '* Domain objects know nothing of the screens that show them.',
    ].join('\n');
    const model = splitMarkdown(deck);
    assert.equal(model.title, 'Designing graphical user interfaces');
    const plan = planDeck(model, { file: 'slides-l05.md', fileName: 'slides-l05.md', format: 'markdown' }).value;
    assert.equal(plan.meta.title, 'Designing graphical user interfaces');
    assert.doesNotMatch(plan.slides.map((s) => `${s.title}\n${s.body}`).join('\n'), /class: center/u);
  });
});
