// scripts/stages/pack-units.ts: a section's units -> slides, the least-cost split over estimated heights.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultBudget, fitsOne, packUnits, roomWords, wordLimits } from '../../scripts/stages/pack-units.ts';
import type { Unit } from '../../scripts/stages/units.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { parseMarkdown, proseWordsOf } from '../../scripts/stages/render-slide.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { markdownSlides } from './plans.ts';
import type { DeckPlan } from '../../scripts/types.ts';

let made = 0;
/** A short point 50 px high, in a block of its own. */
const unit = (fields: Partial<Unit> = {}): Unit => {
  made += 1;
  return {
    kind: 'point',
    markdown: `- Point ${made}`,
    height: 50,
    words: 3,
    noteKey: `n${made}`,
    noteText: '',
    block: made,
    lead: null,
    keepWithNext: false,
    breakCost: 1,
    listItem: false,
    ...fields,
  };
};
const units = (count: number, fields: Partial<Unit> = {}): Unit[] => Array.from({ length: count }, () => unit(fields));
const sizes = (slides: Unit[][]): number[] => slides.map((s) => s.length);

/**
 * The units of a Markdown text's one section, and the room of its first slide and of the later ones (under "(cont.)").
 * (Planning's modules are loaded as a test runs: units.ts imports pack-units.ts, which this file tests first.)
 */
async function sectionUnits(text: string): Promise<{ units: Unit[]; firstRoom: number; room: number }> {
  const { blocksToUnits } = await import('../../scripts/stages/units.ts');
  const { splitMarkdown } = await import('../../scripts/stages/split-markdown.ts');
  const { bodyRoom } = await import('../../scripts/stages/text-size.ts');
  const section = splitMarkdown(text).sections[0];
  assert.ok(section);
  return { units: blocksToUnits(section.blocks, 'markdown', false), firstRoom: bodyRoom(section.heading), room: bodyRoom(`${section.heading} (cont.)`) };
}

