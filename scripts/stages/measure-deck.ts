// What `lectern check` measures without a browser: how much of the source
// document the deck carries, how many words of prose each slide shows, and
// how many slides each section got.
import { decodeHTML } from 'entities';
import type { Block, Deck, DeckSlide, DocumentModel } from '../types.ts';
import { parseMarkdown, proseWordsOf } from './render-slide.ts';
import { countWords, splitSentences } from './sentences.ts';
import { imagesAsAlt, unescapeMarkdown, visibleText } from './text-size.ts';
import { fieldLabel, fieldLines, itemTree, listItems, rowCells, shownLiterals, wallPictures } from './units.ts';
import { defaultBudget, roomWords } from './pack-units.ts';
import { withoutNoteLabel } from './slide-file.ts';
import { continuedPattern, escapeRegExp } from './labels.ts';
import { preHtml } from './html-blocks.ts';
import { chunkOutputScheme } from './chunks.ts';
import { collectMathWarnings, markdownFor, unreadFormula, withMacros } from './markdown.ts';
import { hasOutputElements, indexCommand, mdxImport } from './directives.ts';
import { vimHelp } from './split-text.ts';
import { median } from './numbers.ts';
import { speakerComments } from './deck-syntax.ts';

type Tokens = ReturnType<typeof parseMarkdown>;
const parsedBodies = new WeakMap<DeckSlide, Tokens>();
const parsedNotes = new WeakMap<DeckSlide, Tokens>();
/** A slide's text, parsed once for every measure a check takes of it (the measures only read the tokens). */
function parsedOnce(cache: WeakMap<DeckSlide, Tokens>, slide: DeckSlide, text: string): Tokens {
  const tokens = cache.get(slide) ?? parseMarkdown(text);
  cache.set(slide, tokens);
  return tokens;
}
const bodyTokens = (slide: DeckSlide): Tokens => parsedOnce(parsedBodies, slide, slide.body);
const notesTokens = (slide: DeckSlide): Tokens => parsedOnce(parsedNotes, slide, slide.notes);

export interface Coverage {
  sentences: number;
  present: number;
  share: number;
  /** The first few source sentences found in neither slides nor notes. */
  missing: string[];
}

export interface WordStats {
  median: number;
  max: number;
  maxSlide: string | null;
  perSlide: Record<string, number>;
}

/**
 * Text as a reader sees it: images as their alt text (the deck refers to its
 * own copy, by another path), Markdown escapes gone (`markdown`: false for a
 * plain-text document's own text, whose backslashes are the author's
 * characters), quotes and spaces made uniform.
 */
