// What the author hid never reaches a slide: HTML comments, Liquid/Jekyll
// tags ({% comment %}, {% raw %}, {% include %}, {{ page.x }}), mdBook's
// {{#include}} lines and the `# ` lines it hides in Rust examples, the code
// of R Markdown and Quarto chunks set not to show it (chunks.ts). Code is
// left byte for byte, except the template tags a site generator would have
// removed from it too. Removed text becomes blank lines, so line numbers in
// diagnostics still point into the author's file.
import { backtickInfoFences, closingLine, codeLines, codeSpan, divEnd, fenceClose, fenced, fencedChunks, fenceEnd, type Chunk } from './fence.ts';
import { callLine, closingCall, inlineShortcodes, shortcodeBlocks, shortcodeMath, usesShortcodes } from './shortcodes.ts';
import {
  attributeLists,
  distillMarks,
  franklinCommands,
  franklinRawHtml,
  tikzPictures,
  iconShortcodes,
  fencedDirectives,
  kramdownFenceClasses,
  pandocSimpleTables,
  pandocGridTables,
  headingAttributes,
  kindTitle,
  layoutCommands,
  tagLines,
  mdxCodeProperties,
  mdxExpressionProperties,
  mdxMath,
  mdxTitledComponents,
  mdxComponentIndents,
  mdxComments,
  mdxTabs,
  mdxImagePaths,
  mdxStatements,
  wordpressCaptions,
  definitionLists,
  mkdocsAdmonitions,
  pandocCitations,
  citesPandoc,
  refersAsQuarto,
  darkModePictures,
  sketchScripts,
  symbolLists,
  iconDirectives,
  outputElements,
  liascriptSteps,
  mermaidElements,
  liascriptHeader,
  markdownInHtml,
  headedDetails,
  wholeHtmlTables,
  layoutTables,
  equationNumbers,
  mystTargets,
  tagMathDirectives,
  mystMarkup,
  pymdownBlocks,
} from './directives.ts';
import MarkdownIt from 'markdown-it';
import { executableChunks } from './chunks.ts';
import { pandocFancyLists } from './fancy-lists.ts';
import { attribute, pictureFile, webLink } from './html-blocks.ts';
import { figureCaption } from './units.ts';
import { quartoBoxKinds, quartoLabels, quartoReferences, referenceKinds, texEquationLabels } from './crossrefs.ts';

export interface Unhidden {
  text: string;
  /** How many hidden items were kept out (comments, template tags, hidden code lines). */
  hidden: number;
  /** The text of what was kept out that has words in it (a comment's content), for `check`. */
  removed: string[];
  /** Boxes (fenced divs) that open with a heading, in the order they close (Markdown only). */
  boxes?: Box[];
}

