// scripts/stages/plan-deck.ts: sections to slides, examples of each rule and properties over random input;
// then lecture notes as lecturers write them (tests/fixtures/notes): the deck keeps the author's words and structure.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultFrame } from '../../scripts/stages/frame.ts';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { pairedStrong, planDeck, openingClause, withoutRepeatedTitle } from '../../scripts/stages/plan-deck.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { countWords, splitSentences } from '../../scripts/stages/sentences.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { bodyRoom, geometryFor, slideGeometry, titleHeight, visibleText } from '../../scripts/stages/text-size.ts';
import { writtenHeight } from '../../scripts/stages/units.ts';
import { codeSpans, everything, markdownSlides, plan, planOf, slidesShown, source } from './plans.ts';

describe('planDeck', () => {
  it('measures text for the slide frame it is given: a taller frame holds more lines of code a slide', () => {
    const code = Array.from({ length: 60 }, (_, i) => `let value${i} = compute(${i});`).join('\n');
    const model = splitMarkdown(`# Doc\n\n## Topic\n\nThe loop:\n\n\`\`\`js\n${code}\n\`\`\`\n`);
    const options = { file: 'a.md', fileName: 'a.md', format: 'markdown' as const };
    const count = (frame?: { width: number; height: number }): number =>
      planDeck(model, { ...options, frame }).value.slides.filter((s) => s.section === 'Topic').length;
    const wide = count();
    const tall = count({ width: 1280, height: 1440 });
    assert.ok(tall < wide, `1280x1440: ${tall} slides, 1280x720: ${wide}`);
    assert.equal(count(), wide, 'the frame of one plan does not stay for the next');
    assert.deepEqual(geometryFor({ width: 1024, height: 768 }), { ...geometryFor(defaultFrame), width: 848, bodyHeight: 644, slideHeight: 768 });
  });

  it("a box titled as its section ('## Lernziele' over a 'Lernziele' admonition) does not repeat the title as a point", () => {
    const text =
      '# Determinanten\n\n## Lernziele\n\n```{admonition} Lernziele\n:class: attention\n* Sie können die **Determinante** berechnen.\n* Sie kennen die Regel von Sarrus.\n```\n\n## Beispiel\n\n**Ein Beispiel**\n\nEin Satz.\n';
    const slides = markdownSlides(text);
    const goals = slides.find((s) => s.title === 'Lernziele');
    assert.doesNotMatch(goals?.body ?? '', /\*\*Lernziele\*\*/u);
    assert.match(goals?.body ?? '', /Sarrus/u);
    // A bold line that says something else stays.
    assert.match(slides.find((s) => s.title === 'Beispiel')?.body ?? '', /Ein Beispiel/u);
  });

  it('a formula displayed inside a list item counts as a picture, not as words: the lead-in keeps its list', () => {
    const item = (term: string, tex: string): string =>
      `- ${term}: related to the resistive elements in the circuit and depends\n  on resistance, temperature and bandwidth\n  \\begin{equation*}\n  ${tex}\n  \\end{equation*}\n  where $k$ is the Boltzmann constant, $T$ is the temperature in Kelvin, $R$ is\n  the resistance in Ohms and $BW$ is the bandwidth in Hertz.`;
    const text = `# Noise\n\n## Forms of noise\n\nThe forms of electrical noise we can characterize are:\n\n${item('Thermal noise', 'V_j = \\sqrt{4kT \\cdot R \\cdot BW}')}\n${item('Shot noise', 'I_s = \\sqrt{2q \\cdot I_d \\cdot BW}')}\n`;
    const slides = markdownSlides(text).filter((s) => s.section === 'Forms of noise');
    assert.match(slides[0]?.body ?? '', /characterize are:\n\n- Thermal noise/u, slides.map((s) => s.body).join('\n---\n'));
  });

  it('an agenda of long headings takes two pages of at most 60 words, numbered on', () => {
    const headings = Array.from({ length: 9 }, (_, i) => `Step ${i + 1}: Check for discontinuity in the running variable`);
    const text = `# Regression discontinuity\n\n${headings.map((h) => `## ${h}\n\nSome text.\n`).join('\n')}`;
    const slides = markdownSlides(text);
    const agenda = slides.filter((s) => s.layout === 'agenda');
    assert.equal(agenda.length, 2);
    for (const page of agenda) assert.ok(countWords(page.body.replace(/\]\([^)]*\)/gu, ']')) <= 60, page.body);
    assert.match(agenda[1]?.body ?? '', /^6\. \[Step 6/u);
  });

  it('lists a part that comes after sections of the level under it (a README\'s "##" sections, then one "#" part) with those sections, not its own', () => {
    const before = ['What is it?', 'Building', 'Running', 'Installing'];
    const under = ['server.h', 'server.c', 'networking.c', 'db.c', 'object.c', 'replication.c'];
    const text = `${before.map((h) => `## ${h}\n\nSome text about ${h}.\n`).join('\n')}\n# Internals\n\nHow the code is laid out.\n\n${under.map((h) => `## ${h}\n\nWhat ${h} holds.\n`).join('\n')}`;
    const slides = markdownSlides(text);
    const agenda = slides
      .filter((s) => s.layout === 'agenda')
      .map((s) => s.body)
      .join('\n');
    for (const h of [...before, 'Internals']) assert.match(agenda, new RegExp(`\\[${h.replace(/[?.]/gu, '\\$&')}\\]`, 'u'), agenda);
    for (const h of under) assert.doesNotMatch(agenda, new RegExp(`\\[${h.replace('.', '\\.')}\\]`, 'u'), agenda);
    // Every section keeps its slides.
    for (const h of under)
      assert.ok(
        slides.some((s) => s.title === h),
        h,
      );
  });

  it('lists topics one after another under one heading once, in the agenda and the summary', () => {
    const text = [
      '# Content\n\nWhat this lecture covers, in a few words of its own.',
      '# Combined Transformations\n\nOrder matters when transformations are combined.',
      '# Combined Transformations\n\nStart with two common concatenated transformations.',
      '# Combined Transformations\n\nMultiplying out the first example from right to left.',
      '# Articulated Structures\n\nA robot arm is a chain of links, each moved by the one before.',
    ].join('\n\n');
    const slides = markdownSlides(text);
    const agenda = slides.find((s) => s.layout === 'agenda')?.body ?? '';
    assert.equal(agenda.split('Combined Transformations').length, 2, agenda);
    assert.match(agenda, /Articulated Structures/u);
    const summary = slides.find((s) => s.layout === 'summary')?.body ?? '';
    assert.ok(summary.split('Combined Transformations').length <= 2, summary);
  });

  it('gives a document that opens with its own plan ("### Lecture plan" over its topics) no agenda of lectern\'s beside it', () => {
    const topics = ['Data types', 'Type classes', 'Instances', 'Laws'];
    const body = topics.map((t) => `## ${t}\n\nSome text about ${t.toLowerCase()} and why it matters.\n`).join('\n');
    const own = plan(splitMarkdown(`# Lecture 6\n### Lecture plan\n${topics.map((t) => `* ${t}`).join('\n')}\n\n${body}`), 'markdown').value.slides;
    assert.equal(own.filter((s) => s.layout === 'agenda').length, 0);
    assert.equal(own[1]?.title, 'Lecture plan');
    assert.match(own[1]?.body ?? '', /^- Data types/u);
    // A first section of that name that is prose, not a list of topics, leaves the agenda in place.
    const prose = plan(splitMarkdown(`# Lecture 6\n### Lecture plan\nWe start slowly and speed up later.\n\n${body}`), 'markdown').value.slides;
    assert.equal(prose.filter((s) => s.layout === 'agenda').length, 1);
  });

  it("a README under language links and a logo: its one heading (without its badge) is the title, its list of links to its sections the agenda's notes", () => {
    const text = [
      '[中文版](./README-zh.md)',
      '| [English](./README.md)',
      '| [Português](./README-pt.md)',
      '',
      '[<img src="./images/logo.png" width="180">](https://example.org/)',
      '',
      '# Project Guidelines &middot; [![PRs welcome](https://img.shields.io/badge/PRs-welcome-green.svg)](http://makeapullrequest.com)',
      '',
      '> For some, a new project is a walk in the park; for others, keeping it up is a nightmare.',
      '',
      '- [Git](#git)',
      '  - [Some Git rules](#some-git-rules)',
      '- [Documentation](#documentation)',
      '- [Environments](#environments)',
      '- [Testing](#testing)',
      '',
      ...['Git', 'Documentation', 'Environments', 'Testing'].flatMap((h) => [`## ${h}`, '', `Keep the ${h.toLowerCase()} simple and written down.`, '']),
    ].join('\n');
    const slides = markdownSlides(text);
    assert.equal(slides[0]?.title, 'Project Guidelines');
    const shown = slidesShown(slides);
    assert.doesNotMatch(shown, /shields\.io|\(#some-git-rules\)|\(#git\)/u);
    const agenda = slides.find((s) => s.layout === 'agenda');
    assert.match(agenda?.notes ?? '', /Some Git rules/u);
    // Badges linked by reference ("[![Tests](…/badge.svg)][3]") leave the heading too.
    const nvm = plan(
      splitMarkdown(
        '# Node Version Manager [![Tests](https://github.com/o/nvm/actions/workflows/tests.yml/badge.svg)][3] [![version](https://img.shields.io/badge/version-v1-yellow.svg)][4]\n\n## Intro\n\nIt installs node.\n\n## Usage\n\nRun it.\n\n[3]: https://github.com/o/nvm/actions\n[4]: https://github.com/o/nvm/releases\n',
      ),
      'markdown',
    ).value;
    assert.equal(nvm.slides[0]?.title, 'Node Version Manager');
    // A logo over "## Table of Contents": the logo names the deck, never the contents' heading.
    const guide = [
      '<p align="center">',
      '  <img src="https://example.org/logo.png" alt="bash logo"/>',
      '</p>',
      '',
      '## Table of Contents',
      '  1. [Basic Operations](#1-basic-operations)',
      '  2. [Shell Programming](#2-shell-programming)',
      '',
      '# 1. Basic Operations',
      '',
      'Files and text.',
      '',
      '# 2. Shell Programming',
      '',
      'Variables and loops.',
    ].join('\n');
    assert.equal(markdownSlides(guide)[0]?.title, 'bash');
  });

  it("a README whose logo is over its features' headings, a level below its parts: the logo's name is the title, not the file's", () => {
    const text = [
      '<p align="center">',
      '  <img src="doc/logo-header.svg" alt="bat - a cat clone with wings"><br>',
      '  A <i>cat(1)</i> clone with syntax highlighting and Git integration.',
      '</p>',
      '',
      '### Syntax highlighting',
      '',
      '`bat` supports syntax highlighting for a large number of languages.',
      '',
      '### Git integration',
      '',
      '`bat` communicates with `git` to show modifications.',
      '',
      '## How to use',
      '',
      'Display a single file on the terminal.',
      '',
      '## Installation',
      '',
      'Install it with your package manager.',
    ].join('\n');
    const deck = planDeck(splitMarkdown(text), { file: 'README.md', fileName: 'bat-readme.md', format: 'markdown' }).value;
    assert.equal(deck.slides[0]?.title, 'bat');
  });

  it("a cheat sheet's heading over short listings of its own is one slide of them, each under its name; a long one keeps its slide", () => {
    const text = [
      '# Go',
      '',
      '## Basic types',
      '',
      'Go has a few kinds of number and one kind of string.',
      '',
      '### Numbers',
      '',
      '#### Typical types',
      '',
      '```go',
      'num := 3          // int',
      'num := 3.         // float64',
      '```',
      '',
      '#### Other types',
      '',
      '```go',
      'var u uint = 7        // uint (unsigned)',
      '```',
      '',
      '### Loops',
      '',
      '```go',
      ...Array.from({ length: 30 }, (_, i) => `sum += ${i}`),
      '```',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    const numbers = slides.find((s) => s.title === 'Numbers');
    assert.match(
      numbers?.body ?? '',
      /^- \*\*Typical types\*\*\n {2}```go\n {2}num := 3 {10}\/\/ int\n[\s\S]*- \*\*Other types\*\*\n {2}```go\n {2}var u uint = 7/u,
    );
    assert.ok(!slides.some((s) => s.title === 'Typical types' || s.title === 'Other types'), slides.map((s) => s.title).join(' | '));
  });

  it('derives the title from the first sentence, not "Untitled"', () => {
    const result = plan(
      splitText(
        'The Treaty of Rome, signed in 1957, founded the EEC. Here are some reasons why it mattered:\n\nTrade: It opened markets.\n\nPeace: It bound rivals.',
      ),
    );
    assert.equal(result.value.meta.title, 'The Treaty of Rome');
    assert.equal(result.value.meta.subtitle, 'Why it mattered');
  });

  it('continues a long section over several slides, each titled by the term it opens with, never "(n/m)"', () => {
    const items = Array.from({ length: 14 }, (_, i) => `- **Term ${i + 1}**: a complete sentence that explains the term in some detail.`);
    const result = plan(splitMarkdown(`# Doc\n\n## Big Topic\n\n${items.join('\n')}\n\n## Small Topic\n\nOne line.`), 'markdown');
    const titles = result.value.slides.map((s) => s.title);
    const big = result.value.slides.filter((s) => s.section === 'Big Topic');
    assert.ok(big.length >= 3, titles.join(' | '));
    assert.equal(big[0]?.title, 'Big Topic');
    // A name of two words says what it is under its heading.
    for (const slide of big.slice(1)) assert.match(slide.title, /^Big Topic: Term \d+$/u);
    assert.ok(
      titles.every((t) => !/\(\d+\/\d+\)/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(titles.includes('Small Topic'));
    assert.equal(result.diagnostics[0]?.rule, 'section-split');
  });

  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,10}$/u);
  const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => `${w.join(' ')}.`.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));
  const heading = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  const doc = fc
    .tuple(paragraph, fc.array(fc.tuple(heading, paragraph), { maxLength: 8 }), fc.option(paragraph))
    .map(([intro, sections, summary]) => [intro, ...sections.map(([h, p]) => `${h}: ${p}`), ...(summary ? [`In summary, ${summary}`] : [])].join('\n\n'));

  it('packs a section for the room under its tallest title: "(cont.)" that wraps the title to a second line leaves less room', () => {
    const heading = 'Update of the state is asynchronous';
    assert.ok(titleHeight(`${heading} (cont.)`) > titleHeight(heading), 'the fixture needs a heading that "(cont.)" wraps');
    const code = (n: number): string => Array.from({ length: 12 }, (_, i) => `  console.log('step ${n}.${i}', left)`).join('\n');
    const steps = [1, 2, 3, 4].map((n) => `Let us add step ${n} to the event handler:\n\n\`\`\`js\n${code(n)}\n\`\`\``).join('\n\n');
    const model = splitMarkdown(`# Doc\n\n## ${heading}\n\n${steps}\n`);
    const slides = planDeck(model, { file: 'a.md', fileName: 'a.md', format: 'markdown' }).value.slides.filter((s) => s.section === heading);
    assert.ok(slides.length > 1);
    for (const slide of slides) {
      const blocks = splitMarkdown(`# T\n\n## T\n\n${slide.body}`).sections[0]?.blocks ?? [];
      assert.ok(writtenHeight(blocks) <= bodyRoom(slide.title), `${slide.id} ("${slide.title}"): ${writtenHeight(blocks)} px in ${bodyRoom(slide.title)}`);
    }
  });

  it('keeps the room a slide of code has under its own one-line title where another slide\'s "(cont.)" title takes two lines', () => {
    const heading = 'What happens when you call `spawn()`?';
    assert.ok(titleHeight(`${heading} (cont.)`) > titleHeight(heading), 'the fixture needs a heading that "(cont.)" wraps');
    const para = (n: number): string =>
      `Paragraph ${n} says a little about processes: each one runs on its own until it ends, and the parent waits for it in the meantime.`;
    const code = [
      '#include <stdio.h>',
      '#include <unistd.h>',
      '',
      'int main(void)',
      '{',
      '    puts("Before spawn()");',
      '',
      '    spawn();',
      '',
      '    puts("After spawn()");',
      '}',
    ];
    const text = `# Processes\n\n## ${heading}\n\n${[1, 2, 3].map(para).join('\n\n')}\n\nSounds odd? Here is a sample.\n\n\`\`\`c\n${code.join('\n')}\n\`\`\`\n\n${[4, 5, 6, 7].map(para).join('\n\n')}\n`;
    const slides = planDeck(splitMarkdown(text), { file: 'p.md', fileName: 'p.md', format: 'markdown' }).value.slides;
    const listing = slides.filter((s) => s.body.includes('```c'));
    assert.equal(listing.length, 1, listing.map((s) => s.body).join('\n---\n'));
    assert.ok(listing[0]?.body.includes(code.join('\n')), listing[0]?.body);
    assert.ok(titleHeight(listing[0]?.title ?? '') < titleHeight(`${heading} (cont.)`), listing[0]?.title);
    for (const slide of slides.filter((s) => s.section === heading)) {
      const blocks = splitMarkdown(`# T\n\n## T\n\n${slide.body}`).sections[0]?.blocks ?? [];
      assert.ok(writtenHeight(blocks) <= bodyRoom(slide.title), `${slide.id} ("${slide.title}"): ${writtenHeight(blocks)} px in ${bodyRoom(slide.title)}`);
    }
  });

  it("a part's one-line opening over many sub-sections is a divider that lists them under it, not a line alone on a slide", () => {
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
    const text = `# HTTP\n\n## Basics\n\nA request has a line and headers.\n\n## Methods\n\nThe request line names the method.\n\n${methods.map((m) => `### ${m}\n\nThe ${m} method is for one kind of request, and the server answers it in its own way.\n`).join('\n')}`;
    const slides = planDeck(splitMarkdown(text), { file: 'h.md', fileName: 'h.md', format: 'markdown' }).value.slides;
    const part = slides.find((s) => s.id === 'methods');
    assert.equal(part?.layout, 'divider');
    assert.match(part?.body ?? '', /^The request line names the method\.\n\n- GET\n- HEAD\n/u);
  });

  it('never throws, loses no sentence, keeps order, titles every slide, keeps to the budget', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const model = splitText(text);
        const result = plan(model);
        const notes = result.value.slides.map((s) => s.notes).join('\n');
        const source = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary].flatMap((b) => splitSentences(b.text));
        let from = 0;
        for (const s of source) {
          const at = notes.indexOf(s.replace(/([\\`*_[\]<>|~$])/gu, '\\$1'), from);
          assert.ok(at >= 0, `lost or moved: ${s}`);
          from = at;
        }
        for (const slide of result.value.slides) {
          assert.notEqual(slide.title.trim(), '');
          const points = slide.body.split('\n').filter((l) => /^(?:-|\d+\.) /u.test(l));
          if (slide.layout === 'section' && points.length > 1) {
            assert.ok(points.length <= 6, `${points.length} points`);
            assert.ok(countWords(points.join(' ')) <= 60, `${countWords(points.join(' '))} words on ${slide.title}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), (text) => {
        if (text.trim() === '') return;
        plan(splitText(text));
        plan(splitMarkdown(text), 'markdown');
      }),
      { numRuns: 200 },
    );
  });
});