export function normalise(text: string, markdown = true): string {
  // An address in angle brackets is shown as the address (an autolink, "<http://…>"), on a slide as in the text.
  const addresses = text.includes('://') ? text.replace(/(?<!\\)<((?:https?|ftp):\/\/[^\s<>]+)>/giu, '$1') : text;
  // (A hard line break's backslash at a line's end shows as a line end, in notes as on a slide: "Russ Cox\" over "Last Updated".)
  return (markdown ? unescapeMarkdown(imagesAsAlt(addresses.replace(/(?<!\\)\\(?=\n|$)/gu, ''))) : addresses)
    .replace(/[‘’ʼ]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

const quoteLine = /^[ \t]*>[ \t]?/gmu;

function units(block: Block, format: 'text' | 'markdown'): string[] {
  // A paragraph all in bold ("**Goals**", a box's title) may be the slide's title, shown without its stars.
  if (block.kind === 'paragraph' && /^\*\*[^*]+\*\*$/u.test(block.text.trim())) return [block.text.trim().slice(2, -2)];
  // Images first become their alt text: an alt text of several sentences must not split the image's markup.
  // Fields a line each ("**Keyword**: …" over "**Syntax**: …") are points of their own (units.ts, fieldLines).
  if (block.kind === 'paragraph' && format === 'markdown') {
    const fields = fieldLines([block], format);
    if (fields.length > 1) return fields.flatMap((f) => splitSentences(imagesAsAlt(f.text)));
  }
  // A wall of pictures, shown a row at a time (units.ts, pictureRows): each picture's alt text on its own.
  const wall = (block.kind === 'paragraph' || block.kind === 'image') && format === 'markdown' ? wallPictures(block.text) : null;
  if (wall) return wall.map((picture) => imagesAsAlt(picture).trim());
  // (A hard line break's backslash, "broadcasting\" at a line's end, is a line end: no character a slide or note shows.)
  if (block.kind === 'paragraph' || block.kind === 'image')
    return splitSentences(imagesAsAlt(format === 'markdown' ? block.text.replace(/\\\n/gu, '\n') : block.text));
  // A GitHub alert's marker ("[!NOTE]") is a label, not text.
  if (block.kind === 'quote')
    return format === 'text'
      ? splitSentences(block.text.replace(quoteLine, ''))
      : lines(block.text.replace(quoteLine, ''))
          // An Obsidian callout's marker ("[!example]- Title") leaves its title; a hard break's backslash is a line end.
          .map((l) =>
            l
              .replace(/^\[!\w+\][-+]?\s*/u, '')
              .replace(/\\$/u, '')
              .trim(),
          )
          .filter((l) => l !== '');
  // An item's sentences (a wrapped item is one item, as the planner reads it).
  // An item's nested items are sentences of their own, their markers aside.
  if (block.kind === 'list' && format === 'text')
    return listItems(block.text).flatMap((item) => {
      const tree = itemTree(item.body);
      return [tree.own, ...tree.nested.flatMap((n) => [n.own, ...n.deeper])].flatMap((text) => splitSentences(text.replace(/\s+/gu, ' ').trim()));
    });
  // Markdown lists, code and tables: line by line, so a list, a code block or a table split over slides still counts.
  if (block.kind === 'list') return lines(block.text).map((l) => l.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/u, ''));
  if (block.kind === 'code' || block.kind === 'table')
    return lines(block.text).filter((l) => !/^\s*(?:`{3,}|~{3,})/u.test(l) && !/^\s*\|?[\s:|-]+\|?\s*$/u.test(l));
  // A formula line by line too: a derivation taller than a slide goes on over the next (units.ts).
  if (block.kind === 'math') return lines(block.text).filter((l) => !/^\$\$$/u.test(l));
  return [block.text];
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Share of the document's sentences (and code, tables, formulas) present in the deck's slides or notes. */
export function measureCoverage(model: DocumentModel, deck: Deck, format: 'text' | 'markdown' = 'markdown'): Coverage {
  const blocks = [
    ...(model.publisher?.opening ?? []),
    ...model.intro,
    ...model.sections.flatMap((s) => s.blocks),
    ...model.summary,
    ...(model.publisher?.closing ?? []),
  ];
  const text = deck.slides.map((s) => `${s.body}\n${s.notes}`).join('\n');
  const haystack = normalise(text);
  // Code shows its backslashes as written ("\\+" in a block of a plain-text document): looked for without Markdown's escapes undone too.
  const literal = format === 'text' ? normalise(text, false) : haystack;
  // "Note:" is the author's marker for speaker notes, not part of the text.
  const sources = blocks
    .flatMap((b) => units(b, format))
    .map((u) => withoutNoteLabel(u.trim()))
    .filter((u) => u !== '');
  // A table's rows: a row of a table too wide for a slide is shown on its side (units.ts' recordOf), each cell in a row of its own.
  const rows = new Set(blocks.filter((b) => b.kind === 'table').flatMap((b) => lines(b.text)));
  // A line of code too long for one slide goes on over the next (units.ts): its pieces, run together, are the line.
  const codeRun = normalise(
    deck.slides
      .flatMap((s) => bodyTokens(s).filter((t) => t.type === 'fence' || t.type === 'code_block'))
      .map((t) => t.content.replace(/\n/gu, ''))
      .join(''),
  );
  const missing = sources.filter((s) => {
    const wanted = normalise(s, format === 'markdown');
    // A plain text's inline literal (``yield``) shows as code (`yield`).
    const shown = format === 'text' ? normalise(shownLiterals(s), false) : wanted;
    if (haystack.includes(wanted) || codeRun.includes(wanted) || literal.includes(wanted) || haystack.includes(shown)) return false;
    // (Its cells as a record shows them: a column's heading as its label, fieldLabel, or as written; a row's cell as written.)
    const inCell = (cell: string): boolean => cell === '' || [cell, fieldLabel(cell)].some((shown) => haystack.includes(`| ${normalise(shown)} |`));
    return !(rows.has(s) && rowCells(s).every(inCell));
  });
  return {
    sentences: sources.length,
    present: sources.length - missing.length,
    share: sources.length === 0 ? 1 : (sources.length - missing.length) / sources.length,
    missing: missing.slice(0, 10),
  };
}

export function measureWords(deck: Deck): WordStats {
  const counts = deck.slides.map((s) => ({ id: s.id, words: proseWordsOf(bodyTokens(s)) }));
  const top = counts.reduce<{ id: string; words: number } | null>((best, c) => (best === null || c.words > best.words ? c : best), null);
  return {
    median: median(counts.map((c) => c.words)),
    max: top?.words ?? 0,
    maxSlide: top?.id ?? null,
    perSlide: Object.fromEntries(counts.map((c) => [c.id, c.words])),
  };
}

/** Slides per document section, in the deck's order. */
export function slidesPerSection(deck: Deck): Record<string, number> {
  const out: Record<string, number> = {};
  for (const slide of deck.slides) if (slide.section) out[slide.section] = (out[slide.section] ?? 0) + 1;
  return out;
}

/** Inline code, code-block lines and link addresses of a deck's slides that are not in the source byte for byte. */
export function alteredCode(sourceText: string, deck: Deck): { checked: number; altered: { slide: string; code: string }[] } {
  const altered: { slide: string; code: string }[] = [];
  // Liquid's {% raw %} and {% endraw %} tags are not shown: the page (and the slide) has what they hold.
  const liquidRaw = /\{%-?\s*(?:raw|endraw)\s*-?%\}/gu;
  if (liquidRaw.test(sourceText)) sourceText = sourceText.replace(liquidRaw, '');
  const flatSource = sourceText.replace(/\s+/gu, ' ');
  // A Vim help file's code as its reader sees it (split-text.ts): links without their bars, anchors not shown.
  // (Read once, at the first piece not found as written; null for a text that is no help file.)
  let flatHelp: string | null | undefined;
  const inHelp = (piece: string): boolean => {
    if (flatHelp === undefined) {
      const read = vimHelp(sourceText);
      flatHelp = read === sourceText ? null : read.replace(/\s+/gu, ' ');
    }
    return flatHelp !== null && flatHelp.includes(piece.replace(/\s+/gu, ' ').trim());
  };
  // A <pre> block's lines keep only its inline markup (html-blocks.ts): their text is compared with the source's text.
  let taglessSource: string | null = null;
  const untagged = (text: string): string => text.replace(/<\/?[a-zA-Z][^<>]*>/gu, '');
  // A program's output as its page shows it (directives.ts' outputElements): the bold that marks the user's typing
  // ("Please type in a word: **apina**") is the page's markup, not the output's text.
  let outputSource: string | null = null;
  const inOutput = (piece: string): boolean => {
    if (!hasOutputElements(sourceText)) return false;
    outputSource ??= sourceText.replace(/\*\*([^*\n]+)\*\*/gu, '$1');
    return outputSource.includes(piece.trim());
  };
  let checked = 0;
  // The source as a reader sees its addresses: escapes undone ("VM_\\(sistema_operativo\\)"), entities read.
  let readSource: string | null = null;
  const addressInSource = (href: string): boolean => {
    if (sourceText.includes(href)) return true;
    readSource ??= decodeHTML(unescapeMarkdown(sourceText));
    let decoded = href;
    try {
      decoded = decodeURI(href);
    } catch {
      // not percent-encoded as a URI: as it is
    }
    // (Or with only its letters beyond ASCII decoded: Markdown's renderer encodes "cómputo" as "c%C3%B3mputo" in an
    // address whose spaces the author wrote as %20.)
    const letters = href.replace(/(?:%[89A-F][0-9A-F])+/giu, (bytes) => {
      try {
        return decodeURIComponent(bytes);
      } catch {
        return bytes;
      }
    });
    return [href, decoded, decoded.replace(/^mailto:/u, ''), letters].some((form) => readSource?.includes(form) || sourceText.includes(form));
  };
  for (const slide of deck.slides) {
    if (slide.layout === 'title' || slide.layout === 'agenda') continue;
    const walk = (tokens: Tokens): void => {
      for (const token of tokens) {
        const pieces =
          token.type === 'code_inline'
            ? [token.content]
            : token.type === 'fence' || token.type === 'code_block'
              ? token.content.split('\n').filter((l) => l.trim() !== '')
              : [];
        // A link's address, as the author wrote it (not a slide's own link, "#/agenda", nor a picture's, which is copied).
        const href = token.type === 'link_open' ? String(token.attrGet('href') ?? '') : '';
        if (href !== '' && !href.startsWith('#')) {
          checked += 1;
          if (!addressInSource(href)) altered.push({ slide: slide.id, code: href });
        }
        const markup = token.type === 'fence' && token.info.trim() === preHtml;
        for (const piece of pieces) {
          checked += 1;
          if (markup) {
            taglessSource ??= untagged(sourceText);
            if (!taglessSource.includes(untagged(piece))) altered.push({ slide: slide.id, code: piece });
            continue;
          }
          // A code span may wrap in the source: Markdown shows its line break as a space. In a table's cell, GitHub's
          // Markdown shows the author's escaped pipe (`a \| b`) as a pipe.
          const inCell = token.type === 'code_inline' && piece.includes('|') && sourceText.includes(piece.replace(/\|/gu, '\\|'));
          if (
            !inCell &&
            !sourceText.includes(piece) &&
            !sourceText.includes(piece.trim()) &&
            !flatSource.includes(piece.replace(/\s+/gu, ' ').trim()) &&
            !inHelp(piece) &&
            !inOutput(piece)
          )
            altered.push({ slide: slide.id, code: piece });
        }
        if (token.children) walk(token.children);
      }
    };
    walk(bodyTokens(slide));
  }
  return { checked, altered };
}

/** A site generator's or a format's markup, as text (outside code and formulas), where its page would show none. */
const siteMarkup: readonly RegExp[] = [
  // MkDocs' admonitions, fenced divs and Docusaurus' boxes, reStructuredText's directives, Org's keywords.
  // (Its kind a word, "!!! note": not an author's "!!! 4) Foreign investment", marks of stress in plain notes.)
  /^(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z][\w-]*(?![\w-]*[).:])/u,
  /^:::+/u,
  // (A directive's marker run into the line before it, "(Antworten als Penta-Binärcode) :::cards{rows=3}", and a leaf
  // directive, "::br", remark-directive's.)
  /(?<=\s):::+[A-Za-z{][^\s]*/u,
  /(?:^|(?<=\s))::[A-Za-z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?(?=\s|$)/u,
  // The end of a component's tag left as text ("UPPER_NOSPACE(val)?.length === 10} monospace/>"): its tag was cut short.
  /\S*[\w"'}\]][ \t]*\/>(?=\s|$)/u,
  /^\.\.[ \t]+[\w:-]+::/u,
  /^#\+\w+:/u,
  // Template tags and shortcodes (Liquid, Jinja, Hugo), GitHub's alert markers, Pandoc's and kramdown's attribute lists.
  /\{%-?[ \t]*[\w-]+[^%\n]*-?%\}/u,
  /\{\{[<%][^\n]*?[>%]\}\}/u,
  /\{\{[ \t]*(?:site|page|include|layout)\.[^}\n]*\}\}/u,
  // (And a Vue expression a deck framework fills, "{{ $slidev.configs.subject }}", "{{ $frontmatter.title }}".)
  /\{\{[ \t]*\$[A-Za-z][\w.]*[ \t]*\}\}/u,
  /\[!(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION)\]/u,
  // (pandoc-crossref's labels too, "{#eq:linear-setup}".)
  /\{:?[ \t]*[#.][A-Za-z][\w:.-]*(?:[ \t]+[^{}\n]*)?\}/u,
  // (And attr_list's settings for a link, "{. target="_blank"}", "{: target=_blank}", "{target="_blank"}".)
  /\{(?::|\.(?=\s))?[ \t]*(?:target|rel)[ \t]*=[^{}\n]*\}/u,
  // A Markdown picture shown as its source ("![portada](/img/race.png)" in an HTML block that no Markdown reader read).
  /!\[[^\]\n]*\]\([^()\s]+\)/u,
  // A book's index entries and labels for its printed edition (`\index{env()}`, `\indexc{…}`, `\label{sec:x}`), and MDX's
  // import lines ("import Tabs from '@theme/Tabs';"), which the site runs.
  new RegExp(String.raw`${indexCommand}|\\label\{[^}\n]*\}`, 'u'),
  new RegExp(`^${mdxImport}`, 'u'),
];

/**
 * Pieces of a site's markup that a slide shows as text ("??? tip \"Les quines\"", "{% exercise %}", "{ .recap }"): the
 * page showed a box, a tab or nothing there. Code and formulas aside; each as "slide: text".
 */
export function markupShown(deck: Deck): string[] {
  const found: string[] = [];
  for (const slide of deck.slides) {
    for (const token of bodyTokens(slide)) {
      if (token.type !== 'inline' || !token.children) continue;
      const text = token.children
        .map((c) => (c.type === 'text' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? '\n' : c.type === 'code_inline' ? '`…`' : ''))
        .join('');
      for (const line of text.split('\n')) {
        const m = siteMarkup.map((re) => re.exec(line.trim())).find((x) => x !== null);
        if (m) found.push(`${slide.id}: ${m[0].slice(0, 60)}`);
      }
    }
  }
  return found;
}

/** Hidden passages of the source (comments, template comments) that show in the slides or notes. */
export function hiddenShown(model: DocumentModel, deck: Deck, source?: string): string[] {
  const haystack = normalise(deck.slides.map((s) => `${s.body}\n${s.notes}`).join('\n'));
  // A hidden passage the author also wrote where it shows (a line of code repeated in a hidden solution) proves nothing.
  // (Its headings too: a hidden picture of "The Big Picture" under a section of that name.)
  const shown = normalise(
    [...model.intro, ...model.sections.flatMap((s) => [{ text: s.heading }, ...s.blocks]), ...model.summary].map((b) => b.text).join('\n'),
  );
  const found = (model.hidden?.removed ?? []).filter((text) => countWords(text) >= 3 && haystack.includes(normalise(text)) && !shown.includes(normalise(text)));
  if (source === undefined || found.length > 0) return found;
  // Read again from the source as a page's generator reads it, apart from what planning removed: a comment that the
  // planner let through is found here all the same. (Not the comment that ends a Slidev or Marp slide: those tools show
  // it as the slide's speaker notes, and so does lectern.)
  const { hidden, rest } = commentRegions(speakerComments(source));
  const elsewhere = normalise(rest);
  return (
    hidden
      // (Its prose: the code it holds is compared as code is, and each paragraph is read apart.)
      .flatMap((region) => region.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gmu, '\n\n').split(/\n\s*\n/u))
      .flatMap((paragraph) => splitSentences(paragraph))
      .filter((sentence) => countWords(sentence) >= 5 && !elsewhere.includes(normalise(sentence)) && haystack.includes(normalise(sentence)))
      .slice(0, 10)
  );
}

/** A site generator's code block, opening and closing: Jekyll's `{% highlight html %}`, Hugo's `{{< highlight go >}}`. */
const siteCodeOpening = /^[ \t]*(?:\{%-?\s*highlight\s|\{\{[<%]\s*highlight\s)/u;
const siteCodeClosing = /^[ \t]*(?:\{%-?\s*endhighlight\s*-?%\}|\{\{[<%]\s*\/\s*highlight\s*[>%]\}\})/u;

/**
 * A Markdown source's comments as the page's generator drops them, code fences and all: an HTML comment that opens a
 * line outside code runs to the first line holding "-->" (Markdown's HTML block), and a Liquid `{% comment %}` that
 * opens outside code to its `{% endcomment %}` (Liquid runs before Markdown). `rest` is the source without them.
 * Independent of hidden.ts, which planning uses: check reads what that reader may have missed.
 */
export function commentRegions(source: string): { hidden: string[]; rest: string } {
  if (!source.includes('<!--') && !source.includes('comment')) return { hidden: [], rest: source };
  const lines = source.split('\n');
  const hidden: string[] = [];
  const kept: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // (A site's code block too, Jekyll's "{% highlight html %}" and Hugo's "{{< highlight go >}}": a comment in its code
    // is code, shown as the page shows it.)
    const marker = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1] ?? (siteCodeOpening.test(line) ? 'site' : undefined);
    if (fence === 'site') {
      if (siteCodeClosing.test(line)) fence = null;
      kept.push(line);
      continue;
    }
    if (fence !== null) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && /^ {0,3}[`~]+\s*$/u.test(line)) fence = null;
      kept.push(line);
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      kept.push(line);
      continue;
    }
    const html = /^ {0,3}<!--/u.exec(line);
    const opened = html ?? /^ {0,3}\{%-?\s*comment\s*-?%\}/u.exec(line);
    if (!opened) {
      kept.push(line);
      continue;
    }
    const close = html ? /-->/u : /\{%-?\s*endcomment\s*-?%\}/u;
    // (Its closing looked for after its opening: "<!-->" closes nothing.)
    let end = i;
    while (end < lines.length && !close.test(end === i ? line.slice(opened[0].length) : (lines[end] ?? ''))) end += 1;
    if (end >= lines.length) {
      kept.push(line);
      continue;
    }
    hidden.push(
      lines
        .slice(i, end + 1)
        .join('\n')
        .replace(/<!--|-->|\{%-?\s*(?:end)?comment\s*-?%\}/gu, ' '),
    );
    i = end;
  }
  return { hidden, rest: kept.join('\n') };
}

