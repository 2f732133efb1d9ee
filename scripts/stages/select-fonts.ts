// Which font files a deck needs. Fontsource splits each font into subsets by
// unicode-range; a deck ships only the subsets its text uses, and a font for
// another script (CJK, Arabic, Hebrew, Devanagari, Thai, emoji) only when its
// text has that script. Pure: the caller reads the CSS and copies the files.

import { countBelow } from './sorted.ts';
import { decodeHTML } from 'entities';

export interface FontSource {
  /** Package and stylesheet, e.g. "@fontsource/source-sans-3/400.css", or a stylesheet of lectern's theme ("theme/…"). */
  css: string;
  /** Family name the theme's stacks use for it. */
  family: string;
  /** Where its font files are, when not in the package's files/ folder. */
  files?: string;
}

interface Face {
  body: string;
  file: string;
  ranges: [number, number][];
}

const core: FontSource[] = [
  ...['400', '400-italic', '600', '700'].map((w) => ({ css: `@fontsource/source-sans-3/${w}.css`, family: 'Source Sans 3' })),
  ...['400', '400-italic', '600', '700'].map((w) => ({ css: `@fontsource/source-serif-4/${w}.css`, family: 'Source Serif 4' })),
  { css: '@fontsource/jetbrains-mono/400.css', family: 'JetBrains Mono' },
];

/** Symbols typed in text (arrows, operators, relations, brackets, blackboard letters): KaTeX's fonts (theme/fonts/symbols.css). */
const symbols: FontSource & { test: RegExp } = {
  test: /[\u20D0-\u20FF\u2100-\u214F\u2190-\u23FF\u2500-\u25FF\u27C0-\u27FF\u2900-\u2AFF\u{1D400}-\u{1D7FF}]/u,
  css: 'theme/fonts/symbols.css',
  family: 'Lectern Symbols',
  files: 'katex/dist/fonts',
};

/** Sub- and superscript digits in prose, and box drawing, arrows and operators in code: ranges the Fontsource subsets drop. */
const sansExtra: FontSource & { test: RegExp } = {
  test: /[\u2070-\u209F]/u,
  css: 'theme/fonts/sans-extra.css',
  family: 'Source Sans 3',
  files: 'source-sans/WOFF2/TTF',
};
const monoExtra: FontSource & { test: RegExp } = {
  test: /[\u2070-\u209F\u2190-\u22FF\u2500-\u25FF]/u,
  css: 'theme/fonts/mono-extra.css',
  family: 'JetBrains Mono',
  files: 'source-code-pro/WOFF2/TTF',
};

/** What KaTeX's fonts lack (≠ as one character, ℝ, ℕ, math alphanumerics): Noto Sans Math, checked after them. */
const mathSymbols: FontSource = { css: 'theme/fonts/math.css', family: 'Lectern Symbols', files: '@fontsource/noto-sans-math/files' };

const scripts: { test: RegExp; package: string; family: string; weights: string[] }[] = [
  { test: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, package: 'noto-sans-jp', family: 'Lectern CJK', weights: ['400', '700'] },
  { test: /\p{Script=Hangul}/u, package: 'noto-sans-kr', family: 'Lectern CJK', weights: ['400', '700'] },
  // CJK punctuation and full-width forms count too: a Latin text's "〈1,2,0〉" (angle brackets a word processor typed) needs them.
  { test: /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60]/u, package: 'noto-sans-sc', family: 'Lectern CJK', weights: ['400', '700'] },
  { test: /\p{Script=Arabic}/u, package: 'vazirmatn', family: 'Lectern Arabic', weights: ['400', '700'] },
  { test: /\p{Script=Hebrew}/u, package: 'noto-sans-hebrew', family: 'Lectern Hebrew', weights: ['400', '700'] },
  { test: /\p{Script=Devanagari}/u, package: 'noto-sans-devanagari', family: 'Lectern Devanagari', weights: ['400', '700'] },
  { test: /\p{Script=Thai}/u, package: 'noto-sans-thai', family: 'Lectern Thai', weights: ['400', '700'] },
  { test: /\p{Extended_Pictographic}/u, package: 'noto-emoji', family: 'Lectern Emoji', weights: ['400', '700'] },
  // Arrows, shapes and signs no other font here draws ("🠔 Stack pointer", braille, chess): Noto Sans Symbols 2.
  {
    test: /[\u2800-\u28FF\u2B00-\u2BFF\u{1F700}-\u{1F8FF}\u{1FA00}-\u{1FA6F}]/u,
    package: 'noto-sans-symbols-2',
    family: 'Lectern Symbols 2',
    weights: ['400'],
  },
];