describe("the author's words, untouched", () => {
  it('never changes a code span, and never capitalises one that opens a point', () => {
    const text = source('jekyll-lecture.md');
    const { plan } = planOf('jekyll-lecture.md');
    for (const slide of plan.slides)
      for (const code of codeSpans(slide.body)) assert.ok(text.includes(`\`${code}\``), `${slide.id}: \`${code}\` is not in the source`);
    assert.match(everything(plan), /^- `man find` shows/mu);
    assert.doesNotMatch(everything(plan), /`Man find`|…/u);
  });

  it('keeps list numbers and nesting as written', () => {
    const all = everything(planOf('jekyll-lecture.md').plan);
    assert.match(all, /^2\. Use `find`/mu, 'the exercises start at 2');
    assert.match(all, /^3\. Run it for real\.\n {3}- Check the result with `ls`\./mu, 'the sub-list stays under its item');
  });

  it('keeps each list item on a line of its own in the notes, whichever marker the author wrote', () => {
    for (const marker of ['*', '+', '-', '1)']) {
      const items = ['Easy to use, with a game inspired menu system.', 'Full mouse support in every box.', 'Fast and responsive UI.'];
      const text = `# Doc\n\n## Features\n\n${items.map((t) => `${marker} ${t}`).join('\n')}\n\n## Other\n\nSome text here.\n`;
      const slide = markdownSlides(text).find((s) => s.title === 'Features');
      const lines = slide?.notes.split('\n') ?? [];
      for (const item of items)
        assert.ok(
          lines.some((l) => l.endsWith(item)),
          `${marker}: "${item}" is not a line of its own in ${JSON.stringify(slide?.notes)}`,
        );
    }
  });

  it("keeps a diagram's lines and drops running page headers of a paginated text", () => {
    const all = everything(planOf('licence.txt').plan);
    assert.match(all, /\| {2}author {2}\| ----> \| {3}you {4}\|/u);
    assert.doesNotMatch(all, /\[Page \d\]/u);
  });
});

