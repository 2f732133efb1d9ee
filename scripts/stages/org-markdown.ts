// An Org document (Emacs' Org mode, .org) -> the Markdown lectern plans from,
// so that an .org file is planned exactly like the Markdown it becomes. Its
// `#+TITLE:`, `#+AUTHOR:`, `#+DATE:` and `#+LANGUAGE:` are the front matter;
// headlines are headings (without their TODO keyword, priority, progress
// cookie and tags); source, example and quote blocks, fixed-width lines,
// tables, description lists and links are what Markdown writes for them.
// What Org keeps out of an exported page stays out: comment lines and blocks,
// drawers (:PROPERTIES:, :LOGBOOK:), planning lines (SCHEDULED:, DEADLINE:)
// and the other `#+` settings. Comments, drawers and COMMENT subtrees become
// HTML comments, which lectern keeps out of every slide and note as it does in
// Markdown, and `check` counts. Pure: text in, text out.
import { dedentLines } from './fence.ts';
import { htmlComment } from './hidden.ts';
import { latexTable } from './tex-delimiters.ts';
import { escapeMarkdown } from './units.ts';
import { emitYaml } from './yaml.ts';

export interface OrgMarkdown {
  markdown: string;
}

/** Lines kept out of the deck (hidden.ts, htmlComment). */
const comment = (lines: string[]): string => htmlComment(lines.join('\n'));

/** The macros a document defines (`#+MACRO: name replacement text with $1`), by name. */
function macrosOf(lines: string[]): Map<string, string> {
  const macros = new Map<string, string>();
  for (const line of lines) {
    const m = /^#\+macro:\s+([\w-]+)\s*(.*)$/iu.exec(line.trim());
    if (m) macros.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  }
  return macros;
}

/** Org's TODO keywords, and those the document declares (`#+TODO: TODO NEXT | DONE CANCELLED`). */
function todoKeywords(lines: string[]): Set<string> {
  const words = new Set(['TODO', 'DONE']);
  for (const line of lines) {
    const m = /^#\+(?:TODO|SEQ_TODO|TYP_TODO):\s*(.*)$/iu.exec(line.trim());
    if (m) for (const w of (m[1] ?? '').split(/\s+/u)) if (/^[A-Z][\w-]*/u.test(w)) words.add(w.replace(/\(.*\)$/u, ''));
  }
  return words;
}

const imageFile = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp)$/iu;

/** A link's target as Markdown gives it: `file:` paths as paths. */
const target = (link: string): string => link.replace(/^file:/u, '');

