// Fenced code blocks: the ones lectern writes (a <pre> diagram, a Jekyll
// highlight, a part of a long block) get a fence longer than any backtick run
// in the code, so the code shows exactly as written; the ones an author wrote
// are found by one rule (fencedChunks) wherever code must be left alone.

/** The backtick fence for `code`: three, or one more than its longest run of backticks. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/gu)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `code` as a fenced block, with an optional info string (its language). */
export function fenced(code: string, info = ''): string {
  const fence = fenceFor(code);
  return `${fence}${info}\n${code}\n${fence}`;
}

/** A line that opens a fence: its indentation, its fence (``` or ~~~, three or more), its info string. */
/** Lines of code set in by their common indentation (in spaces); blank lines empty. */
export function dedentLines(lines: string[]): string[] {
  const least = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => (/^ */u.exec(l)?.[0] ?? '').length));
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(Number.isFinite(least) ? least : 0)));
}

export const fenceOpen = /^( {0,3})(`{3,}|~{3,})(.*)$/u;

/**
 * The line that closes the fence `mark` opened: a like fence at least as long, alone on its line (indented at
 * most three spaces, or any amount for a fence inside a list item, `nested`).
 */
export const fenceClose = (mark: string, nested = false): RegExp =>
  new RegExp(`^${nested ? '[ \\t]*' : ' {0,3}'}${mark[0] === '`' ? '`' : '~'}{${mark.length},}\\s*$`, 'u');

/** The first line from `from` that `close` matches, or the number of lines when none does (unclosed). */
export function closingLine(lines: string[], from: number, close: RegExp): number {
  let end = from;
  while (end < lines.length && !close.test(lines[end] ?? '')) end += 1;
  return end;
}

/**
 * The line that closes the fenced div (`:::` Pandoc, Quarto, VitePress) opened on the line before `from`: a line of
 * colons alone, the divs opened inside it closed first; code fences inside it are skipped. The number of lines when
 * it is never closed.
 */
export function divEnd(lines: string[], from: number): number {
  let inner = 0;
  for (let end = from; end < lines.length; end += 1) {
    const fence = fenceEnd(lines, end);
    if (fence !== null) {
      end = fence;
      continue;
    }
    const line = lines[end] ?? '';
    if (/^ {0,3}:{3,}[ \t]*$/u.test(line)) {
      if (inner === 0) return end;
      inner -= 1;
    } else if (/^ {0,3}:{3,}[ \t]*\S/u.test(line)) inner += 1;
  }
  return lines.length;
}

/** Where the fence that line `i` opens closes (or the number of lines, unclosed); null when line `i` opens none. Loops over lines use it to leave code alone. */
export function fenceEnd(lines: string[], i: number): number | null {
  const line = lines[i] ?? '';
  // A fence indented further inside a list item is one too, as fencedChunks reads them.
  const nested = fenceOpen.test(line) ? null : listFence.exec(line);
  const fence = nested && inListItem(lines, i) ? nested : fenceOpen.exec(line);
  // (Backticks whose info string holds a backtick open none, as fencedChunks reads them: "```python3 test.py```, ce qui…"
  // is a code span, and a loop that took it for a fence skipped the text up to the next fence's closing line.)
  if (!fence || (fence[2]?.startsWith('`') && fence[3]?.includes('`'))) return null;
  return closingLine(lines, i + 1, fenceClose(fence[2] ?? '```', fence === nested));
}

/**
 * A code span, from a run of backticks to a like run (CommonMark's rule, on one text), inside one paragraph: a blank
 * line ends it (a LaTeX-style ``quote'' opens no span that runs on to the next double backtick pages later).
 */
