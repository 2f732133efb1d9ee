// The deck's Markdown dialect, on markdown-it. Raw HTML is shown as text,
// never run (a few inline tags show without attributes); links only go to the web, to mail or
// within the deck. highlight.js and KaTeX are loaded the first time a slide
// needs them: together they take longer to load than a small deck to build.
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';
import emojiTable from 'markdown-it-emoji/lib/data/full.mjs';
import insPlugin from 'markdown-it-ins';
import markPlugin from 'markdown-it-mark';
import cjkFriendly from 'markdown-it-cjk-friendly';

/** Emoji by shortcode ("rocket" -> 🚀): markdown-it-emoji's table, the one GitHub, Marp and Slidev use; every reader of shortcodes takes it from here. */
export const emojiShortcodes: Readonly<Record<string, string>> = emojiTable;
import { decodeHTML } from 'entities';
import type { HLJSApi } from 'highlight.js';
import { htmlToBlocks, keptInlineTags, preHtml, preMarkupTags } from './html-blocks.ts';
import { countWords, splitSentences } from './sentences.ts';
import { pairsWell } from './text-size.ts';
import { katexMacros } from './tex-macros.ts';
import { isDrawing, isMermaid } from './diagram.ts';
import { forKatex, textMacroNames } from './tex-delimiters.ts';
import { captionLine, captionText, creditText, placeholderAlt } from './units.ts';
import { itemLabel } from './fancy-lists.ts';
import { chunkOutput, chunkOutputScheme } from './chunks.ts';
import { writtenDate } from './dates.ts';

const keptInlineTag = new RegExp(`^<(\\/?)(${keptInlineTags})\\s*\\/?>$`, 'iu');

const load = createRequire(import.meta.url);
let hljsApi: HLJSApi | null = null;
const hljs = (): HLJSApi => (hljsApi ??= load('highlight.js/lib/common') as HLJSApi);

export const escapeHtml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');

const preMarkupTag = new RegExp(`</?(?:${preMarkupTags})>`, 'giu');

