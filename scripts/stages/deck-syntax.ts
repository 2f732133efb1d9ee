// Markdown decks written for other tools (Slidev, remark.js/xaringan, Marp), built as documents: what
// their syntax means that is not text. A Slidev slide's settings block, remark's slide properties and
// Marp's image words are taken out; the comment that holds a Slidev or Marp slide's speaker notes becomes
// a `Note:` paragraph (plan-deck reads it as the slide's notes). Pure text to text; line numbers hold.
import { splitFrontMatter } from './yaml.ts';
import { fencedChunks } from './fence.ts';

/** Settings a Slidev slide opens with (its layout, class, transition, clicks, background...): one of them names the block as such. */
const slideSettingKey =
  /^(?:layout|class|transition|clicks|clicksStart|background|image|src|hideInToc|hide|disabled|level|routeAlias|zoom|preload|dragPos|title|theme|color|glow\w*|backgroundSize|url|left|right)$/u;

/** A remark.js slide property ("class: center, middle", "background-image: url(…)", "name: intro", "count: false"). */
const remarkProperty =
  /^(?:name|class|layout|template|background-image|background-position|background-size|background-color|background-repeat|count|exclude|seal):(?:[ \t]*\S.*|[ \t]*)$/u;

/** A slide break with a remark.js property right under it: what marks a deck as remark's. */
const remarkOpening = /^---[ \t]*\n(?:[ \t]*\n)*(?:name|class|layout|template|background-image|count|exclude):/mu;

/**
 * A Slidev slide's own settings between two `---` lines ("---\nlayout: center\nglow: bottom\n---") are
 * not text: the lines go blank (line numbers hold) and the first `---` stays the break before the slide.
 * Read as Markdown, "glow: bottom" over a `---` would be a heading. Only a block of `key: value` lines
 * (and their indented values) where a key is one of Slidev's, outside code.
 */
function slideSettings(body: string, remark: boolean): string {
  // (A remark deck whose text opens with a property, "class: center, middle, inverse" over its title: the first slide's.)
  const opensWithProperty = remark && remarkProperty.test(body.split('\n').find((l) => l.trim() !== '') ?? '');
  if (!/^---[ \t]*\n[A-Za-z]/mu.test(body) && !(remark && /^---[ \t]*\n(?:[ \t]*\n)+[A-Za-z]/mu.test(body)) && !opensWithProperty) return body;
  // The first slide's properties open the text itself (in a deck whose later slides open with properties too, or in a
  // remark deck whose text opens with one: that one had stood as a paragraph over the title, and the deck was titled
  // after its file).
  const opened = remarkOpening.test(body) || opensWithProperty;
  const own = deckOwnKeys(body);
  return fencedChunks(body)
    .map((chunk, n) => (chunk.code ? chunk.text : settingsIn(chunk.text, n === 0 && opened, remark, own)))
    .join('\n');
}

/**
 * Keys a deck's theme reads from its slides' own settings ("---" over 'currentNav: "Review"' over "---", a course
 * theme's navigation): a key of one word that opens three such blocks or more, which no text repeats so.
 */
