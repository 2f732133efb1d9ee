// Section blocks -> units: the things a slide can show (a point, a list item,
// a code block or part of one, a table...), each with the room it takes on
// the slide, where a split before it costs least, and the source text it
// stands for (which goes to the speaker notes).
import MarkdownIt from 'markdown-it';
import type { Block } from '../types.ts';
import { creditLine, emptyTerm, leadIn as leadTerm, opensWithParticle, pointOf, topicOf } from './condense.ts';
import { isDrawing, isMermaid } from './diagram.ts';
import { fenced, fenceFor } from './fence.ts';
import { countWords, joinLines, splitSentences } from './sentences.ts';
import {
  codeColumnsIn,
  longestColumns,
  codeDisplayLines,
  codeDisplayLinesAtFloor,
  codeRows,
  codeScale,
  codeSlack,
  columnWidth,
  displayMath,
  pairsWell,
  shownWidth,
  shownWordWidths,
  slideGeometry as g,
  bodyRoomUnder,
  inBold,
  visibleText,
  wrappedLines,
} from './text-size.ts';
import { least } from './numbers.ts';
import { drawingFloor } from '../client/fit.ts';
import { itemLabel } from './fancy-lists.ts';
import { captionedPicture, defaultBudget, remotePicture } from './pack-units.ts';

export interface Unit {
  kind: 'point' | 'visual';
  /** Markdown shown on the slide. */
  markdown: string;
  /** Height on the slide in px, at full type size. */
  height: number;
  words: number;
  /** Source text it stands for: units with the same key share one note. */
  noteKey: string;
  noteText: string;
  /** Index of the block it came from, so notes keep paragraphs apart. */
  block: number;
  /** The author's term that names it (a bold lead-in, `Term:`): a continuation slide's title. */
  lead: string | null;
  /** A folded `<details>`'s summary (its body is in the notes): its lead names a slide that shows nothing else. */
  folds?: boolean;
  /** A turn of a dialogue (Block.spoken): it names no slide, by its speaker, its subject or its question. */
  spoken?: boolean;
  /** A sentence that introduces the next unit (code, list, picture): never split from it. */
  keepWithNext: boolean;
  /** Cost of starting a slide with this unit: 0 at a new sub-topic, more inside a list or code. */
  breakCost: number;
  /** A list item: consecutive items join into one list on the slide. */
  listItem: boolean;
  /** An item of a sub-list, set in under its item and sized at the sub-list's type already (markdownListUnits). */
  nested?: boolean;
  /** An item of one of the author's lists (not a paragraph shown as a point): its term names it alone. */
  item?: boolean;
  /** An item of a short list, one idea (keepShortList): broken only where it must be, and kept with its lead-in. */
  shortList?: boolean;
  /**
   * An item of a list set in two columns (keepShortList): half a point of the slide's budget, and its height in a
   * column halved; this is its height in one column, where a part of the list is too short to be set in two.
   */
  paired?: number;
  /** A later part of a fenced code block: the blank lines between it and the part before, where the two share a slide as one listing. */
  codeGap?: number;
  /** The first unit after a rule the author drew (Block.afterRule): a slide that runs on past it costs more. */
  afterRule?: boolean;
  /**
   * A table wider than the slide: the type scale the slide's fit sets it at (its `height` is at that scale), and the
   * rest of its slide with it (pack-units' groupHeight counts the others' heights at that scale too).
   */
  scale?: number;
  /** A row of a table too wide for a slide, shown on its side (recordOf): the row as written, whose first cell names it. */
  record?: string;
}

const markdownSpecials = /([\\`*_[\]<>|~$])/gu;

/**
 * reStructuredText's inline literal in plain text (a PEP's ``yield``, ``tokenize.py``): code, on one line, no
 * backtick inside; not TeX's quotes (``sendmail'' means …; ``sendmail-clone''), which close with two apostrophes.
 */
const inlineLiteral = /``((?:(?!'')[^`\n])*[^`\s'](?:(?!'')[^`\n])*)``/gu;

/** Plain text with its inline literals as a slide shows them (``yield`` -> `yield`), for `check` to find it there. */
export const shownLiterals = (text: string): string => (text.includes('``') ? text.replace(inlineLiteral, '`$1`') : text);

/** A code block of what a program printed (its info string `output`, `error`, `stdout`…: kramdown's classes made so). */
export const printedOutput = (markdown: string): boolean =>
  /^\s*(?:`{3,}|~{3,})\s*\{?\.?(?:output|error|stderr|stdout|result|out)\b/iu.test(markdown) || knitrOutput(markdown);

/**
 * What knitr or reprex printed under an R chunk: a fence of no language, or a block indented as code (GitHub's document
 * output), whose every line opens with "## " or "#> ".
 */
function knitrOutput(markdown: string): boolean {
  if (!/^\s*(?:(?:`{3,}|~{3,})[ \t]*\n[ \t]*)?#[#>]/u.test(markdown)) return false;
  const { info, lines } = codeOf(markdown.trim());
  const filled = lines.filter((l) => l.trim() !== '');
  return info === '' && filled.length > 0 && filled.every((l) => /^[ \t]*#[#>](?:[ \t]|$)/u.test(l));
}

/** A Markdown table whose cells hold plain text (a bar in one escaped): each cell escaped so that Markdown shows it as written. */
function escapedCells(table: string): string {
  const escaped = (cell: string): string => escapeMarkdown(cell.replace(/\\\|/gu, '|')).replace(/(?<!\\)\|/gu, '\\|');
  return table
    .split('\n')
    .map((row, k) => (k === 1 ? row : `| ${rowCells(row).map(escaped).join(' | ')} |`))
    .join('\n');
}

/**
 * Escapes plain text so Markdown shows it literally; an inline literal
 * (``code``, as reStructuredText and Python's PEPs write it) shows as code.
 */
export function escapeMarkdown(text: string): string {
  const literals: string[] = [];
  const literal = text.includes('``') ? text.replace(inlineLiteral, (_, code: string) => `\u0000${literals.push(code) - 1}\u0000`) : text;
  // Addresses stay as written (an escape inside one would be part of the link: "…/leapsec.html\\", "…/\\~hsoi/"); one in
  // angle brackets ("<http://…>") is an autolink. So is a bare one right before a character that takes an escape
  // ("<url:http://…/id3v2.3.0.txt>"): the address would take the escape's backslash into its link.
  const addresses: string[] = [];
  const masked = literal.includes('://')
    ? literal.replace(address, (whole, bracketed: string | undefined, at: number, all: string) => {
        const bounded = bracketed ?? (/[\\`*_[\]<>|~$]/u.test(all.charAt(at + whole.length)) ? whole : undefined);
        return `\u0002${addresses.push(bounded === undefined ? whole : `<${bounded}>`) - 1}\u0002`;
      })
    : literal;
  // Words between underscores (`_posse comitatus_`), as plain text has set italics since typewriters: emphasis.
  const italics: string[] = [];
  const underlined = masked.includes('_') ? masked.replace(plainItalic, (_, words: string) => `\u0001${italics.push(words) - 1}\u0001`) : masked;
  // And words between double asterisks (`does **not** change`): bold, as plain text writes it (a single one stays a star).
  const bold: string[] = [];
  const marked = underlined.includes('**') ? underlined.replace(plainBold, (_, words: string) => `\u0003${bold.push(words) - 1}\u0003`) : underlined;
  const escaped = marked
    .replace(markdownSpecials, '\\$1')
    .replace(/^(\s*)([#>+\-=]|\d+[.)])(?=\s|$)/gmu, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+\-=.)])/u, '\\$1')}`);
  const italicised =
    italics.length === 0
      ? escaped
      : escaped.replace(/\u0001(\d+)\u0001/gu, (_, n: string) => `_${(italics[Number(n)] ?? '').replace(markdownSpecials, '\\$1')}_`);
  const emphasised =
    bold.length === 0
      ? italicised
      : italicised.replace(/\u0003(\d+)\u0003/gu, (_, n: string) => `**${(bold[Number(n)] ?? '').replace(markdownSpecials, '\\$1')}**`);
  const linked = addresses.length === 0 ? emphasised : emphasised.replace(/\u0002(\d+)\u0002/gu, (_, n: string) => addresses[Number(n)] ?? '');
  return literals.length === 0 ? linked : linked.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => `\`${literals[Number(n)] ?? ''}\``);
}

/** A web address in plain text: in angle brackets (group 1), or bare up to a space, a bracket or a quote. */
const address = /<((?:https?|ftp):\/\/[^\s<>]+)>|\b(?:https?|ftp):\/\/[^\s<>"'()[\]{}]+/gu;

/**
 * Plain text's italics: words between underscores, the first after a space, a line's start or an opening mark, the
 * last before a space, a line's end or punctuation (`_It_ does not`, `_posse\ncomitatus_, &c.`); not a name's
 * underscores (`snake_case`, `__init__`).
 */
const plainItalic = /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^_\n]{1,200}?(?:\n[^_\n]{1,200}?)?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;

/** Plain text's bold: words between double asterisks, not touching letters outside them (`does **not** change`). */
const plainBold = /(?<![\p{L}\p{N}*\\])\*\*(?=[^\s*])([^*\n]{1,80}?)(?<=[^\s*])\*\*(?![\p{L}\p{N}*])/gu;

/** Words of a point or item, and of a list item's nested items. */
const pointWords = 16;
const itemWords = 14;
const nestedWords = 10;
/** The words of one list item with its sub-lists beyond which they are shown apart: what a slide holds by default. */
const itemSlideWords = defaultBudget.maxWords;

/**
 * The room pictures left in a list item's text take beyond its line: the theme sets them a third of the slide high at
 * most, side by side (a Marp slide's "- Each expression has a type" over "  ![inference](typed.png)").
 */
const itemPictureHeight = (text: string): number => (/!\[[^\]\n]*\]\([^)\n]*\)|<img\b/iu.test(text) ? g.slideHeight / 3 : 0);

const proseWidth = (indentEm: number, size = 1): number => (g.width / g.bodySize - indentEm) / size;
// Inline formulas (fractions, exponents) make their lines taller; a formula displayed inside the text takes two lines of its own.
const proseHeight = (markdown: string, indentEm: number, size = 1): number =>
  (wrappedLines(visibleText(markdown), proseWidth(indentEm, size)) * (tallInlineMath.test(markdown) ? 1.3 : 1) +
    2 * (markdown.match(displayMath)?.length ?? 0)) *
  g.bodyLine *
  size;

/**
 * An inline formula set in display style (\dfrac, \displaystyle, a matrix, limits under a sum), which makes its line
 * taller. Others keep the line's height: measured in Chromium, two lines of a point hold "$X$", "$x^2$", "$y_i$" or
 * "$\frac{a}{b}$" in 92 px against 91 without.
 */
const tallInlineMath = /(?<![$\\])\$(?!\$)[^$\n]*\\(?:dfrac|displaystyle|begin|limits|dbinom|cfrac)(?![A-Za-z])[^$\n]*\$/u;

/** A plain-text list item's mark: a bullet ("•", "-", "*"), a number ("3.", "3)") or a letter ("b)"). */
const itemMark = String.raw`(?:[•*\-–·▪◦‣+]|\d{1,3}[.)]|[a-zA-Z][.)])`;
const itemStart = new RegExp(String.raw`^(\s*)(${itemMark})\s+(.*)$`, 'u');
const nestedStart = new RegExp(String.raw`^\s+${itemMark}\s+\S`, 'u');
const itemMarks = new RegExp(String.raw`^\s*${itemMark}\s+`, 'gmu');

export function listItems(text: string): { marker: string; body: string }[] {
  const lines = text.split('\n');
  // The list's own items are its least indented ones (it may open with an item indented under nothing: "\t* a note" over "- an item").
  const starts = lines.map((l) => itemStart.exec(l)?.[1]?.length).filter((n): n is number => n !== undefined);
  const first = starts.length > 0 ? Math.min(...starts) : (/^(\s*)/u.exec(lines[0] ?? '')?.[1]?.length ?? 0);
  const items: { marker: string; body: string }[] = [];
  for (const line of lines) {
    const m = itemStart.exec(line);
    const current = items[items.length - 1];
    if (m && ((m[1]?.length ?? 0) <= first || !current)) {
      items.push({ marker: m[2] ?? '-', body: m[3] ?? '' });
    } else if (current) {
      current.body += `\n${line}`;
    } else {
      items.push({ marker: '-', body: line });
    }
  }
  return items;
}

// Block structure only: units read each inline's source (content), never its parsed children.
const parser = new MarkdownIt({ html: true });
parser.core.ruler.disable('inline');
type Token = ReturnType<typeof parser.parse>[number];

export const columnsOf = (line: string): number => {
  let n = 0;
  for (const ch of /^[ \t]*/u.exec(line)?.[0] ?? '') n += ch === '\t' ? 4 - (n % 4) : 1;
  return n;
};

/** Removes up to `columns` columns of leading whitespace (tabs count to the next stop of four). */
function dedent(line: string, columns: number): string {
  let n = 0;
  let i = 0;
  while (i < line.length && n < columns && (line[i] === ' ' || line[i] === '\t')) {
    n += line[i] === '\t' ? 4 - (n % 4) : 1;
    i += 1;
  }
  return line.slice(i);
}

const indentBy = (lines: string[], spaces: number): string[] => lines.map((l) => (l.trim() === '' ? '' : ' '.repeat(spaces) + l));

/** A Markdown picture on one line, and the attribute list a site may write after it ("![](erd.png){: .center}"). */
export const pictureMark = String.raw`!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?`;

/** A line of pictures alone, at the margin or set in. */
const pictureLine = new RegExp(String.raw`^\s*(?:${pictureMark}\s*)+$`, 'u');
export const isPictureLine = (line: string): boolean => pictureLine.test(line);

/** Lines of pictures alone as one paragraph of pictures, side by side. */
export const picturesOf = (lines: string[]): string => lines.map((l) => l.trim()).join(' ');

/** How many of a paragraph's last lines are pictures alone (isPictureLine), after text. */
export function trailingPictures(lines: string[]): number {
  let count = 0;
  while (count < lines.length && isPictureLine(lines[lines.length - 1 - count] ?? '')) count += 1;
  return count;
}

/** A paragraph of pictures (linked or not, Markdown or <img>) and nothing else. */
export function picturesOnly(text: string): boolean {
  if (!/!\[|<img\b/iu.test(text)) return false;
  const rest = text
    .replace(/!\[[^\]\n]*\]\([^)]*\)/gu, '')
    .replace(/<img\b[^>]*>/giu, '')
    .replace(/<\/?(?:a|p|div|center|picture|source|h[1-6])\b[^>]*>/giu, '')
    .replace(/\[\s*\]\([^)]*\)/gu, '')
    .replace(/<br\s*\/?>/giu, '');
  return rest.trim() === '';
}

interface ListItemShown {
  markdown: string;
  height: number;
  words: number;
  lead: string | null;
  /** With `codeApart`: the item's code blocks (and with `apart`, its sub-lists too), to be shown after it as units of their own. */
  codes: Block[];
}

/** The tokens of each top-level item of the list that opens at `open`. */
function itemsOf(tokens: Token[], open: number): { open: number; close: number }[] {
  const level = tokens[open]?.level ?? 0;
  const items: { open: number; close: number }[] = [];
  for (let i = open + 1; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t) break;
    if (t.level === level && t.nesting === -1) break;
    if (t.type === 'list_item_open' && t.level === level + 1) items.push({ open: i, close: i });
    if (t.type === 'list_item_close' && t.level === level + 1) {
      const last = items[items.length - 1];
      if (last) last.close = i;
    }
  }
  return items;
}

/**
 * One list item as a slide shows it: its marker, the point of its first
 * paragraph, its nested lists (their items made points too, nesting kept)
 * and its code, verbatim. Other paragraphs of the item go to the notes only.
 */
/**
 * A Markdown hard line break (a backslash or two spaces at the end of a line)
 * as a plain line end: a point is one line, and the backslash joined into it
 * would show. The notes keep the break. (Spaces are matched from the first of
 * their run only: a match tried from every space of a long run was quadratic.)
 */
const hardBreaks = (text: string, format: 'text' | 'markdown'): string => (format === 'markdown' ? text.replace(/(?:(?<!\\)\\|(?<! ) {2,})\n/gu, '\n') : text);

/** A paragraph that is one displayed formula ("$$" … "$$"). */
const displayedFormula = /^\s*\$\$[\s\S]*\$\$\s*$/u;

