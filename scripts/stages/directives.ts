// Boxes and figures written as fenced blocks, and the markup of MyST (Jupyter
// Book, The Turing Way): a site renders them as a box, a picture or a
// citation, never as code. A fence whose info names a box (```warn
// header="...", javascript.info; ```{note} Title, MyST) keeps what it holds
// as Markdown, its title as its bold lead-in; ```{figure} path is the
// picture; `(label)=` target lines go; a role's text is shown as the site
// shows it (a citation's key is kept out). Pure: text in, text out; line
// numbers are kept.
import { countBelow } from './sorted.ts';
import { closingLine, dedentLines, divEnd, fenceClose, fenceEnd, fenceFor, fenceOpen, fencedChunks, mapProse } from './fence.ts';
import { referenceKinds, taggable } from './crossrefs.ts';
import { attribute } from './html-blocks.ts';
import { columnsOf, escapeMarkdown, isPictureLine } from './units.ts';
import { namesContents } from './contents.ts';
import { inBold } from './text-size.ts';
import { linksAsText } from './condense.ts';
import { emojiShortcodes } from './markdown.ts';
import { decodeHTML, escapeUTF8 } from 'entities';

/** The kinds of box a fence may name (javascript.info's, MyST's and Sphinx's admonitions). */
const boxKinds =
  /^(?:note|notes|tip|tips|hint|info|important|warn|warning|caution|danger|error|attention|smart|online|aside|admonition|seealso|see-also|callout|remark|todo|dropdown|margin|sidebar|topic|epigraph|pull-quote|highlights)$/iu;

/** The title a box's opening line gives: `header="..."` (javascript.info), or the text after a MyST directive. */
function boxTitle(kind: string, rest: string): string | null {
  const header = /\b(?:header|title)\s*=\s*"([^"]*)"/u.exec(rest)?.[1];
  if (header) return header.trim() || null;
  if (kind.startsWith('{')) return rest.trim() || null;
  return null;
}

/** The line that closes a box opened with `fence` from line `from`: the first like fence that closes no code fence opened inside it. */
function boxEnd(lines: string[], from: number, fence: string): number {
  const close = fenceClose(fence);
  let end = from;
  while (end < lines.length && !close.test(lines[end] ?? '')) {
    const inner = fenceOpen.exec(lines[end] ?? '');
    // A fence with an info string ("```js run") opens code inside the box: its own closing line is not the box's.
    end = inner && (inner[3] ?? '').trim() !== '' ? closingLine(lines, end + 1, fenceClose(inner[2] ?? '```')) + 1 : end + 1;
  }
  return end;
}

/**
 * The closing line of a fence opened between `from` and `end` and not closed before `end` (the outermost such, as
 * its indentation writes it), or null when each fence there closes before it.
 */
function openInside(lines: string[], from: number, end: number): string | null {
  for (let k = from; k < end; k += 1) {
    const open = fenceOpen.exec(lines[k] ?? '');
    if (!open) continue;
    const mark = open[2] ?? '```';
    const close = closingLine(lines, k + 1, fenceClose(mark));
    if (close >= end) return `${open[1] ?? ''}${mark}`;
    k = close;
  }
  return null;
}

/**
 * A list-table's rows ("* - a cell" over "  - the next cell", a cell's lines set in under its dash): its rows of cells,
 * each cell's lines joined.
 */
export function listTableRows(body: string[]): string[][] {
  const rows: string[][] = [];
  for (const line of body) {
    const row = /^[*-]\s+-\s+(.*)$/u.exec(line);
    const cell = row ? null : /^\s{1,4}-\s+(.*)$/u.exec(line);
    const last = rows[rows.length - 1];
    if (row) rows.push([(row[1] ?? '').trim()]);
    else if (cell && last) last.push((cell[1] ?? '').trim());
    // A cell's other lines go on with it.
    else if (last && last.length > 0 && line.trim() !== '') last[last.length - 1] = `${last[last.length - 1] ?? ''} ${line.trim()}`.trim();
  }
  return rows;
}

/** bookdown's theorem engines (```{theorem label, name="…"}, ```{proof}): Markdown the book shows in a box named by its name or its kind. */
const bookdownBox = /^\{(theorem|lemma|corollary|proposition|conjecture|definition|example|exercise|hypothesis|remark|proof)(?=[\s,}])([^}]*)\}\s*$/u;

/** A line that opens a knitr chunk (```{r}, ```{theorem}): knitr ends the chunk open before it there, closed or not. */
const chunkOpening = /^[\t >]*`{3,}\s*\{[a-zA-Z0-9_]/u;

/** The line that ends a bookdown box opened at `from - 1`: its closing fence, or the next chunk's opening (then left as it is). */
function knitrEnd(lines: string[], from: number, fence: string): { end: number; closed: boolean } {
  const close = fenceClose(fence);
  for (let end = from; end < lines.length; end += 1) {
    if (close.test(lines[end] ?? '')) return { end, closed: true };
    if (chunkOpening.test(lines[end] ?? '')) return { end, closed: false };
  }
  return { end: lines.length, closed: true };
}

/**
 * MyST's directives written with colons whose name the colon-fenced divs of
 * Pandoc do not take (`::::::{prf:example}`, `:::{math}`): written with
 * backticks, three more than the colons, so that fencedDirectives (and
 * chunks.ts, for {math}) read them: nested ones keep their nesting, and code
 * fences inside cannot close them.
 */
function colonDirectives(lines: string[]): void {
  const open: { colons: number; backticks: string }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // Any MyST directive: a bare name in braces ("{note}", "{figure}", "{iframe}"); Pandoc's divs write a class or an
    // id there ("{.callout-note}", "{#fig-x}"), and stay fenced divs. (Its brace may be escaped, ":::\{dropdown}", as a
    // Markdown formatter writes it: the directive all the same.)
    const start = /^( {0,3})(:{3,})[ \t]*\\?(\{[A-Za-z][\w:-]*\}.*)$/u.exec(line);
    if (start) {
      const backticks = '`'.repeat((start[2] ?? ':::').length + 3);
      open.push({ colons: (start[2] ?? ':::').length, backticks });
      lines[i] = `${start[1] ?? ''}${backticks}${start[3] ?? ''}`;
      continue;
    }
    // A line of colons closes the outermost open directive of as many colons or fewer, and those open inside it: MyST
    // reads a directive's body to its closing line first, so one left open inside ("::::{admonition} Question" over
    // ":::{admonition} Answer" and no ":::" before the "::::") ends with it.
    const close = /^ {0,3}(:{3,})[ \t]*$/u.exec(line);
    const at = close ? open.findIndex((o) => o.colons <= (close[1] ?? '').length) : -1;
    if (at >= 0) {
      const closing = open.splice(at).reverse();
      lines.splice(i, 1, ...closing.map((o) => o.backticks));
      i += closing.length - 1;
    }
  }
}

/**
 * Whether a directive's body, from line `from`, is prose: its first lines open with a capital and hold no character
 * code is made of ("Lorentz did not derive the transformation…", not "name = \"x\"" or "int add(…)" under an engine
 * lectern does not know, ```{Rcpp}). A link's address, a code span, a formula and an entity are the prose's own
 * ("[Poincaré](https://…?q=poincare)"); items may follow its first line.
 */
