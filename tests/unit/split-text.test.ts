// scripts/stages/split-text.ts: plain text to sections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import type { Block } from '../../scripts/types.ts';

/** Every block a plain text's model holds, its opening's and its sections', in order. */
const allBlocks = (text: string): Block[] => {
  const model = splitText(text);
  return [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
};

describe('splitText', () => {
  it("reads an RFC's contents with spaced dot leaders, a list of lines under a colon, and its appendices", () => {
    const body = (words: string): string => `   ${words} is described here in enough words to be a paragraph of its own.`;
    const text = [
      'Network Working Group                                   D. Writer, Ed.',
      'Request for Comments: 9999                                  March 2008',
      '',
      '                 Augmented Rules for Syntax Examples',
      '',
      'Table of Contents',
      '',
      '   1.  Introduction . . . . . . . . . . . . . . . . . . . . . . . .  3',
      '   2.  Rule Definition  . . . . . . . . . . . . . . . . . . . . . .  3',
      '     2.1.  Rule Naming  . . . . . . . . . . . . . . . . . . . . . .  9',
      '     2.10. Operator Precedence  . . . . . . . . . . . . . . . . . . 10',
      '   Appendix A.  Acknowledgements  . . . . . . . . . . . . . . . . . 13',
      '',
      '1.  Introduction',
      '',
      body('The introduction'),
      '',
      '2.  Rule Definition',
      '',
      body('A rule'),
      '',
      '2.1.  Rule Naming',
      '',
      '   The mechanisms have the following precedence, from highest at the top, to lowest at the bottom:',
      '',
      '      Comment',
      '',
      '      Value range',
      '',
      '      Alternative',
      '',
      body('Mixing them'),
      '',
      'Appendix A.  Acknowledgements',
      '',
      body('The thanks'),
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.level]),
      [
        ['Table of Contents', 2],
        ['1. Introduction', 2],
        ['2. Rule Definition', 2],
        ['2.1. Rule Naming', 3],
        ['Appendix A. Acknowledgements', 2],
      ],
    );
    const deck = planDeck(model, { file: 'rfc.txt', fileName: 'rfc.txt', format: 'text' }).value;
    // The contents are the agenda's notes, no slide.
    assert.ok(!deck.slides.some((s) => s.title.startsWith('Table of Contents')), deck.slides.map((s) => s.title).join(' | '));
    assert.match(deck.slides.find((s) => s.layout === 'agenda')?.notes ?? '', /Operator Precedence/u);
  });

  it("an essay: its date under a tagline is the deck's, a sentence with a colon is no heading, and a long opening before its sections is one introduction in the agenda", () => {
    const sentence = (topic: string, k: number): string =>
      `The ${topic} changed in year ${k} because the town council voted for a new budget that favoured ${topic} over roads and schools alike.`;
    const paragraph = (topic: string): string => [1, 2, 3, 4, 5].map((k) => sentence(topic, k)).join(' ');
    const opening = ['harbour', 'market', 'railway', 'library', 'hospital', 'bakery', 'museum', 'theatre', 'garden'].map(paragraph);
    const text = [
      'How Towns Grow',
      '',
      'Want to build a town? Read on.',
      '',
      'March 2011',
      '',
      ...opening.flatMap((p) => [p, '']),
      'That leads to our second point: the way councils spend what they raise matters more than how much they raise.',
      '',
      'Roads',
      '',
      paragraph('road'),
      '',
      'Schools',
      '',
      paragraph('school'),
      '',
    ].join('\n');
    const model = splitText(readDocument('towns.txt', Buffer.from(text)).text);
    assert.equal(model.title, 'How Towns Grow');
    assert.equal(model.date, 'March 2011');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Roads', 'Schools'],
    );
    const deck = planDeck(model, { file: 'towns.txt', fileName: 'towns.txt', format: 'text' }).value;
    const agenda = deck.slides.find((s) => s.layout === 'agenda');
    assert.deepEqual(
      [...(agenda?.body ?? '').matchAll(/^\d+\. \[([^\]]+)\]/gmu)].map((m) => m[1]),
      ['Introduction', 'Roads', 'Schools'],
    );
    // The opening's passages are still slides of their own, each titled by what it is about.
    const opened = deck.slides.filter((s) => s.section === 'Introduction' && s.layout === 'section');
    assert.ok(opened.length >= 3, `${opened.length} slides of the introduction`);
    assert.ok(deck.slides.every((s) => !/\(\d+\/\d+\)/u.test(s.title)));
  });

  it('takes a title framed by two like rules for a heading, however long the rules are', () => {
    const rule = '-'.repeat(70);
    const text = [
      '='.repeat(70),
      'Hacking Notes',
      '='.repeat(70),
      '',
      rule,
      'Change the name of a command',
      rule,
      '',
      '  Rename the file "src/commands/cmd_OLD.cpp" to "src/commands/cmd_NEW.cpp".',
      '  Update the command name in the list of commands.',
      '',
      rule,
      'Add a new file to compile',
      rule,
      '',
      '  Remember that a new file must have a name of its own in the tree.',
      '  Add it to the list of sources in the makefile as well.',
    ].join('\r\n');
    const model = splitText(readDocument('HACKING.txt', Buffer.from(text)).text);
    assert.equal(model.title, 'Hacking Notes');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Change the name of a command', 'Add a new file to compile'],
    );
    assert.ok(model.sections.every((s) => s.blocks.every((b) => b.kind !== 'code')));
  });

  it("takes a manual's options, numbered values and records of fields for entries, never for section headings", () => {
    const text = [
      'The Registry Editor',
      '',
      'Command line utilities',
      '',
      'All these programs need one registry file to work on.',
      'They read it and write it back when asked to.',
      '',
      '  Options:',
      '  -L : Log changed filenames to /tmp/changed, also auto-saves',
      '  -C : Auto-save (commit) changed hives without asking',
      '  -t : Debug trace of allocated blocks',
      '',
      '-I <registryhivefile> <prefixstring> <input.reg>',
      '   Import from a .reg file into the hive.',
      '',
      'Value types',
      '',
      'Each value has one of these types:',
      '',
      '  1 : REG_SZ',
      '  2 : REG_EXPAND_SZ',
      '',
      '220:Administrators:2',
      '221:Users:2',
      '',
      'The listing shows each group with its members.',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.ok(
      headings.every((h) => !/^-|^\d+$|^220:/u.test(h)),
      headings.join(' | '),
    );
    assert.ok(headings.includes('Command line utilities'), headings.join(' | '));
  });

  it("takes a copyright notice over the text for the title slide's notes, never its title; the first heading under it names the deck", () => {
    const text = [
      'Copyright (C) 1985, 1993 The Example Foundation, Inc.',
      '',
      '   Permission is granted to anyone to make or distribute verbatim copies',
      'of this document, provided that the copyright notice is preserved.',
      '',
      '   Modified versions may not be made.',
      '',
      'The Example Manifesto',
      '*********************',
      '',
      '     This manifesto was written at the start of the project, to ask for help.',
      '',
      'Why I Must Write It',
      '===================',
      '',
      '   I consider that the golden rule requires that I share what I write.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'The Example Manifesto');
    assert.deepEqual(model.intro, []);
    assert.ok(!JSON.stringify(model.sections).includes('Permission is granted'), "the notice is a section's text");
    assert.match(JSON.stringify(model.publisher?.opening ?? []), /Copyright \(C\) 1985.*Permission is granted.*Modified versions/su);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['The Example Manifesto', 'Why I Must Write It'],
    );
  });

  it("never takes a copyright line or the name over an address block (an RFC's Author's Address) for a heading; a 'Copyright Notice' heading stays one", () => {
    const text = [
      'Title Of Spec',
      '',
      'Copyright Notice',
      '',
      '   Copyright (C) The Internet Society (2006).  All Rights Reserved.',
      '',
      '1.  Introduction',
      '',
      '   Base encoding of data is used in many situations to store data.',
      '',
      '15.  Copying Conditions',
      '',
      '   Copyright (c) 2000-2006 Simon Josefsson',
      '',
      '   The author makes no guarantees and is not responsible for any damage.',
      '',
      "Author's Address",
      '',
      '   Simon Josefsson',
      '   SJD',
      '   EMail: simon@example.org',
      '',
      'Full Copyright Statement',
      '',
      '   Copyright (C) The Internet Society (2006).',
      '',
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['Copyright Notice', '1. Introduction', '15. Copying Conditions', "Author's Address", 'Full Copyright Statement'],
    );
  });

  it("reads a PEP's email-style header for the deck's title, authors and date, and reStructuredText's underlined headings whole", () => {
    const text = [
      'PEP: 255',
      'Title: Simple Generators',
      'Version: $Revision$',
      'Author: nas@example.com (Neil Schemenauer),',
      '        Tim Peters <tim@example.com>',
      'Status: Final',
      'Type: Standards Track',
      'Created: 18-May-2001',
      '',
      '',
      'Abstract',
      '========',
      '',
      '    This PEP introduces the concept of generators to Python.',
      '',
      'Specification:  Yield',
      '=====================',
      '',
      '    A new statement is introduced.',
      '',
      'Example',
      '=======',
      '',
      '    # Show it off: create a tree.',
      '    t = tree("ABC")',
      '',
      '    # Print the nodes',
      '    for x in t:',
      '        print(x)',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Simple Generators');
    assert.equal(model.author, 'Neil Schemenauer, Tim Peters');
    assert.equal(model.date, '18-May-2001');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Abstract', 'Specification: Yield', 'Example'],
    );
    assert.match(JSON.stringify(model.publisher?.opening ?? []), /PEP: 255/u);
  });

  it("keeps reStructuredText's literal block (the lines indented under a paragraph ending with '::') as code, blank lines and indentation as written", () => {
    const text = [
      'Simple Generators',
      '',
      'Motivation',
      '==========',
      '',
      'A very simple example::',
      '',
      '    def fib():',
      '        a, b = 0, 1',
      '',
      '        while 1:',
      '           yield b',
      '',
      'When fib() is first invoked, it sets a to 0 and b to 1.',
      '',
    ].join('\n');
    const blocks = splitText(text).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'code', 'paragraph'],
    );
    assert.match(blocks[1]?.text ?? '', /^```\ndef fib\(\):\n {4}a, b = 0, 1\n\n {4}while 1:\n {7}yield b\n```$/u);
  });

  it('reads a clause number followed by a number of its own ("2.3.1 406 Not Acceptable") as a heading at its depth', () => {
    const text = [
      'Intro of the memo, in one sentence.',
      '2.3 Return codes',
      'Normal codes are used.',
      '2.3.1 406 Not Acceptable',
      'The pot cannot add milk.',
      '2.3.2 418 I am a teapot',
      'The pot is a teapot.',
      '3. Other matters',
      'Nothing else to add here.',
    ].join('\n\n');
    const sections = splitText(text).sections.map((s) => `${s.level} ${s.heading}`);
    assert.deepEqual(sections, ['3 2.3 Return codes', '4 2.3.1 406 Not Acceptable', '4 2.3.2 418 I am a teapot', '2 3. Other matters']);
  });
  const body = (h: string): string => `${h} explained in one sentence. And one more.`;
  for (const [name, make] of [
    ['bare', (h: string) => `${h}: ${body(h)}`],
    ['numbered', (h: string, i: number) => `${i + 1}. ${h}: ${body(h)}`],
    ['bulleted', (h: string) => `• ${h}: ${body(h)}`],
    ['bold', (h: string) => `**${h}**: ${body(h)}`],
    ['stand-alone', (h: string) => `${h}\n\n${body(h)}`],
  ] as const) {
    it(`finds ${name} headings, the intro and the summary`, () => {
      const headings = ['Early Years', 'The War', 'Legacy'];
      const text = [
        'This essay looks at a life in three parts. Here they are:',
        ...headings.map((h, i) => make(h, i)),
        'In conclusion, it was a full life.',
      ].join('\n\n');
      const model = splitText(text);
      assert.deepEqual(
        model.sections.map((s) => s.heading),
        headings,
      );
      assert.equal(model.intro.length, 1);
      assert.match(model.summary[0]?.text ?? '', /^In conclusion/u);
    });
  }
  it('reads the example layout: separator lines, and a summary line straight after the last section', () => {
    const model = splitText('Intro text here. Here are reasons:\n-\nFirst Point: Alpha beta.\n-\nSecond Point: Gamma delta.\nIn summary, both matter.');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['First Point', 'Second Point'],
    );
    assert.equal(model.summary[0]?.text, 'In summary, both matter.');
  });
  it('reads indented "." marks as a list: no item is a heading (". execute: git checkout master")', () => {
    const model = splitText(
      'Hacking\n\nDevelopment\n===\n\nTo merge a fix upwards:\n\n    . execute: git checkout master\n    . ensure that you have the latest master\n    . execute: git merge dbus-X.Y\n\nMaking a release\n===\n\nTag it.\n',
    );
    assert.deepEqual(
      model.sections.map((sec) => sec.heading),
      ['Development', 'Making a release'],
    );
    const list = model.sections[0]?.blocks.find((b) => b.kind === 'list');
    assert.match(list?.text ?? '', /^•\s+execute: git checkout master\n•\s+ensure/u);
  });

  it('reads RFC-style "o" bullets as a list, and leaves an "o" in prose alone', () => {
    const model = splitText(
      'Spec\n\nRules\n\n   The rules are these.\n\n   o  All times have a stated offset\n      from UTC.\n\n   o  Timestamps are ordered.\n\nEnd\n\no Brasil e o mundo.\n',
    );
    const blocks = model.sections.flatMap((sec) => sec.blocks);
    const list = blocks.find((b) => b.kind === 'list');
    assert.ok(list, JSON.stringify(blocks));
    assert.match(list.text, /^•\s+All times have a stated offset\nfrom UTC\.\n•\s+Timestamps are ordered\.$/u);
    assert.ok(
      blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('o Brasil')),
      JSON.stringify(blocks),
    );
  });

  it("takes no item of a clause's list, nor a line whose sentence goes on, for a heading", () => {
    const model = splitText(
      'Licence\n\nSome intro text here.\n\n(c) allow anyone who receives a copy to pass it on to others\nunder\n\n    (i)  the Original License or\n\n    (ii)  a license that permits the licensee to copy it.\n\nTerms of use\n\nThe terms follow here.\n',
    );
    const headings = model.sections.map((sec) => sec.heading);
    assert.ok(!headings.some((h) => h.includes('Original License')), headings.join(' | '));
    assert.ok(headings.includes('Terms of use'), headings.join(' | '));
  });

  it('keeps a labelled remark ("NOTE: ...") in its section, and takes no line of data for a heading', () => {
    const model = splitText(
      'Spec\n\nFormats\n\nThe format is simple and it is used in many places.\n\nNOTE: Offsets are numeric only.\n\n1985-04-12T23:20:50.52Z\n\nThis represents a time in UTC.\n\nLimits\n\nThere are few.\n',
    );
    const headings = model.sections.map((sec) => sec.heading);
    assert.deepEqual(headings, ['Formats', 'Limits']);
    const texts = model.sections[0]?.blocks.map((b) => b.text) ?? [];
    assert.ok(texts.includes('NOTE: Offsets are numeric only.') && texts.includes('1985-04-12T23:20:50.52Z'), JSON.stringify(texts));
  });

  it('keeps "Where:" over the terms of a command in its section: a word that goes on with the sentence before it', () => {
    const model = splitText(
      [
        'Editing',
        '',
        '  Many commands that change text are made of an operator and a motion. The format is:',
        '',
        '        d   motion',
        '',
        '  Where:',
        '    d      - is the delete operator',
        '    motion - is what the operator will operate on (listed below)',
        '',
        '  A short list of motions follows.',
        '',
        'Undoing',
        '',
        '  Press u to undo the last command.',
        '',
      ].join('\n'),
    );
    assert.ok(!model.sections.some((sec) => /^where$/iu.test(sec.heading)), model.sections.map((sec) => sec.heading).join(' | '));
  });

  it('takes a title line under a line of text and over its date for the title and the date, never the date for a heading', () => {
    const para = (n: number): string => `Paragraph ${n} of the essay says what the author worked on in those years, and why it mattered to him later.`;
    const model = splitText(['I am the author.', 'What I Worked On', 'February 2021', para(1), para(2), para(3)].join('\n\n'));
    assert.equal(model.title, 'What I Worked On');
    assert.equal(model.date, 'February 2021');
    assert.ok(!model.sections.some((sec) => /February/u.test(sec.heading)), model.sections.map((sec) => sec.heading).join(' | '));
  });

  it('takes no line that leads into a formula set in under it for a heading: a verb, a connective, a clause, a remark', () => {
    const formula = '    f o foldr g c = foldr h e';
    const text = [
      'These notes go with the first lecture of the course.',
      '',
      'Lecture 1: Program calculation',
      '------------------------------',
      '',
      'Some patterns come up over and over again in functional programs, and we study them here.',
      '',
      'Fold-fusion',
      '-----------',
      '',
      'When is',
      '',
      formula,
      '',
      'Therefore',
      '',
      formula,
      '',
      'Applying fold-fusion we get that (*) is satisfied if',
      '',
      formula,
      '',
      'Comparing with the definition of foldr, we discover',
      '',
      formula,
      '',
      'Question: when does a fold after a map give a fold?',
      '',
      formula,
      '',
      'Final remark',
      '------------',
      '',
      'The fusion law is the workhorse of program calculation, as the rest of the course will show.',
      '',
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((sec) => sec.heading),
      ['Lecture 1: Program calculation', 'Fold-fusion', 'Final remark'],
    );
  });

  it('keeps a calculation set in, an equation and a hint a line, as written: the lines of a derivation, not a paragraph', () => {
    const text = [
      'These notes go with the first lecture of the course.',
      '',
      'Fold-fusion',
      '-----------',
      '',
      'We compute, case by case, what the two sides say:',
      '',
      '    f o foldr g c [] = foldr h e []',
      '  =    { definition foldr }',
      '    f c = e',
      '',
      'That is the first case.',
      '',
    ].join('\n');
    const blocks = splitText(text).sections.flatMap((sec) => sec.blocks);
    const code = blocks.find((b) => b.kind === 'code');
    assert.ok(code && code.text.includes('f o foldr g c [] = foldr h e []\n') && code.text.includes('{ definition foldr }'), JSON.stringify(blocks));
  });

  it("heads an INSTALL file's parts in capitals with a colon, never a command line or a remark's label", () => {
    const rule = '*'.repeat(60);
    const text = [
      'Installation instructions for Tool, a tunnelling daemon',
      '',
      'Copyright (C) 2002-2022 Tool Inc. This program is free software;',
      'you can share it under the terms of its licence.',
      '',
      rule,
      '',
      'QUICK START:',
      '',
      '  Unix:',
      '    ./configure && make && make install',
      '',
      rule,
      '',
      'To download the source code of releases, go to:',
      '',
      '    https://example.org/downloads/',
      '',
      'Also see the manual page for more information.',
      '',
      rule,
      '',
      'SYSTEM REQUIREMENTS:',
      '  (1) A driver that lets programs in user space control',
      '      a virtual network device.',
      '  (2) A library for encryption, version 1.1 or higher.',
      '',
      'OPTIONAL:',
      '  (3) A compression library, for link compression.',
      '',
      rule,
      '',
      'Test Crypto:',
      '',
      './tool --genkey secret key',
      './tool --test-crypto --secret key',
      '',
      'NOTE:',
      '  The tests need a network to run.',
      '',
      rule,
      '',
      'CAVEATS & BUGS:',
      '',
      '* See the bug tracker for caveats on operating systems',
      '  and for open and resolved bug reports.',
      '',
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((sec) => sec.heading),
      ['QUICK START', 'SYSTEM REQUIREMENTS', 'OPTIONAL', 'CAVEATS & BUGS'],
    );
  });

  it('keeps a reminder ("Remember: millions for defense…") in its section, in an essay whose headings are lines of their own', () => {
    const model = splitText(
      'Manifesto\n\nObjections\n\nWe must distinguish between real work and mere handholding.\n\nRemember: millions for defense, but not a cent for tribute!\n\nIn the short run, this is true.\n\nClosing\n\nThat is all.\n',
    );
    assert.deepEqual(
      model.sections.map((sec) => sec.heading),
      ['Objections', 'Closing'],
    );
  });

  it('reads a specification: numbered sections beside its front matter, a wrapped "term:" mid-sentence and a glossary term as text', () => {
    const model = splitText(
      [
        'A Spec',
        '',
        'Abstract',
        '',
        '   This document defines a format.',
        '',
        '1. Introduction',
        '',
        '   Values might appear in',
        '   Internet protocols:  this document focuses on one usage.',
        '',
        '2. Definitions',
        '',
        '      ABNF',
        '                  Augmented Backus-Naur Form.',
        '',
        'TERMS',
        '',
        '0. Scope',
        '',
        '   The scope is narrow.',
        '',
      ].join('\n'),
    );
    const shape = model.sections.map((sec) => `${sec.level} ${sec.heading}`);
    // Numbered sections after "Abstract" (which has text) are its siblings; under "TERMS" (which has none) its clauses.
    assert.deepEqual(shape, ['2 Abstract', '2 1. Introduction', '2 2. Definitions', '2 TERMS', '3 0. Scope']);
    assert.ok(
      model.sections[1]?.blocks.some((b) => b.text.includes('might appear in Internet protocols:')),
      JSON.stringify(model.sections[1]),
    );
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const model = splitText('Title Of Talk\n\nFirst part: a sentence that\nwraps onto a second line.\n\nSecond part: short.');
    assert.equal(model.title, 'Title Of Talk');
    assert.equal(model.sections[0]?.blocks[0]?.text, 'a sentence that wraps onto a second line.');
  });
});

describe('a specification in plain text', () => {
  it('takes its title from the line after its header block; captions, sentences that go on, columns and contact data are no sections', () => {
    const text = [
      '',
      'Working Group of Examples                                     A. Writer',
      'Request for Comments: 9999                                   Some Place',
      'Category: Informational                                      March 2031',
      '',
      '',
      '            The Example Encodings: Letters and Numbers',
      '',
      'Status of This Memo',
      '',
      '   This memo describes nothing of consequence, and is meant as an example.',
      '',
      '1.  Introduction',
      '',
      '   Encodings map bytes to letters that travel well through mail.',
      '',
      '                      Table 1: The Example Alphabet',
      '',
      '      Value Encoding     Value Encoding',
      '          0 A               1 B',
      '',
      '2.  Security Considerations',
      '',
      '   None of the encodings hides anything.',
      '',
      '   More about the alphabets can be found at:',
      '   <http://example.org/alphabets>.  It lists them all.',
      '',
      '   UTC Date  Letters Added',
      '',
      '      Input data:  0x14fb9c03d97e',
      '      Hex:     1   4    f   b    9   c',
      '      8-bit:   00010100 11111011 10011100',
      '',
      '   EXAMPLE("fo") = "Zm8="',
      '',
      '   EXAMPLE("foo") = "Zm9v"',
      '',
      '   Phone: +1 555 0100',
      '   EMail: writer@example.org',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'The Example Encodings');
    assert.equal(model.subtitle, 'Letters and Numbers');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Introduction', '2. Security Considerations'],
    );
    // The series' boilerplate is the title slide's notes.
    assert.ok(model.publisher?.opening.some((b) => b.text === 'Status of This Memo'));
  });
});

describe('a specification under a letterhead, with a revision history and numbered clauses', () => {
  const wrapped = (n: number): string =>
    `The relay keeps the address of the client for the server behind it, clause ${n}, whatever the number of\nhops between the two, and it never rewrites what the client sent after the header.`;
  const text = [
    '2031/02/14                                                        Ada Lindqvist',
    '                                                               Relay Works Ltd',
    '                               The RELAY header',
    '                                 Versions 1 & 2',
    '',
    'Abstract',
    '',
    '   The RELAY header carries the address of a client across proxies that know nothing',
    '   of the protocol above them, at little cost to the software that reads it.',
    '',
    'Revision history',
    '',
    '   2029/03/01 - first version',
    '   2029/09/12 - add the binary form',
    '   2030/05/30 - added the checksum field and the padding field, and reserved',
    '                the type numbers above 0xE0 for private use.',
    '   2031/02/14 - clarified datagram use',
    '',
    '1. Background',
    '',
    wrapped(1),
    '',
    '2. Architectural benefits',
    '2.1. Several layers',
    '',
    wrapped(2),
    '',
    '2.2. Return paths',
    '',
    wrapped(3),
    '',
    '3. Security',
    '',
    wrapped(4),
    '',
  ].join('\n');
  const doc = splitText(text);

  it('takes its title and subtitle from the centred lines, its date and author from the letterhead over them', () => {
    assert.deepEqual([doc.title, doc.subtitle, doc.author, doc.date], ['The RELAY header', 'Versions 1 & 2', 'Ada Lindqvist', '2031/02/14']);
  });
  it('reads the revision history as a list, an entry an item with the lines set in under it, not a heading over the rest', () => {
    const history = doc.sections.find((s) => s.heading === 'Revision history');
    assert.equal(history?.blocks[0]?.kind, 'list');
    assert.match(history?.blocks[0]?.text ?? '', /^• 2029\/03\/01 - first version$/mu);
    assert.match(history?.blocks[0]?.text ?? '', /2030\/05\/30 - added the checksum field and the padding field, and reserved\s+the type numbers/u);
    assert.ok(!doc.sections.some((s) => s.heading.startsWith('2029')), doc.sections.map((s) => s.heading).join(' | '));
  });
  it('sets its numbered clauses beside the front matter, a clause and the first of its sub-clauses on two lines apart', () => {
    const levels = doc.sections.map((s) => `${s.level} ${s.heading}`);
    assert.deepEqual(levels, [
      '2 Abstract',
      '2 Revision history',
      '2 1. Background',
      '2 2. Architectural benefits',
      '3 2.1. Several layers',
      '3 2.2. Return paths',
      '2 3. Security',
    ]);
  });
});

describe('a table laid out in columns under a row of their headings', () => {
  const text = [
    '1. Changes',
    '',
    '        Release   Date          Notes',
    '',
    '        2.1       2031-03-02    The header gained a field for the',
    '                                checksum, and its padding moved.',
    '',
    '        2.0       2030-11-20    First public release.',
    '',
    '        1.9*      2030-07-01    Draft | not for use.',
    '',
    '2. Format',
    '',
    '        The header opens every file, and nothing may come before it in the stream.',
    '',
  ].join('\n');
  it('is a table, a cell that goes on over lines set under its column one cell, a bar in it escaped', () => {
    const doc = splitText(text);
    const table = doc.sections[0]?.blocks[0];
    assert.equal(table?.kind, 'table');
    assert.equal(
      table?.text,
      [
        '| Release | Date | Notes |',
        '| --- | --- | --- |',
        '| 2.1 | 2031-03-02 | The header gained a field for the checksum, and its padding moved. |',
        '| 2.0 | 2030-11-20 | First public release. |',
        '| 1.9* | 2030-07-01 | Draft \\| not for use. |',
      ].join('\n'),
    );
    assert.equal(doc.sections[1]?.heading, '2. Format');
  });
  it('shows its cells as written on the slide, a star no emphasis', () => {
    const slides = planDeck(splitText(text), { file: 'spec.txt', fileName: 'spec.txt', format: 'text', author: 'T' }).value.slides;
    const body = slides.find((s) => s.body.includes('| Release |'))?.body ?? '';
    assert.match(body, /\| 1\.9\\\* \| 2030-07-01 \| Draft \\\| not for use\. \|/u);
  });
});

describe('a line that says where a copy came from', () => {
  it("is no title: the specification's own title is, and the line goes to the title slide's notes", () => {
    const text = [
      'Source: http://example.org/tags-2.4-structure',
      '------------------------------------------------------------------------',
      '',
      'Informal standard                                             A. Writer',
      'Document: tags-2.4-structure.txt                        1st November 2000',
      '',
      '',
      '                 Tag format 2.4 - Main Structure',
      '',
      'Status of this document',
      '',
      '   This document is an informal standard and replaces version 2.3.',
      '',
      '1.   Overview',
      '',
      '   A tag is a block of data at the start of a file.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Tag format 2.4 - Main Structure');
    assert.ok(
      model.publisher?.opening.some((b) => b.text.startsWith('Source: http://example.org/')),
      JSON.stringify(model.publisher),
    );
  });
});