function showItem(
  lines: string[],
  tokens: Token[],
  item: { open: number; close: number },
  marker: string,
  depth: number,
  codeApart = false,
  apart = false,
): ListItemShown {
  const openToken = tokens[item.open];
  const [start, end] = openToken?.map ?? [0, 0];
  const firstLine = lines[start] ?? '';
  const content = /^(\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/u.exec(firstLine)?.[1] ?? '';
  const contentColumn = columnsOf(content) + content.trimStart().length;
  const pad = marker.length + 1;
  const out: string[] = [];
  let height = 0;
  let words = 0;
  let lead: string | null = null;
  let text = false;
  const codes: Block[] = [];
  // A later paragraph of the item, which may lead into pictures after it.
  let said: Block | null = null;
  const level = (openToken?.level ?? 0) + 1;
  // A formula displayed under the item's text is the item's: set apart after it where its code is, else shown under it.
  const formulaUnder = (lines: string[], line: number): void => {
    if (codeApart) {
      codes.push({ kind: 'math', text: lines.join('\n').trim(), line });
      return;
    }
    out.push(...indentBy(lines, pad));
    height += formulaHeight(lines.join('\n')) + 0.5 * g.blockGap;
  };
  for (let i = item.open + 1; i < item.close; i += 1) {
    const t = tokens[i];
    if (!t || t.level !== level || t.nesting === -1 || !t.map) continue;
    const [from, to] = t.map;
    const source = lines.slice(from, Math.min(to, end)).map((l, k) => (from + k === start ? l.slice(content.length) : dedent(l, contentColumn)));
    if (t.type === 'paragraph_open' && !text) {
      text = true;
      // Pictures on lines of their own after the item's text ("Les mots-clés … en MAJUSCULES." over "![image](meme.png)"):
      // the step's pictures, shown after it, as a later paragraph of pictures is (they had stood in the item's line, at
      // their own size, and the slide overflowed at its smallest type).
      const pictured = trailingPictures(source);
      if (pictured > 0 && pictured < source.length) {
        codes.push({ kind: 'image', text: picturesOf(source.slice(-pictured)), line: from + source.length - pictured + 1 });
        source.splice(source.length - pictured);
      }
      // So are pictures on lines of their own within it, the item's text going on under them ("… a smaller spiral:" over
      // the picture, over "So we could define a spiral as…"): shown after the item, where they had been left to the notes.
      const within = source.flatMap((l, k) => (k > 0 && isPictureLine(l) ? [k] : []));
      if (within.length > 0) {
        codes.push({ kind: 'image', text: picturesOf(within.map((k) => source[k] ?? '')), line: from + (within[0] ?? 0) + 1 });
        for (const k of within.reverse()) source.splice(k, 1);
      }
      // A formula displayed on the lines right under the item's text ("2. The following model predicts…" over
      // "$$\log(\text{odds}) = …$$", no blank line between): the item's, shown under its point (the point's cut had left it
      // to the notes), as a formula under the item's text after a blank line is.
      const formulaAt = source.findIndex((l, k) => k > 0 && /^\s*\$\$/u.test(l));
      const under = formulaAt > 0 && displayedFormula.test(source.slice(formulaAt).join('\n')) ? source.splice(formulaAt) : [];
      const joined = source.join('\n');
      // A formula displayed as the item's text ("1. $$" over its rows): shown as written, rows and all.
      if (displayedFormula.test(joined)) {
        const [head = '', ...others] = source;
        out.push(head, ...indentBy(others, pad));
        height += formulaHeight(joined);
        continue;
      }
      // A line the author broke by hand ("…in the next commit you create \" over "**Note**: When you use…") ends the
      // item's point: what follows the break is a remark of its own, for the notes. (A formula's "\\" ends a row of it.)
      const segments = joined.includes('$$') ? [joined] : joined.split(/(?:\\|(?<! ) {2,})\n/u);
      const opening = segments.length > 1 && countWords(visibleText(segments[0] ?? '')) >= 3 ? (segments[0] ?? '') : source.join('\n');
      const shown = pointOf(hardBreaks(opening, 'markdown'), depth === 0 ? itemWords : nestedWords);
      lead = shown.lead;
      const size = depth === 0 ? 1 : 0.86;
      out.push(shown.point);
      height += proseHeight(shown.point, 1.05 * (depth + 1), size) + itemPictureHeight(shown.point);
      words += countWords(visibleText(shown.point));
      if (under.length > 0)
        formulaUnder(
          under.map((l) => l.trim()),
          from + formulaAt + 1,
        );
    } else if (t.type === 'paragraph_open' && displayedFormula.test(source.join('\n'))) {
      // A formula displayed under the item's text ("Linear Model - Weighted Sum of Components of the Input Vector :" over
      // its "$$" block): the item's, shown under it as its code is; it had gone to the notes, the item's colon over nothing.
      formulaUnder(source, from + 1);
    } else if (t.type === 'paragraph_open' && depth === 0 && picturesOnly(source.join('\n'))) {
      // The pictures a step shows ("1. Add the heat sinks…" over its photo): shown after it, as pictures of its own, with
      // the sentence that leads into them when it is a later paragraph of the item ("b. Place guard #3 as pictured below").
      if (said) codes.push(said);
      said = null;
      codes.push({
        kind: 'image',
        text: source
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join(' '),
        line: from + 1,
      });
      continue;
    } else if (t.type === 'paragraph_open' && depth === 0) {
      said = { kind: 'paragraph', text: source.join('\n').trim(), line: from + 1 };
      continue;
    } else if (t.type === 'table_open') {
      // A step's table (a lab's settings, "| Setting | Value |" under "specify the following settings"): shown after it,
      // as a table of its own, with the sentence that leads into it when that is a later paragraph of the item. (One
      // in an item of its own items, "The default value varies across OSes:" over its table, after the whole item.)
      if (said) codes.push(said);
      said = null;
      codes.push({ kind: 'table', text: source.join('\n').trim(), line: from + 1 });
      continue;
    } else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      if (depth >= 3) continue;
      if (apart) {
        codes.push({ kind: 'list', text: source.join('\n'), line: from + 1 });
        continue;
      }
      const nested = showList(source.join('\n'), depth + 1);
      codes.push(...nested.codes);
      out.push(...indentBy(nested.markdown.split('\n'), pad));
      height += nested.height;
      words += nested.words;
    } else if (t.type === 'blockquote_open' && /[:：]$/u.test(visibleText(out[0] ?? '').trim()) && out.length === 1 && said === null) {
      // A quotation the item's text leads into with its colon ("4. Explicitly adopt the “import compatibility rule”:" over
      // "> _If an old package and a new package have the same import path,_"): what the item says, shown under it; it had
      // gone to the notes, the item's colon over nothing.
      if (codeApart) {
        codes.push({ kind: 'quote', text: source.join('\n').trim(), line: from + 1 });
        continue;
      }
      out.push(...indentBy(source, pad));
      height += proseHeight(source.join(' ').replace(/^\s*>\s?/gmu, ''), 1.05 * (depth + 1), depth === 0 ? 1 : 0.86) + g.blockGap;
      words += countWords(visibleText(source.join(' ').replace(/^\s*>\s?/gmu, '')));
    } else if (t.type === 'fence' || t.type === 'code_block') {
      // Rebuilt from what Markdown makes of the block (a fence indented past the item's text loses that indentation too).
      const body = t.content.replace(/\n$/u, '').split('\n');
      const fence = t.type === 'fence' && t.markup.startsWith('~') ? '~'.repeat(Math.max(3, t.markup.length)) : fenceFor(t.content);
      const code = [`${fence}${t.type === 'fence' ? t.info : ''}`, ...body, fence];
      if (codeApart) {
        codes.push({ kind: 'code', text: code.join('\n'), line: from + 1 });
        continue;
      }
      out.push(...indentBy(code, pad));
      height += codeHeight(t.content.replace(/\n$/u, '').split('\n'));
    }
  }
  // The item's first line carries its marker; what follows is already indented under it. An item whose one thing is
  // shown after it (a table: "- | cat | `N` | free |…", a linguistics lecture's lexical entries) shows no marker alone:
  // a bare "-" under a line of text is Markdown's underline of a heading, and the line above it had been set as one.
  const [head = '', ...rest] = out;
  const markdown = out.length === 0 ? '' : [`${marker} ${head.trimStart()}`.trimEnd(), ...rest].join('\n');
  return { markdown, height: height + (depth === 0 ? g.itemGap : 0.25 * g.bodySize), words, lead, codes };
}

