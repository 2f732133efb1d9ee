// The pure stages: examples of each rule, and properties over random input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LecternError } from '../scripts/errors.ts';
import { pointOf, topicOf } from '../scripts/stages/condense.ts';
import { lonelySlides, measureCoverage, speakingTime } from '../scripts/stages/measure-deck.ts';
import { planDeck } from '../scripts/stages/plan-deck.ts';
import { highlightRuns } from '../scripts/stages/markdown.ts';
import { frame as pptxFrame, placeBlocks } from '../scripts/stages/pptx-plan.ts';
import { defaultFrame } from '../scripts/stages/frame.ts';
import { geometryFor } from '../scripts/stages/text-size.ts';
import { readDocument } from '../scripts/stages/read-document.ts';
import { deckFromFiles } from '../scripts/stages/read-slides.ts';
import { countWords, splitSentences } from '../scripts/stages/sentences.ts';
import { splitMarkdown } from '../scripts/stages/split-markdown.ts';
import { splitText } from '../scripts/stages/split-text.ts';
import { changeFolder, hashText, writeSlides } from '../scripts/stages/write-slides.ts';
import { parseTalk, resolveTalk } from '../scripts/stages/talk.ts';
import { emitYaml, readSimpleYaml } from '../scripts/stages/yaml.ts';
import type { DocumentModel } from '../scripts/types.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const plan = (model: DocumentModel, format: 'text' | 'markdown' = 'text') =>
  planDeck(model, { file: 'doc.txt', fileName: 'doc.txt', format, author: 'Tester' });

describe('splitSentences', () => {
  it('splits at full stops, not at abbreviations, initials or decimals', () => {
    assert.deepEqual(splitSentences('Dr. Smith arrived at 3.5 p.m. today. He met J. R. Jones, e.g. the mayor. Was it late? Yes!'), [
      'Dr. Smith arrived at 3.5 p.m. today.',
      'He met J. R. Jones, e.g. the mayor.',
      'Was it late?',
      'Yes!',
    ]);
  });
  it('splits CJK text at its own full stops', () => {
    assert.deepEqual(splitSentences('今天很好。明天也好！'), ['今天很好。', '明天也好！']);
  });
  it('keeps quotes with their sentence', () => {
    assert.deepEqual(splitSentences('He said "stop." Then he left.'), ['He said "stop."', 'Then he left.']);
  });
  it('never loses text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        assert.equal(splitSentences(text).join(' '), text.replace(/\s+/gu, ' ').trim());
      }),
    );
  });
});

describe('pointOf', () => {
  it('keeps a short sentence whole, as written', () => {
    assert.deepEqual(pointOf('`git checkout -b` makes a branch. It also switches to it, and you can start working on it at once.', 14), {
      point: '`git checkout -b` makes a branch.',
      lead: null,
    });
    assert.deepEqual(pointOf('`ls -la` lists files. Try it.', 14), { point: '`ls -la` lists files. Try it.', lead: null });
  });
  it('cuts a long sentence at a clause boundary, never inside code or a link, and adds nothing', () => {
    const text =
      'The kernel loads the program with `execve(path, argv, envp)`, then it maps the segments into memory, sets up the stack, and finally jumps to the entry point of the program.';
    const { point } = pointOf(text, 10);
    assert.ok(text.startsWith(point), point);
    assert.ok(point.includes('`execve(path, argv, envp)`'));
    assert.doesNotMatch(point, /…|\.\.\./u);
  });
  it('drops a leading connective and subordinate clause, keeping the main clause', () => {
    assert.equal(topicOf('In summary, while the pact served both sides at the time, it was built on mistrust.', 18), 'it was built on mistrust.');
  });
  it('names a bold lead-in term or a short term before a colon', () => {
    assert.equal(pointOf('**Productivity**: a tool saves time when it is used every day and learned well.', 14).lead, 'Productivity');
    assert.equal(pointOf('`$0` - Name of the script', 14).lead, '`$0`');
    assert.equal(pointOf('`$0` - Name of the script', 14).point, '`$0` - Name of the script');
  });
  it('is always a prefix of the text or of its main clause', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'the', '`x, y`', 'and,', 'then;', '**bold**', 'end.', '[a, b](u)'), { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const { point } = pointOf(text, 12);
        assert.ok(text.replace(/\s+/gu, ' ').includes(point.trim()), `${point} | ${text}`);
      }),
    );
  });
});

