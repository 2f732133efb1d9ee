// scripts/stages/split-markdown.ts: Markdown to sections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  anglesInAttributes,
  danglingBreaks,
  headingItems,
  headingsAfterHtml,
  outlineList,
  splitMarkdown,
  unspacedHeadings,
} from '../../scripts/stages/split-markdown.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { markdownSlides } from './plans.ts';

describe("a front matter's fields", () => {
  it("leave out the R code knitr would have run in them ('`r Sys.Date()`'), an aside or a label it leaves empty too", () => {
    const date = (value: string): string | null => splitMarkdown(`---\ntitle: T\ndate: ${value}\n---\n\n# A\n\nText.\n`).date;
    assert.equal(date('"2016/12/12 (updated: `r Sys.Date()`)"'), '2016/12/12');
    assert.equal(date('"`r Sys.Date()`"'), null);
    assert.equal(date('"Last update: `{r} Sys.Date()`"'), null);
    assert.equal(date('2024-01-05'), '2024-01-05');
    assert.equal(date('"Spring 2024 (week 3)"'), 'Spring 2024 (week 3)');
    assert.equal(date('"2018-10-14T08:09:54+09:00"'), '2018-10-14');
    // (An hour and an offset written without their leading zeros, as a Docusaurus page's front matter may: its day too.)
    assert.equal(date('2021-01-11T8:00:00-5:00'), '2021-01-11');
    // Quarto's dates the renderer works out are none the text gives.
    for (const keyword of ['last-modified', 'today', '"now"']) assert.equal(date(keyword), null, keyword);
  });

  it('take a date field of the page\'s own kind ("lecture_date") and a description of a few words as the subtitle', () => {
    const model = splitMarkdown('---\nnum: "lect05"\ndesc: "Functions, print vs. return, Memory Stack"\nlecture_date: 2019-01-22\n---\n\n# Loops\n\nText.\n');
    assert.equal(model.date, '2019-01-22');
    assert.equal(model.subtitle, 'Functions, print vs. return, Memory Stack');
    // A due date or a date of change is not the document's; a description in sentences is its subject, no subtitle.
    const other = splitMarkdown(
      '---\ntitle: Lab 3\ndue_date: 2019-02-01\nupdated_date: 2019-01-30\ndescription: A permissive licence. It asks for little.\n---\n\nText.\n',
    );
    assert.equal(other.date, null);
    assert.equal(other.subtitle, null);
    assert.equal(other.subject, 'A permissive licence. It asks for little.');
  });

  it('leave out the HTML tags that lay them out on the rendered page ("<br/>November 15, 2021"), a line break a space', () => {
    const model = splitMarkdown('---\ntitle: "Mixed models<br>part 1"\nauthor: "<b>A. Teacher</b>"\ndate: "<br/>November 15, 2021"\n---\n\n# A\n\nText.\n');
    assert.equal(model.date, 'November 15, 2021');
    assert.equal(model.author, 'A. Teacher');
    assert.equal(model.title, 'Mixed models part 1');
    assert.equal(splitMarkdown('---\ntitle: T\ndate: "<br/>"\n---\n\nText.\n').date, null);
    // "</br>", which browsers read as a line break too.
    assert.equal(splitMarkdown('---\ntitle: T\nauthor: </br><i class="fa fa-twitter"></i> @grant\n---\n\nText.\n').author, '@grant');
    // Any other tag is the author's text, shown as such (escaped where it is shown).
    assert.equal(splitMarkdown('---\ntitle: "<script>x()</script> T"\n---\n\nText.\n').title, '<script>x()</script> T');
  });

  it("read Hugo's JSON front matter (an object over the first lines), the text after it the document", () => {
    const doc = splitMarkdown('{"title":"パターン","date":"2018-10-14T08:09:54+09:00","tags":["book"]}\n\n## 第一章\n\n本文です。\n\n## 第二章\n\n続き。\n');
    assert.equal(doc.title, 'パターン');
    assert.equal(doc.date, '2018-10-14');
    assert.equal(doc.sections[0]?.heading, '第一章');
    assert.equal(doc.sections[0]?.line, 3);
    // An opening brace that is no object is text.
    assert.equal(splitMarkdown('{not json}\n\nText.\n').title, null);
  });
});

describe("the page's one heading that repeats its front matter's title", () => {
  it('is the title again under an epigraph the page opens with, not a part over all its sections', () => {
    const doc = (heading: string): string =>
      `---\ntitle: Graphical User Interfaces\n---\n\n> Three people have just fallen past that window\n\n# ${heading}\n## Structuring Code\n\nWe group widgets.\n\n## The Canvas\n\nIt draws.\n`;
    const model = splitMarkdown(doc('Graphical User Interfaces'));
    assert.equal(model.title, 'Graphical User Interfaces');
    assert.deepEqual(
      model.sections.map((s) => `${s.level} ${s.heading}`),
      ['2 Structuring Code', '2 The Canvas'],
    );
    assert.equal(model.intro[0]?.kind, 'quote');
    // Another heading is the page's own part.
    assert.deepEqual(
      splitMarkdown(doc('Widgets')).sections.map((s) => `${s.level} ${s.heading}`),
      ['1 Widgets', '2 Structuring Code', '2 The Canvas'],
    );
  });
});

describe('splitMarkdown', () => {
  it('takes title and author from front matter and sections from headings', () => {
    const model = splitMarkdown('---\ntitle: T\nauthor: A\n---\n\nIntro.\n\n## One\n\nText.\n\n### Sub\n\n- a\n- b\n\n## Conclusion\n\nDone.\n');
    assert.equal(model.title, 'T');
    assert.equal(model.author, 'A');
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.level]),
      [
        ['One', 2],
        ['Sub', 3],
      ],
    );
    assert.equal(model.summaryTitle, 'Conclusion');
  });

  it("takes the page's one H1 for its title under its own style sheet and a link styled as a button, which go to the notes", () => {
    const text = [
      '<style>',
      '.button { color: black; }',
      '</style>',
      '',
      '<div align="right">',
      '  <a href="http://example.org/part1.pdf" class="round-button">',
      '    <font color=white>Click here for <br>the file</font>',
      '  </a>',
      '</div>',
      '',
      '# AI and automation, part 1',
      '',
      'This first part gives a history of the field.',
      '',
      '## Goals',
      '',
      '- Understand where AI comes from',
      '',
      '## Stakes',
      '',
      'Machines that reason.',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'AI and automation, part 1');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Goals', 'Stakes'],
    );
    const button = model.intro.find((b) => b.text.includes('Click here'));
    assert.equal(button?.folded, true);
  });

  it('takes the author and the date from an opening paragraph of fields, one a line, and keeps the paragraph as text', () => {
    const text =
      '# Proposal: Modules\n\nAuthor: Ada Byron\\\nLast Updated: March 20, 2018\\\nDiscussion: https://example.org/issue/1\n\n## Abstract\n\nWe propose modules.\n\n## Background\n\nThere were none.\n';
    const model = splitMarkdown(text);
    assert.equal(model.author, 'Ada Byron');
    assert.equal(model.date, 'March 20, 2018');
    assert.match(model.intro[0]?.text ?? '', /^Author: Ada Byron/u);
    const deck = planDeck(model, { file: 'p.md', fileName: 'p.md', format: 'markdown' }).value;
    assert.match(deck.slides[0]?.body ?? '', /Ada Byron · March 20, 2018/u);
    // (An address beside the name is no part of it.)
    assert.equal(splitMarkdown(text.replace('Author: Ada Byron', 'Author: Ada Byron <ada@example.org>')).author, 'Ada Byron');
    // A paragraph that is not all fields says nothing of them.
    const prose = splitMarkdown('# T\n\nAuthor: Ada Byron\nand her friends wrote this over many years.\n\n## A\n\nText.\n');
    assert.equal(prose.author, null);
  });

  it("reads a formula an HTML block holds alone (Org's export: '<div class=\"latex\">' round an equation) as a displayed formula", () => {
    const html = '<div class="latex" id="org7c0cbb3">\n\\begin{equation}\n \\frac{d}{dt} = \\frac{\\partial}{\\partial t}\n\\end{equation}\n\n</div>';
    const model = splitMarkdown(`# T\n\n## A\n\nIt can be written as:\n\n${html}\n\nwhere the second term is advective.\n`);
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => b.kind),
      ['paragraph', 'math', 'paragraph'],
    );
  });

  it('takes no title from a first heading that names the table of contents: the next heading of the top level names the deck', () => {
    const text = [
      '# Table of Contents',
      '',
      '1.  [Hydrostatic equilibrium](#org1)',
      '2.  [Homework](#org2)',
      '',
      '<a id="org1"></a>',
      '',
      '# Hydrostatic equilibrium',
      '',
      'Stars hold themselves up against gravity.',
      '',
      '# Homework',
      '',
      'Read chapter two.',
      '',
    ].join('\n');
    assert.equal(splitMarkdown(text).title, 'Hydrostatic equilibrium');
  });

  it("takes the date from a line that is a date alone under the title (a blog's dateline), not from a sentence that holds one", () => {
    const text = (line: string): string =>
      `<h1>{{ page.title }}</h1>\n${line}\n\n> Summary: small websites are good.\n\nAbout fifteen years ago I read a book.\n\n## Software\n\nSmall software is faster.\n`;
    const model = splitMarkdown(text('<p class="subtitle">March 2021</p>'));
    assert.equal(model.date, 'March 2021');
    assert.ok(!model.intro.some((b) => b.text.includes('March 2021')));
    assert.equal(splitMarkdown(text('March 3, 2021')).date, 'March 3, 2021');
    const sentence = splitMarkdown(text('It was written in March 2021.'));
    assert.equal(sentence.date, null);
    assert.ok(sentence.intro.some((b) => b.text.includes('March 2021')));
  });

  it("takes the page's one H1 for its title under a book's banner (lines all in emphasis, links and pictures); a sentence of its own over it is no banner", () => {
    const banner =
      '<a href="https://example.org/book"><img src="cover.png" alt="The Book"></a> *This is one of the free recipes of [The Book](https://example.org/book), a guide to computing.*\n\n*[Code on GitHub](https://example.org/code) with an [MIT license](https://example.org/mit)*\n\n[*Chapter 5 : Speed*](./)\n\n';
    const body = '# 5.1. Knowing Python\n\nThe first way to make code faster.\n\n## How to do it\n\nText.\n\n## See also\n\nMore text.\n';
    const model = splitMarkdown(banner + body);
    assert.equal(model.title, '5.1. Knowing Python');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['How to do it', 'See also'],
    );
    assert.notEqual(splitMarkdown(`We begin with a sentence of our own, as notes do.\n\n${body}`).title, '5.1. Knowing Python');
  });

  it("takes the page's one H1 for its title under a notebook's setup cell of a few lines, the cell kept", () => {
    const text =
      "```{.python .input}\n%load_ext d2lbook.tab\ntab.interact_select(['pytorch'])\n```\n\n# Linear Regression\n\nRegression problems pop up often.\n\n## Basics\n\nText.\n\n## Model\n\nMore text.\n";
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Linear Regression');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Basics', 'Model'],
    );
    assert.ok(
      model.intro.some((b) => b.kind === 'code' && b.text.includes('%load_ext')),
      JSON.stringify(model.intro),
    );
    // A long listing before it is the page's own opening: the heading is a section.
    const long = `\`\`\`python\n${'x = 1\n'.repeat(12)}\`\`\`\n\n# Linear Regression\n\nText.\n\n## Basics\n\nText.\n`;
    assert.notEqual(splitMarkdown(long).title, 'Linear Regression');
  });

  it("shows no heading's underline left without its heading (a Liquid `{{ page.title }}` taken out over its ====)", () => {
    const model = splitMarkdown(
      '---\ntitle: "It\'s About Time!"\n---\n\n{{ page.title }}\n================\n\nWhat is the time? Time to get a watch.\n\n## Level 0\n\nText.\n\n## Level 1\n\nMore.\n',
    );
    assert.ok(!JSON.stringify(model).includes('====='), JSON.stringify(model.intro));
    assert.match(model.intro.map((b) => b.text).join('\n'), /What is the time/u);
  });

  it("titles a deck whose title heading is a logo by the logo's description, linked or not", () => {
    assert.equal(splitMarkdown('# ![btop++](Img/logo.png)\n\n## News\n\nA release.\n\n## Features\n\nMany.\n').title, 'btop++');
    assert.equal(splitMarkdown('# [![Tool](logo.svg)](https://example.org)\n\n## Use\n\nRun it.\n\n## Build\n\nMake it.\n').title, 'Tool');
  });

  it("keeps a list item's code whose lines are indented with tabs in the item, where the list is set in by a space", () => {
    const text =
      '# Snap\n\n## Install\n\n * **Connect the interface**\n\n    ```bash\n\tsudo snap connect btop:removable-media\n\tor\n\tsudo snap connect btop-desktop:removable-media\n\t```\n\n## Next\n\nMore.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'snap.md', fileName: 'snap.md', format: 'markdown' }).value;
    const install = plan.slides.filter((s) => s.section === 'Install' || s.title.startsWith('Install'));
    const shown = install.map((s) => s.body).join('\n');
    assert.match(shown, /```bash\n\s*sudo snap connect btop:removable-media\n\s*or\n\s*sudo snap connect btop-desktop:removable-media\n\s*```/u);
  });

  it('reads a paragraph of pictures alone as a picture, reference-style ones too; a picture inside text stays text', () => {
    const model = splitMarkdown(
      '# T\n\n## A\n\n![alt][pic]\n\n![a](x.png) ![b](y.png)\n\nText ![c](z.png)\n\n[![badge](b.svg)](https://example.org)\n\n[pic]: p.png\n',
    );
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => b.kind),
      ['image', 'image', 'paragraph', 'paragraph'],
    );
  });

  it("takes a display formula indented on a paragraph's continuation line apart as a formula, not indented code", () => {
    const model = splitMarkdown('# T\n\n## A\n\nFor example, we can write\n    $$\\{x \\ge 0\\} \\;\n\\mathtt{while} \\; $$\n\nto express it.\n');
    const blocks = model.sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'math', 'paragraph'],
    );
    assert.match(blocks[1]?.text ?? '', /^\$\$\\\{x/u);
  });

  it('reads a display formula between $$ lines as one block, as KaTeX does: a line of "=" inside is TeX, not a heading\'s underline', () => {
    const text = ['# T', '', '## A', '', 'We have', '', '$$', 'R v', ' =', '(-i) v', '$$', '', 'and', '$$', 'x', '', '-', 'y', '$$', 'done.', ''].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['A'],
    );
    const blocks = model.sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'math', 'paragraph', 'math', 'paragraph'],
    );
    assert.equal(blocks[1]?.text, '$$\nR v\n =\n(-i) v\n$$');
    assert.equal(blocks[3]?.text, '$$\nx\n\n-\ny\n$$');
  });

  it('reads the next display formula of a paragraph as one block too, after one spaced with blank lines above it', () => {
    const text = [
      '# T',
      '',
      '## A',
      '',
      'It is defined for each statement:',
      '$$',
      '\\begin{align*}',
      '  S[x := a] s &= s[x \\mapsto A[a] s]\\\\',
      '',
      '  S[\\mathtt{skip}] &= \\mathrm{id}',
      '\\end{align*}',
      '$$',
      'Then $\\mathrm{cond}$ has the type',
      '$$',
      '\\mathrm{cond}: A \\to B',
      '$$',
      'and it is defined as',
      '$$',
      '\\mathrm{cond}(p, g_1, g_2) = g_1',
      '$$',
      'where $\\mathrm{FIX}$ is defined below.',
      '',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'math', 'paragraph', 'math', 'paragraph', 'math', 'paragraph'],
    );
    assert.equal(blocks[3]?.text, '$$\n\\mathrm{cond}: A \\to B\n$$');
    assert.equal(blocks[6]?.text, 'where $\\mathrm{FIX}$ is defined below.');
  });

  it("takes an Obsidian note's title from its heading under its line of tags, which shows nowhere", () => {
    const model = splitMarkdown('#COMP20111-DNAOS/memory-management\n# Memory Management\n\n## Current position\n\nText here.\n\n## Pyramid\n\nMore text.\n');
    assert.equal(model.title, 'Memory Management');
    assert.deepEqual(model.intro, []);
    assert.ok((model.hidden?.count ?? 0) >= 1);
  });

  it("takes no title from a note's heading a level below its parts, before them: the first part's heading names it", () => {
    const text =
      '### Final Tip:\n- Primal & Dual Problem\n# 10.1 Hyperplane & Binary Classification\n## Binary\n\nText.\n# 10.2 Optimization\n## Primal\n\nMore.\n';
    const model = splitMarkdown(text);
    assert.equal(model.title, '10.1 Hyperplane & Binary Classification');
    assert.ok(
      model.sections.some((s) => s.heading === 'Final Tip'),
      JSON.stringify(model.sections.map((s) => s.heading)),
    );
    // A document that opens with its top level keeps its first heading as its title.
    assert.equal(splitMarkdown('## Variables\n\nText.\n\n## Loops\n\nMore.\n').title, 'Variables');
  });

  it('takes the $$ line that closes a formula a paragraph opened for the end of that formula, not the start of one running on to the next $$', () => {
    const text = [
      '# T',
      '',
      '## A',
      '',
      'The formula: $$',
      'E[Y]',
      '= \\frac{1}{N} \\sum Y_i',
      '$$',
      '',
      '## B',
      '',
      'Property: $$a X = b.$$',
      '',
      '## C',
      '',
      'The mean:',
      '$$\\bar{Y} = Y.$$',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['A', 'B', 'C'],
    );
    // (The formula, over lines to the paragraph's end, is set apart from its lead-in, as the renderer shows it.)
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', 'The formula:'],
        ['math', '$$\nE[Y]\n= \\frac{1}{N} \\sum Y_i\n$$'],
      ],
    );
    // A formula inside a sentence stays in it.
    assert.deepEqual(
      model.sections[1]?.blocks.map((b) => b.kind),
      ['paragraph'],
    );
  });

  it("reads Quarto's notes as they show: a ``LaTeX quote'' opens no code span past its paragraph, a bracketed span is its text, a lone backslash is space", () => {
    const text = [
      '# T',
      '',
      '## A',
      '',
      "[W]{.dropcap}e want a ``typical'' value.",
      '',
      '\\',
      '',
      '![](images/ev.png){fig-align="center" width="700"}',
      '',
      "The ``law'' for sums.",
      '',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', "We want a ``typical'' value."],
        ['image', '![](images/ev.png)'],
        ['paragraph', "The ``law'' for sums."],
      ],
    );
  });

  it("drops a heading's attribute list: an anchor, a class, Pandoc's {-} and {.unnumbered}, MkDocs' key=value, kramdown's {: }", () => {
    const model = splitMarkdown(
      '# Notes\n\n## Quiz {-}\n\nText.\n\n## Setup {#setup .wide}\n\nText.\n\n## Answers {- #answers}\n\nText.\n\n## Sets {.unnumbered}\n\nText.\n\n## The set {1, 2}\n\nText.\n\n## Range query { data-toc-label="Range query" }\n\nText.\n\n## Notes {: .note}\n\nText.\n',
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Quiz', 'Setup', 'Answers', 'Sets', 'The set {1, 2}', 'Range query', 'Notes'],
    );
  });

  it("drops an anchor a site's own syntax sets after a heading in parentheses when it spells the heading, not an issue's number", () => {
    const model = splitMarkdown(
      '# Essay\n\nIntro text.\n\n## Minimalism in technology (#in-technology)\n\nText.\n\n## Fix the crash (#123)\n\nText.\n\n## Setup (#install-guide)\n\nText.\n',
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Minimalism in technology', 'Fix the crash (#123)', 'Setup (#install-guide)'],
    );
  });

  it("reads a table's caption (Pandoc's ': …' after it, 'Table: …' before it) as the line over the table, without its marker and attributes", () => {
    const table = '| Code | Meaning |\n|------|---------|\n| `%Y` | year |';
    const after = splitMarkdown(`# T\n\n## Formats\n\nThe codes:\n\n${table}\n\n: All the codes readr knows {#tbl-codes}\n\nMore text.\n`);
    assert.deepEqual(
      after.sections[0]?.blocks.map((b) => [b.kind, b.text.split('\n')[0]]),
      [
        ['paragraph', 'The codes:'],
        ['paragraph', 'All the codes readr knows'],
        ['table', '| Code | Meaning |'],
        ['paragraph', 'More text.'],
      ],
    );
    const before = splitMarkdown(`# T\n\n## Formats\n\nTable: All the codes\n\n${table}\n`);
    assert.deepEqual(
      before.sections[0]?.blocks.map((b) => b.text.split('\n')[0]),
      ['All the codes', '| Code | Meaning |'],
    );
  });

  it("takes rules between a README's header blocks for rules, not slide breaks, when the rest is most of the document", () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `## Part ${i + 1}\n\n${'This part explains one more feature of the tool, with an example and a caveat. '.repeat(4)}\n`,
    ).join('\n');
    const text = `![logo](logo.png)\n\n----\n\n### Used by many teams\n\n----\n\n### Supporters\n\nThanks.\n\n----\n\n### Easy to use\n\n${long}`;
    const model = splitMarkdown(text);
    assert.ok(!model.sections.some((s) => s.explicit), 'no piece is a slide of its own');
    assert.ok(model.sections.filter((s) => /^Part \d+$/u.test(s.heading)).length === 12, model.sections.map((s) => s.heading).join(' | '));
  });

  it('takes rules around a run of short pieces between long parts (a LiaScript quiz between `****` lines) for rules, not slide breaks', () => {
    const part = (n: number): string =>
      `## Part ${n}\n\n${'This part explains one more feature of the tool, with an example and a caveat to remember. '.repeat(12)}\n\n### Detail ${n}\n\n${'A detail that goes with it, told at some length here. '.repeat(10)}\n`;
    const quiz = Array.from(
      { length: 8 },
      (_, i) => `Question ${i + 1}: which is right?\n\n- [( )] this\n- [(X)] that\n\n****\n\nBecause of that.\n\n****`,
    ).join('\n\n');
    const text = `# Lesson\n\n${part(1)}\n${part(2)}\n### Quiz\n\n${quiz}\n\n${part(3)}\n${part(4)}`;
    const model = splitMarkdown(text);
    assert.ok(!model.sections.some((s) => s.explicit), 'no piece is a slide of its own');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Part 1', 'Detail 1', 'Part 2', 'Detail 2', 'Quiz', 'Part 3', 'Detail 3', 'Part 4', 'Detail 4'],
    );
  });

  it("a closing section is the summary when numbered or joined to what follows ('Zusammenfassung und Ausblick'), not one that only starts alike", () => {
    for (const heading of [
      'Zusammenfassung und Ausblick',
      '7. Conclusion',
      'Summary and next steps',
      'Conclusiones y trabajo futuro',
      'まとめ',
      '总结',
      '정리',
      'Заключение',
      'Podsumowanie',
    ]) {
      const model = splitMarkdown(`# T\n\n## One\n\nText.\n\n## ${heading}\n\nDone.\n`);
      assert.equal(model.summaryTitle, heading, heading);
      assert.deepEqual(
        model.summary.map((b) => b.text),
        ['Done.'],
      );
    }
    for (const heading of ['Summary statistics of the sample', 'Conclusion of the treaty']) {
      assert.equal(splitMarkdown(`# T\n\n## One\n\nText.\n\n## ${heading}\n\nDone.\n`).summaryTitle, null, heading);
    }
  });
});

