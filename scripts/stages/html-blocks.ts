// A raw HTML block in a Markdown document -> blocks the deck can show safely.
// Nothing of the markup runs or shows as source: a <pre> diagram stays a
// block of lines, <details> shows its summary (its body goes to the notes
// as a paragraph of its own), an <img> becomes a Markdown image, and every
// other tag leaves only its text, entities decoded.
import { decodeHTML } from 'entities';
import type { Block } from '../types.ts';
import { fenced } from './fence.ts';
import { inlineFormula } from './sentences.ts';
import { inBold, visibleText } from './text-size.ts';
import { escapeMarkdown } from './units.ts';

/**
 * An HTML tag, its attributes' quoted values read whole: a value may hold ">" (UnoCSS's `class="[&>*]:leading-10"`),
 * which a tag read to its first ">" would cut, leaving the rest as text.
 */
// (Not after a backslash: "\<path>" is the text "<path>", as CommonMark reads an escaped bracket.)
const tagSource = String.raw`(?<!\\)<\/?[a-zA-Z][\w:-]*(?:\s(?:"[^"]*"|'[^']*'|[^<>"'])*)?\/?>`;
const htmlTag = (): RegExp => new RegExp(tagSource, 'gu');

const dropped = /<(script|style|template|iframe|object|svg|math|noscript)\b[\s\S]*?<\/\1\s*>/giu;

