// A reStructuredText document (.rst: Sphinx and docutils pages) -> the
// Markdown lectern plans from, so that an .rst file is planned exactly like the
// Markdown it becomes. Underlined (and overlined) titles are headings, their
// levels in the order the document first uses each style; a paragraph that
// ends with "::" introduces a literal block, and code-block, code, sourcecode,
// doctest and `>>>` blocks are code byte for byte; admonitions are boxes led
// by their kind; images and figures are pictures; grid and simple tables are
// tables; field lists and definition lists are terms in bold over their text;
// roles and references show their text. What a page keeps out of its
// text stays out: comments become HTML comments (lectern keeps them out and
// `check` counts them); targets, substitution definitions, the table of
// contents and index entries go. Pure: text in, text out.
import { kindTitle, listTableRows } from './directives.ts';
import { closingLine, dedentLines } from './fence.ts';
import { htmlComment } from './hidden.ts';
import { fieldHeader } from './split-text.ts';

/** A title's adornment: one punctuation character repeated. */
const adornment = /^([!-/:-@[-`{-~])\1{2,}\s*$/u;

/** Directives whose indented body is code, and the language their argument names. */
const codeDirectives = /^(?:code-block|code|sourcecode|doctest|testcode|testoutput|ipython|jupyter-execute|prompt)$/u;

/**
 * Directives of interactive textbooks (Runestone's "activecode:: hashtablecomplete", "codelens:: walkthrough") whose
 * argument names the exercise and whose body is a program, in Python unless a `:language:` option says otherwise.
 */
const runnableCode = /^(?:activecode|codelens|actex)$/u;

/**
 * Directives that run Python and draw what it makes (matplotlib's `plot`, nb2plots' `nbplot`): their code as a listing
 * where the page shows it (`:include-source:`; by default nbplot shows it and plot does not), else nothing but a
 * comment kept out (the author hid it).
 */
const plotDirectives = /^(?:plot|nbplot|matplotlib)$/u;

/** Lines of a body that read as code, not text: most of them a statement, an assignment, a call or a comment. */
function codeLike(body: string[]): boolean {
  const lines = body.filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const code = lines.filter((l) =>
    /^\s*(?:>>>|\.\.\.\s|#|def\s|class\s|import\s|from\s+\S+\s+import\b|return\b|for\s.+\sin\s|if\s.+:$|while\s)|^\s*[\w.[\]'"]+\s*(?:[-+*/]?=(?!=))|[([{,]\s*(?:#.*)?$|^\s*[)\]}]/u.test(
      l,
    ),
  ).length;
  return code >= lines.length * 0.6;
}

/**
 * An interactive textbook exercise's program as its reader sees it (`shown`, without blank lines at its ends): not the
 * code it runs hidden before it (over a "^^^^" line) nor the tests it runs after it (under a "===="), which are `hidden`
 * (their lines that hold something).
 */
function exerciseProgram(body: string[]): { shown: string[]; hidden: string } {
  const before = body.findIndex((l) => /^\^{4,}\s*$/u.test(l));
  const program = before >= 0 ? body.slice(before + 1) : body;
  const after = program.findIndex((l) => /^={4,}\s*$/u.test(l));
  const hidden = [...(before >= 0 ? body.slice(0, before) : []), ...(after >= 0 ? program.slice(after + 1) : [])];
  const shown = after >= 0 ? program.slice(0, after) : program;
  const lines = shown.join('\n').replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/gu, '');
  return { shown: lines.trim() === '' ? [] : lines.split('\n'), hidden: hidden.filter((l) => l.trim() !== '').join('\n') };
}

/** Boxes whose argument is their title, not the opening of their text. */
// (Tabs, sphinx-tabs', sphinx-inline-tabs' and sphinx-design's, are boxes titled by their label: `.. tab:: Unix/macOS`.)
const titledBoxes = /^(?:admonition|topic|sidebar|rubric|tab|tab-item|group-tab)$/u;

/** Directives that hold Markdown a box shows: docutils' and Sphinx's admonitions. */
const admonitions =
  /^(?:note|tip|hint|important|warning|caution|danger|error|attention|seealso|admonition|todo|versionadded|versionchanged|deprecated|topic|sidebar|rubric|epigraph|highlights|pull-quote|tab|tab-item|group-tab)$/u;

/** Directives that set a quotation apart. */
const quotations = /^(?:epigraph|pull-quote|highlights)$/u;

/** The cells of a row of comma-separated values, as csv-table reads them: a cell in double quotes may hold commas (and "" a quote). */
function csvCells(row: string): string[] {
  const cells: string[] = [];
  for (const m of row.trim().matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/gu)) {
    if (m.index === row.trim().length && m[0] === '') break;
    cells.push(m[1] !== undefined ? m[1].replace(/""/gu, '"') : (m[2] ?? '').trim());
  }
  return cells;
}

/** Directives that hold what the speaker says: speaker notes. */
const speakerNotes = /^(?:notes|speaker-?notes?|presenter-?notes?|instructor-?notes?|slide-?notes?)$/u;

/** Directives that show nothing on a slide (a table of contents, index entries, settings of the page). */
const silent =
  /^(?:toctree|contents|index|highlight|default-domain|currentmodule|module|auto\w+|include|literalinclude|raw|meta|tabularcolumns|only|ifconfig|sectnum|role|default-role|title|cssclass|rst-class|py:module|py:currentmodule|c:namespace|cpp:namespace)$/u;

const indentOf = (line: string): number => (/^ */u.exec(line)?.[0] ?? '').length;

/** The lines of an indented block starting at `from`, indented more than `than`: the end index (blank lines inside kept). */
function blockEnd(lines: string[], from: number, than: number): number {
  let end = from;
  for (let k = from; k < lines.length; k += 1) {
    const line = lines[k] ?? '';
    if (line.trim() === '') continue;
    if (indentOf(line) <= than) break;
    end = k + 1;
  }
  return end;
}

/**
 * References to the document's own named links ("`Python Tutorial`_" with ".. _Python Tutorial: https://…" further
 * down), written with their address as an embedded link is ("`Python Tutorial <https://…>`_"), which rstInline shows as a
 * link; names are matched as docutils matches them, case and runs of spaces aside. A reference to a target that is no
 * address (a section's label) stays as it is. Literal blocks and ``literals`` are not read.
 */
function namedLinks(text: string): string {
  const targets = new Map<string, string>();
  const key = (name: string): string => name.replace(/\s+/gu, ' ').trim().toLowerCase();
  for (const m of text.matchAll(/^[ \t]*\.\.[ \t]+_(`[^`\n]+`|[^:\n`]+):[ \t]+((?:https?|ftp|mailto):\S+)[ \t]*$/gmu))
    targets.set(key((m[1] ?? '').replace(/^`|`$/gu, '')), m[2] ?? '');
  if (targets.size === 0) return text;
  return text
    .split(/(``[^`]+?``)/u)
    .map((piece, k) =>
      k % 2 === 1
        ? piece
        : piece.replace(
            /(?<![`\w])`([^`<>\n]+)`_(?!_)|(?<![\w`])([A-Za-z][\w.-]*[A-Za-z\d])_(?![\w_])/gu,
            (whole, quoted: string | undefined, bare: string | undefined) => {
              const name = quoted ?? bare ?? '';
              const url = targets.get(key(name));
              return url === undefined ? whole : `\`${name} <${url}>\`_`;
            },
          ),
    )
    .join('');
}

