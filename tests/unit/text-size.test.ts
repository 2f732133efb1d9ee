// scripts/stages/text-size.ts: how much room text takes on a slide, without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultFrame } from '../../scripts/stages/frame.ts';
import {
  inBold,
  bodyRoom,
  codeColumnsIn,
  codeDisplayLines,
  codeDisplayLinesAtFloor,
  geometryFor,
  inlineMathWidth,
  slideGeometry,
  textWidth,
  titleLines,
  unescapeMarkdown,
  visibleText,
  withFrame,
  wrappedLines,
} from '../../scripts/stages/text-size.ts';

const near = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-5, `${actual} is not ${expected}`);
const longTitle = 'A title that goes on and on about the many things it has to say about the tides and the moon';

describe('geometryFor and withFrame', () => {
  it("takes the theme's padding off the frame (88 px a side, 64 above, 60 below), keeps the type scale, and measures with a frame only while its work runs", () => {
    const wide = geometryFor(defaultFrame);
    assert.equal(wide.width, 1280 - 176);
    assert.equal(wide.bodyHeight, 720 - 124);
    const square = geometryFor({ width: 1000, height: 1000 });
    assert.deepEqual([square.width, square.bodyHeight, square.slideHeight], [824, 876, 1000]);
    assert.deepEqual({ ...square, width: 0, bodyHeight: 0, slideHeight: 0 }, { ...wide, width: 0, bodyHeight: 0, slideHeight: 0 });
    assert.equal(wide.bodySize, 36);
    assert.ok(wide.codeSize < wide.bodySize && wide.bodySize < wide.titleSize);

    // withFrame: the frame given while the work runs, the theme's again after, even when the work throws.
    const small = { width: 640, height: 360 };
    const code = ['x'.repeat(40)];
    assert.equal(codeDisplayLines(code), 1);
    const inside = withFrame(small, () => ({ width: slideGeometry.width, room: bodyRoom('Short'), code: codeDisplayLines(code) }));
    assert.equal(inside.width, 640 - 176);
    assert.ok(inside.room < bodyRoom('Short'));
    assert.equal(inside.code, 2, 'a narrower slide wraps the line');
    assert.throws(() => withFrame(small, () => assert.fail('boom')), /boom/u);
    assert.deepEqual(slideGeometry, geometryFor(defaultFrame));
    assert.equal(codeDisplayLines(code), 1);
  });
});

describe('textWidth and wrappedLines', () => {
  it('counts narrow letters narrower than wide ones, a CJK character a full em, a character beyond the BMP once, and wraps at spaces', () => {
    near(textWidth(''), 0);
    near(textWidth('iiii'), 1.2);
    near(textWidth('MMMM'), 3.44);
    assert.ok(textWidth('iiii') < textWidth('aaaa') && textWidth('aaaa') < textWidth('MMMM'));
    near(textWidth('汉字'), 2);
    near(textWidth('😀'), 1.1);

    // wrappedLines: at spaces, greedily; a word wider than the line breaks anywhere; no text is one line.
    assert.equal(wrappedLines('', 10), 1);
    assert.equal(wrappedLines('   ', 10), 1);
    // "aaaa" is 2 em, a space 0.3 em.
    assert.equal(wrappedLines('aaaa aaaa', 100), 1);
    assert.equal(wrappedLines('aaaa aaaa', 4.4), 1);
    assert.equal(wrappedLines('aaaa aaaa', 4), 2);
    assert.equal(wrappedLines('aaaa aaaa aaaa', 4.4), 2);
    assert.equal(wrappedLines('a'.repeat(20), 2.5), 4, 'a 10 em word in a 2.5 em box');
  });
});

describe('visibleText', () => {
  it("reads a link's text whose address holds parentheses of its own", () => {
    assert.equal(visibleText('[Myrmecia pilosula](https://en.wikipedia.org/wiki/Myrmecia_(ant)) and [a](b) c'), 'Myrmecia pilosula and a c');
  });

  it('keeps what a reader sees: link text and alt text, escaped characters as themselves; no emphasis marks, addresses or displayed formulas', () => {
    assert.equal(visibleText('**Bold** and _it_ `code`'), 'Bold and it code');
    assert.equal(visibleText('++Exemple++ in C++ and C++'), 'Exemple in C++ and C++');
    // A Chinese or Japanese character takes two columns of a listing, as its font sets it.
    assert.equal(codeColumnsIn('## （Unix ではIPAex）'), '## '.length + 2 + 'Unix '.length + 2 * 2 + 'IPAex'.length + 2);
    assert.equal(codeColumnsIn('\tx <- 1'), 4 + 6);
    assert.equal(visibleText('See [the almanac](https://example.org/a) and ![a moon](moon.png "The moon")'), 'See the almanac and a moon');
    assert.equal(visibleText('\\[x\\] \\#1 \\<b\\>'), '[x] #1 <b>');
    assert.equal(visibleText('Area $$\\pi r^2$$ here'), 'Area   here');
  });

  it("undoes Markdown's backslash escapes of any ASCII punctuation, as CommonMark reads them, and nothing else", () => {
    assert.equal(unescapeMarkdown('1\\. Security \\`\\`yield\\`\\` a\\:b \\"q\\" \\\\ \\é \\n'), '1. Security ``yield`` a:b "q" \\ \\é \\n');
    assert.equal(visibleText('\\#1 \\& \\@'), '#1 & @');
  });

  it('leaves out inline HTML tags, except inside code spans', () => {
    assert.equal(visibleText('<code>R<sub>1</sub> | R<sub>2</sub></code>:'), 'R1 | R2:');
    assert.equal(visibleText('Press <kbd>Ctrl</kbd>+<kbd class="key">C</kbd>'), 'Press Ctrl+C');
    assert.equal(visibleText('The `<div>` element'), 'The <div> element');
    assert.equal(visibleText('a \\<b> b'), 'a <b> b');
  });
});