describe("a copier's note boxed in '#' lines over a specification", () => {
  it("is no text of it: the specification's header and title are read under it, the note goes to the title slide's notes", () => {
    const text = [
      '#   Copied from http://example.org/rfc/rfc9999.txt on 2015-02-11     #',
      '#  Headers / page breaks and the appendix are left out (see original) #',
      '',
      'Internet Engineering Task Force (IETF)                     A. Writer, Ed.',
      'Request for Comments: 9999                                    Example Inc.',
      '                                                                April 2013',
      '',
      '                       Tag Format Patch',
      '',
      'Abstract',
      '',
      '   This document defines a patch format for tags.',
      '',
      '1.  Introduction',
      '',
      '   Tags are blocks of data at the start of a file.',
      '',
      '2.  Operations',
      '',
      '   A patch is a list of operations.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Tag Format Patch');
    assert.equal(model.date, 'April 2013');
    assert.ok(
      model.publisher?.opening.some((b) => b.text.includes('Copied from')),
      JSON.stringify(model.publisher),
    );
  });
});

describe('a protocol described in plain text', () => {
  it('takes its wiki-style title line without its marks, and never a response line set in with its escapes for a heading', () => {
    const para = (n: number): string =>
      `Paragraph ${n} of the protocol says how the client and the server talk,\nwhat each command means and what the server answers to it.`;
    const text = [
      '= Queue Protocol =',
      '',
      'Commands',
      '--------',
      '',
      para(1),
      '',
      '    DEADLINE_SOON\\r\\n',
      '',
      para(2),
      '',
      '    TIMED_OUT\\r\\n',
      '',
      para(3),
      '',
      'Replies',
      '-------',
      '',
      para(4),
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Queue Protocol');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Commands', 'Replies'],
    );
  });
});

describe("a grammar's rules in ABNF in a specification", () => {
  it('are one listing, a rule a paragraph as RFCs set them; a sentence with an equals sign stays text', () => {
    const text = [
      '2.  Definition of the Format',
      '',
      '   The ABNF grammar appears as follows:',
      '',
      '   file = [header CRLF] record *(CRLF record) [CRLF]',
      '',
      '   header = name *(COMMA name)',
      '',
      '   name = field',
      '',
      '   COMMA = %x2C ;as in section 6.1',
      '',
      '   The value of x = the number of fields, as counted above.',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    assert.deepEqual(
      blocks.filter((b) => b.kind === 'code').map((b) => b.text),
      ['```\nfile = [header CRLF] record *(CRLF record) [CRLF]\n\nheader = name *(COMMA name)\n\nname = field\n\nCOMMA = %x2C ;as in section 6.1\n```'],
    );
    assert.ok(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('The value of x')));
    // Rules set in columns, their "=" at one column, are rules too, not terms and their descriptions.
    const columns = [
      'Appendix A',
      '',
      '   timespec-base     = timespec-hour / timespec-minute',
      '',
      '   time              = timespec-base [time-fraction] [time-zone]',
      '',
      '   iso-date-time     = date "T" time',
      '',
    ].join('\n');
    const code = allBlocks(columns).filter((b) => b.kind === 'code');
    assert.equal(code.length, 1);
    assert.match(code[0]?.text ?? '', /^time {14}= timespec-base \[time-fraction\] \[time-zone\]$/mu);
  });
});

describe('an HTTP message in a specification', () => {
  it("is code: a request or status line over header fields, at the prose's own indentation", () => {
    const text = [
      '3.  Document Structure',
      '',
      '   The following is an example document, transferred in an HTTP PATCH request:',
      '',
      '   PATCH /my/data HTTP/1.1',
      '   Host: example.org',
      '   Content-Type: application/json-patch+json',
      '',
      '   A server answers it so:',
      '',
      '   HTTP/1.1 204 No Content',
      '   Location: /my/data',
      '',
      '   Host: the name of the server, as the client knows it.',
      '',
    ].join('\n');
    const code = allBlocks(text)
      .filter((b) => b.kind === 'code')
      .map((b) => b.text);
    assert.deepEqual(code, [
      '```\nPATCH /my/data HTTP/1.1\nHost: example.org\nContent-Type: application/json-patch+json\n```',
      '```\nHTTP/1.1 204 No Content\nLocation: /my/data\n```',
    ]);
  });
});

