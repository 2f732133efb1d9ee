// Markdown -> DocumentModel. Front matter gives the title slide; headings give
// sections; every block keeps the author's exact Markdown source.
import { foldFootnotes } from './footnotes.ts';
import MarkdownIt from 'markdown-it';
import { flattenDeepNesting } from './nesting.ts';
import { splitFrontMatter, yamlText, type FrontMatter } from './yaml.ts';
import type { Block, DocumentModel, Section } from '../types.ts';
import { backToTopWords, isSummaryOpening } from './split-text.ts';
import { removeHidden, type Box } from './hidden.ts';
import { htmlHeading, htmlToBlocks, inlineHtml } from './html-blocks.ts';
import { inlineReferences, referencesAsText, type Reference } from './references.ts';
import { backtickFormulas, markdownEscapedFormulas, texDelimiters } from './tex-delimiters.ts';
import { codeLines as fencedLines, mapProse } from './fence.ts';
import { least } from './numbers.ts';
import { definitionsBlock } from './tex-macros.ts';
import {
  definitionItems,
  foldedCallouts,
  formulaPictures,
  imageAttributes,
  latexListings,
  notesSpans,
  picturesAfterItems,
  spacedPicturePaths,
  wikiLinks,
} from './directives.ts';
import { namesContents } from './contents.ts';
import { deckSyntax, speakerComments } from './deck-syntax.ts';
import { splitAtNotes, startsNotes } from './slide-file.ts';
import { countWords } from './sentences.ts';
import { decodeHTML } from 'entities';
import { dateLine } from './dates.ts';
import { inBold, sameText, shownHeading, visibleText } from './text-size.ts';
import { cellsOf, columnsOf, figureCaption, isPictureLine, pictureMark, picturesOf, picturesOnly, rowCells, trailingPictures } from './units.ts';

// Block structure: an inline's children are parsed only where a paragraph may be a picture (imageOnly).
const parser = new MarkdownIt({ html: true });
parser.core.ruler.disable('inline');
// A footnote's definition ("[^note]: text") is a paragraph of its own (footnotes.ts folds it into the notes), also where its
// text is a single address ("[^note]: <https://…>"), which markdown-it would otherwise take for a link's definition and drop.
parser.block.ruler.before('reference', 'footnote_definition', (state, startLine, endLine, silent) => {
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  if (state.sCount[startLine]! - state.blkIndent >= 4 || !/^\[\^[^\]\s]+\]:/u.test(state.src.slice(start, state.eMarks[startLine]))) return false;
  if (silent) return true;
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next)) next += 1;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  inline.content = state.getLines(startLine, next, state.blkIndent, false).trim();
  inline.map = [startLine, next];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.line = next;
  return true;
});
// A display formula between $$ lines is one block, as the renderer's KaTeX plugin reads it (a line of "=" or "-" inside it is
// TeX, not a heading's underline; a blank line inside does not end it): a line that starts with $$ to the line that holds the
// next $$, or one line "$$…$$". It may interrupt a paragraph, as there.
parser.block.ruler.after(
  'blockquote',
  'display_math',
  (state, startLine, endLine, silent) => {
    const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
    const first = state.src.slice(start, state.eMarks[startLine]);
    if (!first.startsWith('$$') || (state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
    const closings = [...first.slice(2).matchAll(/\$\$/gu)];
    // "$$a$$ and $$b$$" is text with formulas in it.
    if (closings.length > 1 || (closings.length === 1 && !first.trimEnd().endsWith('$$'))) return false;
    // Nor the line that closes a formula a paragraph's line opened ("The formula: $$" over its TeX, then "$$"): the
    // paragraph above it holds an odd number of $$.
    // (Back to where the block before ends: a formula above that was spaced with blank lines is no part of this paragraph.)
    let floor = 0;
    for (let t = state.tokens.length - 1; t >= 0; t -= 1) {
      const end = state.tokens[t]?.map?.[1];
      if (end !== undefined && end <= startLine) {
        floor = end;
        break;
      }
    }
    let opened = 0;
    for (let above = startLine - 1; above >= floor && !state.isEmpty(above); above -= 1)
      opened += (state.src.slice(state.bMarks[above] ?? 0, state.eMarks[above]).match(/\$\$/gu) ?? []).length;
    if (opened % 2 === 1) return false;
    let next = startLine;
    if (closings.length === 0) {
      for (next = startLine + 1; next < endLine; next += 1) {
        const from = (state.bMarks[next] ?? 0) + (state.tShift[next] ?? 0);
        const text = state.src.slice(from, state.eMarks[next]);
        if (text !== '' && (state.sCount[next] ?? 0) < state.blkIndent) return false;
        if (text.includes('$$')) break;
      }
      if (next >= endLine) return false;
    }
    if (silent) return true;
    state.line = next + 1;
    // An empty formula ("$$$$" under an Obsidian note's last one, "$$" over "$$") shows nothing: no block.
    if (state.src.slice(start, state.eMarks[next]).replace(/\$\$/gu, '').trim() === '') return true;
    const token = state.push('math_block', 'math', 0);
    token.block = true;
    token.map = [startLine, next + 1];
    return true;
  },
  { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
);
// Also numbered ("7. Conclusion") and joined to what follows it ("Summary and outlook", "Zusammenfassung und Ausblick").
export const summaryHeading =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:summary|conclusions?|in summary|in conclusion|wrap[- ]?up|takeaways?|key takeaways|recap|résumé|conclusion|zusammenfassung|fazit|schluss|resumen|conclusiones?|conclusión|riepilogo|conclusioni|resumo|conclusão|samenvatting|conclusie|итоги|заключение|выводы|резюме|まとめ|おわりに|結論|总结|小结|结论|结语|요약|정리|결론|마무리|podsumowanie|wnioski|özet|sonuç)(?:\s+(?:and|und|et|y|e|en|&)\s+[\p{L}' -]{2,40})?$/iu;

function stringField(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ') || null;
  const text = yamlText(value);
  const shown = text === null ? '' : withoutTags(lineBlock(text)).replace(/^`(?!r\s|\{r\})([^`\n]+)`$/u, '$1');
  // (A value is Markdown as Pandoc reads it: its entities are the characters they name, "(week 4)&nbsp;--&nbsp;Permissions";
  // a tag's brackets stay escaped.)
  const decoded = shown.includes('&')
    ? shown.replace(/&(?!lt;|gt;|#0*6[02];|#x0*3[ce];)(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/giu, (entity) => decodeHTML(entity))
    : shown;
  return decoded === '' ? null : withoutInlineR(decoded);
}

/**
 * A Pandoc line block ("| DNA analysis in population genetics" over "| Practical 4, Selection", as R Markdown sets a
 * title or its authors over lines): its lines without their marks. (And a value that is one code span of no R, "`12
 * March, 2020`", is its text: above.)
 */
function lineBlock(text: string): string {
  return isLineBlock(text)
    ? text
        .split('\n')
        .map((l) => l.trim().replace(/^\|\s?/u, ''))
        .join('\n')
    : text;
}

const isLineBlock = (text: string): boolean => text.split('\n').every((l) => /^\|(?:\s|$)/u.test(l.trim()));

/**
 * A field's text without the HTML tags that lay it out on the page the renderer makes (R Markdown's date
 * "<br/>November 15, 2021", a line break over the date): a line break is a space.
 */
function withoutTags(text: string): string {
  if (!/<\/?[a-zA-Z]/u.test(text)) return text;
  // (Only tags that lay text out: any other, "<script>", is the author's text, shown as such.)
  return (
    text
      // (And "</br>", which browsers read as one too: a xaringan talk's author, "</br><i class="fa fa-twitter"></i> @name".)
      .replace(/<\/?br\s*\/?>/giu, ' ')
      .replace(/<\/?(?:b|i|u|em|strong|span|small|big|center|font|sup|sub|div|p)\b[^<>]*>/giu, '')
      .replace(/\s{2,}/gu, ' ')
      .trim()
  );
}

/**
 * A field without the R code knitr would have run in it ("2016/12/12 (updated: `r Sys.Date()`)", Quarto's
 * "`{r} Sys.Date()`"): what is left of it, an aside left empty dropped; null when nothing is left.
 */
function withoutInlineR(text: string): string | null {
  if (!/`\{?r\}?\s/u.test(text)) return text;
  const left = text
    .replace(/`\{?r\}?\s[^`]*`/gu, '')
    .replace(/\(\s*[\p{L} ]{0,20}:?\s*\)/gu, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  // A label whose value was the code ("Last update: `r Sys.Date()`") says nothing.
  if (/:$/u.test(left)) return null;
  const kept = left.replace(/\s*[,;·—-]$/u, '').trim();
  return kept === '' ? null : kept;
}

type Token = ReturnType<typeof parser.parse>[number];

/**
 * What a paragraph's text shows inline, read with the document's reference definitions: its tokens without the blanks
 * between them and the line breaks and centring that only place them ("<br><center><img …></center><br>"). Empty for a
 * text with no picture in it (the only texts asked about).
 */
function shownPictures(content: string, env: Record<string, unknown>): Token[] {
  if (!content.includes('![')) return [];
  const children: Token[] = [];
  parser.inline.parse(content, parser, env, children);
  return children.filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak' && !placing(c));
}

/** Whether a paragraph's text is pictures alone (blanks between them), reference-style ones read with the document's definitions. */
function imageOnly(content: string, env: Record<string, unknown>): boolean {
  const shown = shownPictures(content, env);
  return shown.length > 0 && shown.every((c) => c.type === 'image');
}

/** The picture a paragraph shows alone (one picture, nothing else but its placing), or null; with its alternative text. */
function solePicture(content: string, env: Record<string, unknown>): { src: string; alt: string } | null {
  const shown = shownPictures(content, env);
  const image = shown.length === 1 && shown[0]?.type === 'image' ? shown[0] : null;
  const src = String(image?.attrGet('src') ?? '');
  return image === null || src === '' ? null : { src, alt: image.children?.map((c) => c.content).join('') ?? image.content };
}

/**
 * Pictures a page shows alone three times or more (a coloured line between its parts, "![linea](../immagini/linea.png)"
 * under each heading of an Italian lab course): its dividers, drawn as a rule is, never a figure of its own. Not one
 * whose alternative text says what it shows ("A red circle with a blue square"): a figure the author shows again.
 */
function dividerPictures(tokens: Token[], env: Record<string, unknown>): Set<string> {
  const uses = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (t.type !== 'paragraph_open' || t.level !== 0) return;
    const picture = solePicture(tokens[i + 1]?.content ?? '', env);
    if (picture !== null && countWords(picture.alt) <= 1) uses.set(picture.src, (uses.get(picture.src) ?? 0) + 1);
  });
  return new Set([...uses].filter(([, n]) => n >= 3).map(([picture]) => picture));
}

/** Inline HTML that only places what it is round: a line break, centring. */
const placing = (token: Token): boolean => token.type === 'html_inline' && /^<\/?(?:br|center)\b[^>]*>$/iu.test(token.content.trim());

/** Pictures alone in a paragraph, without the line breaks and centring round them. */
const withoutPlacing = (text: string): string =>
  text
    .replace(/<\/?(?:br|center)\b[^>]*>/giu, ' ')
    .replace(/[ \t]+/gu, ' ')
    .trim();

/**
 * A paragraph of ornaments alone that sets parts of a text apart ("〰〰〰", "• • •", "⁂", "❦"). Only signs that mean
 * nothing else: "???" (remark's notes), ":::" (a fenced div) and "..." are the author's markup or text.
 */
// (A line of "=" alone is a heading's underline left without its heading, a template's `{{ page.title }}` taken out.)
const ornaments = /^\s*(?:[〰•·◦∙⋆★☆✦✧❖◆◇♦∗⁕✱✲✳❋✿❀○●◎~—–]\uFE0F?\s*){3,12}$|^\s*[⁂❦❧☙※⸻]\uFE0F?\s*$|^\s*={3,}\s*$/u;

function blockKind(tokens: Token[], index: number, env: Record<string, unknown>): Block['kind'] | 'heading' | 'break' | 'rule' {
  const token = tokens[index];
  switch (token?.type) {
    case 'heading_open':
      return 'heading';
    case 'hr':
      return 'break';
    case 'bullet_list_open':
    case 'ordered_list_open':
      return 'list';
    case 'fence':
    case 'code_block':
      return 'code';
    case 'table_open':
      return 'table';
    case 'blockquote_open':
      return 'quote';
    case 'html_block':
      return 'html';
    case 'math_block':
      return 'math';
    case 'paragraph_open': {
      const inline = tokens[index + 1];
      if (ornaments.test(inline?.content ?? '')) return 'rule';
      if (imageOnly(inline?.content ?? '', env)) return 'image';
      // (One formula: text between two, "$$a$$ Define $x$. Then $$b$$", is displayMathApart's.)
      if (/^\$\$[\s\S]*\$\$$/u.test(inline?.content.trim() ?? '') && displayMarks(inline?.content ?? '').length === 2) return 'math';
      // (So is a paragraph of display formulas and nothing else, "$$a$$ $$b$$ $$c$$" on one line: each is set on its own.)
      if (formulasOnly(inline?.content ?? '')) return 'math';
      return 'paragraph';
    }
    default:
      return 'paragraph';
  }
}

/** A label, its colon and pictures after it on its line ("_rappel_ : ![](data/extraitBO.png)"). */
const labelledPictures = new RegExp(String.raw`^([\s\S]*?\S[ \t]*[:：])[ \t]*((?:${pictureMark}[ \t]*)+)$`, 'u');

/**
 * A paragraph of text over pictures on lines of their own, no blank line between ("Voici le diagramme relationnel de
 * cette base :" over "![](data/ERD_livres.png){: .center}", or after a label's colon on its line): the text, then the
 * pictures, as the page shows them. (The picture had been read as part of a point, at its own size, and the slide
 * overflowed.) Null when there are none.
 */
function picturesAfter(text: string, line: number): Block[] | null {
  if (!text.includes('![')) return null;
  const lines = text.split('\n');
  const count = trailingPictures(lines);
  // (So are pictures after a label and its colon on the same line: "_rappel_ : ![](data/extraitBO.png)".)
  const labelled = labelledPictures.exec(text);
  if (count === 0 && labelled?.[1] && labelled[2])
    return [
      { kind: 'paragraph', text: labelled[1].trim(), line },
      { kind: 'image', text: labelled[2].trim(), line: line + lines.length - 1 },
    ];
  // (And lines of text and of pictures taking turns, "Bsp. 1:" over its picture over "Bsp. 2:" over its: each run of
  // lines a block of its own, in order. The labels and the first picture had been one point, and the slide's title.)
  const runs: { picture: boolean; lines: string[]; at: number }[] = [];
  lines.forEach((l, k) => {
    const picture = isPictureLine(l);
    const last = runs[runs.length - 1];
    if (last && last.picture === picture) last.lines.push(l);
    else runs.push({ picture, lines: [l], at: k });
  });
  if (runs.length > 2 && runs.some((r) => r.picture))
    return runs.map((r) =>
      r.picture
        ? { kind: 'image' as const, text: picturesOf(r.lines), line: line + r.at }
        : { kind: 'paragraph' as const, text: r.lines.join('\n').trim(), line: line + r.at },
    );
  // (And pictures on the lines that open it, over its text: "![Zustandsmodell](img/z.jpg)" over "Übergänge werden vom
  // Betriebssystem verwaltet", the picture had stood in the text's line.)
  let leading = 0;
  while (count === 0 && leading < lines.length - 1 && isPictureLine(lines[leading] ?? '')) leading += 1;
  if (leading > 0)
    return [
      { kind: 'image', text: picturesOf(lines.slice(0, leading)), line },
      { kind: 'paragraph', text: lines.slice(leading).join('\n').trim(), line: line + leading },
    ];
  if (count === 0 || count === lines.length) return null;
  return [
    { kind: 'paragraph', text: lines.slice(0, -count).join('\n').trim(), line },
    { kind: 'image', text: picturesOf(lines.slice(-count)), line: line + lines.length - count },
  ];
}

/**
 * Rows of a pipe table with no header and no rule under it ("| `fc` | Go forward to character `c` |" over "| `Fc` | …
 * |"), as kramdown reads them (a devhints cheat sheet): CommonMark sees a paragraph of pipes. Two rows or more, each
 * opening and closing with a pipe, all with as many cells (two or more), none a rule: a table whose header is a row of
 * empty cells (the theme shows no such header). Null for any other paragraph.
 */
function headerlessTable(text: string, line: number): Block[] | null {
  if (!text.startsWith('|')) return null;
  const rows = text.split('\n').map((l) => l.trim());
  const cells = (row: string): number => cellsOf(row).length;
  const first = cells(rows[0] ?? '');
  if (rows.length < 2) return null;
  // Rows of one cell each ("| <center><img … alt="Figure1"></center> |" over "| <center>Figure 1: Computation graph…</center>|",
  // a lecture's figure and its caption): no table of one column but what its cells hold, one under another.
  if (first === 1 && rows.every((r) => /^\|[^|]*\|$/u.test(r) && !/^\|[\s:-]*\|$/u.test(r)))
    return rows.flatMap((r) => {
      const cell = r.slice(1, -1).trim();
      const blocks: Block[] = /^<[a-z]/iu.test(cell) ? htmlToBlocks(cell, line) : [{ kind: 'paragraph', text: cell, line }];
      return blocks.map((b) => (b.kind === 'paragraph' && picturesOnly(b.text) ? { ...b, kind: 'image' as const } : b));
    });
  if (first < 2) return null;
  if (!rows.every((r) => /^\|.*\|$/u.test(r) && !/^\|[\s:|-]+\|$/u.test(r) && cells(r) === first)) return null;
  const header = `|${' |'.repeat(first)}`;
  const rule = `|${' --- |'.repeat(first)}`;
  return [{ kind: 'table', text: [header, rule, ...rows].join('\n'), line }];
}

/**
 * A table that lays out a figure's panels (a blog post's "| ![](var_1d.png) <br> a) | ![](pca_diagvar.png) <br> b) |",
 * its caption in a cell of its own): the pictures side by side, each labelled by its cell's few words where it has no
 * description, then the caption's text. In a table each plot stood three lines high. Two pictures or more, each cell a
 * picture with at most three words or a caption of four words or more (two such cells at most). Null for any other table.
 */
function figureTable(text: string, line: number): Block[] | null {
  if (!text.includes('![')) return null;
  const picture = new RegExp(pictureMark, 'gu');
  const cells = text
    .split('\n')
    .filter((row, i) => i !== 1 || !/^\s*\|?[\s:|-]+\|?\s*$/u.test(row))
    .flatMap(rowCells)
    .filter((c) => c !== '');
  const pictures: string[] = [];
  const texts: string[] = [];
  for (const cell of cells) {
    const found = cell.match(picture) ?? [];
    const rest = cell
      .replace(picture, ' ')
      .replace(/<br\s*\/?>/giu, ' ')
      .trim();
    if (found.length === 1 && countWords(visibleText(rest)) <= 3) {
      const only = found[0] ?? '';
      pictures.push(rest !== '' && /^!\[\s*\]/u.test(only) ? only.replace(/^!\[\s*\]/u, `![${rest.replace(/[[\]]/gu, '')}]`) : only);
    } else if (found.length === 0 && countWords(visibleText(rest)) >= 4) texts.push(rest);
    // (A header of labels, "| Before | After |" over the two pictures, pairs each with its picture: a table.)
    else return null;
  }
  if (pictures.length < 2 || texts.length > 2) return null;
  return [{ kind: 'image', text: pictures.join(' '), line }, ...texts.map((t) => ({ kind: 'paragraph' as const, text: t, line }))];
}

/**
 * A table of one column whose cells are passages of prose (a philosophy lesson's source texts, each a box: the author and
 * title as its header, the passage of 200 words, then the questions on it, lines broken by `<br>`): a frame drawn round
 * text, not rows of data. Shown as a table, the passage stood whole on its slide, shrunk and clipped. Its header and
 * each of its lines are paragraphs, so the passage's sentences are points and notes as any text's; a line set in
 * emphasis as a whole cell is (`*1. Selon… ?<br>2. Quelle… ?*`) keeps it on each line. Null for any other table.
 */
function proseTable(text: string, line: number): Block[] | null {
  const rows = text.split('\n').map((l) => l.trim());
  if (rows.length < 3 || !rows.every((r) => cellsOf(r).length === 1)) return null;
  const cell = (row: string): string => (rowCells(row)[0] ?? '').replace(/\\\|/gu, '|');
  const body = rows.slice(2).map(cell);
  if (!body.some((c) => countWords(visibleText(c.replace(/<br\s*\/?>/giu, ' '))) >= 40)) return null;
  const paragraphs = (c: string): string[] => {
    const wrapped = /^(\*{1,2}|_{1,2})(?![*_\s])([\s\S]*\S)\1$/u.exec(c);
    const inner = wrapped?.[2] ?? '';
    const mark = wrapped?.[1] && !inner.includes(wrapped[1]) ? wrapped[1] : '';
    return (mark ? inner : c)
      .split(/<br\s*\/?>/iu)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .map((l) => `${mark}${l}${mark}`);
  };
  const header = cell(rows[0] ?? '');
  const blocks: Block[] = header ? [{ kind: 'paragraph', text: header, line }] : [];
  // Lines numbered or bulleted one after another ("1. Expropriation…" over "2. Impôt…") are a list, as the page reads them.
  const item = /^(?:\d{1,3}[.)]|[-*•])\s+\S/u;
  for (const text of body.flatMap(paragraphs)) {
    const last = blocks.at(-1);
    if (item.test(text) && last?.kind === 'list') last.text += `\n${text.replace(/^•/u, '-')}`;
    else blocks.push({ kind: item.test(text) ? 'list' : 'paragraph', text: text.replace(/^•/u, '-'), line });
  }
  return blocks;
}

/**
 * A displayed formula whose closing $$ has text after it on its line ("\\end{aligned}$$ $R^2$ is called the *multiple
 * correlation" over "coefficient* of the model."): Markdown's formula block takes that line whole, and KaTeX refused the
 * formula with the sentence in it. The formula, then the text as a paragraph (the paragraph after it joins it).
 */
function mathThenText(text: string, line: number): Block[] {
  const marks = displayMarks(text);
  const close = marks.length >= 2 && marks.length % 2 === 0 ? (marks[marks.length - 1] ?? -1) : -1;
  const rest = close < 0 ? '' : text.slice(close + 2);
  if (close < 0 || rest.trim() === '' || rest.includes('\n')) return [{ kind: 'math', text, line }];
  const formula = text.slice(0, close + 2);
  return [
    { kind: 'math', text: formula, line },
    { kind: 'paragraph', text: rest.trim(), line: line + (formula.match(/\n/gu)?.length ?? 0) },
  ];
}

/** Whether a paragraph is two or more display formulas ($$…$$) with nothing but spaces between and around them. */
function formulasOnly(raw: string): boolean {
  const marks = displayMarks(raw);
  if (marks.length < 4 || marks.length % 2 !== 0) return false;
  let from = 0;
  for (let k = 0; k < marks.length; k += 2) {
    if (raw.slice(from, marks[k]).trim() !== '') return false;
    from = (marks[k + 1] ?? 0) + 2;
  }
  return raw.slice(from).trim() === '';
}

/** The places of a text's $$ (not escaped, not inside a code span). */
function displayMarks(raw: string): number[] {
  const masked = raw.includes('`') ? raw.replace(/(`+)(?!`)[^`]*?[^`]?\1(?!`)/gu, (span) => ' '.repeat(span.length)) : raw;
  return [...masked.matchAll(/(?<!\\)\$\$/gu)].map((m) => m.index);
}

/**
 * A paragraph with display math set apart from its text, as markdown-it-katex shows it when the deck is rendered: the
 * formulas math blocks, the text around them paragraphs. A formula is apart where it opens a line and a line or a
 * sentence follows it ("$$…$$ Define $x$ …", a Pandoc conversion's), or where it runs over lines to the paragraph's end
 * after text ("Then $$\begin{aligned} … \end{aligned}$$", "The formula: $$" over its TeX and "$$"); one inside a
 * sentence ("$$a$$ where a is…", "Property: $$a X = b.$$") stays in its text. Null when there is none apart, or a
 * formula is not closed (the paragraph stays as written).
 */
function displayMathApart(raw: string, line: number): Block[] | null {
  if (!raw.includes('$$')) return null;
  const marks = displayMarks(raw);
  if (marks.length < 2 || marks.length % 2 !== 0) return null;
  const out: Block[] = [];
  const lineAt = (at: number): number => line + (raw.slice(0, at).match(/\n/gu)?.length ?? 0);
  let from = 0;
  const text = (to: number): void => {
    const part = raw.slice(from, to);
    if (part.trim() === '') return;
    const lead = part.length - part.trimStart().length;
    out.push({ kind: 'paragraph', text: inlineHtml(part.trim()), line: lineAt(from + lead) });
  };
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k] ?? 0;
    const close = (marks[k + 1] ?? 0) + 2;
    const after = raw.slice(close);
    const opensLine = /(?:^|\n)[ \t]*$/u.test(raw.slice(0, open));
    const overLines = raw.slice(open, close).includes('\n');
    const endsLine = /^[ \t]*(?:\n|$)/u.test(after);
    const apart = opensLine ? endsLine || overLines || /^[ \t]+\p{Lu}/u.test(after) : overLines && after.trim() === '';
    if (!apart) continue;
    text(open);
    out.push({ kind: 'math', text: raw.slice(open, close), line: lineAt(open) });
    from = close;
  }
  text(raw.length);
  return out.some((b) => b.kind === 'math') && out.length > 1 ? out : null;
}