function opensWithProse(lines: string[], from: number): boolean {
  const opening = lines
    .slice(from, from + 11)
    .filter((l) => l.trim() !== '' && !/^\s*(?:`{3,}|~{3,}|:{3,})/u.test(l))
    .slice(0, 3);
  const first = opening[0] ?? '';
  return (
    /^\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}\p{N}'’.,:;!?()-]+){3,}/u.test(first) &&
    !/^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|BEGIN|END)\b/u.test(first) &&
    opening.every((l) => !/[=;{}<>$#`|\\]|\($/u.test(l.replace(/\]\([^)\s]*\)|<https?:[^>\s]*>|`[^`\n]+`|\$[^$\n]+\$|&\w+;/gu, ']')))
  );
}

/** A table directive's caption over its table, in bold (one that opens in bold is shown as written). */
const boldCaption = (caption: string): string => (/^(?:\*\*|__)/u.test(caption) ? caption : `**${caption}**`);

/** Fenced boxes and figures become Markdown; the count is of the markers kept out. (MyST's {math} directive is chunks.ts's.) */
export function fencedDirectives(text: string): { text: string; count: number } {
  if (!/^ {0,3}(?:`{3,}|~{3,}|:{3,}[ \t]*\{)/mu.test(text)) return { text, count: 0 };
  const lines = text.split('\n');
  colonDirectives(lines);
  let count = 0;
  // sphinx-exercise numbers the exercises of a page in order, titled or not: an untitled one is "Exercise 2".
  let exercises = 0;
  // What a box writes after the line that closes a box left open inside it (that box's closing line, on the outer's).
  const closing = new Map<number, string>();
  const exercise = (unnumbered: boolean, title: string | null): string => {
    if (unnumbered) return title ?? 'Exercise';
    exercises += 1;
    return title ?? `Exercise ${exercises}`;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const open = fenceOpen.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[2] ?? '```';
    const info = /^[ \t]*(\{[\w:-]+\}|[\w-]+)?(.*)$/u.exec(open[3] ?? '');
    const kind = info?.[1] ?? '';
    const rest = info?.[2] ?? '';
    const name = kind.replace(/^\{|\}$/gu, '');
    // sphinx-exercise's gated exercise: its text lies between ```{exercise-start} (with its options) and ```{exercise-end},
    // each a fence of its own. The start is the exercise's title over that text; the end, and the options, are markup.
    if (name === 'exercise-start' || name === 'exercise-end') {
      const end = closingLine(lines, i + 1, fenceClose(fence));
      if (end >= lines.length) break;
      const options = lines.slice(i + 1, end).join('\n');
      for (let k = i; k <= end; k += 1) lines[k] = '';
      count += 1;
      if (name === 'exercise-start') {
        lines[i] = `**${exercise(/^\s*:nonumber:/mu.test(options), rest.trim() || null)}**`;
        const stop = lines.findIndex((l, k) => k > end && /^ {0,3}(?:`{3,}|~{3,})\{exercise-end\}/u.test(l));
        titleOverProse(lines, i, end + 1, stop < 0 ? lines.length : stop);
      }
      i = end;
      continue;
    }
    // sphinx-proof's theorems, definitions and proofs ({prf:theorem}) and sphinx-exercise's exercises are boxes named by their kind.
    // So are sphinx-lesson's (CodeRefinery, The Carpentries' Sphinx lessons): objectives, key points, type-alongs…
    const named =
      /^(?:prf:(\w+)|(exercise|objectives|questions|keypoints|prerequisites|discussion|callout|challenge|type-along|checklist|demo|homework|instructor-note))$/u.exec(
        name,
      );
    // Another MyST directive whose body opens with its options (":url: …", ":class: …": an {applet}, a {card}), or one
    // whose body is prose (a book's own {intermezzo} over a paragraph and figures), holds Markdown too, a box named by
    // its kind; not one that holds code, a file, data or raw markup, nor a chunk of code to run.
    const optioned =
      kind.startsWith('{') &&
      (/^\s*:[\w-]+:/u.test(lines[i + 1] ?? '') || opensWithProse(lines, i + 1)) &&
      !/^(?:code-cell|code-block|code|sourcecode|literalinclude|include|eval-rst|raw|glue(?::\w+)?|math|figure|image|toctree|tableofcontents|contents|bibliography|index|solution(?:-start|-end)?|mermaid|graphviz|tikz|plantuml|csv-table|jupyter-execute|ipython|exec|runblock|parsed-literal|highlight|automodule|autoclass|autofunction)$/u.test(
        name,
      ) &&
      !/^(?:r|python|py|julia|ojs|bash|sh|sql|ipython3?|js|javascript)$/u.test(name);
    // Such a directive whose body is data ("{"v": 3, "gates": …}", a diagram an extension draws from JSON) shows a picture
    // lectern cannot draw: kept out, with what it holds, rather than shown as text.
    if (optioned && /^\s*[[{]/u.test(lines.slice(i + 1).find((l) => l.trim() !== '' && !/^\s*:[\w-]+:/u.test(l)) ?? '')) {
      const last = closingLine(lines, i + 1, fenceClose(fence));
      if (last >= lines.length) break;
      for (let k = i; k <= last; k += 1) lines[k] = '';
      count += 1;
      i = last;
      continue;
    }
    // mdbook-admonish's boxes: ```admonish warning title="…" (its kind after the word, a title maybe).
    const admonish = name === 'admonish' ? (/^\s*([\w-]+)?/u.exec(rest)?.[1] ?? 'note') : null;
    // (Not a MyST directive of the same name: one with options on its next line (":label: ex4"), or fenced by more
    // backticks than three to hold fences of its own, closes at its fence, where knitr would end it at the next.)
    const bookdown = fence === '```' && !/^\s*:[\w-]+:/u.test(lines[i + 1] ?? '') ? bookdownBox.exec(open[3] ?? '') : null;
    // sphinx-design's tabs, grids and cards: a tab or a card is a box titled by its argument; a set of tabs, a grid
    // or a carousel only lays them out (its argument is a column count: no title).
    // sphinx-tabs' too: {tabs} lays out its {tab} and {group-tab} boxes, each titled by its argument ("Python").
    const design = /^(?:tab-set|tab-set-code|tab-item|grid|grid-item|grid-item-card|card|card-carousel|tabs|tab|group-tab)$/u.test(name);
    const layout = /^(?:tab-set|tab-set-code|grid|grid-item|card-carousel|tabs)$/u.test(name);
    const isBox = boxKinds.test(name) || named !== null || optioned || admonish !== null || bookdown !== null || design;
    // (MyST-NB's {glue:figure} shows a figure a notebook's cell made, by its key: a picture lectern does not have, its
    // caption the author's words.)
    const isFigure = kind.startsWith('{') && /^(?:figure|image|glue:figure)$/iu.test(name);
    // Code closes at the first like fence (CommonMark); a box holds whole code fences of its own, even inside a
    // fence of three (```warn around ```js, as javascript.info writes them), and closes after them. A bookdown box
    // ends where knitr ends it: at its fence, or where the next chunk opens (its code is that chunk's).
    const knitr = bookdown ? knitrEnd(lines, i + 1, fence) : null;
    // (A box indented under another is read without its own indentation, as what it holds is: a fence inside it
    // indented less than its own lines is no fence of its own.)
    const indent = (open[1] ?? '').length;
    const unindented = indent > 0 ? lines.map((l, k) => (k > i ? l.replace(new RegExp(`^ {0,${indent}}`, 'u'), '') : l)) : lines;
    const holding = isBox && !knitr ? boxEnd(unindented, i + 1, fence) : lines.length;
    // A box whose fences inside leave it no closing line of its own (MyST: a ````{tip} opened inside a ````{important},
    // both closed by one ````) closes where CommonMark closes its fence, at the first like line: MyST reads what that
    // holds again, and a box left open inside it ends with it. (`inner`: that box's own closing line, put there.)
    const end = knitr
      ? knitr.end
      : isBox
        ? holding < lines.length
          ? holding
          : closingLine(unindented, i + 1, fenceClose(fence))
        : closingLine(lines, i + 1, fenceClose(fence));
    const inner = isBox && !knitr && holding >= lines.length ? openInside(unindented, i + 1, end) : null;
    /** Writes the box's closing `text` at its end, or, when a box inside ends there, after that box's closing line. */
    const closeAt = (at: number, text: string): void => {
      const after = closing.get(at);
      closing.delete(at);
      if (inner !== null && at === end) {
        lines[at] = inner;
        closing.set(at, [text, after].filter((t) => t !== undefined && t !== '').join('\n'));
      } else lines[at] = [text, after].filter((t) => t !== undefined && t !== '').join('\n');
    };
    /**
     * Writes the Markdown a table directive shows in its lines, line for line where they hold it (they do, but for a
     * table of a row or two), so what follows keeps its line; and its closing line.
     */
    const writeInPlace = (shown: string[]): void => {
      for (let k = i; k <= end; k += 1) lines[k] = shown[k - i] ?? '';
      if (shown.length > end - i) lines[end - 1] = shown.slice(end - 1 - i).join('\n');
      closeAt(end, '');
    };
    // Unclosed, it holds the rest of the document (as CommonMark reads it): nothing after it is looked at.
    if (end >= lines.length) break;
    // A MyST embed ({iframe}, {video}, {youtube}: a lecture's video) plays nothing on a slide: a link to it, named by
    // its title; its options are never shown.
    // (A figure of one, {iframe-figure} or {video-figure}, keeps its caption under the link, where it is written; its
    // address had been the bold label over the caption, and the slide's title.)
    if (kind.startsWith('{') && /^(?:iframe|video|youtube|embed|iframe-figure|video-figure)$/iu.test(name)) {
      const address = rest.trim();
      const figure = /-figure$/iu.test(name);
      const title =
        /^\s*:title:\s*["']?(.*?)["']?\s*$/mu.exec(lines.slice(i + 1, end).join('\n'))?.[1]?.replace(/[[\]]/gu, '') ||
        (figure ? (address.split(/[\\/]/u).pop() ?? '').replace(/[[\]]/gu, '') : '') ||
        kindTitle(name);
      let options = true;
      for (let k = i; k <= end; k += 1) {
        // (Its options, up to the first line that is none, are never shown.)
        if (figure && k > i && k < end && !(options && /^\s*:[\w-]+:/u.test(lines[k] ?? ''))) {
          options = false;
          continue;
        }
        lines[k] = '';
      }
      lines[i] = address === '' ? '' : `[${title}](<${address}>)`;
      count += 2;
      i = end;
      continue;
    }
    // A file's code shown by the site ({literalinclude} path, with its :language:) is not in the document: a link to the
    // file names it; another Markdown file included ({include}) is that file's, not this one's.
    if (kind.startsWith('{') && /^(?:literalinclude|include)$/u.test(name)) {
      const path = rest.trim();
      for (let k = i; k <= end; k += 1) lines[k] = '';
      if (name === 'literalinclude' && path !== '') lines[i] = `[${path.replace(/[[\]]/gu, '')}](<${path.replace(/[<>]/gu, '')}>)`;
      count += 2;
      i = end;
      continue;
    }
    // sphinx-tabs' {code-tab} is code in the language it names ("```{code-tab} py"; a title may follow).
    if (name === 'code-tab') {
      lines[i] = `${open[1] ?? ''}${fence}${/^\s*([\w+#-]*)/u.exec(rest)?.[1] ?? ''}`;
      i = end;
      continue;
    }
    if (!isBox && !isFigure && kind !== '{table}') {
      // Any other fence is code: what it holds is left alone.
      i = end;
      continue;
    }
    count += 2;
    let body = i + 1;
    // What a box holds is read as CommonMark reads a fence's content: without the indentation of its opening fence
    // (MyST's nested {tabs} and {group-tab} are written indented under the box that holds them).
    for (let k = body; k < end; k += 1) lines[k] = unindented[k] ?? '';
    // A MyST directive's options (":name: fig-x", ":class: dropdown", or a block of them between --- lines) are settings, not text.
    const options = new Map<string, string>();
    const option = (line: string, pattern: RegExp): void => {
      const m = pattern.exec(line);
      if (m?.[1]) options.set(m[1].toLowerCase(), (m[2] ?? '').trim());
    };
    // (After a blank line too: "```{figure} x.png", a blank line, then an empty block "---" over "---" before its caption.)
    let opens = body;
    while (opens < end && (lines[opens] ?? '').trim() === '') opens += 1;
    if (opens > body && /^\s*---\s*$/u.test(lines[opens] ?? '')) {
      for (let k = body; k < opens; k += 1) lines[k] = '';
      body = opens;
    }
    if (/^\s*---\s*$/u.test(lines[body] ?? '')) {
      let last = body + 1;
      while (last < end && !/^\s*---\s*$/u.test(lines[last] ?? '')) last += 1;
      if (last < end) {
        for (let k = body; k <= last; k += 1) {
          option(lines[k] ?? '', /^\s*([\w-]+):\s*(.*)$/u);
          lines[k] = '';
        }
        body = last + 1;
      }
    }
    while (body < end && /^\s*:[\w-]+:/u.test(lines[body] ?? '')) {
      option(lines[body] ?? '', /^\s*:([\w-]+):\s*(.*)$/u);
      lines[body++] = '';
    }
    if (name === 'list-table') {
      // MyST's table written as a list of rows: a Markdown table under its title in bold (its header the rows the option
      // names, else a row of empty cells, which is not shown). A title that opens in bold is shown as written.
      const rows = listTableRows(lines.slice(body, end));
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (width > 0) {
        const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, k) => (cells[k] ?? '').replace(/\|/gu, '\\|')).join(' | ')} |`;
        const headed = Number(options.get('header-rows') ?? '0') > 0;
        const table = [line(headed ? (rows[0] ?? []) : []), `|${' --- |'.repeat(width)}`, ...(headed ? rows.slice(1) : rows).map(line)];
        // (A caption that opens with its name in bold, "**Hermite polynomials**. We give here…": the name over the table,
        // as a label stays with what it is over, and the rest of the caption after it.)
        const caption = rest.trim();
        const named = /^(\*\*[^*\n]+\*\*|__[^_\n]+__)[.:]?\s+(\S.*)$/u.exec(caption);
        const shown = [...(caption === '' ? [] : [named?.[1] ?? boldCaption(caption), '']), ...table, ...(named ? ['', named[2] ?? ''] : [])];
        writeInPlace(shown);
        i = end;
        continue;
      }
    }
    // MyST's {table}: a Markdown table, however its rows are set in, under its caption in bold.
    const rows = name === 'table' ? lines.slice(body, end).map((l) => l.trim()) : [];
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    if (rows.length >= 2 && rows.every((r) => r.includes('|')) && /^\|?[\s:|-]+\|?$/u.test(rows[1] ?? '')) {
      const caption = rest.trim();
      writeInPlace([...(caption === '' ? [] : [boldCaption(caption), '']), ...rows]);
      i = end;
      continue;
    }
    if (kind === '{table}') {
      // (One that holds no Markdown table is left as written, as another fence's code is.)
      count -= 2;
      i = end;
      continue;
    }
    // A figure the site shows in its dark mode only (":class: only-dark-mode", beside the same figure for light mode):
    // the deck shows the other one.
    if (isFigure && /(?:^|\s)(?:only-dark(?:-mode)?|dark-only)(?:\s|$)/u.test(options.get('class') ?? '')) {
      for (let k = i; k <= end; k += 1) lines[k] = '';
      i = end;
      continue;
    }
    if (isFigure) {
      const src = rest.trim();
      let alt = (options.get('alt') ?? '').replace(/^(["'])(.*)\1$/u, '$2').replace(/[[\]]/gu, '');
      // Its caption (the body's one paragraph), set under the picture as the site sets it: the picture's description
      // where it has none and the caption is words alone; else a line in emphasis under it, which stays with it
      // (units.ts' captionText), not a paragraph that may go to a slide of its own. (On its first line, the others left
      // blank: line numbers hold.)
      const captionLines = lines.slice(body, end).flatMap((l, k) => (l.trim() === '' ? [] : [body + k]));
      const paragraph = captionLines.length > 0 && captionLines.every((k, n) => n === 0 || k === (captionLines[n - 1] ?? 0) + 1);
      if (src && paragraph && captionLines.length <= 6) {
        // (Without the dash the site sets after the figure's number, "Fig. 4.1 - Loss of…", which the author escaped,
        // "\- Loss of heterozygosity…": the deck shows no number, and the caption opened on a dash.)
        const caption = captionLines
          .map((k) => (lines[k] ?? '').trim())
          .join(' ')
          .replace(/^(?:\\-|[–—])\s+/u, '');
        // (Not a caption that opens as a block would, a list's item, a quotation, a heading or a table's row.)
        const block = /^(?:[-*+>#|]|\d+[.)]\s)/u.test(caption);
        const words = !block && !/\$|\]\(|<|`|\\/u.test(caption);
        const emphasis = !block && !/[*_]/u.test(caption.replace(/\$[^$\n]*\$/gu, ''));
        if ((alt === '' && words) || emphasis) {
          for (const k of captionLines) lines[k] = '';
          if (alt === '' && words) alt = caption.replace(/[[\]]/gu, '');
          else lines[captionLines[0] ?? body] = `*${caption}*`;
        }
      }
      lines[i] = src ? `![${alt}](<${src}>)` : '';
    } else {
      const kindName = admonish ?? named?.[1] ?? named?.[2] ?? (optioned && !boxKinds.test(name) ? name.replace(/^[\w-]+:/u, '') : '');
      const bookdownName = bookdown ? (/\bname\s*=\s*(["'])(.*?)\1/u.exec(bookdown[2] ?? '')?.[2]?.trim() ?? '') : '';
      const given = boxTitle(kind, rest);
      // (bookdown's exercise chunks are numbered too.)
      const exerciseBox = kindName === 'exercise' || bookdown?.[1] === 'exercise';
      const numbered = exerciseBox && !layout ? exercise(options.has('nonumber'), (bookdown ? bookdownName : given) || null) : null;
      const title = layout
        ? null
        : (numbered ?? (bookdown ? bookdownName || kindTitle(bookdown[1] ?? '') : (given ?? (kindName ? kindTitle(kindName) : null))));
      // sphinx-design's card: "^^^" ends its header, "+++" opens its footer; lines of layout, not text.
      if (name === 'card' || name === 'grid-item-card')
        for (let k = body; k < end; k += 1) if (/^\s*(?:\^{3,}|\+{3,})\s*$/u.test(lines[k] ?? '')) lines[k] = '';
      // A box with the dropdown class (":class: dropdown") is folded on the page, as a dropdown is.
      if (name === 'instructor-note' || name === 'dropdown' || /(?:^|\s)dropdown(?:\s|$)/u.test(options.get('class') ?? '')) {
        // What the lesson says to its instructor goes to the speaker notes, and so does what a dropdown folds away (an
        // answer): a folded box, whose body is notes only, the dropdown's title its summary.
        const box = boxLines('', name === 'instructor-note' ? '' : (title ?? ''), true);
        // On the lines the markers took where blank lines are there to part them from the text (the options' lines).
        lines[i] = body > i + 1 ? box.open.replace(/\n$/u, '') : box.open;
        // (A closing </details> may follow the text directly: it interrupts a paragraph.)
        closeAt(end, box.close.replace(/^\n/u, ''));
        i = body - 1;
        continue;
      }
      lines[i] = title ? inBold(title) : '';
      // The title leads the box's first paragraph, as the site shows it, even where options stood between them.
      if (title) titleOverProse(lines, i, body, end);
    }
    if (!knitr || knitr.closed) closeAt(end, '');
    // What the box holds is read again: it may hold code fences of its own.
    i = body - 1;
  }
  // (A fence of code left open inside a box closes where the box does, and the box's closing text comes after it.)
  for (const [at, text] of closing) lines[at] = [lines[at], text].filter((t) => t !== undefined && t !== '').join('\n');
  return { text: lines.join('\n'), count };
}

/** MyST's and docutils' roles that set text in a style: what the deck shows for each. */
const typography = new Map<string, (text: string) => string>(
  Object.entries({
    sc: (t) => t,
    smallcaps: (t) => t,
    index: (t) => t.replace(/^[!]|;.*$/gu, '').trim(),
    strong: (t) => `**${t}**`,
    emphasis: (t) => `*${t}*`,
    sub: (t) => `<sub>${t}</sub>`,
    subscript: (t) => `<sub>${t}</sub>`,
    sup: (t) => `<sup>${t}</sup>`,
    superscript: (t) => `<sup>${t}</sup>`,
    u: (t) => `<u>${t}</u>`,
    underline: (t) => `<u>${t}</u>`,
    del: (t) => `~~${t}~~`,
    strike: (t) => `~~${t}~~`,
  }),
);

/** Sphinx's roles that show their text as code or as keys. */
const codeRoles = /^(?:code|kbd|command|file|samp|program|envvar|option|literal|regexp|makevar|mailheader|guilabel|menuselection|dfn|math)$/u;

/** A citation's keys as a reference shows them: "Woo15,AJR01" -> "Woo15, AJR01". */
const citationKeys = (content: string): string =>
  content
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
    .join(', ');

/** A MyST equation's label after its closing dollars, at the line's end ("$$ (derivatives-of-fy)", "$$(eq-1)"): a name with a letter. */
const equationLabel = String.raw`[ \t]*\(((?=[\w:.-]*\p{L})[\w:.-]+)\)[ \t]*$`;

/** A display formula with a MyST label after its closing dollars ("$$ C_{ij} = (-1)^{i+j}M_{ij}. $$(cofactor-equation)"). */
const labelledEquation = new RegExp(String.raw`\$\$([^$]*)\$\$${equationLabel}`, 'gmu');

/** A display formula d2lbook labels on the line under it ("$$ … $$" over ":eqlabel:`eq_mse`"). */
const eqlabelledEquation = /\$\$([^$]*)\$\$[ \t]*\n[ \t]*:eqlabel:`([^`\n]+)`[ \t]*$/gmu;

/** The label alone, after any closing dollars (of a formula over several lines too). */
const labelAfterDollars = new RegExp(String.raw`(\$\$)${equationLabel}`, 'gmu');

/**
 * MyST's math directive with a label among its options ("```{math}" / ":label: solow" / the formula / "```"): the
 * label, and the formula's lines after the options.
 */
const labelledMathDirective = /^([ \t]*)(`{3,}|~{3,})\{math\}[^\n]*\n((?:[ \t]*:[\w-]+:[^\n]*\n)*)([\s\S]*?)\n[ \t]*\2[ \t]*$/gmu;

/** The label among a math directive's options (":label: solowc"), or null. */
const directiveLabel = (options: string): string | null => /^[ \t]*:label:[ \t]*(\S+)[ \t]*$/mu.exec(options)?.[1] ?? null;

/**
 * The numbers a MyST page gives its labelled display formulas, in the order they come ("$$ … $$ (label)", and the math
 * directive with a ":label:" option: one count for both, as the site keeps), for mystMarkup and tagMathDirectives: the
 * page's text whole, as its formulas may be inside directives and its references anywhere. Only the formulas KaTeX can
 * tag are in it: a reference to another shows its label, as a number would point at nothing.
 */
export function equationNumbers(text: string): Map<string, number> {
  const numbers = new Map<string, number>();
  if (!text.includes('$$') && !text.includes('{math}')) return numbers;
  const found: { at: number; label: string; body: string }[] = [];
  for (const m of text.matchAll(labelledEquation)) found.push({ at: m.index, label: m[2] ?? '', body: m[1] ?? '' });
  if (text.includes(':eqlabel:')) for (const m of text.matchAll(eqlabelledEquation)) found.push({ at: m.index, label: m[2] ?? '', body: m[1] ?? '' });
  if (text.includes('{math}'))
    for (const m of text.matchAll(labelledMathDirective)) {
      const label = directiveLabel(m[3] ?? '');
      if (label !== null) found.push({ at: m.index, label, body: m[4] ?? '' });
    }
  const seen = new Set<string>();
  for (const { label, body } of found.sort((a, b) => a.at - b.at)) {
    if (seen.has(label)) continue;
    seen.add(label);
    if (taggable(body)) numbers.set(label, seen.size);
  }
  return numbers;
}

/** A MyST directive that numbers what it shows, its options, and (after them) its first line of text: the kinds a page numbers. */
const numberedDirective =
  /^[ \t]*(?:`{3,}|~{3,}|:{3,})\{(figure|list-table|table|csv-table|exercise|prf:\w+)\}[^\n]*\n([ \t]*---[ \t]*\n(?:(?![ \t]*---)[^\n]*\n)*[ \t]*---[ \t]*\n|(?:[ \t]*:[\w-]+:[^\n]*\n)*)/gmu;
/** d2lbook's target: a label on the line under a picture alone (1) or a heading (2). */
const d2lTarget = /^(?:(!\[[^\n]*\]\([^\n]*\))|#{1,6}[ \t]+(.+?)[ \t#]*)[ \t]*\n[ \t]*:label:`([^`\n]+)`[ \t]*$/gmu;

/** A MyST target line over a heading ("(sec-intro)=" / "## Introduction"). */
const sectionTarget = /^\(([\w:.-]+)\)=[ \t]*\n(?:[ \t]*\n)*#{1,6}[ \t]+(.+?)[ \t#]*$/gmu;

/**
 * What MyST shows for a reference to the page's own target written as a link with no text ("[](#harmonic-oscillator)"):
 * a figure's, a table's or an exercise's kind and number in the page's order ("Figure 2"), a numbered equation's number
 * ("(3)"), a section's heading. By label.
 */
export function mystTargets(text: string, numbers: ReadonlyMap<string, number>): Map<string, string> {
  const targets = new Map<string, string>();
  if (!text.includes('](#') && !/\{(?:num)?ref\}`|:numref:`/u.test(text)) return targets;
  for (const [label, n] of numbers) targets.set(label, `(${n})`);
  const counts = new Map<string, number>();
  for (const m of text.matchAll(numberedDirective)) {
    const kind = m[1] ?? '';
    const group = /table$/u.test(kind) ? 'table' : kind;
    const n = (counts.get(group) ?? 0) + 1;
    counts.set(group, n);
    const label = /^[ \t]*:?(?:name|label):[ \t]*(\S+)[ \t]*$/mu.exec(m[2] ?? '')?.[1];
    const word = group === 'table' ? 'Table' : group === 'figure' ? 'Figure' : kindTitle(group.replace(/^prf:/u, ''));
    if (label !== undefined && !targets.has(label)) targets.set(label, `${word} ${n}`);
  }
  for (const m of text.matchAll(sectionTarget)) if (!targets.has(m[1] ?? '')) targets.set(m[1] ?? '', m[2] ?? '');
  // d2lbook's: a label on the line under a picture or a heading (":label:`fig_fit_linreg`"), the figures numbered in turn.
  if (text.includes(':label:`')) {
    let figures = counts.get('figure') ?? 0;
    for (const m of text.matchAll(d2lTarget)) {
      const label = m[3] ?? '';
      if (targets.has(label)) continue;
      if (m[1] !== undefined) targets.set(label, `Figure ${(figures += 1)}`);
      else targets.set(label, (m[2] ?? '').trim());
    }
  }
  return targets;
}

/**
 * A labelled math directive the page numbers takes its number as a tag at the end of its last line (no line is added,
 * so the lines after it keep their numbers); its {eq} references show the same number (mystMarkup).
 */
export function tagMathDirectives(text: string, numbers: ReadonlyMap<string, number>): string {
  if (numbers.size === 0 || !text.includes('{math}')) return text;
  return text.replace(labelledMathDirective, (whole, _indent: string, _fence: string, options: string, body: string) => {
    const label = directiveLabel(options);
    const n = label === null ? undefined : numbers.get(label);
    if (n === undefined || body.trim() === '') return whole;
    const lines = body.split('\n');
    let last = lines.length - 1;
    while (last > 0 && (lines[last] ?? '').trim() === '') last -= 1;
    lines[last] = `${lines[last] ?? ''} \\tag{${n}}`;
    // The formula's lines end where the closing fence's line begins.
    const closing = whole.lastIndexOf('\n');
    return `${whole.slice(0, closing - body.length)}${lines.join('\n')}${whole.slice(closing)}`;
  });
}

/**
 * MyST target lines ("(rr-overview)="), an equation's label after its closing dollars ("\\end{align*}$$ (derivatives-of-fy)",
 * which the site shows as the equation's number) and roles ({cite}`Key`, {ref}`text <target>`), as the site shows them.
 */
export function mystMarkup(
  text: string,
  drop: (whole: string) => string,
  numbers: ReadonlyMap<string, number> = new Map(),
  targets: ReadonlyMap<string, string> = new Map(),
): string {
  // A labelled equation the page numbers takes its number as a tag, where KaTeX can set one (not in an environment that
  // numbers its own rows); {eq}`label` shows that number as the site does, "(2)".
  const tagged =
    numbers.size === 0
      ? text
      : text.replace(labelledEquation, (whole, body: string, label: string) => {
          const n = numbers.get(label);
          return n === undefined ? whole : `$$${body} \\tag{${n}}$$`;
        });
  // (d2lbook's, its label on the line under it: the label goes, as any ":eqlabel:" does, below.)
  const tagged2 =
    numbers.size === 0 || !tagged.includes(':eqlabel:')
      ? tagged
      : tagged.replace(eqlabelledEquation, (whole, body: string, label: string) => {
          const n = numbers.get(label);
          return n === undefined ? whole : `$$${body} \\tag{${n}}$$\n:eqlabel:\`${label}\``;
        });
  const unlabelled = tagged2.includes('$$') ? tagged2.replace(labelAfterDollars, '$1') : tagged2;
  // A link with no text to the page's own target shows what the site shows for it; to a target it does not have, the
  // label's words ("[](#wave-packets)": "wave packets").
  const referenced = unlabelled.includes('[](#')
    ? unlabelled.replace(/(?<!!)\[\]\(#([\w:.-]+)\)/gu, (_, label: string) => targets.get(label) ?? label.replace(/[-_:.]+/gu, ' '))
    : unlabelled;
  return (
    referenced
      .replace(/^\([\w:.-]+\)=[ \t]*$/gmu, drop)
      // Code spans are read left to right, each with the role before it if it has one: braces inside a code span
      // ("`q{character}` … `{character}`", a Vim lesson's) are code, never a role over the text up to the next span.
      // (Sphinx's own spelling of a role, ":numref:`x`", as d2lbook's Markdown writes it, for the roles it uses.)
      .replace(/^:(?:begin_tab|end_tab):(?:`[^`\n]*`)?[ \t]*$/gmu, drop)
      .replace(
        // (A span never runs past a blank line, as Markdown's do not: a stray backtick, TeX's quotes "`heterozygosity'" in one
        // paragraph, had paired with the role's of the next, and its citations showed "{cite:t}`kimura1964number`" as written.)
        /(?:\{([\w:-]+)\}|(?<![\w:`]):(label|eqlabel|cite|citet|citep|numref|eqref|ref|doc|term|math|code|kbd|abbr):)?(`+)((?:[^`\n]|\n(?![ \t]*\n))+?)\3/gu,
        (whole, braced: string | undefined, sphinx: string | undefined, _ticks: string, content: string) => {
          const role = braced ?? sphinx;
          if (role === undefined) return whole;
          // A target's name (d2lbook's ":label:`sec_x`" under a heading, ":eqlabel:`eq_x`" under a formula) is the site's.
          if (role === 'label' || role === 'eqlabel') return drop(whole);
          // Its citations show their keys as a reference the deck cannot look up: in parentheses, or as the sentence's
          // words where the sentence names the work (":citet:`Russell.Norvig.2016` pointed out…").
          if (sphinx !== undefined && /^cite[tp]?$/u.test(role)) return role === 'citet' ? citationKeys(content) : `(${citationKeys(content)})`;
          // MyST's citation ({cite}`AJR01`, {cite:p}`a,b`) shows its keys as the site's label does, "[AJR01]", in the
          // sentence that cites it ("see, for example, [Woo15]."): dropped, it left "see, for example, ." behind.
          // {cite:t} names the work in the sentence: its keys alone.
          if (/^cite(?::\w+)?$|^footcite(?::\w+)?$/u.test(role)) return /:t$|:author$/u.test(role) ? citationKeys(content) : `\\[${citationKeys(content)}\\]`;
          if (role === 'bibliography') return drop(whole);
          if (role === 'math') return `$${content}$`;
          // {ref}`the text <target>` shows the text; {doc}`target` the target.
          // A number's placeholder ("Figure %s") stands for a number we do not have: the word alone.
          const shown = (/^(.*?)\s*<[^<>]+>$/u.exec(content)?.[1] ?? content).replace(/\s*%s\b/gu, '');
          if ((role === 'eq' || role === 'eqref') && numbers.has(content)) return `(${numbers.get(content) ?? ''})`;
          // (A reference to the page's own figure, table or section: what the site shows for it, Sphinx's "Fig. 3" for a figure.)
          const target = targets.get(content.trim());
          if (/^(?:ref|numref)$/u.test(role) && shown === content && target !== undefined)
            return role === 'numref' ? target.replace(/^Figure /u, 'Fig. ') : target;
          if (/^(?:ref|numref|eqref|[\w-]+:(?:ref|numref))$/u.test(role) && shown === content) return referenceName(content);
          if (/^(?:ref|doc|numref|term|eq|download|abbr|[\w-]+:(?:ref|numref))$/u.test(role)) return shown;
          // MyST's typography roles are text in a style, never code: {sc}`a constant that ensures…` (small capitals,
          // shown as the words), {strong}, {emphasis}, {sub}, {sup}, {u}, {del}; an index entry is its words.
          const styled = typography.get(role);
          if (styled !== undefined) return styled(content);
          // An extension's role that names its target before a bar ({glo}`key|the shown words`, a glossary's) shows the words.
          const labelled = /^[^\s|`]+\|(\S[\s\S]*)$/u.exec(shown);
          if (labelled && !role.includes(':') && !codeRoles.test(role)) return labelled[1] ?? shown;
          return `\`${shown}\``;
        },
      )
  );
}

/**
 * A reference to a target by its name alone ({numref}`Fig:Series:GeometricSeries`, {prf:ref}`Thm:Series:GeneralTerm`),
 * which the site shows as the target's kind and number: the kind and the name's last part in words ("Figure Geometric
 * Series", "Theorem General Term"), the deck having no numbers. A name of another shape is shown as it is.
 */
function referenceName(target: string): string {
  // d2lbook's names: a kind, an underscore, words ("subsec_broadcasting", "fig_fit_linreg", "eq_price-area").
  const d2l = /^([a-z]+)_([a-z][a-z\d_-]*)$/u.exec(target.trim());
  const d2lKind = d2l ? referenceKinds[d2l[1] === 'subsec' ? 'sec' : (d2l[1] ?? '')] : undefined;
  if (d2l && d2lKind) return `${d2lKind} ${(d2l[2] ?? '').replace(/[-_]+/gu, ' ')}`;
  const parts = /^([A-Za-z]+)[:-]((?:[\w.-]+[:-])*)([A-Za-z][\w.]*)$/u.exec(target.trim());
  const kind = parts ? referenceKinds[(parts[1] ?? '').toLowerCase()] : undefined;
  // A name that ends with its kind ("dot-product-figure", "geometric-dot-product-equation", a Jupyter Book's): the kind
  // and the words before it ("Figure dot product").
  const trailing = !kind ? /^([A-Za-z][\w.]*(?:[-_][A-Za-z][\w.]*)*)[-_:]([A-Za-z]+)$/u.exec(target.trim()) : null;
  const last = (trailing?.[2] ?? '').toLowerCase();
  const trailingKind = trailing ? (referenceKinds[last] ?? Object.values(referenceKinds).find((k) => k.toLowerCase() === last)) : undefined;
  if (trailing && trailingKind) return `${trailingKind} ${(trailing[1] ?? '').replace(/[-_]+/gu, ' ')}`;
  if (!parts || !kind) return target;
  const words = (parts[3] ?? '')
    .replace(/\.(?:svg|png|jpe?g|gif|pdf|webp)$/iu, '')
    .replace(/(?<=\p{Ll})(?=\p{Lu})|[._]+/gu, ' ')
    .trim();
  // A name of codes rather than words ("chx3_timedilation2", a picture's file): the kind alone.
  return /\p{L}\p{N}|\p{N}\p{L}/u.test(words) ? kind : `${kind} ${words}`;
}

/** One item of a Pandoc citation: a key ("@hellevik2009", "-@doe99") with a prefix or a locator maybe ("see @doe99, p. 33"). */
const citationItem = /^\s*(?:[^@;\n]{0,40}\s)?-?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*(?:,[^;\n]{0,40})?\s*$/u;

/**
 * Pandoc's citations ("[@hellevik2009linear; @gomila2021logistic]", as R
 * Markdown and Quarto notes write them): the rendered page shows a reference
 * from the bibliography, which a deck does not have. Each is shown as Pandoc
 * shows a reference it cannot find, in parentheses without the @ marks
 * ("(hellevik2009linear; gomila2021logistic)", "(see doe99, p. 33)"): the
 * sentence around it keeps its words. A link ("[@user](…)"), a reference link
 * and code are left alone.
 */
export function pandocCitations(text: string, citing = citesPandoc(text)): string {
  if (!citing) return text;
  return text.replace(bracketedOrCode, (whole, ticks: string | undefined, inside: string | undefined) => {
    // In a text that cites so, a key cited in the sentence ("@Mogensen2017: Kapitel 3", "as @doe99 shows") is shown as
    // Pandoc shows one it cannot find, without its @: a key of a name and a year, never an address or a handle
    // ("me@x.org", "@user").
    if (ticks !== undefined || inside === undefined) return ticks !== undefined ? whole : whole.replace(inTextKey, '$1');
    if (!inside.split(';').every((item) => citationItem.test(item))) return whole.replace(inTextKey, '$1');
    return `(${inside.replace(/(^|[\s;])-?@(?=[\p{L}\p{N}_])/gu, '$1').trim()})`;
  });
}

/**
 * A picture GitHub shows in its dark mode only (`![Logo](logo-dark.png#gh-dark-mode-only)`, `<img src="…#gh-dark-mode-only">`,
 * beside its light twin): left out, the deck shows the other. The light one's mark goes from its address. Prose only.
 */
export function darkModePictures(prose: string): string {
  if (!prose.includes('#gh-')) return prose;
  return prose
    .replace(/!\[[^\]\n]*\]\(<?[^()\s<>]*#gh-dark-mode-only>?(?:\s+"[^"\n]*")?\)[ \t]*/gu, '')
    .replace(/<img\b[^>\n]*#gh-dark-mode-only[^>\n]*>[ \t]*/giu, '')
    .replace(/#gh-light-mode-only(?=>?[)"'\s])/gu, '');
}

/**
 * A sketch a page shows as code to read and run (`<script type="text/p5">`, as p5.js' widget embeds one in a
 * creative-coding lecture), its tags alone on their lines: a listing in JavaScript, the code as written; a deck runs
 * none of it. (Any other script is the page's machinery, which html-blocks.ts drops.) Line numbers are kept.
 */
export function sketchScripts(prose: string): string {
  if (!/<script\b[^>\n]*type\s*=\s*["']text\/(?:x-)?(?:p5|processing)/iu.test(prose)) return prose;
  return prose.replace(
    /^([ \t]{0,3})<script\b[^>\n]*type\s*=\s*["']text\/(?:x-)?(?:p5|processing)["'][^>\n]*>[ \t]*\n((?:(?![ \t]*<\/script>)[^\n]*\n)*?)[ \t]*<\/script>[ \t]*$/gimu,
    (_, indent: string, code: string) => {
      const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`{3,}/gu)].map((m) => m[0].length + 1)));
      return `${indent}${fence}js\n${code}${indent}${fence}`;
    },
  );
}

/** A code span, or text in brackets that may be a citation (not a link's text, a reference or a definition). */
const codeOrBrackets = /(`+)[^`]*?\1|\[([^[\]\n]{2,400})\](?![([:])/gu;
/** Those, and the text between them (whose in-text keys are read too). */
const bracketedOrCode = new RegExp(`${codeOrBrackets.source}|[^\`[]+|[\`[]`, 'gu');

/** A key cited in a sentence: "@" and a name with a year (Mogensen2017, doe99, smith2004a), not after a word or a mark. */
// (Or a year and a name, as Zotero's Better BibTeX may write it: "@1993-street-NuclearFeatureExtraction".)
const inTextKey =
  /(?<![\p{L}\p{N}_@./\\[-])-?@(\p{L}[\p{L}_-]*\d{2,4}[a-z]?|(?:1[5-9]|20)\d\d[-_]\p{L}[\p{L}\p{N}_-]*[\p{L}\p{N}])(?![\p{L}\p{N}_]|[./@-][\p{L}\p{N}])/gu;

/**
 * Whether a text refers as Quarto does to its own figures, tables, equations or sections ("@fig-knearest", "@sec-mle"):
 * a document Pandoc renders, whose other keys in a sentence are citations ("described in @doe99") even where none is
 * in brackets. Read before those references are numbered (crossrefs.ts). Code is left out.
 */
export function refersAsQuarto(text: string): boolean {
  // (Read over the whole text first: most texts hold no such reference, and many hold an at sign.)
  return quartoReference.test(text) && fencedChunks(text).some((c) => !c.code && quartoReference.test(c.text));
}

/** A reference to a label of the document's own ("@fig-knearest", "@sec-mle"), not within a word or an address. */
const quartoReference = new RegExp(String.raw`(?<![\p{L}\p{N}_@./])@(?:${Object.keys(referenceKinds).join('|')})-[\p{L}\p{N}]`, 'u');

/** Whether a text cites as Pandoc does: a bracketed citation of keys ("[@doe99, p. 33]") somewhere in it, outside code. */
export function citesPandoc(text: string): boolean {
  if (!text.includes('[@') && !text.includes('[-@') && !/\[[^\]\n]*\s-?@/u.test(text)) return false;
  for (const m of text.matchAll(codeOrBrackets))
    if (m[1] === undefined && m[2] !== undefined && m[2].split(';').every((item) => citationItem.test(item))) return true;
  return false;
}

/**
 * MDN's definition lists ("- `variable`" over "  - : Receives a value..."):
 * each term with its description on one item, "term:" then the text on the
 * line after it (the same lines, so line numbers are kept). Code is left alone.
 */
export function definitionItems(text: string): string {
  if (!/^[ \t]*[-*+] : /mu.test(text)) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    for (let i = 0; i + 1 < lines.length; i += 1) {
      const term = /^(\s*)[-*+] (\S.*)$/u.exec(lines[i] ?? '');
      const description = /^(\s*)[-*+] : (.*)$/u.exec(lines[i + 1] ?? '');
      if (!term || !description || (description[1] ?? '').length <= (term[1] ?? '').length) continue;
      lines[i] = /:\s*$/u.test(lines[i] ?? '') ? (lines[i] ?? '') : `${lines[i] ?? ''}:`;
      lines[i + 1] = `${description[1] ?? ''}${description[2] ?? ''}`;
    }
    return lines.join('\n');
  });
}

/** A Pandoc simple table's rule: runs of dashes, one a column, spaces between ("------------------ ------------"). */
const columnRule = /^( {0,3})(-{2,}(?: +-{2,})+) *$/u;
/** The rule a headerless table closes with: its columns' runs, or one run across them (a multiline table's). */
const closingRule = /^ {0,3}-{2,}(?: +-{2,})* *$/u;

/**
 * Pandoc's grid tables in Markdown (rows between "+----+----+" lines, "+====+" under the header): a pipe table where
 * each cell holds a line of text (its wrapped lines joined), else, where a cell holds blocks (a code fence, a list,
 * paragraphs) that a pipe table cannot, the table as drawn, in a code block, never its lines as prose. Code left alone.
 */
export function pandocGridTables(text: string): string {
  if (!/^\+(?:[-=:]{3,}\+){1,}[ \t]*$/mu.test(text)) return text;
  return fencedChunks(text)
    .map((chunk) => (chunk.code ? chunk.text : gridTablesIn(chunk.text)))
    .join('\n');
}

const gridBorder = /^\+(?:[-=:]{3,}\+)+[ \t]*$/u;

function gridTablesIn(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!gridBorder.test(lines[i] ?? '') || ((lines[i - 1] ?? '').trim() !== '' && i > 0)) continue;
    let end = i + 1;
    while (end < lines.length && /^[+|]/u.test(lines[end] ?? '')) end += 1;
    const last = end - 1;
    if (last <= i + 1 || !gridBorder.test(lines[last] ?? '')) continue;
    const top = (lines[i] ?? '').trimEnd();
    const columns = [...top].flatMap((c, k) => (c === '+' ? [k] : []));
    const borders = lines.slice(i, end).filter((l) => l.startsWith('+'));
    // Every border with its corners where the top's are, and every row's bars there too: no cell spans columns.
    // (The closing border may run across without corners, "+-----------+" under the last row, as pandoc takes it.)
    const aligned =
      borders.every(
        (b, n) => gridBorder.test(b) && b.trimEnd().length === top.length && (columns.every((k) => b[k] === '+') || (n === borders.length - 1 && n > 1)),
      ) && lines.slice(i, end).every((l) => l.startsWith('+') || columns.every((k) => l[k] === '|'));
    const rows: string[][][] = [];
    let headerRows = 0;
    let current: string[][] | null = null;
    for (let k = i; k < end; k += 1) {
      const line = lines[k] ?? '';
      if (line.startsWith('+')) {
        if (current) rows.push(current);
        current = null;
        if (line.includes('=')) headerRows = rows.length;
        continue;
      }
      current ??= columns.slice(1).map(() => []);
      columns.slice(1).forEach((right, c) => current?.[c]?.push(line.slice((columns[c] ?? 0) + 1, right).trimEnd()));
    }
    const plain = (cell: string[]): boolean => {
      const filled = cell.filter((l) => l.trim() !== '');
      // Lines of one paragraph: no blank line inside, no fence, list or quotation opening one.
      const inner = cell.slice(
        cell.findIndex((l) => l.trim() !== ''),
        cell.length - [...cell].reverse().findIndex((l) => l.trim() !== ''),
      );
      return filled.length === 0 || (inner.every((l) => l.trim() !== '') && !filled.some((l) => /^\s*(?:`{3,}|~{3,}|[-*+>] |\d+[.)] )/u.test(l)));
    };
    const cellText = (cell: string[]): string =>
      cell
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join(' ')
        .replace(/(?<!\\)\|/gu, '\\|');
    let shown: string[];
    if (aligned && rows.length > 0 && rows.every((r) => r.every(plain))) {
      const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
      const width = columns.length - 1;
      const header = headerRows === 1 ? (rows[0] ?? []).map(cellText) : Array.from({ length: width }, () => '');
      shown = [line(header), `|${' --- |'.repeat(width)}`, ...(headerRows === 1 ? rows.slice(1) : rows).map((r) => line(r.map(cellText)))];
    } else shown = ['```text', ...lines.slice(i, end), '```'];
    // Line for line where the table's lines hold it (a pipe table always fits; a drawn one takes two more, its fences).
    const span = end - i;
    for (let k = 0; k < span; k += 1) lines[i + k] = k < span - 1 ? (shown[k] ?? '') : shown.slice(k).join('\n');
    i = end - 1;
  }
  return lines.join('\n');
}

/**
 * Pandoc's simple tables (R Markdown's and Quarto's documents, knitr's tables): a rule of dashes a run per column under
 * a header line, or a headerless one between two rules ("  ------  ------" over "`H.Age`   Husband's age" rows and under
 * them), each row a line, its cells where the rule's runs are. CommonMark reads the rules as breaks and the rows as one
 * paragraph; they become a pipe table, a header of empty cells for a headerless one (the theme hides it). Line for line,
 * code left alone.
 */
export function pandocSimpleTables(text: string): string {
  if (!/^ {0,3}-{2,} +-{2,}/mu.test(text)) return text;
  return fencedChunks(text)
    .map((chunk) => (chunk.code ? chunk.text : simpleTablesIn(chunk.text)))
    .join('\n');
}

function simpleTablesIn(text: string): string {
  const lines = text.split('\n');
  const blank = (k: number): boolean => k < 0 || k >= lines.length || (lines[k] ?? '').trim() === '';
  for (let i = 0; i < lines.length; i += 1) {
    const rule = columnRule.exec(lines[i] ?? '');
    if (!rule) continue;
    // Where each column starts (the run's first column), the first from the margin.
    const starts = [...(lines[i] ?? '').matchAll(/-+/gu)].map((m) => m.index ?? 0);
    const headed = !blank(i - 1) && blank(i - 2);
    if (!headed && !blank(i - 1)) continue;
    // The rows: the lines after the rule up to a blank line, or (headerless) up to the closing rule.
    let end = i + 1;
    while (end < lines.length && !blank(end) && !closingRule.test(lines[end] ?? '')) end += 1;
    const closed = end < lines.length && closingRule.test(lines[end] ?? '');
    if (end === i + 1 || (!headed && !closed) || end - i > 200) continue;
    const cells = (line: string): string[] =>
      starts.map((start, c) =>
        line
          .slice(c === 0 ? 0 : start, starts[c + 1] ?? line.length)
          .trim()
          .replace(/\|/gu, '\\|'),
      );
    // Each row's cells where the columns are: text that runs across a column's start is no simple table's.
    const fits = (line: string): boolean => starts.slice(1).every((start) => start >= line.length || /\s/u.test(line[start - 1] ?? ' '));
    const rows = lines.slice(i + 1, end);
    if (!rows.every(fits) || (headed && !fits(lines[i - 1] ?? ''))) continue;
    const row = (values: string[]): string => `| ${values.join(' | ')} |`;
    const marks = row(starts.map(() => '---'));
    // Headed: its header line, the rule as the row of column marks, its rows (a closing rule blank). Headerless: a header of
    // empty cells on the opening rule's line, the marks on the first row's, each row a line down, onto the closing rule's.
    const table = headed
      ? [row(cells(lines[i - 1] ?? '')), marks, ...rows.map((line) => row(cells(line))), ...(closed ? [''] : [])]
      : [row(starts.map(() => '')), marks, ...rows.map((line) => row(cells(line)))];
    lines.splice(headed ? i - 1 : i, table.length, ...table);
    i = end;
  }
  return lines.join('\n');
}

/**
 * Definition lists as Pandoc, PHP Markdown Extra and MkDocs write them: a
 * term on its own line, then its definition on a line that opens with a
 * colon (":   Pomaceous fruit…"), its further lines and paragraphs indented
 * four spaces. Each term becomes an item of a term list ("- **Apple**:
 * Pomaceous fruit…", the rest of the definition indented under it); a term
 * the site does not show (an HTML comment over the definition) leaves the
 * definition as it is, at the margin. The same lines, so line numbers are
 * kept. Code is left alone.
 */
export function definitionLists(text: string): string {
  if (!/^ {0,3}:[ \t]{1,4}\S/mu.test(text)) return text;
  // (A fence set in four spaces under a definition is the definition's, set in with it, spans of backticks and all: only
  // code at the margin is left alone.)
  const change = (prose: string): string => {
    const lines = prose.split('\n');
    // The last definition read: where its lines ended, and whether it went into a term's item.
    let last = { end: -1, inItem: false };
    for (let i = 1; i < lines.length; i += 1) {
      const definition = /^ {0,3}:[ \t]{1,4}(\S.*)$/u.exec(lines[i] ?? '');
      if (!definition) continue;
      // The term: the line before (or before a blank line), text at the margin, not a list item, a heading, a table row or a
      // quotation; or the term of the definition just before this one (a term may have several).
      const at = (lines[i - 1] ?? '').trim() === '' ? i - 2 : i - 1;
      const again = i === last.end || (i === last.end + 1 && (lines[i - 1] ?? '').trim() === '');
      const term = (lines[at] ?? '').trim();
      // (A term in bold, "**Exercise**", opens with the asterisk a list item's marker is, but no space after it.)
      // (Nor the last row of a table written without its outer pipes, "ARMA($p$,$q$) | Mixed decay |" under the row before
      // it: the colon line under that table is Pandoc's caption of it.)
      const tableRow = /\|/u.test(term.replace(/`[^`\n]*`/gu, '')) && /\|/u.test(lines[at - 1] ?? '');
      const plain = !again && term !== '' && !tableRow && !/^(?:[-*+](?:\s|$)|[>#|]|\d+[.)]\s|:)/u.test(term) && !/^(?: {4}|\t)/u.test(lines[at] ?? '');
      if (!plain && !again) continue;
      // A definition that is a formula displayed over the lines after it (MyST's "Vuelta $i$ del ciclo" over ": $$", the
      // formula, "$$", the lines not set in): the term in bold over the formula, as the page shows it.
      const close = /^\$\$\s*$/u.test(definition[1] ?? '') ? lines.findIndex((l, k) => k > i && k <= i + 60 && /^\s*\$\$\s*$/u.test(l)) : -1;
      if (close > 0 && plain) {
        lines[at] = inBold(term);
        lines[i] = '$$';
        last = { end: close + 1, inItem: false };
        i = close;
        continue;
      }
      // Its further lines: blank, or set in four spaces (or a tab).
      let end = i + 1;
      while (end < lines.length && ((lines[end] ?? '').trim() === '' || /^(?: {4}|\t)/u.test(lines[end] ?? ''))) end += 1;
      while (end > i + 1 && (lines[end - 1] ?? '').trim() === '') end -= 1;
      // A term the page does not show (an HTML comment) heads no item.
      const inItem = again ? last.inItem : !/^<!--[\s\S]*-->$/u.test(term);
      const indent = inItem ? '  ' : '';
      if (inItem && !again) {
        lines[at] = `- **${term.replace(/\*\*/gu, '')}**: ${definition[1] ?? ''}`;
        lines[i] = '';
      } else lines[i] = `${indent}${definition[1] ?? ''}`;
      for (let k = i + 1; k < end; k += 1) {
        const line = lines[k] ?? '';
        lines[k] = line.trim() === '' ? '' : `${indent}${line.replace(/^(?: {4}|\t)/u, '')}`;
      }
      last = { end, inItem };
      i = end - 1;
    }
    return lines.join('\n');
  };
  return fencedChunks(text, false)
    .map((chunk) => (chunk.code ? chunk.text : change(chunk.text)))
    .join('\n');
}

/** A symbol standing for a bullet: an emoji (✅, ❌, 👉), a check or cross mark, an arrow, a bullet. */
const bulletSymbol = '(?:\\p{Extended_Pictographic}|[✓✔✗✘•◦▪▸►▶→➜➤⇒☐☑☒])';
/** A line that opens with one, then its text; a text with such a line. */
const symbolLine = new RegExp(`^${bulletSymbol}\\uFE0F?[ \\t]+\\S`, 'u');
const symbolLineIn = new RegExp(`^${bulletSymbol}`, 'mu');

/**
 * Lines that each open with a symbol, one under the other in a paragraph
 * ("❌ **No automatic retries** – …" over "❌ **No incremental loading** –
 * …"): the author's list, written with a symbol for its bullet. They become
 * the items of a list, the symbol kept, so each is a point of its own (read
 * as one paragraph, the slide showed the first and the notes the rest).
 * The same lines; code is left alone.
 */
export function symbolLists(text: string): string {
  if (!symbolLineIn.test(text)) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      if (!symbolLine.test(lines[i] ?? '')) continue;
      let end = i;
      while (end < lines.length && symbolLine.test(lines[end] ?? '')) end += 1;
      // Two or more, opening a paragraph of their own or under a line that leads into them ("Problems:"); under other
      // text they go on with its sentence.
      if (end - i >= 2 && (i === 0 || /^$|[:：]$/u.test((lines[i - 1] ?? '').trim()))) for (let k = i; k < end; k += 1) lines[k] = `- ${lines[k] ?? ''}`;
      i = end - 1;
    }
    return lines.join('\n');
  });
}

/** Pandoc's attribute list in braces, its text the group: it may go on to the next line ("{.ex" over "href=…}"), not past a blank one. */
const attributesIn = String.raw`\{((?:[^{}\n]|\n(?![ \t]*\n)){0,500})\}`;

/**
 * A bracketed span and its attributes ("[W]{.dropcap}e are", "[text]{.mark}"), an empty one too ("[]{.notes}", a mark
 * with no text); its text may go on to the next line, as a list item's wraps ("[zwischen Compiler und" over
 * "Interpreter]{.notes}"), not past a blank one.
 */
const attributedSpan = new RegExp(String.raw`(?<![!\]\\])\[((?:[^[\]\n]|\n(?![ \t]*\n)){0,500})\]${attributesIn}`, 'gu');

/**
 * Pandoc's spans of speaker notes (`[text]{.notes}`, as a talk written for Pandoc's slides marks what is said, not
 * shown): a paragraph that is one such span is a block of notes (`::: notes`, which foldedCallouts folds); one inside
 * other text is an inline footnote (`^[text]`), whose words go to the notes of the slide that shows the rest. Never on
 * a slide. Code is left alone.
 */
export function notesSpans(text: string): string {
  if (!/\]\{[^}\n]*\.notes\b/u.test(text)) return text;
  const notes = (attributes: string): boolean => /(?:^|\s)\.notes(?=\s|$)/u.test(attributes.trim());
  return mapProse(text, (prose) =>
    prose
      .split(/(\n[ \t]*\n)/u)
      .map((paragraph) => {
        // (The prose before a fence ends with the blank line's newline: kept after the block; the prose after one opens
        // with it: kept before.)
        const whole = new RegExp(`^(\\n?[ \\t]*)${attributedSpan.source}(\\s*)$`, 'u').exec(paragraph);
        if (whole && notes(whole[3] ?? '')) return `${whole[1] ?? ''}::: notes\n${(whole[2] ?? '').trim()}\n:::${whole[4] ?? ''}`;
        // (Its marker follows the word before it: "point^[…]", no space left on the slide.)
        return (
          paragraph
            .replace(attributedSpan, (span, content: string, attributes: string) =>
              notes(attributes) ? `\u0002^[${content.replace(/\s*\n\s*/gu, ' ').trim()}]` : span,
            )
            // (Not where it opens a list's item, "1.  [Neuen Branch erstellen:]{.notes} `git branch wuppie`": the space after
            // the item's marker is what makes it an item; without it the list had run together into one point, "1.¹ … 2.² …".)
            .replace(/(^|\n)([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\u0002/gu, '$1$2')
            .replace(/[ \t]*\u0002/gu, '')
        );
      })
      .join(''),
  );
}

/** A picture or a link and its attributes ("![](fig/x.svg){alt='A diagram'}"). */
// (An address may hold a pair of parentheses: "…/Standard_normal_table#Cumulative_(less_than_Z)".)
const attributedLink = new RegExp(String.raw`(!?)\[([^[\]\n]{0,500})\]\(((?:[^()\n]|\([^()\n]{0,200}\)){0,1000})\)${attributesIn}`, 'gu');

/** A code span (as mapProse masks it) and its attributes. */
const attributedCode = new RegExp(String.raw`(\u0000\d+\u0000)${attributesIn}`, 'gu');

/** A target and its attributes after a caption that goes over lines ("…](../figure/e.png){#fig .margin}"). */
const attributedTarget = new RegExp(String.raw`(\]\((?:[^()\s]|\([^()\s]{0,200}\)){1,1000}(?:\s+"[^"\n]{0,200}")?\))${attributesIn}`, 'gu');

/**
 * A picture on a line of its own at the margin right under a list's item ("- 早期的操作系统的主要同步机制" over
 * "![](figs/basic-syncmutex.png)"): Markdown reads it as the item's text going on, the picture at its own size in the
 * item's line; the page the author drew (Marp's, a site's) shows it under the list. A blank line before it makes it so.
 * Code is left alone.
 */
export function picturesAfterItems(text: string): string {
  if (!text.includes('![')) return text;
  const itemLine = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/u;
  const atMargin = (l: string): boolean => l.trim() !== '' && !/^\s/u.test(l);
  return mapProse(text, (prose) => {
    const out: string[] = [];
    const lines = prose.split('\n');
    let inItem = false;
    // The column of the text of the last numbered item at the margin ("1. Log in…" over its sub-items), and of the last
    // item of either kind.
    let numbered = -1;
    let column = -1;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] ?? '';
      const picture = atMargin(line) && isPictureLine(line);
      // Under a numbered item whose list goes on after it (steps all written "1."), the picture is set under that item, as
      // its own paragraph: at the margin it had ended the list, and the steps after it were numbered from 1 again.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !(atMargin(l) && isPictureLine(l)));
      const goesOn: boolean = picture && inItem && numbered > 0 && next !== undefined && /^\d{1,9}[.)][ \t]+\S/u.test(next);
      // So is a picture in the middle of an item's text, with the item's lines at the margin after it (Markdown's lazy
      // lines) and the item going on below them, set in to its text ("2. … smaller spiral:" over the picture, "On
      // pourrait donc définir … :" and the item's own list, set in four spaces): at the margin, the picture had ended the
      // list, the line after it stood as a paragraph of its own and the item's list as code.
      let lazy = i + 1;
      while (
        picture &&
        lazy < lines.length &&
        atMargin(lines[lazy] ?? '') &&
        !itemLine.test(lines[lazy] ?? '') &&
        !/^(?:#|>|```|~~~|\||<)/u.test(lines[lazy] ?? '')
      )
        lazy += 1;
      const below = lines.slice(lazy).find((l) => l.trim() !== '');
      const within = picture && !goesOn && inItem && column > 0 && below !== undefined && columnsOf(below) >= column;
      if (within) {
        for (let k = i; k < lazy; k += 1) out.push(`${' '.repeat(column)}${lines[k] ?? ''}`);
        i = lazy - 1;
        continue;
      }
      if (picture && inItem) out.push('');
      out.push(goesOn ? `${' '.repeat(numbered)}${line}` : line);
      if (line.trim() === '' || picture) inItem = goesOn;
      else if (itemLine.test(line)) inItem = true;
      const item = /^(\d{1,9}[.)][ \t]+)\S/u.exec(line);
      if (item) numbered = item[1]?.length ?? -1;
      else if (line.trim() !== '' && !/^\s/u.test(line) && !goesOn && !inItem) numbered = -1;
      const any = /^((?:[-*+]|\d{1,9}[.)])[ \t]+)\S/u.exec(line);
      if (any) column = any[1]?.length ?? -1;
    }
    return out.join('\n');
  });
}

/**
 * `replacement` for `whole`, with the line breaks it drops put back after it where the line ends the paragraph there
 * (`after`: the text that follows): attributes written over lines ("](fig/x.png){" over "alt='A colony'" over "}") take
 * no lines from the document, whose line numbers place its boxes and pictures. Elsewhere they would part a paragraph.
 */
function keptLines(whole: string, replacement: string, after: string): string {
  const lost = (whole.match(/\n/gu) ?? []).length - (replacement.match(/\n/gu) ?? []).length;
  return lost > 0 && /^[ \t]*(?:\n[ \t]*(?:\n|$)|$)/u.test(after) ? `${replacement}${'\n'.repeat(lost)}` : replacement;
}

/** A picture's display options a site's plugin reads from the end of its alt text: "--zoom", "--width=80%". */
const altOptions =
  /((?:\s*--(?:[A-Za-z][\w-]*=[^\s\]]+|zoom|no-?zoom|inline|center|left|right|float|full|small|large|border(?:ed)?|shadow|rounded))+)\s*(?=\]\()/gu;

/**
 * The display options a site writes at the end of a picture's alt text ("![Folie 1 überarbeitet --zoom --width=80%](…)",
 * a Docusaurus plugin's): settings, not the description, which had titled slides "Folie 1 überarbeitet --zoom". Only in
 * a picture's alt text, and only options of that form; code is left alone.
 */
function pictureOptions(text: string): string {
  if (!text.includes(' --') && !text.includes('[--')) return text;
  return mapProse(text, (prose) => prose.replace(/!\[[^\]\n]*\]\(/gu, (picture) => picture.replace(altOptions, '')));
}

/**
 * Pandoc's attributes after a picture or a link (`![](fig/x.svg){alt='A
 * diagram'}`, `[text](url){target="_blank"}`) or a bracketed span
 * (`[W]{.dropcap}e`) or a code span (`` `pour chaque`{.language-pseudocode} ``,
 * `` `<b>`{=html} ``): settings, not text. A picture's `alt` becomes its alt
 * text when it has none. Code is left alone.
 */
export function imageAttributes(given: string): string {
  const text = linkedDescriptions(pictureOptions(given));
  if (!text.includes(']{') && !text.includes('){') && !text.includes('`{')) return text;
  // (kramdown's and attr_list's with their colon too: "![image](g.png){: .center .autolight}" inside a sentence; and
  // with a dot alone, which attr_list reads past: "[Activité d'introduction](../intro/){. target="_blank"}".)
  const attributeList = (attributes: string): boolean => /^\s*(?::|\.(?=\s))?\s*(?:[#.][\w-]+|[\w-]+\s*=|=[\w-]+\s*$)/u.test(attributes);
  // A bracketed span ("[W]{.dropcap}e are", "[text]{.mark}"): its text, as the page shows it.
  const spans = (prose: string): string =>
    prose.replace(attributedSpan, (whole, content: string, attributes: string) => (attributeList(attributes) ? content : whole));
  return mapProse(text, (prose) =>
    // A span inside a span ("[What is [Quarto]{.blue}]{.r-fit-text}"): the inner one first.
    spans(
      spans(
        prose
          // After a code span (masked here as \0n\0), its class or format; raw TeX or another format than HTML
          // ("`\newline`{=tex}") is for that format's output only: a page shows nothing of it.
          .replace(attributedCode, (whole, code: string, attributes: string) =>
            /^\s*=(?!html5?\s*$|markdown\s*$)[\w-]+\s*$/u.test(attributes) ? '' : attributeList(attributes) ? code : whole,
          )
          .replace(attributedLink, (whole: string, bang: string, label: string, target: string, attributes: string, at: number, all: string) => {
            if (!attributeList(attributes)) return whole;
            const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/u.exec(attributes);
            const shown = bang && label.trim() === '' && alt ? (alt[1] ?? alt[2] ?? '').replace(/[[\]]/gu, '') : label;
            return keptLines(whole, `${bang}[${shown}](${target})`, all.slice(at + whole.length));
          })
          // After a picture whose caption goes over lines or holds a link ("![… see this [Quora post](…) …](fig.png){#fig
          // .margin}"): the attributes go, the caption stays as written.
          .replace(attributedTarget, (whole: string, target: string, attributes: string, at: number, all: string) =>
            attributeList(attributes) ? keptLines(whole, target, all.slice(at + whole.length)) : whole,
          ),
      ),
    ),
  );
}

/**
 * A picture described by a link ("![[Interstellar absorption](https://openstax.org/…)](interstellar_absorption.jpeg)",
 * as Pandoc reads it): described by the link's text, as CommonMark shows its alt text. Read as written, its brackets
 * had ended the description early, and the link's address had been taken for the picture's ("[Interstellar absorption"
 * titled a slide). Code is left alone.
 */
function linkedDescriptions(text: string): string {
  if (!text.includes('![[')) return text;
  return mapProse(text, (prose) => prose.replace(/!\[\[([^[\]\n]{1,500})\]\([^()\s]{0,2048}\)\]\(/gu, '![$1]('));
}

/** Services that draw a formula written in their address as a picture, and where in the address the formula is. */
const formulaServices: { host: RegExp; formula: (url: URL) => string | null }[] = [
  // GitHub's old renderer ("render/math?math=…"), Google's chart API ("cht=tx&chl=…"), math.now.sh and its successor.
  { host: /^render\.githubusercontent\.com$/u, formula: (url) => (url.pathname === '/render/math' ? url.searchParams.get('math') : null) },
  { host: /^chart\.googleapis\.com$/u, formula: (url) => (url.searchParams.get('cht') === 'tx' ? url.searchParams.get('chl') : null) },
  { host: /^math\.(?:now\.sh|vercel\.app)$/u, formula: (url) => url.searchParams.get('from') ?? url.searchParams.get('inline') },
  // CodeCogs ("latex.codecogs.com/svg.image?…", "/gif.latex?…"): the whole query is the formula, as written.
  {
    host: /^latex\.codecogs\.com$/u,
    // (Its editor writes a space "&space;" and a plus "&plus;", as entities.)
    formula: (url) =>
      /^\/(?:svg|png|gif|eps|pdf|emf)\.(?:latex|image|download)$/u.test(url.pathname)
        ? decodeHTML((decodeQuery(url.search.slice(1)) ?? '').replace(/&space;/gu, ' '))
        : null,
  },
  { host: /^i\.upmath\.me$/u, formula: (url) => (/^\/(?:svg|png)\//u.test(url.pathname) ? decodeQuery(url.pathname.replace(/^\/(?:svg|png)\//u, '')) : null) },
];

/** A percent-encoded part of an address as text ("+" is a space in a query), or null where it does not decode. */
function decodeQuery(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/gu, ' '));
  } catch {
    return null;
  }
}

/** The TeX of a formula a service draws from its address, without the service's own settings (colour, size, resolution). */
function servedFormula(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.replace(/^<|>$/gu, ''));
  } catch {
    return null;
  }
  const service = formulaServices.find((s) => s.host.test(url.hostname));
  const tex = service
    ?.formula(url)
    ?.replace(
      /\\(?:dpi|fontsize)\{[^{}]*\}|\\bg(?:_\w+|\{[^{}]*\})|\\color\{[^{}]*\}|\\(?:inline|displaystyle|large|Large|LARGE|huge|Huge|small|normalsize)\b/gu,
      '',
    )
    .trim();
  // (No dollar of its own, no TeX comment that a line's end would close: it is set between dollars, on one line.)
  return tex && !/\$|(?<!\\)%/u.test(tex) && /\S/u.test(tex) ? tex.replace(/\s*\n\s*/gu, ' ') : null;
}

/**
 * A formula written as a picture that a service draws from its address (a README's
 * `![F[t+1]=…](https://render.githubusercontent.com/render/math?math=…)`, CodeCogs' `<img
 * src="https://latex.codecogs.com/svg.image?\frac{a}{b}">`): the formula itself, typeset as every other (the picture
 * is on the web, never fetched, and its alt text is TeX). Alone in its paragraph it is displayed, in a line inline.
 * Code is left alone; lines hold.
 */
export function formulaPictures(text: string): string {
  if (!/codecogs|render\/math|cht=tx|upmath|math\.now|math\.vercel/u.test(text)) return text;
  const picture =
    /!\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\((<[^>\n]+>|[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+"[^"\n]*")?\)|<img\b[^>\n]*?\bsrc=(?:"([^"\n]+)"|'([^'\n]+)')[^>\n]*>/giu;
  // An <img> tag of a block of its own, over lines ("<img src=" over its address over a TeX alt text): the formula
  // displayed on its first line, the lines it took left blank.
  const block = /^[ \t]*<img\b[^>]*?\bsrc=\s*(?:"([^"]+)"|'([^']+)')[^>]*>[ \t]*$/gimu;
  return mapProse(text, (prose) =>
    prose
      .replace(block, (whole, double?: string, single?: string) => {
        const tex = whole.includes('\n') ? servedFormula((double ?? single ?? '').replace(/&amp;/gu, '&').trim()) : null;
        return tex === null ? whole : `$$${tex}$$${'\n'.repeat(whole.split('\n').length - 1)}`;
      })
      .split('\n')
      .map((line) => {
        const alone = line.replace(picture, '').trim() === '' && line.trim() !== '';
        return line.replace(picture, (whole, markdown?: string, double?: string, single?: string) => {
          const tex = servedFormula((markdown ?? double ?? single ?? '').replace(/&amp;/gu, '&'));
          if (tex === null) return whole;
          return alone ? `$$${tex}$$` : `$${tex}$`;
        });
      })
      .join('\n'),
  );
}

/**
 * A picture whose path holds spaces ("![Diagram](../../images/computer graphics and vision.png)"), which MkDocs and most
 * sites show and CommonMark reads as text: its path in angle brackets, as CommonMark writes such a path. Code is left alone.
 */
export function spacedPicturePaths(text: string): string {
  if (!text.includes('![')) return text;
  return mapProse(text, (prose) =>
    prose.replace(
      /(!\[[^\]\n]*\]\()([^()<>\n]*?\S\s[^()<>\n]*?\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?))(\s+"[^"\n]*")?\)/giu,
      (_, open: string, path: string, title: string | undefined) => `${open}<${path.trim()}>${title ?? ''})`,
    ),
  );
}

/**
 * Obsidian's wikilinks: `[[Note]]` and `[[Note|shown]]` are their text
 * (`[[Note#Part]]` reads "Note › Part"), and so does an embedded note (`![[Note]]`); an embed `![[file.png]]` or
 * `![[file.pdf#page=3|Lecture 3, p.3]]` is a picture of that file, its alias
 * (or its name) the alt text, so a file that is not there shows as a
 * placeholder with that caption. A size alias (`|300`, `|300x200`) is no
 * caption. Code is left alone.
 */
export function wikiLinks(text: string): string {
  if (!text.includes('[[')) return text;
  // Front matter is data, not prose: TOML's tables of tables are written "[[extra.videos]]".
  const front = /^(?:\+\+\+|---)[ \t]*\n[\s\S]*?\n(?:\+\+\+|---|\.\.\.)[ \t]*(?:\n|$)/u.exec(text)?.[0] ?? '';
  return front + wikiLinksIn(text.slice(front.length));
}

function wikiLinksIn(text: string): string {
  return mapProse(text, (prose) =>
    prose.replace(/(!?)\[\[([^[\]|\n]{1,500})(?:\|([^[\]\n]{0,500}))?\]\]/gu, (whole, bang: string, target: string, alias: string | undefined) => {
      const caption = alias !== undefined && !/^\s*\d+(?:x\d+)?\s*$/u.test(alias) ? alias.trim() : '';
      // The file, without the page or region it points into ("#page=52&rect=…").
      const file = target.trim().replace(/#.*$/u, '');
      // An embedded note ("![[chinese remainder theorem (CRT)]]", no file's extension, or a .md) is another note's text,
      // which lectern does not have: its name, as a link to it reads.
      if (!bang || !/\.[A-Za-z0-9]{1,5}$/u.test(file) || /\.md$/iu.test(file)) return caption || target.replace(/#\^?/u, ' › ').trim();
      const alt = (caption || (file.split('/').pop() ?? file)).replace(/[[\]]/gu, '');
      return `![${alt}](<${file.replace(/[<>]/gu, '')}>)`;
    }),
  );
}

/** An MDX module statement on a line of its own: `import X from '../components/X'`, `export const meta = {...}`. */
// (Several imports may share a line: "import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem';".)
/** One MDX import statement ("import Tabs from '@theme/Tabs';"); check (measure-deck.ts) looks for it shown as text. */
export const mdxImport = String.raw`import\s+(?:[\w*{}\s,]+\s+from\s+)?(?:"[^"\n]+"|'[^'\n]+');?`;
const mdxStatement = new RegExp(String.raw`^(?:${mdxImport}(?:[ \t]*${mdxImport})*|export\s+(?:const|let|default|function)\b[^\n]*)[ \t]*$`, 'gmu');

/**
 * MDX's pictures given by what a module imports (`import chart from
 * "./static/chart.png"` over `<img src={chart} />`, or `src={require("./a.png").default}`,
 * as mdx-deck and Docusaurus write them): the picture's path in their place,
 * so the picture is shown (or reported missing by its path). Code is left alone.
 */
export function mdxImagePaths(text: string): string {
  if (!/\bsrc=\{/u.test(text)) return text;
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/^import\s+([A-Za-z_$][\w$]*)\s+from\s+(["'])([^"'\n]+\.(?:png|jpe?g|gif|svg|webp|avif|bmp))\2;?[ \t]*$/gmu))
    imports.set(m[1] ?? '', m[3] ?? '');
  return mapProse(text, (prose) =>
    prose.replace(
      /\bsrc=\{\s*(?:([A-Za-z_$][\w$]*)|require\(\s*(["'])([^"'\n]+)\2\s*\)(?:\.default)?)\s*\}/gu,
      (whole, name: string | undefined, _q: string | undefined, required: string | undefined) => {
        const path = name ? imports.get(name) : required;
        return path ? `src="${path.replace(/"/gu, '%22')}"` : whole;
      },
    ),
  );
}

/**
 * WordPress's caption shortcode, as blog exports keep it (`[caption id="…" caption="Alan Turing"]![](a.jpg)[/caption]`,
 * or the caption after the picture): the picture, described by the caption where it has no description of its own.
 * Code is left alone.
 */
export function wordpressCaptions(text: string): string {
  if (!text.includes('[/caption]')) return text;
  return mapProse(text, (prose) =>
    prose.replace(/\[caption\b([^\]\n]*)\]([\s\S]{0,2000}?)\[\/caption\]/gu, (whole, attributes: string, inner: string) => {
      const picture = /(\[\s*)?!\[([^\]\n]*)\]\(([^)\n]*)\)(\s*\]\([^)\n]*\))?/u.exec(inner);
      const named = /\bcaption\s*=\s*"([^"\n]*)"/u.exec(attributes)?.[1] ?? '';
      const after = picture ? inner.slice(picture.index + picture[0].length).trim() : '';
      const caption = (named || after).replace(/[[\]]/gu, '').trim();
      const shown = picture ? `![${(picture[2] ?? '').trim() || caption}](${picture[3] ?? ''})` : inner.trim();
      // The lines the shortcode took stay lines: line numbers hold.
      return shown + '\n'.repeat(Math.max(0, whole.split('\n').length - shown.split('\n').length));
    }),
  );
}

/**
 * MDX's comments (`{/* Fictional screenshot: … *\/}`), and Hugo's (`{{/* a note to self *\/}}`): the page never shows
 * them. Outside code and code spans; their lines stay (blank).
 */
export function mdxComments(text: string): { text: string; count: number } {
  if (!text.includes('{/*')) return { text, count: 0 };
  let count = 0;
  // Outside code blocks and code spans.
  const out = mapProse(text, (prose) =>
    prose.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}|\{\s*\/\*[\s\S]*?\*\/\s*\}/gu, (whole) => {
      count += 1;
      return whole.replace(/[^\n]/gu, '');
    }),
  );
  return { text: out, count };
}

/**
 * An MDX component over lines of its own whose property is code in a template literal (`<PygbagRunner
 * code={`import play` … `play.new_circle()`} height={300} />`, a Docusaurus page's live editor): the code as a code
 * block (in the language a `language` or `lang` property names), the component's markup gone. Only a component
 * (a capitalised tag) at a line's start whose literal spans lines. The lines the block takes past the component's own
 * come out of the blank lines after it, where there are any, so what follows keeps its line numbers.
 */
export function mdxCodeProperties(text: string): { text: string; count: number } {
  if (!/^[ \t]*<[A-Z][\w.]*\b[^\n]*=\{`/mu.test(text)) return { text, count: 0 };
  let count = 0;
  const out = fencedChunks(text)
    .map((chunk) => (chunk.code ? chunk.text : codeProperties(chunk.text, () => (count += 1))))
    .join('\n');
  return { text: out, count };
}

/**
 * The end (just past its closing brace) of a JavaScript expression in braces that opens at `from`, braces inside
 * strings and template literals aside; -1 when it does not close within the text.
 */
function expressionEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The words the elements of a property's expression show ("caption={<>Diferencias entre <code>Array&lt;T&gt;</code>…</>}"
 * shows "Diferencias entre `Array<T>`…", its code a code span; "items={[<WebPage …>Esta documentación…</WebPage>]}" its
 * text), or '' for an expression of code or of elements without words ("children={[<GitLabRepo user="r8vnhill"/>, …]}").
 */
function elementWords(expression: string): string {
  if (!/<[A-Za-z>/]/u.test(expression)) return '';
  const codes: string[] = [];
  const words = expression
    .replace(/<code>([^<`]*)<\/code>/gu, (_, code: string) => {
      codes.push(`\`${code.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&')}\``);
      return `\u0002${codes.length - 1}\u0002`;
    })
    .replace(/<[^<>]*>/gu, ' ')
    .replace(/[[\]{}]|(?:^|\s),(?=\s|$)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\u0002(\d+)\u0002/gu, (_, n: string) => codes[Number(n)] ?? '')
    .trim();
  return /\p{L}/u.test(words) ? words : '';
}

/**
 * A component's properties given as JavaScript in braces (`sanitizer={UPPER_NOSPACE}`, `checker={(val) =>
 * UPPER_NOSPACE(val)?.length === 10}`, a Docusaurus page's quiz): code the site runs, never text. Taken out of the tag
 * (an empty string in its place), so that its arrow's ">" does not end the tag and leave the rest as words on the slide.
 * Only in a component's tag (a capitalised name), outside code. One of elements with words in them is those words,
 * after the tag.
 */
export function mdxExpressionProperties(text: string): { text: string; count: number } {
  if (!/<[A-Z][\w.]*\b[^<]*=\{/u.test(text)) return { text, count: 0 };
  let count = 0;
  const out = fencedChunks(text)
    .map((chunk) => {
      if (chunk.code) return chunk.text;
      let shown = '';
      let at = 0;
      const opening = /<[A-Z][\w.]*\b/gu;
      for (let m = opening.exec(chunk.text); m; m = opening.exec(chunk.text)) {
        // The tag's properties, up to its closing ">" (one inside quotes or braces is theirs).
        let i = m.index + m[0].length;
        const text = chunk.text;
        // The lines the properties took, and the words of their elements: after the tag.
        let lines = 0;
        const words: string[] = [];
        while (i < text.length && text[i] !== '>' && text[i] !== '<') {
          const c = text[i];
          if (c === '"' || c === "'") {
            const close = text.indexOf(c, i + 1);
            i = close < 0 ? text.length : close + 1;
          } else if (c === '=' && text[i + 1] === '{') {
            const end = expressionEnd(text, i + 1);
            if (end < 0) break;
            // An expression of elements with words in them holds what the page shows: those words, after the tag on its
            // line (a paragraph, the tag read as inline markup lectern does not show). Code shows nothing.
            const shownWords = elementWords(text.slice(i + 1, end));
            if (shownWords !== '') words.push(shownWords);
            // (A string in braces, `question={"What is latent crime?"}`, is that string: the page shows it as a property
            // written in quotes, which the components' readers after this one take as their title.)
            const literal = jsxString(text.slice(i + 1, end));
            shown += `${text.slice(at, i)}="${literal !== null && !literal.includes('\n') ? literal.replace(/"/gu, '&quot;') : ''}"`;
            lines += text.slice(i, end).split('\n').length - 1;
            at = end;
            i = end;
            count += 1;
          } else i += 1;
        }
        // (Its lines stay, after the tag, so what follows keeps its line numbers.)
        if ((lines > 0 || words.length > 0) && text[i] === '>') {
          shown += `${text.slice(at, i + 1)}${words.map((w) => ` ${w}`).join('')}${'\n'.repeat(lines)}`;
          at = i + 1;
        }
        opening.lastIndex = Math.max(opening.lastIndex, i);
      }
      return shown + chunk.text.slice(at);
    })
    .join('\n');
  return { text: out, count };
}

function codeProperties(text: string, counted: () => void): string {
  let out = '';
  let at = 0;
  const opening = /^([ \t]*)<([A-Z][\w.]*)\b/gmu;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const start = m.index;
    if (start < at) continue;
    const tag = scanTag(text, start + m[0].length);
    if (!tag || !tag.literals.some((l) => l.value.includes('\n'))) continue;
    const language = /\b(?:language|lang)=["'{]?["']?([\w+#-]+)/u.exec(text.slice(start, tag.end))?.[1] ?? '';
    const blocks = tag.literals
      .filter((l) => l.value.includes('\n'))
      .map((l) => {
        // A fence longer than any run of backticks the code holds.
        const fence = '`'.repeat(Math.max(3, ...[...l.value.matchAll(/`+/gu)].map((r) => r[0].length + 1)));
        return `${m?.[1] ?? ''}${fence}${language}\n${l.value.replace(/\s+$/u, '')}\n${fence}`;
      })
      .join('\n\n');
    let end = tag.end;
    // Blank lines after it give back the lines the fences add.
    let extra = blocks.split('\n').length - text.slice(start, end).split('\n').length;
    while (extra > 0 && /^[ \t]*\n[ \t]*\n/u.test(text.slice(end))) {
      end = text.indexOf('\n', end) + 1;
      extra -= 1;
    }
    out += `${text.slice(at, start)}${blocks}`;
    at = end;
    counted();
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * The end of a JSX opening tag whose name ends at `from` (after its `>` or `/>`), and the template literals its
 * properties hold (`code={`…`}`), decoded; null when it does not close within 20,000 characters.
 */
function scanTag(text: string, from: number): { end: number; literals: { value: string }[] } | null {
  const literals: { value: string }[] = [];
  let depth = 0;
  for (let i = from; i < text.length && i < from + 20_000; i += 1) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return null;
      i = close;
    } else if (ch === '`') {
      let value = '';
      let k = i + 1;
      for (; k < text.length && text[k] !== '`'; k += 1) {
        if (text[k] === '\\' && k + 1 < text.length) {
          k += 1;
          value += text[k] === '`' || text[k] === '$' || text[k] === '\\' ? text[k] : `\\${text[k]}`;
        } else value += text[k];
      }
      if (k >= text.length) return null;
      if (depth === 1) literals.push({ value });
      i = k;
    } else if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (depth === 0 && ch === '>') return { end: i + 1, literals };
    else if (depth === 0 && ch === '<') return null;
  }
  return null;
}

/** An MDX math component: react-katex's `<BlockMath math="…"/>` and `<InlineMath>`, a site's `<DisplayMath formula="…"/>`, `<Equation>`, `<TeX>`. */
const mathComponent = /^(?:Block|Inline|Display)?(?:Math|MathJax|Katex|KaTeX|Tex|TeX|Latex|LaTeX|Equation|Formula)(?:Block|Inline|Display)?$/u;

/** The property of a math component that holds its formula. */
const formulaProperty = /(?:^|\s)(?:math|formula|tex|latex|expression|equation|source|value|children)\s*=\s*/u;

/**
 * A JSX property's value at the start of `text`: a string as written ("\{1, 2\}": JSX reads no escapes in it), or an
 * expression of one string or template literal (`{"\\frac{a}{b}"}`, `{`\\alpha`}`, `{String.raw`\alpha`}`), its
 * escapes read. Null for anything else (an expression that computes it).
 */
function jsxString(text: string): string | null {
  const quoted = /^(?:"([^"\n]*)"|'([^'\n]*)')/u.exec(text);
  if (quoted) return quoted[1] ?? quoted[2] ?? '';
  const raw = /^\{\s*String\.raw`([^`]*)`\s*\}/u.exec(text);
  if (raw) return raw[1] ?? '';
  const literal = /^\{\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`)\s*\}/u.exec(text);
  if (!literal) return null;
  return (literal[1] ?? literal[2] ?? literal[3] ?? '').replace(/\\(.)/gu, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/**
 * MDX's math components, whose formula is a property or the element's text (`<DisplayMath formula="\{1, 2, 3\}" />`,
 * `<BlockMath math={String.raw`\frac{a}{b}`} />`, `<InlineMath math="x^2" />`, `<BlockMath>{`…`}</BlockMath>`): the
 * formula in KaTeX's delimiters, `$$…$$` for one alone on its line (an inline one or one in a sentence, `$…$`), so
 * the slide and the notes show it. Unread (a formula computed by an expression), the component is left as it is.
 */
export function mdxMath(text: string): { text: string; count: number } {
  if (!/<[A-Z]/u.test(text)) return { text, count: 0 };
  let count = 0;
  // Only a math component's element: one that holds others (`<DefinitionBox term="…">` around a paragraph with
  // `<InlineMath formula="U" />` in it) is read through, not taken whole and its formulas passed over.
  const element = new RegExp(
    String.raw`<(${mathComponent.source.slice(1, -1)})(?![\w])((?:[^<>{}"']|"[^"\n]*"|'[^'\n]*'|\{(?:[^{}]|\{[^{}]*\})*\})*?)(\/>|>([\s\S]{0,2000}?)<\/\1\s*>)`,
    'gu',
  );
  const out = fencedChunks(text)
    .map((chunk) =>
      chunk.code
        ? chunk.text
        : chunk.text.replace(element, (whole: string, name: string, props: string, _end: string, inner: string | undefined, at: number, all: string) => {
            if (!mathComponent.test(name)) return whole;
            const property = formulaProperty.exec(props);
            const content = inner?.trim() ?? '';
            const formula = property
              ? jsxString(props.slice(property.index + property[0].length))
              : content.startsWith('{')
                ? jsxString(content)
                : content || null;
            const lineStart = all.lastIndexOf('\n', at - 1) + 1;
            // (Not one quoted in a code span, "`<DisplayMath formula="x" />`": the author's code, shown as written.)
            const quoted = (all.slice(lineStart, at).match(/`/gu) ?? []).length % 2 === 1;
            if (formula === null || formula.trim() === '' || formula.includes('$') || quoted) return whole;
            const lineEnd = all.indexOf('\n', at + whole.length);
            const alone = all.slice(lineStart, at).trim() === '' && all.slice(at + whole.length, lineEnd < 0 ? all.length : lineEnd).trim() === '';
            count += 1;
            const tex = formula.replace(/\s*\n\s*/gu, ' ').trim();
            // (Its lines, where it spanned several, are kept as blank ones: what follows keeps its line numbers.)
            const kept = '\n'.repeat((whole.match(/\n/gu) ?? []).length);
            return alone && !/^Inline/u.test(name) ? `$$${tex}$$${kept}` : `$${tex}$${kept}`;
          }),
    )
    .join('\n');
  return { text: out, count };
}

/**
 * An MDX component that frames Markdown and names it in a property (`<DefinitionBox term="Set (Informal)">`, `<Callout
 * title="Careful">`), its opening tag alone on its line and closed further on: the name in bold on that line, as a box's
 * title is shown; the tags themselves show nothing (the site draws the box).
 */
export function mdxTitledComponents(text: string): { text: string; count: number } {
  if (!/^[ \t]*<[A-Z]\w*\b[^\n]*\b(?:title|term|label|heading|header|summary|question)\s*=/mu.test(text)) return { text, count: 0 };
  let count = 0;
  const out = fencedChunks(text)
    .map((chunk) => {
      if (chunk.code) return chunk.text;
      // The titled components open at this point of the text (where each closes), and the lines to set as an item's text.
      let open: number[] = [];
      const items: { from: number; close: number }[] = [];
      // The closing tags of the titled components at the top: alone on their lines, those lines go blank.
      const tops: number[] = [];
      const shown = chunk.text.replace(
        /^([ \t]*)<([A-Z]\w*)\b([^\n<>]*)>[ \t]*$/gmu,
        (line: string, indent: string, name: string, props: string, at: number, all: string) => {
          const close = all.indexOf(`</${name}>`, at);
          if (props.trimEnd().endsWith('/') || name === 'TabItem' || close < 0) return line;
          const property = /(?:^|\s)(?:title|term|label|heading|header|summary|question)\s*=\s*/u.exec(props);
          const title = property ? jsxString(props.slice(property.index + property[0].length)) : null;
          if (title === null || title.trim() === '' || title.includes('\n')) return line;
          count += 1;
          const words = title.replace(/[*_]/gu, (c) => `\\${c}`).trim();
          open = open.filter((end) => end > at);
          const nested = open.length > 0;
          open.push(close);
          if (!nested) {
            tops.push(close);
            return `${indent}**${words}**`;
          }
          // Inside another titled component (a quiz's options under its question): an item of a list. What it holds (an
          // option's feedback) follows a line break, which ends the item's point: it goes to the notes.
          const inner = all.slice(at + line.length, close);
          const said = inner.split('\n').some((l) => l.trim() !== '' && !/^\s*<\/?[A-Za-z][^<>]*>\s*$/u.test(l));
          items.push({ from: at + line.length, close });
          return `${indent}- ${words}${said ? '\\' : ''}`;
        },
      );
      if (items.length === 0 && tops.length === 0) return shown;
      // (Offsets moved with the lines replaced: each item's text and closing tag are found again by their closing tag's line.)
      const lines = shown.split('\n');
      const original = chunk.text.split('\n');
      // (Where each line starts, searched by halves: a page of thousands of components is read in n log n.)
      const starts = [0];
      for (let k = chunk.text.indexOf('\n'); k >= 0; k = chunk.text.indexOf('\n', k + 1)) starts.push(k + 1);
      const lineAt = (offset: number): number => countBelow(starts, offset, true) - 1;
      for (const item of items) {
        const first = lineAt(item.from) + 1;
        const last = lineAt(item.close);
        for (let i = first; i <= last && i < lines.length; i += 1) {
          const line = original[i] ?? '';
          // Its closing tag goes; its text is the item's, set under it.
          if (i === last) lines[i] = line.replace(/<\/[A-Z]\w*\s*>/u, '').trimEnd();
          else if (line.trim() !== '') lines[i] = `  ${line}`;
        }
      }
      for (const close of tops) {
        const i = lineAt(close);
        if (/^[ \t]*<\/[A-Z]\w*\s*>[ \t]*$/u.test(original[i] ?? '')) lines[i] = '';
      }
      return lines.join('\n');
    })
    .join('\n');
  return { text: out, count };
}

/**
 * The lines inside an MDX component (`<Quiz …>` over its `<QuizOption …>` lines, each indented under its parent, as
 * JSX is written): MDX reads no indented code, so they are Markdown at any depth; set back by the indent the lines
 * inside each component share (a list's own nesting kept), so that CommonMark does not read them as a code block.
 * Only in a document that is MDX (its import or export statements, or a component's property in braces); a fence's
 * lines move with it (its code's own indent kept, and never read as tags), and every line keeps its number.
 */
export function mdxComponentIndents(text: string): string {
  if (!/^(?:import|export)\s/mu.test(text) && !/<[A-Z][\w.]*\b[^<>\n]*=\{/u.test(text)) return text;
  if (!/^[ \t]*<[A-Z][\w.]*\b[^\n]*\n[ \t]{4,}\S/mu.test(text)) return text;
  const lines = text.split('\n');
  // Which lines are code (inside a fence): never set back, nor read as tags.
  const code = new Array<boolean>(lines.length).fill(false);
  let fence: RegExp | null = null;
  lines.forEach((line, i) => {
    if (fence) {
      code[i] = true;
      if (fence.test(line)) fence = null;
      return;
    }
    const opening = fenceOpen.exec(line);
    if (opening) {
      code[i] = true;
      fence = fenceClose(opening[2] ?? '```');
    }
  });
  // Each component's opening and closing line, each tag alone on its line.
  const pairs: [number, number][] = [];
  const open: { name: string; at: number }[] = [];
  lines.forEach((line, i) => {
    if (code[i]) return;
    const closing = /^[ \t]*<\/([A-Z][\w.]*)\s*>[ \t]*$/u.exec(line);
    if (closing) {
      const k = open.map((o) => o.name).lastIndexOf(closing[1] ?? '');
      if (k >= 0) {
        pairs.push([open[k]?.at ?? i, i]);
        open.length = k;
      }
      return;
    }
    const opening = /^[ \t]*<([A-Z][\w.]*)\b[^\n]*[^/\n]>[ \t]*$|^[ \t]*<([A-Z][\w.]*)>[ \t]*$/u.exec(line);
    if (opening) open.push({ name: opening[1] ?? opening[2] ?? '', at: i });
  });
  // The outer components first: what a component holds is set back by the indent its lines share, then again inside each inner one.
  pairs.sort((a, b) => a[0] - b[0]);
  const indent = (line: string): number => /^[ \t]*/u.exec(line.replace(/\t/gu, '    '))?.[0].length ?? 0;
  for (const [from, to] of pairs) {
    const inside = lines.slice(from + 1, to).filter((l, k) => l.trim() !== '' && !code[from + 1 + k]);
    const least = Math.min(...inside.map(indent));
    if (!Number.isFinite(least) || least === 0) continue;
    for (let i = from + 1; i < to; i += 1) {
      const line = lines[i] ?? '';
      if (line.trim() === '') continue;
      // (A fence's lines move with it, its code's own indent kept.)
      const expanded = line.replace(/^[ \t]+/u, (ws) => ws.replace(/\t/gu, '    '));
      lines[i] = expanded.slice(Math.min(least, indent(expanded)));
    }
  }
  // The tags of a component that only frames what it holds (`<QuizFilter>`, `</QuizFilter>`) show nothing: their lines
  // go blank, so that CommonMark does not read the line under one as part of a block of HTML. A component whose tag is
  // read later (a title, a tab, a formula, a picture's source) keeps it.
  for (const [from, to] of pairs) {
    const tag = lines[from] ?? '';
    const name = /<([A-Z][\w.]*)/u.exec(tag)?.[1] ?? '';
    if (/\b(?:title|term|label|heading|header|summary|question|src|href)\s*=/u.test(tag) || /^Tabs?(?:Item)?$/u.test(name) || mathComponent.test(name))
      continue;
    lines[from] = '';
    lines[to] = '';
  }
  return lines.join('\n');
}

/**
 * Docusaurus's tabs in MDX: a `<TabItem value="mac" label="macOS">` line is its tab's title as a bold lead-in (the
 * label, else the value), over the tab's Markdown; `<Tabs …>`, `</Tabs>` and `</TabItem>` lines go. Lines outside code,
 * each of them the tag alone; line numbers hold.
 */
export function mdxTabs(text: string): { text: string; count: number } {
  if (!/^[ \t]*<TabItem\b/mu.test(text)) return { text, count: 0 };
  let count = 0;
  // A tab's opening line: its label (else its value) in bold; the other tags' lines: nothing.
  const tabLine = (line: string): string => {
    const item = /^[ \t]*<TabItem\b([^>]*)>[ \t]*$/u.exec(line);
    const tag = item ? null : /^[ \t]*(?:<Tabs\b[^>]*>|<\/Tabs>|<\/TabItem>)[ \t]*$/u.exec(line);
    if (!item && !tag) return line;
    count += 1;
    const title = item ? (attribute(item[1] ?? '', 'label') ?? attribute(item[1] ?? '', 'value') ?? '').replace(/[{}'"`*_]/gu, '').trim() : '';
    return title === '' ? '' : `**${title}**`;
  };
  const out = fencedChunks(text)
    .map((chunk) => (chunk.code ? chunk.text : chunk.text.split('\n').map(tabLine).join('\n')))
    .join('\n');
  return { text: out, count };
}

/**
 * A <details> whose summary is a heading ("<details id=1>" over "<summary><h2>Step 1: Create a branch</h2></summary>",
 * a GitHub Skills course's steps): the page folds its sections to save room, and a reader opens each in turn. Its
 * summary is the section's heading, what it holds the section's text, and its tags go (line for line). A <details>
 * inside it (a screenshot under "Expand to see") stays folded; one whose summary is no heading is left as it is.
 */
export function headedDetails(text: string): string {
  if (!/<summary\b[^>]*>\s*<h[1-6]\b/iu.test(text)) return text;
  const lines = text.split('\n');
  /** For each <details> open, whether it is a section (its closing tag goes). */
  const open: boolean[] = [];
  let fence: RegExp | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (fence) {
      if (fence.test(line)) fence = null;
      continue;
    }
    const opening = fenceOpen.exec(line);
    if (opening) {
      fence = fenceClose(opening[2] ?? '```');
      continue;
    }
    const details = /^\s*<details\b[^>]*>\s*(<summary\b[^>]*>.*<\/summary>\s*)?$/iu.exec(line);
    if (details) {
      // The summary on the same line, or on the next one.
      const summaryAt = details[1] !== undefined ? i : i + 1;
      const heading = /^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>\s*<h([1-6])\b[^>]*>(.*?)<\/h\1>\s*<\/summary>\s*$/iu.exec(lines[summaryAt] ?? '');
      const words = heading
        ? (heading[2] ?? '')
            .replace(/<[^>]*>/gu, '')
            .replace(/\s+/gu, ' ')
            .trim()
        : '';
      if (heading && words !== '') {
        lines[i] = '';
        lines[summaryAt] = `${'#'.repeat(Number(heading[1]))} ${words}`;
        i = summaryAt;
        open.push(true);
      } else open.push(false);
      continue;
    }
    if (/^\s*<\/details\s*>\s*$/iu.test(line) && open.length > 0 && open.pop() === true) lines[i] = '';
  }
  return lines.join('\n');
}

/** MDX's import and export lines (Docusaurus pages): the site runs them, a reader never sees them. */
export function mdxStatements(text: string, drop: (whole: string) => string): string {
  return /^(?:import|export)\s/mu.test(text) ? text.replace(mdxStatement, drop) : text;
}

/** A TeX layout command alone on its line: a table of contents, a page break, vertical space, a Beamer slide's pause. */
const layoutCommand =
  /^[ \t]*\\(?:toc|tableofcontents|listoffigures|listoftables|maketitle|newpage|pagebreak|clearpage|cleardoublepage|noindent|smallskip|medskip|bigskip|vfill|hfill|pause|[vh]space\*?\{[^}\n]*\})[ \t]*$/gmu;

/**
 * TeX layout commands on lines of their own (`\toc` in Franklin pages,
 * Pandoc's `\newpage`): the page lays itself out by them, a slide never shows them.
 * So is Pandoc's pause in a slide show, a paragraph of three spaced dots (". . .").
 */
export function layoutCommands(text: string, drop: (whole: string) => string): string {
  const anchored = /<(?:a|span)\s/iu.test(text) ? anchorLines(text, drop) : text;
  const paused = anchored.includes('. . .') ? pauses(anchored, drop) : anchored;
  if (!paused.includes('\\')) return paused;
  const referenced = /\\(?:eq)?ref\{/u.test(paused) ? texReferences(paused) : paused;
  const laidOut = referenced.replace(layoutCommand, drop);
  // An index entry (\index{dictionary}, \index{exception!KeyError}) marks a word for a book's index: the page shows nothing.
  const indexed = laidOut.includes('\\index') ? mapProse(laidOut, (prose) => prose.replace(indexEntry, drop)) : laidOut;
  return rawTexCommands(indexed, drop);
}

/**
 * A reference to a labelled formula or figure in the text, outside any formula ("calculating \\eqref{fermi_E2}", as
 * MathJax reads a page): the label, in parentheses for an equation, as a formula's own \\eqref shows it (markdown.ts),
 * not the command as typed. (Inside a formula the formula's typesetting reads it.)
 */
function texReferences(text: string): string {
  return mapProse(text, (prose) =>
    prose.replace(/\$\$[\s\S]*?\$\$|(?<!\\)\$(?!\s)[^$\n]+?\$|\\(eq)?ref\{([^{}\n]+)\}/gu, (whole, eq: string | undefined, label: string | undefined) =>
      label === undefined ? whole : eq ? `(${label.trim()})` : label.trim(),
    ),
  );
}

/** A line of nothing but empty anchors, targets for links ('<a name="FermiN"></a>', '<span id="x"></span>'). */
const anchorLine = /^[ \t]*(?:<(a|span)\s+(?:name|id)\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[\w:.-]+)\s*>\s*<\/\1\s*>[ \t]*)+$/iu;

/**
 * Lines of empty anchors over the text they mark (a picture and its caption under '<a name="FermiN"></a>'): the page
 * shows nothing of them, and CommonMark would read what follows such a line, up to a blank line, as raw HTML (kramdown,
 * which writes the page, reads it as Markdown). Blank, so the lines keep their numbers.
 */
function anchorLines(text: string, drop: (whole: string) => string): string {
  const lines = text.split('\n');
  let changed = false;
  lines.forEach((line, k) => {
    if ((k > 0 && (lines[k - 1] ?? '').trim() !== '') || !anchorLine.test(line)) return;
    lines[k] = drop(line);
    changed = true;
  });
  return changed ? lines.join('\n') : text;
}

/**
 * A TeX command and its arguments ("\\pspace", "\\vspace{4mm}", "\\hspace*{1em}", "\\pause"), an argument's braces nested
 * once ("\\lstset{columns=fullflexible,…,backgroundcolor=\\color{gray!10}}", a listings package's settings for the PDF).
 */
const texCommand = String.raw`\\[A-Za-z]+\*?(?:\[[^\]\n]{0,40}\]|\{(?:[^{}\n]|\{[^{}\n]{0,40}\}){0,200}\})*`;

/** A line of TeX commands and nothing else; not a definition (`\\newcommand{\\R}{…}`, kept for the formulas) nor an environment's bounds. */
const commandsLine = new RegExp(String.raw`^[ \t]*(?:${texCommand}[ \t]*)+$`, 'u');
const definitionOrBounds = /^[ \t]*\\(?:newcommand|renewcommand|providecommand|def|let|DeclareMathOperator|begin|end|item|input|include)\b/u;

/**
 * A command of small letters in a line of prose, before a space or the line's end ("No class on Monday.\\lspace",
 * "MyLS\\lspace", "$(AB)^T = B^TA^T$\\lspace b. …"); not one after a backslash, nor a path's folder in capitals ("C:\\Users").
 */
const proseCommand = /(?<!\\)\\([a-z]{3,})(?:\{[^{}\n]{0,40}\})?(?=[ \t]|$)/gu;

/** Commands that lay out a page, dropped wherever they stand in prose; any other only where the text uses it twice or more. */
const spacing = /^(?:pause|vspace|hspace|quad|qquad|newline|linebreak|smallskip|medskip|bigskip|noindent|centering|clearpage|newpage|pagebreak|vfill|hfill)$/u;

/**
 * Pandoc's raw TeX outside formulas and code (a Quarto or R Markdown lecture's own spacing macros, "\\pspace" alone on
 * its line, "Assignment 1 is due next Wednesday!\\lspace", "\\end{align*}\\pause"): only the PDF it typesets uses them,
 * the web page drops them, and a slide shows nothing of them. Lines of a display formula (between `$$` marks, or in a
 * `\\begin{…}` environment) are the formula's, and a formula in a line (`$\\hat\\beta$`) is too: left as they are.
 */
function rawTexCommands(text: string, drop: (whole: string) => string): string {
  const lines = text.split('\n');
  // Whether each line is a display formula's, and where an environment closes the display on it.
  let display = false;
  let depth = 0;
  const formula = lines.map((line) => {
    const inside = display || depth > 0;
    if ((line.match(/\$\$/gu) ?? []).length % 2 === 1) display = !display;
    const opened = (line.match(/\\begin\{/gu) ?? []).length;
    const closed = (line.match(/\\end\{/gu) ?? []).length;
    depth = Math.max(0, depth + opened - closed);
    return { inside, ends: closed > 0 && depth === 0 && !display, open: display || depth > 0 };
  });
  // The lines with their formulas (`$$…$$`, `$…$`, `\\(…\\)`, `\\[…\\]` and their doubled escapes, over lines too) and code spans masked, each character kept in
  // place, so a command is looked for outside them.
  const maskedLines = text
    .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$|\$(?=\S)[^$]*?\$|\\{1,2}\([\s\S]{0,4000}?\\{1,2}\)|\\{1,2}\[[\s\S]{0,4000}?\\{1,2}\]|`[^`\n]+`/gu, (m) =>
      m.replace(/[^\n]/gu, 'x'),
    )
    .split('\n');
  const masked = (k: number): string => maskedLines[k] ?? '';
  const uses = new Map<string, number>();
  lines.forEach((line, k) => {
    if (formula[k]?.inside || formula[k]?.open || !line.includes('\\')) return;
    for (const m of masked(k).matchAll(proseCommand)) {
      const name = m[1] ?? '';
      uses.set(name, (uses.get(name) ?? 0) + 1);
    }
  });
  const dropped = (name: string): boolean => spacing.test(name) || (uses.get(name) ?? 0) >= 2;
  const out = lines.map((line, k) => {
    const state = formula[k];
    if (!line.includes('\\') || !state) return line;
    // After an environment's end on its line, what follows is no part of the formula ("\\end{align*}\\pause").
    if (state.ends) {
      const ended = /^(.*\\end\{[^}\n]+\})((?:[ \t]*\\[A-Za-z]+\*?(?:\{[^{}\n]{0,40}\})?)+)[ \t]*$/u.exec(line);
      return ended?.[1] !== undefined && ended[2] !== undefined ? `${ended[1]}${drop(ended[2])}` : line;
    }
    if (state.inside || state.open) return line;
    if (commandsLine.test(line) && !definitionOrBounds.test(line)) return drop(line);
    const cuts = [...masked(k).matchAll(proseCommand)].filter((m) => dropped(m[1] ?? ''));
    let result = line;
    for (const m of cuts.reverse()) result = `${result.slice(0, m.index)}${drop(m[0])}${result.slice(m.index + m[0].length)}`;
    return result;
  });
  return out.join('\n');
}

/** Pandoc's pauses: a line of ". . ." alone between blank lines (or the text's ends); an ellipsis in a sentence stays. */
function pauses(text: string, drop: (whole: string) => string): string {
  const lines = text.split('\n');
  const blank = (k: number): boolean => k < 0 || k >= lines.length || (lines[k] ?? '').trim() === '';
  return lines.map((line, k) => (/^[ \t]*\. \. \.[ \t]*$/u.test(line) && blank(k - 1) && blank(k + 1) ? drop(line) : line)).join('\n');
}

/**
 * LaTeX's index entry in prose, its braces nested once, with the space before it; a book's own variants of it too
 * (Advanced R's `\indexc{env()}` for code, `\index[names]{…}` for a second index).
 */
export const indexCommand = String.raw`\\index[a-z]{0,8}(?:\[[^\]\n]*\])?\{(?:[^{}\n]|\{[^{}\n]*\})*\}`;
const indexEntry = new RegExp(String.raw`[ \t]*${indexCommand}`, 'gu');

/** A kramdown or attr_list attribute list (`{: .warning}`, `{:.center}`, `{: #id}`): alone on its line, or at a line's end. */
const attributeList = /^[ \t]*\{:[^{}\n]*\}[ \t]*$|[ \t]*\{:[^{}\n]*\}[ \t]*$/gmu;

/** Franklin.jl's commands in a page's prose, and how many braced arguments each takes. */
/** A quotation of text over lines, each line quoted. */
const quoted = (text: string): string => text.trim().replace(/\n/gu, '\n> ');

/**
 * A folded box's title written in Markdown (Franklin's `\\collaps{**Question:** … [Legendre polynomials](…) …}{…}`) as
 * the <summary> it becomes reads it: its code spans as <code>, a link as its words, its bold marks gone (the title is
 * shown bold), not the marks escaped as text ("\\[Legendre polynomials\\](https://…)").
 */
function summaryHtml(title: string): string {
  return title
    .trim()
    .replace(/\s*\n\s*/gu, ' ')
    .split(/(`+[^`]+`+)/u)
    .map((part, k) => (k % 2 === 1 ? `<code>${escapeUTF8(part.replace(/^`+|`+$/gu, ''))}</code>` : linksAsText(part).replace(/\*\*|__/gu, '')))
    .join('');
}

/**
 * Franklin.jl's commands in a page's prose: how many braced arguments each takes, and what it shows given them (its
 * arguments read already); none, for a command whose output only the site can make (`\input`, `\toc`): not shown.
 */
const franklinCommandsShown = new Map<string, { arity: number; show?: (a: string, b: string, restore: (masked: string) => string) => string }>(
  Object.entries({
    nonumber: { arity: 1, show: (a) => a },
    fig: { arity: 1, show: (a) => `![](${a.trim()})` },
    figstyled: { arity: 2, show: (a) => `![](${a.trim()})` },
    figalt: { arity: 2, show: (a, b) => `![${a.trim()}](${b.trim()})` },
    // (Not labelled twice where the author's note opens with its own label, "\\note{**Note:** You are still…}".)
    note: { arity: 1, show: (a) => (/^\s*\*\*Note\b/iu.test(a) ? `> ${quoted(a)}` : `> **Note:** ${quoted(a)}`) },
    definition: { arity: 2, show: (a, b) => `> **${a.trim()}:** ${quoted(b)}` },
    emphasis: { arity: 1, show: (a) => `> ${quoted(a)}` },
    collaps: { arity: 2, show: (a, b, restore) => `<details><summary>${summaryHtml(restore(a))}</summary>\n\n${b.trim()}\n\n</details>` },
    input: { arity: 2 },
    output: { arity: 1 },
    textoutput: { arity: 1 },
    plotlyfig: { arity: 1 },
    toc: { arity: 0 },
  }),
);

/** The braced arguments at `at` (`{…}{…}`, braces nested, over lines), and where they end; null when they are not all there. */
function bracedArguments(text: string, at: number, count: number): { args: string[]; end: number } | null {
  const args: string[] = [];
  let i = at;
  for (let k = 0; k < count; k += 1) {
    if (text[i] !== '{') return null;
    let depth = 0;
    let j = i;
    for (; j < text.length; j += 1) {
      const c = text[j];
      if (c === '\\') j += 1;
      else if (c === '{') depth += 1;
      else if (c === '}' && --depth === 0) break;
    }
    if (j >= text.length) return null;
    args.push(text.slice(i + 1, j));
    i = j + 1;
  }
  return { args, end: i };
}

/**
 * Franklin.jl's commands in a page's prose (a Julia course site's notes): `\nonumber{$$ … $$}` is the formula,
 * `\fig{path}`, `\figalt{alt}{path}` and `\figstyled{path}{css}` the picture, `\note{…}` and `\definition{term}{…}`
 * boxes, `\emphasis{…}` a box too (the site highlights it), `\collaps{title}{…}` folded (its body for the notes); `\toc` and `\input{…}{…}` (code
 * output the site runs) are not shown (`drop`). Only in a page that uses them; code and code spans stay as written;
 * each command keeps its lines, so line numbers hold (a folded box takes the lines its Markdown needs, where it took fewer).
 */
export function franklinCommands(text: string, drop: (whole: string) => string): string {
  if (!franklinPage(text)) return text;
  return mapProse(text, (prose, restore) => franklinProse(prose, drop, restore));
}

/**
 * Distill's footnotes and citations (al-folio and distill.pub pages, `layout: distill`): `<d-footnote>text</d-footnote>`
 * is a footnote, written as Markdown's (`[^d-footnote-1]`, its text defined at the end of the page), so that its text
 * goes to the notes of the point that cites it, not into a heading or a sentence; `<d-cite key="…"></d-cite>` is a
 * reference to the page's bibliography, which a deck does not have (`drop`). Code stays as written; lines hold.
 */
export function distillMarks(text: string, drop: (whole: string) => string): string {
  if (!/<d-(?:footnote|cite|math)\b/u.test(text)) return text;
  const notes: string[] = [];
  const body = mapProse(text, (prose) =>
    headingFootnotes(closedHtmlBlocks(distillMath(prose)))
      .replace(/<d-footnote>([\s\S]*?)<\/d-footnote>/gu, (whole, inner: string) => {
        notes.push(inner.replace(/\s*\n\s*/gu, ' ').trim());
        // (The lines the footnote took stay, so the text's line numbers hold.)
        return `[^d-footnote-${notes.length}]${'\n'.repeat(whole.split('\n').length - 1)}`;
      })
      .replace(/<d-cite\b[^>]*>(?:<\/d-cite>)?/gu, (whole) => drop(whole)),
  );
  return notes.length === 0 ? body : `${body.replace(/\n*$/u, '')}\n\n${notes.map((n, i) => `[^d-footnote-${i + 1}]: ${n}`).join('\n\n')}\n`;
}

/**
 * Distill's formulas: `<d-math block>` over TeX over `</d-math>` is displayed math (`$$` lines, the lines held), and
 * `<d-math>x</d-math>` within a line inline math (`$x$`).
 */
function distillMath(prose: string): string {
  if (!prose.includes('<d-math')) return prose;
  return prose
    .replace(/^([ \t]*)<d-math\s+block\s*>[ \t]*$/gmu, '$1$$$$')
    .replace(/^([ \t]*)<\/d-math>[ \t]*$/gmu, '$1$$$$')
    .replace(/<d-math\s+block\s*>([^\n]*?)<\/d-math>/gu, (_, tex: string) => `$$$$${tex.trim()}$$$$`)
    .replace(/<d-math>([^\n]*?)<\/d-math>/gu, (_, tex: string) => `$${tex.trim()}$`);
}

/**
 * An HTML block's closing tag alone on its line with text right under it (`</figure>` over a sentence or a heading),
 * as kramdown (Jekyll) reads it: the block ends at its closing tag. CommonMark would read on to the next blank line,
 * and show the sentence and the heading as the block's HTML; a blank line is set between them (the lines after move
 * down by one).
 */
function closedHtmlBlocks(prose: string): string {
  // (Only a tag at the margin, as the element that opened the block closes: an inner one, "    </div>" over "</figure>",
  // is inside it still.)
  return prose.replace(/^(<\/(?:figure|div|table|details|section|aside|center)>[ \t]*)\n(?=[^\s<]|<(?!\/))/gmu, '$1\n\n');
}

/**
 * A footnote in a heading ("### Example UGM Models <d-footnote>Depending on the question…</d-footnote>"): no words of
 * the title. It is cited from the end of the first paragraph under the heading instead, as Pandoc's inline note
 * (`^[…]`), so that its text goes to that slide's notes; with no paragraph before the next heading, it is a paragraph
 * of its own under the heading.
 */
function headingFootnotes(prose: string): string {
  if (!/^#{1,6}[ \t][^\n]*<d-footnote>/mu.test(prose)) return prose;
  const lines = prose.split('\n');
  lines.forEach((line, i) => {
    if (!/^#{1,6}[ \t]/u.test(line)) return;
    const found = [...line.matchAll(/\s*<d-footnote>([^\n]*?)<\/d-footnote>/gu)];
    if (found.length === 0) return;
    lines[i] = line.replace(/\s*<d-footnote>[^\n]*?<\/d-footnote>/gu, '');
    const inline = found.map((m) => `^[${(m[1] ?? '').replace(/[[\]]/gu, '')}]`).join('');
    for (let k = i + 1; k < lines.length && !/^#{1,6}[ \t]/u.test(lines[k] ?? ''); k += 1) {
      const start = lines[k] ?? '';
      if (start.trim() === '' || !/^[ \t]{0,3}\p{L}/u.test(start) || (lines[k - 1] ?? '').trim() !== '') continue;
      let end = k;
      while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '') end += 1;
      lines[end] = `${lines[end] ?? ''}${inline}`;
      return;
    }
    // (No paragraph of its own under the heading: the note is one, under it, and the lines after move down by two.)
    lines[i] = `${lines[i] ?? ''}\n\n${found.map((m) => (m[1] ?? '').trim()).join(' ')}\n`;
  });
  return lines.join('\n');
}

/**
 * A TikZ picture in the text (`\\begin{tikzpicture}` … `\\end{tikzpicture}`, in Quarto's `::: imagify` div or set apart
 * by blank lines): a picture the site draws from that source, which lectern cannot; its source is shown as written, as
 * a LaTeX listing, not read as text. The div's fences, or the blank lines around it, become the listing's (lines hold).
 */
export function tikzPictures(text: string): string {
  // (In the text only: a listing that shows TikZ's source, in a LaTeX tutorial, stays as it is.)
  return text.includes('\\begin{tikzpicture}') ? mapProse(text, tikzInProse) : text;
}

function tikzInProse(prose: string): string {
  const lines = prose.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^[ \t]*\\begin\{tikzpicture\}/u.test(lines[i] ?? '')) continue;
    let end = i;
    while (end < lines.length && !/\\end\{tikzpicture\}[ \t]*$/u.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length) break;
    const before = lines[i - 1] ?? '';
    const after = lines[end + 1] ?? '';
    const div = /^[ \t]*:::+[ \t]*\{?[\w .#-]*\}?[ \t]*$/u.test(before) && /^[ \t]*:::+[ \t]*$/u.test(after);
    const apart = before.trim() === '' && after.trim() === '' && i > 0 && end + 1 < lines.length;
    if (div || apart) {
      const source = dedentLines(lines.slice(i, end + 1));
      const fence = fenceFor(source.join('\n'));
      lines.splice(i - 1, source.length + 2, `${fence}latex`, ...source, fence);
    }
    i = end + 1;
  }
  return lines.join('\n');
}

/** A page of Franklin.jl's: one that uses its commands. */
const franklinPage = (text: string): boolean => /\\(?:nonumber\{\$\$|fig(?:styled|alt)?\{|toc[ \t]*$|input\{|collaps\{|definition\{|note\{)/mu.test(text);

/**
 * Franklin's raw HTML between `~~~` lines (an `<iframe>` of a video, a `<div>` the page styles): HTML the site
 * writes out, not code to show. Its fence lines become blank, so the HTML reads as the HTML block it is (and goes
 * through the same allow-list as any other); line numbers hold. A `~~~` fence with a language, or code in it, stays;
 * so does every fence of a page that is not Franklin's.
 */
export function franklinRawHtml(text: string): string {
  if (!/^~~~[ \t]*$/mu.test(text) || !franklinPage(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^~~~[ \t]*$/u.test(lines[i] ?? '')) continue;
    let end = i + 1;
    while (end < lines.length && !/^~~~[ \t]*$/u.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length) break;
    const inner = lines
      .slice(i + 1, end)
      .join('\n')
      .trim();
    if (/^<[A-Za-z][\s\S]*>$/u.test(inner)) {
      lines[i] = '';
      lines[end] = '';
    }
    i = end;
  }
  return lines.join('\n');
}

/** `franklinCommands` in a run of prose (its code spans masked), the commands inside a box's arguments too. */
function franklinProse(prose: string, drop: (whole: string) => string, restore: (masked: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of prose.matchAll(/\\([a-z]+)(?![a-zA-Z])/gu)) {
    const name = m[1] ?? '';
    const command = franklinCommandsShown.get(name);
    const at = m.index ?? 0;
    if (command === undefined || at < last) continue;
    if (name === 'toc' && !/^[ \t]*$/u.test(prose.slice(prose.lastIndexOf('\n', at) + 1, at))) continue;
    const read = bracedArguments(prose, at + m[0].length, command.arity);
    if (!read) continue;
    const whole = prose.slice(at, read.end);
    const [a = '', b = ''] = read.args.map((arg) => franklinProse(arg, drop, restore));
    const shown = command.show ? command.show(a, b, restore) : drop(whole);
    // The command's lines kept: what it shows, then as many line ends as it took more.
    const more = whole.split('\n').length - shown.split('\n').length;
    out += prose.slice(last, at) + shown + '\n'.repeat(Math.max(0, more));
    last = read.end;
  }
  return out + prose.slice(last);
}

/** An icon of MkDocs Material's sets as its shortcode (`:fontawesome-solid-file-pdf:`, `:material-check:{ .green }`), or a code span. */
const iconShortcode = /(`+)[^`]*?\1|:(?:material|fontawesome|octicons|simple)-[a-z0-9]+(?:-[a-z0-9]+)*:(?:\{[^{}\n]*\})?[ \t]?/gu;

/**
 * MkDocs Material's icons written as shortcodes ("[:fontawesome-solid-file-pdf: Download the presentation](…)"): a picture
 * the site draws from its icon set, no text of the author's. Code spans stay as written.
 */
export function iconShortcodes(text: string, drop: (whole: string) => string): string {
  return /:(?:material|fontawesome|octicons|simple)-/u.test(text)
    ? text.replace(iconShortcode, (whole, ticks?: string) => (ticks ? whole : drop(whole)))
    : text;
}

/**
 * Attribute lists of kramdown (Jekyll) and Python-Markdown's attr_list
 * (MkDocs): they style the block they follow or end, and are not text.
 */
export function attributeLists(text: string, drop: (whole: string) => string): string {
  const kramdown = text.includes('{:') ? tocPlaceholders(keepLazyLines(text), drop).replace(attributeList, drop) : text;
  return kramdown.includes('{') ? kramdown.replace(bareAttributeLine, drop) : kramdown;
}

/**
 * attr_list's list with no colon, alone on its line under the block it styles (MkDocs Material's "{ .annotate }" under
 * a code block, "{ #intro .lead }"): classes, an id, settings, and nothing else.
 */
const bareAttributeLine = /^[ \t]*\{[ \t]*(?:(?:[#.][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))[ \t]*)+\}[ \t]*$/gmu;

/**
 * The lines of text right under an indented attribute list alone on its line ("    {: .language-html }" under a list
 * item's code, then "The snippet makes a table." at the margin): in Markdown they continue the paragraph the list
 * starts, so they belong to the list item, and the item after them ("5. Now insert…") goes on the same list. With the
 * list dropped, they would open a paragraph of their own that ends the list and swallows that item: they are set in
 * as far as the list was.
 */
function keepLazyLines(text: string): string {
  if (!/^[ \t]+\{:/mu.test(text)) return text;
  const lines = text.split('\n');
  const opensBlock = /^[ \t]*(?:$|[-*+>#|]|\d{1,9}[.)][ \t]|`{3}|~{3}|<|\{:)/u;
  lines.forEach((line, i) => {
    const indent = /^([ \t]+)\{:[^{}\n]*\}[ \t]*$/u.exec(line)?.[1];
    if (indent === undefined) return;
    for (let k = i + 1; k < lines.length; k += 1) {
      const next = lines[k] ?? '';
      const own = /^[ \t]*/u.exec(next)?.[0].length ?? 0;
      if (opensBlock.test(next) || own >= indent.length) break;
      lines[k] = indent + next.trimStart();
    }
  });
  return lines.join('\n');
}

/** A tag as Obsidian and Logseq write one: "#" and a word with a letter, "/" between nested tags ("#os/memory"). */
const tag = String.raw`#[\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*`;
const tagLine = new RegExp(String.raw`^ {0,3}${tag}(?:[ \t]+${tag})*[ \t]*$`, 'gmu');

/**
 * A note's tags on a line of their own, as Obsidian and Logseq keep them ("#COMP20111-DNAOS/memory-management", "#os
 * #lecture"): the note's metadata, which its page does not show as text. Two tags or more, or a nested one: a line of
 * one plain "#word" may be a heading its author wrote without the space, and stays.
 */
export function tagLines(text: string, drop: (whole: string) => string): string {
  if (!text.includes('#')) return text;
  return text.replace(tagLine, (line) => ((line.match(/#/gu) ?? []).length >= 2 || line.includes('/') ? drop(line) : line));
}

/**
 * Pandoc's attribute list on a heading ("> ### Proof {#pf .unnumbered}"; in a quote or a list item, where the
 * splitter's reading of headings does not go). A heading of attributes alone is a box a book's filter or style sheet
 * titles from them ("### {.theorem title=\"Uncomputability of QIS\" #QIS-thm}", "> ### { .recap }"): titled by its
 * kind and title ("Theorem (Uncomputability of QIS)", "Recap") where they say so, else dropped, its line keeping its
 * quote's markers so that the quote holds together. (A heading at the margin with words keeps its list for
 * split-markdown, which drops it.)
 */
export function headingAttributes(text: string, drop: (whole: string) => string): string {
  if (!text.includes('{')) return text;
  const lines = text.split('\n');
  const quoted = (line: string | undefined): boolean => line !== undefined && /^[ \t]*>/u.test(line);
  return lines
    .map((line, i) => {
      const m = attributedHeading.exec(line);
      if (!m) return line;
      const [, prefix = '', hashes = '', heading = '', attributes = ''] = m;
      const named = heading.trim() !== '' ? heading.trim() : attributesTitle(attributes);
      if (named === null) return `${prefix.trimEnd()}${drop(line).trim()}`;
      if (prefix === '' && heading.trim() !== '') return line;
      // A quote of this heading alone is a heading over what follows it (the book's box holds the list after it).
      const alone = /^[ \t]*>[ \t]*$/u.test(prefix) && !quoted(lines[i - 1]) && !quoted(lines[i + 1]);
      return `${alone ? '' : prefix}${hashes} ${named}`;
    })
    .join('\n');
}
/** A heading (after a quote's or list item's markers, if any) with an attribute list at its end. */
const attributedHeading =
  /^((?:[ \t]*(?:>|[-*+]|\d{1,3}[.)])[ \t]*)*)(#{1,6})(?:[ \t]+|(?=\{))(.*?)\{:?[ \t]*((?:-|[#.][\w-]|[A-Za-z][\w-]*=)[^{}\n]*)\}[ \t]*$/u;
/** The kinds of box a book's attributes name ("{.theorem}"), as their title says them. */
const boxKindNames: Record<string, string> = { proofidea: 'Proof idea', objectives: 'Objectives', recap: 'Recap' };
const attributesKind =
  /(?:^|\s)\.(theorem|lemma|corollary|proposition|definition|proof|proofidea|example|exercise|problem|solution|remark|note|claim|conjecture|fact|recap|objectives|algorithm|question|hint)(?=\s|$)/iu;
/** A box's title from its attributes: its kind, and the title="…" it is given. */
function attributesTitle(attributes: string): string | null {
  const kind = attributesKind.exec(attributes)?.[1]?.toLowerCase();
  const named = kind ? (boxKindNames[kind] ?? kindTitle(kind)) : null;
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/u.exec(attributes);
  const given = (title?.[1] ?? title?.[2] ?? '').replace(/\s+/gu, ' ').trim();
  return given === '' ? named : named ? `${named} (${given})` : given;
}

/**
 * kramdown's table of contents: a list that `{:toc}` marks, before or after it ("* TOC" over "{:toc}", or
 * "{:toc}" over "- dummy item"), which the site replaces by links to the page's headings. The deck has its
 * agenda for that: the list and its marker are dropped, their lines left blank.
 */
function tocPlaceholders(text: string, drop: (whole: string) => string): string {
  if (!/^[ \t]*\{:\s*toc\s*\}[ \t]*$/mu.test(text)) return text;
  const lines = text.split('\n');
  // (An empty item too, "*" alone over "{: toc}", as a wiki's pages write the placeholder.)
  const item = /^[ \t]*(?:[-*+]|\d{1,3}[.)])(?:[ \t]+\S|[ \t]*$)/u;
  lines.forEach((line, i) => {
    if (!/^[ \t]*\{:\s*toc\s*\}[ \t]*$/u.test(line)) return;
    lines[i] = drop(line);
    // The list right after the marker, else the one right before it.
    const step = item.test(lines[i + 1] ?? '') ? 1 : item.test(lines[i - 1] ?? '') ? -1 : 0;
    let top = i;
    for (let k = i + step; step !== 0 && k >= 0 && k < lines.length && (lines[k] ?? '').trim() !== '' && !/^[ \t]*\{:/u.test(lines[k] ?? ''); k += step) {
      lines[k] = drop(lines[k] ?? '');
      top = Math.min(top, k);
    }
    // The heading over it that names it ("## Contents" over "{:.no_toc}"): the site's furniture round the list, not a section
    // of the author's; the text after it goes on with what came before (a wiki page's opening, under its second "Contents").
    let k = top - 1;
    while (k >= 0 && ((lines[k] ?? '').trim() === '' || /^[ \t]*\{:[^}\n]*\}[ \t]*$/u.test(lines[k] ?? ''))) k -= 1;
    const heading = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/u.exec(lines[k] ?? '');
    if (heading?.[1] && namesContents(heading[1])) lines[k] = drop(lines[k] ?? '');
  });
  return lines.join('\n');
}

/**
 * kramdown's class on a code block, on the line after its closing fence
 * (`{: .language-bash}`, `{: .output}`, `{: .sql}`, as The Carpentries
 * write every block): the block's language or kind, made its info string
 * where the fence has none (a box's name, as `.error`, made `output`), so that it is highlighted and a command's
 * output stays with it. Lines inside a blockquote (`> ~~~`) too. The
 * attribute line itself is left for attributeLists to drop.
 */
export function kramdownFenceClasses(text: string): string {
  if (!text.includes('{:')) return text;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i += 1) {
    const kind = /^([ \t>]*)\{:\s*\.(?:language-)?([\w+#-]+)[^{}\n]*\}[ \t]*$/u.exec(lines[i] ?? '');
    const close = kind ? /^([ \t>]*)(`{3,}|~{3,})[ \t]*$/u.exec(lines[i - 1] ?? '') : null;
    if (!kind || !close) continue;
    const [, prefix = '', fence = '```'] = close;
    // The opening fence: the nearest line above of the same marker, with no info string of its own.
    for (let k = i - 2; k >= 0; k -= 1) {
      const line = lines[k] ?? '';
      if (!line.startsWith(prefix) || !line.slice(prefix.length).startsWith(fence)) continue;
      // A class that names a box ({: .error}, {: .warning}: what a program printed when it failed) is output, not a
      // box's fence (```error would be read as one): the traceback showed as prose, its `<module>` taken for HTML.
      const name = kind[2] ?? '';
      if (line.slice(prefix.length + fence.length).trim() === '' && !/[`~]/u.test(line.slice(prefix.length + fence.length, prefix.length + fence.length + 1)))
        lines[k] = `${prefix}${fence}${boxKinds.test(name) ? 'output' : name}`;
      break;
    }
  }
  return lines.join('\n');
}

/**
 * Moves a box's title line (`at`) onto the blank line right over its first
 * line of prose (from `from`, before `end`), so that the title leads that
 * paragraph as the site shows it instead of standing as a point of its own;
 * every line keeps its number. Not over a list, a quotation, a table, HTML,
 * a picture, a heading, code or a formula.
 */
function titleOverProse(lines: string[], at: number, from: number, end: number): void {
  let first = from;
  while (first < end && (lines[first] ?? '').trim() === '') first += 1;
  // A box whose text opens with its title ("**If you got stuck**, you can apply…" under that title) says it once.
  const title = (lines[at] ?? '')
    .trim()
    .replace(/^\*\*|\*\*$/gu, '')
    .trim()
    .toLowerCase();
  const opening = (lines[first] ?? '')
    .trim()
    .replace(/^(?:\*\*|__)/u, '')
    .toLowerCase();
  if (title !== '' && first < end && opening.startsWith(title)) {
    lines[at] = '';
    return;
  }
  if (first > at + 1 && first < end && !/^\s*(?:[-*+>|<!#`~]|\d+[.)]\s|\$\$)/u.test(lines[first] ?? '')) {
    lines[first - 1] = lines[at] ?? '';
    lines[at] = '';
  }
}

/** A box's title when its marker gives none: its kind, capitalised ("note" -> "Note"). */
export const kindTitle = (kind: string): string => kind.charAt(0).toUpperCase() + kind.slice(1);

/**
 * The lines a box's marker and end become (MkDocs' admonitions, PyMdown's
 * blocks): a folded box is a <details> whose summary is its title (its body
 * goes to the notes); another box has its title as a bold lead-in and no
 * closing line. An empty title leaves no line.
 */
function boxLines(indent: string, title: string, folded: boolean): { open: string; close: string } {
  // A folded box's title is Markdown too: its code spans (```sqliteonline.com```) are code in the summary, not backticks.
  const summary = title.replace(/[<>&]/gu, '').replace(/(`+)[ \t]*([^`]+?)[ \t]*\1(?!`)/gu, '<code>$2</code>');
  if (folded) return { open: `${indent}<details><summary>${summary}</summary>\n`, close: `\n${indent}</details>` };
  return { open: title === '' ? '' : `${indent}**${title}**`, close: '' };
}

/**
 * Speaker notes written in HTML, as R Markdown's ioslides and reveal.js read them (`<div class="notes">` or
 * `<aside class="notes">` on a line of its own, over its lines, to its closing tag on a line of its own): Pandoc's
 * `::: notes`, which foldedCallouts folds away for the speaker. (An ioslides lecture's notes, "weaker? no, could be a
 * bit weaker…", had been a point on its slide.) Line for line.
 */
function htmlNotes(text: string): string {
  if (!/class\s*=\s*["'][^"'\n]*\bnotes\b/iu.test(text)) return text;
  const lines = text.split('\n');
  const open = /^[ \t]*<(div|aside)\s+class\s*=\s*["'](?:[^"'\n]*\s)?notes(?:\s[^"'\n]*)?["'][^>\n]*>[ \t]*$/iu;
  for (let i = 0; i < lines.length; i += 1) {
    const tag = open.exec(lines[i] ?? '')?.[1]?.toLowerCase();
    if (tag === undefined) continue;
    const opens = new RegExp(`<${tag}\\b`, 'giu');
    const closes = new RegExp(`</${tag}\\s*>`, 'giu');
    let depth = 1;
    let end = i + 1;
    for (; end < lines.length; end += 1) {
      const line = lines[end] ?? '';
      depth += (line.match(opens) ?? []).length - (line.match(closes) ?? []).length;
      if (depth <= 0) break;
    }
    if (end >= lines.length || !new RegExp(`^[ \\t]*</${tag}\\s*>[ \\t]*$`, 'iu').test(lines[end] ?? '')) continue;
    lines[i] = '::: notes';
    lines[end] = ':::';
    i = end;
  }
  return lines.join('\n');
}

/**
 * Quarto's folded callouts (`::: {.callout-note collapse="true"}`) and VitePress's `::: details Title`: shown folded
 * on the page, so a <details> whose
 * summary is the callout's title (its `title` attribute, the heading it opens with, or its kind) and whose body goes
 * to the notes, as other folded boxes do. Speaker notes as Pandoc's and Quarto's slides write them (`::: notes`,
 * `::: {.notes}`) are such a box of no summary: the speaker's, never the slide's; left unclosed (as a talk written for
 * Pandoc may leave them), they end at the next heading, where the next slide begins. Code fences are left alone.
 */
export function foldedCallouts(given: string): string {
  const text = htmlNotes(given);
  if (!/collapse\s*=\s*["']?true|^ {0,3}:{3,}[ \t]*details\b|^[ \t]*:{3,}[ \t]*(?:notes|\{\.notes\})[ \t]*$/mu.test(text)) return text;
  const lines = notesAfterLists(text.split('\n'));
  for (let i = 0; i < lines.length; i += 1) {
    const code = fenceEnd(lines, i);
    if (code !== null) {
      i = code;
      continue;
    }
    if (speakerNotes.test(lines[i] ?? '')) {
      i = foldNotes(lines, i);
      continue;
    }
    // (VitePress's "::: details Click me" is folded too, titled by its words.)
    const details = /^( {0,3}):{3,}[ \t]*details(?:[ \t]+(\S.*?))?[ \t]*$/u.exec(lines[i] ?? '');
    const open = details ?? /^( {0,3}):{3,}[ \t]*\{([^}\n]*\.callout(?:-[\w-]+)?\b[^}\n]*)\}[ \t]*$/u.exec(lines[i] ?? '');
    if (!open || (!details && !/\bcollapse\s*=\s*["']?true\b/u.test(open[2] ?? ''))) continue;
    const end = divEnd(lines, i + 1);
    if (end >= lines.length) continue;
    const attributes = details ? '' : (open[2] ?? '');
    let title = details
      ? details[2]
      : /\btitle\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')/u
          .exec(attributes)
          ?.slice(1)
          .find((t) => t !== undefined);
    let first = i + 1;
    while (first < end && (lines[first] ?? '').trim() === '') first += 1;
    const heading = /^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/u.exec(lines[first] ?? '');
    if (title === undefined && heading?.[1]) {
      title = heading[1];
      lines[first] = '';
    }
    const box = boxLines(open[1] ?? '', (title ?? kindTitle(details ? 'details' : (/\.callout-([\w-]+)/u.exec(attributes)?.[1] ?? 'note'))).trim(), true);
    lines[i] = box.open;
    lines[end] = box.close;
    i = end;
  }
  return lines.join('\n');
}

/**
 * Speaker notes set in under a list's item, as Pandoc reads them there (a "::: notes" indented with the item's text,
 * closed at the same indentation): moved, their lines set out at the margin, to a "::: notes" of their own after the
 * list, which foldedCallouts folds; where the notes stood, nothing (the list's lines after them move up, and two blank
 * lines set the notes apart, as a folded box's own lines do). Code fences are left alone.
 */
function notesAfterLists(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i += 1) {
    const code = fenceEnd(lines, i);
    if (code !== null) {
      i = code;
      continue;
    }
    const open = /^([ \t]{2,}):{3,}[ \t]*(?:notes|\{\.notes\})[ \t]*$/u.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1] ?? '';
    let close = -1;
    for (let k = i + 1; k < lines.length && close < 0; k += 1) {
      const line = lines[k] ?? '';
      if (line.startsWith(indent) && /^:{3,}[ \t]*$/u.test(line.slice(indent.length))) close = k;
      else if (line.trim() !== '' && !line.startsWith(indent)) break;
    }
    if (close < 0) continue;
    // The list ends at the next line of text at the margin that opens no item (or at the text's end); notes moved out of
    // it before (an earlier item's) stay before these, in the order the author wrote them.
    let end = close + 1;
    while (end < lines.length) {
      const line = lines[end] ?? '';
      if (line === '::: notes') {
        while (end < lines.length && lines[end] !== ':::') end += 1;
      } else if (/^\S/u.test(line) && !/^(?:[-*+]|\d{1,9}[.)])[ \t]/u.test(line)) break;
      end += 1;
    }
    const inner = lines.slice(i + 1, close).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    // (Set apart by blank lines: the folded notes end at a blank line, not in the text after them.)
    const between = lines.slice(close + 1, end);
    lines.splice(i, end - i, ...between, '', '::: notes', ...inner, ':::', '');
    // The rest of the list is read again: a later item may hold notes of its own.
    i -= 1;
  }
  return lines;
}

/** A fenced div of speaker notes' opening line. */
const speakerNotes = /^ {0,3}:{3,}[ \t]*(?:notes|\{\.notes\})[ \t]*$/u;

/** Folds the speaker notes opened on line `i` (foldedCallouts); the line they end on. */
function foldNotes(lines: string[], i: number): number {
  let heading = i + 1;
  for (; heading < lines.length; heading += 1) {
    const fence = fenceEnd(lines, heading);
    if (fence !== null) heading = fence;
    else if (/^ {0,3}#{1,6}(?:[ \t]|$)/u.test(lines[heading] ?? '')) break;
  }
  const closed = divEnd(lines, i + 1);
  const box = boxLines('', '', true);
  lines[i] = box.open;
  // Closed, with no notes opened before its close: the notes hold their headings too ("::: notes" over "# Merge-Konflikte
  // auflösen" and the steps under it, a German Git lecture's), each a line in bold there, as no slide begins inside notes.
  const closedAfterHeading = closed > heading && closed < lines.length && !lines.slice(i + 1, closed).some((l) => speakerNotes.test(l));
  if (closed < heading || closedAfterHeading) {
    for (let k = heading; k < closed; k += 1) {
      const fence = fenceEnd(lines, k);
      if (fence !== null) k = fence;
      else lines[k] = (lines[k] ?? '').replace(/^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/u, '**$1**');
    }
    lines[closed] = box.close;
    return closed;
  }
  // (Closed before the heading, over the blank lines that part them.)
  let end = heading;
  while (end - 1 > i && (lines[end - 1] ?? '').trim() === '') end -= 1;
  lines[end - 1] = `${lines[end - 1] ?? ''}${box.close}`;
  return end - 1;
}

/**
 * PyMdown's blocks (FastAPI's and other MkDocs sites' docs): `/// note | Title`
 * over Markdown up to a `///` line (more slashes to nest) is a box, its title
 * (or its kind) the lead-in; `/// details | Summary` is folded, a <details>
 * whose body goes to the notes (`open: true` under it shows it). The option
 * lines indented under a marker (`type: warning`) go. Code fences are left
 * alone. The count is of the markers kept out.
 */
export function pymdownBlocks(text: string): { text: string; count: number } {
  if (!/^[ \t]*\/{3,}[ \t]*[\w-]+/mu.test(text)) return { text, count: 0 };
  const lines = text.split('\n');
  // The closing lines of each length, in order: each marker finds the next one by a binary search (one scan in all).
  const closings = new Map<string, number[]>();
  lines.forEach((line, k) => {
    const t = line.trim();
    if (/^\/{3,}$/u.test(t)) closings.set(t, [...(closings.get(t) ?? []), k]);
  });
  // A closing line closes one block: once used, the next marker looks past it.
  const used = new Set<number>();
  const closingAfter = (slashes: string, i: number): number => {
    const at = closings.get(slashes) ?? [];
    let lo = countBelow(at, i, true);
    while (lo < at.length && used.has(at[lo] ?? -1)) lo += 1;
    const end = at[lo] ?? -1;
    if (end >= 0) used.add(end);
    return end;
  };
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const code = fenceEnd(lines, i);
    if (code !== null) {
      i = code;
      continue;
    }
    const marker = /^([ \t]*)(\/{3,})[ \t]*([\w-]+)(?:[ \t]*\|[ \t]*(.*?))?[ \t]*$/u.exec(lines[i] ?? '');
    if (!marker) continue;
    const slashes = marker[2] ?? '///';
    const end = closingAfter(slashes, i);
    if (end < 0) continue;
    // Options indented under the marker ("    type: warning", "    open: True").
    let body = i + 1;
    let open = false;
    while (/^[ \t]+[\w-]+:[ \t]*\S/u.test(lines[body] ?? '') && body < end) {
      open ||= /^[ \t]+open:[ \t]*true\b/iu.test(lines[body] ?? '');
      lines[body] = '';
      body += 1;
    }
    const kind = marker[3] ?? '';
    const box = boxLines(
      marker[1] ?? '',
      /^(?:html|tab)$/iu.test(kind) && !marker[4] ? '' : (marker[4] ?? '').trim() || kindTitle(kind),
      kind.toLowerCase() === 'details' && !open,
    );
    count += 1;
    lines[i] = box.open;
    lines[end] = box.close;
    // A blank line parts the marker from the text: the title leads the box's first line of prose, as an admonition's does.
    if (box.close === '' && box.open !== '') titleOverProse(lines, i, i + 1, end);
  }
  return { text: lines.join('\n'), count };
}

/**
 * An admonition's title as MkDocs shows it: its emoji shortcodes as the emoji ("Définitions :heart:" -> "Définitions
 * 🖤"; the colons had been read as a lead-in's, the slide titled "Définitions :heart"), and with no template expression
 * a macro fills in ('!!! example "{{ exercice() }}"', mkdocs-macros' numbered exercise, which lectern cannot run): a
 * title of such expressions alone is the box's kind, as for a box with none.
 */
function admonitionTitle(given: string | undefined, kind: string): string {
  const title = (given ?? '')
    .replace(/\{\{[^{}\n]*\}\}/gu, '')
    .replace(/:([\w+-]+):/gu, (whole, name: string) => emojiShortcodes[name] ?? whole)
    .trim();
  return given === undefined || (title === '' && given.trim() !== '') ? kindTitle(kind).trim() : title;
}

/**
 * Python-Markdown's admonitions, as MkDocs (Material) sites write them:
 * `!!! note "Title"` over a block indented four spaces is a box, its title
 * (or its kind) the lead-in and its block Markdown; `??? note "Title"` is
 * folded on the page (a solution, a correction), so it becomes a <details>,
 * whose body goes to the notes; `???+` is shown open. A content tab
 * (`=== "Task"` over its indented block) is a box titled by its label. Boxes
 * and tabs nest. Code fences are left alone. The count is of the markers kept out.
 * As Python-Markdown reads them, the space after the marker may be left out
 * (`???example "Exemple"`), and class names may follow the kind (`!!! danger highlight`).
 */
export function mkdocsAdmonitions(text: string): { text: string; count: number } {
  if (!/^[ \t]*(?:(?:!!!|\?\?\?\+?)[ \t]*[\w-]+|===[!+]?[ \t]+")/mu.test(text)) return { text, count: 0 };
  const lines = text.split('\n');
  let count = tabSetsAsParts(lines);
  for (let i = 0; i < lines.length; i += 1) {
    const code = fenceEnd(lines, i);
    if (code !== null) {
      i = code;
      continue;
    }
    // A content tab (`=== "Python"`, PyMdown's tabbed) is a box titled by its label, shown as any other. (A title in
    // doubled quotes, an author's slip, '!!! example ""How to…"', is still its title.)
    const tab = /^([ \t]*)===[!+]?[ \t]+"([^"\n]*)"[ \t]*$/u.exec(lines[i] ?? '');
    const marker = tab
      ? [tab[0], tab[1], '!!!', 'tab', tab[2]]
      : /^([ \t]*)(!!!|\?\?\?\+?)[ \t]*([\w-]+)(?:[ \t]+[\w-]+)*(?:[ \t]+"+([^"\n]*)"+)?[ \t]*$/u.exec(lines[i] ?? '');
    if (!marker) continue;
    const indent = `${marker[1] ?? ''}    `;
    let end = i + 1;
    // The block: lines indented four spaces more than the marker, blank lines among them.
    for (let k = i + 1; k < lines.length; k += 1) {
      const line = lines[k] ?? '';
      if (line.trim() === '') continue;
      if (!line.startsWith(indent) && !line.startsWith('\t')) break;
      end = k + 1;
    }
    // A marker with nothing indented under it is a line of text that happens to start so ("??? what"), unless it has a
    // title in quotes: a box of its title alone, as Python-Markdown shows it ('!!! warning "This part is long, do it
    // last."' over the section's text, not in it).
    // (A tab with nothing under it, its content a file the site includes that the deck does not have, "=== "Versão 3.14""
    // over "{% include "templates/dockerfile.md" %}": its marker is kept out, not a line of four tabs' labels.)
    if (end === i + 1 && tab) {
      lines[i] = '';
      count += 1;
      continue;
    }
    if (end === i + 1 && marker[4] === undefined) continue;
    const box = boxLines(marker[1] ?? '', admonitionTitle(marker[4], marker[3] ?? ''), marker[2] === '???');
    for (let k = i + 1; k < end; k += 1) {
      const line = lines[k] ?? '';
      lines[k] = line.startsWith(indent) ? (marker[1] ?? '') + line.slice(indent.length) : line.replace(/^\t/u, marker[1] ?? '');
    }
    count += 1;
    lines[i] = box.open;
    // The close on a line of its own (on the block's last line it would hide a code fence's closing line from what follows).
    if (box.close !== '') lines.splice(end, 0, ...box.close.split('\n'));
    // The block's own boxes and tabs (now indented as the marker was) are read next.
  }
  return { text: lines.join('\n'), count };
}

/** LaTeX's listing environments, as Pandoc Markdown written for a PDF holds them: `\begin{lstlisting}[language=c]`. */
const latexListing = /^([ \t]*)\\begin\{(lstlisting|verbatim|minted|Verbatim)\}(?:\{([\w#+.-]+)\})?(?:\[(.*)\])?[ \t]*$/u;
/** The environments that only place a listing (a float, a figure, centring), on lines of their own. */
const listingFloat = /^[ \t]*\\(?:begin|end)\{(?:lstfloat|listing|figure|center|codelisting)\*?\}(?:\[[^\]]*\])?[ \t]*$/u;

/** A listing's caption as text: its code inline, its emphasis and small capitals as their words, citations and references out. */
function latexCaption(caption: string): string {
  return caption
    .replace(
      /\\passthrough\{\\lstinline!([^!]*)!\}|\\lstinline!([^!]*)!|\\lstinline\|([^|]*)\||\\texttt\{([^{}]*)\}/gu,
      (_, a, b, c, d) => `\`${a ?? b ?? c ?? d ?? ''}\``,
    )
    .replace(/~?\\(?:auto|paren|text|foot)?cite[a-z]*\*?(?:\[[^\]]*\])*\{[^{}]*\}/gu, '')
    .replace(/~?\\(?:c|C|auto|name)?ref\{[^{}]*\}/gu, '')
    .replace(/\\(?:textsc|emph|textit|textbf|textrm|textsf|mbox)\{([^{}]*)\}/gu, '$1')
    .replace(/\\([#$%&_{}])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([.,;:])/gu, '$1')
    .trim();
}

/**
 * LaTeX's listings in Markdown written for a PDF (Pandoc passes them through): `\begin{lstlisting}[language=c,
 * caption={…}]` … `\end{lstlisting}`, `\begin{minted}{python}`, `\begin{verbatim}` are code blocks in their language,
 * their caption a line over them; a float or figure round them only places them. Code fences are left alone.
 */
export function latexListings(text: string): string {
  if (!/\\begin\{(?:lstlisting|verbatim|minted|Verbatim)\}/u.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const code = fenceEnd(lines, i);
    if (code !== null) {
      out.push(...lines.slice(i, code + 1));
      i = code;
      continue;
    }
    const open = latexListing.exec(lines[i] ?? '');
    const end = open ? closingLine(lines, i + 1, new RegExp(String.raw`^[ \t]*\\end\{${open[2] ?? ''}\}[ \t]*$`, 'u')) : lines.length;
    if (!open || end >= lines.length) {
      // (A float's line next to a listing's: one that places no listing stays, as LaTeX the page does not show.)
      const beside = lines.slice(Math.max(0, i - 3), i + 4);
      const placing =
        listingFloat.test(lines[i] ?? '') && beside.some((l) => latexListing.test(l) || /\\end\{(?:lstlisting|verbatim|minted|Verbatim)\}/u.test(l));
      out.push(placing ? '' : (lines[i] ?? ''));
      continue;
    }
    const options = open[4] ?? '';
    const language = (open[3] ?? /\blanguage\s*=\s*(\{[^}]*\}|[\w#+.-]+)/u.exec(options)?.[1] ?? '')
      .replace(/^\{|\}$/gu, '')
      .replace(/^\[Sharp\]C$/iu, 'csharp')
      .replace(/^\[[^\]]*\]/u, '')
      .toLowerCase();
    const caption = latexCaption(
      /\bcaption\s*=\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/u.exec(options)?.[1] ?? /\bcaption\s*=\s*([^,\]]+)/u.exec(options)?.[1] ?? '',
    );
    const body = lines.slice(i + 1, end);
    const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/u.exec(l)?.[0].length ?? 0));
    const fence = body.some((l) => /^\s*```/u.test(l)) ? '~~~' : '```';
    if (caption !== '') out.push('', caption, '');
    out.push(`${fence}${language}`, ...body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)), fence);
    i = end;
  }
  return out.join('\n');
}

/** A content tab's marker at the margin (`=== "Docker"`). */
const marginTab = /^===[!+]?[ \t]+"[^"\n]*"[ \t]*$/u;

/**
 * Sets of content tabs at the margin of which one holds sections of its own ("=== \"Cloud server\"" over "    ## Exercises"):
 * ways through the page, each tab's label a heading at the level of the highest of those sections, which go a level
 * down under it (as a bold label over a tab's box, it ended the section before). What each tab holds is taken out of
 * its indentation; line numbers are kept. Returns the count of markers so written.
 */
function tabSetsAsParts(lines: string[]): number {
  if (!lines.some((l) => marginTab.test(l))) return 0;
  let count = 0;
  // The lines as a tab's block reads them, out of its indentation (where its code fences close).
  const unindented = lines.map((l) => l.replace(/^(?: {4}|\t)/u, ''));
  for (let i = 0; i < lines.length; i += 1) {
    const code = fenceEnd(lines, i);
    if (code !== null) {
      i = code;
      continue;
    }
    if (!marginTab.test(lines[i] ?? '')) continue;
    // The set: each marker, and the lines its tab holds (indented, blank lines among them), up to the next marker.
    const tabs: { marker: number; end: number }[] = [];
    const headings: number[] = [];
    let highest = 7;
    let deepest = 0;
    let k = i;
    while (k < lines.length && marginTab.test(lines[k] ?? '')) {
      const marker = k;
      let end = k + 1;
      for (k += 1; k < lines.length; k += 1) {
        const line = lines[k] ?? '';
        if (line.trim() === '') continue;
        if (!line.startsWith('    ') && !line.startsWith('\t')) break;
        const heading = /^(?: {4}|\t)(#{2,6})[ \t]+\S/u.exec(line);
        if (heading?.[1]) {
          highest = Math.min(highest, heading[1].length);
          deepest = Math.max(deepest, heading[1].length);
          headings.push(k);
        }
        const fence = fenceEnd(unindented, k);
        if (fence !== null) k = Math.min(fence, lines.length - 1);
        end = k + 1;
      }
      tabs.push({ marker, end });
    }
    // (Sections of the lowest level cannot go a level down: such a set stays boxes.)
    if (headings.length > 0 && deepest < 6) {
      for (const tab of tabs) {
        const label = /"([^"\n]*)"/u.exec(lines[tab.marker] ?? '')?.[1]?.trim() ?? '';
        lines[tab.marker] = label === '' ? '' : `${'#'.repeat(highest)} ${label}`;
        for (let j = tab.marker + 1; j < tab.end; j += 1) lines[j] = (lines[j] ?? '').replace(/^(?: {4}|\t)/u, '');
        count += 1;
      }
      for (const h of headings) lines[h] = `#${lines[h] ?? ''}`;
    }
    i = Math.max(i, k - 1);
  }
  return count;
}

/** A presentational element's opening tag alone on its line (`<small>`, `<center>`, `<font size="6">`); in a text, on any line. */
const presentational = /^([ \t]*)<(small|big|center|font)\b[^>]*>[ \t]*$/imu;

/** The line that closes an element opened on the line before `from` (its closing tag alone on it), within `most` lines; -1 if none. */
function closingTagLine(lines: string[], from: number, tag: string, most: number): number {
  const close = new RegExp(`^[ \\t]*</${tag}\\s*>[ \\t]*$`, 'iu');
  for (let end = from; end < lines.length && end <= from + most; end += 1) if (close.test(lines[end] ?? '')) return end;
  return -1;
}

/** Whether the lines from `from` to the element's closing tag hold Markdown: a link, emphasis, code or an item. */
function markdownAfter(lines: string[], from: number, tag: string): boolean {
  const end = closingTagLine(lines, from, tag, 49);
  return end >= 0 && lines.slice(from, end).some((line) => /\[[^\]\n]+\]\([^)\s]+\)|\*\*\S|`[^`]+`|^\s*[-*+]\s/u.test(line));
}

/** A <div> alone on its line. */
const formulaWrapper = /^([ \t]*)<(div)\b[^>]*>[ \t]*$/imu;

/** Whether the element opened on the line before `from` holds a displayed formula and nothing else but blank lines. */
function formulaAfter(lines: string[], from: number): boolean {
  const end = closingTagLine(lines, from, 'div', 49);
  const inner = end < 0 ? [] : lines.slice(from, end).filter((l) => l.trim() !== '');
  const first = inner[0]?.trim() ?? '';
  const last = inner[inner.length - 1]?.trim() ?? '';
  return (first.startsWith('$$') && last.endsWith('$$')) || (first.startsWith('\\[') && last.endsWith('\\]'));
}

/**
 * A line of a cell's text with nothing Markdown would read in it: no list mark, heading, quotation, fence, code span,
 * emphasis in stars or link ("(5)", a diagram's "  J-->LB[\"{\"]" in a `<div class="mermaid">`).
 */
const plainCellLine = (line: string): boolean =>
  !/^\s*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|>|`{3,}|~{3,}|\|)|^(?: {4}|\t)|`|\*\*|\*\S|__|\]\(|!\[/u.test(line);

/**
 * An HTML table written with blank lines between its rows (a course page's balance sheets) or its cells (a compiler
 * course's derivation, a `<td>` a block of its own): CommonMark ends an HTML block at a blank line, so its rows would be
 * read as blocks apart, each cell's text a point ("(5)", "Rule"…), and the table lost. Such a table, every line of it a
 * tag's or plain text (no Markdown in its cells, which a README puts there between blank lines on purpose), is one block: its blank
 * lines move to after it, so the lines after it keep their numbers. Code is left alone.
 */
export function wholeHtmlTables(text: string): string {
  if (!/<table\b/iu.test(text)) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^[ \t]{0,3}<table\b/iu.test(lines[i] ?? '')) continue;
      let depth = 0;
      let end = -1;
      for (let k = i; k < Math.min(lines.length, i + 2000) && end < 0; k += 1) {
        const line = lines[k] ?? '';
        depth += (line.match(/<table\b/giu)?.length ?? 0) - (line.match(/<\/table\s*>/giu)?.length ?? 0);
        if (depth <= 0) end = k;
      }
      if (end < 0) continue;
      const table = lines.slice(i, end + 1);
      const filled = table.filter((l) => l.trim() !== '');
      // (Its text lines indented as the tags round them are, "        Hình 2: Ví dụ…" in a Jekyll post's layout table:
      // inside the table they are its cells' text, as kramdown reads them, not code.)
      if (filled.length < table.length && filled.every((l) => /^\s*</u.test(l) || plainCellLine(l.trimStart()))) {
        lines.splice(i, table.length, ...filled, ...table.filter((l) => l.trim() === ''));
      }
      i = end;
    }
    return lines.join('\n');
  });
}

/**
 * A table used to set Markdown side by side (a notebook's "<th>R</th><th>S</th>" over one row whose cells each hold a
 * Markdown table, between blank lines): CommonMark reads its tag lines as HTML blocks apart, so the header cells' names
 * came out together over the first table ("S" over R's table). Where the header row names as many cells as the one row
 * under it holds, each cell holding Markdown after a blank line, each cell is shown under its name in bold, in order: the
 * tags go, line for line. Code is left alone.
 */
export function layoutTables(text: string): string {
  if (!/<table\b/iu.test(text) || !/<t[hd]\b/iu.test(text)) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      if (!/^[ \t]{0,3}<table\b[^>]*>[ \t]*$/iu.test(lines[i] ?? '')) continue;
      const end = lines.findIndex((l, k) => k > i && /^[ \t]*<\/table\s*>[ \t]*$/iu.test(l));
      if (end < 0 || end - i > 400) continue;
      const names: string[] = [];
      const cells: { open: number; close: number }[] = [];
      let open = -1;
      let plain = true;
      for (let k = i + 1; k < end && plain; k += 1) {
        const line = lines[k] ?? '';
        const th = /^[ \t]*<th\b[^>]*>([^<>]*)<\/th\s*>[ \t]*$/iu.exec(line);
        if (open >= 0) {
          if (/^[ \t]*<\/td\s*>[ \t]*$/iu.test(line)) {
            cells.push({ open, close: k });
            open = -1;
          } else if (/<\/?t[dhr]\b|<\/?table\b/iu.test(line)) plain = false;
        } else if (th) names.push((th[1] ?? '').trim());
        else if (/^[ \t]*<td\b[^>]*>[ \t]*$/iu.test(line)) open = k;
        else if (!/^[ \t]*(?:<\/?(?:tr|thead|tbody)\b[^>]*>[ \t]*)?$/iu.test(line)) plain = false;
      }
      const filled = cells.every((c) => (lines[c.open + 1] ?? '').trim() === '' && lines.slice(c.open + 1, c.close).some((l) => l.trim() !== ''));
      if (!plain || open >= 0 || names.length < 2 || names.length !== cells.length || !filled) continue;
      for (let k = i; k <= end; k += 1) if (!cells.some((c) => k > c.open && k < c.close)) lines[k] = '';
      cells.forEach((c, n) => {
        const name = decodeHTML(names[n] ?? '');
        lines[c.open] = name === '' ? '' : inBold(escapeMarkdown(name));
      });
      i = end;
    }
    return lines.join('\n');
  });
}

/** Arrows of the icon sets, as the characters they draw. */
const iconArrows: Readonly<Record<string, string>> = {
  'arrow-right': '→',
  'arrow-left': '←',
  'arrow-up': '↑',
  'arrow-down': '↓',
  'arrow-left-right': '↔',
  'chevron-right': '›',
  'chevron-left': '‹',
};

/**
 * LiaScript's header: the comment a course opens with, its lines `key: value` (author, email, version, language,
 * narrator…). Its author is the deck's, as front matter would give it; the rest stays hidden, as the comment was.
 * Written as front matter of that one field over the comment's lines, so line numbers hold. The course's macros after
 * it are read as the page reads them (liascriptMacros), with the header's fields.
 */
export function liascriptHeader(text: string): string {
  const lines = text.split('\n');
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open += 1;
  if (open !== 0 || (lines[0] ?? '').trim() !== '<!--') return text;
  const close = lines.findIndex((l, k) => k > 0 && l.trim() === '-->');
  if (close < 2 || close > 60) return text;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1, close)) {
    const m = /^([a-z][\w-]*):[ \t]*(.*)$/u.exec(line.trim());
    if (m) fields.set(m[1] ?? '', (m[2] ?? '').trim());
  }
  const liaKeys = ['email', 'version', 'narrator', 'language', 'logo', 'icon', 'mode', 'comment', 'script', 'import', 'link'];
  const author = fields.get('author') ?? '';
  if (author === '' || liaKeys.filter((k) => fields.has(k)).length < 2) return text;
  const header = ['---', `author: ${JSON.stringify(author)}`];
  const body = liascriptMacros(lines.slice(close + 1).join('\n'), fields);
  return [...header, ...Array.from({ length: close - header.length }, () => ''), '---', body].join('\n');
}

/** A LiaScript macro call alone on its line, outside code: `@LIA.eval(…)` under a listing, `@mutate.remover(0)`. */
const liascriptCall = /^[ \t]*@[A-Za-z_]\w*(?:\.\w+)*(?:\(.*\))?[ \t]*$/u;
/** A reference to a macro within a line: `@author`, `@config.semester` (not an address's "name@host"). */
const liascriptReference = /(?<![\w.@/])@([A-Za-z_]\w*(?:\.\w+)*)(?![\w(@])/gu;

/**
 * The macros of a LiaScript course, outside its code. A call alone on its line is no text of the page (`@LIA.eval(…)`
 * under a listing makes it a program the page runs; shown, it had stood as a point of its own, on a slide of its own
 * after the listing's last part). A reference to a field of the header (`@author` in the course's table of details)
 * shows the field's value, as the page shows it; one to a macro of an imported file (`@config.semester`), whose value
 * the text does not hold, shows nothing. Another word after an at sign ("@bob" in a sentence) stays as written.
 */
function liascriptMacros(text: string, fields: ReadonlyMap<string, string>): string {
  if (!text.includes('@')) return text;
  return mapProse(text, (prose) =>
    prose
      .split('\n')
      .map((line) => {
        // (A field's name alone on its line, "@author", shows the field, as it does within a line.)
        const field = fields.has(line.trim().slice(1));
        if (liascriptCall.test(line) && !field) return '';
        return line.replace(liascriptReference, (whole, name: string) => {
          const value = fields.get(name);
          if (value !== undefined) return value;
          return name.includes('.') ? '' : whole;
        });
      })
      .join('\n'),
  );
}

/**
 * LiaScript's animation steps: a `{{1}}` line (`{{2-3}}`, a narrator's `--{{1}}--`) over the block it shows at that
 * step, a block that a line of stars may frame ("{{1}}" over "****" … "****"). What it shows is the slide's text, shown
 * at once; the marks are no text (the lines of stars had cut the page into slides by rules, its sections folded
 * together, and "{{1}}" shown). Lines stay where they were.
 */
export function liascriptSteps(text: string): string {
  const step = /^[ \t]*(?:--)?\{\{\d+(?:-\d+)?\}\}(?:--)?[ \t]*$/u;
  if (!text.includes('{{')) return text;
  const lines = text.split('\n');
  const stars = /^[ \t]*\*{3,}[ \t]*$/u;
  for (let i = 0; i < lines.length; i += 1) {
    if (!step.test(lines[i] ?? '')) continue;
    lines[i] = '';
    if (!stars.test(lines[i + 1] ?? '')) continue;
    const close = lines.findIndex((l, k) => k > i + 1 && stars.test(l));
    if (close < 0) continue;
    lines[i + 1] = '';
    lines[close] = '';
    i = close;
  }
  return lines.join('\n');
}

/**
 * A diagram written as Mermaid's HTML element (`<div class="mermaid">` or `<pre class="mermaid">` over the diagram's
 * source, as a Jekyll site that loads mermaid.js writes one): the diagram, as a ```mermaid block draws it (its source had
 * stood as a line of prose and code over four slides). Its tags' lines become the fences, so lines keep their number;
 * the entities HTML needs in it ("--&gt;") are read. Not in code.
 */
export function mermaidElements(text: string): string {
  if (!/class\s*=\s*["']?mermaid\b/iu.test(text)) return text;
  const lines = text.split('\n');
  const code = fencedChunks(text).flatMap((chunk) => chunk.text.split('\n').map(() => chunk.code));
  // How many tables are open before the line: one inside a table's cell is read with its table (html-blocks.ts).
  let tables = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^([ \t]{0,3})<(div|pre)\s+class\s*=\s*["']?mermaid["']?\s*>[ \t]*$/iu.exec(lines[i] ?? '');
    if (code[i]) continue;
    if (!open || tables > 0) {
      tables += ((lines[i] ?? '').match(/<table\b/giu) ?? []).length - ((lines[i] ?? '').match(/<\/table\s*>/giu) ?? []).length;
      continue;
    }
    const [, indent = '', name = ''] = open;
    const close = lines.findIndex((l, k) => k > i && new RegExp(`^[ \\t]*</${name}\\s*>[ \\t]*$`, 'iu').test(l));
    if (close < 0 || close - i > 400) continue;
    lines[i] = `${indent}\`\`\`mermaid`;
    for (let k = i + 1; k < close; k += 1) lines[k] = decodeHTML(lines[k] ?? '');
    lines[close] = `${indent}\`\`\``;
    i = close;
  }
  return lines.join('\n');
}

/** Custom elements that set a program's output as the page shows it (MOOC.fi's `<sample-output>`, `<sample-data>`). */
const outputNames = 'sample-output|sample-data|program-output|console-output';
/** Whether a text holds such an element (check's comparison of code reads its output so too, measure-deck.ts). */
export const hasOutputElements = (text: string): boolean => new RegExp(`<(?:${outputNames})\\b`, 'iu').test(text);
const outputElement = new RegExp(`^([ \\t]*)<(${outputNames})\\b[^>\\n]*>[ \\t]*$`, 'iu');

/**
 * A program's output in a custom element of its own (`<sample-output>` over the lines a program prints): a block of
 * code's output, its lines as written (they had run together into one point, "3 {'apina': 'monkey'…} monkey", and
 * titled a slide); the bold a page marks the user's typing with ("Please type in a word: **apina**") shows plain. The
 * blank lines inside its tags take the fences' places, so line numbers hold.
 */
export function outputElements(text: string): string {
  if (!hasOutputElements(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = outputElement.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', name = ''] = open;
    const close = lines.findIndex((l, k) => k > i && new RegExp(`^[ \\t]*</${name}\\s*>[ \\t]*$`, 'iu').test(l));
    if (close < 0) continue;
    let first = i + 1;
    while (first < close && (lines[first] ?? '').trim() === '') first += 1;
    let last = close - 1;
    while (last > first && (lines[last] ?? '').trim() === '') last -= 1;
    if (first > last) {
      lines[i] = '';
      lines[close] = '';
      i = close;
      continue;
    }
    for (let k = first; k <= last; k += 1) lines[k] = (lines[k] ?? '').replace(/\*\*([^*\n]+)\*\*/gu, '$1');
    const longest = Math.max(2, ...lines.slice(first, last + 1).map((l) => (l.match(/`+/gu) ?? []).reduce((n, run) => Math.max(n, run.length), 0)));
    const fence = '`'.repeat(longest + 1);
    // The opening fence on the line right over the output (the tag's own, or the blank line under it); the closing one
    // right under it.
    lines[i] = '';
    lines[first - 1] = `${indent}${fence}text`;
    lines[close] = '';
    lines[last + 1] = `${indent}${fence}`;
    i = close;
  }
  return lines.join('\n');
}

/**
 * An icon written as a text directive (remark-directive's ":mdi[arrow-right]", ":fa[check]{.green}", a Docusaurus
 * site's): an arrow as the character it draws, any other icon nothing (it had shown as its source,
 * "49.13.52.125:100 :mdi[arrow-right] login.gbsl.website"). Code is left alone.
 */
export function iconDirectives(text: string): string {
  if (!/:(?:mdi|fa[srb]?|icon|iconify|octicon)\[/u.test(text)) return text;
  return mapProse(text, (prose) =>
    prose.replace(/(?<![\w:]):(?:mdi|fa[srb]?|icon|iconify|octicon)\[([\w-]+)\](?:\{[^}\n]*\})?/gu, (_, name: string) => iconArrows[name] ?? ''),
  );
}

/** An HTML element's opening tag alone on its line with Python-Markdown's `markdown` attribute (`<figure markdown="span">`). */
const markdownElement = /^([ \t]*)<([a-zA-Z][\w-]*)\b[^>]*?\smarkdown(?:=["']?(?:1|span|block)["']?)?(?:\s[^>]*)?>[ \t]*$/u;

/**
 * Python-Markdown's md_in_html (MkDocs Material's figures, `<div markdown="1">`): an element opened with a
 * `markdown` attribute holds Markdown. Its opening and closing tag lines go; what it holds stays, indented as
 * the tag was, so that it reads as Markdown (a picture, not its source escaped as text). Code is left alone;
 * line numbers are kept.
 */
export function markdownInHtml(text: string): string {
  if (!/\smarkdown(?:=|[\s>])/u.test(text) && !presentational.test(text) && !formulaWrapper.test(text)) return text;
  return mapProse(text, (prose) => {
    const lines = prose.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      // Or a presentational wrapper on lines of its own around Markdown ("<small>" over "(photo by [Marco Verch](…))" over
      // "</small>"), which Pandoc reads as Markdown: what it holds, its size or centring aside.
      const wrapper = presentational.exec(lines[i] ?? '');
      // So is a <div> around a displayed formula alone, which MathJax typesets on the page ("<div>" over "$$ … $$").
      const formula = formulaWrapper.exec(lines[i] ?? '');
      const open =
        markdownElement.exec(lines[i] ?? '') ??
        (wrapper && markdownAfter(lines, i + 1, wrapper[2] ?? '') ? wrapper : null) ??
        (formula && formulaAfter(lines, i + 1) ? formula : null);
      if (!open) continue;
      const indent = open[1] ?? '';
      const end = closingTagLine(lines, i + 1, open[2] ?? '', 199);
      if (end < 0) continue;
      const inner = lines.slice(i + 1, end).filter((l) => l.trim() !== '');
      const least = Math.min(...inner.map((l) => /^[ \t]*/u.exec(l)?.[0].length ?? 0));
      for (let k = i + 1; k < end; k += 1) lines[k] = (lines[k] ?? '').trim() === '' ? '' : `${indent}${(lines[k] ?? '').slice(least)}`;
      lines[i] = '';
      lines[end] = '';
      // (What it holds is read on: an element of its own inside it, "<div class="mx-1" markdown="1">" inside another, is
      // one too; its Markdown had been escaped as text.)
    }
    return lines.join('\n');
  });
}