describe('codeDisplayLines', () => {
  it('counts a line per line of code, wrapping those longer than the 68 columns of the default slide, at spaces where it can', () => {
    assert.equal(codeDisplayLines([]), 0);
    assert.equal(codeDisplayLines(['a', '', 'b']), 3);
    assert.equal(codeDisplayLines(['x'.repeat(68)]), 1);
    assert.equal(codeDisplayLines(['x'.repeat(69)]), 2);
    // A tab is four columns.
    assert.equal(codeDisplayLines(['\t'.repeat(17)]), 1);
    assert.equal(codeDisplayLines(['\t'.repeat(17) + 'x']), 2);
    // A token that does not fit moves to the next line whole.
    assert.equal(codeDisplayLines([`${'a'.repeat(60)} ${'b'.repeat(20)}`]), 2);
    // Continuation lines are two columns narrower: 68 + 66 fit in two rows, one more needs a third.
    assert.equal(codeDisplayLines(['x'.repeat(134)]), 2);
    assert.equal(codeDisplayLines(['x'.repeat(135)]), 3);
  });
});

describe('titleLines and bodyRoom', () => {
  it('wraps a long title to more lines (sooner in a share of the width, or with code in it), leaving the body less room', () => {
    assert.equal(titleLines('Short'), 1);
    assert.ok(titleLines(longTitle) >= 3, String(titleLines(longTitle)));
    assert.equal(titleLines('Short', 0.1), 2);
    // Code is set in the monospace font (0.86 of the title's size): 50 i's fit the title's line in the serif (16 em), as
    // code they do not (26 em); a heading with a name in code fits one line as it does in Chromium.
    assert.equal(titleLines('i'.repeat(50)), 1);
    assert.equal(titleLines(`\`${'i'.repeat(50)}\``), 2);
    assert.equal(titleLines('Store Setup with `configureStore`'), 1);
    assert.equal(titleLines('Store Setup with `configureStore` and `combineReducers`'), 2);
    // Counted with the serif's own advances: Chromium sets this title on two lines at 58 px in 1104 px (its lower case
    // is wider than an average letter), and "sort(fn): The function" on one.
    assert.equal(titleLines('find and findIndex/findLastIndex (cont.)'), 2);
    assert.equal(titleLines('sort(fn): The function'), 1);

    const g = slideGeometry;
    near(bodyRoom('Short'), g.bodyHeight - g.titleLine - g.titleExtra);
    near(bodyRoom('Short') - bodyRoom(longTitle), (titleLines(longTitle) - 1) * g.titleLine);
    assert.ok(bodyRoom(longTitle) > 0);
  });
});

describe('inline formulas and Chinese text in a line', () => {
  it('measures a formula by the symbols it shows, not its TeX source', () => {
    // "$\mathscr{F}_2$" shows a letter and a small digit, not thirteen characters.
    assert.ok(inlineMathWidth('\\mathscr{F}_2') < 1.2, String(inlineMathWidth('\\mathscr{F}_2')));
    assert.ok(inlineMathWidth('A \\in \\mathscr{F}') < textWidth('A in mathscr F'));
    // Relations take room of their own: wider than the letters alone.
    assert.ok(inlineMathWidth('a = b') > inlineMathWidth('ab') + 1);
    const source = 'If $A_1, A_2, \\cdots, A_n \\in \\mathscr{F}$ then $\\bigcup_{i=1}^{n} A_i \\in \\mathscr{F}$ holds.';
    assert.equal(wrappedLines(source, 30), 1);
    // Dollars that are money are text.
    assert.equal(wrappedLines('It costs $5 and $10 today.', 30), wrappedLines('It costs 5 and 10 today.', 30));
  });
  it('runs Chinese text on to the end of a line before it wraps', () => {
    const han = '概率空间包含三个要素'.repeat(3);
    // A short word, then thirty characters in a line of twenty: two lines, not three.
    assert.equal(wrappedLines(`ab ${han}`, 20), 2);
  });
});

describe('codeDisplayLinesAtFloor', () => {
  it("counts a line that wraps at the theme's size and fits at 22 px as one line, as the slide's fit sets it (a comment of 75 columns had been planned as two)", () => {
    const line = `" Shorthand notation for GitHub; translates to https://github.com/a/b.git`;
    assert.equal(codeDisplayLines([line]), 2);
    assert.equal(codeDisplayLinesAtFloor([line]), 1);
    // A line too long for 22 px still wraps there.
    assert.equal(codeDisplayLinesAtFloor([`${line} ${line}`]), 2);
  });
});

describe('inBold', () => {
  it('sets text in bold as a whole, the strong emphasis inside it taken out and code spans as written', () => {
    assert.equal(inBold('**Question:** One can show'), '**Question: One can show**');
    assert.equal(inBold('__Bold__ here'), '**Bold here**');
    assert.equal(inBold('The `__init__` method'), '**The `__init__` method**');
    assert.equal(inBold('snake__case word'), '**snake__case word**');
    assert.equal(inBold('\\*\\*stars\\*\\*'), '**\\*\\*stars\\*\\***');
  });
});
