// A Typst document (.typ) as the Markdown it says: its markup is close to
// Markdown's (headings, lists, raw blocks, emphasis), its code lines (`#set`,
// `#show`, `#import`, `#let`) style the page and show nothing, and its
// formulas are Typst's own, written here in TeX for KaTeX where they use the
// common functions and symbols. A call this reader does not know keeps the
// content in its brackets. Pure: text in, Markdown out, line for line.

/** Typst's math functions and symbols as TeX: a word of Typst's math, or a symbol with its modifier ("dots.c"). */
const mathWords: Record<string, string> = {
  'dots.c': '\\cdots',
  'dots.h': '\\ldots',
  'dots.v': '\\vdots',
  'dots.down': '\\ddots',
  'dot.c': '\\cdot',
  'dot.op': '\\cdot',
  dots: '\\dots',
  'arrow.r': '\\rightarrow',
  'arrow.l': '\\leftarrow',
  'arrow.r.double': '\\Rightarrow',
  'arrow.l.r': '\\leftrightarrow',
  'plus.minus': '\\pm',
  'eq.not': '\\ne',
  'lt.eq': '\\le',
  'gt.eq': '\\ge',
  infinity: '\\infty',
  oo: '\\infty',
  times: '\\times',
  div: '\\div',
  dot: '\\cdot',
  in: '\\in',
  sum: '\\sum',
  product: '\\prod',
  integral: '\\int',
  forall: '\\forall',
  exists: '\\exists',
  approx: '\\approx',
  union: '\\cup',
  sect: '\\cap',
  subset: '\\subset',
  emptyset: '\\emptyset',
  log: '\\log',
  ln: '\\ln',
  exp: '\\exp',
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  lim: '\\lim',
  max: '\\max',
  min: '\\min',
  NN: '\\mathbb{N}',
  ZZ: '\\mathbb{Z}',
  QQ: '\\mathbb{Q}',
  RR: '\\mathbb{R}',
  CC: '\\mathbb{C}',
};
const greek =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega'.split(
    ' ',
  );
for (const letter of greek) mathWords[letter] = `\\${letter}`;

/** A group in parentheses from `at` (its opening one), balanced: its content and where it ends; null when it never closes. */
function group(text: string, at: number): { inner: string; end: number } | null {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return { inner: text.slice(at + 1, i), end: i + 1 };
    }
  }
  return null;
}

/** A Typst formula's body in TeX: scripts' parenthesised groups in braces, sqrt/frac/abs as TeX's, words and symbols as TeX's. */
export function typstMath(math: string): string {
  let out = '';
  for (let i = 0; i < math.length;) {
    const rest = math.slice(i);
    // Leftover TeX (a backslash command) stays as written.
    const tex = /^\\[A-Za-z]+/u.exec(rest);
    if (tex) {
      out += tex[0];
      i += tex[0].length;
      continue;
    }
    const call = /^(sqrt|frac|abs|root)\(/u.exec(rest);
    const args = call ? group(math, i + call[1]!.length) : null;
    if (call && args) {
      const parts = splitArgs(args.inner).map((p) => typstMath(p.trim()));
      const [a = '', b = ''] = parts;
      out +=
        call[1] === 'sqrt' ? `\\sqrt{${a}}` : call[1] === 'frac' ? `\\frac{${a}}{${b}}` : call[1] === 'root' ? `\\sqrt[${a}]{${b}}` : `\\left|${a}\\right|`;
      i = args.end;
      continue;
    }
    const script = /^[_^]\(/u.exec(rest);
    const scripted = script ? group(math, i + 1) : null;
    if (script && scripted) {
      out += `${rest[0]}{${typstMath(scripted.inner)}}`;
      i = scripted.end;
      continue;
    }
    const quoted = /^"([^"\n]*)"/u.exec(rest);
    if (quoted) {
      out += `\\text{${quoted[1]}}`;
      i += quoted[0].length;
      continue;
    }
    const word = /^[A-Za-z]+(?:\.[a-z]+)*/u.exec(rest);
    if (word) {
      // The longest known name the word and its modifiers make ("arrow.r.double", else "arrow.r", else "arrow").
      const pieces = word[0].split('.');
      let taken = '';
      for (let k = pieces.length; k > 0 && taken === ''; k -= 1) {
        const name = pieces.slice(0, k).join('.');
        if (mathWords[name] !== undefined || k === 1) taken = name;
      }
      const shown = mathWords[taken];
      out += shown ?? taken;
      i += taken.length;
      // (A command runs into a letter, a digit or a group that follows it: "\\log n" needs its space.)
      if (shown !== undefined && /^[A-Za-z0-9(]/u.test(math[i] ?? '') && !shown.endsWith('}')) out += ' ';
      continue;
    }
    const symbol = /^(?:<=|>=|!=|->|=>|<-)/u.exec(rest);
    if (symbol) {
      out += { '<=': '\\le ', '>=': '\\ge ', '!=': '\\ne ', '->': '\\to ', '=>': '\\Rightarrow ', '<-': '\\leftarrow ' }[symbol[0]] ?? symbol[0];
      i += symbol[0].length;
      continue;
    }
    out += math[i];
    i += 1;
  }
  return out;
}

/** A call's arguments, at its top-level commas. */
function splitArgs(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const c = inner[i];
    if (c === '(' || c === '[' || c === '{') depth += 1;
    else if (c === ')' || c === ']' || c === '}') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inner.slice(from));
  return parts;
}