describe('headings written in HTML', () => {
  it('a block that is one <h1>–<h6> element is a heading of that level; one that holds a picture is not', () => {
    const model = splitMarkdown(
      [
        '# Course',
        '',
        '## State',
        '',
        'Text.',
        '',
        '<div class="tasks">',
        '',
        '<h3>Exercises 1.6.-1.14.</h3>',
        '',
        'Submit your solutions.',
        '',
        '<h4 id="x"> 1.6: <code>unicafe</code> step 1</h4>',
        '',
        'Build it.',
        '',
        '<h2 align="center"><img src="logo.png" alt="Logo"></h2>',
        '',
        '</div>',
      ].join('\n'),
    );
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.level]),
      [
        ['State', 2],
        ['Exercises 1.6.-1.14.', 3],
        ['1.6: `unicafe` step 1', 4],
      ],
    );
    assert.equal(model.sections[1]?.blocks[0]?.text, 'Submit your solutions.');
  });

  it("a README's <h1> among its centred banner, logo and tagline in one HTML block names the deck; the markup around it stays", () => {
    const model = splitMarkdown(
      [
        '<p align="center"><b>NEW: <a href="https://example.org/sh">the sh guide (a smaller sibling).</a></b></p>',
        '',
        '<br>',
        '',
        '<p align="center"><img src="https://example.org/logo.png" width="200px"></p>',
        '<h1 align="center">pure shell guide</h1> <p',
        'align="center">A collection of shell recipes.</p>',
        '',
        'The goal of this guide is to collect recipes.',
        '',
        '# Strings',
        '',
        'Text about strings.',
        '',
        '# Arrays',
        '',
        'Text about arrays.',
      ].join('\n'),
    );
    assert.equal(model.title, 'pure shell guide');
    const opening = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    assert.equal(opening.match(/pure shell guide/gu)?.length ?? 0, 0, opening);
    assert.match(opening, /A collection of shell recipes\./u);
    assert.ok(model.sections.some((s) => s.heading === 'Strings'));
    // Over a section's heading (no <h1> after the banner), the banner is the opening, and that heading names no deck.
    const tool = splitMarkdown(
      [
        '<p align="center">',
        '  <img src="doc/logo.svg" alt="tool logo"><br>',
        '  A clone with syntax highlighting.',
        '</p>',
        '',
        '### Syntax highlighting',
        '',
        'It highlights.',
        '',
        '### Git integration',
        '',
        'It shows changes.',
      ].join('\n'),
    );
    assert.notEqual(tool.title, 'Syntax highlighting');
  });

  it("a README's centred sponsor banner over its first H1, a heading and links inside, names no deck and takes no slide", () => {
    const text = [
      '<!-- licence header -->',
      '',
      '<div align="center">',
      '<div align="center" markdown="1">',
      '   <sup>With thanks to:</sup>',
      '   <a href="https://sponsor.example/tool"><img alt="Sponsor" width="400" src="https://sponsor.example/logo.png"></a>',
      '',
      '### [Sponsor, the editor for everyone](https://sponsor.example/tool)',
      '[Available everywhere](https://sponsor.example/tool)<br>',
      '',
      '</div>',
      '',
      '# quill',
      '',
      'A small replacement for cat.',
      '',
      '# Installation',
      '',
      'Install it with your package manager.',
      '',
      '# Hacking on quill',
      '',
      'Build it with make.',
      '',
      '</div>',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'quill');
    // The banner's heading is no section: the first section is the first H1.
    assert.equal(model.sections[0]?.heading, 'quill');
    assert.ok(!model.sections.some((s) => /Sponsor/u.test(s.heading)), JSON.stringify(model.sections.map((s) => s.heading)));
    const deck = planDeck(model, { file: 'README.md', fileName: 'README.md', format: 'markdown', author: 'T' }).value;
    // Nothing of the banner is on a slide; it is the title slide's notes.
    const shown = deck.slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(shown, /Sponsor|thanks/u);
    assert.match(deck.slides[0]?.notes ?? '', /Sponsor, the editor for everyone/u);
    assert.equal(deck.slides[0]?.title, 'quill');
    // Nor does a GitHub alert between the banner and the page's one H1 (a notice about the version documented).
    const noticed = splitMarkdown(
      [
        '<div align="center">',
        '   <sup>With thanks to:</sup>',
        '',
        '### [Sponsor, the editor for everyone](https://sponsor.example/tool)',
        '',
        '</div>',
        '',
        '---',
        '',
        '> [!IMPORTANT]',
        '> This is the manual of the development version.',
        '',
        '# QUILL (the cat replacement)',
        '',
        '## Installation',
        '',
        'Install it.',
        '',
        '## Configuration',
        '',
        'Configure it.',
      ].join('\n'),
    );
    // A centred title block round the H1 (a logo and a tagline, no heading of their own) is no banner: read as before,
    // the tagline in the title slide's notes.
    const titled = splitMarkdown(
      [
        '<div align="center">',
        '  <img src="docs/logo.png" alt="quill logo" width="200">',
        '',
        '<p>A tiny tool for everyone.</p>',
        '',
        '# quill',
        '',
        '</div>',
        '',
        'Quill prints files with colour and line numbers, and pages long ones.',
        '',
        '## Install',
        '',
        'Run the installer.',
        '',
        '## Use',
        '',
        'Run quill on a file.',
      ].join('\n'),
    );
    const titleSlide = planDeck(titled, { file: 'README.md', fileName: 'README.md', format: 'markdown', author: 'T' }).value.slides[0];
    assert.equal(titleSlide?.title, 'quill');
    assert.match(titleSlide?.notes ?? '', /A tiny tool for everyone\./u);
    assert.equal(noticed.title, 'QUILL (the cat replacement)');
    assert.deepEqual(
      noticed.sections.map((s) => s.heading),
      ['Installation', 'Configuration'],
    );
  });
});