// Liquid {% highlight lang %} ... {% endhighlight %} is Jekyll's code block.
const highlightBlock = /^[ \t]*\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}[ \t]*\n([\s\S]*?)\n?[ \t]*\{%-?\s*endhighlight\s*-?%\}[ \t]*$/gmu;
const templated =
  /\{%-?\s*(?:raw|endraw|comment|include|if|for|assign|capture|highlight|math|endmath|katex|endkatex|latex|endlatex|from|import|set|macro|endmacro|call|endcall|extends|block|endblock|hint|endhint|tabs|endtabs|tab|endtab|code|endcode|embed|content-ref|endcontent-ref|file|endfile|stepper|endstepper|step|endstep|link|post_url)\b|\{\{\s*(?:site|page|include|layout)\.|\{\{#(?:include|rustdoc_include|playground|title)\b/u;

/** The include of Python-Markdown's markdown-include extension (MkDocs), alone on its line: "{! ../src/hello.c !}". */
const markdownInclude = /^[ \t]*\{![ \t]*([^\s!{}]+)[ \t]*!\}[ \t]*$/u;
const markdownIncludes = new RegExp(markdownInclude.source, 'gmu');

/** A template's tag of any name alone on a line, set in or not ("\t\t{% responsive_image path: a.png %}"). */
const tagLine = /^[ \t]*\{%-?[ \t]*[a-z_][\w-]*(?:[ \t][^%\n]*)?-?%\}[ \t]*$/mu;

/** A template's block tag of any name, opened and closed ("{% exercise %}" … "{% endexercise %}"). */
function pairedTag(text: string): boolean {
  if (!text.includes('{%')) return false;
  for (const m of text.matchAll(/\{%-?\s*end([a-z][\w-]*)\s*-?%\}/gu)) if (new RegExp(`\\{%-?\\s*${m[1] ?? ''}\\b`, 'u').test(text)) return true;
  return false;
}

const blankOut = (text: string): string => text.replace(/[^\n]/gu, '');

/** Hidden items in prose: comments and template tags (and a site generator's shortcodes, `shortcodes`), outside code spans. */
/**
 * `%%…%%` in Markdown: Obsidian's comment (hidden), or in a MarkBind site (known by its components, `<box>`,
 * `<panel>`, `****bold****`, `{{ icon_… }}`) text shown dimmed, which a slide shows as plain text.
 */
type Percents = 'comment' | 'dim' | null;

const markBind = /<(?:box|panel|frontmatter|include|popover|tooltip|tab-group|tabs|question|quiz)\b|\*{4}[^*\s]|\{\{\s*icon_/u;

function unhideProse(text: string, liquid: boolean, shortcodes = false, percents: Percents = null): Unhidden {
  let hidden = 0;
  const removed: string[] = [];
  const drop = (whole: string): string => {
    hidden += 1;
    const words = whole
      .replace(
        /^(?:<!--|%%|\{%-?\s*comment\s*-?%\}|\{#-?|\{\{[<%]\s*comment\s*[>%]\}\})|(?:-->|%%|\{%-?\s*endcomment\s*-?%\}|-?#\}|\{\{[<%]\s*\/\s*comment\s*[>%]\}\})$/gu,
        '',
      )
      .trim();
    if (!/^[{<]/u.test(words) && /\p{L}/u.test(words)) removed.push(words);
    return blankOut(whole);
  };
  // Code spans are the author's code: protect them first (same run of backticks opens and closes).
  const spans: string[] = [];
  let out = text.replace(codeSpan, (span) => {
    spans.push(span);
    return `\u0000${spans.length - 1}\u0000`;
  });
  out = out.replace(/<!--[\s\S]*?(?:-->|$)/gu, drop);
  // An element the page never shows: one with the hidden attribute or set not to display ("<div hidden>",
  // '<span style="display:none">'), and a <template>'s content. With what it holds (the same element nested inside
  // it aside).
  if (/<[a-zA-Z][^>]*(?:\shidden(?=[\s=>/])|display\s*:\s*none|visibility\s*:\s*hidden)|<template\b/iu.test(out))
    out = out
      .replace(
        /<([a-zA-Z][\w-]*)\b(?=[^>]*?(?:\shidden(?=[\s=>/])|\sstyle\s*=\s*(["'])[^"'>]*?(?:display\s*:\s*none|visibility\s*:\s*hidden)[^"'>]*\2))[^>]*>[\s\S]*?<\/\1\s*>/giu,
        drop,
      )
      .replace(/<template\b[^>]*>[\s\S]*?<\/template\s*>/giu, drop);
  // Obsidian's comments ("%% TODO: fix the example %%", inline or over lines): the author's, not the reader's;
  // MarkBind's dimmed text: its words. Between spaces or line ends, with words inside and no formula ("$…%%…$" is TeX).
  if (percents !== null && out.includes('%%'))
    out = out.replace(
      /(^|[ \t])(%%(?!%)(?:(?!%%)[^$])*?\p{L}(?:(?!%%)[^$])*?%%)(?=[ \t.,;:!?)]|$)/gmu,
      (_, before: string, comment: string) => before + (percents === 'dim' ? comment.slice(2, -2) : drop(comment)),
    );
  // Jinja's and Nunjucks' comments (MkDocs macros, 11ty, Sphinx templates): "{# not for the students #}", on a line or over lines,
  // code with braces in it too (a box of code the author kept from the students, "parent = {}"); never past another "{#".
  if (out.includes('{#')) out = out.replace(/\{#-?[ \t\n](?:(?!#\}|\{#)[\s\S])*?\p{L}(?:(?!#\}|\{#)[\s\S])*?[ \t\n]-?#\}/gu, drop);
  // An include of another file, in prose as in code (markdown-include's "{! ../assets/src/hello.c !}"): the site shows
  // that file, which we do not have, never the tag.
  if (out.includes('{!')) out = out.replace(markdownIncludes, drop);
  // A site's own comment shortcode ("{{< comment >}} … {{< /comment >}}"), what it holds too.
  if (shortcodes) out = out.replace(/\{\{([<%])\s*comment\s*[>%]\}\}[\s\S]*?\{\{[<%]\s*\/\s*comment\s*[>%]\}\}/gu, drop);
  if (shortcodes) out = inlineShortcodes(out, drop, (n) => spans[n]);
  const sideNotes: string[] = [];
  if (liquid) {
    out = out.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?(?:\{%-?\s*endcomment\s*-?%\}|$)/gu, drop);
    out = tufteIncludes(pictureTags(out), sideNotes, drop);
    out = gitbookBlocks(out);
    // {% raw %} only tells Liquid to leave what it holds alone: keep the content as written (its own {{ … }} too,
    // which the page shows), drop the tags.
    const raw: string[] = [];
    out = out.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/gu, (_, content: string) => {
      hidden += 2;
      return `\u0001${raw.push(content) - 1}\u0001`;
    });
    out = out.replace(/\{%-?\s*(?:raw|endraw)\s*-?%\}/gu, drop);
    // jekyll-scholar's citation ("Reading: {% cite Landau:1980aa %}.") shows the work cited, which the deck cannot look
    // up: its keys, as the site's label does ("[Landau:1980aa]"), not nothing ("Reading: .").
    out = out.replace(/\{%-?\s*cite\s+([^%]*?)\s*-?%\}/gu, (whole, args: string) => {
      const keys: string[] = [];
      for (const word of args.split(/\s+/u)) {
        if (word.startsWith('-')) break;
        if (word !== '') keys.push(word);
      }
      return keys.length === 0 ? drop(whole) : `\\[${keys.join(', ')}\\]`;
    });
    // A loop over the site's data ("{%- for t in topicdocs -%}" over a table row of "{{ t.description }}"): what it
    // shows is data the deck does not have, never its row with the cells left empty.
    out = out.replace(/\{%-?\s*for\s+(\w+)\s+in\b[^%]*%\}([\s\S]*?)\{%-?\s*endfor\s*-?%\}/gu, (whole, name: string, body: string) =>
      new RegExp(`\\{\\{-?\\s*${name}\\b`, 'u').test(body) ? drop(whole) : whole,
    );
    out = out.replace(/\{%[\s\S]*?%\}/gu, drop);
    out = out.replace(/\{\{[\s\S]*?\}\}/gu, drop);
    out = out.replace(/\u0001(\d+)\u0001/gu, (_, n: string) => raw[Number(n)] ?? '');
  }
  // Side notes become footnotes (split-markdown folds them into the speaker notes), defined after the text.
  if (sideNotes.length > 0) out += `\n\n${sideNotes.join('\n\n')}\n`;
  // PyMdown's InlineHilite names a span's language before its code ("`#!python start=2`"): the page shows the code.
  out = out.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => {
    const span = spans[Number(n)] ?? '';
    const hilite = /^(`+)(\s?)#![A-Za-z][\w+#-]*[ \t]+(?=\S)/u.exec(span);
    if (hilite === null) return span;
    hidden += 1;
    return `${hilite[1] ?? ''}${hilite[2] ?? ''}${span.slice(hilite[0].length)}`;
  });
  return {
    text: hidden > 0 ? closeGaps(text, out) : out,
    hidden,
    removed: removed.map((r) => r.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => spans[Number(n)] ?? '')),
  };
}

/**
 * The Tufte theme's includes (Jekyll course notes such as Stanford CS228's): a side or margin note
 * (`{% include sidenote.html id="x" note="…" %}`) is the author's text beside the paragraph, a footnote
 * here (its definition added to `notes`); a figure (`marginfigure.html url=… description=…`,
 * `maincolumn_img.html src=…`, and other themes' `figure.html image=…`) is a picture with its description; a theme's
 * button (`button.html text=… link=…`) is a link. Other includes are left for `drop`.
 */
function tufteIncludes(text: string, notes: string[], drop: (whole: string) => string): string {
  if (!text.includes('include')) return text;
  return (
    text
      .replace(/\{%-?\s*include\s+(?:sidenote|marginnote)\.html\b([\s\S]*?)-?%\}/gu, (whole, attributes: string) => {
        const note = attribute(attributes, 'note');
        if (note === null || note.trim() === '') return drop(whole);
        const id = `sn-${(attribute(attributes, 'id') ?? String(notes.length + 1)).replace(/[^\w-]/gu, '-')}`;
        notes.push(`[^${id}]: ${note.replace(/\s+/gu, ' ').trim()}`);
        return `[^${id}]`;
      })
      // A button or a link a theme draws ("{% include button.html text=\"20th-Century Addresses\" link=\"https://…\" %}"): the
      // link, named by its text.
      .replace(/\{%-?\s*include\s+(?:button|btn|link|link-button)(?:\.html|\.liquid)?(?=\s)([\s\S]*?)-?%\}/gu, (whole, attributes: string) => {
        const href = attribute(attributes, 'link') ?? attribute(attributes, 'url') ?? attribute(attributes, 'href');
        const label = attribute(attributes, 'text') ?? attribute(attributes, 'label') ?? attribute(attributes, 'title');
        if (!href || !/^(?:https?:|mailto:|\.{0,2}\/|#)/iu.test(href.trim()) || !label?.trim()) return drop(whole);
        return `[${label.replace(/[[\]\n]/gu, ' ').trim()}](<${href.trim()}>)`;
      })
      .replace(
        /\{%-?\s*include\s+(?:marginfigure|maincolumn_img|fullwidth|figure|image)(?:\.html|\.liquid)?(?=\s)([\s\S]*?)-?%\}/gu,
        (whole, attributes: string) => {
          // (Other themes' figures too: a course site's "figure.html image=…", Minimal Mistakes' "figure image_path=…",
          // al-folio's "figure.liquid path=…": a bioinformatics workshop's plots had been left out with the tags.)
          const src = ['url', 'src', 'path', 'image', 'image_path', 'file', 'img'].reduce<string | null>(
            (found, name) => found ?? attribute(attributes, name),
            null,
          );
          if (src === null || src.trim() === '') return drop(whole);
          const alt =
            attribute(attributes, 'description') ?? attribute(attributes, 'alt') ?? attribute(attributes, 'caption') ?? attribute(attributes, 'title') ?? '';
          // A picture of its own, even where the include ends a line of the paragraph above it.
          return `\n\n![${alt.replace(/[[\]\n]/gu, ' ').trim()}](<${src.trim()}>)\n\n`;
        },
      )
  );
}

/**
 * A Jekyll plugin's picture tags: jekyll-responsive-image's `{% responsive_image path: assets/img/bonds.png alt: "…" %}`,
 * jekyll_picture_tag's `{% picture assets/cat.jpg --alt A cat %}`, Octopress' `{% img /images/cat.png A cat %}`: the
 * picture they show, its alt text where they give one. Only a path to a picture file (.png, .jpg, .svg…) is one.
 */
function pictureTags(text: string): string {
  if (!/\{%-?\s*(?:responsive_image|picture|img)\s/u.test(text)) return text;
  return text.replace(/\{%-?\s*(responsive_image|picture|img)\s+([^%]*?)-?%\}/gu, (whole, tag: string, args: string, at: number) => {
    const src =
      tag === 'responsive_image'
        ? (/(?:^|\s)path:\s*(["']?)([^\s"']+)\1/u.exec(args)?.[2] ?? null)
        : (args.split(/\s+/u).find((word) => pictureFile.test(word) && !word.startsWith('--')) ?? null);
    if (src === null || !pictureFile.test(src)) return whole;
    const alt =
      tag === 'responsive_image'
        ? (/(?:^|\s)alt:\s*(["'])(.*?)\1/u.exec(args)?.[2] ?? '')
        : tag === 'picture'
          ? (/--alt\s+(.*?)(?:\s--|$)/u.exec(args)?.[1] ?? '')
          : args
              .slice(args.indexOf(src) + src.length)
              .replace(/^\s*\d+\s+\d+\s*/u, '')
              .replace(/["']/gu, '')
              .trim();
    // Set in on its line (inside a <div> of the page's layout): an <img>, which the HTML around it shows as its picture;
    // a paragraph of Markdown there would be an indented code block.
    const setIn = /^[ \t]+$/u.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
    if (setIn) return `<img src="${src}" alt="${alt.replace(/["<>&\n]/gu, ' ').trim()}">`;
    return `\n\n![${alt.replace(/[[\]\n]/gu, ' ').trim()}](<${src}>)\n\n`;
  });
}

/**
 * GitBook's blocks, as its Markdown writes them: a tab (`{% tab title="npm" %}`) is its title as a bold lead-in over
 * what it holds, as a warning's or danger's hint (`{% hint style="warning" %}`) is its kind's ("Warning") and a code block's title
 * (`{% code title="config.js" %}`) its file's; an embed (`{% embed url="…" %}`) is a link to what it shows. The other
 * tags (`{% tabs %}`, `{% endhint %}`…) are left for the template tags' rule, which keeps them out.
 */
function gitbookBlocks(text: string): string {
  if (!/\{%\s*(?:tab|hint|code|embed)\s/u.test(text)) return text;
  return text.replace(/\{%-?\s*(tab|hint|code|embed)\s+([^%]*?)-?%\}/gu, (whole, tag: string, attributes: string) => {
    if (tag === 'embed') return webLink(attribute(attributes, 'url') ?? '') ?? whole;
    const words = (attribute(attributes, tag === 'hint' ? 'style' : 'title') ?? '').replace(/[*_`[\]]/gu, '').trim();
    if (words === '') return whole;
    // An "info" or "success" hint is a coloured box on the page, its style no word it shows: no label ("**Success**" over
    // each of three video links). A warning's or danger's icon says its kind.
    if (tag === 'hint' && /^(?:info|success)$/iu.test(words)) return '';
    return `**${tag === 'hint' ? kindTitle(words) : words}**`;
  });
}

/**
 * A line that held only what was kept out, between two lines of text, would end the HTML block or
 * paragraph around it (a README's `<td>` went on as indented code): it moves down to the next blank
 * line, so the block stays whole and the lines after it keep their numbers.
 */
function closeGaps(before: string, after: string): string {
  const was = before.split('\n');
  const lines = after.split('\n');
  if (was.length !== lines.length) return after;
  const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
  // A gap: a line that held only what was kept out. One pass: gaps between lines of text wait for the next blank line.
  const gap = (k: number): boolean => !blank(was[k]) && blank(lines[k]);
  const out: string[] = [];
  let waiting = 0;
  lines.forEach((line, i) => {
    const previous = out[out.length - 1];
    if (gap(i) && i > 0 && !blank(previous) && (!blank(lines[i + 1]) || gap(i + 1)) && i < lines.length - 1) {
      waiting += 1;
      return;
    }
    if (blank(line)) for (; waiting > 0; waiting -= 1) out.push('');
    out.push(line);
  });
  for (; waiting > 0; waiting -= 1) out.push('');
  return out.join('\n');
}

/** Inside code, only what the site generator would also have removed. */
/** A line that is only Docusaurus's magic comment, in any language's comment syntax. */
const magicComment = /^\s*(?:\/\/|#|--|;+|%|\/\*|<!--|\{\/\*)\s*highlight-(?:next-line|start|end)\s*(?:\*\/\}?|-->)?\s*$/u;
/** Shiki's notation ending a line of code, with the comment that holds it. */
const shikiNotation =
  /[ \t]*(?:\/\/|#|--|;|%|\/\*|<!--)[ \t]*(?:\[!code (?:\+\+|--|focus|highlight|hl|error|warning|word:[^\]\n]*)(?::\d+)?\]|\(\d{1,2}\)!)[ \t]*(?:\*\/|-->)?[ \t]*$/u;
// (MkDocs Material's code annotations too, "print(i)  # (1)!": the page shows a marker for the note under the block, and
// the "!" drops the comment from the code.)

function unhideCode(chunk: Chunk, liquid: boolean): Unhidden {
  // mdoc's modifiers (Scala's books and sites): "```scala mdoc:invisible" is code the site runs and never shows, and
  // ":passthrough" shows only what the code prints, which lectern does not run. (An import had opened a chapter's deck.)
  if (/\bmdoc:(?:invisible|passthrough)\b/u.test(chunk.info)) return { text: blankOut(chunk.text), hidden: 1, removed: [] };
  let hidden = 0;
  let text = chunk.text;
  if (liquid) {
    text = text.replace(/\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/gu, (whole) => {
      hidden += 1;
      return blankOut(whole);
    });
    text = text.replace(/\{%-?\s*(?:raw|endraw)\s*-?%\}/gu, () => {
      hidden += 1;
      return '';
    });
  }
  const lines = text.split('\n');
  const lang = chunk.info.split(/[\s,{]/u)[0]?.toLowerCase() ?? '';
  // VitePress's and Shiki's notations at a line's end ("x = 1 // [!code ++]", "# [!code focus]"): the site shows the line without them.
  let marked = false;
  const body = lines.slice(1, -1).map((line) => {
    const stripped = line.replace(shikiNotation, '');
    if (stripped === line) return line;
    hidden += 1;
    marked = true;
    return stripped;
  });
  // PyMdown's snippets (MkDocs): `--8<-- "file.py"` stands for that file's lines, as does each line between two bare
  // `--8<--` lines; the site shows the file, which we do not have, never the marker.
  let snippets = false;
  const kept = body.filter((line) => {
    if (/^\s*-{2,}8<-{2,}\s*$/u.test(line)) {
      snippets = !snippets;
      hidden += 1;
      return false;
    }
    if (snippets || /^\s*-{2,}8<-{2,}\s*(?:"[^"\n]*"|'[^'\n]*'|\S+)\s*$/u.test(line)) {
      hidden += 1;
      return false;
    }
    // mdBook: {{#include file}} pulls in a file we do not have. `# ` lines are hidden in Rust examples by rustdoc and mdBook
    // alike, in any document (no Rust line starts with a lone `#`; attributes `#[…]` and `#![…]` stay). Docusaurus's
    // magic comments ("// highlight-next-line", "# highlight-start") mark lines to highlight: the site shows no such line.
    const hide =
      /^\s*\{\{#\w+[^}]*\}\}\s*$/u.test(line) ||
      markdownInclude.test(line) ||
      (lang === 'rust' && /^\s*#(?:\s|$)/u.test(line) && !/^\s*#!?\[/u.test(line)) ||
      magicComment.test(line);
    if (hide) hidden += 1;
    return !hide;
  });
  if (kept.length === body.length && !marked) return { text, hidden, removed: [] };
  // An example left with no line at all disappears (its lines stay blank, for line numbers); one that was only the
  // includes of markdown-include names their files, which the site shows there ("`../src/hello.c`").
  if (kept.every((l) => l.trim() === '')) {
    const files = body.map((l) => markdownInclude.exec(l)?.[1]).filter((f): f is string => f !== undefined);
    const named = files.length > 0 && files.length === body.filter((l) => l.trim() !== '').length ? files.map((f) => `\`${f}\``).join(', ') : '';
    return { text: named + blankOut(text), hidden, removed: [] };
  }
  const padding = '\n'.repeat(body.length - kept.length);
  return { text: [lines[0] ?? '', ...kept, ...lines.slice(-1)].join('\n') + padding, hidden, removed: [] };
}

/** A box (a fenced div) that opens with a heading: the lines of its opening and closing fences (1-based). */
export interface Box {
  open: number;
  close: number;
}

/** The fenced divs open at a point of the text, outermost first, and the boxes with a heading closed so far. */
interface DivState {
  open: { line: number; headed: boolean }[];
  boxes: Box[];
  /** How many boxes of each numbered Quarto kind (theorems, definitions…) opened so far. */
  numbers: Map<string, number>;
  /** The document's Quarto labels and their numbers ("fig-one" -> "Figure 1"), read when a figure's div asks. */
  labels: () => Map<string, string>;
}

/**
 * Fenced-div markers (Pandoc, The Carpentries `::::: callout`, Docusaurus
 * `:::note`) are syntax, not text: the lines go, what they hold stays. The
 * title a marker gives (`:::tip Keep it short`, `:::{note} Title`, `:::note[Title]`) becomes
 * the box's bold lead-in. A box that opens with a heading (`## You may need
 * to tell Git what to do`) is recorded, so that the text after it goes back
 * to the section it interrupted (split-markdown.ts). `firstLine` is the
 * chunk's first line in the document.
 */
function dropDivFences(text: string, firstLine: number, state: DivState): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    // A leaf directive on a line of its own (remark-directive's "::br" in a Docusaurus page, "::youtube[Talk]{#id}"): a
    // component the site draws, no text.
    if (/^ {0,3}::[A-Za-z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?[ \t]*$/u.test(lines[i] ?? '')) {
      lines[i] = '';
      continue;
    }
    // The attributes in braces may hold colons of their own ("{.titlebox style="text-align:center;"}"), and so may a
    // title ("::: warning TASK 0: Getting Started"); a marker may end with colons of its own ("::: {.aside} :::").
    const spec =
      /^ {0,3}:{3,}[ \t]*((?:\{(?:"[^"\n]*"|'[^'\n]*'|[^}"'\n])*\}|[\w-]+(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?)(?:[ \t]+[^\n]*?)?)?(?:[ \t]*:{3,})?[ \t]*$/u.exec(
        lines[i] ?? '',
      )?.[1] ?? (/^ {0,3}:{3,}[ \t]*$/u.test(lines[i] ?? '') ? '' : undefined);
    if (spec === undefined) continue;
    if (/\blayout(?:-ncol|-nrow)?\s*=/u.test(spec)) pictureGrid(lines, i + 1);
    else quartoFigure(lines, i + 1, spec, state.labels);
    // (Docusaurus and Starlight give it in brackets: ":::note[Common Time Zones]".)
    // (Not a label of the site's options alone, ":::flex[--minWidth=150px --class=slides]": no title.)
    const label = /^[\w-]+\[([^\]\n]*\S[^\]\n]*)\]/u.exec(spec)?.[1] ?? /^(?:\{(?:"[^"\n]*"|'[^'\n]*'|[^}"'\n])*\}|[\w-]+)[ \t]+(\S.*)$/u.exec(spec)?.[1];
    const given = label !== undefined && /^(?:\s*--[A-Za-z][\w-]*(?:=\S+)?)+\s*$/u.test(label) ? undefined : label;
    let first = i + 1;
    while (first < lines.length && (lines[first] ?? '').trim() === '') first += 1;
    const headed = /^ {0,3}#{1,6}[ \t]+\S/u.test(lines[first] ?? '');
    // Quarto shows a theorem, a definition or an example ("::: {#thm-gd}", "::: {.proof}") under its kind's name, and
    // the name its attribute gives ("Theorem (Wald)"); a heading in the box names it instead.
    const title = given ?? quartoKindTitle(spec, state.numbers, headed);
    // A title right over the box's text (VuePress's "::: warning Just examples" over "The benefits described…") would run
    // into it as one paragraph: it leads it in with a colon ("**Just examples:** The benefits…"), as the box shows it apart.
    // A theorem's name leads in its statement even across blank lines ("Definition 1: The two hypotheses…"), as the page
    // sets it: a name alone on its line would be read as a heading over the box.
    const kindName = given === undefined && title !== undefined;
    const leads = kindName ? first : i + 1;
    const next = lines[leads] ?? '';
    const runsOn =
      title !== undefined && /^ {0,3}[\p{L}\p{N}[*_`"“(]/u.test(next) && !/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/u.test(next) && !/[:.!?：]$/u.test(title.trim());
    if (kindName && runsOn && leads !== i + 1) {
      lines[i] = '';
      lines[leads] = `**${title.trim()}:** ${next.replace(/^ {0,3}/u, '')}`;
    } else lines[i] = title ? `**${title.trim()}${runsOn ? ':' : ''}**` : '';
    // (A box opened right under a paragraph's last line, "] A, B - случайные события." over "::: tip Замечание", as
    // VitePress's containers may: its title and text are no more of that paragraph.)
    if (lines[i] !== '' && spec !== '' && i > 0 && (lines[i - 1] ?? '').trim() !== '') lines[i] = `\n${lines[i]}`;
    if (spec === '') {
      const box = state.open.pop();
      if (box?.headed) state.boxes.push({ open: box.line, close: firstLine + i });
      continue;
    }
    state.open.push({ line: firstLine + i, headed: !title && headed });
  }
  return lines.join('\n');
}

/** A picture alone on its line, with Pandoc's attributes after it or not (`![Elephant](day.png){fig-alt="…"}`). */
const pictureLine = /^ {0,3}!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?[ \t]*$/u;

/**
 * A Quarto figure laid out as a grid (`::: {#fig-x layout-nrow=2}` over eight pictures, each a paragraph, and the
 * figure's caption): its pictures set side by side, on the line of the first (the others' lines left blank, so no line
 * of the document moves), as the page shows them: one figure, not a slide for each picture. `from` is the line after
 * the opening fence; a grid of anything but pictures, or of a picture alone, stays as written.
 */
function pictureGrid(lines: string[], from: number): void {
  const pictures: number[] = [];
  let captioned = false;
  for (let k = from; k < lines.length; k += 1) {
    const line = lines[k] ?? '';
    if (/^ {0,3}:{3,}/u.test(line)) break;
    if (line.trim() === '') continue;
    // The figure's caption, a paragraph after its pictures, stays under them; a picture after other text is no grid's.
    if (!pictureLine.test(line)) captioned = true;
    else if (captioned) return;
    else pictures.push(k);
  }
  if (pictures.length < 2) return;
  const row = pictures.map((k) => (lines[k] ?? '').trim()).join(' ');
  pictures.forEach((k, n) => (lines[k] = n === 0 ? row : ''));
}

/**
 * A Quarto figure of one picture, `::: {#fig-x}` over the picture and a paragraph: that paragraph is the figure's
 * caption, which the page shows under the picture with its number ("Figure 1: The encoder…"). It is written so, and
 * stays with its picture on the slide as any numbered caption does (it had stood on the next slide as a point). `from`
 * is the line after the opening fence; the line count holds.
 */
function quartoFigure(lines: string[], from: number, spec: string, labels: () => Map<string, string>): void {
  const id = /^\{(?:[^}\n]*\s)?#(fig-[\w-]+)[^}\n]*\}$/u.exec(spec.trim())?.[1];
  if (id === undefined) return;
  let picture = -1;
  let caption = -1;
  for (let k = from; k < lines.length; k += 1) {
    const line = lines[k] ?? '';
    if (/^ {0,3}:{3,}[ \t]*$/u.test(line)) break;
    // (A box or a list in the figure, a second picture or a second paragraph: not a picture and its caption.)
    if (/^ {0,3}(?::{3,}|`{3,}|~{3,}|#|[-*+][ \t]|\d{1,9}[.)][ \t]|>|<|\|)/u.test(line)) return;
    if (line.trim() === '') continue;
    if (picture < 0 && pictureLine.test(line)) picture = k;
    else if (picture < 0 || pictureLine.test(line) || (caption >= 0 && (lines[k - 1] ?? '').trim() === '')) return;
    else if (caption < 0) caption = k;
  }
  const label = labels().get(id);
  const first = lines[caption] ?? '';
  if (caption < 0 || label === undefined || figureCaption.test(first.trim())) return;
  lines[caption] = `${label}: ${first.replace(/^[ \t]+/u, '')}`;
}

/** Quarto's unnumbered proof-like classes, by the names it shows (its numbered kinds are crossrefs.ts's). */
const quartoClasses: Record<string, string> = { proof: 'Proof', remark: 'Remark', solution: 'Solution' };

/**
 * The name Quarto shows over a fenced div of a theorem-like kind: "Theorem 2 (Wald)" for `{#thm-wald name="Wald"}`
 * (numbered per kind in the document's order, as its references are), "Proof" for `{.proof}`; undefined for any
 * other div, and for one that a heading inside names (its number is counted all the same).
 */
function quartoKindTitle(spec: string, numbers: Map<string, number>, headed: boolean): string | undefined {
  const braces = /^\{([^}\n]*)\}$/u.exec(spec.trim())?.[1];
  if (braces === undefined) return undefined;
  const kind = /(?:^|\s)#([a-z]+)-[\w:.-]+(?=\s|$)/u.exec(braces)?.[1];
  const shownClass = /(?:^|\s)\.(proof|remark|solution)(?=\s|$)/u.exec(braces)?.[1];
  const named = /(?:^|\s)name\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')/u.exec(braces);
  const name = (named?.[1] ?? named?.[2] ?? '').trim();
  let shown: string | undefined;
  if (kind !== undefined && quartoBoxKinds.has(kind)) {
    numbers.set(kind, (numbers.get(kind) ?? 0) + 1);
    shown = `${referenceKinds[kind] ?? kind} ${numbers.get(kind)}`;
  } else if (shownClass !== undefined) shown = quartoClasses[shownClass];
  if (shown === undefined || headed) return undefined;
  return name ? `${shown} (${name})` : shown;
}

/** The formats a deck of slides is (Quarto's names): content shown only in others is not shown in it. */
const slideFormats = /^(?:html|revealjs|html:js)$/iu;

/**
 * Quarto's conditional content that a deck of slides does not show: `::: {.content-hidden}` (in every format),
 * `::: {.content-visible when-format="pdf"}` (only in others), `::: {.content-hidden when-format="revealjs"}`. The
 * marker line's match, or null.
 */
function notForSlides(line: string): RegExpExecArray | null {
  const open = /^ {0,3}(:{3,})\s*\{([^}\n]*)\}\s*$/u.exec(line);
  const attributes = open?.[2] ?? '';
  const visible = /(?:^|\s)\.content-visible(?:\s|$)/u.test(attributes);
  const hiddenDiv = /(?:^|\s)\.content-hidden(?:\s|$)/u.test(attributes);
  if (!open || (!visible && !hiddenDiv)) return null;
  const when = /\bwhen-format\s*=\s*["']?([\w:-]+)/u.exec(attributes)?.[1];
  const unless = /\bunless-format\s*=\s*["']?([\w:-]+)/u.exec(attributes)?.[1];
  const inSlides = (format: string | undefined): boolean => format !== undefined && slideFormats.test(format);
  const shown = visible ? (when === undefined || inSlides(when)) && !inSlides(unless) : (when !== undefined && !inSlides(when)) || inSlides(unless);
  return shown ? null : open;
}

/**
 * Jinja's comments (MkDocs macros) that open with "{#" alone on a line and close with "#}" alone on a later one, whatever
 * they hold, code fences too ("{#" over a box's solution code, "#}" under it): the site shows none of it. Read before the
 * text is cut into prose and code, as the macros run before Markdown is read; one that opens inside a code block is the
 * block's text (a template shown as an example). A comment inside a line is the prose pass's.
 */
function jinjaBlockComments(text: string): Unhidden {
  if (!/^[ \t]*\{#-?[ \t]*$/mu.test(text)) return { text, hidden: 0, removed: [] };
  const code = codeLines(text);
  let hidden = 0;
  const removed: string[] = [];
  // The line each match opens on, counted on from the last match (matches come in order: one pass over the text).
  let counted = 0;
  let line = 0;
  const out = text.replace(/^[ \t]*\{#-?[ \t]*\n(?:(?![ \t]*\{#)[^\n]*\n)*?[ \t]*-?#\}[ \t]*$/gmu, (whole, offset: number) => {
    for (; counted < offset; counted += 1) if (text.charCodeAt(counted) === 10) line += 1;
    if (code.has(line)) return whole;
    hidden += 1;
    const words = whole.replace(/^[ \t]*\{#-?|-?#\}[ \t]*$/gu, '').trim();
    if (/\p{L}/u.test(words)) removed.push(words);
    return blankOut(whole);
  });
  return { text: out, hidden, removed };
}

/**
 * A fenced div of an exercise's solution (`::::: solution`, as The
 * Carpentries write them; also answer, instructor and spoiler notes), and
 * Jupyter Book's solution directives, and the older Carpentries' quotations
 * headed "## Solution" and closed by `{: .solution}`: folded away in the
 * rendered lesson, so kept out of the deck with what they hold.
 */
function dropSolutions(text: string): Unhidden {
  const lines = text.split('\n');
  const removed: string[] = [];
  let hidden = 0;
  // Jupyter Book's (sphinx-exercise) solutions: a ```{solution} fence, or what lies between ```{solution-start} and ```{solution-end}.
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^ {0,3}(`{3,}|~{3,})\{solution(-start)?\}/u.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    let end = closingLine(lines, i + 1, fenceClose(fence));
    if (open[2]) {
      const stop = lines.findIndex((l, k) => k > end && /^ {0,3}(?:`{3,}|~{3,})\{solution-end\}/u.test(l));
      if (stop < 0) continue;
      end = closingLine(lines, stop + 1, fenceClose(fence));
    }
    hidden += 1;
    const first = lines.slice(i + 1, end).find((l) => /\p{L}{3}/u.test(l) && !/^\s*(?:#|```|:::|:\w)/u.test(l));
    if (first) removed.push(first.trim());
    for (let k = i; k <= Math.min(end, lines.length - 1); k += 1) lines[k] = '';
    i = end;
  }
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^ {0,3}(:{3,})\s*\{?\.?(?:solution|answer|instructor|spoiler)\b/iu.exec(lines[i] ?? '') ?? notForSlides(lines[i] ?? '');
    if (!open) continue;
    // The div closes at a line of colons alone; divs opened inside it close before it.
    const end = divEnd(lines, i + 1);
    hidden += 1;
    const body = lines
      .slice(i + 1, end)
      .join('\n')
      .trim();
    const first = body.split('\n').find((l) => /\p{L}{3}/u.test(l) && !/^(?:#|```|:::)/u.test(l.trim()));
    if (first) removed.push(first.trim());
    for (let k = i; k <= Math.min(end, lines.length - 1); k += 1) lines[k] = '';
    i = end;
  }
  // The Carpentries' older lessons: a quotation headed "## Solution" inside a challenge, closed by "{: .solution}".
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^((?:[ \t]*>)+)[ \t]*#{1,6}[ \t]*(?:solutions?|answers?)\b/iu.exec(lines[i] ?? '');
    if (!open) continue;
    const depth = (open[1]?.match(/>/gu) ?? []).length;
    let end = i + 1;
    for (; end < lines.length && end < i + 400; end += 1) {
      const line = lines[end] ?? '';
      if (/^(?:[ \t]*>)*[ \t]*\{:[ \t]*\.solution[ \t]*\}[ \t]*$/u.test(line)) break;
      // The solution's lines are all inside its quotation.
      if ((/^(?:[ \t]*>)+/u.exec(line)?.[0].match(/>/gu) ?? []).length < depth) end = lines.length;
    }
    if (end >= lines.length || end >= i + 400) continue;
    hidden += 1;
    const first = lines
      .slice(i + 1, end)
      .map((l) => l.replace(/^(?:[ \t]*>)+[ \t]?/u, ''))
      .find((l) => /\p{L}{3}/u.test(l) && !/^(?:#|```|~~~)/u.test(l.trim()));
    if (first) removed.push(first.trim());
    for (let k = i; k <= end; k += 1) lines[k] = '';
    i = end;
  }
  // A site generator's folded box or notice that holds a solution ("{{% expand "Expand for solution" %}}" over
  // "{{% notice solution %}}" and the answer's code, "{{< details "Answer" >}}", "{{< solution >}}"), up to its closing
  // call: folded away on the page, a solution a slide never shows (a Hugo linear-algebra lecture's two answers, 89 and
  // 14 lines of Python, had stood on seven slides).
  if (text.includes('{{')) {
    for (let i = 0; i < lines.length; i += 1) {
      const open = callLine.exec(lines[i] ?? '');
      if (!open || !solutionCall(open[2] ?? '', open[3] ?? '')) continue;
      const end = closingLine(lines, i + 1, closingCall(open[2] ?? ''));
      if (end >= lines.length) continue;
      hidden += 1;
      const first = lines.slice(i + 1, end).find((l) => /\p{L}{3}/u.test(l) && !/^(?:```|~~~|\{\{)/u.test(l.trim()));
      if (first) removed.push(first.trim());
      for (let k = i; k <= end; k += 1) lines[k] = '';
      i = end;
    }
  }
  // MDX's solution components (a teaching site's `<Solution id="…">` over the answer, its code and all, `</Solution>`
  // further on): folded away on the page until a student opens them. A tag shown inside a code block is the example's.
  if (/^[ \t]*<(?:Solution|Solutions|Answer|Spoiler|Loesung|Solucion|Correction|Corrige)\b/mu.test(text)) {
    const code = codeLines(lines.join('\n'));
    for (let i = 0; i < lines.length; i += 1) {
      const open = /^[ \t]*<(Solution|Solutions|Answer|Spoiler|Loesung|Solucion|Correction|Corrige)\b[^\n<>]*?(\/)?>(.*)$/u.exec(lines[i] ?? '');
      if (!open || code.has(i) || open[2] === '/') continue;
      const close = `</${open[1] ?? ''}>`;
      const end = (open[3] ?? '').includes(close) ? i : lines.findIndex((l, k) => k > i && l.includes(close));
      if (end < 0) continue;
      hidden += 1;
      const body = [(open[3] ?? '').replace(close, ''), ...lines.slice(i + 1, end)];
      const first = body.find((l) => /\p{L}{3}/u.test(l) && !/^(?:```|~~~|<)/u.test(l.trim()));
      if (first) removed.push(first.trim());
      for (let k = i; k <= end; k += 1) lines[k] = '';
      i = end;
    }
  }
  return { text: lines.join('\n'), hidden, removed };
}

/** Words that name a solution or an answer, in the languages of the labels. */
const solutionWord =
  /(?<!\p{L})(?:solutions?|answers?|l(?:ö|oe)sung(?:en)?|soluci(?:ó|o)n(?:es)?|r(?:é|e)ponses?|corrig(?:é|e)s?|soluzion[ei]|rispost[ae])(?!\p{L})/iu;

/**
 * Whether a paired shortcode holds a solution: one named so ("solution", "answer", "spoiler"), or a box that folds or
 * notes ("expand", "details", "notice", "hint", "collapse"…) whose parameters say so ('"Expand for solution"', "solution").
 */
function solutionCall(name: string, params: string): boolean {
  if (/^(?:solutions?|answers?|spoilers?)$/iu.test(name)) return true;
  return (
    /^(?:expand|details|collapse|collapsible|toggle|accordion|notice|hint|alert|callout|admonition|box|spoiler|reveal)$/iu.test(name) &&
    solutionWord.test(params)
  );
}

/**
 * A template expression standing on lines of its own (`{{` ... `}}`, as
 * mkdocs-macros writes a macro call over several lines, `{{ correction(True,
 * """ ... """) }}`): the site replaces it with what the macro makes, often a
 * folded correction; a slide never shows the call. In a document of
 * shortcodes (MDN's and Hugo's calls show text of their own, shortcodes.ts),
 * only those over several lines (`overLinesOnly`).
 */
function templateExpressions(text: string, overLinesOnly = false): Unhidden {
  if (!/^[ \t]*\{\{(?![<%#{])/mu.test(text)) return { text, hidden: 0, removed: [] };
  const lines = text.split('\n');
  let hidden = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // Code is left alone: a template in a code block is the example it shows.
    const code = fenceEnd(lines, i);
    if (code !== null) {
      i = code;
      continue;
    }
    if (!/^[ \t]*\{\{(?![<%#{])/u.test(line)) continue;
    // The expression closes at the end of a line: this one, or one of the next few. A line whose call closes within it
    // and goes on ("{{ site.sched.name }} is not used everywhere") is text with a call in it: it opens no call that
    // runs on to the next line ending with "}}" (a code block's, lines below).
    if (/\}\}/u.test(line) && !/\}\}[ \t]*$/u.test(line)) continue;
    let end = i;
    while (end < lines.length && end - i < 80 && !/\}\}[ \t]*$/u.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length || end - i >= 80) continue;
    // On one line, the call must be the whole line ("{{ x }} more text" is text with a call in it).
    if (end === i && (overLinesOnly || !/^[ \t]*\{\{[^{}]*\}\}[ \t]*$/u.test(line))) continue;
    hidden += 1;
    for (let k = i; k <= end; k += 1) lines[k] = '';
    i = end;
  }
  return { text: lines.join('\n'), hidden, removed: [] };
}

/**
 * reStructuredText's comment blocks in plain text: a line of ".." alone over
 * lines indented under it (a PEP's closing "Local Variables:" block for
 * Emacs), which the rendered document never shows.
 */
function restComments(text: string, drop: (whole: string) => string): string {
  return text.includes('..') ? text.replace(/^\.\.[ \t]*\n(?:[ \t]+\S[^\n]*(?:\n|$))+/gmu, drop) : text;
}

/** Jekyll's math tags as `$$`/`$` math. A tag that is not closed stays as written (the template tags go later). */
function liquidMath(text: string): string {
  const block = /^([ \t]*)\{%-?\s*(math|katex|latex)\b[^%\n]*-?%\}[ \t]*\n([\s\S]*?)\n[ \t]*\{%-?\s*end\2\s*-?%\}[ \t]*$/gmu;
  const inline = /\{%-?\s*(math|katex|latex)\b[^%\n]*-?%\}([^\n]*?)\{%-?\s*end\1\s*-?%\}/gu;
  return text
    .replace(block, (_whole, indent: string, _tag: string, formula: string) => `${indent}$$\n${formula}\n${indent}$$`)
    .replace(inline, (_whole, _tag: string, formula: string) => `$${formula.trim()}$`);
}

/**
 * Text a reader keeps out of the deck (an Org or reStructuredText comment), written as an HTML comment: removeHidden
 * takes it out and counts it. Its text cannot close it early.
 */
export const htmlComment = (text: string): string => `<!-- ${text.replace(/--/gu, '- -')} -->`;

/**
 * A static site's address filter ("{{ '/assets/fig.png' | relative_url }}" in Jekyll, `relURL` in Hugo, `url` in
 * Eleventy; an address encoded, "{{ 'https://…/Goodbye,_Mr._Chips' | url_encode }}") stands for the address it quotes, under
 * the site's root: an image or a link keeps that address, as the
 * built page has it, instead of losing it with the rest of the template's expressions.
 */
function siteUrls(given: string): string {
  // Pelican's placeholders for the site's own files ("![…]({static}/media/x.png)", '<img src="{static}/media/x.png">',
  // "[…]({filename}/posts/y.md)", and the older "|static|"): the address under the site's root. The picture had been
  // looked for at "%7Bstatic%7D/media/…".
  const text = /[{|](?:static|filename|attach)[}|]/u.test(given)
    ? given.replace(/(\]\(\s*<?|\b(?:src|href)=["']?)(?:\{(?:static|filename|attach)\}|\|(?:static|filename|attach)\|)/gu, '$1')
    : given;
  if (!text.includes('{{')) return text;
  // (Not inside `{% raw %}` … `{% endraw %}`: the site shows that as written, a theme's template taught as code.)
  return text
    .split(/(\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\})/u)
    .map((part, k) =>
      k % 2 === 1
        ? part
        : part.replace(
            /\{\{-?\s*(["'])([^"'{}\s]+)\1\s*\|\s*(?:relative_url|absolute_url|relURL|absURL|relLangURL|absLangURL|url|asset_url|asset_path|url_encode|urlencode|uri_escape|url_escape)\s*-?\}\}/gu,
            (_, _quote: string, address: string) => address,
          ),
    )
    .join('');
}

/** A line of version control's keywords alone ("$Id$", "$Id: notes.txt,v 1.3 2004/01/02 ana Exp $", "$Revision$ $Date$"). */
const versionKeywords =
  /^[ \t]*(?:\$(?:Id|Revision|Rev|Date|Author|Header|Source|RCSfile|Locker|State|Name|Log|LastChangedDate|LastChangedRevision|LastChangedBy|HeadURL|URL)(?::[^$\n]*)?\$[ \t]*)+$/gmu;

/** Removes hidden content from a document's text (Markdown or plain text). */
export function removeHidden(text: string, format: 'text' | 'markdown'): Unhidden {
  // mdBook's hidden Rust lines are only a convention where the book's other template syntax is in use.
  // (So is a block tag of any name the text closes, "{% exercise %}" … "{% endexercise %}" of a GitBook plugin.)
  // (And a tag of any name alone on its line, "{% responsive_image path: assets/img/bonds.png %}" of a Jekyll plugin.)
  const liquid = templated.test(text) || pairedTag(text) || tagLine.test(text);
  const quartoRefs = format === 'markdown' && refersAsQuarto(text);
  let hidden = 0;
  // Jekyll's math tags ({% math %} … {% endmath %}, {% katex display %} … {% endkatex %}, {% latex %}) are
  // formulas: display math on lines of their own, inline math within a line; the lines keep their number.
  let source = siteUrls(text.includes('{%') ? liquidMath(text) : text);
  // A code fence whose attributes hold backticks is the code block the site shows.
  if (format === 'markdown') source = backtickInfoFences(liascriptHeader(source));
  // Version control's keyword lines ("$Id$", "$Revision: 1.4 $"), which CVS and Subversion fill in: the file's
  // bookkeeping, not its text (a design note's first line, "$Id$", had become the deck's title). Blank, so lines keep their numbers.
  if (source.includes('$')) {
    source = source.replace(versionKeywords, (line) => {
      hidden += 1;
      return blankOut(line);
    });
  }
  if (liquid) {
    source = source.replace(highlightBlock, (whole, lang: string, code: string) => {
      hidden += 2;
      const lines = whole.split('\n').length;
      const block = fenced(code, lang);
      return block + '\n'.repeat(Math.max(0, lines - block.split('\n').length));
    });
  }
  // Boxes and figures written as fences (```warn, ```{note}, ```{figure}) are Markdown, not code.
  const jinjaRemoved: string[] = [];
  let numbers = new Map<string, number>();
  let targets = new Map<string, string>();
  if (format === 'markdown') {
    // Jinja's comments over lines go first: the macros run before Markdown is read (a fence inside one is no code, and a
    // box around one holds what follows it).
    const jinja = jinjaBlockComments(source);
    source = jinja.text;
    hidden += jinja.hidden;
    jinjaRemoved.push(...jinja.removed);
    // The page's labelled formulas are numbered as the site numbers them, before its math directives become formulas
    // (each takes its number as a tag, and {eq}`label` shows the number).
    numbers = equationNumbers(source);
    targets = mystTargets(source, numbers);
    source = tagMathDirectives(source, numbers);
    // Quarto's references to the document's own figures and sections, read while its chunk labels are there.
    // MDX's comments go, and a component's code in a template literal (a live editor's) is a code block.
    const comments = mdxComments(source);
    const live = mdxCodeProperties(comments.text);
    // (A property in braces that is not code shown, "checker={(val) => …}", goes: the site runs it.)
    const properties = mdxExpressionProperties(live.text);
    const tabs = mdxTabs(mdxTitledComponents(mdxComponentIndents(mdxMath(properties.text).text)).text);
    hidden += comments.count + live.count + properties.count + tabs.count;
    const directives = fencedDirectives(quartoReferences(texEquationLabels(kramdownFenceClasses(mdxImagePaths(wordpressCaptions(headedDetails(tabs.text)))))));
    // MkDocs' admonitions (!!! note "Title", ??? folded) hold Markdown indented under their marker.
    const blocks = pymdownBlocks(directives.text);
    const admonitions = mkdocsAdmonitions(
      pandocFancyLists(
        symbolLists(
          definitionLists(
            pandocSimpleTables(
              pandocGridTables(markdownInHtml(wholeHtmlTables(layoutTables(outputElements(mermaidElements(liascriptSteps(iconDirectives(blocks.text)))))))),
            ),
          ),
        ),
      ),
    );
    // Executable chunks (```{r}, ```{python}, ```{code-cell}): the code the rendered document shows, or its picture.
    const chunks = executableChunks(admonitions.text);
    const markers = codehiliteMarkers(chunks.text);
    source = markers.text;
    hidden += directives.count + blocks.count + admonitions.count + chunks.count + markers.count;
  }
  const shortcodes = usesShortcodes(source);
  if (format === 'markdown') {
    // (In a document of shortcodes, a call on one line shows text of its own, shortcodes.ts; one over several lines,
    // "{{ quiz("…", [" over its answers' lines, is a block the site makes, which a slide never shows.)
    const expressions = templateExpressions(source, shortcodes);
    source = expressions.text;
    hidden += expressions.hidden;
  }
  if (shortcodes) {
    const math = shortcodeMath(source);
    const blocks = shortcodeBlocks(math.text);
    // The Hugo Book theme's column break ("<--->" between {{< columns >}} and {{< /columns >}}) is layout, not text.
    source = blocks.text.replace(/^[ \t]*<--->[ \t]*$/gmu, () => {
      hidden += 1;
      return '';
    });
    hidden += blocks.count + math.count;
  }
  // Exercise solutions go first, with their code, before the rest is cut into prose and code.
  const dropped = format === 'markdown' ? dropSolutions(source) : { text: source, hidden: 0, removed: [] };
  const solutions = { ...dropped, removed: [...jinjaRemoved, ...dropped.removed] };
  let labels: Map<string, string> | undefined;
  const divs: DivState = { open: [], boxes: [], numbers: new Map(), labels: () => (labels ??= quartoLabels(source)) };
  // MyST's target lines and citations, MDX's import and export lines: the site shows none of them.
  const dropMarkup = (whole: string): string => {
    hidden += 1;
    return blankOut(whole);
  };
  // A MyST notebook's Markdown cell breaks ("+++", "+++ {"tags": ["hide-input"]}"): Jupytext's, shown by no page.
  const notebook = format === 'markdown' && /^jupytext:|^```\{code-cell\}/mu.test(source);
  // A MyST page's comment lines ("%" over "\begin{align*}", "% a note to self"): MyST shows none of them. (A page is MyST's
  // where it is a Jupytext notebook in MyST or writes MyST's directives, read before they became boxes.)
  const myst = format === 'markdown' && /^[ \t]*format_name:[ \t]*myst\b|^(?:`{3,}|:{3,})\{[\w-]+\}/mu.test(text);
  const cells = (chunk: string): string => {
    const breaks = notebook ? chunk.replace(/^\+\+\+(?:[ \t]+\{[^\n]*\})?[ \t]*$/gmu, dropMarkup) : chunk;
    return myst ? breaks.replace(/^%[^\n]*$/gmu, dropMarkup) : breaks;
  };
  let line = 1;
  const spanning = format === 'markdown' ? commentsOverCode(solutions.text, liquid) : { text: solutions.text, hidden: 0, removed: [] };
  hidden += spanning.hidden;
  solutions.removed.push(...spanning.removed);
  const shielded = format === 'markdown' ? shieldCodeComments(spanning.text) : spanning.text;
  // A document that cites as Pandoc does ("[@Parr2010, p. 142]") cites in its sentences too ("@Mogensen2017: Kapitel 3").
  const citing = format === 'markdown' && (quartoRefs || citesPandoc(source));
  const percents: Percents = format !== 'markdown' || !source.includes('%%') ? null : markBind.test(source) ? 'dim' : 'comment';
  const parts =
    format === 'text'
      ? [unhideProse(restComments(source, dropMarkup), liquid, shortcodes)]
      : fencedChunks(franklinRawHtml(tikzPictures(distillMarks(shielded, dropMarkup)))).map((chunk) => {
          const part = chunk.code
            ? unhideCode(chunk, liquid)
            : unhideProse(
                iconShortcodes(
                  attributeLists(
                    tagLines(
                      headingAttributes(
                        layoutCommands(
                          franklinCommands(
                            mdxStatements(
                              pandocCitations(
                                sketchScripts(darkModePictures(mystMarkup(cells(dropDivFences(chunk.text, line, divs)), dropMarkup, numbers, targets))),
                                citing,
                              ),
                              dropMarkup,
                            ),
                            dropMarkup,
                          ),
                          dropMarkup,
                        ),
                        dropMarkup,
                      ),
                      dropMarkup,
                    ),
                    dropMarkup,
                  ),
                  dropMarkup,
                ),
                liquid,
                shortcodes,
                percents,
              );
          line += chunk.text.split('\n').length;
          return part;
        });
  const joined = parts.map((p) => p.text).join('\n');
  return {
    text: shielded === spanning.text ? joined : joined.replaceAll(shieldedComment, '<!--'),
    hidden: parts.reduce((n, p) => n + p.hidden, hidden + solutions.hidden),
    removed: [...solutions.removed, ...parts.flatMap((p) => p.removed)],
    ...(divs.boxes.length > 0 ? { boxes: divs.boxes } : {}),
  };
}

/**
 * HTML comments that open a line of prose and close past a code fence (a course page's "<!-- ### Method 2" over two
 * fenced blocks, closed by "``` -->"): Markdown reads the comment from its opening line to the first line holding
 * "-->", fences and all, and shows none of it. Cut into prose and code first, the comment's fences were code on the
 * slides and its unclosed last fence took the rest of the document into a code block. Its lines become blank (what
 * follows "-->" on the last stays), so line numbers hold. A comment that closes before any fence is left to the prose
 * rule; one never closed too (as before). In a page of Liquid (`liquid`), a `{% comment %}` … `{% endcomment %}` block
 * too: a lecture's 150-line walkthrough of commands and their output, commented out, had stood on 19 slides (the code
 * between its paragraphs was cut apart from them, so neither the prose rule nor the code rule saw the whole comment).
 */
function commentsOverCode(text: string, liquid: boolean): Unhidden {
  const kinds = [
    { open: /^ {0,3}<!--/u, close: /-->/u },
    ...(liquid ? [{ open: /^ {0,3}\{%-?\s*comment\s*-?%\}/u, close: /\{%-?\s*endcomment\s*-?%\}/u }] : []),
  ];
  if (!kinds.some((k) => new RegExp(k.open.source, 'mu').test(text))) return { text, hidden: 0, removed: [] };
  const code = codeLines(text);
  const lines = text.split('\n');
  const removed: string[] = [];
  let hidden = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const first = lines[i] ?? '';
    const opened = code.has(i) ? undefined : kinds.map((k) => ({ ...k, at: k.open.exec(first) })).find((k) => k.at !== null);
    if (!opened?.at || opened.close.test(first.slice(opened.at[0].length))) continue;
    let end = i + 1;
    while (end < lines.length && !opened.close.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length) break;
    let fenced = false;
    for (let k = i + 1; k <= end && !fenced; k += 1) fenced = code.has(k);
    // (One that holds no fence is the prose rule's: its lines are not read again, so many comments stay linear.)
    if (!fenced) {
      i = end;
      continue;
    }
    const last = lines[end] ?? '';
    const closing = opened.close.exec(last);
    const after = closing ? last.slice(closing.index + closing[0].length) : '';
    const words = [first.slice(opened.at[0].length), ...lines.slice(i + 1, end), closing ? last.slice(0, closing.index) : '']
      .filter((l) => !/^ {0,3}(?:`{3,}|~{3,})/u.test(l))
      .join('\n')
      .trim();
    if (/\p{L}/u.test(words)) removed.push(words);
    hidden += 1;
    for (let k = i; k < end; k += 1) lines[k] = '';
    lines[end] = after.trim() === '' ? '' : after;
    i = end;
  }
  return { text: lines.join('\n'), hidden, removed };
}

/** What an HTML comment's opening inside indented code stands as while comments are taken out (shieldCodeComments). */
const shieldedComment = '\u0003!--';
let codeParser: InstanceType<typeof MarkdownIt> | undefined;

/**
 * HTML comments inside indented code (a workshop's listing of a page's HTML, set in under a list's step with its
 * `<!-- resume header -->`), kept from the rule that takes comments out: code shows them as written. Fenced code is
 * cut apart before (fencedChunks); indented code, a list item's too, only Markdown's reading finds.
 */
function shieldCodeComments(text: string): string {
  if (!/^(?: {4}|\t).*<!--/mu.test(text)) return text;
  codeParser ??= new MarkdownIt({ html: true });
  const lines = text.split('\n');
  for (const token of codeParser.parse(text, {}))
    if (token.type === 'code_block' && token.map)
      for (let k = token.map[0]; k < token.map[1]; k += 1) lines[k] = (lines[k] ?? '').replaceAll('<!--', shieldedComment);
  return lines.join('\n');
}

/**
 * Python-Markdown's (Pelican's, MkDocs') language line opening an indented code block ("    :::php"): the renderer's,
 * not code. The line becomes blank, so line numbers hold; the count is of the lines kept out.
 */
function codehiliteMarkers(text: string): { text: string; count: number } {
  if (!text.includes(':::')) return { text, count: 0 };
  let count = 0;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/^(?: {4}|\t)+:::[\w+#.-]+[ \t]*$/u.test(line) && (i === 0 || (lines[i - 1] ?? '').trim() === '') && /^(?: {4}|\t)\S/u.test(lines[i + 1] ?? '')) {
      lines[i] = '';
      count += 1;
    }
  });
  return { text: count > 0 ? lines.join('\n') : text, count };
}
