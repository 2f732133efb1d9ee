// stages/contents.ts: a document's own table of contents gets no slides; its text goes to the agenda's notes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTableOfContents } from '../../scripts/stages/contents.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import type { Block, Section } from '../../scripts/types.ts';

const section = (heading: string, blocks: Block[]): Section => ({ heading, level: 2, line: 1, blocks });
const links = ['- [Install](#install)', '- [Usage](#usage)', '- [Options](#options)', '- [FAQ](#faq)'].join('\n');
const dotted = '```\n1. Introduction ........ 2\n2. Definitions ......... 3\n3. Two Digit Years ..... 4\n```';

describe('isTableOfContents', () => {
  it('knows a list of links or of titles with pages under a contents heading, in several languages', () => {
    assert.ok(isTableOfContents(section('Table of Contents', [{ kind: 'list', text: links, line: 2 }])));
    assert.ok(isTableOfContents(section('Contents:', [{ kind: 'code', text: dotted, line: 2 }])));
    assert.ok(isTableOfContents(section('Inhaltsverzeichnis', [{ kind: 'list', text: links, line: 2 }])));
    assert.ok(isTableOfContents(section('Table des matières', [{ kind: 'list', text: links, line: 2 }])));
    // A pictogram set before the heading's words is none of them.
    assert.ok(isTableOfContents(section('👉 Tabla de contenidos', [{ kind: 'list', text: links, line: 2 }])));
    assert.ok(isTableOfContents(section('📚 Contents 📚', [{ kind: 'list', text: links, line: 2 }])));
    // Numbered parts with their numbered sections under them, as a README writes them (lines that are no list items of their own).
    const parts = [
      '  1. [Basic Operations](#1-basic-operations)  ',
      '    1.1. [File Operations](#11-file-operations)  ',
      '    1.2. [Text Operations](#12-text-operations)  ',
      '  2. [Basic Shell Programming](#2-basic-shell-programming)  ',
      '    2.1. [Variables](#21-variables)  ',
      '  3. [Tricks](#3-tricks)',
    ].join('\n');
    assert.ok(isTableOfContents(section('Table of Contents', [{ kind: 'list', text: parts, line: 2 }])));
  });

  it('leaves a section so titled that holds text of its own, or another heading with links', () => {
    assert.ok(
      !isTableOfContents(section('Contents', [{ kind: 'paragraph', text: 'The box contains a charger, a cable and a manual for the device.', line: 2 }])),
    );
    assert.ok(!isTableOfContents(section('Contents', [{ kind: 'list', text: '- [Install](#install)\n- [Usage](#usage)', line: 2 }])));
    assert.ok(!isTableOfContents(section('Further reading', [{ kind: 'list', text: links, line: 2 }])));
  });
});

describe("a specification's numbered table of contents", () => {
  it("is one where its lines name the document's headings, without links or pages", () => {
    const toc = section('1.   Table of contents', [
      { kind: 'code', text: '```\n     Abstract\n1.   Table of contents\n2.   Conventions\n  2.1.   Header\n3.   Copyright\n```', line: 3 },
    ]);
    const headings = ['Abstract', '1.   Table of contents', '2.   Conventions', '2.1.   Header', '3.   Copyright'];
    assert.equal(isTableOfContents(toc, headings), true);
    assert.equal(isTableOfContents(toc, ['Abstract', 'Something else']), false);
  });
});

describe('planning a document with a table of contents', () => {
  it('gives it no slide and no agenda item, and keeps its text in the agenda notes', () => {
    const doc = `# Tool\n\n## Table of Contents\n\n${links}\n\n## Install\n\nRun the installer.\n\n## Usage\n\nCall the tool on a file.\n\n## Options\n\nThere are a few.\n\n## FAQ\n\nAsk away.\n`;
    const slides = planDeck(splitMarkdown(doc), { file: 'r.md', fileName: 'r.md', format: 'markdown', author: 'T' }).value.slides;
    assert.ok(!slides.some((s) => /Table of Contents/u.test(s.title) || /Table of Contents/u.test(s.body)), slides.map((s) => s.title).join(' | '));
    const agenda = slides.find((s) => s.layout === 'agenda');
    assert.ok(agenda?.notes.includes('[Install](#install)'), agenda?.notes);
    assert.ok(agenda?.body.includes('Install') && agenda.body.includes('FAQ'), agenda?.body);
  });
});