/** Sphinx's roles whose text is code (its Python, C and C++ domains' short forms, and the standard ones). */
const codeRoles =
  /^(?:func|meth|class|attr|mod|obj|data|exc|const|var|envvar|option|program|command|file|samp|kbd|code|literal|makevar|regexp|token|keyword|any|type|member|macro|struct|union|enum|enumerator|expr|texpr|function|method|attribute|module|exception|constant|directive|dir|confval|setting)$/u;

/** reStructuredText's inline markup as Markdown: literals, roles, references, emphasis. Literals are kept whole first. */
export function rstInline(text: string): string {
  const kept: string[] = [];
  const keep = (md: string): string => `\u0000${kept.push(md) - 1}\u0000`;
  const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
  let out = text
    // ``literal``
    .replace(/``([^`]+?)``/gu, (_, body: string) => keep(code(body)))
    // An escaped space joins markup to the word after it ("*stratum*\ value" is "*stratum*value"): no text of its own.
    .replace(/(?<!\\)\\[ \t]/gu, '')
    // A role written after its text ("`i`:sub:") is the role written before it (":sub:`i`").
    .replace(/`([^`\n]+)`:([\w.+-]+):(?!`)/gu, ':$2:`$1`')
    // :math:`x`
    .replace(/:math:`([^`]+)`/gu, (_, body: string) => keep(`$${body}$`))
    // :role:`text <target>` and :role:`text`: cross-references show their text, roles of code show it as code.
    .replace(/:([\w.+-]+(?::[\w.+-]+)?):`([^`]+)`/gu, (_, role: string, body: string) => {
      const shown = /^(.*?)\s*<[^<>]+>$/su.exec(body)?.[1]?.trim() || target(body);
      // :pep:`634` and :rfc:`2616` show as Sphinx shows them, "PEP 634" and "RFC 2616".
      if ((role === 'pep' || role === 'rfc') && /^\d+(?:#[\w-]+)?$/u.test(shown)) return keep(`${role.toUpperCase()} ${shown.replace(/#.*$/u, '')}`);
      // (An index entry, ":index:`Coase's Theory of the Firm`" in a page's title, shows its text too: the entry is the index's.)
      if (/^(?:doc|ref|term|numref|eq|download|abbr|guilabel|menuselection|dfn|emphasis|strong|title-reference|pep|rfc|index|lectern-text)$/u.test(role))
        return keep(rstInlineText(shown));
      // A subscript or superscript ("H\ :sub:`2`\ O") is one.
      if (role === 'sub' || role === 'sup' || role === 'subscript' || role === 'superscript')
        return keep(`<${role.slice(0, 3)}>${rstInlineText(shown)}</${role.slice(0, 3)}>`);
      // A project's own link role with its title and target (":duref:`ref <paragraphs>`", an extlink to another site's
      // page) shows its title as a link's text does; a role of a domain (":py:func:") or of code (":func:", ":file:") as code.
      if (!role.includes(':') && !codeRoles.test(role) && /\s<[^<>]+>$/u.test(body)) return keep(rstInlineText(shown));
      return keep(code(shown));
    })
    // `text <url>`_ and `text <url>`__: a link; `text`_: a reference to a target, its text.
    .replace(/`([^`<]+?)\s*<([^`>]+)>`__?/gu, (_, label: string, url: string) =>
      // A link a browser cannot follow (javascript:, a scheme of an application), or to a target of the document's own
      // (`Appendix A <PEP 636 Appendix A_>`_): its text.
      (/^[a-z][\w+.-]*:/iu.test(url.trim()) && !/^(?:https?|ftp|mailto):/iu.test(url.trim())) || /_$/u.test(url.trim())
        ? label.trim()
        : keep(`[${label.trim()}](${url.trim()})`),
    )
    .replace(/`([^`]+)`__?/gu, (_, label: string) => label)
    // `interpreted text` (the default role): emphasis; a cross-reference to a Python object ("`from_dict
    // <marshmallow.Schema.from_dict>`", "`~marshmallow.fields.Str`", as a Sphinx project's default role reads them) shows
    // its label, or the object's name, as code.
    .replace(/(^|[\s(])`([^`\s][^`]*)`(?=$|[\s.,;:!?)])/gu, (_, before: string, body: string) => {
      const labelled = /^(.*?)\s*<([^<>]+)>$/su.exec(body);
      const dotted = /^[~!]?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(\))?$/u;
      if (labelled?.[1] && dotted.test((labelled[2] ?? '').trim())) return `${before}${keep(code(labelled[1].trim()))}`;
      if (labelled?.[1]) return `${before}*${labelled[1].trim()}*`;
      return dotted.test(body.trim()) ? `${before}${keep(code(target(body.trim())))}` : `${before}*${target(body)}*`;
    })
    // word_ (a reference to a target) and footnote references [1]_, [#]_, [#note]_.
    .replace(/\s?\[(?:#[\w-]*|\*|\d+)\]_/gu, '')
    .replace(/\b([\w-]+)__?(?=$|[\s.,;:!?)])/gu, '$1');
  out = out.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => kept[Number(n)] ?? '');
  return out;
}

/** A role's target as Sphinx shows it: "~a.b.C" as its last part, "C"; "!a.b" as written, without the mark. */
const target = (body: string): string => (body.startsWith('~') ? (body.slice(1).split('.').pop() ?? body) : body.replace(/^!/u, ''));

/** The text of a role's label, its own inline markup read. */
const rstInlineText = (text: string): string => text.replace(/``([^`]+)``/gu, '`$1`');

interface DirectiveParts {
  args: string;
  options: Map<string, string>;
  body: string[];
}

/** A directive's argument (the rest of its line and the lines before a blank or an option), options and body. */
function directiveParts(lines: string[], at: number, end: number, first: string): DirectiveParts {
  const inner = dedentLines(lines.slice(at + 1, end));
  let k = 0;
  const args = [first];
  while (k < inner.length && (inner[k] ?? '').trim() !== '' && !/^:[\w -]+:/u.test(inner[k] ?? '')) {
    args.push((inner[k] ?? '').trim());
    k += 1;
  }
  const options = new Map<string, string>();
  while (k < inner.length && /^:([\w -]+):(.*)$/u.test(inner[k] ?? '')) {
    const m = /^:([\w -]+):(.*)$/u.exec(inner[k] ?? '');
    const value = [(m?.[2] ?? '').trim()];
    k += 1;
    // A value goes on over the lines set in under its option (":alt: HTML result of documenting" over "with cross-references").
    while (k < inner.length && /^[ \t]+\S/u.test(inner[k] ?? '')) {
      value.push((inner[k] ?? '').trim());
      k += 1;
    }
    options.set((m?.[1] ?? '').trim(), value.filter(Boolean).join(' '));
  }
  while (k < inner.length && (inner[k] ?? '').trim() === '') k += 1;
  return { args: args.join(' ').trim(), options, body: inner.slice(k) };
}

/** A Markdown table of rows of cells (the first the header), each cell's text read as inline markup. */
function markdownTable(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]): string =>
    `| ${Array.from({ length: width }, (_, k) => cellMarkdown((cells[k] ?? '').trim()).replace(/\|/gu, '\\|')).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}

/**
 * A table cell's text as Markdown: its inline markup read, and a picture set in it (".. image:: ../example/fit.webp",
 * its options after it on the cell's lines) the picture, not the directive's text.
 */
function cellMarkdown(cell: string): string {
  const picture = /^\.\. (?:image|figure):: (\S+)((?:\s+:[\w-]+:(?:\s+(?!:[\w-]+:)\S+)*)*)$/u.exec(cell);
  if (!picture) return rstInline(cell);
  const alt = /:alt:((?:\s+(?!:[\w-]+:)\S+)+)/u.exec(picture[2] ?? '')?.[1]?.trim() ?? '';
  return markdownPicture(alt, picture[1] ?? '');
}

/** A picture as Markdown writes it, its alternative text without brackets. */
const markdownPicture = (alt: string, src: string): string => `![${alt.replace(/[[\]]/gu, '')}](${src})`;

/** The columns a border line draws ("+----+-----+", "====  ====="): each column's start and end. */
function columnsOf(border: string, grid: boolean): [number, number][] {
  const columns: [number, number][] = [];
  if (grid) {
    const plus = [...border.matchAll(/\+/gu)].map((m) => m.index ?? 0);
    for (let k = 0; k + 1 < plus.length; k += 1) columns.push([(plus[k] ?? 0) + 1, plus[k + 1] ?? 0]);
  } else for (const m of border.matchAll(/=+/gu)) columns.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return columns;
}

/**
 * A grid table (rows between "+---+" lines, "+===+" under the header) or a simple table (columns of "=" over and
 * under the header and at the end) starting at line `from`: its Markdown and the line after it; null for none.
 * A grid table whose cells span columns or rows stays as drawn, in a code block.
 */
function tableAt(lines: string[], from: number): { markdown: string[]; end: number } | null {
  const first = lines[from] ?? '';
  const gridBorder = /^\+(?:[-=]+\+)+\s*$/u;
  if (gridBorder.test(first) && /^[|+]/u.test(lines[from + 1] ?? '')) {
    let end = from;
    while (end < lines.length && /^[|+]/u.test(lines[end] ?? '')) end += 1;
    const drawn = lines.slice(from, end);
    const columns = columnsOf(first, true);
    const bounds = columns.map(([, e]) => e);
    // Every row line has a bar at every column's edge, and every border a plus: no cell spans columns or rows.
    const plain = drawn.every((l) => (l.startsWith('+') ? gridBorder.test(l) && bounds.every((b) => l[b] === '+') : bounds.every((b) => l[b] === '|')));
    if (!plain) return { markdown: ['````', ...drawn, '````'], end };
    const rows: string[][] = [];
    let current: string[] | null = null;
    let header = 0;
    for (const l of drawn) {
      if (l.startsWith('+')) {
        if (current) rows.push(current);
        current = null;
        if (l.includes('=')) header = rows.length;
        continue;
      }
      const cells = columns.map(([s, e]) => l.slice(s, e).trim());
      current = current ? current.map((c, k) => [c, cells[k] ?? ''].filter(Boolean).join(' ')) : cells;
    }
    if (current) rows.push(current);
    // Header rows (above "+===+") become one; a table without them takes its first row as its header.
    const head = header > 1 ? [rows.slice(0, header).reduce((a, r) => a.map((c, k) => [c, r[k] ?? ''].filter(Boolean).join(' ')))] : [];
    return { markdown: markdownTable(header > 1 ? [...head, ...rows.slice(header)] : rows), end };
  }
  const simpleBorder = /^=+(?: +=+)+\s*$/u;
  if (simpleBorder.test(first)) {
    const borders: number[] = [from];
    let end = from + 1;
    for (; end < lines.length; end += 1) {
      const l = lines[end] ?? '';
      if (simpleBorder.test(l)) {
        borders.push(end);
        // The last border is followed by a blank line (or the end).
        if ((lines[end + 1] ?? '').trim() === '' && (borders.length >= 3 || !lines.slice(end + 1, end + 41).some((x) => simpleBorder.test(x)))) break;
      } else if (l.trim() === '' && borders.length >= 3) break;
    }
    if (borders.length < 2) return null;
    const columns = columnsOf(first, false);
    const rowsOf = (a: number, b: number): string[][] => {
      const rows: string[][] = [];
      for (const l of lines.slice(a + 1, b)) {
        if (l.trim() === '' || /^[-\s]+$/u.test(l)) continue;
        const cells = columns.map(([s, e], k) => (k === columns.length - 1 ? l.slice(s) : l.slice(s, e)).trim());
        // A line whose first column is blank goes on with the row above.
        const last = rows[rows.length - 1];
        if ((cells[0] ?? '') === '' && last) rows[rows.length - 1] = last.map((c, k) => [c, cells[k] ?? ''].filter(Boolean).join(' '));
        else rows.push(cells);
      }
      return rows;
    };
    const last = borders[borders.length - 1] ?? end;
    const rows = borders.length >= 3 ? [...rowsOf(borders[0] ?? from, borders[1] ?? from), ...rowsOf(borders[1] ?? from, last)] : rowsOf(from, last);
    if (rows.length === 0) return null;
    const headerRows = borders.length >= 3 ? rowsOf(borders[0] ?? from, borders[1] ?? from).length : 1;
    const head = rows.slice(0, Math.max(1, headerRows)).reduce((a, r) => a.map((c, k) => [c, r[k] ?? ''].filter(Boolean).join(' ')));
    return { markdown: markdownTable([head, ...rows.slice(Math.max(1, headerRows))]), end: last + 1 };
  }
  return null;
}

/**
 * Whether a text file (a .txt) is reStructuredText: Python projects write their documentation so (lxml's FAQ.txt).
 * Five or more lines of explicit markup (directives, targets, comments, footnotes), or one and literal blocks and
 * ``literals`` of its own, and an underlined title; or a mode line that names it. Not an email-style header over it (a PEP, which the plain-text reader reads for its title, authors and date).
 */
export function looksLikeRst(text: string): boolean {
  if (/^[A-Z][\w-]*:[ \t]+\S/u.test(text.trimStart())) return false;
  // An editor's mode line that names it (".. ex: set ft=rst :", "-*- mode: rst -*-").
  if (/^.*\b(?:ft|filetype|syntax)=rst\b.*$|-\*-.*\bmode:\s*rst\b.*-\*-/mu.test(`${text.slice(0, 400)}\n${text.slice(-400)}`)) return true;
  const explicit = text.match(/^\.\.[ \t]+(?:[A-Za-z][\w:-]*::|_[^:\n]+:|\[[^\]\n]+\]|\|[^|\n]+\|)/gmu) ?? [];
  // Fewer explicit lines, where the text's code is reStructuredText's: paragraphs that end "::" over a literal block
  // set in, and ``literals`` (PEAK-Rules' design notes).
  const literalBlocks = text.match(/::[ \t]*\n[ \t]*\n[ \t]+\S/gu)?.length ?? 0;
  const literals = text.match(/``[^`\n]+``/gu)?.length ?? 0;
  const marked = explicit.length >= 5 || (explicit.length >= 1 && literalBlocks >= 3 && literals >= 3);
  return marked && /^[^\s].*\n([=\-~^"'`#*+])\1{2,}[ \t]*$/mu.test(text);
}

/** Lines of a body read as a document of their own (a box's, a directive's, a quotation's), each set in by `pad`. */
const nested = (body: string[], pad = ''): string[] =>
  rstToMarkdown(body.join('\n'))
    .markdown.trim()
    .split('\n')
    .map((l) => (l === '' ? '' : `${pad}${l}`));

/**
 * The document's substitutions that stand for a picture or for text (".. |name| image:: path", ".. |name| replace::
 * text"): each "|name|" elsewhere in it becomes the picture or the text, as the page shows it. Lines as given.
 */
function substituted(lines: string[]): string[] {
  const found = new Map<string, string>();
  lines.forEach((line, k) => {
    const m = /^\s*\.\.\s+\|([^|\n]+)\|\s+([\w:-]+)::[ \t]*(.*)$/u.exec(line);
    const given = (m?.[3] ?? '').trim();
    if (!m?.[1] || !m[2] || (m[2] === 'image' && given === '')) return;
    if (m[2] === 'replace') found.set(m[1], given);
    else if (m[2] === 'image') {
      const alt =
        lines
          .slice(k + 1, k + 6)
          .find((l) => /^\s+:alt:/u.test(l))
          ?.replace(/^\s+:alt:\s*/u, '') ?? '';
      found.set(m[1], markdownPicture(alt, given));
    } else if (m[2] === 'unicode') found.set(m[1], unicodeText(given));
    // Any other directive's (a site's own, "|html-source| source::" over its options; "date::"): what it makes is
    // the site's to draw, and the reference shows nothing rather than its name between bars.
    else found.set(m[1], '');
  });
  if (found.size === 0) return lines;
  const names = new RegExp(`\\|(${[...found.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})\\|(?!_)`, 'gu');
  return lines.map((line) => (/^\s*\.\.\s+\|/u.test(line) ? line : line.replace(names, (_, name: string) => found.get(name) ?? name)));
}

/**
 * Roles the document declares with no role to build on (".. role:: eng", ".. role:: incremental"): docutils sets their
 * text as text, in a span of that class, for the page's style sheet. Marked as such (`lectern-text`, which rstInline
 * shows as text): an undeclared role of a project's own is code, as Sphinx's are ("(:eng:`Preimage resistant`)" had
 * been set in a code font).
 */
function declaredRoles(text: string): string {
  const names = [...text.matchAll(/^\.\.[ \t]+role::[ \t]+([\w.+-]+)[ \t]*$/gmu)].map((m) => m[1] ?? '').filter((n) => n !== '');
  if (names.length === 0) return text;
  const used = new RegExp(`(?<![\\w\`]):(${names.map((n) => n.replace(/[.+]/gu, '\\$&')).join('|')}):\``, 'gu');
  return text.replace(used, ':lectern-text:`');
}

/**
 * The text of docutils' `unicode` directive ("0xA9", "U+2122", "&#x2014;", "169", or text as written; a `..` starts
 * a comment that is not part of it).
 */
function unicodeText(given: string): string {
  return given
    .replace(/\s\.\.\s.*$/u, '')
    .split(/\s+/u)
    .filter((token) => token !== '')
    .map((token) => {
      const hex = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-f]{1,6});?$/iu.exec(token)?.[1];
      const decimal = /^(?:&#)?(\d{1,7});?$/u.exec(token)?.[1];
      const code = hex !== undefined ? Number.parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : null;
      return code !== null && code <= 0x10ffff ? String.fromCodePoint(code) : token;
    })
    .join('');
}

/**
 * List items whose text stands further from their mark than one space ("-       :IV: Initialer Wert", the item's
 * lines set in to that text): the text one space after the mark and the item's lines set in as far, as Markdown reads
 * an item (five spaces or more after a mark would open code there).
 */
function closedUpItems(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i += 1) {
    const item = /^( *)([-*+•]|\d{1,9}[.)]|#\.)( {2,})(\S.*)$/u.exec(out[i] ?? '');
    // (An item after a blank line or another item: a line of a paragraph that the wrap opens with "1." is text.)
    const before = out[i - 1] ?? '';
    if (!item || !(before.trim() === '' || /^ *(?:[-*+•]|\d{1,9}[.)]|#\.)\s/u.test(before))) continue;
    const start = (item[1] ?? '').length + (item[2] ?? '').length;
    const column = start + (item[3] ?? '').length;
    const shift = column - start - 1;
    out[i] = `${item[1] ?? ''}${item[2] ?? ''} ${item[4] ?? ''}`;
    for (let k = i + 1; k < out.length; k += 1) {
      const line = out[k] ?? '';
      if (line.trim() === '') continue;
      if (indentOf(line) < column) break;
      out[k] = line.slice(shift);
    }
  }
  return out;
}

/**
 * List items that open with a picture's directive ("#. .. figure:: img/E02-win_allocate.svg", its legend set in under
 * it): the picture as the item's text, through a substitution of its own (read as any |name| picture is), its options
 * not shown. It was text: ".. figure::" on a slide.
 */
function directiveItems(lines: string[]): string[] {
  const item = /^(\s*(?:[-*+•]|#\.|\d{1,9}[.)]|[A-Za-z][.)])\s+)\.\.\s+(?:figure|image)::\s*(\S+)\s*$/u;
  if (!lines.some((l) => item.test(l))) return lines;
  const out: string[] = [];
  const definitions: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const m = item.exec(lines[i] ?? '');
    if (!m) {
      out.push(lines[i] ?? '');
      continue;
    }
    const name = `lectern-item-picture-${definitions.length + 1}`;
    out.push(`${m[1] ?? ''}|${name}|`);
    // Its options, set in under it: the alt text kept for the picture.
    const options: string[] = [];
    while (/^\s+:[\w-]+:/u.test(lines[i + 1] ?? '')) options.push((lines[++i] ?? '').trim());
    definitions.push(`.. |${name}| image:: ${m[2] ?? ''}`, ...options.filter((o) => o.startsWith(':alt:')).map((o) => `   ${o}`));
  }
  return [...out, '', ...definitions];
}

/**
 * A Markdown document's reStructuredText blocks (MyST's ```{eval-rst}, as a Jupyter Book page embeds a video with
 * ".. raw:: html"): the Markdown they say, in place, on as many lines (the rest blank; more on the block's last line).
 */
export function evalRstBlocks(markdown: string): string {
  if (!/\{eval-rst\}/u.test(markdown)) return markdown;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^ {0,3}(`{3,}|:{3,})\{eval-rst\}[ \t]*$/u.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const end = closingLine(lines, i + 1, new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : ':'}{${fence.length},}[ \\t]*$`, 'u'));
    if (end >= lines.length) break;
    const said = rstToMarkdown(dedentLines(lines.slice(i + 1, end)).join('\n'))
      .markdown.replace(/\n+$/u, '')
      .split('\n');
    const room = end - i + 1;
    const placed =
      said.length <= room ? [...said, ...Array<string>(room - said.length).fill('')] : [...said.slice(0, room - 1), said.slice(room - 1).join('\n')];
    lines.splice(i, room, ...placed);
    i = end;
  }
  return lines.join('\n');
}

export function rstToMarkdown(text: string): { markdown: string } {
  const lines = closedUpItems(substituted(directiveItems(namedLinks(declaredRoles(text.replace(/\r\n?/gu, '\n').replace(/\t/gu, '        '))).split('\n'))));
  const out: string[] = [];
  // Title styles in the order the document first uses them ("=" over and under, then "=", then "-"…): their levels.
  const styles: string[] = [];
  const level = (style: string): number => {
    if (!styles.includes(style)) styles.push(style);
    return Math.min(6, styles.indexOf(style) + 1);
  };
  const block = (...more: string[]): void => {
    if ((out[out.length - 1] ?? '').trim() !== '') out.push('');
    out.push(...more, '');
  };
  let literalNext = false;
  // A PEP's header ("PEP: 636" over "Title: …", "Author: …", "Created: …"), read as the plain-text reader reads it: the
  // deck's title, authors and date, the PEP's number its subtitle.
  // So is docutils' bibliographic field list that opens a document with its :Title: (a BitTorrent BEP's ":BEP: 3" over
  // ":Title: The BitTorrent Protocol Specification", ":Version: $Revision$", ":Author: …"): its fields, not a slide.
  const docinfo = /^:[A-Z][\w-]*:(?:[ \t]|$)/u.test(lines[0] ?? '');
  // (fieldHeader reads a header's first 60 lines at most.)
  const fieldLines = docinfo ? lines.slice(0, 60).map((l) => l.replace(/^:([A-Z][\w-]*):(?=[ \t]|$)/u, '$1:')) : lines;
  const header = /^(?:PEP|BEP):[ \t]*\d+[ \t]*$/u.test(fieldLines[0] ?? '') || docinfo ? fieldHeader(fieldLines.join('\n')) : null;
  if (header?.title) {
    const numbered = /^([A-Z]{2,5}):\s*(\d+)\s*$/u.exec(fieldLines[0] ?? '');
    const fields = { title: header.title, subtitle: numbered ? `${numbered[1]} ${numbered[2]}` : null, author: header.author, date: header.date };
    out.push('---', ...Object.entries(fields).flatMap(([key, value]) => (value ? [`${key}: ${JSON.stringify(value)}`] : [])), '---', '');
  }
  for (let i = header?.title ? header.end : 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    const blankBefore = i === 0 || (lines[i - 1] ?? '').trim() === '';
    // A title may follow a target right above it (".. _Monday_Second_Week:" over "Monday" over "------") or the rule of
    // the title before it ("Second Week" over "====" over "Major Goals" over "----"), as docutils reads them.
    const prev = lines[i - 1] ?? '';
    const titleMayStart = blankBefore || /^\.\.[ \t]+_[^:\n]*:[ \t]*$/u.test(prev) || (adornment.test(prev) && i >= 2 && (lines[i - 2] ?? '').trim() !== '');
    // A blank line (spaces alone too) separates; what comes after it may be a literal block.
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    // An overlined title: a rule, the title, the same rule.
    if (titleMayStart && adornment.test(line) && (lines[i + 1] ?? '').trim() !== '' && (lines[i + 2] ?? '').trim() === line.trim()) {
      const heading = (lines[i + 1] ?? '').trim();
      const depth = level(`over${line.trim()[0] ?? ''}`);
      block(`${'#'.repeat(depth)} ${rstInline(heading)}`);
      i += 2;
      continue;
    }
    // An underlined title: a line of text, a rule at least as long under it.
    if (titleMayStart && line.trim() !== '' && indentOf(line) === 0 && adornment.test(next) && !adornment.test(line)) {
      const depth = level(next.trim()[0] ?? '');
      block(`${'#'.repeat(depth)} ${rstInline(line.trim())}`);
      i += 1;
      continue;
    }
    // A table, grid or simple: a Markdown table (or, drawn with cells that span columns, the lines as drawn).
    const drawn = blankBefore ? tableAt(lines, i) : null;
    if (drawn) {
      block(...drawn.markdown);
      i = drawn.end - 1;
      continue;
    }
    // A transition: a rule alone between blank lines.
    if (blankBefore && adornment.test(line) && next.trim() === '' && line.trim().length >= 4) {
      block('---');
      continue;
    }
    // Explicit markup: ".. " directives, comments, targets, footnotes, substitutions.
    // (One may follow another with no blank line between: a run of targets.)
    const explicit = /^(\s*)\.\.(?:\s+(.*))?$/u.exec(line);
    const previous = lines[i - 1] ?? '';
    if (explicit && (blankBefore || /^\s*\.\.(?:\s|$)/u.test(previous) || indentOf(previous) > (explicit[1] ?? '').length)) {
      const indent = (explicit[1] ?? '').length;
      const rest = explicit[2] ?? '';
      const end = blockEnd(lines, i + 1, indent);
      const directive = /^(?:\|[^|]+\|\s+)?([\w:.+-]+)::\s*(.*)$/u.exec(rest);
      if (directive) {
        const name = (directive[1] ?? '').toLowerCase();
        const parts = directiveParts(lines, i, end, directive[2] ?? '');
        // (A container set in under a paragraph, not under a list item: a quotation's, whose text stands at the margin;
        // set in, "Porsche", "Mclaren" of a LectureDoc slide's incremental container had become a code block.)
        let above = i - 1;
        while (above >= 0 && ((lines[above] ?? '').trim() === '' || indentOf(lines[above] ?? '') >= indent)) above -= 1;
        const underText = name === 'container' && indent > 0 && above >= 0 && !/^\s*(?:[-*+•]|\d+[.)]|#\.)\s/u.test(lines[above] ?? '');
        const pad = underText ? '' : ' '.repeat(indent);
        if (plotDirectives.test(name)) {
          const include = parts.options.get('include-source');
          const shown = include === undefined ? name === 'nbplot' : !/^(?:false|no|0|off)$/iu.test(include.trim());
          const code = parts.body.join('\n').trim();
          if (code !== '' && shown) block(`${pad}\`\`\`\`python`, ...parts.body.map((l) => `${pad}${l}`.trimEnd()), `${pad}\`\`\`\``);
          else if (code !== '') out.push(htmlComment(code));
        } else if (codeDirectives.test(name) || runnableCode.test(name)) {
          const caption = parts.options.get('caption');
          const exercise = runnableCode.test(name) ? exerciseProgram(parts.body) : null;
          const lang = exercise
            ? (parts.options.get('language') ?? 'python').split(/\s+/u)[0]
            : name === 'doctest' || name === 'ipython'
              ? 'python'
              : name === 'prompt'
                ? 'console'
                : (parts.args.split(/\s+/u)[0] ?? '');
          // What the exercise runs hidden is kept out, and counted, as a comment is.
          if (exercise && exercise.hidden !== '') out.push(htmlComment(exercise.hidden));
          const body = exercise ? exercise.shown : parts.body;
          block(...(caption ? [`${pad}**${rstInline(caption)}**`, ''] : []), `${pad}\`\`\`\`${lang}`, ...body.map((l) => `${pad}${l}`), `${pad}\`\`\`\``);
        } else if (quotations.test(name) && parts.body.some((l) => l.trim() !== '')) {
          // A quotation set apart (docutils' epigraph, pull-quote, highlights): a quotation, its attribution ("-- source")
          // after a dash; no label over it (it had read "**Epigraph**", and its source "-- …" as a point of its own).
          const inner = rstToMarkdown(parts.body.join('\n'))
            .markdown.trim()
            .replace(/^(?:--|—)[ \t]+(?=\S)/mu, '— ');
          block(...inner.split('\n').map((l) => `${pad}> ${l}`.trimEnd()));
        } else if (name === 'csv-table' && !parts.options.has('file') && !parts.options.has('url') && parts.body.some((l) => l.trim() !== '')) {
          // A table of comma-separated rows: a Markdown table, its header the one the option gives, else its first rows'
          // (header-rows), else empty, under its title in bold. (Its rows had run together as one paragraph.)
          const rows = parts.body.filter((l) => l.trim() !== '').map(csvCells);
          const header = parts.options.get('header');
          const headed = Number(parts.options.get('header-rows') ?? '0') > 0;
          const width = Math.max(0, ...rows.map((r) => r.length));
          const top = header !== undefined ? csvCells(header) : headed ? null : Array.from({ length: width }, () => '');
          block(
            ...(parts.args ? [`${pad}**${rstInline(parts.args).replace(/^\*\*(.*)\*\*$/u, '$1')}**`, ''] : []),
            ...markdownTable(top === null ? rows : [top, ...rows]).map((l) => `${pad}${l}`),
          );
        } else if (admonitions.test(name)) {
          // As a box reads: its kind in bold leading its first paragraph ("**Note:** The py: prefix…"), the rest under it.
          const titled = titledBoxes.test(name);
          const kind = titled ? parts.args : kindTitle(name);
          const text = [...(titled || !parts.args ? [] : [parts.args, '']), ...parts.body].join('\n');
          const inner = rstToMarkdown(text).markdown.trim();
          // Its kind, and a title the author set in bold as its first line ("**The transposition is a view**"): one label.
          const name0 = rstInline(kind || 'Note').replace(/^\*\*(.*)\*\*$/u, '$1');
          const firstBreak = inner.indexOf('\n\n');
          const first = firstBreak < 0 ? inner : inner.slice(0, firstBreak);
          const bold = /^\*\*([^*\n]+)\*\*$/u.exec(first)?.[1];
          const named = bold === undefined ? name0 : `${name0.replace(/[:.]$/u, '')}: ${bold.replace(/[:.]$/u, '')}`;
          const rest = bold === undefined ? inner : firstBreak < 0 ? '' : inner.slice(firstBreak + 2).trim();
          // (Not a list, a quotation, a table, a picture, code or a formula, which stand under the label; bold text leads on.)
          const prose = rest !== '' && !/^(?:[-*+]\s|[>#|!]|\d+\.\s|`{3,}|\$\$)/u.test(rest);
          if (prose && !rest.includes('\n\n')) {
            // A paragraph alone is a quotation led by the label, as a box shows it.
            block(...`**${named.replace(/[:.]$/u, '')}:** ${rest}`.split('\n').map((l) => `${pad}> ${l}`.trimEnd()));
          } else {
            // A box of more (code, a list, paragraphs): the label over what it holds, which a slide shows as it shows any
            // text (a quotation's shows only its opening).
            block(`${pad}**${named.replace(/[:.]$/u, '')}**`, ...(rest ? ['', ...rest.split('\n').map((l) => (l === '' ? '' : `${pad}${l}`))] : []));
          }
        } else if (speakerNotes.test(name)) {
          // What the author wrote for the speaker (hieroglyph's and rst2pdf's `.. notes::`, a course's `.. presenter-note::`):
          // the notes', never the slide's, as a folded box of no summary is.
          const inner = rstToMarkdown(parts.body.join('\n')).markdown.trim();
          if (inner !== '')
            block(`${pad}<details><summary></summary>`, '', ...inner.split('\n').map((l) => (l === '' ? '' : `${pad}${l}`)), '', `${pad}</details>`);
        } else if (name === 'image' || name === 'figure') {
          const alt = parts.options.get('alt') ?? '';
          const caption = name === 'figure' ? parts.body.join(' ').trim() : '';
          // The alt text, or the caption's words (its links' text, no markup).
          const words = rstInline(caption)
            .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
            .replace(/[`*]/gu, '');
          const picture = markdownPicture(alt || words, parts.args);
          // Images one after another, nothing between them (a gallery of plots): one paragraph of pictures, side by side.
          let at = out.length - 1;
          while (at >= 0 && (out[at] ?? '').trim() === '') at -= 1;
          if (name === 'image' && at >= 0 && /^\s*(?:!\[[^\]\n]*\]\([^)\n]*\)\s*)+$/u.test(out[at] ?? '')) out[at] = `${out[at] ?? ''} ${picture}`;
          else block(`${pad}${picture}`, ...(caption ? ['', `${pad}*${rstInline(caption)}*`] : []));
        } else if (name === 'list-table') {
          // A table written as a list of rows: a Markdown table (its header the rows the option names, else empty), under
          // its title in bold.
          const rows = listTableRows(parts.body);
          const headed = Number(parts.options.get('header-rows') ?? '0') > 0;
          const width = Math.max(0, ...rows.map((r) => r.length));
          if (rows.length > 0 && width > 0)
            block(
              ...(parts.args ? [`${pad}**${rstInline(parts.args).replace(/^\*\*(.*)\*\*$/u, '$1')}**`, ''] : []),
              ...markdownTable(headed ? rows : [Array.from({ length: width }, () => ''), ...rows]).map((l) => `${pad}${l}`),
            );
        } else if (name === 'math') {
          block(`${pad}$$`, ...(parts.args ? [parts.args] : []), ...parts.body, `${pad}$$`);
        } else if (name === 'raw' && /^html$/iu.test(parts.args.trim()) && parts.body.some((l) => l.trim() !== '')) {
          // HTML the page shows as written (a lecture's video in an <iframe>): an HTML block, which lectern reads as it
          // reads any (a video a link to it, a table a table, a script nothing).
          const html = parts.body.filter((l) => l.trim() !== '');
          const strip = Math.min(...html.map(indentOf));
          block(...html.map((l) => l.slice(strip)));
        } else if (silent.test(name)) {
          // Nothing a slide shows.
        } else if (/^[\w]+:[\w]+$/u.test(name)) {
          // A domain's description ("py:function:: name(args)"): its signature as code, its text under it.
          block(`${pad}\`${parts.args}\``, ...(parts.body.length > 0 ? ['', ...nested(parts.body, pad)] : []));
        } else if (parts.body.length > 0 && codeLike(parts.body)) {
          // Another directive whose body is code (a site's own `dynamic-math-table:: **Not considering prior**` over the
          // Python that computes it): a listing under its title, not its lines run together as a paragraph.
          block(
            ...(parts.args ? [`${pad}**${rstInline(parts.args).replace(/^\*\*(.*)\*\*$/u, '$1')}**`, ''] : []),
            `${pad}\`\`\`\`python`,
            ...dedentLines(parts.body).map((l) => `${pad}${l}`.trimEnd()),
            `${pad}\`\`\`\``,
          );
        } else if (parts.body.length > 0) {
          // Another directive: what its body says, as text.
          block(...nested(parts.body, pad));
        }
      } else if (/^_[^:]*:/u.test(rest) || /^\|[^|]+\|/u.test(rest) || /^\[[^\]]+\]/u.test(rest)) {
        // A target (".. _label:"), a substitution's definition, a footnote or citation: no text of a slide.
      } else {
        // A comment: kept out, and counted.
        const body = [rest, ...lines.slice(i + 1, end).map((l) => l.trim())].filter((l) => l !== '').join('\n');
        if (body !== '') out.push(htmlComment(body));
      }
      i = Math.max(i, end - 1);
      continue;
    }
    // A literal block, after a paragraph that ends with "::".
    if (literalNext && line.trim() !== '' && indentOf(line) > 0) {
      const base = indentOf(line);
      const end = blockEnd(lines, i, base - 1);
      // (A Python session, ">>>" lines and what they print, is highlighted as one, as Sphinx does.)
      const literal = dedentLines(lines.slice(i, end));
      block(`\`\`\`\`${/^>>>\s/u.test(literal[0] ?? '') ? 'pycon' : ''}`, ...literal, '````');
      i = Math.max(i, end - 1);
      literalNext = false;
      continue;
    }
    if (line.trim() !== '') literalNext = false;
    // A doctest block (">>> " lines up to a blank line): Python.
    if (blankBefore && /^\s*>>>\s/u.test(line)) {
      let end = i;
      while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
      block('````pycon', ...dedentLines(lines.slice(i, end)), '````');
      i = Math.max(i, end - 1);
      continue;
    }
    // A paragraph that ends with "::" introduces the literal block under it ("::" alone says nothing itself).
    if (/::\s*$/u.test(line) && (next.trim() === '' || indentOf(next) > indentOf(line))) {
      literalNext = true;
      const said = line.replace(/\s*::\s*$/u, (m) => (line.trim() === '::' ? '' : /\s::\s*$/u.test(m) ? '' : ':'));
      if (said.trim() !== '') out.push(rstInline(said));
      continue;
    }
    // A field ("  :param kind: what it is"): a term in bold over its text.
    // (A field's name may hold inline markup: ":CV\ `i`:sub:: Verkettungsvariable". A field may open a list item,
    // "- :IV: Initialer Wert": the item is the field.)
    const field = /^(\s*)(?:[-*+•] )?:((?:[^:`\\\n]|\\.|`[^`\n]+`(?::[\w.+-]+:)?)+):(?:\s+(.*))?$/u.exec(line);
    if (field) {
      out.push(`${field[1] ?? ''}- **${rstInline((field[2] ?? '').trim())}**${field[3] ? `: ${rstInline(field[3])}` : ''}`);
      continue;
    }
    // A line block ("| a line as written"): its lines as they are; a bar alone is an empty line (space the author left).
    if (/^\s*\|(?:\s|$)/u.test(line)) {
      let last = i;
      while (/^\s*\|(?:\s|$)/u.test(lines[last + 1] ?? '')) last += 1;
      const kept = lines
        .slice(i, last + 1)
        .map((l) => l.replace(/^\s*\|\s?/u, '').trimEnd())
        .filter((l) => l !== '');
      if (kept.length > 0) block(...kept.map((l, k) => `${rstInline(l)}${k < kept.length - 1 ? '\\' : ''}`));
      i = last;
      continue;
    }
    // Enumerated items written "#." are numbered by the reader.
    const auto = /^(\s*)#\.\s+(.*)$/u.exec(line);
    if (auto) {
      out.push(`${auto[1] ?? ''}1. ${rstInline(auto[2] ?? '')}`);
      continue;
    }
    // A definition list's term: a line of text with its definition indented under it (no blank between).
    if (blankBefore && line.trim() !== '' && next.trim() !== '' && indentOf(next) > indentOf(line) && !/^\s*(?:[-*+]|\d+[.)])\s/u.test(line)) {
      const end = blockEnd(lines, i + 1, indentOf(line));
      const inner = nested(dedentLines(lines.slice(i + 1, end)));
      const pad = ' '.repeat(indentOf(line));
      block(`${pad}- **${rstInline(line.trim())}**: ${inner[0] ?? ''}`, ...inner.slice(1).map((l) => (l === '' ? '' : `${pad}  ${l}`)));
      i = Math.max(i, end - 1);
      continue;
    }
    // A quotation: a paragraph set in, after a blank line, that no list item owns (a later paragraph of an item is set in too).
    let back = i - 1;
    while (back >= 0 && (lines[back] ?? '').trim() === '') back -= 1;
    const before = lines[back] ?? '';
    const owned = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s/u.test(before) || indentOf(before) >= indentOf(line);
    if (blankBefore && indentOf(line) > 0 && !owned && !/^\s*(?:[-*+•]|\d+[.)]|#\.)\s/u.test(line)) {
      const end = blockEnd(lines, i, 0);
      block(...nested(dedentLines(lines.slice(i, end))).map((l) => `> ${l}`.trimEnd()));
      i = Math.max(i, end - 1);
      continue;
    }
    // A paragraph's lines, read together: a reference or a literal may run over a line's end ("`scipy-lectures" over
    // "<http://scipy-lectures.github.io>`_").
    let last = i;
    // (A list needs a blank line before it: a line of a paragraph's text that the wrap happens to open with "1." or
    // "-", "we get" over "1.   If we assume…", is text, its mark escaped so that Markdown does not start a list there.)
    // (The mark's punctuation, after its number, escaped: "1." becomes "1\.", "-" becomes "\-".)
    const marked = /^(\s*(?:\d+(?=[.)]\s)|(?=[-*+]\s)))([.)*+-])/u;
    const inText = !marked.test(line);
    const plain = (l: string, k: number): boolean =>
      l.trim() !== '' &&
      indentOf(l) === indentOf(line) &&
      !/^\s*(?:\.\.(?:\s|$)|:[^:`\s][^:`]*:(?:\s|$)|#\.\s|>>>\s)/u.test(l) &&
      (inText || !/^\s*(?:[-*+•]\s|\d+[.)]\s)/u.test(l)) &&
      !/::\s*$/u.test(l) &&
      !adornment.test(l) &&
      !adornment.test(lines[k + 1] ?? '');
    while (last + 1 < lines.length && plain(lines[last + 1] ?? '', last + 1)) last += 1;
    const paragraph = lines.slice(i, last + 1).map((l, k) => (k > 0 && inText ? l.replace(marked, '$1\\$2') : l));
    out.push(...rstInline(paragraph.join('\n')).split('\n'));
    i = last;
  }
  const markdown = out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
  return { markdown: `${markdown}\n` };
}