function deckOwnKeys(body: string): Set<string> {
  const counts = new Map<string, number>();
  for (const block of body.matchAll(/^---[ \t]*\n((?:[A-Za-z_][\w-]*:[ \t]*\S[^\n]*\n){1,10})---[ \t]*$/gmu))
    for (const key of new Set([...(block[1] ?? '').matchAll(/^([A-Za-z_][\w-]*):/gmu)].map((m) => m[1] ?? ''))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
}

/**
 * `slideSettings` in a run of text outside code; `first`: the run opens the deck, with remark's properties; `remark`:
 * the deck is remark's, whose properties may come after blank lines, and whose opening block of `key: value` lines is
 * all properties where one of them is ("title: …" over "layout: true": a template's value and the template's mark).
 */
function settingsIn(text: string, first: boolean, remark = false, own: ReadonlySet<string> = new Set()): string {
  const lines = text.split('\n');
  if (first) {
    const { start, end } = openingFields(lines);
    const all = remark && lines.slice(start, end).some((l) => remarkProperty.test(l)) && (lines[end] ?? '').trim() === '';
    if (all) for (let k = start; k < end; k += 1) lines[k] = '';
    blankProperties(lines, all ? end : start, remark);
  }
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^---[ \t]*$/u.test(lines[i] ?? '') || (i > 0 && (lines[i - 1] ?? '').trim() !== '' && !/^---/u.test(lines[i - 1] ?? ''))) continue;
    let end = i + 1;
    let known = false;
    while (end < lines.length && end - i <= 40 && /^(?:[A-Za-z_][\w-]*:(?:\s.*)?|\s+\S.*|#.*)$/u.test(lines[end] ?? '')) {
      const key = /^([A-Za-z_][\w-]*):/u.exec(lines[end] ?? '')?.[1] ?? '';
      known ||= slideSettingKey.test(key) || own.has(key);
      end += 1;
    }
    if (known && end > i + 1 && /^---[ \t]*$/u.test(lines[end] ?? '')) {
      // The page an iframe layout shows (its `url`) cannot play on a slide or a PDF: a link to it, as an <iframe> is.
      const block = lines.slice(i + 1, end);
      const url = block.some((l) => /^layout:\s*['"]?iframe\b/u.test(l))
        ? /^url:\s*['"]?(https?:\/\/[^\s'"]+)/u.exec(block.find((l) => l.startsWith('url:')) ?? '')?.[1]
        : undefined;
      for (let k = i + 1; k <= end; k += 1) lines[k] = '';
      if (url) lines[end] = `<${url}>`;
      i = end;
      continue;
    }
    // remark.js's (and xaringan's) slide properties open a slide with no closing line: "class: center, middle" (in a
    // remark deck, after blank lines too).
    let from = i + 1;
    if (remark) while (from < lines.length && (lines[from] ?? '').trim() === '') from += 1;
    blankProperties(lines, from, remark);
  }
  return lines.join('\n');
}

/**
 * remark's properties from line `from` on go blank; in a remark deck also those after a blank line among them
 * ("template: inverse", a blank line, "background-image: url(…)").
 */
function blankProperties(lines: string[], from: number, remark: boolean): void {
  for (let k = from; k < lines.length; k += 1) {
    if (remarkProperty.test(lines[k] ?? '')) lines[k] = '';
    else if (!remark || (lines[k] ?? '').trim() !== '') return;
    else {
      let next = k + 1;
      while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
      if (!remarkProperty.test(lines[next] ?? '')) return;
    }
  }
}

/**
 * Marp's words in an image's brackets that size, place or filter it ("w:300", "height:500px", "bg right:40%", "sepia"), and
 * the "center" its themes add: not its description (a course template's logo had been captioned "center").
 */
const marpImageWord =
  /^(?:bg|left|right|center|contain|cover|fit|auto|vertical|horizontal|sepia|grayscale|invert|blur|drop-shadow|(?:w|h|width|height|left|right|blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia):\S+|\d+(?:\.\d+)?%)$/iu;

/** A deck's image descriptions without its tool's sizing and filter words (Marp's "![height:500px](lights.png)" has none); code stays as written. */
function toolImageWords(body: string, toolWord: RegExp): string {
  if (!body.includes('![')) return body;
  return fencedChunks(body)
    .map((chunk) => (chunk.code ? chunk.text : imageWordsIn(chunk.text, toolWord)))
    .join('\n');
}

function imageWordsIn(body: string, toolWord: RegExp): string {
  return body.replace(/!\[([^\]\n]*)\]\(/gu, (whole, alt: string) => {
    // Deckset parts its words with commas ("![right, fit](…)"), Marp with spaces.
    const words = alt.split(/\s+/u).filter(Boolean);
    const kept = words.filter((w) => !toolWord.test(w.replace(/,$/u, '')));
    return kept.length === words.length ? whole : `![${kept.join(' ').replace(/,$/u, '')}](`;
  });
}

/**
 * A Marp deck's head matter: `marp: true`, or directives only Marp reads (`paginate`, `headingDivider`, a directive for
 * the first slide alone, `_class: lead`), as a deck made where Marp is switched on for every file writes it.
 */
export const marpHead = (front: Record<string, unknown>): boolean =>
  front.marp === true ||
  Object.keys(front).some((k) => /^(?:paginate|headingDivider|_(?:class|paginate|backgroundColor|backgroundImage|color|header|footer))$/u.test(k));

/** A deck's body with its Slidev and remark settings taken out, (a Marp deck's, `front.marp`) its image words, (a remark deck's) its content classes, (a Deckset deck's) its settings and commands. */
export function deckSyntax(body: string, front: Record<string, unknown>): { body: string; title: string | null } {
  // Head matter only Slidev reads makes a Slidev deck, whose slides' own settings ("---\nlayout: two-cols\n---") read like remark's.
  const slidevHead = Object.keys(front).some((k) => slidevHeadKey.test(k) || k === 'addons');
  const remark = !slidevHead && isRemark(body, front);
  // Deckset's decks have no front matter of their own; remark's slide properties ("background-image: …") are not its.
  const deckset = !remark && Object.keys(front).length === 0 && isDeckset(body);
  const slidev = slidevHead;
  const settled = slideSettings(
    deckset ? decksetSyntax(body) : remark ? unshownSlides(templateValues(body)) : slidev ? slidevBlocks(body, front) : body,
    remark,
  );
  // (Marp's own background pictures, "![bg right:45% fit](…)", say so too.)
  const pictured = marpHead(front) || /!\[bg\b/u.test(settled) ? toolImageWords(settled, marpImageWord) : settled;
  // A remark deck names itself in its opening properties ("title: …" over "layout: true"), where it has no front matter.
  const title = remark && Object.keys(front).length === 0 ? remarkTitle(body) : null;
  return { body: stepBreaks(remark ? slideRules(contentClasses(pictured)) : pictured), title };
}

/**
 * remark's slide break right under a line of text ("Work was done in the 1950s" over "---", a slide's last note): always a
 * break in remark, in CommonMark that line's underline, a heading. Written "- - -", a rule no line can be the underline
 * of; outside code, and line for line.
 */
function slideRules(body: string): string {
  if (!/[^\n]\n---[ \t]*(?:\n|$)/u.test(body)) return body;
  return fencedChunks(body)
    .map((chunk) => {
      if (chunk.code) return chunk.text;
      const lines = chunk.text.split('\n');
      return lines.map((line, k) => (/^---[ \t]*$/u.test(line) && k > 0 && (lines[k - 1] ?? '').trim() !== '' ? '- - -' : line)).join('\n');
    })
    .join('\n');
}

/**
 * A "--" line alone between blank lines (outside code): a deck's mark of a step or a vertical slide (remark's
 * increments, the vertical separator reveal.js decks often set), never text. Its line goes blank.
 */
function stepBreaks(body: string): string {
  if (!/^(?:--|[-*+])[ \t]*$/mu.test(body)) return body;
  return fencedChunks(body)
    .map((chunk) => {
      if (chunk.code) return chunk.text;
      const lines = chunk.text.split('\n');
      const blank = (k: number): boolean => k < 0 || k >= lines.length || (lines[k] ?? '').trim() === '';
      // (So is a list's marker alone, "-" under a page shown in a frame: an item with nothing in it, no empty bullet.)
      return lines.map((line, k) => (/^(?:--|[-*+])[ \t]*$/u.test(line) && blank(k - 1) && blank(k + 1) ? '' : line)).join('\n');
    })
    .join('\n');
}

/**
 * A remark deck without the slides it never shows: those it excludes (`exclude: true`) and its templates (`layout: true`,
 * whose content remark puts on the slides after it, a handle or a logo, not a slide of its own). Their lines go blank with
 * the `---` that opens each (the first slide's, the one after it), so line numbers hold; `---` inside code is no break.
 */
function unshownSlides(body: string): string {
  const lines = body.split('\n');
  const breaks: number[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const mark = /^[ \t]{0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (mark && (fence === null || (mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark))) fence = fence === null ? mark : null;
    else if (fence === null && /^---[ \t]*$/u.test(line)) breaks.push(i);
  }
  const starts = [-1, ...breaks];
  starts.forEach((at, k) => {
    const end = breaks[k] ?? lines.length;
    let from = at + 1;
    while (from < end && (lines[from] ?? '').trim() === '') from += 1;
    const props = [];
    for (let j = from; j < end && /^[A-Za-z_][\w-]*[ \t]*:/u.test(lines[j] ?? ''); j += 1) props.push(lines[j] ?? '');
    if (!props.some((l) => /^(?:exclude|layout)[ \t]*:[ \t]*true[ \t]*$/u.test(l))) return;
    // The first slide goes with the break after it; a later one with the break before it.
    const [first, last] = at < 0 ? [0, Math.min(end, lines.length - 1)] : [at, end - 1];
    for (let j = first; j <= last; j += 1) lines[j] = '';
  });
  return lines.join('\n');
}

/**
 * The title a remark deck gives itself: `title:` in the block of properties it opens with (over `layout: true`, the
 * template's value and the page's title in remark's tools); null where that block has none.
 */
function remarkTitle(body: string): string | null {
  const lines = body.split('\n', 80);
  const { start, end } = openingFields(lines);
  const fields = lines.slice(start, end);
  if (!fields.some((l) => remarkProperty.test(l))) return null;
  for (const line of fields) {
    const m = /^title[ \t]*:[ \t]*(\S.*?)[ \t]*$/u.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * remark's template values: the properties of the deck's opening block (`title: Lecture 2b` over `layout: true`) fill
 * the `{{title}}` of its slides (written `{ {title}}` too, where a site generator would read the braces), outside code.
 */
function templateValues(body: string): string {
  const lines = body.split('\n');
  const { start, end } = openingFields(lines);
  const values = new Map<string, string>();
  for (const line of lines.slice(start, end)) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(\S.*?)[ \t]*$/u.exec(line);
    if (m) values.set(m[1] ?? '', m[2] ?? '');
  }
  if (values.size === 0 || ![...values.keys()].some((k) => remarkProperty.test(`${k}: x`))) return body;
  return fencedChunks(body)
    .map((chunk) => (chunk.code ? chunk.text : chunk.text.replace(/\{ ?\{\s*([A-Za-z_][\w-]*)\s*\}\}/gu, (whole, key: string) => values.get(key) ?? whole)))
    .join('\n');
}

/**
 * A Slidev deck's slide settings written as a ```yaml block that opens the slide (Slidev reads it as the slide's front
 * matter: "layout: two-cols", "dragPos: …") and its slot markers on lines of their own ("::left::", ":: right ::"): no
 * text. The lines go blank, so line numbers hold. Its Vue expressions (slidevValues) are what they show.
 */
function slidevBlocks(body: string, front: Record<string, unknown>): string {
  const lines = slidevValues(body, front).split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (/^::[ \t]*[\w-]+[ \t]*::[ \t]*$/u.test(lines[i] ?? '')) {
      lines[i] = '';
      continue;
    }
    if (!/^---[ \t]*$/u.test(lines[i] ?? '')) continue;
    let open = i + 1;
    while (open < lines.length && (lines[open] ?? '').trim() === '') open += 1;
    if (!/^```ya?ml[ \t]*$/u.test(lines[open] ?? '')) continue;
    let close = open + 1;
    while (close < lines.length && !/^```[ \t]*$/u.test(lines[close] ?? '')) close += 1;
    if (close >= lines.length) continue;
    const keys = lines
      .slice(open + 1, close)
      .map((l) => /^([A-Za-z_][\w-]*):/u.exec(l)?.[1])
      .filter((k): k is string => k !== undefined);
    if (keys.length === 0 || !keys.some((k) => slideSettingKey.test(k))) continue;
    for (let k = open; k <= close; k += 1) lines[k] = '';
    i = close;
  }
  return lines.join('\n');
}

/**
 * A Slidev deck's Vue expressions outside code (`{{ $slidev.configs.title }}`, `{{ $frontmatter.subject }}`): a value
 * of the head matter where the expression names one, else nothing (a value the deck's own code would compute, or a
 * setting it lacks, which the page shows empty). A heading made of one that shows nothing goes with it ("### Semester
 * {{ $slidev.configs.semester }}": a label left alone). Lines stay where they were.
 */
function slidevValues(body: string, front: Record<string, unknown>): string {
  if (!body.includes('{{')) return body;
  const expression = /\{\{([^{}\n]*)\}\}/gu;
  const valueOf = (inner: string): string => {
    const key = /^\s*\$(?:slidev\.configs|frontmatter)\.([A-Za-z_]\w*)\s*$/u.exec(inner)?.[1];
    const value = key === undefined ? undefined : front[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  return fencedChunks(body)
    .map((chunk) =>
      chunk.code
        ? chunk.text
        : chunk.text
            .split('\n')
            .map((line) => {
              if (!line.includes('{{')) return line;
              const shown = line.replace(expression, (_, inner: string) => valueOf(inner));
              return /^#{1,6}[ \t]/u.test(line) && [...line.matchAll(expression)].some(([, inner]) => valueOf(inner ?? '') === '') ? '' : shown;
            })
            .join('\n'),
    )
    .join('\n');
}

/**
 * The deck's opening run of `key: value` lines, past blank lines (a template's or a tool's settings): where it starts
 * and where it ends (the line after it); empty (start = end) when the text opens otherwise.
 */
function openingFields(lines: string[]): { start: number; end: number } {
  let start = 0;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start += 1;
  let end = start;
  while (end < lines.length && /^[A-Za-z_][\w-]*[ \t]*:[ \t]*\S/u.test(lines[end] ?? '')) end += 1;
  return { start, end };
}

/** Deckset's settings, as a deck's first lines give them ("theme: Business Class, 5", "autoscale: true"). */
const decksetKey =
  /^(?:theme|autoscale|build-lists|slidenumbers|slidecount|footer|slide-dividers|slide-transition|presenter-notes|code-language|fit-header|footnote-separator|background-color|background-image|text|text-emphasis|text-strong|header|header-emphasis|header-strong|link|quote|quote-author|code|table|table-separator|formula)\s*:/iu;

/** A Deckset command on a line of its own ("[.footer: …]", "[.autoscale: true]", "[.build-lists: false]", "[.hide-footer]"). */
const decksetCommand = /^[ \t]*\[\.[\w-]+(?:\s*:[^\]\n]*)?\][ \t]*$/u;

/** The lines of a deck's opening settings: `key: value` lines up to the first blank line, one of them Deckset's. */
function decksetHeader(lines: string[]): number {
  const { start, end } = openingFields(lines);
  if (end === start || ((lines[end] ?? '').trim() !== '' && end < lines.length)) return 0;
  return lines.slice(start, end).some((l) => decksetKey.test(l)) ? end : 0;
}

/** A Deckset deck: it opens with Deckset's settings, or gives two slides commands of its own ("[.footer: …]"). */
function isDeckset(body: string): boolean {
  const lines = body.split('\n', 60);
  return decksetHeader(lines) > 0 || (body.match(new RegExp(decksetCommand.source, 'gmu'))?.length ?? 0) >= 2;
}

/** Deckset's words in an image's brackets that place or size it ("inline", "fit", "left", "filtered", "50%"): not its description. */
const decksetImageWord = /^(?:inline|fit|fill|left|right|filtered|original|tinted|autoplay|loop|mute|hide|\d+(?:\.\d+)?%|corner-radius\(\d+\))$/iu;

/**
 * A Deckset deck as a document: its opening settings and its slide commands are no text (the lines go blank),
 * "[fit]" before a heading's words sizes it, an image's placing words are no description, and the paragraphs of a
 * slide that open with "^" are its speaker notes, moved under a `Note:` at the slide's end.
 * Outside code; line numbers hold.
 */
function decksetSyntax(body: string): string {
  const lines = body.split('\n');
  const code = codeLines(body);
  for (let k = 0, end = decksetHeader(lines); k < end; k += 1) lines[k] = '';
  let slideStart = 0;
  for (let i = 0; i <= lines.length; i += 1) {
    const line = lines[i];
    if (line !== undefined && code[i] !== true) {
      if (decksetCommand.test(line)) lines[i] = '';
      else lines[i] = line.replace(/^(#{1,6}[ \t]+)\[fit\][ \t]*/iu, '$1');
    }
    if (line === undefined || (code[i] !== true && /^---[ \t]*$/u.test(line))) {
      notesOfSlide(lines, code, slideStart, i);
      slideStart = i + 1;
    }
  }
  return toolImageWords(lines.join('\n'), decksetImageWord);
}

/** Whether each line of `body` lies in fenced code (its fences too). */
function codeLines(body: string): boolean[] {
  const flags: boolean[] = [];
  for (const chunk of fencedChunks(body)) for (const _ of chunk.text.split('\n')) flags.push(chunk.code);
  return flags;
}

/**
 * A slide's "^" paragraphs (lines `from` to `to`): its notes, wherever in the slide they are (Deckset reads every
 * paragraph that opens with "^" as one). They move to the slide's end, under "Note:"; the slide keeps its number of
 * lines, so the lines after it keep theirs.
 */
function notesOfSlide(lines: string[], code: boolean[], from: number, to: number): void {
  const taken = new Set<number>();
  const paragraphs: string[] = [];
  for (let k = from; k < to; k += 1) {
    if (code[k] === true || !/^\^/u.test(lines[k] ?? '') || (k > from && (lines[k - 1] ?? '').trim() !== '')) continue;
    const paragraph: string[] = [];
    for (; k < to && (lines[k] ?? '').trim() !== ''; k += 1) {
      taken.add(k);
      paragraph.push((lines[k] ?? '').replace(/^\^[ \t]?/u, ''));
    }
    paragraphs.push(paragraph.join('\n'));
  }
  if (paragraphs.length === 0) return;
  const slide = lines.slice(from, to);
  const kept = slide.filter((_, i) => !taken.has(from + i));
  while (kept.length > 0 && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
  const notes = `Note: ${paragraphs.join('\n\n')}`.split('\n');
  // A blank line between the slide and its notes: the slide gets one line more only where it had no blank line to spare,
  // which is at the end of the deck (before a `---`, a blank line is the Markdown's own).
  const moved = [...kept, '', ...notes];
  while (moved.length < slide.length) moved.push('');
  lines.splice(from, to - from, ...moved);
}

/** A remark.js (or xaringan) deck: xaringan's output in the front matter, or slides that open with remark's properties, or its "???" notes. */
function isRemark(body: string, front: Record<string, unknown>): boolean {
  return (
    JSON.stringify(front.output ?? '').includes('xaringan') || (body.match(new RegExp(remarkOpening, 'gmu'))?.length ?? 0) >= 2 || /^\?\?\?[ \t]*$/mu.test(body)
  );
}

/**
 * remark.js's content classes ".footnote[…]", ".pull-left[" … "]" (over lines, brackets nested) show their
 * content without the class and its brackets; its "--" lines (the rest of the slide comes in a step) are no
 * text; outside fenced code. A class whose bracket never closes stays.
 */
function contentClasses(body: string): string {
  // A class may hold code (".font-sm[" over a fenced block, then "]"): the text is read whole, each block of code
  // standing in as a line of its own that holds no bracket.
  const chunks = fencedChunks(body);
  const codes: string[] = [];
  const marked = chunks.map((chunk) => (chunk.code ? `\u0000${codes.push(chunk.text) - 1}\u0000` : chunk.text.replace(/^--[ \t]*$/gmu, ''))).join('\n');
  return withoutClasses(marked).replace(/\u0000(\d+)\u0000/gu, (_, k: string) => codes[Number(k)] ?? '');
}

function withoutClasses(text: string): string {
  // One pass: each "[" is a class's (".pull-left[") or the text's own; a "]" closes the last one open.
  const opener = /\.[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\[/uy;
  const open: { start: number; end: number; cls: boolean }[] = [];
  const cuts: { from: number; to: number; put: string }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '.' && (i === 0 || /[\s(]/u.test(text[i - 1] ?? ''))) {
      opener.lastIndex = i;
      const m = opener.exec(text);
      if (m) {
        open.push({ start: i, end: i + m[0].length, cls: true });
        i += m[0].length - 1;
        continue;
      }
    }
    if (ch === '[') open.push({ start: i, end: i + 1, cls: false });
    else if (ch === ']') {
      const last = open.pop();
      // A column's list ends with its column: an empty comment between two columns keeps their lists apart. A class
      // inside a line (".yellow[lecturer in statistics]" in a sentence) is words of the sentence.
      const inline = last?.cls === true && !text.slice(last.end, i).includes('\n');
      if (last?.cls) cuts.push({ from: last.start, to: last.end, put: '' }, { from: i, to: i + 1, put: inline ? '' : '\n\n<!-- -->\n' });
    }
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += text.slice(at, cut.from) + cut.put;
    at = cut.to;
  }
  return out + text.slice(at);
}

/** Head matter only Slidev reads (a site generator's `layout:` or `title:` says nothing). */
const slidevHeadKey =
  /^(?:transition|mdc|drawings|highlighter|lineNumbers|colorSchema|aspectRatio|canvasWidth|fonts|download|exportFilename|routerMode|addons|seoMeta|themeConfig|selectable|record|presenter|monaco|twoslash|hideInToc)$/u;

/**
 * A deck whose comments hold speaker notes, by what only that tool reads: Marp's `marp: true`; Slidev's
 * head matter, its `v-click`, or two slides or more that open with their own settings. Else null.
 */
function speakerFormat(text: string): 'marp' | 'slidev' | null {
  const front = splitFrontMatter(text);
  if (marpHead(front.data)) return 'marp';
  if (Object.keys(front.data).some((k) => slidevHeadKey.test(k)) || /<v-clicks?\b|\sv-click\b/u.test(text)) return 'slidev';
  const settings = front.body.match(/^---[ \t]*\n(?:layout|transition|class|clicks|src|background):[^\n]*\n(?:[A-Za-z][\w-]*:[^\n]*\n){0,10}---[ \t]*$/gmu);
  return (settings?.length ?? 0) >= 2 ? 'slidev' : null;
}

/** A Marp directive ("_class: lead", "paginate: true", "fit"): no note. */
const marpDirective = /^(?:_?[A-Za-z][\w-]*\s*:[^\n]*|fit)$/u;

/**
 * A Slidev or Marp deck's speaker notes: the comment that ends a slide (only blank lines after it, a
 * blank line or the slide's start before it) becomes a `Note:` paragraph in its place, the same number
 * of lines, so the notes are kept, not hidden with the other comments. Other texts are returned as they are.
 */
export function speakerComments(text: string): string {
  if (!text.includes('<!--')) return text;
  const format = speakerFormat(text);
  if (format === null) return text;
  const chunks = fencedChunks(text);
  return chunks.map((chunk, i) => (chunk.code ? chunk.text : notesInProse(chunk.text, format, i === chunks.length - 1))).join('\n');
}

/** A comment that ends a slide: only blank lines after it, then a `---` line (or, in the text's last run of prose, its end). */
const slideEndingComment = (last: boolean): RegExp =>
  new RegExp(
    `(^(?:[ \\t]*\\n)*|\\n[ \\t]*\\n)([ \\t]*)<!--((?:(?!-->)[\\s\\S])*)-->(?=[ \\t]*(?:\\n[ \\t]*)*(?:\\n---[ \\t]*(?:\\n|$)${last ? '|$' : ''}))`,
    'gu',
  );
const endingComment = slideEndingComment(false);
const lastComment = slideEndingComment(true);

/** The slide-ending comments of a run of text outside code, as notes. */
function notesInProse(prose: string, format: 'marp' | 'slidev', last: boolean): string {
  return prose.replace(last ? lastComment : endingComment, (whole, before: string, indent: string, inner: string) => {
    const said = inner.trim();
    if (said === '' || (format === 'marp' && marpDirective.test(said)) || said.includes('<!--')) return whole;
    const lines = inner.split('\n').length;
    // "Note:" on the comment's first line, its words on the lines it took.
    const words = said.split('\n');
    const body =
      lines >= words.length + 1
        ? ['Note:', ...words, ...Array.from({ length: lines - words.length - 1 }, () => '')]
        : [`Note: ${words.join(' ')}`, ...Array.from({ length: lines - 1 }, () => '')];
    return `${before}${indent}${body.join('\n')}`;
  });
}
