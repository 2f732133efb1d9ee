// How much room text takes on a slide, without a browser, so the plan is the
// same whether or not a browser is launched. Widths are average advances of
// the theme's fonts (Source Sans 3, Source Serif 4, JetBrains Mono) by
// character class, in em; the browser's fit stays as the check.
import { decodeHTML } from 'entities';
import { codeFloor } from '../client/fit.ts';
import { defaultFrame, type Frame } from './frame.ts';

/** The theme's padding around a slide's content (theme/variables.css: --lectern-pad-x, -top, -bottom). */
const pad = { x: 88, top: 64, bottom: 60 };

/** The theme's geometry in CSS px (theme/variables.css, theme/slide.css) for a slide `frame`. */
export function geometryFor(frame: Frame) {
  return {
    width: frame.width - 2 * pad.x,
    bodyHeight: frame.height - pad.top - pad.bottom,
    /** The whole slide's height: a picture in a list item's text stands a third of it high at most (theme/slide.css). */
    slideHeight: frame.height,
    ...typeScale,
  };
}

const typeScale = {
  bodySize: 36,
  bodyLine: 36 * 1.32,
  itemGap: 36 * 0.6,
  blockGap: 36 * 0.45,
  titleSize: 58,
  titleLine: 58 * 1.12,
  /** Accent bar above the title and the space under it. */
  titleExtra: 28 + 36 * 0.7,
  /** Code as the theme shows it (0.72 of the body size); the slide's fit can take it down to 22 px. */
  codeSize: 26,
  codeLine: 26 * 1.4,
  codePad: 26 * 1.2,
};

export type Geometry = ReturnType<typeof geometryFor>;

/**
 * The geometry planning measures with: the theme's 1280x720 frame, or the
 * frame of the planning under way (withFrame). A binding of the module, as
 * the measures are called deep inside planning; planning is synchronous, so
 * no other plan sees it.
 */
export let slideGeometry: Geometry = geometryFor(defaultFrame);
let columns = codeColumnsOf(slideGeometry);

/** Runs `work` (a planning) with the geometry of `frame`. */
export function withFrame<T>(frame: Frame, work: () => T): T {
  const outer = { geometry: slideGeometry, columns };
  slideGeometry = geometryFor(frame);
  columns = codeColumnsOf(slideGeometry);
  try {
    return work();
  } finally {
    slideGeometry = outer.geometry;
    columns = outer.columns;
  }
}

