// scripts/stages/derive-title.ts: a deck title a lecturer would choose, when the document states none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bylineOf, coverOf, namingFile, titleFromFileName, titleFromIntro, titleFromLogo } from '../../scripts/stages/derive-title.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

describe('a title from the opening', () => {
  it("takes the name a README's logo gives, before its first sentence or its file name", () => {
    const text =
      '<h1 align="center">\n  <img src="https://example.org/logo.svg" alt="xdg logo"/>\n</h1>\n\nGo implementation of the XDG Base Directory Specification.\n\n## Installation\n\nRun it.\n\n## Usage\n\nUse it.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'README.md', fileName: 'README.md', format: 'markdown' }).value;
    assert.equal(plan.meta.title, 'xdg');
    // The logo names the deck: it is no picture on a slide of its own; its caption is in the title's notes.
    assert.ok(!plan.slides.some((s) => s.body.includes('logo.svg')), plan.slides.map((s) => s.body).join('\n---\n'));
    assert.match(plan.slides[0]?.notes ?? '', /xdg logo/u);
    assert.equal(titleFromLogo([{ kind: 'image', text: '![A diagram of the system](d.png)', line: 1 }]), null);
    // A README's banner names it too ("Awesome Falsehood header image", "Project banner").
    assert.equal(titleFromLogo([{ kind: 'image', text: '![Awesome Falsehood header image](header.jpg)', line: 1 }]), 'Awesome Falsehood');
    assert.equal(titleFromLogo([{ kind: 'image', text: '![Lectern banner](banner.png)', line: 1 }]), 'Lectern');
    assert.equal(titleFromLogo([{ kind: 'image', text: '![The header of the table](t.png)', line: 1 }]), null);
    assert.equal(titleFromLogo([{ kind: 'paragraph', text: 'The ripgrep logo is red.', line: 1 }]), null);
    // The project's name over a tagline in capitals where the page's folder (or file) has that name.
    const orbit = [{ kind: 'image' as const, text: '![Orbit – Cross-shell prompt](logo.png)', line: 1 }];
    assert.equal(titleFromLogo(orbit, 'projects/orbit/README.md'), 'Orbit');
    assert.equal(titleFromLogo(orbit, 'notes/week-3.md'), null);
    assert.equal(titleFromLogo(orbit), null);
    // Under a line of sponsors, the logo still names the page.
    assert.equal(
      titleFromLogo([
        { kind: 'paragraph', text: 'Special thanks to our sponsors.', line: 1 },
        { kind: 'image', text: '![Sponsored by Warp](warp.png)', line: 3 },
        { kind: 'image', text: '![zoxide logo](./contrib/logo-light.svg)', line: 5 },
      ]),
      'zoxide',
    );
  });

  it("takes the first sentence's subject", () => {
    assert.equal(titleFromIntro([{ kind: 'paragraph', text: 'The Treaty of Rome, signed in 1957, founded the EEC.', line: 1 }]), 'The Treaty of Rome');
    // A series of qualities is no subject.
    assert.equal(titleFromIntro([{ kind: 'paragraph', text: 'A small, fast and scalable state manager. It has hooks.', line: 1 }]), null);
    assert.equal(titleFromIntro([{ kind: 'paragraph', text: 'The Republic, written by Plato, is a dialogue.', line: 1 }]), 'The Republic');
    // A line in bold alone over the text names the page; a bold label ("**Note:**") or a lone word does not.
    const para = (text: string) => [{ kind: 'paragraph' as const, text, line: 1 }];
    assert.equal(titleFromIntro(para('**Lesson: Email-4-You**')), 'Lesson: Email-4-You');
    assert.equal(titleFromIntro(para('**Before you start:**')), null);
    assert.equal(titleFromIntro(para('**Task**')), null);
    // An opening that says where the reader is ("In this lecture, …"), in any language, names nothing.
    for (const opening of [
      'В этой лекции, основанной на серии тетрадок, мы рассмотрим итераторы.',
      'Dans ce cours, nous verrons les bases de données.',
      'In diesem Kapitel, lernen wir Schleifen.',
      'En esta lección, veremos los bucles.',
    ])
      assert.equal(titleFromIntro(para(opening)), null, opening);
    assert.equal(titleFromIntro(para('The Nazi-Soviet Pact, officially known as the pact, was signed in 1939.')), 'The Nazi-Soviet Pact');
  });

  it('takes the name a line alone labels, its link as its words; not an aside', () => {
    const para = (text: string) => [{ kind: 'paragraph' as const, text, line: 1 }];
    assert.equal(titleFromIntro(para('课程描述：[Systems Biology 2018 ／ Uri Alon](https://example.org/v/1)')), 'Systems Biology 2018 ／ Uri Alon');
    assert.equal(titleFromIntro(para('Course: Data Structures 101')), 'Data Structures 101');
    assert.equal(titleFromIntro(para('Note: Slides are updated weekly')), null);
    // (A sentence after the label is no name: the label, as the subject of what follows, is the title.)
    assert.equal(titleFromIntro(para('Photosynthesis: how plants make their food.')), 'Photosynthesis');
    // Nor is such a line a cover's (its title would show the name without its address), nor one with a formula.
    const blocks = ['Course: [Systems Biology](https://example.org/v/1)', 'Serverless architecture', 'Hands-on lab', 'The text goes on here.'];
    const [linked, plain, sub, text] = blocks.map((b) => ({ kind: 'paragraph' as const, text: b, line: 1 }));
    assert.equal(coverOf([linked!, sub!, text!]), null);
    assert.equal(coverOf([plain!, { kind: 'paragraph', text: 'The $X$ and $Y$ values', line: 2 }, text!]), null);
    assert.equal(coverOf([plain!, sub!, text!])?.title, 'Serverless architecture');
    // A sentence's link as its words, not its address read as an aside.
    assert.equal(titleFromIntro(para('[The Republic](https://example.org/r), written by Plato, is a dialogue.')), 'The Republic');
  });
});