/** A line of prose: its formulas in TeX, its strong emphasis in Markdown's stars, its links and images as Markdown's. */
function typstLine(line: string): string {
  return (
    line
      // Code spans stay as written; the rest is read.
      .split(/(`[^`\n]*`)/u)
      .map((part, k) =>
        k % 2 === 1
          ? part
          : part
              .replace(/\$([^$]+)\$/gu, (_, math: string) => `$${typstMath(math.trim())}$`)
              .replace(/#link\("([^"\n]+)"\)\[([^\]\n]*)\]/gu, '[$2]($1)')
              .replace(/#link\("([^"\n]+)"\)/gu, '<$1>')
              .replace(/#image\("([^"\n]+)"[^)\n]*\)/gu, '![]($1)')
              // *strong* (a star that opens after a space or the line's start and closes before a space or punctuation).
              .replace(/(^|[\s([{"'])\*(?=\S)([^*\n]*?\S)\*(?=$|[\s.,;:!?)\]}'"])/gu, '$1**$2**')
              // A reference to a label ("@fig:plot") is the label's name; a label ("<intro>") after a heading or a figure goes.
              .replace(/(^|\s)@([A-Za-z][\w:-]*)/gu, '$1$2')
              .replace(/\s*<[A-Za-z][\w:-]*>\s*$/u, ''),
      )
      .join('')
  );
}

/**
 * A Typst table call as Markdown table lines: its cells (`[…]` content, or a formula or text in brackets) in rows of
 * its columns' count (`columns: 2`, `columns: (auto, 1fr)`), its `header(…)` cells the header (else an empty one).
 * Null when it is not one this reader can read (no column count, or cells that do not fill its rows).
 */
function typstTable(call: string): string[] | null {
  const inner = /#(?:table|grid)\(([\s\S]*)\)\s*$/u.exec(call.trim())?.[1];
  if (inner === undefined) return null;
  const args = splitArgs(inner)
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const columnsArg = args.find((a) => /^columns\s*:/u.test(a))?.replace(/^columns\s*:\s*/u, '') ?? '';
  const columns = /^\d+$/u.test(columnsArg) ? Number(columnsArg) : /^\(/u.test(columnsArg) ? splitArgs(columnsArg.slice(1, -1)).length : 0;
  if (columns < 1) return null;
  const cellsOf = (list: string[]): string[] =>
    list.filter((a) => /^\[[\s\S]*\]$/u.test(a)).map((a) => typstLine(a.slice(1, -1).replace(/\s+/gu, ' ').trim()).replace(/\|/gu, '\\|'));
  const headerArg = args.find((a) => /^(?:table\.)?header\(/u.test(a));
  const header = headerArg ? cellsOf(splitArgs(headerArg.replace(/^(?:table\.)?header\(/u, '').replace(/\)$/u, '')).map((a) => a.trim())) : [];
  const cells = cellsOf(args.filter((a) => a !== headerArg));
  if (cells.length === 0 || cells.length % columns !== 0 || (header.length > 0 && header.length !== columns)) return null;
  const row = (r: string[]): string => `| ${r.join(' | ')} |`;
  const rows: string[] = [row(header.length > 0 ? header : Array.from({ length: columns }, () => ' ')), row(Array.from({ length: columns }, () => '---'))];
  for (let k = 0; k < cells.length; k += columns) rows.push(row(cells.slice(k, k + columns)));
  return rows;
}

/** Code lines that style the page or bind names: no text of the document. */
const codeLine = /^[ \t]*#(?:set|show|import|include|let|pagebreak|colbreak|v|h|outline|bibliography)\b/u;

/**
 * A Typst document as Markdown: `=` headings as `#` ones, `+` items as numbered ones, `/ Term: text` as a bold term,
 * raw blocks as they are (the same fences), comments and code lines gone, formulas in TeX. A code line that goes on
 * over lines (`#set text(` over its arguments) goes with them; a `#table(…)` or another call keeps its bracketed content
 * as lines of text. Line for line, so a slide's source line is the document's.
 */
export function typstToMarkdown(text: string): { markdown: string } {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let comment = false;
  let depth = 0;
  let skip = 0;
  for (const [index, raw] of lines.entries()) {
    if (index < skip) continue;
    if (fence !== null) {
      out.push(raw);
      if (raw.trim().startsWith(fence)) fence = null;
      continue;
    }
    const opened = /^[ \t]*(`{3,})/u.exec(raw);
    if (opened) {
      fence = opened[1] ?? '```';
      out.push(raw);
      continue;
    }
    let line = raw;
    // Block comments, over lines too; line comments (not an address's "//").
    if (comment) {
      const close = line.indexOf('*/');
      if (close < 0) {
        out.push('');
        continue;
      }
      comment = false;
      line = line.slice(close + 2);
    }
    line = line.replace(/\/\*[\s\S]*?\*\//gu, '');
    const open = line.indexOf('/*');
    if (open >= 0) {
      comment = true;
      line = line.slice(0, open);
    }
    line = line.replace(/(^|[^:])\/\/.*$/u, '$1');
    // A code line, and the lines its parentheses or brackets run on over.
    if (depth > 0 || codeLine.test(line)) {
      for (const c of line) depth += c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
      depth = Math.max(0, depth);
      out.push('');
      continue;
    }
    // A table (`#table(columns: 2, [a], [b], …)`, its header's cells in `table.header(…)`): a Markdown table, its rows on
    // the call's first lines, the others blank.
    if (/^[ \t]*#(?:table|grid)\(/u.test(line)) {
      // The call runs to the parenthesis that closes its own (`group`), over as many lines as it takes.
      const rest = lines.slice(index).join('\n');
      const args = group(rest, rest.indexOf('('));
      const call = args === null ? '' : rest.slice(0, args.end);
      const end = index + call.split('\n').length;
      const table = args === null ? null : typstTable(call);
      if (table !== null) {
        // (More rows than the call's lines, all of them: the lines after it move down, no row is lost.)
        const span = end - index;
        out.push(...table, ...Array.from({ length: Math.max(0, span - table.length) }, () => ''));
        skip = end;
        continue;
      }
    }
    // Another call alone on its line (`#figure(`, `)`): its content's lines stay, the call's marks go.
    if (/^[ \t]*#[A-Za-z][\w.-]*\([^)]*$/u.test(line) || /^[ \t]*\)[ \t]*,?[ \t]*$/u.test(line)) {
      out.push('');
      continue;
    }
    const heading = /^(=+)[ \t]+(.*)$/u.exec(line);
    if (heading) {
      out.push(`${'#'.repeat(Math.min(6, heading[1]?.length ?? 1))} ${typstLine(heading[2] ?? '')}`);
      continue;
    }
    const term = /^([ \t]*)\/[ \t]+([^:\n]+):[ \t]*(.*)$/u.exec(line);
    if (term) {
      out.push(`${term[1]}- **${typstLine(term[2]?.trim() ?? '')}:** ${typstLine(term[3] ?? '')}`);
      continue;
    }
    const item = line.replace(/^([ \t]*)\+[ \t]+/u, '$11. ').replace(/^([ \t]*)\[[ \t]*(.*?)[ \t]*\],?[ \t]*$/u, '$1$2');
    // A formula that goes on over the next lines of its paragraph ("… = 2^n-1 =" over "O(2^n)$"): read whole, its line
    // breaks kept.
    if ((item.match(/\$/gu)?.length ?? 0) % 2 === 1) {
      let joined = item;
      let end = index + 1;
      while (end < lines.length && (lines[end] ?? '').trim() !== '' && (joined.match(/\$/gu)?.length ?? 0) % 2 === 1) {
        joined += `\n${lines[end] ?? ''}`;
        end += 1;
      }
      if ((joined.match(/\$/gu)?.length ?? 0) % 2 === 0) {
        out.push(...typstLine(joined).split('\n'));
        skip = end;
        continue;
      }
    }
    out.push(typstLine(item));
  }
  return { markdown: out.join('\n') };
}
