// LaTeX's own math delimiters, as notes converted from LaTeX and sites that
// typeset with MathJax write them: \( x \) inline, \[ x \] displayed (and
// kramdown's \\( x \\), whose doubled backslash Markdown turns into one), `!! x !!` where a site's MathJax
// reads those (notes that write three or more), and
// amsmath's environments on lines of their own (\begin{equation*} ... \end{equation*},
// as Pandoc and Jupyter Book read them), and kramdown's $$ x $$ among a line's
// words, which Jekyll sites show inline.
// In Markdown they are escaped brackets, so a deck would show the TeX; they
// become the $ x $ and $$ x $$ lectern typesets. Only what reads as TeX
// (a command, a sub- or superscript, braces, an operator, or one symbol) is
// taken: "\[citation needed\]" stays text, and so does a link between escaped
// brackets ("\[ English | [中文](README_zh.md) \]"). Code is left alone. Pure: text in,
// text out; line numbers are kept.
import { countBelow } from './sorted.ts';
import { mapProse, spanMark } from './fence.ts';
import { unescapeMarkdown } from './text-size.ts';

/** A function's value at a point or two (`f(z)`, `g(x, y)`): a formula with nothing of TeX's own in it. */
const applied = (content: string): boolean => /^\s*[A-Za-z][A-Za-z0-9']{0,3}\s*\([^()]{1,30}\)\s*$/u.test(content);

/**
 * Citation keys as a bibliography names works, a name and a year ("bertsimas_tsitsiklis1997", "hu_guo2018, knuth:1984"):
 * MyST's {cite} role shows them between brackets, escaped for Markdown, which TeX would read as a displayed formula.
 */
const citationKeys = (content: string): boolean =>
  content.length <= 200 && /^\s*(?:[A-Za-z]{2,}[\w:-]*[_:-][\w:-]*\d{2,4}[a-z]?(?:,\s*|\s*$))+$/u.test(content);

/** One letter or digit alone: a variable, or a note's label. */
const oneSymbol = (content: string): boolean => /^\s*[A-Za-z0-9]\s*$/u.test(content);

const texLike = (content: string): boolean => /\\[A-Za-z]|[_^{}=<>+]/u.test(content) || oneSymbol(content);

/**
 * Words in Markdown's emphasis and no TeX command ("oder _Strings_", "_inclusive_"): text between parentheses that
 * the author (or GitBook, which escapes every parenthesis it exports) wrote as \( \), not a formula.
 */
const emphasizedWords = (content: string): boolean =>
  !/\\[A-Za-z]/u.test(content) && /(?:^|[\s(])([_*])(?=\p{L})[^_*\n]*\p{L}\1(?=$|[\s).,;:!?])/u.test(content.trim());

/** A code span that holds a formula between its delimiters alone ("`\\(\\beta\\)`", "`$$E(y) = \\mu$$`"). */
const spanFormula = /^`(\\\([^`]+?\\\)|\\\[[^`]+?\\\]|\$\$[^`$]+?\$\$)`$/u;

/**
 * Formulas a site's script typesets out of code spans, as blogdown writes an R Markdown page for Hugo ("with
 * `\\(\\sigma^2\\)`", "`$$E(y) = \\mu + \\alpha_i$$`"): the formulas, which texDelimiters reads next. Only in a text
 * that writes three or more so, and shows no TeX in a code span otherwise: a page that teaches TeX ("type `\\frac{a}{b}`",
 * "`\\(x\\)` gives x") shows its code as code.
 */
export function backtickFormulas(text: string): string {
  if (!/`(?:\\[([]|\$\$)/u.test(text)) return text;
  // The prose's code spans (mapProse's marks), not a listing's backticks.
  const spans: string[] = [];
  mapProse(text, (prose, restore) => {
    for (const mark of prose.matchAll(/\u0000\d+\u0000/gu)) spans.push(restore(mark[0]));
    return prose;
  });
  const tex = spans.filter((span) => /\\[A-Za-z]|\\[([]|\$/u.test(span));
  const formulas = tex.filter((span) => spanFormula.test(span));
  if (formulas.length < 3 || formulas.length < tex.length) return text;
  return mapProse(text, (prose, restore) =>
    prose.replace(/\u0000(\d+)\u0000/gu, (mark) => {
      const span = restore(mark);
      return spanFormula.test(span) ? span.slice(1, -1) : mark;
    }),
  );
}

/** A subscript escaped for a site's Markdown (`dP\_{\mathcal{Z}}`, `x\_i`): TeX itself has no use for `\_` there. */
const escapedSubscript = /\\_(?=[{\p{L}\p{N}\\])/u;
/** A formula between dollars (displayed, or within a line). */
const dollarFormula = /\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/gu;

/**
 * Formulas between dollars written for a site whose Markdown reads the page before its KaTeX or MathJax does (a remark.js
 * deck: `$$p(x) = \int\_{\mathcal{Z}} p(x,z) dP\_{\mathcal{Z}}$$`, `\\\\` for a line break, `\\\{` for a brace): where
 * two formulas or more escape a subscript so, the document is written so, and each formula's escapes are undone as
 * that Markdown undoes them (an integral had shown "∫ _Z"). Other documents are left as they are.
 */
export function markdownEscapedFormulas(text: string): string {
  if (!text.includes('\\_')) return text;
  // One pass: every formula's escapes undone, and the formulas that escape a subscript counted.
  let escaped = 0;
  const undone = mapProse(text, (prose) =>
    prose.replace(dollarFormula, (whole, display?: string, inline?: string) => {
      if (escapedSubscript.test(display ?? inline ?? '')) escaped += 1;
      return display !== undefined ? `$$${unescapeMarkdown(display)}$$` : `$${unescapeMarkdown(inline ?? '')}$`;
    }),
  );
  return escaped >= 2 ? undone : text;
}

/** Prose with its \( \) and \[ \] formulas written with dollars, and kramdown's inline $$ x $$ with one. */
export function texDelimiters(text: string): string {
  const tex = /\\\\?[([]|\\begin\{/u.test(text);
  // Notes whose site typesets `!!…!!` (three such formulas that read as TeX, or more): each is `$…$`.
  const bangs = text.includes('!!') && [...text.matchAll(bangFormula)].filter((m) => texLike(m[1] ?? '')).length >= 3;
  if (!tex && !text.includes('$$') && !bangs) return text;
  // Not a link's text between escaped brackets ("\\[ English | [中文](README_zh.md) \\]": a language switcher).
  // Between doubled delimiters (`\\( f(z) \\)`, escaped for the site's Markdown: only ever a formula), anything but words
  // is one; between single ones, what reads as TeX or a function's value (`\( f(z) \)`).
  const formula = (tex: string, doubled = false): boolean =>
    (texLike(tex) || applied(tex) || (doubled && !/\p{L}{3,}[\s,]+\p{L}{3,}/u.test(tex))) &&
    !emphasizedWords(tex) &&
    !tex.includes(spanMark) &&
    !/\]\(|https?:\/\//u.test(tex);
  return mapProse(text, (author) => {
    // The author's own $$ … $$ first: the ones \[ \] become are displayed wherever they stand.
    const dollars = inlineDoubleDollars(displayedAlone(author));
    // The site's Markdown read them before its MathJax did: the escapes the author wrote for it (`M\_{i+1}`, `\\{ A \\}`
    // for a brace) are undone, as CommonMark undoes a backslash before punctuation.
    const prose = bangs
      ? dollars.replace(bangFormula, (whole, tex: string) => (tex.includes(spanMark) ? whole : `$${unescapeMarkdown(tex.trim())}$`))
      : dollars;
    if (!tex) return prose;
    // Between doubled delimiters (`\\(`, written for a site whose Markdown reads the text first), the formula is escaped
    // for that Markdown too: its escapes are undone.
    // (Trimmed of spaces, not of line breaks: a formula that goes on over lines keeps them, and the text its line numbers.)
    const inner = (whole: string, tex: string): string => {
      const trimmed = tex.replace(/^[ \t]+|[ \t]+$/gu, '');
      return whole.startsWith('\\\\') ? unescapeMarkdown(trimmed) : trimmed;
    };
    const shown = displayed(environments(prose), formula);
    const inShown = insideDisplay(shown);
    // (A displayed formula may go on over a line or two of its paragraph: "\\[G(jω) = …" over "= …\\]".)
    // Not brackets escaped right after a word ("linkman:upsd\[8\]", "a\[1\]", as a converter escapes a man page's
    // section or an index): a displayed formula never stands against the word before it.
    // Nor one symbol alone ("\[a\] expensive-to-modify…", "\[1\]": a note's label as a converter escapes it): a
    // formula of one letter is set inline, never displayed.
    const bracketed = shown.replace(/\\\\?\[((?:(?!\\\\?\])(?!\n[ \t]*\n)[\s\S]){1,600}?)\\\\?\]/gu, (whole, tex: string, at: number, all: string) =>
      formula(tex) &&
      !inShown(at) &&
      (whole.startsWith('\\\\') || (!oneSymbol(tex) && !citationKeys(tex))) &&
      !(/[\p{L}\p{N}_.:-]/u.test(all[at - 1] ?? '') && !whole.startsWith('\\\\')) &&
      // (Nor a link's whole text in brackets, as Asciidoctor writes a cross-reference it cannot resolve:
      // "[\[_el_proceso\]](#_el_proceso)".)
      !(all[at - 1] === '[' && all.startsWith('](', at + whole.length))
        ? `$$${inner(whole, tex)}$$`
        : whole,
    );
    const inBracketed = insideDisplay(bracketed);
    // Not the escaped parentheses of an address ("https://es.wikipedia.org/wiki/VM_\\(sistema_operativo\\)", as a
    // converter escapes them in a link): the address stays as written.
    // (A formula may go on over a line break of its paragraph, "\\(\sigma > 1; \sigma \in" over "\mathbb{R}\\)", never
    // over a blank line.)
    // Nor parentheses escaped right after a word, as GitBook writes a plural's "(s)" ("Voorbeeldinteractie\(s\)"): no
    // formula stands against the word before it.
    return bracketed.replace(/\\\\?\(((?:(?!\\\\?\))[^\n]|\n(?![ \t]*\n)){1,400}?)\\\\?\)/gu, (whole, tex: string, at: number, all: string) =>
      formula(tex, whole.startsWith('\\\\')) &&
      !inAddress(all.slice(Math.max(0, at - 400), at)) &&
      !inBracketed(at) &&
      !(/[\p{L}\p{N}]/u.test(all[at - 1] ?? '') && !whole.startsWith('\\\\'))
        ? `$${inner(whole, tex)}$`
        : whole,
    );
  });
}

/**
 * A paragraph that is one formula between single dollars holding an environment only a displayed formula may
 * ("$\begin{align*} Acc(0) &= I \\ … \end{align*}$", which MathJax sets whatever its delimiters): displayed, as the
 * author's page shows it (KaTeX refuses {align*} in a line's formula). Lines stay where they were.
 */
function displayedAlone(prose: string): string {
  if (!prose.includes('$\\begin{')) return prose;
  return prose.replace(
    /(^|\n[ \t]*\n)([ \t]*)\$(\\begin\{(align|gather|equation|multline|eqnarray|flalign|alignat)(\*?)\}(?:(?!\n[ \t]*\n)[^$])*?\\end\{\4\5\})\$(?=[ \t]*(?:\n[ \t]*\n|\n?$))/gu,
    (_, before: string, indent: string, tex: string) => `${before}${indent}$$${tex}$$`,
  );
}

/**
 * Whether an offset of `text` is inside a displayed formula of it (after an odd number of `$$`): its escaped parentheses
 * and brackets ("$$\\frac{a}{2}\\left\\( m + b \\right\\)$$", escaped for a site whose Markdown reads the text first)
 * are the formula's own, never another formula's delimiters. The `$$` are found once; each offset is looked up by halves.
 */
function insideDisplay(text: string): (at: number) => boolean {
  const marks: number[] = [];
  for (let i = text.indexOf('$$'); i >= 0; i = text.indexOf('$$', i + 2)) marks.push(i);
  if (marks.length === 0) return () => false;
  return (at) => countBelow(marks, at) % 2 === 1;
}

/** Whether text ends inside an address: a link's destination ("](…"), an autolink ("<…") or a bare URL, no space since. */
const inAddress = (before: string): boolean => /(?:\]\(|<|\bhttps?:\/\/|\bwww\.)[^\s()<>]*$/u.test(before);

/** A formula between `!!` marks within a line (`!!{n\\choose k}!!`, `!! d \\times d !!`). */
const bangFormula = /!!([^!\n]{1,200}?)!!/gu;

/** One `$$ … $$` formula within a line, and a line's list or quote marker. */
// (An escaped dollar inside it is a dollar sign, "$$\$1,000$$": the formula goes on past it.)
const doubleDollars = /\$\$((?:[^$\n\\]|\\[^\n]){1,400}?)\$\$/gu;
const lineMarker = /^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,9}[.)]\s+)?/u;

/**
 * kramdown's inline math, as Jekyll sites write it: `$$ x $$` among the words of a
 * line ("a graph $$G$$ with $$n$$ vertices") is inline, and is written `$x$`; a
 * `$$ … $$` alone on its line (a list or quote marker, punctuation aside) stays
 * displayed, as kramdown, Pandoc and GitHub all show it.
 */
function inlineDoubleDollars(prose: string): string {
  if (!prose.includes('$$')) return prose;
  return brokenInlineDoubleDollars(prose)
    .split('\n')
    .map((line) => {
      if (!line.includes('$$')) return line;
      // A heading holds a line of text, never a displayed formula: kramdown sets "### $$\text{First}_k$$" in the line.
      if (/^ {0,3}#{1,6}[ \t]/u.test(line)) return line.replace(doubleDollars, (whole, tex: string) => (tex.trim() === '' ? whole : `$${tex.trim()}$`));
      const rest = line.replace(lineMarker, '').replace(doubleDollars, '');
      // A formula alone on its line but for the punctuation after it ("* $$\Omega \in \mathcal{F}$$,", "$$x = 1$$."), which
      // no display formula can end with: in a list item or a quote, a formula in the item's sentence, as kramdown shows it;
      // alone at the margin, displayed with its punctuation inside, as TeX writes it.
      const punctuated = /^\s*\$\$((?:[^$\n\\]|\\[^\n]){1,400}?)\$\$\s*([.,;:!?]+)\s*$/u.exec(line.replace(lineMarker, ''));
      if (punctuated?.[1]?.trim()) {
        const marker = lineMarker.exec(line)?.[0] ?? '';
        const [, tex = '', marks = ''] = punctuated;
        return marker.trim() !== '' ? `${marker}$${tex.trim()}$${marks}` : `${marker}$$${tex.trim()}${marks}$$`;
      }
      if (!/[\p{L}\p{N}]/u.test(rest) || rest.includes('$$')) return line;
      return line.replace(doubleDollars, (whole, tex: string) => (tex.trim() === '' ? whole : `$${tex.trim()}$`));
    })
    .join('\n');
}

/** A `$$ … $$` formula that opens on one line and closes on the next, the text before it on its first line and after it on its last. */
const brokenDoubleDollars = /^(.*?)\$\$([^$\n]{1,400}\n[^$\n]{1,400}?)\$\$([^\n]*)$/gmu;

/**
 * kramdown's inline `$$ … $$` that a wrapped paragraph breaks over two lines ("encode a sample $$x \sim" over "p$$
 * using the scheme"): inline where words of the sentence stand before it on its first line, written `$ … $`, its
 * line break kept (line for line); read a line at a time, the two halves paired wrongly with the formulas after it.
 */
function brokenInlineDoubleDollars(prose: string): string {
  if (!/\$\$[^$\n]+\n/u.test(prose)) return prose;
  // (Words on both sides, or punctuation after a formula of one row, "(GPT-3 used $$n =" over "2048$$)."; a formula that a
  // sentence opens and that runs on to its paragraph's end, "Then $$\begin{aligned}…" over "…\end{aligned}$$", is
  // displayed, as kramdown shows a formula its paragraph ends with.)
  const words = (text: string): boolean => /[\p{L}\p{N}]/u.test(text.replace(doubleDollars, ''));
  return prose.replace(brokenDoubleDollars, (whole, before: string, tex: string, after: string) =>
    words(before.replace(lineMarker, '')) &&
    (words(after) || (after.trim() !== '' && !/\\begin\{|\\\\/u.test(tex))) &&
    (before.match(/\$\$/gu)?.length ?? 0) % 2 === 0 &&
    tex.trim() !== ''
      ? `${before}$${tex}$${after}`
      : whole,
  );
}

/** amsmath's display environments, and the name KaTeX knows each by (multline and eqnarray it lacks). */
const displayEnvironments: Record<string, string> = {
  equation: 'equation',
  align: 'align',
  gather: 'gather',
  alignat: 'alignat',
  multline: 'gather',
  eqnarray: 'array',
  displaymath: '',
};

/**
 * A formula as KaTeX can read it: an environment it lacks, inside a formula
 * the author delimited ($$\begin{eqnarray*} … \end{eqnarray*}$$), written as the
 * nearest it has; zero-width spaces the author wrote as entities (`&#8203;`,
 * which Markdown does not decode inside a formula) gone, as they show nothing;
 * an underscore in text (`\text{after_1980}`, which MathJax shows as typed and
 * KaTeX refuses) escaped as TeX writes one, in the argument of a command the
 * document defines as text too (`textMacros`: "\nl" of `\newcommand{\nl}[1]{\textsf{#1}}`,
 * "$\nl{the mouse ate my ho_}$").
 */
/** Text as TeX's text mode sets it, each of its special characters as itself. */
const texText = (text: string): string =>
  text.replace(/[\\{}%#$&_^~]/gu, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\textasciicircum{}' : c === '~' ? '\\textasciitilde{}' : `\\${c}`));

/** Full-width brackets and signs, as their ASCII forms. */
const fullWidth: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '＋': '+',
  '－': '-',
  '＝': '=',
  '，': ',',
  '：': ':',
  '；': ';',
};

/** Each script of `latex` written as "^\left( … \right)" with no braces, its \left … \right pair in braces. */
function bracedScripts(latex: string): string {
  let out = '';
  let at = 0;
  for (const m of latex.matchAll(/([\^_])\s*(?=\\left\b)/gu)) {
    const start = (m.index ?? 0) + m[0].length;
    if (start < at) continue;
    // The \right that closes this \left, pairs nested inside it counted.
    let depth = 0;
    let end = -1;
    for (const pair of latex.slice(start).matchAll(/\\(left|right)\b\s*(?:\\[A-Za-z]+|\\.|.)/gsu)) {
      depth += pair[1] === 'left' ? 1 : -1;
      if (depth === 0) {
        end = start + (pair.index ?? 0) + pair[0].length;
        break;
      }
    }
    if (end < 0) continue;
    out += `${latex.slice(at, start)}{${latex.slice(start, end)}}`;
    at = end;
  }
  return out + latex.slice(at);
}

export function forKatex(latex: string, display = false, textMacros: readonly string[] = []): string {
  // knitr's inline code in a formula ("\overline{\tau} = `r df %>% mean %>% round(2)`", a number once knitted; lectern
  // runs no code): the code in typewriter letters, its characters as typed, where KaTeX read backticks and a comment.
  if (latex.includes('`r ')) latex = latex.replace(/`r\s+([^`\n]+)`/gu, (_, code: string) => `\\texttt{${texText(code.trim())}}`);
  // A bracket escaped for the site's Markdown after a size command ("\big\[(V_i R_i)(u)\big\]"), which no TeX reads as a
  // delimiter: the bracket, as the site's Markdown left it for MathJax.
  latex = latex.replace(/(\\(?:[bB]igg?[lrm]?|left|right|middle))\s*\\([[\]()])/gu, '$1$2');
  // A brace after a size command escaped twice ("\right\\}", as written for a site whose Markdown takes one backslash),
  // which no TeX reads (a row break is no delimiter): the brace the author meant, "\right\}".
  latex = latex.replace(/(\\(?:[bB]igg?[lrm]?|left|right|middle))\s*\\\\([{}|])/gu, '$1\\$2');
  // A brace, a space or a bar escaped twice in an inline formula ("\\{ x + y \\, \vert \\, x \in N \\}", written for a
  // site whose Markdown takes one backslash before MathJax reads the rest): the TeX the author meant, "\{". A row break
  // has no place in a formula in a line of text.
  if (!display && latex.includes('\\\\')) latex = latex.replace(/(?<!\\)\\\\(?=[{},;:!|_#%&])/gu, '\\');
  // A script whose group is a pair of sized delimiters written without braces ("p^\left( 1 - \kappa \right)"), which
  // MathJax reads as the group and KaTeX refuses: the pair in braces.
  if (/[\^_]\s*\\left\b/u.test(latex)) latex = bracedScripts(latex);
  // An array's column bars escaped for a Markdown table ("\begin{array}{\|c\|c\|}", as Quarto's visual editor writes
  // them): the bars, which the page's Markdown leaves to MathJax; KaTeX reads no "\|" among an array's columns.
  if (latex.includes('{array}'))
    latex = latex.replace(/(\\begin\{array\}\s*\{)([^{}]*)\}/gu, (_, open: string, spec: string) => `${open}${spec.replace(/\\\|/gu, '|')}}`);
  if (/\\(?:pmatrix|matrix|cases)\s*\{/u.test(latex)) latex = plainTexMatrices(latex);
  if (latex.includes('var(')) latex = themeColors(latex);
  // Full-width brackets and signs an input method leaves in a formula ("Y_{st} （1-e^{-\alpha t}）", Chinese notes):
  // the brackets and signs they stand for, which KaTeX sets (it had drawn them as boxes).
  // (Not where the formula holds text, "\text{…，…}", whose punctuation is the sentence's.)
  if (/[（）［］｛｝＋－＝，：；]/u.test(latex) && !/\\(?:text|mbox|mathrm)\b/u.test(latex))
    latex = latex
      .replace(/[（）［］＋－＝，：；]/gu, (c) => fullWidth[c] ?? c)
      .replace(/｛/gu, '\\{')
      .replace(/｝/gu, '\\}');
  // Rows of a displayed formula broken with \\ outside any environment, as MathJax shows them (KaTeX ignores the
  // break there): one centred row each.
  if (display && !latex.includes('\\begin{') && /\\\\(?![A-Za-z])/u.test(latex)) latex = `\\begin{gathered}${latex}\\end{gathered}`;
  // Rows aligned at & outside any environment, beside an environment of their own (Sphinx's math directive over
  // "D(v, i) & = \min(…) \\ D(v, 0) & = \begin{cases}…\end{cases}", which Sphinx sets in a split): aligned rows.
  else if (display && latex.includes('&') && alignedAtTop(latex)) latex = `\\begin{aligned}${latex}\\end{aligned}`;
  const patterns = textPatterns(textMacros);
  if (!latex.includes('\\begin{') && !latex.includes('&') && !patterns.test.test(latex)) return latex;
  return (
    latex
      .replace(
        patterns.argument,
        // (An underscore, a hash or a percent sign in text is the character, as MathJax shows it: "\mbox{# tosses}",
        // "\text{, usually 80%}", where KaTeX had read a comment to the formula's end and shown it in red.)
        (_, open: string, text: string) => `${open}${text.replace(/(?<!\\)[_#%]/gu, '\\$&')}}`,
      )
      // LaTeX's own displaymath and math environments (a formula an image's address gives codecogs, "\\begin{displaymath}
      // G(x; \\mu, \\sigma) = …"), which KaTeX does not know: the formula they hold.
      .replace(/\\(?:begin|end)\{(?:displaymath|math)\}/gu, '')
      .replace(/\\(begin|end)\{(eqnarray|multline)(\*?)\}/gu, (_, edge: string, name: string, star: string) =>
        name === 'eqnarray' ? (edge === 'begin' ? '\\begin{array}{rcl}' : '\\end{array}') : `\\${edge}{gather${star}}`,
      )
      .replace(/&(?:#8203|#x200b|ZeroWidthSpace);/giu, '')
      // An empty row between two breaks (Obsidian notes space their rows with "\\ \\"), which KaTeX numbers, (4), (5),
      // (6)… every other one beside nothing: one break with that space above the next row.
      .replace(/(?<!\\)\\\\(?:[ \t]*\n?[ \t]*\\\\(?![A-Za-z[]))+/gu, '\\\\[1em]')
      // A row break before an environment's end opens an empty last row, which KaTeX numbers ("(3)" under two rows).
      // (A break and a control space after it, Hugo's "\\\ " that survives its Markdown, goes too; a break is read from
      // the start of its run of backslashes, never from its second one.)
      .replace(/(?<!\\)\\\\(?:\[[^\]\n]*\])?(?:\s|\\ |\\(?:nonumber|notag)\b)*(?=\\end\{)/gu, '')
  );
}

/** A colour KaTeX reads: a name or a hexadecimal value. */
const katexColor = /^(?:#?[0-9a-f]{3,8}|[a-z]+)$/iu;

/**
 * A colour given as a variable of the author's stylesheet ("\\fcolorbox{var(--color-highlight)}{transparent}{…}", as
 * a Marp deck's own theme defines it), which KaTeX refuses (the formula in red): its fallback where it gives one that
 * KaTeX reads, else the text's own colour for a text or a frame and none for a box's ground, as a page without that
 * stylesheet would show it.
 */
function themeColors(latex: string): string {
  const variable = String.raw`\{\s*var\(\s*--[\w-]+\s*(?:,\s*((?:[^(){}]|\([^(){}]*\))*?))?\s*\)\s*\}`;
  const value = (fallback: string | undefined, ground: boolean): string =>
    `{${fallback !== undefined && katexColor.test(fallback.trim()) ? fallback.trim() : ground ? 'transparent' : 'currentColor'}}`;
  return latex
    .replace(
      new RegExp(String.raw`(\\(?:textcolor|color|fcolorbox)\s*)${variable}`, 'gu'),
      (_, command: string, fallback?: string) => command + value(fallback, false),
    )
    .replace(new RegExp(String.raw`(\\colorbox\s*)${variable}`, 'gu'), (_, command: string, fallback?: string) => command + value(fallback, true))
    .replace(
      new RegExp(String.raw`(\\fcolorbox\s*\{[^{}]*\}\s*)${variable}`, 'gu'),
      (_, command: string, fallback?: string) => command + value(fallback, true),
    );
}

/** The patterns of a text command's argument (LaTeX's own, and the document's `textMacros`), made once per set of names. */
const textPatternCache = new Map<string, { test: RegExp; argument: RegExp }>();
function textPatterns(textMacros: readonly string[]): { test: RegExp; argument: RegExp } {
  const own = textMacros.filter((name) => /^\\[A-Za-z]+$/u.test(name)).map((name) => name.slice(1));
  const commands = ['text(?:rm|it|bf|sf|tt|normal|up)?', 'mbox', ...own].join('|');
  let patterns = textPatternCache.get(commands);
  if (!patterns) {
    patterns = { test: new RegExp(`\\\\(?:${commands})\\{[^{}]*[_#%]`, 'u'), argument: new RegExp(`(\\\\(?:${commands})\\{)([^{}]*)\\}`, 'gu') };
    textPatternCache.set(commands, patterns);
  }
  return patterns;
}

/** The macros of a table that set their one argument as text (`\\nl` of "\\textsf{#1}"): names with their backslash. */
export const textMacroNames = (macros: Readonly<Record<string, unknown>>): string[] =>
  Object.entries(macros)
    .filter(([, body]) => typeof body === 'string' && /^\s*\\(?:text(?:rm|it|bf|sf|tt|normal|up)?|mbox)\s*\{\s*#1\s*\}\s*$/u.test(body))
    .map(([name]) => name);

/** Whether a formula's rows, outside its environments, are broken with a row break (two backslashes) and aligned at &. */
function alignedAtTop(latex: string): boolean {
  const top = outsideEnvironments(latex);
  return /(?<!\\)&/u.test(top) && /\\\\(?![A-Za-z])/u.test(top);
}

/** A formula with its environments' bodies (`\\begin{cases}…\\end{cases}`, nested ones too) left out: what stands at its top level. */
function outsideEnvironments(latex: string): string {
  let out = latex;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/\\begin\{([^{}]+)\}(?:(?!\\begin\{)[\s\S])*?\\end\{\1\}/gu, ' ');
  }
  return out;
}

/**
 * Plain TeX's matrices, which MathJax reads and KaTeX does not: "\pmatrix{0&1\\1&0}", "\matrix{…}", "\cases{…}" as
 * the environments of the same name (their rows and columns as written). Braces are matched; one left open stays as it is.
 */
function plainTexMatrices(latex: string): string {
  let out = '';
  let from = 0;
  for (const m of latex.matchAll(/\\(pmatrix|matrix|cases)\s*\{/gu)) {
    if (m.index < from) continue;
    let depth = 1;
    let k = m.index + m[0].length;
    for (; k < latex.length && depth > 0; k += 1) {
      if (latex[k] === '\\') k += 1;
      else if (latex[k] === '{') depth += 1;
      else if (latex[k] === '}') depth -= 1;
    }
    if (depth > 0) break;
    const name = m[1] ?? 'matrix';
    out += `${latex.slice(from, m.index)}\\begin{${name}}${plainTexMatrices(latex.slice(m.index + m[0].length, k - 1))}\\end{${name}}`;
    from = k;
  }
  return out + latex.slice(from);
}

/**
 * A display environment from a line that opens it to the line that closes it
 * (a paragraph of its own, or lines of one): between $$, as lectern typesets
 * display math, on the same lines. An environment KaTeX lacks is written as
 * the nearest it has (eqnarray's three columns as an array).
 */
function environments(prose: string): string {
  if (!prose.includes('\\begin{')) return prose;
  const lines = prose.split('\n');
  // Inside a formula the author delimited ($$ ... $$, \[ ... \]) an environment is already math.
  let delimited = false;
  // Where the search for an environment's end last failed, by its name: an opening of the same name before that line
  // would fail at the same blank line or end (a text of environments never closed took quadratic time).
  const unclosedUntil = new Map<string, number>();
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // (In a quotation too, "> \\begin{align}", its prefix kept: a MyST box's proof quoted under its title.)
    const open = /^( {0,3}(?:> ?)*)\\begin\{([a-z]+)(\*?)\}/u.exec(line);
    const name = open?.[2] ?? '';
    if (!open || delimited || displayEnvironments[name] === undefined) {
      // (Not the dollars of two inline formulas that touch, "$E(X)=$$\sum_k E(X_k)$": text on both sides, no display.)
      if ((line.match(/(?<!\S)\$\$|\$\$(?!\S)/gu)?.length ?? 0) % 2 === 1) delimited = !delimited;
      // \[ opens (on a line of its own, or before the formula's first row: "\\[ H(S) = …"), \] closes, wherever it
      // stands: set, not toggled, so a closing line after an opening with text does not turn the count over.
      const opens = /^\s*\\\\?\[/u.test(line) && !/\\\\?\]\s*$/u.test(line);
      const closes = /\\\\?\]\s*$/u.test(line) && !/^\s*\\\\?\[/u.test(line);
      if (opens) delimited = true;
      else if (closes) delimited = false;
      continue;
    }
    const star = open[3] ?? '';
    if ((unclosedUntil.get(`${name}${star}`) ?? -1) > i) continue;
    const closing = new RegExp(`\\\\end\\{${name}${star ? '\\*' : ''}\\}\\s*$`, 'u');
    let end = i;
    while (end < lines.length && !closing.test(lines[end] ?? '') && (end === i || (lines[end] ?? '').trim() !== '')) end += 1;
    if (end >= lines.length || !closing.test(lines[end] ?? '')) {
      unclosedUntil.set(`${name}${star}`, end);
      continue;
    }
    const katexName = displayEnvironments[name] ?? '';
    const begin = katexName === '' ? '' : katexName === 'array' ? '\\begin{array}{rcl}' : `\\begin{${katexName}${star}}`;
    const finish = katexName === '' ? '' : katexName === 'array' ? '\\end{array}' : `\\end{${katexName}${star}}`;
    lines[i] = `${open[1] ?? ''}$$${begin}${(lines[i] ?? '').slice(open[0].length)}`;
    lines[end] = `${(lines[end] ?? '').replace(closing, '')}${finish}$$`;
    i = end;
  }
  return lines.join('\n');
}

/**
 * Displayed formulas: \[ on a line of its own to \] on a line of its own, the
 * lines between kept. Each line is looked at once: a search for the closing
 * line stops at the next opening one.
 */
function displayed(prose: string, formula: (tex: string) => boolean): string {
  const lines = prose.split('\n');
  const opening = /^([ \t]*)\\\\?\[[ \t]*$/u;
  const closing = /^[ \t]*\\\\?\][ \t]*$/u;
  for (let i = 0; i < lines.length; i += 1) {
    const open = opening.exec(lines[i] ?? '');
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '') && !opening.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length || !closing.test(lines[end] ?? '')) {
      i = end - 1;
      continue;
    }
    if (formula(lines.slice(i + 1, end).join('\n'))) {
      // A doubled opening (`\\[`, written for a site whose Markdown reads the text before MathJax does) has its
      // formula escaped for that Markdown too: `\\begin{array}`, `\\\\` for a line break. Its escapes are undone.
      if ((lines[i] ?? '').includes('\\\\[')) for (let k = i + 1; k < end; k += 1) lines[k] = unescapeMarkdown(lines[k] ?? '');
      lines[i] = `${open[1] ?? ''}$$`;
      lines[end] = `${open[1] ?? ''}$$`;
    }
    i = end;
  }
  return lines.join('\n');
}

/**
 * A LaTeX table in text (`\begin{tabular}{|c|r|}` … `\end{tabular}`, in a `center` or `table` environment or not, as an
 * Org or Beamer lecture writes one): a Markdown table of the same rows and cells, its first row the header, each column
 * aligned as the specification says; `\hline` and booktabs' rules go, `\textbf{…}` is bold, `\textit{…}` and `\emph{…}`
 * italics, a cell's formulas stay. KaTeX sets no `tabular`, and its cells are text, not math. Null when the text holds
 * no such table, or anything besides it but its environments and a caption.
 */
export function latexTable(tex: string): string[] | null {
  const m = /\\begin\{tabular\*?\}(?:\{[^{}]*\})?\{((?:[^{}]|\{[^{}]*\})*)\}([\s\S]*?)\\end\{tabular\*?\}/u.exec(tex);
  if (!m) return null;
  const outside = tex
    .replace(m[0], '')
    .replace(/\\(?:begin|end)\{(?:center|table\*?|centering)\}(?:\[[^\]]*\])?|\\centering\b|\\caption\{[^{}]*\}|\\label\{[^{}]*\}/gu, '')
    .trim();
  if (outside !== '') return null;
  const aligns = [
    ...(m[1] ?? '')
      .replace(/[pmb]\{[^{}]*\}/gu, 'l')
      .replace(/@\{[^{}]*\}|[|!<>]/gu, '')
      .matchAll(/[lcrX]/gu),
  ].map((a) => (a[0] === 'c' ? ':-:' : a[0] === 'r' ? '--:' : '---'));
  const cellText = (cell: string): string =>
    cell
      .trim()
      .replace(/\\textbf\{([^{}]*)\}/gu, '**$1**')
      .replace(/\\(?:textit|emph)\{([^{}]*)\}/gu, '*$1*')
      .replace(/\\texttt\{([^{}]*)\}/gu, '`$1`')
      .replace(/\\(?:multicolumn\{\d+\}\{[^{}]*\}|text(?:rm|sf|normal)?)\{([^{}]*)\}/gu, '$1')
      .replace(/\\([&%#_{}])/gu, '$1')
      .replace(/(?<!\\)~/gu, ' ')
      // (A formula trimmed inside its dollars, "$(A \cap B) $": Markdown reads none that ends on a space.)
      .replace(/\$([^$]+)\$/gu, (_, f: string) => `$${f.trim()}$`)
      .replace(/\|/gu, '\\|');
  const rows = (m[2] ?? '')
    .replace(/\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\}|cmidrule(?:\([^)]*\))?\{[^{}]*\})/gu, '')
    .split(/\\\\(?:\[[^\]]*\])?/u)
    .map((row) => row.trim())
    .filter((row) => row !== '')
    .map((row) => row.split(/(?<!\\)&/u).map(cellText));
  const width = Math.max(aligns.length, ...rows.map((r) => r.length));
  if (rows.length === 0 || width < 1) return null;
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, k) => cells[k] ?? '').join(' | ')} |`;
  return [line(rows[0] ?? []), `|${Array.from({ length: width }, (_, k) => aligns[k] ?? '---').join('|')}|`, ...rows.slice(1).map(line)];
}
