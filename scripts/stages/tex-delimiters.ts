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
    displayed(prose, formula)
      .replace(/\\\\?\[((?:(?!\\\\?\]).){1,400}?)\\\\?\]/gu, (whole, tex: string) => (formula(tex) ? `$$${tex.trim()}$$` : whole))
      .replace(/\\\\?\(((?:(?!\\\\?\)).){1,400}?)\\\\?\)/gu, (whole, tex: string) => (formula(tex) ? `$${tex.trim()}$` : whole)),
  );
}

/**
 * Displayed formulas: \[ on a line of its own to \] on a line of its own, the
 * lines between kept. Each line is looked at once: a search for the closing
 * line stops at the next opening one.
 */
function displayed(prose: string, formula: (tex: string) => boolean): string {
  const lines = prose.split('\n');
  const opening = /^([ \t]*)\\\\?\[[ \t]*$/u;
  const closing = /^[ \t]*\\\\?\][ \t]*$/u;
  for (let i = 0; i < lines.length; i += 1) {
    const open = opening.exec(lines[i] ?? '');
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '') && !opening.test(lines[end] ?? '')) end += 1;
    if (end >= lines.length || !closing.test(lines[end] ?? '')) {
      i = end - 1;
      continue;
    }
    if (formula(lines.slice(i + 1, end).join('\n'))) {
      lines[i] = `${open[1] ?? ''}$$`;
      lines[end] = `${open[1] ?? ''}$$`;
    }
    i = end;
  }
  return lines.join('\n');
}