describe("a client's commands, each on a line of its own", () => {
  it('are code, one alone too ("/NETWORK LIST" under the sentence that leads into it)', () => {
    const text = [
      'Startup',
      '=======',
      '',
      'IRC networks are made of servers. The default config has a few networks, to list them:',
      '',
      '/NETWORK LIST',
      '',
      'And to connect to one of those networks and join a channel:',
      '',
      '/CONNECT liberachat',
      '/JOIN #irssi',
      '',
      'Paths such as /usr/local/bin are where the program goes.',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    assert.deepEqual(
      blocks.filter((b) => b.kind === 'code').map((b) => b.text),
      ['```\n/NETWORK LIST\n```', '```\n/CONNECT liberachat\n/JOIN #irssi\n```'],
    );
  });

  it('a statement alone set in deeper than the text over it is code ("for (i = 0; i < n; i++) {" under "Do this instead:")', () => {
    const text = [
      'Style',
      '=====',
      '',
      '\tPut spaces between terms and operators. Do this instead:',
      '',
      '\t\tfor (i = 0; i < num_items; i++) {',
      '',
      '\tWhile it extends the line a bit longer, the spaced version is more readable.',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    assert.ok(
      blocks.some((b) => b.kind === 'code' && b.text === '```\nfor (i = 0; i < num_items; i++) {\n```'),
      JSON.stringify(blocks),
    );
  });
});

describe('settings and a command set in under the sentence that leads into them', () => {
  it('are code as written, however little they are set in ("XTerm*metaSendsEscape: true", "xmodmap -e …")', () => {
    const text = [
      'Keys',
      '====',
      '',
      'If you use one of the older terminals, you may need to set a few of its resources:',
      '',
      ' XTerm*eightBitInput:   false',
      ' XTerm*metaSendsEscape: true',
      '',
      'You could also do this by changing the key mappings of the display:',
      '',
      ' xmodmap -e "keysym Alt_L = Meta_L Alt_L"',
      '',
      'A sentence set in after a colon stays a sentence, however:',
      '',
      ' The resources affect only the terminals you start after that.',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    assert.deepEqual(
      blocks.filter((b) => b.kind === 'code').map((b) => b.text),
      ['```\nXTerm*eightBitInput:   false\nXTerm*metaSendsEscape: true\n```', '```\nxmodmap -e "keysym Alt_L = Meta_L Alt_L"\n```'],
    );
    assert.ok(
      blocks.some((b) => b.kind === 'paragraph' && b.text === 'The resources affect only the terminals you start after that.'),
      JSON.stringify(blocks),
    );
  });
});

describe("a program's output, its lines opening with the same marker", () => {
  it('is shown as written, and its first line heads nothing ("-!- IRCNet: irc.song.fi:6667 (IRCNet)")', () => {
    const text = [
      'Servers',
      '=======',
      '',
      'To see the list of all active connections, use /SERVER without any parameters. You should see a',
      'list of something like:',
      '',
      ' -!- IRCNet: irc.song.fi:6667 (IRCNet)',
      ' -!- OFTC: irc.oftc.net:6667 (OFTC)',
      ' -!- RECON-1: 192.168.0.1:6667 () (02:59 left before reconnecting)',
      '',
      'Here you see that we are connected to IRCNet and OFTC networks. The IRCNet at the beginning is',
      'called the server tag.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Servers');
    assert.deepEqual(model.sections, [], 'no section headed by a line of the output');
    const blocks = allBlocks(text);
    const output = blocks.find((b) => b.text.includes('-!- OFTC'));
    assert.ok(output && output.kind !== 'paragraph', JSON.stringify(blocks));
    assert.match(output.text, /-!- IRCNet: irc\.song\.fi:6667 \(IRCNet\)\n\s*-!- OFTC: irc\.oftc\.net:6667 \(OFTC\)\n\s*-!- RECON-1/u);
  });

  it('one such line alone, over a paragraph, is no heading either', () => {
    const text = [
      'Startup',
      '=======',
      '',
      'When irssi has joined a channel, it prints a line in the channel window:',
      '',
      '-!- Irssi: Join to #irssi was synced in 0 secs',
      'The line tells you that the channel is ready, and how long it took to get its list of names.',
      '',
      'Windows',
      '=======',
      '',
      'Each window holds one channel or query at a time, and the status window holds the rest.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual([model.title, ...model.sections.map((s) => s.heading)], ['Startup', 'Windows']);
  });
});

describe('a drawing with its arrows labelled on lines of their own', () => {
  it('keeps the labels over and under it as lines of the drawing, at their columns', () => {
    const text = [
      'Devices',
      '-------',
      '',
      '   A device receives requests from the REP endpoint and forwards them to the REQ',
      '   endpoint, and replies the other way:',
      '',
      '                   --- requests -->',
      '',
      '   +-----+   +-----+-----+   +-----+',
      '   |     |-->|     |     |-->|     |',
      '   | REQ |   | REP | REQ |   | REP |',
      '   |     |<--|     |     |<--|     |',
      '   +-----+   +-----+-----+   +-----+',
      '',
      '                   <-- replies ---',
      '',
      '   Using devices, arbitrary topologies can be built.',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    const drawing = blocks.find((b) => b.text.includes('| REQ |'));
    assert.ok(drawing, JSON.stringify(blocks));
    assert.match(drawing.text, /^```\n {16}--- requests -->\n\n\+-----\+/u, drawing.text);
    assert.match(drawing.text, /\+\n\n {16}<-- replies ---\n```$/u, drawing.text);
    assert.ok(!blocks.some((b) => b !== drawing && /requests -->|<-- replies/u.test(b.text)), JSON.stringify(blocks));
  });
});

describe("a newspaper article's byline", () => {
  it('gives the subtitle and the author, and its lines and a notice that lets it be copied go to the title slide, not a section', () => {
    const body = (n: number): string =>
      `In study number ${n}, the children who were promised a prize for drawing drew less often\nwhen the prize was gone.  The effect held across ages and schools.`;
    const text = [
      'PRIZES OFTEN FAIL TO MOTIVATE',
      '',
      'Interest in a task fades when it is done for a reward',
      '',
      'By Ada Lovelace',
      'Special to the Morning Herald',
      '[reprinted with permission of the author]',
      '',
      'Verbatim copying and distribution is permitted in any medium',
      'provided this notice is preserved.',
      '',
      body(1),
      '',
      body(2),
      '',
      'Control matters',
      '',
      body(3),
      '',
      'Means and ends',
      '',
      body(4),
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'PRIZES OFTEN FAIL TO MOTIVATE');
    assert.equal(model.subtitle, 'Interest in a task fades when it is done for a reward');
    assert.equal(model.author, 'Ada Lovelace');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Control matters', 'Means and ends'],
    );
    const shown = JSON.stringify([...model.intro, ...model.sections.flatMap((s) => s.blocks)]);
    assert.doesNotMatch(shown, /Morning Herald|Verbatim|By Ada/u);
    assert.match(JSON.stringify(model.publisher?.opening ?? []), /Special to the Morning Herald[\s\S]*Verbatim copying/u);
  });
});

describe('a date under the title', () => {
  it("is the deck's date, not a topic; a line that only has a year in it stays text", () => {
    const model = splitText('What I Worked On\n\nFebruary 2021\n\nBefore college I wrote short stories.\n\nThen I programmed.\n');
    assert.equal(model.date, 'February 2021');
    assert.doesNotMatch(JSON.stringify(model.intro) + JSON.stringify(model.sections), /February 2021/u);
    assert.equal(splitText('What I Worked On\n\nThe year 2021\n\nBefore college I wrote.\n').date, null);
  });
});

describe("a speech's transcript", () => {
  it("opens with the speaker's name over the title and the date: the name is the author, the line under it the title", () => {
    const model = splitText(
      `Franklin D. Roosevelt\nAnnual Message to Congress on the State of the Union\nJanuary 6, 1941\nMr. President, Mr. Speaker, Members of the Seventy-seventh Congress:\n\n${'I address you, the Members of the Seventy-seventh Congress, at a moment unprecedented in the history of the Union. '.repeat(3)}\n\n${`${'Since the permanent formation of our Government under the Constitution, in 1789, most of the periods of crisis in our history have related to our domestic affairs. '.repeat(3)}\n\n`.repeat(6)}`,
    );
    assert.equal(model.title, 'Annual Message to Congress on the State of the Union');
    assert.equal(model.author, 'Franklin D. Roosevelt');
    assert.equal(model.date, 'January 6, 1941');
    // A title over a date with no name over them stays the title.
    const essay = splitText('What I Worked On\n\nFebruary 2021\n\nBefore college I wrote short stories.\n\nThen I programmed.\n');
    assert.equal(essay.title, 'What I Worked On');
    assert.equal(essay.author, null);
  });
});

describe("a sentence's clause before a colon", () => {
  it('is no heading: "There were …:", "I applied to …:", "The result was …:", while "Ground rules:" and a bold lead-in are', () => {
    const text = [
      'Field notes',
      '',
      'We spent the spring on the coast and wrote down what we saw every morning.',
      '',
      'There were plenty of gulls too: herring gulls, mostly, and a few terns that nested on the rocks.',
      '',
      'I applied to three harbours: Sines, Peniche and Nazaré, and only one answered.',
      '',
      'The result was clear: the tide gauges drifted by a centimetre a month.',
      '',
      'Wir hatten Glück: the weather held.',
      '',
      'Ground rules: nobody walks on the dunes. Everyone signs the log.',
      '',
      '**We learned**: patience, above all.',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(headings, ['Ground rules', 'We learned']);
  });
});

describe("an e-text's header", () => {
  it('gives the title, the author and the year, and leaves the running text', () => {
    const text = [
      'The Project Gutenberg EBook of On Tides, by Ana Ferreira',
      '',
      'This eBook is for the use of anyone anywhere at no cost and with almost no restrictions whatsoever. You may copy it, give it away or re-use it under the terms of the Project Gutenberg License included with this eBook.',
      '',
      'Title: On Tides',
      'ON TIDES',
      '',
      'by Ana Ferreira',
      '',
      '1802',
      '',
      'The sea rises twice a day along this coast, and the fishermen of the town have always known the hour of it without a table. What follows is an account of how they knew, and of what the tables added when they came, years later, from the capital.',
      '',
      'The second paragraph goes on with the tables and the men who kept them, and with the boats that went out by them.',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'On Tides');
    assert.equal(model.author, 'Ana Ferreira');
    assert.equal(model.date, '1802');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.ok(model.intro.some((b) => b.text.startsWith('The sea rises twice a day')));
    assert.ok(!model.intro.some((b) => /^(?:Title:|ON TIDES|by Ana|1802)/u.test(b.text)), JSON.stringify(model.intro.map((b) => b.text.slice(0, 20))));
  });

  const para = (n: number, topic: string): string =>
    Array.from(
      { length: n },
      (_, i) => `The ${topic} kept its light through the ${i + 2}th night, and the keeper wrote down how much oil it had burned before the morning came.`,
    ).join(' ');
  const etext = (opening: string, body: string[]): string =>
    [
      opening,
      '',
      'This eBook is for the use of anyone anywhere at no cost and with',
      'almost no restrictions whatsoever.  You may copy it, give it away or',
      're-use it under the terms of the Project Gutenberg License included',
      'with this eBook or online at www.gutenberg.org',
      '',
      '',
      'Title: The Lamp and the Moth',
      '',
      'Author: Ada Quill',
      '',
      'Release Date: May 3, 2001 [EBook #999]',
      'Last Updated: June 1, 2019',
      '',
      'Language: English',
      '',
      '*** START OF THIS PROJECT GUTENBERG EBOOK THE LAMP AND THE MOTH ***',
      '',
      '',
      ...body,
      '',
      '*** END OF THIS PROJECT GUTENBERG EBOOK THE LAMP AND THE MOTH ***',
      '',
      'THE FULL PROJECT GUTENBERG LICENSE',
      '',
      'Section 1.  General Terms of Use and Redistributing Project Gutenberg-tm electronic works.',
      '',
      'By reading or using any part of this work, you indicate that you have read and accept all the terms of this license.',
    ].join('\r\n');

  it("keeps a centred title page out of the text: the title over two lines, the imprint's town over its publisher and year, the impression", () => {
    const text = etext('The Project Gutenberg eBook, The Lamp and the Moth, by Ada Quill', [
      '[This file was first posted on March 3, 1999]',
      '',
      'Transcribed from the 1911 Harbour Press edition by Jo Keeper,',
      'email jo@example.org',
      '',
      '                          [Picture: Book cover]',
      '',
      'THE LAMP',
      'AND THE MOTH',
      '',
      '                                * * * * *',
      '',
      '                                  BRISTOL',
      '                            HARBOUR PRESS',
      '                                   1911',
      '',
      '                                * * * * *',
      '',
      '                           _Second Impression_',
      '',
      para(3, 'lamp'),
      '',
      para(2, 'moth'),
    ]);
    const model = splitText(readDocument('lamp.txt', Buffer.from(text)).text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.equal(model.subtitle ?? null, null);
    const shown = model.intro
      .filter((b) => b.folded !== true)
      .map((b) => b.text)
      .join('\n');
    assert.doesNotMatch(shown, /BRISTOL|HARBOUR PRESS|Impression|first posted|Transcribed|Picture/u);
    assert.match(shown, /^The lamp kept its light/u);
  });

  it("reads the Title field's second line as the subtitle, and keeps the title page (its publisher, the rights reserved) and the transcriber's credit out of the text", () => {
    const opening = etext('The Project Gutenberg eBook, The Lamp and the Moth, by Ada Quill', [
      'Transcribed from the 1914 Chatto & Windus edition by David Price, email',
      'ccx074@pglaf.org',
      '',
      'THE LAMP AND THE MOTH',
      'AN OPEN LETTER TO THE KEEPER OF THE LIGHT',
      'FROM',
      'ADA QUILL',
      '',
      '1914',
      'LONDON',
      'CHATTO & WINDUS',
      '',
      'A new impression',
      'All rights reserved',
      '',
      para(3, 'lamp'),
      '',
      para(2, 'moth'),
    ]).replace('Title: The Lamp and the Moth', 'Title: The Lamp and the Moth\r\n       an Open Letter to the Keeper of the Light');
    const model = splitText(readDocument('lamp.txt', Buffer.from(opening)).text);
    assert.equal(model.title, 'The Lamp and the Moth');
    assert.equal(model.subtitle, 'an Open Letter to the Keeper of the Light');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.match(model.intro[0]?.text ?? '', /^The lamp kept its light/u);
    const notes = (model.publisher?.opening ?? []).map((b) => b.text).join('\n');
    assert.match(notes, /Transcribed from the 1914[\s\S]*CHATTO & WINDUS[\s\S]*All rights reserved/u);
  });

  it('reads a field of the header written in brackets ("[Date last updated: May 3, 2011]") as a field, never as the text', () => {
    const text = etext('The Project Gutenberg EBook of The Lamp and the Moth, by Ada Quill', [para(3, 'lamp'), '', para(2, 'moth')]).replace(
      'Last Updated: June 1, 2019',
      '\r\n[Date last updated: June 1, 2019]',
    );
    const model = splitText(readDocument('lamp.txt', Buffer.from(text)).text);
    const shown = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    assert.doesNotMatch(shown, /Date last updated/u);
    assert.equal(model.date, 'May 3, 2001');
  });

  it("keeps a title page's imprint in capitals and its illustrations' marks out, up to the text's first heading, and a credit cut over two paragraphs", () => {
    const text = etext('The Project Gutenberg EBook of The Lamp and the Moth, by Ada Quill', [
      'Produced by David Garcia and the Online Distributed',
      'Proofreading Team at http://www.pgdp.net (This file was',
      'produced from images generously made available by The',
      'Internet Archive)',
      '',
      '[Illustration: ADA QUILL.]',
      '',
      'THE LAMP AND THE MOTH',
      '',
      'BY ADA QUILL',
      '',
      '_Illustrated by L. J. Bridgman_',
      '',
      '  BOSTON',
      '  D. LOTHROP COMPANY',
      '',
      '  COPYRIGHT, 1888',
      '  BY',
      '  D. LOTHROP COMPANY.',
      '',
      'PRESSWORK BY BERWICK & SMITH, BOSTON.',
      '',
      '[Illustration: YE DELIGHTFUL LAMP.]',
      '',
      'UPON THE LAMP',
      '',
      para(3, 'lamp'),
      '',
      para(2, 'moth'),
    ]);
    const model = splitText(readDocument('lamp.txt', Buffer.from(text)).text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['UPON THE LAMP'],
    );
    assert.deepEqual(model.intro, []);
    const notes = (model.publisher?.opening ?? []).map((b) => b.text).join('\n');
    assert.match(notes, /Proofreading Team[\s\S]*BOSTON[\s\S]*COPYRIGHT, 1888[\s\S]*YE DELIGHTFUL LAMP/u);
  });

  it("keeps the publisher's header and licence out of the slides, in the notes of the first and last slides", () => {
    const body = [
      'THE LAMP AND THE MOTH',
      '',
      'Ada Quill',
      '',
      'A SECOND EDITION',
      '',
      'CHAPTER I. The Lamp',
      '',
      para(3, 'lamp'),
      '',
      'Twinkle, twinkle, little lamp',
      '',
      para(2, 'lamp'),
      '',
      'CHAPTER II. Where Did the Moth Go?',
      '',
      para(3, 'moth'),
      '',
      'CHAPTER III. Morning',
      '',
      para(3, 'morning'),
    ];
    const doc = readDocument('lamp.txt', Buffer.from(`\uFEFF${etext("Project Gutenberg's The Lamp and the Moth, by Ada Quill", body)}`));
    const model = splitText(doc.text);
    assert.equal(model.title, 'The Lamp and the Moth');
    assert.equal(model.author, 'Ada Quill');
    assert.equal(model.subtitle, 'A SECOND EDITION');
    // The chapters are the headings; a verse's line between them is text, a chapter ending on a question is a chapter.
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['CHAPTER I. The Lamp', 'CHAPTER II. Where Did the Moth Go?', 'CHAPTER III. Morning'],
    );
    const plan = planDeck(model, { file: 'lamp.txt', fileName: 'lamp.txt', format: 'text' }).value;
    const bodies = plan.slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(bodies, /Project Gutenberg|eBook|Last Updated|START OF/u);
    assert.match(plan.slides[0]?.notes ?? '', /This eBook is for the use of anyone/u);
    assert.match(plan.slides[plan.slides.length - 1]?.notes ?? '', /General Terms of Use/u);
  });

  it('reads an opening line too long for a title, and the short line under the title page as the subtitle', () => {
    const quoted = Array.from(
      { length: 4 },
      () => '“Not a lamp was lit, not a candle burned, as the boats came in over the bar at night.” So the old song goes on the coast.',
    ).join(' ');
    const body = [
      'Typed by A. Scribe.',
      '',
      'THE LAMP AND THE MOTH',
      '',
      'by Ada Quill',
      '',
      '1849, first printed as: Small Lamps',
      '',
      '',
      para(4, 'lamp'),
      '',
      quoted,
      '',
      para(4, 'moth'),
    ];
    const model = splitText(
      etext('The Project Gutenberg EBook of The Lamp and the Moth, and Other Winter Stories of the Coast, by Ada Quill', body).replace(/\r/gu, ''),
    );
    assert.equal(model.title, 'The Lamp and the Moth');
    assert.match(model.publisher?.opening[0]?.text ?? '', /^The Project Gutenberg EBook of The Lamp/u);
    assert.equal(model.author, 'Ada Quill');
    assert.equal(model.subtitle, '1849, first printed as: Small Lamps');
    assert.ok(!model.sections.some((s) => /1849|Last Updated|Language/u.test(s.heading)), model.sections.map((s) => s.heading).join(' | '));
    assert.ok(model.intro.some((b) => b.text.startsWith('The lamp kept its light')));
    assert.ok(!model.intro.some((b) => b.text.includes('Typed by')));
    // Sections of the prose: titles open with a capital, without a quotation mark that is not closed.
    const plan = planDeck(model, { file: 'lamp.txt', fileName: 'lamp.txt', format: 'text' }).value;
    const titles = plan.slides.filter((s) => s.layout === 'section').map((s) => s.title);
    assert.ok(titles.length >= 2, titles.join(' | '));
    for (const title of titles) assert.match(title, /^[\p{Lu}\d]/u, titles.join(' | '));
    assert.ok(
      titles.some((t) => t.startsWith('Not a lamp was lit')),
      titles.join(' | '),
    );
  });
});

describe('a specification with nested tables of codes', () => {
  it('takes a line indented past a paragraph that ends with a colon, or one without a letter, for text, not a heading', () => {
    const text = [
      'Compressed Block Format',
      '',
      '1. Overview',
      '',
      '   Each block of compressed data begins with three header bits that say how the rest of it',
      '   is to be read, and the reader looks at them before anything else in the block.',
      '',
      '   The second field specifies how the data are compressed, as follows:',
      '',
      '      00 - no compression',
      '      01 - compressed with fixed codes',
      '      10 - compressed with dynamic codes',
      '',
      '   The only difference between the compressed cases is how the codes are defined.',
      '',
      '2. Details',
      '',
      '   The alphabet for code lengths is as follows:',
      '',
      '         0 - 15',
      '         16',
      '',
      '   The rest of the block holds the data itself, coded with the codes given before.',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.ok(!headings.some((h) => /^(?:00 - no compression|0 - 15|16)$/u.test(h)), headings.join(' | '));
    assert.ok(headings.includes('1. Overview') && headings.includes('2. Details'), headings.join(' | '));
  });
});

describe("a specification's header", () => {
  it('gives the title, the authors and the date, and goes to the notes, after the line of links of a web copy and block of updates', () => {
    const body = Array.from(
      { length: 3 },
      (_, i) => `   Section text number ${i + 1} explains how the protocol sends its packets and how the other side answers them.`,
    ).join('\n\n');
    const text = [
      '[Docs] [txt|pdf] [Tracker] [Errata]',
      '',
      'Updated by: 1782, 1783                                 INTERNET STANDARD',
      '            1784                                            Errata Exist',
      '',
      'Network Working Group                                         A. Writer',
      'Request for Comments: 9999                                   Example Org',
      'Category: Standards Track                                 B. Other, Ed.',
      '                                                               May 2001',
      '',
      '                     THE PACKET PROTOCOL (REVISION 2)',
      '',
      'Status of this Memo',
      '',
      body,
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'THE PACKET PROTOCOL (REVISION 2)');
    assert.equal(model.author, 'A. Writer, B. Other, Ed.');
    assert.equal(model.date, 'May 2001');
    assert.equal(model.publisher?.opening.length, 3);
    assert.ok(!model.intro.some((b) => /Network Working Group|\[Docs\]/u.test(b.text)), JSON.stringify(model.intro.map((b) => b.text.slice(0, 30))));
  });
});

describe("a specification's header with many authors", () => {
  it('reads the lines of its right column alone (affiliations, more authors, the date) as the header, under which the title is', () => {
    const body = Array.from({ length: 3 }, (_, i) => `   Section ${i + 1} explains how widgets are named and how a name is checked.`).join('\n\n');
    const text = [
      '',
      'Network Working Group                                       A. Writer',
      'Request for Comments: 9999                               Example Corp',
      'Category: Informational                                     B. Author',
      '                                                  Somewhere, Elsewhere',
      '                                                            C. Person',
      '                                                      Another Company',
      '                                                           March 2001',
      '',
      '',
      '                     Guidelines for Naming Widgets',
      '',
      'Abstract',
      '',
      body,
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Guidelines for Naming Widgets');
    assert.equal(model.author, 'A. Writer, B. Author, C. Person');
    assert.equal(model.date, 'March 2001');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Abstract'],
    );
  });
});

describe('source code in plain text', () => {
  const blocksOf = (text: string): { kind: string; text: string }[] => {
    const model = splitText(text);
    return [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => ({ kind: b.kind, text: b.text }));
  };

  it("keeps design notes' code as written: one line of code alone, a K&R function whose condition goes on over lines; headings set apart in any case", () => {
    const text = [
      '\t\tKeeping the tool small',
      '',
      'When many modules are built into the tool, all their data is kept together.',
      'All of it is loaded when the tool starts, not only the part one module needs.',
      '',
      '\t\tSmall tables',
      '',
      'Each module keeps its state in one record, declared once:',
      '',
      'struct state { int count; char name[64]; };',
      '',
      'and then names the pointer to it:',
      '',
      '#define S (*state_ptr)',
      '',
      'To set it up, call the macro:',
      '',
      '\tINIT_STATE_PTR(xcalloc(sizeof(S)));',
      '',
      'To measure it, start many copies with this script:',
      '',
      'i=100; while test $i != 0; do',
      '        echo -n .',
      '        tool sleep 30 &',
      '        i=$((i - 1))',
      'done',
      'wait',
      '',
      'To find copies of the same text, run this over the binary:',
      '',
      'strings tool | sort | uniq -c | sort -nr',
      '',
      '\t\tshared_scratch_area',
      '',
      'There is one scratch area that every module may borrow for a while.',
      '',
      "\t\tthe compiler's padding",
      '',
      'This is where the padding is decided in the compiler:',
      '',
      'int',
      'pick_alignment (tree kind, int wanted)',
      '{',
      '  if (RECORD_P (kind)',
      '       && SIZE_OF (kind)',
      '       && (SIZE_OF (kind) >= 256',
      '           || WIDE_P (kind)) && wanted < 256)',
      '    return 256;',
      '}',
      '',
      '\t\tKeeping code small',
      '',
      'Measure each change before it goes in.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Small tables', 'shared_scratch_area', "the compiler's padding", 'Keeping code small'],
    );
    const code = blocksOf(text)
      .filter((b) => b.kind === 'code')
      .map((b) => b.text.replace(/^```\w*\n|\n```$/gu, ''));
    for (const written of [
      'struct state { int count; char name[64]; };',
      '#define S (*state_ptr)',
      'INIT_STATE_PTR(xcalloc(sizeof(S)));',
      'strings tool | sort | uniq -c | sort -nr',
      'i=100; while test $i != 0; do\n        echo -n .\n        tool sleep 30 &\n        i=$((i - 1))\ndone\nwait',
      'int\npick_alignment (tree kind, int wanted)\n{\n  if (RECORD_P (kind)\n       && SIZE_OF (kind)',
    ])
      assert.ok(
        code.some((c) => c.includes(written)),
        `${written} not kept as code: ${JSON.stringify(code)}`,
      );
  });

  it("keeps a specification's reference implementation as code: its #define lines are no headings, a comment across blank lines stays whole", () => {
    const text = [
      'The MD5 Message-Digest Algorithm',
      '',
      'A Reference Implementation',
      '',
      'This appendix contains the following files taken from the reference implementation.',
      '',
      'A.1 md5c.c',
      '',
      '#include "global.h"',
      '#include "md5.h"',
      '',
      '/* Constants for the transform routine.',
      ' */',
      '#define S11 7',
      '#define S12 12',
      '',
      '/* Main driver.',
      '',
      'Arguments (may be any combination):',
      '  -sstring      - digests string',
      ' */',
      'int main (argc, argv)',
      'int argc;',
      '',
      'void MD5Init (context)',
      'MD5_CTX *context;                                        /* context */',
      '{',
      '\tcontext->count[0] = context->count[1] = 0;',
      '}',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['A Reference Implementation', 'A.1 md5c.c'],
    );
    // One listing: its paragraphs one after another, a blank line between them.
    const code = blocksOf(text).filter((b) => b.kind === 'code');
    assert.equal(code.length, 1, JSON.stringify(code));
    assert.match(code[0]?.text ?? '', /^```\n#include "global\.h"\n#include "md5\.h"\n\n\/\* Constants/u);
    assert.match(code[0]?.text ?? '', /\/\* Main driver\.\n\nArguments \(may be any combination\):\n {2}-sstring {6}- digests string\n \*\/\nint main/u);
    // A tab is the eight columns a terminal shows.
    assert.match(code[0]?.text ?? '', /\n {8}context->count\[0\] = context->count\[1\] = 0;\n\}\n```$/u);
  });

  it("keeps a listing's paragraphs indented against each other, and a line of code repeated in three functions is no running head", () => {
    const fn = (name: string): string[] => [
      `void ${name} (context)`,
      'MD5_CTX *context;                                        /* context */',
      '{',
      `    ${name.toLowerCase()}_body (context);`,
      '',
      '    /* Clear the context */',
      '    MD5_memset (context, 0, sizeof (*context));',
      '}',
      '',
    ];
    const text = ['Reference', '', 'The implementation follows.', '', 'A.2 md5c.c', '', ...fn('MD5Init'), ...fn('MD5Update'), ...fn('MD5Final')].join('\n');
    const code = blocksOf(text).filter((b) => b.kind === 'code');
    assert.equal(code.length, 1, JSON.stringify(code));
    assert.equal((code[0]?.text.match(/MD5_CTX \*context; +\/\* context \*\//gu) ?? []).length, 3, code[0]?.text);
    // The comment after a blank line keeps its four columns under the function's name.
    assert.match(code[0]?.text ?? '', /\n\n {4}\/\* Clear the context \*\/\n {4}MD5_memset/u);
  });

  it('leaves a list of clauses that end with semicolons as prose', () => {
    const text = [
      'Conditions',
      '',
      'Redistribution is permitted provided that:',
      '',
      '(a) copies of the Software retain this notice;',
      '(b) the name of the author is not used to endorse products (without permission);',
      '(c) changes are marked as such.',
    ].join('\n');
    assert.deepEqual(
      blocksOf(text).map((b) => b.kind),
      ['paragraph', 'paragraph'],
    );
  });

  it("reads Vim's help examples: a line ending with ' >' opens the indented example, a line opening with '<' closes it", () => {
    const text = [
      'BRACES',
      '',
      'All curly braces must be returned onto a new line:',
      'OK: >',
      '    if (cond)',
      '    {',
      '\tcmd;',
      '    }',
      '<',
      'Use a space after a comma.',
    ].join('\n');
    const blocks = blocksOf(text);
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'code', 'paragraph'],
    );
    assert.equal(blocks[0]?.text, 'All curly braces must be returned onto a new line: OK:');
    assert.match(blocks[1]?.text ?? '', /^(`{3,})\nif \(cond\)\n\{\n {4}cmd;\n\}\n\1$/u);
    assert.equal(blocks[2]?.text, 'Use a space after a comma.');
  });

  it('reads an example that starts after a blank line, without the blank line', () => {
    const text = ['Starting', '', 'To start Vim, enter this command: >', '', '\tgvim file.txt', '', 'In UNIX you can type this at any command prompt.'].join(
      '\n',
    );
    const blocks = blocksOf(text);
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'code', 'paragraph'],
    );
    assert.equal(blocks[0]?.text, 'To start Vim, enter this command:');
    assert.match(blocks[1]?.text ?? '', /^(`{3,})\ngvim file\.txt\n\1$/u);
  });

  it('never takes an example of one line for a heading', () => {
    const text = ['Getting help', '', 'More on how to use the help: >', '\t:help helphelp', '', 'Follow the links in bars to related help.'].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.deepEqual(
      blocksOf(text).map((b) => b.kind),
      ['paragraph', 'code', 'paragraph'],
    );
  });
});

describe("TeX's quotes and clauses before a colon in plain text", () => {
  it('are neither code (``sendmail\'\' … ``sendmail-clone\'\') nor headings ("Here\'s how:", "The bat book says:", "Exception:")', () => {
    const text = [
      'Thoughts',
      '',
      "In this file, ``sendmail'' means Allman's creation; ``sendmail-clone''",
      'means the program in this package.',
      '',
      '1. Security',
      '',
      'There are lots of interesting remote denial-of-service attacks on any mail system.',
      '',
      "Here's how: stop qmail-inject before it gets to the third line of main().",
      '',
      "The bat book says: ``Rules that hide hosts should be applied only to sender addresses.''",
      '',
      'Exception: Even with all the concurrency tricks, qmail-send can end up spending a few minutes.',
      '',
      '2. Injecting mail locally',
      '',
      'RFC 822 section 3.4.9 prohibits certain visual effects in headers.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Security', '2. Injecting mail locally'],
    );
    const plan = planDeck(model, { file: 't.txt', fileName: 't.txt', format: 'text' }).value;
    const shown = plan.slides.map((s) => `${s.body}\n${s.notes}`).join('\n');
    assert.match(shown, /sendmail/u);
    assert.doesNotMatch(shown, /(?<!\\)`sendmail'' means/u);
  });
});

describe('a text of numbered sections', () => {
  it('nests an unnumbered heading after the first numbered one under it; its back matter stays at the top', () => {
    const body = (topic: string): string => `There is more to say about ${topic} than fits here, and the notes say it.`;
    const text = ['Thoughts', '', body('mail'), '']
      .concat(['1. Security', '', body('security'), '', '2. Injecting mail', '', body('injection'), '', 'ESMTP support', '', body('ESMTP'), ''])
      .concat(['3. Delivering mail', '', body('delivery'), '', 'Keyed files', '', body('keyed files'), '', 'References', '', body('the references')])
      .join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.level]),
      [
        ['1. Security', 2],
        ['2. Injecting mail', 2],
        ['ESMTP support', 3],
        ['3. Delivering mail', 2],
        ['Keyed files', 3],
        ['References', 2],
      ],
    );
  });
});

describe('a numbered heading that opens with a lower-case name', () => {
  it('is the next heading when its number follows the last one ("8. sendmail V8\'s new features" after "7."), not otherwise', () => {
    const body = (topic: string): string => `There is more to say about ${topic} than fits here, and the notes say it.`;
    const doc = (line: string): string =>
      [
        'Thoughts',
        '',
        body('mail'),
        '',
        '6. Sending mail',
        '',
        body('sending'),
        '',
        '7. Delivering mail',
        '',
        body('delivery'),
        '',
        line,
        '',
        body('the rest'),
      ].join('\n');
    assert.deepEqual(
      splitText(doc("8. sendmail V8's new features")).sections.map((s) => s.heading),
      ['6. Sending mail', '7. Delivering mail', "8. sendmail V8's new features"],
    );
    assert.deepEqual(
      splitText(doc("5. sendmail V8's new features")).sections.map((s) => s.heading),
      ['6. Sending mail', '7. Delivering mail'],
    );
  });
});

describe('a Vim help file', () => {
  it('shows no tag anchors (*design-goals*), its links by their names, and neither its header line, its modeline nor its links to the chapters around it', () => {
    const text = [
      '*develop.txt*\tFor Vim version 9.2.  Last change: 2026 Feb 14',
      '',
      '\t\t  VIM REFERENCE MANUAL\t  by Bram Moolenaar',
      '',
      'Development of Vim.\t\t\t\t\t*development*',
      '',
      'This text is important for those who want to be involved in further developing Vim.',
      '',
      '     Next chapter: |usr_03.txt|  Moving around',
      ' Previous chapter: |usr_01.txt|  About the manuals',
      'Table of contents: |usr_toc.txt|',
      '',
      'VIM IS... VI COMPATIBLE\t\t\t\t\t*design-compatible*',
      '',
      'First of all, it should be possible to use Vim as a drop-in replacement for Vi. See |design-flexible| for more.',
      '',
      'VIM IS... IMPROVED\t\t\t\t\t*design-improved*',
      '',
      'The IMproved bits of Vim should make it a better Vi, without becoming a completely different editor.',
      '',
      ' vim:tw=78:ts=8:noet:ft=help:norl:',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'VIM REFERENCE MANUAL by Bram Moolenaar');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['VIM IS... VI COMPATIBLE', 'VIM IS... IMPROVED'],
    );
    const all = JSON.stringify(model);
    assert.doesNotMatch(all, /\*design-|\*development\*|\|design-flexible\||vim:tw|Last change|chapter|usr_0/u);
    assert.match(all, /See design-flexible for more\./u);
  });

  it("names the deck by a plugin's header line; a tag inside a sentence is its word ('Delete surroundings is *ds* .')", () => {
    const text = [
      '*surround.txt*  Plugin for deleting, changing, and adding "surroundings"',
      '',
      'INTRODUCTION                                    *surround*',
      '',
      'This plugin is a tool for dealing with pairs of "surroundings."',
      '',
      'MAPPINGS                                        *surround-mappings*',
      '',
      'Delete surroundings is *ds* .  The next character given determines the target to delete.',
      '',
      'There is also *yS* and *ySS* which indent the surrounded text.',
      '',
      ' vim:tw=78:ts=8:ft=help:norl:',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Plugin for deleting, changing, and adding "surroundings"');
    const all = JSON.stringify(model);
    assert.match(all, /Delete surroundings is ds \./u);
    assert.match(all, /There is also yS and ySS which/u);
    assert.doesNotMatch(all, /\*surround|surround-mappings/u);
  });

  it('takes a numbered heading after a rule for a heading, though an example indented under a colon comes just before it', () => {
    const text = [
      '*usr_02.txt*\tFor Vim version 9.2.  Last change: 2026 Feb 14',
      '',
      'DELETING A LINE BREAK',
      '',
      'In Vim you can join two lines together, which means that the line break between them is deleted.',
      '',
      '   The "J" command does this, and it takes a count as most commands do.',
      '',
      '   A count of three joins three lines, which is handy in a long list.',
      '',
      '   Move the cursor to the first line and press "J":',
      '',
      '\tA young intelligent turtle ~',
      '',
      '='.repeat(78),
      '*02.5*\tUndo and Redo',
      '',
      'Suppose you delete too much.  Well, you can type it in again, but an easier way exists.',
      '',
      '   The "u" command undoes the last edit, and "CTRL-R" redoes it again.',
      '',
      ' vim:tw=78:ts=8:noet:ft=help:norl:',
    ].join('\n');
    assert.ok(
      splitText(text).sections.some((s) => s.heading === 'Undo and Redo'),
      JSON.stringify(splitText(text).sections.map((s) => s.heading)),
    );
  });
});

describe('a plain-text FAQ that marks its questions with stars', () => {
  it('heads each answer by its question ("*** What does it stand for?"), the dash that opens each answer gone', () => {
    const text = [
      '        The Filter FAQ',
      '',
      '             (last update - 2006-06-06)',
      '',
      '*** What does the name stand for?',
      '',
      '- It stands for a regex engine, designed to slice and dice text with',
      'vigor.  There is no truth to the rumor that it means anything else.',
      '',
      '*** Very funny.  What does it _really_ stand for?',
      '',
      '- It is from a movie about the Cold War, where it is a fictional',
      'accessory for a radio receiver.',
      '',
      'Anyway, the default action is to read all of input and put nothing out.',
      '',
      "*** I've got a bug!  What do I do?",
      '',
      '- First, read the whole HOWTO, which will tell you a few useful tricks.',
      '',
      '*** Why does it work better to train only errors?',
      '',
      '- Because the errors are what the filter has yet to learn.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [
        'What does the name stand for?',
        'Very funny. What does it _really_ stand for?',
        "I've got a bug! What do I do?",
        'Why does it work better to train only errors?',
      ],
    );
    assert.match(model.sections[0]?.blocks[0]?.text ?? '', /^It stands for a regex engine/u);
    assert.doesNotMatch(JSON.stringify(model.sections), /\*\*\*/u);
  });
});

describe('a plain-text FAQ that quotes its askers', () => {
  it("heads each answer by its quoted question, a level under the author's heading over them", () => {
    const text = [
      'EDITOR FREQUENTLY ASKED QUESTIONS',
      '',
      '',
      'WHERE TO GET INFORMATION',
      '------------------------',
      '',
      '> Where can I get information about the editor?',
      '',
      'The web page is at example.org, and a mirror holds the same pages.',
      '',
      '> Are there any mailing lists for',
      '> its users?',
      '',
      'There are two separate mailing lists for users, and one for developers.',
      '',
      'CUSTOMIZATION',
      '-------------',
      '',
      "> My X resource settings don't work.",
      '',
      'Resources are read from the home directory first, then from the system.',
      '',
      '> How can I print highlighted text?',
      '',
      'Print from the File menu; colours print as shades of grey.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.level]),
      [
        ['WHERE TO GET INFORMATION', 2],
        ['Where can I get information about the editor?', 3],
        ['Are there any mailing lists for its users?', 3],
        ['CUSTOMIZATION', 2],
        ["My X resource settings don't work.", 3],
        ['How can I print highlighted text?', 3],
      ],
    );
  });
});

describe('a plain-text FAQ', () => {
  const faq = [
    'Gadget frequently asked questions',
    '',
    '* How is gadget different from widget?',
    '',
    'They share a lot. The main differences are:',
    '',
    '- gadget uses a server. Each server has one socket',
    '  and many sessions.',
    '',
    '- gadget has a scripting interface.',
    '',
    '* My screen freezes when I attach. I even have to kill -9',
    '  the shell to recover!',
    '',
    'Some consoles dislike titles. Turn them off (in the config file):',
    '',
    '\tset -g set-titles off',
    '',
    '* How do I use UTF-8?',
    '',
    'Pass the flag when attaching:',
    '',
    '\t$ gadget -u new',
    '',
    'Newer releases turn it on by themselves.',
    '',
    '$Id: FAQ,v 1.39 2010-10-23 14:09:29 someone Exp $',
  ].join('\n');
  it('makes its questions the headings, a question of two lines whole, and answers their sections', () => {
    const model = splitText(faq);
    assert.equal(model.title, 'Gadget frequently asked questions');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['How is gadget different from widget?', 'My screen freezes when I attach. I even have to kill -9 the shell to recover!', 'How do I use UTF-8?'],
    );
    assert.deepEqual(model.intro, []);
  });
  it('never makes a command at a prompt, a line indented by a tab under a colon, or a version-control keyword a heading', () => {
    const all = JSON.stringify(splitText(faq).sections.map((s) => s.blocks.map((b) => b.text)));
    for (const text of ['$ gadget -u new', 'set -g set-titles off', '$Id: FAQ,v 1.39']) assert.ok(all.includes(text), text);
  });
  it('reads numbered questions over three lines, one that quotes an error under its colon, one with words after it; a recipe under a colon stays as written', () => {
    const text = [
      'Sorter - Frequently Asked Questions',
      '',
      '1. How do I set up a list server?',
      '',
      '\tLook in the lists directory and read the INTRO file there first.',
      '',
      '2. When sending mail to someone with sorter in their .forward I sometimes',
      '    get back an error saying:',
      '    "User has no valid shell for mailing to programs."',
      '',
      '\tThe mail arrives on a server whose user database lists another',
      '\tshell for the recipient.  Ask your administrator to add it.',
      '',
      '3. My mail reader sometimes reports that it is confused about the state of',
      '    the mailbox, or I get "could not unlock" errors from sorter now and then,',
      '    or sometimes it simply seems to hang just when new mail arrives.',
      '',
      '\tThis is a known bug in that mail reader.  It holds on to the lock',
      '\tmost of the time.  You could put the following at the end of your',
      '\tsorter file:',
      '',
      '\t\tLOCKFILE\t\t# removes any old lockfile',
      '\t\tLOG=`lockfile $DEFAULT$EXT`',
      '\t\t\t:0',
      '\t\t\t$DEFAULT',
      '',
      '4. How can I make sorter deliver a message to all local users?  Mail',
      '    for several people comes into one mailbox and I want to split it.',
      '',
      '\tIf you are asking this, you are on the wrong track.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading.replace(/^\d+\.\s+/u, '').slice(0, 40)),
      [
        'How do I set up a list server?',
        'When sending mail to someone with sorter',
        'My mail reader sometimes reports that it',
        'How can I make sorter deliver a message t',
      ].map((h) => h.slice(0, 40)),
    );
    assert.ok(!model.sections[1]?.heading.includes('User has no valid shell'), model.sections[1]?.heading);
    assert.ok(!(model.sections[3]?.heading ?? '').includes('Mail for several'), model.sections[3]?.heading);
    const code = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'code' && b.text.includes('LOCKFILE'));
    assert.ok(code?.text.includes('LOG=`lockfile $DEFAULT$EXT`\n') && code.text.includes('        :0\n'), JSON.stringify(code));
  });

  it('reads numbered questions ("3a) …") over indented answers, statements of a problem among them, numbers kept', () => {
    const text = [
      'Gizmo - Frequently asked questions',
      '',
      '1) What is Gizmo?',
      '',
      '  Gizmo is a game server.  It grew out of an older server over five',
      'years of work by many people.',
      '',
      '2a) Where can I get Gizmo?',
      '',
      '  From the project site, as a tarball.',
      '',
      '2b) I compiled Gizmo under unix, but I am getting two warnings in',
      '    interp.c',
      '',
      '  Older systems used a long int in the time structure.  Change the two',
      'format strings on line 551.',
      '',
      '3) Adding colour to the whole game!',
      'Open the header file and add two lines.',
      '',
      '  They define the colour macros.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [
        '1) What is Gizmo?',
        '2a) Where can I get Gizmo?',
        '2b) I compiled Gizmo under unix, but I am getting two warnings in interp.c',
        '3) Adding colour to the whole game!',
      ],
    );
    assert.match(JSON.stringify(model.sections[3]?.blocks.map((b) => b.text)), /Open the header file/u);
  });

  it('never takes a colon inside a code literal for a heading\'s ("support for ``Transfer-Encoding: identity``")', () => {
    const text = [
      'Changes',
      '-------',
      '',
      '- Waitress now validates the header and the transfer codes it is able to decode.',
      '',
      '  Waitress DOES NOT implement support for ``Transfer-Encoding: identity``',
      '  even though ``identity`` was valid in RFC2616, it was removed in RFC7230.',
      '  Please update your client to use ``Transfer-Encoding: identity,',
      '  chunked``.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.match(JSON.stringify(model.intro.map((b) => b.text)), /Waitress DOES NOT implement support for ``Transfer-Encoding: identity`` even though/u);
  });

  it("reads items under a label ('Supported auth protocols:' over '* PAP, Password Authentication Protocol') as a list, never as headings", () => {
    const text = [
      'PPP interface',
      '',
      '1 Supported protocols and features',
      '====================================',
      '',
      'Supported auth protocols:',
      '* PAP, Password Authentication Protocol',
      '* CHAP, Challenge-Handshake Authentication Protocol',
      '* EAP, Extensible Authentication Protocol',
      '',
      'Supported encryption protocols:',
      '* MPPE, Microsoft Point-to-Point Encryption',
      '',
      'Supported compression protocols, for serial links only:',
      '* PFC, Protocol Field Compression',
      '* VJ, Van Jacobson TCP/IP Header Compression',
      '',
      '2 Raw API example',
      '=================',
      '',
      'As usual, the raw API is the lightweight one.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1 Supported protocols and features', '2 Raw API example'],
    );
    assert.match(model.sections[0]?.blocks.map((b) => b.text).join('\n') ?? '', /\* MPPE, Microsoft Point-to-Point Encryption/u);
  });

  it('reads the short lines in lower case that label each list of teaching notes as headings, when the notes do so three times or more', () => {
    const text = [
      'I use these notes as a reference when teaching.',
      '',
      'worth mastering an editor',
      '- it will save you hundreds of hours',
      '- worth investing time in this',
      '',
      'how to learn',
      '- start with a tutorial',
      '- stick with the editor for all code',
      '    - programmers care about their editors',
      '',
      'which editor to learn?',
      '- people have strong opinions',
      '- Vim is the most popular CLI-based tool',
      '',
      'modal editing',
      '- normal mode for moving around',
      '- insert mode for typing',
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['worth mastering an editor', 'how to learn', 'which editor to learn?', 'modal editing'],
    );
    // Twice is no style of the notes: a sentence's start over a list stays text.
    const twice = ['Notes.', '', 'and then we go on', '- first', '- second', '', 'so we do this', '- third', '- fourth', ''].join('\n');
    assert.deepEqual(
      splitText(twice).sections.map((s) => s.heading),
      [],
    );
  });

  it("reads a specification's fields (a name over what it means, indented under it) as 'Name: meaning', never headings; a web copy's header and running heads are no text", () => {
    const field = (name: string, ...meaning: string[]): string[] => [`   ${name}`, '', ...meaning.flatMap((m) => [`      ${m}`, '']), ''];
    const text = [
      '[Docs] [txt|pdf]',
      '',
      'Updates:  IENs 109, 128',
      '',
      '                   INTERNET CONTROL MESSAGE PROTOCOL',
      '',
      'Introduction',
      '',
      '   The protocol reports errors in the processing of datagrams, as the',
      '   sections below describe for each kind of message in turn.',
      '',
      'Message Formats',
      '',
      '   The fields of the header are as follows:',
      '',
      ...field('Version', '4'),
      ...field('IHL', 'Internet header length in 32-bit words.'),
      ...field('Type of Service', '0'),
      'Postel                                                          [Page 2]',
      '',
      '                                                          September 1981',
      'RFC 792',
      '',
      '   ICMP Fields:',
      '',
      ...field('Type', '3'),
      ...field('Code', '0 = net unreachable;', '1 = host unreachable;'),
      ...field('Checksum', 'The checksum of the message.'),
      'Postel                                                          [Page 3]',
      '',
      '                                                          September 1981',
      'RFC 792',
      '',
      'Echo Message',
      '',
      '   The data received in the echo message must be returned in the reply.',
      '',
      'Postel                                                          [Page 4]',
      '',
      '                                                          September 1981',
      'RFC 792',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'INTERNET CONTROL MESSAGE PROTOCOL');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Introduction', 'Message Formats', 'Echo Message'],
    );
    const formats = model.sections[1]?.blocks.map((b) => b.text) ?? [];
    for (const line of ['Version: 4', 'IHL: Internet header length in 32-bit words.', 'Type: 3', 'Code: 0 = net unreachable; 1 = host unreachable;'])
      assert.ok(formats.includes(line), `${line} in ${JSON.stringify(formats)}`);
    assert.ok(formats.includes('ICMP Fields:'), JSON.stringify(formats));
    assert.doesNotMatch(JSON.stringify(model.sections), /September 1981|RFC 792|\[Page/u);
  });

  it("joins a paragraph a page break cut, keeps an example's line that repeats at a paragraph's edge, and takes a title centred on two lines", () => {
    const page = (n: number): string[] => [
      '',
      '',
      '',
      `Mills                        Informational                      [Page ${n}]`,
      '\f',
      'RFC 2030             SNTPv4 for IPv4, IPv6 and OSI          October 1996',
      '',
      '',
    ];
    const dump = (n: number): string[] => [`   8${n}             # array(${n})`, `      64          # text(4)`, `         74657374 # "test"`, ''];
    const text = [
      'Network Working Group                                           D. Mills',
      'Request for Comments: 2030                        University of Delaware',
      'Obsoletes: 1769                                             October 1996',
      'Category: Informational',
      '',
      '',
      '             Simple Network Time Protocol (SNTP) Version 4',
      '                         for IPv4, IPv6 and OSI',
      '',
      'Abstract',
      '',
      '   This memorandum describes the Simple Network Time Protocol, which is',
      '   an adaptation of the Network Time Protocol used to synchronize clocks.',
      '',
      '1. Introduction',
      '',
      '   With careful design and control of the various latencies in the system,',
      '   it is possible to deliver time accurate to the',
      ...page(2),
      '   order of microseconds.',
      '',
      '   An array of four items results in',
      '',
      ...dump(4),
      ...page(3),
      '   and one of three items in',
      '',
      ...dump(3),
      '2. Operating Modes',
      '',
      '   SNTP Version 4 can operate in unicast mode, in broadcast mode and in',
      '   anycast mode, as the sections below describe.',
      '',
      ...dump(5),
      ...page(4),
      '3. References',
      '',
      '   [1] Mills, D., Network Time Protocol (Version 3).',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Simple Network Time Protocol (SNTP) Version 4 for IPv4, IPv6 and OSI');
    const intro = model.sections.find((s) => s.heading === '1. Introduction')?.blocks.map((b) => b.text) ?? [];
    assert.ok(
      intro.some((b) => /accurate to the order of microseconds\./u.test(b.replace(/\s+/gu, ' '))),
      JSON.stringify(intro),
    );
    const all = JSON.stringify(model.sections);
    for (const n of [3, 4, 5]) assert.match(all, new RegExp(`8${n} +# array\\(${n}\\)`, 'u'));
    assert.doesNotMatch(all, /\[Page|RFC 2030 /u);
  });

  it('is no FAQ when its items stand apart with nothing but items between them', () => {
    const list = ['Shopping', '', '* apples?', '', '* pears?', '', '* plums?', '', 'That is all.'].join('\n');
    assert.deepEqual(
      splitText(list).sections.map((s) => s.heading),
      [],
    );
  });
});

describe('text drawn in a box', () => {
  it('reads as the text it holds, without its rules and sides', () => {
    const text = [
      'Gadget notes',
      '',
      '*****************************************',
      '* PLEASE NOTE: most display problems    *',
      '* are due to a wrong TERM setting.      *',
      '*                                       *',
      '* Check it inside and outside gadget.   *',
      '*****************************************',
      '',
      'Usage: run gadget with a file name.',
    ].join('\n');
    const all = JSON.stringify(splitText(text));
    assert.match(all, /most display problems are due to a wrong TERM setting\./u);
    assert.match(all, /Check it inside and outside gadget\./u);
    assert.doesNotMatch(all, /\*{5}|setting\. +\*/u);
  });
  it('reads a box of hashes as well', () => {
    const text = ['Notes', '', '##########################', '# Keep your keys secret. #', '##########################', '', 'Usage: run it.'].join('\n');
    const all = JSON.stringify(splitText(text));
    assert.match(all, /Keep your keys secret\./u);
    assert.doesNotMatch(all, /#{5}/u);
  });
  it('leaves a diagram of rules and bars as drawn', () => {
    const drawing = [
      ' ---------------------------------------------------',
      '|  Local Medium  |  Internet  |  Datagram  |  TFTP  |',
      ' ---------------------------------------------------',
    ];
    const all = JSON.stringify(splitText(['Protocols', '', 'The order of headers:', '', ...drawing, '', 'That is all.'].join('\n')));
    assert.ok(all.includes(JSON.stringify(drawing.join('\n')).slice(1, -1)), all);
  });
});

describe('a manual with a BASIC listing in its body', () => {
  const listing = [
    '1 REM GRAPHICS DEMO',
    '2 REM BASE ADDRESS $FFE2',
    '10 GB=65506:REM SET BASE ADDRESS',
    '15 POKE GB+1,0:POKE GB+11,0',
    '19 GOSUB 1120:REM DRAW SINUSOID',
    '1130 FOR X=0 TO 199-4 STEP 5',
    '1140 XX=X*(6.28/200)',
    '1180 NEXT X',
    '1190 RETURN',
  ];
  const source = [
    'Emulator Manual',
    '',
    '1. Introduction',
    '',
    '\tThe device is driven by writing to its registers. It needs no memory of its own.',
    '',
    '\tExamples of virtual devices emulation implementation are: Display and',
    '\tkeyboard, a character device.',
    '',
    '\tA simple demo program shows how to drive the screen:',
    '',
    ...listing.map((l) => `\t${l}`),
    '',
    '2. Debugging',
    '',
    '\tTraces are kept in a log of 200 messages.',
    '',
  ].join('\n');

  it("keeps the numbered lines as code, as written, not a heading over a paragraph; 'Examples … are:' is a sentence", () => {
    const model = splitText(source);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Introduction', '2. Debugging'],
    );
    const code = model.sections[0]?.blocks.find((b) => b.kind === 'code');
    assert.ok(code && code.kind === 'code', JSON.stringify(model.sections[0]?.blocks));
    assert.ok(code.text.includes(listing.join('\n')), code.text);
  });
});

describe('lecture notes written as an outline, two columns a level', () => {
  it('are an outline, not pod2text: each topic heads whole, a question or a label too, and its points keep their lines and levels', () => {
    const text = [
      'Systems 2024 Lecture 8: A Coordination Service',
      '',
      'Reading: "A service for coordination", its authors, in the proceedings of a conference.',
      '',
      'Why are we reading this paper?',
      '  Widely-used replicated state machine service',
      '    Inspired by an older lock service',
      '    Originally at one company, now everywhere',
      '  Open source',
      '    As a project of a foundation',
      '  High performance',
      '    Unlike the key/value service of the lab',
      '',
      'Motivation: many applications in a cluster of machines need to coordinate',
      '  Example: the file system',
      '    master has list of servers for each chunk',
      '    master decides which server is primary',
      '  Applications also need to find each other',
      '    a load balancer needs to know where web servers are',
      '',
      'Operations on nodes',
      '  create(path, data, flags)',
      '  delete(path, version)',
      '      if node.version = version, then delete',
      '  exists(path, watch)',
      '  sync()',
      '    above operations are *asynchronous*',
      '',
      'Ordering guarantees',
      '  all write operations are totally ordered',
      '    later writes from other clients see it',
      '  all operations are FIFO-ordered per client',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [
        'Reading',
        'Why are we reading this paper?',
        'Motivation: many applications in a cluster of machines need to coordinate',
        'Operations on nodes',
        'Ordering guarantees',
      ],
    );
    const [, why, motivation, operations] = model.sections.map((s) => s.blocks.map((b) => b.text).join('\n'));
    // Each point keeps its line, nested under the one it is set in under: no two lines run together.
    assert.match(why ?? '', /^• Widely-used replicated state machine service\n {2}• Inspired by an older lock service$/mu);
    assert.match(
      motivation ?? '',
      /^• Example: the file system\n {2}• master has list of servers for each chunk\n {2}• master decides which server is primary$/mu,
    );
    assert.match(operations ?? '', /^• create\(path, data, flags\)\n• delete\(path, version\)$/mu);
    assert.doesNotMatch(JSON.stringify(model), /chunk master decides|flags\) delete/u);
  });
});

describe("pod2text's layout", () => {
  const source = [
    'Widget FAQ',
    'General Questions',
    '  Is "Widget" an acronym?',
    '    No.',
    '',
    '    If you want to pretend it stands for something, go right ahead.',
    '',
    '    ------------------------------------------------------ back to "Widget',
    '    FAQ".',
    '',
    '  Why the name?',
    '    Because it spins. That reminded me of a top.',
    '',
    '  What does it cost?',
    '    Nothing. It is free.',
    '',
    'Questions about use',
    '  How do I find old versions?',
    '    Use the locate command:',
    '',
    '     # widget-locate home /jw/.muttrc',
    '     2 matches in 29 images',
    '',
    '    It lists them all.',
    '',
  ].join('\n');

  it('reads head1 lines at the margin and head2 lines over their text as headings, verbatim text as code, back links as nothing', () => {
    const model = splitText(source);
    assert.equal(model.title, 'Widget FAQ');
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [2, 'General Questions'],
        [3, 'Is "Widget" an acronym?'],
        [3, 'Why the name?'],
        [3, 'What does it cost?'],
        [2, 'Questions about use'],
        [3, 'How do I find old versions?'],
      ],
    );
    const text = JSON.stringify(model);
    assert.doesNotMatch(text, /back to/u);
    const last = model.sections.at(-1)?.blocks ?? [];
    assert.ok(
      last.some((b) => b.kind === 'code' && b.text.includes('# widget-locate home /jw/.muttrc')),
      JSON.stringify(last),
    );
  });
});

describe("an Internet-Draft's opening", () => {
  const body = (words: string): string => `   ${words} is described here in enough words to be a paragraph of its own.`;
  const source = [
    '',
    'Example Working Group                                          A. Writer',
    'Example-Draft                                                  Example Org',
    'Intended status: Informational                        September 09, 2019',
    'Expires: March 12, 2020',
    '',
    '',
    '                  WidgetFeed (CBOR-based Feed Format)',
    '                      draft-example-widgetfeed-00',
    '',
    'Abstract',
    '',
    body('The format'),
    '',
    '1.  Fields',
    '',
    '   An entry holds:',
    '',
    '   o  A link to the "previous" one.',
    '',
    '   o  the optional "content": a maximum of 64k bytes.',
    '',
    '2.  Transfer',
    '',
    body('The transfer'),
    '',
  ].join('\n');

  it('takes the centred title over the draft name as the title, the name as its subtitle, and the header as neither', () => {
    const model = splitText(source);
    assert.equal(model.title, 'WidgetFeed (CBOR-based Feed Format)');
    assert.equal(model.subtitle, 'draft-example-widgetfeed-00');
    assert.equal(model.author, 'A. Writer');
    assert.doesNotMatch(JSON.stringify(model.sections), /Intended status/u);
  });

  it("reads an 'o' bullet before a word in lower case as a bullet too", () => {
    const fields = splitText(source).sections.find((s) => s.heading === '1. Fields');
    const list = fields?.blocks.find((b) => b.kind === 'list');
    assert.ok(list?.text.includes('the optional "content"'), JSON.stringify(fields?.blocks));
    assert.doesNotMatch(list?.text ?? '', /\bo {2}the/u);
  });
});

describe('notes written as an outline', () => {
  const topic = (name: string, points: string[], indent = '\t'): string => [name, ...points.map((p) => `${indent}${p}`)].join('\n');
  const source = [
    'Software Testing',
    '',
    topic('Regression Testing', [
      'compare output of previous tests with those from new code',
      'make sure fixes break nothing else',
      'can run regression tests for component function, performance and whole system functionality',
    ]),
    '',
    topic('Test Data', ['typical data may reveal surprises', 'synthetic data is made artificially', '\tbut must satisfy some properties']),
    '',
    'AGILE',
    '',
    topic('Lightweight methods', ['a reaction against regulated methods', 'preceded by extreme programming']),
    '',
    topic('XP Values', ['communication', 'simplicity', 'feedback']),
    '',
    'CI',
    '',
    topic('Key practices', ['a single source repository', 'automated build']),
    '',
  ].join('\n');

  it('reads each indented line as a point of the topic above it, a deeper one as its point, lines alone over topics as parts', () => {
    const model = splitText(source);
    assert.equal(model.title, 'Software Testing');
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [3, 'Regression Testing'],
        [3, 'Test Data'],
        [2, 'AGILE'],
        [3, 'Lightweight methods'],
        [3, 'XP Values'],
        [2, 'CI'],
        [3, 'Key practices'],
      ],
    );
    const data = model.sections[1]?.blocks[0];
    assert.equal(data?.kind, 'list');
    assert.match(data?.text ?? '', /^• typical data may reveal surprises\n• synthetic data is made artificially\n\s+• but must satisfy some properties$/u);
  });

  it('plans the topics before the first part as an introduction the agenda lists, and keeps a point under its point', () => {
    const slides = planDeck(splitText(source), { file: 'n.txt', fileName: 'n.txt', format: 'text' }).value.slides;
    const agenda = slides.find((s) => s.layout === 'agenda')?.body ?? '';
    assert.match(agenda, /Introduction[\s\S]*AGILE[\s\S]*CI/u);
    const data = slides.find((s) => s.title === 'Test Data');
    assert.match(data?.body ?? '', /^- synthetic data is made artificially\n {2}- but must satisfy some properties$/mu);
  });

  it('reads a point with an arrow drawn among its words as a point, not as a drawing that makes the topic text', () => {
    const notes = [
      'Lecture 20: Bitcoin',
      '',
      'Bitcoin: A Peer-to-Peer Electronic Cash System, by Satoshi Nakamoto, 2008',
      '',
      topic('bitcoin:', ['a digital currency', 'a public ledger to prevent double-spending', 'no centralized trust <-- this is hard!', 'malicious users']),
      '',
      topic('why might people want a digital currency?', ['might make online payments easier', 'credit cards have worked well']),
      '',
      topic('what is hard technically?', ['forgery', 'double spending', 'theft']),
      '',
    ].join('\n');
    const model = splitText(notes);
    const bitcoin = model.sections.find((s) => /^bitcoin/u.test(s.heading));
    assert.ok(bitcoin, model.sections.map((s) => s.heading).join(' | '));
    assert.equal(bitcoin.blocks[0]?.kind, 'list');
    assert.match(bitcoin.blocks[0]?.text ?? '', /^• no centralized trust <-- this is hard!$/mu);
  });

  it("reads a command at a debugger's prompt as no heading, and a Markdown heading's hashes as no words of its topic", () => {
    const spaced = (name: string, points: string[]): string => topic(name, points, '  ');
    const notes = [
      'Lecture 7: Thread switching',
      '',
      'Topic: what happens under the hood when the kernel switches from one thread to another one',
      '',
      spaced('Why support concurrent tasks?', ['time-sharing: many users and many programs', 'program structure: a prime sieve']),
      '',
      '# Code',
      '',
      spaced('a switch, step by step', ['run the spin program twice', 'break in the timer handler']),
      '',
      '(gdb) next (until about to call swtch())',
      '',
      spaced('about to switch to the scheduler', ['swtch saves the registers', 'then restores the others']),
      '',
      '(gdb) p/x cpus[0]->context',
      '',
      spaced('where will swtch return to?', ['to the scheduler loop', 'which picks the next thread']),
      '',
    ].join('\n');
    const headings = splitText(notes).sections.map((s) => s.heading);
    assert.ok(headings.includes('Code'), headings.join(' | '));
    assert.ok(!headings.some((h) => /^\(gdb\)|^#/u.test(h)), headings.join(' | '));
  });

  it('reads an outline that opens with a topic as sections from the first (no title), and a point stating a formula as a point', () => {
    const outline = [
      '',
      topic('Driving while using phone', ['sharing attention', 'less fine motor control', 'communication?']),
      '',
      topic('Motor control', [
        'regulation of movement',
        'fitts law',
        '\tmovement time = MT = a + b * index of difficulty',
        '\tindex of difficulty = ID = log( D/W + 1 )',
        'speed accuracy tradeoff',
        '\thigher speed inputs have lower accuracy',
        'degrees of freedom',
        '\thow many ways we can move',
      ]),
      '',
      topic('Cognition', [
        'relevant capabilities',
        ...['control', 'memory', 'attention', 'reasoning', 'decision making'].map((p) => `\t${p}`),
        'sets goals and maintains focus',
        ...['goal is a desirable state', 'memory not accurate, still useful', 'attention is limited'].map((p) => `\t${p}`),
        'based on internal models',
        ...['a bad model can be tricked', 'can be used for metaphors', 'internal model leveraged to enhance HCI'].map((p) => `\t${p}`),
        'adapts all the time',
        ...['can require effort', 'task effort and state effort', 'an energy saving mechanism'].map((p) => `\t${p}`),
      ]),
      '',
    ].join('\n');
    const model = splitText(outline);
    assert.equal(model.title, null);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Driving while using phone', 'Motor control', 'Cognition'],
    );
    assert.match(model.sections[1]?.blocks.map((b) => b.text).join('\n') ?? '', /^\s+• movement time = MT = a \+ b \* index of difficulty$/mu);
    const titles = planDeck(model, { file: 'n.txt', fileName: 'n.txt', format: 'text' }).value.slides.map((s) => s.title);
    // A slide that goes on with the section opens with a term of a few words over its points: named by it, under the heading
    // where the two fit the heading's line, else alone.
    assert.ok(
      titles.some((t) => /^(?:Cognition: )?(?:sets goals and maintains focus|based on internal models|adapts all the time)$/u.test(t)),
      titles.join(' | '),
    );
  });

  it('leaves entries whose text runs on under them (references with a hanging indent) as they are', () => {
    const entry = (key: string): string[] => [
      `   [${key}]  Writer, A., "The Concise Binary Object Format`,
      '              RFC 7049, DOI 10.17487/RFC7049,',
      '              October 2013.',
      '',
    ];
    const model = splitText(['Spec', '', 'References', '', ...entry('RFC1'), ...entry('RFC2'), ...entry('RFC3'), 'End', '', 'The end.', ''].join('\n'));
    assert.doesNotMatch(JSON.stringify(model.sections), /•/u);
  });

  it('leaves settings indented under a label as they are, not points', () => {
    const block = (name: string): string[] => [name, '\tPREFIX = /usr/local', '\tCFLAGS = -O2', '\tinstall_all()', ''];
    const intro = 'These notes say how the program is built on each system that its authors have tried it on.';
    const model = splitText(
      ['Build notes', '', intro, '', ...block('Linux build'), ...block('BSD build'), ...block('Mac build'), 'End', '', 'Done here.', ''].join('\n'),
    );
    assert.doesNotMatch(JSON.stringify(model.sections), /•/u);
  });

  it('leaves hard-wrapped prose indented under its heading as prose', () => {
    const wrapped = [
      'Manual',
      '',
      ...['Setup', 'Usage', 'Limits'].flatMap((name) => [
        name,
        '\tThe emulator reads its configuration from the file named on its command',
        '\tline and starts the processor at the address the reset vector holds, so',
        '\tthat a program runs as it would on the real machine after power on.',
        '',
      ]),
    ].join('\n');
    const model = splitText(wrapped);
    assert.ok(
      model.sections.every((s) => s.blocks.every((b) => b.kind === 'paragraph')),
      JSON.stringify(model.sections),
    );
  });
});

describe('labelled lines that repeat their label', () => {
  it("are items of one list ('DO: …', 'DO: …', 'DON'T: …'), not a section each; a label used once is a heading", () => {
    const source = [
      'Code of Conduct',
      '',
      'Summary',
      '',
      'The community should be a good place.',
      '',
      '  DO: Be kind, thoughtful, and considerate.',
      '',
      '  DO: Yield the floor. Listen.',
      '',
      "  DON'T: Insult, harass, or intimidate.",
      '',
      "  DON'T: Treat honest mistakes as an excuse.",
      '',
      'Scope: This applies to every space of the project.',
      '',
    ].join('\n');
    const model = splitText(source);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Summary', 'Scope'],
    );
    assert.match(JSON.stringify(model.sections[0]?.blocks), /DO: Yield the floor/u);
  });

  it('are definitions where a sentence of a section announces three or more short ones', () => {
    const source = [
      'Licence',
      '',
      'Article 1 - Definitions',
      '',
      'In this contract, the following terms have the meaning below:',
      '',
      'Contract: means this licence contract and its later versions.',
      '',
      'Software: means the software in its source or object form.',
      '',
      'Licensee: means the user of the Software who accepted the Contract.',
      '',
      'Article 2 - Purpose',
      '',
      'The contract grants the Licensee a licence to the Software.',
      '',
    ].join('\n');
    assert.deepEqual(
      splitText(source).sections.map((s) => s.heading),
      ['Article 1 - Definitions', 'Article 2 - Purpose'],
    );
  });
});

describe('a tutorial written as a session at a prompt', () => {
  const source = [
    '****************Widget Tutorial*************************',
    '',
    '   [To begin, start Widget. You should see its prompt.]',
    '',
    'wdg src> pwd',
    '/src/',
    '',
    '   [pwd: print working directory to show where we are.',
    '    The result: /src is the source directory.]',
    '',
    'wdg src> cd /out',
    '',
    '   [cd: change directory. Moves to another path.]',
    '',
    'wdg out> ls',
    'out0    out1',
    '',
    '*********Event Maps*********',
    '',
    'Maps turn events into actions. Each object has one.',
    '',
  ].join('\n');

  it('reads a banner as a heading, commands at the prompt with their output as code, an aside in brackets as text', () => {
    const model = splitText(source);
    assert.equal(model.title, 'Widget Tutorial');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Event Maps'],
    );
    const code = model.intro.filter((b) => b.kind === 'code').map((b) => b.text);
    assert.ok(
      code.some((t) => t.includes('wdg src> pwd\n/src/')),
      JSON.stringify(model.intro),
    );
    assert.ok(
      model.intro.some((b) => b.kind === 'paragraph' && b.text.includes('The result: /src')),
      JSON.stringify(model.intro),
    );
  });
});

describe('a dump of bytes in a specification', () => {
  it('is laid out as written, not a paragraph', () => {
    const source = [
      'Spec',
      '',
      '1.  Transfer',
      '',
      '   Here is the transfer object for the first event:',
      '',
      '      58 53                                # bytes(83)',
      '         85F6D9041A582101AED3DAB65CE9E0D6C50D46FCEFFB552296ED21B6E',
      '         0B537A6A0184575CE8F5CBD012483D9041A582103A7AC59B52AFF894B',
      '         A89508B35F445AE90628F6D5F358157E4F45F39B5B3BE96B0900',
      '',
      '   That is all.',
      '',
      '2.  End',
      '',
      '   The end.',
      '',
    ].join('\n');
    const blocks = splitText(source).sections[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'code', 'paragraph'],
    );
  });
});

describe('an index of chapters, each over the questions it answers', () => {
  it('is dropped as the contents its headings repeat, sub-entries and all', () => {
    const body = (n: number, title: string): string[] => [
      `${n}. ${title}`,
      '',
      `Chapter ${n} explains how ${title.toLowerCase()} works, with enough words to be a paragraph of its own.`,
      '',
    ];
    const source = [
      'Startup How-To',
      '',
      'Index with some FAQ questions that are answered in the chapter:',
      '',
      ' 1. First steps',
      ' 2. Basic user interface usage',
      '      □ Split windows work in weird way',
      '      □ How can I easily switch between windows?',
      ' 3. Server and channel automation',
      '      □ How do I automatically connect to servers at startup, or to',
      '        channels once connected?',
      ' 4. Logging',
      '',
      ...body(1, 'First steps'),
      ...body(2, 'Basic user interface usage'),
      ...body(3, 'Server and channel automation'),
      ...body(4, 'Logging'),
    ].join('\n');
    const model = splitText(source);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. First steps', '2. Basic user interface usage', '3. Server and channel automation', '4. Logging'],
    );
  });
});