describe('slides the author cut with ----', () => {
  it("leave out the author's spacing (paragraphs of <br> alone), and a slide of its title alone is a divider", () => {
    const text =
      '---\nmarp: true\n---\n\n# Bash\n\n---\n\n# Knowing your computer\n\n---\n\n# The GUI\n\n<br><br>\n\n<br>\n\n![a desktop](img/gui.png)\n\nAn example of a desktop.\n';
    const model = splitMarkdown(text);
    const gui = model.sections.find((s) => s.heading === 'The GUI');
    assert.deepEqual(
      gui?.blocks.map((b) => b.kind),
      ['image', 'paragraph'],
    );
    const slides = planDeck(model, { file: 'm.md', fileName: 'm.md', format: 'markdown', author: 'T' }).value.slides;
    assert.equal(slides.find((s) => s.title === 'Knowing your computer')?.layout, 'divider');
    assert.equal(slides.find((s) => s.title === 'The GUI')?.layout, 'section');
  });

  it('keep the level of the heading each opens with, and a slide without one goes on at the level before it', () => {
    const text = [
      '# RDBMS',
      '',
      '----',
      '',
      '# Databases',
      '',
      '----',
      '',
      '## What is a database?',
      '',
      '- Data, collected for use',
      '',
      '----',
      '',
      '![](./images/relation01.png)',
      '',
      '----',
      '',
      '# SQL',
      '',
      '----',
      '',
      '## Tables',
      '',
      '- Rows and columns',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'RDBMS');
    const levels = model.sections.map((s) => s.level);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Databases', 'What is a database?', 'What is a database?', 'SQL', 'Tables'],
    );
    assert.ok(levels[0] === levels[3] && (levels[1] ?? 0) > (levels[0] ?? 0), levels.join(','));
    assert.equal(levels[2], levels[1], 'the picture goes on under its section');
  });

  it("title a slide without a heading as the one it goes on from (a table, a quotation), or by its picture's description", () => {
    const text = [
      '# Normalization',
      '',
      '----',
      '',
      '## Anomalies',
      '',
      '* **Redundancy** Information may be repeated',
      '',
      '----',
      '',
      '| title | year | length |',
      '|---|---|---|',
      '| Star Wars | 1977 | 124 |',
      '',
      '----',
      '',
      '"For each nontrivial FD, either the left side is a superkey, or the right side consists of prime attributes only."',
      '',
      '----',
      '',
      '![DB Lifecycle](./img/normalize-life-cycle.png "")',
      '',
      '----',
      '',
      '![AU Logo](./img/aulogo.png "AU Logo") <!-- .element style="width: 200px" -->',
      '',
      '----',
      '',
      '## Keys',
      '',
      '- A key determines every other attribute',
      '',
    ].join('\n');
    assert.deepEqual(
      splitMarkdown(text).sections.map((s) => s.heading),
      ['Anomalies', 'Anomalies', 'Anomalies', 'DB Lifecycle', 'DB Lifecycle', 'Keys'],
    );
  });
});

describe('decks written for Slidev and Marp, built as documents', () => {
  it("keep a Slidev slide's own settings out of its text, show a heading's inline tags without their attributes, and drop Marp's image words", () => {
    const slidev = [
      '---',
      'theme: seriph',
      '---',
      '',
      '# ESLint',
      '',
      '---',
      'layout: center',
      'glow: bottom',
      '---',
      '',
      '# Legacy Config <sup text-base op50>eslintrc</sup>',
      '',
      '- Multiple sources',
      '',
      '---',
      'layout: fact',
      '---',
      '',
      '## <span op50>ESLint can be a...</span> <b v-click font-800>Formatter</b>',
      '',
      '- It formats',
      '',
    ].join('\n');
    const headings = splitMarkdown(slidev).sections.map((s) => s.heading);
    assert.deepEqual(headings, ['Legacy Config <sup>eslintrc</sup>', 'ESLint can be a... <b>Formatter</b>']);
    const marp = [
      '---',
      'marp: true',
      '---',
      '',
      '# Greedy',
      '',
      '---',
      '',
      '# Lights',
      '',
      '![height:500px](images/lights.png)',
      '',
      '![bg right:40% A string of lights](images/l.png)',
      '',
      '![center w:320px](images/logo.png)',
      '',
    ].join('\n');
    const text = splitMarkdown(marp)
      .sections.flatMap((s) => s.blocks.map((b) => b.text))
      .join('\n');
    assert.match(text, /!\[\]\(images\/lights\.png\)/u);
    // (A theme's "center" class, as Marp's academic templates write it, is no description either.)
    assert.match(text, /!\[\]\(images\/logo\.png\)/u);
    assert.match(text, /!\[A string of lights\]\(images\/l\.png\)/u);
    // A deck made where Marp is on for every file says so by its directives alone ("paginate", "_class"), no `marp: true`.
    const implied = splitMarkdown(marp.replace('marp: true', '_class: lead\npaginate: true'))
      .sections.flatMap((s) => s.blocks.map((b) => b.text))
      .join('\n');
    assert.match(implied, /!\[\]\(images\/lights\.png\)/u);
    assert.match(implied, /!\[A string of lights\]\(images\/l\.png\)/u);
  });
});

describe("a MyST page's front matter", () => {
  it('gives its math: table to every formula as TeX macros, arguments counted from the body', () => {
    const text = [
      '---',
      'title: Linear models',
      'math:',
      "  '\\xv': '\\bm{x}'",
      "  '\\trans': '^{\\top}'",
      "  '\\abs': '\\left|#1\\right|'",
      "  'bad name': 'x'",
      '---',
      '',
      '# Notation',
      '',
      'We write $\\xv_n\\trans$ and $\\abs{x}$.',
      '',
    ].join('\n');
    assert.deepEqual(splitMarkdown(text).macros, [
      '\\newcommand{\\xv}{\\bm{x}}',
      '\\newcommand{\\trans}{^{\\top}}',
      '\\newcommand{\\abs}[1]{\\left|#1\\right|}',
    ]);
  });
});

describe("Pandoc's title block", () => {
  it('gives the title, the authors and the date, and none of its lines is text', () => {
    const model = splitMarkdown(
      '% Computer Security Field Guide\n% Krishna Parashar\n% March 2024\n\n# Notation\n\n- Registers are prefixed with %\n\n# Instructions\n\n- mov a, b copies a into b\n',
    );
    assert.equal(model.title, 'Computer Security Field Guide');
    assert.equal(model.author, 'Krishna Parashar');
    const text = model.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    assert.doesNotMatch(text, /^% /mu);
    assert.equal(model.sections[0]?.line, 5);
  });
});

describe('a page with a front-matter title and its own first heading', () => {
  it('has the heading as its subtitle when the two differ, and no subtitle when they are the same', () => {
    const page = (h1: string): string => `---\ntitle: Heapsort\n---\n\n# ${h1}\n\nIntro text.\n\n## Building the heap\n\nText.\n\n## Sorting\n\nText.\n`;
    assert.equal(splitMarkdown(page('Ordenação com o *Heapsort*')).subtitle, 'Ordenação com o *Heapsort*');
    assert.equal(splitMarkdown(page('Heapsort')).subtitle, null);
  });
});