describe('a title from the file name', () => {
  it("leaves out the number that orders a course's files, not a year or a number that names", () => {
    assert.equal(titleFromFileName('05-java-oop-notes.md'), 'Java Oop Notes');
    assert.equal(titleFromFileName('7 - CPU Scheduling.md'), 'CPU Scheduling');
    assert.equal(titleFromFileName('lecture-01.md'), 'Lecture 01');
    assert.equal(titleFromFileName('2024-review.md'), '2024 Review');
    assert.equal(titleFromFileName('42.md'), '42');
  });

  it("takes a README's or an index page's folder for its name, as the file names only its kind", () => {
    assert.equal(namingFile('/home/me/fzf/README.md'), 'fzf');
    assert.equal(namingFile('docs\\guide\\index.md'), 'guide');
    assert.equal(namingFile('README.md'), 'README.md');
    assert.equal(namingFile('/notes/week-3.md'), 'week-3.md');
  });
});

describe("a title from a README's logo", () => {
  it('takes the project\'s name over its tagline in the alt text ("fzf - a command-line fuzzy finder"), a picture alone in its paragraph too', () => {
    assert.equal(titleFromLogo([{ kind: 'paragraph', text: '![fzf - a command-line fuzzy finder](https://example.org/fzf.png)', line: 1 }]), 'fzf');
    assert.equal(titleFromLogo([{ kind: 'paragraph', text: '![fzf - a command-line fuzzy finder](a.png) and more text', line: 1 }]), null);
    assert.equal(titleFromLogo([{ kind: 'image', text: '![Results - Before the change](r.png)', line: 1 }]), null);
  });
});

describe('a title from an opening that is a label', () => {
  it("is none: 'USAGE:' over a manual's text names what follows, so the file name titles the deck", () => {
    assert.equal(
      titleFromIntro([
        { kind: 'paragraph', text: 'USAGE:', line: 1 },
        { kind: 'paragraph', text: 'sexpect [OPTION] [SUB-COMMAND]', line: 3 },
      ]),
      null,
    );
    assert.equal(titleFromIntro([{ kind: 'paragraph', text: 'Widgets are small tools for people.', line: 1 }]), 'Widgets');
  });
});