describe('a tutorial with a contents list and sessions quoted with ">"', () => {
  const source = [
    '\t\tGetting Started with Widget',
    '',
    'License: This tutorial is in the public domain.',
    '',
    '0. Introduction',
    '1. First Commands',
    '2. The Queue',
    '',
    '0. Introduction',
    '',
    'Widget sends messages through a series of servers. Each one mixes them.',
    '',
    '1. First Commands',
    '',
    'Run it once to see that it works:',
    '> $ widget',
    '> Widget version 0.0.7',
    '> NOTE: This software is for testing only.',
    '',
    'Messages can also be piped into standard input:',
    '> echo "The world is all that is the case." | widget send',
    '',
    '2. The Queue',
    '',
    'Messages wait in a queue until they are sent. The queue is flushed by hand.',
    '',
    'Widget downloads the server list every day. It is',
    'downloaded the first time you use a command which needs it:',
    '> $ widget list-servers',
    '> aarg:smtp relay      (ok)',
    '> anize:mbox relay        (ok)',
    '> antani:smtp relay       (ok)',
    '> chicago:relay   (ok)',
    '> cside:mbox relay        (ok)',
    '',
  ].join('\n');

  it('drops the contents list its headings repeat, keeps quoted lines as written, and takes no quoted line or lead-in for a heading', () => {
    const model = splitText(source);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['License', '0. Introduction', '1. First Commands', '2. The Queue'],
    );
    const commands = model.sections[2]?.blocks ?? [];
    assert.ok(
      commands.some((b) => b.kind === 'code' && b.text.includes('> NOTE: This software is for testing only.')),
      JSON.stringify(commands),
    );
    const queue = model.sections[3]?.blocks ?? [];
    assert.deepEqual(
      queue.map((b) => b.kind),
      ['paragraph', 'paragraph', 'code'],
      JSON.stringify(queue),
    );
  });
});

describe("a manual's sub-commands", () => {
  it("have their labels as headings without the colon, and no sentence's opening ('For example, if the command') for a heading", () => {
    const sub = (name: string): string[] => [
      name,
      '-'.repeat(name.length),
      '',
      '  USAGE:',
      `    ${name} [OPTION] STRING`,
      '    and more words here',
      '',
      '  OPTIONS:',
      '    -cstring | -c',
      '    -enter | -cr',
      '',
      '    For example, if the command',
      '',
      `        sexpect ${name} -re 'a(bc)d'`,
      '',
      '    succeeds then the following commands print its parts.',
      '',
    ];
    const model = splitText(['Manual', '', ...sub('send'), ...sub('expect'), ...sub('close')].join('\n'));
    const headings = model.sections.map((s) => s.heading);
    assert.ok(headings.includes('USAGE') && headings.includes('OPTIONS'), headings.join(' | '));
    assert.ok(!headings.some((h) => h.endsWith(':') || h.startsWith('For example')), headings.join(' | '));
  });
});

describe('lecture notes written as an outline of questions, numbered terms and repeated labels', () => {
  const notes = [
    'Operating Systems, Lecture 2',
    '',
    'These notes follow the lectures of the second week of the course, and they',
    'are meant to be read alongside the papers and the labs of that week.',
    '',
    'Why study this topic?',
    '  interesting -- hard problems',
    '  widely used -- driven by big web sites',
    '  active research area',
    '',
    'So why do people build such systems?',
    '  to increase capacity via parallel processing',
    '  to tolerate faults via replication',
    '  to increase security via isolation',
    '',
    'Course components:',
    '  lectures',
    '  papers',
    '  labs',
    '',
    'Lab 1: a file system in user space',
    'Lab 2: a scheduler for many cores',
    'Lab 3: a network stack',
    '',
    'Topic: scheduling',
    '  Fairness and throughput pull apart.',
    '  The scheduler decides who runs next.',
    '',
    'Topic: memory',
    '  Paging hides the size of physical memory.',
    '  The kernel keeps a table per process.',
    '',
  ].join('\n');
  const model = splitText(notes);
  const headings = model.sections.map((s) => s.heading);
  const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];

  it('reads a question over its indented points as a topic over a list, not one run-on paragraph', () => {
    const list = blocks.find((b) => b.text.includes('to tolerate faults'));
    assert.equal(list?.kind, 'list', JSON.stringify(blocks));
    assert.ok(!(list?.text ?? '').includes('So why'), list?.text);
  });

  it('keeps a numbered term on consecutive lines as items ("Lab 1: …", "Lab 2: …"), not a section each', () => {
    assert.ok(!headings.some((h) => /^Lab \d/u.test(h)), headings.join(' | '));
    assert.ok(blocks.some((b) => b.text.includes('Lab 2: a scheduler')));
  });

  it('titles sections whose term repeats by their whole line ("Topic: scheduling"), not "Topic" twice', () => {
    assert.ok(headings.includes('Topic: scheduling') && headings.includes('Topic: memory'), headings.join(' | '));
  });
});

describe('a tutorial framed as a banner, its lessons centred under rules', () => {
  it('takes the banner for the title (letters set apart joined again) and a centred line under a rule for a heading', () => {
    const text = [
      '===============================================================================',
      '=     W e l c o m e   t o   t h e   E D I T O R   T u t o r  -  Version 2     =',
      '===============================================================================',
      '=                               CHAPTER TWO                                   =',
      '===============================================================================',
      '',
      '     Here be dragons: if this is your first time with the editor, start with the',
      '     first chapter instead, then come back here when you are done with it.',
      '',
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '',
      '\t\t     Lesson 2.1.1: MASTER TEXT OBJECTS',
      '',
      '  1. Practise the operations on words, then on sentences and on paragraphs.',
      '',
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '',
      '\t\t     Lesson 2.1.2: THE NAMED REGISTERS',
      '',
      '  1. Store two words in two registers, then put them back where you want them.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Welcome to the EDITOR Tutor - Version 2');
    assert.equal(model.subtitle, 'CHAPTER TWO');
    const headings = model.sections.map((s) => s.heading);
    assert.ok(headings.some((h) => h.startsWith('Lesson 2.1.1')) && headings.some((h) => h.startsWith('Lesson 2.1.2')), headings.join(' | '));
    assert.ok(!JSON.stringify(model).includes('= W e l'), 'the banner is shown as written');
  });
});

describe('a changelog', () => {
  it('takes its repeated version lines for its sections, the first one too, and a bulleted "Term: text" among plain items for an item', () => {
    const text = [
      "What's new in version 2.1.0",
      '',
      '* docs: document the meter segments in the man page',
      '* Improve the settings parser to avoid crashes on damaged files',
      '* XUtils: use strchr instead of strstr',
      '* Add swap pool usage meters',
      '',
      "What's new in version 2.0.1",
      '',
      '* Scheduling: OR in the reset flag instead of ANDing it',
      '* Fix reading zram values',
      '* Remove obsolete container support',
      '',
      "What's new in version 2.0.0",
      '',
      '* Fix a crash on start',
      '* Show the load average',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.notEqual(model.title, "What's new in version 2.1.0");
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ["What's new in version 2.1.0", "What's new in version 2.0.1", "What's new in version 2.0.0"],
    );
    assert.match(model.sections[0]?.blocks.map((b) => b.text).join('\n') ?? '', /XUtils: use strchr/u);
  });

  it('still reads bulleted "Term: text" paragraphs as headings where every item has its term', () => {
    const text = ['Notes', '', '• Speed: the new engine is twice as fast.', '• Safety: every input is checked first.', '• Cost: it runs on one core.', ''].join(
      '\n',
    );
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['Speed', 'Safety', 'Cost'],
    );
  });
});

