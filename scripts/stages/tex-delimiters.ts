// LaTeX's own math delimiters, as notes converted from LaTeX and sites that
// typeset with MathJax write them: \( x \) inline, \[ x \] displayed (and
// kramdown's \\( x \\), whose doubled backslash Markdown turns into one).
// In Markdown they are escaped brackets, so a deck would show the TeX; they
// become the $ x $ and $$ x $$ lectern typesets. Only what reads as TeX
// (a command, a sub- or superscript, braces, an operator, or one symbol) is
// taken: "\[citation needed\]" stays text. Code is left alone. Pure: text in,
// text out; line numbers are kept.
import { mapProse, spanMark } from './fence.ts';

const texLike = (content: string): boolean => /\\[A-Za-z]|[_^{}=<>+]|^\s*[A-Za-z0-9]\s*$/u.test(content);

/** Prose with its \( \) and \[ \] formulas written with dollars. */
export function texDelimiters(text: string): string {
  if (!/\\\\?[([]/u.test(text)) return text;
  const formula = (tex: string): boolean => texLike(tex) && !tex.includes(spanMark);
  return mapProse(text, (prose) =>
    prose
      // Displayed: \[ on a line of its own to \] on a line of its own, or within one line.
      .replace(/^([ \t]*)\\\\?\[[ \t]*\n([\s\S]*?)\n[ \t]*\\\\?\][ \t]*$/gmu, (whole, indent: string, tex: string) =>
        formula(tex) ? `${indent}$$\n${tex}\n${indent}$$` : whole,
      )
      .replace(/\\\\?\[((?:(?!\\\\?\]).){1,400}?)\\\\?\]/gu, (whole, tex: string) => (formula(tex) ? `$$${tex.trim()}$$` : whole))
      .replace(/\\\\?\(((?:(?!\\\\?\)).){1,400}?)\\\\?\)/gu, (whole, tex: string) => (formula(tex) ? `$${tex.trim()}$` : whole)),
  );
}