describe('pictures that divide a page', () => {
  it('a figure shown alone three times, its alternative text saying what it shows, stays a figure each time', () => {
    const section = (n: number): string[] => [
      `## Step ${n}`,
      '',
      `The diagram shows where step ${n} happens in the pipeline.`,
      '',
      '![The pipeline: read, split, plan, render](pipeline.png)',
      '',
    ];
    const model = splitMarkdown(['# Lesson', '', ...section(1), ...section(2), ...section(3)].join('\n'));
    const pictures = model.sections.flatMap((s) => s.blocks).filter((b) => b.text.includes('pipeline.png'));
    assert.equal(pictures.length, 3, JSON.stringify(model.sections.map((s) => s.blocks)));
  });

  it('a picture shown alone three times or more is a divider, drawn as a rule, never a figure; one shown twice is a figure', () => {
    const text = [
      '# Lesson',
      '',
      '## Models',
      '',
      '![line](../img/line.png)',
      '',
      'A model is a distribution the measurements follow.',
      '',
      '![The model fitted to the data](fit.png)',
      '',
      '## Estimates',
      '',
      '![line](../img/line.png)',
      '',
      'An estimate is a random variable too.',
      '',
      '![The model fitted to the data](fit.png)',
      '',
      '## Likelihood',
      '',
      '![line](../img/line.png)',
      '',
      'The likelihood is a function of the parameters.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    const blocks = model.sections.flatMap((s) => s.blocks);
    assert.deepEqual(
      blocks.filter((b) => b.kind === 'image').map((b) => b.text),
      ['![The model fitted to the data](fit.png)', '![The model fitted to the data](fit.png)'],
    );
    assert.ok(!blocks.some((b) => b.text.includes('line.png')));
    assert.deepEqual(
      model.sections.map((s) => s.blocks.length),
      [2, 2, 1],
    );
  });
});

describe('display math in a paragraph', () => {
  it("a formula that opens a line and a sentence after it, and one that runs on to the paragraph's end, are apart from the text between them", () => {
    const text = [
      '# T',
      '',
      '## Step',
      '',
      '$$\\begin{aligned} d &= \\frac{1}{2}\\sum_i |p_i - q_i|.\\end{aligned} $$ Define $x_i = p_i - q_i$ and $s_i$ its sign. Then $$\\begin{aligned} d &= \\frac{1}{2}\\langle x,s\\rangle\\\\',
      '&\\le \\tfrac{1}{2}\\|x\\|.\\end{aligned}$$',
      '',
      '$$a$$ where `$$` marks a formula and $$b$$ is inline.',
      '',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks.map((b) => [b.kind, b.text, b.line]);
    assert.deepEqual(blocks, [
      ['math', '$$\\begin{aligned} d &= \\frac{1}{2}\\sum_i |p_i - q_i|.\\end{aligned} $$', 5],
      ['paragraph', 'Define $x_i = p_i - q_i$ and $s_i$ its sign. Then', 5],
      ['math', '$$\\begin{aligned} d &= \\frac{1}{2}\\langle x,s\\rangle\\\\\n&\\le \\tfrac{1}{2}\\|x\\|.\\end{aligned}$$', 5],
      // (Formulas inside a sentence stay in it, set inline.)
      ['paragraph', '$a$ where `$$` marks a formula and $b$ is inline.', 8],
    ]);
  });

  it('a formula on lines of its own, with text on the next line, is a math block and the text a paragraph (as the renderer reads it)', () => {
    const model = splitMarkdown('# T\n\n## A\n\nThe rule:\n$$\nf(x) = x^2\n$$\nwhere x is real.\n\n$$g = 1$$\n:label:`g`\n\nPrice: $5 and $$ in text.\n');
    const blocks = model.sections[0]?.blocks.map((b) => [b.kind, b.text]);
    assert.deepEqual(blocks, [
      ['paragraph', 'The rule:'],
      ['math', '$$\nf(x) = x^2\n$$'],
      ['paragraph', 'where x is real.'],
      ['math', '$$g = 1$$'],
      // (d2lbook's label under the formula is the site's target: kept out.)
      ['paragraph', 'Price: $5 and $$ in text.'],
    ]);
  });
});

describe('a front matter whose title and authors are line blocks', () => {
  it('shows their lines without the marks: the title over its subtitle, the authors on one line, a date in a code span as text', () => {
    const text = [
      '---',
      'title: |',
      '    | Genes in populations',
      '    | Practical 2, Drift',
      'author: |',
      '    | Ana Lind <ana@example.org>',
      '    | Bo Berg <bo@example.org>',
      "date: '`3 May, 2021`'",
      '---',
      '',
      '# Goals',
      '',
      'Learn how drift changes a population.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Genes in populations');
    assert.equal(model.subtitle, 'Practical 2, Drift');
    assert.equal(model.author, 'Ana Lind <ana@example.org>, Bo Berg <bo@example.org>');
    assert.equal(model.date, '3 May, 2021');
  });
});

describe("a repository page's badges", () => {
  it('keeps lines of badges (build, coverage, licence) out and counts them; other pictures stay', () => {
    const text = [
      '# Tool',
      '',
      '[![Tests](https://github.com/o/r/actions/workflows/tests.yml/badge.svg)](https://github.com/o/r/actions) [![License](https://img.shields.io/github/license/o/r)](LICENSE)',
      // (A badge file of a project's own, named for its grade.)
      '[![golangci badge](https://github.com/o/web/blob/master/src/assets/images/badge_a_plus_flat.svg)](https://golangci.com/r/o)',
      // (shields.io serves its badges from its own name too.)
      '[![Conan Center](https://shields.io/conan/v/tool)](https://conan.io/center/tool)',
      '',
      '<p align="center"><a href="https://goreportcard.com/report/x"><img alt="Go report card" src="https://goreportcard.com/badge/github.com/o/r"></a></p>',
      '',
      'A tool that does one thing.',
      '',
      '![Architecture](https://example.org/architecture.png)',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    const shown = model.intro.map((b) => b.text).join('\n');
    assert.doesNotMatch(shown, /badge|shields/u);
    assert.match(shown, /one thing/u);
    assert.match(shown, /architecture\.png/u);
    assert.equal(model.hidden?.count, 2);
  });

  it('leaves out the badges beside a logo in one centred block, and the logo names a README without a title heading', () => {
    const text = [
      '<div align="center">',
      '  <img src="https://example.org/fzf.png" alt="fzf - a command-line fuzzy finder">',
      '  <a href="https://github.com/o/fzf/actions"><img src="https://github.com/o/fzf/actions/workflows/linux.yml/badge.svg" alt="Build Status"></a>',
      '  <a href="https://github.com/o/fzf/releases"><img src="https://img.shields.io/github/v/tag/o/fzf" alt="Version"></a>',
      '</div>',
      '',
      'fzf is a general-purpose command-line fuzzy finder.',
      '',
      '## Installation',
      '',
      'Use your package manager.',
      '',
      '## Usage',
      '',
      'Type to narrow the list.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.doesNotMatch(JSON.stringify(model), /badge\.svg|shields/u);
    const plan = planDeck(model, { file: 'README.md', fileName: 'README.md', format: 'markdown' }).value;
    assert.equal(plan.meta.title, 'fzf');
  });

  it("folds a centred block of links to the page's parts and its translations into the notes: the page's navigation", () => {
    const text = [
      '<p align="center">',
      '  <a href="#syntax-highlighting">Key Features</a> •',
      '  <a href="#how-to-use">How To Use</a> •',
      '  <a href="#installation">Installation</a><br>',
      '  [English]',
      '  [<a href="doc/README-zh.md">中文</a>]',
      '  [<a href="doc/README-ja.md">日本語</a>]',
      '</p>',
      '',
      'A cat clone with wings.',
      '',
      '## Installation',
      '',
      'Use your package manager.',
      '',
      '## Usage',
      '',
      'Run it.',
      '',
    ].join('\n');
    const intro = splitMarkdown(text).intro;
    assert.ok(
      intro.filter((b) => /Key Features|English/u.test(b.text)).every((b) => b.folded === true),
      JSON.stringify(intro),
    );
    assert.ok(intro.some((b) => b.text === 'A cat clone with wings.' && b.folded !== true));
  });
});

describe('<details> around Markdown', () => {
  it('folds the blocks of a <details> into the notes, labelled or not (a browser folds both); an open one stays shown', () => {
    const folded = (open: string): boolean[] =>
      splitMarkdown(`# T\n\n## Install\n\n${open}\n\nRun the installer.\n\n</details>\n\nAfter.\n`)
        .sections.flatMap((s) => s.blocks)
        .filter((b) => /Run the installer|After/u.test(b.text))
        .map((b) => b.folded === true);
    assert.deepEqual(folded('<details><summary>Solution</summary>'), [true, false]);
    assert.deepEqual(folded('<details open><summary>Linux</summary>'), [false, false]);
    // mdBook's slides (Comprehensive Rust) keep their speaker notes in one with no <summary>; a course its solution in one
    // whose <summary> is a block of its own.
    assert.deepEqual(folded('<details>'), [true, false]);
    assert.deepEqual(folded('<details>\n\n<summary>Solution</summary>'), [true, false]);
    // A summary that only says how to open it folds nothing away: the section's own text, with no point of its own.
    assert.deepEqual(folded('<details>\n<summary>Click to expand</summary>'), [false, false]);
    const shown = splitMarkdown('# T\n\n## Options\n\n<details>\n<summary>Click to expand</summary>\n\n- **-1**: one entry per line\n\n</details>\n')
      .sections.flatMap((s) => s.blocks)
      .map((b) => b.text);
    assert.ok(!shown.some((t) => /Click to expand|details/u.test(t)), JSON.stringify(shown));
    assert.ok(
      shown.some((t) => t.includes('**-1**: one entry per line')),
      JSON.stringify(shown),
    );
  });

  it('folds the headings inside it too: older news under "More..." are no sections of their own', () => {
    const model = splitMarkdown(
      '# Tool\n\n## News\n\n##### 1 May\n\nA release.\n\n<details>\n<summary>More...</summary>\n\n##### 2 April\n\nAn older release.\n\n</details>\n\n## Features\n\nMany.\n',
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['News', '1 May', 'Features'],
    );
    const older = model.sections.flatMap((s) => s.blocks).filter((b) => /2 April|older release/u.test(b.text));
    assert.deepEqual(
      older.map((b) => [b.text, b.folded]),
      [
        ['**2 April**', true],
        ['An older release.', true],
      ],
    );
  });
});

describe('a byline written as a heading', () => {
  it("is the document's author, not a part; a heading that only starts with such a word stays one", () => {
    const model = splitMarkdown(
      '# Petit cours de python\n\n# Auteur : Vincent Pagé : <vincent.page@example.org>\n\n## Introduction\n\nDans ce cours, nous verrons les rudiments.\n\n## Les variables\n\nUne variable.\n',
    );
    assert.equal(model.title, 'Petit cours de python');
    assert.equal(model.author, 'Vincent Pagé');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Introduction', 'Les variables'],
    );
    const kept = splitMarkdown('# Notes\n\n## Author Guidelines\n\nWrite clearly.\n\n## By the numbers\n\nTen.\n');
    assert.equal(kept.author, null);
    assert.deepEqual(
      kept.sections.map((s) => s.heading),
      ['Author Guidelines', 'By the numbers'],
    );
  });
});

describe("a page's navigation and a heading's colon", () => {
  it('takes the single H1 under a line of chapter links for the title, and a heading without the colon that ends it', () => {
    const text = [
      '[Chapter 1](https://example.org/ch1.md) [Chapter 2](https://example.org/ch2.md) [Chapter 3](https://example.org/ch3.md)',
      '',
      '# Chapter 2: Phonetics',
      '',
      '## Representing Speech Sounds',
      '',
      '### 3 aspects:',
      '',
      '- articulatory',
      '- acoustic',
      '- auditory',
      '',
      '### Types of Speech Sounds',
      '',
      'Consonants and vowels.',
      '',
      '### Sponsors :heart:',
      '',
      'Thanks to all.',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Chapter 2: Phonetics');
    // The links are the notes' only, never a point of the opening slide.
    assert.ok(
      model.intro.every((b) => !b.text.includes('[Chapter 1]') || b.folded === true),
      JSON.stringify(model.intro),
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Representing Speech Sounds', '3 aspects', 'Types of Speech Sounds', 'Sponsors :heart:'],
    );
  });

  it('reads a heading set in bold as a whole without the bold and its colon, and keeps links to the pages around this one out of the slides', () => {
    const text = [
      '# Review',
      '',
      '## Basics',
      '',
      '### **Additional Properties**:',
      '',
      '- monotone',
      '- bounded',
      '',
      '### A **bold** word',
      '',
      'Text.',
      '',
      '|[Index](../../) | [Previous](../introduction/) | [Next](../applications/)|',
      '',
      'See [the book](https://example.org/book) | [the errata](https://example.org/errata).',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Additional Properties', 'A **bold** word'],
    );
    const blocks = model.sections[1]?.blocks ?? [];
    assert.equal(blocks.find((b) => b.text.includes('[Previous]'))?.folded, true, JSON.stringify(blocks));
    assert.notEqual(blocks.find((b) => b.text.includes('[the errata]'))?.folded, true, JSON.stringify(blocks));
  });
});

describe('a link back to the pages around it in HTML, alone at the end of the page', () => {
  it('is navigation, in the notes only (\'<p align="center"><a href="/lectures/">[back]</a></p>\')', () => {
    const text = ['# Lecture 8', '', '## Videos', '', 'The video explains it.', '', '<p align="center"><a href="/lectures/">[back]</a></p>', ''].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.equal(blocks.find((b) => b.text.includes('back'))?.folded, true, JSON.stringify(blocks));
    const other = splitMarkdown(['# L', '', '## V', '', '<p><a href="/x/">The whole story of the lecture</a></p>', ''].join('\n'));
    assert.notEqual(other.sections[0]?.blocks.find((b) => b.text.includes('whole story'))?.folded, true);
  });
});

describe('a link back to the page around it, alone over the title heading', () => {
  it('is navigation: the heading under it is the title ("[zurück](README.md)")', () => {
    const text = [
      '[zurück](README.md)',
      '',
      '# 06: Dispatching and scheduling',
      '',
      '## Dispatching',
      '',
      'The machine has jobs to run.',
      '',
      '## Scheduling',
      '',
      'Which job runs next.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, '06: Dispatching and scheduling');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Dispatching', 'Scheduling'],
    );
  });
});

describe("a remark deck's cover", () => {
  it('has the lines under its heading as the subtitle, without the line breaks that space them', () => {
    const deck = [
      'class: middle, center, title-slide',
      '',
      '# Deep Learning',
      '',
      'Lecture 0: Introduction',
      '',
      '<br><br>',
      'Prof. Dana Writer<br>',
      '[dana@example.org](mailto:dana@example.org)',
      '',
      '---',
      '',
      '# Today',
      '',
      '- Course outline',
      '',
      '---',
      '',
      'class: middle',
      '',
      '# Why learning?',
      '',
      '---',
      '',
      'class: middle',
      '',
      '# What is learning?',
    ].join('\n');
    const model = splitMarkdown(deck);
    assert.equal(model.title, 'Deep Learning');
    assert.equal(model.subtitle, 'Lecture 0: Introduction · Prof. Dana Writer<br> [dana@example.org](mailto:dana@example.org)');
  });
});

describe('a title page written as headings', () => {
  it("is the title and its subtitle lines, above every level the document goes on with; a document's parts are not", () => {
    const page = [
      '# Genetics',
      '## Western New England',
      '### Dana Writer',
      '#### Lecture 2 - Mitosis and Meiosis',
      '',
      'When one cell divides, each daughter cell needs a copy.',
      '',
      '#### Sexual Reproduction',
      '',
      'Gametes fuse to create new life.',
    ].join('\n');
    const model = splitMarkdown(page);
    assert.equal(model.title, 'Genetics');
    assert.equal(model.subtitle, 'Western New England · Dana Writer');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Lecture 2 - Mitosis and Meiosis', 'Sexual Reproduction'],
    );
    // Parts that come back later are parts.
    const parts = ['# Databases', '## Relational model', '### Keys', '', 'Keys name rows.', '', '## SQL', '### Select', '', 'Select reads rows.'].join('\n');
    const structured = splitMarkdown(parts);
    assert.equal(structured.subtitle, null);
    assert.ok(structured.sections.some((s) => s.heading === 'Relational model'));
  });

  it("under the page's style sheet and a front-matter title: the heading that repeats the title is no part, the page's heading the subtitle", () => {
    const page = [
      '---',
      'title: Lecture 9',
      '---',
      '',
      '<style>',
      'table {border-collapse: collapse}',
      '</style>',
      '',
      '# Web publishing with databases',
      '',
      '## Lecture 9',
      '',
      '### Today',
      '',
      '- From diagrams to tables',
      '- Prepared statements',
      '',
      '### A film database',
      '',
      '#### Diagram',
      '',
      'We make a small database of films.',
      '',
      '#### Tables',
      '',
      'Each entity becomes a table.',
    ].join('\n');
    const model = splitMarkdown(page);
    assert.equal(model.title, 'Lecture 9');
    assert.equal(model.subtitle, 'Web publishing with databases');
    assert.deepEqual(
      model.sections.map((s) => `${s.level} ${s.heading}`),
      ['2 Today', '2 A film database', '3 Diagram', '3 Tables'],
    );
  });
});

describe("a blog's metadata lines", () => {
  it('are the front matter: the title, date and tags of a Pelican post or a Frog post (indented as code), not a code block', () => {
    for (const indent of ['', '    ']) {
      const text = `${indent}Title: Empathy and subjective experience\n${indent}Date: 2019-10-19T08:35:44\n${indent}Tags: haskell, philosophy\n\nA stereotype about programmers is that they think in black and white.\n\n# The dress\n\nTake 2015's phenomenon of the dress.\n`;
      const model = splitMarkdown(text);
      assert.equal(model.title, 'Empathy and subjective experience');
      assert.deepEqual(model.keywords, ['haskell', 'philosophy']);
      assert.ok(
        model.intro.every((b) => b.kind !== 'code' && !b.text.includes('Title:')),
        JSON.stringify(model.intro),
      );
    }
    // Lines of a note that name no title are text.
    const note = splitMarkdown('Status: draft\nDate: today\n\nSome text.\n');
    assert.match(note.intro.map((b) => b.text).join('\n'), /Status: draft/u);
    // Lower-case keys, with fields of the site's own among them ("description:", "publish:").
    const site = splitMarkdown(
      'title: Reflections on a retreat\ndate: 2024-11-21\ndescription: A recap of twelve weeks.\ntags: rc\npublish: y\n\nEarlier this year, I spent twelve weeks at a retreat.\n',
    );
    assert.equal(site.title, 'Reflections on a retreat');
    assert.doesNotMatch(site.intro.map((b) => b.text).join('\n'), /publish|description/u);
    // A run of "Key: value" lines that are mostly not such fields is text, even with a title among them.
    const form = splitMarkdown('Title: Dr\nName: Ada\nStreet: Main\nTown: Paris\n\nThanks.\n');
    assert.match(form.intro.map((b) => b.text).join('\n'), /Street: Main/u);
  });
});

describe("metadata in Markdown's comment idiom", () => {
  it('is the front matter: "[title]: <> (…)" and "[date]: # (…)" over the text give its title and date', () => {
    const model = splitMarkdown(
      '[category]: <> (General,Philosophy)\n[date]: # (2022/12/30)\n[title]: <> (What even is an institution?)\n\n_Thanks to the reviewers._\n\nA recent compass proposes a new divide.\n',
    );
    assert.equal(model.title, 'What even is an institution?');
    assert.equal(model.date, '2022/12/30');
    assert.doesNotMatch(model.intro.map((b) => b.text).join('\n'), /category|title/u);
    // Without a title among them, they are left as they are (link definitions, which no page shows).
    assert.equal(splitMarkdown('[note]: <> (draft)\n\nText.\n').title, null);
  });
});

describe('pictures with line breaks and centring round them', () => {
  it('are a picture, not a point of their own: "<br><center><img …></center><br>"', () => {
    const model = splitMarkdown('# T\n\n## A\n\nFirst.\n\n<br><center><img src="https://example.com/a.png" style="width:400px"></center><br>\n\nSecond.\n');
    const blocks = model.sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', 'First.'],
        ['image', '![](https://example.com/a.png)'],
        ['paragraph', 'Second.'],
      ],
    );
  });
});

describe('a page whose opening holds most of it, its parts set apart by lines in bold, a heading near its end', () => {
  it('takes those lines for its headings: the numbered ones parts, the others sections in them, a numbered one over the first of its part too; an item\'s label alone ("**a)**") is none', () => {
    const step = (n: number): string =>
      `Step ${n} of the lab asks the student to open the editor, write the class of the window and run it again to see the result on screen.`;
    const text = [
      '# Lab report 11: windows',
      '',
      '**I. Goals**',
      '',
      'After this lab the student can build a small window with a button and a text field.',
      '',
      '**II. Background**',
      '',
      '**Windows**',
      '',
      step(1),
      '',
      '**III. Practice**',
      '',
      '**Experiment 1: a window**',
      '',
      step(2),
      '',
      step(3),
      '',
      '**Questions**',
      '',
      step(4),
      '',
      '**a)**',
      '',
      step(5),
      '',
      '## Statement',
      '',
      'I did this work myself.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => `${s.level} ${s.heading}`),
      ['2 I. Goals', '2 II. Background', '3 Windows', '2 III. Practice', '3 Experiment 1: a window', '3 Questions', '2 Statement'],
    );
  });
});

describe('an R Markdown lecture rendered as ioslides', () => {
  const text = [
    '---',
    'title: Mixed models',
    'output: ioslides_presentation',
    '---',
    '',
    '## Residuals',
    '',
    '> - Is the effect weaker?',
    '> - Has the correlation changed?',
    '',
    '<div class="notes">',
    'weaker? no, it could go either way.',
    '</div>',
    '',
    '## Next',
    '',
    '> A quotation stays one.',
    '',
  ].join('\n');
  it('reads a list in a quotation as the list it shows one item at a time, and a notes div as speaker notes', () => {
    const slides = planDeck(splitMarkdown(text), { file: 'm.Rmd', fileName: 'm.Rmd', format: 'markdown', author: 'T' }).value.slides;
    const residuals = slides.find((s) => s.title === 'Residuals');
    assert.match(residuals?.body ?? '', /^- Is the effect weaker\?$/mu);
    assert.doesNotMatch(residuals?.body ?? '', /^>|either way/mu);
    assert.match(residuals?.notes ?? '', /either way/u);
    assert.match(slides.find((s) => s.title === 'Next')?.body ?? '', /^> A quotation stays one\./mu);
  });
});