describe('a FAQ written with Q: and A:', () => {
  it('takes each question for a heading, without its "Q:", however many sentences it has', () => {
    const text = [
      'Tool FAQ',
      '========',
      '',
      'Q:  What do the letters mean?',
      '',
      'A:  Nothing. They are just two letters.',
      '',
      'Q:  There are many related projects. How does this tool relate to',
      '    them?',
      '',
      'A:  The others came first. This one is their successor.',
      '',
      'Q:  Can I convert my old files?',
      '',
      'A:  Yes, with the convert command.',
      '',
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['What do the letters mean?', 'There are many related projects. How does this tool relate to them?', 'Can I convert my old files?'],
    );
  });
});

describe('slides written for wiki2beamer (or headings marked as MediaWiki marks them)', () => {
  it('takes "= … =" for parts and "== … ==" for sections, their marks, untitled frames and LaTeX comments no text, and no other line for a heading', () => {
    const text = [
      '% ./preamble.tex',
      '= Lecture 1: Gains from trade =',
      '',
      '== Structure of the course ==',
      '* What can we learn from trade theory?',
      '    1. Every country gains from trade.',
      '    2. We trade too little.',
      '',
      '= What trade theory is about =',
      '== Why countries trade ==',
      '* Countries may differ in',
      '    1. Technology',
      '    2. Endowments',
      '',
      '== ==',
      '\\longfigure{no_consumption}{Rich and poor countries import similar goods}',
      '',
      '= Production theory recap =',
      '== Technology ==',
      '* Production technology represents the feasible transformations of goods.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Lecture 1');
    assert.equal(model.subtitle, 'Gains from trade');
    assert.deepEqual(
      model.sections.map((s) => [s.heading, s.level]),
      [
        ['Structure of the course', 3],
        ['What trade theory is about', 2],
        ['Why countries trade', 3],
        ['Production theory recap', 2],
        ['Technology', 3],
      ],
    );
    assert.doesNotMatch(JSON.stringify(model), /preamble|== ==/u);
  });
});

describe("an essay's endnotes", () => {
  it('go into the notes after the paragraph that cites each one, and make no section of their own', () => {
    const text = [
      'Why Nerds Are Unpopular',
      '',
      'Curiosity',
      '',
      'A doctor can tell you a great deal about a patient from a few questions.[1] The rest is in the records.',
      '',
      'Most adults never lose the habit of asking why, and that is how they learn.[2]',
      '',
      'Now',
      '',
      'High school is a day job for most students, and they treat it as one.',
      '',
      'Notes',
      '',
      '[1] A doctor friend warns that even this can give an inaccurate picture.',
      '',
      '[2] His best bet would probably be to ask someone older.',
      '',
      'That someone is often a teacher.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Curiosity', 'Now'],
    );
    const blocks = model.sections[0]?.blocks ?? [];
    const cited = blocks.findIndex((b) => b.text.includes('questions.[1]'));
    assert.ok(blocks[cited + 1]?.folded && blocks[cited + 1]?.text.startsWith('[1] A doctor friend'), JSON.stringify(blocks));
    const second = blocks.findIndex((b) => b.text.includes('learn.[2]'));
    assert.deepEqual(
      blocks.slice(second + 1).map((b) => [b.text.slice(0, 12), b.folded]),
      [
        ['[2] His best', true],
        ['That someone', true],
      ],
    );
  });
});

describe('a definition list laid out in two columns, as RFCs write theirs', () => {
  const text = [
    '1. Introduction',
    '',
    '   This memo defines a format for dates and times, and the words it uses for them, so that',
    '   the programs that exchange them agree on what each of them means.',
    '',
    '2. Definitions',
    '',
    '   The key words in this document are to be interpreted as described in the other memo.',
    '',
    '      UTC         Coordinated Universal Time as maintained by the Bureau',
    '                  International des Poids et Mesures (BIPM).',
    '',
    '      second      A basic unit of measurement of time in the',
    '                  International System of Units.',
    '',
    '      leap year   In the Gregorian calendar, a year which has 366 days.',
    '',
    '      Internet Date/Time Format',
    '                  The date format defined in section 5 of this document.',
    '',
    '3. Two Digit Years',
    '',
    '   Internet protocols generate four digit years in dates, and read two digit years with care.',
    '',
  ].join('\n');
  const model = splitText(text);
  const headings = model.sections.map((s) => s.heading);
  const shown = model.sections.flatMap((s) => s.blocks).map((b) => b.text.replace(/\s+/gu, ' '));

  it('reads each term with a colon after it, its description after that, an item of its section and no heading', () => {
    assert.ok(headings.includes('2. Definitions') && headings.includes('3. Two Digit Years'), headings.join(' | '));
    assert.ok(!headings.some((h) => /UTC|second|leap|Internet Date/u.test(h)), headings.join(' | '));
    assert.ok(shown.includes('UTC: Coordinated Universal Time as maintained by the Bureau International des Poids et Mesures (BIPM).'), shown.join(' | '));
    assert.ok(shown.includes('leap year: In the Gregorian calendar, a year which has 366 days.'), shown.join(' | '));
    assert.ok(shown.includes('Internet Date/Time Format: The date format defined in section 5 of this document.'), shown.join(' | '));
  });

  it('leaves a table of more columns, and a pair or two of aligned words, as they are', () => {
    const table = splitText(
      ['Results', '', '   run      time    size', '   first    10 s    4 MB', '   second   12 s    5 MB', '   third    9 s     4 MB', ''].join('\n'),
    );
    assert.doesNotMatch(JSON.stringify(table), /first:|second:|third:/u);
  });

  it("leaves a grammar's rules with their comments as written: no colon after a rule's name", () => {
    const grammar = splitText(
      [
        '2.5. Strings',
        '',
        '   A string begins and ends with quotation marks, and holds any character but a few.',
        '',
        '         escape = %x5C              ; \\',
        '',
        '         quotation-mark = %x22      ; "',
        '',
        '         unescaped = %x20-21 / %x23-5B / %x5D-10FFFF',
        '',
        '         digit = %x30-39            ; 0-9',
        '',
      ].join('\n'),
    );
    const shown = JSON.stringify(grammar);
    assert.doesNotMatch(shown, /%x5C:|%x22:|%x30-39:/u);
    assert.match(shown, /escape = %x5C +; \\\\/u);
  });
});

describe('Japanese text wrapped at a fixed width', () => {
  it('reads a wrapped line of 35 characters (70 columns) as the start of its paragraph, not as a heading', () => {
    const text = [
      'w3m の国際化',
      '',
      'はじめに',
      '',
      '  w3m を国際化/マルチリンガル化しました。拡張版を以下に置いてあります。',
      '  まだ開発版であり、(私が日本語しか解さないため)十分なテストはできて',
      '  いませんが興味ある方はお試しください。',
      '',
      '  まだ開発版であり、(私が日本語しか解さないため)十分なテストはできて',
      '  いませんが興味ある方はお試しください。以下の機能があります。',
      '',
      '表示',
      '',
      '  多言語表示させるためには現在のところ以下の方法があります。表示の方法は',
      '  端末によって違います。',
      '',
    ].join('\n');
    const model = splitText(text);
    const headings = model.sections.map((s) => s.heading);
    assert.ok(headings.includes('はじめに') && headings.includes('表示'), headings.join(' | '));
    assert.ok(!headings.some((h) => h.includes('まだ開発版')), headings.join(' | '));
    const shown = model.sections.flatMap((s) => s.blocks).map((b) => b.text.replace(/\s+/gu, ''));
    assert.ok(
      shown.some((t) => t.startsWith('まだ開発版であり') && t.includes('お試しください')),
      shown.join(' | '),
    );
  });
});

describe('numbered headings set in from the text', () => {
  it('reads three or more numbered on at one indentation, the text at the margin between them, as the sections', () => {
    const body = (words: string): string =>
      `This is the text about ${words}, written at the margin as a paragraph of its own.\nIt goes on over a second line, as the author wrapped it.`;
    const text = [
      '\t\tNotes for a release',
      '',
      '',
      '\t\t0. Contents of this directory',
      '',
      body('the files'),
      '',
      '\t\t1. Short intro',
      '',
      body('the kernel'),
      '',
      body('what it runs on'),
      '',
      '\t\t2. Copyrights etc',
      '',
      body('the copyright'),
      '',
      '\t\t3. Getting it working',
      '',
      body('building it'),
      '',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(headings, ['0. Contents of this directory', '1. Short intro', '2. Copyrights etc', '3. Getting it working']);
  });

  it("heads a specification's numbered sub-sections set in less deep than their text ('   1.1. Purpose' over text at six)", () => {
    const body = (words: string): string =>
      `      The ${words} of this specification is set out here, in a few lines\n      of text that the document sets in six spaces from the margin.`;
    const text = [
      'Network Working Group                                    P. Author',
      '',
      '1. Introduction',
      '',
      '   1.1. Purpose',
      '',
      body('purpose'),
      '',
      '   1.2. Intended audience',
      '',
      body('audience'),
      '',
      '   1.3. Scope',
      '',
      body('scope'),
      '',
      '2. Detailed specification',
      '',
      '   2.1. Overall conventions',
      '',
      body('conventions'),
      '',
      '   2.2. Compressed block format',
      '',
      body('format'),
      '',
      '   2.3. Details of block format',
      '',
      body('detail'),
      '',
      '3. References',
      '',
      body('list of references'),
      '',
    ].join('\n');
    const model = splitText(text);
    const headings = model.sections.map((sec) => sec.heading);
    for (const h of ['1.1. Purpose', '1.2. Intended audience', '1.3. Scope', '2.1. Overall conventions', '2.3. Details of block format'])
      assert.ok(headings.includes(h), headings.join(' | '));
  });

  it('reads numbered steps set in, a blank line between them, as a list: never a step as a heading', () => {
    const rule = '~'.repeat(78);
    const lesson = (heading: string, steps: string[]): string[] => [rule, `                    ${heading}`, '', ...steps.flatMap((l) => [l, ''])];
    const text = [
      'This tutor is designed to describe enough of the commands that you will be able to use the editor.',
      '',
      ...lesson('Lesson 1.1: MOVING THE CURSOR', [
        '  1. Press <ESC> to make sure you are in Normal mode.',
        '  2. Type:  :q! <ENTER>',
        '  3. Place the cursor at the start of a word to delete.',
        '  4. Type  dw  to make the word disappear.',
        'NOTE: The letter  d  will appear on the last line of the screen as you type it.',
        '---> There are a some words fun that belong paper in this sentence.',
        '  5. Repeat steps 3 and 4 until the sentence is correct.',
      ]),
      ...lesson('Lesson 1.2: EXITING', [
        '  1. Place the cursor just above this line.',
        'NOTE: After step 2 you will see text from Lesson 1.5.',
        '  2. Now retrieve your file with the command  :r TEST\n     where TEST is the name of your file.',
      ]),
    ].join('\n');
    const model = splitText(text);
    const headings = model.sections.map((s) => s.heading);
    for (const step of ['Type', 'Type dw', 'Place the cursor just above', 'Now retrieve'])
      assert.ok(!headings.some((h) => h.includes(step)), headings.join(' | '));
    const said = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    for (const step of ['Type:  :q!', 'to make the word disappear', 'just above this line', 'where TEST is']) assert.ok(said.includes(step), step);
  });
});

describe('columns set apart by tabs', () => {
  it('are shown as written, not run together into a sentence', () => {
    const text = [
      'Notes',
      '',
      'Contents of this directory:',
      '',
      'linux-0.01.tar.Z\t- sources to the kernel',
      'bash.Z\t\t\t- compressed bash binary if you want to test it',
      'update.Z\t\t- compressed update binary',
      '',
      'This is a free kernel for AT-machines, and its source is included here in full.',
      '',
    ].join('\n');
    const blocks = [...splitText(text).intro, ...splitText(text).sections.flatMap((s) => s.blocks)];
    const listing = blocks.find((b) => b.text.includes('bash.Z'));
    assert.equal(listing?.kind, 'code', JSON.stringify(blocks));
    assert.match(listing?.text ?? '', /\nbash\.Z +- compressed bash binary if you want to test it\n/u);
  });
});

describe('footnotes written under the text that cites them', () => {
  it('go into the notes after the citing paragraph, never onto a slide, where the text writes two or more', () => {
    const text = [
      'The first community',
      '',
      'The lab had a timesharing system that the staff hackers (1) had written in assembler, over many years of work.',
      '',
      'We did not call our software free software, because that term did not yet exist at the time.',
      '',
      '(1) The use of the word hacker to mean security breaker is a confusion on the part of the mass media.',
      '',
      'The collapse',
      '',
      'Later I heard these words, attributed to a teacher of old (1), and they have stayed with me ever since.',
      '',
      '(1) I follow no religious leaders, but I sometimes admire something one of them has said.',
      '',
      'If I am not for myself, who will be for me? If I am only for myself, what am I?',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    const notes = blocks.filter((b) => /^\(1\)/u.test(b.text));
    assert.equal(notes.length, 2, JSON.stringify(blocks));
    for (const note of notes) assert.ok(note.footnote === true && note.folded === true, JSON.stringify(note));
    // Each right after the paragraph that cites it.
    const citing = blocks.findIndex((b) => b.text.includes('staff hackers (1)'));
    assert.match(blocks[citing + 1]?.text ?? '', /^\(1\) The use of the word hacker/u);
  });
});

describe('a footnote marked with a symbol in brackets, as Project Gutenberg sets one', () => {
  it('goes into the notes after the paragraph that cites it, even alone, and stays in the notes where its citing line is a heading', () => {
    const text = [
      'The long walk',
      '',
      'We set out before dawn and reached the ridge by noon, as the guide had promised us.[*]',
      '',
      '[*] He had promised it every year since 1880.',
      '',
      'From the ridge the valley opened below us, green and quiet in the afternoon light.',
      '',
    ].join('\n');
    const blocks = allBlocks(text);
    const note = blocks.find((b) => b.text.startsWith('[*]'));
    assert.ok(note?.footnote === true && note.folded === true, JSON.stringify(blocks));
    assert.match(blocks[blocks.indexOf(note) - 1]?.text ?? '', /promised us\.\[\*\]$/u);
    // No paragraph of the text cites it (its mark stood in the heading): kept out of the slides all the same.
    const headed = allBlocks('ESSAY, READ AT A MEETING OF THE CLUB.[*]\n\n[*] Did not take the prize.\n\nObserve, I do not mean to suggest it.\n');
    const alone = headed.find((b) => b.text.startsWith('[*]'));
    assert.ok(alone?.folded === true, JSON.stringify(headed));
    // One number in parentheses is as likely a list's or a reference's as a note (two or more make notes): shown as it is.
    const cited = allBlocks('The gauge read high (1) all week long, said the report of the harbour office.\n\n(1) The gauge was new.\n\nThen it rained.\n');
    assert.ok(cited.find((b) => b.text.startsWith('(1)'))?.folded !== true, JSON.stringify(cited));
  });
});

describe("an essay's one sentence with a colon", () => {
  it('is no heading of the text after it: the essay stays prose without headings', () => {
    const prose = (i: number): string =>
      `In the ${i + 1}th year the town council met again and argued for a long time about the road, the bridge and the price of bread, and nothing came of it.`;
    const text = [
      'On the council',
      ...Array.from({ length: 6 }, (_, i) => prose(i)),
      'Unjust laws exist:  shall we be content to obey them, or shall we try to amend them, and obey them until we have succeeded?',
      ...Array.from({ length: 6 }, (_, i) => prose(i + 6)),
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.ok(model.intro.some((b) => b.text.startsWith('Unjust laws exist:')));
  });
});

describe('an e-text of an essay', () => {
  const prose = (i: number): string =>
    `In the ${i + 1}th walk of the year I went out by the river road, and the fields on either side were as wide and as empty as they had been the year before.`;
  const header = [
    'The Project Gutenberg EBook of Walking Out, by A. Walker',
    'This eBook is for the use of anyone anywhere at no cost and with almost no restrictions whatsoever.',
    'Title: Walking Out\n\nAuthor: A. Walker',
    '*** START OF THIS PROJECT GUTENBERG EBOOK WALKING OUT ***',
    'Produced by Q Reader',
  ];
  it("keeps its START marker and its producer's credit out of the headings, and a line ending on a dash before a quotation is none", () => {
    const text = [
      ...header,
      ...Array.from({ length: 4 }, (_, i) => prose(i)),
      'So I would say,--',
      ' "How near to good is what is wild!"',
      ...Array.from({ length: 4 }, (_, i) => prose(i + 4)),
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [],
    );
    assert.ok(model.publisher?.opening.some((b) => b.text.includes('Produced by Q Reader')));
  });
  it('takes no summary from a paragraph that opens "In short" with many more after it, and takes one that ends the text', () => {
    const parts = (closing: string[]): string =>
      [
        ...header,
        'The River',
        ...Array.from({ length: 4 }, (_, i) => prose(i)),
        'The Fields',
        ...Array.from({ length: 2 }, (_, i) => prose(i + 4)),
        ...closing,
      ].join('\n\n') + '\n';
    const inShort = 'In short, all good things are wild and free.';
    assert.deepEqual(splitText(parts([inShort, ...Array.from({ length: 12 }, (_, i) => prose(i + 6))])).summary, []);
    assert.equal(splitText(parts([prose(6), inShort])).summary.length, 1);
  });

  it("reads an Emacs outline's lines of stars as its headings, its mode line's words as the title, and lines written one per item as a list", () => {
    const text = [
      'Tool NEWS                                    -*- outline -*-',
      '',
      '* Noteworthy changes in release 1.2.1 (2021-08-05) [stable]',
      '',
      '** Improvements',
      '  Added missing include directives',
      '  Support Guile 3.0',
      "  Call 'child-cleanup' when 'select' returns an empty set",
      '  guix.scm update',
      '',
      '* Noteworthy changes in release 1.2.0 (2020-04-22) [stable]',
      '',
      '** Bug fixes',
      '  The programs now set the GUILE_LOAD_PATH and',
      '  GUILE_LOAD_COMPILED_PATH environment variables with the',
      '  location of the installed modules.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Tool NEWS');
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [2, 'Noteworthy changes in release 1.2.1 (2021-08-05) [stable]'],
        [3, 'Improvements'],
        [2, 'Noteworthy changes in release 1.2.0 (2020-04-22) [stable]'],
        [3, 'Bug fixes'],
      ],
    );
    const improvements = model.sections[1]?.blocks ?? [];
    assert.deepEqual(
      improvements.map((b) => b.kind),
      ['list'],
    );
    assert.equal(improvements[0]?.text.split('\n').length, 4, improvements[0]?.text);
    // Wrapped prose, its lines going on into the next ("… and" over "GUILE_LOAD_COMPILED_PATH …"), stays a paragraph.
    assert.deepEqual(
      model.sections[3]?.blocks.map((b) => b.kind),
      ['paragraph'],
    );
  });

  it("heads a FAQ's answers by the questions its list names, however long or however they open, and drops that list", () => {
    const answer = (n: number): string =>
      `   This is the answer to question ${n}, set in under it as the whole FAQ\n   writes its answers, over two lines or more of plain text.`;
    const text = [
      '                          Tool FAQ',
      '   Last update 12 Feb 2000',
      [
        '   This document answers some common problems.',
        '   The questions discussed are:',
        '    1. The tool does not compile on my system.',
        '    2. I want to change my upstream server.',
        '    3. fetchmail does not fetch any articles.',
        '    4. When searching with the browser, I only get back "unknown',
        '       command".',
        '    5. My reader complains about repeated frequent timeouts of',
        '       the server.',
      ].join('\n'),
      '1. The tool does not compile on my system.',
      answer(1),
      '2. I want to change my upstream server.',
      answer(2),
      '   You should get back something like',
      '     200 Tool NNTP Daemon, version xx running at yy',
      answer(22),
      '3. fetchmail does not fetch any articles.',
      answer(3),
      '4. When searching with the browser, I only get back "unknown command".',
      answer(4),
      '5. My reader complains about repeated frequent timeouts of the\nserver.',
      answer(5),
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [2, '1. The tool does not compile on my system'],
        [2, '2. I want to change my upstream server'],
        [2, '3. fetchmail does not fetch any articles'],
        [2, '4. When searching with the browser, I only get back "unknown command"'],
        [2, '5. My reader complains about repeated frequent timeouts of the server'],
      ],
    );
    const intro = JSON.stringify(model.intro);
    assert.doesNotMatch(intro, /questions discussed are|1\. The tool/u);
    assert.match(intro, /This document answers some common problems\./u);
  });

  it('reads a line over dots as long as it as a heading a level under one over dashes, and an ellipsis line as text', () => {
    const text = [
      'This file offers advice on working on the program and sending changes.',
      'Implementation\n--------------',
      'The code base is older than most of the tools used to build it.',
      'Updating notices\n----------------',
      'Background\n..........',
      'A lay reader should read what follows as an opinion and nothing more.',
      'What To Do\n..........',
      'Update the notice of the whole work once at release time.',
      'Testing\n-------',
      'Run the suite after every change.',
      '...',
      'And then the rest of it.',
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [2, 'Implementation'],
        [2, 'Updating notices'],
        [3, 'Background'],
        [3, 'What To Do'],
        [2, 'Testing'],
      ],
    );
    // Its dots are no text of the section.
    for (const section of model.sections) assert.ok(!section.blocks.some((b) => /^\.{4,}/u.test(b.text.trim())), JSON.stringify(section.blocks));
  });

  it("heads design notes filed under names of files ('player/*.c:' over text set in), underlined parts over sections, and keeps wrapped items whole", () => {
    const body = (n: number): string =>
      `    The code of part ${n} keeps its state in one place, and hands it to the\n    parts it calls, which never keep their own copy of it.`;
    const text = [
      'This file gives an overview of how the program is structured.',
      `player/*.c:\n${body(1)}`,
      `ta.h & ta.c:\n${body(2)}`,
      `demux/:\n${body(3)}`,
      'Best practices\n==============',
      'General contribution\n--------------------',
      'See: DOCS/contribute.md',
      'Condition variables\n-------------------',
      'They are used whenever a thread needs to wait for something to change state.',
      [
        'Some basic rules:',
        '    1. Always access your state under proper locking',
        '    2. Always check your predicate before every call to cond_wait()',
        "       (And don't call cond_wait() if the predicate is fulfilled.)",
        '    3. Always call cond_wait() in a loop',
        '    4. Always call cond_broadcast()/_signal() inside of its associated',
        '       lock',
      ].join('\n'),
      'Threads\n-------',
      'Threading should be conservatively used, and only where it pays for itself.',
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [2, 'player/*.c'],
        [2, 'ta.h & ta.c'],
        [2, 'demux/'],
        [2, 'Best practices'],
        [3, 'General contribution'],
        [3, 'Condition variables'],
        [3, 'Threads'],
      ],
    );
    const rules = model.sections.find((s) => s.heading === 'Condition variables')?.blocks.find((b) => b.kind === 'list');
    assert.ok(rules);
    // Four items, each with its wrapped line: no line of an item is a point of its own.
    assert.equal(rules.text.split('\n').filter((l) => /^\s*(?:\d+[.)]|[•*-])\s/u.test(l)).length, 4, rules.text);
    assert.match(rules.text, /inside of its associated\s+lock/u);
    assert.ok(model.sections.find((s) => s.heading === 'General contribution')?.blocks.some((b) => b.text.includes('See: DOCS/contribute.md')));
  });
  it("keeps a hard-wrapped paragraph whose sentence ends on a line's first word ('than any' over 'before. He obeyed it…') a paragraph, not lines a point each", () => {
    const text = [
      'Walking',
      '',
      'I wish to speak a word for Nature, for absolute freedom and wildness, as contrasted with a freedom merely civil.',
      '',
      'Columbus felt the westward tendency more strongly than any\nbefore. He obeyed it, and found a New World for Castile and Leon.\nThe herd of men in those days scented fresh pastures from afar.',
      '',
      'Where on the globe can there be found an area of equal extent\nwith that occupied by the bulk of our States? Later botanists confirm it.',
    ].join('\n');
    const blocks = [...splitText(`${text}\n`).intro, ...splitText(`${text}\n`).sections.flatMap((s) => s.blocks)];
    const columbus = blocks.find((b) => b.text.includes('Columbus'));
    assert.equal(columbus?.kind, 'paragraph', JSON.stringify(columbus));
    assert.match(columbus?.text ?? '', /than any before\. He obeyed it/u);
  });
  it("reads 'This from a southern Governor: \"…\"' as a lead-in to a quotation, not a heading; 'Point one: …' heads", () => {
    const filler = 'I have spoken to you on many occasions about national concerns, and tonight I want to speak about something else.';
    const text = [
      'Good evening. This is a special night for me.',
      filler,
      'This from a southern Governor: "Mr. President, you are not leading this Nation, you are just managing the Government."',
      '"You don\'t see the people enough any more."',
      'And this from a young Chicano: "Some of us have suffered from recession all our lives."',
      filler,
      `Point one: I am tonight setting a clear goal for the energy policy of the United States. ${filler}`,
      `Point two: To ensure that we meet these targets, I will use my authority to set import quotas. ${filler}`,
    ].join('\n');
    const headings = splitText(`${text}\n`).sections.map((s) => s.heading);
    assert.ok(!headings.some((h) => /Governor|Chicano/u.test(h)), headings.join(' | '));
    assert.ok(headings.includes('Point one') && headings.includes('Point two'), headings.join(' | '));
  });
  it("reads the title of a poem an essay quotes, set in over its lines, as the poem's, not a heading the rest of the essay goes on under", () => {
    const paragraph = (n: number): string =>
      Array.from({ length: 4 }, (_, k) => `This is sentence ${k} of paragraph ${n} about walking in the woods near the town.`)
        .join(' ')
        .replace(/(.{55,68}) /gu, '$1\n');
    const poem = '  THE OLD MARLBOROUGH ROAD\n\n   Where they once dug for money,\n   But never found any;\n   Where sometimes Martial Miles\n   Singly files,';
    const text = ['Walking', 'by Henry David Thoreau', paragraph(0), paragraph(1), paragraph(2), poem, paragraph(3), paragraph(4), paragraph(5)].join('\n\n');
    const headings = splitText(`${text}\n`).sections.map((s) => s.heading);
    assert.ok(!headings.includes('THE OLD MARLBOROUGH ROAD'), headings.join(' | '));
  });
  it("keeps an underlined heading whose one point is a bullet alone ('KEEP_ALIVE (0x83)' over '• No payload'): the item is no heading", () => {
    const message = (name: string, text: string): string => `${name}\n${'-'.repeat(name.length)}\n\n• No payload\n\n${text}`;
    const text = [
      'Messages to the server\n======================',
      'The client starts by sending one of the messages below.',
      'JOIN_GAME (0x8d)\n----------------\n\n• uint64_t conversation_id\n• string person_name\n\nJoins an existing game.',
      message('KEEP_ALIVE (0x83)', 'Some data must be sent by the client at least every minute.'),
      message('LEAVE (0x84)', 'This should be sent when the user closes the window.'),
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    const headings = model.sections.map((s) => s.heading);
    assert.deepEqual(headings.slice(-3), ['JOIN_GAME (0x8d)', 'KEEP_ALIVE (0x83)', 'LEAVE (0x84)'], headings.join(' | '));
    assert.ok(!headings.includes('No payload'));
    assert.match(
      model.sections
        .find((s) => s.heading === 'LEAVE (0x84)')
        ?.blocks.map((b) => b.text)
        .join('\n') ?? '',
      /No payload[\s\S]*closes the window/u,
    );
  });
  it('reads declarations of named types and a first line of code over a listing as code, set in as they are', () => {
    const text = [
      'Locks and waiting',
      '',
      'A condition variable lets a thread wait for a change of state, and this note shows the pattern in full.',
      '',
      'Shared declarations:',
      '',
      '    mp_mutex lock;',
      '    mp_cond cond_var;',
      '    struct something state_var; // protected by lock, changes signaled by cond_var',
      '',
      'Waiter thread:',
      '',
      '    mp_mutex_lock(&lock);',
      '',
      '    while (!predicate_fulfilled(&state_var)) {',
      '        mp_cond_wait(&cond_var, &lock);',
      '    }',
      '',
      'That is all there is to it, once the rules below are kept in mind.',
      '',
    ].join('\n');
    const blocks = splitText(text).intro;
    const code = blocks.filter((b) => b.kind === 'code').map((b) => b.text);
    assert.ok(
      code.some((c) => /mp_mutex lock;\nmp_cond cond_var;\nstruct something state_var; \/\/ protected by lock/u.test(c)),
      code.join('\n---\n'),
    );
    assert.ok(
      code.some((c) => /mp_mutex_lock\(&lock\);\n+while/u.test(c)),
      code.join('\n---\n'),
    );
    assert.ok(!blocks.some((b) => b.kind !== 'code' && /mp_mutex|mp_cond/u.test(b.text)), JSON.stringify(blocks));
  });
  it("keeps an early e-text's header and 'Small Print!' licence out of the text, titled by its 'Etext of' line, with its byline as the subtitle", () => {
    const speech = Array.from(
      { length: 6 },
      (_, i) =>
        `We observe today a passage number ${i} of the address, and the words run on for a while\nso that the paragraph reads as prose of several lines, as the speech does.`,
    );
    const text = [
      '**Welcome To The World of Free Plain Vanilla Electronic Texts**',
      "**The Project Gutenberg Etext of Kennedy's Inaugural Address**",
      '*******This file should be named jfk11.txt or jfk11.zip*******',
      'We are now trying to release all our books one month in advance\nof the official release dates, for time for better editing.',
      '***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***',
      'LIMITED WARRANTY; DISCLAIMER OF DAMAGES',
      'But for the "Right of Replacement or Refund" described below, the Project disclaims all liability to you for damages.',
      'INDEMNITY',
      'You will indemnify and hold the Project harmless.',
      'This "Small Print!" by Charles B. Kramer, Attorney\n*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*',
      'This is a retranscription of one of the first Project\nGutenberg Etexts, officially dated November 22, 1973.',
      "***The Project Gutenberg Etext of Kennedy's Inaugural Address**",
      "JFK's Inaugural Address, January 20, 1961, 12:11 EST",
      ...speech,
    ].join('\n\n');
    const model = splitText(`${text}\n`);
    assert.equal(model.title, "Kennedy's Inaugural Address");
    assert.equal(model.subtitle, "JFK's Inaugural Address, January 20, 1961, 12:11 EST");
    const shown = [...model.intro, ...model.sections.flatMap((s) => [{ text: s.heading }, ...s.blocks])].map((b) => b.text).join('\n');
    assert.doesNotMatch(shown, /SMALL PRINT|INDEMNITY|Welcome To The World|retranscription/u);
    assert.match(shown, /passage number 5/u);
    assert.ok(model.publisher?.opening.some((b) => /INDEMNITY/u.test(b.text)));
  });
});