/** A pre-html fence's text as HTML: its kept tags as tags, entities as written, every other `<`, `>` and `&` as text. */
function preformattedHtml(code: string): string {
  return code
    .split(new RegExp(`(</?(?:${preMarkupTags})>)`, 'iu'))
    .map((part, i) =>
      i % 2 === 1
        ? part.toLowerCase()
        : part
            .replace(/&(?!#\d{1,7};|#x[\da-f]{1,6};|[a-z][a-z\d]{1,31};)/giu, '&amp;')
            .replace(/</gu, '&lt;')
            .replace(/>/gu, '&gt;'),
    )
    .join('');
}

// Code is highlighted here, at build time, so the PDF shows the colours with
// no script; a language highlight.js does not know stays plain.
function highlight(code: string, language: string): string {
  const lang = language.trim().split(/\s+/u)[0] ?? '';
  if (lang === preHtml) return wrapCodeLines(preformattedHtml(code));
  if (lang !== '' && hljs().getLanguage(lang)) {
    return wrapCodeLines(hljs().highlight(code, { language: lang, ignoreIllegals: true }).value);
  }
  return wrapCodeLines(escapeHtml(code));
}

/** What a piece of highlighted code is, by the theme's code colours (slide.css); null: plain. */
export type CodeKind = 'keyword' | 'string' | 'number' | 'comment' | 'title' | 'attr' | null;

const kindOfClass = (name: string): CodeKind =>
  /^(?:keyword|built_in|selector-tag|type)$/u.test(name)
    ? 'keyword'
    : /^(?:string|regexp|template-string)$/u.test(name)
      ? 'string'
      : /^(?:number|literal|symbol)$/u.test(name)
        ? 'number'
        : /^(?:comment|quote)$/u.test(name)
          ? 'comment'
          : /^(?:title|section)$/u.test(name)
            ? 'title'
            : /^(?:attr|attribute|property|meta)$/u.test(name)
              ? 'attr'
              : null;

/**
 * Code as highlight.js colours it, line by line, as runs of text and their
 * kind: the same colours as the slides, for tools that draw text themselves
 * (the PowerPoint export). A language highlight.js does not know is plain.
 */
export function highlightRuns(code: string, language: string): { text: string; kind: CodeKind }[][] {
  const lang = language.trim().split(/\s+/u)[0] ?? '';
  const html =
    lang === preHtml
      ? preformattedHtml(code).replace(preMarkupTag, '')
      : lang !== '' && hljs().getLanguage(lang)
        ? hljs().highlight(code, { language: lang, ignoreIllegals: true }).value
        : escapeHtml(code);
  const lines: { text: string; kind: CodeKind }[][] = [[]];
  const stack: CodeKind[] = [];
  // The highlighted HTML's text, as typed: every entity decoded (highlight.js writes &#x27;, escapeHtml &#39;).
  const decode = (text: string): string => decodeHTML(text);
  // Every span highlight.js writes opens a kind (its hljs- class) or keeps the one around it (a sub-language's language-xml...).
  for (const m of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+/gu)) {
    if (m[0].startsWith('<span')) stack.push(kindOfClass(/^hljs-([\w-]+)/u.exec(m[1] ?? '')?.[1] ?? '') ?? stack[stack.length - 1] ?? null);
    else if (m[0] === '</span>') stack.pop();
    else {
      const kind = stack[stack.length - 1] ?? null;
      decode(m[0])
        .split('\n')
        .forEach((part, i) => {
          if (i > 0) lines.push([]);
          if (part !== '') lines[lines.length - 1]?.push({ text: part, kind });
        });
    }
  }
  return lines;
}

/**
 * Puts each line of (highlighted) code in a `<span class="line">`, so that the
 * theme can mark where a long line wraps. A highlight.js span may run over
 * several lines (a comment, a string): it is closed at the end of each line
 * and opened again on the next. The text, newlines included, is unchanged.
 */
export function wrapCodeLines(html: string): string {
  const open: string[] = [];
  const lines: string[] = [];
  let line = '';
  for (const [piece] of html.matchAll(/<span[^>]*>|<\/span>|\n|[^<\n]+|</gu)) {
    if (piece === '\n') {
      lines.push(`${line}${'</span>'.repeat(open.length)}\n`);
      line = open.join('');
      continue;
    }
    if (piece === '</span>') open.pop();
    else if (piece.startsWith('<span')) open.push(piece);
    line += piece;
  }
  // Code ends with a newline: nothing is left after it but spans opened again.
  if (line.replace(/<[^>]*>/gu, '') !== '') lines.push(line);
  return lines.map((l) => `<span class="line">${l}</span>`).join('');
}

type Markdown = InstanceType<typeof MarkdownIt>;
export type Token = ReturnType<Markdown['parse']>[number];

/**
 * Macros lecture notes use that their sites define for MathJax (a site's configuration, not the page), in
 * their usual sense: without them KaTeX shows the command in red. A formula that defines one keeps its own.
 */
const usualMacros: Record<string, string> = {
  '\\norm': '\\left\\lVert #1 \\right\\rVert',
  '\\abs': '\\left\\lvert #1 \\right\\rvert',
  '\\half': '\\frac{1}{2}',
  '\\ud': '\\mathrm{d}',
  // The differential as physics notes define it ("$\d U = T \d S - p \d V$"); LaTeX's own \d is a text accent no formula means.
  '\\d': '\\mathrm{d}',
  '\\dd': '\\mathrm{d}',
  '\\ee': '\\mathrm{e}',
  '\\ii': '\\mathrm{i}',
  '\\E': '\\mathbb{E}',
  // Probability, as probability notes define it (LaTeX's own \P is the pilcrow, which no formula means).
  '\\P': '\\mathbb{P}',
  '\\Var': '\\operatorname{Var}',
  '\\Cov': '\\operatorname{Cov}',
  // Independence of random variables (X ⫫ Y), as statistics notes define it.
  '\\independent': '\\perp\\!\\!\\!\\perp',
  '\\indep': '\\perp\\!\\!\\!\\perp',
  '\\order': '\\mathcal{O}',
  '\\argmin': '\\operatorname*{arg\\,min}',
  '\\argmax': '\\operatorname*{arg\\,max}',
  // The physics package's (its two-argument forms): derivatives, vector operators, Dirac's brackets.
  '\\dv': '\\frac{\\mathrm{d}#1}{\\mathrm{d}#2}',
  '\\pdv': '\\frac{\\partial #1}{\\partial #2}',
  '\\grad': '\\nabla',
  '\\curl': '\\nabla\\times',
  '\\vb': '\\mathbf{#1}',
  '\\bra': '\\left\\langle #1 \\right\\rvert',
  '\\ket': '\\left\\lvert #1 \\right\\rangle',
  '\\expval': '\\left\\langle #1 \\right\\rangle',
  '\\comm': '\\left[#1, #2\\right]',
  // (A group of its own: the transpose too, "A^\\Tr", where an index may not be a function.)
  '\\Tr': '{\\operatorname{Tr}}',
  // Rounding down and up, as notes on algorithms and cryptography define them (\floor{q/2}).
  '\\floor': '\\left\\lfloor #1 \\right\\rfloor',
  '\\ceil': '\\left\\lceil #1 \\right\\rceil',
};

/**
 * LaTeX commands KaTeX lacks that lecture notes use (\mbox, amsmath's \label
 * and \eqref, the bbm and dsfont blackboard ones, MathJax's \require, text
 * symbols such as \textdollar): each
 * typeset as its nearest KaTeX form, or kept out where it only names or loads
 * something. A fresh object per formula: KaTeX writes \gdef's into it.
 */
/** The commands KaTeX did not know in a formula it typeset, which it shows in red as typed ("\\foo"). */
const redCommands = (html: string): string[] =>
  [...html.matchAll(/<span class="mord(?: mtight)?" style="color:#cc0000;">(\\[A-Za-z]+)</gu)].map((m) => m[1] ?? '');

/**
 * Readings of commands a formula uses that nothing defines (a site's macros file the document does not hold): a name of
 * a letter or two and "bar", "hat" or "tilde" is that letter so marked ("\\Xbar" -> \\overline{X}); a letter's name and "vec"
 * that letter in bold ("\\thetavec" -> \\boldsymbol{\\theta}); a capital letter alone a
 * blackboard letter, as statistics writes expectation and variance ("\\E", "\\V"); any other name upright ("\\se"), a
 * group of its own, so that it may stand as an index ("\\mu _\\se"). A command of a font, set before a group in braces
 * (`latex`: where it is used), is that group in its font: a name that says bold ("\\bb{x}", "\\mathpzcb{X}", "\\bv{x}")
 * in bold, one that says a script ("\\mathscr{F}", "\\mathpzc{X}") in KaTeX's calligraphic letters, another font's
 * ("\\mathsfit{x}") as typed.
 */
function readAsNamed(names: string[], latex: string): Record<string, string> {
  const read: Record<string, string> = {};
  for (const name of new Set(names)) {
    const word = name.slice(1);
    const font = fontOf(word);
    if (font !== null && new RegExp(`\\\\${word}\\s*\\{`, 'u').test(latex)) {
      read[name] = font;
      continue;
    }
    const marked = /^([A-Za-z]{1,2})(bar|hat|tilde)$/u.exec(word);
    // A vector named for its letter, as physics and statistics notes define them ("\thetavec", "\xvec", "\muvec"):
    // the letter in bold.
    const vector =
      /^([A-Za-z]|alpha|beta|gamma|delta|epsilon|eta|theta|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega)vec$/u.exec(
        word,
      )?.[1];
    read[name] = marked
      ? `\\${marked[2] === 'bar' ? 'overline' : marked[2] === 'hat' ? 'widehat' : 'widetilde'}{${marked[1] ?? ''}}`
      : vector !== undefined
        ? `\\boldsymbol{${vector.length > 1 ? `\\${vector}` : vector}}`
        : /^[A-Z]$/u.test(word)
          ? `\\mathbb{${word}}`
          : `{\\operatorname{${word}}}`;
  }
  return read;
}

/**
 * The font an undefined command's name says, as a macro of one argument, or null: "math…" a script ("\\mathpzc"), bold
 * ("\\mathpzcb") or another font (as typed); a name of two or three letters bold where it says so ("\\bb", "\\bv", "\\vbf");
 * a vector's or a matrix's usual name ("\\vect", "\\matr") bold.
 */
function fontOf(word: string): string | null {
  const bold = /(?:b|bf|bm|bs|bold)$|^b[a-z]?$/u;
  if (/^math[a-z]+$/u.test(word)) return /pzc|scr|cal/u.test(word) ? '\\mathcal{#1}' : bold.test(word) ? '\\boldsymbol{#1}' : '{#1}';
  // A course's names for a vector and a matrix ("\\vect{x}", "\\matr{W}", "\\vectr", "\\mat"), which it sets in bold.
  if (/^(?:vect|vectr|vecb|bvec|matr|mat|mtx|tens)$/u.test(word)) return '\\boldsymbol{#1}';
  return /^[a-z]{2,3}$/u.test(word) && bold.test(word) ? '\\boldsymbol{#1}' : null;
}

function latexMacros(latex: string): Record<string, string | { tokens: never[]; numArgs: number }> {
  const gobble = { tokens: [], numArgs: 1 };
  // Defined by the formula itself (\newcommand would refuse a name the table already has): its own wins.
  const own = new Set([...latex.matchAll(/\\(?:re|provide)?newcommand\s*\{?\s*(\\[A-Za-z]+)/gu)].map((m) => m[1] ?? ''));
  const usual = Object.fromEntries(Object.entries({ ...usualMacros, ...deckMacros }).filter(([name]) => !own.has(name)));
  return {
    ...usual,
    '\\mbox': '\\text{#1}',
    '\\textsc': '\\text{#1}',
    '\\ensuremath': '#1',
    '\\mathbbm': '\\mathbb{#1}',
    '\\mathds': '\\mathbb{#1}',
    // The Zapf Chancery script of LaTeX's \\mathpzc (calligraphic letters for random variables): KaTeX's script letters.
    '\\mathpzc': '\\mathcal{#1}',
    '\\eqref': '(\\text{#1})',
    // Text-mode symbols written in a formula (MathJax takes them there): "$\{ \textdollar, \rparen \}$".
    '\\textdollar': '\\$',
    '\\textunderscore': '\\_',
    '\\textbar': '\\text{|}',
    '\\textless': '<',
    '\\textgreater': '>',
    '\\textpercent': '\\%',
    '\\textbraceleft': '\\{',
    '\\textbraceright': '\\}',
    '\\textendash': '\\text{--}',
    '\\textemdash': '\\text{---}',
    '\\label': gobble,
    '\\require': { ...gobble },
  };
}

type StateCore = Parameters<Parameters<Markdown['core']['ruler']['push']>[1]>[0];

/** A shortcode's name between colons, with what stands before and after it (a letter, a digit, "_" or ":" there: no shortcode). */
const shortcode = /(?<![\p{L}\p{N}_:]):([a-z0-9_+-]+):(?![\p{L}\p{N}_:])/giu;

/** Text tokens with known shortcodes split into text and emoji tokens, outside autolinks. */
function emojiRule(state: StateCore): void {
  for (const block of state.tokens) {
    // A block without a colon has no shortcode: its children stay as they are (most blocks; 6 ms of a 200-slide build).
    const children = block.type === 'inline' && block.content.includes(':') ? block.children : null;
    if (!children) continue;
    const out: Token[] = [];
    let autolink = 0;
    children.forEach((token, i) => {
      if ((token.type === 'link_open' || token.type === 'link_close') && token.info === 'auto') autolink += token.nesting;
      const text = token.type === 'text' && autolink === 0 && token.content.includes(':') ? token.content : null;
      if (text === null) return void out.push(token);
      // A neighbour token's text counts as what stands next to a name at the token's edge.
      const before = children[i - 1]?.type === 'text' ? (children[i - 1]?.content.slice(-1) ?? '') : '';
      const after = children[i + 1]?.type === 'text' ? (children[i + 1]?.content.slice(0, 1) ?? '') : '';
      const padded = `${before === '' ? ' ' : before}${text}${after === '' ? ' ' : after}`;
      let last = 0;
      for (const m of padded.matchAll(shortcode)) {
        const emoji = emojiTable[m[1] ?? ''];
        if (emoji === undefined) continue;
        const at = (m.index ?? 0) - 1;
        if (at > last) out.push(Object.assign(new state.Token('text', '', 0), { content: text.slice(last, at) }));
        out.push(Object.assign(new state.Token('emoji', '', 0), { markup: m[1] ?? '', content: emoji }));
        last = at + m[0].length;
      }
      if (last === 0) return void out.push(token);
      if (last < text.length) out.push(Object.assign(new state.Token('text', '', 0), { content: text.slice(last) }));
    });
    block.children = out;
  }
}

/**
 * GitHub's task lists: an item that opens with "[ ] " or "[x] " shows a box,
 * empty or ticked (the theme draws it: class "task", "task done"), instead of
 * the brackets; Obsidian's other marks ("[i] ", "[!] ", "[?] ", "[/] ") show
 * neither. The item's text is left as written after them.
 */
function taskListRule(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const item = tokens[i];
    if (item?.type !== 'list_item_open') continue;
    const inline = [tokens[i + 1], tokens[i + 2]].find((t) => t?.type === 'inline');
    const first = inline?.children?.[0];
    const box = first?.type === 'text' ? /^\[([ xX/\-<>?!*"lbiIpcfkwud])\][ \t]+/u.exec(first.content) : null;
    if (!box || !first || !inline) continue;
    first.content = first.content.slice(box[0].length);
    inline.content = inline.content.slice(Math.max(0, inline.content.indexOf(']') + 1)).replace(/^[ \t]+/u, '');
    // Obsidian's other marks ("- [i] Derivative", "[!]", "[?]", "[/]"): its themes draw each as an icon; no box, no brackets.
    if (/[ xX]/u.test(box[1] ?? '')) item.attrJoin('class', box[1] === ' ' ? 'task' : 'task done');
  }
}

/**
 * A list of short items (keywords, names: "journals", "work logs"), none with anything under it, in two columns
 * (class "lectern-columns", which the theme sets): fifteen such items had taken four slides of a few words each.
 */
function shortItemColumns(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const list = tokens[i];
    if (list?.type !== 'bullet_list_open' && list?.type !== 'ordered_list_open') continue;
    const close = list.type.replace('_open', '_close');
    const items: string[] = [];
    let plain = true;
    let k = i + 1;
    for (; k < tokens.length && !(tokens[k]?.type === close && tokens[k]?.level === list.level); k += 1) {
      const t = tokens[k];
      // An item holds its line and nothing else: no sub-list, code, picture or second paragraph.
      if (t?.type === 'inline' && t.level === list.level + 3) {
        items.push(t.content);
        plain &&= !t.content.includes('![');
      } else if (t && t.level > list.level + 1 && t.type !== 'paragraph_open' && t.type !== 'paragraph_close') plain = false;
      else if (t?.type === 'paragraph_open' && tokens[k - 1]?.type !== 'list_item_open') plain = false;
    }
    if (plain && pairsWell(items)) list.attrJoin('class', 'lectern-columns');
    i = k;
  }
}

/** An HTML tag that only lays its text out or holds it: shown as nothing, its text as text. */
const layoutTag =
  /^<\/?(?:span|font|div|p|center|section|article|aside|header|footer|nav|label|big|tt|strike|figure|figcaption|button|h[1-6])(?:\s+[^<>]*)?\/?>$/iu;

/**
 * A table's cell that holds one short word with hyphens in it (a date, "2024-04-08", a version, "x86-64"): class
 * "lectern-nowrap", which the theme keeps on one line, as planning measures it. The browser had broken a table's dates
 * after their year, "2024-" over "04-08", to give the column of descriptions beside them more room.
 */
function unbrokenCells(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const cell = tokens[i];
    if (cell?.type !== 'td_open' && cell?.type !== 'th_open') continue;
    const text = tokens[i + 1]?.type === 'inline' ? (tokens[i + 1]?.content ?? '').trim() : '';
    if (text.length <= 16 && /^[^\s-]+(?:-[^\s-]+)+$/u.test(text)) cell.attrJoin('class', 'lectern-nowrap');
  }
}

/** An item's own label as the text it opens with: "a.", "(b)", "iv)", "(2)". */
const labelOpening = new RegExp(String.raw`^(?:\((?:${itemLabel})\)|(?:${itemLabel})[.)])[ \t]`, 'u');

/**
 * A bulleted list whose items each open with a label of their own ("- (a) …", "- (b) …": Pandoc's lists of letters,
 * which fancy-lists.ts writes so, or an author's own): class "lectern-labelled", which the theme shows without bullets,
 * the labels being the items' markers.
 */
function labelledLists(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const list = tokens[i];
    if (list?.type !== 'bullet_list_open') continue;
    let items = 0;
    let labelled = 0;
    for (let k = i + 1; k < tokens.length && !(tokens[k]?.type === 'bullet_list_close' && tokens[k]?.level === list.level); k += 1) {
      const t = tokens[k];
      if (t?.type !== 'list_item_open' || t.level !== list.level + 1) continue;
      items += 1;
      const first = tokens[k + 1]?.type === 'paragraph_open' ? tokens[k + 2] : undefined;
      if (first?.type === 'inline' && labelOpening.test(first.content)) labelled += 1;
    }
    if (items >= 2 && labelled === items) list.attrJoin('class', 'lectern-labelled');
  }
}

function createMarkdown(math: boolean): Markdown {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, highlight });
  // Emoji shortcodes (:rocket:, :heart:) show the emoji, as GitHub and MkDocs show them (markdown-it-emoji's
  // table), in text only, never in code or an autolink; no emoticon (":)") is read, and a name run into other
  // text ("std::map::find", "a:x:b") stays as typed. Our own rule over the table: the plugin's one regular
  // expression of 1,900 names took 40 ms to compile on its first use, a tenth of an HTML build.
  md.core.ruler.after('linkify', 'lectern_emoji', emojiRule);
  md.core.ruler.push('lectern_columns', shortItemColumns);
  md.core.ruler.push('lectern_labelled', labelledLists);
  md.core.ruler.push('lectern_cells', unbrokenCells);
  // The author's highlight (==text==, as Obsidian, Typora, MkDocs' pymdownx.mark and MarkBind write it): <mark>.
  md.use(markPlugin);
  // And the author's inserted text (++text++, as HackMD and markdown-it-ins write it): <ins>, underlined; it showed its pluses.
  md.use(insPlugin);
  // Emphasis beside Chinese, Japanese and Korean punctuation (**「要素」**と, **中文**，): CommonMark's flanking rules leave
  // its asterisks as text, where the author (and Pandoc, Typora, Obsidian) meant bold.
  md.use(cjkFriendly);
  md.core.ruler.after('lectern_emoji', 'lectern_tasks', taskListRule);
  // A keycap ("1️⃣" of :one:, "#️⃣" of :hash:) is its character in a key's frame: few fonts draw the enclosing keycap
  // (U+20E3), and a French course's ":one: d'un ....." had shown "1" over a box of a missing glyph.
  md.renderer.rules.emoji = (tokens, idx) => {
    const emoji = tokens[idx]?.content ?? '';
    const keycap = /^([0-9#*])\uFE0F?\u20E3$/u.exec(emoji);
    return keycap ? `<span class="lectern-keycap">${escapeHtml(keycap[1] ?? '')}</span>` : emoji;
  };
  // Raw HTML is parsed so that a few harmless inline tags can show as what they
  // are (<kbd>, <sub>, <sup>...), without attributes; any other inline tag is
  // shown as text, never run. An HTML block shows what a document's would: its
  // text, a <pre> as lines, an <img> as an image, <details> as its summary
  // (html-blocks.ts), never its source.
  // Within a paragraph, a kept tag the author opened is closed and a closing tag with no opener is dropped: a
  // point cut from a longer text (or an author's slip) never leaves <b> open over the rest of the deck.
  md.core.ruler.push('lectern_balanced_tags', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const open: string[] = [];
      for (const token of block.children) {
        if (token.type !== 'html_inline' || (token.meta as { lectern?: boolean } | null)?.lectern) continue;
        const tag = keptInlineTag.exec(token.content);
        const name = tag?.[2]?.toLowerCase() ?? '';
        if (!tag || name === 'br' || name === 'wbr') continue;
        if (tag[1] === '') open.push(name);
        else if (open.includes(name)) open.splice(open.lastIndexOf(name), 1);
        else token.content = '';
      }
      for (const name of open.reverse()) {
        const close = new state.Token('html_inline', '', 0);
        close.content = `</${name}>`;
        close.meta = { lectern: true };
        block.children.push(close);
      }
    }
  });
  // A fence's language written as Pandoc's attributes ("~~~~ {.haskell}", "``` {#main .python .numberLines}"): its first class.
  md.core.ruler.push('lectern_fence_attributes', (state) => {
    for (const token of state.tokens) {
      const lang = token.type === 'fence' ? /^\{\s*(?:[^{}]*?\s)?\.([A-Za-z][\w+#-]*)[^{}]*\}\s*$/u.exec(token.info.trim())?.[1] : undefined;
      if (lang) token.info = lang;
    }
  });
  // Three hyphens between words or spaced are the em dash that Pandoc, Quarto, kramdown and Hugo set ("examples---a
  // discrete variable---illustrate"); two are left as typed (an option, "--force", is text in many a sentence).
  md.core.ruler.push('lectern_em_dash', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children)
        if (token.type === 'text' && token.content.includes('---')) token.content = token.content.replace(/(?<=[^\s-])---(?=[^\s-])|(?<=\s)---(?=\s)/gu, '—');
    }
  });
  // Spaces a line never breaks at, so they are no-break ones: French sets one before its high punctuation and inside
  // guillemets ("Troisième Cours : L'héritage", "« oui »"; a title had shown ": L'héritage" alone on its second line),
  // and a date written out ("12 March, 2020", "3 de marzo de 2021") is one (a byline had shown "12" over "March, 2020").
  md.core.ruler.push('lectern_no_break_spaces', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const token of block.children) {
        if (token.type !== 'text') continue;
        if (/[:;!?»«]/u.test(token.content))
          token.content = token.content.replace(/(?<=\S) (?=[:;!?»](?:\s|$))/gu, '\u00a0').replace(/«[ ](?=\S)/gu, '«\u00a0');
        if (/\d{4}/u.test(token.content)) token.content = token.content.replace(writtenDate, (date) => date.replace(/ /gu, '\u00a0'));
      }
    }
  });
  md.renderer.rules.html_inline = (tokens, index) => {
    if ((tokens[index]?.meta as { lectern?: boolean } | null)?.lectern) return tokens[index]?.content ?? '';
    const tag = keptInlineTag.exec(tokens[index]?.content ?? '');
    if (tag) return `<${tag[1] ?? ''}${(tag[2] ?? '').toLowerCase()}>`;
    // A tag of HTML's own that lays text out ('<span style="color:blue">', '</font>'): its text shows, the tag not, as
    // on the author's page. (Any other stays text: "List<T>", "<stdio.h>" in a sentence are the author's words.)
    return layoutTag.test((tokens[index]?.content ?? '').trim()) ? '' : escapeHtml(tokens[index]?.content ?? '');
  };
  md.renderer.rules.html_block = (tokens, index, _options, env) => {
    const shown = htmlToBlocks(tokens[index]?.content ?? '', 0).filter((b) => !b.folded);
    return shown.length === 0 ? '' : md.render(shown.map((b) => b.text).join('\n\n'), env);
  };
  // Links go to the web, to mail, or within the deck; never to script, data or
  // local files (markdown-it alone would let data:image links through).
  // A link of a scheme a site resolves itself ("[arr.splice](mdn:js/Array/splice)", "[x](doc:intro)") shows its text, as a
  // link nowhere: not its Markdown source, nor a link the deck cannot follow.
  md.validateLink = (url: string): boolean => {
    const href = url.trim().toLowerCase();
    const scheme = schemeOf(href);
    return scheme === undefined ? !href.startsWith('//') : !['javascript', 'vbscript', 'data', 'file', 'blob'].includes(scheme);
  };
  md.core.ruler.push('lectern_site_links', (state) => {
    for (const block of state.tokens) {
      const children = block.children;
      if (!children?.some((t) => t.type === 'link_open' || t.type === 'image')) continue;
      // A picture the site resolves: its description, as text.
      block.children = withoutLinks(children, (href) => !safeScheme(href)).map((token) => {
        // (A figure of the document's own hidden code is a placeholder, unshownImage's.)
        const src = String(token.attrGet('src') ?? '');
        if (token.type !== 'image' || safeScheme(src) || src.startsWith(chunkOutputScheme)) return token;
        const text = new state.Token('text', '', 0);
        text.content = token.content;
        return text;
      });
    }
  });
  // Math is typeset by KaTeX at build time (offline, no script in the deck);
  // a formula KaTeX cannot read is shown in red as written, not dropped.
  if (math) {
    type Plugin = (md: Markdown, options: Record<string, unknown>) => void;
    // The package is CommonJS: its function is the module's default export.
    const plugin = load('@vscode/markdown-it-katex') as { default?: Plugin } & Plugin;
    // KaTeX's strict-mode remarks ("Unicode text in math mode") go to whoever collects them (collectMathWarnings), not to stderr.
    const strict = (code: string, message: string): 'ignore' => {
      mathSink?.add(`${message} [${code}]`);
      return 'ignore';
    };
    // Each formula gets its own copy of the macros: a \gdef in one never changes another (nor another document's).
    const katex = load('katex') as { renderToString(latex: string, options: Record<string, unknown>): string };
    const typeset = {
      renderToString: (latex: string, options: Record<string, unknown>): string => {
        const display = options['displayMode'] === true;
        // Chemistry's \ce{H2SO4} and \pu{123 kJ} (mhchem, as MathJax's extension reads them): KaTeX's own extension,
        // loaded for the first formula that uses them.
        if (/\\(?:ce|pu)(?![A-Za-z])/u.test(latex)) load('katex/contrib/mhchem');
        // An underscore a text's formula escapes for its Markdown ("$n\\_\\bk$", where kramdown would start an emphasis):
        // the page's Markdown reads the escape, and MathJax sees an index.
        // (Not one that indexes nothing, "$\\_$": the character.)
        if (!display && latex.includes('\\_')) latex = latex.replace(/(?<!\\)\\_(?=[{\p{L}\p{N}\\])/gu, '_');
        let macros: Record<string, unknown> = latexMacros(latex);
        // (The table's macros that set their argument as text, read once per deck; a formula that defines its own reads its own.)
        const textMacros = latex.includes('newcommand') ? textMacroNames(macros) : deckTextMacros();
        let html = katex.renderToString(forKatex(latex, display, textMacros), { ...options, macros });
        // A command the document's site defines in a file of its own (a Quarto book's "\\Xbar", "\\V", "\\se"): read as
        // its name says, where it says ("\\Xbar" X with a bar, "\\V" a blackboard V), else as its name upright, never in red.
        const undefinedNames = redCommands(html);
        if (undefinedNames.length > 0 && !html.includes('katex-error')) {
          const named = readAsNamed(undefinedNames, latex);
          const read = { ...macros, ...named };
          const again = katex.renderToString(forKatex(latex, display, textMacros), { ...options, macros: read });
          if (!again.includes('katex-error') && !again.includes('color:#cc0000;')) {
            html = again;
            macros = read;
            const readings = Object.entries(named).map(([name, as]) => `${name} read as ${as}`);
            mathSink?.add(`Undefined control sequence: ${readings.join(', ')} (the document does not define it)`);
          }
        }
        // A long formula of one row may be wider than the slide even in the smallest type it may take: the same formula
        // set as a text's formula in display style, which breaks after its relations and operators, goes beside it,
        // hidden, for the slide's fit to show instead (client/fit.ts).
        if (display && breakableFormula(latex) && !html.includes('katex-error')) {
          const lines = katex.renderToString(`\\displaystyle ${latex}`, { ...options, displayMode: false, macros });
          if (!lines.includes('katex-error')) html += `<span class="lectern-math-lines" hidden>${lines}</span>`;
        }
        // A command KaTeX does not know it shows in red in the formula, as typed ("\\ce" before mhchem was loaded): the
        // formula is not read as its author wrote it either.
        const unknown = redCommands(html);
        if (unknown.length > 0 && !html.includes('katex-error'))
          mathSink?.add(`Undefined control sequence: ${[...new Set(unknown)].join(', ')}${unreadFormula}`);
        // A formula KaTeX cannot read is shown in red: whoever collects the remarks hears of it, with KaTeX's reason.
        if (html.includes('katex-error')) {
          // KaTeX's reason is the red span's title, as HTML, the place it stopped underlined (U+0332).
          const reason = decodeHTML(/title="([^"]*)"/u.exec(html)?.[1] ?? 'KaTeX cannot read it')
            .replace(/^ParseError:\s*/u, '')
            .replace(/\u0332/gu, '')
            .replace(/\s+/gu, ' ')
            .trim();
          mathSink?.add(`${reason.slice(0, 160)}${unreadFormula}`);
        }
        return html;
      },
    };
    md.use(plugin.default ?? plugin, {
      katex: typeset,
      throwOnError: false,
      enableFencedBlocks: true,
      output: 'html',
      trust: false,
      maxSize: 20,
      maxExpand: 200,
      strict,
    });
    // A formula the word's ending follows ("the $N$th partial sum", "the $k$s"), an emphasis's closing underscores, or
    // the next formula touching it ("$E(X)=$$\sum_k E(X_k)$", two formulas, not a display one):
    // Pandoc, MyST and MathJax read it as math, the plugin (which refuses a closing $ before a letter or an underscore,
    // so that "$5 and $10" stays money) did not.
    md.inline.ruler.before('math_inline', 'lectern_math_ending', (state, silent) => {
      if (state.src[state.pos] !== '$' || state.src[state.pos + 1] === '$' || /[\s$]/u.test(state.src[state.pos + 1] ?? ' ')) return false;
      // (Right after a formula this rule closed on the next one's dollar, that next formula, to its own closing dollar.)
      const touching = state.src[state.pos - 1] === '$' && state.tokens[state.tokens.length - 1]?.type === 'math_inline';
      // (A formula that opens an emphasis in underscores, "_$n_k$ as a smoothed deviation._": the underscore is its markup.)
      const emphasised = /(?:^|[^\p{L}\p{N}_\\])_{1,3}$/u.test(state.src.slice(Math.max(0, state.pos - 4), state.pos));
      if (state.pos > 0 && /[\w\\$]/u.test(state.src[state.pos - 1] ?? '') && !touching && !emphasised) return false;
      // Two formulas either side of an "x" that touches them both, a size ("a matrix of size $m$x$n$"): the two formulas
      // and the letter between them, as MathJax on the author's page reads them.
      const size = /^\$([^$\n]*?[^\s\\$])\$([x×])\$([^$\n]*?[^\s\\$])\$(?![\p{L}\p{N}$])/u.exec(state.src.slice(state.pos));
      if (size && !touching) {
        if (!silent) {
          for (const [type, content] of [
            ['math_inline', size[1]],
            ['text', size[2]],
            ['math_inline', size[3]],
          ] as const) {
            const token = state.push(type, type === 'text' ? '' : 'math', 0);
            if (type !== 'text') token.markup = '$';
            token.content = content ?? '';
          }
        }
        state.pos += size[0].length;
        return true;
      }
      // (And one that closes an emphasis in underscores, "__la valeur moyenne est $S_0$__,": the underscores are its markup.)
      const m = touching
        ? /^\$([^$\n]*?[^\s\\$])\$(?!\d)/u.exec(state.src.slice(state.pos))
        : emphasised
          ? /^\$([^$\n]*?[^\s\\$])\$(?![\p{L}\p{N}$])/u.exec(state.src.slice(state.pos))
          : /^\$([^$\n]*?[^\s\\$])\$(?=(?:th|st|nd|rd|s)\b|_{1,3}(?![\p{L}\p{N}_])|\$(?=[^\s$]))/u.exec(state.src.slice(state.pos));
      if (!m) return false;
      if (!silent) {
        const token = state.push('math_inline', 'math', 0);
        token.markup = '$';
        token.content = m[1] ?? '';
      }
      state.pos += m[0].length;
      return true;
    });
  }

  // Dollars round punctuation alone, one of it a full-width mark ("变量：$@，$^，$<代表…", a Makefile's automatic
  // variables in Chinese prose): no formula, the author's text (KaTeX drew the full-width comma as a missing glyph).
  md.core.ruler.push('lectern_no_formula', (state) => {
    for (const block of state.tokens) {
      for (const child of block.type === 'inline' ? (block.children ?? []) : []) {
        if (child.type !== 'math_inline' || /[\p{L}\p{N}\\]/u.test(child.content) || !/[^\x00-\x7f]/u.test(child.content)) continue;
        child.type = 'text';
        child.tag = '';
        child.content = `$${child.content}$`;
      }
    }
  });

  // The punctuation right after a short formula in a sentence ("the statistic $\\lambda_W$, where") stays on its line:
  // a line may break after a formula as after a picture, which left a comma alone at the start of the next line.
  md.core.ruler.push('lectern_formula_punctuation', (state) => {
    for (const block of state.tokens) {
      const children = block.type === 'inline' ? (block.children ?? []) : [];
      children.forEach((child, k) => {
        const next = children[k + 1];
        const mark = next?.type === 'text' ? /^[,.;:!?)\]…]+/u.exec(next.content)?.[0] : undefined;
        if (child.type !== 'math_inline' || next === undefined || mark === undefined || child.content.length > 40) return;
        child.meta = { ...(child.meta as object | null), after: mark };
        next.content = next.content.slice(mark.length);
      });
    }
  });
  const inlineFormula = md.renderer.rules['math_inline'];
  if (inlineFormula)
    md.renderer.rules['math_inline'] = (tokens, index, options, env, self) => {
      const html = inlineFormula(tokens, index, options, env, self);
      const after = (tokens[index]?.meta as { after?: string } | null)?.after;
      return after ? `<span class="lectern-nobreak">${html}${escapeHtml(after)}</span>` : html;
    };

  // An ordered list that continues on the next slide starts at its own number;
  // the theme numbers items with a CSS counter, which needs the start as well.
  md.renderer.rules.ordered_list_open = (tokens, index, options, _env, self) => {
    const token = tokens[index];
    const start = Number(token?.attrGet('start') ?? 1);
    if (token && Number.isInteger(start) && start !== 1) token.attrSet('style', `counter-reset: item ${start - 1}`);
    return self.renderToken(tokens, index, options);
  };

  // In a loose list an item's text is a paragraph; no white space between the
  // item and its paragraph, so the text starts right after the marker, where
  // its wrapped lines start too (the theme runs the paragraph on from it).
  md.renderer.rules.list_item_open = (tokens, index, options, _env, self) => self.renderToken(tokens, index, options).replace(/\n$/u, '');

  // External links open outside the deck (and stay clickable in the PDF).
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    const token = tokens[index];
    if (token && /^https?:/iu.test(String(token.attrGet('href') ?? ''))) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return self.renderToken(tokens, index, options);
  };

  // Indented code gets its lines marked like fenced code. A drawing is marked as one (diagram.ts): the theme never wraps
  // its lines, the slide's fit sets it smaller.
  const drawing = (token: Token | undefined): string => (token && isDrawing(token.info, token.content.split('\n')) ? ' class="lectern-drawing"' : '');
  md.renderer.rules.code_block = (tokens, index, _options, _env, self) => {
    const token = tokens[index];
    return token ? `<pre${self.renderAttrs(token)}${drawing(token)}><code>${wrapCodeLines(escapeHtml(token.content))}</code></pre>\n` : '';
  };
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    // A Mermaid diagram: its source as text, which the page's Mermaid reads and draws (client/diagrams.ts); until then,
    // or where Mermaid cannot read it, the source shows as written.
    const token = tokens[index];
    if (token && isMermaid(token.info)) return `<pre class="lectern-mermaid">${escapeHtml(token.content)}</pre>\n`;
    const html = fence ? fence(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    const marked = drawing(tokens[index]);
    if (marked === '') return html;
    return html.startsWith('<pre class="') ? html.replace('<pre class="', '<pre class="lectern-drawing ') : html.replace(/^<pre(?=[\s>])/u, `<pre${marked}`);
  };

  // Mixed directions: in a text with right-to-left script in it, every block
  // takes its direction from its own first strong letter (dir="auto"), so an
  // Arabic or Hebrew paragraph in an English deck (and an English one in an
  // Arabic deck) is aligned, and its bullet placed, as it reads.
  md.core.ruler.push('lectern_direction', (state) => {
    if (!rightToLeft.test(state.src)) return;
    for (const token of state.tokens) if (directional.has(token.type)) token.attrSet('dir', 'auto');
  });

  // Images: a lone image becomes a figure captioned by its alt text. One the
  // deck cannot show (missing, on the web, or from outside the deck) becomes a
  // placeholder or its alt text, and nothing is fetched.
  md.core.ruler.push('lectern_figures', (state) => {
    const env = state.env as RenderEnv;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const inline = tokens[i];
      if (inline?.type !== 'inline' || !inline.children) continue;
      const visible = inline.children.filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
      const open = tokens[i - 1];
      const close = tokens[i + 1];
      const image = visible[0];
      // Pictures side by side, and nothing else: a row, each as large as the row lets it be (theme/slide.css).
      if (visible.length > 1 && visible.every((c) => c.type === 'image') && open?.type === 'paragraph_open' && close?.type === 'paragraph_close') {
        open.attrSet('class', 'lectern-pictures');
        continue;
      }
      if (visible.length !== 1 || image?.type !== 'image' || open?.type !== 'paragraph_open' || close?.type !== 'paragraph_close') continue;
      const unshown = unshownImage(image, env);
      open.tag = 'figure';
      open.attrSet('class', unshown ? `lectern-figure ${unshown.kind}` : wideFigure(image, env, tokens) ? 'lectern-figure lectern-wide' : 'lectern-figure');
      close.tag = 'figure';
      image.meta = { figure: true };
      // (Not where the author's caption is the paragraph under it, "Figure 3: …", a line all in emphasis as a
      // reStructuredText figure's legend reads, units.ts' captionText: the alt text shown over it said the same twice.)
      // (A paragraph that shows a picture of its own is no caption, whatever its description says: "![Photo by … on
      // Unsplash](…)" under a picture had become its caption, and the description of the picture over it was lost.)
      const next = tokens[i + 2]?.type === 'paragraph_open' ? tokens[i + 3] : undefined;
      const under = next?.children?.some((c) => c.type === 'image') ? undefined : next;
      // (Or a line of a few words that ends the slide under a picture with no description, units.ts' lineUnderPicture.)
      const lastLine =
        under?.type === 'inline' && tokens[i + 4]?.type === 'paragraph_close' && i + 5 === tokens.length && captionLine(image.content, under.content);
      const captioned = under?.type === 'inline' && (captionText(under.content) || creditText(under.content) || lastLine);
      // The caption goes into the figure, under the picture, wherever the slide sets the picture (beside a list, it
      // had stood in the list's column, apart from it).
      if (captioned && under.children && tokens[i + 4]?.type === 'paragraph_close') {
        const caption = new state.Token('html_inline', '', 0);
        caption.meta = { lectern: true };
        caption.content = `<figcaption class="lectern-caption">${state.md.renderer.renderInline(under.children, state.md.options, state.env)}</figcaption>`;
        inline.children.push(caption);
        tokens.splice(i + 2, 3);
        continue;
      }
      const describes = image.content.trim() !== '' && !placeholderAlt(image.content) && !fileNamed(image.content, String(image.attrGet('src') ?? ''));
      // A picture whose alt text says nothing ("img") captioned in its title ('![img](hrd.png "*Gaia* DR2 color magnitude
      // diagram, containing about ~1.3 billion stars…")): the title is the caption, read as Markdown, as the site shows it;
      // it had been in neither the slide nor the notes.
      const titled = describes ? '' : String(image.attrGet('title') ?? '').trim();
      if (!captioned && (describes || titled !== '')) {
        const caption = new state.Token('html_inline', '', 0);
        // Markup lectern writes itself, not the document's: rendered as it is.
        caption.meta = { lectern: true };
        const source = describes ? image.content : titled;
        const children = describes ? image.children : (state.md.parseInline(titled, state.env)[0]?.children ?? null);
        // The description as a reader sees it (its code spans and links as their text).
        const plain = children && children.length > 0 ? state.md.renderer.renderInlineAsText(children, state.md.options, state.env) : source;
        const short = shortCaption(plain);
        // The alt text's own markup (a code span, emphasis) shows as it would in a line of the slide; a
        // description too long for a caption shows its opening, and the whole goes to the notes (env.captions).
        const shown =
          short !== null
            ? escapeHtml(short)
            : children && children.length > 0
              ? state.md.renderer.renderInline(children, state.md.options, state.env)
              : escapeHtml(source);
        if (short !== null) env.captions?.push(plain);
        caption.content = `<figcaption>${shown}</figcaption>`;
        inline.children.push(caption);
      }
    }
  });
  const renderImage = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index];
    const unshown = token ? unshownImage(token, (env ?? {}) as RenderEnv) : null;
    if (!unshown) return renderImage ? renderImage(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    const figure = (token?.meta as { figure?: boolean } | null)?.figure === true;
    if (figure) return `<div class="lectern-placeholder">${escapeHtml(unshown.text)}</div>`;
    // Pictures side by side with no text around them (two <img> of a Slidev slide): each a placeholder that says which
    // picture it stands for, as a picture alone gets, not "[image: no description]" twice in a line.
    // (A picture that is a link's whole text, "[![Représentation du mythe](../images/m.png)](https://…)", too: its
    // placeholder is the link's.)
    const picturesOnly = tokens.every(
      (t) =>
        t.type === 'image' || t.type === 'softbreak' || t.type === 'link_open' || t.type === 'link_close' || (t.type === 'text' && t.content.trim() === ''),
    );
    // (Its text is a path, one long word: class lectern-path lets it break where it must in a narrow box.)
    if (picturesOnly && unshown.kind === 'lectern-refused') {
      const alt = token?.content.trim() ?? '';
      return `<span class="lectern-placeholder lectern-path">${escapeHtml(alt === '' ? unshown.text : `${unshown.text} (${alt})`)}</span>`;
    }
    return unshown.html;
  };
  // A long identifier in a line of text ("`mockFn.getMockImplementation()`" in a column of a divider's list) breaks after
  // its dots and slashes where it must, not at any letter ("…Implementatio" over "n()"): a <wbr> there adds no character.
  const renderCode = md.renderer.rules.code_inline;
  md.renderer.rules.code_inline = (tokens, index, options, env, self) => {
    const html = renderCode ? renderCode(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    const content = tokens[index]?.content ?? '';
    if (content.length < 20 || /\s/u.test(content)) return html;
    return html.replace(
      /(<code\b[^>]*>)([\s\S]*)(<\/code>)$/u,
      (_, open: string, inner: string, close: string) => `${open}${inner.replace(/(?<=[\w)\]])([./]|::)(?=[\w(])/gu, '$1<wbr>')}${close}`,
    );
  };

  return md;
}