/**
 * A list whose last item runs on into a formula set at the margin ("- [i] Derivative" over "$$" lines, then "*Proof.*"
 * and another formula, no blank line between), as Obsidian's notes write them: Markdown reads the formula's lines as
 * the item's text, Obsidian shows the list, then the formulas and the text between them. So do the slides: the list up
 * to the formula, then its blocks as displayMathApart reads a paragraph's. Null for any other list.
 */
function listMathApart(raw: string, line: number): Block[] | null {
  const lines = raw.split('\n');
  // (Not a "$$" that closes a formula the item's text opened at a line's end, "…der Vektor $$" over its rows, then
  // "$$ Unter Berücksichtigung …": the formulas before it are all closed, an even count of "$$".)
  let open = false;
  const at = lines.findIndex((l, k) => {
    const starts = k > 0 && l.startsWith('$$') && !open;
    open = (l.match(/\$\$/gu) ?? []).length % 2 === 1 ? !open : open;
    return starts;
  });
  if (at < 0) return null;
  const tail = lines.slice(at).join('\n');
  // The formulas and the text between them; a formula alone, one block.
  const rest = displayMathApart(tail, line + at) ?? (/^\$\$[\s\S]*\$\$$/u.test(tail.trim()) ? [{ kind: 'math' as const, text: tail, line: line + at }] : null);
  return rest && [{ kind: 'list', text: lines.slice(0, at).join('\n'), line }, ...rest];
}

/** Where badges are served from: shields.io and its kind, CI and coverage services, the badge files of a repository's workflows (or of its own, `badge_a_plus_flat.svg`). */
const badgeSource =
  /^https?:\/\/(?:(?:img\.)?shields\.io|(?:flat\.)?badgen\.net|badge\.fury\.io|awesome\.re\/|goreportcard\.com\/badge|ci\.appveyor\.com\/api\/projects\/status|coveralls\.io\/repos|api\.codeclimate\.com|app\.codacy\.com\/project\/badge|snyk\.io\/test|img\.badgesize\.io|bestpractices\.(?:coreinfrastructure\.org|dev)|api\.netlify\.com\/api\/v1\/badges)|\/badges?(?:\.svg|\/|\?|$)|[/._-]badge(?:[_-][\w-]*)?\.svg|travis-ci\.(?:org|com)\/.+\.svg|circleci\.com\/.+\.svg|readthedocs\.org\/projects\/.+\/badge|codecov\.io\/.+\/(?:badge|graph)/iu;

/**
 * An HTML block of links and little else (a README's centred "Key Features • How To Use • Installation" over
 * "[English] [中文] [日本語]"): three links or more, a word or two besides them, and separators.
 */
function linksOnly(html: string): boolean {
  const link = /<a\b[^>]*\bhref=[^>]*>[\s\S]*?<\/a\s*>/giu;
  if ((html.match(link) ?? []).length < 3) return false;
  const rest = html
    .replace(link, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&(?:bull|middot|nbsp|#\d+);/gu, ' ')
    .replace(/[|·•,[\]()/—–-]/gu, ' ');
  return countWords(rest) <= 2;
}

/** The words of a link to a page around this one: its index, the previous or next page, the contents, home, up. */
const pageLinkWords =
  /^(?:[←→↑«»‹›<>]+\s*)?(?:index|home|top|up|back|contents|table of contents|toc|prev(?:ious)?(?: page| chapter| lecture)?|next(?: page| chapter| lecture)?|zurück|weiter|inhalt|précédent|suivant|sommaire|accueil|anterior|siguiente|índice|inicio|(?:(?:go )?back to|return to) (?:the )?(?:home ?page|home|main page|index|top|contents|course(?: page)?|overview)|home ?page|main page)(?:\s*[←→↑«»‹›<>]+)?$/iu;

/**
 * HTML that holds one link and nothing outside it but tags (`<p align="center"><a href="/lectures/">[back]</a></p>`):
 * the link's attributes and its label; null for anything else.
 */
function soleLink(html: string): { attributes: string; label: string } | null {
  const links = [...html.matchAll(/<a\b([^>]*\bhref=[^>]*)>([\s\S]*?)<\/a\s*>/giu)];
  if (links.length !== 1) return null;
  const rest = html
    .replace(/<a\b[\s\S]*?<\/a\s*>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .trim();
  return rest === '' ? { attributes: links[0]?.[1] ?? '', label: links[0]?.[2] ?? '' } : null;
}

/** HTML of one link alone to the pages around it (`<p align="center"><a href="/lectures/">[back]</a></p>`). */
function pageLinkAlone(html: string): boolean {
  const link = soleLink(html);
  return link !== null && pageLinkLabel(link.label);
}

/**
 * HTML of one link alone styled as a button, over a page's title ('<div align="right"><a href="…pdf"
 * class="round-button">Cliquer ici pour<br>dossier</a></div>'): the site's, like its navigation.
 */
function linkButton(html: string): boolean {
  const link = soleLink(html);
  return link !== null && /\bclass=["'][^"']*\b(?:button|btn)\b/iu.test(link.attributes) && countWords(link.label.replace(/<[^>]*>/gu, ' ')) <= 8;
}

/** A link's words that lead to the pages around it, or to the page in another language ("[back]", "← Index", "English version"). */
function pageLinkLabel(label: string): boolean {
  const words = label
    .replace(/<[^>\n]*>|[*_`]/gu, '')
    .replace(/^\s*\[\s*|\s*\]\s*$/gu, '')
    .trim();
  return pageLinkWords.test(words) || languageVersion.test(words);
}

/** A link to the page in another language ("点击这里查看中文版", "English version", "Version française"): the site's. */
const languageVersion =
  /中文版|英文版|日本語版|한국어\s*버전|english version|in english|version française|en français|deutsche version|auf deutsch|versión en español|en español/iu;

/**
 * A README's link back to its top or its contents ("**[⬆ back to top](#table-of-contents)**", `<a href="#top">↑ Top</a>`):
 * a page's navigation, not the talk's. A paragraph of that link alone, to an anchor of the page.
 */
function backToTop(paragraph: string): boolean {
  // (An empty anchor beside it, the next section's "<a id="busybox"></a>" on the line under it, is no text of its own.)
  const shown = paragraph.replace(/<a\s+(?:id|name)=["'][^"'<>]*["']\s*>\s*<\/a>/giu, '').trim();
  if (shown.length > 160) return false;
  const link = /^[*_\s]*(?:\[([^\]\n]+)\]\(#[^)\s]*\)|<a\s[^>]*href=["']#[^"']*["'][^>]*>([^<\n]+)<\/a>)[*_\s]*$/iu.exec(shown);
  const words = (link?.[1] ?? link?.[2] ?? '').replace(/[*_`]/gu, '').trim();
  return words !== '' && backToTopWords.test(words);
}

/** A paragraph or picture of nothing but badges (each maybe a link): none of it is said in a talk. */
function onlyBadges(block: Block): boolean {
  if (block.kind !== 'image' && block.kind !== 'paragraph') return false;
  const sources = [...block.text.matchAll(/!\[[^\]\n]*\]\(<?([^)\s>]+)>?[^)]*\)/gu)].map((m) => m[1] ?? '');
  // Nothing else: the images, the links around them, and spacing.
  return sources.length > 0 && sources.every((src) => badgeSource.test(src)) && picturesOnly(block.text);
}

/**
 * A line of pictures that holds badges among others (a README's logo beside its build and version badges, in one
 * `<div align="center">`): the same pictures without the badges (and the links around them).
 */
function picturesWithoutBadges(block: Block): Block {
  if ((block.kind !== 'image' && block.kind !== 'paragraph') || !picturesOnly(block.text)) return block;
  const text = withoutBadges(block.text);
  return text === block.text ? block : { ...block, text: text.replace(/[ \t]*\n(?:[ \t]*\n)+/gu, '\n').trim() };
}

/**
 * A paragraph whose lines are each all in emphasis, or links and pictures alone, a symbol or two before them ("▶"):
 * a banner's lines, no sentence of the text's own.
 */
function decorative(markdown: string): boolean {
  const lines = markdown
    .replace(/<[^>\n]*>/gu, '')
    .replace(/!?\[[^\]\n]*\]\([^)\n]*\)/gu, (link) => (link.startsWith('!') ? '' : link.replace(/\]\([^)\n]*\)$/u, '').slice(1)))
    .split('\n')
    .map((l) => l.replace(/^(?:(?![*_])[\s\p{S}\p{P}])*/u, '').trim())
    .filter((l) => l !== '');
  return lines.length > 0 && lines.length <= 6 && lines.every((l) => /^(\*|_)(?!\1)\S[^\n]*\S\1$|^(\*\*|__)\S[^\n]*\S\2$/u.test(l));
}