describe('readDocument', () => {
  it('strips a byte-order mark and normalises CRLF', () => {
    const doc = readDocument('a.txt', bytes('\uFEFFTitle line\r\nBody: text here.\r\n'));
    assert.equal(doc.text, 'Title line\nBody: text here.\n');
  });
  it('detects Markdown by extension or by headings', () => {
    assert.equal(readDocument('a.md', bytes('plain')).format, 'markdown');
    assert.equal(readDocument('a', bytes('# Title\n\ntext')).format, 'markdown');
    assert.equal(readDocument('a.txt', bytes('# not markdown')).format, 'text');
  });
});

describe('splitText', () => {
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
  it('joins hard-wrapped lines into one paragraph', () => {
    const model = splitText('Title Of Talk\n\nFirst part: a sentence that\nwraps onto a second line.\n\nSecond part: short.');
    assert.equal(model.title, 'Title Of Talk');
    assert.equal(model.sections[0]?.blocks[0]?.text, 'a sentence that wraps onto a second line.');
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
});

describe('highlightRuns (code in the .pptx)', () => {
  it('gives back the code exactly as typed, in any language, quotes and entities included', () => {
    const languages = ['', 'python', 'js', 'html', 'sql', 'bash', 'none'];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', "'", '"', '&', '<', '>', ';', '#', '3', '9', 'x', ' ', '\n', '=', '(', ')', '{', '}', '`') }),
        fc.constantFrom(...languages),
        (code, language) => {
          const text = highlightRuns(code, language)
            .map((line) => line.map((run) => run.text).join(''))
            .join('\n');
          assert.equal(text, code);
        },
      ),
      { numRuns: 300 },
    );
    assert.equal(
      highlightRuns("print(f'{x}')", 'python')[0]
        ?.map((r) => r.text)
        .join(''),
      "print(f'{x}')",
    );
  });
});

describe('placeBlocks (the .pptx layout)', () => {
  it('keeps every block of a full slide inside the body (down to its smallest scale)', () => {
    for (const count of [2, 4, 6, 9]) {
      const blocks = Array.from({ length: count }, (_, i) =>
        i % 3 === 1
          ? { kind: 'math' as const, tex: '\\frac{a}{b} = \\sum_i x_i' }
          : { kind: 'text' as const, paragraphs: [{ runs: [{ text: 'A point that takes a good part of a line on the slide, or more.' }] }] },
      );
      const placed = placeBlocks(blocks);
      for (const block of placed)
        assert.ok(block.y + block.h <= pptxFrame.bodyBottom + 1e-9 || block === placed[placed.length - 1], `${count} blocks: one ends at ${block.y + block.h}`);
      const last = placed[placed.length - 1];
      assert.ok(last && last.y < pptxFrame.bodyBottom - 0.3, `${count} blocks: the last starts at ${last?.y}, the body ends at ${pptxFrame.bodyBottom}`);
    }
  });
});

describe('display math in a paragraph', () => {
  it('a formula on lines of its own, with text on the next line, is a math block and the text a paragraph (as the renderer reads it)', () => {
    const model = splitMarkdown('# T\n\n## A\n\nThe rule:\n$$\nf(x) = x^2\n$$\nwhere x is real.\n\n$$g = 1$$\n:label:`g`\n\nPrice: $5 and $$ in text.\n');
    const blocks = model.sections[0]?.blocks.map((b) => [b.kind, b.text]);
    assert.deepEqual(blocks, [
      ['paragraph', 'The rule:'],
      ['math', '$$\nf(x) = x^2\n$$'],
      ['paragraph', 'where x is real.'],
      ['math', '$$g = 1$$'],
      ['paragraph', ':label:`g`'],
      ['paragraph', 'Price: $5 and $$ in text.'],
    ]);
  });
});

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
    assert.deepEqual(geometryFor({ width: 1024, height: 768 }), { ...geometryFor(defaultFrame), width: 848, bodyHeight: 644 });
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
    for (const slide of big.slice(1)) assert.match(slide.title, /^Term \d+$/u);
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