export const codeSpan = /(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\1(?!`)/gu;

export interface Chunk {
  code: boolean;
  text: string;
  /** The fence's info string (language), for code chunks. */
  info: string;
}

/** A fence indented further, as one inside a list item is ("1. Rewrite:" over "    ```r"). */
const listFence = /^([ \t]{4,})(`{3,}|~{3,})(.*)$/u;

const itemLine = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/u;

/** A fence that opens a list item's content on the item's own line ("- ```" over the code, as a slide file writes a code point). */
const itemFence = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(`{3,}|~{3,})(.*)$/u;

/**
 * Whether line `i` lies in a list item: the nearest line above it that is indented less opens one, or goes on at the
 * margin with the paragraph such a line opens (lazy lines: "1. Say you have a command…" over "Write a script…").
 */
function inListItem(lines: string[], i: number): boolean {
  const indent = /^[ \t]*/u.exec(lines[i] ?? '')?.[0].length ?? 0;
  for (let k = i - 1; k >= 0 && k >= i - 200; k -= 1) {
    const line = lines[k] ?? '';
    if (line.trim() === '') continue;
    const own = /^[ \t]*/u.exec(line)?.[0].length ?? 0;
    if (own >= indent) continue;
    if (itemLine.test(line)) return true;
    let j = k - 1;
    while (j >= 0 && j >= i - 200 && (lines[j] ?? '').trim() !== '' && !itemLine.test(lines[j] ?? '')) j -= 1;
    return j >= 0 && itemLine.test(lines[j] ?? '') && (/^[ \t]*/u.exec(lines[j] ?? '')?.[0].length ?? 0) < indent;
  }
  return false;
}

/**
 * Cuts Markdown into fenced code blocks (``` or ~~~, indented at most three
 * spaces, or further inside a list item or after its marker, "- ```"; closed by a like fence at least as
 * long, or by the end) and the rest, by line: the one fence rule for every
 * stage that must leave code alone. Without `inItems`, only fences at the margin (three spaces in at most), as
 * CommonMark reads them outside a list: a fence set in under a definition is the definition's text to set in with it.
 */
export function fencedChunks(text: string, inItems = true): Chunk[] {
  const out: Chunk[] = [];
  const lines = text.split('\n');
  let prose: string[] = [];
  const flushProse = (): void => {
    if (prose.length > 0) out.push({ code: false, text: prose.join('\n'), info: '' });
    prose = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const nested =
      !inItems || fenceOpen.test(line) ? null : ((listFence.test(line) && inListItem(lines, i) ? listFence.exec(line) : null) ?? itemFence.exec(line));
    const open = nested ?? fenceOpen.exec(line);
    if (!open || (open[2]?.startsWith('`') && open[3]?.includes('`'))) {
      prose.push(line);
      continue;
    }
    const end = closingLine(lines, i + 1, fenceClose(open[2] ?? '```', open === nested));
    flushProse();
    out.push({ code: true, text: lines.slice(i, Math.min(end + 1, lines.length)).join('\n'), info: (open[3] ?? '').trim() });
    i = end;
  }
  flushProse();
  return out;
}

/** The lines (by index) that fenced code blocks take, their fences included: a template's tag there is the example's text. */
export function codeLines(text: string): Set<number> {
  const code = new Set<number>();
  let at = 0;
  for (const chunk of fencedChunks(text)) {
    const count = chunk.text.split('\n').length;
    if (chunk.code) for (let k = 0; k < count; k += 1) code.add(at + k);
    at += count;
  }
  return code;
}

/** Marks a code span leaves in prose while `mapProse` works on it. */
export const spanMark = '\u0000';

/**
 * Applies `change` to the prose of a Markdown text: fenced code is left out,
 * and each code span is replaced by a mark (`spanMark`, its number,
 * `spanMark`) that `change` leaves alone and that is put back after it.
 */
export function mapProse(text: string, change: (prose: string, restore: (masked: string) => string) => string): string {
  return fencedChunks(text)
    .map((chunk) => {
      if (chunk.code) return chunk.text;
      const spans: string[] = [];
      const masked = chunk.text.replace(codeSpan, (span) => `${spanMark}${spans.push(span) - 1}${spanMark}`);
      // `restore` gives back the code spans of a piece of the masked text (for a change that must read them).
      const restore = (piece: string): string => piece.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => spans[Number(n)] ?? '');
      return restore(change(masked, restore));
    })
    .join('\n');
}

/**
 * A fence of backticks whose info string holds a backtick in its title (```python title="The `main` function"):
 * MkDocs' superfences and Docusaurus read it as a code block, CommonMark as a paragraph (the code shown as text, and the
 * closing fence opening a block of its own). Where a like fence closes it, the attribute's backticks go, and it is the
 * code block the site shows. Line numbers hold.
 */
export function backtickInfoFences(text: string): string {
  if (!/^ {0,3}`{3,}[^`\n]*title\s*=[^\n]*`/mu.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = fenceOpen.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', mark = '', info = ''] = open;
    // CommonMark takes no backtick in a backtick fence's info: such a line is no fence to it.
    const fence = !(mark.startsWith('`') && info.includes('`'));
    // (A language, then a code block's title: a box's header, "warn header=…", is the box's, read elsewhere.)
    const titled = !fence && /^\s*[\w+#.-]+\s+(?:[\w-]+=\S*\s+)*title\s*=\s*["'][^\n]*["'][^\n]*$/u.test(info);
    if (!fence && !titled) continue;
    const end = closingLine(lines, i + 1, fenceClose(mark));
    if (titled && end < lines.length) lines[i] = `${indent}${mark}${info.replace(/`/gu, '')}`;
    // A fence's lines are its code: the next fence to look at comes after its close.
    i = end;
  }
  return lines.join('\n');
}