describe('packUnits', () => {
  it('keeps every unit, in order, on as few slides as fit, leaving them evenly full (7 points: 4 + 3, not 6 + 1)', () => {
    assert.deepEqual(packUnits([], 500, defaultBudget), []);
    const three = units(3);
    assert.deepEqual(packUnits(three, 500, defaultBudget), [three]);
    const seven = units(7);
    const slides = packUnits(seven, 1000, defaultBudget);
    assert.deepEqual(sizes(slides), [4, 3]);
    assert.deepEqual(slides.flat(), seven);
    // A smaller budget of points means more slides, none over it.
    const small = packUnits(seven, 1000, { ...defaultBudget, maxPoints: 3 });
    assert.equal(small.length, 3);
    assert.ok(small.every((s) => s.length <= 3));
  });

  it('splits where the height runs out, and gives a unit taller than the room a slide of its own', () => {
    assert.deepEqual(sizes(packUnits(units(3, { height: 200 }), 500, defaultBudget)), [2, 1]);
    assert.deepEqual(sizes(packUnits([unit({ height: 100 }), unit({ height: 900 }), unit({ height: 100 })], 500, defaultBudget)), [1, 1, 1]);
    // Pictures take room but are not points: eight fit on a slide of six points at most.
    assert.deepEqual(sizes(packUnits(units(8, { kind: 'visual', words: 0, height: 10 }), 1000, defaultBudget)), [8]);
    // Two points of 30 words are more than a slide says (58 words at most).
    assert.deepEqual(sizes(packUnits(units(2, { words: 30 }), 1000, defaultBudget)), [1, 1]);
    assert.deepEqual(sizes(packUnits(units(2, { words: 20 }), 1000, defaultBudget)), [2]);
  });

  it('starts a slide at a rule the author drew rather than run on past it (1 + 4 after the rule, not 2 + 3)', () => {
    const five = [150, 150, 100, 100, 100].map((height) => unit({ height }));
    assert.deepEqual(sizes(packUnits(five, 450, defaultBudget)), [2, 3]);
    // Where the rule is, a slide may start at no cost; one that goes on past it costs more.
    const ruled = five.map((u, i) => (i === 1 ? { ...u, breakCost: 0, afterRule: true } : u));
    assert.deepEqual(sizes(packUnits(ruled, 450, defaultBudget)), [1, 4]);
  });

  it('keeps a lead-in with what it introduces, and starts a slide at a sub-topic rather than inside one', () => {
    const plain = [unit({ height: 100 }), unit({ height: 100 }), unit({ height: 100 }), unit({ height: 300 })];
    assert.deepEqual(sizes(packUnits(plain, 450, defaultBudget)), [3, 1]);
    const led = plain.map((u, i) => (i === 2 ? { ...u, keepWithNext: true } : u));
    assert.deepEqual(sizes(packUnits(led, 450, defaultBudget)), [2, 2]);

    // A lead-in and the picture or formula it introduces, a little taller than the room together, share the slide
    // (the browser sets its type a little smaller) rather than leave the lead-in alone; much taller, they do not.
    const lead = unit({ height: 100, keepWithNext: true });
    assert.deepEqual(sizes(packUnits([lead, unit({ kind: 'visual', words: 0, height: 420 })], 450, defaultBudget)), [2]);
    assert.deepEqual(sizes(packUnits([lead, unit({ kind: 'visual', words: 0, height: 520 })], 450, defaultBudget)), [1, 1]);
    assert.deepEqual(sizes(packUnits([unit({ height: 100 }), unit({ kind: 'visual', words: 0, height: 420 })], 450, defaultBudget)), [1, 1]);
    // A displayed formula's estimate is some fifth over what the browser sets: "The following equation provides…" (159
    // px) over its aligned rows (421 px), in a room of 478, share a slide; a picture of that height with the lead-in as
    // well, where its give is 0.4; a block of code, which gives nothing, does not.
    const ledIn = unit({ height: 159, keepWithNext: true, words: 29 });
    const rows = unit({ kind: 'visual', words: 0, height: 421, markdown: '$$\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}$$' });
    assert.deepEqual(sizes(packUnits([ledIn, rows], 478, defaultBudget)), [2]);
    assert.deepEqual(sizes(packUnits([ledIn, { ...rows, height: 520 }], 478, defaultBudget)), [1, 1]);
    assert.deepEqual(sizes(packUnits([ledIn, { ...rows, markdown: '```\nx\n```' }], 478, defaultBudget)), [1, 1]);

    const five = units(5, { height: 100 });
    assert.deepEqual(sizes(packUnits(five, 450, defaultBudget)), [3, 2]);
    const topics = five.map((u, i) => (i === 2 ? { ...u, breakCost: 0 } : u));
    assert.deepEqual(sizes(packUnits(topics, 450, defaultBudget)), [2, 3]);
  });
});

describe('blocks of code one after another', () => {
  it('share a slide a little over the room (the fit sets code smaller, to 22 px), never far over it', () => {
    const code = (lines: number): Unit =>
      unit({ kind: 'visual', markdown: `\`\`\`lisp\n${'(x)\n'.repeat(lines)}\`\`\``, height: lines * 36.4 + 31.2, words: 0 });
    assert.deepEqual(sizes(packUnits([code(5), code(7)], 478, defaultBudget)), [2]);
    assert.deepEqual(sizes(packUnits([code(1), code(11), code(1)], 478, defaultBudget)).length, 2);
  });
});

describe('a code block under its heading, cut in parts', () => {
  it('stays whole on the first slide where its parts fit it together, the remark under it going on to the next', () => {
    // A try with three catches (12 lines), cut for a lead-in's room it does not need, and a short remark under it.
    const part = (lines: number, k: number): Unit =>
      unit({
        kind: 'visual',
        markdown: `\`\`\`java\n${'x();\n'.repeat(lines)}\`\`\``,
        height: lines * 36.4 + 31.2,
        words: 0,
        block: 900,
        breakCost: k === 0 ? 1 : 2,
      });
    const remark = unit({ height: 69, words: 4, block: 901 });
    const slides = packUnits([part(6, 0), part(6, 1), remark], 478, defaultBudget);
    assert.deepEqual(
      slides.map((s) => s.map((u) => u.block)),
      [[900, 900], [901]],
    );
    // Further down a section (under a paragraph), its slide's title is not known: the parts go as they fit.
    const lead = unit({ height: 212, words: 30, block: 899 });
    const later = packUnits([lead, part(4, 0), part(8, 1)], 478, defaultBudget, 478);
    assert.equal(later.length, 2);
  });
});