function classify(ch: string): number {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uFF00-\uFFEF]/u.test(ch)) return 1;
  if (/[iljt.,;:'|!()[\]{}/\\ fr"`´‘’]/u.test(ch)) return 0.3;
  if (/[mwMW@%&—]/u.test(ch)) return 0.86;
  if (/\p{Lu}/u.test(ch)) return 0.62;
  if (/\p{N}/u.test(ch)) return 0.52;
  if (/\p{Extended_Pictographic}/u.test(ch)) return 1.1;
  return 0.5;
}

// Widths by code point, worked out once per character (planning measures every
// character of a document): a table for the Basic Multilingual Plane, a map beyond.
const basic = new Float32Array(0x10000).fill(-1);
const astral = new Map<number, number>();
function advanceOf(code: number): number {
  if (code < 0x10000) {
    let width = basic[code] ?? -1;
    if (width < 0) {
      width = classify(String.fromCharCode(code));
      basic[code] = width;
    }
    return width;
  }
  let width = astral.get(code);
  if (width === undefined) {
    width = classify(String.fromCodePoint(code));
    astral.set(code, width);
  }
  return width;
}
const advance = (ch: string): number => advanceOf(ch.codePointAt(0) ?? 0);

/**
 * Advances of the titles' font (Source Serif 4 at weight 600), in thousandths of an em, for U+0020 to U+017F (Basic
 * Latin, Latin-1 and Latin Extended-A; -1 where no character is), as Chromium sets them. A title wider than its
 * estimate wraps to a line the slide was not planned for: the character classes below count a serif's lower case
 * some 6% narrow.
 */
const titleAdvances = Float32Array.from(
  '219,301,406,522,516,911,709,198,324,324,440,526,266,322,266,272,544,432,525,525,536,523,537,498,532,540,295,295,526,526,526,413,832,690,624,630,691,609,579,702,777,372,377,697,583,893,727,723,605,723,679,525,635,715,680,982,651,643,568,297,266,297,526,507,384,532,599,506,598,518,338,543,624,323,315,590,324,923,626,569,600,586,456,456,354,614,564,822,564,573,477,305,289,305,526,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,219,301,516,517,499,516,289,493,384,720,370,511,526,0,446,384,330,526,374,374,384,601,597,295,384,374,393,511,881,911,881,413,690,690,690,690,690,690,905,630,609,609,609,609,372,372,372,372,691,727,723,723,723,723,723,526,723,715,715,715,715,643,589,619,532,532,532,532,532,532,792,506,518,518,518,518,323,323,351,323,554,626,569,569,569,569,569,526,569,614,614,614,614,573,587,573,745,622,745,622,745,622,764,585,764,585,764,585,764,585,832,671,839,671,732,611,732,611,732,611,732,611,732,611,820,671,820,671,820,671,820,671,907,698,907,698,449,365,449,365,449,365,449,365,449,323,904,721,454,347,834,665,665,675,365,675,365,675,365,675,365,682,369,877,698,877,698,877,698,968,837,698,836,640,836,640,836,640,923,874,798,506,798,506,798,506,693,540,693,540,674,540,674,540,714,443,684,443,714,443,837,698,837,698,837,698,837,698,837,698,837,698,1078,826,685,558,685,701,545,701,545,701,545,413'.split(
    ',',
  ),
  (n) => Number(n) / 1000,
);

const titleAdvance = (code: number): number => {
  const measured = code >= 0x20 && code <= 0x17f ? (titleAdvances[code - 0x20] ?? -1) : -1;
  if (measured >= 0) return measured;
  // A character of code (codeMark): the monospace font at 0.86 em (0.6 em an advance); the first of a span also its
  // padding (0.25 em of its size on either side).
  if (code === codeMark) return 0.6 * 0.86;
  if (code === codeOpening) return 0.6 * 0.86 + 0.5 * 0.86;
  return advanceOf(code) * 1.06;
};
/** Characters of private use that stand for a code span's characters in a title as measured (titleLines). */
const codeMark = 0xe000;
const codeOpening = 0xe001;

/** Width of a title's text in em of its font. */
export function titleWidth(text: string): number {
  let width = 0;
  // (Titles are short: by characters, not the code-point walk of textWidth, which planning runs over every line.)
  for (const ch of text) width += titleAdvance(ch.codePointAt(0) ?? 0);
  return width;
}

/** Width of text in em of a proportional font. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i += 1;
    width += advanceOf(code);
  }
  return width;
}

/** Commands that set their argument in another font or with an accent: the argument is what shows. */
const mathWrappers = new Set(
  (
    'mathscr mathcal mathbb mathbf mathrm mathit mathsf mathtt mathfrak boldsymbol bm text textrm textbf textit operatorname overline ' +
    'underline bar hat widehat tilde widetilde vec dot ddot left right big Big bigg Bigg bigl bigr Bigl Bigr displaystyle textstyle ' +
    'limits nolimits frac dfrac tfrac sqrt mathop'
  ).split(' '),
);
/** Relations and operators, set with space around them. */
const mathRelations =
  /^(?:in|notin|ni|leq?|geq?|leqslant|geqslant|neq?|subset|subseteq|supset|supseteq|approx|equiv|sim|simeq|cong|to|gets|rightarrow|leftarrow|Rightarrow|Leftarrow|leftrightarrow|Leftrightarrow|iff|implies|mapsto|mid|perp|propto|cup|cap|times|cdot|pm|mp|setminus|circ|oplus|otimes|wedge|vee|div|land|lor)$/u;
const mathSpaces: Record<string, number> = { ',': 0.17, ':': 0.22, ';': 0.28, '!': -0.17, ' ': 0.33, quad: 1, qquad: 2 };

/**
 * About how wide a formula set inline is, in em of the text around it: its symbols, not its TeX source
 * ("$\mathscr{F}_2$" shows two characters, not thirteen). Scripts are smaller; relations take space round them.
 */
export function inlineMathWidth(tex: string): number {
  let width = 0;
  // The size of each open group: a script's group is smaller than the line.
  const sizes: number[] = [];
  let scriptNext = false;
  const size = (): number => sizes[sizes.length - 1] ?? 1;
  for (const m of tex.matchAll(/\\([a-zA-Z]+|.)|([{}])|([_^])|(\S)/gu)) {
    const scale = scriptNext ? size() * 0.7 : size();
    const [, command, brace, script, ch] = m;
    if (brace === '{') {
      sizes.push(scale);
      scriptNext = false;
      continue;
    }
    if (brace === '}') {
      sizes.pop();
      continue;
    }
    if (script) {
      scriptNext = true;
      continue;
    }
    scriptNext = false;
    if (command !== undefined) {
      if (mathWrappers.has(command)) continue;
      const space = mathSpaces[command];
      if (space !== undefined) width += space * scale;
      else if (mathRelations.test(command)) width += 1.2 * scale;
      else if (/^(?:lim|sup|inf|max|min|log|ln|exp|sin|cos|tan|det|arg|deg|dim|ker|gcd|Pr)$/u.test(command)) width += (0.5 * command.length + 0.17) * scale;
      else if (/^(?:[lcv]?dots|cdots|ldots)$/u.test(command)) width += 1.2 * scale;
      else width += 0.85 * scale;
    } else if (ch !== undefined) {
      width +=
        (/[=<>]/u.test(ch) ? 1.33 : /[+\-*]/u.test(ch) ? 1.22 : /[,;]/u.test(ch) ? 0.45 : /[()[\]|.']/u.test(ch) ? 0.39 : /\p{N}/u.test(ch) ? 0.5 : 0.6) *
        scale;
    }
  }
  // The theme sets formulas a little larger than the text (.katex: 1.05em).
  return width * 1.05;
}

/**
 * Text with each inline formula that reads as TeX ($A \in \mathscr{F}$) as one unbreakable run of its shown width
 * (a formula a browser wraps only at its relations, rarely); "$5 and $10" is text. With `breakable` (a table's cells,
 * which a browser narrows to their least width), a run for each of its pieces between those breaks (formulaPieces).
 */
function formulasAsRuns(text: string, breakable = false): string {
  return text.replace(/(?<![$\\])\$(?!\$)([^$\n]{1,2000}?)(?<!\\)\$(?!\$)/gu, (whole, tex: string) =>
    /[\\^_{}]/u.test(tex)
      ? (breakable ? formulaPieces(tex) : [tex]).map((piece) => 'x'.repeat(Math.max(1, Math.ceil(inlineMathWidth(piece) / advance('x'))))).join(' ')
      : whole,
  );
}

/**
 * An inline formula's pieces between the places a browser may break its line: after each relation or binary operator
 * at the formula's top level ("F(1) = P(X\leq 1) = \frac{1}{4} + \frac{2}{4}" after each "=" and "+"), as KaTeX
 * allows; never inside braces (a fraction's parts) or a command's name.
 */
function formulaPieces(tex: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i += 1) {
    const c = tex[i] ?? '';
    if (c === '\\') {
      const name = /^\\(?:[A-Za-z]+|.)/u.exec(tex.slice(i))?.[0] ?? '\\';
      if (depth === 0 && /^\\(?:leq?|geq?|neq|approx|equiv|to|rightarrow|leftarrow|Rightarrow|iff|in|subset|subseteq|cdot|times|pm|mp|cup|cap)$/u.test(name)) {
        pieces.push(tex.slice(start, i + name.length));
        start = i + name.length;
      }
      i += name.length - 1;
    } else if (c === '{') depth += 1;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[=+<>-]/u.test(c) && tex.slice(start, i).trim() !== '') {
      pieces.push(tex.slice(start, i + 1));
      start = i + 1;
    }
  }
  pieces.push(tex.slice(start));
  return pieces.filter((p) => p.trim() !== '');
}

/** Width of a line of text in em, each inline formula in it as wide as it shows (formulasAsRuns), not as its TeX is. */
export const shownWidth = (text: string): number => textWidth(text.includes('$') ? formulasAsRuns(text) : text);

/**
 * The widths in em of a line's words, an inline formula that reads as TeX one word however many spaces it holds (in a
 * table's cell, with `breakable`, a word between the places it may break: a browser lays a table's columns out so).
 */
export const shownWordWidths = (text: string, breakable = false): number[] =>
  (text.includes('$') ? formulasAsRuns(text, breakable) : text).split(/\s+/u).filter(Boolean).map(textWidth);

/** Scripts a line breaks between any two characters of (no spaces between their words). */
const breaksAnywhere = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Lines a run of text wraps to in a box `width` em wide (greedy, at spaces; anywhere in Chinese and Japanese). */
export function wrappedLines(text: string, width: number, measure: (text: string) => number = textWidth, breakable = false): number {
  const words = (text.includes('$') ? formulasAsRuns(text, breakable) : text).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 1;
  let lines = 1;
  let used = 0;
  const space = measure(' ');
  for (const word of words) {
    let w = measure(word);
    if (used > 0 && used + space + w > width) {
      // Chinese or Japanese runs on where the line has room; other words go to the next line whole.
      const rest = width - used - space;
      if (breaksAnywhere.test(word) && rest > 1) w -= rest;
      lines += 1;
      used = 0;
    }
    // A word wider than the line breaks anywhere (the theme sets overflow-wrap: anywhere).
    while (w > width) {
      lines += 1;
      w -= width;
    }
    used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/**
 * Images as what a reader sees of them, their alt text (an optional title
 * and an <angle-bracketed> address included). Bounded: an unclosed "![a]("
 * run must not rescan the rest of the text from each bracket.
 */
export const imagesAsAlt = (text: string): string =>
  text.replace(/!\[([^\]]{0,1000})\]\((?:<[^>]{0,2048}>|[^)\s]{0,2048})(?:\s+(?:"[^"]{0,1000}"|'[^']{0,1000}'))?\s*\)/gu, '$1');

/** A formula displayed on its own lines inside a paragraph or an item (`$$ ... $$`): a picture of a line or two, not words. */
export const displayMath = /\$\$[^$]{1,4000}?\$\$/gu;

/** Inline HTML tags (`<sub>`, `<kbd>`) outside code spans: markup, not text the reader sees. */
const withoutTags = (markdown: string): string =>
  markdown.includes('<')
    ? markdown
        .split(/(`+[^`]*`+)/u)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<!\\)<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/gu, '')))
        .join('')
    : markdown;

/** What a reader sees of inline Markdown: markup, inline tags, link targets and displayed formulas gone. */
export function visibleText(markdown: string): string {
  // Planning asks for the same item's or paragraph's text again and again while it fits and names slides (a
  // 200-slide lecture: some 9,800 calls for 2,300 texts): each text is read once per build.
  const known = seen.get(markdown);
  if (known !== undefined) return known;
  const shown = readVisible(markdown);
  if (seen.size >= seenLimit) seen.clear();
  seen.set(markdown, shown);
  return shown;
}

/** visibleText's answers by text, up to seenLimit of them (then it starts again: memory stays bounded). */
const seen = new Map<string, string>();
const seenLimit = 20_000;

function readVisible(markdown: string): string {
  let text = markdown.includes('$$') ? markdown.replace(displayMath, ' ') : markdown;
  // Each rewrite only where its mark is there at all: most text has no picture, link, escape or highlight.
  if (text.includes('](')) text = imagesAsAlt(text);
  text = withoutTags(text);
  // A link's text; its address may hold parentheses of its own ("…/wiki/Myrmecia_(ant)").
  if (text.includes('](')) text = text.replace(/\[([^\]]{0,1000})\]\((?:[^()\n]|\([^()\n]{0,500}\)){0,2048}\)/gu, '$1');
  if (text.includes('\\')) text = text.replace(markdownEscape, '$1');
  if (text.includes('==')) text = text.replace(/(?<![=\\])==(?=[^\s=])([^\n]*?[^\s=])==(?!=)/gu, '$1');
  if (text.includes('++')) text = text.replace(/(?<![+\\\w])\+\+(?=[^\s+])([^\n]*?[^\s+])\+\+(?![+\w])/gu, '$1');
  return text.replace(/[*_`]/gu, '');
}

/** A heading's words as shown: its markup and tags gone, its entities read ("&nbsp;") and its spaces as one. */
export const shownHeading = (heading: string): string =>
  decodeHTML(visibleText(heading))
    .replace(/[\s\u200b]+/gu, ' ')
    .trim();

/**
 * Text set in bold as a whole (a folded box's summary, a heading as a label over its text): the strong emphasis inside
 * it taken out, bold already ("**Question:** One can show…" had become "****Question:**…", its markers shown). Code
 * spans are left as written (`__init__`).
 */
export function inBold(text: string): string {
  const inner = text
    .split(/(`+[^`\n]*`+)/u)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<!\\)\*\*|(?<![\\\p{L}\p{N}])__|__(?![\p{L}\p{N}])/gu, '')))
    .join('');
  return `**${inner.trim()}**`;
}

/** Whether two headings or titles read the same as shown (markup, entities and case aside). */
export const sameText = (a: string, b: string): boolean => shownHeading(a).toLowerCase() === shownHeading(b).toLowerCase();

/**
 * A title as text, for the page's `<title>`, the PDF's metadata and the handout's header: its Markdown's emphasis,
 * code spans, links and escapes as the words they show, a line break a space; any other character as written
 * ("snake_case", "Rock & <Roll>").
 */
export function titleText(markdown: string): string {
  return markdown
    .replace(/\s*<br\s*\/?>\s*/giu, ' ')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]*\)/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/gu, '$1')
    .replace(/(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/gu, '$1')
    .replace(/(`+)(.+?)\1/gu, '$2')
    .replace(markdownEscape, '$1')
    .trim();
}

/** A backslash escape: any ASCII punctuation after a backslash is itself (CommonMark). */
const markdownEscape = /\\([!-/:-@[-`{-~])/gu;

/** Markdown's backslash escapes undone ("\\`\\`yield\\`\\`" -> "``yield``", "1\\. Security" -> "1. Security"). */
export const unescapeMarkdown = (markdown: string): string => markdown.replace(markdownEscape, '$1');

/** Columns of monospace code that fit one line of a code block. */
function codeColumnsOf(g: Geometry): number {
  return Math.floor((g.width - 2 * 0.8 * g.codeSize) / (0.6 * g.codeSize));
}

/**
 * Lines one line of code takes once wrapped: the theme wraps at spaces where
 * it can (a long token moves to the next line whole, and breaks only when it
 * is longer than a line), and indents the continuation by about two columns.
 */
function codeLineRows(line: string, codeColumns = columns): number {
  const text = line.replace(/\t/gu, '    ');
  if (displayColumns(text) <= codeColumns) return 1;
  let rows = 1;
  let used = 0;
  let width = codeColumns;
  for (const token of text.split(/(?<= )/u)) {
    let length = displayColumns(token);
    if (used > 0 && used + length > width) {
      rows += 1;
      used = 0;
      width = codeColumns - 2;
    }
    while (length > width) {
      length -= width - used;
      used = 0;
      rows += 1;
      width = codeColumns - 2;
    }
    used += length;
  }
  return rows;
}

/** Display lines of a code block's lines: long lines wrap. */
export function codeDisplayLines(lines: string[]): number {
  return lines.reduce((n, line) => n + codeLineRows(line), 0);
}

/**
 * Display lines of a code block set at the code's floor (client/fit.ts' codeFloor, 22 px), the size a slide's fit
 * takes code down to: a line wrapped at the theme's size may fit one line there (a comment of 80 columns over its
 * address), as the browser lays it out once set smaller.
 */
export function codeDisplayLinesAtFloor(lines: string[]): number {
  const wide = codeColumnsOf({ ...slideGeometry, codeSize: codeFloor });
  return lines.reduce((n, line) => n + codeLineRows(line, wide), 0);
}

/** Characters East Asian text sets two columns wide in a monospaced line (Chinese, Japanese, Korean, full-width forms). */
const wideCharacter =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The columns text takes in a monospaced line: a wide character (wideCharacter) two, any other one. */
export function displayColumns(text: string): number {
  if (!/[^\u0000-\u10ff]/u.test(text)) return text.length;
  let n = 0;
  for (const ch of text) n += wideCharacter.test(ch) ? 2 : 1;
  return n;
}

/**
 * The columns a line of code takes (a tab four: the theme's tab-size; a Chinese or Japanese character two, as the
 * code's font falls back to one whose characters are as wide as two: "## （Unix/Linux ではIPAexフォント…）" in an R
 * lecture's listing had been planned at half its width, and its slide overflowed).
 */
export const codeColumnsIn = (line: string): number => displayColumns(line.replace(/\t/gu, '    '));

/** The columns the longest of a block's lines takes. */
export const longestColumns = (lines: readonly string[]): number => lines.reduce((n, line) => Math.max(n, codeColumnsIn(line)), 0);

/**
 * The share of the theme's code size planning counts a block at whose longest line takes `longest` columns: a
 * block whose lines wrap at the theme's size but all fit at 22 px is set just small enough that none wraps
 * (client/fit.ts); any other keeps its size (a line too long even at 22 px wraps).
 */
export function codeScale(longest: number): number {
  // Halfway to the size the fit sets: code at 22 px cannot be set smaller when the estimate of the slide's other
  // text falls short, where code at the theme's size can (a slide of code at 22 px, its lead-in and a point whose
  // title took a line more than planned overflowed by 8 px).
  return longest > columns && longest * (codeFloor / slideGeometry.codeSize) <= columns ? (1 + columns / longest) / 2 : 1;
}

/**
 * Rows a block of code set at `scale` (codeScale) may take over the room it is given: the slide's fit sets code
 * smaller still, down to 22 px, so two at the theme's size and none at 22 px.
 */
export function codeSlack(scale: number): number {
  const floor = 22 / slideGeometry.codeSize;
  return 2 * Math.min(1, Math.max(0, (scale - floor) / (1 - floor)));
}

/** Rows of code at the theme's size that a block's lines take on a slide: fewer where it is set smaller (codeScale), more where lines wrap. */
export function codeRows(lines: string[]): number {
  const scale = codeScale(longestColumns(lines));
  return scale < 1 ? lines.length * scale : codeDisplayLines(lines);
}

/** Lines a slide title wraps to (titles are a little wider than body text: a serif, semibold). */
export const titleLines = (title: string, share = 1): number => {
  // Code in a title is set in the monospace font, at 0.86 of the title's size, padded: each of its characters is
  // measured as that font sets it, its spaces too (as one run: a title seldom breaks inside its code).
  const shown = title.includes('`')
    ? title.replace(/(`+)(?!`)([^`]*?[^`])\1(?!`)/gu, (_, _ticks: string, code: string) =>
        code.trim().replace(/[\s\S]/gu, (_c, at: number) => String.fromCharCode(at === 0 ? codeOpening : codeMark)),
      )
    : title;
  // (A little short of the line: the words of a heading measured one by one come out up to 3% narrower than Chromium sets
  // them, with brackets most.)
  const width = (slideGeometry.width / slideGeometry.titleSize) * 0.965 * share;
  return wrappedLines(visibleText(shown), width, titleWidth);
};

/** Height in px of a title, one or more lines. */
export function titleHeight(title: string): number {
  return titleLines(title) * slideGeometry.titleLine + slideGeometry.titleExtra;
}

/** Height in px the body of a slide can fill under a title. */
export function bodyRoom(title: string): number {
  return slideGeometry.bodyHeight - titleHeight(title);
}

/** Height in px the body of a slide can fill under a title of `lines` lines. */
export function bodyRoomUnder(lines: number): number {
  return slideGeometry.bodyHeight - (lines * slideGeometry.titleLine + slideGeometry.titleExtra);
}

/**
 * Whether a list's items (their Markdown, markers aside) are set in two columns: six or more (`columnItems`), each
 * taking two lines of a column at most, in fewer rows than one column takes (a quarter fewer at least: items that
 * each wrap in a column gain nothing). The renderer (markdown.ts) and the planner (units.ts, pack-units.ts) ask it
 * alike.
 */
export function pairsWell(items: readonly string[]): boolean {
  if (items.length < columnItems) return false;
  const column = columnWidth();
  const full = slideGeometry.width / slideGeometry.bodySize - 1.05;
  let inColumns = 0;
  let inOne = 0;
  for (const item of items) {
    const text = visibleText(item).trim();
    const lines = wrappedLines(text, column);
    if (text === '' || lines > 2 || text.split(/\s+/u).length > 6) return false;
    inColumns += lines;
    inOne += wrappedLines(text, full);
  }
  return inColumns / 2 <= inOne * 0.75;
}

/** The width of a line in one of two columns of items, in em of the body's type (the gap and the marker aside). */
export const columnWidth = (): number => (slideGeometry.width / slideGeometry.bodySize - 2.2) / 2 - 1.6;

export const columnItems = 6;