describe("a program's options set in columns", () => {
  it('are a listing however few rows there are, with the line that names them', () => {
    const text = [
      'Usage',
      '',
      'The following are for the game. Each is given on the command line when the game is started.',
      '',
      'For all:',
      '    -?                   Show command line options',
      '    -c FILE.TXT          Set config filename',
      '    -cro                 Do not write a config file',
      '',
      'For some graphical UIs:',
      '    -aspect ASPECT       Set aspect ratio (*1000000, 0 = off)',
      '                           default = 833333, or (1000000 * 5)/6',
      '',
      'The rest of the options are described in the other manuals, which come with the game itself.',
    ].join('\n');
    const model = splitText(text);
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const listing = blocks.find((b) => b.text.includes('-aspect ASPECT'));
    assert.equal(listing?.kind, 'code');
    assert.match(listing?.text ?? '', /\nFor some graphical UIs:\n {4}-aspect/u);
    assert.ok(!model.sections.some((s) => s.heading.includes('graphical')));
  });
});

describe('a sentence that goes on past its colon', () => {
  it('is no heading: one opening with a conjunction, or of three words or more in sentence case with a word in lower case after the colon', () => {
    const para = (first: string): string =>
      `${first} the rest of this sentence runs on for a while, and then another sentence follows it here. It goes on for some more words so that the paragraph reads as prose.`;
    const text = [
      para('Unjust laws exist: shall we be content to obey them, or'),
      '',
      para('But we love better to talk about it: that we say is our mission, and'),
      '',
      para('Mutual Distrust: Both sides were aware of the ambitions, and'),
      '',
      para('Temporary Convenience: The pact was a strategic move, and'),
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['Mutual Distrust', 'Temporary Convenience'],
    );
  });
});

describe('a collection whose contents list its pieces by title', () => {
  const para = (n: number): string =>
    `Paragraph ${n} of the address goes on about the ether and the motion of bodies,\nwhich the physicists of the day discussed at length in their lectures.`;
  const book = (contents: string[]): string =>
    [
      'The Project Gutenberg EBook of Sidelights on Relativity, by Albert Einstein',
      '',
      'Title: Sidelights on Relativity',
      '',
      'Author: Albert Einstein',
      '',
      '*** START OF THIS PROJECT GUTENBERG EBOOK SIDELIGHTS ON RELATIVITY ***',
      '',
      'SIDELIGHTS ON RELATIVITY',
      '',
      'By Albert Einstein',
      '',
      ...contents,
      'ETHER AND THE THEORY OF RELATIVITY',
      '',
      'An Address delivered on May 5th, 1920, in the University of Leyden',
      '',
      para(1),
      '',
      para(2),
      '',
      'GEOMETRY AND EXPERIENCE',
      '',
      'An expanded form of an Address to the Prussian Academy of Sciences',
      '',
      para(3),
      '',
      para(4),
      '',
    ].join('\n');
  it('takes the contents (titles over the lines that describe them, as the text has them again) out, and "Contents" is no subtitle', () => {
    const contents = [
      'Contents',
      '',
      'ETHER AND THE THEORY OF RELATIVITY',
      '',
      'An Address delivered on May 5th, 1920, in the University of Leyden',
      '',
      'GEOMETRY AND EXPERIENCE',
      '',
      'An expanded form of an Address to the Prussian Academy of Sciences',
      '',
    ];
    const model = splitText(book(contents));
    assert.equal(model.subtitle, null);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['ETHER AND THE THEORY OF RELATIVITY', 'GEOMETRY AND EXPERIENCE'],
    );
    assert.equal(model.sections[0]?.blocks.length, 3);
  });
  it('keeps short sections whose headings come again over other text: they are not contents', () => {
    const contents = [
      'ETHER AND THE THEORY OF RELATIVITY',
      '',
      'A first word on the ether, said once only.',
      '',
      'GEOMETRY AND EXPERIENCE',
      '',
      'A first word on geometry, said once only.',
      '',
    ];
    const model = splitText(book(contents));
    assert.equal(model.sections.filter((s) => s.heading === 'GEOMETRY AND EXPERIENCE').length, 2);
    assert.ok(model.sections.some((s) => s.blocks.some((b) => b.text === 'A first word on geometry, said once only.')));
  });
});

describe('a name whose initials a line break parts', () => {
  it('reads "the Reverend H." over "B. Gage is…" as one sentence, not an item "B."', () => {
    const text = [
      'A Letter',
      '',
      'Sir, you may remember that you have done me several courtesies.  Your letter to the Reverend H.',
      'B. Gage is a document which, in my sight, would yet absolve me from the bonds of gratitude.',
      '',
      'Items of the list:',
      '',
      'A. The first item of a list.',
      'B. The second item of the list.',
    ].join('\n');
    const blocks = allBlocks(text);
    assert.ok(
      blocks.some((b) => b.kind === 'paragraph' && /Reverend H\. B\. Gage is a document/u.test(b.text.replace(/\s+/gu, ' '))),
      JSON.stringify(blocks),
    );
    assert.ok(blocks.some((b) => b.kind === 'list' && /A\. The first item[\s\S]*B\. The second item/u.test(b.text)));
  });
});

describe('a design note whose headings are set in by tabs', () => {
  it('reads them as its sections, and neither an aside in parentheses nor a line of C as one', () => {
    const para = (topic: string): string =>
      `When many applets are compiled into one binary, the ${topic} of each applet is\nconcatenated, and all of it is allocated when the program starts.`;
    const text = [
      '\t\tKeeping data small',
      '',
      para('data'),
      '',
      '#define G (*ptr_to_globals)',
      '',
      para('bss'),
      '',
      '(see the rest of the file to get the idea)',
      '',
      para('heap'),
      '',
      '\t\tDrawbacks',
      '',
      para('stack'),
      '',
      '\t\tKeeping code small',
      '',
      para('code'),
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Keeping data small');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Drawbacks', 'Keeping code small'],
    );
  });
});

describe("an e-text's illustration marks", () => {
  it('go to the notes only: no picture to show, no point of the text', () => {
    const text = [
      'Upon Roast Pig',
      '',
      'Mankind, says a Chinese manuscript, for the first seventy thousand ages ate their meat raw, clawing or biting it from the living animal.',
      '',
      '[Illustration: YE FIRST TASTE.]',
      '',
      'The manuscript goes on to say, that the art of roasting was accidentally discovered in the manner following.',
      '',
    ].join('\n');
    const model = splitText(text);
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const mark = blocks.find((b) => b.text.includes('YE FIRST TASTE'));
    assert.equal(mark?.folded, true);
    const slides = planDeck(model, { file: 'p.txt', fileName: 'p.txt', format: 'text' }).value.slides;
    assert.ok(!slides.some((s) => s.body.includes('YE FIRST TASTE')));
    assert.ok(slides.some((s) => s.notes.includes('YE FIRST TASTE')));
  });
});

describe("a specification's contents of every level, its lead-ins and its credits", () => {
  it('takes the contents out, keeps the numbered sections as the parts, and reads its credit and a sentence as text', () => {
    const body = (n: string): string =>
      `        The ${n} part of the format is described here in full, with its fields.\n        Each field is stored in little endian byte order.\n`;
    const text = [
      'The .xz File Format',
      '===================',
      '',
      '        0. Preface',
      '           0.1. Notices and Acknowledgements',
      '        1. Conventions',
      '           1.1. Byte and Its Representation',
      '        2. Index',
      '        3. References',
      '',
      '0. Preface',
      '',
      body('first'),
      '0.1. Notices and Acknowledgements',
      '',
      '        This file format was designed by Lasse Collin',
      '        <lasse.collin@tukaani.org> and Igor Pavlov.',
      '',
      '1. Conventions',
      '',
      body('second'),
      '1.1. Byte and Its Representation',
      '',
      body('third'),
      '2. Index',
      '',
      '        Index serves several purposes. Using it, one can',
      '          - verify that all Blocks have been processed;',
      '          - find out the uncompressed size of a Stream.',
      '',
      '        Implementation hint: It is possible to verify the Index with',
      '        constant memory usage by hashing both lists of sizes.',
      '',
      '3. References',
      '',
      '        [RFC-1952] GZIP file format specification version 4.3',
      '',
    ].join('\n');
    const model = splitText(text);
    const shown = model.sections.map((s) => [s.level, s.heading]);
    assert.deepEqual(
      shown.filter(([level]) => level === 2).map(([, h]) => h),
      ['0. Preface', '1. Conventions', '2. Index', '3. References'],
      JSON.stringify(shown),
    );
    assert.ok(!shown.some(([, h]) => /Lasse Collin|Index serves/u.test(String(h))), JSON.stringify(shown));
    assert.deepEqual(model.intro, []);
  });

  it("reads a list's second item as an item where the first was text over several lines, not as a numbered heading", () => {
    const text = [
      '    This is the source code distribution of "pager".',
      '',
      '    You may redistribute it under the terms of either:',
      '',
      '    1. The GNU General Public License, as published by the Free',
      '       Software Foundation; either version 3, or (at your option) any',
      '       later version.',
      '    or',
      '    2. The Pager License, in the file LICENSE.',
      '',
      '    Please report any problems at https://example.org/issues.',
      '',
      '1. Building',
      '',
      'Type "sh configure" and then "make" in the directory of the sources.',
      '',
      '2. Installing',
      '',
      'Type "make install" as the user who owns the destination directories.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Building', '2. Installing'],
    );
    assert.ok(
      model.intro.some((b) => b.text.includes('2. The Pager License')),
      JSON.stringify(model.intro),
    );
  });

  it('keeps a table of short keys and values, a line each, as written: no key is a heading', () => {
    const text = [
      'Inflate',
      '',
      '1. Tables',
      '',
      'The code being decoded, with 5 symbols, from 1 to 4 bits long:',
      '',
      'A: 0',
      'B: 10',
      'C: 110',
      'D: 1110',
      'E: 1111',
      '',
      'Let us make the first table two bits long:',
      '',
      '00: A,1',
      '01: A,1',
      '10: B,2',
      '11: -> table X (gobble 2 bits)',
      '',
      'Each entry is what the bits decode as and how many bits that is.',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Tables'],
    );
    const codes = model.sections[0]?.blocks.filter((b) => b.kind === 'code').map((b) => b.text) ?? [];
    assert.deepEqual(codes, ['```\nA: 0\nB: 10\nC: 110\nD: 1110\nE: 1111\n```', '```\n00: A,1\n01: A,1\n10: B,2\n11: -> table X (gobble 2 bits)\n```']);
  });

  it('reads a title set in capitals with a full stop, as old books set them, as a heading; a sentence in capitals is none', () => {
    const body = (n: string): string => `The ${n} part of the story goes on here, told gravely, as a humorous story is told.\n`;
    const text = ['HOW TO TELL A STORY', '', body('first'), '', 'THE WOUNDED SOLDIER.', '', body('second'), '', 'THE GOLDEN ARM.', '', body('third')].join(
      '\n',
    );
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(headings.slice(-2), ['THE WOUNDED SOLDIER', 'THE GOLDEN ARM'], JSON.stringify(headings));
    const warned = splitText(['USAGE', '', body('first'), '', 'DO NOT RUN THIS AS ROOT, EVER.', '', body('second')].join('\n'));
    assert.ok(!warned.sections.some((s) => s.heading.startsWith('DO NOT')), JSON.stringify(warned.sections.map((s) => s.heading)));
  });

  it("reads an old program's README as its sections: a line in capitals under a rule, going on on a line set in under it", () => {
    const rule = '='.repeat(60);
    const steps =
      '1. Move the distributed source to its own directory and unpack it,\n   if you have not already done so.\n\n2. Type "sh configure", then "make", and test the programs\n   it makes in your current directory.\n';
    const text = [
      '    This is the source code distribution of "pager".',
      '',
      rule,
      'INSTALLATION (Unix & Linux systems only):',
      '',
      steps,
      rule,
      'INSTALLATION (Windows-95, Windows-98 and Windows-NT systems only,',
      '              with Microsoft Visual C++, mingw, or Borland C)',
      '',
      steps,
      rule,
      'INSTALLATION (OS/2 systems only,',
      '              with EMX C)',
      '',
      steps,
    ].join('\n');
    const headings = splitText(text).sections.map((s) => [s.level, s.heading]);
    assert.deepEqual(
      headings,
      [
        [2, 'INSTALLATION (Unix & Linux systems only)'],
        [2, 'INSTALLATION (Windows-95, Windows-98 and Windows-NT systems only, with Microsoft Visual C++, mingw, or Borland C)'],
        [2, 'INSTALLATION (OS/2 systems only, with EMX C)'],
      ],
      JSON.stringify(headings),
    );
  });

  it('heads every line its contents list names, set in, with a stop inside or over its tag; names centred under a title are its authors', () => {
    const body = '   The part is described here in full, with its fields and their order.\n';
    const text = [
      '',
      '                      A Guard Specification',
      '',
      '                           Ada Lovelace',
      '                         George B. Shaw',
      '                            Ola Nordmann',
      '',
      'Table of Contents',
      '',
      '    1. Introduction and motivation',
      '    2. Circuit creation',
      '        2.1 Path selection',
      '            2.1.1 Managing entry guards',
      '    3. The algorithm.',
      '        3.0. The guards listed in the consensus. [Section:GUARDS]',
      '        3.1. Deciding whether to build a circuit.',
      '    A. Appendices',
      '        A.1. Parameters with suggested values.',
      '',
      '1. Introduction and motivation',
      '',
      body,
      '2. Circuit creation',
      '',
      body,
      '   2.1 Path selection',
      '',
      body,
      '   2.1.1 Managing entry guards',
      '',
      body,
      '3. The algorithm.',
      '',
      '3.0.  The guards listed in the consensus. [Section:GUARDS]',
      '',
      body,
      '3.1. Deciding whether to build a circuit.',
      '  [Section:NEW_CIRCUIT]',
      '',
      body,
      'A. Appendices',
      '',
      'A.1. Parameters with suggested values.',
      '',
      body,
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'A Guard Specification');
    assert.equal(model.author, 'Ada Lovelace, George B. Shaw, Ola Nordmann');
    assert.deepEqual(model.intro, []);
    assert.deepEqual(
      model.sections.map((s) => [s.level, s.heading]),
      [
        [2, '1. Introduction and motivation'],
        [2, '2. Circuit creation'],
        [3, '2.1 Path selection'],
        [4, '2.1.1 Managing entry guards'],
        [2, '3. The algorithm'],
        [3, '3.0. The guards listed in the consensus. [Section:GUARDS]'],
        [3, '3.1. Deciding whether to build a circuit. [Section:NEW_CIRCUIT]'],
        [2, 'A. Appendices'],
        [3, 'A.1. Parameters with suggested values'],
      ],
    );
  });

  it("reads a dialogue's turns as its lines, not a section each: the speakers' names name no slide", () => {
    const turns = [
      'CRITO:  Yes, certainly.',
      'SOCRATES:  What is the exact time?',
      'CRITO:  The dawn is breaking.',
      'SOCRATES:  I wonder that the keeper of the prison would let you in.',
      'CRITO:  He knows me because I often come, Socrates.',
      'SOCRATES:  And are you only just arrived?',
      'CRITO:  No, I came some time ago.',
      'SOCRATES:  Then why did you sit and say nothing, instead of at once\nawakening me?',
      'CRITO:  I should not have liked myself, Socrates, to be in such great\ntrouble and unrest as you are.',
      `SOCRATES:  ${Array.from({ length: 6 }, (_, k) => `Why, Crito, when a man has reached my age he ought not to be repining, as I said ${k} times`).join('; ')}.`,
      'CRITO:  And yet other old men find themselves in similar misfortunes.',
      'SOCRATES:  That is true.',
    ];
    const text = [
      'THE DIALOGUE',
      '',
      'PERSONS OF THE DIALOGUE:  Socrates, Crito.',
      '',
      'SCENE:  The Prison of Socrates.',
      '',
      ...turns.flatMap((t) => [t, '']),
      'THE END',
    ].join('\n');
    const model = splitText(text);
    const headings = model.sections.map((s) => s.heading);
    assert.ok(!headings.some((h) => /^(?:SOCRATES|CRITO)\b/u.test(h)), JSON.stringify(headings));
    const spoken = model.sections.flatMap((s) => s.blocks).filter((b) => b.spoken === true);
    assert.equal(spoken.length, turns.length);
    const deck = planDeck(model, { file: 'crito.txt', fileName: 'crito.txt', format: 'text' }).value;
    assert.ok(!deck.slides.some((s) => /SOCRATES|CRITO/u.test(s.title)), deck.slides.map((s) => s.title).join(' | '));
    // Each slide holds several turns, in the author's words and order.
    const shown = deck.slides.flatMap((s) => s.body.split('\n').filter((l) => /^- (?:SOCRATES|CRITO):/u.test(l)));
    assert.ok(shown.length >= turns.length - 1 && shown[0]?.startsWith('- CRITO:  Yes, certainly.'), shown.join('\n'));
    assert.ok(deck.slides.filter((s) => /^- (?:SOCRATES|CRITO):/mu.test(s.body)).length <= 5);
    // Labels that recur but do not take turns ("Note:" under each of many sections) stay what they were.
    assert.deepEqual(
      splitText(['Guide', '', ...Array.from({ length: 12 }, (_, k) => [`Step ${k + 1}`, '', `Note: this is remark ${k} on the step.`, '']).flat()].join('\n'))
        .sections.flatMap((s) => s.blocks)
        .filter((b) => b.spoken === true),
      [],
    );
  });

  it('takes the contents out with their label: "Table of Contents" heads no part of its own', () => {
    const body = '  The part is described here in full, with its fields and their order.\n';
    const text = [
      '                 A Padding Specification',
      '',
      'This document covers how the cover traffic is chosen by each side.',
      '',
      'Table of Contents',
      '',
      '    1. Overview',
      '    2. Connection-level padding',
      '        2.1. Background',
      '        2.2. Implementation',
      '    3. Circuit-level padding',
      '',
      '1. Overview',
      '',
      body,
      '2. Connection-level padding',
      '',
      '2.1. Background',
      '',
      body,
      '2.2. Implementation',
      '',
      body,
      '3. Circuit-level padding',
      '',
      body,
    ].join('\n');
    const shown = splitText(text).sections.map((s) => [s.level, s.heading]);
    assert.ok(!shown.some(([, h]) => /Contents/u.test(String(h))), JSON.stringify(shown));
    // Names set in under the title as it is are its authors, not the introduction's first point.
    const named = splitText(text.replace('\n\nThis document', '\n\n                 Ada Lovelace, G. B. Shaw\n\nThis document'));
    assert.equal(named.author, 'Ada Lovelace, G. B. Shaw');
    assert.ok(!named.intro.some((b) => b.text.includes('Lovelace')), JSON.stringify(named.intro));
    assert.equal(splitText(text.replace('\n\nThis document', '\n\n                 The Padding Working Group\n\nThis document')).author, null);
    assert.deepEqual(
      shown.filter(([level]) => level === 2).map(([, h]) => h),
      ['1. Overview', '2. Connection-level padding', '3. Circuit-level padding'],
      JSON.stringify(shown),
    );
  });
});

describe('an early e-text whose small print is longer than the text after it', () => {
  it('takes the licence out as the opening, names the text by its "Etext of" line, and its byline is the subtitle', () => {
    const licence = Array.from({ length: 30 }, (_, i) => `Clause ${i + 1} of the small print says what you may do with this etext.`).join('\n\n');
    const speech = Array.from(
      { length: 6 },
      (_, i) => `Paragraph ${i + 1} of the speech: no man thinks more highly than I do of the patriotism, as well as abilities, of the very worthy gentlemen.`,
    ).join('\n\n');
    const text = [
      '**Welcome To The World of Free Plain Vanilla Electronic Texts**',
      '',
      'The Project Gutenberg Etext of Give Me Liberty Or Give Me Death',
      '',
      '***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***',
      licence,
      '*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*',
      '',
      'Give Me Liberty Or Give Me Death',
      '',
      'Patrick Henry, March 23, 1775.',
      '',
      speech,
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Give Me Liberty Or Give Me Death');
    assert.equal(model.subtitle, 'Patrick Henry, March 23, 1775');
    const shown = [...model.intro, ...model.sections.flatMap((s) => [{ text: s.heading }, ...s.blocks])].map((b) => b.text).join('\n');
    assert.doesNotMatch(shown, /small print|Clause 3|Plain Vanilla/iu);
    assert.match(shown, /Paragraph 6 of the speech/u);
  });
});

describe("an RFC's boilerplate", () => {
  it("goes to the title slide's notes (status, copyright notice) and the closing notes (addresses, full copyright statement)", () => {
    const memo = [
      'Network Working Group                                        L. Writer',
      'Request for Comments: 9999                                  Example Org',
      'Category: Informational                                    1 April 2099',
      '',
      '',
      '                 Hyper Text Tea Pot Control Protocol',
      '',
      'Status of this Memo',
      '',
      '   This memo provides information for the Internet community.  It does',
      '   not specify an Internet standard of any kind.',
      '',
      'Copyright Notice',
      '',
      '   Copyright (C) The Internet Society (2099).  All Rights Reserved.',
      '',
      '1. Rationale and Scope',
      '',
      '   There is tea all over the world.  Tea pots are being connected to',
      '   the network at an alarming rate, and they need a protocol.',
      '',
      '2. The Protocol',
      '',
      '   The protocol is built on top of HTTP, with a few new methods.',
      '',
      "3. Author's Address",
      '',
      '   Larry Writer',
      '   Example Org',
      '   EMail: writer@example.org',
      '',
      '4. Full Copyright Statement',
      '',
      '   Copyright (C) The Internet Society (2099).  All Rights Reserved.',
      '',
    ].join('\n');
    const model = splitText(memo);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Rationale and Scope', '2. The Protocol'],
    );
    const opening = model.publisher?.opening.map((b) => b.text).join('\n') ?? '';
    const closing = model.publisher?.closing.map((b) => b.text).join('\n') ?? '';
    assert.match(opening, /Status of this Memo[\s\S]*Copyright Notice/u);
    assert.match(closing, /Author's Address[\s\S]*writer@example\.org[\s\S]*Full Copyright Statement/u);
  });
});

describe('a specification whose headings stand at the margin over text set in', () => {
  it('reads a line set in with the text as text (no heading), and "C 4.1 Title" as a numbered heading', () => {
    const para = (topic: string): string[] => [
      `   The server handles ${topic} in the order the queries arrive, and it keeps`,
      '   no state between two queries of the same client.',
      '',
    ];
    const text = [
      'Server Specification',
      '____________________',
      '',
      'A. Scope.',
      '',
      ...para('scope'),
      'B. Requirements',
      '',
      ...para('requirements'),
      'C. Technical Specification.',
      '',
      ...para('the specification'),
      'C 4  Further Query processing.',
      '',
      ...para('further queries'),
      '   We implement most records currently assigned by the registry',
      '   (http://www.example.org/assignments) except for obsolete ones.',
      '',
      '  QTYPE < 249 process the query',
      '',
      ...para('the query'),
      'C 4.1 Actions based on the type of a query.',
      '',
      ...para('actions'),
      '  ANSWER:',
      '  example.org NS  ns.example.org',
      '',
      ...para('answers'),
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(headings, [
      'A. Scope',
      'B. Requirements',
      'C. Technical Specification',
      'C 4 Further Query processing',
      'C 4.1 Actions based on the type of a query',
    ]);
  });
});

describe('a banner whose words sit inside a line of its frame', () => {
  it('is titled by the words, without the rule on either side of them', () => {
    const rule = '-'.repeat(70);
    const text = `${rule}\n${'-'.repeat(20)} Frequently Asked Questions ${'-'.repeat(22)}\n${rule}\n\n1. How do I set up a list?\n\n\tRead the INTRO file first.\n\n2. How do I read the manual?\n\n\tType man mailer at the prompt.\n`;
    assert.equal(splitText(text).title, 'Frequently Asked Questions');
  });

  it('reads a term over its text inside an answer set in ("E-mail:") as the answer\'s, not a question of its own', () => {
    const answer = (n: number): string => `\tThe answer to question ${n} is in the manual, and it is\n\tlong enough to need a second line of its own.\n`;
    const text = ['How do I set up a list?', 'How do I read the manual?', 'Where is the archive?', 'Why does it fail?']
      .map(
        (q, i) =>
          `${i + 1}. ${q}\n\n${answer(i)}${i === 2 ? '\n\tE-mail:\n\tSend mail to the server containing the word help.\n\n\tUUCP:\n\tuunet!/archive/faq\n' : ''}\n`,
      )
      .join('');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(headings, ['1. How do I set up a list?', '2. How do I read the manual?', '3. Where is the archive?', '4. Why does it fail?']);
  });
});

describe('numbered rules set in under a heading, each ending with a colon over its example', () => {
  it('are items of the section, not sections of their own', () => {
    const text = [
      'Project HACKING',
      '',
      'Commit Guidelines',
      '=================',
      '',
      'Every change must have a message.',
      '',
      'Style Guidelines',
      '================',
      '',
      'These guidelines should be followed when writing code in the project.',
      '',
      '  1. Private variable names should be written like:',
      '',
      '      lower_case_with_under_scores',
      '',
      '  2. Property names should be written like:',
      '',
      '      UpperCaseStartingLetter',
      '',
      '  3. A space before a parenthesis:',
      '',
      '      if (condition) {',
      '         CallSomeFunction (args);',
      '      }',
      '',
      'Naming Guidelines',
      '=================',
      '',
      'Names should be descriptive.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Commit Guidelines', 'Style Guidelines', 'Naming Guidelines'],
    );
  });
});

describe('a numbered list written line by line under a heading', () => {
  it('keeps its short items as items, not headings', () => {
    const text = [
      'Lecture 01',
      '==========',
      '',
      'History Based',
      '=============',
      '1. Science began in the seventeenth century with the likes of Galileo',
      '2. Galileo was a martyr of science who fought the clergy',
      '3. The revolution liberated science from religion',
      '4. Science is free of metaphysics',
      '',
      'Philosophy Based',
      '================',
      '1. Science proves its theories by experiments',
      '2. The method of science is universal',
      '3. Each new theory holds more true claims than the one before it',
      '',
    ].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['History Based', 'Philosophy Based'],
    );
  });
});