describe('slide files', () => {
  it('round-trip: what writeSlides writes, deckFromFiles reads back', () => {
    const planned = plan(splitText('Intro. Here it is:\n\nAlpha: One. Two.\n\nBeta: Three.')).value;
    const files = writeSlides(planned, 'test');
    const deck = deckFromFiles('d', files, 'slides/d');
    assert.deepEqual(
      deck.slides.map((s) => s.id),
      planned.slides.map((s) => s.id),
    );
    assert.equal(deck.slides[2]?.notes, planned.slides[2]?.notes);
    const onDisk = { paths: [...files.keys()], texts: files };
    assert.deepEqual(changeFolder(onDisk, files).replaced, []);
    assert.deepEqual(changeFolder(onDisk, files).write.size, 1, 'only the record of hashes is rewritten when nothing changed');
    const edited = new Map(files);
    edited.set('alpha.md', `${files.get('alpha.md')}\nmore`);
    assert.deepEqual(changeFolder({ paths: [...edited.keys()], texts: edited }, files).replaced, ['alpha.md']);
  });
  it('names the file and the fix for a bad manifest', () => {
    assert.throws(
      () => deckFromFiles('d', new Map([['deck.yaml', 'title: x\nslides: [missing]']]), 'slides/d'),
      /slides\/d\/deck\.yaml: slide "missing" has no file slides\/d\/missing\.md/u,
    );
    assert.throws(() => deckFromFiles('d', new Map([['deck.yaml', 'title: [unclosed']]), 'slides/d'), /not valid YAML/u);
  });
});