describe('the name written under a logo', () => {
  it('titles the deck where it is the logo’s name written out in full, and is no point of its own', () => {
    const text = [
      '<div align="center">',
      '<img src="images/logo.webp" alt="Open Source Society logo"/>',
      '<h3>Open Source Society University</h3>',
      '<p>',
      '  Path to a free self-taught education in Computer Science!',
      '</p>',
      '</div>',
      '',
      '# Contents',
      '',
      '- [Summary](#summary)',
      '- [Community](#community)',
      '',
      '# Summary',
      '',
      'The curriculum is a complete education in computer science using online materials.',
      '',
      '# Community',
      '',
      'We have a Discord server.',
      '',
    ].join('\n');
    const { plan } = planSource(readDocument('README.md', Buffer.from(text)), { file: 'README.md', fileName: 'README.md', format: 'markdown' });
    assert.equal(plan.meta.title, 'Open Source Society University');
    assert.ok(!plan.slides.slice(1).some((s) => s.body.includes('Open Source Society University')), plan.slides.map((s) => s.body).join('\n---\n'));
    // Text under a logo that is not its name written out names nothing.
    assert.equal(
      titleFromLogo([
        { kind: 'image', text: '![Open Source Society logo](l.png)', line: 1 },
        { kind: 'paragraph', text: 'Path to a free self-taught education.', line: 2 },
      ]),
      'Open Source Society',
    );
  });
});

describe('a README of several parts under its logo', () => {
  it('is titled by the project the logo names, not by the heading of its first part', () => {
    const text = [
      '<p align="center"><img src="images/logo.png" alt="Acme logo"/></p>',
      '',
      '# Summary',
      '',
      'Acme is a curriculum of free courses in computer science, taken online at your own pace.',
      '',
      '# Community',
      '',
      'We have a Discord server and a forum for questions.',
      '',
    ].join('\n');
    const { plan } = planSource(readDocument('README.md', Buffer.from(text)), { file: 'README.md', fileName: 'README.md', format: 'markdown' });
    assert.equal(plan.meta.title, 'Acme');
    // The first part is still a part of its own.
    assert.ok(
      plan.slides.some((s) => s.title === 'Summary'),
      plan.slides.map((s) => s.title).join(' | '),
    );
    // A title heading of its own still titles the deck over the logo.
    const titled = text.replace('# Summary', '# Acme Course Catalogue\n\n## Summary').replace('# Community', '## Community');
    assert.equal(
      planSource(readDocument('README.md', Buffer.from(titled)), { file: 'README.md', fileName: 'README.md', format: 'markdown' }).plan.meta.title,
      'Acme Course Catalogue',
    );
  });
});

describe("a README's logo alt-texted with the name its title heading opens with", () => {
  it('is no slide of its own: the title slide names the project, the picture goes to its notes', () => {
    const text = [
      '<img src="assets/tidy.png" alt="tidy">',
      '',
      '## Tidy - A Terminal UI To Tidy Your Folders!',
      '',
      'Tidy watches a folder and sorts what lands in it.',
      '',
      '## Installation',
      '',
      'Tidy is available on Linux and macOS.',
      '',
      '## Usage',
      '',
      'Run tidy in the folder to sort.',
      '',
    ].join('\n');
    const plan = (t: string): ReturnType<typeof planSource>['plan'] =>
      planSource(readDocument('README.md', Buffer.from(t)), { file: 'README.md', fileName: 'README.md', format: 'markdown' }).plan;
    const planned = plan(text);
    assert.equal(planned.meta.title, 'Tidy - A Terminal UI To Tidy Your Folders!');
    const pictured = planned.slides.filter((s) => s.body.includes('tidy.png'));
    assert.deepEqual(
      pictured.map((s) => s.layout),
      [],
      planned.slides.map((s) => `${s.title}: ${s.body}`).join('\n---\n'),
    );
    assert.match(planned.slides[0]?.notes ?? '', /tidy/u);
    // A picture whose alt text names something else is the opening's own, shown on a slide.
    const other = plan(text.replace('alt="tidy"', 'alt="a screenshot"'));
    assert.ok(
      other.slides.some((s) => s.layout !== 'title' && s.body.includes('tidy.png')),
      other.slides.map((s) => `${s.title}: ${s.body}`).join('\n---\n'),
    );
  });
});