describe('numbers begun afresh under a lettered clause', () => {
  it('are the items of that clause, a level under it, until the letters go on', () => {
    const para = (topic: string): string[] => [
      `The server treats ${topic} with care, and it says so`,
      'in the documents that go with each of its releases.',
      '',
    ];
    const text = [
      'Server Requirements',
      '___________________',
      '',
      'A. Scope.',
      '',
      ...para('its scope'),
      'B. Requirements',
      '',
      'B.1. General Requirements',
      '',
      'These requirements are in order of importance:',
      '',
      '1. Conformity to the standards',
      '',
      ...para('the standards'),
      '2. Authoritative server only',
      '',
      ...para('authority'),
      'B.2. Explicit Non-Requirements',
      '',
      '1. No caching',
      '',
      ...para('caching'),
      '2. No recursion',
      '',
      ...para('recursion'),
      'C. Technical Specification.',
      '',
      ...para('the specification'),
    ].join('\n');
    const levels = splitText(text).sections.map((s) => `${s.level} ${s.heading}`);
    const level = (heading: string): number => Number(levels.find((l) => l.endsWith(` ${heading}`))?.split(' ')[0]);
    assert.equal(level('B.2. Explicit Non-Requirements'), level('B.1. General Requirements'), levels.join(' | '));
    assert.equal(level('1. Conformity to the standards'), level('B.1. General Requirements') + 1, levels.join(' | '));
    assert.equal(level('2. No recursion'), level('B.2. Explicit Non-Requirements') + 1, levels.join(' | '));
    assert.equal(level('C. Technical Specification'), level('A. Scope'), levels.join(' | '));
  });
});

describe('numbered headings right over their text set in under them', () => {
  it('are sections, whether the text under them opens with a paragraph or a list; a numbered item whose lines run on is not', () => {
    const body = (topic: string): string[] => [
      `   The project keeps ${topic} in mind at every release, and the reviewers weigh each`,
      `   report about ${topic} against the rules this document sets out below in detail.`,
      '   - a first point that the section makes about it, written on one line',
      '   - a second point that the section makes about it, on its own line',
    ];
    const text = [
      'A Threat Model',
      '',
      'This document defines the boundaries that the project draws around its security work, and says why.',
      '',
      '1. ASSETS TO PROTECT',
      ...body('the assets'),
      '',
      '2. ATTACKERS',
      '   - the reference attacker is an untrusted client that sends arbitrary bytes',
      '   - entry points are the listeners and everything that parses what clients send',
      '',
      '3. Severity ordering',
      ...body('severity'),
      '     1. Remote code execution in the master process. The master is privileged and',
      '        has access to the filesystem, so compromising it defeats every containment.',
      '',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(
      headings.filter((h) => /ASSETS|ATTACKERS|Severity/u.test(h)),
      ['1. ASSETS TO PROTECT', '2. ATTACKERS', '3. Severity ordering'],
      headings.join(' | '),
    );
    assert.ok(!headings.some((h) => h.includes('Remote code')), headings.join(' | '));
    const assets = splitText(text).sections.find((s) => s.heading === '1. ASSETS TO PROTECT');
    assert.match(assets?.blocks.map((b) => b.text).join('\n') ?? '', /^The project keeps the assets in mind/u);
  });
});

describe('a FAQ of "Q:" and "A:" pairs', () => {
  it('makes each question a section, its wrapped lines one heading, its answer the text under it', () => {
    const text = [
      '   Frequently Asked Questions',
      '',
      'Q: Why does the client not show colours even when other clients display',
      '   them?',
      'A: They force colours even where the terminal does not support them. By',
      '   default the client uses colours only where the terminal says so.',
      '',
      'Q: How do I write text to a channel that starts with a slash?',
      'A: / /text',
      '',
      'Q: Why does the client not update my real name after I change it with /',
      '   SET realname and reconnect?',
      'A: The client is trying to be too smart. This will be fixed in future.',
      '',
      '   Until then, disconnect and connect again.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [
        'Why does the client not show colours even when other clients display them?',
        'How do I write text to a channel that starts with a slash?',
        'Why does the client not update my real name after I change it with /SET realname and reconnect?',
      ],
    );
    const last = model.sections[2]?.blocks.map((b) => b.text).join('\n') ?? '';
    assert.match(last, /^The client is trying to be too smart/u);
    assert.match(last, /disconnect and connect again/u);
    assert.doesNotMatch(model.sections.map((s) => s.blocks.map((b) => b.text).join('\n')).join('\n'), /^\s*A:/mu);
  });

  it('reads a protocol description headed by underlines: a sentence over a response line, a caveat and a repeated flag are no headings of their own', () => {
    const text = [
      'Protocol',
      '--------',
      '',
      'Clients of the server communicate with it through connections.',
      '',
      'General statistics',
      '------------------',
      '',
      'Upon receiving the "stats" command the server sends lines like this:',
      '',
      'STAT <name> <value>\\r\\n',
      '',
      'The server terminates this list with the line',
      '',
      'END\\r\\n',
      '',
      'Each line of statistics gives a name and its value.',
      '',
      'Settings statistics',
      '-------------------',
      'CAVEAT: This section describes statistics which are subject to change in the',
      'future.',
      '',
      'The "stats" command with the argument of "settings" returns the settings.',
      '',
      'Item statistics',
      '---------------',
      'CAVEAT: This section describes statistics which are subject to change in the',
      'future.',
      '',
      'The flags of the command are:',
      '',
      '- C(token): compare CAS value',
      '',
      'Only store the item if the supplied token matches the current CAS value.',
      '',
      'Meta Get',
      '--------',
      '',
      'The flags of this command are:',
      '',
      '- C(token): compare CAS value',
      '',
      'Only return the item if the supplied token matches.',
      '',
    ].join('\n');
    const model = splitText(text);
    const headings = model.sections.map((s) => s.heading);
    assert.deepEqual(
      headings.filter((h) => !/statistics|Meta Get/u.test(h)),
      ['C(token): compare CAS value', 'C(token): compare CAS value'],
    );
    assert.deepEqual(
      headings.filter((h) => /statistics|Meta Get/u.test(h)),
      ['General statistics', 'Settings statistics', 'Item statistics', 'Meta Get'],
    );
    const general =
      model.sections
        .find((s) => s.heading === 'General statistics')
        ?.blocks.map((b) => b.text)
        .join('\n') ?? '';
    assert.match(general, /The server terminates this list with the line/u);
    assert.match(
      model.sections
        .find((s) => s.heading === 'Settings statistics')
        ?.blocks.map((b) => b.text)
        .join('\n') ?? '',
      /^CAVEAT: This section/u,
    );
  });

  it('reads numbered questions set in a column, each answer opening with a dash under it, its lines set in under its words', () => {
    const text = [
      '            Frequently Asked Questions about the library',
      '',
      '',
      'This document describes the design and the usage of the shared build.',
      '',
      '',
      ' 1. What is the shared build, and how can I get it?',
      '',
      '  - The shared build is the common build of the library as a DLL.',
      '    (Please remark the character 1 in the name.)',
      '',
      '    Applications that link to it can rely on the following',
      '    specification.',
      '',
      '',
      ' 2. Why did you change the name of the DLL?',
      '    What happened to the old one?',
      '',
      '  - The old build, made from version 1.1.4 or earlier, required',
      '    compilation settings that were incompatible to those used by',
      '    a static build.',
      '',
      '',
      ' 3. Can I build the old DLL from the new sources?',
      '',
      '  - In principle, you can do it by assigning calling convention',
      '    keywords to the macros.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      [
        '1. What is the shared build, and how can I get it?',
        '2. Why did you change the name of the DLL? What happened to the old one?',
        '3. Can I build the old DLL from the new sources?',
      ],
    );
    const answer = (k: number): string => model.sections[k]?.blocks.map((b) => b.text).join('\n') ?? '';
    assert.match(answer(0), /^The shared build is the common build of the library as a DLL\. \(Please remark/u);
    assert.match(answer(1), /^The old build, made from version 1\.1\.4 or earlier, required compilation settings/u);
    assert.match(answer(2), /^In principle, you can do it/u);
  });

  it('reads a number the wrap carried to the start of a line as the sentence it belongs to, and a list written a line an item as one', () => {
    const text = [
      'Intro',
      '=====',
      '',
      'The summer before senior year I took some college classes. I learned',
      'a lot in the calculus class, but I did not learn much in Philosophy',
      '101.  And yet my plan to study philosophy remained intact.  It was',
      'my fault.',
      '',
      'The steps to follow, in the usual order, are these ones here:',
      '1. Install the package',
      '2. Run it',
      '3. Check the result',
      '',
    ].join('\n');
    const blocks = splitText(text).intro;
    assert.equal(blocks.length, 3, JSON.stringify(blocks));
    assert.match(blocks[0]?.text ?? '', /in Philosophy 101\. +And yet my plan/u);
    assert.equal(blocks[2]?.kind, 'list');
    assert.equal(blocks[2]?.text, '1. Install the package\n2. Run it\n3. Check the result');
  });

  it('reads the first of numbered headings, on the first line of a note with no title, as a section and not the title', () => {
    const text = [
      '1. Compression algorithm',
      '',
      'The algorithm finds duplicated strings in the input data and replaces the second',
      'occurrence of a string by a pointer to the first one, as a pair of numbers.',
      '',
      'Literals and match lengths are compressed with one tree, and distances with another.',
      '',
      '2. Decompression algorithm',
      '',
      'The key question is how to decode a prefix code fast, with tables of a few bits.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, null);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['1. Compression algorithm', '2. Decompression algorithm'],
    );
    // A first line that is a title with a number in it stays the title.
    assert.equal(
      splitText(['Top 10 tips for the shell', '', 'The shell is a program that runs commands.', '', 'It reads a line at a time.', ''].join('\n')).title,
      'Top 10 tips for the shell',
    );
  });

  it('reads groups of items under labels set in less than the items, no blank line between, as each label over its list', () => {
    const text = [
      'Intro',
      '=====',
      '',
      'The library contains the following main',
      'elements:',
      '',
      '  Preprocessing:',
      '    * Color space conversion (e.g., RGB to YCbCr).',
      '    * Edge expansion and downsampling.  Optionally, this step can do simple',
      '      smoothing --- this is often helpful for low-quality source data.',
      '  Lossy JPEG proper:',
      '    * MCU assembly, DCT, quantization.',
      '    * Entropy coding (sequential or progressive, Huffman or arithmetic).',
      '  Lossless JPEG proper:',
      '    * Point transform.',
      '    * Prediction, differencing.',
      '',
      'In addition to these modules we need overall control.',
      '',
    ].join('\n');
    const blocks = splitText(text).intro.map((b) => [b.kind, b.text.split('\n')[0]]);
    assert.deepEqual(blocks, [
      ['paragraph', 'The library contains the following main elements:'],
      ['paragraph', 'Preprocessing:'],
      ['list', '* Color space conversion (e.g., RGB to YCbCr).'],
      ['paragraph', 'Lossy JPEG proper:'],
      ['list', '* MCU assembly, DCT, quantization.'],
      ['paragraph', 'Lossless JPEG proper:'],
      ['list', '* Point transform.'],
      ['paragraph', 'In addition to these modules we need overall control.'],
    ]);
  });
});

describe('a FAQ laid out as a list set in from its headings', () => {
  const answer = (words: string, indent: number): string =>
    [`${words} is the answer, set in under its question as the whole FAQ writes`, 'them, over two lines of plain text that wrap at the width of the page.']
      .map((l) => `${' '.repeat(indent)}${l}`)
      .join('\n');
  const faq = [
    '                                  Doodle Pad',
    '                                version 1.2.3',
    '                          Frequently Asked Questions',
    '',
    '               Copyright 2003-2011 by A. Writer and others',
    '                             Example Software',
    '',
    'Drawing',
    '',
    '     * The brush tool is greyed out!',
    '',
    answer('The first', 7),
    '',
    '     * Colours look washed out',
    '',
    answer('The second', 7),
    '',
    'Sound',
    '',
    "     * There's no sound!",
    '          * First, check the obvious:',
    '               * Are your speakers turned on?',
    '               * Is the volume turned up?',
    '          * Is sound disabled in Doodle Pad?',
    '',
    answer('The third', 12),
    '',
    "            If it's not, then check the configuration file named in",
    '            ("/etc/doodlepad/doodlepad.conf" and "~/.doodlepadrc") for a',
    '            line reading "nosound=yes".',
    '',
    '          * Were sounds turned off for a while?',
    '',
    answer('The fourth', 12),
    '',
    '     * Where are my pictures?',
    '',
    answer('The fifth', 7),
    '',
    '            Windows Vista',
    '                    In the user\'s "AppData" folder',
    '',
    '            Mac OS X',
    '                    In the user\'s "Application Support" folder',
    '',
    '     * The sound effects sound strange',
    '',
    answer('The sixth', 7),
  ].join('\n');
  it('heads each question under its heading, a question in an answer a level further in, and never a line of an answer', () => {
    const model = splitText(faq);
    assert.deepEqual(
      model.sections.map((s) => `${s.level} ${s.heading}`),
      [
        '2 Drawing',
        '3 The brush tool is greyed out!',
        '3 Colours look washed out',
        '2 Sound',
        "3 There's no sound!",
        '4 Is sound disabled in Doodle Pad?',
        '4 Were sounds turned off for a while?',
        '3 Where are my pictures?',
        '3 The sound effects sound strange',
      ],
    );
  });
  it('keeps a line the wrap cut short in its paragraph, and the checks a question lists under it', () => {
    const model = splitText(faq);
    const disabled = model.sections.find((s) => s.heading.startsWith('Is sound disabled'));
    assert.ok(disabled?.blocks.some((b) => b.text.startsWith("If it's not, then check the configuration file named in (")));
    const sound = model.sections.find((s) => s.heading === "There's no sound!");
    assert.match(sound?.blocks[0]?.text ?? '', /First, check the obvious:[\s\S]*Are your speakers turned on\?/u);
  });
  it('takes the centred lines at the top for the title, its subtitle and the title page', () => {
    const model = splitText(faq);
    assert.equal(model.title, 'Doodle Pad');
    assert.equal(model.subtitle, 'version 1.2.3 · Frequently Asked Questions');
    assert.deepEqual(model.intro, []);
  });
});

describe('code set in two columns under a sentence that ends with a colon', () => {
  it('is code: a setting, a path, an option or a command with options; a word or a sentence set in so is text', () => {
    const text = [
      'Options',
      '',
      '       For example, if the system file includes an option to',
      '       disable sound:',
      '',
      '         nosound=yes',
      '',
      '       Or by using this command-line argument:',
      '',
      '         --sound',
      '',
      '       It first examines the configuration file, located here:',
      '',
      '         ~/.doodlepadrc',
      '',
      '       To check, run it from a command line, like so:',
      '',
      '         doodlepad --version',
      '',
      '       The answer reads as follows:',
      '',
      '         Sound disabled.',
      '',
      '       That is all there is to say about the options here.',
    ].join('\n');
    const blocks = allBlocks(text);
    const code = blocks.filter((b) => b.kind === 'code').map((b) => b.text.split('\n')[1]);
    assert.deepEqual(code, ['nosound=yes', '--sound', '~/.doodlepadrc', 'doodlepad --version']);
    assert.ok(blocks.some((b) => b.kind === 'paragraph' && b.text === 'Sound disabled.'));
  });
});

describe('a shell comment over the commands it describes', () => {
  it('is code as written, as one-liner collections set it; a comment over a sentence is text', () => {
    const text = [
      'HANDY ONE-LINERS FOR AWK',
      '',
      'SPACING:',
      '',
      ' # double space a file',
      ' awk 1 ORS="\\n\\n"',
      '',
      ' # count lines (emulates "wc -l")',
      " awk 'END{print NR}'",
      '',
      ' # print the first field',
      ' cut -f1',
      '',
      'NOTES:',
      '',
      ' # This is a remark',
      ' and it goes on as a sentence, with words of prose.',
    ].join('\n');
    const model = splitText(text);
    const blocks = model.sections.flatMap((s) => s.blocks);
    const code = blocks.filter((b) => b.kind === 'code').map((b) => b.text);
    assert.ok(
      code.some((c) => c.includes("awk 'END{print NR}'") && c.includes('# count lines (emulates "wc -l")')),
      code.join('\n---\n'),
    );
    assert.ok(
      code.some((c) => c.includes('cut -f1')),
      code.join('\n---\n'),
    );
    assert.ok(!code.some((c) => c.includes('This is a remark')), code.join('\n---\n'));
  });
});

describe('a header in two columns at the top of a plain text', () => {
  it('names the text on its left (under a rule drawn over it), and who compiled it; the date on its right is the date', () => {
    const text = [
      '-----------------------------------------------------------------',
      'HANDY ONE-LINE SCRIPTS FOR AWK                    Apr. 30, 2008',
      'Compiled by Ada Lovelace <ada at example.org>     version 0.27',
      '',
      'Latest version of this file is usually at:',
      '   http://example.org/awk1line.txt',
      '',
      'FILE SPACING:',
      '',
      ' # double space a file',
      ' awk \'1;{print ""}\'',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'HANDY ONE-LINE SCRIPTS FOR AWK');
    assert.equal(model.author, 'Ada Lovelace');
    assert.equal(model.date, 'Apr. 30, 2008');
  });
});

describe('a plain text that holds a table of counts and a program', () => {
  const groups = [16, 32, 64, 128, 256].map((n) =>
    [`  ${n * 1024}   ${n * 2048}   ${n * 2047}`, `          ${n * 2046}   ${n * 2045}   ${n * 2044}`, '           0.10%   1.20%  -0.30%'].join('\n'),
  );
  const text = [
    'Sorting notes',
    '',
    'Counts of compares, three lines a size, as follows here in the table:',
    '',
    '      n   *sort   /sort',
    '-------  ------  ------',
    ...groups.flatMap((g) => [g, '']),
    'The program that counted them is this one:',
    '',
    'import random',
    '',
    'def fill(n):',
    '    from random import random',
    '    return [random() for i in range(n)]',
    '',
    'def drive():',
    '    count = 0',
    '    while True:',
    '        count += 1',
    '        print "count", count',
    '',
    'It ran for a day on an idle machine.',
  ].join('\n');
  const blocks = (): { kind: string; text: string }[] => {
    const model = splitText(text);
    return [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
  };

  it('keeps every row of numbers (no running head of a page), in one table with its header, as laid out', () => {
    const code = blocks().filter((b) => b.kind === 'code');
    const table = code.find((b) => b.text.includes('*sort'));
    assert.ok(table, code.map((b) => b.text).join('\n---\n'));
    for (const n of [16, 32, 64, 128, 256]) assert.ok(table.text.includes(`  ${n * 1024}   ${n * 2048}`), table.text);
  });

  it('shows the program as code, its definitions never headings', () => {
    const model = splitText(text);
    assert.ok(!model.sections.some((s) => /def /u.test(s.heading)), model.sections.map((s) => s.heading).join(' | '));
    const program = blocks().find((b) => b.kind === 'code' && b.text.includes('def fill(n):'));
    assert.ok(program?.text.includes('        print "count", count'), program?.text);
  });
});

describe('items marked with "+"', () => {
  it('are a list, the mark no text of the item', () => {
    const text = [
      'Intro',
      '-----',
      'This describes a stable natural mergesort, and how it compares with the sort it replaces.',
      '',
      'Comparison with the Old Sort',
      '----------------------------',
      '+ The new sort can require a temp array as large as half the input,',
      '  which is the strongest argument against it.',
      '',
      '+ Across four hours of random arrays, the old sort did more compares.',
      '',
      '+ On arrays with order in them, the new sort wins by far.',
    ].join('\n');
    const blocks = splitText(text).sections.flatMap((s) => s.blocks);
    const list = blocks.filter((b) => b.kind === 'list');
    assert.ok(list.length >= 1, JSON.stringify(blocks));
    assert.ok(!blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('+')), JSON.stringify(blocks));
  });
});

describe('a text in AsciiDoc style', () => {
  it("reads dots at the margin as items, and a session of prompts and ': …' lines set in under a colon as code", () => {
    const text = [
      'Use of index',
      '============',
      '',
      'Racy Git',
      '--------',
      '',
      'There is one slight problem with the cached stat information.  Consider this sequence:',
      '',
      "  : modify 'foo'",
      "  $ git update-index 'foo'",
      "  : modify 'foo' again, in-place, without changing its size",
      '',
      'To avoid this problem, Git does two things:',
      '',
      '. When the cached stat information says the file has not been',
      '  modified, it also compares the contents with the object.',
      '',
      '. When the index file is updated, cached sizes are truncated to zero.',
    ].join('\n');
    const blocks = splitText(text).sections.flatMap((s) => s.blocks);
    assert.ok(
      blocks.some((b) => b.kind === 'code' && b.text.includes("$ git update-index 'foo'") && b.text.includes(": modify 'foo'\n")),
      JSON.stringify(blocks),
    );
    const list = blocks.filter((b) => b.kind === 'list').map((b) => b.text);
    assert.ok(
      list.some((l) => /When the cached stat information/u.test(l) && !/^\s*\./mu.test(l)),
      JSON.stringify(blocks),
    );
  });
});

describe("a command's syntax set in under the text that tells of it", () => {
  it('is code, whatever the sentence over it ends with; an indented sentence stays prose', () => {
    const text = [
      'Queue Protocol',
      '==============',
      '',
      'Producer Commands',
      '-----------------',
      '',
      'The "use" command is for producers. If no use command has been issued, jobs',
      'will be put into the tube named "default".',
      '',
      '    use <tube>\\r\\n',
      '',
      ' - <tube> is a name at most 200 bytes. It specifies the tube to use.',
      '',
      'A job keeps its place in the queue until a worker takes it, as the',
      'server promises to every client.',
      '',
      '    This sentence is set in by the author, but it is prose.',
    ].join('\n');
    const blocks = splitText(text).sections.flatMap((s) => s.blocks);
    assert.ok(
      blocks.some((b) => b.kind === 'code' && b.text.includes('\nuse <tube>\\r\\n\n')),
      JSON.stringify(blocks),
    );
    assert.ok(!blocks.some((b) => b.kind === 'code' && /prose/u.test(b.text)), JSON.stringify(blocks));
  });
});

describe("a student's essay headed as MLA asks (writer, teacher, course, date)", () => {
  it('takes the writer and the date for the deck, the teacher and the course for the title notes, and no title from them', () => {
    // (Each paragraph one long line, as a word processor saves it, and no blank line between.)
    const body = (k: number): string => `Paragraph ${k} of the argument runs on for a while, one long line as a word processor saves it. `.repeat(10);
    const paragraphs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(body);
    const header = ['Henry Buchanan', 'Professor Smith', 'ENG 110', '13 April 2026'];
    const plain = splitText([...header, ...paragraphs].join('\n'));
    assert.equal(plain.title, null);
    assert.equal(plain.author, 'Henry Buchanan');
    assert.equal(plain.date, '13 April 2026');
    assert.ok(!plain.sections.some((s) => /ENG 110|Smith/u.test(s.heading)), JSON.stringify(plain.sections.map((s) => s.heading)));
    assert.ok(plain.publisher?.opening.some((b) => b.text === 'Professor Smith'));
    // With its title on the line under the header.
    const titled = splitText([...header, 'The Reform That Went Too Far', ...paragraphs].join('\n'));
    assert.equal(titled.title, 'The Reform That Went Too Far');
    assert.equal(titled.author, 'Henry Buchanan');
  });
});