describe('a page with no headings', () => {
  it('takes its lines in bold alone for its headings, two or more, each over the text up to the next', () => {
    const text = [
      'In the first part of our course we learned the basic elements.',
      '',
      '**The universal machine**',
      '',
      'In 1931 a young man of 24 reformulated results of logic.',
      '',
      '**Note:**',
      '',
      'A label is no heading.',
      '',
      '**Enigma and the war**',
      '',
      'During the war Turing worked on a secret project.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['The universal machine', 'Enigma and the war'],
    );
    assert.match(model.intro.map((b) => b.text).join('\n'), /first part of our course/u);
    assert.match(model.sections[0]?.blocks.map((b) => b.text).join('\n') ?? '', /\*\*Note:\*\*/u);
    // One bold line alone is emphasis, not a part: the page keeps no sections.
    assert.deepEqual(splitMarkdown('Some text.\n\n**Remember this**\n\nMore text.\n').sections, []);
  });
});

describe('rules the author drew within a section', () => {
  it('are no text: a line of ornaments ("〰〰〰", "• • •", "⁂") or `---` marks the block after it as opening a part', () => {
    const text = [
      '# Essays',
      '',
      '## Picks',
      '',
      'First pick, with what I think of it.',
      '',
      '〰〰〰',
      '',
      'Second pick, with a quote.',
      '',
      '• • •',
      '',
      'Third pick.',
      '',
      '⁂',
      '',
      'Fourth pick.',
      '',
      '---',
      '',
      'Fifth pick.',
      '',
      'Sixth pick, and ... an ellipsis is text.',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => [b.text.split(',')[0], b.afterRule === true]),
      [
        ['First pick', false],
        ['Second pick', true],
        ['Third pick.', true],
        ['Fourth pick.', true],
        ['Fifth pick.', true],
        ['Sixth pick', false],
      ],
    );
    // A plan starts a slide at each rule rather than elsewhere, and shows no ornament.
    const plan = planDeck(splitMarkdown(text), { file: 'e.md', fileName: 'e.md', format: 'markdown' }).value;
    assert.ok(!plan.slides.some((s) => /〰|•|⁂/u.test(s.body)), 'an ornament shown');
  });
});

describe("a README's links back to its top", () => {
  it('are its navigation, kept out of the slides and counted; a sentence with such a link, or a link elsewhere, stays', () => {
    const text = [
      '# Clean code',
      '',
      '## Variables',
      '',
      'Use meaningful names.',
      '',
      '**[⬆ back to top](#table-of-contents)**',
      '',
      '## Functions',
      '',
      'Keep them small.',
      '',
      '<a href="#top">↑ Back to top</a>',
      '',
      '## Classes',
      '',
      'Keep them small too.',
      '',
      '<a href="#table-of-contents" class="top" id="classes-end">Top</a>',
      '<a id="modules"></a>',
      '',
      '[Volver arriba](#indice)',
      '',
      'See [the contents](#contents) for more, and [top](https://example.org/top).',
      '',
      '[Top](https://example.org/top)',
    ].join('\n');
    const model = splitMarkdown(text);
    const shown = model.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    assert.doesNotMatch(shown, /back to top|Back to top|Volver arriba|>Top</u);
    assert.match(shown, /See \[the contents\]\(#contents\) for more/u);
    assert.match(shown, /^\[Top\]\(https:\/\/example\.org\/top\)$/mu);
    assert.ok((model.hidden?.count ?? 0) >= 4, `${model.hidden?.count}`);
  });
});

describe('numbered headings that go on at another level', () => {
  const levels = (source: string): [string, number][] => splitMarkdown(source).sections.map((s) => [s.heading, s.level]);

  it("keep one list of sections: '# 8.' after '## 7.' is a section like it", () => {
    const source = '# Inheritance\n\n## 1. Pengertian\n\nA.\n\n## 2. Sintaks\n\nB.\n\n# 3. Keuntungan\n\nC.\n\n# 4. Kesimpulan\n\nD.\n';
    assert.deepEqual(levels(source), [
      ['1. Pengertian', 2],
      ['2. Sintaks', 2],
      ['3. Keuntungan', 2],
      ['4. Kesimpulan', 2],
    ]);
  });

  it('leave parts numbered of their own, and a count that only starts with a number, where they are', () => {
    const parts = '# 1. Basics\n\n## 1. Words\n\nA.\n\n## 2. Sentences\n\nB.\n\n# 2. Advanced\n\n## 1. Style\n\nC.\n';
    assert.deepEqual(
      levels(parts).map(([, level]) => level),
      [2, 3, 3, 2, 3],
    );
    const count = '# Tests\n\n## 1. Critical value\n\nA.\n\n## 2. P-value\n\nB.\n\n# 3 ways to obtain the statistic\n\nC.\n';
    assert.deepEqual(
      levels(count).map(([, level]) => level),
      [2, 3, 3, 2],
    );
  });

  it("keep parts numbered by a word at one level: '### Part 2' after '## Part 1' is a part like it", () => {
    const source =
      '### Set up\n\nInstall it.\n\n## Part 1: Strings\n\n### `nchar`\n\nA.\n\n### `paste`\n\nB.\n\n### Part 2: Regex in R\n\n### `grep`\n\nC.\n\n### `gsub`\n\nD.\n';
    const found = levels(source);
    const level = (heading: string): number | undefined => found.find(([h]) => h === heading)?.[1];
    assert.equal(level('Part 2: Regex in R'), level('Part 1: Strings'), JSON.stringify(found));
    assert.ok((level('`grep`') ?? 0) > (level('Part 2: Regex in R') ?? 0), JSON.stringify(found));
  });
});

describe("MkDocs' figures written as HTML that holds Markdown", () => {
  it('are pictures, at the top level and inside an admonition', () => {
    const model = splitMarkdown(
      '# T\n\n## A\n\nText here.\n\n<figure markdown="span">\n  ![](./assets/pic.png){width=75%}\n</figure>\n\nMore text.\n\n## B\n\n!!! note "How to get it"\n    <figure markdown="span">\n        ![](./assets/pic.png){width=75%}\n    </figure>\n\nThere are three.\n',
    );
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => b.kind),
      ['paragraph', 'image', 'paragraph'],
    );
    assert.ok(
      model.sections[1]?.blocks.some((b) => b.kind === 'image'),
      JSON.stringify(model.sections[1]?.blocks),
    );
  });
});

describe('a box that ends with the sentence introducing what follows it', () => {
  it('takes what it introduces in with it, so that the sentence and the code share a slide', () => {
    const text =
      '# Exercise\n\n## Installing packages\n\nWe use two packages.\n\n::: {.callout-note}\n## Task\n\nType the install function into the console, and press enter to run:\n:::\n\n```r\ninstall.packages("infer")\n```\n\nFrom now on, we write code in the document.\n\n## Next\n\nMore.\n';
    const model = splitMarkdown(text);
    const task = model.sections.find((s) => s.heading === 'Task');
    assert.deepEqual(
      task?.blocks.map((b) => b.kind),
      ['paragraph', 'code'],
    );
    const resumed = model.sections.find((s) => s.resumes === true);
    assert.deepEqual(
      resumed?.blocks.map((b) => b.kind),
      ['paragraph'],
    );
  });
});

describe("a box's own heading (a Quarto callout's title)", () => {
  it('is a sub-section of the section it stands in, whatever its level, and no heading where it repeats that section', () => {
    const text = [
      '# Pre-lecture',
      '',
      '### Read ahead',
      '',
      '::: callout-note',
      '## Read ahead',
      '',
      'Before class, read these:',
      '',
      '1. One',
      '2. Two',
      ':::',
      '',
      '### Acknowledgements',
      '',
      'Borrowed from others.',
      '',
      '# Learning objectives',
      '',
      '::: callout-note',
      '# Learning objectives',
      '',
      '- Know functions',
      '- Know arguments',
      ':::',
      '',
      '# Functions',
      '',
      '## In R',
      '',
      'Functions are objects.',
      '',
      '::: callout-tip',
      '# Important facts',
      '',
      '- They can be passed.',
      ':::',
      '',
      'That may seem strange.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => `${s.level} ${s.heading} ${s.blocks.map((b) => b.kind).join(',')}`),
      [
        '2 Pre-lecture ',
        '4 Read ahead paragraph,list',
        '4 Acknowledgements paragraph',
        '2 Learning objectives list',
        '2 Functions ',
        '3 In R paragraph',
        '4 Important facts list',
        '3 In R paragraph',
      ],
    );
    assert.equal(model.sections.at(-1)?.resumes, true);
  });
});

describe('a page that opens with its own contents and an anchor', () => {
  it('is titled by the heading alone at the top level after them, as a chapter that opens with it is', () => {
    const text = [
      '---',
      'layout: page',
      'permalink: /linear-classify/',
      '---',
      '',
      'Table of Contents:',
      '',
      '- [Linear Classification](#linear-classification)',
      '  - [Parameterized mapping](#parameterized-mapping)',
      '  - [Loss function](#loss-function)',
      '',
      "<a name='intro'></a>",
      '',
      '## Linear Classification',
      '',
      'In the last section we introduced the problem of image classification.',
      '',
      '### Parameterized mapping',
      '',
      'The first component of this approach is to define the score function.',
      '',
      '### Loss function',
      '',
      'We are going to measure our unhappiness with outcomes with a loss function.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Linear Classification');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Parameterized mapping', 'Loss function'],
    );
  });
});

describe('a hard line break at the end of a paragraph or an item', () => {
  it('goes, as GitBook shows it; one that breaks a line stays, and so do escaped backslashes, code and a formula', () => {
    const text = [
      '1. **Username:** from 1 to 32 characters.\\',
      '',
      '2. **Password:** an `x`.\\',
      '',
      'A line\\',
      'goes on.',
      '',
      '$$',
      'a \\\\',
      'b',
      '$$',
      '',
      '    ./configure \\',
      '',
      '```',
      'x \\',
      '',
      '```',
      'Ends on a backslash \\\\',
      '',
      'Last\\',
    ].join('\n');
    const out = danglingBreaks(text).split('\n');
    assert.equal(out[0], '1. **Username:** from 1 to 32 characters.');
    assert.equal(out[2], '2. **Password:** an `x`.');
    assert.deepEqual(out.slice(4, 19), text.split('\n').slice(4, 19));
    assert.equal(out[20], 'Last');
    const model = splitMarkdown(`# Files\n\n## Parts\n\n${text}`);
    assert.ok(!model.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'list' && /\\$/mu.test(b.text)));
  });
});

describe("a fenced div's attributes", () => {
  it('may hold braces in a quoted value (Pandoc columns with data-latex), and the fences still go', () => {
    const text = [
      '# Models',
      '',
      '## Fixed effects',
      '',
      ':::: {.columns}',
      '::: {.column width="48%" data-latex="{0.48\\textwidth}"}',
      'The left column holds the model in words.',
      ':::',
      '::: {.column width="4%" data-latex="{0.04\\textwidth}"}',
      ':::',
      '::: {.column width="48%" data-latex="{0.48\\textwidth}"}',
      'The right column holds its estimate.',
      ':::',
      '::::',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks);
    assert.ok(!blocks.some((b) => b.text.includes(':::') || b.text.includes('data-latex')), JSON.stringify(blocks));
    assert.ok(blocks.some((b) => b.text.includes('The right column holds its estimate.')));
  });
});

describe("headings typed as a list's items", () => {
  it('are headings, with what the item holds at the margin under them, line for line; code at the margin is left alone', () => {
    const text = [
      '# Backups',
      '',
      '* ### Motivation',
      '',
      '  * Alternatives',
      '    * keep every version',
      '',
      '**DevOps**: developers and operators',
      '',
      '- ## What to back up?',
      '  ```sh',
      '  ls -l',
      '  ```',
      '```md',
      '* ### Not a heading',
      '```',
    ].join('\n');
    const out = headingItems(text).split('\n');
    assert.deepEqual(out, [
      '# Backups',
      '',
      '### Motivation',
      '',
      '* Alternatives',
      '  * keep every version',
      '',
      '**DevOps**: developers and operators',
      '',
      '## What to back up?',
      '```sh',
      'ls -l',
      '```',
      '```md',
      '* ### Not a heading',
      '```',
    ]);
    assert.deepEqual(
      splitMarkdown(text).sections.map((s) => s.heading),
      ['Motivation', 'What to back up?'],
    );
  });
});

describe('a box titled in brackets', () => {
  it('is titled by them, as Docusaurus and Starlight show `:::note[Title]`, and its markers go', () => {
    const text = [
      '# Logging',
      '',
      '## Time zones',
      '',
      ':::note[Common Time Zones]',
      '- `UTC` - the default',
      '- `Europe/Paris` - Central European Time',
      ':::',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks);
    assert.ok(!blocks.some((b) => b.text.includes(':::')), JSON.stringify(blocks));
    assert.ok(
      blocks.some((b) => b.text.includes('**Common Time Zones**')),
      JSON.stringify(blocks),
    );
  });
});

describe("a table's rows of dashes between its groups", () => {
  it('are no rows of data: the table keeps its header and rows, and fits one slide where it does without them', () => {
    const rows = [
      '`:q` | Close file',
      '`:qa` | Close all files',
      '---|---',
      '`:w` | Save',
      '`:wq` | Save and close',
      '--- | ---',
      '`ZZ` | Save and quit',
      '`:q!` | Quit',
    ];
    const text = `# Vim\n\n## Exiting\n\n  | Shortcut | Description |\n  | --- | --- |\n${rows.map((r) => `  | ${r} |`).join('\n')}\n`;
    const table = splitMarkdown(text).sections[0]?.blocks[0];
    assert.equal(table?.kind, 'table');
    assert.equal(table?.text, ['| Shortcut | Description |', '| --- | --- |', ...rows.filter((r) => !r.startsWith('-')).map((r) => `| ${r} |`)].join('\n'));
    const deck = planDeck(splitMarkdown(text), { file: 'vim.md', fileName: 'vim.md', format: 'markdown' }).value;
    assert.equal(deck.slides.filter((s) => s.body.includes('| Shortcut')).length, 1);
  });
});

describe("a figure's caption written as the line after its picture", () => {
  it("is the picture's caption (a Chinese book's <div> under it, a bold 'Figure 2:'), never replacing the author's alt text", () => {
    const text = [
      '# RL',
      '',
      '## Policies',
      '',
      '如图 4.1 所示，强化学习有 3 个组成部分。',
      '',
      '<div align=center>',
      '<img width="550" src="img/4.1.png"/>',
      '</div>',
      '<div align=center>图 4.1 强化学习的组成部分</div>',
      '',
      '![](b.png)',
      '',
      '**Figure 2:** The loss curve.',
      '',
      '![Loss](c.png)',
      '',
      'Figure 3: Other.',
      '',
    ].join('\n');
    assert.deepEqual(
      splitMarkdown(text).sections[0]?.blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', '如图 4.1 所示，强化学习有 3 个组成部分。'],
        ['image', '![图 4.1 强化学习的组成部分](img/4.1.png)'],
        ['image', '![Figure 2: The loss curve.](b.png)'],
        ['image', '![Loss](c.png)'],
        ['paragraph', 'Figure 3: Other.'],
      ],
    );
  });

  it("is said once where it says what the picture's description says (a reStructuredText figure), not again as a point", () => {
    const text =
      '## Git\n\n![Update your project with pull and push.](img/pull.png)\n\n*Update your project with pull and push.*\n\n![A tree](t.png)\n\n*A tree, see [the docs](https://example.org).*\n';
    assert.deepEqual(
      splitMarkdown(text).sections[0]?.blocks.map((b) => [b.kind, b.text]),
      [
        ['image', '![Update your project with pull and push.](img/pull.png)'],
        ['image', '![A tree](t.png)'],
        ['paragraph', '*A tree, see [the docs](https://example.org).*'],
      ],
    );
  });
});