/** A whole list, shown: used for nested lists. */
function showList(source: string, depth: number): { markdown: string; height: number; words: number; codes: Block[] } {
  const lines = source.split('\n');
  const tokens = parser.parse(source, {});
  const open = tokens.findIndex((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open');
  if (open < 0) return { markdown: source, height: proseHeight(source, 1.05 * (depth + 1), 0.86), words: countWords(source), codes: [] };
  const ordered = tokens[open]?.type === 'ordered_list_open';
  const first = Number(tokens[open]?.attrGet('start') ?? 1);
  const delimiter = tokens[open + 1]?.markup === ')' ? ')' : '.';
  const shown = itemsOf(tokens, open).map((item, i) => showItem(lines, tokens, item, ordered ? `${first + i}${delimiter}` : '-', depth));
  return {
    markdown: shown
      .map((s) => s.markdown)
      .filter((m) => m !== '')
      .join('\n'),
    height: shown.reduce((n, s) => n + s.height, 0),
    words: shown.reduce((n, s) => n + s.words, 0),
    codes: shown.flatMap((s) => s.codes),
  };
}

const codeHeight = (lines: string[]): number => codeRows(lines) * g.codeLine + g.codePad;

/**
 * The height of code set at 22 px, the size the slide's fit takes it down to: a line per line where its longest fits
 * at that size (codeHeight counts such a block a little smaller than the theme's size already, codeScale, so that
 * size again 22/26 smaller came out at 20 px: thirteen lines of commands planned beside their lead-in ran 10 px past
 * the slide), else its wrapped rows.
 */
function codeHeightAtFloor(lines: string[]): number {
  const rows = codeScale(longestColumns(lines)) < 1 ? lines.length : codeDisplayLinesAtFloor(lines);
  return (rows * g.codeLine + g.codePad) * (22 / g.codeSize);
}

/** Display lines of code a slide holds in `room` px of body, beside a line of lead-in. */
export const codeLinesFor = (room: number): number => Math.max(4, Math.floor((room - g.bodyLine - g.codePad - g.blockGap) / g.codeLine));

/** Body room under a one-line title: what planning assumes where it does not know the title. */
const defaultRoom = (): number => g.bodyHeight - g.titleLine - g.titleExtra;

/** A line of comment in the usual languages (#, //, --, %), not a C preprocessor line. */
const comment = (line: string): boolean => /^\s*(?:#(?!include|define|if|ifdef|ifndef|endif|else|pragma|import|!|\[)|\/\/|--(?!-)|%)/u.test(line);

/** A line of a drawing that is a rule across it: border characters, with corners or bars ("+──────+", "|------|"). */
const drawnRule = /^\s*[|+.'`*]?[-─━═=_~]{3,}[|+.'`*]?\s*$|^\s*[+|][-─━═=_~+|]{3,}[+|]/u;

/**
 * A code block too long for one slide (more than `limit` + 2 rows: the
 * slide's fit takes code down to 22 px) -> parts of at most `limit` rows. Of all
 * the ways to cut it, the one that costs least: each part costs the same, so
 * there are as few as the cuts allow, and each cut costs by where it falls:
 * nothing at a blank line, little before a top-level statement (a line at the
 * block's least indentation), more before a statement one level in or after a
 * comment's sentence, much anywhere else, and most inside a /* … *\/ comment.
 * A part far from the even length costs a little more, so parts come out
 * even. The code itself is untouched. Linear in the block's lines (each cut
 * looks back at most a slide's rows).
 */
export function splitCode(lines: string[], limit: number, gaps: number[] = [], drawing = false, firstLimit = limit): string[][] {
  // A block a little over the limit stays whole: the slide's fit takes code down to 22 px.
  if (codeRows(lines) <= firstLimit + codeSlack(codeScale(longestColumns(lines)))) return [lines];
  const rest = lines.flatMap((line) => pagesOfLine(line, limit));
  const lineColumns = rest.map(codeColumnsIn);
  const n = rest.length;
  // Rows shown by the lines before each line (one pass: a listing of thousands of lines is not read again at each cut).
  const upTo = [0];
  rest.forEach((line, k) => upTo.push((upTo[k] ?? 0) + codeDisplayLines([line])));
  const rows = (from: number, to: number): number => (upTo[to] ?? 0) - (upTo[from] ?? 0);
  const blank = rest.map((l) => l.trim() === '');
  const floor = least(rest.filter((l) => l.trim() !== '').map(columnsOf));
  // Lines that open inside a C-style block comment ("/* Load magic initialization constants." … "*/"): no cut there.
  const inComment: boolean[] = [];
  for (let i = 0, open = false; i < n; i += 1) {
    inComment.push(open);
    const line = rest[i] ?? '';
    const opened = line.lastIndexOf('/*');
    if (opened >= 0 || open) open = line.lastIndexOf('*/') < (opened >= 0 ? opened : 0) || (opened < 0 && !line.includes('*/'));
  }
  // The runs of lines drawn in characters: each line's run, and each run's length (in a listing of text and pictures;
  // a drawing of its own is all picture, cut where its parts come out even).
  const artRun: (number | undefined)[] = [];
  const artRuns: number[] = [];
  rest.forEach((l, k) => {
    if (drawing || !artLine(l)) return;
    const run = artRun[k - 1] ?? artRuns.push(0) - 1;
    artRun[k] = run;
    artRuns[run] = (artRuns[run] ?? 0) + 1;
  });
  // How many round and square brackets are open at each line's start (strings and line comments aside): a cut there
  // would part an expression's lines ("With(x," over "subst3(xdef, i, v)," over "body)").
  const openBrackets: number[] = [];
  for (let i = 0, depth = 0; i < n; i += 1) {
    openBrackets.push(depth);
    const code = (rest[i] ?? '').replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`/gu, '').replace(/(?:\/\/|#\s|--\s).*$/u, '');
    for (const ch of code) depth = Math.max(0, depth + (ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0));
  }
  // An interactive session (Python's ">>> " and "... ", IPython's "In [3]:"): each prompt opens a statement and its
  // output, and a traceback, from its "Traceback (most recent call last):" to the exception it names, is one thing.
  const session = rest.some((l) => sessionPrompt.test(l));
  const inTraceback = session ? tracebackLines(rest) : [];
  /** What a cut before line `i` costs. */
  const cutCost = (i: number): number => {
    const line = rest[i] ?? '';
    const before = rest[i - 1] ?? '';
    if (inComment[i]) return 60;
    // Never after a patch's file or hunk header ("--- gettext.m4.bak", "+++ gettext.m4", "@@ -46,12 +46,13 @@", and the
    // context line of a space alone under it): the header had stood alone, the lines it heads on the next slide.
    if (/^(?:--- |\+\+\+ |@@ -\d)/u.test(before) || (before.trim() === '' && /^@@ -\d/u.test(rest[i - 2] ?? ''))) return 90;
    if (session) {
      if (inTraceback[i]) return 40;
      // Before a prompt, or between a statement and the traceback or chained exception it led to.
      if (sessionPrompt.test(line)) return 0;
      if (tracebackStart.test(line) || /^(?:During handling|The above exception)\b/u.test(line)) return 1;
      // Inside a statement (its "... " lines), or inside what it printed.
      return /^\.\.\.(?:\s|$)/u.test(line) ? 30 : 12;
    }
    if ((openBrackets[i] ?? 0) > 0) return blank[i - 1] === true ? 30 : 50;
    // A drawing is cut under one of its rules ("+──────+", the border between two boxes of a memory layout), so that
    // each part ends with a box closed, not in the middle of one.
    if (drawing) return drawnRule.test(before) ? 0 : drawnRule.test(line) ? 4 : 12;
    // Nor between two lines of a picture drawn in characters (a banner's big letters in a README's example output), where
    // the picture fits one part.
    if (artRun[i] !== undefined && artRun[i] === artRun[i - 1] && (artRuns[artRun[i] ?? 0] ?? 0) <= limit) return 60;
    // A blank line: nothing, before a top-level statement; a little inside a definition, where it parts two steps of one
    // body ("Ok(())" after a loop in a function), which is better cut before the definition.
    if (blank[i - 1] === true) return columnsOf(line) > floor + 4 ? 3 : 0;
    // Right after a line that opens what follows ("int main(void)" over "{", "def f(x):", "if (a) {", "const App = () => ("):
    // the opening would end one slide and what it opens begin the next.
    // (So does a preprocessor's condition, "#ifdef CONFIG_DEBUG_LOCK_ALLOC" over the lines it holds; and a cut before its
    // "#endif" or "#else" parts the lines from what closes them.)
    if (/(?:[{([:]|=>|\b(?:then|do|begin))\s*$/u.test(before) || /^\s*#\s*(?:if|ifdef|ifndef|elif|else)\b/u.test(before)) return 20;
    if (/^\s*#\s*(?:endif|else|elif)\b/u.test(line)) return 20;
    // Nor after what goes before a definition: a decorator or annotation ("@app.route('/')", "@Override", Rust's
    // "#[derive(Debug)]" over "struct Work", C#'s "[Serializable]"), or a return type on a line of its own (C's "int"
    // over "main(void)", "static void").
    if (/^\s*(?:@|#!?\[)|^\s*\[\p{Lu}\w*(?:\(.*\))?\]\s*$/u.test(before) || (declarationPrefix.test(before) && !blockEnd.test(before))) return 20;
    // A line that closes a bracket ends what the lines before it opened; one that opens a brace alone ("{" under
    // "class BeforeMiddleware") goes on the line before it.
    const opener = line.trim() !== '' && !/^\s*[{)}\]]/u.test(line) && !comment(before);
    // A statement, not after a comment: a comment belongs with the code it comes before. Best where a definition opens
    // ("class TerminatingMiddleware", "def push(self):"); worse inside a run of like statements ("use …" over "use …").
    const defines = definitionOpening.test(line);
    const sameRun = firstWord(line) !== '' && firstWord(line) === firstWord(before);
    if (opener && columnsOf(line) === floor) return defines ? 1 : sameRun ? 8 : 2;
    // A statement one level in ("    LOCAL", "  def push(self):" in a class).
    if (opener && columnsOf(line) <= floor + 4) return defines ? 6 : 10;
    // Inside a long run of comments, after one of its sentences or an empty comment line; not where the run ends and the
    // code it heads begins (a function's header comment over "predict_tree <- function(tree, x_new) {").
    if (comment(before) && /[.!?:]\s*$|^\s*(?:#|\/\/|--|%)\s*$/u.test(before)) return comment(line) ? 6 : 30;
    return 20;
  };
  const partCost = 8;
  // Each cut's cost, once (the search looks at each line as a cut for every part that could end after it).
  const cuts = rest.map((_, i) => (i > 0 ? cutCost(i) : 0));
  // A part of closing brackets alone ("}", "  );") shows nothing of its own: no part. Lines of code of their own before
  // each line (prefix sums), so a part's count is a subtraction.
  const ownBefore = [0];
  rest.forEach((l, k) => ownBefore.push((ownBefore[k] ?? 0) + (blank[k] === true || /^\s*[)}\]][)}\];,\s]*$/u.test(l) ? 0 : 1)));
  const closersOnly = (from: number, to: number): boolean => (ownBefore[to] ?? 0) - (ownBefore[from] ?? 0) === 0;
  // Cuts that cost nothing before each line (prefix sums): a part with none inside it is one whole (a definition).
  const free = [0];
  cuts.forEach((c, k) => free.push((free[k] ?? 0) + (k > 0 && c === 0 && blank[k] !== true && !closersOnly(k, k + 1) ? 1 : 0)));
  const freeBefore = (k: number): number => free[k] ?? 0;
  const all = upTo[n] ?? 0;
  const even = all / Math.ceil(all / limit);
  // best[j]: the least cost of parts covering lines 0..j-1, with the cut before j; from[j] where its last part starts.
  const best = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let j = 1; j <= n; j += 1) {
    // A part ends before a line that is not blank (its trailing blank lines go with the gap), or at the end.
    if (j < n && blank[j] === true) continue;
    // The part's shown lines end before the blank lines that end it.
    let end = j;
    while (end > 0 && blank[end - 1] === true) end -= 1;
    // The part's longest line: a part whose lines would wrap at the theme's size but fit at 22 px is set that much
    // smaller, its rows that much shorter (codeScale), as the slide's fit sets each block.
    let longest = 0;
    for (let i = j - 1; i >= 0; i -= 1) {
      // The first part shares its slide with the sentence that leads into it; the others have their slides' room.
      const room = i === 0 ? firstLimit : limit;
      const last = Math.max(end, i);
      if (i < last) longest = Math.max(longest, lineColumns[i] ?? 0);
      const scale = codeScale(longest);
      const shown = scale < 1 ? (last - i) * scale : rows(i, last);
      // A line alone may be a row or two over (pagesOfLine keeps such a line whole): it is its own part. So may the
      // block's last lines after a blank line, and a part that is one whole between blank lines with no such line inside
      // it (a function, a class): the slide's fit sets it a little smaller rather than cut its closing brace or body.
      if (last - i > 1) {
        // No part from further back fits either: at 22 px, its lines alone are more than the room holds.
        if (((last - i) * 22) / g.codeSize > limit + 2) break;
        if (shown > room + codeSlack(scale)) continue;
        // So may a part of one line and the brackets it closes ("…concat(parameters('serverName')))]\"" over "]", "}", "]").
        const lastWhole = j === n && i > 0 && cuts[i] === 0;
        const whole = lastWhole || (end < j && (i === 0 || cuts[i] === 0) && freeBefore(last) - freeBefore(i + 1) === 0);
        if (shown > room && !whole && !closersOnly(i + 1, last)) continue;
      }
      if (shown === 0 || (i > 0 && blank[i] === true)) continue;
      // Parts near the even length: 22 rows in a room of 10 are 8 + 6 + 8, not 4 + 8 + 10.
      const uneven = Math.abs(shown - even) / even + (shown < even / 2 ? 2 : 0) + (shown > room ? 3 : 0);
      // A part of closing brackets alone only where there is no other way: a JSON document that ends in six of them under
      // a line too wide to share a part with them all in a small room.
      const cost = (best[i] ?? Number.POSITIVE_INFINITY) + partCost + (cuts[i] ?? 0) + uneven + (closersOnly(i, last) ? 200 : 0);
      // Of equal ways, the one whose last part is longest: the earlier parts as even as the room makes them, the rest after.
      if (cost <= (best[j] ?? Number.POSITIVE_INFINITY)) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  // No way within the room (cannot happen: every line fits a part, pagesOfLine saw to that, and may be one): the block whole.
  if (!Number.isFinite(best[n] ?? Number.POSITIVE_INFINITY)) return [lines];
  const starts: number[] = [];
  for (let j = n; j > 0; j = from[j] ?? 0) starts.unshift(from[j] ?? 0);
  const parts: string[][] = [];
  let previousEnd = 0;
  starts.forEach((start, k) => {
    let end = starts[k + 1] ?? n;
    while (end > start && blank[end - 1] === true) end -= 1;
    let first = start;
    while (first < end && blank[first] === true) first += 1;
    parts.push(rest.slice(first, end));
    // The blank lines left out before this part: after the last one's code.
    gaps.push(k === 0 ? 0 : first - previousEnd);
    previousEnd = end;
  });
  return parts;
}

/** A prompt of an interactive session: Python's (">>> ", and "... " under it), IPython's ("In [3]:"). */
const sessionPrompt = /^(?:>>>|In \[\d*\]:)(?:\s|$)/u;

/** The line that opens a Python traceback (an exception group's too: "  + Exception Group Traceback …"). */
const tracebackStart = /^[\s+|]*(?:Exception Group )?Traceback \(most recent call last\):/u;

/**
 * For each line, whether it is inside a traceback: after its "Traceback (most recent call last):", up to and with the
 * exception's line. Its frames are indented ("  File …", "    raise …") or drawn ("  | …", "  +-+---"); the
 * exception's line is not.
 */
function tracebackLines(lines: string[]): boolean[] {
  let open = false;
  return lines.map((line) => {
    const inside = open && !tracebackStart.test(line);
    if (tracebackStart.test(line)) open = true;
    else if (open && line.trim() !== '' && !/^\s/u.test(line)) open = false;
    return inside;
  });
}

/** A line drawn in characters: four or more, most of them strokes ("| |_| / _ \\ | |", " _   _      _ _"). */
const artLine = (line: string): boolean => {
  const marks = line.replace(/\s/gu, '');
  return marks.length >= 4 && (marks.match(/[|_\\/()<>'`.,\-=+*#~^]/gu)?.length ?? 0) >= marks.length * 0.6;
};

/** A line that opens a definition: a class, a function, a type, a module (with the words that may come before). */
const definitionOpening =
  /^\s*(?:(?:export|public|private|protected|internal|static|abstract|final|async|pub(?:\([\w:]+\))?|extern|inline|virtual|override|default|unsafe|open|sealed|data)\s+)*(?:class|def|function|fn|func|fun|struct|interface|impl|trait|enum|module|namespace|object|record|protocol|extension|sub|proc|procedure|routine|type|union|macro|defmacro|defn|defun)\b/u;

/**
 * A line of one to three bare words ("int", "static void", "public", "std::string"): the start of a declaration the
 * next line goes on. A word with a single colon is a key and its value ("kind: Pod" in YAML), a whole statement.
 */
const declarationPrefix = /^\s*[A-Za-z_](?:[\w<>*&]|::)*(?:\s+[A-Za-z_*&](?:[\w<>*&]|::)*){0,2}\s*$/u;

/** A line of a bare word that ends a block or a statement ("end", "fi", "done", "return", "pass"). */
const blockEnd = /^\s*(?:end\w*|fi|done|esac|pass|break|continue|return|next|redo|retry|nil|null|true|false|None|else|elif|otherwise)\s*$/u;

/** A line's first word ("use", "import", "#include"), or nothing for a line of punctuation or a blank one. */
const firstWord = (line: string): string => /^\s*(#?[A-Za-z_][\w-]*)/u.exec(line)?.[1] ?? '';

/**
 * A line of code that wraps to more rows than a slide holds (a minified
 * script, a data: URL) -> pieces of `limit` rows each and the rest, cut
 * after a space where there is one: each piece fills a slide of its own,
 * and together they are the line, character for character. Any other line
 * -> itself.
 */
function pagesOfLine(line: string, limit: number): string[] {
  if (codeDisplayLines([line]) <= limit + 2) return [line];
  const pieces: string[] = [];
  let rest = line;
  while (codeDisplayLines([rest]) > limit) {
    // The longest prefix that wraps to `limit` rows (rows grow with the prefix), ending after a space if one is near its end.
    let low = 1;
    let high = rest.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (codeDisplayLines([rest.slice(0, mid)]) <= limit) low = mid;
      else high = mid - 1;
    }
    const space = rest.lastIndexOf(' ', low - 1);
    const cut = space > low * 0.8 ? space + 1 : low;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return rest === '' ? pieces : [...pieces, rest];
}

/** Whether `part` is `lines` without the blank lines at their ends (and there were some). */
function withoutBlankEnds(part: string[], lines: string[]): boolean {
  let from = 0;
  let to = lines.length;
  while (from < to && (lines[from] ?? '').trim() === '') from += 1;
  while (to > from && (lines[to - 1] ?? '').trim() === '') to -= 1;
  return (from > 0 || to < lines.length) && part.length === to - from && part.every((line, k) => line === lines[from + k]);
}

/** A fenced or indented code block -> its info string and lines. */
function codeOf(text: string): { info: string; lines: string[]; fenced: boolean } {
  const lines = text.split('\n');
  const open = /^ {0,3}(`{3,}|~{3,})(.*)$/u.exec(lines[0] ?? '');
  if (!open) return { info: '', lines: lines.map((l) => dedent(l, 4)), fenced: false };
  const indent = columnsOf(lines[0] ?? '');
  const closes =
    lines.length > 1 && new RegExp(`^\\s*${open[1]?.[0] === '`' ? '`' : '~'}{${open[1]?.length ?? 3},}\\s*$`, 'u').test(lines[lines.length - 1] ?? '');
  return { info: (open[2] ?? '').trim(), lines: lines.slice(1, closes ? -1 : undefined).map((l) => dedent(l, indent)), fenced: true };
}

/** Part `i` of a code block or a table split over slides: a later part is a cheaper place to break than a new block. */
function visualPart(markdown: string, height: number, b: number, i: number): Unit {
  return {
    kind: 'visual',
    markdown,
    height,
    words: 0,
    noteKey: `${b}:${i}`,
    noteText: '',
    block: b,
    lead: null,
    keepWithNext: false,
    breakCost: i === 0 ? 1 : 2,
    listItem: false,
  };
}

function codeUnits(block: Block, b: number, room = defaultRoom(), ledIn?: number, opens = false): Unit[] {
  // (`ledIn`: the height of the sentence that leads into it, which shares its slide; else a line of text may. `opens`:
  // nothing is shown before it under its heading.)
  const beside = ledIn ?? g.bodyLine + g.blockGap;
  const code = codeOf(block.text);
  // A block with no code in it (an exercise's empty editor, ```{r q2, exercise=TRUE} over nothing) shows nothing.
  if (code.lines.every((line) => line.trim() === '')) return [];
  // A Mermaid diagram is a picture the page draws: planned as one, never cut, set as large as its slide leaves room for.
  if (isMermaid(code.info)) return [visualPart(block.text, Math.min(pictureHeight, room - Math.max(beside, g.bodyLine + g.blockGap) - g.blockGap), b, 0)];
  // A drawing is one picture: never cut between slides (unless it is taller than one and a half slides), its lines never
  // wrapped; where it is taller or wider than the room, the slide's fit sets it smaller.
  if (isDrawing(code.info, code.lines)) {
    const natural = code.lines.length * g.codeLine + g.codePad;
    // It shares its slide with the sentence that leads into it ("Before move to `s2`:"), set smaller where need be.
    // (A drawing indented as code, not fenced, is fenced: a slide's body is set at the margin, where its lines would read
    // as paragraphs, "Regular pointer" over "+------+-----+" run together.)
    const shown = code.fenced ? block.text : fenced(code.lines.join('\n'), code.info);
    const besideRoom = room - Math.max(beside, g.bodyLine + g.blockGap) - g.blockGap;
    if (natural <= room * 1.6) return [visualPart(shown, Math.min(natural, besideRoom), b, 0)];
    // (Nor one that fits its room at the least size a drawing is read at, 14 px, beside its lead-in or, where nothing leads
    // into it, alone on its slide: a flow graph of 22 lines, its boxes joined by lines, had been cut in two, its branches
    // on one slide and where they meet on the next.)
    const ownRoom = ledIn === undefined ? room - g.blockGap : besideRoom;
    if (natural * (drawingFloor / g.codeSize) <= ownRoom) return [visualPart(shown, ownRoom, b, 0)];
  }
  // Lines the first part holds beside its lead-in (a lead-in of several lines leaves fewer; codeLinesFor counts one), and
  // the others on slides of their own, under a line of the text at most (the point a part ends before or opens after).
  // A drawing taller than that is cut into parts planned at 18 px (the slide's fit sets a drawing as small as 14 px, as
  // a picture): a memory layout of 50 lines was seven slices of seven lines, each slide half empty.
  const line = isDrawing(code.info, code.lines) ? g.codeLine * (18 / g.codeSize) : g.codeLine;
  const firstLimit = Math.max(4, Math.floor((room - Math.max(beside, g.bodyLine + g.blockGap) - g.codePad) / line));
  // A later part stands on a slide of its own (the text after the block goes on under the last part, or to the next
  // slide): it takes the slide's room. Kept a line short of it, a listing of 37 lines had been cut into six parts, each
  // slide a third empty.
  const limit = Math.max(firstLimit, Math.floor((room - g.codePad) / line));
  const cutGaps: number[] = [];
  const cut = code.lines.length > 0 ? splitCode(code.lines, limit, cutGaps, isDrawing(code.info, code.lines), firstLimit) : [[]];
  // A part kept a line or two over what the room holds (splitCode) takes the room beside its lead-in (`beside`, px), or
  // for a later part the slide's whole room: the slide's fit sets it a little smaller.
  const most = (i: number): number => room - (i === 0 ? beside : 0) - 1;
  // Parts cut for the theme's size that together fit a slide at 22 px, the size the slide's fit takes code down to, are
  // one part (at the cuts splitCode chose, its blank lines kept): a C listing of 23 lines had stood in parts of 10, 8
  // and 5, each slide half empty. Such a part is planned at that size, and its slide's other text as much smaller.
  const floor = 22 / g.codeSize;
  const joined = isDrawing(code.info, code.lines)
    ? { parts: cut, gaps: cutGaps }
    : joinedAtFloor(cut, cutGaps, (lines, i) => codeHeightAtFloor(lines) <= most(i));
  // Fewer parts still where the listing is cut for 22 px from the start: the parts cut for the theme's size may not
  // join two by two where the cuts fall badly (a solver of 18 lines, a few of them long, had stood in parts of 5, 6 and
  // 7 lines, three slides each a third full, where two parts of 9 fit at 22 px).
  const fewer = joined.parts.length > 1 && !isDrawing(code.info, code.lines) ? (fewerAtFloor(code.lines, limit, firstLimit, most, joined) ?? joined) : joined;
  // A first part of a line or two beside the lead-in, the rest a slide's worth ("async function f() {" over the body
  // it opens, cut at the blank line after it) shows nothing whole: the listing stays one, on a slide of its own if need be.
  const opener = fewer.parts.length === 2 && (fewer.parts[0] ?? []).filter((l) => l.trim() !== '').length <= 2;
  // So does a listing that opens its section, cut in two only for a line of text it does not have, where the whole fits
  // the slide at 22 px: an Indonesian module's sixteen lines of Python types under their heading had stood in two parts.
  const alone = opens && fewer.parts.length === 2 && !isDrawing(code.info, code.lines) && codeHeightAtFloor(code.lines) <= room - 1;
  const oneListing = (opener && codeHeight(code.lines) <= room - 1) || alone;
  const { parts, gaps } = oneListing ? { parts: [code.lines], gaps: [] } : fewer;
  // (Planned at its own height, which the room beside its lead-in does not hold: the packer sets the lead-in apart or
  // the two on a slide of their own.)
  const cap = (i: number): number => (oneListing ? room - 1 : most(i));
  return parts.map((part, i) => {
    // (Shown as written only where the part is all of it: one cut at blank lines from its ends, "```ALGOL" over a blank
    // line, thirteen lines and two blank ones, had been planned for its thirteen and shown with all sixteen, clipped.)
    const whole = parts.length === 1 && code.fenced && !withoutBlankEnds(part, code.lines);
    const body = part.join('\n');
    const natural = codeHeight(part);
    const small = natural > cap(i) && codeHeightAtFloor(part) <= cap(i);
    const height = small ? codeHeightAtFloor(part) : Math.min(natural, Math.max(cap(i), g.codeLine * 4));
    const unit: Unit = { ...visualPart(whole ? block.text : fenced(body, code.info), height, b, i), ...(small ? { scale: floor } : {}) };
    return i > 0 && code.fenced ? { ...unit, codeGap: gaps[i] ?? 0 } : unit;
  });
}

/**
 * The listing cut for a few rows more of room than the theme's size leaves (as the slide's fit finds it, setting code as
 * small as 22 px): its parts and gaps where they are fewer than `than`'s and each fits its slide at 22 px (`most(i)`,
 * px), else null.
 */
function fewerAtFloor(
  lines: string[],
  limit: number,
  firstLimit: number,
  most: (i: number) => number,
  than: { parts: string[][] },
): { parts: string[][]; gaps: number[] } | null {
  // Rows the room holds at 22 px over what it holds at the theme's size, and a wrapped line's rows fewer there; the
  // first part, beside its lead-in, gains as much less as its room is smaller (a server's listing of 50 lines cut for
  // 13 rows beside its lead-in had been refused, the first part too tall at 22 px, and stood in five parts).
  const more = Math.ceil(limit * (g.codeSize / 22 - 1)) + 2;
  for (let extra = 1; extra <= more; extra += 1) {
    const gaps: number[] = [];
    const parts = splitCode(lines, limit + extra, gaps, false, firstLimit + Math.floor((extra * firstLimit) / limit));
    if (parts.length < than.parts.length && parts.every((part, i) => codeHeightAtFloor(part) <= most(i))) return { parts, gaps };
  }
  return null;
}

/**
 * Parts of a listing joined where two or more in a row fit one slide (`fits(lines, index)`, the index the joined part
 * takes), their blank lines between them kept; the gaps before each part that stays a part of its own.
 */
function joinedAtFloor(parts: string[][], gaps: number[], fits: (lines: string[], i: number) => boolean): { parts: string[][]; gaps: number[] } {
  if (parts.length < 2) return { parts, gaps };
  const joined: string[][] = [];
  const kept: number[] = [];
  parts.forEach((part, k) => {
    const last = joined[joined.length - 1];
    const together = last ? [...last, ...Array.from({ length: gaps[k] ?? 0 }, () => ''), ...part] : null;
    if (last && together && fits(together, joined.length - 1)) joined[joined.length - 1] = together;
    else {
      joined.push(part);
      kept.push(gaps[k] ?? 0);
    }
  });
  return { parts: joined, gaps: kept };
}

/** A table row's cells as written, trimmed (a row's outer pipes are no cells; an escaped pipe stays in its cell). */
export const rowCells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '')
    .split(/(?<!\\)\|/u)
    .map((c) => c.trim());

/** A table row's cells as shown, each as its lines (an escaped pipe is text; `<br>` breaks a line). */
export const cellsOf = (row: string): string[][] => rowCells(row).map((c) => c.split(/<br\s*\/?>/iu).map((line) => visibleText(line.trim())));

/**
 * The width (em, at a table's type) each column of a table takes, as a
 * browser's automatic layout sets it, and the type scale the slide's fit sets
 * the table at: every column as wide as its widest cell where they all fit
 * the slide (scale 1), else as below.
 */
function columnWidths(rows: string[]): { widths: number[]; scale: number; crowded: boolean } {
  const natural: number[] = [];
  // The widest word of each column: a cell is never narrower (its words stay whole, theme/slide.css).
  const least: number[] = [];
  for (const row of rows) {
    cellsOf(row).forEach((cell, i) => {
      // (A formula as wide as it shows, "$\rightarrow$" an arrow, not its TeX; one word however many spaces it holds.)
      natural[i] = Math.max(natural[i] ?? 0, ...cell.map((line) => shownWidth(line) + 0.01));
      // (Its least width: a formula's widest piece between the relations and operators a browser breaks it at.)
      least[i] = Math.max(least[i] ?? 0, ...cell.flatMap((line) => shownWordWidths(line, true).map((width) => width + 0.01)));
    });
  }
  const padding = 1.4;
  /** The slide's width in em of the table's type set at `scale`, less the cells' padding. */
  const roomAt = (scale: number): number => g.width / (g.bodySize * 0.8 * scale) - padding * natural.length;
  const sum = natural.reduce((n, w) => n + w, 0);
  if (sum <= roomAt(1)) return { widths: natural, scale: 1, crowded: false };
  // A table wider than the slide: the slide's fit (client/fit.ts) sets its type a little smaller (a table of eight
  // columns fitted at 0.88 to 0.91), and smaller still, down to 0.78, where its widest words need it. At that size it is
  // laid out as a browser lays out a table too wide for its room: each column its widest word, and the room left over
  // shared by how much wider each column's cells would be unwrapped (a column of ticks keeps its width; long notes
  // wrap). Planned at full size, a README's table of eight columns and three rows had been cut after its second row, on
  // a slide a third empty.
  const floor = least.reduce((n, w) => n + w, 0);
  const room = roomAt(tableFit);
  // (Crowded where its words do not fit whole even at the least size: the browser breaks them, "Te st Na me".)
  if (floor >= room)
    return { widths: least, scale: Math.max(0.78, g.width / (g.bodySize * 0.8 * (floor + padding * natural.length))), crowded: floor > roomAt(0.78) };
  return { widths: natural.map((w, i) => (least[i] ?? 0) + ((w - (least[i] ?? 0)) * (room - floor)) / (sum - floor)), scale: tableFit, crowded: false };
}

/** The type scale a table wider than the slide is planned at (the slide's fit sets it so). */
const tableFit = 0.88;

/** A column's heading as a record (recordOf) shows it beside the row's cell: in bold, unless it carries markup of its own. */
export const fieldLabel = (name: string): string => (name === '' || /[*_`<]/u.test(name) ? name : `**${name}**`);

/**
 * A row of a table too wide for a slide as a table of its own, turned on its side: the first column's heading and the
 * row's first cell over a line per column, its heading and the row's cell ("| Type | Parametric |"), empty cells left
 * out. Null where the row has no cell after its first.
 */
function recordOf(heading: string, row: string): string | null {
  const names = rowCells(heading);
  const cells = rowCells(row);
  const fields = cells.slice(1).flatMap((cell, i) => (cell === '' ? [] : [`| ${fieldLabel(names[i + 1] ?? '')} | ${cell} |`]));
  return fields.length === 0 ? null : [`| ${names[0] ?? ''} | ${cells[0] ?? ''} |`, '| --- | --- |', ...fields].join('\n');
}

/** A table too tall for a slide -> parts with the header repeated; the first part leaves room for its lead-in (`beside`, px). */
function tableUnits(block: Block, b: number, beside = 0, slideRoom = defaultRoom()): Unit[] {
  const lines = block.text.split('\n');
  const header = lines.slice(0, 2);
  const rows = lines.slice(2);
  const { widths, scale, crowded } = columnWidths([header[0] ?? '', ...rows]);
  // A table of many columns whose words do not fit a slide's width even set smaller ("Te st Na me" over a statistics
  // cheat sheet's ten columns, a test a row): each row is a table of its own on its side, a line per column, as a
  // lecturer shows one such record a slide (or a few where they fit), each named by its row's first cell.
  const records = crowded && rowCells(header[0] ?? '').length >= 4 ? rows.map((row) => ({ row, record: recordOf(header[0] ?? '', row) })) : [];
  if (records.length > 0 && records.every((r) => r.record !== null)) {
    let part = 0;
    return records.flatMap(({ row, record }, k) =>
      tableUnits({ ...block, text: record ?? '' }, b, k === 0 ? beside : 0, slideRoom).map((unit, i) => ({
        ...unit,
        noteKey: `${b}:${part++}`,
        breakCost: i === 0 ? 1 : 2,
        record: row,
      })),
    );
  }
  const rowHeight = (row: string): number => {
    const cells = cellsOf(row);
    // A picture in a cell (a contributor's face, an icon) stands three lines high, a placeholder's words or an image: its
    // alt text alone had planned a README's table of 35 faces at a line a face, and its slide overflowed.
    const pictures = cellsOf(row.replace(/!\[/gu, '\u0001[')).map((c) => c.join('\n').split('\u0001').length - 1);
    // Its lines at the table's type (0.8 em), and its cells' padding above and below (0.2 em each, theme/slide.css).
    const lines = Math.max(
      1,
      ...cells.map((c, i) => c.reduce((n, line) => n + wrappedLines(line, widths[i] ?? 4, undefined, true), 0) + 2 * (pictures[i] ?? 0)),
    );
    return (lines * g.bodyLine * 0.8 + 0.4 * 0.8 * g.bodySize) * scale;
  };
  // Each part's slide has the section's title (room for it), "(cont.)" after it on the next ones: where that takes a
  // second line, the slide's fit sets the table a little smaller (a 13-row table of one-line rows was cut in three parts
  // of four rows, each slide a third empty, by keeping room for a title of two lines that none of them had).
  const room = slideRoom - rowHeight(header[0] ?? '');
  const heights = rows.map(rowHeight);
  const total = heights.reduce((n, h) => n + h, 0);
  // The first part shares its slide with the lead-in: a table that fits a slide but not beside its lead-in is split
  // too, so the sentence that introduces it stays with its first rows (not alone on a slide before it).
  const besideLead = slideRoom - (beside + g.blockGap) * scale - rowHeight(header[0] ?? '');
  // A short table that goes over beside its lead-in by a little (a row or so: the estimate of its cells' widths is a
  // little wide) stays whole, set a little smaller by the slide's fit: four rows cut two and two read worse, and so do
  // a language's seven simple types cut four and three, each slide half empty.
  const slightly = rows.length <= 12 && total <= besideLead + rowHeight(rows[0] ?? '') * 1.2;
  const split = total > room || (beside > 0 && total > besideLead && !slightly);
  const firstRoom = split ? Math.min(room, besideLead) : room;
  const cut = (most: number): string[][] => {
    const parts: string[][] = [];
    let current: string[] = [];
    let used = 0;
    rows.forEach((row, k) => {
      const h = heights[k] ?? 0;
      if (current.length > 0 && used + h > Math.min(most, parts.length === 0 ? firstRoom : room)) {
        parts.push(current);
        current = [];
        used = 0;
      }
      current.push(row);
      used += h;
    });
    parts.push(current);
    return parts;
  };
  // Parts of about even height (nine rows are 3 + 3 + 3, not 3 + 3 + 2 + 1): the least height a part may take that
  // needs no more parts than filling each slide does.
  const greedy = cut(Number.POSITIVE_INFINITY);
  let parts = greedy;
  if (greedy.length > 1) {
    // As many parts, cut at the row boundaries nearest to even shares of the height; kept where each part fits its slide.
    const count = greedy.length;
    const even: string[][] = [];
    let start = 0;
    let sum = 0;
    let used = 0;
    for (let k = 1; k < count; k += 1) {
      const goal = (total * k) / count;
      let end = start + 1;
      sum += heights[start] ?? 0;
      while (end < rows.length - (count - k) && Math.abs(sum + (heights[end] ?? 0) - goal) <= Math.abs(sum - goal)) sum += heights[end++] ?? 0;
      even.push(rows.slice(start, end));
      start = end;
    }
    even.push(rows.slice(start));
    const fits = even.every((part, i) => {
      const h = part.reduce((n) => n + (heights[used++] ?? 0), 0);
      return part.length > 0 && (part.length === 1 || h <= (i === 0 ? firstRoom : room));
    });
    if (fits) parts = even;
  }
  return parts.map((part, i) => ({
    ...visualPart(
      parts.length === 1 ? block.text : [...header, ...part].join('\n'),
      rowHeight(header[0] ?? '') + part.reduce((n, r) => n + rowHeight(r), 0) + g.blockGap * scale,
      b,
      i,
    ),
    ...(scale < 1 ? { scale } : {}),
  }));
}

/** Environments whose rows are set apart by \\jot as well as the line's height. */
const alignFamily = /^(?:align|aligned|gather|gathered|eqnarray|split|multline|alignat|alignedat|flalign)\*?$/u;
const fractionRow = /\\(?:[dt]?frac|over|[dt]?binom)(?![A-Za-z])/u;

/**
 * An operator whose limits display style sets under and over it ("\sum_{j=0}^{m-1}"); a limit, a maximum or a
 * supremum, whose subscript under it is short; an integral, whose limits stand beside it.
 */
const underLimits = /\\(?:sum|prod|coprod|bigcup|bigcap|bigoplus|bigotimes)(?![A-Za-z])\s*(?:\\limits)?\s*[_^]/u;
const limitRow = /\\(?:lim|max|min|sup|inf|argmax|argmin)(?![A-Za-z])\s*(?:\\limits)?\s*_/u;
const integral = /\\(?:int|iint|iiint|oint)(?![A-Za-z])/u;

/** A row of a formula: a line and a half, more with a fraction or limits, or the tallest environment in it. */
const rowHeight = (row: string, base: number, inner: number): number => {
  // An integral's limits stand beside it, as tall as a fraction with one.
  const tall = underLimits.test(row) ? 45 : integral.test(row) ? (fractionRow.test(row) ? 40 : 25) : fractionRow.test(row) || limitRow.test(row) ? 30 : 0;
  return Math.max(base + tall, inner);
};

/**
 * The height of a display formula, in px. Environments nest: an
 * environment's height is the sum of its rows (its \\ or \cr breaks), a
 * row's the tallest environment in it, so matrices side by side ("A x = y")
 * count once, and a matrix inside an aligned row counts as that row.
 * Without an environment: a row per line of TeX between the delimiters.
 */
function formulaHeight(text: string): number {
  // Several displayed formulas, a line each ("$$Q = …$$" over "$$\Downarrow$$" over "$$E = …$$", a derivation's steps):
  // each as tall as it is. (Weighed as one, nine of them had been one row's height, and the slide overflowed.)
  const run = formulaRun(text);
  if (run) return run.reduce((h, formula) => h + formulaHeight(formula), 0);
  const body = text.replace(/^\s*\$\$|\$\$\s*$/gu, '');
  if (!/\\begin\{/u.test(body)) {
    // A line break in the TeX is a space: a row per `\\` (KaTeX breaks the line there), each as tall as the tallest
    // thing in it (measured in Chromium on 109 formulas of five decks with KaTeX's margins: a plain row 117 px, one with
    // a fraction about 152, an integral 159, a sum with limits under it 178; 36 px less each with the theme's margins).
    const rows = body.split(/\\\\(?![A-Za-z])|\\newline(?![A-Za-z])/u).filter((row) => row.trim() !== '');
    // (A limit's subscript is short: "\\lim_{h \\to 0}" as tall as a fraction.)
    const tallest = (row: string): number => (underLimits.test(row) ? 61 : integral.test(row) ? 42 : fractionRow.test(row) || limitRow.test(row) ? 35 : 0);
    return displayMargin + Math.max(1, rows.length) * 77 + rows.reduce((h, row) => h + tallest(row), 0);
  }
  const stack: { name: string; rows: number[]; row: string; inner: number }[] = [{ name: '', rows: [], row: '', inner: 0 }];
  const base = (name: string): number => (alignFamily.test(name) ? 62 : 55);
  for (const m of body.matchAll(/\\begin\{([^}]*)\}|\\end\{([^}]*)\}|\\\\(?![A-Za-z])|\\cr(?![A-Za-z])|[^\\]+|\\[A-Za-z]+|\\[^A-Za-z]/gu)) {
    const top = stack[stack.length - 1] ?? { name: '', rows: [], row: '', inner: 0 };
    if (m[1] !== undefined) stack.push({ name: m[1], rows: [], row: '', inner: 0 });
    else if (m[2] !== undefined && stack.length > 1) {
      stack.pop();
      if (top.row.trim() !== '' || top.inner > 0 || top.rows.length === 0) top.rows.push(rowHeight(top.row, base(top.name), top.inner));
      const parent = stack[stack.length - 1];
      if (parent)
        parent.inner = Math.max(
          parent.inner,
          top.rows.reduce((a, b) => a + b, 0),
        );
    } else if (m[0] === '\\\\' || m[0] === '\\cr') {
      top.rows.push(rowHeight(top.row, base(top.name), top.inner));
      top.row = '';
      top.inner = 0;
    } else top.row += m[0];
  }
  const outer = stack[0] ?? { name: '', rows: [], row: '', inner: 0 };
  return displayMargin + rowHeight(outer.row, 55, outer.inner) + outer.rows.reduce((a, b) => a + b, 0);
}

/**
 * The share of its estimated height a displayed formula may be set at rather than cut between slides: the estimate of
 * an aligned row is some fifth over what Chromium sets, and the slide's fit (down to 0.78) does the rest (nine rows and
 * a lead-in fit at 0.78).
 */
const formulaFloor = 0.62;

/**
 * What a display formula's box takes besides its rows, in px: measured with KaTeX's 1em margins as 40 (a plain row 117
 * px); the theme sets half those margins (slide.css), 36 px less.
 */
const displayMargin = 4;

/**
 * A displayed formula of one aligned environment (`$$\\begin{aligned} … \\end{aligned}$$`)
 * too tall for `room` px (`firstRoom` for the first part, beside its lead-in) -> formulas of the same environment, each of
 * consecutive lines of its rows, cut only after a line that ends a row (`\\\\`):
 * every line of TeX is kept as written, in its order. Null for another formula,
 * or one whose rows cannot be cut so (rows that share a line, one row taller than a slide).
 */
function formulaParts(text: string, room: number, firstRoom = room): string[] | null {
  const lines = text.split('\n');
  const begin = lines.findIndex((l) => /\\begin\{([A-Za-z]+\*?)\}/u.test(l));
  const name = /\\begin\{([A-Za-z]+\*?)\}/u.exec(lines[begin] ?? '')?.[1] ?? '';
  const fromEnd = [...lines].reverse().findIndex((l) => l.includes(`\\end{${name}}`));
  const end = lines.length - 1 - fromEnd;
  if (begin < 0 || fromEnd < 0 || end <= begin + 1 || !alignFamily.test(name)) return null;
  // Nothing but the delimiters around the environment, and no other environment inside it.
  const outside = [...lines.slice(0, begin + 1), ...lines.slice(end)].join('\n').replace(`\\begin{${name}}`, '').replace(`\\end{${name}}`, '');
  const inside = lines.slice(begin + 1, end);
  // (Each part is measured as it grows: a derivation of more than 400 lines is left whole rather than measured so.)
  if (!/^[\s$]*$/u.test(outside) || inside.length > 400 || inside.some((l) => /\\begin\{/u.test(l))) return null;
  const head = lines.slice(0, begin + 1).join('\n');
  const tail = lines.slice(end).join('\n');
  const part = (rows: string[]): string => [head, ...rows, tail].join('\n');
  const parts: string[] = [];
  let from = 0;
  while (from < inside.length) {
    let cut = -1;
    for (let k = from; k < inside.length; k += 1) {
      const ends = k === inside.length - 1 || /\\\\\s*$/u.test(inside[k] ?? '');
      if (!ends) continue;
      if (formulaHeight(part(inside.slice(from, k + 1))) > (parts.length === 0 ? firstRoom : room)) break;
      cut = k + 1;
    }
    if (cut < 0) return null;
    parts.push(part(inside.slice(from, cut)));
    from = cut;
  }
  return parts.length > 1 ? parts : null;
}

/** The displayed formulas of a block that is two or more of them and nothing else ("$$…$$" over "$$…$$"); null for any other. */
function formulaRun(text: string): string[] | null {
  const formulas = text.match(/\$\$[\s\S]*?\$\$/gu) ?? [];
  return formulas.length > 1 && text.replace(/\$\$[\s\S]*?\$\$/gu, '').trim() === '' ? formulas : null;
}

/**
 * A run of displayed formulas, a line each (a derivation's steps, "$$Q = …$$" over "$$\\Downarrow$$" over "$$E = …$$"),
 * too tall for `room` px (`firstRoom` for the first part) -> runs of them that each fit, in their order; null for
 * anything else, or one formula taller than a slide.
 */
function formulaRunParts(text: string, room: number, firstRoom = room): string[] | null {
  const formulas = formulaRun(text);
  if (!formulas) return null;
  const parts: string[][] = [[]];
  let used = 0;
  for (const formula of formulas) {
    const height = formulaHeight(formula);
    const current = parts[parts.length - 1] ?? [];
    if (current.length > 0 && used + height > (parts.length === 1 ? firstRoom : room)) {
      parts.push([formula]);
      used = height;
    } else {
      current.push(formula);
      used += height;
    }
  }
  return parts.length > 1 ? parts.map((p) => p.join('\n')) : null;
}

/** The pictures of a paragraph of pictures alone, more than one row shows side by side, each as written; null for any other. */
export function wallPictures(text: string): string[] | null {
  // (Every paragraph of a document is asked: one with no more pictures than a row shows is answered at a glance.)
  if ((text.match(/!\[|<img\b/giu)?.length ?? 0) <= picturesPerRow) return null;
  const picture = /\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)|!\[[^\]\n]*\]\([^)\n]*\)|<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/giu;
  const pictures = [...text.matchAll(picture)].map((m) => m[0]);
  return pictures.length > picturesPerRow && text.replace(picture, '').trim() === '' ? pictures : null;
}

/** Pictures a row holds, in a paragraph of more pictures than one row shows side by side. */
const picturesPerRow = 8;

/**
 * A paragraph of pictures alone as rows of `picturesPerRow` (each picture as written: linked or not, Markdown or
 * <img>); one row when it holds no more, or holds anything else.
 */
export function pictureRows(text: string): string[] {
  const pictures = wallPictures(text);
  if (pictures === null) return [text];
  const rows: string[] = [];
  for (let i = 0; i < pictures.length; i += picturesPerRow) rows.push(pictures.slice(i, i + picturesPerRow).join(' '));
  return rows;
}

/** A row of a wall of pictures: placeholders wrap their descriptions over a few lines each, taller than one alone. */
const pictureRowHeight = (row: string): number => (remotePicture.test(row) ? 140 : 260);

/** The height a picture is planned at: the theme sets it as large as its slide leaves room for. */
const pictureHeight = 260;

function visualHeight(block: Block): number {
  switch (block.kind) {
    case 'image':
      // A remote picture is never fetched: it shows as a small placeholder.
      return remotePicture.test(block.text) ? 130 : pictureHeight;
    case 'math':
      return formulaHeight(block.text);
    default:
      return proseHeight(block.text, 0) + g.blockGap;
  }
}

/**
 * The height (px) of blocks shown as the author wrote them, on a slide cut
 * with `---`: prose wrapped whole, a list's items with the code and
 * sub-lists inside them, code, tables and formulas as planning sizes them.
 */
export function writtenHeight(blocks: Block[]): number {
  return blocks.reduce((h, block, b) => h + (b > 0 ? g.blockGap : 0) + writtenBlockHeight(block), 0);
}

function writtenBlockHeight(block: Block): number {
  switch (block.kind) {
    case 'paragraph':
      // A sub-heading inside the slide ("### From 1NF to 3NF") takes a line of larger type.
      return /^#{1,6}\s/u.test(block.text) ? 1.3 * g.bodyLine : proseHeight(block.text, 0);
    case 'quote':
      return proseHeight(block.text, 1.5);
    case 'list':
      return writtenListHeight(block.text);
    case 'code':
    case 'table':
      return blocksToUnits([block], 'markdown').reduce((h, u) => h + u.height, 0);
    default:
      return visualHeight(block);
  }
}

/** A list as written: each item's text wrapped at its depth, the code inside items, and the space between items (more in a loose list). */
function writtenListHeight(text: string): number {
  let height = 0;
  let depth = 0;
  for (const t of parser.parse(text, {})) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') depth += 1;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') depth -= 1;
    else if (t.type === 'list_item_open') height += depth === 1 ? g.itemGap : 0.25 * g.bodySize;
    else if (t.type === 'paragraph_open' && !t.hidden) height += 0.5 * g.blockGap;
    else if (t.type === 'inline') height += proseHeight(t.content, 1.05 * depth, depth > 1 ? 0.86 : 1) + itemPictureHeight(t.content);
    else if (t.type === 'fence' || t.type === 'code_block') height += codeHeight(t.content.replace(/\n$/u, '').split('\n')) + 0.5 * g.blockGap;
  }
  return height;
}

/**
 * Whether the sentence a displayed formula stands in goes on after it ("…uses the score test statistic" over the
 * formula over "as its test statistic. Note that…"): the paragraph after it opens in lower case, and the formula ends
 * with no full stop. The formula stays with it: a slide does not end in the middle of a sentence.
 */
const goesOnAfterFormula = (tex: string, next: Block | undefined): boolean =>
  next?.kind === 'paragraph' && /^\p{Ll}/u.test(next.text.trim()) && !/[.!?]\s*(?:\\end\{[a-z*]+\}\s*)?(?:\$\$|\\\])?\s*$/u.test(tex.trim());

/** A paragraph that is a quotation and nothing else, of a few sentences at most ('"Won't programmers starve?"'). */
const quotation = (text: string): boolean => {
  const t = text.trim();
  // Quotations and nothing between them ('"Nobody will use it…" "You have to charge…"'), each of a sentence or two: not a
  // story's speech, which a narrator's words part ('"I buy hair," said Madame. "Take yer hat off…"') or which runs on.
  const quotes = /^(?:["“«„][^"“”«»„]+["”»“][.!?]?\s*)+$/u.test(t) ? [...t.matchAll(/["“«„]([^"“”«»„]+)["”»“]/gu)].map((m) => m[1] ?? '') : [];
  return quotes.length > 0 && quotes.every((q) => (q.match(/[.!?]\s+\p{Lu}/gu) ?? []).length <= 1) && countWords(visibleText(t)) <= 40;
};

/** A question of one line and at most `words` words ("*Why keep a history?*"): its words, its emphasis aside; else null. */
export const shortQuestion = (text: string, words: number): string | null =>
  !text.includes('\n') && countWords(visibleText(text)) <= words && /[?？]\s*(?:\*\*|__|\*|_)?$/u.test(text.trim())
    ? text.trim().replace(/^(\*\*|__|\*|_)(.+)\1$/u, '$2')
    : null;

/**
 * A line that cites a source as a caption does (its author and title, "**John Locke**, _Deuxième traité du gouvernement
 * civil_ (1690)"): words, names and a date with no stop at its end, and a work's title in emphasis, a year in
 * parentheses or a name in bold to open it. Not a line of code or a formula ("f :: (Ord a, Num a) => a -> [b]"), a
 * sentence that only lacks its stop ("We can test this out with the following code"), nor one that stresses a word
 * ("is based _solely_ on").
 */
function sourceCaption(text: string): boolean {
  const shown = visibleText(text).trim();
  if (/[.!?…:;,。！？]["'”’»)\]]*$/u.test(shown) || !/^[\p{L}\p{N}\s'’,.&()«»"“”–-]+$/u.test(shown)) return false;
  const titleInEmphasis = /(?<![\w*])\*(?![\s*])[^*\n]*\s[^*\n]*\*(?![\w*])|(?<![\w_])_(?![\s_])[^_\n]*\s[^_\n]*_(?![\w_])/u;
  return titleInEmphasis.test(text) || /\(\d{3,4}\)/u.test(text) || /^(?:\*\*|__)/u.test(text.trim());
}

/** An item that opens with a label of its own, as fancy-lists reads one ("d) 17", "(b) …", "iv. …"). */
const optionLabel = new RegExp(String.raw`^\(?(?:${itemLabel})[.)]\s`, 'u');

/** Whether a paragraph introduces what follows it ("Run this:", "For example:"). */
export const introduces = (text: string, next: Block | undefined, item = false): boolean => {
  if (next === undefined || next.kind === 'html' || next.folded) return false;
  // A short label over a paragraph ("****Step 1:**** **Define the _target user_:**" over what to do) stays with it; so
  // do a few words that run on into it ("For instance," over the example). So does a source's caption over the passage
  // quoted from it.
  if (next.kind === 'paragraph')
    return (
      countWords(visibleText(text)) <= 12 &&
      !text.includes('\n') &&
      (/[:：,，]\s*(?:\*\*|__|\*|_)?$/u.test(text.trim()) || (sourceCaption(text) && countWords(visibleText(next.text)) >= 15))
    );
  // A colon inside the emphasis that closes the text ("**Example Usage:**") ends it as well.
  if (/[:：]\s*(?:\*\*|__|\*|_)?$/u.test(text.trim())) return true;
  // A sentence that runs on into the list after it ("By having a workspace without a root package," over its items), or
  // that trails off into it ("¿Qué mostrará este código si..." over the cases); into code, a formula or a table too
  // ("Consider the JSON grammar in its unabridged form," over the grammar's rules).
  // (Its dots after a space too: "If we executed this SQL query ..." over the query.)
  if (['list', 'code', 'math', 'table'].includes(next.kind) && /(?:[,，]|\p{L}[)"'”’]? ?(?:\.\.\.|…))\s*(?:\*\*|__|\*|_)?$/u.test(text.trim())) return true;
  // A short question over a list: the list answers it ("Why keep a history?" over the reasons).
  if (next.kind === 'list' && shortQuestion(text, 20) !== null) return true;
  // A sentence cut short by what follows it ("It is aimed at readers who either", "we observe that", "…, see" over a
  // list or code): it ends on a word no sentence ends on.
  if ((next.kind === 'list' || next.kind === 'code' || next.kind === 'table') && runsOn(text)) return true;
  // A label of a few words over a list ("Shortest-Job-First (SJF) Scheduling" over its points): its caption.
  if (next.kind === 'list' && label(text)) return true;
  // A sentence that runs on into the formula after it ("Then a $QR$ decomposition is", "which implies that").
  if (next.kind === 'math' && !/[.!?…]["'”’)\]]*$/u.test(text.trim())) return true;
  // (Not a list's last option under its own label, "- d) 17" of a question's "a) 14" to "d) 17" over its table: one of
  // the answers, no caption of what follows them.)
  if (item && optionLabel.test(text.trim())) return false;
  // A caption over a table or a picture: a line of words that is no sentence ("All date formats understood by readr").
  if ((next.kind === 'table' || next.kind === 'image') && !text.includes('\n') && countWords(text) <= 10 && !/[.!?…:;,]["'”’)\]]*$/u.test(text.trim()))
    return true;
  // A caption over code that no stop ends ("Display a single file on the terminal" over `bat README.md`, "Read from stdin,
  // determine the syntax automatically (note, …)" over the next command): what the code does, in a README's list of uses.
  // (Its words as shown: a link that ends the sentence, "see [on the *rank*.](rank.md)", ends it with its stop.)
  const shown = visibleText(text).trim();
  // (A paragraph's: a list's last item that ends so, "3. $F_A(V=0) = C_{A0} v_0$", is a step of its own.)
  if (!item && next.kind === 'code' && countWords(shown) <= 40 && !/[.!?…:;。！？：；]["'”’」』)\]*_]*$/u.test(shown) && /\p{L}/u.test(shown)) return true;
  // "The chart below shows..." before a picture, a table or code; or a label of a few words over one ("Microsoft Windows").
  return ['image', 'table', 'code', 'math'].includes(next.kind) && (pointer.test(text) || label(text));
};

/**
 * Words a sentence does not end on, in the languages lectern's labels speak: a sentence whose last word is one of them
 * (and no full stop) goes on in what follows it.
 */
const unfinished =
  /(?:^|\s)(?:either|neither|that|who|whose|which|where|the|an?|of|to|is|are|was|were|be|as|with|by|for|from|into|including|include|includes|see|like|namely|and|or|such|these|those|our|its|their|follows|e\.g\.|i\.e\.|que|qui|dont|les|des|de|du|la|le|pour|comme|avec|et|ou|suivants?|suivantes?|voir|dass|die|der|das|den|dem|wie|und|oder|mit|für|von|folgende[nr]?|siehe|el|los|las|del|con|para|como|y|o|siguientes?)$/iu;

/** Whether a paragraph stops in the middle of its sentence: no mark ends it, and its last word is one no sentence ends on. */
const runsOn = (text: string): boolean => {
  const plain = visibleText(text).trim();
  return plain !== '' && !/[.!?…:;。！？]["'”’»)\]]*$/u.test(plain) && unfinished.test(plain);
};

/** A figure's caption written as the line after its picture: its label and number ("图 4.1 …", "Figure 3: …", "Fig. 2."). */
export const figureCaption = /^(?:\*\*|\*|_)?(?:图|圖|図|그림|Figure|Fig\.|Abbildung|Abb\.|Figura|Рисунок|Рис\.)\s*\d+(?:[.-]\d+)*\b/iu;

/**
 * Whether the paragraph under a picture is its caption, as a book writes one: its label and number ("Figure 3: …"), or
 * its name in bold ending with a stop ("**Energy eigenfunctions.** The first six …", a Jupyter Book figure's), or all
 * in emphasis; not more than a few lines. It stays with the picture, on its slide.
 */
function captionUnder(next: Block | undefined): boolean {
  if (next?.kind !== 'paragraph' || next.folded) return false;
  return captionText(next.text);
}

/**
 * The credit under a picture ("> Image credit to Computer Networking: A Top-down Approach", "*Source: …*", "Image
 * from Amazon"): it stays with the picture it credits (alone on the next slide, it had credited nothing).
 */
function creditUnder(next: Block | undefined): boolean {
  return (next?.kind === 'paragraph' || next?.kind === 'quote') && !next.folded && creditText(next.text.replace(/^\s*>\s?/gmu, ''));
}

/** Whether a line credits a picture ("Image credit to …", "Source: …", "Photo by …"), thirty words at most. */
export function creditText(markdown: string): boolean {
  return (
    countWords(visibleText(markdown)) <= 30 &&
    creditLine.test(
      visibleText(markdown)
        .trim()
        .replace(/^[[(]\s*/u, ''),
    )
  );
}

/**
 * A line of a few words under a picture that has no description of its own, closing its section or its column (a
 * Quarto slide's "Billing and Cost Management Home" under a screenshot): the picture's caption, as the page centres it
 * under it. No stop ends it and nothing follows it that it could head.
 */
function lineUnderPicture(picture: string, next: Block | undefined, after: Block | undefined): boolean {
  if (next?.kind !== 'paragraph' || next.folded || (after !== undefined && after.kind !== 'image')) return false;
  const alt = /^\s*!\[([^\]]*)\]\(/u.exec(picture)?.[1];
  return alt !== undefined && captionLine(alt, next.text);
}

/**
 * Whether `line` reads as the caption of a picture whose description is `alt`: the picture says nothing of its own
 * (no description, or an editor's default), and the line is a few words on one line, opening as a title does, with no
 * stop, code, formula, tag or list mark. (markdown.ts sets such a line, where it ends the slide, as the figure's caption.)
 */
export function captionLine(alt: string, line: string): boolean {
  const shown = visibleText(line).trim();
  return (
    (alt.trim() === '' || placeholderAlt(alt)) &&
    !line.includes('\n') &&
    countWords(shown) <= 10 &&
    /^[\p{Lu}\p{N}]/u.test(shown) &&
    !/[.!?…:;。！？：；,]["'”’)\]]*$/u.test(shown) &&
    !/[`$<]|^[-*+]\s|^\d+[.)]\s|^\|/u.test(line.trim())
  );
}

/**
 * A picture's description that describes nothing: the word an editor puts there by default ("image", "Screenshot",
 * "enter image description here", "alt text"). No page shows it, so no slide shows it as a caption or a title.
 */
// (Jupyter's nbconvert names each output picture by its format, "![png](notebook_files/notebook_9_1.png)".)
export const placeholderAlt = (alt: string): boolean =>
  /^\s*(?:an?\s+)?(?:image|img|picture|pic|photo|figure|fig|screenshot|screen\s*shot|capture|bild|imagen|grafik|diagram|alt|alt\s+text|enter image description here|image description|untitled|placeholder|png|jpe?g|gif|svg|webp|output)(?:\s*[-_.]?\s*\d+)*\s*$/iu.test(
    alt,
  ) ||
  // (Nor a file's name left there, "dod_nbody_example", "fig-3.png".)
  /^\s*[\w.-]*(?:_[\w.-]*|\.(?:png|jpe?g|gif|svg|webp|avif))\s*$/iu.test(alt.replace(/\\(?=[_.-])/gu, '')) ||
  // (Nor a plugin's options written in it, "--width=300px", as a Docusaurus site sizes its pictures.)
  /^\s*(?:--[\w-]+(?:=\S*)?\s*)+$/u.test(alt);

/** A paragraph's Markdown that reads as a caption (captionUnder): a figure's label, a bold name ending with a stop, or all in emphasis. */
export function captionText(markdown: string): boolean {
  const text = markdown.trim();
  // (Not a remark in italics that opens with its label, "*Tip: By default, the dialog opens…*": the text's, not the picture's.)
  if (countWords(visibleText(text)) > 60 || /^(?:\*|_)(?:\*\*|__)?(?:Note|Tip|Hint|Warning|Important|Caution|Remark)\b/iu.test(text)) return false;
  return figureCaption.test(text) || /^(?:\*\*|__)[^*_\n]{2,}?[.。](?:\*\*|__)(?:\s|$)/u.test(text) || /^(?:\*(?!\*)[^*\n]+\*|_(?!_)[^_\n]+_)$/u.test(text);
}

/** A few words, no sentence's end and no code or formula: a label for what follows it (an emoji of its own too, "Définitions ❤️"). */
const label = (text: string): boolean =>
  countWords(visibleText(text)) <= 5 &&
  /^[\p{L}\p{N}\p{Extended_Pictographic}\u{FE0F}\u{200D}\s'’,&/()+-]+$/u.test(visibleText(text).trim()) &&
  !text.includes('\n');

/** A table's caption line as a title says it: without the emphasis round it all ("*Customers in Rome*"). */
const tableCaption = (text: string): string => text.trim().replace(/^(\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1$/u, '$2');

/** A label over a list that opens as a title does (a capital, a digit), not with a word that opens a clause. */
const captionOfList = (text: string): boolean =>
  label(text) &&
  /^[\p{Lu}\p{N}]/u.test(visibleText(text).trim()) &&
  !/^(?:In|On|At|For|With|If|When|The|A|An|This|That|These|Those|Then|So|And|But|Or)\s/u.test(visibleText(text).trim());

/**
 * A sentence that points at what follows it ("The chart below shows…", "as follows"), in the languages lectern's labels
 * speak and a few more: French "ci-dessous", German "folgende", Spanish "a continuación", Italian "di seguito", Portuguese
 * "abaixo", Dutch "hieronder", Polish "poniżej"; Chinese "如下", Japanese "次の", Korean "아래와 같이" (which no word
 * boundary parts from the words around them). A Korean tutorial's "…아래와 같이 **Manually select features** 옵션을
 * 선택해줍니다." over its screenshot had been parted from it, the screenshot shown beside the next step.
 */
const pointer = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:below|as follows|the following|here is|here's|this (?:example|diagram|figure|chart|picture|table|code|program|snippet)`,
    String.raw`ci-dessous|ci-après|suivante?s?|voici|folgenden?|folgendes|unten|wie folgt|a continuación|siguientes?|abajo|como sigue|di seguito|seguenti|seguente|qui sotto|ecco|abaixo|a seguir|seguintes?|hieronder|volgende|als volgt|poniżej|następując\p{L}*)(?![\p{L}\p{N}])`,
    String.raw`如下|下图|下圖|下表|下面|以下|次の|下図|下記|아래|다음과\s?같|다음\s?(?:코드|그림|표|예제?|명령어?)`,
  ].join('|'),
  'iu',
);

/** The sentence of a lead-in paragraph that introduces what follows: the one that points at it, else the last. */
function introducingSentence(text: string, formula = false): string {
  const sentences = splitSentences(text);
  const sentence = sentences.find((s) => pointer.test(s) && !/[:：]\s*$/u.test(text.trim())) ?? sentences[sentences.length - 1] ?? text;
  // A connective alone before a formula ("Then,", "Hence we get") says nothing of it: the sentence before it goes with it
  // ("**Lemma** Let X be … with full rank. Then," over the lemma's formula). ("For example:" over code says enough.)
  const at = sentences.lastIndexOf(sentence);
  const before = at > 0 ? sentences[at - 1] : undefined;
  if (formula && before !== undefined && countWords(visibleText(sentence)) <= 3 && countWords(visibleText(`${before} ${sentence}`)) <= 45)
    return `${before} ${sentence}`;
  // A long sentence over a formula says what the formula is in its last clause ("For a closed system …, in thermal
  // equilibrium …, | the probability of finding the system in microstate $i$ is given by the **Boltzmann distribution**"):
  // that clause, the conditions before it in the notes.
  if (formula && countWords(visibleText(sentence)) > 25) {
    const tail = lastClause(sentence);
    if (tail !== null) return tail;
  }
  if (countWords(sentence) <= 40) return sentence;
  // Sentences written in lower case run on as one: the words after its last full stop (outside code spans) introduce what follows.
  const masked = sentence.replace(/`[^`\n]*`/gu, (span) => 'x'.repeat(span.length));
  const stops = [...masked.matchAll(/[.!?](?=\s+\S)/gu)];
  const last = stops[stops.length - 1];
  const tail = last ? sentence.slice(last.index + 1).trim() : '';
  return countWords(tail) >= 4 ? tail : sentence;
}

/**
 * A lead-in paragraph's introducing sentence, after the paragraph's topic where that sentence names nothing itself ("The
 * **java.util.StringTokenizer** class is useful for breaking up a String into *tokens*. [...] Here is an example:"): the
 * opening sentence says what the code shows, and "Here is an example:" alone said nothing of it. The words in the
 * author's order; the sentences between them in the notes.
 */
function withTopic(full: string, intro: string): string {
  const sentences = splitSentences(full);
  const first = (sentences[0] ?? '').trim();
  if (sentences.length < 2 || first === intro.trim() || countWords(visibleText(intro)) > 6 || !full.trim().endsWith(intro.trim())) return intro;
  // (A whole sentence, and a short one: a long first sentence is a paragraph's worth on the slide, which its notes say, and
  // a clause of it would run on into the lead-in, "…something a bit more serious Here's an example".)
  return countWords(visibleText(first)) <= 16 && /[.!?]["'”’)\]*_]*$/u.test(first) ? `${first} ${intro}` : intro;
}

/**
 * A sentence's last clause, after its last comma or semicolon outside formulas, code and brackets, with no "and" before
 * it: six to thirty words that say something of their own (a verb of being or giving in it), or null.
 */
function lastClause(sentence: string): string | null {
  const masked = sentence
    .replace(/\$[^$\n]*\$|`[^`\n]*`/gu, (span) => 'x'.repeat(span.length))
    .replace(/\([^()\n]*\)|\[[^[\]\n]*\]/gu, (span) => 'x'.repeat(span.length));
  const cut = Math.max(masked.lastIndexOf(', '), masked.lastIndexOf('; '));
  if (cut < 0) return null;
  const tail = sentence.slice(cut + 2).replace(/^(?:and|or|but|so|then)\s+/iu, '');
  // (Not a clause without a subject of its own, which goes on with the sentence's: "…is coordinate-separable, i.e., | can be
  // written as the following tensor product" read as a fragment.)
  if (/^(?:can|could|may|might|must|shall|should|will|would|is|are|was|were|has|have|had|does|do|did)\b/u.test(tail)) return null;
  const words = countWords(visibleText(tail));
  return words >= 6 && words <= 30 && /\b(?:is|are|was|were|given|defined|written|reads|becomes|gives|yields|follows|satisfies|equals)\b/u.test(tail)
    ? tail
    : null;
}

/** A sentence that is only a term in bold ("**The disclaimer**.", "**Getting into a PhD program: references.**"). */
const boldTermAlone = /^(\*\*|__)(?=\S)[^*_\n]{1,80}?\1[.:]?$|^(\*\*|__)(?=\S)[^*_\n]{1,80}?[.:]\2$/u;

/**
 * More of a paragraph, for a slide with room to spare: the opening of each
 * sentence in turn, while the slide shows less than half of the paragraph's
 * words (the rest stays in the notes).
 */
function detailUnits(block: Block, b: number, format: 'text' | 'markdown', most = 4): Unit[] | null {
  const full = joinLines(hardBreaks(block.text, format)).trim();
  const sentences = splitSentences(full);
  // A paragraph that opens with its term in bold, a sentence of its own ("**The disclaimer**. I wanted to add…"): the
  // term and the sentence after it are its first point, as one; alone, the term was a point the next slide's went on from.
  const term = sentences.length > 2 && boldTermAlone.test(sentences[0] ?? '') ? (sentences.shift() ?? '') : null;
  if (sentences.length < 2) return null;
  // (Under half: a long paragraph's points stop at two fifths of its words, so that a deck of such paragraphs, each
  // shown as far as its slide has room, keeps to half of its prose or less.)
  const paragraphWords = countWords(full);
  const limit = (most >= 4 ? (paragraphWords >= 80 ? 0.42 : 0.5) : 0.4) * paragraphWords;
  const asMarkdown = (text: string): string => (format === 'text' ? escapeMarkdown(text) : text);
  const units: Unit[] = [];
  let shownWords = 0;
  for (const [i, sentence] of sentences.entries()) {
    const shown =
      i === 0 && term !== null
        ? { point: `${term} ${topicOf(sentence, 12)}`, lead: pointOf(term, 14).lead }
        : i === 0
          ? pointOf(sentence, 14)
          : { point: topicOf(sentence, 12), lead: null };
    const words = countWords(visibleText(shown.point));
    // (A term in bold that opened the first point takes a point's place: the paragraph shows no more than it did.)
    if (units.length + (term === null ? 0 : 1) >= most || (units.length > 0 && shownWords + words > limit)) continue;
    shownWords += words;
    units.push({
      kind: 'point',
      markdown: `- ${asMarkdown(shown.point)}`,
      height: proseHeight(shown.point, 1.05) + g.itemGap,
      words,
      noteKey: `${b}`,
      noteText: asMarkdown(full),
      block: b,
      lead: shown.lead,
      keepWithNext: false,
      breakCost: i === 0 ? (shown.lead ? 0 : 1) : 4,
      listItem: true,
    });
  }
  return units.length > 1 ? units : null;
}

/**
 * A paragraph's text without line breaks before or after its words: they only space it out on the author's page,
 * and on a slide leave an empty bullet. (Each match starts at a "<br": one that started at any space of a long
 * run would scan the run from each.)
 */
const unspaced = (text: string): string =>
  text
    .replace(/^(?:<br\s*\/?>\s*)+/iu, '')
    .replace(/(?:<br\s*\/?>\s*)+$/iu, '')
    .trim();

/** A paragraph's unit; `unmarked`: shown with no bullet (a picture's caption, the rest of a sentence a formula interrupted). */
function paragraphUnit(block: Block, b: number, next: Block | undefined, format: 'text' | 'markdown', unmarked = false): Unit {
  const asMarkdown = (text: string): string => (format === 'text' ? escapeMarkdown(text) : text);
  // A heading inside a slide the author cut ("### Pros" over its points): a heading on the slide, the term that
  // names what follows it and stays with it, never a bullet.
  const inner = format === 'markdown' ? /^(#{2,6})[ \t]+(\S[^\n]*)$/u.exec(block.text.trim()) : null;
  if (inner?.[2]) {
    const heading = inner[2].trim();
    return {
      kind: 'point',
      markdown: `### ${heading}`,
      height: g.bodyLine * 1.1 + g.blockGap,
      words: countWords(visibleText(heading)),
      noteKey: `${b}`,
      noteText: block.text.trim(),
      block: b,
      lead: heading,
      keepWithNext: next !== undefined,
      breakCost: 0,
      listItem: false,
    };
  }
  const text = joinLines(hardBreaks(block.text, format)).trim();
  const full = (format === 'markdown' ? unspaced(text) : text) || text;
  // A paragraph that is one bold phrase ("**Pause**", "**Example Usage:**"; bold twice, "****Proof****", as ox-hugo writes
  // Org's bold label): its words, and whether a colon ends them.
  // (Up to twelve words: an example's title, "**Deletion of Incomplete Records for the Husbands and Wives Data**".)
  const bold = /^(\*\*(?:\*\*)?|__)(?=[^\s*])([^*_\n]{1,90}?)\s*([:：]?)\1\s*([:：]?)$/u.exec(full);
  const term = bold?.[2] !== undefined && countWords(bold[2]) <= 12 ? bold[2].trim() : undefined;
  // Without a colon and no sentence, over more of the text (an essay's sub-heading written in bold): a label over what
  // follows, as a heading inside the section is.
  const boldHeading =
    format === 'markdown' &&
    next !== undefined &&
    !next.folded &&
    term !== undefined &&
    bold?.[3] === '' &&
    bold[4] === '' &&
    /[\p{L}\p{N})`]$/u.test(term) &&
    // A link in bold ("**[CHANGELOG.md](CHANGELOG.md)**" over the next file's) is a point of its own, not a sub-heading.
    !/^\[[^\]\n]*\]\([^)\n]*\)$/u.test(term);
  // What a folded <details> holds goes to the notes: its summary introduces nothing on the slide ("**Click for a hint!**"
  // named the slide of the next exercise).
  // An objection or a question quoted whole over the text that answers it (an essay's '"Won't programmers starve?"' over
  // its rebuttal): a slide opens with it, and it goes with its answer.
  const asks = next?.kind === 'paragraph' && quotation(full) && !/^["“«„]/u.test(next.text.trim());
  const ordinal = format === 'markdown' && next !== undefined && !next.folded ? ordinalTitle(full) : null;
  const leadIn = next?.folded !== true && (introduces(full, next) || boldHeading || asks || ordinal !== null);
  // A lead-in keeps its own words up to the colon; a long one keeps its last sentence.
  // (So does one of two sentences, thirty words at most, whose second leads in: the first says what it is, "The "put"
  // command is for any process that wants to insert a job…", the second, "It comprises a command line followed by the job
  // body:". Where the first points at what follows, "The chart below shows…", the second is detail for the notes.)
  // (Not over a list that the pair and it would take more than the sixty words a slide holds: the list would be cut after
  // its first item, "You can choose from:" over one search option and the other two on the next slide; the first
  // sentence goes to the notes. So does a longer lead-in's opening sentence, which withTopic would keep, where the list
  // fits with the rest: "To better understand…, we will need to dive into random variables." had left the second of
  // two items to the next slide.)
  const crowded = next?.kind === 'list' && countWords(full) + countWords(visibleText(next.text)) > 60;
  const pair = leadIn && countWords(full) <= 30 && !crowded ? splitSentences(full) : [];
  // (Fifty words: a lead-in and two items of about twenty words take a slide's room with the point before them.)
  const fitsWithList = (intro: string): boolean => countWords(visibleText(intro)) + countWords(visibleText(next?.text ?? '')) <= 50;
  const shown =
    leadIn && (countWords(full) <= 20 || asks || (pair.length === 2 && introducingSentence(full, next?.kind === 'math').trim() === (pair[1] ?? '').trim()))
      ? { point: full, lead: null }
      : leadIn
        ? {
            point:
              next?.kind === 'list' && !fitsWithList(withTopic(full, introducingSentence(full, false))) && fitsWithList(introducingSentence(full, false))
                ? introducingSentence(full, false)
                : withTopic(full, introducingSentence(full, next?.kind === 'math')),
            lead: null,
          }
        : pointOf(full, pointWords);
  const markdown = leadIn || unmarked ? asMarkdown(shown.point) : `- ${asMarkdown(shown.point)}`;
  const words = countWords(visibleText(shown.point));
  // A bold label over what it introduces ("**Example Usage:**" over code) names it, as a heading would; so does the
  // term a lead-in opens with ("第二个要素：事件域…，是…的集合：" over its conditions, "Step 2: install it:" over the commands).
  // A short label that is all it says ("More detailed answer:") names it too, as a point of it would; a clause does
  // not ("It can be written as:", "And again:").
  const label = /[:：]\s*$/u.test(full) ? pointOf(full, pointWords).lead : null;
  // Nor does a connective alone ("Specifically:", "For example:", "In particular:"): it names nothing of what follows.
  const named =
    label !== null &&
    !/\b(?:it|its|we|you|your|they|them|this|that|these|those|here|there|i|he|she|and|or|but|so|then|now|again|also|which|who|whom|whose|where|when|while|whereas)\b/iu.test(
      label,
    ) &&
    !emptyTerm.test(visibleText(label).trim()) &&
    // Nor a clause that goes on from the text before it, in lower case ("would yield the following output:" after the code
    // it speaks of): the rest of a sentence, no name.
    !/^\p{Ll}+\s/u.test(visibleText(label).trim());
  // A caption over a list that opens like a title ("Preemptive vs Non-Preemptive") names it; a clause ("in this case") does not.
  // So does a table's caption over it ("$\pi_\text{Name}(\text{Customer})$", "Customers in Rome"): the name of what the slide shows.
  const caption =
    next?.kind === 'list' && captionOfList(full)
      ? visibleText(full).trim()
      : next?.kind === 'table' && !full.includes('\n') && countWords(visibleText(full)) <= 8 && !/[.!?:;,]["'”’)\]]*$/u.test(tableCaption(full))
        ? tableCaption(full)
        : // (A caption in emphasis that ends with a stop, as Org's "#+caption: Doc-View keyboard shortcuts." reads: its words.)
          next?.kind === 'table' && /^(\*|_)(?=\S)[^*_\n]+[.。]\1$/u.test(full.trim()) && countWords(visibleText(full)) <= 8
          ? tableCaption(full).replace(/[.。]$/u, '')
          : null;
  // A short question over the list that answers it names it, in the author's words ("Why would you launch a graphical
  // program from the shell?"), its emphasis aside.
  const question = next?.kind === 'list' ? shortQuestion(full, 10) : null;
  if (leadIn) shown.lead = term ?? ordinal ?? leadTerm(full)?.title ?? (named ? label : null) ?? caption ?? question;
  // A folded <details>'s summary names what is in the notes: it names its slide only where it is all the slide shows
  // (slide-titles), and starts no slide of its own.
  const folds = next?.folded === true;
  if (folds) shown.lead = term ?? shown.lead;
  return {
    kind: 'point',
    markdown,
    height: proseHeight(shown.point, leadIn ? 0 : 1.05) + (leadIn ? g.blockGap : g.itemGap),
    words,
    noteKey: `${b}`,
    // The notes keep the paragraph as written, its line breaks too.
    noteText: asMarkdown(text),
    block: b,
    lead: shown.lead,
    keepWithNext: leadIn,
    breakCost: (shown.lead || asks) && !folds ? 0 : 1,
    listItem: !leadIn,
    ...(folds ? { folds: true } : {}),
  };
}

function markdownListUnits(block: Block, b: number, room = defaultRoom()): Unit[] {
  const lines = block.text.split('\n');
  const tokens = parser.parse(block.text, {});
  const open = tokens.findIndex((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open');
  if (open < 0) return [];
  const ordered = tokens[open]?.type === 'ordered_list_open';
  const first = Number(tokens[open]?.attrGet('start') ?? 1);
  const delimiter = tokens[open + 1]?.markup === ')' ? ')' : '.';
  const items = itemsOf(tokens, open);
  // A short list is one idea: split it only when it cannot share a slide.
  const inside = items.length <= 6 ? 8 : 3;
  return keepShortList(
    items.flatMap((item, i) => {
      const marker = ordered ? `${first + i}${delimiter}` : '-';
      let shown = showItem(lines, tokens, item, marker, 0);
      // An item whose code would not fit on a slide with it shows the code after it, where it can split;
      // one still too tall shows its sub-lists item by item too (they stay indented under it).
      const tall = bodyRoomUnder(2);
      if (shown.height > tall) shown = showItem(lines, tokens, item, marker, 0, true);
      // One with more words than a slide holds (plan-deck's budget: 40) shows its sub-lists apart as well, so the slide can break among them.
      if (shown.height > tall || shown.words > itemSlideWords) shown = showItem(lines, tokens, item, marker, 0, true, true);
      const [start, end] = tokens[item.open]?.map ?? [0, 0];
      const source = lines.slice(start, end);
      // The item's own line, where items of its own follow it.
      const [head = '', ...under] = shown.markdown.split('\n');
      // (Or items of its own shown apart, after it: an outline's node too tall to keep its items in its unit.)
      const own =
        under.some((l) => /^\s+(?:[-*+]|\d+[.)])\s/u.test(l)) || shown.codes.some((c) => c.kind === 'list')
          ? head
              .replace(/^(?:-|\d+[.)])\s+/u, '')
              .replace(/^\*\*(.+)\*\*$/u, '$1')
              .trim()
          : null;
      while (source.length > 0 && (source[source.length - 1] ?? '').trim() === '') source.pop();
      const base = columnsOf(source[0] ?? '');
      // An item that shows nothing (icons of a component library the deck does not have: "- <carbon-logo-github />") is no empty bullet.
      const blank =
        shown.markdown === '' ||
        (shown.codes.length === 0 &&
          !shown.markdown.includes('![') &&
          !shown.markdown.includes('$$') &&
          visibleText(shown.markdown.replace(/^\s*(?:-|\d+[.)])/u, '')).trim() === '');
      const unit: Unit = {
        kind: 'point',
        markdown: blank ? '' : shown.markdown,
        height: blank ? 0 : shown.height,
        words: shown.words,
        noteKey: `${b}:${i}`,
        // The notes keep the whole item as written, with the author's marker.
        noteText: source.map((l) => dedent(l, base)).join('\n'),
        block: b,
        // An item of a few words over its own items ("Best Fit" over how it searches) is the term that names them, as in
        // plain text: a slide it opens was named by another item's name its sub-items mention ("First Fit").
        lead: shown.lead ?? (own !== null && outlineTerm(own) ? own : null),
        keepWithNext: shown.codes.length > 0,
        breakCost: i === 0 ? 1 : shown.lead ? 1 : inside,
        listItem: shown.codes[0]?.kind !== 'code',
        item: true,
      };
      const pad = marker.length + 1;
      // A sub-list that fits on one slide with its item is broken only where it must be: a slide that opened with its
      // fourth item showed it as a list of its own, "4." at the first level (an activity's steps, three on one slide).
      const subLists = shown.codes.filter((child) => child.kind === 'list').map((child) => markdownListUnits(child, b, room));
      // A sub-list's items are set at 0.86 of the item's type, and their own items at that size again (the theme sets the
      // third level as the second): a unit the sub-list's planning nested under its item is sized already.
      const nestedHeight = (u: Unit): number => (u.nested === true ? u.height : u.height * 0.86);
      const whole = unit.height + subLists.flat().reduce((h, u) => h + nestedHeight(u), 0) <= tall && shown.codes.every((c) => c.kind === 'list');
      const apart = shown.codes.flatMap((child, k) =>
        child.kind === 'list'
          ? // A sub-list's items, each a unit, indented under the item (their notes are the item's).
            (subLists.shift() ?? []).map((u) => ({
              ...u,
              markdown: indentBy(u.markdown.split('\n'), pad).join('\n'),
              height: nestedHeight(u),
              nested: true,
              noteKey: `${b}:${i}`,
              noteText: '',
              breakCost: whole ? 50 : 4,
            }))
          : child.kind === 'image' || child.kind === 'paragraph' || child.kind === 'table' || child.kind === 'math'
            ? // Its pictures and tables after it, set as the slide sets them (not inside the item, where nothing sizes them), with
              // the sentence that leads into them (their notes are the item's).
              (child.kind === 'paragraph'
                ? blocksToUnits([child, ...shown.codes.slice(k + 1, k + 2)], 'markdown', false, room)
                : shown.codes[k - 1]?.kind === 'paragraph'
                  ? []
                  : blocksToUnits([child], 'markdown', false, room)
              ).map((u) => ({ ...u, noteKey: `${b}:${i}:${k}:${u.noteKey}`, noteText: '' }))
            : // Code kept whole a line or two over the room takes the room beside the item that introduces it (its own height, not a
              // paragraph's), under the slide's title as it is (a title of three lines leaves less).
              codeUnits(child, b, room, k === 0 ? unit.height : undefined).map((u) => ({ ...u, noteKey: `${b}:${i}:${k}:${u.noteKey}` })),
      );
      return [unit, ...apart];
    }),
    b,
  );
}

/** Whether a unit is one of list `b`'s items themselves ("b:i"), not their code or sub-lists ("b:i:k…"). */
const ownItem = (u: Unit, b: number): boolean => u.listItem && u.noteKey.startsWith(`${b}:`) && /^\d+$/u.test(u.noteKey.slice(`${b}:`.length));

/**
 * List `b`'s units, set in two columns where they are its short items and nothing else, enough of them (markdown.ts,
 * pairsWell): each its lines in a column, halved (the other column takes as many), its height in one column kept for a
 * part too short to be set so; its bullets written `*`, so that points beside it on a slide, written `-`, are a list of
 * their own; broken where it must be, not after its first few items.
 */
function inColumns(listed: Unit[], b: number): Unit[] {
  const text = (u: Unit): string => u.markdown.replace(itemMarks, '');
  if (!listed.every((u) => ownItem(u, b) && !u.markdown.includes('\n')) || !pairsWell(listed.map(text))) return listed;
  const lines = (u: Unit, width: number): number => wrappedLines(visibleText(text(u)), width);
  return listed.map((u, i) => ({
    ...u,
    markdown: u.markdown.replace(/^-(?=\s)/u, '*'),
    height: (u.height * lines(u, columnWidth())) / Math.max(1, lines(u, proseWidth(1.05))) / 2,
    paired: u.height,
    breakCost: i === 0 ? u.breakCost : Math.max(u.breakCost, 20),
  }));
}

/**
 * A list of two to four short items, or up to eight of a few words each (56 words of points or fewer, what a slide
 * of them holds), is one idea even when each item opens with a term ("1. Segment selector -
 * …", "2. Offset - …"): a slide breaks inside it only when it must (a design
 * note's four rules under "Some basic rules:" had been one, two and one item on three slides; a licence's "on the one
 * hand" and "on the other hand" stood on two slides to save a slide of some fifty words).
 */
function keepShortList(listed: Unit[], b: number): Unit[] {
  const units = inColumns(listed, b);
  const items = units.filter((u) => ownItem(u, b));
  // More items than four are one idea too where each is a few words ("kd-trees;", "bloom filters; and"): the five topics
  // a course's notes open with stood three on one slide and two on the next, beside its closing sentence.
  const few = items.length <= 4 || (items.length <= 8 && items.every((u) => u.words <= 15));
  if (items.length < 2 || !few || items.length !== units.length || units.reduce((n, u) => n + u.words, 0) > 56) return units;
  // (Dearer than twenty words over a slide's budget, which the whole list and the sentence leading into it may take: a
  // lesson's four "potential ways…" stood two and two on slides with room for all four.)
  return units.map((u, i) => (i === 0 ? { ...u, shortList: true } : { ...u, breakCost: Math.max(u.breakCost, 70), shortList: true }));
}

function textListUnits(block: Block, b: number): Unit[] {
  return keepShortList(textItemUnits(block, b), b);
}

/** A plain-text item's own text, and the items indented under it ("- first item" over "  - nested item"). */
function textItemParts(body: string): { own: string; nested: { marker: string; body: string }[] } {
  const lines = body.split('\n');
  const at = lines.findIndex((l, k) => k > 0 && nestedStart.test(l));
  if (at < 0) return { own: body, nested: [] };
  return { own: lines.slice(0, at).join('\n'), nested: listItems(lines.slice(at).join('\n')) };
}

/**
 * A plain-text item as its slide and notes show it: its own text, its items a level in, and theirs a level further
 * (deeper ones joined into their item's text, marks aside). Lines joined; check reads the same texts.
 */
export function itemTree(body: string): { own: string; nested: { marker: string; own: string; deeper: string[] }[] } {
  const parts = textItemParts(noteLines(body));
  return {
    own: joinLines(parts.own).trim(),
    nested: parts.nested.map((sub) => {
      const inner = textItemParts(sub.body);
      return { marker: sub.marker, own: joinLines(inner.own).trim(), deeper: inner.nested.map((d) => joinLines(d.body.replace(itemMarks, '')).trim()) };
    }),
  };
}

/**
 * A plain-text item written as lines of notes, not as wrapped prose (a systems course's "* today's problem:" over
 * "[user/kernel diagram]", "suppose the shell has a bug:"…): its lines after the first are its own items, so that they
 * are not run together into one sentence ("…problem: [user/kernel diagram] suppose the shell…"). Notes, not prose: three
 * lines or more, most of them ending where the next line's first word would still have fitted, well short of the
 * longest line (wrapped prose fills its lines). An item with items of its own is left as it is.
 */
function noteLines(body: string): string {
  const lines = body.split('\n');
  if (lines.length < 3 || lines.some((l, k) => k > 0 && (nestedStart.test(l) || itemStart.test(l) || l.trim() === ''))) return body;
  const width = Math.max(...lines.map((l) => l.trim().length));
  let roomy = 0;
  for (let k = 0; k + 1 < lines.length; k += 1) {
    const next = (lines[k + 1] ?? '').trim().split(/\s+/u)[0] ?? '';
    if ((lines[k] ?? '').trim().length + 1 + next.length <= width - 8) roomy += 1;
  }
  if (width < 30 || roomy < (lines.length - 1) * 0.6) return body;
  return [lines[0] ?? '', ...lines.slice(1).map((l) => `  - ${l.trim()}`)].join('\n');
}

/**
 * A few words and no sentence: a term an outline's item names its own items by; or a short question they answer ("What
 * do we mean by rule?" over its items, as students' outline notes ask).
 */
const outlineTerm = (text: string): boolean =>
  !text.includes('\n') &&
  !/[.!?;:,]\s/u.test(text) &&
  ((countWords(text) <= 6 && /[\p{L}\p{N})]$/u.test(text.trim())) || (countWords(text) <= 8 && /\p{L}\?$/u.test(text.trim())));

function textItemUnits(block: Block, b: number): Unit[] {
  return listItems(block.text).flatMap((item, i) => {
    const ordered = /^\d/u.test(item.marker);
    const tree = itemTree(item.body);
    const body = tree.own;
    const shown = pointOf(body, itemWords);
    const marker = ordered ? item.marker.replace(/\)$/u, '.') : '-';
    const point = escapeMarkdown(shown.point);
    // Notes keep the author's own marker ("3.", "b)"), so no character of the item is lost.
    const noteText = /\p{L}|\d/u.test(item.marker) ? escapeMarkdown(`${item.marker} ${body}`) : `- ${escapeMarkdown(body)}`;
    const parent: Unit = {
      kind: 'point',
      markdown: `${marker} ${point}`,
      height: proseHeight(shown.point, 1.05) + g.itemGap,
      words: countWords(visibleText(shown.point)),
      noteKey: `${b}:${i}`,
      noteText,
      block: b,
      // An item of a few words over its own items ("taxonomies" over "system of elements"), as an outline's notes write
      // them, is the term that names them.
      lead: shown.lead ?? (tree.nested.length > 0 && outlineTerm(body) ? body : null),
      keepWithNext: tree.nested.length > 0,
      breakCost: i === 0 ? 1 : shown.lead ? 1 : 3,
      listItem: true,
      item: true,
    };
    // Items indented under it stay under it, a level in, each a point of its own (a slide may break between them);
    // their own items a level further in.
    const pad = ' '.repeat(marker.length + 1);
    const nested = tree.nested.flatMap((sub, k): Unit[] => {
      const subPoint = pointOf(sub.own, nestedWords).point;
      const deeperPoints = sub.deeper.map((d) => pointOf(d, nestedWords).point);
      const subMarker = /^\d/u.test(sub.marker) ? sub.marker.replace(/\)$/u, '.') : '-';
      const deeperPad = ' '.repeat(pad.length + subMarker.length + 1);
      const deeperHeights = deeperPoints.map((d) => proseHeight(d, 3.15, 0.86));
      const unit: Unit = {
        kind: 'point',
        markdown: [`${pad}${subMarker} ${escapeMarkdown(subPoint)}`, ...deeperPoints.map((d) => `${deeperPad}- ${escapeMarkdown(d)}`)].join('\n'),
        height: proseHeight(subPoint, 2.1, 0.86) + deeperHeights.reduce((h, d) => h + d, 0) + g.itemGap * 0.5,
        words: countWords(visibleText(subPoint)) + deeperPoints.reduce((w, d) => w + countWords(visibleText(d)), 0),
        noteKey: `${b}:${i}:${k}`,
        noteText: [`${pad}- ${escapeMarkdown(sub.own)}`, ...sub.deeper.map((d) => `${deeperPad}- ${escapeMarkdown(d)}`)].join('\n'),
        block: b,
        lead: null,
        keepWithNext: false,
        breakCost: 4,
        listItem: true,
      };
      // Items under it taller than a slide holds with a title of two lines (a history lecture's twelve events under
      // "Political tendencies of centralisation:", one unit of 624 px in 413): each a point of its own, under it, so that
      // the slide can break among them (their notes are the item's).
      // (Or more words than a slide of them holds, as a Markdown item's are: a history lecture's war over four long
      // causes had shown 63.)
      const tall = bodyRoomUnder(2);
      if (unit.height <= tall && (unit.words <= itemSlideWords || sub.deeper.length < 2)) return [unit];
      return [
        {
          ...unit,
          markdown: `${pad}${subMarker} ${escapeMarkdown(subPoint)}`,
          height: proseHeight(subPoint, 2.1, 0.86) + g.itemGap * 0.5,
          words: countWords(visibleText(subPoint)),
          keepWithNext: true,
        },
        ...deeperPoints.map((d, n): Unit => ({
          ...unit,
          markdown: `${deeperPad}- ${escapeMarkdown(d)}`,
          height: deeperHeights[n] ?? 0,
          words: countWords(visibleText(d)),
          noteKey: `${b}:${i}:${k}:${n}`,
          noteText: '',
          keepWithNext: false,
        })),
      ];
    });
    return [parent, ...nested];
  });
}

/**
 * A quotation or a sidebar (`> ### Title`, `> [!NOTE]`, `> [!example]- Title`):
 * its heading in bold and the point of its first paragraph (none when the
 * callout is folded); the whole of it goes to the notes.
 */
/** Lines blockAfter found that are a displayed formula, not fenced code. */
const isFormula = (lines: string[]): boolean => /^\s*\$\$/u.test(lines[0] ?? '');

/**
 * The fenced code or displayed formula right after a quotation's paragraph `first` (blank lines
 * between), its lines as written without the quotation's markers: null where
 * none follows, or it is longer than a quotation shows (8 lines).
 */
function blockAfter(quote: string, first: string): string[] | null {
  const lines = quote.split('\n').map((l) => l.replace(/^\s*>\s?/u, ''));
  const last = first.trim().split('\n').pop()?.trim() ?? '';
  const end = lines.findIndex((l) => l.trim() === last);
  if (end < 0 || last === '') return null;
  let open = end + 1;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open += 1;
  // A displayed formula too (a definition quoted in a box: "…, $\mu$ has:" over "$$ \int … = 0 $$").
  if (/^\s*\$\$/u.test(lines[open] ?? '')) {
    const oneLine = /^\s*\$\$[\s\S]*\S[\s\S]*\$\$\s*$/u.test(lines[open] ?? '') && (lines[open] ?? '').trim().length > 4;
    const close = oneLine ? open : lines.findIndex((l, k) => k > open && /\$\$\s*$/u.test(l));
    if (close < 0 || close - open - 1 > 8) return null;
    return lines.slice(open, close + 1);
  }
  const fence = /^(`{3,}|~{3,})/u.exec(lines[open] ?? '')?.[1];
  if (!fence) return null;
  const close = lines.findIndex((l, k) => k > open && l.trimEnd() === fence);
  if (close < 0 || close - open - 1 > 8) return null;
  return lines.slice(open, close + 1);
}

/**
 * The items of a quotation's list as points, each with the author's marker
 * and its nested items under it ("   1. Return …"), so a sub-step is neither
 * lost nor run into its item's sentence.
 */
/** The list in a quotation right after its opening paragraph `first` (blank lines between or none): six short items at most, else none. */
function listAfter(quote: string, first: string): string | null {
  const rest = quote.slice(quote.indexOf(first) + first.length).replace(/^\s*\n/u, '');
  const lines = rest.split('\n');
  if (!itemStart.test(lines[0] ?? '')) return null;
  let end = 0;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
  const list = lines.slice(0, end).join('\n');
  const items = listItems(list);
  return items.length >= 1 && items.length <= 6 && countWords(visibleText(list)) <= 80 ? list : null;
}

function quotedItems(list: string): string[] {
  return listItems(list).map((item) => {
    const lines = item.body.split('\n');
    const nested = lines.findIndex((l, k) => k > 0 && nestedStart.test(l));
    const own = pointOf(joinLines((nested < 0 ? lines : lines.slice(0, nested)).join('\n')), pointWords).point;
    if (nested < 0) return `${item.marker} ${own}`;
    const pad = ' '.repeat(item.marker.length + 1);
    const inner = lines.slice(nested).map((l) => dedent(l, columnsOf(lines[nested] ?? '')));
    const subs = listItems(inner.join('\n')).map((sub) => `${pad}${sub.marker} ${pointOf(joinLines(sub.body), pointWords).point}`);
    return [`${item.marker} ${own}`, ...subs].join('\n');
  });
}

/** A quoted item's height on a slide (its nested items on lines of their own). */
const quotedItemHeight = (item: string): number =>
  item.split('\n').reduce((h, line) => h + proseHeight(line.trim(), 1.05 + (/^\s/u.test(line) ? 1 : 0)), 0) + g.itemGap;

/**
 * Things of the given sizes, in order, in as few parts of at most `limit` as there can be, of about even size (twelve
 * steps in a room of five are 4 + 4 + 4, not 5 + 5 + 2): the index of each part's first thing. One part where they fit.
 */
function evenParts(sizes: number[], limit: number): number[] {
  // The starts of parts taken greedily, none over `cap`.
  const greedy = (cap: number): number[] => {
    const starts: number[] = [];
    let size = Infinity;
    sizes.forEach((s, k) => {
      if (size + s > cap) {
        starts.push(k);
        size = 0;
      }
      size += s;
    });
    return starts;
  };
  if (sizes.reduce((a, b) => a + b, 0) <= limit) return [0];
  const count = greedy(limit).length;
  let low = Math.max(...sizes);
  let high = Math.max(low, limit);
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (greedy(mid).length <= count) high = mid;
    else low = mid;
  }
  return greedy(high);
}

/** `items` cut where `starts` says (evenParts). */
const cutAt = <T>(items: T[], starts: number[]): T[][] => starts.map((start, k) => items.slice(start, starts[k + 1] ?? items.length));

/**
 * Items in parts of at most `limit` high and `words` words of prose (null when they fit in one), a later part's first
 * marker numbered on.
 */
function itemParts(items: string[], limit: number, words = Number.POSITIVE_INFINITY): string[][] | null {
  const heights = items.map(quotedItemHeight);
  const counts = items.map((item) => countWords(visibleText(item)));
  // (Over the words too: each item's share of the larger of the two limits it takes, in thousandths.)
  const wordy = counts.reduce((a, b) => a + b, 0) > words;
  const starts = wordy
    ? evenParts(
        heights.map((h, k) => Math.max(h / limit, (counts[k] ?? 0) / words) * 1000),
        1000,
      )
    : evenParts(heights, limit);
  if (starts.length < 2) return null;
  const parts = cutAt(items, starts);
  // An ordered list's number is its first item's: a later part starts where the part before it ended.
  const start = /^(\d+)([.)])/u.exec(items[0] ?? '');
  let done = 0;
  return parts.map((part) => {
    const first = start && done > 0 ? (part[0] ?? '').replace(/^\d+(?=[.)])/u, String(Number(start[1]) + done)) : part[0];
    done += part.length;
    return [first ?? '', ...part.slice(1)];
  });
}

/**
 * Part `k` of a long quoted list: a quotation of its own; the first part carries the whole quotation's notes. A box's
 * title (`title`) heads its first part, in bold, and names the slides of the others.
 */
function quotePart(items: string[], notes: string, b: number, k: number, between = '\n', title: string | null = null): Unit {
  if (title !== null) return { ...quotePart(k === 0 ? [`${inBold(title)}\n`, ...items] : items, notes, b, k, between), lead: title };
  const markdown = items
    .map((item) => item.replace(/\n/gu, '\n> '))
    .map((l) => `> ${l}`)
    .join(between);
  return {
    kind: 'visual',
    markdown,
    height: items.reduce((h, item) => h + quotedItemHeight(item), 0) + g.blockGap,
    words: countWords(visibleText(items.join(' '))),
    noteKey: `${b}:${k}`,
    noteText: notes,
    block: b,
    lead: null,
    keepWithNext: false,
    breakCost: k === 0 ? 1 : 2,
    listItem: false,
  };
}

/** The most words a quotation or box shows with the list its paragraph leads into. */
const quoteWords = 55;

/** The words of prose a quotation of short lines shows on one slide (quoteUnit): more go on over slides. */
const stanzaWords = 45;

/**
 * The paragraphs of a quotation of two to twelve short ones (a sentence or two, 25 words at most, each), each on one
 * line (a short command a line leads into, under it as written), in parts of at most `stanzaWords` of about even length;
 * null where it is no such quotation: one with a list, longer code, a table, a formula or a heading in it.
 */
function shortParagraphs(text: string): string[][] | null {
  const raw = text.split(/\n[ \t]*\n/u);
  const fenceLine = /^\s*(?:```|~~~)/u;
  // A short line may lead into a short command ("Mac:" over its fenced `cd ~/Desktop`): the two stay together, the
  // command's lines as written (never run into the line as "Mac: ```bash cd ~/Desktop ```"). A list, a table or a
  // formula inside a paragraph, or a longer block of code, makes no such quotation.
  const code = (p: string): number => p.split('\n').filter((l) => fenceLine.test(l)).length;
  const unfit = (p: string): boolean => {
    const lines = p.trim().split('\n');
    const fences = code(p);
    return (
      fences % 2 === 1 ||
      (fences > 0 && (lines.length - fences > 6 || fenceLine.test(lines[0] ?? ''))) ||
      lines.some((l, k) => k > 0 && /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|\||\$\$)/u.test(l))
    );
  };
  if (raw.some(unfit)) return null;
  const paragraphs = raw.map((p) => (code(p) > 0 ? p.trim() : joinLines(p.trim()))).filter((p) => p !== '');
  if (paragraphs.length < 2 || paragraphs.length > 12) return null;
  // (The words of its prose: a command's are code.)
  const prose = (p: string): string => (code(p) > 0 ? (p.split(/\n(?=\s*(?:```|~~~))/u)[0] ?? '') : p);
  const words = paragraphs.map((p) => countWords(visibleText(prose(p))));
  const short = paragraphs.every(
    (p, k) => !/^(?:[-*+]\s|\d{1,3}[.)]\s|```|~~~|\||#|\$\$|<)/u.test(p) && (words[k] ?? 0) <= 25 && splitSentences(prose(p)).length <= 2,
  );
  return short ? cutAt(paragraphs, evenParts(words, stanzaWords)) : null;
}

/** A line that is one label in bold ("**Theorem**", "__Side note on N-key rollover__", "**Definition 2.1.**"). */
const boldLabel = /^\s*(?:\*\*|__)([^*_\n]{1,60}?)[.:]?(?:\*\*|__)[.:]?\s*$/u;

/** A quotation that holds one bold label and nothing else ("> **Side note**", "> __Watch out:__"). */
function labelOnly(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^\s*>\s?/u, ''))
    .filter((l) => l.trim() !== '');
  return lines.length === 1 && boldLabel.test(lines[0] ?? '');
}

/**
 * The title of a paragraph that is an ordinal and a title alone, as Chinese posts number the items of a section
 * ("1、[蒙娜丽莎的地点](https://…)", "2、**稀土开发者大会**", "三、工具（英文）"), over the paragraphs that speak of it:
 * the title, its link or bold aside; null for any other paragraph. (A list item's "1." is Markdown's list; this ordinal
 * is not.)
 */
export function ordinalTitle(text: string): string | null {
  // (A remark in parentheses after it, "（英文）", is no part of the title; a link's address is.)
  const m = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、．]\s*(.+?)\s*(?:(?<!\])[（(][^）)\n]{1,40}[）)])?$/u.exec(text.trim());
  const rest = m?.[1]?.trim();
  if (!rest) return null;
  const linked = /^\[([^\]\n]{1,80})\]\([^)\s]+\)$/u.exec(rest)?.[1];
  const bold = /^(\*\*|__)(?=\S)([^*_\n]{1,80}?)(?<=\S)\1$/u.exec(rest)?.[2];
  const title = (linked ?? bold ?? rest).trim();
  if (!/\p{L}/u.test(title) || countWords(visibleText(title)) > 12 || /[。！？.!?：:；;，,]$/u.test(title)) return null;
  return title;
}

function quoteUnit(block: Block, b: number, format: 'text' | 'markdown', room: number): Unit[] {
  const inner = hardBreaks(block.text, format)
    .split('\n')
    .map((l) => l.replace(/^\s*>\s?/u, ''));
  // GitHub's alerts ("[!NOTE]") and Obsidian's callouts, which may carry a title and fold ("[!example]- Title").
  const alert = /^\s*\[!(\w+)\]([+-]?)(?:[ \t]+(\S.*?))?\s*$/u;
  const callout = alert.exec(inner.find((l) => l.trim() !== '') ?? '');
  const at = inner.findIndex((l) => l.trim() !== '' && !alert.test(l));
  const heading = inner[at];
  // A bold label that is a paragraph of its own ("**Theorem**", "**Definition 2.1.**") titles the box as a heading does.
  // So does a short line of words alone over the rest (a callout's title line, "Economic Insight" over its statement, as
  // Just the Docs' `{: .note-title }` boxes write it): no sentence, no list item, no code or formula.
  const plainTitle = /^\s*(\p{Lu}[\p{L}\p{N}'’ -]{0,48}[\p{L}\p{N}])\s*$/u.exec(heading ?? '');
  const bold = boldLabel.exec(heading ?? '');
  const words = countWords(inner.slice(at + 1).join(' '));
  const label = bold ?? (plainTitle && countWords(plainTitle[1] ?? '') <= 6 && words >= 5 ? plainTitle : null);
  // (A label in bold on a line of its own titles the box over the lines right under it too: "> __Hardware hiccup: don't
  // overload the hub!__" over "> While it would be convenient…", a course site's callout, had shown its label alone.)
  const boldLine = bold !== null && words >= 5;
  const title = callout?.[3]
    ? callout[3]
    : heading && /^#{1,6}\s+/u.test(heading)
      ? heading
          .replace(/^#{1,6}\s+/u, '')
          .replace(/\s+#+\s*$/u, '')
          .trim()
      : label && ((inner[at + 1] ?? '').trim() === '' || boldLine) && inner.slice(at + 1).some((l) => l.trim() !== '')
        ? (label[1] ?? '').trim()
        : null;
  const body = inner.filter((l) => !alert.test(l) && (callout?.[3] || l !== heading)).join('\n');
  const shownText = title ? body : inner.filter((l) => !alert.test(l)).join('\n');
  const opened = shownText.trim();
  // Its first paragraph: up to a blank line, a fence, or a list that interrupts it ("You can override the default
  // behavior" over "* Either by setting …"). A list it opens with goes on past a blank line to its next item or an
  // item's indented lines (a loose list, "> * **p-value vs α**:" over a blank line and ">   * If p < α: …").
  const paragraphEnd = itemStart.test(opened.split('\n')[0] ?? '')
    ? /\n[ \t]*\n(?![ \t]*\n|[ \t]+\S|(?:[-*+]|\d{1,3}[.)])[ \t]+\S)|\n(?=\s*(?:```|~~~))/u
    : /\n\s*\n|\n(?=\s*(?:```|~~~))|\n(?=[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S)/u;
  const first = opened.split(paragraphEnd)[0] ?? '';
  // A first paragraph indented as code inside the quotation (a lesson's quoted answer, its printed lines set in under
  // "> >"): code, shown as written, never a point with its spaces run together.
  // (Read before `opened` is trimmed: the first line's indentation is what says so.)
  const untrimmed = shownText.replace(/^(?:[ \t>]*\n)+/u, '');
  const unquoted = (untrimmed.split(/\n[ \t>]*\n/u)[0] ?? '').split('\n').map((l) => l.replace(/^(?:[ \t]*>[ \t]?)*/u, ''));
  const indentedCode = format === 'markdown' && unquoted.some((l) => l.trim() !== '') && unquoted.every((l) => l.trim() === '' || /^(?: {4}|\t)/u.test(l));
  // A folded callout shows its title; what it folds is for the notes.
  const shownPoint = indentedCode || /^\s*(?:```|~~~|\||#)/u.test(first) || (callout?.[2] === '-' && title) ? null : pointOf(first, pointWords * 2);
  // A quotation that opens with a list ("> 1. Rust 中每一个值都被一个变量所拥有…" over "> 2. …"): a point per item, with
  // the author's marks and numbers, not the first item's number alone.
  const items = itemStart.test(first.split('\n')[0] ?? '') && !(callout?.[2] === '-' && title) ? quotedItems(first) : null;
  // A long quoted list (a specification's twelve steps) goes on over slides, a part of its items on each: a quotation
  // of its own on each, numbered on from the part before.
  // So does a box's (a definition's four clauses): its title over each part. Over a slide's words as well as its room.
  // (A box's items take the room its whole unit would: the room under the slide's title, less the box's own title.)
  const itemRoom = title ? room - proseHeight(title, 1) - g.bodyLine * 0.5 - g.blockGap : room - g.bodyLine - g.blockGap * 2;
  const parts = items ? itemParts(items, itemRoom, quoteWords) : null;
  if (parts && parts.length > 1) return parts.map((part, k) => quotePart(part, k === 0 ? inner.join('\n').trim() : '', b, k, '\n', title));
  const listed = items ? items.join('\n') : null;
  const point = listed ?? shownPoint?.point ?? '';
  // A paragraph that leads into a short list in the box ("For example, to disable CTRL-R and ALT-C:" over the shells'
  // lines, or a sentence the list interrupts) shows the list's items too, each as its point: the lead-in stays with it.
  const after =
    format === 'markdown' && !items && shownPoint && point.replace(/\s+/gu, ' ').trim() === first.replace(/\s+/gu, ' ').trim()
      ? listAfter(opened, first)
      : null;
  // (Not where the box would then show more than a slide's words: its items are the notes', its paragraph the point.)
  const listedAfter = after ? quotedItems(after) : null;
  const following = listedAfter && countWords(visibleText([point, ...listedAfter].join(' '))) <= quoteWords ? listedAfter : null;
  // A quotation of a few short lines, each a paragraph of its own (a syllogism's premises and conclusion, a verse, the
  // turns of a short exchange), shows them all: its first line alone says little of it.
  const stanzaParts = title || callout || items || indentedCode || following ? null : shortParagraphs(opened);
  if (stanzaParts && stanzaParts.length > 1) return stanzaParts.map((part, k) => quotePart(part, k === 0 ? inner.join('\n').trim() : '', b, k, '\n>\n'));
  const stanzas = stanzaParts?.[0] ?? null;
  const lines = stanzas ?? [title ? inBold(title) : '', following ? [point, ...following].join('\n') : point].filter((l) => l !== '');
  const shown = format === 'text' ? lines.map(escapeMarkdown) : lines;
  // A point that leads into the quotation's code or formula ("what if we type:", "For example,", "… has:") shows it too, as written.
  const code = indentedCode
    ? ['```', ...unquoted.map((l) => l.replace(/^(?: {4}|\t)/u, '')), '```']
    : format === 'markdown' &&
        /[:：]\s*$|\b(?:for example|for instance|e\.g\.|such as),?\s*$/iu.test(point) &&
        point.replace(/\s+/gu, ' ').trim() === first.replace(/\s+/gu, ' ').trim()
      ? blockAfter(block.text, first)
      : null;
  const markdown = [...shown.map((l) => l.replace(/\n/gu, '\n> ')), ...(code ? [code.join('\n> ')] : [])].map((l) => `> ${l}`).join('\n>\n');
  return [
    {
      kind: 'visual',
      markdown,
      height:
        (stanzas !== null
          ? stanzas.reduce((h, line) => h + proseHeight(line, 1), 0) + (stanzas.length - 1) * g.bodyLine * 0.2
          : items !== null
            ? items.reduce((h, item) => h + quotedItemHeight(item), 0) + (title ? proseHeight(title, 1) : 0)
            : proseHeight(title ? `${title} ${point}` : point, 1)) +
        (following ? following.reduce((h, item) => h + quotedItemHeight(item), 0) : 0) +
        g.blockGap +
        (title ? g.bodyLine * 0.5 : 0) +
        (code ? (isFormula(code) ? formulaHeight(code.join('\n')) : codeHeight(code.slice(1, -1))) + g.blockGap : 0),
      words: countWords(visibleText(shown.join(' '))),
      noteKey: `${b}`,
      // The notes keep the whole quotation, without its markers, so it reads as prose.
      noteText:
        format === 'text'
          ? escapeMarkdown(block.text)
          : inner
              .filter((l) => !alert.test(l))
              .join('\n')
              .trim(),
      block: b,
      lead: title ?? shownPoint?.lead ?? null,
      keepWithNext: false,
      breakCost: title ? 0 : 1,
      listItem: false,
    },
  ];
}

/** A line that opens with a bold label and its value ("**Syntax**: `SELECT …`"). */
const fieldLine = /^\s*(?:\*\*|__)[^*_\n]{1,40}?(?:[:：](?:\*\*|__)|(?:\*\*|__)\s*[:：])\s*\S/u;

/**
 * A Markdown paragraph whose every line opens with a bold label ("**Keyword**: `CROSS JOIN`" over "**Syntax**: `SELECT …`"):
 * fields the author wrote a line each, which Markdown would run together. Each is a paragraph of its own.
 */
export function fieldLines(blocks: Block[], format: 'text' | 'markdown'): Block[] {
  if (format !== 'markdown') return blocks;
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph' || !block.text.includes('\n')) return [block];
    const lines = block.text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length < 2 || !lines.every((l) => fieldLine.test(l))) return [block];
    return lines.map((l, k) => ({ ...block, text: l.trim(), line: block.line + k }));
  });
}

/** Words past which a paragraph is read as several: four points of seventy words are all one paragraph shows. */
const longParagraph = 300;

/**
 * A paragraph longer than a slide can speak to (a page of prose whose breaks were lost, "…interface.A lot of people…"
 * over four thousand words): pieces of some two hundred words, cut between sentences, each a paragraph of its own, so that
 * each gets its points and its slides and its notes carry its own text. A cut never falls inside a span the author
 * marked (code, emphasis, a link or a formula).
 */
export function longParagraphPieces(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph' || block.folded === true || block.footnote === true) return [block];
    const words = countWords(block.text);
    if (words <= longParagraph) return [block];
    const sentences = splitSentences(joinLines(block.text));
    const count = Math.ceil(words / 220);
    const target = words / count;
    const pieces: string[] = [];
    let piece: string[] = [];
    let pieceWords = 0;
    for (const sentence of sentences) {
      piece.push(sentence);
      pieceWords += countWords(sentence);
      const text = piece.join(' ');
      if (pieceWords >= target * 0.9 && pieces.length < count - 1 && closesItsSpans(text)) {
        pieces.push(text);
        piece = [];
        pieceWords = 0;
      }
    }
    if (piece.length > 0) pieces.push(piece.join(' '));
    if (pieces.length < 2) return [block];
    return pieces.map((text, k) => ({ ...block, text, afterRule: k === 0 ? block.afterRule : undefined }));
  });
}

/** Whether some text closes every span it opens: code, bold or italic, links and formulas. */
function closesItsSpans(text: string): boolean {
  const count = (pattern: RegExp): number => (text.match(pattern) ?? []).length;
  return count(/`/gu) % 2 === 0 && count(/\*\*/gu) % 2 === 0 && count(/__/gu) % 2 === 0 && count(/\$/gu) % 2 === 0 && count(/\[/gu) === count(/\]/gu);
}

/**
 * Turns one section's blocks into units, in order. With `detail`, a
 * paragraph shows the opening of several of its sentences (for a section
 * that would otherwise leave its slide nearly empty).
 */
/** Whether a paragraph is pictograms only ("💡", "⚠️ 🚧"): no letter, digit or punctuation of text. */
const pictogramsOnly = (text: string): boolean => /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/u.test(text) && /\p{Extended_Pictographic}/u.test(text);

export function blocksToUnits(given: Block[], format: 'text' | 'markdown', detail = false, room = defaultRoom()): Unit[] {
  const blocks = longParagraphPieces(fieldLines(given, format));
  const units: Unit[] = [];
  // What a block leads into, and what led into it: the blocks around it, past the footnotes folded in after a citing one
  // (a lead-in that cites a footnote still introduces the code after it).
  const nextShown = (b: number): number => {
    let k = b + 1;
    while (blocks[k]?.footnote === true) k += 1;
    return k;
  };
  const shownBefore = (b: number): number => {
    let k = b - 1;
    while (k >= 0 && blocks[k]?.footnote === true) k -= 1;
    return k;
  };
  // The unit of the block shown before block `b` (its lead-in, where it is one).
  const leadOf = (b: number): Unit | undefined => {
    const before = shownBefore(b);
    // Units are in block order: the search stops at the first unit of an earlier block.
    for (let u = units.length - 1; u >= 0 && (units[u]?.block ?? -1) >= before; u -= 1) if (units[u]?.block === before) return units[u];
    return undefined;
  };
  // The room the lead-ins before block `b` take on its slide: its lead-in sentence, and a label over that one
  // ("**Money transfer without a transaction**" over "Imagine we transfer 500€:" over the code), which the slide keeps with
  // them. (Labels that would take half the room stand down: the code's first part is not made tiny for them.)
  const ledInHeight = (b: number): number => {
    const lead = leadOf(b);
    if (!lead?.keepWithNext || lead.kind !== 'point') return 0;
    let height = 0;
    for (let u = units.length - 1; u >= 0 && units[u]?.keepWithNext === true && units[u]?.kind === 'point'; u -= 1) height += units[u]?.height ?? 0;
    return height > room / 2 ? lead.height : height;
  };
  blocks.forEach((block, b) => {
    const next = blocks[nextShown(b)];
    // A long paragraph gets a point per seventy words or so, whatever the room.
    const long = Math.min(4, Math.floor(countWords(block.text) / 70));
    const most = detail ? 4 : long;
    // A wall of pictures (a README's sponsors' avatars): a row of them at a time, the slides going on with the rest.
    const rows = !block.folded && format === 'markdown' && (block.kind === 'image' || block.kind === 'paragraph') ? pictureRows(block.text) : [];
    const detailed =
      most >= 2 && rows.length <= 1 && block.kind === 'paragraph' && !block.folded && !introduces(block.text, next)
        ? detailUnits(block, b, format, most)
        : null;
    if (rows.length > 1) {
      units.push(...rows.map((row, i) => visualPart(row, pictureRowHeight(row), b, i)));
    } else if (detailed) {
      units.push(...detailed);
    } else if (
      block.folded ||
      (block.kind === 'paragraph' && pictogramsOnly(block.text)) ||
      (block.kind === 'paragraph' && blocks[b - 1]?.kind === 'math' && /^[.,;:!?…。，；：！？]+$/u.test(block.text.trim()))
    ) {
      // Folded away by the author (<details>): the speaker's notes only. So is a pictogram alone on its line (the "💡" a
      // Notion callout opens with, over its title and text): an icon, no point of its own. So is the stop a displayed
      // formula's sentence ends with, written after its closing "$$." (a bullet of a full stop alone had followed it).
      units.push({
        kind: 'point',
        markdown: '',
        height: 0,
        words: 0,
        noteKey: `${b}`,
        noteText: block.text,
        block: b,
        lead: null,
        // A footnote between a lead-in and what it introduces keeps them together.
        keepWithNext: block.footnote === true && units[units.length - 1]?.keepWithNext === true,
        breakCost: 5,
        listItem: false,
      });
    } else if (block.kind === 'paragraph') {
      // (The caption under a picture it stays with, the unit just made keeping it, is shown as a caption, no bullet.)
      // (So is the rest of a sentence that a displayed formula interrupted, "where" over "$$P(Y = Y_i …)$$" over "is the
      // probability of observing a single data point": it reads on from the formula, no point of its own.)
      // (In Japanese, where no letter is lower case, it opens with a particle: "という関係があるため、".)
      const goesOn = format === 'markdown' && blocks[b - 1]?.kind === 'math' && (/^\p{Ll}/u.test(block.text.trim()) || opensWithParticle(block.text));
      const unmarked = format === 'markdown' && (captionedPicture(units[units.length - 1]) || goesOn);
      units.push(paragraphUnit(block, b, next, format, unmarked));
    } else if (block.kind === 'list') {
      const items = format === 'markdown' ? markdownListUnits(block, b, room) : textListUnits(block, b);
      // A last item that leads into the formula, code, table or picture after the list ("- **Bayes Formula**:" over
      // its formula) stays with it, as a paragraph that leads into one does.
      const last = items[items.length - 1];
      const itemText = listItems(block.text).at(-1)?.body.trim() ?? '';
      if (last && next && ['math', 'code', 'table', 'image'].includes(next.kind) && !itemText.includes('\n') && introduces(itemText, next, true))
        last.keepWithNext = true;
      // So does one that ends with a colon over the list after it (an exercise's "…son nom et affiche :" over the two
      // messages, set in too little to be its sub-list).
      if (last && next?.kind === 'list' && !itemText.includes('\n') && /[:：]\s*(?:\*\*|__|\*|_)?$/u.test(itemText)) last.keepWithNext = true;
      units.push(...items);
    } else if (block.kind === 'code') {
      const lead = leadOf(b);
      // Room beside a lead-in sentence; a command's code kept with its output is no lead-in (its height is no room to give).
      const parts = codeUnits(
        block,
        b,
        room,
        lead?.keepWithNext && lead.kind === 'point' ? ledInHeight(b) : undefined,
        units.every((u) => u.markdown === ''),
      );
      // A command stays with the output shown after it.
      const last = parts[parts.length - 1];
      if (last && next?.kind === 'code' && (printedOutput(next.text) || /^\s*(?:`{3,}|~{3,})\s*\{?\.?(?:console|text|plaintext)\b/iu.test(next.text)))
        last.keepWithNext = true;
      units.push(...parts);
    } else if (block.kind === 'table') {
      const lead = leadOf(b);
      // (A plain text's table, laid out in columns, is written as Markdown's with its cells' text as written: escaped.)
      const table = format === 'text' ? { ...block, text: escapedCells(block.text) } : block;
      units.push(...tableUnits(table, b, lead?.keepWithNext ? Math.max(lead.height, ledInHeight(b)) : 0, room));
    } else if (block.kind === 'quote') {
      units.push(...quoteUnit(block, b, format, room));
      // A box that holds only its bold label ("> __Side note on N-key rollover__") over a list or text outside it (the
      // author's box, whose lines a site's own Markdown took in) stays with what it labels: it had ended one slide alone.
      const last = units[units.length - 1];
      if (last && next && ['list', 'paragraph', 'code'].includes(next.kind) && labelOnly(block.text)) last.keepWithNext = true;
    } else if (block.kind === 'math' && format === 'markdown' && formulaHeight(block.text) > room) {
      // A derivation taller than a slide goes on over the next, a part of its rows on each (its TeX lines as written);
      // the first part leaves room for the sentence that leads into it.
      const lead = leadOf(b);
      const beside = lead?.keepWithNext ? Math.max(lead.height, ledInHeight(b)) : 0;
      // (Not one a little taller, which the slide's fit sets a little smaller with its lead-in, formulaFloor: a linear
      // program's nine rows had stood five on one slide and four on the next.)
      const tall = formulaHeight(block.text);
      const scale = (room - g.blockGap - beside) / tall;
      const parts =
        scale >= formulaFloor
          ? null
          : (formulaParts(block.text, room - g.blockGap, room - g.blockGap - beside) ??
            formulaRunParts(block.text, room - g.blockGap, room - g.blockGap - beside) ?? [block.text]);
      if (parts === null) units.push({ ...visualPart(block.text, tall * scale, b, 0), scale });
      else units.push(...parts.map((part, i) => visualPart(part, formulaHeight(part), b, i)));
      const last = units[units.length - 1];
      if (last && goesOnAfterFormula(block.text, next)) last.keepWithNext = true;
    } else {
      const words = block.kind === 'html' ? countWords(block.text) : 0;
      const markdown = format === 'text' || block.kind === 'html' ? escapeMarkdown(block.text) : block.text;
      units.push({
        kind: 'visual',
        markdown,
        height: visualHeight(block),
        words,
        noteKey: `${b}`,
        noteText: '',
        block: b,
        lead: null,
        keepWithNext:
          (block.kind === 'math' && goesOnAfterFormula(block.text, next)) ||
          (block.kind === 'image' && (captionUnder(next) || lineUnderPicture(block.text, next, blocks[nextShown(nextShown(b))]) || creditUnder(next))),
        breakCost: 1,
        listItem: false,
      });
    }
  });
  // A block after a rule the author drew opens a part: its first unit is where a slide breaks (and no slide runs on past it).
  // A turn of a dialogue names no slide (Unit.spoken).
  return units.map((u, k) => {
    const opened = blocks[u.block]?.afterRule === true && units[k - 1]?.block !== u.block ? { ...u, breakCost: 0, afterRule: true } : u;
    return blocks[u.block]?.spoken === true ? { ...opened, lead: null, spoken: true } : opened;
  });
}