/** What rendering knows of the deck's folder, and what it is rendering. */
/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const directional = new Set(['paragraph_open', 'heading_open', 'list_item_open', 'blockquote_open', 'th_open', 'td_open']);

let mathSink: Set<string> | null = null;

/** How a remark on a formula KaTeX cannot read ends (check's formulas measure picks these out). */
export const unreadFormula = ' (shown in red as written) [parseError]';

/** The deck's macros (its manifest's `macros:`), for the formulas rendered meanwhile. */
let deckMacros: Record<string, string> = {};

/** The names of the macros that set their argument as text (textMacroNames) in the deck's table, made once per table. */
let textMacrosOf: { table: Record<string, string>; names: string[] } | null = null;
function deckTextMacros(): string[] {
  if (textMacrosOf?.table !== deckMacros) textMacrosOf = { table: deckMacros, names: textMacroNames(latexMacros('')) };
  return textMacrosOf.names;
}

/** Runs `work` (rendering) with the deck's TeX macro definitions in force for every formula. */
export function withMacros<T>(definitions: readonly string[] | undefined, work: () => T): T {
  const outer = deckMacros;
  deckMacros = definitions && definitions.length > 0 ? katexMacros(definitions) : {};
  try {
    return work();
  } finally {
    deckMacros = outer;
  }
}

