// Decks written for other tools -> lectern's slide files, with a report of
// what was kept and what could not be carried (by slide number). Formats:
// reveal.js Markdown (a .md file, or the <section data-markdown> of an HTML
// page; separators as reveal.js names them), reveal-md (its ---/---- and
// front matter), Marp/Marpit (directives, scoped _directives,
// headingDivider, class lead, backgrounds, fit headings, emoji shortcodes,
// comments as notes) and Slidev (head matter, per-slide front matter,
// layouts, v-click/v-clicks, notes in the last comment, src: includes).
// Pure: files a deck includes come through `options.include`.
import { shownValue, splitFrontMatter, yaml, yamlText } from './yaml.ts';
import { inputError } from '../errors.ts';
import type { Deck, DeckMeta, DeckSlide, SlideLayout } from '../types.ts';
import { claimId, slugify } from './slug.ts';
import { inlineHtml } from './html-blocks.ts';
import { fencedChunks } from './fence.ts';
import { marpHead } from './deck-syntax.ts';

/** The Markdown formats, which --format can name; a PowerPoint deck is known by its file. */
export type MarkdownFormat = 'reveal' | 'reveal-md' | 'marp' | 'slidev';
export type ImportFormat = MarkdownFormat | 'pptx';
export const importFormats: readonly MarkdownFormat[] = ['reveal', 'reveal-md', 'marp', 'slidev'];

export interface ImportOptions {
  format?: MarkdownFormat;
  /** reveal.js's data-separator, data-separator-vertical and data-separator-notes (regular expressions). */
  separator?: string;
  verticalSeparator?: string;
  notesSeparator?: string;
  /** Reads a file the deck names (reveal.js data-markdown="x.md", Slidev src:), relative to the deck; null when missing. */
  include?: (path: string) => string | null;
  /** Emoji by shortcode (+1 -> 👍), for Marp's and Slidev's :shortcodes:. */
  emoji?: Readonly<Record<string, string>>;
}

/** Something of the source deck that lectern could not carry as it was, and on which slides. */
export interface ImportNote {
  what: string;
  slides: number[];
}

export interface ImportReport {
  format: ImportFormat;
  slides: number;
  /** Slides with speaker notes. */
  notes: number;
  /** Slides with fragments (shown one by one). */
  fragments: number;
  /** HTML comments that were neither notes nor directives: kept out of the deck. */
  hiddenComments: number;
  /** What was not carried, or carried differently. Nothing is dropped without a line here. */
  notCarried: ImportNote[];
}

interface RawSlide {
  body: string;
  notes: string[];
  fragments: boolean;
  layout: SlideLayout | 'default';
  /** The title of the vertical stack a slide belongs to. */
  stack: string | null;
}

const slidevSignals =
  /^(?:layout|transition|mdc|drawings|highlighter|lineNumbers|info|hideInToc|routerMode|colorSchema|aspectRatio|canvasWidth|fonts|download|exportFilename|selectable|seoMeta|addons|clicks|preload|level|routeAlias)$/u;
const revealMdKeys = /^(?:revealOptions|separator|verticalSeparator|notesSeparator|highlightTheme|scripts|css|preprocessor)$/u;