describe('a list broken between slides', () => {
  it('leaves neither its first item alone under its lead-in nor its last alone at the head of a slide', () => {
    const lead = unit({ height: 111, words: 18, keepWithNext: true, block: 500 });
    const items = [11, 12, 8, 20, 5, 9].map((words, k) =>
      unit({ height: words > 10 ? 117 : 69, words, block: 501, listItem: true, item: true, breakCost: k === 0 ? 1 : 8 }),
    );
    const after = [unit({ height: 69, words: 7, block: 502 }), unit({ height: 117, words: 12, block: 503 })];
    const slides = packUnits([lead, ...items, ...after], 478, defaultBudget);
    const listed = slides.map((s) => s.filter((u) => u.block === 501).length).filter((n) => n > 0);
    assert.ok(listed.length >= 2, JSON.stringify(listed));
    assert.ok(listed[0] !== 1 && listed.at(-1) !== 1, JSON.stringify(listed));
  });
});

describe('a list of three items under its lead-in', () => {
  it('is not cut after its first item where the lead-in and the three fit a slide a little over the words', () => {
    const lead = unit({ height: 111, words: 13, keepWithNext: true, block: 600 });
    const items = [18, 17, 5].map((words, k) =>
      unit({ height: words > 10 ? 117 : 69, words, block: 601, listItem: true, item: true, shortList: true, breakCost: k === 0 ? 1 : 50 }),
    );
    const after = unit({ height: 69, words: 6, block: 602 });
    const slides = packUnits([lead, ...items, after], 478, defaultBudget);
    const listed = slides.map((s) => s.filter((u) => u.block === 601).length).filter((n) => n > 0);
    assert.deepEqual(listed, [3]);
  });
});

describe('roomWords', () => {
  it("allows a few words more than the budget's (15 %), rounded", () => {
    assert.equal(roomWords(defaultBudget), 40);
    assert.equal(roomWords({ ...defaultBudget, maxWords: 20 }), 23);
    assert.equal(roomWords({ ...defaultBudget, maxWords: 100 }), 115);
  });
});