/** Runs `work` (rendering), and returns with it KaTeX's remarks on the formulas it typeset, each once. */
export function collectMathWarnings<T>(work: () => T): { value: T; warnings: string[] } {
  const outer = mathSink;
  const sink = new Set<string>();
  mathSink = sink;
  try {
    return { value: work(), warnings: [...sink] };
  } finally {
    mathSink = outer;
  }
}

export type RenderEnv = {
  /** Local images the deck's folder does not have: shown as placeholders. */
  missingImages?: ReadonlySet<string>;
  /** Width over height of the local images the deck's folder has, by their source as the slides write it. */
  imageRatios?: ReadonlyMap<string, number>;
  /** Rendering speaker notes: an image from the web is shown as its address. */
  notes?: boolean;
  /** Filled while rendering: the whole text of each figure's description that its caption shows only the opening of. */
  captions?: string[];
};

/** Words a figure's caption shows (about two lines under a picture). */
export const captionWords = 30;

/**
 * The caption of a figure whose description is too long for one (an image's
 * alt text of a paragraph or more: it would push the slide out of its frame),
 * or null when the description fits: its first sentence when that is short
 * enough, else its first words and "…".
 */
export function shortCaption(alt: string): string | null {
  const text = alt.replace(/\s+/gu, ' ').trim();
  if (countWords(text) <= captionWords) return null;
  // Its first sentence, read as sentences are ("Fig. 2 The origin of …" had been cut at "Fig."), with the one after a
  // label alone ("Figure 3." over "The heap grows up.").
  const [first, second] = splitSentences(text);
  const sentence = first !== undefined && second !== undefined && /^\S+\.?\s*\d+(?:\.\d+)*[.:]?$/u.test(first) ? `${first} ${second}` : first;
  if (sentence && countWords(sentence) <= captionWords) return sentence;
  const kept: string[] = [];
  let count = 0;
  for (const word of text.split(' ')) {
    count += countWords(word);
    if (count > captionWords - 2) break;
    kept.push(word);
  }
  // Text without spaces (Chinese, Japanese): its first characters.
  return `${kept.length > 0 ? kept.join(' ') : Array.from(text).slice(0, captionWords).join('')} …`;
}