describe('lonely slides', () => {
  const slide = (id: string, body: string) => ({
    id,
    file: `${id}.md`,
    layout: 'section' as const,
    fragments: false,
    source: null,
    section: 'Part',
    body: `# ${id}\n\n${body}`,
    notes: '',
  });
  const deck = (...slides: ReturnType<typeof slide>[]) => ({
    name: 'd',
    meta: { title: 't', subtitle: null, author: null, date: null, theme: 'light' as const, lang: 'en', keywords: [], source: null },
    slides,
  });
  it('finds a slide of one short item beside one with room, and not one whose item has sub-items', () => {
    assert.deepEqual(lonelySlides(deck(slide('a', '- one short point'), slide('b', '- a point\n- another point'))), ['a']);
    assert.deepEqual(lonelySlides(deck(slide('a', '- one point\n  - with a sub-point\n  - and another'), slide('b', '- a point\n- another point'))), []);
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

describe('changing a deck folder', () => {
  const state = (hashes: Record<string, string>, images: string[] = []): string => JSON.stringify({ generator: 'x', hashes, images });
  it('drops what lectern wrote and nobody changed, keeps everything else, and names what it would replace', () => {
    const texts = new Map([
      ['.lectern.json', state({ 'a.md': hashText('A'), 'b.md': hashText('B'), 'c.md': hashText('C') }, ['images/old.png', 'images/kept.png'])],
      ['a.md', 'A'],
      ['b.md', 'B edited'],
      ['c.md', 'C'],
      ['mine.md', 'my own'],
    ]);
    const paths = [...texts.keys(), 'images/old.png', 'images/kept.png', 'images/user.png', 'notes/todo.txt'];
    const next = new Map([
      ['a.md', 'A'],
      ['.lectern.json', '{}'],
      ['mine.md', 'lectern wants this name'],
    ]);
    const change = changeFolder({ paths, texts }, next, { copies: ['images/kept.png'] });
    assert.deepEqual(change.keep, ['a.md', 'images/user.png', 'notes/todo.txt']);
    assert.deepEqual(change.replaced, ['b.md', 'mine.md']);
    assert.deepEqual([...change.write.keys()].sort(), ['.lectern.json', 'mine.md']);
  });
  it('never touches the document it is protecting', () => {
    const texts = new Map([
      ['.lectern.json', state({ 'doc.md': hashText('D') })],
      ['doc.md', 'D'],
    ]);
    const change = changeFolder({ paths: [...texts.keys()], texts }, new Map([['.lectern.json', '{}']]), { protect: 'doc.md' });
    assert.deepEqual(change.keep, ['doc.md']);
  });
});

describe('fuzzing the reader and the planner', () => {
  const unicodeWord = fc.stringMatching(/^[\p{L}\p{N}]{1,8}$/u);
  const unicodeSentence = fc
    .tuple(
      fc.array(fc.oneof(unicodeWord, fc.constantFrom('😀', 'مرحبا', '你好', 'Ωμέγα', 'naïve', 'שלום')), { minLength: 1, maxLength: 20 }),
      fc.constantFrom('.', '!', '?', '。'),
    )
    .map(([w, end]) => `${w.join(' ')}${end}`);
  const mdBlock = fc.oneof(
    fc.array(unicodeSentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' ')),
    fc.tuple(fc.integer({ min: 1, max: 3 }), unicodeWord).map(([level, w]) => `${'#'.repeat(level)} ${w}`),
    fc.array(unicodeSentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
    fc.array(unicodeSentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
    unicodeSentence.map((s) => `> ${s}`),
    fc.string({ maxLength: 80 }).map((code) => `\`\`\`\n${code.replace(/`/gu, "'")}\n\`\`\``),
  );
  const markdown = fc.array(mdBlock, { minLength: 1, maxLength: 15 }).map((blocks) => blocks.join('\n\n'));

  it('random Markdown: never throws, every sentence lands in slides or notes, in order of sections', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const model = splitMarkdown(text);
        const planned = planDeck(model, { file: 'f.md', fileName: 'f.md', format: 'markdown', author: 'T' }).value;
        const deck = deckFromFiles('d', writeSlides(planned, 'test'), 'slides/d');
        const coverage = measureCoverage(model, deck);
        assert.equal(coverage.present, coverage.sentences, `lost: ${coverage.missing.join(' | ')}`);
        for (const slide of deck.slides) assert.ok(/^# \S/mu.test(slide.body), `untitled slide ${slide.id}`);
      }),
      { numRuns: 150 },
    );
  });

  it('random Unicode plain text: never throws, loses nothing', () => {
    const doc = fc
      .array(
        fc.oneof(
          fc.array(unicodeSentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' ')),
          fc.tuple(unicodeWord, unicodeSentence).map(([h, s]) => `${h}: ${s}`),
        ),
        { minLength: 1, maxLength: 10 },
      )
      .map((p) => p.join('\n\n'));
    fc.assert(
      fc.property(doc, fc.constantFrom('\n', '\r\n'), (text, eol) => {
        const read = readDocument('f.txt', bytes(`\uFEFF${text.replace(/\n/gu, eol)}`));
        const model = splitText(read.text);
        const planned = planDeck(model, { file: 'f.txt', fileName: 'f.txt', format: 'text', author: 'T' }).value;
        const coverage = measureCoverage(model, deckFromFiles('d', writeSlides(planned, 'test'), 'slides/d'), 'text');
        assert.equal(coverage.present, coverage.sentences, `lost: ${coverage.missing.join(' | ')}`);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes: a document or a clear input error, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (data) => {
        try {
          const doc = readDocument('f.txt', data);
          planDeck(splitText(doc.text), { file: 'f.txt', fileName: 'f.txt', format: 'text', author: 'T' });
        } catch (error) {
          assert.ok(error instanceof LecternError && error.kind === 'input', String(error));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("lectern's YAML", () => {
  it('what emitYaml writes, both readSimpleYaml and the yaml package read back the same', async () => {
    const { parse } = await import('yaml');
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('null', 'true', '12', '- x', 'a: b', '#c', "it's", '"q"', ' pad ', 'Ünïcödé 中文'),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/u), fc.oneof(scalar, fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }))),
        (data) => {
          const text = emitYaml(data);
          const normalised = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v ?? null]));
          assert.deepEqual(parse(text) ?? {}, normalised);
          const simple = readSimpleYaml(text);
          if (simple !== null) assert.deepEqual(simple, normalised);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('resolveTalk', () => {
  it('gives every slide of a talk its own id, however often a slide or a shared id comes back', () => {
    const deck = (name: string): import('../scripts/types.ts').Deck => ({
      name,
      meta: { title: name, subtitle: null, author: null, date: null, theme: 'light', lang: 'en' } as import('../scripts/types.ts').DeckMeta,
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