describe('a list in two columns', () => {
  it('is planned a row for two items, and a part of it too short for columns a row an item', () => {
    const items = (n: number, block = 1): Unit[] =>
      Array.from({ length: n }, (_, i) =>
        unit({ markdown: `* item ${i}`, height: 20, words: 2, paired: 40, listItem: true, item: true, block, noteKey: `${block}:${i}` }),
      );
    // Twelve paired items (six rows of 40) fit a room of 250; the same items unpaired do not fit with the budget's six points.
    assert.equal(packUnits(items(12), 250, defaultBudget).length, 1);
    assert.equal(
      packUnits(
        items(12).map(({ paired: _, ...u }) => u),
        250,
        defaultBudget,
      ).length,
      2,
    );
    // Five paired items beside a tall unit: set a row each (five rows of 40), they do not share a room of 250 with it.
    const tall = unit({ kind: 'visual', markdown: '```\ncode\n```', height: 100, block: 2, noteKey: '2' });
    assert.equal(packUnits([...items(5), tall], 250, defaultBudget).length, 2);
    assert.equal(packUnits([...items(6), tall], 250, defaultBudget).length, 1);
  });

  it('keeps a lead-in with the whole short list it introduces up to sixty words together', () => {
    const lead = unit({ keepWithNext: true, words: 12, height: 60, block: 1, noteKey: '1' });
    const item = (k: number, words: number): Unit =>
      unit({
        listItem: true,
        item: true,
        shortList: true,
        breakCost: k === 1 ? 1 : 50,
        words,
        height: 100,
        block: 2,
        noteKey: `2:${k}`,
        markdown: `${k}. An item`,
      });
    assert.deepEqual(sizes(packUnits([lead, item(1, 24), item(2, 23)], 478, defaultBudget)), [3]);
    assert.equal(packUnits([lead, item(1, 28), item(2, 28)], 478, defaultBudget).length, 2);
  });

  it('keeps a lead-in with the quotation it introduces up to sixty words together, never past them', () => {
    const lead = unit({ keepWithNext: true, words: 26, height: 150, block: 1, noteKey: '1' });
    const quote = (words: number): Unit =>
      unit({ kind: 'visual', markdown: '> From my childhood they fed me books.', words, height: 150, block: 2, noteKey: '2' });
    assert.deepEqual(sizes(packUnits([lead, quote(33)], 478, defaultBudget)), [2]);
    assert.deepEqual(sizes(packUnits([lead, quote(40)], 478, defaultBudget)), [1, 1]);
  });

  it('keeps a remark under code on its slide where the code set a tenth smaller makes room, never text alone over the room', () => {
    // A lead-in (50), code of 330 and a one-line remark (50): 430 in a room of 400; at a tenth smaller the code is 300.
    const lead = unit({ keepWithNext: true, block: 1, noteKey: '1' });
    const code = unit({ kind: 'visual', markdown: '```sh\nplugins=(git ruby)\n```', height: 330, block: 2, noteKey: '2' });
    const remark = unit({ block: 3, noteKey: '3' });
    assert.deepEqual(sizes(packUnits([lead, code, remark], 400, defaultBudget)), [3]);
    // Text alone gets no such room: eight points of 50 in a room of 380 take two slides.
    assert.equal(packUnits(units(8), 380, defaultBudget).length, 2);
    // Nor does code too tall to make it: 370 of code (333 a tenth smaller) with the lead-in and the remark.
    const taller = unit({ kind: 'visual', markdown: '```sh\nplugins=(git ruby)\n```', height: 370, block: 2, noteKey: '2' });
    assert.equal(packUnits([lead, taller, remark], 400, defaultBudget).length, 2);
  });

  it('of a thousand short items is cut into slides of twelve (six rows of two), the search for each cut bounded as for any unit', () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      unit({ markdown: `* item ${i}`, height: 20, words: 2, paired: 40, listItem: true, item: true, block: 9, noteKey: `9:${i}` }),
    );
    const slides = packUnits(items, 250, defaultBudget);
    assert.equal(slides.flat().length, 1000);
    assert.ok(
      slides.every((s) => s.length <= 12 && s.length >= 6),
      sizes(slides).join(' '),
    );
    assert.equal(slides.length, Math.ceil(1000 / 12));
  });
});

describe('blocks of code one under another', () => {
  it('counts the gap between them: a command and its output that fill the room only without it go on two slides', () => {
    const code = (lines: number, fields: Partial<Unit> = {}): Unit =>
      unit({ kind: 'visual', markdown: ['```', ...Array.from({ length: lines }, (_, k) => `line ${k}`), '```'].join('\n'), words: 0, ...fields });
    const lead = unit({ markdown: "- Let's start by pulling:", keepWithNext: true, height: 64 });
    // Heights as planned at 22 px for the output (Unit.scale), the command and the lead-in at that share of theirs.
    const command = code(1, { height: 68 });
    const output = code(11, { height: 365, scale: 22 / 26 });
    const room = 64 * (22 / 26) + 68 * (22 / 26) + 365 + 4;
    const slides = packUnits([lead, command, output], room, defaultBudget);
    assert.deepEqual(sizes(slides), [2, 1]);
    // With room for the gap too, one slide.
    assert.deepEqual(sizes(packUnits([lead, command, output], room + 16, defaultBudget)), [3]);
  });
});

describe('a sentence that leads into a short list, after other points', () => {
  it('keeps the list whole on one slide, a few words over the budget, rather than two items and two', async () => {
    const text = [
      '## Contracts',
      '',
      "- That's an obligation on your part.",
      '- These sorts of contracts are everywhere in engineering, and software engineering is no exception.',
      '- Often, these guarantees can be enforced by the type system.',
      '- Similarly, this is why interfaces are so important.',
      '- But not every precondition or postcondition can be checked by the type system, at least not in most languages.',
      '',
      'Writing code that is safe from bugs requires being more professional, and thinking critically about things like:',
      '',
      '- potential ways that a caller might violate your preconditions;',
      '- potential ways that a caller might modify data unexpectedly;',
      '- potential exceptions that code you call might throw, or other error conditions from that code;',
      '- and much more.',
      '',
      'You might hear these ideas discussed under "adversarial thinking", in security courses above all.',
    ].join('\n');
    const { units: all, room, firstRoom } = await sectionUnits(text);
    const groups = packUnits(all, room, defaultBudget, firstRoom);
    const holding = groups.filter((g) => g.some((u) => u.markdown.includes('potential')));
    assert.equal(holding.length, 1, groups.map((g) => g.map((u) => u.markdown.slice(0, 30)).join(' / ')).join(' || '));
    assert.ok(
      holding[0]?.some((u) => u.markdown.startsWith('Writing code')),
      'the lead-in stays with its list',
    );
  });
});

