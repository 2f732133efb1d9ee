// Slides written for wiki2beamer (a plain-text file of "= Part =", "== Frame ==" headings, "*" and "#" items, MediaWiki's
// ''italic'' and '''bold''', LaTeX's formulas, comments and figure macros) -> the Markdown they say, so that their
// formulas are typeset and their emphasis shown, as the PDF wiki2beamer makes shows them. Pure: text in, Markdown out.

/** A heading line: as many "=" on each side, words between (none, for a frame with no title: "== =="). */
const headingLine = /^\s*(={1,4})[ \t]*(.*?)[ \t]*\1\s*$/u;

/**
 * Headings marked as MediaWiki and wiki2beamer mark them ("= Section =", "== Frame title =="): the line index and a
 * level (2 for "=", 3 for "==" and deeper), where three lines or more are so marked and at least one has a title.
 * (split-text reads a text's headings by them; wikiToMarkdown, a .txt's that is all slides.)
 */
export function wikiHeadings(lines: string[]): Map<number, number> {
  const found = new Map<number, number>();
  lines.forEach((l, k) => {
    const m = headingLine.exec(l);
    if (m?.[1] && m[2] && !/^[=\s]+$/u.test(m[2]) && m[2].split(/\s+/u).length <= 14) found.set(k, m[1].length === 1 ? 2 : 3);
  });
  return found.size >= 3 ? found : new Map<number, number>();
}

/**
 * Whether a text is written for wiki2beamer: three titled heading lines or more, frames among them ("== … =="), more of
 * them than lines a Markdown heading could be (wiki2beamer's numbered items, "# step", read as one too).
 */
export function looksLikeWikiSlides(text: string): boolean {
  const lines = text.split('\n');
  const headings = wikiHeadings(lines);
  const markdown = lines.filter((line) => /^#{1,6} \S/u.test(line)).length;
  return headings.size > markdown && [...headings.values()].includes(3);
}

/** A LaTeX command that only lays the page out: nothing to show. */
const layoutOnly = /^[ \t]*\\(?:pause|vspace\*?\{[^}]*\}|vfill|newline|medskip|bigskip|smallskip|clearpage|centering|noindent)[ \t]*$/u;

/** A figure macro of the author's preamble ("\longfigure{file}{caption}", "\figure{file}"), or LaTeX's \includegraphics. */
const figureMacro = /^[ \t]*\\(?:\w*figure\w*|includegraphics)(?:\[[^\]\n]*\])?\{([^{}\n]+)\}(?:\{([^{}\n]*)\})?[ \t]*$/u;

/** Markdown for wiki2beamer's slides: headings with "#", items with "-" and "1.", emphasis, code blocks, figures; comments out. */
export function wikiToMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let code = false;
  for (const line of lines) {
    // <[code] … [code]> and <[nowiki] … [nowiki]>: as written (a listing, or text wiki2beamer leaves alone).
    if (/^[ \t]*<\[(?:code|verbatim)\][ \t]*$/u.test(line)) {
      out.push('```');
      code = true;
      continue;
    }
    if (code) {
      if (/^[ \t]*\[(?:code|verbatim)\]>[ \t]*$/u.test(line)) {
        out.push('```');
        code = false;
      } else out.push(line);
      continue;
    }
    if (/^[ \t]*<\[nowiki\]|\[nowiki\]>[ \t]*$/u.test(line)) {
      out.push('');
      continue;
    }
    // A LaTeX comment line ("% ./preamble.tex") and a command that only lays the page out show nothing.
    if (/^[ \t]*%/u.test(line) || layoutOnly.test(line)) {
      out.push('');
      continue;
    }
    const heading = headingLine.exec(line);
    if (heading) {
      // A frame with no title ("== ==") goes on with the one before it.
      const words = (heading[2] ?? '').trim();
      out.push(words === '' ? '' : `${'#'.repeat(heading[1]?.length ?? 1)} ${inline(words)}`);
      continue;
    }
    const figure = figureMacro.exec(line);
    if (figure) {
      out.push(`![${(figure[2] ?? '').trim()}](${(figure[1] ?? '').trim()})`);
      continue;
    }
    // Items: "*" and "#" doubled for each level in ("** sub-item", "## sub-step"); "*" and "1." indented as Markdown's are.
    const item = /^([*#]+)[ \t]+(.*)$/u.exec(line);
    if (item && !/^\*\*[^*\s]/u.test(line)) {
      const marks = item[1] ?? '*';
      const pad = '    '.repeat(marks.length - 1);
      out.push(`${pad}${marks.endsWith('#') ? '1.' : '-'} ${inline(item[2] ?? '')}`);
      continue;
    }
    out.push(inline(line));
  }
  if (code) out.push('```');
  return out.join('\n');
}

/** MediaWiki's emphasis as Markdown's: '''bold''', ''italic''; code spans and formulas as written. */
function inline(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/(`[^`]*`|\$[^$]*\$)|'''(.+?)'''|''(.+?)''/gu, (whole, kept?: string, bold?: string, italic?: string) =>
    kept ? kept : bold !== undefined ? `**${bold}**` : `*${italic}*`,
  );
}