describe('a numbered sub-section whose heading asks a question', () => {
  it('is a heading ("2.1. Why two guards?"); a numbered question of one level stays an item', () => {
    const body = (words: string): string => `${words} is described here in words enough to make a paragraph of its own, as a proposal has them.`;
    const text = [
      'Title: The move to two guard nodes',
      '',
      '2. Discussion',
      '',
      body('The discussion'),
      '',
      '2.1. Why two guards?',
      '',
      body('The main argument'),
      '',
      '2.2. Can you put some numbers on that?',
      '',
      body('The numbers'),
      '',
      '3. Questions',
      '',
      '1. Why is the sky blue?',
      '2. Why is the grass green?',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.ok(headings.includes('2.1. Why two guards?'), JSON.stringify(headings));
    assert.ok(headings.includes('2.2. Can you put some numbers on that?'), JSON.stringify(headings));
    assert.ok(!headings.some((h) => /sky|grass/u.test(h)), JSON.stringify(headings));
  });
});

describe('a derivation laid out in steps', () => {
  it('is shown as written: lines that open with an operator set under the same operator above; a hanging indent is prose', () => {
    const text =
      'Lists\n-----\n\nThe set of elements defined by this is\n\n    Set a = {Nil} U {Cons x xs | x in a}\n          = {Nil, Cons x0 Nil, ...\n                  Cons x1 Nil, ...}\n\nAny value is either Nil or a Cons.\n\nReferences\n----------\n\n[1]  A. Author. A theory of lists, in a series\n     of notes that runs on to a second line.\n';
    const model = splitText(text);
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const code = blocks.find((b) => b.text.includes('Set a ='));
    assert.equal(code?.kind, 'code', JSON.stringify(blocks));
    assert.match(code?.text ?? '', /\n {6}= \{Nil, Cons x0 Nil, \.\.\.\n/u);
    assert.equal(blocks.find((b) => b.text.includes('A theory of lists'))?.kind, 'paragraph');
  });
});

describe("a specification's table of keys and values", () => {
  it('is shown as written under its label, not a section per line; the name over its copyright and version lines is the title', () => {
    const text = [
      'TOY-8 Machine Specification',
      'Copyright 2031 Nobody',
      'Version 0.3 (see the site for newer versions)',
      '',
      '* 8 bit words',
      '* 256 words of memory',
      '* 4 registers (A, B, C, D)',
      '',
      'Every instruction is one word long, its opcode in the upper four bits and its operand in the lower four.',
      '',
      'Operands: (4 bits)',
      '    0x0-0x3: register (A, B, C or D, in that order)',
      '    0x4-0x7: [register]',
      '        0x8: POP / [SP++]',
      '        0x9: PEEK / [SP]',
      '        0xa: next word (literal)',
      '',
      '* Reading a word takes one cycle.',
      '',
      'Opcodes: (4 bits)',
      '    0x0: NOP - does nothing',
      '    0x1: LD a - loads a into the accumulator',
      '    0x2: ST a - stores the accumulator in a',
      '    0x3: JMP a - jumps to a',
      '',
      'Each opcode takes one cycle, plus one for each word it reads from memory.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'TOY-8 Machine Specification');
    const headings = model.sections.map((s) => s.heading);
    assert.ok(!headings.some((h) => /^0x/u.test(h)), headings.join(' | '));
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const operands = blocks.find((b) => b.text.includes('0x4-0x7'));
    assert.equal(operands?.kind, 'code', JSON.stringify(blocks));
    assert.match(operands?.text ?? '', /\n {4}0x8: POP \/ \[SP\+\+\]\n/u);
    assert.equal(blocks.find((b) => b.text.includes('0x3: JMP a'))?.kind, 'code');
    assert.ok(!blocks.some((b) => b.text.includes('Copyright 2031') && b.kind !== 'paragraph'), JSON.stringify(model.intro));
  });
});

describe('a plain text of numbered headings whose first opens with code', () => {
  it('reads "1. #define NAME" as the first heading; a title over its version and dated byline lines as the title', () => {
    const text = [
      'Lessons learned about writing a one-file library',
      'V1.0',
      'September 2013 Ada Lovelace',
      '',
      'Things to do in such a library, and why:',
      '',
      '',
      '1. #define LIBRARYNAME_IMPLEMENTATION',
      '',
      'Use a symbol like the above to control where the implementation is made.',
      'It keeps the declarations apart from the code.',
      '',
      '',
      '2. AVOID DEPENDENCIES',
      '',
      "Don't rely on anything other than the standard library.",
      'Your users will thank you for it.',
      '',
      '',
      '3. AVOID MALLOC',
      '',
      "You can't always do this, but when you can, embedded developers will appreciate it.",
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Lessons learned about writing a one-file library');
    assert.deepEqual(
      model.sections.map((s) => s.heading).filter((h) => /^\d/u.test(h)),
      ['1. #define LIBRARYNAME_IMPLEMENTATION', '2. AVOID DEPENDENCIES', '3. AVOID MALLOC'],
    );
  });
});

describe("a copyright line under a plain text's title", () => {
  it("is the title slide's notes, not the introduction's first point", () => {
    const text = [
      '\t\t\tThe Free Tools Manifesto',
      '',
      'Copyright (C) 1985 A. Writer',
      '  (Copying permission notice at the end.)',
      '',
      'What is it? Free tools for everyone.',
      '',
      'The tools are a complete system which I am writing so that I can give it away free to everyone who can use it.',
      'Several other volunteers are helping me. Contributions of time are greatly needed.',
      '',
      'Why I Must Write It',
      '',
      'I consider that the golden rule requires that if I like a program I must share it with other people who like it.',
      'I cannot in good conscience sign a nondisclosure agreement.',
      '',
      'How It Will Be Available',
      '',
      'It is not in the public domain. Everyone will be permitted to modify and redistribute it.',
      '',
    ].join('\n');
    const { slides } = planDeck(splitText(text), { file: 't.txt', fileName: 't.txt', format: 'text', author: 'T' }).value;
    assert.equal(slides[0]?.title, 'The Free Tools Manifesto');
    assert.match(slides[0]?.notes ?? '', /Copyright \(C\) 1985 A\. Writer/u);
    const shown = slides
      .slice(1)
      .map((s) => s.body)
      .join('\n');
    assert.doesNotMatch(shown, /Copyright/u);
  });
});

describe("a plain text's examples and grammar rules set in under its points", () => {
  it('keep their lines: records of sample data and ABNF rules are preformatted, not a point of run-together text', () => {
    const text = [
      'Common Format for Values',
      '',
      '1.  Introduction',
      '',
      '   The comma separated values format has been used for exchanging data between programs for quite some time.',
      '',
      '2.  Definition of the Format',
      '',
      '   This section documents the format that most implementations follow:',
      '',
      '   1.  Each record is located on a separate line, delimited by a line',
      '       break (CRLF).  For example:',
      '',
      '       aaa,bbb,ccc CRLF',
      '       zzz,yyy,xxx CRLF',
      '',
      '   2.  The last record in the file may or may not have an ending line',
      '       break.',
      '',
      '   The ABNF grammar appears as follows:',
      '',
      '   file = [header CRLF] record *(CRLF record) [CRLF]',
      '   header = name *(COMMA name)',
      '   record = field *(COMMA field)',
      '',
      '3.  Security Considerations',
      '',
      '   See the discussion above in the second section of this memo, which says what a reader should know.',
      '',
    ].join('\n');
    const { slides } = planDeck(splitText(text), { file: 'c.txt', fileName: 'c.txt', format: 'text', author: 'T' }).value;
    const all = slides.map((s) => s.body).join('\n');
    assert.match(all, /```\naaa,bbb,ccc CRLF\nzzz,yyy,xxx CRLF\n```/u, all);
    assert.match(
      all,
      /```\nfile = \[header CRLF\] record \*\(CRLF record\) \[CRLF\]\nheader = name \*\(COMMA name\)\nrecord = field \*\(COMMA field\)\n```/u,
      all,
    );
  });
});

describe('a plain-text item written as lines of notes', () => {
  it("keeps its lines as its own items, not run together; an item of wrapped prose stays one point; '## ' marks no title", () => {
    const text = [
      'OS Lecture: Virtual Memory',
      '',
      '## Virtual memory overview',
      '',
      "* today's problem:",
      '  [user/kernel diagram]',
      '  suppose the shell has a bug:',
      '    sometimes it writes to a random memory address',
      '  how can we keep it from wrecking the kernel?',
      '',
      '* the page table maps each virtual address of a process to a physical address, and the kernel',
      '  changes that mapping whenever it switches from one process to another, so that each process',
      '  sees only its own memory and never the memory of another process running on the machine.',
      '',
      '## Page tables',
      '',
      '* where does the page table live?',
      '  in memory',
      '  satp holds the address of the current page table',
      '',
    ].join('\n');
    const { slides } = planDeck(splitText(text), { file: 'v.txt', fileName: 'v.txt', format: 'text', author: 'T' }).value;
    const all = slides.map((s) => `# ${s.title}\n${s.body}`).join('\n');
    assert.match(all, /^- today's problem:\n {2}- \\\[user\/kernel diagram\\\]\n {2}- suppose the shell has a bug:/mu, all);
    assert.match(all, /^- where does the page table live\?\n {2}- in memory\n {2}- satp holds the address of the current page table$/mu, all);
    assert.doesNotMatch(all, /^ {2}- changes that mapping/mu, all);
    assert.ok(
      slides.some((s) => s.title === 'Virtual memory overview'),
      all,
    );
  });
});

describe('an item whose wrapped line opens with a placeholder under its own', () => {
  it('is an item of its list, not a derivation laid out in steps ("<ttr> seconds, …" under "- <ttr> -- time to run --")', () => {
    const text = [
      'Protocol',
      '--------',
      '',
      'The put command inserts a job into the queue. It comprises a command line followed by the job body.',
      '',
      ' - <pri> is an integer < 2**32. Jobs with smaller priority values will be',
      '   scheduled before jobs with larger priorities.',
      '',
      ' - <ttr> -- time to run -- is an integer number of seconds to allow a worker',
      '   to run this job. If the worker does not delete, release, or bury the job within',
      '   <ttr> seconds, the job will time out and the server will release the job.',
      '',
      'Commands',
      '--------',
      '',
      'The worker commands come next, and the server answers each of them with a line of its own.',
      '',
    ].join('\n');
    const model = splitText(text);
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const ttr = blocks.find((b) => b.text.includes('time to run'));
    assert.equal(ttr?.kind, 'list', JSON.stringify(blocks));
  });
});

describe("a classic's title page in plain text", () => {
  it('reads "by Plato" under the title as its author, and its translator\'s line as the title page\'s, not a heading', () => {
    const para = (w: string): string =>
      `The ${w} of the dialogue is the prison where Socrates waits for the ship from Delos, and the talk turns on whether he should escape with the help of his friends.`;
    const text = ['Crito', '', 'by Plato', '', 'Translated by Benjamin Jowett', '', '', para('scene'), '', para('setting'), '', para('time'), ''].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'Crito');
    assert.equal(model.author, 'Plato');
    assert.ok(!model.sections.some((s) => /Translated/u.test(s.heading)), model.sections.map((s) => s.heading).join(' | '));
    assert.ok(!model.intro.some((b) => /^(?:by Plato|Translated by)/u.test(b.text)), model.intro.map((b) => b.text.slice(0, 30)).join(' | '));
    assert.match((model.publisher?.opening ?? []).map((b) => b.text).join('\n'), /Translated by Benjamin Jowett/u);
    // A line of one word after "by" that no title stands over is no byline: "by heart" stays text.
    assert.ok(splitText(['Notes', '', 'by heart', '', para('scene'), ''].join('\n')).author !== 'heart');
  });
});

describe("a specification's parameters and its contents list", () => {
  it('reads a parameter over its default and range as a part of its numbered section, and "Tables of Contents" as the label of the list', () => {
    const parameter = (name: string, n: number): string[] => [
      `      ${name}`,
      `        Default: ${n}`,
      '        Min: 0',
      '        Max: 100',
      `        Effect: This value sets how many attempts of kind ${n} the client`,
      '                makes before it gives up on a path and builds a new one from',
      '                the relays it knows.',
      '',
    ];
    const text = [
      '                     Relay Selection Specification',
      '',
      'Tables of Contents',
      '',
      '    1. General operation',
      '    2. Parameters',
      '        2.1. Consensus parameters',
      '    3. Old notes',
      '',
      '1. General operation',
      '',
      '   Clients build paths through the network as soon as they know enough relays to',
      '   choose from, and keep a few paths open for later use.',
      '',
      '2. Parameters',
      '',
      '   The client obeys these parameters.',
      '',
      '2.1. Consensus parameters',
      '',
      '   Clients should obey the following consensus parameters when they are present.',
      '',
      ...parameter('maxattempts', 3),
      ...parameter('pathlength', 4),
      ...parameter('path_lifetime', 10),
      ...parameter('guard_count', 20),
      '3. Old notes',
      '',
      '   Some notes on what was tried before remain here for the record of the design.',
      '',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => `${s.level} ${s.heading}`);
    assert.deepEqual(headings, [
      '2 1. General operation',
      '2 2. Parameters',
      '3 2.1. Consensus parameters',
      '4 maxattempts',
      '4 pathlength',
      '4 path_lifetime',
      '4 guard_count',
      '2 3. Old notes',
    ]);
    // A field's text wrapped under its own text ("Effect: …" over "        makes before it gives up…") is that field's.
    const effect =
      splitText(text)
        .sections.find((s) => s.heading === 'maxattempts')
        ?.blocks.map((b) => b.text)
        .join('\n') ?? '';
    assert.match(effect, /Effect: This value sets how many attempts of kind 3 the client\n\s*makes before/u);
  });
});

describe("a title's line in parentheses and its author's address under it", () => {
  it('are the subtitle and the author; the address goes to the notes', () => {
    const text = [
      'The Driver Interface',
      '(every question answered, and then some)',
      '',
      'Ann Lee-Smith <ann@example.org>',
      '',
      'This is written to explain why the kernel has no stable interface for drivers, and why that is good.',
      '',
      'Summary',
      '-------',
      'You think you want a stable interface, but you do not.',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, 'The Driver Interface');
    assert.equal(model.subtitle, '(every question answered, and then some)');
    assert.equal(model.author, 'Ann Lee-Smith');
    assert.ok(model.publisher?.opening.some((b) => b.text.includes('<ann@example.org>')));
    assert.ok(!model.intro.some((b) => /Ann Lee|every question/u.test(b.text)), JSON.stringify(model.intro));
  });
});

describe('a patch in unified form in plain text', () => {
  it('is one listing as written, a context line of a space alone among its lines', () => {
    const text = [
      'Notes',
      '',
      'Apply the following patch to that macro file:',
      '',
      '--- gettext.m4.bak\tThu Jul  2 18:46:08 1998',
      '+++ gettext.m4\tMon Oct  5 23:32:54 1998',
      '@@ -46,12 +46,13 @@',
      ' ',
      ' \t   if test "$gt_cv_func_gettext_libc" != "yes"; then',
      '-\t       [AC_CACHE_CHECK([for gettext in libintl],',
      '+\t       [AC_CHECK_LIB(intl, gettext,',
      '',
      'Then run the build again.',
    ].join('\n');
    const blocks = splitText(text).intro.concat(splitText(text).sections.flatMap((s) => s.blocks));
    const code = blocks.filter((b) => b.kind === 'code');
    assert.equal(code.length, 1, JSON.stringify(blocks));
    assert.match(code[0]?.text ?? '', /@@ -46,12 \+46,13 @@[\s\S]*AC_CHECK_LIB\(intl, gettext,/u);
  });
});

describe('a number with nothing after it over a line indented by a tab', () => {
  it('is read, not a crash ("1)" over "\\tgoals:", a student\'s notes)', () => {
    const model = splitText('Lecture 3\n\nThe plan of the seminar.\n\n1)\n\tgoals:\n\tto read the sources\n');
    const text = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    assert.match(text, /goals:/u);
    assert.match(text, /to read the sources/u);
  });
});

describe('an item whose sentence goes on in a paragraph set in under it', () => {
  it('is one item, its words in their order; a paragraph at the margin or one that opens a sentence stays apart', () => {
    const text = [
      'Replies',
      '-------',
      '',
      'A server may answer a request with one of these replies:',
      '',
      '- "BUSY"',
      '',
      '  means the server has no room for the request just now.',
      '',
      '- "GONE <name>"',
      '',
      '  means the name was removed before the request came,',
      '  by another client or by its time running out.',
      '',
      '- "DONE"',
      '',
      'means nothing more is coming, at the margin.',
      '',
      '- "WAIT"',
      '',
      '  Clients should retry after a second.',
    ].join('\n');
    const model = splitText(text);
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const list = blocks.find((b) => b.kind === 'list')?.text ?? '';
    assert.match(list, /^- "BUSY" means the server has no room for the request just now\.$/mu);
    assert.match(list, /^- "GONE <name>" means the name was removed before the request came, by another client or by its time running out\.$/mu);
    assert.match(list, /^- "DONE"$/mu);
    assert.ok(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('means nothing more')));
    assert.ok(blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('Clients should retry')));
    // Code set in under an item is the item's listing, not its sentence.
    const call = splitText(
      ['Calls', '-----', '', 'A call looks like this:', '', '- Example', '', '  int total = add(first, second);', '  printf("%d\\n", total);', ''].join('\n'),
    );
    const callBlocks = [...call.intro, ...call.sections.flatMap((s) => s.blocks)];
    assert.ok(callBlocks.some((b) => b.kind === 'list' && b.text === '- Example'));
    assert.ok(callBlocks.some((b) => b.kind === 'code' && b.text.includes('int total = add(first, second);')));
  });
});

describe('a sentence that opens with a pronoun and its verb in one word before a colon', () => {
  it('is text, not a "Term: body" section ("That\'s: a number {height}, CTRL-W and then an underscore")', () => {
    const text = [
      'WINDOW SIZE',
      '',
      'The CTRL-W + command increases the window size. It takes a count, like most commands, to increase by that many lines.',
      '',
      "That's: a number {height}, CTRL-W and then an underscore (the - key with Shift on English-US keyboards).",
      'To make a window as high as it can be, use the CTRL-W _ command without a count.',
      '',
      'USING THE MOUSE',
      '',
      'In Vim you can do many things very quickly from the keyboard. Unfortunately, the window resizing commands require quite a bit of typing.',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.ok(!model.sections.some((s) => s.heading.startsWith('That')), model.sections.map((s) => s.heading).join(' | '));
  });
});

describe("a manual's entries of a term and a dash, their lines set in under their text", () => {
  it('reads them as items, one entry alone with its lines too, never its first line as a heading', () => {
    const text = [
      'Channels',
      '========',
      '',
      ' 6.5 Channel modes',
      '',
      '\tCommon channel modes are:',
      '',
      "\ti - Invite only - People can't join to channel without being",
      '\t    invited, or being in the invite list (+I, see below).',
      "\tm - Moderated - People who don't have voices (+v) can't send",
      '\t    messages to the channel.',
      '\tt - Topic can be changed only by channel operators.',
      '',
      '\tl <count> - User limit - No more than <count> people can join to',
      '\t            channel. This can be overridden with an invitation on',
      '\t            some servers.',
      '',
      ' 6.6 Bans',
      '',
      '\tYou can give a list of nicks or whole ban masks to the ban command.',
    ].join('\n');
    const model = splitText(text);
    const headings = model.sections.map((s) => s.heading);
    assert.ok(!headings.some((h) => /User limit|Invite only/u.test(h)), headings.join(' | '));
    const modes = model.sections.find((s) => s.heading.includes('6.5'));
    const lists = (modes?.blocks ?? []).filter((b) => b.kind === 'list').map((b) => b.text);
    assert.ok(
      lists.some((l) => /i - Invite only/u.test(l) && /m - Moderated/u.test(l)),
      JSON.stringify(modes?.blocks),
    );
    assert.ok(
      lists.some((l) => /l <count> - User limit/u.test(l)),
      JSON.stringify(modes?.blocks),
    );
  });
});

describe("a command's synopsis wrapped over two lines in an outline", () => {
  it('is shown as written: its second line no point of the first, no bullet in its code', () => {
    const text = [
      'Chat client manual',
      '',
      'This manual describes the chat client, its windows, its logs and its settings, one chapter for each of them in turn.',
      '',
      ' 11. Logging',
      '',
      ' 11.1 Basic logging',
      '',
      '\t/LOG OPEN [-noopen] [-autoopen] [-targets <targets>]',
      '\t          [-window] <filename> [<levels>]',
      '',
      '\t    -noopen: Add the entry to the log list, but do not log yet',
      '\t    -autoopen: Open this log file when the client starts',
      '\t    -targets: Log only the given channels and nicks',
      '\t    -window: Log the active window',
      '\t    <levels>: Defaults to ALL',
      '',
      ' 11.2 Window logging',
      '',
      '\tWindow logs',
      '\t    Start or stop logging the active window.',
      '\t    Every line the window shows is written.',
      '\t    The file name may hold a date.',
      '',
      ' 11.3 Rotating',
      '',
      '\tLog rotation',
      '\t    Every hour the log file is checked.',
      '\t    A new file is opened when the date changes.',
      '\t    Old files are kept as they are.',
      '',
      ' 11.4 Closing',
      '',
      '\tClosing logs',
      '\t    Close a log with its reference number.',
      '\t    Or close it with its file name.',
      '\t    A closed log leaves the list.',
    ].join('\n');
    const plan = planDeck(splitText(text), { file: 'chat.txt', fileName: 'chat.txt', format: 'text' }).value;
    const shown = plan.slides.map((s) => s.body).join('\n');
    assert.match(shown, /^ {10}\[-window\] <filename> \[<levels>\]$/mu, shown);
    assert.doesNotMatch(shown, /• \[-window\]/u, shown);
  });
});

describe("an RFC's examples laid out in code", () => {
  const page = (n: number): string =>
    `\n\n\nWriter                   Informational                      [Page ${n}]\n\f\nRFC 9999                       Example                   July 2006\n\n\n`;
  const text = [
    'Network Working Group                                          A. Writer',
    'Request for Comments: 9999                                     Example Co',
    'Category: Informational                                        July 2006',
    '',
    '',
    '                    A Small Data Format for Examples',
    '',
    '1.  Encoding',
    '',
    '   The first octets of a text tell its encoding by the pattern of their',
    '   nulls, as follows.',
    '',
    '           00 00 00 xx  UTF-32BE',
    '           00 xx 00 xx  UTF-16BE',
    '           xx 00 00 00  UTF-32LE',
    '           xx xx xx xx  UTF-8',
    '',
    '2.  Examples',
    '',
    '   This is an object:',
    '',
    '   {',
    '      "Picture": {',
    '          "Width":  800,',
    '          "Title":  "View from 15th Floor",',
    '          "Thumbnail": {',
    '              "Url":    "http://www.example.com/image/481989943",',
    '              "Width":  "100"',
    '          },',
    '          "IDs": [116, 943, 234, 38793]' + page(1).trimEnd(),
    '',
    '        }',
    '   }',
    '',
    '   Its Picture member is an object.' + page(2),
    '3.  References',
    '',
    '   [RFC0020]  Cerf, V., "ASCII format for network interchange".' + page(3),
  ].join('\n');

  it('keeps a table of two columns set apart by two spaces as laid out, and an example a page break cut as one listing', () => {
    const model = splitText(text);
    const blocks = model.sections.flatMap((s) => s.blocks);
    const table = blocks.find((b) => b.text.includes('UTF-32BE'));
    assert.equal(table?.kind, 'code', JSON.stringify(blocks));
    assert.match(table?.text ?? '', /00 00 00 xx {2}UTF-32BE\n00 xx 00 xx {2}UTF-16BE/u);
    const example = blocks.find((b) => b.text.includes('"Picture"'));
    assert.equal(example?.kind, 'code', JSON.stringify(blocks));
    assert.match(example?.text ?? '', /"Url": {4}"http:\/\/www\.example\.com\/image\/481989943",[\s\S]*"IDs": \[116, 943, 234, 38793\]\n\s*\}\n\s*\}/u);
    assert.ok(!blocks.some((b) => b.text.includes('[Page 1]')));
  });
});

describe("a protocol's notes whose sub-clauses open with their part's name in lower case", () => {
  it('reads each sub-clause as a heading under its clause, quoted names and wrapped lines too', () => {
    const text = [
      'These notes list the deviations from the published protocol.',
      '',
      '1. Transport protocol changes',
      '',
      '1.1. transport: Protocol 2 MAC algorithm "umac-64@example.org"',
      '',
      'This is a new MAC method using the UMAC algorithm.',
      '',
      '1.2. transport: Certificate key algorithms',
      '',
      'New public key algorithms support certificate authentication.',
      '',
      '2. Connection protocol changes',
      '',
      '2.1. connection: disallow additional sessions extension',
      '     "no-more-sessions@example.org"',
      '',
      'Most connections will only ever request a single session.',
      '',
      '2.2. connection: hostkey update and rotation "hostkeys-00@example.org"',
      'and "hostkeys-prove-00@example.org"',
      '',
      'A server may inform a client of all its host keys after authentication.',
      '',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => `${s.level} ${s.heading}`);
    assert.deepEqual(headings, [
      '2 1. Transport protocol changes',
      '3 1.1. transport: Protocol 2 MAC algorithm "umac-64@example.org"',
      '3 1.2. transport: Certificate key algorithms',
      '2 2. Connection protocol changes',
      '3 2.1. connection: disallow additional sessions extension "no-more-sessions@example.org"',
      '3 2.2. connection: hostkey update and rotation "hostkeys-00@example.org" and "hostkeys-prove-00@example.org"',
    ]);
  });

  it('still reads a list item of one number, or a lower-case line that ends as a clause, as text', () => {
    const text = ['Intro text here.', '', '1. Parts', '', '1.1. note: this is a remark.', '', 'More text follows here.', ''].join('\n');
    assert.deepEqual(
      splitText(text).sections.map((s) => s.heading),
      ['1. Parts'],
    );
  });
});

describe('a table laid out in columns whose rows are a blank line apart, each last cell going on under itself', () => {
  it('keeps each row as laid out, never a point whose cells run together', () => {
    const text = [
      'Design notes',
      '============',
      '',
      'The rules are fixed as follows, for sockets and for jobs alike:',
      '',
      '  owner  flags   meaning',
      '    0      0    socket: nothing set, bind to any worker',
      '                job: runs where its caller runs.',
      '',
      '    0     xyz   socket: flags set but no owner, worker IDs are global',
      '                job: owner 0, flags xyz',
      '',
      '    N>0  xyz    socket: bind to these workers of this owner',
      '                job: owner N, flags xyz',
      '',
      'That is all there is to it, and the rest follows from these rules.',
      '',
    ].join('\n');
    const model = splitText(text);
    const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks)];
    const rows = blocks.filter((b) => /socket:/u.test(b.text));
    assert.equal(rows.length >= 2, true, JSON.stringify(blocks));
    for (const row of rows) assert.equal(row.kind, 'code', JSON.stringify(row));
    assert.ok(
      rows.some((b) => /N>0 {2}xyz {4}socket: bind to these workers of this owner\n +job: owner N, flags xyz/u.test(b.text)),
      JSON.stringify(rows),
    );
  });
});

describe('a Japanese design note numbered "(1)" to "(7)", its contents under its title', () => {
  it('reads each numbered line the contents names as a heading over the text right under it, and the framed title as its words', () => {
    const text = [
      '* 検出モジュールについて *',
      '(1)ソースファイル',
      '(2)データ構造',
      '(3)アルゴリズム',
      '',
      '',
      '(1)ソースファイル',
      'このモジュールは下記の',
      'ソースファイルから構成される。',
      '',
      '',
      '(2)データ構造',
      '主要な構造体には次のものがある。',
      '',
      '',
      '(3)アルゴリズム',
      'まず与えられた文字列の中から部分を列挙する。',
      '',
    ].join('\n');
    const model = splitText(text);
    assert.equal(model.title, '検出モジュールについて');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['(1)ソースファイル', '(2)データ構造', '(3)アルゴリズム'],
    );
    assert.match(model.sections[0]?.blocks.map((b) => b.text).join('\n') ?? '', /このモジュールは下記の\s?ソースファイルから構成される。/u);
  });
});

describe('a Japanese manual set in under its headings, its sentences wrapped between any two letters', () => {
  it('keeps a sentence wrapped over lines one item, and short points a line each', () => {
    const text = [
      'はじめに',
      '\tこのプログラムはページャです．',
      '\tくわしくは説明書を',
      '\tお読みください．',
      '',
      'HP-UX',
      '\tHP の C コンパイラでコンパイルする場合，',
      '\tconfigure の',
      '',
      '\t\tInput your favorite C-compiler.',
      '\t\t(Default: cc)',
      '',
      '\tに，cc -Aa -D_HPUX_SOURCE と答えてください．cc',
      '\tだけだとコンパイルが通りません．gcc なら普通に',
      '\t通りますが，バージョン古めの場合は -g を付けな',
      '\tいでください．',
      '',
      'OS/2',
      '\temx を使うことでコンパイルすることができます．',
      '\tまず最初に',
      '',
      '\t  cd gc',
      '\t  make -f EMX_MAKEFILE',
      '',
      '\tを実行してライブラリをコンパイルしておいてから，w3m',
      '\t本体をコンパイルします．なお，カラー表示が変になるらしい',
      '\tので，モノクロ用にコンパイルした方が良いでしょう．',
      '',
      '仕様',
      '\tゲームオーバーでタイトルに戻る',
      '\t加速タイルで玉が加速',
      '\t穴に落ちると終わり',
      '',
    ].join('\n');
    const model = splitText(text);
    const shown = model.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    // (Each sentence whole, in one item, wherever its lines were wrapped; short points a line each.)
    assert.match(shown, /を付けな\n\s*いでください．/u);
    assert.match(shown, /変になるらしい\n\s*ので，/u);
    assert.match(shown, /• ゲームオーバーでタイトルに戻る\n\s*• 加速タイルで玉が加速/u);
  });
});

describe("a tutorial's commands with the tool they stand for in a column beside them", () => {
  it('shows each command line as typed, never as a term and its description', () => {
    const commands = [
      '  $ pkgtool search                      (apt-cache --names-only)',
      '  $ pkgtool upgrade                     (apt-get -u upgrade)',
      '  $ pkgtool clean                       (apt-get clean)',
    ];
    const text = ['TOOLS', '', ...commands.flatMap((c) => ['To do this, use:', '', c, '']), 'That is all.', ''].join('\n');
    const model = splitText(text);
    const shown = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    for (const command of commands) assert.ok(shown.includes(command.trim()), shown);
    assert.doesNotMatch(shown, /\$ pkgtool \w+:/u);
  });
});

describe('a reference whose title has a colon, under the sentence that leads into it', () => {
  it('is text of that sentence, not the heading of all that follows', () => {
    const text = [
      '  Corrections',
      '  ===========',
      '',
      '  I. General',
      '  ----------',
      '',
      '  It is partly true that the language owes much to the logician. Those interested',
      'may read about it in',
      '',
      '  A History of the Language: Being Lazy With Class',
      '  First Author, Second Author, Third Author; 2007',
      '  http://example.org/papers/history.pdf',
      '',
      '',
      '  Functions really take one argument, and the types of the language tell functions from',
      'constants very sharply, as the next examples show.',
      '',
      '  II. Syntax',
      '  ----------',
      '',
      '  Application needs no syntax at all in the language.',
      '',
    ].join('\n');
    const headings = splitText(text).sections.map((s) => s.heading);
    assert.deepEqual(headings, ['I. General', 'II. Syntax']);
  });
});

describe("a lecture's question over its two answers, each a line", () => {
  it('keeps the question and the answer with nothing under it as text, never as headings that head nothing', () => {
    const text = [
      'Lecture 4: Laws of Change',
      '=========================',
      '',
      'Can there be a general theory that describes change in science',
      '',
      'If Yes: Generalism',
      'If no: Particularism (what is generally accepted today)',
      '    1. There is no universal and fixed method',
      '    2. No universal features',
      '',
      'Drug testing: a trial',
      '    1. find people that suffer from the condition',
      '    2. give them the drug',
      '',
    ].join('\n');
    const model = splitText(text);
    const everything = JSON.stringify(model);
    assert.match(everything, /Can there be a general theory that describes change in science/u);
    assert.match(everything, /Generalism/u);
    // (Whatever reads as a heading holds something: a slide's title over nothing is no slide at all.)
    for (const s of model.sections) assert.ok(s.blocks.length > 0 || model.sections.some((t) => t.level > s.level), s.heading);
  });
});