describe('a lead-in and what it introduces, a little over the room', () => {
  it('a sentence over a picture and its caption stays with both, the picture set smaller (the caption had gone alone to the next slide)', async () => {
    const text = [
      '## Margins',
      '',
      'Often in the fields of civil engineering and the geosciences, we want to model more than two variables at once.',
      '',
      'The figure below displays the difference between the two distributions, without and with the condition.',
      '',
      '![](figures/two.png)',
      '',
      '*Unconditional and conditional distributions of the two rivers given the rain.*',
      '',
      'We can also compare the two joint distributions, as shown in the figure below, before and after.',
      '',
      '![](figures/joint.png)',
      '',
      '*Unconditional and conditional joint distributions.*',
    ].join('\n');
    const { units, room, firstRoom } = await sectionUnits(text);
    const groups = packUnits(units, room, defaultBudget, firstRoom);
    const shown = groups.map((g) => g.map((u) => u.markdown.slice(0, 14)).join(' / '));
    for (const [lead, picture, caption] of [
      ['The figure', 'two.png', 'Unconditional and conditional distributions'],
      ['We can also', 'joint.png', 'Unconditional and conditional joint'],
    ] as const) {
      const holding = groups.filter((g) => g.some((u) => u.markdown.includes(picture)));
      assert.equal(holding.length, 1);
      assert.ok(holding[0]?.some((u) => u.markdown.startsWith(lead)) && holding[0].some((u) => u.markdown.includes(caption)), shown.join(' || '));
    }
  });

  it('a sentence over two formulas stays with both ("its parameters would be" over μ and Σ, Σ had stood alone)', async () => {
    const text = [
      '## From 2D to 3D: multivariate margins',
      '',
      'Assuming that we model the joint distribution of $P$, $Q_1$ and $Q_2$ using a Gaussian distribution, its parameters would be',
      '',
      '$$',
      String.raw`\boldsymbol{\mu} = \begin{pmatrix}  94 \\ 78 \\ 12 \end{pmatrix}`,
      '$$',
      '',
      '$$',
      String.raw`\boldsymbol{\Sigma} = \begin{pmatrix} 41^2 & 1000 & 475 \\ 1000 & 35^2 & 520\\ 475 & 520 & 27^2\end{pmatrix}`,
      '$$',
    ].join('\n');
    const { units: all, room } = await sectionUnits(text);
    assert.ok(all.reduce((n, u) => n + u.height, 0) > room, 'the three take more than the room');
    assert.equal(packUnits(all, room, defaultBudget, room).length, 1);
  });
});

describe('a lead-in of two sentences over a list the two would crowd', () => {
  it('keeps only the sentence that leads in, so the list stays whole ("You can choose from:" over three options)', async () => {
    const text = [
      '## Introduction',
      '',
      'Docsy offers multiple options that let your readers search your site content, so you can pick one that suits your needs or design your own. You can choose from:',
      '',
      '- [Google Custom Search Engine](#google) (GCSE), the default option',
      "- [Algolia DocSearch](#algolia), which uses Algolia's indexing and search mechanism.",
      '- [Local search with Lunr](#lunr), which uses Javascript to index and search your site without the need to connect to external services.',
    ].join('\n');
    const { units, room, firstRoom } = await sectionUnits(text);
    assert.equal(units[0]?.markdown, 'You can choose from:');
    const groups = packUnits(units, room, defaultBudget, firstRoom);
    assert.equal(groups.length, 1, groups.map((g) => g.map((u) => u.markdown.slice(0, 20)).join(' / ')).join(' || '));
  });
});