describe("a lesson's key points in its front matter", () => {
  it("are its summary (The Carpentries' `keypoints:`), unless it closes with a summary of its own", () => {
    const front = '---\ntitle: Joins\nkeypoints:\n- "Joining two tables answers questions neither answers alone."\n- "Aliases save typing: `AS`."\n---\n';
    const model = splitMarkdown(`${front}\n## Joins\n\nUse JOIN.\n\n## Aliases\n\nUse AS.\n`);
    assert.deepEqual(model.summary, [
      { kind: 'list', text: '- Joining two tables answers questions neither answers alone.\n- Aliases save typing: `AS`.', line: 1 },
    ]);
    const own = splitMarkdown(`${front}\n## Joins\n\nUse JOIN.\n\n## Summary\n\nJoins and aliases.\n`);
    assert.equal(own.summary[0]?.text, 'Joins and aliases.');
  });
});

describe('several H1s, the first over a few sentences alone', () => {
  it('the first names the deck and its sentences are the introduction, not a part the agenda lists', () => {
    const text = [
      '# 06 - Create a SQL database (5 min)',
      '',
      'In this walkthrough, we will create a SQL database in Azure and then query the data in that database.',
      '',
      '# Task 1: Create the database',
      '',
      '1. Sign in to the portal.',
      '2. Create the database.',
      '',
      '# Task 2: Test the database',
      '',
      'Run a query.',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, '06 - Create a SQL database (5 min)');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Task 1: Create the database', 'Task 2: Test the database'],
    );
    assert.match(model.intro.map((b) => b.text).join('\n'), /In this walkthrough/u);
    // A first part with a heading of its own under it stays a part.
    const parts = splitMarkdown(text.replace('In this walkthrough', '## Goal\n\nIn this walkthrough'));
    assert.equal(parts.sections[0]?.heading, '06 - Create a SQL database (5 min)');
  });
});