/** A description that reads as a subtitle: one line of a dozen words at most, no full stop of a sentence in it. */
const shortDescription = (text: string): boolean =>
  !text.includes('\n') && countWords(text) <= 12 && !/[.!?](?:\s|$)/u.test(text.replace(/\b(?:vs|etc|e\.g|i\.e)\./giu, ''));

/** A front matter's date that the renderer computes when it builds the page. */
const renderedDate = /^\s*(?:today|now|last-modified|`r\s[^`]*`|!r\s.*)\s*$/iu;

function modelFields(
  front: FrontMatter,
  title: string | null,
): Pick<DocumentModel, 'title' | 'subtitle' | 'author' | 'date' | 'lang' | 'subject' | 'keywords' | 'slideFormat'> {
  const keywords = front.data.keywords ?? front.data.tags;
  const description = stringField(front.data, 'description') ?? stringField(front.data, 'desc');
  // A description of a few words, no sentence ("desc: Functions, print vs. return, Memory Stack", a course site's line under
  // the lecture's name), is the subtitle where none is given; a description in sentences is the document's subject only.
  const given = stringField(front.data, 'subtitle');
  const subtitle = given ?? (description !== null && shortDescription(description) ? description : null);
  // A title set over two lines in a line block ("| DNA analysis in population genetics" over "| Practical 4, Selection"),
  // with no subtitle field: the first line is the title, the second its subtitle.
  const overLines = given === null && title !== null && isLineBlock(yamlText(front.data.title) ?? '') ? title.split('\n') : [];
  // The date, else a date field of the page's own kind ("lecture_date: 2019-01-22", "publishDate"), not a due date or a
  // date of change.
  const dateKey =
    'date' in front.data
      ? 'date'
      : Object.keys(front.data).find((key) => /^[a-z]+(?:[_-][Dd]ate|Date)$/u.test(key) && !/^(?:due|mod|modified|updated?|last|expiry|expires?)/iu.test(key));
  const date = dateKey === undefined ? null : stringField(front.data, dateKey);
  return {
    subject: stringField(front.data, 'subject') ?? description,
    keywords: Array.isArray(keywords) ? keywords.map(String) : typeof keywords === 'string' ? keywords.split(/\s*,\s*/u).filter(Boolean) : [],
    title: overLines.length === 2 ? (overLines[0] ?? title) : title,
    subtitle: overLines.length === 2 ? (overLines[1] ?? null) : subtitle,
    // (Authors over lines, a line block's or a block scalar's, are one line of names.)
    author: (stringField(front.data, 'author') ?? stringField(front.data, 'authors'))?.replace(/\s*\n\s*/gu, ', ') ?? null,
    // A timestamp ("2018-10-14T08:09:54+09:00", as Hugo writes one) is shown as its day. A date the renderer works out
    // (Quarto's "today", "now", "last-modified"; R Markdown's "`r Sys.Date()`") is none the text gives: not shown.
    date: renderedDate.test(date ?? '')
      ? null
      : (date?.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?$/u, '$1') ?? null),
    lang: stringField(front.data, 'lang') ?? stringField(front.data, 'language'),
    ...(rendersAsSlides(front.data) ? { slideFormat: true } : {}),
  };
}

/** Whether a front matter's output or format renders the page as slides ("ioslides_presentation", "clean-revealjs"). */
const rendersAsSlides = (data: Readonly<Record<string, unknown>>): boolean =>
  /ioslides|slidy|beamer|xaringan|revealjs|powerpoint|pptx/iu.test(JSON.stringify([data.output ?? null, data.format ?? null]));

/**
 * A document cut into slides with `---`: every piece between breaks is one
 * slide as written, titled by its first heading. Headings were already
 * collected as sections, so the pieces are rebuilt from blocks by line.
 */
function explicitSlides(
  front: FrontMatter,
  titleFromH1: string | null,
  intro: Block[],
  sections: Section[],
  breaks: number[],
  titleLine: number | null = null,
): DocumentModel {
  const pieces: Section[] = [];
  const all: { heading: string | null; level: number; block: Block | null; line: number }[] = [
    ...intro.map((b) => ({ heading: null, level: 2, block: b, line: b.line })),
    ...sections.flatMap((s) => [
      { heading: s.heading, level: s.level, block: null, line: s.line },
      ...s.blocks.map((b) => ({ heading: null, level: 2, block: b, line: b.line })),
    ]),
  ].sort((a, b) => a.line - b.line);
  // The breaks before each item, counted along (the items are in line order; the breaks too).
  let index = 0;
  for (const item of all) {
    while (index < breaks.length && (breaks[index] ?? Infinity) < item.line) index += 1;
    const current = (pieces[index] ??= { heading: '', level: 2, line: item.line, blocks: [], explicit: true });
    // A slide that opens with one of the author's parts ("# Databases" over "## Why a DBMS?" slides) is that part.
    if (item.heading !== null && current.heading === '') {
      current.heading = item.heading;
      current.level = item.level;
    } else if (item.heading !== null) current.blocks.push({ kind: 'paragraph', text: `### ${item.heading}`, line: item.line });
    if (item.block) current.blocks.push(item.block);
  }
  const slides = mergeBuilds(pieces.filter((p): p is Section => p !== undefined && (p.heading !== '' || p.blocks.length > 0)));
  let title = stringField(front.data, 'title') ?? titleFromH1;
  let subtitle = stringField(front.data, 'subtitle');
  // A first slide with only a heading (and perhaps a line under it) is the title slide; its speaker notes, when
  // they are a short paragraph or two, are the title slide's (a Marp or Slidev cover's opening words).
  const first = slides[0];
  const { shown, notes: said } = splitAtNotes(first?.blocks ?? []);
  // (A line under it may be a few: the speaker's name over their handle, as headings or lines of their own.)
  // (Or a logo or two: a remark deck's conference and company logos beside the speaker's name.)
  // (Or the speakers' names quoted, a line each: "> Dennis Kröger" over "> Patrik Tesarik" over "> [LABOR e.V.](…) Bochum".)
  const line = (b: Block): boolean =>
    (b.kind === 'paragraph' && countWords(visibleText(withoutPictures(b.text))) <= 10) ||
    (b.kind === 'image' && picturesOnly(b.text)) ||
    (b.kind === 'quote' && countWords(visibleText(b.text.replace(/^\s*>\s?/gmu, ''))) <= 12 && b.text.split('\n').length <= 4);
  // (A Slidev deck's head matter sets its first slide's layout: "layout: cover" makes it the cover whatever the page's
  // title, which names the browser's tab.)
  const coverLayout = /^(?:cover|intro)$/u.test(stringField(front.data, 'layout') ?? '') && first?.heading !== '';
  // (So is a first slide that holds the H1 the deck is titled by, over a sub-heading and a few short lines, a logo among
  // them: a Marp course template's "# Template slides…" over "### Course Name", the teacher, the school, one sentence.)
  const firstBreak = breaks[0] ?? Infinity;
  const titledHere =
    titleLine !== null &&
    titleLine < firstBreak &&
    first !== undefined &&
    first.line < firstBreak &&
    shown.length <= 6 &&
    shown.every((b) => (b.kind === 'image' && picturesOnly(b.text)) || (b.kind === 'paragraph' && countWords(visibleText(withoutPictures(b.text))) <= 14)) &&
    shown.reduce((n, b) => n + countWords(visibleText(withoutPictures(b.text))), 0) <= 50;
  const cover =
    first !== undefined &&
    (titledHere ||
      ((shown.length === 0 ||
        (shown.length === 1 && (shown[0]?.kind === 'paragraph' || shown[0]?.kind === 'image')) ||
        (shown.length <= 3 && shown.every(line))) &&
        (first.heading === '' ? title !== null : title === null || sameText(title, first.heading) || coverLayout))) &&
    said.split(/\s+/u).length <= 120;
  const opening: Block[] =
    cover && said !== '' ? [{ kind: 'paragraph', text: said.replace(/\s*\n\s*/gu, ' '), line: first.blocks[shown.length]?.line ?? 1 }] : [];
  if (cover) {
    title = coverLayout ? first.heading : (title ?? first.heading);
    const lines = shown
      .map((b) =>
        withoutPictures(
          b.kind === 'quote'
            ? b.text
                .split('\n')
                .map((l) => l.replace(/^\s*>\s?/u, '').trim())
                .filter(Boolean)
                .join(', ')
            : b.text.replace(/^#{1,6}\s+/u, ''),
        )
          // (Line breaks that only space the line from the next, `<br><br>` over the speaker's name, go with it; so do the
          // tags that only size a line, "<small> Villigst, 09.06.2019 </small>".)
          .replace(/<\/?(?:small|big)\b[^<>]*>/giu, '')
          .replace(/^(?:[\s|·•,-]|<br\s*\/?>)+|(?:[\s|·•,-]|<br\s*\/?>)+$/giu, '')
          .replace(/\s*\n\s*/gu, ' '),
      )
      .filter((t) => visibleText(t).trim() !== '');
    // (The slide's own heading, under the H1 that titles the deck, is the subtitle's first line.)
    const over = titledHere && first.heading !== '' && title !== null && !sameText(title, first.heading) ? [first.heading] : [];
    subtitle ??= [...over, ...lines].length > 0 ? [...over, ...lines].join(' · ') : null;
    slides.shift();
  }
  // A slide without a heading (a picture, a table, a quotation, more points) goes on at the level of the one
  // before it, and under its title: the author's topic goes on. A picture is titled by its description where that
  // names something ("DB Lifecycle"), not by its file's path, nor by a logo's or a banner's; a slide before any
  // heading by its first words.
  let level = 2;
  let before: string | null = null;
  for (const s of slides) {
    if (s.heading === '') {
      const text = s.blocks[0]?.text ?? '';
      const picture = pictureName(text);
      const line = picture === null ? shortLine(s.blocks) : null;
      // (The line is the title, said once.)
      if (line !== null) s.blocks = s.blocks.slice(1);
      s.heading = picture ?? line ?? before ?? title ?? firstWords(text || 'Slide');
      s.level = level;
    } else level = s.level;
    before = s.heading;
  }
  return { ...modelFields(front, title), subtitle, intro: opening, sections: slides, summary: [], summaryTitle: null };
}

/**
 * The line a slide without a heading opens with, over more, where it reads as a title: one line of two to eight words,
 * no sentence's or label's end, no link, code, formula or picture ("Le mythe d'Aristophane" over its picture, a Marp
 * deck's). Its slide had gone on under the title of the slide before it.
 */