describe('fitsOne at the smallest type', () => {
  it('counts a listing planned at 22 px no smaller again: its last lines beside it, a part of their own, shrink no further', () => {
    const code = (fields: Partial<Unit>): Unit => unit({ kind: 'visual', markdown: '```r\nx <- 1\n```', block: 900, ...fields });
    const lead = unit({ keepWithNext: true, height: 69, words: 4 });
    const group = [lead, code({ height: 365, scale: 22 / 26 }), code({ height: 104, codeGap: 0 })];
    assert.equal(fitsOne(group, 478, defaultBudget), false);
    // The same at the theme's size, no part planned at 22 px: the slide's fit may set it a tenth smaller.
    assert.equal(
      fitsOne([unit({ keepWithNext: true, height: 69, words: 4 }), code({ height: 300 }), code({ height: 104, codeGap: 0 })], 478, defaultBudget),
      true,
    );
  });

  it("counts items two levels in that open a slide, shown at the margin, at a first-level item's size", () => {
    const nested = (n: number): Unit[] => units(n, { listItem: true, item: true, markdown: '    - A nested item', height: 100, block: 901, words: 4 });
    assert.equal(fitsOne(nested(4), 450, defaultBudget), false);
    assert.equal(fitsOne(units(4, { listItem: true, item: true, markdown: '- An item', height: 100, block: 902, words: 4 }), 450, defaultBudget), true);
  });
});

describe('a section of two long sentences', () => {
  it('stands on one slide where both fit it, not a sentence a slide under "(cont.)"', () => {
    const sentences = [unit({ height: 164, words: 27 }), unit({ height: 164, words: 19 })];
    assert.deepEqual(sizes(packUnits(sentences, 478, defaultBudget)), [2]);
    // (Three such sentences still part, two and one: over the words a slide holds.)
    assert.equal(
      packUnits([unit({ height: 164, words: 27 }), unit({ height: 164, words: 25 }), unit({ height: 164, words: 24 })], 478, defaultBudget).length,
      2,
    );
  });
});

/** Sections of two paragraphs each, the paragraphs opening with `opening(section, paragraph)`, then two short sentences. */
const regions = (opening: (s: number, p: number) => string): string =>
  [
    '# Trade and grain',
    '',
    ...Array.from({ length: 8 }, (_, s) => [
      `## Region ${s + 1}`,
      '',
      ...Array.from({ length: 2 }, (_, p) => [`${opening(s, p)} Its staff wrote a report on each decade. The reports were printed later.`, '']).flat(),
    ]).flat(),
  ].join('\n');

/** The median of the words of prose a plan's slides show, as check counts them. */
const medianOf = (plan: DeckPlan): number => {
  const words = plan.slides.map((s) => proseWordsOf(parseMarkdown(s.body))).sort((a, b) => a - b);
  return words[Math.floor(words.length / 2)] ?? 0;
};

const regionWords = (s: number, p: number): string[] => [
  ['council', 'archive', 'survey', 'market', 'museum'][s % 5] ?? '',
  ['north', 'south', 'east', 'west'][p % 4] ?? '',
  ['six', 'seven', 'eight'][p % 3] ?? '',
];

describe('a document whose slides show too many words', () => {
  // Sections of two paragraphs, each opening with a sentence of some twenty words: both on a slide, as points, are
  // over forty words.
  const opening = (s: number, p: number): string => {
    const [place, side, count] = regionWords(s, p);
    return `The ${place} of the ${side} region examined the long records of trade and the prices of grain across ${count} decades of reform.`;
  };
  const text = regions(opening);

  it('is planned again with lighter slides of paragraphs’ points, a median of 33 words or fewer', () => {
    const options = { file: 't.md', fileName: 't.md', format: 'markdown' as const };
    const heavy = planDeck(splitMarkdown(text), { ...options, budget: defaultBudget }).value;
    assert.ok(medianOf(heavy) > 33, `the budget as given: median ${medianOf(heavy)}`);
    const planned = planDeck(splitMarkdown(text), options).value;
    assert.ok(medianOf(planned) <= 33, `median ${medianOf(planned)}`);
    assert.ok(planned.slides.length > heavy.slides.length);
    // Nothing is lost: every paragraph's opening is still on a slide.
    for (let s = 0; s < 8; s += 1) for (let p = 0; p < 2; p += 1) assert.ok(planned.slides.some((slide) => slide.body.includes(opening(s, p))));
  });
});