/** How an image the deck does not show appears instead: in a figure (`text`), or in a line (`html`). */
interface UnshownImage {
  kind: 'lectern-missing' | 'lectern-remote' | 'lectern-refused' | 'lectern-output';
  text: string;
  html: string;
}

/** A picture this much wider than tall or more is wide: beside a list, in half the slide's width, it showed small. */
export const wideRatio = 1.5;

/** Words of text a slide may have, besides a wide picture, for the picture to go under it across the slide. */
export const wideFigureWords = 45;

/**
 * A picture (of the deck's folder) wider than tall by `wideRatio` or more, on a slide of a few lines of text besides
 * it: set under the text across the slide (theme/slide.css), where in a column beside it (the layout for a picture
 * and a list) an economics lecture's chart of two panels showed at a fifth of the slide, the slide half empty.
 */
function wideFigure(image: Token, env: RenderEnv, tokens: Token[]): boolean {
  const ratio = env.imageRatios?.get(String(image.attrGet('src') ?? ''));
  if (ratio === undefined || ratio < wideRatio) return false;
  let words = 0;
  // (The slide's title is no text beside the picture.)
  tokens.forEach((token, i) => {
    if (token.type === 'inline' && tokens[i - 1]?.type !== 'heading_open' && !token.children?.some((c) => c === image)) words += countWords(token.content);
  });
  return words <= wideFigureWords;
}