/** A continuation label at a title's end, in any language lectern labels ("(cont.)", "(suite)", "(続き)"), or "(continued)". */
const continuation = new RegExp(`\\s*(?:${continuedPattern})\\s*$`, 'iu');

/** A slide's title as its file writes it: the body's `# ` line. */
const titleOf = (slide: DeckSlide): string => /^#\s+(.*)$/mu.exec(slide.body)?.[1]?.trim() ?? '';

/**
 * Slides titled only as the continuation of another: "Topic (2/5)", or the
 * first slide's title with "(cont.)" ("Shell Scripting (cont.)"). A title
 * that names what the slide goes on with ("Exit codes (cont.)") is not counted,
 * nor one that is the author's own heading in `source` ("## Proving it (1/2)").
 */
export function continuationTitles(deck: Deck, source?: string): { numbered: string[]; continued: string[] } {
  const numbered: string[] = [];
  const continued: string[] = [];
  const titles = new Map(deck.slides.map((s) => [s.id, titleOf(s)]));
  for (const slide of deck.slides) {
    const title = titles.get(slide.id) ?? '';
    if (/\(\d+\s*\/\s*\d+\)\s*$/u.test(title)) {
      if (source === undefined || !new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]+)?${escapeRegExp(title)}`, 'mu').test(source)) numbered.push(slide.id);
    }
    // An agenda or summary that goes on is named by what it is; content slides are what a title must name.
    else if (continuation.test(title) && (slide.layout === 'section' || slide.layout === 'default')) {
      const base = title.replace(continuation, '');
      const first = titles.get(slide.id.replace(/-\d+$/u, ''));
      // (Or its opening words, where it is long: "V čem spočívá hlavní rozdíl mezi… (pokr.)".)
      const opening = base.endsWith('…') ? base.slice(0, -1).trimEnd() : null;
      const opens = (whole: string | undefined): boolean => opening !== null && opening !== '' && whole !== undefined && whole.startsWith(opening);
      if (base === first || base === slide.section || opens(first) || opens(slide.section ?? undefined)) continued.push(slide.id);
    }
  }
  return { numbered, continued };
}

/** Top-level items (list items, paragraphs, code, tables...) a slide's body shows. */
function bodyItems(tokens: Tokens): { items: number; visual: boolean } {
  let items = 0;
  let visual = false;
  let inHeading = false;
  for (const token of tokens) {
    if (token.type === 'heading_open' && token.level === 0) inHeading = true;
    if (token.type === 'heading_close' && token.level === 0) inHeading = false;
    if (inHeading) continue;
    // Nested items count too: an item with its sub-items is more than one short point.
    if (token.type === 'list_item_open') items += 1;
    if (token.level === 0 && ['paragraph_open', 'fence', 'code_block', 'table_open', 'blockquote_open', 'math_block'].includes(token.type)) items += 1;
    // Code, a table, a formula or a picture, at any depth (an exercise's item with its code is no short point).
    if (['fence', 'code_block', 'table_open', 'math_block'].includes(token.type) || token.children?.some((c) => c.type === 'image')) visual = true;
  }
  return { items, visual };
}

/**
 * The words of a slide's inline formulas, as written in TeX ("X \\sim Be(p)": three), and of its code spans
 * ("`f(n) ∈ Ω(g(n))`": three), which planning counts as words of the slide too.
 */
function inlineWords(tokens: Tokens): number {
  let words = 0;
  for (const token of tokens)
    for (const child of token.children ?? []) if (child.type === 'math_inline' || child.type === 'code_inline') words += countWords(child.content);
  return words;
}

/** Slides that show one short item while a neighbour from the same section has room for it. */
/**
 * Whether two slides' titles are of one numbered part where both carry the author's section numbers: "2.2.3 Omitted
 * Header Fields" is not of "2.3 HTCPCP return codes" (2.2 against 2), nor of "2.2.2.1 The Accept-Additions header field".
 */
function sameNumberedPart(a: string | undefined, b: string | undefined): boolean {
  const parent = (title: string | undefined): string | null => {
    const number = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s/u.exec(visibleText(title ?? '').trim())?.[1];
    return number === undefined ? null : number.slice(0, number.lastIndexOf('.'));
  };
  const [pa, pb] = [parent(a), parent(b)];
  return pa === null || pb === null || pa === pb;
}

export function lonelySlides(deck: Deck, authorsSlides = false, parents: readonly string[] = []): string[] {
  // Each slide is parsed once: what it holds, and its words of prose.
  // Words as planning counts them: a formula's and a code span's words too (a definition with three formulas in it takes a
  // slide's room; so does a point of two code spans, "`f(n) ∈ Ω(g(n))` se e solo se `∃ c > 0 …`").
  const content = deck.slides.map((s) =>
    s.layout === 'section' || s.layout === 'default' ? { ...bodyItems(bodyTokens(s)), words: proseWordsOf(bodyTokens(s)) + inlineWords(bodyTokens(s)) } : null,
  );
  // The topic a slide's title names: a continuation's is the one it goes on with.
  const titles = deck.slides.map(titleOf);
  const topic = (k: number): string => (titles[k] ?? '').replace(continuation, '').replace(/:.*$/u, '');
  // Slides of two topics share one only with each topic's title as a label over its points: those words count too.
  const labelWords = (i: number, k: number): number =>
    topic(i) === topic(k) ? 0 : countWords(visibleText(titles[i] ?? '')) + countWords(visibleText(titles[k] ?? ''));
  // A neighbour with room: no code or picture, fewer than five items, and words to spare.
  const roomy = (k: number, i: number, own: number): boolean => {
    const n = content[k];
    return n !== null && n !== undefined && !n.visual && n.words + own + labelWords(i, k) <= roomWords(defaultBudget) && n.items < 5;
  };
  // Slides of two topics share one only as whole topics (planning merges short sub-sections whole): a sub-section's
  // first part is no room for the line of the section over it, nor its last part for the next sub-section's.
  // (A slide titled by a term of its own, "Nota sobre ganancia o pérdida de protones", is still a part of its section: its
  // id says so, "clasificacion-de-iones-4" after "clasificacion-de-iones-3".)
  const idBase = (k: number): string | undefined => deck.slides[k]?.id.replace(/-\d+$/u, '');
  const whole = (k: number): boolean => topic(k - 1) !== topic(k) && topic(k + 1) !== topic(k) && idBase(k - 1) !== idBase(k) && idBase(k + 1) !== idBase(k);
  // In a deck the author cut into slides (plan-deck's cutIntoSlides), two of the author's slides are never one: a
  // divider's line ("Let's Explore NPM!" over "What makes a good package?") is no point to merge with the next slide.
  // Nor is a heading whose sub-sections follow it ("## Algorithm RSA" over "### Key generation", …) a whole topic: planning
  // merges sections that hold no others, and a part's opening line stays at the head of its part.
  const opens = new Set(parents.map((h) => visibleText(h).trim().toLowerCase()));
  const leaf = (k: number): boolean => !opens.has(visibleText(topic(k)).trim().toLowerCase());
  // (Parts of one section, each titled by a term of its own, are parts of one topic.)
  const mergeable = (i: number, k: number): boolean =>
    topic(i) === topic(k) || (!authorsSlides && idBase(i) === idBase(k)) || (!authorsSlides && whole(i) && whole(k) && leaf(i) && leaf(k));
  return deck.slides
    .filter((slide, i) => {
      const own = content[i];
      if (!own || own.items !== 1 || own.visual || own.words > 20) return false;
      return [i - 1, i + 1].some(
        (k) => deck.slides[k]?.section === slide.section && sameNumberedPart(titles[i], titles[k]) && mergeable(i, k) && roomy(k, i, own.words),
      );
    })
    .map((s) => s.id);
}

/**
 * Words of prose on the slides against words in their notes; prose-heavy when
 * most of the source's prose (its paragraphs' and list items' words) is in
 * paragraphs of three sentences or more: an outline of short bullets with a
 * few long paragraphs above it is no prose.
 */
export function proseRatio(model: DocumentModel, deck: Deck): { slideWords: number; notesWords: number; ratio: number; proseHeavy: boolean } {
  const slideWords = deck.slides.filter((s) => s.layout !== 'title' && s.layout !== 'agenda').reduce((n, s) => n + proseWordsOf(bodyTokens(s)), 0);
  const notesWords = deck.slides.reduce((n, s) => n + (s.notes === '' ? 0 : proseWordsOf(notesTokens(s))), 0);
  const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary];
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list').reduce((n, b) => n + countWords(b.text), 0);
  const long = blocks.filter((b) => b.kind === 'paragraph' && splitSentences(b.text).length >= 3).reduce((n, b) => n + countWords(b.text), 0);
  return {
    slideWords,
    notesWords,
    ratio: notesWords === 0 ? 0 : Math.round((slideWords / notesWords) * 100) / 100,
    proseHeavy: long > 0 && long / prose >= 0.5,
  };
}

/**
 * Images the slides show that are remote (never fetched) or missing from the deck folder, and the figures the
 * document's hidden code draws (chunks.ts), which stand as placeholders: no failure, but the lecturer's to add.
 */
export function imageProblems(deck: Deck, exists: (src: string) => boolean): { missing: string[]; remote: string[]; notRun: string[] } {
  const missing: string[] = [];
  const remote: string[] = [];
  const notRun: string[] = [];
  for (const slide of deck.slides) {
    const walk = (tokens: Tokens): void => {
      for (const t of tokens) {
        if (t.type === 'image') {
          const src = String(t.attrGet('src') ?? '');
          if (/^https?:/iu.test(src)) remote.push(`${slide.id}: ${src}`);
          else if (src.startsWith(chunkOutputScheme)) notRun.push(`${slide.id}: ${src.slice(chunkOutputScheme.length)}`);
          else if (src !== '' && !/^[a-z][a-z0-9+.-]*:/iu.test(src) && !exists(src)) missing.push(`${slide.id}: ${src}`);
        }
        if (t.children) walk(t.children);
      }
    };
    if (slide.body.includes('![')) walk(bodyTokens(slide));
  }
  return { missing, remote, notRun };
}

/** Speaking time: seconds per slide and minutes for the deck, at `wpm` words a minute. */
export interface SpeakingTime {
  wpm: number;
  minutes: number;
  /** Seconds per slide, by id. */
  perSlide: Record<string, number>;
}

/**
 * How long a deck takes to speak: each slide's notes (or, without notes,
 * its words on screen) at `wpm` words a minute, and at least a few seconds
 * for a slide with nothing to say (a title, an agenda, a picture).
 */
export function speakingTime(deck: Deck, wpm = 130, spoken?: readonly (number | undefined)[]): SpeakingTime {
  const perSlide: Record<string, number> = {};
  let total = 0;
  for (const [i, slide] of deck.slides.entries()) {
    const words = spoken?.[i] ?? proseWordsOf(slide.notes.trim() !== '' ? notesTokens(slide) : bodyTokens(slide));
    const seconds = Math.max(5, Math.round((words / wpm) * 60));
    perSlide[slide.id] = seconds;
    total += seconds;
  }
  return { wpm, minutes: Math.round((total / 60) * 10) / 10, perSlide };
}

/** Formulas KaTeX cannot read (shown in red as written), by slide: "slide-id: KaTeX's reason". */
export function formulaErrors(deck: Deck): string[] {
  return withMacros(deck.meta.macros, () =>
    deck.slides.flatMap((slide) => {
      if (!/\$|\\begin\{|```math|~~~math/u.test(slide.body)) return [];
      const { warnings } = collectMathWarnings(() => markdownFor(slide.body).render(slide.body));
      return warnings.filter((w) => w.endsWith(unreadFormula)).map((w) => `${slide.id}: ${w.slice(0, -unreadFormula.length)}`);
    }),
  );
}