/** An attribute of a tag (`alt="…"`, `src='…'`, `width=300`), entities decoded; also what a Liquid include is given (`note="…"`). */
export function attribute(tag: string, name: string): string | null {
  // (A value in typographic quotes, as a word processor's autocorrect leaves it, `title=”Projet démo par région"`, is
  // the words between them: it had read '”Projet'.)
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|[“”]([^"“”]*)["“”]|([^\\s>]+))`, 'iu').exec(tag);
  return m ? decodeHTML(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/**
 * A picture as Markdown, its description escaped and on one line (an alt text the author wrapped over lines made the
 * image a paragraph of text with a picture in it), and its path's spaces and parentheses encoded.
 */
const pictureMarkdown = (src: string, alt: string): string =>
  `![${escapeMarkdown(alt.replace(/\s+/gu, ' ').trim())}](${src.replace(/[\s()]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;

/** An <img> tag as a Markdown image, its alt text and path kept (the image rules decide later whether it can show). */
function imageMarkdown(tag: string): string {
  const src = attribute(tag, 'src');
  return src ? pictureMarkdown(src, attribute(tag, 'alt') ?? '') : '';
}

/**
 * A <figure> of one picture and its <figcaption>: the picture alone, captioned as the page shows it (the caption is its
 * description: the slide shows that under it), not the picture with its caption run on after it as a line of text. A
 * caption with a formula or a link stays text under the picture.
 */
function figures(html: string): string {
  if (!/<figcaption\b/iu.test(html)) return captionedDivs(html);
  return html.replace(/<figure\b[^>]*>([\s\S]*?)<\/figure\s*>/giu, (whole, inner: string) => {
    const pictures = inner.match(/<img\b[^>]*>/giu) ?? [];
    const caption = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/iu.exec(inner)?.[1] ?? '';
    // A picture in Markdown inside the figure ("![portada](/img/race.png)" over its <figcaption>, as MDX pages write it).
    const written = pictures.length === 0 ? [...inner.replace(/<figcaption\b[\s\S]*?<\/figcaption\s*>/giu, '').matchAll(markdownPicture)] : [];
    // (Its caption's Markdown, "**Fig 1**. Race ([link](https://…))", as the words it shows.)
    const words = (written.length > 0 ? visibleText(textOf(caption)) : textOf(caption)).replace(/\s+/gu, ' ').trim();
    const src = pictures[0] === undefined ? (written.length === 1 ? (written[0]?.[2] ?? null) : null) : attribute(pictures[0], 'src');
    if (pictures.length + written.length !== 1 || !src || words === '') return whole;
    // (A caption with a formula or a link is text under the picture, a paragraph of its own: it had run on after the
    // picture in one line, and the picture had shown as "[image: Figure 1]" in it.)
    if (/\$|<a\b/iu.test(caption)) {
      const alt = pictures[0] === undefined ? (written[0]?.[1] ?? '') : (attribute(pictures[0], 'alt') ?? '');
      return `\n\n\u0001${pictureMarkdown(src, alt)}\u0001\n\n<p>${caption.trim()}</p>\n\n`;
    }
    return `\n\n\u0001${pictureMarkdown(src, words)}\u0001\n\n`;
  });
}

/**
 * A figure written with <div>s ("<div class="fig"><img src="…"><div class="figcaption">…</div></div>", as course notes of
 * older sites lay them out): one picture and one element whose class is a caption, and no other text, is that picture
 * captioned, as a <figure> is. Its caption had shown as a point of its own on the next slide, under another title.
 */
function captionedDivs(html: string): string {
  const pictures = html.match(/<img\b[^>]*>/giu) ?? [];
  // (A class that says caption in short too, "thecap" inside "imgcap"; the element that holds the picture is not its caption.)
  const captions = [...html.matchAll(/<(div|p|span)\b[^>]*\bclass\s*=\s*["']([^"']*)["'][^>]*>((?:(?!<\1\b|<img\b)[\s\S])*?)<\/\1\s*>/giu)]
    .filter((m) => (m[2] ?? '').split(/\s+/u).some((name) => /caption|cap$/iu.test(name)))
    .map((m) => [m[0], m[1], m[3]] as const);
  if (pictures.length === 1 && captions.length === 0 && !/<figure\b/iu.test(html)) return textUnderPicture(html, pictures[0] ?? '');
  if (pictures.length !== 1 || captions.length !== 1 || /<figure\b/iu.test(html)) return html;
  const [caption] = captions;
  const src = attribute(pictures[0] ?? '', 'src');
  const words = textOf(caption?.[2] ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
  const rest = textOf(html.replace(caption?.[0] ?? '', '')).trim();
  if (!src || words === '' || rest !== '' || /\$|\\\(|<a\b/iu.test(caption?.[2] ?? '')) return html;
  return `\n\n\u0001${pictureMarkdown(src, words)}\u0001\n\n`;
}

/**
 * A box of <div>s that holds one picture and, under it, one run of text in <em>, <i>, <small> or <span> and nothing
 * else ("<div class="gallery-box">" over the picture's <div> over "<em>Self-reported life satisfaction against GDP per
 * capita. Taken from …</em>", a blog's figure): that picture captioned by that text. Its caption had stood alone on
 * the slide after it. (A <div> or <p> of text under a picture is the page's text, as a class that only holds the
 * letters of a caption's is.)
 */
function textUnderPicture(html: string, picture: string): string {
  if (!/^\s*<div\b/iu.test(html)) return html;
  const at = html.indexOf(picture);
  const after = html.slice(at + picture.length);
  const elements = [...after.matchAll(/<(em|i|span|small)\b[^>]*>((?:(?!<\/?(?:div|img)\b)[\s\S])*?)<\/\1\s*>/giu)].filter(
    (m) => textOf(m[2] ?? '').trim() !== '',
  );
  const src = attribute(picture, 'src');
  const words = textOf(elements[0]?.[2] ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!src || elements.length !== 1 || words === '' || textOf(html.slice(0, at)).trim() !== '' || /\$|\\\(|<a\b/iu.test(elements[0]?.[2] ?? '')) return html;
  if (textOf(after).replace(/\s+/gu, ' ').trim() !== words) return html;
  return `\n\n\u0001${pictureMarkdown(src, words)}\u0001\n\n`;
}

/** A Markdown picture, `![alt](src)` (a title after its path allowed). */
const markdownPicture = /!\[([^\]\n]*)\]\(<?([^()\s<>]+)>?(?:\s+"[^"\n]*")?\)/gu;

/** A file a browser shows as a picture (an <object>'s or <embed>'s, as remark decks embed their drawings). */
export const pictureFile = /\.(?:svg|png|jpe?g|gif|webp|avif|bmp)(?:[?#][^\s"'<>]*)?$/iu;

/**
 * An <object data="…"> or <embed src="…"> of a picture as a Markdown image, described by its title or the text it holds
 * for browsers that cannot show it; '' for anything else it may embed (a page, a plug-in), which cannot show on a slide.
 */
function embeddedPicture(tag: string, inner = ''): string {
  const src = attribute(tag, /^<object/iu.test(tag) ? 'data' : 'src') ?? '';
  if (!pictureFile.test(src) && !/^image\//iu.test(attribute(tag, 'type') ?? '')) return '';
  return pictureMarkdown(src, (attribute(tag, 'title') ?? textOf(inner).replace(/\s+/gu, ' ')).trim());
}

/** An <object> with what it holds, or an <embed>. */
const embedTag = /(<object\b[^>]*>)([\s\S]*?)<\/object\s*>|<embed\b[^>]*>/giu;

/** Text with its embedded pictures (`<object data="cdn.svg"></object>`, `<embed src>`) as Markdown images, each wrapped in `mark`. */
const embeddedPictures = (text: string, mark = ''): string =>
  /<(?:object|embed)\b/iu.test(text)
    ? text.replace(embedTag, (tag: string, open?: string, inner?: string) => `${mark}${embeddedPicture(open ?? tag, inner)}${mark}`)
    : text;

/** An <iframe> as a link to the page it embeds ("[youtube.com/embed/lyZQPjUT5B4](https://…)"), named by its title where it has one; nothing for a page that is not on the web. */
function embedLink(tag: string): string {
  return webLink(attribute(tag, 'src') ?? '', attribute(tag, 'title')?.trim()) ?? '';
}

/**
 * A link to a page on the web, named by its title or else its address without the scheme; null for any other address.
 * A long address is named without its query and fragment (an embedded Python Tutor's program, 2,000 characters of
 * it, had run off its slide), and a long path by its host alone.
 */
export function webLink(url: string, title?: string): string | null {
  if (!/^https?:\/\/[^\s<>"'()]+$/iu.test(url)) return null;
  const bare = url.replace(/^https?:\/\/(?:www\.)?/iu, '');
  const page = bare.length > 60 ? bare.replace(/[?#][\s\S]*$/u, '') : bare;
  const name = page.length > 60 ? page.replace(/\/[\s\S]*$/u, '') : page;
  return `[${escapeMarkdown(title || name)}](${url})`;
}

/** The elements of HTML (and of SVG and MathML that a page may hold): a tag of another name is no element. */
const htmlElements = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd ' +
    'del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i ' +
    'iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param ' +
    'picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub summary sup table ' +
    'tbody td template textarea tfoot th thead time title tr track u ul var video wbr center big tt strike nobr acronym marquee blink ' +
    'frame frameset noframes applet basefont dir listing plaintext xmp svg math g path rect circle line polyline polygon text tspan defs ' +
    'use symbol image mi mo mn ms mrow msub msup mfrac msqrt mtext'
  ).split(' '),
);

/**
 * In preformatted text, what looks like a tag but names no element ("at JSON.parse (<anonymous>)", "git clone <url>")
 * is the author's text: its angle brackets as entities, so that no later step takes it for markup (a browser would
 * hide it, which the author did not mean).
 */
function placeholdersAsText(html: string): string {
  return html.replace(new RegExp(tagSource, 'gu'), (tag) => {
    const name = /^<\/?([a-zA-Z][\w:-]*)/u.exec(tag)?.[1]?.toLowerCase() ?? '';
    return htmlElements.has(name) ? tag : tag.replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  });
}

/**
 * An element's text: tags gone, entities decoded, one line per block-level break. The source's own line
 * breaks are spaces, as a browser shows them ("<sup>\n Visit\n <a>warp.dev</a>\n to learn more.</sup>" is one
 * line), except in preformatted text (`pre`).
 */
function textOf(html: string, pre = false): string {
  const flowing = pre ? placeholdersAsText(html.replace(dropped, '')) : html.replace(dropped, '').replace(/\s+/gu, ' ');
  return decodeHTML(
    flowing
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(
        /<\/(?:p|div|li|tr|td|th|h[1-6]|dt|dd|table|ul|ol|blockquote|section|header|footer)>|<(?:p|div|li|tr|td|th|h[1-6]|table|ul|ol|blockquote|section|header|footer|hr)\b(?:"[^"]*"|'[^']*'|[^<>"'])*>/giu,
        '\n',
      )
      // Only tags (a name after "<") and comments: a diagram's arrows ("o <-- o <-- o") are text.
      .replace(new RegExp(`${tagSource}|<!--[\\s\\S]*?-->`, 'gu'), ''),
  );
}

/** A formula between dollars in a summary's words (sentences.ts' inlineFormula), kept as the page typesets it. */
const summaryFormula = new RegExp(`(${inlineFormula})`, 'u');

/** A <summary>'s words as Markdown: its text escaped, its code (`<code>sqliteonline.com</code>`) a code span. */
function summaryMarkdown(html: string): string {
  return html
    .split(/(<code\b[^>]*>[\s\S]*?<\/code\s*>)/iu)
    .map((part, k) => {
      const text = textOf(part).replace(/\s+/gu, ' ');
      // (A formula in TeX, "between $T_{chain}$ and $T_{cassette}$", is one on the page, which typesets it: not escaped.)
      if (k % 2 === 0)
        return text
          .split(summaryFormula)
          .map((t, f) => (f % 2 === 0 ? escapeMarkdown(t) : t))
          .join('');
      const ticks = '`'.repeat(Math.max(0, ...(text.match(/`+/gu) ?? []).map((r) => r.length)) + 1);
      return text.trim() === '' ? '' : `${ticks}${text.trim()}${ticks}`;
    })
    .join('')
    .trim();
}

function paragraphs(html: string, line: number): Block[] {
  const out: Block[] = [];
  // Images keep their alt text and path; the image rules decide later whether they can show. An embedded
  // page (a video's <iframe>) cannot play on a slide or a PDF: it is a link to what it shows.
  const withImages = embeddedPictures(
    figures(html)
      .replace(/<img\b[^>]*>/giu, (tag) => `\u0001${imageMarkdown(tag)}\u0001`)
      // A picture written in Markdown on a line of its own inside the HTML (a site's figure shortcode, read as one, in a
      // layout's `<div class="col-6">`): the picture, not its markup as text.
      .replace(
        /^[ \t]*!\[([^\]\n]*)\]\((?:<([^<>\n]+)>|([^()\s<>]+))\)[ \t]*$/gmu,
        (_, alt: string, bracketed?: string, bare?: string) => `\u0001${pictureMarkdown(bracketed ?? bare ?? '', alt)}\u0001`,
      )
      .replace(/<iframe\b[^>]*>[\s\S]*?<\/iframe\s*>/giu, (tag) => `\n\n\u0001${embedLink(tag)}\u0001\n\n`),
    '\u0001',
  );
  // (A displayed formula over lines is one line here: its TeX reads the same.)
  const flowing = textOf(withImages).replace(/(?<![\\$])\$\$[^$]+?\$\$/gu, (formula) => formula.replace(/\s*\n\s*/gu, ' '));
  for (const piece of flowing.split(/\n\s*\n|\n/u)) {
    // A formula that reads as TeX ("$\\log p_\\theta(\\bx)$" in a figure's caption) stays one: MathJax typesets it in the page;
    // so does a displayed one ("$$\\sum_{n}|h[n]|<\\infty.$$" in a site's <div class="definition">).
    const text = piece
      .split('\u0001')
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .split(/((?<![\\$])\$\$[^$]+?\$\$|(?<![\\$])\$(?!\$)[^$\n]+?(?<!\\)\$(?!\$))/u)
              .map((run, k) => (k % 2 === 1 && /[\\^_{}]/u.test(run) ? run : escapeMarkdown(run)))
              .join(''),
      )
      .join('')
      .replace(/[ \t]+/gu, ' ')
      .trim();
    if (text === '') continue;
    // Pictures only (one, or several side by side) are a picture block.
    out.push({ kind: /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$/u.test(text) ? 'image' : 'paragraph', text, line });
  }
  return galleries(out, /<figure\b/iu.test(html));
}

/**
 * Pictures laid out in a grid, each in an element of its own (a figure's `<div class="row">` of `<div class="col">`s,
 * six plots of one function for six values): one block of pictures side by side, as the page shows them, not a slide
 * each. A run of three or more, or of two inside a <figure>.
 */
function galleries(blocks: Block[], figure: boolean): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const flush = (): void => {
    if (run.length >= (figure ? 2 : 3)) out.push({ ...(run[0] as Block), text: run.map((b) => b.text).join(' ') });
    else out.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'image') run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}

/**
 * The info string of a fence that holds a document's <pre> block with its
 * inline markup: "q<sub>0</sub> := 0" shows its subscript (markdown.ts renders it).
 */
export const preHtml = 'pre-html';
/** The inline tags such a block keeps, without attributes. */
export const preMarkupTags = 'sub|sup|b|i|em|strong|u|mark|small|s|del|ins|kbd|var|samp';

/**
 * A <pre> block's content with its inline markup (`q<sub>0</sub>`, `<b>`),
 * or null when it has none: the markup kept as bare tags (no attributes),
 * other tags left out, entities as written. Its lines show as the document's
 * do (a fence of pre-html, markdown.ts).
 */
function markedUp(pre: string): string | null {
  const inner = placeholdersAsText(pre.replace(dropped, ''));
  const kept = new RegExp(`^</?(${preMarkupTags})\\b`, 'iu');
  if (!new RegExp(`<(?:${preMarkupTags})\\b[^>]*>`, 'iu').test(inner)) return null;
  return inner
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(htmlTag(), (tag) => {
      const name = kept.exec(tag)?.[1]?.toLowerCase();
      return name === undefined ? '' : tag.startsWith('</') ? `</${name}>` : `<${name}>`;
    })
    .replace(/^\n+|\s+$/gu, '');
}

/**
 * A Markdown link to `href` named `shown` (Markdown already), its address's spaces, brackets and parentheses escaped;
 * null for no address, no name, or an address a deck never links to (`javascript:`).
 */
function markdownLink(href: string | null | undefined, shown: string): string | null {
  if (!href || shown === '' || !/^(?:https?:|mailto:|#|\.{0,2}\/|[\w-]+(?:\.[\w-]+)*(?:\/|$))/iu.test(href)) return null;
  return `[${shown}](${href.replace(/[\s()<>]/gu, encodeURIComponent)})`;
}

/** A Markdown link in a cell, its text perhaps a picture (a contributor's avatar over their name: "[![](face.png)<br>Ana](…)"). */
const cellLink = String.raw`\[(?:!\[[^\]]*\]\([^)]*\)|[^\]])*\]\([^)]*\)`;

/**
 * A table cell's content as Markdown in a table row: its text with Markdown's characters (and the cell
 * separator) escaped, entities as written (Markdown decodes them), a link a link, a formula as written
 * (`$H_0$`), inline tags as inlineHtml shows them, and a list or paragraphs inside it on lines of their own.
 */
function cellMarkdown(html: string): string {
  const flowing = html
    .replace(dropped, '')
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/\s+/gu, ' ');
  const linked = flowing.replace(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/giu, (tag: string, text: string) => {
    const shown = cellMarkdown(text);
    return markdownLink(attribute(tag, 'href'), shown) ?? shown;
  });
  const escaped = linked
    .split(new RegExp(String.raw`(${tagSource}|${cellLink}|\$[^$]+\$)`, 'u'))
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/([\\`*_[\]|~])/gu, '\\$1')))
    .join('');
  return inlineHtml(escaped)
    .replace(/\|/gu, (bar, at: number, all: string) => (all[at - 1] === '\\' ? bar : '\\|'))
    .trim();
}

/**
 * A raw HTML table as a Markdown table: a row of its header cells (the rows of <th> it opens with, joined
 * column by column: "Sequence Length 256"), then its rows; a cell spanning columns or rows leaves the cells
 * it covers empty. Null for a table of one column, without rows, or holding another table: its text then.
 */
function htmlTable(html: string): string | null {
  if ((html.match(/<table\b/giu)?.length ?? 0) !== 1) return null;
  const rows: { cells: string[]; header: boolean }[] = [];
  // Cells spanning rows, by column: how many rows more they cover, and what they say (a body row repeats it:
  // a row that a slide shows apart from the first keeps its "7B").
  const spans = new Map<number, { left: number; text: string }>();
  for (const row of html.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tbody|<\/thead|<\/tfoot|<\/table|$)/giu)) {
    const cells: string[] = [];
    // A row of <th> only is a header row (a row's own heading, <th> before its <td>s, is not).
    const header = !/<td\b/iu.test(row[1] ?? '');
    let column = 0;
    const skipSpanned = (): void => {
      for (let span = spans.get(column); span && span.left > 0; span = spans.get(column)) {
        spans.set(column, { ...span, left: span.left - 1 });
        cells[column] = header ? '' : span.text;
        column += 1;
      }
    };
    for (const cell of (row[1] ?? '').matchAll(/<(th|td)\b([^>]*)>([\s\S]*?)(?=<t[hd]\b|<\/tr|$)/giu)) {
      skipSpanned();
      const tag = `<${cell[1] ?? 'td'}${cell[2] ?? ''}>`;
      const across = Math.max(1, Math.min(50, Number(attribute(tag, 'colspan') ?? 1) || 1));
      const down = Math.max(1, Math.min(500, Number(attribute(tag, 'rowspan') ?? 1) || 1));
      const text = cellMarkdown((cell[3] ?? '').replace(/<\/t[hd]\s*>\s*$/iu, ''));
      cells[column] = text;
      for (let k = 0; k < across; k += 1) {
        if (k > 0) cells[column + k] = '';
        if (down > 1) spans.set(column + k, { left: down - 1, text: k === 0 ? text : '' });
      }
      column += across;
    }
    skipSpanned();
    if (cells.length > 0) rows.push({ cells: Array.from(cells, (c) => c ?? ''), header });
  }
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (width < 2 || rows.length < 2) return null;
  const pad = (cells: string[]): string[] => [...cells, ...Array<string>(width - cells.length).fill('')];
  // The <th> rows it opens with are its header, joined column by column; else its first row is.
  let heads = 0;
  while (heads < rows.length - 1 && rows[heads]?.header) heads += 1;
  const headRows = rows.slice(0, Math.max(1, heads)).map((r) => pad(r.cells));
  const head = Array.from({ length: width }, (_, i) =>
    headRows
      .map((r) => r[i] ?? '')
      .filter((c) => c !== '')
      .join(' '),
  );
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.slice(Math.max(1, heads)).map((r) => line(pad(r.cells)))].join('\n');
}

/** Blocks for one raw HTML block, in the author's order. */
/**
 * An element that a deck framework's script handles when clicked (Slidev's `<span @click="$slidev.nav.next">Begin →</span>`
 * on its cover, Vue's `v-on:click`, a button's `onclick`): a control of the page it was written for, whose label is no
 * text of the talk. (The cover's subtitle had read "A Deep Dive · RUSTIN LIU · Begin".)
 */
const clickControl = /<([a-z][\w-]*)\b[^>]*\s(?:@click(?:\.[\w.]+)?|v-on:click(?:\.[\w.]+)?|onclick)\s*=[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1\s*>/giu;

/** A button, whatever script it is given to (a quiz page's "Vis svar", its answers shown by a script at the end): a control too, in a block or a line. */
const button = /<button\b[^>]*>[\s\S]*?<\/button\s*>/giu;

export function htmlToBlocks(html: string, line: number): Block[] {
  const blocks: Block[] = [];
  let rest = html.replace(clickControl, '').replace(button, '');
  const special =
    /<(div|pre)\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?mermaid(?:\s[^"']*)?["'][^>]*>([\s\S]*?)<\/\1\s*>|<pre\b[^>]*>([\s\S]*?)<\/pre\s*>|<details\b[^>]*>([\s\S]*?)<\/details\s*>|(<table\b[^>]*>[\s\S]*?<\/table\s*>)/iu;
  for (let m = special.exec(rest); m; m = special.exec(rest)) {
    blocks.push(...paragraphs(rest.slice(0, m.index), line));
    if (m[1] !== undefined) {
      // A Mermaid diagram a site's script draws (`<div class="mermaid">`, `<pre class="mermaid">`): a diagram, as a
      // fenced one is (its source is text; a tag inside it, a label's <br>, is Mermaid's to read).
      const source = decodeHTML(m[2] ?? '').replace(/^\n+|\s+$/gu, '');
      if (source.trim() !== '') blocks.push({ kind: 'code', text: fenced(source, 'mermaid'), line });
    } else if (m[5] !== undefined) {
      const table = htmlTable(m[5]);
      blocks.push(...(table ? [{ kind: 'table' as const, text: table, line }] : paragraphs(m[5], line)));
    } else if (m[3] !== undefined) {
      const marked = markedUp(m[3]);
      const text = marked ?? textOf(m[3], true).replace(/^\n+|\s+$/gu, '');
      if (text.trim() !== '') blocks.push({ kind: 'code', text: fenced(text, marked === null ? '' : preHtml), line });
    } else {
      const inner = m[4] ?? '';
      const summary = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/iu.exec(inner);
      const title = summary ? summaryMarkdown(summary[1] ?? '') : '';
      const body = summary ? inner.replace(summary[0], '') : inner;
      if (title !== '') blocks.push({ kind: 'paragraph', text: inBold(title), line });
      // What <details> folds away (often a solution) is for the speaker: notes only.
      for (const b of paragraphs(body, line)) blocks.push({ ...b, kind: 'paragraph', text: b.text, folded: true });
    }
    rest = rest.slice(m.index + m[0].length);
  }
  blocks.push(...paragraphs(rest, line));
  return blocks;
}

/** Inline tags a deck shows as what they are (without attributes): the renderer and the reader share this list. */
export const keptInlineTags = 'kbd|sub|sup|mark|small|s|u|ins|del|br|b|i|em|strong|code|var|samp|abbr|q|cite|dfn|wbr';
const keptInline = new RegExp(`^(?:${keptInlineTags})$`, 'iu');

/** A line break that a block tag inside running text stands for: dropped at the edge of its line or table cell, one of a run kept. */
const blockBreak = '\u0000';
const blockTags = /^(?:ul|ol|li|p|div|dl|dt|dd|h[1-6]|blockquote|table|tr|section|article|header|footer|figure|figcaption|center)$/u;

/** One inline tag in running text -> what the deck shows of it. */
function inlineTag(tag: string): string {
  const name = /^<\/?([a-zA-Z][\w-]*)/u.exec(tag)?.[1]?.toLowerCase() ?? '';
  if (name === 'img') return imageMarkdown(tag);
  if (name === 'br') return '<br>';
  // A list or paragraphs written in HTML inside a line (GitHub's idiom for a list in a table cell: "<ul><li>a</li><li>b</li></ul>")
  // keeps its items apart, each on a line of its own with its bullet, instead of running them together ("ab").
  if (blockTags.test(name)) return name === 'li' && !tag.startsWith('</') ? `${blockBreak}• ` : blockBreak;
  // Harmless inline tags stay, without their attributes; any other tag leaves only its text.
  if (keptInline.test(name)) return tag.startsWith('</') ? `</${name}>` : `<${name}>`;
  return '';
}

/**
 * An HTML link inside a line of Markdown (`<a href="https://…">the post</a>`) as a Markdown link, so it stays a link and
 * its address stays whole (its tags gone, a bare address would be read on into the emphasis round it: "…f6d558cea649_").
 * A link to no address this deck may show (`<a id="x">`, `javascript:`) leaves its text.
 */
function inlineLinks(text: string): string {
  if (!/<a\b/iu.test(text)) return text;
  return text.replace(/<a\b[^>]*>([^<]*(?:<(?!\/?a\b)[^<]*)*)<\/a\s*>/giu, (tag: string, inner: string) => {
    // (Not round lines or blocks, "<a href=…><img …><br><strong>Your app…</strong></a>": their text as before.)
    if (/<(?:br|p|div|ul|ol|li|table|h[1-6]|hr)\b/iu.test(inner)) return inner;
    return (
      markdownLink(
        attribute(tag, 'href'),
        inner
          .replace(/\s+/gu, ' ')
          .trim()
          .replace(/([[\]])/gu, '\\$1'),
      ) ?? inner
    );
  });
}

/**
 * Inline HTML in Markdown text (a `<span class="caption">`, an `<a id>`
 * anchor, an `<img>` with a long alt): the tags become what the deck can show
 * (an image, a kept `<kbd>`), the rest leaves its text. Code spans, fenced
 * code and link destinations in angle brackets (`![a](<my pic.png>)`) are left as written.
 */
export function inlineHtml(markdown: string): string {
  if (!/<\/?[a-zA-Z]/u.test(markdown)) return markdown;
  // Runs of lines outside fenced code; a tag may span lines (a long alt text).
  const segments: { code: boolean; lines: string[] }[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(?:`{3,}|~{3,})/u.test(line);
    const code = inFence || fence;
    if (fence) inFence = !inFence;
    const last = segments[segments.length - 1];
    if (last && last.code === code) last.lines.push(line);
    else segments.push({ code, lines: [line] });
  }
  return (
    segments
      .map((segment) =>
        segment.code
          ? segment.lines.join('\n')
          : segment.lines
              .join('\n')
              .split(/(`+[^`]*`+|\]\(\s*<[^<>\n]*>)/u)
              .map((part, i) =>
                i % 2 === 1
                  ? part
                  : embeddedPictures(inlineLinks(part.replace(button, '')))
                      .replace(dropped, '')
                      .replace(htmlTag(), inlineTag),
              )
              .join(''),
      )
      .join('\n')
      // An item that opens with a list of its own has no text before it to mark.
      .replace(/\u0000• [ \t]*(?=\u0000)/gu, '')
      .replace(/\u0000(?:[ \t]*\u0000)+/gu, blockBreak)
      .replace(/(^|\|)([ \t]*)\u0000[ \t]*|[ \t]*\u0000([ \t]*)(?=\||$)/gmu, '$1$2$3')
      .replace(/(?:<br>[ \t]*)?\u0000(?:[ \t]*<br>)?/gu, '<br>')
  );
}

/**
 * A raw HTML block that is one heading element and nothing else
 * (`<h3>Exercises 1.6.-1.14.</h3>`, `<h2 id="setup">Setting up</h2>`): its
 * level and its text as Markdown (a `<code>` element a code span, kept inline
 * tags as they are), or null. A heading that holds a picture or blocks (a
 * README's centred logo) is not one.
 */
export function htmlHeading(html: string): { level: number; text: string } | null {
  // A heading wrapped in a block that only places it (`<div align=center><h2>Setting up</h2></div>`) is that heading.
  let unwrapped = html;
  for (let k = 0; k < 2; k += 1) unwrapped = unwrapped.replace(/^\s*<(div|center)\b[^>]*>\s*(<h[1-6]\b[\s\S]*<\/h[1-6]\s*>)\s*<\/\1\s*>\s*$/iu, '$2');
  const m = /^\s*<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>\s*$/iu.exec(unwrapped);
  const inner = m?.[2];
  if (!m || inner === undefined || /<(?:img|svg|picture|h[1-6]|table|ul|ol|pre)\b/iu.test(inner)) return null;
  // Lines of a heading set in blocks or breaks (a Slidev cover's "<h1><div>Unpoly</div><div>pour reprendre…</div></h1>") are one title.
  const lines = inner.replace(/<\/?(?:div|p|span)\b[^>]*>|<br\s*\/?>/giu, (tag) => (/^<(?:br|\/div|\/p)/iu.test(tag) ? ' ' : ''));
  const text = inlineHtml(lines.replace(/<code>([^<`]*)<\/code>/giu, (_, code: string) => `\`${decodeHTML(code)}\``))
    .replace(/\s+/gu, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(text) ? { level: Number(m[1]), text } : null;
}