/** Org's inline markup in a line of text: emphasis, code, links. Code spans are kept whole first. */
function inlineMarkup(line: string, macros: ReadonlyMap<string, string> = new Map()): string {
  const spans: string[] = [];
  const keep = (md: string): string => `\u0000${spans.push(md) - 1}\u0000`;
  // Macros ({{{name(args)}}}) as the document defines them (#+MACRO:), $1… its arguments; one it does not define (in a
  // file it includes, which we do not have) shows its words, "{{{define(order)}}}" the term "order" (a definition had
  // read "The of a partial differential equation…"), save an icon's or a break's ("{{{fa(fa-bars)}}}"), which say nothing.
  // Export snippets: an HTML one is its HTML, others nothing.
  line = line
    .replace(/\{\{\{([\w-]+)(?:\(([^()\n{}]*)\))?\}\}\}/gu, (_, name: string, args: string | undefined) => {
      const body = macros.get(name.toLowerCase());
      if (body === undefined)
        return /^(?:fa[srb]?|icons?|emoji|glyph|svg|img|image|br|newline|linebreak|hline|pagebreak|clearpage|vspace|hspace)$/iu.test(name) ||
          /^[a-z]+-[\w-]+$/u.test((args ?? '').trim())
          ? ''
          : (args ?? '').trim();
      const values = (args ?? '').split(',').map((a) => a.trim());
      return body.replace(/\$(\d)/gu, (__, n: string) => values[Number(n) - 1] ?? '');
    })
    .replace(/@@([\w-]+):((?:(?!@@)[^\n]){0,2000})@@/gu, (_, backend: string, body: string) => (/^html$/iu.test(backend) ? keep(body) : ''));
  // Footnotes cited ("options[fn:2]") and footnotes written where they are cited ("[fn::an aside]", "[fn:name:an aside]").
  line = line
    .replace(/\[fn:([\w-]+)\]/gu, (_, name: string) => keep(`[^${name}]`))
    .replace(/\[fn:[\w-]*:([^[\]\n]+)\]/gu, (_, aside: string) => keep(`^[${inlineMarkup(aside, macros)}]`));
  // Links, images: [[target][description]] and [[target]].
  let out = line.replace(/\[\[([^[\]\n]+)\](?:\[([^[\]\n]+)\])?\]/gu, (_, link: string, desc: string | undefined) => {
    const to = target(link);
    if (desc === undefined && imageFile.test(to)) return keep(`![](${to})`);
    // A link a browser cannot follow (Emacs' info:, elisp:, shell:, an internal *heading or <<target>>, javascript:):
    // its description, or its target, as text.
    const other = /^[a-z][\w+.-]*:/iu.test(to) ? !/^(?:https?|ftp|mailto):/iu.test(to) : /^[*#(<]/u.test(to);
    if (other) return keep(escapeMarkdown(desc ?? to.replace(/^\*/u, '')));
    return keep(`[${desc ?? to}](${to.includes(' ') ? `<${to}>` : to})`);
  });
  // =verbatim= and ~code~: between a space or start and punctuation or end, as Org reads its markers.
  const marker = (c: string, wrap: (s: string) => string): void => {
    const m = /[*+/]/u.test(c) ? `\\${c}` : c;
    const re = new RegExp(`(^|[\\s({'"])${m}([^\\s${c}](?:[^${c}\\n]*?[^\\s${c}])?)${m}(?=$|[\\s.,;:!?')}\\]"-])`, 'gu');
    out = out.replace(re, (_, before: string, body: string) => `${before}${keep(wrap(body))}`);
  };
  const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
  // Code and verbatim first: what they hold is text, a "$" in it too ("=$0, $1, $2...=").
  marker('=', code);
  marker('~', code);
  // Formulas as written (Org's LaTeX fragments: $…$ as Org reads it, $$…$$, \(…\), \[…\]): no star escaped, no brace
  // read as a superscript ("$A^*$" had shown as "A \*", "$^{.}$" as "<sup>.</sup>"). Chemistry written bare
  // ("\ce{C_2H_6}"), which Org's export typesets, is a formula.
  out = out
    .replace(/\$\$[^$\n]+?\$\$|\\\([^\n]+?\\\)|\\\[[^\n]+?\\\]/gu, (math) => keep(math))
    .replace(/(?<![\\$\w])\$(?![\s$])(?:\\.|[^$\n\\])*?(?<![\s\\])\$(?![\w$])/gu, (math) => keep(math))
    .replace(/(?<![\\$\w])\\(?:ce|pu)\{(?:[^{}\n]|\{[^{}\n]*\})*\}/gu, (formula) => keep(`$${formula}$`));
  // Sub- and superscripts in braces ("GOI_{SMR}", "x^{2}").
  out = out.replace(/(?<=\S)([_^])\{([^{}\n]+)\}/gu, (_, mark: string, body: string) => keep(mark === '_' ? `<sub>${body}</sub>` : `<sup>${body}</sup>`));
  marker('*', (s) => `**${s}**`);
  marker('/', (s) => `*${s}*`);
  marker('+', (s) => `~~${s}~~`);
  // Org shows the rest as text: what Markdown would read as a tag ("<TAB>"), a star or a backtick is escaped.
  out = out
    .replace(/</gu, '&lt;')
    .replace(/[*`]/gu, '\\$&')
    .replace(/^(\s*)>/u, '$1\\>');
  return out.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => spans[Number(n)] ?? '');
}

/**
 * A source or example block's lines as Org exports them: set in by their common indentation (the two spaces Org's
 * editor puts before each line), under the block's own, unless the block keeps its indentation ("-i").
 */
function exported(lines: string[], indent: string, switches: string): string[] {
  return /(?:^|\s)-i(?:\s|$)/u.test(switches) ? lines : dedentLines(lines).map((l) => (l === '' ? '' : `${indent}${l}`));
}

/** An Org table's lines -> a Markdown table: its first rule, under the header row, is Markdown's; other rules go. */
function table(rows: string[], inline: (text: string) => string): string[] {
  const rule = (l: string): boolean => /^\s*\|[-+]+\|?\s*$/u.test(l);
  const cells = rows.filter((l) => !rule(l));
  const width = Math.max(
    ...cells.map(
      (l) =>
        l
          .trim()
          .replace(/^\||\|$/gu, '')
          .split('|').length,
    ),
  );
  const line = (l: string): string =>
    `| ${l
      .trim()
      .replace(/^\||\|$/gu, '')
      .split('|')
      .map((c) => inline(c.trim()))
      .join(' | ')} |`;
  const out = cells.map(line);
  // Markdown's header rule goes under the first row, whether Org drew one there or not (a table needs a header row).
  out.splice(1, 0, `|${' --- |'.repeat(width)}`);
  return out;
}

/**
 * A picture's caption set under it: Org writes "#+caption:" over the link (past "#+name:" and "#+attr_…:" lines), where a
 * page shows it under the picture, and a slide keeps a line in italics under a picture with it as its caption (over it,
 * it had stood apart, a line of its own beside the picture). A table's stays over the table.
 */
function captionsUnderPictures(lines: string[]): string[] {
  const picture = /^\s*\[\[(?:file:)?[^\]\n]+\.(?:png|jpe?g|gif|svg|webp|avif)\](?:\[[^\]\n]*\])?\]\s*$/iu;
  const out = [...lines];
  for (let i = 0; i < out.length; i += 1) {
    if (!/^\s*#\+caption:/iu.test(out[i] ?? '')) continue;
    let j = i + 1;
    while (j < out.length && /^\s*#\+\w+:/u.test(out[j] ?? '')) j += 1;
    if (j >= out.length || !picture.test(out[j] ?? '')) continue;
    const [caption] = out.splice(i, 1);
    out.splice(j, 0, caption ?? '');
    i = j;
  }
  return out;
}

export function orgToMarkdown(text: string, given?: ReadonlyMap<string, string>): OrgMarkdown {
  const lines = captionsUnderPictures(text.replace(/\r\n?/gu, '\n').split('\n'));
  const todo = todoKeywords(lines);
  // The tags whose subtrees the export leaves out: "noexport", or those "#+EXCLUDE_TAGS:" names instead.
  const excludeLine = lines.map((l) => /^\s*#\+EXCLUDE_TAGS:\s*(.*)$/iu.exec(l)?.[1]).find((v) => v !== undefined);
  const excluded = new Set(excludeLine !== undefined ? excludeLine.split(/\s+/u).filter(Boolean) : ['noexport']);
  const macros = given ?? macrosOf(lines);
  const inline = (line: string): string => inlineMarkup(line, macros);
  // Where each kind of block ends, in order.
  const ends = new Map<string, number[]>();
  lines.forEach((l, k) => {
    // (A drawer's end, ":END:", is listed as the kind ":end:".)
    // (A LaTeX environment's end, "\end{align}", as the kind "\end{align}".)
    const kind = /^\s*:END:\s*$/iu.test(l) ? ':end:' : (/^\s*#\+end_([\w-]+)\s*$/iu.exec(l)?.[1]?.toLowerCase() ?? /\\end\{[A-Za-z]+\*?\}/u.exec(l)?.[0]);
    if (kind === undefined) return;
    const list = ends.get(kind) ?? [];
    list.push(k);
    ends.set(kind, list);
  });
  // The lines are read in order: each kind's next end is found from where the last search stopped.
  const cursor = new Map<string, number>();
  const endAfter = (kind: string, at: number): number => {
    const list = ends.get(kind) ?? [];
    let c = cursor.get(kind) ?? 0;
    while (c < list.length && (list[c] ?? 0) <= at) c += 1;
    cursor.set(kind, c);
    return list[c] ?? -1;
  };
  const meta: Record<string, string> = {};
  const out: string[] = [];
  // The column of the last list item's bullet: a line of text no further in than it is no part of the item (Org ends
  // the list there), so Markdown must not run it on into the item as a lazy line.
  let itemColumn: number | null = null;
  // Markdown's blocks (headings, fences, tables, quotations) stand apart from the text around them.
  const block = (...more: string[]): void => {
    if ((out[out.length - 1] ?? '').trim() !== '') out.push('');
    out.push(...more, '');
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    // org-ref's index entries and labels on a line of their own ("index:cstr" under a headline): the index's and the
    // cross-references', no text of the page.
    if (/^(?:(?:index|label):[\w:-]+\s*)+$/u.test(trimmed)) continue;
    // Blocks: #+BEGIN_X … #+END_X.
    const begin = /^#\+begin_([\w-]+)(?:\s+(.*))?$/iu.exec(trimmed);
    if (begin) {
      const kind = (begin[1] ?? '').toLowerCase();
      // Its end: the first "#+END_" of its name after it (found in the ends listed once). A block never closed is no
      // block: its line is text.
      const end = endAfter(kind, i);
      if (end < 0) {
        out.push(inline(line));
        continue;
      }
      const body = lines.slice(i + 1, end);
      const indent = /^\s*/u.exec(line)?.[0] ?? '';
      // Org escapes a line that would read as markup inside a block with a comma (",* not a headline").
      const unescaped = body.map((l) => l.replace(/^(\s*),(?=[*#])/u, '$1'));
      // A source block its header exports as its results only, or not at all (":exports results", a Graphviz source that
      // makes the picture the page shows; ":exports none"): its code is the author's, kept out as a comment is. What it
      // made (the picture its ":file" names, where no #+RESULTS: under it shows it) stays; with "none", its results go too.
      const exports = kind === 'src' ? /(?:^|\s):exports\s+(results|none)\b/iu.exec(begin[2] ?? '')?.[1]?.toLowerCase() : undefined;
      if (exports !== undefined) {
        out.push(comment(unescaped));
        let next = end + 1;
        while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
        const results = /^#\+results(?:\[[^\]]*\])?:/iu.test((lines[next] ?? '').trim());
        const file = /(?:^|\s):file\s+(\S+)/u.exec(begin[2] ?? '')?.[1];
        if (exports === 'results' && !results && file !== undefined && imageFile.test(file)) block(`${indent}![](${file})`);
        if (exports === 'none' && results) {
          // The results block: its lines up to the next blank line (or its own #+END_ where it is a block).
          let stop = next + 1;
          while (stop < lines.length && (lines[stop] ?? '').trim() !== '') stop += 1;
          i = stop - 1;
        } else i = end;
        continue;
      }
      if (kind === 'src' || kind === 'example' || kind === 'export') {
        const lang = kind === 'src' ? ((begin[2] ?? '').split(/\s+/u)[0] ?? '') : '';
        if (kind === 'export' && !/^(?:html|markdown|md)$/iu.test((begin[2] ?? '').trim())) out.push(comment(unescaped));
        // (HTML as one block: its blank lines would end it, and its lines set in four columns would read as code.)
        else if (kind === 'export') block(...unescaped.filter((l) => l.trim() !== '').map((l) => l.trimStart()));
        else block(`${indent}\`\`\`\`${lang}`, ...exported(unescaped, indent, begin[2] ?? ''), `${indent}\`\`\`\``);
      } else if (kind === 'comment') out.push(comment(unescaped));
      else if (kind === 'quote' || kind === 'verse') block(...unescaped.map((l) => (l.trim() === '' ? '>' : `> ${inline(l.trim())}`)));
      else {
        // Another block (center, a theme's "text-sm"): what it holds, read as the document is.
        const inner = orgToMarkdown(unescaped.join('\n'), macros).markdown.trim();
        if (inner !== '') block(...inner.split('\n'));
      }
      i = end;
      continue;
    }
    // A displayed formula over lines of its own ("\[" over "\sum_{e_i \in S} \Pr(e_i) = 1" over "\]", or "$$" … "$$"):
    // the formula as written, never read as Org's markup ("_{e_i \in S}" had become "<sub>e_i \in S</sub>" in it).
    const displayOpen = /^(\\\[|\$\$)(.*)$/u.exec(trimmed);
    if (displayOpen && !(displayOpen[1] === '\\[' ? displayOpen[2]?.includes('\\]') : displayOpen[2]?.includes('$$'))) {
      const close = displayOpen[1] === '\\[' ? '\\]' : '$$';
      let end = -1;
      for (let k = i + 1; k < lines.length && k <= i + 60; k += 1) {
        if ((lines[k] ?? '').includes(close)) {
          end = k;
          break;
        }
        if ((lines[k] ?? '').trim() === '') break;
      }
      if (end > i) {
        const inner = [displayOpen[2] ?? '', ...lines.slice(i + 1, end), (lines[end] ?? '').slice(0, (lines[end] ?? '').indexOf(close))];
        block('$$', ...inner.map((l) => l.trim()).filter((l) => l !== ''), '$$');
        i = end;
        continue;
      }
    }
    // A LaTeX environment on lines of its own ("\begin{align}" … "\end{align}"): a formula, as Org's HTML export sets
    // it (its rows' "\\" kept; as text they read as an escaped backslash).
    const environment = /^\\begin\{([A-Za-z]+\*?)\}/u.exec(trimmed);
    if (environment) {
      // (Its end found in the ends listed once, as a block's is: environments never closed are read in linear time.)
      const end = endAfter(`\\end{${environment[1] ?? ''}}`, i - 1);
      // (A table, "\begin{center}" over "\begin{tabular}{|c|r|}": a table of its rows, not a formula KaTeX cannot set.)
      const table = end >= 0 ? latexTable(lines.slice(i, end + 1).join('\n')) : null;
      if (table) {
        block(...table);
        i = end;
        continue;
      }
      if (end >= 0) {
        block('$$', ...lines.slice(i, end + 1).filter((l) => l.trim() !== ''), '$$');
        i = end;
        continue;
      }
    }
    // Settings: the title, author, date and language are the front matter; the others are the exporter's.
    const setting = /^#\+(\w+):\s*(.*)$/u.exec(trimmed);
    if (setting) {
      const key = (setting[1] ?? '').toLowerCase();
      const field = (
        { title: 'title', author: 'author', date: 'date', language: 'lang', subtitle: 'subtitle', description: 'description' } as Record<string, string>
      )[key];
      // (A title's Org emphasis, "/Arabidopsis thaliana/", is markup, not text.)
      // (A date written as Org's timestamp, "<2020-12-12 Sat 10:45>" or "<2020-12-12T10:45:00-08:00>", is its day.)
      const day = key === 'date' ? /^[<[]((?:19|20)\d{2}-\d{2}-\d{2})(?:[ T][^>\]\n]*)?[>\]]$/u.exec((setting[2] ?? '').trim())?.[1] : undefined;
      if (day) meta.date = day;
      else if (field && setting[2]) meta[field] = setting[2].trim().replace(/(^|[\s(])[/*=~+]([^\s/*=~+](?:[^\n]*?[^\s])?)[/*=~+](?=$|[\s.,;:!?)])/gu, '$1$2');
      // A caption, where it stands: a line in italics, apart from the picture or table under it (which would else run
      // into it, a picture inside a line of text).
      // (Indented as its line is: inside a list's item it stays in the item, and the picture under it too.)
      else if (key === 'caption' && setting[2]) block(`${/^\s*/u.exec(line)?.[0] ?? ''}*${inline(setting[2].trim())}*`);
      continue;
    }
    // A comment line ("# remember the exam"), and a drawer (:PROPERTIES: … :END:), and a planning line.
    if (/^#(?:\s|$)/u.test(trimmed)) {
      out.push(comment([trimmed.replace(/^#\s?/u, '')]));
      continue;
    }
    if (/^:[\w-]+:\s*$/u.test(trimmed) && trimmed.toLowerCase() !== ':end:') {
      const end = endAfter(':end:', i);
      if (end >= 0) {
        out.push(comment(lines.slice(i, end + 1).map((l) => l.trim())));
        i = end;
        continue;
      }
    }
    if (/^(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[[<][^\]>]*[\]>]\s*)+$/u.test(trimmed)) continue;
    // A line of Emacs' command links alone ("elisp:org-toggle-latex-overlays  elisp:org-toggle-pretty-entities", buttons
    // of the author's editor over a course's notes): kept out, as Org's export would leave a reader nothing to do with them.
    // (It had stood as the notes' opening, and the deck had been titled by the file's name over its one part's heading.)
    if (/^(?:(?:elisp|shell|help|info):[^\s[\]]+\s*)+$/u.test(trimmed)) {
      out.push(comment([trimmed]));
      continue;
    }
    // A headline: its stars are its level; its TODO keyword, priority, progress cookie and tags are Org's bookkeeping.
    const headline = /^(\*+)\s+(.*?)\s*$/u.exec(line);
    if (headline) {
      let title = headline[2] ?? '';
      const first = /^(\S+)\s+/u.exec(title)?.[1];
      if (first && todo.has(first)) title = title.slice(first.length).trimStart();
      title = title
        .replace(/^\[#[A-Z0-9]\]\s*/u, '')
        .replace(/\s+:[\w@#%:]+:$/u, '')
        .replace(/\s*\[(?:\d+\/\d+|\d+%)\]/gu, '')
        .trim();
      // A COMMENT headline, or one tagged to stay out of the export (":noexport:", or a tag #+EXCLUDE_TAGS names).
      const tags = /\s+:([\w@#%:]+):\s*$/u.exec(headline[2] ?? '')?.[1]?.split(':') ?? [];
      if (/^COMMENT\b/u.test(title) || tags.some((t) => excluded.has(t))) {
        // It and its subtree are not exported.
        const level = (headline[1] ?? '').length;
        let k = i + 1;
        while (k < lines.length && !new RegExp(`^\\*{1,${level}}\\s`, 'u').test(lines[k] ?? '')) k += 1;
        out.push(comment(lines.slice(i, k)));
        i = k - 1;
        continue;
      }
      block(`${'#'.repeat(Math.min(6, (headline[1] ?? '').length))} ${inline(title)}`);
      continue;
    }
    // Fixed-width lines (": output") are code.
    if (/^\s*:(?:\s|$)/u.test(line)) {
      const start = i;
      while (i + 1 < lines.length && /^\s*:(?:\s|$)/u.test(lines[i + 1] ?? '')) i += 1;
      block('````', ...lines.slice(start, i + 1).map((l) => l.replace(/^\s*:\s?/u, '')), '````');
      continue;
    }
    // A table.
    if (/^\s*\|/u.test(line)) {
      const start = i;
      while (i + 1 < lines.length && /^\s*\|/u.test(lines[i + 1] ?? '')) i += 1;
      block(...table(lines.slice(start, i + 1), inline));
      continue;
    }
    // A description list's item ("- term :: what it means"), a checkbox ("- [X]").
    // (An indented "*" is an item too; at the margin it is a headline.)
    const item = /^(\s*)([-+]|(?<=\s)\*|\d+[.)])\s+(\[[ Xx-]\]\s+)?(.*)$/u.exec(line);
    if (item) {
      const [, indent = '', bullet = '-', box = '', rest = ''] = item;
      const description = /^(.*?)\s+::\s+(.*)$/u.exec(rest) ?? /^(.*?)\s+::$/u.exec(rest);
      // (A term in bold already, "*PLAIN timestamp* (=C-c .=)", is bold as a whole: its own marks go, not doubled.)
      const term = description
        ? inline(description[1] ?? '').replace(/(`[^`\n]*`)|\*\*([^*\n]+?)\*\*/gu, (m, code?: string, inner?: string) => code ?? inner ?? m)
        : '';
      const body = description ? `**${term}**${description[2] ? `: ${inline(description[2])}` : ''}` : inline(rest);
      const marker = /^\d+\)$/u.test(bullet) ? bullet.replace(')', '.') : /^[+*]$/u.test(bullet) ? '-' : bullet;
      // A list stands apart from a paragraph over it.
      if (!/^\s*(?:[-+*]|\d+[.)])\s/u.test(out[out.length - 1] ?? '') && (out[out.length - 1] ?? '').trim() !== '') out.push('');
      out.push(`${indent}${marker} ${box ? `[${box.trim().slice(1, -1).toLowerCase() === 'x' ? 'x' : ' '}] ` : ''}${body}`);
      itemColumn = indent.length;
      continue;
    }
    // A footnote's definition at the margin ("[fn:2] Your mileage may vary."): Markdown's, so that the notes carry it
    // under the point that cites it and no slide shows it as text.
    const footnote = /^\[fn:([\w-]+)\]\s+(\S.*)$/u.exec(line);
    if (footnote) {
      if ((out[out.length - 1] ?? '').trim() !== '') out.push('');
      out.push(`[^${footnote[1]}]: ${inline(footnote[2] ?? '')}`);
      itemColumn = null;
      continue;
    }
    // ("1. Factory-based economy" over " Workers becoming part of…" at the bullet's column: a paragraph after the item.)
    if (itemColumn !== null && line.trim() !== '' && (/^\s*/u.exec(line)?.[0].length ?? 0) <= itemColumn) {
      out.push('');
      itemColumn = null;
    }
    out.push(inline(line));
  }
  const front = Object.keys(meta).length > 0 ? `---\n${emitYaml(meta)}---\n\n` : '';
  return {
    markdown: `${front}${out
      .join('\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim()}\n`,
  };
}