describe("a formula at the margin right under an item's text, the item's own items under it", () => {
  it("is the item's: its lettered questions stay a list under it, never code", () => {
    const text = [
      '# Diary',
      '',
      '## Review',
      '',
      '2. The following model predicts the log-odds of getting into a medical school',
      '$$\\log(\\text{odds}) = -22.4 + 4.7 x.$$',
      '',
      '    a. What is the probability that a student with 3.5 GPA will get accepted?',
      '',
      '    b. How much would the odds increase if a student improves the score?',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['list'],
      JSON.stringify(blocks),
    );
    assert.match(blocks[0]?.text ?? '', /\$\$\\log[\s\S]*a\. What is the probability[\s\S]*b\. How much/u);
    // On the slides: the item, its formula under it, its questions as items.
    const bodies = markdownSlides(text)
      .filter((s) => s.section === 'Review')
      .map((s) => s.body)
      .join('\n');
    assert.match(bodies, /^\s*\$\$\\log\(\\text\{odds\}\) = -22\.4 \+ 4\.7 x\.\$\$$/mu, bodies);
    assert.match(bodies, /^\s*- a\. What is the probability/mu, bodies);
    assert.doesNotMatch(bodies, /```/u, bodies);
  });
});

describe("formulas at the margin under an item's text, the text going on at the margin", () => {
  it('stay the text\'s own, and the headings after them stay headings: a closing "$$" opens no formula', () => {
    const text = [
      '# Variance',
      '',
      '## Procedure',
      '',
      '1. **Calculation**: Compute the statistic',
      '$$',
      '\\chi^2 = \\frac{(n-1) s^2}{\\sigma_0^2}',
      '$$',
      'where the sample variance is',
      '$$',
      's^2 = \\frac{1}{n-1} \\sum_i (x_i - \\bar{x})^2',
      '$$',
      '',
      '',
      '## Procedure, step two',
      '',
      '2. **Tables or R**: Find either',
      '    * the critical value',
      '    $$',
      '    \\chi_{n-1}^2(0.05)',
      '    $$',
      '    * the p-value',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Procedure', 'Procedure, step two'],
    );
    assert.ok(
      model.sections.flatMap((s) => s.blocks).every((b) => !/^\s*#/mu.test(b.text)),
      JSON.stringify(model.sections),
    );
  });
});

describe("a list that runs on into a formula at the margin (Obsidian's notes)", () => {
  it('is the list, then the formulas and the text between them', () => {
    const text = [
      '# Logistic',
      '',
      '## Properties',
      '',
      '- [i] Symmetry',
      '- [i] Derivative',
      '$$',
      "\\sigma'(x) = \\sigma(x)(1-\\sigma(x))",
      '$$',
      '*Proof.*',
      '$$',
      'a = b',
      '$$',
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks.map((b) => [b.kind, b.text]);
    assert.deepEqual(blocks, [
      ['list', '- [i] Symmetry\n- [i] Derivative'],
      ['math', "$$\n\\sigma'(x) = \\sigma(x)(1-\\sigma(x))\n$$"],
      ['paragraph', '*Proof.*'],
      ['math', '$$\na = b\n$$'],
    ]);
  });
});

describe('an <img> whose tag runs over lines', () => {
  it('is a picture block, its long alt text on one line, not a paragraph of text with a picture in it', () => {
    const text =
      '# T\n\n## Memory\n\nSome text before the figure.\n\n<img alt="Two tables: the first holds the string on the\nstack, its length (5) and capacity (5), and a pointer to the first\nvalue in the second table." src="img/memory.svg" class="center"\nstyle="width: 50%;" />\n\nMore text after.\n';
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'image', 'paragraph'],
    );
    assert.equal(
      blocks[1]?.text,
      '![Two tables: the first holds the string on the stack, its length (5) and capacity (5), and a pointer to the first value in the second table.](img/memory.svg)',
    );
  });
});

describe("a heading's reference links", () => {
  it('are their text, as a changelog\'s versions ("## [2.0.0] - 2026-06-07" over a definition of [2.0.0]); an undefined label stays', () => {
    const text =
      '# Changelog\n\n## [2.0.0] - 2026-06-07\n\nAdded things for the users.\n\n## [1.0.0] - 2025-01-01\n\nFirst release.\n\n## [Unreleased]\n\nNothing yet.\n\n[2.0.0]: https://example.org/v2\n[1.0.0]: https://example.org/v1\n';
    assert.deepEqual(
      splitMarkdown(text).sections.map((s) => s.heading),
      ['2.0.0 - 2026-06-07', '1.0.0 - 2025-01-01', '[Unreleased]'],
    );
  });
});

describe('a paragraph of display formulas and nothing else', () => {
  it('is a formula block, set on its own and never a point; text beside a formula keeps it a paragraph', () => {
    const text = [
      '# Regression',
      '',
      '## Estimates',
      '',
      'The estimates are given by:',
      '',
      '$$\\hat{\\beta_1} = \\frac{S_{xy}}{S_{xx}}$$ $$\\hat{\\beta_0} = \\bar{Y} - \\hat{\\beta_1} \\bar{X}$$',
      '',
      'We set $$a = b$$ and then $$c = d$$ for the rest.',
      '',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks.map((b) => b.kind);
    assert.deepEqual(blocks, ['paragraph', 'math', 'paragraph']);
  });
});

describe('a paragraph of text over pictures on lines of their own', () => {
  it('is the text, then the pictures as a picture block', () => {
    const model = splitMarkdown('# T\n\n## A\n\nHere is the diagram of the base:\n![](data/erd.png){: .center}\n');
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', 'Here is the diagram of the base:'],
        ['image', '![](data/erd.png)'],
      ],
    );
    // After a label's colon on the same line too; a picture inside a sentence stays in it.
    const labelled = splitMarkdown('# T\n\n## A\n\n_reminder_ : ![](data/extract.png)\n\nThe icon ![i](i.png) shows the state.\n');
    assert.deepEqual(
      labelled.sections[0]?.blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', '_reminder_ :'],
        ['image', '![](data/extract.png)'],
        ['paragraph', 'The icon ![i](i.png) shows the state.'],
      ],
    );
  });
});

describe('a displayed formula whose closing dollars have text after them on their line', () => {
  it('is the formula, then a paragraph of that text and the lines after it (KaTeX had read the sentence as TeX)', () => {
    const model = splitMarkdown(
      '# T\n\n## A\n\nSums of squares\n\n$$\\begin{aligned}\n   SSE &= a \\\\\n   R^2 &= b\n   \\end{aligned}$$ $R^2$ is called the *multiple correlation\ncoefficient* of the model.\n\nNext paragraph.\n',
    );
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', 'Sums of squares'],
        ['math', '$$\\begin{aligned}\n   SSE &= a \\\\\n   R^2 &= b\n   \\end{aligned}$$'],
        ['paragraph', '$R^2$ is called the *multiple correlation\ncoefficient* of the model.'],
        ['paragraph', 'Next paragraph.'],
      ],
    );
  });
});

describe('a heading with no space after its hashes', () => {
  it('is a heading, as kramdown (Jekyll) reads it: "####Argument 2"; not a tag, nor in code', () => {
    const text = '# Notes\n\n## Arguments\n\nThe first argument.\n\n####Argument 2\n\nThe second argument.\n\n#python is a tag.\n\n```md\n###Kept\n```\n';
    assert.equal(unspacedHeadings(text).split('\n').length, text.split('\n').length);
    const model = splitMarkdown(text);
    assert.ok(
      model.sections.some((s) => s.heading === 'Argument 2'),
      model.sections.map((s) => s.heading).join(' | '),
    );
    assert.match(unspacedHeadings(text), /^#python is a tag\.$/mu);
    assert.match(unspacedHeadings(text), /^###Kept$/mu);
  });
});

describe('a heading right under the tag that closes a block of HTML', () => {
  it('is a heading, as kramdown (Jekyll) reads it, its paragraph a paragraph; lines keep their number; code is left alone', () => {
    const text = [
      '# Post',
      '',
      'An update on the course.',
      '',
      '<div style="text-align:center">',
      '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
      '</div>',
      '## A High-Level Look',
      "Let's begin by looking at the model as a single black box.",
      '',
      '## Encoders',
      '',
      '</div>',
      '### After a blank line',
      '',
      '```html',
      '</div>',
      '## kept as written',
      '```',
      '',
    ].join('\n');
    const joined = headingsAfterHtml(text);
    assert.equal(joined.split('\n').length, text.split('\n').length);
    assert.match(joined, /^## kept as written$/mu);
    assert.match(joined, /^```html\n<\/div>\n## kept/mu);
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['A High-Level Look', 'Encoders', 'After a blank line'],
    );
    assert.equal(model.sections[0]?.blocks.at(-1)?.text, "Let's begin by looking at the model as a single black box.");
    assert.equal(model.sections[0]?.line, 8);
  });
});

describe('rows of a pipe table of one cell each', () => {
  it('are what the cells hold, one under another: a figure over its caption is a captioned picture', () => {
    const text = [
      '# Models',
      '',
      '## Parametrised models',
      '',
      'The computation graph for this model is shown in Figure 1.',
      '',
      '| <center><img src="graph.png" alt="Figure1" style="zoom: 33%;" /></center> |',
      '| <center>Figure 1: Computation graph of a parametrised model </center>|',
      '',
      'More text.',
    ].join('\n');
    const blocks = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text]),
      [
        ['paragraph', 'The computation graph for this model is shown in Figure 1.'],
        ['image', '![Figure 1: Computation graph of a parametrised model](graph.png)'],
        ['paragraph', 'More text.'],
      ],
    );
    // Rows of two cells or more stay a table.
    const table = splitMarkdown('# T\n\n## S\n\n| `fc` | Go forward |\n| `Fc` | Go back |\n').sections[0]?.blocks ?? [];
    assert.equal(table[0]?.kind, 'table');
  });
});

describe('an empty display formula', () => {
  it('is no block: "$$$$" under a formula, "$$" over "$$", show nothing', () => {
    const text =
      '# Notes\n\n## Gaussian\n\nThe Gaussian is:\n\n$$\nN(x) = e^{-x^2}\n$$\n$$$$\nfor some vector $x$ where:\n\n* the vector is the mean\n\n$$\n$$\n\nThe end.\n';
    const blocks = splitMarkdown(text).sections.find((s) => s.heading === 'Gaussian')?.blocks ?? [];
    assert.equal(blocks.filter((b) => b.kind === 'math').length, 1, JSON.stringify(blocks));
    assert.ok(!blocks.some((b) => b.text.includes('$$$$')), JSON.stringify(blocks));
  });
});

describe("a README's heading with badges by reference", () => {
  it('titles the deck by its words: "# The Fuck [![Version][version-badge]][version-link] …" is "The Fuck"', () => {
    const text =
      '# The Fuck [![Version][version-badge]][version-link] [![Build Status][workflow-badge]][workflow-link] [![MIT License][license-badge]](LICENSE.md)\n\nA magnificent app that corrects errors in previous console commands.\n\n## Installation\n\nInstall it.\n\n## Usage\n\nUse it.\n\n[version-badge]: https://img.shields.io/pypi/v/thefuck.svg\n[version-link]: https://pypi.python.org/pypi/thefuck/\n[workflow-badge]: https://github.com/nvbn/thefuck/workflows/Tests/badge.svg\n[workflow-link]: https://github.com/nvbn/thefuck/actions\n[license-badge]: https://img.shields.io/badge/license-MIT-007EC7.svg\n';
    assert.equal(splitMarkdown(text).title, 'The Fuck');
  });
});

describe('a picture on the line that opens a paragraph, over its text', () => {
  it("is a picture block, then the text: not a picture set in the text's line", () => {
    const text =
      '# Prozesse\n\n## Zustandsmodell\n\n![Zustandsmodell mit Ready, Running, Blocked](img/z.jpg)\nÜbergänge werden vom Betriebssystem verwaltet\n\n## Scheduler\n\nText.\n';
    const blocks = splitMarkdown(text).sections.find((s) => s.heading === 'Zustandsmodell')?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text]),
      [
        ['image', '![Zustandsmodell mit Ready, Running, Blocked](img/z.jpg)'],
        ['paragraph', 'Übergänge werden vom Betriebssystem verwaltet'],
      ],
    );
  });
});

describe('a heading underlined as a whole', () => {
  it('is titled by its words: "## <ins>**Homology**</ins> <a name="Homology"></a>" is "Homology"', () => {
    const text =
      '# Week 3\n\nThis week we learn trees.\n\n## <ins>**Homology**</ins> <a name="Homology"></a>\n\nHomology matters.\n\n## <ins>**Parsimony**<ins>\n\nParsimony too.\n';
    assert.deepEqual(
      splitMarkdown(text).sections.map((s) => s.heading),
      ['Homology', 'Parsimony'],
    );
  });
});

describe('a heading with a line break at its end', () => {
  it('is titled by its words: "### Historiographical Essay (7.5%)<br>" has no break in its title', () => {
    const text = '# Seminar\n\n## Essay\n\nWrite it.\n\n### Historiographical Essay (7.5%)<br>\n\nAbout 750 words.\n\n### <br/>Bibliography\n\nTen sources.\n';
    assert.deepEqual(
      splitMarkdown(text).sections.map((s) => s.heading),
      ['Essay', 'Historiographical Essay (7.5%)', 'Bibliography'],
    );
  });
});

describe('rows of a pipe table with no header and no rule under it', () => {
  it('are a table, as kramdown reads them, with a header of empty cells; a paragraph of one row or of uneven rows is not', () => {
    const text =
      '# Vim\n\n## Character\n\n| `fc`  | Go forward to character `c`  |\n| `Fc`  | Go backward to character `c` |\n\n## Other\n\n| a | b |\n| c |\n';
    const sections = splitMarkdown(text).sections;
    const table = sections.find((s) => s.heading === 'Character')?.blocks[0];
    assert.equal(table?.kind, 'table', JSON.stringify(table));
    assert.equal(table?.text, '| | |\n| --- | --- |\n| `fc`  | Go forward to character `c`  |\n| `Fc`  | Go backward to character `c` |');
    assert.equal(sections.find((s) => s.heading === 'Other')?.blocks[0]?.kind, 'paragraph');
  });
});

describe('a table of one column whose cells are passages of prose', () => {
  const words = (n: number, w: string): string => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
  const passage = `${words(30, 'alpha')}. ${words(20, 'beta')}.`;
  const text = [
    '# Critiques',
    '',
    '## Liberalism',
    '',
    'The liberal view of society holds that every person is born with rights that no state may take away from them, whatever the state may want. Another sentence follows it here. And a third one ends it.',
    '',
    '| **J. Author**, *A Book of Ideas* (1843) |',
    '| --- |',
    `| ${passage}<br>Then the measures:<br>1. Expropriation of land.<br>2. A progressive tax. |`,
    '| *1. What does the author say? <br>2. Why does it matter?* |',
    '',
    '## Data',
    '',
    '| Name |',
    '| --- |',
    '| Ada |',
    '| Grace |',
    '',
  ].join('\n');

  it('is its header, paragraphs and lists, emphasis kept on each line; a table of short cells stays a table', () => {
    const sections = splitMarkdown(text).sections;
    const blocks = sections.find((s) => s.heading === 'Liberalism')?.blocks ?? [];
    assert.deepEqual(
      blocks.slice(1).map((b) => [b.kind, b.text]),
      [
        ['paragraph', '**J. Author**, *A Book of Ideas* (1843)'],
        ['paragraph', passage],
        ['paragraph', 'Then the measures:'],
        ['list', '1. Expropriation of land.\n2. A progressive tax.'],
        ['paragraph', '*1. What does the author say?*'],
        ['paragraph', '*2. Why does it matter?*'],
      ],
    );
    assert.equal(sections.find((s) => s.heading === 'Data')?.blocks[0]?.kind, 'table');
  });

  it('shows its passage as points under its header, the whole of it in the notes, nothing as a table', () => {
    const slides = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides;
    const own = slides.filter((s) => s.section === 'Liberalism');
    assert.ok(
      own.every((s) => !s.body.includes('| ---')),
      own.map((s) => s.body).join('\n---\n'),
    );
    // The header opens the slide of the passage it names, not the foot of the slide before.
    const headed = own.find((s) => s.body.includes('**J. Author**'));
    assert.ok(headed?.body.includes('alpha0'), headed?.body);
    assert.ok(
      own.some((s) => s.notes.includes(words(20, 'beta'))),
      'the passage whole in the notes',
    );
  });
});

describe("a table that lays out a figure's panels", () => {
  it('is the pictures side by side, each labelled by its few words, then the caption; a table of data with a picture is not', () => {
    const text = [
      '# PCA',
      '',
      '## Variance',
      '',
      '| ![](img/a.png) <br> a) | ![](img/b.png) <br> b) |',
      '| --- | --- |',
      '| ![Third](img/c.png) <br> c) | Figure 2: the mean and the variance in one and in two dimensions. |',
      '',
      '## Faces',
      '',
      '| Name | Face | Role |',
      '| --- | --- | --- |',
      '| Ada | ![](img/ada.png) | Author of the first program |',
      '| Grace | ![](img/grace.png) | Author of the first compiler |',
      '',
    ].join('\n');
    const sections = splitMarkdown(text).sections;
    assert.deepEqual(
      sections.find((s) => s.heading === 'Variance')?.blocks.map((b) => [b.kind, b.text]),
      [
        ['image', '![a)](img/a.png) ![b)](img/b.png) ![Third](img/c.png)'],
        ['paragraph', 'Figure 2: the mean and the variance in one and in two dimensions.'],
      ],
    );
    assert.equal(sections.find((s) => s.heading === 'Faces')?.blocks[0]?.kind, 'table');
  });
});

describe('a table of two pictures under labels of their own', () => {
  it('stays a table: each label names its picture', () => {
    const text = '# UI\n\n## Redesign\n\n| Before | After |\n| --- | --- |\n| ![](img/old.png) | ![](img/new.png) |\n';
    assert.equal(splitMarkdown(text).sections[0]?.blocks[0]?.kind, 'table');
  });
});

describe('a last section of footnotes written out by hand', () => {
  it('is no section: its notes go to the speaker notes of the section before it, not to the agenda or a slide', () => {
    const text = [
      '# Time',
      '',
      '## Leases',
      '',
      'Leases are a mutual exclusion mechanism.<sup>[1](#foot1)</sup>',
      '',
      '## Paradiso',
      '',
      'Clocks are useful.<sup>[2](#foot2)</sup>',
      '',
      '**Footnotes**',
      '',
      '1. <a name="foot1"></a> Leases were described by Gray and Cheriton.',
      '2. <a name="foot2"></a> As long as their error is known.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Leases', 'Paradiso'],
    );
    const notes = model.sections[1]?.blocks.filter((b) => b.footnote === true && b.folded === true) ?? [];
    assert.match(notes.map((b) => b.text).join('\n'), /Gray and Cheriton/u);
    const deck = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    assert.ok(!deck.slides.some((s) => /Footnotes/u.test(s.title) || /Gray and Cheriton/u.test(s.body)), deck.slides.map((s) => s.title).join(' | '));
    assert.ok(deck.slides.some((s) => s.notes.includes('Gray and Cheriton')));
    // (Under a heading of its own, "## Fußnoten", as well.)
    const headed = splitMarkdown(text.replace('**Footnotes**', '## Fußnoten'));
    assert.deepEqual(
      headed.sections.map((s) => s.heading),
      ['Leases', 'Paradiso'],
    );
    assert.ok(headed.sections[1]?.blocks.some((b) => b.footnote === true && b.text.includes('Gray and Cheriton')));
  });
});

describe("a list item's formulas opened at a line's end and closed at the next line's start", () => {
  it('are paired in order: "$$ Unter … $$" closes one and opens the next, no formula holds the text between', () => {
    const text = [
      '# Drehungen',
      '',
      '## Beispiel',
      '',
      '1. Die Koordinaten werden als Quaternion dargestellt $$',
      '  (x,y,z)\\quad\\leftrightarrow\\quad Q',
      '$$',
      '2. Für die Drehachsenrichtung ergibt sich der Vektor $$',
      '  e=(1, 0, 0)',
      '$$ Unter Berücksichtigung des Drehwinkels $\\varphi$ ergibt sich die Quaternion $$',
      '  Q_\\varphi=\\cos\\varphi + i',
      '$$',
      "3. Für das Bild $Q'$ ergibt sich somit $$",
      "  Q'=Q_\\varphi\\cdot Q",
      '$$',
      '',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks);
    assert.ok(!blocks.some((b) => b.kind === 'math' && /Unter Berücksichtigung/u.test(b.text)), JSON.stringify(blocks, null, 1));
  });
});

describe('a paragraph of labels and pictures taking turns', () => {
  it('is each run of lines a block of its own, in order: no label over a picture is a point with the picture in it', () => {
    const model = splitMarkdown('# A\n\n## Matrices\n\nExample 1:\n![](img/m1.png)\nExample 2:\n![](img/m2.png)\n');
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => `${b.kind}:${b.text}`),
      ['paragraph:Example 1:', 'image:![](img/m1.png)', 'paragraph:Example 2:', 'image:![](img/m2.png)'],
    );
  });
});

describe("a page without headings whose parts open with lines in HTML's bold", () => {
  it('takes those lines for its headings, as it takes lines in Markdown bold', () => {
    const part = (title: string): string => `<strong>${title}</strong>\n\nA paragraph of the part, long enough to be text of its own and say something.\n`;
    const model = splitMarkdown(['Opening words of the essay.', '', part('The response of the institute'), part('The flawed probability argument')].join('\n'));
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['The response of the institute', 'The flawed probability argument'],
    );
  });
});

describe("an essay's first line in bold, under its front matter's title, over its text", () => {
  it('is the subtitle, and its text the introduction', () => {
    const part = (title: string): string => `<strong>${title}</strong>\n\nA paragraph of the part, long enough to be text of its own and say something.\n`;
    const text = [
      '---',
      'title: The Evolution of a Protein',
      '---',
      '',
      part('A response to the institute (and others)'),
      part('The response'),
      part('The flawed argument'),
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.subtitle, 'A response to the institute (and others)');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['The response', 'The flawed argument'],
    );
    assert.equal(model.intro.length, 1);
    // A numbered one is a part.
    const numbered = splitMarkdown(text.replace('<strong>A response', '<strong>I. A response'));
    assert.equal(numbered.subtitle, null);
    // Nor is a question, a quiz's first (or a line that leads into what follows).
    const asked = splitMarkdown(text.replace('A response to the institute (and others)', 'What is latent crime?'));
    assert.equal(asked.subtitle, null);
    assert.equal(asked.sections[0]?.heading, 'What is latent crime?');
    // Nor a stem over the choices that complete it ("**Surveys will not work well:**" over a list).
    const stem = splitMarkdown(
      text.replace(
        '<strong>A response to the institute (and others)</strong>\n\nA paragraph',
        '**Surveys of victims will not work well:**\n\n- when asked\n- when not asked\n\nA paragraph',
      ),
    );
    assert.equal(stem.subtitle, null);
    assert.equal(stem.sections[0]?.heading, 'Surveys of victims will not work well');
  });
});

describe('a slide of a deck without a heading, opening with a short line over more', () => {
  it('is titled by that line, said once', () => {
    const deck = [
      '---',
      'marp: true',
      '---',
      '',
      '# Desire',
      '',
      'Text of the first slide.',
      '',
      '---',
      '',
      "Le mythe d'Aristophane",
      '',
      '![The myth](img/m.png)',
      '',
      '---',
      '',
      'A sentence that ends the way sentences do.',
      '',
      'More.',
    ].join('\n');
    const sections = splitMarkdown(deck).sections;
    const myth = sections.find((s) => s.heading === "Le mythe d'Aristophane");
    assert.deepEqual(
      myth?.blocks.map((b) => b.text),
      ['![The myth](img/m.png)'],
    );
    // A sentence is no title: the slide goes on under the one before.
    assert.ok(!sections.some((s) => s.heading.startsWith('A sentence')), sections.map((s) => s.heading).join(' | '));
  });
});

describe('a reveal.js talk cut into slides by rules, its one "#" heading a divider near its end', () => {
  it('is named by its cover, whose quoted speakers and date are the subtitle; the divider names no deck', () => {
    const slide = (heading: string, n: number): string => `## ${heading}\n\n* Point ${n} of the talk\n* Another point ${n}\n\n---\n`;
    const text = [
      '## Applied data protection and IT security',
      '',
      '<br>',
      '<br>',
      '',
      '> Dana Writer  ',
      '> Sam Speaker  ',
      '> [LABOR e.V.](https://example.org) Bochum',
      '',
      '<small> Villigst, 09.06.2019 </small>',
      '',
      '---',
      '',
      slide('Who we are', 1),
      slide('What to expect', 2),
      '# Questions?',
      '',
      '---',
      '',
      slide('Discussion', 3),
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Applied data protection and IT security');
    assert.match(model.subtitle ?? '', /^Dana Writer, Sam Speaker, \[LABOR e\.V\.\]\(https:\/\/example\.org\) Bochum · Villigst, 09\.06\.2019$/u);
    assert.ok(!model.sections.some((s) => /Applied data protection/u.test(s.heading)), model.sections.map((s) => s.heading).join(' | '));
  });
});

describe('a page with no headings whose parts are questions in bold over their choices (a quiz)', () => {
  it('is a part per question, long ones and stems that end on a colon over a list too', () => {
    const question = (q: string): string => `**${q}**\n\n- the first choice of the question\n- the second choice of the question\n- the third choice\n`;
    const text = [
      question('What is the main difference between registered and latent crime, as the surveys of the last decade describe it?'),
      question('Victimisation surveys will not work well:'),
      question('Short question?'),
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [
        'What is the main difference between registered and latent crime, as the surveys of the last decade describe it?',
        'Victimisation surveys will not work well',
        'Short question?',
      ],
    );
    // A label over a list in an essay's prose, "**Note:**", opens no part.
    const essay = splitMarkdown('**The first part**\n\nText of the part, a sentence.\n\n**Note:**\n\n- a point\n\n**The second part**\n\nMore text here.\n');
    assert.deepEqual(
      essay.sections.map((s) => s.heading),
      ['The first part', 'The second part'],
    );
  });
});

describe('lecture notes with rules between their exercises, one stretch between two rules holding two "#" parts', () => {
  it('are read by their headings, not as slides cut by the rules', () => {
    const code = (c: string): string => `\`\`\`asm\n${c}\n\`\`\``;
    const text = [
      '# Exercises',
      'Let `%edi` store 0x10. Will we jump in the following cases?',
      '',
      code('cmp $0x10,%edi\nje 40056f'),
      'Yes.',
      '',
      '----------',
      '',
      code('test $0x10,%edi\nje 40056f'),
      'No, not this time.',
      '',
      '----------',
      '',
      '# Loops',
      '',
      code('mov $0x0,%eax\njmp 0x40057a'),
      '',
      '----------',
      '',
      '## While loops',
      '',
      'The test comes first.',
      '',
      '# Set instructions',
      '',
      '- `set` instructions set a byte to 0 or 1',
      '',
      code('setle %al'),
      '',
      '# Conditional moves',
      '',
      '**cmovx** src,dst conditionally moves data in src to data in dst.',
      '',
      '----------',
      '',
      '# Practices',
      '',
      code('cmp %edi,%esi\nretq'),
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.filter((s) => s.level <= 2).map((s) => s.heading),
      ['Exercises', 'Loops', 'Set instructions', 'Conditional moves', 'Practices'],
    );
    assert.ok(model.sections.every((s) => s.explicit !== true));
  });

  it('while a talk whose one slide sets two columns under two "#" headings is still cut into slides', () => {
    const slide = (k: number): string => `# Topic ${k}\n\nA short point about topic ${k}.\n`;
    const text = [
      ...Array.from({ length: 10 }, (_, k) => slide(k + 1)),
      '<div class="grid grid-cols-2"><div>\n\n# Ref\n\nA ref holds a value.\n\n</div><div>\n\n# Reactive\n\nA reactive object is a proxy.\n\n</div></div>\n',
    ].join('\n---\n\n');
    assert.ok(splitMarkdown(text).sections.every((s) => s.explicit === true));
  });

  it('are slides where a heading stands in a slide\'s speaker notes (remark\'s "???"), not a second title of that slide', () => {
    const slide = (k: number): string => `### Step ${k}\n\nA short point about step ${k}.\n\n???\n\nSay a word about step ${k}.\n`;
    const text = [
      '# Remark\nA presentation about a presentation tool\n\n???\n\nHow I found it.\n',
      ...Array.from({ length: 6 }, (_, k) => slide(k + 1)),
      '# Keyboard shortcuts\n\n???\n\n# Here be some notes\n\nP opens the presenter view.\n',
      '# Pros\n\n- Free\n- Simple\n',
    ].join('\n---\n\n');
    const model = splitMarkdown(text);
    assert.ok(
      model.sections.every((s) => s.explicit === true),
      JSON.stringify(model.sections.map((s) => [s.heading, s.explicit])),
    );
  });

  it("are not slides where a fifth of the pieces hold a heading over three sub-headings (a lecture's sections between rules)", () => {
    const section = (k: number): string =>
      [
        `## ${k}. Topic ${k}`,
        '',
        `### What is topic ${k}?`,
        `Topic ${k} is a part of the course.`,
        '',
        '### Parts',
        '1. **First:** one part.',
        '2. **Second:** another.',
        '',
        '### States',
        '- **New:** created.',
        '- **Ready:** waiting.',
        '',
      ].join('\n');
    const text = ['# Operating systems notes', '', 'These notes cover the basics.', '', ...Array.from({ length: 8 }, (_, k) => section(k + 1))].join(
      '\n---\n\n',
    );
    const model = splitMarkdown(text);
    assert.ok(model.sections.every((s) => s.explicit !== true));
    assert.ok(
      model.sections.some((s) => s.heading === 'What is topic 3?'),
      model.sections.map((s) => s.heading).join(' | '),
    );
    // A talk whose slides each set a title over two columns' headings is still cut into slides.
    const talk = Array.from({ length: 8 }, (_, k) => `## Slide ${k}\n\n### Left\n\nA point.\n\n### Right\n\nAnother point.\n`).join('\n---\n\n');
    assert.ok(splitMarkdown(talk).sections.every((s) => s.explicit === true));
  });
});

describe('an angle bracket inside a quoted attribute', () => {
  it('is its entity, so no reading of the tag ends there: a Slidev heading is titled by its text, and code is left alone', () => {
    const deck = [
      '# Talk',
      '',
      '---',
      '',
      `<h1 v-click :class="$clicks > 0 && 'scale-150'">No!</h1>`,
      '',
      'Some text here.',
      '',
      '```html',
      '<p :class="a > b">x</p>',
      '```',
    ].join('\n');
    assert.equal(anglesInAttributes(deck).split('\n')[4], `<h1 v-click :class="$clicks &gt; 0 && 'scale-150'">No!</h1>`);
    assert.match(anglesInAttributes(deck), /<p :class="a > b">x<\/p>/u);
    const headings = splitMarkdown(deck).sections.map((s) => s.heading);
    assert.ok(headings.includes('No!'), headings.join(' | '));
  });
});

describe('a page wrapped in a right-to-left division, its own table of contents first', () => {
  it('is titled by its first heading, and its contents list, in Arabic, gives no slide', () => {
    const text = [
      '<div dir="rtl">',
      '',
      '# 🔄 كيف يعمل البرنامج؟',
      '',
      '## 📚 المحتويات',
      '',
      '1. المفهوم الأساسي',
      '2. أنواع التنفيذ',
      '3. الأخطاء الشائعة',
      '',
      '## 🎯 المفهوم الأساسي',
      '',
      'هو الترتيب الذي يتم به تنفيذ التعليمات داخل البرنامج.',
      '',
      '## 📊 أنواع التنفيذ',
      '',
      'التنفيذ التسلسلي والتنفيذ الشرطي.',
      '',
      '## ⚠️ الأخطاء الشائعة',
      '',
      'حلقة لا تنتهي.',
      '',
      '</div>',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, '🔄 كيف يعمل البرنامج؟');
    const titles = markdownSlides(text).map((s) => s.title);
    assert.ok(!titles.some((t) => t.includes('📚')), titles.join(' | '));
  });
});

describe("a page's one H1 under a line of its own", () => {
  it('titles the deck: a link to a task list over "# Phase 7: SQL"; a line of page links with escaped pipes is navigation', () => {
    const text = [
      '<div dir="rtl" align="justify">',
      '',
      '[The tasks of this phase as an issue template](issue-template-Phase07.md)',
      '',
      '# Phase 7: SQL',
      '',
      'In this phase you meet a relational database and its queries.',
      '',
      '## Introduction',
      '',
      'A database is a structured set of data.',
      '',
      '## Tables',
      '',
      'A table holds rows.',
    ].join('\n');
    assert.equal(splitMarkdown(text).title, 'Phase 7: SQL');
    // A long opening before it is the document's text: no title from a heading far down.
    const long = text.replace(
      '[The tasks of this phase as an issue template](issue-template-Phase07.md)',
      'This handout walks through installing the server, creating a database, and writing the first queries against it, step by step, with pictures of every window you will see on the way.',
    );
    assert.notEqual(splitMarkdown(long).title, 'Phase 7: SQL');
    const nav = splitMarkdown(
      '[Contents](../Contents.md) \\| [Previous (3.1 Scripting)](01_Script.md) \\| [Next (3.3 Errors)](03_Errors.md)\n\n# 3.2 More on Functions\n\nFunctions get a closer look.\n\n### Calling a Function\n\nConsider this function.\n\n### Default Arguments\n\nSome arguments are optional.\n',
    );
    assert.equal(nav.title, '3.2 More on Functions');
    assert.ok(
      nav.intro.every((b) => !b.text.includes('[Contents]') || b.folded === true),
      JSON.stringify(nav.intro),
    );
  });
});

describe("a heading's colon inside its closing bold", () => {
  it('goes, as a colon after the bold does: "### 1. **Non-Preemptive (Zorlayıcı Olmayan):**"', () => {
    const model = splitMarkdown(
      '# Scheduling\n\n## Kinds\n\n### 1. **Non-Preemptive (Zorlayıcı Olmayan):**\n\nA process keeps the CPU.\n\n### 2. **Preemptive**:\n\nThe CPU may be taken.\n\n### 3. **Ratio 2:1**\n\nText.\n',
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. **Non-Preemptive (Zorlayıcı Olmayan)**', '2. **Preemptive**', '3. **Ratio 2:1**'],
    );
  });
});

describe("a README's own top in a centred block: its name in an <h1>, its sections and their lists", () => {
  it('titles the deck by that name and keeps its sections; a sponsor banner of a picture, a heading and a link still folds', () => {
    const text = [
      '<div align="center">',
      '<h1>Data Structures</h1>',
      '',
      '![Data-Structures](https://example.org/banner.jpg)',
      '',
      '## Lecture notes',
      '',
      '[First teacher notes](https://example.org/a) || [Second teacher slides](https://example.org/b)',
      '',
      '## Topics',
      '',
      '<ul>',
      '  <li>',
      '',
      '[Linked List](https://example.org/1)',
      '',
      '  </li>',
      '  <li>',
      '',
      '[Stack](https://example.org/2)',
      '',
      '  </li>',
      '</ul>',
      '</div>',
      '',
      '### What is a data structure?',
      '',
      'The way data is laid out in memory is a data structure.',
      '',
      '# Many code examples here are quoted from elsewhere, with links in each folder.',
      '',
      '## Example code links',
      '',
      '- [One](https://example.org/x)',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Data Structures');
    assert.ok(
      model.sections.some((s) => s.heading === 'Topics'),
      model.sections.map((s) => s.heading).join(' | '),
    );
  });
});

describe("a footnote's mark in a heading", () => {
  it('shows in no title; the note stays in the notes', () => {
    const text =
      '# Scheduling: feedback queues[^Jo-Sehyun]\n\nText about queues.\n\n## Rules[^r]\n\nRule one.\n\n## More\n\nMore text.\n\n[^Jo-Sehyun]: Translated by Jo Sehyun.\n[^r]: From the book.\n';
    assert.equal(splitMarkdown(text).title, 'Scheduling: feedback queues');
    const slides = markdownSlides(text);
    assert.ok(
      slides.every((s) => !s.title.includes('[^')),
      slides.map((s) => s.title).join(' | '),
    );
    const notes = slides.map((s) => s.notes).join('\n');
    assert.match(notes, /Translated by Jo Sehyun\./u);
    assert.match(notes, /From the book\./u);
  });
});

describe('a heading in bold after its pictogram', () => {
  it('is titled without the bold, as a heading all in bold is: "## 🎯 **Goals of the week**"', () => {
    const model = splitMarkdown(
      '# Week 1\n\n## 🎯 **Goals of the week**\n\nLearn the basics.\n\n## 📚 **Part I: Concepts (60 minutes)**:\n\nAn algorithm is a recipe.\n\n## Plain **bold** inside\n\nText.\n',
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['🎯 Goals of the week', '📚 Part I: Concepts (60 minutes)', 'Plain **bold** inside'],
    );
  });
});

describe("a deck's slides with a style sheet of their own", () => {
  it('are weighed by the words they show, not their style rules nor a comment line: still slides', () => {
    const rule = (k: number): string =>
      `  .part-${k} { border: 2px solid gray; padding: 1rem; margin: 2rem auto; color: #555; font-style: italic; line-height: 1.5; }`;
    const style = ['<style>', '  h1 { @apply mb-0 -mt-1; }', ...Array.from({ length: 8 }, (_, k) => rule(k)), '</style>'].join('\n');
    const slide = (k: number): string =>
      `[//]: # "Slide Start {{{"\n\n# Topic ${k}\n\n${style}\n\n- A first short point about topic ${k}\n- A second short point about it\n\n[//]: # "Slide End }}}"\n`;
    const text = [
      '---\ntheme: default\n---\n\n# Operating Systems\n\n## CPU Scheduling\n\n<div class="container my-5">\n  &nbsp;\n</div>\n\n### A. Teacher\n',
      ...Array.from({ length: 8 }, (_, k) => slide(k + 1)),
    ].join('\n---\n\n');
    const model = splitMarkdown(text);
    assert.ok(
      model.sections.every((s) => s.explicit === true),
      JSON.stringify(model.sections.map((s) => [s.heading, s.explicit])),
    );
    assert.equal(model.title, 'Operating Systems');
    assert.match(model.subtitle ?? '', /CPU Scheduling/u);
  });
});

describe('a Slidev deck whose head matter sets "layout: cover"', () => {
  it('takes its first slide for the cover, titled as the slide shows it, whatever the page title in the head matter', () => {
    const text = [
      '---',
      'theme: academic',
      'layout: cover',
      'title: my-theme-demo',
      '---',
      '',
      '# Sorting in practice',
      '',
      '## A lecture on algorithms',
      '',
      '---',
      '',
      '# Insertion sort',
      '',
      '- Take each element in turn.',
      '',
      '---',
      '',
      '# Merge sort',
      '',
      '- Split, sort, merge.',
    ].join('\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Sorting in practice');
    assert.equal(model.subtitle, 'A lecture on algorithms');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Insertion sort', 'Merge sort'],
    );
  });
});

describe("a Marp deck's first slide that holds the deck's H1 over a sub-heading and a few short lines", () => {
  it('is the cover: the title, and the sub-heading and the lines as its subtitle, no slide of its own', () => {
    const slide = (k: number): string => `## Topic ${k}\n\n- A first point about topic ${k}\n- A second point about it\n`;
    const text = [
      [
        '---',
        'marp: true',
        'paginate: true',
        '---',
        '',
        '![center](logos/school.png)',
        '',
        '# Sorting in practice',
        '',
        '### Algorithms 101',
        '',
        'Ana Teacher',
        '`ana@example.org`',
        '',
        'Department of Computing, Example School',
      ].join('\n'),
      ...Array.from({ length: 6 }, (_, k) => slide(k + 1)),
    ].join('\n\n---\n\n');
    const model = splitMarkdown(text);
    assert.equal(model.title, 'Sorting in practice');
    assert.match(model.subtitle ?? '', /^Algorithms 101 · Ana Teacher/u);
    assert.equal(model.sections[0]?.heading, 'Topic 1');
  });
});

describe('a text written as one numbered list whose items are its parts', () => {
  const part = (title: string, k: number): string =>
    [
      `1. ${title}`,
      '',
      `    Paragraph one of part ${k} says what the part is about.`,
      '',
      `    Paragraph two of part ${k} goes on with it.`,
      '',
      '    ```sql',
      `    SELECT * FROM t${k};`,
      '    ```',
      '',
      `    Paragraph three of part ${k} ends it.`,
      '',
    ].join('\n');
  const text = [
    '# Phase 7: SQL',
    '',
    'In this phase you meet a relational database.',
    '',
    part('Introduction', 1),
    part('First concepts', 2),
    part('Creating a database', 3),
  ].join('\n');

  it('has a section per item, numbered as the list shows them, their text and code out of the items', () => {
    const model = splitMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Introduction', '2. First concepts', '3. Creating a database'],
    );
    const code = model.sections[1]?.blocks.find((b) => b.kind === 'code');
    assert.equal(code?.text, '```sql\nSELECT * FROM t2;\n```');
    assert.equal(outlineList(text).split('\n').length, text.split('\n').length);
  });

  it('leaves a list of points, or of steps with a line or two each, as a list', () => {
    const steps = [
      '# Setup',
      '',
      '1. Install the server',
      '',
      '    Run the installer.',
      '',
      '2. Create a user',
      '',
      '    Use the admin tool.',
      '',
      '3. Connect',
      '',
      '    Open the client.',
      '',
    ].join('\n');
    assert.equal(outlineList(steps), steps);
    const sentences = text.replace('1. Introduction', '1. We start with an introduction.');
    assert.equal(outlineList(sentences), sentences);
  });
});