/** Which tool a deck was written for, by its content. */
export function detectFormat(text: string): MarkdownFormat {
  if (/<section[^>]*\bdata-markdown\b/iu.test(text)) return 'reveal';
  const front = splitFrontMatter(text);
  if (marpHead(front.data)) return 'marp';
  if (/<!--\s*_?(?:class|paginate|backgroundColor|backgroundImage|header|footer|headingDivider)\s*:/u.test(text) || /!\[bg\b/u.test(text)) return 'marp';
  if (Object.keys(front.data).some((k) => slidevSignals.test(k)) || /<v-clicks?\b|\bv-click\b|^---\n(?:layout|transition|class|clicks|src):/mu.test(text))
    return 'slidev';
  if (Object.keys(front.data).some((k) => revealMdKeys.test(k)) || /^----[ \t]*$/mu.test(text)) return 'reveal-md';
  return 'reveal';
}

// --- splitting --------------------------------------------------------------

/**
 * Splits a text into parts outside fenced code blocks (fence.ts's rule): `cut`
 * says of each line whether it is a separator (dropped) or the first line of
 * a new part.
 */
function splitOutsideFences(text: string, cut: (line: string, current: string[]) => 'separator' | 'starts' | null): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const chunk of fencedChunks(text)) {
    if (chunk.code) {
      current.push(chunk.text);
      continue;
    }
    for (const line of chunk.text.split('\n')) {
      const kind = cut(line, current);
      if (kind === null) current.push(line);
      else {
        parts.push(current.join('\n'));
        current = kind === 'starts' ? [line] : [];
      }
    }
  }
  parts.push(current.join('\n'));
  return parts;
}

/** Splits at lines matching `separator`, outside fenced code blocks. */
const splitLines = (text: string, separator: RegExp): string[] => splitOutsideFences(text, (line) => (separator.test(line) ? 'separator' : null));

/** Where the fenced code blocks of `text` are, by offset: a separator or a comment there is code. */
function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const chunk of fencedChunks(text)) {
    if (chunk.code) spans.push([at, at + chunk.text.length]);
    at += chunk.text.length + 1;
  }
  return spans;
}

/** reveal.js's way: one regular expression (with the m flag) for slides and one for vertical slides, over the whole text. */
function splitByPattern(text: string, separator: string, vertical: string | null): { body: string; vertical: boolean }[][] {
  let pattern: RegExp;
  try {
    // As reveal.js reads them: with the m flag, over the whole text; a named group tells which matched.
    pattern = new RegExp(`(?<lecternH>${separator})${vertical ? `|(?<lecternV>${vertical})` : ''}`, 'gm');
  } catch {
    throw inputError(
      `the separator "${separator}"${vertical ? ` or "${vertical}"` : ''} is not a valid regular expression`,
      'Pass it as reveal.js takes it, e.g. --separator "^\\n---\\n$"',
    );
  }
  const code = codeSpans(text);
  const stacks: { body: string; vertical: boolean }[][] = [[]];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    if (m[0] === '' || code.some(([a, b]) => at > a && at < b)) continue;
    (stacks[stacks.length - 1] as { body: string; vertical: boolean }[]).push({ body: text.slice(last, at), vertical: false });
    if (m.groups?.lecternV === undefined) stacks.push([]);
    last = at + m[0].length;
  }
  (stacks[stacks.length - 1] as { body: string; vertical: boolean }[]).push({ body: text.slice(last), vertical: false });
  return stacks.filter((s) => s.length > 0);
}

// --- per-slide clean-up -----------------------------------------------------

interface Tally {
  hidden: number;
  notes: Map<string, Set<number>>;
}

const note = (tally: Tally, what: string, slide: number): void => {
  const set = tally.notes.get(what) ?? new Set<number>();
  set.add(slide);
  tally.notes.set(what, set);
};

/** Removes HTML comments outside code; `keep` decides which become notes. */
function takeComments(body: string, onComment: (text: string, last: boolean) => void): string {
  const code = codeSpans(body);
  const comments = [...body.matchAll(/<!--([\s\S]*?)-->/gu)].filter((m) => !code.some(([a, b]) => (m.index ?? 0) >= a && (m.index ?? 0) < b));
  let out = body;
  comments.forEach((m, i) => {
    const after = body.slice((m.index ?? 0) + m[0].length).trim();
    onComment((m[1] ?? '').trim(), i === comments.length - 1 && after === '');
  });
  for (const m of [...comments].reverse()) out = out.slice(0, m.index) + out.slice((m.index ?? 0) + m[0].length);
  return out;
}