function unshownImage(image: Token, env: RenderEnv): UnshownImage | null {
  const src = String(image.attrGet('src') ?? '');
  const alt = image.content.trim();
  // A figure the document's hidden code draws (chunks.ts): never made here; the placeholder says which.
  const output = chunkOutput(src);
  if (output) {
    const text = `Figure drawn by ${output.language} code${output.label ? ` "${output.label}"` : ''} (not run)`;
    return { kind: 'lectern-output', text, html: `<span class="lectern-placeholder">${escapeHtml(alt === '' ? text : `${text}: ${alt}`)}</span>` };
  }
  if (isLocalImage(src)) {
    if (!env.missingImages?.has(src)) return null;
    const text = `Missing image: ${src}`;
    return {
      kind: 'lectern-missing',
      text,
      html: `<span class="lectern-placeholder lectern-path">${escapeHtml(alt === '' ? text : `${text} (${alt})`)}</span>`,
    };
  }
  const host = webHost(src);
  if (host !== null) {
    // Never fetched: the slide names the host, the notes give the whole address.
    const text = `Image from ${host}`;
    if (env.notes)
      return {
        kind: 'lectern-remote',
        text,
        html: `${escapeHtml(`[image: ${alt || 'no description'}] `)}<a href="${escapeHtml(src)}" target="_blank" rel="noopener noreferrer">${escapeHtml(src)}</a>`,
      };
    return { kind: 'lectern-remote', text, html: `<span class="lectern-placeholder">${escapeHtml(alt === '' ? text : `${text}: ${alt}`)}</span>` };
  }
  // A path outside the deck's folder (../../images/x.png, /assets/x.jpg), never read: in a figure, the placeholder a
  // missing image gets (the slide keeps the picture's room); in a line of text, its description.
  const text = `[image: ${alt || 'no description'}]`;
  return { kind: 'lectern-refused', text: `Missing image: ${src}`, html: escapeHtml(text) };
}