function shortLine(blocks: Block[]): string | null {
  const [first, next] = blocks;
  const text = first?.kind === 'paragraph' ? first.text.trim() : '';
  if (next === undefined || text === '' || text.includes('\n') || /[.!?:;,…]$|[`$[\]<>*_|]/u.test(text)) return null;
  const words = countWords(text);
  return words >= 2 && words <= 8 && /^[\p{Lu}\p{N}«"“]/u.test(text) ? text : null;
}

/** The description of a slide that is a picture alone, where it names what the picture shows: two words or more, not a logo's, a banner's or a file's name. */
function pictureName(text: string): string | null {
  const alt = /^!\[([^\]\n]{3,80})\]\([^)]*\)(?:\s*<!--[^]*?-->)?$/u.exec(text.trim())?.[1]?.trim();
  if (!alt || !/\p{L}\S*\s+\S*\p{L}/u.test(alt) || /\.(?:png|jpe?g|gif|svg|webp)$|\b(?:logo|banner|badge|icon|meme|header)\b/iu.test(alt)) return null;
  return alt;
}

function firstWords(text: string): string {
  const plain = text
    .replace(/[#*_`>[\]()!-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const words = plain.split(' ').slice(0, 6).join(' ');
  return words === '' ? 'Slide' : words;
}

/**
 * The author's heading levels -> the deck's: the first level used at least
 * twice holds the sections (2); levels above it are parts (1), levels below
 * are sub-sections (3, 4...). A lone `# Exercises` after `##` sections is a
 * part, not a reason to demote every section.
 */
function levelMap(levels: number[]): (level: number) => number {
  const counts = new Map<number, number>();
  for (const l of levels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const used = [...counts.keys()].sort((a, b) => a - b);
  const sectionLevel = used.find((l) => (counts.get(l) ?? 0) >= 2) ?? used[0] ?? 2;
  return (level) => (level < sectionLevel ? 1 : Math.min(6, level - sectionLevel + 2));
}

/** The lines a slide shows (its notes left out), blank lines and a fence's closing line aside. */
function shownLines(section: Section): string[] {
  return splitAtNotes(section.blocks)
    .shown.flatMap((b) => b.text.split('\n'))
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !/^\s*(?:`{3,}|~{3,})\s*$/u.test(l));
}

/** Whether `next` shows every line `before` does, in the same order, and more: the next step of a build. */
function buildsOn(before: Section, next: Section): boolean {
  if (before.heading === '' || before.heading !== next.heading) return false;
  const a = shownLines(before);
  const b = shownLines(next);
  if (a.length === 0 || b.length <= a.length) return false;
  let k = 0;
  for (const line of b) if (k < a.length && line === a[k]) k += 1;
  return k === a.length;
}

/**
 * An author's build written out as slides (remark and Marp decks have no other way): consecutive slides of one title,
 * each showing what the one before did and more (a list an item longer, code a line longer). The deck shows the last
 * of them, once, with the notes of every step in order.
 */
function mergeBuilds(slides: Section[]): Section[] {
  const out: Section[] = [];
  for (const slide of slides) {
    const before = out[out.length - 1];
    if (!before || !buildsOn(before, slide)) {
      out.push(slide);
      continue;
    }
    const notes = [splitAtNotes(before.blocks).notes, splitAtNotes(slide.blocks).notes].filter((n) => n.trim() !== '').join('\n\n');
    const shown = splitAtNotes(slide.blocks).shown;
    const line = slide.blocks[shown.length]?.line ?? slide.line;
    out[out.length - 1] = {
      ...slide,
      line: before.line,
      blocks: [...shown, ...(notes === '' ? [] : [{ kind: 'paragraph' as const, text: `Note:\n${notes}`, line }])],
    };
  }
  return out;
}

/**
 * The headings of a title page written as headings: three or more that open the document one under the other (each a
 * level deeper, nothing between them), the first the title (`titleTag`); those past the title at a level no later
 * heading uses again. Empty otherwise. From the page's first block (`from`): a page's style sheet or a banner may
 * stand above them.
 */
function titlePageHeadings(tokens: Token[], titleTag: string | null, from = 0): Set<Token> {
  if (titleTag === null) return new Set();
  const run: Token[] = [];
  let at = Math.max(0, from);
  for (; at < tokens.length; at += 1) {
    const t = tokens[at];
    if (!t || t.level !== 0 || t.nesting === -1) continue;
    if (t.type !== 'heading_open') break;
    const level = Number(t.tag.slice(1));
    if (run.length > 0 && level <= Number(run[run.length - 1]?.tag.slice(1))) break;
    run.push(t);
  }
  if (run.length < 3 || run[0]?.tag !== titleTag) return new Set();
  const later = tokens.filter((t) => t.type === 'heading_open' && t.level === 0 && !run.includes(t)).map((t) => Number(t.tag.slice(1)));
  const deepest = Math.min(
    ...later,
    ...run
      .slice(1)
      .map((t) => Number(t.tag.slice(1)))
      .slice(-1),
  );
  return new Set(run.slice(1).filter((t) => Number(t.tag.slice(1)) < deepest));
}

/** Whether `---` lines cut the document into slides: several of them, around short pieces, none of them most of the document. */
function cutIntoSlides(lines: string[], breaks: number[], offset: number, headings: { line: number; level: number }[]): boolean {
  if (breaks.length < 2) return false;
  const cuts = [offset, ...breaks, lines.length + offset + 1];
  // A slide has one heading of the deck's top level, its title (two where it sets two columns, each under its own): rules
  // between a lecture's exercises, a piece of them holding "# Set instructions" and "# Conditional moves" with their code,
  // cut a text, not slides. Pieces with two such headings, one in ten or more, say so.
  // (One pass: the headings and the cuts are both in line order.)
  const top = least(headings.map((h) => h.level));
  // (Not a heading in a piece's speaker notes, after remark's "???" or "Note:": "# Here be some notes" under "???".)
  const notesFrom = cuts.slice(0, -1).map((cut, i) => {
    const at = lines.slice(cut - offset, (cuts[i + 1] ?? 0) - offset - 1).findIndex(startsNotes);
    return at < 0 ? Infinity : cut + at;
  });
  // Each piece's headings of the top level (`titles`), and all its headings (`all`).
  const perPiece = new Map<number, { titles: number; all: number }>();
  let piece = 0;
  for (const h of headings) {
    while (piece + 1 < cuts.length && (cuts[piece + 1] ?? 0) <= h.line) piece += 1;
    const count = perPiece.get(piece) ?? { titles: 0, all: 0 };
    if (h.level === top && h.line < (notesFrom[piece] ?? Infinity)) count.titles += 1;
    count.all += 1;
    perPiece.set(piece, count);
  }
  const titled = [...perPiece.values()].filter((n) => n.titles >= 2).length;
  if (titled > 0 && titled >= (cuts.length - 1) / 10) return false;
  // Nor does a slide hold a heading over three sub-headings or more: rules between a lecture's sections, each "## 2.
  // Process Kavramı" over its "### Process Nedir?", "### Process Bileşenleri"… cut a text. A fifth of the pieces so
  // crowded, two at least, say so.
  const crowded = [...perPiece.values()].filter((n) => n.all >= 4).length;
  if (crowded >= Math.max(2, (cuts.length - 1) / 5)) return false;
  const words: number[] = [];
  // Pieces with more prose (outside code blocks: a slide of code is a slide too) than a slide could ever show.
  let long = 0;
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    // What a slide shows: its speaker notes (after "Note:" or remark's "???") are not weighed.
    const piece = lines.slice((cuts[i] ?? 0) - offset, (cuts[i + 1] ?? 0) - offset - 1);
    const notes = piece.findIndex(startsNotes);
    const shown = notes >= 0 ? piece.slice(0, notes) : piece;
    // Words a slide shows: an HTML slide's tags and attributes (Slidev's `<div v-click border-1 …>`) are none.
    // (Nor its style sheet's rules, "h1 { @apply mb-0 -mt-1; }" in a Slidev slide's <style>, nor a Markdown comment, `[//]:
    // # "Slide Start {{{"`.)
    const visible = (text: string): string =>
      text
        .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, ' ')
        .replace(/(?:^|\s)\[\/\/\]:\s*#\s*(?:"[^"]*"|'[^']*'|\([^)]*\))/gu, ' ')
        .replace(/<[^<>]*>/gu, ' ');
    words.push(visible(shown.join(' ')).split(/\s+/u).filter(Boolean).length);
    let fence = false;
    // Deckset's speaker notes are lines that open with "^ " among the slide's own.
    const said = visible(shown.filter((l) => (/^ {0,3}(?:`{3,}|~{3,})/u.test(l) ? ((fence = !fence), false) : !fence && !/^\^\s/u.test(l))).join(' '))
      .split(/\s+/u)
      .filter(Boolean).length;
    if (said > 300) long += 1;
  }
  const total = words.reduce((a, b) => a + b, 0);
  words.sort((a, b) => a - b);
  // Rules between a README's header blocks cut off its top only: the rest, most of the document, is no slide. Nor are
  // rules around a run of short pieces between long parts (a LiaScript lesson's quiz between `****` lines): in a
  // document cut into slides, one piece at most is far longer than a slide.
  return (words[Math.floor(words.length / 2)] ?? 0) <= 90 && (words[words.length - 1] ?? 0) <= Math.max(300, total / 2) && long <= 1;
}

/**
 * A paragraph of links alone, two or more, between separators ("[Chapter 1] | [Chapter 2]", its pipes escaped as a course's
 * pages write them, "[Contents](../Contents.md) \| [Previous](01_Script.md)"; a README's languages: "🌍"
 * over "*[Čeština](README-cs.md) ∙ [Deutsch](README-de.md) ∙ …*"), a pictogram before them and emphasis around them aside.
 */
const linkLine = (content: string): boolean =>
  /^(?:\s*\\?[|·•∙・,/–—-]?\s*\[[^\]\n]+\]\([^)\s]*\)\s*\\?[|·•∙・,/–—-]?\s*){2,}$/u.test(
    content.replace(/^[\s\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+/u, '').replace(/^(?:\*{1,2}|_{1,2})(?=\[)|(?<=\))(?:\*{1,2}|_{1,2})$/gu, ''),
  );

/** A heading that names a part of any lecture, not one lecture: its first section where it opens the document. */
const sectionWord =
  /^(?:recap|review|introduction|intro|overview|outline|agenda|today'?s agenda|motivation|background|preface|prerequisites|learning (?:objectives|outcomes|goals)|objectives|goals|warm-?up|rappels?|plan|sommaire|objectifs|préambule|einleitung|einführung|überblick|wiederholung|gliederung|lernziele|ziele|introducción|resumen|repaso|objetivos|índice|motivación)$/iu;

/** A <details> opened alone on its lines whose summary says only how to open it ("Click to expand", "Show more"). */
const genericSummary =
  /^\s*<details(?![^>]*\bopen\b)[^>]*>\s*<summary\b[^>]*>\s*(?:<(?:b|strong|em|i)>\s*)?(?:click(?: here)? to (?:expand|show|open|see|view|reveal)(?: (?:it|more|details|all|the \w+))?|(?:show|see|view|read) (?:more|details|all)|expand|details)\.?\s*(?:<\/(?:b|strong|em|i)>\s*)?<\/summary>\s*$/iu;

/** A heading over a document's footnotes written out by hand, in the languages lectern's labels speak. */
const footnotesHeading = /^(?:foot-?notes|end-?notes|fußnoten|notes de bas de page|notas(?: al pie| de rodapé)?)$/iu;

/**
 * A last section that only holds the document's footnotes written out by hand (a blog essay's "## Footnotes" over its
 * numbered notes, each with an anchor back to where it was cited): no part of the talk, in no agenda and on no slide.
 * Its text goes to the speaker notes of the section before it, as Markdown's own footnotes go to the notes.
 */
function handWrittenFootnotes(sections: Section[]): Section[] {
  const last = sections[sections.length - 1];
  // (Markdown's own footnotes, "[^2]: …", under such a heading are foldFootnotes's: each goes where it is cited.)
  if (!last || last.blocks.length === 0 || last.blocks.some((b) => /^\[\^[^\]\n]+\]:/u.test(b.text.trim()))) return sections;
  const asNotes = (blocks: Block[]): Block[] => blocks.map((b) => ({ ...b, folded: true, footnote: true }));
  const before = sections[sections.length - 2];
  if (before && footnotesHeading.test(shownHeading(last.heading).trim()))
    return [...sections.slice(0, -2), { ...before, blocks: [...before.blocks, ...asNotes(last.blocks)] }];
  // (Or a label in bold over them at the end of the last section, "**Footnotes**", where the essay has no headings of
  // that level: the last such label, with text before it and notes after it.)
  const bold = (b: Block): string | null => (b.kind === 'paragraph' ? (/^(\*\*|__)([^*_\n]+)\1:?$/u.exec(b.text.trim())?.[2] ?? null) : null);
  const labels = last.blocks.map(bold);
  let label = labels.length - 1;
  while (label >= 0 && labels[label] === null) label -= 1;
  if (label < 1 || label === labels.length - 1 || !footnotesHeading.test((labels[label] ?? '').trim())) return sections;
  return [...sections.slice(0, -1), { ...last, blocks: [...last.blocks.slice(0, label), ...asNotes(last.blocks.slice(label + 1))] }];
}

/** Finds title, intro, sections and summary in a Markdown document. */
export function splitMarkdown(source: string): DocumentModel {
  const model = splitBlocks(source);
  return foldFootnotes({
    ...model,
    intro: figureCaptions(tableCaptions(model.intro)),
    sections: handWrittenFootnotes(model.sections).map((s) => ({ ...s, blocks: figureCaptions(tableCaptions(s.blocks)) })),
    summary: figureCaptions(tableCaptions(model.summary)),
  });
}

/** Pandoc's and Quarto's table caption: a paragraph "Table: …" or ": …" next to a table, with an optional attribute list ("{#tbl-formats}"). */
const captionLine = /^(?:Table)?:[ \t]+(\S[^\n]*?)(?:[ \t]*\{[#.][^}\n]*\})?[ \t]*$/u;

/** A table's caption as the line over it (its words, without the marker and the attributes), before the table wherever the author put it. */
function tableCaptions(blocks: Block[]): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i += 1) {
    const block = out[i];
    const m = block?.kind === 'paragraph' ? captionLine.exec(block.text.trim()) : null;
    if (!block || !m?.[1]) continue;
    const caption = { ...block, text: m[1] };
    if (out[i + 1]?.kind === 'table') out[i] = caption;
    else if (out[i - 1]?.kind === 'table') out.splice(i - 1, 2, caption, out[i - 1] as Block);
  }
  return out;
}

/**
 * A picture alone with its caption in the paragraph after it (a book's "<div align=center>图 4.1 强化学习的组成部分</div>"
 * under the picture's): the caption is the picture's, shown under it, not a point of its own on the next slide.
 */
function figureCaptions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    const picture = block.kind === 'image' ? /^!\[([^\]\n]*)\]\(([^)\n]*)\)$/u.exec(block.text.trim()) : null;
    const caption = next?.kind === 'paragraph' && !next.folded ? next.text.trim() : '';
    // Only a picture without a description of its own: the author's alt text is never lost.
    const alt = picture?.[1]?.trim() ?? '';
    // Or a caption that says what the description says (reStructuredText's figure, its caption both its description and
    // the paragraph under it): shown once, under the picture.
    const same = (text: string): string => visibleText(text).replace(/\s+/gu, ' ').trim().toLowerCase();
    if (picture && alt !== '' && caption !== '' && !/[[\]]/u.test(caption) && same(caption) === same(alt)) {
      out.push(block);
      i += 1;
      continue;
    }
    if (
      picture &&
      (alt === '' || caption.replace(/\s+/gu, '').includes(alt.replace(/\s+/gu, ''))) &&
      figureCaption.test(caption) &&
      !caption.includes('\n') &&
      countWords(caption) <= 30 &&
      !/[[\]]/u.test(caption)
    ) {
      out.push({ ...block, text: `![${visibleText(caption).replace(/\s+/gu, ' ').trim()}](${picture[2] ?? ''})` });
      i += 1;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Pandoc's title block: up to three lines opening the text with "% " (the title, the authors, the date),
 * read as front matter would be ("% Computer Security Field Guide" / "% Krishna Parashar"); its lines go
 * blank, so the rest keeps its line numbers. A text with front matter, or none, is returned as it is.
 */
function pandocTitleBlock(front: FrontMatter): FrontMatter {
  if (Object.keys(front.data).length > 0 || !front.body.startsWith('% ')) return front;
  const lines = front.body.split('\n');
  const fields: string[] = [];
  while (fields.length < 3 && /^%(?: |$)/u.test(lines[fields.length] ?? '')) fields.push((lines[fields.length] ?? '').slice(1).trim());
  const [title, author, date] = fields;
  if (!title) return front;
  const data: Record<string, unknown> = { title };
  if (author) data.author = author.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1');
  if (date) data.date = date.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1');
  return { ...front, data, body: [...fields.map(() => ''), ...lines.slice(fields.length)].join('\n') };
}

/**
 * Metadata written as Markdown's comment idiom over the text, a link definition no page shows (Vitalik Buterin's
 * blog: "[title]: <> (What even is an institution?)", "[date]: <> (2022/12/30)"; also "[title]: # (…)"): the
 * document's front matter, when no other gives one and a title is among them. Its lines go blank.
 */
function commentFields(front: FrontMatter): FrontMatter {
  if (Object.keys(front.data).length > 0 || !front.body.trimStart().startsWith('[')) return front;
  const lines = front.body.split('\n');
  const field = /^\[([A-Za-z][\w-]{0,24})\]:[ \t]*(?:<>|#)[ \t]+\((.*)\)[ \t]*$/u;
  const data: Record<string, unknown> = {};
  let end = 0;
  while (end < lines.length && end < 16) {
    const line = lines[end] ?? '';
    const m = field.exec(line);
    if (m) data[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
    else if (line.trim() !== '') break;
    end += 1;
  }
  if (typeof data.title !== 'string' || data.title === '') return front;
  return { ...front, data, body: [...lines.slice(0, end).map(() => ''), ...lines.slice(end)].join('\n') };
}

/**
 * A blog's metadata lines over the text (Pelican's and MultiMarkdown's "Title: …" / "Date: …" / "Tags: …", Frog's
 * the same indented as code): the document's front matter, when no other gives one and a title is among them.
 */
function metadataLines(front: FrontMatter): FrontMatter {
  if (Object.keys(front.data).length > 0) return front;
  const lines = front.body.split('\n');
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  // The usual fields, and any other a site reads beside them ("description: …", "publish: y"), twelve lines at most.
  const field = /^[ \t]{0,8}([A-Za-z][\w-]{0,24}):[ \t]*(\S.*)$/u;
  const known = /^(?:title|date|tags|author|authors|category|categories|slug|summary|subtitle|keywords|status|lang|modified|description)$/iu;
  let end = start;
  const data: Record<string, unknown> = {};
  for (let m = field.exec(lines[end] ?? ''); m && end - start < 12; m = field.exec(lines[++end] ?? '')) data[(m[1] ?? '').toLowerCase()] = (m[2] ?? '').trim();
  const fields = Object.keys(data);
  if (end - start < 2 || typeof data.title !== 'string' || (lines[end] ?? '').trim() !== '' || fields.filter((k) => known.test(k)).length * 2 < fields.length)
    return front;
  if (typeof data.authors === 'string' && data.author === undefined) data.author = data.authors;
  if (typeof data.tags === 'string' && data.keywords === undefined) data.keywords = data.tags.split(/\s*[,;]\s*/u).filter(Boolean);
  return { ...front, data, body: [...lines.slice(0, end).map(() => ''), ...lines.slice(end)].join('\n') };
}

/** A paragraph that is a line in bold alone, of a few words, not a label ending with a colon: its words. */
const boldLine = (block: Block, next?: Block): string | null => {
  if (block.kind !== 'paragraph' || block.folded) return null;
  // (In Markdown's bold or in HTML's, "<strong>The flawed probability argument</strong>", as a blog's editor writes it.)
  const bold = /^(?:(\*\*|__)(?=\S)([^*_\n]{2,240}?)(?<=\S)\1|<(strong|b)>\s*([^<*_\n]{2,240}?)\s*<\/\3>)$/iu.exec(block.text.trim());
  const words = (bold?.[2] ?? bold?.[4])?.trim();
  // (Nor an item's label alone, "**a)**", "**2.**": the answer it labels follows.)
  if (!words || !/\p{L}/u.test(words) || /^\(?[\p{L}\d]{1,3}[.)]$/u.test(words)) return null;
  const n = countWords(words);
  if (n <= 12 && words.length <= 90 && !/[:：]$/u.test(words)) return words.replace(/\.$/u, '');
  // A question over its answers, or the stem a list of choices completes ("Viktimizační výzkumy nebudou dobře fungovat:"
  // over its options, a quiz's), longer too: each a part of the page.
  if (n <= 30 && (/[?？]$/u.test(words) || (n >= 4 && /[:：]$/u.test(words) && next?.kind === 'list'))) return words.replace(/\s*[:：]$/u, '');
  return null;
};

/** A part's number a line in bold opens with ("I. Kompetensi", "2) Methods", "B. Results"). */
const partNumber = /^(?:[IVX]{1,5}|\d{1,2}|[A-H])[.)]\s/u;

/** The intro's bold lines as sections (two or more of them), each over the blocks up to the next; the blocks before the first stay the intro (taken out of `intro`). */
function boldHeadings(intro: Block[]): Section[] {
  // Where two or more are numbered ("**I. Kompetensi**", "**II. Pendahuluan**"), those are the parts, the others in them.
  const line = (k: number): string | null => boldLine(intro[k] as Block, intro[k + 1]);
  const numbered = (k: number): boolean => partNumber.test(line(k) ?? '');
  // Only one with text after it before the next (a bold line over another is a paragraph of the part before), or a
  // numbered one over the first heading of its part ("**III. Praktikum**" over "**Percobaan 1: JFrame HelloGUI**").
  const at = intro.map((_, k) => (line(k) !== null && k + 1 < intro.length && (line(k + 1) === null || numbered(k)) ? k : -1)).filter((k) => k >= 0);
  if (at.length < 2) return [];
  const parts = at.filter(numbered).length >= 2;
  const sections: Section[] = at.map((k, n) => ({
    heading: line(k) ?? '',
    level: parts && !numbered(k) && k > (at.find(numbered) ?? 0) ? 3 : 2,
    line: intro[k]?.line ?? 1,
    blocks: intro.slice(k + 1, at[n + 1] ?? intro.length),
  }));
  intro.splice(at[0] ?? 0);
  return sections;
}

/**
 * Numbered headings that go on with a sequence at another level: "## 7. Jenis-Jenis Inheritance" followed by
 * "# 8. Keuntungan Inheritance" (an author's slip) is one list of sections, so "8." takes the level of "7." — where
 * no heading at its own level carries the number before it (a part "# 2." after "# 1." and its "## 1." stays a part),
 * and both write the number alike ("# 3 ways to…" after "## 2. P-value" is a count, not the next section). A part
 * numbered by a word ("### Part 2" after "## Part 1") takes the level of the one before it, deeper or not.
 * Retags the headings in place; returns the tokens.
 */
function numberedLevels(tokens: Token[]): Token[] {
  const numbered: { number: number; mark: string; tag: string }[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open' || token.level !== 0) return;
    const content = tokens[i + 1]?.content ?? '';
    // Or numbered by a word ("### Part 2: Regex in R" after "## Part 1: Basic string manipulation"): the same part, a
    // level either way.
    const worded =
      /^(part|chapter|unit|module|week|lecture|lesson|teil|kapitel|partie|chapitre|parte|capítulo|lección|lezione|часть|глава|урок)\s+(\d{1,2})\b([.):]?)\s*\S/iu.exec(
        content,
      );
    const match = worded ? null : /^(\d{1,2})([.)]?)\s+\S/u.exec(content);
    if (!match && !worded) return;
    const number = Number(worded ? worded[2] : match?.[1]);
    const mark = worded ? `${(worded[1] ?? '').toLowerCase()}${worded[3] ?? ''}` : (match?.[2] ?? '');
    const before = [...numbered].reverse().find((h) => h.number === number - 1 && h.mark === mark);
    const sameLevel = numbered.some((h) => h.number === number - 1 && h.tag === token.tag);
    const deeper = Number(before?.tag.slice(1)) > Number(token.tag.slice(1));
    if (before && !sameLevel && (deeper || (worded !== null && before.tag !== token.tag))) {
      token.tag = before.tag;
      const close = tokens.slice(i + 1).find((t) => t.type === 'heading_close');
      if (close) close.tag = before.tag;
    }
    numbered.push({ number, mark, tag: token.tag });
  });
  return tokens;
}

/**
 * A box whose text ends with a sentence that introduces what follows the box ("## ✅ Task" over "Type or copy the
 * install function into the console, and press enter to run:", the code after the box closes): what it introduces
 * goes into the box's section, so that the sentence stays with it. Changes `sections` in place.
 */
function leadInOutOfBox(sections: Section[]): void {
  for (let i = sections.length - 2; i >= 0; i -= 1) {
    const box = sections[i];
    const after = sections[i + 1];
    if (!box || !after?.resumes) continue;
    const last = box.blocks[box.blocks.length - 1];
    const first = after.blocks[0];
    if (last?.kind !== 'paragraph' || !/[:：]\s*(?:\*\*|__|\*|_)?$/u.test(last.text.trim()) || !first) continue;
    if (!['code', 'image', 'table', 'math', 'list'].includes(first.kind)) continue;
    box.blocks.push(first);
    after.blocks.shift();
    if (after.blocks.length === 0) sections.splice(i + 1, 1);
  }
}

/**
 * A displayed formula written right under a list item's text, at the margin ("2. The following model predicts…" over
 * "$$\log(\text{odds}) = …$$"): the item's, as kramdown and the pages that show it read it (a lazy line of its
 * paragraph), not a block that ends the list, after which the item's own items ("    a. What is the probability…") had
 * been read as code. Where the item goes on under it, the formula's lines are set in to the item's text; lines keep
 * their numbers. Code is left alone.
 */
export function formulasInItems(text: string): string {
  if (!text.includes('$$')) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    for (let i = 1; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      if (!/^[ \t]{0,3}\$\$/u.test(line)) continue;
      // Its lines: one, or up to the line that closes it. (Read past whatever is done with it: its closing "$$" opens
      // nothing, or a formula left at the margin had set in every line from its end to the next formula's in an item.)
      let end = i;
      if (!/^\s*\$\$[\s\S]*\S[\s\S]*\$\$\s*$/u.test(line) || /^\s*\$\$\s*$/u.test(line)) {
        end = lines.findIndex((l, j) => j > i && /\$\$\s*$/u.test(l));
        if (end < 0 || end - i > 40) continue;
      }
      const at = i;
      i = end;
      // The item whose text the line goes on: the nearest item opening above it, no blank line between.
      let k = at - 1;
      while (k >= 0 && (lines[k] ?? '').trim() !== '' && !/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/u.test(lines[k] ?? '')) k -= 1;
      const item = k >= 0 ? /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\S/u.exec(lines[k] ?? '') : null;
      if (!item?.[1]) continue;
      const column = item[1].length;
      if ((/^[ \t]*/u.exec(line)?.[0].length ?? 0) >= column) continue;
      // (Only where the item goes on under the formula, its next line set in to the item's text: a formula after a list
      // that ends there, an Obsidian note's, is the text's own.)
      const next = lines.findIndex((l, j) => j > end && l.trim() !== '');
      if (next < 0 || (/^[ \t]*/u.exec(lines[next] ?? '')?.[0].length ?? 0) < column) continue;
      for (let j = at; j <= end; j += 1) lines[j] = `${' '.repeat(column)}${(lines[j] ?? '').trimStart()}`;
    }
    return lines.join('\n');
  });
}

/**
 * A hard line break's backslash at the end of a paragraph or a list item (before a blank line or the document's end),
 * where it breaks no line: GitBook writes one after every item it exports ("entre 1 y 32 caracteres.\\"), and shows
 * nothing there, while CommonMark shows the backslash. It goes. Not in code: fenced, or indented four spaces and no
 * list item (a shell line that goes on), nor an escaped backslash (`\\\\`).
 */
export function danglingBreaks(text: string): string {
  if (!/\\[ \t]*(?:\n[ \t]*(?:\n|$)|$)/u.test(text)) return text;
  return mapProse(text, (prose) =>
    prose.replace(/^([ \t]*)(.*?)(?<!\\)((?:\\\\)*)\\[ \t]*(?=\n[ \t]*(?:\n|$)|$(?![\s\S]))/gmu, (whole, indent: string, line: string, escaped: string) =>
      indent.replace(/\t/gu, '    ').length >= 4 && !/^(?:[-*+]|\d{1,9}[.)])[ \t]/u.test(line) ? whole : `${indent}${line}${escaped}`,
    ),
  );
}

/**
 * A heading with no space after its hashes ("####Argument 2" in a Jekyll lecture): kramdown, which Jekyll renders
 * with, reads it as a heading, where CommonMark shows the hashes as text. Two to six hashes and a capital: a heading
 * (one hash and a word is a tag, "#python"). Not in code.
 */
export function unspacedHeadings(text: string): string {
  if (!/^#{2,6}\p{Lu}/mu.test(text)) return text;
  return mapProse(text, (prose) => prose.replace(/^(#{2,6})(?=\p{Lu})/gmu, '$1 '));
}

/** An HTML start tag whose attributes hold a quoted value with an angle bracket in it. */
const tagWithAngles = /<[A-Za-z][\w-]*(?:\s+[^\s"'>=/]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'>=`]+))?)*\s*\/?>/gu;

/**
 * An angle bracket inside a quoted attribute's value (a Slidev deck's `<h1 v-click :class="$clicks > 0 && 'scale-150'">`)
 * is written as its entity, as HTML reads it: the value is unchanged, and no reading of the tag ends at it (the heading
 * had been titled "0 && 'scale-150'">🙅 No!"). Not in code.
 */
export function anglesInAttributes(text: string): string {
  if (!/=\s*(?:"[^"\n]*[<>]|'[^'\n]*[<>])/u.test(text)) return text;
  return mapProse(text, (prose) =>
    prose.replace(tagWithAngles, (tag) =>
      tag.replace(/(=\s*)("[^"\n]*"|'[^'\n]*')/gu, (_, eq: string, value: string) => `${eq}${value.replace(/>/gu, '&gt;').replace(/</gu, '&lt;')}`),
    ),
  );
}

/**
 * A heading right under the line that closes a block of HTML ("</div>" over "## A High-Level Look", a blog post's
 * video): kramdown, which Jekyll renders with, ends the HTML at its closing tag and reads the heading; CommonMark runs
 * the HTML block on to the next blank line, and the heading and its paragraph had been one paragraph in bold. The
 * closing tag joins the line above it and its own line is blank, so the heading is read and lines keep their number.
 */
export function headingsAfterHtml(text: string): string {
  const closing =
    /^[ \t]{0,3}<\/(?:div|table|figure|details|center|section|aside|article|blockquote|ul|ol|dl|iframe|video|audio|picture|p|nav|header|footer|form)>[ \t]*$/iu;
  if (!/<\/[a-z]+>[ \t]*\n#{1,6}[ \t]/iu.test(text)) return text;
  const lines = text.split('\n');
  const code = fencedLines(text);
  for (let i = 1; i < lines.length - 1; i += 1) {
    if (code.has(i) || code.has(i - 1) || !closing.test(lines[i] ?? '') || !/^#{1,6}[ \t]+\S/u.test(lines[i + 1] ?? '')) continue;
    const above = lines[i - 1] ?? '';
    lines[i - 1] = above.trim() === '' ? (lines[i] ?? '').trim() : `${above}${(lines[i] ?? '').trim()}`;
    lines[i] = '';
  }
  return lines.join('\n');
}

/**
 * A text written as one numbered list whose items are its parts (a Persian handout's "1. مقدمه", "1. Data Type", "1.
 * کلیدها"…, each over tens of lines of its own: paragraphs, code, pictures, lists): each item a heading, a level under the
 * heading above the list, numbered as the list shows it, its lines taken out of the item. Only where three items or
 * more, each a short title (eight words at most, no sentence's or label's end) over five lines of its own or more, make
 * the list; a list of points or steps stays a list. Lines keep their number; code is left alone.
 */
export function outlineList(text: string): string {
  if (!/^\d{1,9}[.)][ \t]+\S/mu.test(text)) return text;
  const lines = text.split('\n');
  const code = fencedLines(text);
  const item = (k: number): RegExpExecArray | null => (code.has(k) ? null : /^(\d{1,9})([.)][ \t]+)(\S.*)$/u.exec(lines[k] ?? ''));
  // The runs of top-level items: each item's line, its number and the width of its marker, and where its lines end.
  let level = 1;
  for (let i = 0; i < lines.length; i += 1) {
    const heading = code.has(i) ? null : /^(#{1,6})[ \t]+\S/u.exec(lines[i] ?? '');
    if (heading) level = heading[1]?.length ?? level;
    if (!item(i)) continue;
    const run: { at: number; end: number; width: number; title: string; own: number }[] = [];
    let k = i;
    while (k < lines.length) {
      const m = item(k);
      if (!m) break;
      const width = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
      let end = k + 1;
      let own = 0;
      // (Its lines are taken out by their least indentation, four spaces under a marker of three.)
      let least = Infinity;
      for (; end < lines.length; end += 1) {
        const next = lines[end] ?? '';
        if (next.trim() === '') continue;
        const set = next.length - next.trimStart().length;
        if (set < width) break;
        own += 1;
        least = Math.min(least, set);
      }
      // (Blank lines at its end are the list's, between items.)
      let last = end;
      while (last > k + 1 && (lines[last - 1] ?? '').trim() === '') last -= 1;
      run.push({ at: k, end: last, width: Number.isFinite(least) ? least : width, title: m[3] ?? '', own });
      k = end;
    }
    const parts =
      run.length >= 3 &&
      run.every((r) => r.own >= 5 && countWords(visibleText(r.title)) <= 8 && !/[.:;!?,：]\s*$/u.test(r.title.trim()) && !/^#{1,6}\s/u.test(r.title));
    if (parts) {
      const first = Number(item(run[0]?.at ?? i)?.[1] ?? 1);
      const marks = '#'.repeat(Math.min(6, level + 1));
      run.forEach((r, n) => {
        lines[r.at] = `${marks} ${first + n}. ${r.title.trim()}`;
        for (let j = r.at + 1; j < r.end; j += 1) {
          const line = lines[j] ?? '';
          if (line.trim() !== '') lines[j] = line.slice(r.width);
        }
      });
    }
    i = Math.max(i, k - 1);
  }
  return lines.join('\n');
}

/**
 * Headings written as a list's items (`* ### Motivation` over the item's own list, as notes typed in HackMD or Typora
 * often are): each is the heading it says, and what the item holds, set in under it, is that section's text, taken out
 * of the item. Lines keep their number; fenced code at the margin is left alone.
 */
export function headingItems(text: string): string {
  if (!/^(?:[-*+]|\d{1,9}[.)])[ \t]+#{1,6}[ \t]/mu.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const mark = /^(`{3,}|~{3,})/u.exec(line)?.[1];
    if (mark && (fence === null || (line.trim() === mark.padEnd(fence.length, mark[0]) && mark[0] === fence[0]))) {
      fence = fence === null ? mark : null;
      continue;
    }
    const item = fence === null ? /^((?:[-*+]|\d{1,9}[.)])[ \t]+)(#{1,6}[ \t]+\S.*)$/u.exec(line) : null;
    if (!item) continue;
    const width = (item[1] ?? '').replace(/\t/gu, '    ').length;
    lines[i] = item[2] ?? '';
    // The item's own lines, set in at least as far as its text: the section's, at the margin.
    let k = i + 1;
    for (; k < lines.length; k += 1) {
      const next = (lines[k] ?? '').replace(/^\t/u, '    ');
      if (next.trim() === '') continue;
      if (next.length - next.trimStart().length < width) break;
      lines[k] = next.slice(width);
    }
    i = k - 1;
  }
  return lines.join('\n');
}

/**
 * The tokens inside a centred HTML block (`<div align="center">` … `</div>`) before the first H1 (`before`) that holds a
 * heading of its own: a README's banner, a sponsor's picture, heading and link over the project's `# name`. Counted by
 * the `<div>`s each HTML block opens and closes. (None where the block holds no heading: a README's title block, its
 * logo and tagline round its `# name`, is read as it was.)
 */
function centredBanner(tokens: Token[], before: number): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  for (let i = 0; i < before; i += 1) {
    const t = tokens[i];
    if (t?.type === 'html_block') {
      const opens = (t.content.match(/<div\b/giu) ?? []).length;
      const closes = (t.content.match(/<\/div\s*>/giu) ?? []).length;
      if (depth === 0 && !/^\s*<div\b[^>]*\balign=["']?center/iu.test(t.content)) continue;
      depth = Math.max(0, depth + opens - closes);
      inside.add(i);
    } else if (depth > 0) inside.add(i);
  }
  // (Nor a README's own top in such a block, its name in an `<h1>` over its sections and their lists, "## Konular" over the
  // topics it covers: the page's text, not a sponsor's.)
  const ownTop = [...inside].some(
    (i) => (tokens[i]?.type === 'html_block' && /<h1\b/iu.test(tokens[i]?.content ?? '')) || /^(?:bullet|ordered)_list_open$/u.test(tokens[i]?.type ?? ''),
  );
  return !ownTop && [...inside].some((i) => tokens[i]?.type === 'heading_open') ? inside : new Set();
}

/**
 * The headings that open a box (hidden.ts's boxes: a fenced div whose first line is a heading, as Quarto's callouts and
 * The Carpentries' boxes are written), by their tokens; `offset` is the lines before the tokens' text in the document.
 */
function boxHeadings(tokens: Token[], boxes: readonly Box[], offset: number): Set<Token> {
  const found = new Set<Token>();
  if (boxes.length === 0) return found;
  const top = tokens.filter((t) => t.level === 0 && t.nesting !== -1 && t.map);
  const lineOf = (t: Token | undefined): number => (t?.map?.[0] ?? 0) + 1 + offset;
  let k = 0;
  for (const box of [...boxes].sort((a, b) => a.open - b.open)) {
    while (k < top.length && lineOf(top[k]) <= box.open) k += 1;
    const first = top[k];
    if (first?.type === 'heading_open' && lineOf(first) < box.close) found.add(first);
  }
  return found;
}

/**
 * A list inside a quotation, in a page that Pandoc renders as slides: its items shown one at a time, as Pandoc reads it
 * ("> - Let's check understanding:" over "> - Is the effect weaker?"), no quotation. The list, its marks taken off.
 * (An ioslides lecture's questions had been a quotation box titled "- Let's check understanding".) Line for line.
 */
function incrementalLists(body: string): string {
  if (!/^>[ \t]?(?:[-*+]|\d{1,3}[.)])[ \t]/mu.test(body)) return body;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^>/u.test(lines[i] ?? '')) continue;
    let end = i;
    while (end < lines.length && /^>/u.test(lines[end] ?? '')) end += 1;
    const inner = lines.slice(i, end).map((l) => l.replace(/^>[ \t]?/u, ''));
    const filled = inner.filter((l) => l.trim() !== '');
    if (/^(?:[-*+]|\d{1,3}[.)])[ \t]/u.test(filled[0] ?? '') && filled.every((l) => /^(?:[-*+]|\d{1,3}[.)])[ \t]|^[ \t]+\S/u.test(l)))
      inner.forEach((l, k) => (lines[i + k] = l));
    i = end;
  }
  return lines.join('\n');
}

/** The document model, footnotes where the author wrote them. */
function splitBlocks(source: string): DocumentModel {
  const unhidden = removeHidden(foldedCallouts(notesSpans(speakerComments(anglesInAttributes(source)))), 'markdown');
  const flat = flattenDeepNesting(
    formulaPictures(
      picturesAfterItems(
        imageAttributes(
          spacedPicturePaths(
            wikiLinks(
              definitionItems(
                texDelimiters(
                  markdownEscapedFormulas(
                    backtickFormulas(
                      formulasInItems(danglingBreaks(headingItems(outlineList(latexListings(unspacedHeadings(headingsAfterHtml(unhidden.text))))))),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const text = flat.text;
  const head = commentFields(metadataLines(pandocTitleBlock(splitFrontMatter(text))));
  const deck = deckSyntax(head.body, head.data);
  const slidesBody = rendersAsSlides(head.data) ? incrementalLists(deck.body) : deck.body;
  const front = { ...head, body: slidesBody };
  const lines = front.body.split('\n');
  const env: { references?: Record<string, Reference> } & Record<string, unknown> = {};
  const byline = bylineHeading(htmlHeadings(parser.parse(front.body, env)));
  const tokens = numberedLevels(byline.tokens);
  // What stands inside a centred block before the first H1, Markdown included (eza's sponsor note: a picture, then
  // "### [Warp, the AI terminal…](…)" and a link, between `<div align="center">` and `</div>`), is a banner: its
  // headings name no section (they are the title slide's notes) and nothing in it names the deck.
  const firstHeading = tokens.findIndex((t) => t.type === 'heading_open' && t.level === 0 && t.tag === 'h1');
  const banner = centredBanner(tokens, firstHeading);
  for (const i of banner) {
    const t = tokens[i];
    if (t?.type === 'heading_open' || t?.type === 'heading_close') {
      t.type = t.type === 'heading_open' ? 'paragraph_open' : 'paragraph_close';
      t.tag = 'p';
    }
  }
  // (A box's own heading titles the box, not a part of the document's outline: its level says nothing of the document's.)
  const boxHeads = boxHeadings(tokens, unhidden.boxes ?? [], front.offset);
  const headings = tokens.filter((t) => t.type === 'heading_open' && t.level === 0 && !boxHeads.has(t));
  const h1Count = headings.filter((t) => t.tag === 'h1').length;
  let title = stringField(front.data, 'title') ?? deck.title;
  let h1Subtitle: string | null = null;
  // A line of links over the page (a course's "[Chapter 1] [Chapter 2] …") is its navigation, not its opening: notes only.
  // (So is one link alone to the page around it, "[zurück](README.md)", "[← Index](../)", "[<small>HOME</small>](/macrox/)".)
  const navigation = (i: number): boolean =>
    (tokens[i]?.type === 'paragraph_open' && linkLine(tokens[i + 1]?.content ?? '')) ||
    (tokens[i]?.type === 'paragraph_open' && pageLinkLabel(/^\s*\[([^\]\n]+)\]\([^)\s]*\)\s*$/u.exec(tokens[i + 1]?.content ?? '')?.[1] ?? '')) ||
    (tokens[i]?.type === 'html_block' && (linksOnly(tokens[i]?.content ?? '') || pageLinkAlone(tokens[i]?.content ?? ''))) ||
    (tokens[i]?.type === 'html_block' && i < firstHeading && linkButton(tokens[i]?.content ?? ''));
  // Anywhere on the page, a line of links to the pages around it ("[Index](../../) | [Previous](../intro/) | [Next](…)"):
  // the site's, not the text's.
  const pageLinks = (i: number): boolean => {
    // (In HTML, one such link alone: "<p align="center"><a href="/lectures/">[back]</a></p>".)
    if (tokens[i]?.type === 'html_block') return pageLinkAlone(tokens[i]?.content ?? '');
    if (!navigation(i) || tokens[i]?.type !== 'paragraph_open') return false;
    const labels = [...(tokens[i + 1]?.content ?? '').matchAll(/\[([^\]\n]+)\]\(/gu)].map((m) => (m[1] ?? '').replace(/[*_`]/gu, '').trim());
    return labels.filter((label) => pageLinkWords.test(label)).length * 2 > labels.length;
  };
  // What a page opens with, past its navigation and a line of pictures alone (a README's logo or badges over its title).
  // So is a README's centred banner over its title heading (`<p align="center"><b>NEW: …</b></p>` over its `<h1>`): not
  // over a section's heading (bat's README opens with its logo, then "### Syntax highlighting").
  const pictures = (i: number): boolean =>
    banner.has(i) ||
    (tokens[i]?.type === 'paragraph_open' && picturesOnly(tokens[i + 1]?.content ?? '')) ||
    (tokens[i]?.type === 'html_block' && picturesOnly(tokens[i]?.content ?? '')) ||
    (tokens[i]?.type === 'html_block' &&
      i < firstHeading &&
      (/^\s*<(?:p|div|h[1-6])\b[^>]*\balign=["']?center/iu.test(tokens[i]?.content ?? '') ||
        // (Nor a wrapper the page opens, `<div dir="rtl">` around an Arabic note: no text of its own.)
        /^(?:\s|<br\s*\/?>|<hr\b[^>]*>|<(?:div|section|article|main)\b[^>]*>)*$/iu.test(tokens[i]?.content ?? '')));
  // Nor what a page opens with before its first heading that names nothing: anchors for links (`<a name='intro'></a>`),
  // and its own table of contents ("Table of Contents:" over a list of links to its sections).
  const contentsList = (i: number): boolean =>
    (tokens[i]?.type === 'paragraph_open' && namesContents(tokens[i + 1]?.content ?? '')) ||
    (/^(?:bullet|ordered)_list_open$/u.test(tokens[i]?.type ?? '') &&
      tokens[i - 1]?.type === 'paragraph_close' &&
      tokens[i - 3]?.type === 'paragraph_open' &&
      namesContents(tokens[i - 2]?.content ?? ''));
  const anchor = /^(?:\s*<a\s+(?:name|id)=["'][^"']*["']\s*>\s*<\/a>)+\s*$/iu;
  const anchors = (i: number): boolean =>
    (tokens[i]?.type === 'html_block' && anchor.test(tokens[i]?.content ?? '')) ||
    (tokens[i]?.type === 'paragraph_open' && anchor.test(tokens[i + 1]?.content ?? ''));
  // Nor a notebook's setup cell of a few lines over the page's one H1 (d2l's "%load_ext d2lbook.tab" chunk over "# Linear
  // Regression"): the heading still titles the page.
  const setupCell = (i: number): boolean =>
    tokens[i]?.type === 'fence' && h1Count === 1 && i < firstHeading && (tokens[i]?.content ?? '').trim().split('\n').length <= 6;
  // Nor the page's own style sheet or script over its first heading (a `<style>` block for its buttons): no text shows.
  const pageStyle = (i: number): boolean =>
    tokens[i]?.type === 'html_block' && /^\s*<(style|script)\b[^>]*>[\s\S]*<\/\1\s*>\s*$/iu.test(tokens[i]?.content ?? '');
  // Nor a GitHub alert over the page's first H1 (lsd's "> [!IMPORTANT]" that this is the development version's manual).
  const alert = (i: number): boolean =>
    tokens[i]?.type === 'blockquote_open' && i < firstHeading && /^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/iu.test(tokens[i + 2]?.content ?? '');
  // Nor, over the page's one H1, a book's banner: lines all in emphasis, links and pictures ("*This is one of the 100+ free
  // recipes of …*", "▶ *[Code on GitHub](…) with a [MIT license](…)*"), the site's, not the chapter's words.
  // (Such lines marked with a symbol are a list by then, each item one of them.)
  const bannerLine = (i: number): boolean => {
    if (h1Count !== 1 || i >= firstHeading) return false;
    if (tokens[i]?.type === 'paragraph_open') return decorative(tokens[i + 1]?.content ?? '');
    if (tokens[i]?.type !== 'bullet_list_open') return false;
    const close = tokens.findIndex((t, k) => k > i && t.type === 'bullet_list_close' && t.level === 0);
    const inline = tokens.slice(i, close < 0 ? i : close).filter((t) => t.type === 'inline');
    return inline.length > 0 && inline.length <= 6 && inline.every((t) => decorative(t.content));
  };
  const firstBlock = tokens.find(
    (t, i) =>
      t.level === 0 &&
      t.nesting !== -1 &&
      t.type !== 'hr' &&
      !navigation(i) &&
      !pictures(i) &&
      !contentsList(i) &&
      !anchors(i) &&
      !setupCell(i) &&
      !alert(i) &&
      !bannerLine(i) &&
      !pageStyle(i),
  );
  // A single leading H1 is the document's title (or a leading heading alone at the top level, as in a
  // book chapter that starts with "## Variables"); several H1s are its parts, the first of them naming the deck.
  const top = least(headings.map((t) => Number(t.tag.slice(1))));
  const alone =
    firstBlock?.type === 'heading_open' &&
    Number(firstBlock.tag.slice(1)) === top &&
    headings.filter((t) => Number(t.tag.slice(1)) === top).length === 1 &&
    headings.length > 1;
  // (Also under a line or two of links before it: a Persian handout's link to its task list, "[لیست
  // تسک‌های مرتبط با این فاز …](issue-template-Phase07.md)", over its one "# فاز هفت: SQL" had left the deck titled after
  // its file's name.)
  const beforeH1 =
    h1Count === 1 && firstBlock !== undefined && firstBlock.type !== 'heading_open' && firstHeading > tokens.indexOf(firstBlock) && title === null
      ? tokens.slice(tokens.indexOf(firstBlock), firstHeading)
      : null;
  // (Links alone: a sentence of the page's own over the heading makes it a section.)
  const shortOpening =
    beforeH1 !== null &&
    beforeH1.every((t) => t.level !== 0 || t.type === 'paragraph_open' || t.type === 'paragraph_close') &&
    beforeH1.filter((t) => t.type === 'paragraph_open').length <= 2 &&
    beforeH1.every((t) => t.type !== 'inline' || !/\p{L}/u.test(t.content.replace(/!?\[[^\]\n]*\]\([^)\n]*\)/gu, '')));
  const titleTag =
    h1Count === 1 && ((firstBlock?.type === 'heading_open' && firstBlock.tag === 'h1') || shortOpening)
      ? 'h1'
      : alone && title === null
        ? (firstBlock?.tag ?? null)
        : null;
  const titleFromH1 = titleTag !== null;
  // Of several H1s, a first one over a few sentences alone ("# 06 - Create a SQL database" over what the walkthrough does,
  // then "# Task 1…", "# Task 2…") names the deck and opens it, no part of its own: its sentences are the introduction.
  const firstAt = firstBlock ? tokens.indexOf(firstBlock) : -1;
  const nextHeading = firstAt < 0 ? -1 : tokens.findIndex((t, k) => k > firstAt && t.type === 'heading_open' && t.level === 0);
  const openingWords = tokens
    .slice(firstAt + 3, nextHeading < 0 ? firstAt + 3 : nextHeading)
    .reduce((n, t) => n + (t.type === 'inline' || t.type === 'fence' || t.type === 'html_block' ? countWords(t.content) : 0), 0);
  // (Not under a title the front matter or a title block gives, unless it is that title again.)
  const firstH1Text = firstBlock?.type === 'heading_open' ? asTitle(headingText(tokens[firstAt + 1]?.content ?? '')) : '';
  const titleHeading =
    !titleFromH1 &&
    h1Count > 1 &&
    firstBlock?.type === 'heading_open' &&
    firstBlock.tag === 'h1' &&
    tokens[nextHeading]?.tag === 'h1' &&
    openingWords <= 80 &&
    (title === null || title === firstH1Text) &&
    // (Not a table of contents' heading, "# Table of Contents" over its links, as Org's Markdown export opens.)
    !namesContents(firstH1Text) &&
    // The page's first block (not under a logo, which names the project), in a document not cut into slides by rules.
    firstAt === tokens.findIndex((t) => t.level === 0 && t.nesting !== -1) &&
    !tokens.some((t) => t.type === 'hr' && t.level === 0)
      ? firstBlock
      : null;
  // The page's one H1, its first heading, that repeats the title its front matter gives, under an epigraph or a note the
  // page opens with ("> Three people have just fallen past that window" over "# Graphical User Interfaces – Part 2"): the
  // title again, no part of one section (whose divider and agenda line repeated the title slide).
  const firstTop = headings[0];
  const repeatedTitle =
    !titleFromH1 && titleHeading === null && h1Count === 1 && firstTop?.tag === 'h1' && title !== null
      ? asTitle(headingText(tokens[tokens.indexOf(firstTop) + 1]?.content ?? '')) === title
        ? firstTop
        : null
      : null;
  // Otherwise the deck is named by the document's first heading, when the document opens with one.
  // Not a heading that names a table of contents ("## Table of Contents" under a README's logo): no title.
  // A heading a level below the document's top one before its first part ("### Final Tip:" over a list, then "# 10.1
  // Hyperplane & Binary Classification") names a note, not the document: the first heading of the top level does.
  const firstText = firstBlock?.type === 'heading_open' ? asTitle(headingText(tokens[tokens.indexOf(firstBlock) + 1]?.content ?? '')) : '';
  // (A first heading that names the document's table of contents, "# Table of Contents" over its links as Org's Markdown
  // export opens, names nothing: the heading of the top level after it does; where nothing is above it, as a README's
  // logo over "## Table of Contents" names its project.)
  // (Not in a deck cut into slides by rules, whose first slide is its cover: a reveal.js talk's one "# Fragen?" divider,
  // near its end, had named the deck over its cover's "## Angewandter Datenschutz und IT-Sicherheit".)
  const slideRules = tokens.filter((t) => t.type === 'hr' && t.level === 0).length >= 2;
  const namer =
    firstBlock?.type === 'heading_open' && Number(firstBlock.tag.slice(1)) > top && !namesContents(firstText) && !slideRules
      ? (headings.find((t) => Number(t.tag.slice(1)) === top) ?? firstBlock)
      : firstBlock?.type === 'heading_open' && namesContents(firstText) && firstAt === tokens.findIndex((t) => t.level === 0 && t.nesting !== -1)
        ? (headings.find((t) => tokens.indexOf(t) > firstAt && Number(t.tag.slice(1)) === top) ?? firstBlock)
        : firstBlock;
  const opening = namer?.type === 'heading_open' ? asTitle(headingText(tokens[tokens.indexOf(namer) + 1]?.content ?? '')) : '';
  // Nor a heading that names a part of any lecture ("## Recap" over "## Today's Agenda", "## Introduction"), one of several
  // at its level: the first section, not the document's name.
  const sectionOnly = sectionWord.test(visibleText(opening).trim()) && headings.filter((t) => t.tag === namer?.tag).length > 1;
  if (!titleFromH1 && opening !== '' && !namesContents(opening) && !sectionOnly) title ??= opening;
  // A title page written as headings ("# Genetics" over "## Western New England" over "### Thomas Mennella" over the
  // first topic, nothing between them): the headings above every level the document goes on with are its subtitle.
  // (Under a title the front matter gives, the page's heading is the subtitle's first line, and a heading that repeats
  // that title no line of it: a Jekyll lecture's "# Databasbaserad publicering" over "## Föreläsning 9", its title.)
  // (After a style sheet or a line of links the page opens with, only where one of them repeats the front matter's title:
  // "## Representing Speech Sounds" under a chapter's links and its "# Chapter 2: Phonetics" is its first section.)
  const headingsText = (t: Token): string => asTitle(headingText(tokens[tokens.indexOf(t) + 1]?.content ?? ''));
  const pageHeadings = titlePageHeadings(tokens, titleFromH1 ? titleTag : null, firstAt);
  const titlePage =
    firstAt <= 0 || [...pageHeadings].some((t) => title !== null && headingsText(t) === title)
      ? pageHeadings
      : titlePageHeadings(tokens, titleFromH1 ? titleTag : null);
  if (titlePage.size > 0) {
    const lines = [...(title !== null && firstH1Text !== title ? [firstH1Text] : []), ...[...titlePage].map(headingsText)];
    h1Subtitle = lines.filter((line) => line !== '' && line !== title).join(' · ') || null;
  }
  const sectionLevels = headings
    .filter((t) => !titlePage.has(t))
    .map((t) => Number(t.tag.slice(1)))
    .filter((l) => !(titleFromH1 && `h${l}` === titleTag));
  const levelOf = levelMap(sectionLevels);

  const intro: Block[] = [];
  const sections: Section[] = [];
  // Boxes with a heading of their own, by where they close: the text after one goes back to the section it interrupted.
  const boxes = unhidden.boxes ?? [];
  let closed = 0;
  // Whether a line lies inside a box, asked of lines in document order: the furthest closing of the boxes opened before it.
  const byOpening = [...boxes].sort((a, b) => a.open - b.open);
  let opened = 0;
  let reach = 0;
  const inBox = (line: number): boolean => {
    for (; opened < byOpening.length && (byOpening[opened]?.open ?? line) < line; opened += 1) reach = Math.max(reach, byOpening[opened]?.close ?? 0);
    return reach > line;
  };
  // The sections outside every box, in order: the last of them is the one a box that closes now interrupted.
  const outside: Section[] = [];
  const begin = (section: Section): void => {
    sections.push(section);
    if (!inBox(section.line)) outside.push(section);
  };
  const resume = (line: number): void => {
    for (let box = boxes[closed]; box && box.close < line; box = boxes[++closed]) {
      const current = sections[sections.length - 1];
      // Only where the section now open is the box's own (its heading inside the box).
      if (!current || current.line <= box.open || current.line >= box.close) continue;
      // The section the box interrupted (empty heading: the introduction); a section that itself resumes one carries its heading.
      const outer = outside[outside.length - 1];
      begin({ heading: outer?.heading ?? '', level: outer?.level ?? current.level, line, blocks: [], resumes: true });
    }
  };
  // Lines of `---` breaks: where the author may have cut the document into slides.
  const breaks: number[] = [];
  // The section a rule was last drawn in (null: the introduction), until the next block: that block opens a part.
  let ruled: Section | null | undefined;
  // The text a displayed formula's last line goes on with (mathThenText), and the line it ends on: the paragraph
  // Markdown starts on the next line is the rest of its sentence.
  let tail: { block: Block; line: number } | null = null;
  let badges = 0;
  let folding = false;
  const dividers = dividerPictures(tokens, env);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.level !== 0 || !token.map || token.nesting === -1) continue;
    const [startLine, endLine] = token.map;
    const line = startLine + 1 + front.offset;
    const shown = blockKind(tokens, i, env);
    const divider = shown === 'image' && dividers.size > 0 && dividers.has(solePicture(tokens[i + 1]?.content ?? '', env)?.src ?? '');
    const kind = divider ? 'rule' : shown;
    if (kind === 'heading') {
      if (titlePage.has(token)) continue;
      const heading = referencesAsText(headingText(tokens[i + 1]?.content ?? ''), env.references);
      const level = Number(token.tag.slice(1));
      if (token === titleHeading || token === repeatedTitle) {
        title ??= asTitle(heading);
        continue;
      }
      if (titleFromH1 && token.tag === titleTag) {
        // Under a front-matter title ("Heapsort"), the page's own heading ("Ordenação com o Heapsort") is its subtitle.
        if (title !== null && heading !== '' && asTitle(heading) !== title) h1Subtitle ??= asTitle(heading);
        title = title ?? asTitle(heading);
        continue;
      }
      if (heading === '') continue;
      // A heading inside a folded <details> (a README's older news under "More…") is part of what it folds: notes only.
      if (folding) {
        (sections[sections.length - 1]?.blocks ?? intro).push({ kind: 'paragraph', text: inBold(heading), line, folded: true });
        continue;
      }
      if (boxHeads.has(token)) {
        const outer = outside[outside.length - 1];
        // A box titled by its section's heading again (Quarto's "# Learning objectives" over a callout that opens with
        // "# Learning objectives") holds that section's text; any other is a sub-section of the section it stands in,
        // whatever level its heading is written at ("## Read ahead" in a box under "### Read ahead").
        if (outer && visibleText(outer.heading).trim().toLowerCase() === visibleText(heading).trim().toLowerCase()) continue;
        begin({ heading, level: outer ? Math.min(6, outer.level + 1) : levelOf(level), line, blocks: [] });
        continue;
      }
      begin({ heading, level: levelOf(level), line, blocks: [] });
      continue;
    }
    // A rule (`---`) or a line of ornaments is no text: the block after it, in the same section, opens a part of its own.
    if (kind === 'break' || kind === 'rule') {
      if (kind === 'break') breaks.push(line);
      ruled = sections[sections.length - 1] ?? null;
      continue;
    }
    // A part of an HTML block that held a heading (headingsAmong) is its own markup, not the block's lines.
    const raw = (token.meta as { htmlPart?: boolean } | null)?.htmlPart === true ? token.content : blockSource(lines.slice(startLine, endLine), kind);
    if (raw === '') continue;
    if (kind === 'paragraph' && backToTop(raw)) {
      badges += 1;
      continue;
    }
    resume(line);
    const target = sections[sections.length - 1];
    // Reference links are written out inline: a slide holds its text without the document's definitions.
    // (Not inside the code a list's items hold: "<title>Your Name</title>" in an item's listing is code, as written.)
    const text =
      kind === 'code' || kind === 'math' || kind === 'html'
        ? raw
        : inlineReferences(kind === 'list' ? outsideCode(raw, codeLines(tokens, i, startLine), inlineHtml) : inlineHtml(raw), env.references);
    // A <details> open across blank lines (GitHub READMEs, MkDocs' ??? boxes) folds the Markdown blocks up to its </details>.
    // Only a folded one: <details open> is shown open. One without a <summary> is folded too (a browser labels it
    // "Details"): mdBook's slides, Comprehensive Rust's, keep their speaker notes in one.
    // (Not one whose summary only says how to open it, "Click to expand" over a README's list of options: the page folds
    // the section's own text to save room, and the deck shows it as the section's, with no such point.)
    const clickToOpen = kind === 'html' && genericSummary.test(raw);
    const opensDetails = kind === 'html' && !clickToOpen && /<details(?![^>]*\bopen\b)[^>]*>/iu.test(raw) && !/<\/details\s*>/iu.test(raw);
    const closesDetails = kind === 'html' && folding && /<\/details\s*>/iu.test(raw) && !/<details\b/iu.test(raw);
    // Pictures alone (an <img> with line breaks and centring round it too, "<br><center><img …></center><br>"): one picture block.
    // So is an <img> whose tag runs over lines (a long alt text), which Markdown reads as a paragraph of inline HTML.
    const placed = kind === 'image' || kind === 'paragraph' ? withoutPlacing(text) : text;
    const pictures = kind === 'image' || (kind === 'paragraph' && (placed !== text || text !== raw) && imageOnly(placed, env));
    const blocks = (
      clickToOpen
        ? []
        : kind === 'html'
          ? htmlToBlocks(opensDetails ? `${raw}</details>` : closesDetails ? raw.replace(/<\/details\s*>/iu, '') : raw, line)
          : pictures
            ? [{ kind: 'image' as const, text: placed, line }]
            : kind === 'paragraph'
              ? // Pictures an <object> or <embed> shows, alone in their paragraph, are a picture as an image alone is.
                (displayMathApart(raw, line) ??
                picturesAfter(text, line) ??
                headerlessTable(text, line) ?? [{ kind: /<(?:object|embed)\b/iu.test(raw) && picturesOnly(text) ? 'image' : kind, text, line }])
              : kind === 'list'
                ? (listMathApart(raw, line) ?? [{ kind, text, line }])
                : kind === 'math'
                  ? mathThenText(text, line)
                  : [{ kind, text, line }]
    )
      // A table, Markdown's or one an HTML block held, that lays out a figure or frames passages of prose is what it shows.
      .flatMap((b) => (b.kind === 'table' ? (figureTable(b.text, b.line) ?? proseTable(b.text, b.line) ?? [b]) : [b]))
      // A formula an HTML block holds alone (Org's export, '<div class="latex">' round "\begin{equation}…"), as a paragraph
      // of one formula is: displayed, not a point.
      .map((b) =>
        kind === 'html' && b.kind === 'paragraph' && /^\$\$[\s\S]*\$\$$/u.test(b.text.trim()) && displayMarks(b.text).length === 2
          ? { ...b, kind: 'math' as const }
          : b,
      )
      .map((b) => ((folding && !closesDetails) || banner.has(i) || (target === undefined ? navigation(i) : pageLinks(i)) ? { ...b, folded: true } : b));
    if (opensDetails) folding = true;
    if (closesDetails) folding = false;
    for (const given of blocks) {
      // A line of badges alone is counted below; badges beside other pictures go without a count.
      const badgesOnly = onlyBadges(given);
      const block = badgesOnly ? given : picturesWithoutBadges(given);
      // A paragraph of a backslash alone is Pandoc's hard line break, a blank line of space (Quarto notes), not text.
      // Nor is a paragraph of line breaks alone ("<br><br>", a Marp deck's spacing above a picture).
      if (block.text.trim() === '' || (block.kind === 'paragraph' && /^(?:\\+|(?:<br\s*\/?>|&nbsp;?|\s)+)$/iu.test(block.text.trim()))) continue;
      // A repository page's badges (build status, coverage, licence) are its furniture, not the talk's.
      if (badgesOnly) badges += 1;
      else if (tail && block.kind === 'paragraph' && block.line === tail.line + 1) {
        tail.block.text = `${tail.block.text}\n${block.text}`;
        tail = { block: tail.block, line: tail.line + block.text.split('\n').length };
      } else {
        const into = target ? target.blocks : intro;
        // (A paragraph made of a formula block is the text after its closing dollars: mathThenText.)
        tail = kind === 'math' && block.kind === 'paragraph' ? { block, line: block.line } : null;
        // After a rule, in the section it was drawn in, and not at the section's start (where a slide breaks anyway).
        into.push(ruled === (target ?? null) && into.length > 0 ? { ...block, afterRule: true } : block);
        ruled = undefined;
      }
    }
  }

  leadInOutOfBox(sections);
  // A block of formulas that only defines macros shows nothing, in a document cut into slides too.
  const macros = takeMacros([intro, ...sections.map((s) => s.blocks)]);
  const definitions = [...frontMatterMacros(front.data), ...macros.definitions];
  const kept = {
    hidden: { count: unhidden.hidden + badges + macros.blocks, removed: unhidden.removed },
    ...(definitions.length > 0 ? { macros: definitions } : {}),
    ...(flat.lines > 0 ? { flattened: flat.lines } : {}),
  };
  // (The line of the H1 that titles the deck, when it does: a deck's first slide that holds it is its cover.)
  const titleLine = titleFromH1 && firstBlock?.type === 'heading_open' && firstBlock.map ? firstBlock.map[0] + 1 + front.offset : null;
  if (cutIntoSlides(lines, breaks, front.offset, sections)) return { ...explicitSlides(front, title, intro, sections, breaks, titleLine), ...kept };
  // A page with no headings whose author set its parts apart with lines in bold alone ("**La máquina universal**", a blog
  // post exported from WordPress): those lines are its headings.
  // So are they in an opening that holds most of the page, over a heading or two near its end (a lab report's "**I.
  // Kompetensi**", "**II. Pendahuluan**", "**Percobaan 1: JFrame HelloGUI**" over 600 lines, then "## Pernyataan Diri").
  const wordsIn = (blocks: Block[]): number => blocks.reduce((n, b) => n + countWords(b.text), 0);
  const bulk = sections.length > 0 && wordsIn(intro) > 2 * sections.reduce((n, s) => n + wordsIn(s.blocks), 0);
  const bolded = sections.length === 0 || bulk ? boldHeadings(intro) : [];
  sections.unshift(...bolded);
  // The first of them, the page's first line, under a title the front matter gives and over text ("<strong>A response
  // to the evangelical Discovery Institute (and others)</strong>" under the essay's title): the title's subtitle, its text
  // the introduction (it had been a part of six slides titled by that line).
  const firstBold = bolded[0];
  const subtitled =
    firstBold !== undefined &&
    bolded.length >= 3 &&
    intro.length === 0 &&
    firstBold.level === 2 &&
    !partNumber.test(firstBold.heading) &&
    // (Not a question, nor a line over a list, as a quiz's question or stem is: over a paragraph of text.)
    !/[?？]\s*$/u.test(firstBold.heading) &&
    firstBold.blocks[0]?.kind === 'paragraph' &&
    typeof front.data.title === 'string' &&
    !front.data.subtitle
      ? firstBold.heading
      : null;
  if (subtitled !== null && firstBold) {
    intro.push(...firstBold.blocks);
    sections.shift();
  }
  let summary: Block[] = [];
  let summaryTitle: string | null = null;
  const last = sections[sections.length - 1];
  if (last && summaryHeading.test(last.heading) && last.blocks.length > 0) {
    summary = last.blocks;
    summaryTitle = last.heading;
    sections.pop();
  } else if (last) {
    const index = last.blocks.findIndex((b, k) => k > 0 && b.kind === 'paragraph' && isSummaryOpening(b.text));
    if (index > 0) summary = last.blocks.splice(index);
  }
  // A lesson's key points in its front matter (The Carpentries' `keypoints:`): what its summary says, in its words.
  const keypoints = Array.isArray(front.data.keypoints) ? front.data.keypoints.filter((k): k is string => typeof k === 'string' && k.trim() !== '') : [];
  if (summary.length === 0 && keypoints.length > 0)
    summary = [{ kind: 'list', text: keypoints.map((k) => `- ${k.trim().replace(/\s+/gu, ' ')}`).join('\n'), line: 1 }];
  const fields = modelFields(front, title);
  const said = fieldsParagraph(intro[0]);
  // A date alone on the line under the title ('<p class="subtitle">March 2021</p>', a blog's dateline) is the deck's
  // date, on its title slide, where the page gives none; it had been the intro's first point.
  const dated = fields.date === null && said.date === null && intro.length > 1 ? datelineOf(intro[0]) : null;
  return {
    ...fields,
    subtitle: fields.subtitle ?? h1Subtitle ?? subtitled,
    author: fields.author ?? byline.author ?? said.author,
    date: fields.date ?? said.date ?? dated,
    intro: dated === null ? intro : intro.slice(1),
    sections,
    summary,
    summaryTitle,
    ...kept,
  };
}

/**
 * A block's source lines as written. An indented code block keeps its
 * indentation (it is what makes it code); any other block loses the
 * indentation all its lines share, so a list indented by three spaces keeps
 * its nesting relative to its first item.
 */
/** The lines of code (fences with their markers, indented code) inside the block that opens at tokens[i], counted from `first`. */
function codeLines(tokens: Token[], i: number, first: number): Set<number> {
  const lines = new Set<number>();
  for (let j = i + 1; j < tokens.length && (tokens[j]?.level ?? 0) > 0; j += 1) {
    const t = tokens[j];
    if ((t?.type === 'fence' || t?.type === 'code_block') && t.map) for (let k = t.map[0]; k < t.map[1]; k += 1) lines.add(k - first);
  }
  return lines;
}

/** `change` made to a block's text but for its lines of code (`code`, by index): each run of other lines changed apart. */
function outsideCode(text: string, code: Set<number>, change: (text: string) => string): string {
  if (code.size === 0) return change(text);
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(change(run.join('\n')));
    run = [];
  };
  text.split('\n').forEach((row, k) => {
    if (!code.has(k)) run.push(row);
    else {
      flush();
      out.push(row);
    }
  });
  flush();
  return out.join('\n');
}

function blockSource(lines: string[], kind: Block['kind']): string {
  const text = lines
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/u, '')
    .trimEnd();
  if (kind === 'code') return text;
  // A table's body row of dashes alone ("| --- | --- |" between groups of rows, as a cheat sheet's site draws a rule
  // there) is no row of data: GitHub would show its dashes.
  if (kind === 'table') return withoutRuleRows(blockSource(lines, 'paragraph'));
  const rows = text.split('\n');
  // The block's indent in columns (a tab to the next multiple of four, as CommonMark counts it), taken off each line: a
  // tab wider than what is taken leaves the rest as spaces (a list set in one space, its code lines in tabs, keeps them in it).
  const indent = least(rows.filter((l) => l.trim() !== '').map(columnsOf));
  if (indent === 0) return text;
  return rows
    .map((l) => {
      const lead = /^[ \t]*/u.exec(l)?.[0] ?? '';
      const kept = Math.max(0, columnsOf(lead) - indent);
      return /\t/u.test(lead) ? ' '.repeat(kept) + l.slice(lead.length) : l.slice(Math.min(indent, lead.length));
    })
    .join('\n');
}

/** A table without the body rows of dashes alone (its header and the line under it stay). */
function withoutRuleRows(table: string): string {
  const rows = table.split('\n');
  const rule = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;
  const body = rows.slice(2).filter((row) => !rule.test(row));
  return body.length === 0 ? table : [...rows.slice(0, 2), ...body].join('\n');
}

/** Text without its pictures (and the links around them). */
const withoutPictures = (text: string): string => text.replace(/\[?!\[[^\]\n]*\]\([^)\n]*\)(?:\]\([^)\n]*\))?/gu, ' ').replace(/[ \t]{2,}/gu, ' ');

/** Two headings that show the same words: line breaks, entities, tags, emphasis and case aside. */

/**
 * A heading as the deck's title: a link's text ("[Pro Git](https://…)"), a logo's description ("# ![btop++](Img/logo.png)",
 * linked or not): the words, never a picture's path or a placeholder where the title should be.
 */
const asTitle = (heading: string): string => {
  const logo = /^\[?!\[([^\]\n]*\p{L}[^\]\n]*)\]\([^)\n]*\)(?:\]\([^)\n]*\))?$/u.exec(heading.trim())?.[1]?.trim();
  return logo ?? /^\[([^\]\n]+)\]\([^)\n]*\)$/u.exec(heading)?.[1]?.trim() ?? heading;
};

/**
 * A heading as the author wrote it, without a trailing attribute list:
 * `{#anchor}`, `{.class}`, Pandoc's `{-}` (unnumbered), MkDocs' `{ data-toc-label="…" }`, kramdown's `{: .class}`.
 */
/**
 * A heading at the top that only names the author ("# Auteur : Vincent Pagé : <vincent.page@…>", "## By Ada
 * Lovelace") is the document's byline, not a part: its name is the author, its tokens are left out.
 */
/** The words that label an author, in the languages of the deck's labels ("Author", "Auteur", "Autorin", "By", "Von"). */
const authorLabel = String.raw`auteure?s?|authors?|autor(?:in|en|es|as)?|autora|by|par|von`;

/** A name without an address beside it ("Ada Byron <ada@example.org>", "Vincent Pagé : vincent.page@…"): its words, those with an "@" aside. */
const withoutAddress = (text: string): string =>
  text
    .split(/\s+/u)
    .filter((w) => !w.includes('@'))
    .join(' ');

function bylineHeading(tokens: Token[]): { tokens: Token[]; author: string | null } {
  // "Author: …" with its colon ("Author Guidelines" is a heading), or "Written by …".
  const byline = new RegExp(String.raw`^(?:(?:${authorLabel})\s*[:：]|(?:written by|écrit par|escrito por|geschrieben von)\s)\s*(.+)$`, 'iu');
  // Only among the opening headings, before any text.
  for (let i = 0; i < tokens.length && i < 9; i += 3) {
    if (tokens[i]?.type !== 'heading_open' || tokens[i]?.level !== 0) return { tokens, author: null };
    const m = byline.exec((tokens[i + 1]?.content ?? '').trim());
    const name =
      m?.[1] === undefined
        ? undefined
        : withoutAddress(m[1])
            .replace(/[\s:：,;—–-]+$/u, '')
            .trim();
    if (name && /\p{L}/u.test(name) && name.split(/\s+/u).length <= 6) return { tokens: [...tokens.slice(0, i), ...tokens.slice(i + 3)], author: name };
  }
  return { tokens, author: null };
}

/** A paragraph, or an HTML paragraph, that is a date alone ("March 2021", "<p class=\"date\">3 May 2019</p>"): that date. */
function datelineOf(block: Block | undefined): string | null {
  if (block?.kind !== 'paragraph' && !(block?.kind === 'html' && /^<p\b[^>]*>[^<]*<\/p>$/iu.test(block.text.trim()))) return null;
  const text = decodeHTML(visibleText(block.text.replace(/<[^>]*>/gu, '')))
    .replace(/\s+/gu, ' ')
    .trim();
  return dateLine.test(text) ? text : null;
}

/**
 * A document's opening paragraph of fields, one a line ("Author: Russ Cox" over "Last Updated: March 20, 2018" over
 * "Discussion: https://…", as design proposals and RFC-style notes open): its author and its date, for the title slide.
 * The paragraph stays in the text (the title slide's notes). Null fields where it is no such paragraph.
 */
export function fieldsParagraph(block: Block | undefined): { author: string | null; date: string | null } {
  const none = { author: null, date: null };
  if (block?.kind !== 'paragraph') return none;
  // (Trimmed, not matched against trailing spaces: a pattern anchored at a line's end tries each space of a long run.)
  const lines = block.text.split('\n');
  if (lines.length < 2 || lines.length > 10) return none;
  const trimmed = lines.map((l) => l.trim().replace(/\\$/u, '').trimEnd());
  const fields = trimmed.map((l) => /^(?:\*\*|__)?([\p{L} ]{2,24}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/u.exec(l));
  if (fields.some((f) => f === null)) return none;
  const value = (label: RegExp): string | null => {
    const found = fields.find((f) => label.test(f?.[1]?.trim() ?? ''))?.[2]?.trim();
    return found === undefined ? null : withoutAddress(found).replace(/[,;]+$/u, '') || null;
  };
  const author = value(new RegExp(`^(?:${authorLabel})$`, 'iu'));
  const date = value(/^(?:date|created|published|datum)$/iu) ?? value(/^(?:last updated|updated|last modified|revised)$/iu);
  return author === null && date === null ? none : { author, date };
}

/**
 * The TeX macros a MyST (Jupyter Book) page defines in its front matter (`math: {'\\xv': '\\bm{x}'}`), as
 * definitions: "\\newcommand{\\xv}{\\bm{x}}", with as many arguments as its body uses (#1, #2).
 */
function frontMatterMacros(data: Record<string, unknown>): string[] {
  const math = data.math;
  if (math === null || typeof math !== 'object' || Array.isArray(math)) return [];
  return Object.entries(math as Record<string, unknown>).flatMap(([name, body]) => {
    if (!/^\\[A-Za-z]+$/u.test(name) || typeof body !== 'string') return [];
    const args = Math.max(0, ...[...body.matchAll(/#(\d)/gu)].map((m) => Number(m[1])));
    return [`\\newcommand{${name}}${args > 0 ? `[${args}]` : ''}{${body}}`];
  });
}

/**
 * Blocks of formulas that only define TeX macros, taken out of `lists` (they show nothing on the page):
 * their definitions, in order, and how many blocks they were.
 */
function takeMacros(lists: Block[][]): { definitions: string[]; blocks: number } {
  const definitions: string[] = [];
  let blocks = 0;
  for (const list of lists) {
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const block = list[i];
      if (!block || (block.kind !== 'math' && block.kind !== 'paragraph') || !block.text.includes('\\')) continue;
      const found = definitionsBlock(block.text);
      if (!found) continue;
      definitions.unshift(...found);
      list.splice(i, 1);
      blocks += 1;
    }
  }
  return { definitions, blocks };
}

/** Headings written as HTML blocks (`<h3>Exercises</h3>`, as course sites write them inside their own markup) become Markdown's heading tokens. */
function htmlHeadings(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.type === 'html_block' && /<h[1-6]\b/iu.test(t.content))) return tokens;
  return tokens.flatMap((token) => {
    const heading = token.type === 'html_block' && token.level === 0 ? htmlHeading(token.content) : null;
    if (!heading) return token.type === 'html_block' && token.level === 0 ? headingsAmong(token) : [token];
    return headingTokens(token, heading);
  });
}

/**
 * An HTML block that holds a heading element among others at its top level (a README's centred logo, then
 * `<h1 align="center">pure bash bible</h1> <p align="center">A collection…</p>`): the heading becomes Markdown's, the
 * markup before and after it stays HTML. A heading inside another element (a `<div>`, a table) stays where it is.
 */
function headingsAmong(token: Token): Token[] {
  const html = token.content;
  const found = [...html.matchAll(/<h([1-6])\b[^>]*>[\s\S]*?<\/h\1\s*>/giu)];
  if (found.length === 0) return [token];
  // (A wrapper the block opens and leaves open, closed far below round the page's Markdown, `<div align="center">` over
  // a README's `<h1>Veri Yapıları</h1>`, is no element the heading is inside: the page's title is.)
  const unclosed = openedOnly(html);
  const Made = token.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
  // Markup before or after a heading: a block of its own, read as its text (not as the block's lines).
  const part = (content: string): Token[] => {
    if (content.trim() === '') return [];
    const made = new Made('html_block', '', 0);
    made.content = `${content.trim()}\n`;
    made.map = token.map;
    made.block = true;
    made.meta = { htmlPart: true };
    return [made];
  };
  const out: Token[] = [];
  let at = 0;
  for (const m of found) {
    const start = m.index ?? 0;
    const heading = htmlHeading(m[0]);
    if (!heading || !topLevel(html.slice(0, start), unclosed)) continue;
    out.push(...part(html.slice(at, start)), ...headingTokens(token, heading));
    at = start + m[0].length;
  }
  return out.length === 0 ? [token] : [...out, ...part(html.slice(at))];
}

/** Whether HTML ends outside every element it opened (each container it opens, it closes). */
function topLevel(html: string, wrappers: ReadonlyMap<string, number> = new Map()): boolean {
  const containers = /<(\/?)(div|section|article|header|footer|center|table|td|th|details|blockquote|ul|ol|li|p|a)\b/giu;
  const depth = new Map<string, number>();
  for (const m of html.matchAll(containers)) {
    const tag = (m[2] ?? '').toLowerCase();
    depth.set(tag, (depth.get(tag) ?? 0) + (m[1] === '/' ? -1 : 1));
  }
  return [...depth.entries()].every(([tag, d]) => d <= (wrappers.get(tag) ?? 0));
}

/** The wrappers (div, center, section, article) an HTML block opens and does not close, by tag: how many of each. */
function openedOnly(html: string): Map<string, number> {
  const count = new Map<string, number>();
  for (const m of html.matchAll(/<(\/?)(div|center|section|article)\b/giu)) {
    const tag = (m[2] ?? '').toLowerCase();
    count.set(tag, (count.get(tag) ?? 0) + (m[1] === '/' ? -1 : 1));
  }
  return new Map([...count].filter(([, n]) => n > 0));
}

/** Markdown's three heading tokens for a heading read from HTML, at the block's place. */
function headingTokens(token: Token, heading: { level: number; text: string }): Token[] {
  {
    const Made = token.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
    const tag = `h${heading.level}`;
    const open = new Made('heading_open', tag, 1);
    const inline = new Made('inline', '', 0);
    const close = new Made('heading_close', tag, -1);
    open.map = token.map;
    open.markup = '#'.repeat(heading.level);
    inline.map = token.map;
    inline.content = heading.text;
    inline.children = [];
    inline.level = 1;
    close.markup = open.markup;
    return [open, inline, close];
  }
}

/** A heading's text: without its attribute list ("{#id .class}"), its inline tags what the deck shows of them (a kept `<sup>` without attributes, a `<span op50>` its text). */
function headingText(content: string): string {
  // A heading that ends with a colon over its list ("### 3 aspects:") is titled without it (not an emoji's ":heart:").
  // A badge in a heading ("# Guidelines &middot; [![PRs welcome](https://img.shields.io/…)](…)") is the page's
  // furniture, with the separator before it. So is an anchor a site's own syntax sets after it, in parentheses, when
  // it spells the heading's words ("## In practice (#in-practice)"); an issue's number ("(#123)") is the author's.
  const anchor = /\s*\(#((?=[a-z0-9-]*[a-z])[a-z0-9]+)(?:-[a-z0-9]+)*\)\s*$/u.exec(content);
  const before = anchor ? content.slice(0, anchor.index) : '';
  const named = anchor?.[1] !== undefined && before.toLowerCase().includes(anchor[1]) ? before : content;
  return (
    withoutBadges(inlineHtml(named.replace(/\s*\{:?\s*(?:-|[#.]|[A-Za-z][\w-]*=)[^}]*\}\s*$/u, '')))
      // An underline round the heading ("## <ins>**Homology**</ins>", a Jekyll page's style): a title is set as titles are.
      .replace(/<\/?(?:ins|u)>/giu, '')
      // A footnote's mark ("# 스케줄링: 멀티 레벨 피드백 큐[^Jo-Sehyun]", a translator's credit): a title shows no mark; the
      // note, cited nowhere else, stays in the notes where it stands.
      .replace(/\[\^[^\]\s]+\]/gu, '')
      // A line break at its start or end ("### Historiographical Essay (7.5%)<br>", space under it on the page) breaks nothing.
      .replace(/^(?:\s*<br\s*\/?>)+|(?:<br\s*\/?>\s*)+$/giu, '')
      .trim()
      // (Its colon inside or after a bold run at its end too, "### 1. **Non-Preemptive (Zorlayıcı Olmayan):**".)
      .replace(/(?<=[\p{L}\p{N})\]])[:：](\*\*|__)$|(?<=\S)(\*\*|__)\s*[:：]$/u, '$1$2')
      // A heading set in bold as a whole ("### **Additional Properties**:"): a title is bold already. (After its
      // pictogram too, "## 🎯 **CAPAIAN PEMBELAJARAN PERTEMUAN**".)
      .replace(/^((?:[\p{Extended_Pictographic}\p{So}][\uFE0F\u200D]*\s*)*)(\*\*|__)(?=\S)([^*_\n]+?)(?<=\S)\2(\s*[:：])?$/u, '$1$3$4')
      .replace(/(?<=[\p{L}\p{N})\]])(?<!:[\w+-]+)\s*[:：]$/u, '')
      // A picture beside its words ("# http://www.mantidproject.org <img alt="logo" …>", a remark deck's logo): the
      // heading's decoration, which a title never shows (its description had titled the slide, "… ![logo](https://…)").
      .replace(/^(?:!\[[^\]\n]*\]\([^()\n]*\)\s*)+(?=\S*\p{L})|(?<=\p{L}\S*)(?:\s*!\[[^\]\n]*\]\([^()\n]*\))+$/u, '')
  );
}

/** A heading's text without its badges (images from a badge service, linked or not, inline or by reference) and a separator left dangling at its end. */
function withoutBadges(text: string): string {
  if (!text.includes('![')) return text;
  const out = text.replace(
    /\[\s*!\[[^\]\n]*\]\(<?([^)\s>]+)>?[^)]*\)\s*\](?:\([^)\n]*\)|\[[^\]\n]*\])|!\[[^\]\n]*\]\(<?([^)\s>]+)>?[^)]*\)/gu,
    (whole, linked?: string, bare?: string) => (badgeSource.test(linked ?? bare ?? '') ? '' : whole),
  );
  // Pictures by reference beside the heading's words ("# The Fuck [![Version][version-badge]][version-link] …", their
  // addresses defined at the page's foot) are a README's badges too: a title shows no picture.
  const byReference = /\[\s*!\[[^\]\n]*\]\[[^\]\n]*\]\s*\](?:\([^)\n]*\)|\[[^\]\n]*\])|!\[[^\]\n]*\]\[[^\]\n]*\]/gu;
  const unreferenced = out.replace(byReference, '');
  const kept = /[\p{L}\p{N}]/u.test(unreferenced.replace(/!?\[[^\]\n]*\](?:\([^)\n]*\))?/gu, '')) ? unreferenced : out;
  return kept === text ? text : kept.replace(/\s*(?:&middot;|&#183;|[·•|—–-])?\s*$/u, '').trim();
}
