// LaTeX's own math delimiters, as notes converted from LaTeX and sites that
// typeset with MathJax write them: \( x \) inline, \[ x \] displayed (and
// kramdown's \\( x \\), whose doubled backslash Markdown turns into one).
// In Markdown they are escaped brackets, so a deck would show the TeX; they
// become the $ x $ and $$ x $$ lectern typesets. Only what reads as TeX
// (a command, a sub- or superscript, braces, an operator, or one symbol) is
// taken: "\[citation needed\]" stays text. Code is left alone. Pure: text in,
// text out; line numbers are kept.
import { fencedChunks } from './fence.ts';

const texLike = (content: string): boolean => /\\[A-Za-z]|[_^{}=<>+]|^\s*[A-Za-z0-9]\s*$/u.test(content);

/** Prose with its \( \) and \[ \] formulas written with dollars. */
export function texDelimiters(text: string): string {
  if (!/\\\\?[([]/u.test(text)) return text;
  return fencedChunks(text)
    .map((chunk) => {
      if (chunk.code) return chunk.text;
      const spans: string[] = [];
      let out = chunk.text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/gu, (span) => `\u0000${spans.push(span) - 1}\u0000`);
      // Displayed: \[ on a line of its own to \] on a line of its own, or within one line.
      out = out.replace(/^([ \t]*)\\\\?\[[ \t]*\n([\s\S]*?)\n[ \t]*\\\\?\][ \t]*$/gmu, (whole, indent: string, tex: string) =>
        texLike(tex) && !tex.includes('\u0000') ? `${indent}$$\n${tex}\n${indent}$$` : whole,
      );
      out = out.replace(/\\\\?\[((?:(?!\\\\?\]).){1,400}?)\\\\?\]/gu, (whole, tex: string) =>
        texLike(tex) && !tex.includes('\u0000') ? `$$${tex.trim()}$$` : whole,
      );
      out = out.replace(/\\\\?\(((?:(?!\\\\?\)).){1,400}?)\\\\?\)/gu, (whole, tex: string) =>
        texLike(tex) && !tex.includes('\u0000') ? `$${tex.trim()}$` : whole,
      );
      return out.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => spans[Number(n)] ?? '');
    })
    .join('\n');
}