describe('a cover written as lines over the text', () => {
  const lab = (cover: string[]): string =>
    [
      '![Cloud Workshops](https://example.com/banner.png)',
      '',
      ...cover.flatMap((l) => [`<div class="Header">\n${l}\n</div>`, '']),
      'Information in this document is subject to change without notice, as the notice says.',
      '',
      '# Abstract',
      '',
      'In this lab you build an end-to-end solution with functions and a database.',
      '',
      '# Exercise 1: Publish the functions',
      '',
      'You publish the functions and run them against the sample data.',
      '',
    ].join('\n');
  const planned = (text: string): ReturnType<typeof planSource>['plan'] =>
    planSource(readDocument('HOL step-by-step.md', Buffer.from(text)), { file: 'HOL step-by-step.md', fileName: 'HOL step-by-step.md', format: 'markdown' })
      .plan;
  it('gives the title, the subtitle and the date, and its lines are shown on the title slide only', () => {
    const plan = planned(lab(['Serverless architecture', 'Hands-on lab step-by-step', 'November 2021']));
    assert.equal(plan.meta.title, 'Serverless architecture');
    assert.equal(plan.meta.subtitle, 'Hands-on lab step-by-step');
    assert.equal(plan.meta.date, 'November 2021');
    const shown = plan.slides.slice(1).filter((s) => /Hands-on lab step-by-step|November 2021/u.test(s.body));
    assert.deepEqual(
      shown.map((s) => s.id),
      [],
    );
  });
  it('is two lines or three with a date among them; three lines of words are the text', () => {
    assert.equal(planned(lab(['Serverless architecture', 'November 2021'])).meta.subtitle, null);
    assert.equal(planned(lab(['Serverless architecture', 'November 2021'])).meta.title, 'Serverless architecture');
    assert.notEqual(planned(lab(['Serverless architecture', 'Functions', 'Databases'])).meta.title, 'Serverless architecture');
  });
});