/** The host of an http(s) address, or null for anything else. */
export function webHost(src: string): string | null {
  if (!/^https?:\/\//iu.test(src.trim())) return null;
  try {
    return new URL(src.trim()).host || null;
  } catch {
    return null;
  }
}

/**
 * A picture's path as Markdown gives it ("images/my%20chart.svg", "Wavelength%3Dslitwidth.gif") as the file is named,
 * without what a site reads after it (Hugo's "zombie.png#center", "chart.png?raw=true"); a malformed escape as written.
 * (Every escape: a browser asks a server for "Wavelength=slitwidth.gif" whether "=" is escaped or not; an escaped "/"
 * that climbs out of the folder is refused as any such path is.)
 */
export function decodedPath(src: string): string {
  const address = /^[a-z][\w+.-]*:/iu.test(src);
  const path = address ? src : src.replace(/[?#][\s\S]*$/u, '');
  try {
    return address ? decodeURI(path) : decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Whether a picture's alt text is its file's name, as a converter or an editor left it: the name in words with a number
 * in it ("fig 3 01" for images/fig_3_01.png), or the name itself, its dashes or underscores and all ("coaxial-cable" for
 * coaxial-cable.jpg). No caption and no title: "Coaxial cable", the author's words, is one.
 */
export function fileNamed(alt: string, src: string): boolean {
  const words = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const file = decodedPath(src)
    .replace(/^.*[\\/]/u, '')
    .replace(/\.[a-z0-9]{2,5}$/iu, '');
  const name = alt.trim().replace(/\\(?=[_.-])/gu, '');
  return (/\d/u.test(alt) && words(alt) === words(file)) || (/[-_]/u.test(name) && !/\s/u.test(name) && name.toLowerCase() === file.toLowerCase());
}

/** The http(s) addresses of the images in some Markdown: shown on a slide as placeholders, never fetched. */
export const webImageSources = (markdown: string): string[] => imageTokenSources(markdown).filter((src) => webHost(src) !== null);

/** A relative path inside the deck (no scheme, not absolute, no `..`): the only images a deck shows. */
export function isLocalImage(src: string): boolean {
  if (src === '' || /^[a-z][a-z0-9+.-]*:/iu.test(src) || src.startsWith('/') || src.startsWith('\\')) return false;
  return !decodeURIComponentSafe(src).split(/[\\/]/u).includes('..');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

let plainMarkdown: Markdown | null = null;
let mathMarkdown: Markdown | null = null;

/** The scheme an address opens with ("https", "mdn"), in lower case; undefined for a relative address. */
export const schemeOf = (href: string): string | undefined => /^([a-z][a-z0-9+.-]*):/iu.exec(href.trim())?.[1]?.toLowerCase();

/** Whether a link or picture of the deck may point at the address: relative, the web, mail or a phone. */
const safeScheme = (href: string): boolean => {
  const scheme = schemeOf(href);
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
};

/**
 * Inline tokens without the links `drop` says lead nowhere from the deck (their text stays): a link of a scheme a
 * site resolves itself, a title's link to another page of the author's.
 */
export function withoutLinks(children: Token[], drop: (href: string) => boolean): Token[] {
  const dropped: boolean[] = [];
  return children.filter((t) => {
    if (t.type === 'link_open') {
      const gone = drop(String(t.attrGet('href') ?? ''));
      dropped.push(gone);
      return !gone;
    }
    return t.type !== 'link_close' || dropped.pop() !== true;
  });
}

/** The parser for a source: with KaTeX only when it may hold math. */
export function markdownFor(source: string): Markdown {
  if (/\$|\\begin\{|```math|~~~math/u.test(source)) return (mathMarkdown ??= createMarkdown(true));
  return (plainMarkdown ??= createMarkdown(false));
}

/**
 * The pictures a slide's Markdown refers to that the deck cannot show and the web does not hold: from outside the
 * document's folder ("../image/x.png", "/assets/x.svg", a file: address). Each shows as a placeholder.
 */
export const outsideImageSources = (markdown: string): string[] =>
  imageTokenSources(markdown).filter(
    (src) => src !== '' && !isLocalImage(src) && webHost(src) === null && !/^data:/iu.test(src) && !src.startsWith(chunkOutputScheme),
  );

/** The image paths a slide's Markdown refers to (local ones only). */
export const imageSources = (markdown: string): string[] => imageTokenSources(markdown).filter(isLocalImage);

/** The source of every image in some Markdown, in order. */
function imageTokenSources(markdown: string): string[] {
  // Every Markdown image starts with "![": most slides have none, and need no parse.
  if (!markdown.includes('![')) return [];
  const found: string[] = [];
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'image') found.push(String(t.attrGet('src') ?? ''));
      if (t.children) walk(t.children);
    }
  };
  walk(markdownFor(markdown).parse(markdown, {}));
  return found;
}

/**
 * Rewrites the path of every Markdown image (`![alt](src)`) with `map`, which
 * returns the new path or null to leave it. One rule for every place that
 * moves images: a document's into its deck, a deck's into a talk or an import.
 */
export function mapImageSources(markdown: string, map: (src: string) => string | null): string {
  if (!markdown.includes('![')) return markdown;
  // A destination in angle brackets may hold spaces: it keeps its brackets; so does one given spaces or brackets by the
  // map (the file "my chart.svg" a bare "my%20chart.svg" named), which would end a bare one.
  return markdown.replace(
    /(!\[[^\]]*\]\()\s*(?:<([^<>\n]*)>|([^)\s<>]+))/gu,
    (whole, head: string, bracketed: string | undefined, bare: string | undefined) => {
      const next = map(bracketed ?? bare ?? '');
      return next === null ? whole : bracketed !== undefined || /[\s()]/u.test(next) ? `${head}<${next}>` : `${head}${next}`;
    },
  );
}

/** Source characters (spaces aside) from which a formula of one row might not fit the slide's width. */
const longFormula = 60;

/**
 * A display formula of one row long enough that it might be wider than the slide, which KaTeX could break as a text's
 * formula: no rows or environment of its own (\\, \begin), no equation number (a text's formula has none).
 */
export function breakableFormula(latex: string): boolean {
  return latex.replace(/\s+/gu, '').length >= longFormula && !/\\(?:begin\{|tag\b|label\b|\\)/u.test(latex);
}