describe("the author's structure", () => {
  it('titles the deck by the first heading, makes several # parts the agenda, and sub-sections slides of their own', () => {
    const { plan } = planOf('multi-part-notes.md');
    assert.equal(plan.meta.title, 'Processes');
    const agenda = plan.slides.find((s) => s.layout === 'agenda');
    assert.deepEqual(
      [...(agenda?.body ?? '').matchAll(/\[(.+?)\]/gu)].map((m) => m[1]),
      ['Processes', 'Threads', 'Scheduling'],
    );
    assert.ok(
      plan.slides.some((s) => s.title === 'Process states'),
      'a ## section is a slide titled by its heading',
    );
  });

  it('lists the top level the document uses: "##" sections and a lone "#" part alike', () => {
    const agenda = planOf('jekyll-lecture.md').plan.slides.find((s) => s.layout === 'agenda');
    assert.match(agenda?.body ?? '', /Finding files/u);
    assert.match(agenda?.body ?? '', /Exercises/u);
  });

  it('reads numbered clauses of a plain-text licence as its headings', () => {
    const titles = planOf('licence.txt').plan.slides.map((s) => s.title.replace(/\\/gu, ''));
    assert.ok(
      titles.some((t) => t.includes('4. Termination')),
      titles.join(' | '),
    );
  });

  it('French notes get a French agenda and summary, and "En résumé" closes the talk', () => {
    const { model, plan } = planOf('notes-fr.txt');
    assert.equal(model.summary.length, 1);
    assert.ok(plan.slides.some((s) => s.layout === 'agenda' && s.title === 'Plan'));
    assert.ok(plan.slides.some((s) => s.layout === 'summary' && s.title === 'Résumé'));
  });

  it('a slide the author cut with --- stays as written, unless it could never fit: then it is planned, its notes kept', () => {
    const long = Array.from({ length: 12 }, (_, i) => `This is sentence number ${i + 1} of a long slide that the author wrote.`).join(' ');
    const text = `---\ntitle: Cut\n---\n\n# One\n\nShort slide.\n\n---\n\n# Two\n\n${long}\n\nNote: speak slowly\n\n---\n\n# Three\n\nAnother short one.\n`;
    const slides = markdownSlides(text);
    assert.equal(slides.find((s) => s.id === 'one')?.body, 'Short slide.');
    const two = slides.find((s) => s.id === 'two');
    assert.ok(two && two.body.length < long.length / 2, 'the long slide shows points, not its whole text');
    assert.match(two?.notes ?? '', /speak slowly/u);
    assert.match(two?.notes ?? '', /sentence number 12/u);
    // Over 60 words of prose, though it would fit the frame, is planned too.
    const items = Array.from({ length: 4 }, (_, i) => `- Item ${i + 1} is one of the four properties that every transaction must keep while it runs`).join(
      '\n',
    );
    const four = planDeck(splitMarkdown(`---\ntitle: Cut\n---\n\n# One\n\nShort.\n\n---\n\n# ACID\n\n${items}\n\n---\n\n# Three\n\nShort.\n`), {
      file: 'x.md',
      fileName: 'x.md',
      format: 'markdown',
    }).value.slides.find((s) => s.id === 'acid');
    assert.ok(four && four.body !== items, 'a slide of 68 words is not kept as written');
  });

  it('a slide cut with --- whose list holds code taller than a slide is planned, though it has few words', () => {
    const rows = (n: number, name: string): string => Array.from({ length: n }, (_, i) => `    ${name}_${i} | VALUE_${i} | OTHER_${i}`).join('\n');
    const item = (label: string, n: number): string => `- **${label}:**\n\n  - Split attributes:\n    \`\`\`sql\n${rows(n, label)}\n    \`\`\``;
    const piece = ['## Case study', '### From one form to the next', item('First', 5), item('Second', 5), item('Third', 4)].join('\n\n');
    const text = `# Notes\n\n---\n\n## Start\n\nShort slide.\n\n---\n\n${piece}\n\n---\n\n## End\n\nAnother short one.\n`;
    const slides = markdownSlides(text);
    const shown = slides.filter((s) => s.body.includes('VALUE_'));
    assert.ok(shown.length >= 2, shown.map((s) => s.body).join('\n---\n'));
    assert.equal(slides.find((s) => s.id === 'start')?.body, 'Short slide.');
  });

  it("a callout's heading that titles its slide is not repeated in bold over the quotation", () => {
    const text = [
      '# Pipes',
      '',
      '## Counting',
      '',
      'We count lines with `wc -l`, which prints a number for each file it is given:',
      '',
      '```',
      ...Array.from({ length: 9 }, (_, i) => `  ${10 + i}  file-${i}.pdb`),
      '```',
      '',
      "> ## Why Isn't It Doing Anything?",
      '>',
      '> What happens if a command is supposed to process a file, but we',
      "> don't give it a filename?",
      '{: .callout}',
      '',
      '## Sorting',
      '',
      'Sorting comes next.',
    ].join('\n');
    const slides = markdownSlides(text);
    const callout = slides.find((s) => s.body.includes('What happens if'));
    assert.ok(callout, slides.map((s) => s.body).join('\n---\n'));
    assert.equal(callout.title, "Why Isn't It Doing Anything?");
    assert.ok(!callout.body.includes("**Why Isn't"), callout.body);
    assert.match(callout.body, /^> What happens if/u);
  });

  it('a lead-in that cites a footnote still introduces the code after it, and names nothing as a folded box would', () => {
    const code = [
      '    torch.nn.Module(',
      ...Array.from({ length: 9 }, (_, i) => `      (${i}): Conv2d(1, 2, kernel_size=(3, 3), stride=(1, 1))`),
      '    )',
    ].join('\n');
    const text = [
      '# Networks',
      '',
      '## Game of Life',
      '',
      'The rules for a single cell only look at the cell and the four cells next to it.',
      '',
      'The network defined in PyTorch looks something like this[^1]:',
      '',
      code,
      '',
      'There are two kernels in the first layer.',
      '',
      '## Training',
      '',
      'It trains.',
      '',
      '[^1]: The full code is in the repository.',
    ].join('\n');
    const slides = markdownSlides(text);
    const withCode = slides.find((s) => s.body.includes('Conv2d'));
    assert.ok(withCode, slides.map((s) => s.body).join('\n---\n'));
    // Not a bullet: a lead-in over its code, on the same slide.
    assert.match(withCode.body, /^The network defined in PyTorch looks something like this/mu, withCode.body);
    assert.match(withCode.notes, /The full code is in the repository/u);
  });

  it('a bold label over a lead-in over code goes with them: the code does not leave both behind on the slide before', () => {
    const code = [
      '```sql',
      '-- step 1: take the money',
      'UPDATE accounts',
      'SET balance = balance - 500',
      "WHERE owner = 'Max';",
      '',
      '-- step 2: give it',
      'UPDATE accounts',
      'SET balance = balance + 500',
      "WHERE owner = 'Anna';",
      '```',
    ];
    const text = [
      '# Transactions',
      '',
      '## Why transactions?',
      '',
      'Without transactions a database can end up in **inconsistent states** that lead to serious problems later.',
      '',
      '**Money transfer without a transaction**',
      '',
      'Imagine that we transfer 500 euros from the account of Max Mustermann to the account of Anna Schmidt:',
      '',
      ...code,
      '',
      '**Problem: what happens when an error comes between the two steps?**',
      '',
      '- The money has left the first account',
      '- It never reached the second one',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Why transactions?');
    const withCode = slides.find((s) => s.body.includes('UPDATE accounts'));
    assert.ok(withCode, slides.map((s) => s.body).join('\n---\n'));
    assert.match(withCode.body, /Imagine that we transfer 500 euros/u, withCode.body);
    assert.equal(withCode.title, 'Money transfer without a transaction');
    for (const slide of slides) if (!slide.body.includes('UPDATE')) assert.doesNotMatch(slide.body, /Imagine that|Money transfer/u, slide.body);
  });

  it("the rest of a command's output in a terminal session is named by that command", () => {
    const output = Array.from({ length: 40 }, (_, i) => `Collecting package-${i} (from flask) and its files, downloaded from the index`);
    const text = [
      '# Lab',
      '',
      '## Step 1: install',
      '',
      'Install Flask:',
      '',
      '```console',
      '$ pip3 install flask',
      ...output,
      '```',
      '',
      '## Step 2',
      '',
      'Run it.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Step 1: install');
    assert.ok(slides.length >= 3, `${slides.length} slides`);
    for (const slide of slides.slice(1)) assert.match(slide.title, /`pip3 install flask` \(cont\.\)$/u, slide.title);
    // A long command by its program and the words before its first option: a title shows it on one line.
    const build = text.replace('$ pip3 install flask', '$ docker image build -t python-hello-world .');
    const built = markdownSlides(build).filter((s) => s.section === 'Step 1: install');
    for (const slide of built.slice(1)) assert.match(slide.title, /`docker image build` \(cont\.\)$/u, slide.title);
  });

  it('a Python session is named by the definition typed at its prompt and its output by the call that printed it, not by an import', () => {
    const rows = Array.from({ length: 36 }, (_, i) => `  theta[${i}]      ${(i / 3).toFixed(2)}      ${(i / 7).toFixed(2)}      1.00`);
    const text = [
      '# Guide',
      '',
      '## An example',
      '',
      'We define the model first and run it.',
      '',
      '```python',
      '>>> import numpyro',
      '>>> # The model',
      '... def eight_schools(J, sigma, y=None):',
      "...     mu = numpyro.sample('mu', dist.Normal(0, 5))",
      '',
      '>>> mcmc.print_summary()  # doctest: +SKIP',
      '',
      '                mean       std    r_hat',
      ...rows,
      '```',
      '',
      '## Next',
      '',
      'More text.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'An example');
    const titles = slides.map((s) => s.title);
    assert.ok(slides.length >= 3, titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('import')), titles.join(' | '));
    const output = slides.filter((s) => /theta\[3[0-5]\]/u.test(s.body) && !s.body.includes('print_summary'));
    assert.ok(output.length > 0, titles.join(' | '));
    for (const slide of output) assert.match(slide.title, /`mcmc\.print_summary\(\)` \(cont\.\)$/u, titles.join(' | '));
    // A long call is named by what it calls, as written: never a call the author did not write ("print()").
    const long = text.replace('mcmc.print_summary()', 'mcmc.print_summary(exclude_deterministic=False)');
    const longTitles = markdownSlides(long)
      .filter((s) => s.section === 'An example')
      .map((s) => s.title);
    assert.ok(
      longTitles.some((t) => /`mcmc\.print_summary` \(cont\.\)$/u.test(t)),
      longTitles.join(' | '),
    );
    for (const t of longTitles) for (const span of t.match(/`[^`]+`/gu) ?? []) assert.ok(long.includes(span.slice(1, -1)), span);
  });

  it('a paragraph that opens with its term in bold, a sentence of its own, shows the term with the next sentence as one point', () => {
    const paragraph = (term: string): string =>
      `**${term}**. I wanted to also add a few words on some of the potential downsides and failure modes of the whole thing. The PhD is a very specific kind of experience that deserves a large disclaimer for everyone. You will inevitably find yourself working very hard, especially before paper deadlines, and you need to be okay with that. I should clarify that this post is not about convincing anyone to do it at all. ${'Another sentence of the same paragraph says a little more about it. '.repeat(8)}`;
    const text = [
      '# Guide',
      '',
      '## Preliminaries',
      '',
      paragraph('The disclaimer'),
      '',
      paragraph('Getting in'),
      '',
      paragraph('Picking the school'),
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Preliminaries');
    const points = slides.flatMap((s) => s.body.split('\n').filter((l) => l.startsWith('- ')));
    for (const term of ['The disclaimer', 'Getting in', 'Picking the school']) {
      assert.ok(
        points.includes(`- **${term}**. I wanted to also add a few words on some of the potential downsides and failure modes of the whole thing.`),
        points.join('\n'),
      );
      assert.ok(!points.includes(`- **${term}**.`), points.join('\n'));
    }
  });

  it("a slide that opens with a short label in bold is titled by it, which leaves its body the label's room", () => {
    const text = [
      '# Transactions',
      '',
      '## Transactions in PostgreSQL',
      '',
      '- The `BEGIN` command starts a new transaction.',
      '- Let us look at a practical example again.',
      '',
      '**Commit a transaction**',
      '',
      'First we check the balances as they are:',
      '',
      '```sql',
      'SELECT owner, account, balance',
      'FROM accounts',
      "WHERE owner IN ('Max Mustermann', 'Anna Schmidt');",
      '```',
      '',
      '```output',
      '  owner          |      account           |  balance',
      '----------------+------------------------+---------',
      ' Max Mustermann | DE89370400440532013000 | 4500.00',
      ' Anna Schmidt   | DE89370400440532013001 | 3500.00',
      '(2 rows)',
      '```',
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Transactions in PostgreSQL');
    const labelled = slides.find((s) => s.title === 'Commit a transaction');
    assert.ok(labelled, slidesShown(slides));
    assert.match(labelled.body, /SELECT owner[\s\S]*\(2 rows\)/u, labelled.body);
    assert.doesNotMatch(labelled.body, /\*\*Commit a transaction\*\*/u);
  });

  it("an example's title in bold of up to twelve words is a label over what follows, not a point left on the slide before", () => {
    const text = [
      '# Missing values',
      '',
      '## Complete cases',
      '',
      'The impact that missing data will have on any subsequent analysis will depend on the proportion of the data points that are missing.',
      '',
      '**Deletion of Incomplete Records for the Husbands and Wives Data**',
      '',
      'Recall that the husbands and wives data contains 199 records, each corresponding to a husband-wife pair for which the following variables are recorded.',
      '',
      '| Variable | Meaning |',
      '| --- | --- |',
      ...['H.Age', 'H.Ht', 'W.Age', 'W.Ht', 'H.Age.Marriage', 'W.Age.Marriage', 'H.Edu'].map((v) => `| \`${v}\` | what ${v} measures, in its unit |`),
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Complete cases');
    const labelled = slides.find((s) => s.body.includes('Deletion of Incomplete Records'));
    assert.ok(labelled, slides.map((s) => s.body).join('\n---\n'));
    assert.match(labelled.body, /^\*\*Deletion of Incomplete Records for the Husbands and Wives Data\*\*\n\nRecall that/mu, labelled.body);
  });

  it("a box's paragraph shows the list it leads into only while the two stay within a slide's words", () => {
    const box = (items: string[]): string =>
      [
        '# Lab',
        '',
        '## Task 3',
        '',
        'Run the model with the parameters of your row.',
        '',
        '> [!NOTE]',
        '> Once several participants will have added their obtained values, a pattern will emerge in the initial orbital period-mass ratio diagram.',
        ...items.map((item) => `> - ${item}`),
        '> ',
        '> Discuss these questions with your group members.',
        '',
        '## Next',
        '',
        'Done.',
      ].join('\n');
    const long = [
      'Where do Case A, B, and C systems appear on the P–q diagram, and why?',
      'How does the initial mass ratio influence the stability of mass transfer, and why?',
      'Do you observe any other interesting patterns? What might be the reasons behind them?',
    ];
    const slides = plan(splitMarkdown(box(long)), 'markdown').value.slides.filter((s) => s.section === 'Task 3');
    const shown = slides.find((s) => s.body.includes('a pattern will emerge'));
    assert.ok(shown, slides.map((s) => s.body).join('\n---\n'));
    assert.ok(countWords(shown.body.replace(/^#.*$/mu, '')) <= 55, shown.body);
    assert.match(slides.map((s) => s.notes).join('\n'), /How does the initial mass ratio influence/u);
    // Short items still show with it.
    const short = plan(splitMarkdown(box(['Case A?', 'Case B?'])), 'markdown').value.slides.find((s) => s.body.includes('a pattern will emerge'));
    assert.match(short?.body ?? '', /Case B\?/u);
  });

  it('a connective alone as a label ("Specifically:", "In general:") names no slide', () => {
    const filler = Array.from({ length: 6 }, (_, i) => `- Point ${i} of the derivation, with enough words to take a line of its own here.`);
    for (const word of ['Specifically', 'In general', 'For example']) {
      const text = [
        '# Newton',
        '',
        '## Taylor series',
        '',
        ...filler,
        '',
        `${word}:`,
        '',
        '- First term: the value of the target function at the current point.',
        '- Second term: the gradient there.',
        '',
        '## Next',
        '',
        'Done.',
      ].join('\n');
      const titles = markdownSlides(text).map((s) => s.title);
      assert.ok(!titles.some((t) => t.endsWith(word)), titles.join(' | '));
    }
  });

  it("a table's caption over it names its slide, said once", () => {
    const table = (rows: string[]): string[] => ['| Name | Code | Town |', '| --- | --- | --- |', ...rows.map((r, i) => `| ${r} | C${i} | Roma |`)];
    const people = ['Rossi', 'Bianchi', 'Verdi', 'Neri', 'Russo', 'Ferrari'];
    const text = [
      '# Relational algebra',
      '',
      '## Projection',
      '',
      '- It is a unary operator.',
      '- It is represented by the symbol $\\pi$.',
      '',
      '$\\text{Customer}$',
      '',
      ...table(people),
      '',
      '$\\pi_\\text{Name}(\\text{Customer})$',
      '',
      ...table(people.slice(0, 5)),
      '',
      'Customers in Rome',
      '',
      ...table(people.slice(0, 4)),
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Projection');
    const titles = slides.map((s) => s.title);
    for (const caption of ['$\\text{Customer}$', '$\\pi_\\text{Name}(\\text{Customer})$', 'Customers in Rome']) {
      const slide = slides.find((s) => s.title.endsWith(caption));
      assert.ok(slide, titles.join(' | '));
      if (caption.startsWith('$')) assert.ok(!slide.body.startsWith(caption), slide.body);
    }
  });

  it('a label that is a link, over the quotation it introduces, names its slide by its text and is said once', () => {
    const url = 'https://news.example.com/2020/10/05/a-very-long-address-of-an-article-about-coolers-with-screens/';
    const text = [
      '# Essay',
      '',
      '## Cooler Screens',
      '',
      'Picture a grocery store aisle lined with coolers full of beverages and frozen foods, every one with a screen.',
      '',
      'The screens show advertisements to every shopper who walks down the aisle, whether they want them or not.',
      '',
      'The company raised eighty million dollars to put these screens into stores across the whole country last year.',
      '',
      'Every screen also watches the shopper in front of it, counting faces and guessing ages, so that the advertisements can change.',
      '',
      `[TechCrunch continues](${url}):`,
      '',
      '> The idea of replacing simple glass doors with electronic displays might seem unnecessary or even annoying.',
      '',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Cooler Screens');
    const quoted = slides.find((s) => s.body.includes('glass doors'));
    assert.ok(quoted, slides.map((s) => s.body).join(' | '));
    assert.match(quoted.title, /TechCrunch continues$/u);
    assert.doesNotMatch(quoted.title, /\]\(/u);
    assert.doesNotMatch(quoted.body, /TechCrunch continues/u);
    assert.ok(quoted.notes.includes(url), quoted.notes);
  });

  it('points with short inline formulas are planned as tall as their lines: four of two lines share a slide', () => {
    const item = (math: string): string =>
      `- Uniformly-distributed independently-thrown dice give outcomes ${math} equally-likely everywhere-and-always-consistently`;
    const text = [
      '# Dice',
      '',
      '## Outcomes',
      '',
      item('one and six'),
      item('$1, ..., 6$ and $X$'),
      item('$x^2$ and $y_i$'),
      item('$\\frac{a}{b}$ and $Y$'),
      '',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Outcomes');
    assert.equal(slides.length, 1, slides.map((s) => s.body).join(' | '));
  });

  it('a sentence that goes on after a displayed formula stays on its slide with it', () => {
    const text = [
      '# Tests',
      '',
      '## Score Tests',
      '',
      'Suppose we are interested in testing the hypotheses $H_0: \\theta = \\theta_0$ vs. $H_1: \\theta \\neq \\theta_0$. The score test is the hypothesis test that uses the score test statistic $\\lambda_S$,',
      '',
      '$$',
      '\\lambda_S = \\frac{\\left( \\frac{\\partial}{\\partial \\theta_0} \\log L(\\theta_0 \\mid x) \\right)^2}{I(\\theta_0)}',
      '$$',
      '',
      'as its test statistic. Note that the score test statistic depends *only* on the distribution of the estimator under the null hypothesis, rather than the maximum likelihood estimator. This is sometimes referred to as a test that requires only computation of a *restricted* estimator. The score test statistic is particularly useful when the MLE is on the boundary of the parameter space.',
      '',
      'Intuitively, if $\\theta_0$ is near the estimator that maximizes the log likelihood function, the derivative of the log likelihood function should be close to $0$. The score statistic standardizes this derivative by a measure of the variation of the estimator.',
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.section === 'Score Tests');
    const formula = slides.find((s) => s.body.includes('\\lambda_S = '));
    assert.ok(formula, slides.map((s) => s.body).join('\n---\n'));
    assert.match(formula.body, /as its test statistic/u, formula.body);
  });

  it("a folded box's summary that is all its slide shows names that slide", () => {
    // Code that fills its slide: the summary after it is all the next slide shows.
    const code = ['```ts', ...Array.from({ length: 12 }, (_, i) => `const step${i} = await run(${i}); // step ${i} of the effect`), '```'].join('\n');
    const text = [
      '# Hooks',
      '',
      '## useEffect',
      '',
      'An effect that returns nothing but a timer:',
      '',
      code,
      '',
      '<details><summary>Solution to the above example</summary>',
      '',
      code.replace(/step/gu, 'fixed'),
      '',
      '</details>',
      '',
      '## useRef',
      '',
      'A ref holds a value.',
    ].join('\n');
    const slides = markdownSlides(text);
    const cue = slides.find((s) => s.body.includes('Solution to the above example'));
    assert.ok(cue, slides.map((s) => `${s.title}: ${s.body}`).join('\n---\n'));
    assert.equal(cue.title, 'Solution to the above example', cue.body);
  });

  it("a folded box's summary is a point of its slide, never the title of what follows it (what it names is in the notes)", () => {
    const filler = ['We roll it many times:', '', '```r', ...Array.from({ length: 12 }, (_, i) => `roll_${i} <- sample(1:6, 1, prob = w)`), '```'].join('\n');
    const text = [
      '# Dice',
      '',
      '## Unfair die',
      '',
      filler,
      '',
      '<details><summary>Check your answer</summary>',
      '',
      'The answer is 3.5, as the sum shows.',
      '',
      '</details>',
      '',
      'Notice that the expected value was the same for both dice.',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const slides = markdownSlides(text);
    assert.ok(!slides.some((s) => s.title.includes('Check your answer')), slides.map((s) => s.title).join(' | '));
    const cue = slides.find((s) => s.body.includes('**Check your answer**'));
    assert.ok(cue, slides.map((s) => `${s.title}: ${s.body}`).join('\n---\n'));
    assert.match(cue.notes, /The answer is 3\.5/u);
    assert.doesNotMatch(slides.map((s) => s.body).join('\n'), /The answer is 3\.5/u);
  });

  it('prose without headings is titled from its prose: not from the cells of its tables nor the first line of its code', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `|DR-3 |-47.15|${700 + i}|MSK-4|`);
    const text = [
      'In order to submit our data to a web site that aggregates historical data, we need to combine the tables we keep.',
      '',
      'The SQL command to do this is a join, and joining two tables gives every combination of their records:',
      '',
      '~~~sql',
      'SELECT * FROM Site JOIN Visited;',
      '~~~',
      '',
      '|name |lat   |id   |site |',
      '|-----|------|-----|-----|',
      ...rows,
      '',
      'Since there are three records in one table and eight in the other, the output has many records that mean nothing at all.',
      '',
      ...Array.from({ length: 6 }, (_, i) => `Sentence number ${i} about combining the survey tables with care, one after another in the lesson text.`),
      '',
    ].join('\n');
    const titles = markdownSlides(text).map((s) => s.title);
    // (A part of the table may be named after its topic by its rows' first cells, "Three records: DR-3"; no topic is named by them.)
    assert.ok(!titles.some((t) => /^(?:DR-3|MSK-4)|SELECT|~~~/u.test(t)), titles.join(' | '));
  });

  it('prose without headings never ends a passage between a sentence that leads in and the code it introduces', () => {
    const paragraph = (i: number): string =>
      `Paragraph ${i} tells how the bakery sorts its loaves by weight and by colour, and why the baker keeps a ledger of each batch that leaves the oven in the morning.`;
    const text = [
      ...[1, 2, 3].map(paragraph),
      'First build the tray of loaves as a list, one name for each loaf. Assign it to a variable `tray`:',
      '```python\ntray = [\n    "rye",\n    "wheat",\n]\n```',
      ...[5, 6, 7, 8, 9, 10, 11, 12].map(paragraph),
    ].join('\n\n');
    const slides = markdownSlides(text);
    const withCode = slides.find((s) => s.body.includes('tray = ['));
    assert.ok(withCode, 'the code is on a slide');
    assert.match(withCode.body, /Assign it to a variable `tray`:/u);
  });

  it('prose without headings is not named by a word of its code spans ("True", "Cartesian 1.0 1.0")', () => {
    const text = Array.from({ length: 8 }, (_, i) =>
      [
        `The guard of case ${i} that evaluates to \`True\` is followed, and \`otherwise\` is defined to be \`True\` as well in the prelude.`,
        `Now we can write \`myPoint = Cartesian 1.0 1.0\` and match on \`Cartesian\` in the function of step ${i}, which the interpreter accepts.`,
        `Each such definition reads as a small equation about the values involved, and the compiler checks that it is well typed.`,
      ].join(' '),
    ).join('\n\n');
    const slides = markdownSlides(text);
    const titles = slides.filter((s) => s.layout === 'section').map((s) => s.title);
    assert.ok(titles.length > 1 && !titles.some((t) => /^(?:True|Cartesian)\b/u.test(t)), titles.join(' | '));
  });

  it("a recap of long headings (a FAQ's questions) holds as many as a slide's words allow, not six of any length", () => {
    const questions = Array.from({ length: 8 }, (_, i) => `## Why does the terminal freeze when I attach to session number ${i + 1} over a slow link?`);
    const text = ['# FAQ', ...questions.flatMap((q) => [q, 'Because the link is slow. Try a faster one.'])].join('\n\n');
    const recap = markdownSlides(text).find((s) => s.layout === 'summary');
    assert.ok(recap, 'a recap');
    const words = countWords(recap.body.replace(/[*-]/gu, ''));
    assert.ok(words > 0 && words <= 40, `${words} words: ${recap.body}`);
    assert.match(recap.notes, /session number 8/u);
  });

  it("an agenda page lists as many topics as its room takes (a FAQ's ten questions on two pages), and an agenda takes three pages at most", () => {
    const questions = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? `## How do I make key number ${i + 1} work in my editor?` : `## Why does the terminal freeze when I attach to session ${i + 1}?`,
    );
    const agendaOf = (asked: string[]) =>
      plan(splitMarkdown(['# FAQ', ...asked.flatMap((q) => [q, 'Because of the settings. Change them.'])].join('\n\n')), 'markdown').value.slides.filter(
        (s) => s.layout === 'agenda',
      );
    const ten = agendaOf(questions.slice(0, 10));
    assert.ok(ten.length >= 1 && ten.length <= 2, `${ten.length} agenda pages`);
    assert.ok(ten.every((page) => page.notes.split('; ').length >= 3));
    // Twenty such questions would take four pages or more: no agenda, the deck goes from its title to the first question.
    assert.equal(agendaOf(questions).length, 0);
    // Short headings: ten a page, as before.
    const short = ['# Talk', ...Array.from({ length: 20 }, (_, i) => `## Topic ${i + 1}\n\nWords about it here.`)].join('\n\n');
    assert.equal(
      planDeck(splitMarkdown(short), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides.filter((s) => s.layout === 'agenda').length,
      2,
    );
  });

  it('a long function is one listing on each slide, and a bold label over code ("**Example Usage:**") stays with it and names its slide', () => {
    const step = (k: number): string => `    # Step ${k} of the function, said in a comment.\n    value_${k}=$(( value_${k - 1} + ${k} ))`;
    const fn = [
      '```sh',
      'split() {',
      ...Array.from({ length: 10 }, (_, k) => step(k + 1))
        .join('\n\n')
        .split('\n'),
      '}',
      '```',
    ].join('\n');
    const usage = ['```shell', '$ split "a,b,c" ","', ...Array.from({ length: 11 }, (_, k) => `output line ${k}`), '```'].join('\n');
    const text = `# Bible\n\n## Split a string\n\nThis is an alternative to \`cut\`.\n\n**Example Function:**\n\n${fn}\n\n**Example Usage:**\n\n${usage}\n\n## Next\n\nMore words.\n`;
    const slides = markdownSlides(text).filter((s) => s.section === 'Split a string');
    // Each slide shows one listing of the function at most: its parts on one slide are joined, blank lines as written.
    for (const s of slides) assert.ok((s.body.match(/```sh/gu) ?? []).length <= 1, s.body);
    const shownFn = slides
      .map((s) => /```sh\n([\s\S]*?)\n```/u.exec(s.body)?.[1] ?? '')
      .filter(Boolean)
      .join('\n\n');
    assert.equal(shownFn, fn.split('\n').slice(1, -1).join('\n'));
    const label = slides.find((s) => s.body.includes('**Example Usage:**'));
    assert.ok(label?.body.includes('$ split "a,b,c" ","'), label?.body);
    assert.equal(label?.title, 'Split a string: Example Usage');
  });

  it("code in a list item is split for the room under the slide's own title, a long title leaving less", () => {
    const heading = 'A command line tool for accessing and experimenting with most of the functionality of the library';
    const code = ['  ```bash', ...Array.from({ length: 12 }, (_, k) => `  tool --step ${k} --model model.gguf`), '  ```'].join('\n');
    const text = `# Tool\n\n## ${heading}\n\n- Run in conversation mode\n\n${code}\n\n## Next\n\nMore words.\n`;
    const slides = markdownSlides(text).filter((s) => s.section === heading);
    for (const s of slides) {
      const rows = (s.body.match(/tool --step/gu) ?? []).length;
      assert.ok(rows * slideGeometry.codeLine <= bodyRoom(s.title), `${rows} lines under "${s.title}"`);
    }
  });

  it("an opening before the author's own Introduction section is named by the deck's title, not a second Introduction", () => {
    const text =
      '# Algorithms\n\n> *Programs are plans for later.* (A. Writer)\n\n## Introduction\n\nAn algorithm is a finite list of steps.\n\n## Loops\n\nA loop repeats its steps.\n';
    const titles = markdownSlides(text).map((s) => s.title);
    assert.equal(titles.filter((t) => t === 'Introduction').length, 1, titles.join(' | '));
    assert.ok(titles.includes('Algorithms') && titles.indexOf('Algorithms', 1) > 0, titles.join(' | '));
  });

  it('an opening followed by ### sections before the first ## is the introduction part, in that order: its text, then its sections', () => {
    const para = (i: number): string => `Paragraph ${i} of the opening says why scenes keep some objects when the game loads another scene.`;
    const text = `# Singletons\n\n${para(1)}\n\n${para(2)}\n\n### Static fields\n\nA static field has one value.\n\n### Properties\n\nA property guards a field.\n\n## Singleton class\n\nOne class for all.\n\n## Scenes\n\nScenes load.\n`;
    const slides = markdownSlides(text);
    const at = (pattern: RegExp): number => slides.findIndex((s) => pattern.test(`${s.title}\n${s.body}`));
    const opening = at(/Paragraph 1 of the opening/u);
    assert.ok(opening > 0, slides.map((s) => s.title).join(' | '));
    assert.equal(slides[opening]?.title, 'Introduction');
    assert.ok(opening < at(/^Static fields/u) && at(/^Static fields/u) < at(/^Singleton class/u), slides.map((s) => s.title).join(' | '));
    // No divider of the introduction after its own text.
    assert.ok(!slides.slice(opening + 1).some((s) => s.title === 'Introduction' && s.layout === 'divider'), slides.map((s) => s.title).join(' | '));
  });

  it('titles a slide by the first sentence of a heading written as several, and keeps the whole heading in its notes', () => {
    const heading = 'Note: there are now two snaps available: `btop` and `btop-desktop`. The desktop version is much larger and includes the desktop entries.';
    const text = `# Tool\n\n## Install\n\nUse a package.\n\n### ${heading}\n\n- Install the snap.\n- Connect the interface.\n\n## Use\n\nRun it.\n`;
    const slide = markdownSlides(text).find((s) => s.title.startsWith('Note: there are'));
    assert.equal(slide?.title, 'Note: there are now two snaps available: `btop` and `btop-desktop`');
    assert.ok(slide?.notes.startsWith(heading), slide?.notes);
    // The part's slide that lists or holds its sub-sections names it so too.
    for (const more of [
      '- Install the snap.',
      Array.from({ length: 6 }, (_, i) => `- Step ${i} of installing the snap takes a line of its own to say.`).join('\n'),
    ]) {
      const only = `# Tool\n\n## Install\n\n### ${heading}\n\n${more}\n\n### Build\n\n- Run make.\n\n## Use\n\nRun it.\n`;
      const part = markdownSlides(only).find((s) => s.title === 'Install');
      assert.match(part?.body ?? '', /Note: there are now two snaps available: `btop` and `btop-desktop`/u);
      assert.doesNotMatch(part?.body ?? '', /The desktop version/u);
    }
  });

  it('a paragraph of a few words all in bold over more text is a label, not a bullet, and stays with what follows it', () => {
    const para = (i: number): string => `Paragraph ${i} says something about optimism and about how people explain the things that happen to them.`;
    const text = [
      '# Essay',
      '',
      '## Optimism',
      '',
      para(1),
      '',
      para(2),
      '',
      para(3),
      '',
      '**Pause**',
      '',
      para(4),
      '',
      para(5),
      '',
      '## Next',
      '',
      'More words.',
    ].join('\n');
    const slides = markdownSlides(text);
    const body = slides.map((s) => s.body).join('\n\n');
    assert.doesNotMatch(body, /^- \*\*Pause\*\*$/mu);
    // It titles the slide it opens, or leads what follows it on the same slide.
    const at = slides.find((s) => s.title === 'Optimism: Pause' || s.body.includes('**Pause**'));
    assert.ok(at && (at.title === 'Optimism: Pause' ? at.body.startsWith('- Paragraph 4') : /\*\*Pause\*\*\n\n- Paragraph 4/u.test(at.body)), at?.body);
  });

  it("a continuation slide is not titled by a folded box's label, nor repeats its title's words as its first point", () => {
    const code = (k: number): string =>
      ['```java', ...Array.from({ length: 5 }, (_, i) => `Integer year${k}${i} = Integer.valueOf(${2010 + i}); // boxing ${i}`), '```'].join('\n');
    const box = '<details>\n<summary>Code description</summary>\n\nA variable `year` of type `Integer` is set to the value `2010`.\n\n</details>';
    const text = [
      '# Java',
      '',
      '## Autoboxing',
      '',
      'Since Java 5, the conversion between a primitive type and its class is automatic.',
      '',
      code(1),
      '',
      box,
      '',
      'Autoboxing also works in collections:',
      '',
      code(2),
      '',
      box,
      '',
      '![A diagram of autoboxing](./images/autoboxing.svg)',
      '',
      '## Next',
      '',
      'More words.',
    ].join('\n');
    const slides = markdownSlides(text);
    const repeated = slides.filter(
      (s) => / \(cont\.\)$/u.test(s.title) && s.body.startsWith(`- **${s.title.replace(/ \(cont\.\)$/u, '').replace(/^Autoboxing: /u, '')}**`),
    );
    assert.deepEqual(
      repeated.map((s) => s.title),
      [],
    );
    assert.ok(!slides.some((s) => s.title.includes('Code description')), slides.map((s) => s.title).join(' | '));
  });

  it('Japanese prose without headings is titled by the opening of each passage, not by a whole paragraph', () => {
    const paragraph = (i: number): string =>
      `一次情報にあたることは、アイデアの本質をとらえるために重要${i}。アイデアの本質とは、「それはどんな問題を解決しているのか」「どんなアプローチがあるのか」ということ。そのような本質は二次・三次情報と伝播するごとに薄まったり歪んだりするという。一次情報にあたるとそれがわかるのかは疑問だが、新しい技術にふれるときに、これらを理解しようと努めることは非常に大切だと思う。`;
    const quoted =
      '`アプレンティス` とは徒弟制度における徒弟の身分のこと。これになぞらえてパターンの説明をしたり徒弟制度の用語がでてきたりするが、あまりわかりやすくはない。そうする必然性があったのかは謎だった。';
    const text = [quoted, quoted, ...Array.from({ length: 8 }, (_, i) => paragraph(i))].join('\n\n');
    const slides = markdownSlides(text);
    const agenda = slides.filter((s) => s.layout === 'agenda');
    assert.ok(agenda.length >= 1 && agenda.length <= 2, agenda.map((s) => s.body).join('\n'));
    for (const page of agenda) assert.ok(countWords(page.body.replace(/\]\(#[^)]*\)/gu, ']')) <= 60, page.body);
    for (const slide of slides.filter((s) => s.layout !== 'title' && s.layout !== 'agenda')) assert.ok([...slide.title].length <= 30, slide.title);
  });

  it("lists the slides an author cut one after another under one title once in the agenda ('Nitro', 'Nitro')", () => {
    const slide = (title: string, i: number): string => `# ${title}\n\nPoint ${i} about ${title.toLowerCase()}, said in a few words.`;
    const titles = ['Intro', 'Nitro', 'Nitro', 'Database', 'Database', 'Auth', 'Deploy'];
    const text = `---\nmarp: true\n---\n\n${titles.map(slide).join('\n\n---\n\n')}\n`;
    const agenda = markdownSlides(text)
      .filter((s) => s.layout === 'agenda')
      .map((s) => s.body)
      .join('\n');
    const listed = [...agenda.matchAll(/^\d+\. \[([^\]]+)\]/gmu)].map((m) => m[1]);
    // (The first slide's title is the deck's.)
    assert.deepEqual(listed, ['Nitro', 'Database', 'Auth', 'Deploy']);
  });

  it('an item that shows nothing (icons of a component library) is no empty bullet', () => {
    const text =
      '# Talk\n\n## Links\n\n- <carbon-logo-youtube /> https://example.org/live\n- <carbon-logo-github /> <carbon-logo-twitter />\n- A last point\n\n## Next\n\nMore words here.\n';
    const links = markdownSlides(text).find((s) => s.title === 'Links');
    assert.equal(links?.body, '- https://example.org/live\n- A last point');
  });

  it('a one-section document gets no one-item agenda and no summary that repeats it', () => {
    const model = splitMarkdown('# Talk\n\n## Only part\n\nOne paragraph of text here. And another sentence.\n');
    const layouts = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides.map((s) => s.layout);
    assert.deepEqual(layouts, ['title', 'section']);
  });

  it('a section that says one short thing before its sub-sections previews them, instead of a slide with one point', () => {
    const text = [
      '# Systems',
      '## Hierarchy',
      'Users sit above applications, which sit above the kernel.',
      '### The shell',
      '- interprets the commands a user types at the prompt\n- starts programs and connects their input and output',
      '### The kernel',
      '- the core of the operating system that controls every task of the system and every device attached\n- loaded into memory at power-on and kept there until power-off, whatever else runs',
      '## Next topic',
      'Something else entirely, with enough words to stand on its own slide here.',
    ].join('\n\n');
    const slides = markdownSlides(text);
    const hierarchy = slides.find((s) => s.title === 'Hierarchy');
    assert.ok(hierarchy, slides.map((s) => s.title).join(' | '));
    assert.equal(hierarchy.body, 'Users sit above applications, which sit above the kernel.\n\n- The shell\n- The kernel');
    assert.ok(slides.some((s) => s.title === 'The shell') && slides.some((s) => s.title === 'The kernel'), 'the sub-sections keep their own slides');
  });

  it('previews five sub-sections under a line of two, where they fit the slide', () => {
    const subs = ['Making requests', 'Opening and closing clients', 'Streaming responses', 'Streaming requests', 'Explicit transport instances'];
    const text = [
      '# Async',
      '## API Differences',
      "If you're using an async client then there are a few bits of API that use async methods.",
      ...subs.map(
        (h) =>
          `### ${h}\n\nThe ${h.toLowerCase()} part works as the sync one does, with await before each call:\n\n\`\`\`python\nasync with Client() as client:\n    r = await client.get(url)\n    print(r)\n\`\`\``,
      ),
      '## Environments',
      'Something else entirely, with enough words to stand on its own slide here.',
    ].join('\n\n');
    const slides = markdownSlides(text);
    const differences = slides.find((s) => s.title === 'API Differences');
    assert.equal(
      differences?.body,
      `If you're using an async client then there are a few bits of API that use async methods.\n\n${subs.map((h) => `- ${h}`).join('\n')}`,
    );
  });

  it('never titles a slide "(n/m)", and keeps a lead-in sentence with its code', () => {
    for (const file of ['jekyll-lecture.md', 'multi-part-notes.md', 'book-chapter.md', 'licence.txt']) {
      for (const slide of planOf(file).plan.slides) {
        assert.doesNotMatch(slide.title, /\(\d+\/\d+\)/u, `${file}: ${slide.title}`);
        if (/write a loop:$/mu.test(slide.body)) assert.match(slide.body, /```bash/u, 'the lead-in lost its code');
      }
    }
  });
});

describe('a short section beside one with room', () => {
  it('shares its slide instead of standing alone with one point', () => {
    const doc = readDocument(
      'n.md',
      Buffer.from(
        '# Notes\n\n## Part one\n\nPart one opens with a word on what it covers.\n\n### Alpha\n\nAlpha has a first point that matters.\n\nAlpha has a second point, an example.\n\nAlpha has a third point, the cost.\n\nAlpha sums the others up.\n\n### Beta\n\nBeta is short.\n\n## Part two\n\nThe second part says one thing.\n\nAnd then it says another thing.\n',
      ),
    );
    const slides = planDeck(splitMarkdown(doc.text), { file: 'n.md', fileName: 'n.md', format: 'markdown', author: 'T' }).value.slides;
    const beta = slides.filter((s) => s.body.includes('Beta is short'));
    assert.equal(beta.length, 1);
    assert.ok(beta[0]?.body.includes('Alpha has a first point'), JSON.stringify(beta[0]));
    assert.ok(!slides.some((s) => s.title === 'Beta'), slides.map((s) => s.title).join(' | '));
  });

  it('takes in the short sub-section that opens it when the others are long and too many to list: no line alone over them', () => {
    const code = Array.from({ length: 14 }, (_, i) => `x_${i + 1} = layer_${i + 1}(x_${i})`).join('\n');
    const long = (name: string): string => `### ${name}\n\nThe network of this step has three hidden layers.\n\n\`\`\`python\n${code}\n\`\`\``;
    const children = ['Denoiser Architecture', 'Training and Sampling', 'Results: VAE vs. DDPM on Polymer Data'].map(long).join('\n\n');
    const text = `# Notes\n\n## 5. Before\n\nSome text before this part.\n\n## 6. Case Study: Bead-Spring Polymer DDPM\n\nThe bead-spring polymer from Lecture 3's VAE case study serves as a direct comparison point.\n\n### Setup\n\nThe data is identical to the VAE case study.\n\n${children}\n\n## 7. Next\n\nMore text.\n`;
    const slides = markdownSlides(text);
    const part = slides.find((s) => s.title.startsWith('6. Case Study'));
    assert.ok(part?.body.includes('The data is identical'), JSON.stringify(part));
    assert.ok(!slides.some((s) => s.title === 'Setup'), slides.map((s) => s.title).join(' | '));
  });
});

describe('the agenda', () => {
  const agendaOf = (headings: string[]): string => {
    const doc = `# Notes\n\n${headings.map((h) => `## ${h}\n\nSome text about ${h.toLowerCase()}.\n`).join('\n')}`;
    const slides = planDeck(splitMarkdown(doc), { file: 'n.md', fileName: 'n.md', format: 'markdown', author: 'T' }).value.slides;
    return slides.find((s) => s.layout === 'agenda')?.body ?? '';
  };

  it('numbers the topics, or leaves the numbering to the author where every topic has its own', () => {
    assert.match(agendaOf(['Intro', 'Methods', 'Results']), /^1\. \[Intro\]\(#\/intro\)\n2\. \[Methods\]/u);
    assert.match(agendaOf(['1. Intro', '2. Methods', '3. Results']), /^- \[1\. Intro\]\(#\/1-intro\)\n- \[2\. Methods\]/u);
    // One topic without a number: the agenda numbers them all.
    assert.match(agendaOf(['Preface', '1. Intro', '2. Methods']), /^1\. \[Preface\]/u);
  });

  it("lists topics without the deck's title where every one opens with it ('Notes: Pointers' under 'Notes'), else as written", () => {
    const body = agendaOf(['Notes: Pointers', 'Notes: Variables', 'Notes — Allocation with `malloc`']);
    assert.match(body, /^1\. \[Pointers\]\(#\/notes-pointers\)\n2\. \[Variables\]\(#\/notes-variables\)\n3\. \[Allocation with `malloc`\]/u);
    // One topic that does not: all as written.
    assert.match(agendaOf(['Notes: Pointers', 'Variables', 'Notes: Leaks']), /^1\. \[Notes: Pointers\]/u);
    // The slides keep the author's headings.
    const doc = '# Notes\n\n## Notes: Pointers\n\nText.\n\n## Notes: Leaks\n\nMore.\n';
    const titles = planDeck(splitMarkdown(doc), { file: 'n.md', fileName: 'n.md', format: 'markdown' }).value.slides.map((s) => s.title);
    assert.ok(titles.includes('Notes: Pointers'), titles.join(' | '));
  });

  it("lists a heading the author broke over lines ('Q2 – <br>Désirer') on one line, as its notes do", () => {
    const body = agendaOf(['Q2 – <br>Désirer, est-ce<br> souffrir ?', 'II – Épicure : <br/>Le simple plaisir']);
    assert.match(body, /^1\. \[Q2 – Désirer, est-ce souffrir \?\]\(#\/[^)]+\)\n2\. \[II – Épicure : Le simple plaisir\]/u);
  });
});

describe('a part whose one line takes in its first short sub-section', () => {
  it("takes the part's own id, which its slide planned first had claimed, not '-2'", () => {
    // (A how-to's settings chapter as plain text: its line, then short sub-sections of settings; the words are placeholders.)
    const text = [
      '1. Hair wire',
      '',
      'has a few cast deep, to holy oral:',
      '2. Bone wash meal fact',
      '',
      'Note: [3]belt card laid be a kill bowl to fill case',
      '',
      '11. Near knee',
      '',
      'Book them knee you laid nine to core (the text wire is fast):',
      'Pool poll the [5]Knee Oral',
      '',
      'Wire',
      '    Only city can be open note pure duty host of cell.',
      '',
      'City',
      '/SET use_gear_fill OFF',
      '',
      'Wash text',
      '/SET head',
      '',
      'List text',
      '/SET hero_door OFF',
      '',
      'Navy',
      '/SET full ON',
      '',
      'Head bomb',
      '/SET bomb_rich OFF',
      '',
      'For all the unit rock',
      'I sure film went only city, I sure film glad fill, I do film',
    ].join('\n');
    const ids = plan(splitText(text)).value.slides.map((s) => s.id);
    assert.ok(ids.includes('11-near-knee'), ids.join(' '));
    assert.ok(!ids.includes('11-near-knee-2'), ids.join(' '));
  });
});

describe('a part whose topics have no text yet', () => {
  it('shows its topics, as the author set them out, not its title alone', () => {
    const doc =
      '# Complexity\n\nText on complexity.\n\n# Complexity classes\n\n## P and NP\n\n## Reductions\n\n### Karp\n\n# Divide and conquer\n\nThe method splits a problem.\n';
    const slide = markdownSlides(doc).find((s) => s.title === 'Complexity classes');
    assert.equal(slide?.body, '- P and NP\n- Reductions\n  - Karp');
  });
});

describe('an essay without headings in another language than English', () => {
  it('names its passages by their names or their first words, never by a phrase read with English grammar', () => {
    const paragraph = (open: string, k: number): string =>
      `${open} La curiosité et l'ouverture d'esprit amènent une fascination pour les grands nombres, et l'ouverture d'esprit amènent des questions. ` +
      `Les enfants comptent les étoiles et le sable, encore et encore, pendant la leçon numéro ${k}. La curiosité et l'ouverture d'esprit amènent toujours plus loin. ` +
      `Les adultes répondent souvent que le sable ne peut pas être compté, mais les enfants ne les croient pas du tout.`;
    const doc = [
      paragraph('Commencons par une vieille plaisanterie : deux nobles se mettent au défi de donner le plus grand nombre.', 1),
      paragraph('La curiosité des enfants pour les grands nombres est ancienne et profonde.', 2),
      paragraph('Mais même si les ordinateurs ne comptent pas tout, ils comptent vite.', 3),
      paragraph('Les mathématiciens ont inventé des notations pour écrire des nombres immenses.', 4),
    ].join('\n\n');
    const titles = markdownSlides(doc).map((s) => s.title);
    assert.ok(!titles.some((t) => /amènent|vieille$/u.test(t)), titles.join(' | '));
    assert.ok(titles.includes('Commencons par une vieille plaisanterie'), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.startsWith('La curiosité des enfants')),
      titles.join(' | '),
    );
  });
});

describe('a key phrase of prose with HTML in it', () => {
  it('holds no half of a tag', () => {
    const para = (k: number): string =>
      `The <i>a priori</i> probability of the event is small, and the <i>a priori</i> probability decides the argument number ${k}. Critics say the <i>a priori</i> probability is not the point at all. Others reply that it is, and the debate goes on.`;
    const doc = [
      ...[0, 1, 2].map((k) => `Opening paragraph number ${k} about proteins in maize plants and their channels, with many words here.`),
      ...[0, 1, 2, 3, 4, 5].map(para),
    ].join('\n\n');
    const titles = markdownSlides(doc).map((s) => s.title);
    assert.ok(!titles.some((t) => /<\/?i>/u.test(t)), titles.join(' | '));
  });
});

describe('a list of works cited', () => {
  it("names its later slides by none of its authors' names: they go on with it", () => {
    const authors = ['Bond', 'Getty', 'Clark', 'Dunbar', 'Kashima', 'Hay', 'Giles', 'Slevc', 'James', 'Kegl', 'Bartlett', 'Branigan'];
    const entries = authors.map(
      (a, i) => `* ${a}, A., Bond, Z. S. (19${50 + i}). A study of speech perception in the ${a} corpus, part ${i + 1}. Journal of Phonetics, ${i + 2}, 1–30.`,
    );
    const doc = `# Speech\n\n## Perception\n\nBond and Getty studied how listeners hear words. Bond found more.\n\n## References\n\n${entries.join('\n')}\n`;
    const titles = markdownSlides(doc).map((s) => s.title);
    const cited = titles.filter((t) => t.startsWith('References'));
    assert.ok(cited.length >= 2, titles.join(' | '));
    assert.deepEqual(
      cited.slice(1),
      cited.slice(1).map(() => 'References (cont.)'),
      titles.join(' | '),
    );
  });
});

describe('the agenda of headings that are links', () => {
  it('lists a heading that is a link by its text, as one link to its slide', () => {
    const text =
      '# History\n\n## [Pre-lecture quiz](https://example.org/quiz/1)\n\nAnswer three questions.\n\n## Machines that think\n\nAlan Turing asked whether machines can think.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'h.md', fileName: 'h.md', format: 'markdown' }).value;
    const agenda = plan.slides.find((s) => s.layout === 'agenda')?.body ?? '';
    assert.match(agenda, /^1\. \[Pre-lecture quiz\]\(#\/pre-lecture-quiz\)$/mu);
    assert.doesNotMatch(agenda, /example\.org/u);
  });
});

describe('a part with many sub-sections', () => {
  it('lists on a divider no empty heading (a slide of a picture under "## &nbsp;") and a heading repeated over two slides once', () => {
    const text = [
      '# Deck',
      '',
      '# Building Models',
      '',
      '## &nbsp;',
      '',
      '![A contour plot](contour.png)',
      '',
      '## Random Search',
      '',
      'We search at random first, then look at the best ones.',
      '',
      '## Random Search',
      '',
      'The same search, drawn as a picture of its results.',
      '',
      '## Grid Search',
      '',
      'A grid searches the space of coefficients systematically.',
      '',
      '# Comparing Models',
      '',
      '## Which is better',
      '',
      'A model that explains more with fewer terms.',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    const divider = slides.find((s) => s.layout === 'divider' && s.title === 'Building Models');
    assert.equal(divider?.body, '- Random Search\n- Grid Search');
  });

  it('lists on its divider the sub-headings that fit in a slide of words, in order', () => {
    const heading = (n: number): string => `Sub-section ${n} on one of the many long topics that this part of the course covers`;
    const text = `# Course\n\nIntro line for the course.\n\n## The part\n\n${Array.from({ length: 8 }, (_, n) => `### ${heading(n + 1)}\n\nA sentence for sub-section ${n + 1}.\n`).join('\n')}\n## The end\n\nA closing line.\n`;
    const slides = planDeck(splitMarkdown(readDocument('p.md', Buffer.from(text)).text), { file: 'p.md', fileName: 'p.md', format: 'markdown', author: 'T' })
      .value.slides;
    const divider = slides.find((s) => s.layout === 'divider');
    const items = divider?.body.split('\n').map((l) => l.replace(/^- /u, '')) ?? [];
    assert.ok(items.length >= 1 && items.length < 8, divider?.body);
    assert.deepEqual(
      items,
      Array.from({ length: items.length }, (_, n) => heading(n + 1)),
    );
    assert.ok(items.join(' ').split(/\s+/u).length <= 40);
  });
});

describe('prose of one enormous word', () => {
  it('is planned without a pattern built from the word (titles of prose sections)', () => {
    for (const [file, text] of [
      ['a.md', `# T\n\n${'word'.repeat(25_000)}`],
      ['a.txt', `${'lorem'.repeat(20_000)} and ${'ipsum'.repeat(20_000)}.`],
    ] as const) {
      const doc = readDocument(file, Buffer.from(text));
      const model = doc.format === 'markdown' ? splitMarkdown(doc.text) : splitText(doc.text);
      const plan = planDeck(model, { file, fileName: file, format: doc.format }).value;
      assert.ok(plan.slides.length >= 1, file);
    }
  });
});

describe('a heading with nothing under it', () => {
  it('is no slide of a title alone, nor an agenda entry; one over sub-sections is their divider, and an empty slide cut with --- stays', () => {
    const text =
      '# Mocks\n\n## Methods\n\n<!-- the table of contents -->\n\n## Reference\n\n### `get()`\n\nReturns the value.\n\n### `set()`\n\nSets the value.\n\n## Types\n\nThe types are generic.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'm.md', fileName: 'm.md', format: 'markdown' }).value;
    assert.ok(!plan.slides.some((s) => s.title === 'Methods'), plan.slides.map((s) => s.title).join(' | '));
    assert.ok(!(plan.slides.find((s) => s.layout === 'agenda')?.body ?? '').includes('Methods'));
    assert.ok(plan.slides.some((s) => s.title === 'Reference'));
    const cut = planDeck(splitMarkdown('# Talk\n\n---\n\n## Part one\n\n---\n\n## Why\n\nBecause.\n\n---\n\n## How\n\nLike so.\n'), {
      file: 't.md',
      fileName: 't.md',
      format: 'markdown',
    }).value;
    assert.ok(
      cut.slides.some((s) => s.title === 'Part one'),
      cut.slides.map((s) => s.title).join(' | '),
    );
  });
});

describe("a document's own agenda after its colophon", () => {
  it('is its agenda: lectern adds none that would list it', () => {
    const text = [
      '# Unit 6: Transforms',
      '## Colophon',
      'A worksheet for this session is on the course site, and so are the notes as a web page.',
      '## Scope and Reading',
      'The material is based on the tenth chapter of the required reading.',
      '## Agenda',
      '- The discrete transform\n- Its properties\n- Sampling and windows\n- Exercises',
      '## The discrete transform',
      'A periodic and discrete time function has a periodic and discrete spectrum.',
      '## Its properties',
      'The transform is linear, and a shift in time is a turn of phase.',
    ].join('\n\n');
    const slides = markdownSlides(text);
    assert.equal(slides.filter((s) => s.layout === 'agenda').length, 0, slides.map((s) => `${s.layout}:${s.title}`).join(' | '));
    assert.equal(slides.filter((s) => s.title === 'Agenda').length, 1);
  });
});

describe('a deck the author cut into slides', () => {
  it("that opens with its own agenda gets no second one; a document without one gets lectern's", () => {
    const slides = (first: string): string =>
      [
        '# Normalization',
        '',
        '---',
        '',
        first,
        '',
        '* Why normalize',
        '* Functional dependency',
        '* Normal forms',
        '',
        '---',
        '',
        '## Anomalies',
        '',
        '- Redundancy',
        '',
        '---',
        '',
        '## Keys',
        '',
        '- A key',
        '',
      ].join('\n');
    const agendas = (text: string): string[] =>
      markdownSlides(text)
        .filter((s) => s.layout === 'agenda' || /^(?:Agenda|Outline)$/u.test(s.title))
        .map((s) => `${s.layout}:${s.title}`);
    assert.deepEqual(agendas(slides('### Agenda')), ['section:Agenda']);
    assert.deepEqual(agendas(slides('## Outline')), ['section:Outline']);
    assert.deepEqual(agendas(slides('## Topics today, and why')), ['agenda:Agenda']);
  });
});

describe('a Marp deck of one topic per slide', () => {
  it('gets no agenda of many pages: each of its twenty slides is a heading of its own', () => {
    const slides = Array.from({ length: 20 }, (_, i) => `# Topic ${i + 1}\n\n- Point ${i + 1}\n`).join('\n---\n\n');
    const built = plan(splitMarkdown(`---\nmarp: true\n---\n\n# Greedy\n\n---\n\n${slides}`), 'markdown').value.slides;
    assert.equal(built.filter((s) => s.layout === 'agenda').length, 0, built.map((s) => s.title).join(' | '));
    assert.ok(built.some((s) => s.title === 'Topic 20'));
  });
});

describe('a remark.js or reveal.js deck built as a document', () => {
  it("keeps remark's slide properties off the slides, and its '???' notes and reveal's lower-case 'note:' in the notes", () => {
    const text = [
      '',
      'class: center, middle',
      '',
      '# Presentation Ninja',
      '',
      '---',
      'class: inverse, center',
      'background-image: url(https://example.org/ninja.svg)',
      '',
      '# Get Started',
      '',
      '- Install the package',
      '',
      '???',
      'Image credit: Wikimedia Commons',
      '',
      '---',
      '',
      '## Keys',
      '',
      '- A key is minimal',
      '',
      'note:',
      'Two distinct tuples cannot agree on a key.',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    const body = slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(body, /class:|background-image|\?\?\?|Image credit|note:|Two distinct/u, body);
    const notes = slides.map((s) => s.notes).join('\n');
    assert.match(notes, /Image credit: Wikimedia Commons/u);
    assert.match(notes, /Two distinct tuples cannot agree on a key\./u);
  });
});

describe("an introduction that lists the document's own topics", () => {
  it('gives them to the agenda: no slide repeats the list, and its words are in the agenda notes', () => {
    const topics = ['Bubble sort', 'Insertion sort', 'Merge sort', 'Quick sort'];
    const text = [
      '# Sorting',
      '',
      'Sorting puts the items of a list in order, and many algorithms do it.',
      '',
      'In this article we cover the following topics:',
      ...topics.map((t) => `* ${t}`),
      '',
      ...topics.flatMap((t) => [`## ${t}`, '', `${t} is one way to sort a list, with its own cost.`, '']),
    ].join('\n');
    const slides = markdownSlides(text);
    const shown = slides.filter((s) => s.layout !== 'agenda').map((s) => s.body);
    assert.ok(!shown.some((b) => /following topics|Merge sort\n.*Quick sort/su.test(b)), shown.join('\n---\n'));
    const agenda = slides.find((s) => s.layout === 'agenda');
    assert.match(agenda?.notes ?? '', /In this article we cover the following topics:/u);
  });
});

describe('a plain-text FAQ that opens with the list of its questions', () => {
  it('gives that list to the agenda: no slides of it, its lines in the agenda notes', () => {
    const parts = [
      ['1 Getting started', ['1.1 What is the Commander?', '1.2 Does it run on my machine?']],
      ['2 Keyboard', ['2.1 Why do function keys not work?', '2.2 How do I change the key bindings?']],
      ['3 Mouse', ['3.1 How do I enable mouse support?', '3.2 How do I paste text with the mouse?']],
    ] as const;
    const toc = parts.flatMap(([part, questions]) => [`     * ${part}`, ...questions.map((q) => `          + ${q}`), '']);
    const body = parts.flatMap(([part, questions]) => [
      part,
      '',
      ...questions.flatMap((q) => [q, '', `The answer to "${q}" takes a sentence or two of plain explanation here.`, '']),
    ]);
    const text = ['GNU Commander', 'Frequently Asked Questions', '', ...toc, ...body].join('\n');
    const slides = plan(splitText(text)).value.slides;
    const shown = slides.filter((s) => s.layout !== 'agenda').map((s) => s.body);
    assert.ok(!shown.some((b) => /\+ 1\.1|\* 1 Getting started/u.test(b)), shown.join('\n---\n'));
    assert.match(slides.find((s) => s.layout === 'agenda')?.notes ?? '', /1\.2 Does it run on my machine\?/u);
    assert.ok(slides.some((s) => /Does it run on my machine/u.test(s.body)));
  });
});

describe("a notebook's setup cell over its first section", () => {
  it("takes no slide of its own (imports show nothing): it is the title slide's notes; code that does something does", () => {
    const doc = (cell: string[]): string =>
      [
        '# Secant Method',
        '',
        '```python',
        ...cell,
        '```',
        '',
        '## Quasi-Newton methods',
        '',
        'Newton needs the gradient.',
        '',
        '## Secant method',
        '',
        'Two starting values.',
      ].join('\n');
    const setup = plan(splitMarkdown(doc(['#%config InlineBackend.figure_format = "svg"', 'from pylab import *', 'import numpy as np'])), 'markdown').value;
    assert.deepEqual(
      setup.slides.map((s) => s.title),
      ['Secant Method', 'Agenda', 'Quasi-Newton methods', 'Secant method', 'Summary'],
    );
    assert.match(setup.slides[0]?.notes ?? '', /from pylab import \*/u);
    const work = plan(splitMarkdown(doc(['x = np.linspace(0, 1, 100)', 'plot(x, f(x))'])), 'markdown').value;
    assert.ok(
      work.slides.some((s) => s.body.includes('np.linspace')),
      work.slides.map((s) => s.title).join(' | '),
    );
  });
});

describe('an introduction that is a titled box', () => {
  it("is named by the box's title, not by a second 'Introduction' beside the author's own", () => {
    const text = [
      '# Redux Fundamentals',
      '',
      ":::tip What You'll Learn",
      '',
      '- Key terms and concepts for using Redux',
      '- How data flows through a Redux app',
      '',
      ':::',
      '',
      '## Introduction',
      '',
      'In part one we talked about what Redux is and why you might want to use it.',
      '',
      '## Background',
      '',
      'Some terms and concepts come first.',
      '',
    ].join('\n');
    const titles = markdownSlides(text).map((s) => s.title);
    assert.ok(titles.includes("What You'll Learn"), titles.join(' | '));
    assert.equal(titles.filter((t) => t === 'Introduction').length, 1, titles.join(' | '));
  });
});

describe('a manual page as text', () => {
  it('has its section lines as sections and its NAME line as the title, without its running head and foot', () => {
    const text = [
      'FROB(1)                    User Commands                    FROB(1)',
      '',
      'NAME',
      '       frob - turn widgets into gadgets',
      '',
      'SYNOPSIS',
      '       frob [OPTION]... [FILE]...',
      '',
      'DESCRIPTION',
      '       Frob reads each FILE and writes the gadget it makes of it. Widgets that cannot be frobbed are reported.',
      '       With no FILE, frob reads the standard input and writes the standard output.',
      '',
      'SEE ALSO',
      '       widget(7), gadget(7)',
      '',
      'frob 1.0                      March 2024                      FROB(1)',
    ].join('\n');
    const built = plan(splitText(text)).value;
    assert.equal(built.meta.title, 'frob - turn widgets into gadgets');
    const titles = built.slides.map((s) => s.title);
    for (const heading of ['SYNOPSIS', 'DESCRIPTION', 'SEE ALSO']) assert.ok(titles.includes(heading), titles.join(' | '));
    assert.ok(!built.slides.some((s) => /FROB\(1\)/u.test(`${s.title}\n${s.body}`)), titles.join(' | '));
  });

  it('written by hand, its sections set in by a tab and no running head, is one too', () => {
    const text = [
      '',
      'NAME',
      '\tfrob_widget - turns a widget into a gadget.',
      '',
      'SYNOPSIS',
      '\t#include "frob.h"',
      '',
      '\tint frob_widget(struct widget *w);',
      '',
      'DESCRIPTION',
      '\tTurn the widget at *w into a gadget, in place. Return 1 if it worked.',
      '',
      'The gadgets it makes are described below, with the widgets each comes from and the time each takes to make.',
    ].join('\n');
    const built = plan(splitText(text)).value;
    assert.equal(built.meta.title.replace(/\\/gu, ''), 'frob_widget - turns a widget into a gadget');
    assert.ok(!built.slides.some((s) => s.title.startsWith('NAME')), built.slides.map((s) => s.title).join(' | '));
  });
});

describe('a short deck written for Marp', () => {
  it('opens with its cover as the title slide (its notes the title notes) and ends where its author ended it', () => {
    const text = [
      '---',
      'marp: true',
      '---',
      '',
      '# Hello, I am a deck',
      '',
      'Write your talk in plain Markdown!',
      '',
      '<!-- Presenter notes go in comments. -->',
      '',
      '---',
      '',
      '## Watch and preview',
      '',
      'The command rebuilds the deck as you save.',
      '',
      '---',
      '',
      '## Export',
      '',
      'PDF, PNG and HTML.',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    assert.deepEqual(
      slides.map((s) => s.title),
      ['Hello, I am a deck', 'Agenda', 'Watch and preview', 'Export'].filter((t) => t !== 'Agenda' || slides.some((s) => s.layout === 'agenda')),
    );
    assert.match(slides[0]?.body ?? '', /^Write your talk in plain Markdown!/u);
    assert.equal(slides[0]?.notes, 'Presenter notes go in comments.');
    assert.ok(!slides.some((s) => s.layout === 'summary'), slides.map((s) => s.title).join(' | '));
  });
});

describe('headings inside a slide the author cut', () => {
  it('stay headings over their points, never bullets, in a slide planned from its blocks', () => {
    const code = Array.from({ length: 9 }, (_, i) => `let value${i} = ref(${i})`).join('\n');
    const text = [
      '# Composable Vue',
      '',
      '---',
      '',
      '# Ref',
      '',
      '```ts',
      code,
      '```',
      '',
      '### Pros',
      '',
      '- More explicit, with type checking',
      '- Less caveats',
      '',
      '### Cons',
      '',
      '- `.value`',
      '',
      '---',
      '',
      '# Reactive',
      '',
      '- Unwraps nested refs',
      '',
    ].join('\n');
    const bodies = markdownSlides(text).map((s) => s.body);
    assert.ok(!bodies.some((b) => /^- #+ /mu.test(b)), bodies.join('\n---\n'));
    assert.ok(
      bodies.some((b) => /^### Cons\n\n- `\.value`/mu.test(b)),
      bodies.join('\n---\n'),
    );
  });
});

describe('a slide named by the label over its list', () => {
  it('does not show the label again under its title', () => {
    const filler = ['```c', ...Array.from({ length: 14 }, (_, k) => `run_queue_step(${k});`), '```'].join('\n');
    const items = ['- SJF can be either', '- a new process may arrive while one runs', '- its burst may be shorter'].join('\n');
    const text = `# OS\n\n## Scheduling\n\n${filler}\n\nPreemptive vs Non-Preemptive\n${items}\n\n## Next\n\nMore.\n`;
    const slides = markdownSlides(text);
    const named = slides.find((s) => s.title === 'Preemptive vs Non-Preemptive');
    assert.ok(named, slides.map((s) => s.title).join(' | '));
    assert.ok(named.body.startsWith('- SJF can be either'), named.body);
  });

  it('nor a label with its colon that is the title itself', () => {
    const config = [
      '```conf',
      ...Array.from({ length: 9 }, (_, k) => `# The tag number ${k} of the settings file says what the tool reads first.`),
      'PREDEFINED = __cplusplus',
      '```',
    ].join('\n');
    const settings = ['Treat headers as C++', 'Extract private members', 'Warn about undocumented code'].map(
      (label) =>
        `**${label}:**\n\n- Explanation: the tool reads headers shared with C as C unless it is told otherwise, and drops what they define.\n\n${config}`,
    );
    const text = `# Notes\n\n## Settings\n\nThe settings file holds every option, each explained in a comment above it.\n\n${settings.join('\n\n')}\n\n## Next\n\nMore.\n`;
    const slides = markdownSlides(text);
    const labelled = slides.filter((s) => /^(?:Treat headers as C\+\+|Extract private members|Warn about undocumented code)$/u.test(s.title));
    assert.ok(labelled.length >= 2, slides.map((s) => s.title).join(' | '));
    for (const slide of labelled) assert.ok(!slide.body.startsWith(`**${slide.title}:**`), slide.body.slice(0, 80));
  });
});

describe('a title taken from inside a sentence', () => {
  it('drops strong emphasis it cut in two, and keeps what it holds whole', () => {
    // From "_Average **in Data you Have** Body Weight = k * Average i**n Data you Have** Brain Weight_".
    assert.equal(pairedStrong('Average i**n Data'), 'Average in Data');
    assert.equal(pairedStrong('The __big__ idea of **k**'), 'The __big__ idea of **k**');
    assert.equal(pairedStrong('A \\*\\* literal and **strong** word'), 'A \\*\\* literal and **strong** word');
  });
});

describe("a tab's label over its code, on a slide of its own", () => {
  it('is its title, however often the document repeats it, and is not shown again over the code', () => {
    // A tutorial's tabs, one per database, in three sections: their labels repeat, and the code names its file.
    const table = (name: string, columns: string[]): string[] => [`CREATE TABLE "${name}" (`, ...columns.map((c) => `  ${c},`), '  PRIMARY KEY ("id")', ');'];
    const code = [
      '```sql title="schema.sql"',
      ...table('users', ['"id" bigint', '"name" varchar NOT NULL']),
      '',
      ...table('repos', ['"id" bigint', '"name" varchar NOT NULL', '"note" varchar NULL', '"owner_id" bigint NOT NULL']),
      '```',
    ].join('\n');
    const tabs = ['PostgreSQL', 'MySQL', 'SQL Server'].map((engine) => `**${engine}**\n\n${code}`).join('\n\n');
    const section = (heading: string): string =>
      [
        `## ${heading}`,
        'Once the first migration is applied, we change the schema kept in `schema.sql` and ask the tool for a second migration, which brings the folder of migrations in line with the schema we want.',
        'We make **two changes** to the schema:',
        '- Add a `note` column to the `repos` table.\n- Add an `owner_id` column with a foreign key to the `users` table.',
        tabs,
      ].join('\n\n');
    const text = `# Migrations\n\n${['Creating', 'Generating', 'Applying'].map((verb) => section(`${verb} another migration`)).join('\n\n')}\n`;
    const slides = markdownSlides(text).filter((s) => s.layout === 'section');
    assert.ok(slides.filter((s) => s.title === 'PostgreSQL').length === 3, slides.map((s) => s.title).join(' | '));
    for (const slide of slides) assert.doesNotMatch(slide.body, /^\*\*(?:PostgreSQL|MySQL|SQL Server)\*\*/u, `${slide.id}, "${slide.title}"`);
  });
});

describe("a slide that opens with the rest of the last one's listing", () => {
  it('is not named by the label of what follows that rest', () => {
    // (Long enough that its last part is short, and shares its slide with what follows.)
    const long = ['```powershell', ...Array.from({ length: 27 }, (_, k) => `$ step-${k} --flag value-${k}`), '```'].join('\n');
    const text = `# Git\n\n## Repositories\n\nRun these:\n\n${long}\n\n**Linux**\n\n\`\`\`bash\n$ git init\n\`\`\`\n\n## Next\n\nMore.\n`;
    const slides = markdownSlides(text).filter((s) => s.section === 'Repositories');
    const rest = slides.find((s, i) => i > 0 && s.body.startsWith('```powershell') && s.body.includes('**Linux**'));
    assert.ok(rest, slides.map((s) => `${s.title}: ${s.body.slice(0, 30)}`).join(' | '));
    assert.doesNotMatch(rest.title, /Linux/u);
  });
});

describe('a page of prose whose paragraph breaks were lost', () => {
  it('is read as paragraphs of a couple of hundred words, each with its points and its own notes', () => {
    const topics = ['harbour', 'granary', 'ferry', 'mill', 'tannery', 'forge', 'quarry', 'orchard', 'bakery', 'brewery', 'market', 'chapel'];
    const sentences = topics.flatMap((t, k) => [
      `The ${t} of the old town was rebuilt in the year ${1800 + k} by the guild that had run it for a century.`,
      `Its accounts show how much the work cost, and who paid for the stone, the timber and the labour that it needed.`,
      `Visitors still ask about the ${t}, because the records of its rebuilding were kept in the town hall until the fire.`,
      `Nobody now living remembers the ${t} as it stood before, but drawings of it survive in two private collections.`,
    ]);
    const text = `A town rebuilt\n\n${sentences.join(' ').replace(/(.{60,70}) /gu, '$1\n')}\n`;
    const deck = plan(splitText(text));
    const content = deck.value.slides.filter((s) => s.layout === 'section');
    assert.ok(countWords(text) > 1000);
    assert.ok(content.length >= 4, `${content.length} slides`);
    // Every slide's notes hold a part of the text, not the whole of it again.
    for (const s of content) assert.ok(countWords(s.notes) < 600, `${s.id}: ${countWords(s.notes)} words of notes`);
    // Nothing is lost: each sentence is in some slide's notes.
    const notes = content.map((s) => s.notes.replace(/\s+/gu, ' ')).join(' ');
    for (const sentence of sentences) assert.ok(notes.includes(sentence), sentence);
    // The last topics are on slides too, not only in notes.
    assert.ok(
      content.some((s) => /brewery|market|chapel/u.test(s.body)),
      content.map((s) => s.body).join('\n---\n'),
    );
    // Its pieces are sections of their own, each named by what it is about, in an agenda: not one section of slides
    // titled "(cont.)".
    assert.ok(new Set(content.map((s) => s.section)).size >= 3, [...new Set(content.map((s) => s.section))].join(' | '));
  });
});

describe('a nested list cut between slides', () => {
  // The section's slides, a short section after it so that the list's last slide is not the deck's.
  const slidesOf = (lines: string[]) =>
    planDeck(splitMarkdown([...lines, '', '## Other', '', 'More.', ''].join('\n')), { file: 'g.md', fileName: 'g.md', format: 'markdown' }).value.slides;
  it("keeps the author's numbers and nesting: nested items that open a slide stand under their item's line again", () => {
    const nested = Array.from(
      { length: 7 },
      (_, k) => `      ${k + 1}. \`.rule${k}\` globs, which take precedence over the globs before them when there is a conflict between the two.`,
    );
    const written = [
      '# Guide',
      '',
      '## Filtering',
      '',
      'By default, ripgrep ignores all of the following:',
      '',
      '1. Files and directories that match glob patterns in these categories:',
      ...nested,
      '2. Hidden files and directories.',
      '3. Binary files.',
    ];
    const slides = slidesOf(written);
    const hidden = slides.find((s) => s.body.includes('Hidden files'));
    assert.ok(hidden, slides.map((s) => s.body).join('\n---\n'));
    // The item whose items open the slide is said again over them, and the outer list goes on at "2." under them, as the
    // author numbered and nested it.
    // (A blank line between: a list numbered from "6." cannot break into the item's paragraph, and would run on as its text.)
    assert.match(hidden.body, /^1\. Files and directories that match glob patterns in these categories:\n\n {3}\d\. `\.rule\d`/u, hidden.body);
    assert.match(hidden.body, /\n {3}\d\. `\.rule\d`[^\n]*\n2\. Hidden files/u, hidden.body);
    assert.ok(slides.length >= 4);
    // Every slide that goes on with the nested items says their item first.
    for (const slide of slides.filter((s) => /^ {3}\d\. `\.rule/mu.test(s.body)))
      assert.match(slide.body, /^(?:By default[^\n]*\n\n)?1\. Files and directories/u, slide.body);
  });
  it('shows an outer item that follows nested ones on a new slide as a list, not as an indented code block', () => {
    const deep = Array.from(
      { length: 9 },
      (_, k) => `      * Lower priority process ${k + 1} inherits the high priority until it is done with the resource it holds for now.`,
    );
    const written = [
      '# Operating systems',
      '',
      '## Scheduling',
      '',
      '* Priority scheduling',
      '  * Priority inversion',
      '    * Solution: priority inheritance',
      ...deep,
      '    * Mars Pathfinder',
      '      * Embedded controllers: watchdog timer',
      '      * VxWorks: preemptive priority scheduling',
      '  * Round-robin scheduling',
      '* Multilevel queues',
    ];
    const slides = slidesOf(written);
    const mars = slides.find((s) => s.body.includes('Mars Pathfinder'));
    assert.ok(mars, slides.map((s) => s.body).join('\n---\n'));
    assert.ok(!mars.body.trimStart().startsWith('* Mars') && !mars.body.trimStart().startsWith('- Mars'), 'the cut falls inside the nested items');
    // Every line of it is a list item of a list that starts at the margin: none is indented four spaces after a non-item (code).
    const lines = mars.body.split('\n');
    lines.forEach((line, k) => {
      if (/^ {4,}\S/u.test(line)) assert.match(lines[k - 1] ?? '', /^\s*[-*+] /u, mars.body);
    });
    assert.match(mars.body, /^- Mars Pathfinder$/mu, mars.body);
    assert.match(mars.body, /^ {2}- Embedded controllers: watchdog timer$/mu, mars.body);
  });
  it("shows a part of a nested item's code that opens a slide as code at the margin, its fences not shown as text", () => {
    const code = Array.from({ length: 30 }, (_, k) => `        int value${k} = compute(${k}, argc);${k % 6 === 5 ? '\n' : ''}`);
    const written = [
      '# Lab',
      '',
      '## Steps',
      '',
      '15. Create a C++ program in the repository.',
      '',
      '    * In your editor, create the file `program.cc`.',
      '    * Copy the following code into it',
      '',
      '        ```cpp',
      ...code,
      '        ```',
      '',
      '        * Add your name in the comments',
    ];
    const slides = slidesOf(written);
    const parts = slides.filter((s) => s.body.includes('compute('));
    assert.ok(parts.length >= 2, parts.map((s) => s.body).join('\n---\n'));
    for (const part of parts) {
      const first = part.body.trimStart();
      // A part under its item is in the list; one that opens a slide is a fence at the margin, its lines as written.
      if (!/^\d+\.|^[-*] /u.test(first)) {
        assert.match(first, /^```cpp\n/u, part.body);
        assert.match(part.body, /^int value\d+ = compute/mu, part.body);
        assert.doesNotMatch(part.body, /^ +```/mu, part.body);
      }
    }
    assert.ok(
      parts.some((s) => !/^\d+\.|^[-*] /u.test(s.body.trimStart())),
      'a part opens a slide',
    );
  });
});

describe('the text after a box in the introduction', () => {
  it('goes on under the introduction’s own name, not "Introduction" after slides named otherwise', () => {
    const para = (n: number): string =>
      `Paragraph ${n} of the lesson explains loops once more, with enough words in it to take a slide of its own in the deck, and then some more words.`;
    const text = [
      '---',
      'title: Loops',
      '---',
      '',
      para(1),
      '',
      para(2),
      '',
      '::: callout',
      '',
      '## Follow the Prompt',
      '',
      'The shell prompt changes from `$` to `>` and back again as we were typing in our loop.',
      '',
      ':::',
      '',
      para(3),
      '',
      para(4),
      '',
      '::: challenge',
      '',
      '## Write your own loop',
      '',
      'How would you write a loop that echoes all 10 numbers from 0 to 9?',
      '',
      ':::',
      '',
      para(5),
      '',
    ].join('\n');
    const { slides } = planSource(readDocument('loops.md', Buffer.from(text)), {
      file: 'loops.md',
      fileName: 'loops.md',
      format: 'markdown',
      author: 'T',
    }).plan;
    const opening = slides.find((s) => s.body.includes('Paragraph 1'))?.section;
    const resumed = slides.filter((s) => /Paragraph [345]/u.test(s.body)).map((s) => s.section);
    assert.ok(opening, slides.map((s) => s.title).join(' | '));
    assert.ok(resumed.length >= 2 && resumed.every((s) => s === opening), `${opening} | ${resumed.join(' | ')}`);
  });
});

describe('a part of one sub-section', () => {
  it('has no divider listing that one heading: its slides go under the part heading, the sub-section its label', () => {
    const items = (n: number): string => Array.from({ length: 4 }, (_, k) => `- Change number ${k + 1} of release ${n}, described in a few words`).join('\n');
    const text = ['# News', '', ...[3, 2, 1].flatMap((n) => [`## Release 1.${n}`, '', '### Improvements', '', items(n), '']), ''].join('\n');
    const slides = markdownSlides(text);
    assert.ok(!slides.some((s) => s.layout === 'divider'), slides.map((s) => `${s.layout}: ${s.title}`).join(' | '));
    const release = slides.find((s) => s.title === 'Release 1.3');
    assert.ok(release?.body.includes('Improvements') && release.body.includes('Change number 1 of release 3'), release?.body);
    // The agenda links each release to its slide.
    const agenda = slides.find((s) => s.layout === 'agenda');
    assert.match(agenda?.body ?? '', new RegExp(`\\(#/${release?.id}\\)`, 'u'));
  });
});

describe('short sections under one heading', () => {
  it('share a slide titled by that heading once, their points as they are ("Analogy", not "Analogy · Analogy")', () => {
    const text = [
      '# Part one',
      '',
      '## Analogy',
      '',
      'A photo of the whole project at every change.',
      '',
      'Long enough paragraph to make this section fill its own slide on the deck, with another sentence after it that keeps going for a while, and more words here to be sure of it. Then a third sentence that adds a little more to it.',
      '',
      '## Analogy',
      '',
      'Do these photos solve our problems?',
      '',
      '## Analogy',
      '',
      'For keeping the history, yes.',
      '',
      '## Analogy',
      '',
      'To work together we send photos by pigeon, one at a time, every evening after the work.',
      '',
      'Each photo I get is applied to my own version of the project.',
      '',
      'Each step I finish goes out as a photo of my progress.',
      '',
      '# Part two',
      '',
      '## Commit',
      '',
      'We commit.',
      '',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 'a.md', fileName: 'a.md', format: 'markdown', author: 'T' }).value.slides;
    assert.ok(!slides.some((s) => s.title.includes('·')), slides.map((s) => s.title).join(' | '));
    const shared = slides.find((s) => s.body.includes('Do these photos solve our problems?'));
    assert.equal(shared?.title, 'Analogy');
    assert.doesNotMatch(shared?.body ?? '', /\*\*Analogy\*\*/u);
  });
});

describe("a list item's own short list", () => {
  it('is not broken between slides where the item and its sub-list fit on one (no sub-item opens a slide as "4." at the first level)', () => {
    const step = (n: number, subs: string[]): string => `1. Step ${n} of the lab, done on the host machine\n${subs.map((t) => `    1. ${t}`).join('\n')}`;
    const text = [
      '# Lab',
      '',
      '## Activities',
      '',
      'The lab has these activities:',
      '',
      step(1, [
        'Install the host machine',
        'Create the workspace on the host',
        'Build the whole toolchain, the boot loader, the kernel and the root file system',
      ]),
      // (Forty words in all: more than a slide's budget, so its sub-list is planned item by item.)
      step(2, [
        'Set up the network between both machines',
        'Write the SD card for the target board',
        'Test the production setup from the SD card',
        'Test the development setup over the network share',
      ]),
      step(3, ['Build an application on the host', 'Start the application on the target']),
      step(4, ['Build the application', 'Build the root file system with it']),
      '',
      '## Next',
      '',
      'More.',
      '',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 'lab.md', fileName: 'lab.md', format: 'markdown', author: 'T' }).value.slides;
    const subs = [
      'Set up the network between both machines',
      'Write the SD card for the target board',
      'Test the production setup from the SD card',
      'Test the development setup over the network share',
    ];
    const holding = slides.filter((s) => subs.some((t) => s.body.includes(t)));
    assert.equal(holding.length, 1, slides.map((s) => `${s.title}: ${s.body}`).join('\n'));
    assert.ok(holding[0]?.body.includes('Step 2 of the lab'));
  });
});

describe('a short list of four items', () => {
  it('of five or more items of a few words each stays whole, though the sentence after it then stands alone', () => {
    const items = [
      'graph colouring;',
      'interval trees;',
      'tries for words that share a prefix (as a dictionary stores them);',
      'skip lists; and',
      'union-find.',
    ];
    const text = `# Structures\n\n## Overview\n\nThe chapter is about these ideas, each with its own section later on:\n\n${items.map((t) => `* ${t}`).join('\n')}\n\nWe may not reach all of them in the lecture itself, so read the rest at home.\n\n## Graph colouring\n\nColour the nodes.\n`;
    const doc = readDocument('structures.md', Buffer.from(text));
    const slides = planDeck(splitMarkdown(doc.text), { file: 'structures.md', fileName: 'structures.md', format: doc.format, author: 'T' }).value.slides;
    const holding = slides.filter((s) => items.some((item) => s.body.includes(item)));
    assert.equal(holding.length, 1, slides.map((s) => `${s.title}: ${s.body}`).join('\n'));
    assert.ok(items.every((item) => holding[0]?.body.includes(item)));
  });

  it('stays on one slide with the sentence that introduces it, after code that filled the slide before', () => {
    const code = Array.from({ length: 9 }, (_, i) => `update_state(&state_var, ${i});`).join('\n');
    const items = [
      'Always access your state under proper locking',
      'Always check your predicate before every call to cond_wait()',
      'Always call cond_wait() in a loop',
      'Always call cond_broadcast() inside of its associated lock',
    ];
    const text = `# Threads\n\n## Condition variables\n\nThe signaler thread updates the shared state and wakes the waiter:\n\n\`\`\`c\n${code}\n\`\`\`\n\nSome basic rules:\n\n${items.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n\nWe sometimes break the third rule and leave the retrying to the caller instead.\n`;
    const doc = readDocument('rules.md', Buffer.from(text));
    const slides = planDeck(splitMarkdown(doc.text), { file: 'rules.md', fileName: 'rules.md', format: doc.format, author: 'T' }).value.slides;
    const holding = slides.filter((s) => items.some((item) => s.body.includes(item)));
    assert.equal(holding.length, 1, slides.map((s) => `${s.title}: ${s.body}`).join('\n'));
    assert.ok(items.every((item) => holding[0]?.body.includes(item)));
  });

  it('stays whole with a long lead-in when the slide holds them within the hard limit of words ("on the one hand" … "on the other")', () => {
    const org = (name: string): string =>
      `${name} - ${name.slice(0, 3).toUpperCase()}, a public research body of a scientific and technical kind, whose seat is at 25 Long Street, in the capital.`;
    const text = [
      'LICENCE AGREEMENT',
      '',
      '    Notice',
      '',
      'This agreement is a free software licence that came out of a long discussion among its authors, so that two great principles would govern how it was written:',
      '',
      '  * on the one hand, respect for the principles of free software distribution: access to the source code, broad rights granted to users,',
      '  * on the other hand, the choice of a governing law, French law, with which it complies in full.',
      '',
      'The authors of the licence are:',
      '',
      ...['National Centre of Atomic Energy', 'National Centre of Scientific Research', 'National Institute of Computing and Automation'].flatMap((n) => [
        org(n),
        '',
      ]),
      '    Preamble',
      '',
      'This agreement is a free software licence.',
      '',
    ].join('\n');
    const doc = readDocument('licence.txt', Buffer.from(text));
    const slides = planDeck(splitText(doc.text), { file: 'licence.txt', fileName: 'licence.txt', format: doc.format, author: 'T' }).value.slides;
    const holding = slides.filter((s) => /on the one hand|on the other hand/u.test(s.body));
    assert.equal(holding.length, 1, slides.map((s) => `${s.title}: ${s.body}`).join('\n'));
  });
});

describe("an outline's item in bold over more items than a slide holds, pictures among them", () => {
  it('names the slides that go on with its items by it ("Class diagrams (cont.)"), not by the heading of the whole outline', () => {
    const plain = (n: number): string => `- Point ${n} of the outline says what a language of diagrams gives the people who build software.`;
    const node = (name: string): string[] => [
      `- ${name}`,
      `    - The ${name.toLowerCase()} shows the system as one kind of reader sees it.`,
      `    - For this, "${name.toLowerCase()}" diagrams are used.`,
    ];
    const sub = (n: number): string => `    - A class box holds its name, number ${n}, and lines between the boxes join them.`;
    const picture = (n: number): string => `    ![class-${n}](./img/class-${n}.png)`;
    const text = [
      '# Unified Modeling Language (UML)',
      ...Array.from({ length: 17 }, (_, k) => plain(k + 1)),
      '![overview](./img/overview.png)',
      ...[18, 19, 20].map(plain),
      ...['User view', 'Structural view', 'Behavioural view', 'Implementation view', 'Environment view'].flatMap(node),
      '- **Class diagrams**',
      ...[1, 2, 3, 4].map(sub),
      picture(1),
      picture(2),
      ...[5, 6].map(sub),
      picture(3),
      ...[7, 8, 9, 10].map(sub),
      picture(4),
      picture(5),
      '- **Object diagrams**',
      '    - They show objects and the links between them.',
      '',
      '# Next',
      '',
      'More text here.',
      '',
    ].join('\n');
    const titles = markdownSlides(text).map((s) => s.title);
    const after = titles.slice(titles.indexOf('Class diagrams') + 1, titles.indexOf('Object diagrams'));
    assert.ok(after.length >= 3, titles.join(' | '));
    assert.ok(
      after.every((t) => t === 'Class diagrams (cont.)'),
      titles.join(' | '),
    );
  });
});

describe('a page its front matter renders as slides, each heading a slide', () => {
  it('gets no agenda of its many slides, as a deck the author cut does not; the same page as a document does', () => {
    const slides = Array.from({ length: 12 }, (_, k) => `## Slide topic ${k + 1}\n\nThe point of slide ${k + 1}, said in a sentence of its own.\n`);
    const page = (front: string): string => `---\ntitle: Mixed models\n${front}---\n\n${slides.join('\n')}`;
    const layouts = (front: string): string[] => plan(splitMarkdown(page(front)), 'markdown').value.slides.map((s) => s.layout);
    assert.ok(!layouts('output: ioslides_presentation\n').includes('agenda'));
    assert.ok(!layouts('format:\n  clean-revealjs:\n    echo: true\n').includes('agenda'));
    assert.ok(layouts('output: html_document\n').includes('agenda'));
  });
});

describe("a step's picture and its caption, then the next step, on one slide", () => {
  it("keep the next step an item of its own, not a line of the caption's paragraph", () => {
    const text = [
      '# T',
      '',
      '## Accuracy',
      '',
      '1. **Task** Open the project.',
      '    It has two layers.',
      '',
      '![find coordinate](img/a.png)',
      '',
      '*Use of the identity tool to find coordinates.*',
      '',
      '2. **Task** Copy the coordinates into the spreadsheet.',
      '',
      '## Next',
      '',
      'More.',
      '',
    ].join('\n');
    const body = markdownSlides(text).find((s) => s.title === 'Accuracy')?.body;
    assert.match(body ?? '', /coordinates\.\*\n\n2\. \*\*Task\*\* Copy/u, body);
  });
});

describe("a sentence's opening as a title", () => {
  it('keeps a parenthesis the sentence closes at its end, and drops the stop after it', () => {
    assert.equal(openingClause('My weight (lb) over time (days).'), 'My weight (lb) over time (days)');
    assert.equal(openingClause('"The cost of a slide (in words)."'), 'The cost of a slide (in words)');
  });
  it('is none that points at a figure, a table or an equation ("In Fig. 4, we show…"): where, not what', () => {
    assert.equal(openingClause('In Fig. 4, we show trajectories through time for forty simulated loci drifting in a small population.'), null);
    assert.equal(openingClause('As Table 2 shows, the loci drift apart over the generations of a small population.'), null);
    assert.equal(openingClause('In the first generation, every individual is a heterozygote of two alleles at the locus.'), 'In the first generation');
  });
});

describe('an agenda under one section that holds all the others', () => {
  it('lists that section and the topics a level under it', () => {
    const para = (topic: string): string =>
      `${topic} is taught here with an example that takes a few sentences to explain. It runs long enough to be a paragraph of its own.`;
    const text = [
      '# Syntax Analysis',
      '',
      '## Learning Outcome',
      '',
      para('Parsing'),
      '',
      '### Bottom-up parsing',
      '',
      para('Shifting'),
      '',
      '### LR(0) Parsing',
      '',
      para('Items'),
      '',
      '### SLR parsing',
      '',
      para('Follow sets'),
      '',
      '#### SLR vs LR(1)',
      '',
      para('Lookahead'),
      '',
      '## Summary',
      '',
      'We have covered how to construct the parsing tables.',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 'p.md', fileName: 'p.md', format: 'markdown', author: 'T' }).value.slides;
    const agenda = slides.find((s) => s.layout === 'agenda');
    assert.ok(agenda, slides.map((s) => s.title).join(' | '));
    for (const topic of ['Learning Outcome', 'Bottom-up parsing', 'LR(0) Parsing', 'SLR parsing']) assert.ok(agenda.body.includes(topic), agenda.body);
  });

  it('lists topics a level under it that come before it first, in the order of the document, then the section', () => {
    const para = (topic: string): string =>
      `${topic} is explained here with an example that takes a few sentences. It runs long enough to be a paragraph of its own.`;
    const text = [
      'Batteries are everywhere, and this essay looks at how they work before it turns to what is new.',
      '',
      ...['Volts', 'Alkaline batteries', 'Lithium-ion batteries'].flatMap((t) => [`### ${t}`, '', para(t), '']),
      '## New technologies',
      '',
      ...['Solid-state batteries', 'Silicon anodes'].flatMap((t) => [`### ${t}`, '', para(t), '']),
      '## Summary',
      '',
      'All told, batteries improve.',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 'b.md', fileName: 'b.md', format: 'markdown', author: 'T' }).value.slides;
    const agenda = slides.find((s) => s.layout === 'agenda')?.body ?? '';
    const order = ['Volts', 'Alkaline batteries', 'Lithium-ion batteries', 'New technologies'].map((t) => agenda.indexOf(t));
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0))),
      agenda,
    );
  });
});

describe('prose without headings read as one passage', () => {
  it("is named by the deck's title, not by a name it mentions in passing", () => {
    const items = Array.from(
      { length: 40 },
      (_, i) =>
        `${i + 1}. ${i === 5 ? 'Think of the long Now and the Long Now of projects.' : `Thought number ${i + 1} says that a plan is worth only the work it makes people do together.`}`,
    );
    const text = `> For my colleagues, 2022\n\n${items.join('\n')}\n`;
    const slides = planDeck(splitMarkdown(text), { file: 'thoughts.md', fileName: 'thoughts-for-planners.md', format: 'markdown', author: 'T' }).value.slides;
    const content = slides.filter((s) => s.layout === 'section');
    assert.ok(content.length > 2, slides.map((s) => s.title).join(' | '));
    assert.ok(
      content.every((s) => s.title.startsWith('Thoughts For Planners')),
      content.map((s) => s.title).join(' | '),
    );
  });
});

describe("a long heading's later slides named by short titles", () => {
  it('are packed for the room their titles leave, not for a second line of title they never take', () => {
    const text = [
      '# Memory',
      '',
      '## Understanding the Code Segment (Lowest Layer) - A DIAGRAM OF MEMORY',
      '',
      'In the first lines of `main()`, we use the function pointers of C to get the address of the first byte of the code of `main()`, which is kept in the code segment of memory.',
      '',
      '* Declaring a variable as a pointer to a function,',
      '    => `int (*entry_ptr)(void);`',
      '',
      '        (i) `entry_ptr` is a variable that points to a function',
      '',
      '        (ii) and the function returns an integer && takes nothing',
      '',
      '        (iii) and it is called through the pointer like any function',
      '',
      "            => (`'int' in 'int main(void)) && (`(void)` at its end).",
      '',
      'What is printed is the first 64 bytes of the compiled code of `main()` as loaded in memory.',
      '',
      '## Checking the code',
      '',
      '* Use `objdump` to print what the program holds.',
      '',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 'm.md', fileName: 'm.md', format: 'markdown', author: 'T' }).value.slides;
    const printed = slides.find((s) => s.body.includes('What is printed'));
    assert.ok(printed?.body.includes('entry_ptr'), slides.map((s) => `${s.title}: ${s.body.slice(0, 60)}`).join('\n'));
  });
});

describe('a long paragraph alone on its slide', () => {
  it('shows two fifths of its words or less, its opening sentence first; a short one may show up to half', () => {
    const long = [
      'In the previous lecture, we discussed the laws of thermodynamics, which describe the behavior of large systems in terms of energy, work and heat.',
      'In this lecture, we will take a different approach to understanding thermodynamics by considering the behavior of the particles that make up a system.',
      'This approach is known as statistical thermodynamics.',
      'It gives a microscopic view of thermodynamic systems by considering the distribution of particles over energy states.',
      'From it we derive macroscopic properties such as temperature, pressure and entropy.',
    ].join(' ');
    const shown = (paragraph: string): { slide: number; notes: number } => {
      const deck = plan(
        splitMarkdown(`# Thermodynamics\n\n## Introduction\n\n${paragraph}\n\n## Microstates\n\nA microstate is one arrangement of the particles.\n`),
        'markdown',
      ).value;
      const slide = deck.slides.find((s) => s.title === 'Introduction');
      return { slide: countWords(slide?.body.replace(/^- /gmu, '') ?? ''), notes: countWords(paragraph) };
    };
    const words = shown(long);
    assert.ok(words.notes >= 80, `${words.notes}`);
    assert.ok(words.slide > 0 && words.slide <= 0.42 * words.notes, `${words.slide} of ${words.notes}`);
  });
});

describe("a README's line of languages under a pictogram, in emphasis", () => {
  it('is its navigation: the one heading under it titles the deck', () => {
    const text = [
      '🌍',
      '*[Čeština](README-cs.md) ∙ [Deutsch](README-de.md) ∙ [English](README.md) ∙ [Español](README-es.md)*',
      '',
      '',
      '# The Art of the Shell',
      '',
      'Fluency on the command line is a skill often neglected, and it is worth learning well.',
      '',
      ...['Meta', 'Basics', 'Everyday use'].flatMap((h) => [`## ${h}`, '', `Keep the ${h.toLowerCase()} simple and written down.`, '']),
    ].join('\n');
    const slides = markdownSlides(text);
    assert.equal(slides[0]?.title, 'The Art of the Shell');
    assert.ok(!slides.slice(1).some((s) => s.body.includes('Deutsch')), slides.map((s) => `${s.title}: ${s.body}`).join('\n'));
  });
});

describe("a page's links under its title, to its other language and back home", () => {
  it('make no introduction slide: they are the site’s, and go to the title slide’s notes', () => {
    const text = [
      '## CSC148 Midterm Review',
      '',
      '[点击这里查看中文版](./zh/review.md)',
      '',
      '[Back to the home page](../README.md)',
      '',
      ...['Memory Model', 'Object-Oriented Programming', 'Exceptions'].flatMap((h) => [
        `### ${h}`,
        '',
        `- ${h} is a topic of the midterm, with its own rules to learn.`,
        '',
      ]),
    ].join('\n');
    const slides = markdownSlides(text);
    assert.equal(slides[0]?.title, 'CSC148 Midterm Review');
    assert.ok(!slides.some((s) => s.title === 'Introduction'), slides.map((s) => s.title).join(' | '));
    assert.ok(!slides.some((s) => s.body.includes('home page')), slides.map((s) => s.body).join('\n---\n'));
    assert.match(slides[0]?.notes ?? '', /Back to the home page/u);
  });
});

describe('a heading that names a table of contents over nothing but sections', () => {
  it('is no part of the talk: its sections are the agenda, a level up', () => {
    const text = [
      '# What happens when you press a key',
      '',
      'This page tries to answer an old interview question in as much detail as it can.',
      '',
      '## Table of Contents',
      '',
      '### The key is pressed',
      '',
      'The keyboard sends a signal when the key reaches the bottom of its travel.',
      '',
      '### The interrupt fires',
      '',
      'The keyboard controller raises an interrupt that the kernel handles.',
      '',
      '### The browser parses the address',
      '',
      'The browser decides whether the text is an address or a search term.',
      '',
    ].join('\n');
    const deck = plan(splitMarkdown(text), 'markdown').value;
    assert.ok(!deck.slides.some((s) => s.title === 'Table of Contents'), deck.slides.map((s) => s.title).join(' | '));
    assert.ok(!deck.slides.some((s) => s.layout === 'divider'), deck.slides.map((s) => `${s.layout}:${s.title}`).join(' | '));
    const agenda = deck.slides.find((s) => s.layout === 'agenda');
    assert.match(agenda?.notes ?? '', /The key is pressed; The interrupt fires; The browser parses the address/u);
  });
});

describe('short sub-sections of a quotation', () => {
  it('share a slide with their short siblings: "### 13. Q&A" over "> Participants ask questions." is no slide alone', () => {
    const text =
      '# Workshop\n\n## Part one\n\nThe part opens here with a line.\n\n### 11. Summary\n\n> Recap what was learned today, in two minutes.\n\n### 12. Licences\n\n> A note on licences and citation.\n\n### 13. Q&A\n\n> Participants ask questions.\n\n## Part two\n\nThe second part says one thing.\n';
    const slides = markdownSlides(text);
    const qa = slides.filter((s) => s.body.includes('Participants ask questions'));
    assert.equal(qa.length, 1);
    assert.ok(qa[0]?.body.includes('A note on licences'), JSON.stringify(qa[0]));
  });
});

describe("a part's divider", () => {
  it('lists all of ten sub-sections, not the first eight as if they were all', () => {
    const names = ['Ubuntu', 'Debian', 'Fedora', 'Alpine', 'Arch', 'Gentoo', 'openSUSE', 'Void', 'Solus', 'NixOS'];
    const text = `# tool\n\n## Usage\n\nRun it in a folder.\n\n## Installation\n\n${names
      .map(
        (n) =>
          `### On ${n}\n\nThe package for ${n} is named after the tool and kept up to date by its maintainers there, as the others are.\n\n\`\`\`sh\ninstall-on-${n.toLowerCase()} tool --with-all-the-options-it-takes\n\`\`\`\n`,
      )
      .join('\n')}`;
    const divider = markdownSlides(text).find((s) => s.layout === 'divider' && s.title === 'Installation');
    assert.deepEqual(
      divider?.body.split('\n'),
      names.map((n) => `- On ${n}`),
    );
  });
});

describe('short sub-sections of a sentence and a one-line command each', () => {
  it('share slides, two or more a slide ("### Homebrew" over "You can install with Homebrew." and `brew install tool`)', () => {
    const ways = ['Homebrew', 'MacPorts', 'Scoop', 'Cargo', 'Nix', 'Snap'];
    const text = `# tool\n\n## Usage\n\nRun it in a folder of files to list them.\n\n## Installation\n\n${ways
      .map((w) => `### ${w}\n\nYou can install it with ${w}.\n\n\`\`\`sh\n${w.toLowerCase()} install tool\n\`\`\`\n`)
      .join('\n')}\n## Configuration\n\nThe tool reads one file of settings.\n`;
    const slides = markdownSlides(text);
    const installing = slides.filter((s) => /install tool/u.test(s.body));
    assert.ok(installing.length <= 3, installing.map((s) => s.title).join(' | '));
    assert.equal(installing[0]?.title, 'Homebrew · MacPorts');
    // Every command is shown once, as written.
    for (const w of ways) assert.equal(installing.filter((s) => s.body.includes(`${w.toLowerCase()} install tool`)).length, 1);
  });
});

describe('a long listing after a lead-in', () => {
  it('is cut where its parts share slides well: the parts cut between two lines that share a slide are planned as one box', () => {
    const code = [
      'package course.notes;',
      '',
      'import java.util.Scanner;',
      'import java.util.List;',
      'import java.util.ArrayList;',
      '',
      'public class EchoLines {',
      '    public static void main(String[] args) {',
      '        Scanner input = new Scanner(',
      '            System.in, "UTF-8");',
      '        while (input.hasNextLine()) {',
      '            String text = input.nextLine();',
      '            if (text.isEmpty()) {',
      '                continue;',
      '            }',
      '            System.out.println(text);',
      '        }',
      '    }',
      '}',
    ].join('\n');
    const text = `# Input\n\n## Reading\n\nA Scanner is a handy kind of reader.\n\nHere is a whole program that uses a Scanner to read each line of the standard input, and then print the lines that are not empty back out to the standard output:\n\n\`\`\`java\n${code}\n\`\`\`\n\n## Next\n\nMore text.\n`;
    const slides = markdownSlides(text);
    const parts = slides.filter((s) => s.body.includes('```java'));
    // (The class had stood as five lines on one slide and eight on the next, each slide more than half empty.)
    assert.equal(parts.length, 2, parts.map((s) => s.body).join('\n----\n'));
    assert.ok(parts[1]?.body.includes('public class EchoLines') && parts[1].body.includes('System.out.println(text);'), parts[1]?.body);
  });
});

describe('a lead-in paragraph whose last sentence only points at the code', () => {
  it("shows the paragraph's opening sentence before it: the code's topic, in the author's words", () => {
    const text =
      '# Tools\n\n## StringTokenizer\n\nThe **StringTokenizer** class is useful for breaking up a String into *tokens*. Usually, the tokens are chunks of non-space characters separated by space characters, as words are. Here is an example:\n\n```java\nStringTokenizer t = new StringTokenizer(s);\n```\n\n## Next\n\nMore text.\n';
    const slides = markdownSlides(text);
    const slide = slides.find((s) => s.body.includes('new StringTokenizer'));
    assert.match(slide?.body ?? '', /^The \*\*StringTokenizer\*\* class is useful for breaking up a String into \*tokens\*\. Here is an example:$/mu);
    assert.doesNotMatch(slide?.body ?? '', /Usually/u);
    // (A first sentence cut to a clause would run on into the lead-in: the lead-in alone.)
    const long =
      "# Trees\n\n## Intro\n\nNow that we have written our first model of a board game with its players, its pieces, its moves and the rules that say which of them may be made at any turn of the game, let's switch to something a bit more serious and much larger in its scope than that game was. Here is an example:\n\n```text\nnode\n```\n\n## Next\n\nMore.\n";
    const other = planDeck(splitMarkdown(long), { file: 'n.md', fileName: 'n.md', format: 'markdown', author: 'T' }).value.slides.find((s) =>
      s.body.includes('node'),
    );
    assert.match(other?.body ?? '', /^Here is an example:$/mu);
  });
});

describe("a box's title that opens its first paragraph in bold", () => {
  it('is said once, as the slide\'s title: "**A common mistake** When you\'re first…" under "A common mistake"', () => {
    const text =
      '# Trees\n\n## Intro\n\nA binary search tree keeps its keys in order, each node with a key and two children.\n\nEach node of the tree holds some value that the tree supports searching for, as a key.\n\nWhat makes it a binary search tree is the invariant that every node obeys, all through the tree.\n\nThe left descendants of a node have smaller keys; the right descendants have larger or equal keys.\n\n~~~admonish warning title="A common mistake"\nWhen you\'re first learning about binary search trees, it\'s easy to phrase the invariant wrong.\n~~~\n\n## Next\n\nMore text.\n';
    const slides = markdownSlides(text);
    const box = slides.find((s) => s.body.includes("When you're first learning"));
    assert.ok(box, slides.map((s) => `${s.title}: ${s.body}`).join('\n'));
    assert.equal(box.title, 'A common mistake');
    assert.equal(box.body, "- When you're first learning about binary search trees, it's easy to phrase the invariant wrong.");
  });
});

describe("a first item that is the slide's title over its own items", () => {
  it('is said once: its items, one level out ("- Note a few of the Python features:" under that title)', () => {
    const body = '- Note a few of the Python features:\n  - there is a class for data\n  - a function is defined\n    - used again and again\n- Another point.';
    assert.equal(
      withoutRepeatedTitle(body, 'Note a few of the Python features'),
      '- there is a class for data\n- a function is defined\n  - used again and again\n- Another point.',
    );
    assert.equal(withoutRepeatedTitle('- **Grab a daemon!**\n  1. run the command\n  2. save it', 'Grab a daemon!'), '1. run the command\n2. save it');
    // (Another title: the item stays.)
    assert.equal(withoutRepeatedTitle(body, 'Python'), body);
  });

  it('is said once where it is a point of its own, or a quotation of the title ("- Who Am I?" under "Who Am I?")', () => {
    assert.equal(withoutRepeatedTitle('- Who Am I?\n- I am the author of the editor.', 'Who Am I?'), '- I am the author of the editor.');
    assert.equal(
      withoutRepeatedTitle(
        '"Don\'t programmers deserve a reward?"\n\n- If anything deserves a reward, it is social contribution.',
        "Don't programmers deserve a reward?",
      ),
      '- If anything deserves a reward, it is social contribution.',
    );
    assert.equal(withoutRepeatedTitle('*Doc-View keyboard shortcuts.*\n\n| Key | Action |', 'Doc-View keyboard shortcuts'), '| Key | Action |');
    // (A point alone stays: the slide shows something.)
    assert.equal(withoutRepeatedTitle('- Who Am I?', 'Who Am I?'), '- Who Am I?');
    // A bold label with its colon after the bold, "**Cache hit**:" under "Cache hit"; under another title it stays.
    assert.equal(withoutRepeatedTitle('**Cache hit**:\n\n- The data is in the cache.', 'Cache hit'), '- The data is in the cache.');
    assert.equal(withoutRepeatedTitle('**ما يحدث داخليًا**:\n\n1. المعالج يُقيّم الشرط', 'ما يحدث داخليًا'), '1. المعالج يُقيّم الشرط');
    assert.equal(
      withoutRepeatedTitle('**Cache hit**:\n\n- The data is in the cache.', 'Caches: Cache hit', 'Caches'),
      '**Cache hit**:\n\n- The data is in the cache.',
    );
  });
});

describe("a picture on a line of its own in a list item's text", () => {
  it("is shown after the item, as a picture of its own, not at its size in the item's line", () => {
    const text =
      '# SQL\n\n## Remarks\n\n- SQL keywords are written in capitals.\n  ![a meme](images/meme.png)\n- The semicolon ends a statement.\n\n## Next\n\nMore text.\n';
    const slide = markdownSlides(text).find((s) => s.id === 'remarks');
    assert.match(slide?.body ?? '', /^- SQL keywords are written in capitals\.\n\n!\[a meme\]\(images\/meme\.png\)/mu, slide?.body);
  });
});

describe('a sentence that runs through a displayed formula', () => {
  it('keeps its lead-in, the formula and the clause after it on one slide', () => {
    const text =
      '# Recurrences\n\n## Changing variable in recurrence relations\n\nIts complexity can be described by the following recurrence relation, depending on the size $n$ of the input array `arr`:\n\n$$\n\\begin{align*}\nt(0) &= 0 \\\\\nt(n) &= t\\left(\\frac{n}{2}\\right) + c\n\\end{align*}\n$$\n\nwhere the complexity of returning a value is taken to be negligible (and, hence, 0) and $c$ is a complexity of computing the middle and dereferencing elements of an array.\n\nWe can then rewrite the relations above as follows, for a function $f(k) = t(2^k) = t(n)$:\n\n$$\n\\begin{align*}\nf(0) &= t(2^0) = t(1) = c \\\\\nf(k) &= t(2^k) = t\\left(\\frac{2^k}{2}\\right) + c = f(k - 1) + c\n\\end{align*}\n$$\n\n## Merge sort\n\nMerge sort splits the array in two halves, sorts each, and merges them.\n';
    const slides = markdownSlides(text);
    const slide = slides.find((s) => s.body.includes('t(0) &= 0'));
    // (The clause under the formula had stood alone on the next slide, a slide of one point. It reads on from the formula,
    // no bullet of its own.)
    assert.match(slide?.body ?? '', /^where the complexity of returning a value/mu, slides.map((s) => `${s.title}: ${s.body}`).join('\n----\n'));
    assert.match(slide?.body ?? '', /^Its complexity can be described/mu);
  });
});

describe('a sentence that ends with a comma over code', () => {
  it('runs on into the code: it stays on the code\'s slide ("Consider the JSON grammar in its unabridged form,")', () => {
    const rules = Array.from({ length: 10 }, (_, i) => `(${i + 1}) J ::= rule${i + 1}`).join('\n');
    const text = `# Parsing\n\n## Parsing Derivation\n\nWe could "walk" through the production rules starting from the starting non-terminal to find the part that is "matching with" the RHS.\n\nConsider the JSON grammar in its unabridged form,\n\n\`\`\`\n${rules}\n\`\`\`\n\nWe take the output from our lexer example as the input, with some simplification by removing the constructors.\n\n## Next\n\nMore text.\n`;
    const slides = markdownSlides(text);
    const code = slides.find((s) => s.body.includes('(1) J ::= rule1'));
    assert.match(code?.body ?? '', /^Consider the JSON grammar in its unabridged form,$/mu, slides.map((s) => `${s.title}: ${s.body}`).join('\n----\n'));
  });
});

describe('a deck the author cut into slides, its first slides deeper than its parts', () => {
  it("gets no introduction divider nor a recap of lectern's: the author's slides in their order", () => {
    const text = [
      '---',
      'marp: true',
      '---',
      '',
      '# Unit testing',
      '',
      '---',
      '',
      '## Agenda',
      '',
      '1. What is it?',
      '2. Getting started',
      '3. Keeping tests maintainable',
      '',
      '---',
      '',
      '## What is it?',
      '',
      '- **Unit:** the smallest testable part of an application.',
      '',
      '---',
      '',
      '# Getting started',
      '',
      '## Step 1: choose a framework',
      '',
      '- unittest, pytest',
      '',
      '---',
      '',
      '# Keeping tests maintainable',
      '',
      '---',
      '',
      '## Conclusion',
      '',
      'Start small, expand gradually.',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    assert.deepEqual(
      slides.map((s) => s.title),
      ['Unit testing', 'Agenda', 'What is it?', 'Getting started', 'Keeping tests maintainable', 'Conclusion'],
    );
  });
});

describe('a drawing indented as code, not fenced', () => {
  it('is fenced on its slide: its lines stay a drawing, not paragraphs run together at the margin', () => {
    const text =
      '# Baggy\n\n## Pointers\n\nCan get rid of the table storing bounds information, and put it in the pointer.\n\n      Regular pointer\n        +---------------+-------+\n        |      zero     |  size |\n        +---------------+-------+\n                21          5\n\nThis is similar to a fat pointer.\n\n## Next\n\nMore.\n';
    const slides = markdownSlides(text);
    const drawing = slides.find((s) => s.body.includes('Regular pointer'));
    assert.match(drawing?.body ?? '', /```\n {2}Regular pointer\n {4}\+-{15}\+-{7}\+\n/u, drawing?.body);
  });
});

describe("an author's slide whose list item holds a picture", () => {
  it('counts the picture a third of the slide high: a slide that would overflow with it is planned again, nothing clipped', () => {
    const list =
      '- Each identifier has one type\n- A colon joins a name and its type\n    - `x: Int`\n    - `a: Double`\n    - `s: String`\n- Each expression has one type\n  ![inference](typed.png)';
    const without = writtenHeight([{ kind: 'list', text: list.replace(/\n {2}!\[.*$/u, ''), line: 1 }]);
    const with_ = writtenHeight([{ kind: 'list', text: list, line: 1 }]);
    assert.ok(with_ - without >= 720 / 3 - 1, `${with_} px with the picture, ${without} px without`);
    const text = `# Types\n\n---\n\n# Static types\n\n${list}\n\n---\n\n# Next\n\nMore.\n`;
    const slides = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown', author: 'T' }).value.slides;
    const typed = slides.filter((s) => s.title.startsWith('Static types'));
    assert.ok(typed.length >= 2, typed.map((s) => s.title).join(' | '));
  });
});

describe('a short sub-section shown as an item of its section', () => {
  it('keeps a paragraph after its list a paragraph of the item, not run on in its last item', () => {
    const text = [
      '# Functions',
      '',
      '## Software requirements',
      '',
      '### R packages',
      '',
      '- New: **pbapply**',
      '- Already used: **tidyverse**, **data.table**',
      '',
      'We stick with base R today. As per usual, run the following code chunk to install and load everything.',
      '',
      '```r',
      'pacman::p_load(pbapply, data.table)',
      '```',
      '',
      '## Basic syntax',
      '',
      'Functions in R all adopt the same syntax.',
      '',
    ].join('\n');
    const deck = planDeck(splitMarkdown(text), { file: 'f.md', fileName: 'f.md', format: 'markdown' }).value;
    const slide = deck.slides.find((s) => s.body.includes('**R packages**'));
    assert.ok(slide, deck.slides.map((s) => s.body).join('\n---\n'));
    const lines = slide.body.split('\n');
    const item = lines.findIndex((l) => l.includes('Already used'));
    // The line after the last item is blank or another item: the paragraph is not the item's lazy continuation.
    assert.match(lines[item + 1] ?? '', /^\s*(?:$|[-*+]\s)/u, slide.body);
  });
});

describe('a deck the author cut into slides that opens with its own cover', () => {
  it('has that cover for its title slide, shown once: its lines under the title, no second slide of the same title', () => {
    // (Its lines set in tags of the deck's own style, as Marp decks do: "<small-text>" round them, "<br>" between.)
    const cover = [
      '<!-- _class: lead -->',
      '',
      ' # Git',
      '',
      '![bg left:40%](https://example.org/logo.jpg)',
      '',
      '###### Ada Lovelace',
      '',
      '<br>',
      '',
      '<small-text>',
      '',
      'Cultures numériques avancées',
      'Paris, le 21 mars 2023',
      '',
      '<smaller-text>*Diapositives adaptées de [Lyon](https://example.org/lyon)*</smaller-text>',
      '',
      '</small-text>',
    ].join('\n');
    const rest = ['# Partie théorique', '# Problème 1\n\n- la version la plus à jour est-elle `Rapport.doc` ?\n- et si on avait aussi `Rapport_VFinale.doc` ?'];
    const text = `---\nmarp: true\n---\n\n${[cover, ...rest].join('\n\n---\n\n')}\n`;
    const { slides } = planSource(readDocument('git.md', Buffer.from(text)), { file: 'git.md', fileName: 'git.md', format: 'markdown' }).plan;
    assert.equal(slides[0]?.layout, 'title');
    assert.equal(slides[0]?.title, 'Git');
    assert.match(slides[0]?.body ?? '', /Ada Lovelace/u);
    assert.match(slides[0]?.body ?? '', /21 mars 2023/u);
    assert.equal(slides.filter((s) => s.title === 'Git').length, 1, slides.map((s) => s.title).join(' | '));
    // A first slide of a list is no cover: the deck keeps a title slide of its own before it.
    const listed = `---\nmarp: true\n---\n\n${['# Git\n\n- one point\n- another point', ...rest].join('\n\n---\n\n')}\n`;
    const planned = planSource(readDocument('git.md', Buffer.from(listed)), { file: 'git.md', fileName: 'git.md', format: 'markdown' }).plan.slides;
    assert.equal(planned.filter((s) => s.title === 'Git').length, 2, planned.map((s) => s.title).join(' | '));
  });
});

describe("a cover whose line under the title is its author's name, the front matter's author too", () => {
  it('names the author once: no subtitle that repeats it', () => {
    const text =
      '---\ntitle: Remote Sensing\nauthor: David Orme\n---\n\n# Remote Sensing\n\n## David Orme\n\n---\n\n# Overview\n\n- Concepts\n- Resolution\n\n---\n\n# Orbits\n\n- High earth orbits\n- Mid earth orbits\n';
    const plan = planDeck(splitMarkdown(text), { file: 'rs.md', fileName: 'rs.md', format: 'markdown' }).value;
    assert.equal(plan.meta.author, 'David Orme');
    assert.equal(plan.meta.subtitle, null);
  });
});

describe('an item over definitions, its later ones on the next slide', () => {
  it('is shown again over them only where the slide keeps to the words a slide shows (60)', () => {
    const fields = ['산업 조직', '공공 경제', '정보 경제', '법과 경제'];
    const sub = (f: string, n: number): string =>
      `    - **${f} 분야(Field ${n})** : 여러 가지 이유 때문에 생기는 시장의 실패와 그 결과를 자세히 연구하고 분석함`;
    const text = [
      '# 경쟁 이론',
      '',
      '## 가정',
      '',
      '- **경쟁 시장(Competitive Market)** : 많은 생산자와 소비자가 함께 있는 시장의 모습을 나누어 분석하는 이론',
      '',
      '- **시장 실패(Market Failure)** : 완전 경쟁의 여러 조건이 한꺼번에 모두 충족되지 않아 사회 전체의 후생이 가장 크게 되지 못하는 상태',
      ...fields.map(sub),
      '',
      '## 다음',
      '',
      '더 있음.',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    for (const s of slides) assert.ok(countWords(visibleText(s.body)) <= 60, `${s.title}: ${countWords(visibleText(s.body))} words`);
    for (const f of fields)
      assert.ok(
        slides.some((s) => s.body.includes(`${f} 분야`) || s.title.includes(`${f} 분야`)),
        f,
      );
  });
});

describe('a heading with bold of its own, set in bold as a label or a list item', () => {
  it('is bold once, never "****Improvements** in detail**", on the slide and in the notes', () => {
    const text = [
      '# Notes',
      '',
      '# Release 1.0',
      '',
      '## **Improvements** in detail',
      '',
      '- faster start',
      '- smaller files',
      '',
      '# Release 2.0',
      '',
      '## Fixes',
      '',
      '- a crash',
      '- a leak',
      '',
    ].join('\n');
    const slides = markdownSlides(text);
    const release = slides.find((s) => s.title === 'Release 1.0');
    assert.ok(release, slides.map((s) => s.title).join(' | '));
    assert.match(`${release.body}\n${release.notes}`, /\*\*Improvements in detail\*\*/u);
    for (const s of slides) assert.doesNotMatch(`${s.body}\n${s.notes}`, /\*{4}|\*\*\s\*\*/u, s.title);
  });
});

describe('a listing a little too long for one slide', () => {
  it('is cut in as few parts as fit at 22 px, not in a third part because its cuts for the theme size fell badly', () => {
    const listing = [
      'import Grid',
      'import Heat',
      'setting size = 8',
      'let plate: Grid = Grid.square(1, size)',
      'let padded: Grid = Grid.square(0, size + 1).spread(over: Nodes.all, keeping: plate.shape())',
      'var warmth, next_warmth: Field = Field.zeros(padded)',
      'each (row, column) of warmth.inner(1, size) {',
      '  let across = ((row as real) - 0.5) / (size as real)',
      '  let down = ((column as real) - 0.5) / (size as real)',
      '  warmth[row, column] = Heat.bump(across - 0.5, down - 0.5, width: 0.01, height: 1.0)',
      '}',
      'repeat turn in 1 to 5 {',
      '  each (row, column) of next_warmth.inner(1, size) {',
      '    next_warmth[row, column] = Heat.mean(warmth[row - 1, column], warmth[row + 1, column])',
      '  }',
      '  warmth = next_warmth',
      '  print(turn, warmth[size / 2, size / 2], warmth[1, 1], Heat.total(warmth))',
      '}',
    ];
    const text = [
      '# Heat',
      '',
      '## A solver of the heat equation on a grid spread over many nodes',
      '',
      'Here is the whole program at last, every part of it put together:',
      '',
      '```',
      ...listing,
      '```',
      '',
      'This is all of the solver.',
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.body.includes('```'));
    assert.equal(slides.length, 2, slides.map((s) => s.body).join('\n----\n'));
    // Every line shown once, in order.
    const shown = slides.flatMap((s) => /```\n([\s\S]*?)\n```/u.exec(s.body)?.[1]?.split('\n') ?? []);
    assert.deepEqual(shown, listing);
  });
});

describe('a section with one short sub-section under it', () => {
  it('takes it in where the slide has room: no slide of one short point after one with room', () => {
    const text = [
      '# Scheduling',
      '',
      '## Kinds of scheduling',
      '',
      'Two kinds are common.',
      '',
      '### 1. Non-preemptive',
      '',
      '- A process keeps the CPU until it finishes its burst and gives the processor back of its own accord.',
      '- **Use:** simple systems, such as old operating systems.',
      '',
      '#### Example',
      '',
      '- **A phone call:** the call goes on until one side hangs up.',
      '',
      '### 2. Preemptive',
      '',
      '- The CPU is taken back when the time slice runs out or a more urgent process arrives.',
      '- **Use:** modern operating systems.',
      '',
      '#### Example',
      '',
      '- **An urgent call:** the current call is put on hold.',
    ].join('\n');
    const slides = markdownSlides(text);
    const shown = slides.map((s) => `${s.title}: ${s.body}`).join('\n---\n');
    const alone = slides.filter((s) => /phone call|urgent call/u.test(s.body));
    assert.equal(alone.length, 2, shown);
    for (const s of alone) assert.match(s.body, /\*\*Use:\*\*/u, shown);
  });
});