/**
 * A slide's Markdown with the characters its entities stand for added at its end ("**&#65291; Create a resource**" shows
 * a full-width plus): the fonts must cover what the slide shows, not only what its source spells.
 */
export function withEntities(text: string): string {
  const entities = text.match(/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/giu);
  return entities ? `${text}\n${[...new Set(entities)].map((e) => decodeHTML(e)).join('')}` : text;
}

/** The stylesheets a text needs: the theme's fonts, plus one font per other script it uses. */
export function fontSourcesFor(text: string): FontSource[] {
  const extra: FontSource[] = [];
  const families = new Set<string>();
  for (const s of scripts) {
    // One CJK font per deck: Japanese or Korean when their scripts appear, else Chinese.
    if (!s.test.test(text) || families.has(s.family)) continue;
    families.add(s.family);
    for (const w of s.weights) extra.push({ css: `@fontsource/${s.package}/${w}.css`, family: s.family });
  }
  // Faces of one family are checked last to first: KaTeX's draw what they have, then Noto Sans Math, then
  // Source Code Pro (box drawing outside code: a tree drawn in a table or a paragraph).
  if (symbols.test.test(text))
    extra.push({ css: monoExtra.css, family: symbols.family, files: monoExtra.files }, mathSymbols, {
      css: symbols.css,
      family: symbols.family,
      files: symbols.files,
    });
  for (const more of [sansExtra, monoExtra]) if (more.test.test(text)) extra.push({ css: more.css, family: more.family, files: more.files });
  return [...core, ...extra];
}

function parseRanges(value: string): [number, number][] {
  return value.split(',').flatMap((part) => {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/iu.exec(part.trim());
    if (!m || m[1] === undefined) return [];
    const start = parseInt(m[1].replace(/\?/gu, '0'), 16);
    const end = m[2] !== undefined ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/gu, 'f'), 16);
    return [[start, end] as [number, number]];
  });
}

function parseFaces(css: string): Face[] {
  const faces: Face[] = [];
  for (const m of css.matchAll(/@font-face\s*\{([^}]*)\}/gu)) {
    const body = m[1] ?? '';
    const file = /url\(\.\/(?:files\/)?([^)/]+\.woff2)\)/u.exec(body)?.[1];
    if (!file) continue;
    const range = /unicode-range:\s*([^;]+);/u.exec(body)?.[1];
    faces.push({ body, file, ranges: range ? parseRanges(range) : [[0, 0x10ffff]] });
  }
  return faces;
}

/** Code points of a text, plus printable ASCII (numbers and UI text are always Latin). */
export function codePointsOf(text: string): Set<number> {
  const points = new Set<number>();
  for (let c = 0x20; c < 0x7f; c += 1) points.add(c);
  // ASCII, most of any text, is already in; only the rest is looked at.
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) < 0x80) continue;
    const point = text.codePointAt(i) ?? 0;
    points.add(point);
    if (point > 0xffff) i += 1;
  }
  return points;
}

export interface SelectedFonts {
  css: string;
  /** Font files to copy, by source path ("@fontsource/x/files/y.woff2") -> name in fonts/. */
  files: Map<string, string>;
}

/** Keeps the @font-face rules whose unicode-range meets the text; points them at fonts/<file>. */
export function selectFontFaces(sources: { source: FontSource; css: string }[], points: Set<number>): SelectedFonts {
  const sorted = [...points].sort((a, b) => a - b);
  const meets = (ranges: [number, number][]): boolean =>
    ranges.some(([lo, hi]) => {
      // The first code point at or past lo.
      const a = countBelow(sorted, lo);
      return a < sorted.length && (sorted[a] ?? Infinity) <= hi;
    });
  const rules: string[] = [];
  const files = new Map<string, string>();
  for (const { source, css } of sources) {
    const folder = source.files ?? `${source.css.slice(0, source.css.lastIndexOf('/'))}/files`;
    for (const face of parseFaces(css)) {
      if (!meets(face.ranges)) continue;
      const body = face.body
        .replace(/font-family:[^;]+;/u, `font-family: '${source.family}';`)
        .replace(/src:[^;]+;/u, `src: url(fonts/${face.file}) format('woff2');`)
        .replace(/\n\s*/gu, ' ')
        .trim();
      rules.push(`@font-face { ${body} }`);
      files.set(`${folder}/${face.file}`, face.file);
    }
  }
  return { css: `${rules.join('\n')}\n`, files };
}