describe('a table of contents before the first heading', () => {
  it('gives the deck neither its title nor slides; its entries go to the agenda notes', () => {
    const text =
      '---\nlayout: page\n---\n\nTable of Contents:\n\n- [Introduction](#intro)\n- [Visualizing the loss](#vis)\n  - [In one dimension](#one)\n- [Optimization](#opt)\n\n## Introduction\n\nWe introduced the score function.\n\n## Visualizing the loss\n\nLoss functions are high-dimensional.\n\n## Optimization\n\nThe goal is to find the weights.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'optimization.md', fileName: 'optimization.md', format: 'markdown' }).value;
    assert.notEqual(plan.meta.title, 'Table of Contents');
    const shown = plan.slides.map((s) => s.body).join('\n');
    assert.doesNotMatch(shown, /Table of Contents|\(#vis\)/u);
    assert.match(plan.slides.find((s) => s.layout === 'agenda')?.notes ?? '', /In one dimension/u);
  });
});

describe('a table of contents with no label', () => {
  it("is a list at the top whose lines all link to the document's sections: no slides, and a title that is a link is its text", () => {
    const text = [
      '# [A Field Guide](https://example.org/book)',
      '',
      '- [Tides](#tides)',
      '- [Dunes](#dunes)',
      '  - [Grasses](#grasses)',
      '  - [Birds](#birds)',
      '- [Storms](#storms)',
      '',
      '## Tides',
      '',
      'The sea rises twice a day.',
      '',
      '## Dunes',
      '',
      'Grasses hold the sand.',
      '',
      '## Storms',
      '',
      'Winter storms move the beach.',
      '',
    ].join('\n');
    const plan = planDeck(splitMarkdown(text), { file: 'guide.md', fileName: 'guide.md', format: 'markdown' }).value;
    assert.equal(plan.meta.title, 'A Field Guide');
    assert.ok(!plan.slides.some((s) => s.body.includes('](#grasses)')), plan.slides.map((s) => s.body).join('\n---\n'));
    assert.ok(
      plan.slides.some((s) => s.notes.includes('Grasses')),
      'the contents go to the notes',
    );
  });
});

describe('a table of contents with no label further on', () => {
  it("is known after a README's sponsors and its title in HTML: no slides, its lines in the agenda's notes, the sponsors' text kept", () => {
    const text = [
      '# Sponsors',
      '',
      'Our sponsors keep this course free for everyone.',
      '',
      '## Become a sponsor',
      '',
      'Support the course on its sponsors page.',
      '',
      '<div align="center"><h1>Day 1 - Introduction</h1></div>',
      '',
      '- [Day 1](#day-1)',
      '  - [Welcome](#welcome)',
      '  - [Setup](#setup)',
      '    - [Installing Python](#installing-python)',
      '- [Exercises](#exercises)',
      '',
      '# Day 1',
      '',
      '## Welcome',
      '',
      'Welcome to the course.',
      '',
      '## Setup',
      '',
      'Install the tools first.',
      '',
      '### Installing Python',
      '',
      'Download Python from its site.',
      '',
      '# Exercises',
      '',
      'Write a program that greets you.',
      '',
    ].join('\n');
    const plan = planDeck(splitMarkdown(text), { file: 'day1.md', fileName: 'day1.md', format: 'markdown' }).value;
    const shown = plan.slides.map((s) => s.body).join('\n---\n');
    assert.doesNotMatch(shown, /\]\(#(?!\/)/u, shown);
    assert.match(shown, /Support the course/u);
    assert.ok(
      plan.slides.some((s) => s.notes.includes('[Installing Python](#installing-python)')),
      'the contents go to the notes',
    );
  });
});

describe('a first section of code', () => {
  it('is never taken for a table of contents, however its lines repeat later ("+  uint32_t …" of a diff)', () => {
    const hunk = ['```diff', ...Array.from({ length: 6 }, (_, k) => `+  uint32_t field_${k} = ${k};`), '```'].join('\n');
    const text = `# Db\n\n## Complete Diff\n\nThe first change:\n\n${hunk}\n\n## Again\n\nThe same change elsewhere:\n\n${hunk}\n`;
    const titles = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides.map((s) => s.title);
    assert.ok(titles.includes('Complete Diff'), titles.join(' | '));
  });
});

describe('a table of contents in other languages', () => {
  it('is known by its Russian, Chinese, Polish or Dutch name', () => {
    for (const name of ['Содержание', 'Оглавление', '目录', 'Spis treści', 'Inhoudsopgave']) {
      const text = `# Docker\n\n## ${name}\n\n- [Why](#why)\n- [Install](#install)\n- [Run](#run)\n\n## Why\n\nBecause.\n\n## Install\n\nLike this.\n\n## Run\n\nThen run it.\n`;
      const titles = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides.map((s) => s.title);
      assert.ok(!titles.includes(name), `${name}: ${titles.join(' | ')}`);
    }
  });
});