describe('a byline under the title', () => {
  const quote = (text: string) => [{ kind: 'quote' as const, text, line: 3 }];
  it('is a quote or a line of a few words with a date and no sentence', () => {
    assert.equal(bylineOf(quote('> 07.11.2017, 13.11.2017')), '07.11.2017, 13.11.2017');
    assert.equal(
      bylineOf(quote('> **Programming in C++** · August 2018  \n> Ada Lovelace ([@ada](https://example.org/ada))')),
      'Programming in C++ · August 2018 · Ada Lovelace (@ada)',
    );
    assert.equal(bylineOf([{ kind: 'paragraph', text: 'Lecture notes, 3 March 2021', line: 3 }]), 'Lecture notes, 3 March 2021');
    // A sentence with a year in it is text, not a byline; so is an opening of two blocks.
    assert.equal(bylineOf([{ kind: 'paragraph', text: 'In 2018 the course moved to C++. It has been taught in it since.', line: 3 }]), null);
    assert.equal(bylineOf([{ kind: 'paragraph', text: 'The course moved to C++ in 2018', line: 3 }]), null);
    assert.equal(bylineOf([...quote('> 07.11.2017'), { kind: 'paragraph', text: 'Scheduling decides who runs.', line: 5 }]), null);
  });

  it("is a list of the lecture's particulars ('Author: …', 'Date: …') under a line that is the title, too", () => {
    const list = { kind: 'list' as const, text: '- Author: Ada Lovelace\n- Date: 01.06.2021\n- Contact: ada@example.org', line: 3 };
    const title = { kind: 'paragraph' as const, text: '**Networks - Lecture 7**', line: 1 };
    assert.equal(bylineOf([title, list], 'Networks - Lecture 7'), 'Author: Ada Lovelace · Date: 01.06.2021 · Contact: ada@example.org');
    assert.equal(bylineOf([title, list]), null);
    // A list of other things is text.
    assert.equal(bylineOf([{ kind: 'list', text: '- Goal: learn TCP\n- Date: 01.06.2021', line: 3 }]), null);
    const text =
      '**Networks - Lecture 7**\n\n- Author: Ada Lovelace\n- Date: 01.06.2021\n\n# Transport\n\n## Principles\n\nText here.\n\n## Design\n\nMore text.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'n.md', fileName: 'n.md', format: 'markdown' }).value;
    assert.match(plan.slides[0]?.body ?? '', /Author: Ada Lovelace · Date: 01\.06\.2021/u);
    assert.ok(!plan.slides.slice(1).some((s) => s.body.includes('Ada Lovelace')), plan.slides.map((s) => s.id).join(' '));
  });

  it('is said on the title slide, not on an introduction slide of its own', () => {
    const text =
      '# Scheduling\n\n> 07.11.2017, 13.11.2017\n\n## Dispatching\n\nThe dispatcher hands the CPU to a process.\n\n## Policies\n\nA policy picks the next process.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'notes.md', fileName: 'notes.md', format: 'markdown' }).value;
    const title = plan.slides[0];
    assert.equal(title?.layout, 'title');
    assert.match(title?.body ?? '', /07\.11\.2017, 13\.11\.2017/u);
    assert.ok(!plan.slides.some((s) => s.layout !== 'title' && s.body.includes('07.11.2017')), plan.slides.map((s) => s.id).join(' '));
  });
});

describe('a first heading that names a part of any lecture', () => {
  const body = 'Last time we explored tuples, ordered collections where position is everything, and their equality.';
  const doc = (first: string): string => `## ${first}\n\n${body}\n\n## Introducing Sets\n\n${body}\n\n## Cardinality\n\n${body}\n`;
  const titleOf = (text: string, file: string): string | null =>
    planSource(readDocument(file, Buffer.from(text)), { file, fileName: file, format: 'markdown' }).plan.meta.title;

  it("is the first section, not the deck's title, where headings of its level follow it", () => {
    assert.equal(titleOf(doc('Recap'), 'sets-lecture.mdx'), 'Sets Lecture');
    assert.equal(titleOf(doc("Today's Agenda"), 'sets-lecture.md'), 'Sets Lecture');
    assert.equal(titleOf(doc('Einleitung'), 'mengen.md'), 'Mengen');
  });

  it('still names a document it opens with another name, or alone at its level', () => {
    assert.equal(titleOf(doc('Sets and Their Notation'), 'ln9.md'), 'Sets and Their Notation');
    assert.equal(titleOf(`# Recap\n\n${body}\n\n## Introducing Sets\n\n${body}\n`, 'ln9.md'), 'Recap');
  });
});

describe("a guide's subtitle", () => {
  it('is what its opening sentence says it shows, in its words (a link as its text); nothing where it says no such thing', () => {
    const guide = (opening: string): string =>
      `${opening} The keys cannot be copied back out of the device.\n\n# Purchase a key\n\nChoose a key that holds the application.\n\n# Prepare\n\nUse a clean machine for this.\n`;
    const subtitleOf = (text: string): string | null =>
      planSource(readDocument('README.md', Buffer.from(text)), { file: 'README.md', fileName: 'README.md', format: 'markdown' }).plan.meta.subtitle;
    assert.equal(
      subtitleOf(guide('This guide demonstrates how to store credentials on a [YubiKey](https://www.yubico.com/products/).')),
      'How to store credentials on a YubiKey',
    );
    assert.equal(subtitleOf(guide('This tutorial explains why the cache must be flushed before a reboot.')), 'Why the cache must be flushed before a reboot');
    assert.equal(subtitleOf(guide('We wrote this guide over a long winter, in three parts.')), null);
  });
});
