// Markdown nested deeper than a reader can follow (and deeper than the
// parser's own limit, past which markdown-it drops the rest of the text):
// lists past a depth of indentation and block quotes past a depth of `>` are
// shown at that depth instead, and counted, so nothing vanishes.

/** Deepest block quote kept, in `>` markers. */
export const maxQuoteDepth = 8;
/** Deepest indentation kept, in columns (a dozen list levels of two spaces, six of four). */
export const maxIndent = 24;

const columns = (space: string): number => {
  let n = 0;
  for (const ch of space) n += ch === '\t' ? 4 - (n % 4) : 1;
  return n;
};

/** The text with nesting past the limits brought back to them (code inside fences untouched), and how many lines changed. */
export function flattenDeepNesting(text: string): { text: string; lines: number } {
  // Fast path: nothing indented that deep, no quote that deep.
  if (!/^(?:[ \t]{24,}|(?:[ \t]*>){9})/mu.test(text)) return { text, lines: 0 };
  // Fences are looked for at any depth (inside quotes and list items too), unlike
  // fencedChunks' top-level rule: deep nesting is where they sit here.
  let fence: { char: string; size: number } | null = null;
  let changed = 0;
  const out = text.split('\n').map((line) => {
    const marker = /^[ \t>]*?(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence.char && marker.length >= fence.size && line.trim() === marker) fence = null;
      return line;
    }
    if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`')))
      fence = { char: marker[0] ?? '`', size: marker.length };
    let result = line;
    const quote = /^([ \t]*)((?:>[ \t]?)+)/u.exec(result);
    if (quote?.[2] && (quote[2].match(/>/gu)?.length ?? 0) > maxQuoteDepth) {
      result = `${quote[1]}${'> '.repeat(maxQuoteDepth)}${result.slice((quote[1]?.length ?? 0) + quote[2].length)}`;
    }
    const indent = /^[ \t]+/u.exec(result)?.[0] ?? '';
    if (columns(indent) > maxIndent && result.trim() !== '') result = `${' '.repeat(maxIndent)}${result.slice(indent.length)}`;
    if (result !== line) changed += 1;
    return result;
  });
  return { text: out.join('\n'), lines: changed };
}
