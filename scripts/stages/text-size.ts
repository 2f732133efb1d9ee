// How much room text takes on a 1280x720 slide, without a browser, so the
// plan is the same whether or not a browser is launched. Widths are average
// advances of the theme's fonts (Source Sans 3, Source Serif 4, JetBrains
// Mono) by character class, in em; the browser's fit stays as the check.

/** The theme's geometry in CSS px (theme/variables.css, theme/slide.css). */
export const slideGeometry = {
  width: 1104,
  bodyHeight: 596,
  bodySize: 36,
  bodyLine: 36 * 1.32,
  itemGap: 36 * 0.6,
  blockGap: 36 * 0.45,
  titleSize: 58,
  titleLine: 58 * 1.12,
  /** Accent bar above the title and the space under it. */
  titleExtra: 28 + 36 * 0.7,
  /** Code is planned at 24 px (the theme shows it at 26 px and fits down to 22 px). */
  codeSize: 24,
  codeLine: 24 * 1.4,
  codePad: 26 * 1.2,
};

function advance(ch: string): number {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uFF00-\uFFEF]/u.test(ch)) return 1;
  if (/[iljt.,;:'|!()[\]{}/\\ fr"`´‘’]/u.test(ch)) return 0.3;
  if (/[mwMW@%&—]/u.test(ch)) return 0.86;
  if (/\p{Lu}/u.test(ch)) return 0.62;
  if (/\p{N}/u.test(ch)) return 0.52;
  if (/\p{Extended_Pictographic}/u.test(ch)) return 1.1;
  return 0.5;
}

/** Width of text in em of a proportional font. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += advance(ch);
  return width;
}

/** Lines a run of text wraps to in a box `width` em wide (greedy, at spaces). */
export function wrappedLines(text: string, width: number): number {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return 1;
  let lines = 1;
  let used = 0;
  const space = advance(' ');
  for (const word of words) {
    let w = textWidth(word);
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = 0;
    }
    // A word wider than the line breaks anywhere (the theme sets overflow-wrap: anywhere).
    while (w > width) {
      lines += 1;
      w -= width;
    }
    used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/** What a reader sees of inline Markdown: markup and link targets gone. */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\\([\\`*_[\]{}()#+\-.!<>|~$])/gu, '$1')
    .replace(/[*_`]/gu, '');
}

/** Columns of monospace code that fit one line of a code block. */
export const codeColumns = Math.floor((slideGeometry.width - 2 * 0.8 * slideGeometry.codeSize) / (0.6 * slideGeometry.codeSize));

/** Display lines of a code block's lines: long lines wrap. */
export function codeDisplayLines(lines: string[]): number {
  return lines.reduce((n, line) => n + Math.max(1, Math.ceil([...line.replace(/\t/gu, '    ')].length / codeColumns)), 0);
}

/** Height in px of a title, one or more lines. */
export function titleHeight(title: string): number {
  const lines = wrappedLines(visibleText(title), slideGeometry.width / slideGeometry.titleSize);
  return lines * slideGeometry.titleLine + slideGeometry.titleExtra;
}

/** Height in px the body of a slide can fill under a title. */
export function bodyRoom(title: string): number {
  return slideGeometry.bodyHeight - titleHeight(title);
}