describe('a deck whose slides of two points each still read over 35 words', () => {
  // (An essay's sections of two paragraphs, each opening with a sentence of nineteen words: two to a slide is 38, under
  // the 40 a slide may take rather than leave a point alone, so the second plan had kept them: a median of 38.)
  const opening = (s: number, p: number): string => {
    const [place, side, count] = regionWords(s, p);
    return `The ${place} of the ${side} region kept careful written records of grain and its market prices over ${count} decades.`;
  };
  const text = regions(opening);

  it('is planned a third time, each slide under the limit, rather than fail check’s median', () => {
    const options = { file: 't.md', fileName: 't.md', format: 'markdown' as const };
    const heavy = planDeck(splitMarkdown(text), { ...options, budget: defaultBudget }).value;
    assert.ok(medianOf(heavy) > wordLimits.median, `the budget as given: median ${medianOf(heavy)}`);
    const planned = planDeck(splitMarkdown(text), options).value;
    assert.ok(medianOf(planned) <= wordLimits.median, `median ${medianOf(planned)}`);
    for (let s = 0; s < 8; s += 1) for (let p = 0; p < 2; p += 1) assert.ok(planned.slides.some((slide) => slide.body.includes(opening(s, p))));
  });
});

describe('a label with an emoji of its own over a list', () => {
  it('leads into the list as any label does: never alone beside a picture, its list on the next slide', () => {
    // (An MkDocs box titled "Définitions :heart:" under the section's picture, its items apart by blank lines.)
    const text = [
      '# Arbres',
      '',
      '## Outils de description',
      '',
      '![](data/carac.png){: .center width=30% }',
      '',
      '!!! note "Définitions :heart:"',
      '',
      '    - la **taille** d’un arbre est son nombre total de nœuds. Ici, elle vaut 8.',
      '',
      '',
      '    - l’**arité** d’un nœud est son nombre de fils. Ici, l’arité de B vaut 2, celle de F vaut 1.',
      '',
      '',
      '    - la **profondeur** d’un nœud est le nombre de nœuds de son chemin le plus court vers la racine.',
      '    Ici, la profondeur de G est 3 (G-K-C), la profondeur de B est 2 (B-C).',
      '',
      '',
      '    - la **hauteur** d’un arbre est la profondeur de son nœud le plus profond.',
      '    Ici, la hauteur de l’arbre est 4.',
    ].join('\n');
    const slides = markdownSlides(text);
    const labelled = slides.find((s) => s.title.includes('Définitions ❤️') || s.body.includes('Définitions ❤️'));
    assert.ok(labelled, slides.map((s) => `${s.title}: ${s.body}`).join('\n---\n'));
    assert.match(labelled.body, /\*\*taille\*\*/u, labelled.body);
  });
});

describe("a topic's name over its picture", () => {
  it('does not end a slide with the picture while what the topic says goes to the next', () => {
    const picture = (): Unit => unit({ kind: 'visual', words: 0, height: 130, markdown: '![](https://example.org/p.webp)' });
    const units = [
      picture(),
      unit({ height: 117, words: 16 }),
      unit({ height: 64, words: 4, keepWithNext: true, lead: 'Smallest console', breakCost: 0, markdown: '3、[Smallest console](https://example.org)' }),
      picture(),
      unit({ height: 117, words: 15 }),
      picture(),
      unit({ height: 117, words: 16 }),
    ];
    const slides = packUnits(units, 478, defaultBudget);
    const named = slides.find((s) => s.some((u) => u.lead === 'Smallest console'));
    assert.ok(named !== undefined);
    const at = named.findIndex((u) => u.lead === 'Smallest console');
    assert.ok(
      named.slice(at + 1).some((u) => u.kind === 'point'),
      slides.map((s) => s.map((u) => u.kind).join(',')).join(' | '),
    );
  });
});