/** Images by address: remote ones are kept as links (lectern fetches nothing). */
function remoteImages(body: string): number {
  return [...body.matchAll(/!\[[^\]]*\]\(\s*<?(https?:\/\/[^)\s>]+)/giu)].length + [...body.matchAll(/<img[^>]+src=["']https?:/giu)].length;
}

/** Applies `change` to the text outside fenced code blocks and inline code spans. */
function outsideCode(text: string, change: (prose: string) => string): string {
  return fencedChunks(text)
    .map((chunk) =>
      chunk.code
        ? chunk.text
        : chunk.text
            .split(/(`[^`\n]+`)/u)
            .map((part, i) => (i % 2 === 1 ? part : change(part)))
            .join(''),
    )
    .join('\n');
}

/** Replaces :shortcode: outside code with its emoji. */
function withEmoji(body: string, table: Readonly<Record<string, string>>): string {
  return outsideCode(body, (prose) => prose.replace(/:([a-z0-9_+-]+):/giu, (whole, name: string) => table[name] ?? whole));
}

/** A slide's first heading, its level and text. */
const headingOf = (body: string): { level: number; text: string; line: string } | null => {
  for (const line of body.split('\n')) {
    const m = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/u.exec(line);
    if (m && m[1] && m[2]) return { level: m[1].length, text: m[2].trim(), line };
  }
  return null;
};

/** A title as plain text: Markdown's emphasis, code and link marks taken off. */
export const plainTitle = (text: string): string =>
  text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<[^>]+>/gu, '')
    .replace(/(\*\*|__|\*|_|~~|`)(.+?)\1/gu, '$2')
    .replace(/\s+/gu, ' ')
    .trim();

// --- reveal.js and reveal-md ------------------------------------------------

const revealDefaults = { separator: '\\r?\\n---\\r?\\n', notes: '^\\s*notes?:' };

function revealSlides(text: string, options: { separator: string; vertical: string | null; notes: string }, tally: Tally, offset: number): RawSlide[] {
  let notesPattern: RegExp;
  try {
    notesPattern = new RegExp(options.notes, 'mi');
  } catch {
    throw inputError(
      `the notes separator "${options.notes}" is not a valid regular expression`,
      'Pass it as reveal.js takes it, e.g. --notes-separator "^Note:"',
    );
  }
  const out: RawSlide[] = [];
  for (const stack of splitByPattern(text, options.separator, options.vertical)) {
    const stackTitle = stack.length > 1 ? plainTitle(headingOf(stack[0]?.body ?? '')?.text ?? '') || null : null;
    for (const part of stack) {
      const number = offset + out.length + 1;
      const at = notesPattern.exec(part.body);
      let shown = at ? part.body.slice(0, at.index) : part.body;
      const notes = at ? [part.body.slice(at.index + at[0].length).trim()] : [];
      let fragments = false;
      let layout: RawSlide['layout'] = 'default';
      const indices: number[] = [];
      shown = takeComments(shown, (comment) => {
        if (/^\.slide:/u.test(comment)) {
          // A class that names a layout lectern has (as lectern export writes it, or a theme's lead/title class).
          layout = layoutOfClasses(/\bclass=["']([^"']*)["']/u.exec(comment)?.[1] ?? '', out.length === 0 && offset === 0);
          if (/data-background/u.test(comment)) note(tally, 'background (slide attribute)', number);
          if (/data-(?:transition|auto-animate|state)/u.test(comment)) note(tally, 'transition or state (slide attribute)', number);
          return;
        }
        if (/^\.element:/u.test(comment)) {
          if (/\bfragment\b/u.test(comment)) {
            fragments = true;
            const index = /data-fragment-index=["']?(\d+)/u.exec(comment)?.[1];
            if (index !== undefined) indices.push(Number(index));
          }
          return;
        }
        tally.hidden += 1;
      });
      if (/<(?:p|li|div|span|img)[^>]*class=["'][^"']*\bfragment\b/u.test(shown)) fragments = true;
      if (indices.some((v, i) => i > 0 && v < (indices[i - 1] ?? 0))) note(tally, 'fragment order (data-fragment-index): shown top to bottom', number);
      if (remoteImages(shown) > 0) note(tally, 'remote image kept as a link', number);
      // reveal.js's math plugin reads formulas in code spans (`\[ … \]`, `\( … \)`, `$ … $`): lectern writes them as math.
      shown = shown.replace(/`(\\\[[\s\S]+?\\\]|\\\([\s\S]+?\\\)|\$\$?[^`$]+\$\$?)`/gu, (_, math: string) =>
        math.startsWith('\\[') ? `$$${math.slice(2, -2).trim()}$$` : math.startsWith('\\(') ? `$${math.slice(2, -2).trim()}$` : math,
      );
      out.push({ body: shown, notes, fragments, layout, stack: stackTitle });
    }
  }
  return out;
}

/** The Markdown of each <section data-markdown> of an HTML page, with its separators. */
function htmlSections(
  html: string,
  include: ImportOptions['include'],
  tally: Tally,
): { text: string; separator: string | null; vertical: string | null; notes: string | null }[] {
  const sections: { text: string; separator: string | null; vertical: string | null; notes: string | null }[] = [];
  const attr = (tag: string, name: string): string | null => {
    const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'u').exec(tag);
    return m ? (m[2] ?? m[3] ?? '').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&') : null;
  };
  let plain = 0;
  for (const m of html.matchAll(/<section\b([^>]*)>([\s\S]*?)<\/section>/giu)) {
    const tag = m[1] ?? '';
    if (!/\bdata-markdown\b/u.test(tag)) {
      if (!/<section\b/iu.test(m[2] ?? '')) plain += 1;
      continue;
    }
    const external = attr(tag, 'data-markdown');
    let text: string | null;
    if (external) {
      text = include?.(external) ?? null;
      if (text === null)
        throw inputError(
          `the page's <section data-markdown="${external}"> names a file that is not there`,
          `Put ${external} beside the page, or import the Markdown file itself`,
        );
    } else {
      const inner = m[2] ?? '';
      const template = /<(?:script|textarea)\b[^>]*>([\s\S]*?)<\/(?:script|textarea)>/iu.exec(inner)?.[1] ?? inner;
      text = dedent(template.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&'));
    }
    sections.push({ text, separator: attr(tag, 'data-separator'), vertical: attr(tag, 'data-separator-vertical'), notes: attr(tag, 'data-separator-notes') });
  }
  if (plain > 0) tally.notes.set(`${plain} slide(s) written in HTML, not Markdown`, new Set());
  return sections;
}

/** Takes off the indentation of the first non-blank line (reveal.js does the same with inline templates). */
function dedent(text: string): string {
  const lines = text.replace(/^\n+/u, '').replace(/\s+$/u, '').split('\n');
  const indent = /^[ \t]*/u.exec(lines.find((l) => l.trim() !== '') ?? '')?.[0] ?? '';
  return lines.map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart())).join('\n');
}

/** A layout from a slide's classes: lead or title is the title slide (first) or a divider; lectern's own layout names as written by lectern export. */
function layoutOfClasses(value: string, first: boolean): RawSlide['layout'] {
  const classes = value.split(/\s+/u);
  for (const layout of ['agenda', 'section', 'summary'] as const) if (classes.includes(layout)) return layout;
  if (classes.includes('divider')) return 'divider';
  if (classes.includes('lead') || classes.includes('title')) return first ? 'title' : 'divider';
  return 'default';
}

// --- Marp -------------------------------------------------------------------

const marpDirective = /^\s*(_?)([A-Za-z]+)\s*:\s*(.*?)\s*$/u;
const marpKeys = new Set([
  'theme',
  'paginate',
  'header',
  'footer',
  'class',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
  'color',
  'size',
  'math',
  'style',
  'headingDivider',
  'lang',
  'title',
  'author',
  'description',
  'image',
  'keywords',
  'url',
  'marp',
  'transition',
  'footer',
]);

function marpSlides(body: string, front: Record<string, unknown>, tally: Tally, table: Readonly<Record<string, string>>): RawSlide[] {
  const divider = Number(front.headingDivider ?? 0);
  let chunks = splitLines(body, /^(?:---|\*\*\*|___|- - -)\s*$/u);
  // headingDivider: a new slide before every heading of that level or higher.
  chunks = divider > 0 ? chunks.flatMap((c, i) => splitBeforeHeadings(c, divider, i === 0)) : chunks;
  const global: Record<string, string> = {};
  for (const [k, v] of Object.entries(front)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') global[k] = String(v);
  const out: RawSlide[] = [];
  // Slides are numbered in the report as Marp numbers them, empty ones included.
  chunks.forEach((chunk, index) => {
    const number = index + 1;
    // What this slide could not carry, recorded once it is known to be a slide (a chunk of directives only is not).
    const issues: string[] = [];
    const notes: string[] = [];
    const local: Record<string, string> = {};
    let shown = takeComments(chunk, (comment) => {
      const lines = comment.split('\n').filter((l) => l.trim() !== '');
      const directives = lines.map((l) => marpDirective.exec(l)).filter((m): m is RegExpExecArray => m !== null && marpKeys.has(m[2] ?? ''));
      if (lines.length > 0 && directives.length === lines.length) {
        for (const d of directives) (d[1] ? local : global)[d[2] ?? ''] = (d[3] ?? '').replace(/^["']|["']$/gu, '');
        return;
      }
      if (comment === 'fit') return;
      // A comment cannot hold "-->": lectern export (and careful authors) write it "- ->".
      notes.push(comment.replace(/- -(?=>)/gu, '--'));
    });
    const settings = { ...global, ...local };
    const classes = (settings.class ?? '').split(/\s+/u);
    if (settings.backgroundColor || settings.backgroundImage) issues.push('background colour or image (directive)');
    if (settings.header || settings.footer) issues.push('header or footer (directive)');
    if (classes.includes('invert')) issues.push('class invert (colours)');
    // Background images: shown as pictures on the slide (a split bg left/right is the picture beside the text).
    shown = shown.replace(/!\[([^\]]*)\]\(([^)]*)\)/gu, (whole, alt: string, src: string) => {
      const words = alt.split(/\s+/u);
      if (!words.includes('bg')) return `![${cleanAlt(alt)}](${src})`;
      issues.push(
        words.some((w) => /^(?:left|right)(?::|$)/u.test(w))
          ? 'split background image: shown as a picture on the slide'
          : 'background image: shown as a picture on the slide',
      );
      return `![${cleanAlt(alt)}](${src})`;
    });
    shown = withEmoji(shown, table);
    if (remoteImages(shown) > 0) issues.push('remote image kept as a link');
    if (shown.trim() === '' && notes.length === 0) {
      // Marp shows an empty slide here (a heading right after ---, with headingDivider): lectern leaves it out, and says so.
      if (index > 0 || chunks.length === 1) note(tally, 'empty slide left out', number);
      return;
    }
    for (const issue of issues) note(tally, issue, number);
    // Marp's fragment lists (* and 1)) are lectern's fragments: the list is written with - and 1. again.
    // Looked for in the prose only: a "* item" line of a code block is code.
    let fragments = false;
    outsideCode(shown, (prose) => {
      if (/^[ \t]*(?:\*|\d+\))[ \t]/mu.test(prose)) fragments = true;
      return prose;
    });
    if (fragments) shown = outsideCode(shown, (prose) => prose.replace(/^\* /gmu, '- ').replace(/^(\d+)\) /gmu, '$1. '));
    out.push({ body: shown, notes, fragments, layout: layoutOfClasses(settings.class ?? '', number === 1), stack: null });
  });
  return out;
}

/** Marp's image keywords (bg, left:40%, w:200, contain, sepia...) are layout, not a description. */
const cleanAlt = (alt: string): string =>
  alt
    .split(/\s+/u)
    .filter(
      (w) =>
        !/^(?:bg|left|right|fit|contain|cover|auto|vertical|sepia|grayscale|invert|blur|brightness|contrast|drop-shadow|hue-rotate|opacity|saturate)(?::\S*)?$|^(?:[wh]|width|height):\S+$|^\d+(?:\.\d+)?%$/u.test(
          w,
        ),
    )
    .join(' ');

/** Marp's headingDivider: a new slide at each heading of `level` or higher, unless nothing but comments (directives, notes) came before it. */
const splitBeforeHeadings = (text: string, level: number, first: boolean): string[] =>
  splitOutsideFences(text, (line, current) => {
    const h = /^(#{1,6})\s/u.exec(line);
    if (!h || (h[1]?.length ?? 7) > level) return null;
    // As Marpit does: a heading right after a --- still begins a slide (the one before it is empty); at the start of the deck it does not.
    return current
      .join('\n')
      .replace(/<!--[\s\S]*?-->/gu, '')
      .trim() !== '' || !first
      ? 'starts'
      : null;
  });

// --- Slidev -----------------------------------------------------------------

const yamlish = (text: string): boolean => {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => /^[A-Za-z_][\w-]*\s*:(?:\s|$)|^\s+\S|^\s*-\s|^\s*#/u.test(l)) && /^[A-Za-z_][\w-]*\s*:/u.test(lines[0] ?? '');
};

const parseYaml = (text: string): Record<string, unknown> => {
  try {
    const data: unknown = yaml().parse(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** Standard HTML elements a slide may hold; any other tag is a Vue component. */
const htmlTags = new Set(
  'a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead tr u ul video audio source iframe'.split(
    ' ',
  ),
);

function slidevSlides(
  body: string,
  include: ImportOptions['include'],
  tally: Tally,
  table: Readonly<Record<string, string>>,
  headFront: Record<string, unknown> = {},
  depth = 0,
): { slides: RawSlide[]; fronts: Record<string, unknown>[] } {
  const chunks = splitLines(body, /^---\s*$/u);
  const slides: RawSlide[] = [];
  const fronts: Record<string, unknown>[] = [];
  for (let i = 0; i < chunks.length; i += 1) {
    let chunk = chunks[i] ?? '';
    // The head matter is also the first slide's front matter.
    let front: Record<string, unknown> = i === 0 ? headFront : {};
    // A slide's own front matter: YAML between two separators, right before its content.
    if (yamlish(chunk) && i + 1 < chunks.length) {
      front = parseYaml(chunk);
      i += 1;
      chunk = chunks[i] ?? '';
    }
    if (typeof front.src === 'string' && depth < 5) {
      const included = include?.(front.src) ?? null;
      if (included === null) {
        note(tally, `included file ${front.src} not found`, slides.length + 1);
      } else {
        const inner = slidevSlides(splitFrontMatter(included).body, include, tally, table, splitFrontMatter(included).data, depth + 1);
        slides.push(...inner.slides);
        fronts.push(...inner.fronts);
      }
      if (chunk.trim() === '') continue;
    }
    if (chunk.trim() === '' && Object.keys(front).length === 0) continue;
    const number = slides.length + 1;
    // Notes: the last comment of the slide; any other comment stays hidden.
    const notes: string[] = [];
    let shown = takeComments(chunk, (comment, last) => {
      if (last) notes.push(comment);
      else tally.hidden += 1;
    });
    let fragments = false;
    // Outside code only: Slidev's click wrappers hold content to keep; other Vue components, <style> and <script> are not carried.
    shown = outsideCode(shown, (prose) => {
      if (/<v-clicks?\b|\sv-click\b/u.test(prose)) fragments = true;
      let out = prose.replace(/<\/?(?:v-clicks?|v-after|v-click-gap|v-switch)\b[^>]*>/gu, '');
      out = out.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/giu, (_, tag: string) => {
        note(tally, `<${tag.toLowerCase()}> block`, number);
        return '';
      });
      out = out.replace(/<\/?([A-Za-z][\w:.-]*)(\s[^<>]*?)?\/?>/gu, (whole, tag: string) => {
        if (htmlTags.has(tag.toLowerCase())) return whole.replace(/\s(?:v-[\w:.-]+|:[\w-]+|@[\w-]+)(?:=(?:"[^"]*"|'[^']*'))?/gu, '');
        note(tally, 'Vue component left out', number);
        return '';
      });
      if (/\{\{[\s\S]*?\}\}/u.test(out)) {
        note(tally, 'template expression {{ }} left out', number);
        out = out.replace(/\{\{[\s\S]*?\}\}/gu, '');
      }
      // A math block's click steps ($$ {1|3|all}) are Slidev's own.
      out = out.replace(/^(\$\$)[ \t]*\{[^}\n]*\}[ \t]*$/gmu, '$1');
      if (/^::[\w-]+::\s*$/mu.test(out)) {
        note(tally, 'columns (::right:: slots): shown one after the other', number);
        out = out.replace(/^::[\w-]+::\s*$/gmu, '');
      }
      return out;
    });
    shown = withEmoji(shown, table);
    if (remoteImages(shown) > 0) note(tally, 'remote image kept as a link', number);
    // Slidev's first slide is a cover unless it says otherwise (not the first slide of an included file).
    const layout = front.layout === undefined || front.layout === null ? (number === 1 && depth === 0 ? 'cover' : 'default') : shownValue(front.layout);
    if (front.background || front.image) note(tally, 'background image (front matter)', number);
    if (/^(?:two-cols|two-cols-header|image-left|image-right|iframe|iframe-left|iframe-right)$/u.test(layout)) note(tally, `layout ${layout}`, number);
    const mapped: RawSlide['layout'] =
      layout === 'cover' || layout === 'intro' ? (number === 1 ? 'title' : 'divider') : layout === 'section' ? 'divider' : 'default';
    slides.push({ body: shown, notes, fragments, layout: mapped, stack: null });
    fronts.push(front);
  }
  return { slides, fronts };
}

// --- the deck ---------------------------------------------------------------

/** An existing deck's text (as readDocument gives it) -> a lectern deck and the report of what was carried. */
export function importDeck(text: string, file: string, name: string, options: ImportOptions = {}): { deck: Deck; report: ImportReport } {
  const format = options.format ?? detectFormat(text);
  const tally: Tally = { hidden: 0, notes: new Map() };
  const table = options.emoji ?? {};
  const isHtml = /<section[^>]*\bdata-markdown\b/iu.test(text);
  const front = isHtml ? { data: {}, body: text, offset: 0 } : splitFrontMatter(text);
  let raw: RawSlide[];
  if (format === 'marp') raw = marpSlides(front.body, front.data, tally, table);
  else if (format === 'slidev') raw = slidevSlides(front.body, options.include, tally, table, front.data).slides;
  else if (isHtml) {
    raw = [];
    for (const s of htmlSections(text, options.include, tally)) {
      raw.push(
        ...revealSlides(
          s.text,
          {
            separator: options.separator ?? s.separator ?? revealDefaults.separator,
            vertical: options.verticalSeparator ?? s.vertical,
            notes: options.notesSeparator ?? s.notes ?? revealDefaults.notes,
          },
          tally,
          raw.length,
        ),
      );
    }
  } else {
    const data = front.data;
    const dataText = (k: string): string | null => (typeof data[k] === 'string' ? data[k] : null);
    // reveal-md's defaults (---, ----), else the common reveal.js Markdown convention (---, --).
    const separator = options.separator ?? dataText('separator') ?? (format === 'reveal-md' ? '\\r?\\n---\\r?\\n' : '^\\n?---[ \\t]*$\\n?');
    const vertical = options.verticalSeparator ?? dataText('verticalSeparator') ?? (format === 'reveal-md' ? '\\r?\\n----\\r?\\n' : '^\\n?--[ \\t]*$\\n?');
    raw = revealSlides(
      `\n${front.body}\n`,
      { separator, vertical, notes: options.notesSeparator ?? dataText('notesSeparator') ?? revealDefaults.notes },
      tally,
      0,
    );
  }
  // Markup the deck's tool rendered (wrappers, <img>, <br>) as the Markdown lectern shows: text, images, kept inline tags.
  // An indented line of markup (inside a wrapper) is not an indented code block once its tags are gone.
  const unindentMarkup = (body: string): string => outsideCode(body, (prose) => prose.replace(/^[ \t]+(?=<[A-Za-z/!])/gmu, ''));
  raw = raw.map((s) => ({ ...s, body: inlineHtml(unindentMarkup(s.body)) })).filter((s) => s.body.trim() !== '' || s.notes.some((n) => n.trim() !== ''));
  if (raw.length === 0) throw inputError(`${file}: no slides found`, 'Separate the slides with lines of ---, as reveal.js, Marp and Slidev decks do');

  const taken = new Set<string>();
  const slides: DeckSlide[] = raw.map((s, i) => {
    const heading = headingOf(s.body);
    const title = heading ? plainTitle(heading.text) : '';
    // lectern's slide title is its first heading, as `#`; a heading marked to fit (Marp) is just a heading.
    const body = heading ? s.body.replace(heading.line, `# ${heading.text}`) : s.body;
    const isTitle =
      s.layout === 'title' ||
      (i === 0 &&
        s.layout === 'default' &&
        heading?.level === 1 &&
        body
          .trim()
          .split('\n')
          .filter((l) => l.trim() !== '').length <= 3);
    const id = claimId(isTitle && i === 0 ? 'title' : slugify(title) || `slide-${i + 1}`, taken);
    const layout: SlideLayout | 'default' = isTitle ? (i === 0 ? 'title' : 'divider') : s.layout;
    return {
      id,
      file: `${id}.md`,
      layout,
      fragments: s.fragments,
      source: null,
      section: s.stack,
      body: body.trim(),
      notes: s.notes
        .filter((n) => n.trim() !== '')
        .join('\n\n')
        .trim(),
    };
  });
  const str = (key: string): string | null => yamlText(front.data[key]);
  const firstTitle = headingOf(raw[0]?.body ?? '')?.text ?? null;
  const meta: DeckMeta = {
    title: plainTitle(str('title') ?? firstTitle ?? name) || name,
    subtitle: str('description') ?? str('info') ?? null,
    author: str('author'),
    date: str('date'),
    theme: str('theme') === 'dark' || str('colorSchema') === 'dark' ? 'dark' : 'light',
    lang: str('lang') ?? 'en',
    source: null,
  };
  const notCarried = [...tally.notes].map(([what, set]) => ({ what, slides: [...set].sort((a, b) => a - b) }));
  const report: ImportReport = {
    format,
    slides: slides.length,
    notes: slides.filter((s) => s.notes !== '').length,
    fragments: slides.filter((s) => s.fragments).length,
    hiddenComments: tally.hidden,
    notCarried,
  };
  return { deck: { name, meta, slides }, report };
}

/** The report as one line for the terminal. */
export function formatImportReport(report: ImportReport, deck: string): string {
  const kept = [`${report.notes} with notes`, `${report.fragments} with fragments`];
  const hidden = report.hiddenComments > 0 ? `; ${report.hiddenComments} comment(s) kept out of the slides` : '';
  const lost = report.notCarried.map((n) => `${n.what}${n.slides.length > 0 ? ` (slide${n.slides.length > 1 ? 's' : ''} ${n.slides.join(', ')})` : ''}`);
  return `Imported ${report.slides} slides (${report.format}) into slides/${deck}/: ${kept.join(', ')}${hidden}${lost.length > 0 ? `; not carried as they were: ${lost.join('; ')}` : '; everything carried'}`;
}
