// DocumentModel -> DeckPlan: a title slide, an agenda, slides per section
// (split to fit), a summary. Slides carry points; notes carry the full text.
import type { Block, DeckMeta, DeckPlan, Diagnostic, DocumentModel, Section, SlidePlan, Staged } from '../types.ts';
import { bylineOf, coverOf, logoNamedByTitle, logoOf, subtitleFromIntro, titleFromFileName, titleFromIntro, titleFromLogo } from './derive-title.ts';
import { capitalised, documentNames, keyPhrase, namePhrase, phraseCounts, recurringTerm, referenceWord, wordFrequencies, type Names } from './key-phrase.ts';
import { maxIndent, maxQuoteDepth } from './nesting.ts';
import { detectLanguage } from './language.ts';
import { countWords, joinLines, splitSentences } from './sentences.ts';
import { eastAsianOpening, endsOnFunctionWord, leadingWords, subjectOf } from './condense.ts';
import { claimId, slugify } from './slug.ts';
import { contentsInIntro, isTableOfContents, linksToSections, listsLaterLines, namesContents } from './contents.ts';
import { blocksToUnits, escapeMarkdown, introduces, listItems, longParagraphPieces, writtenHeight, type Unit } from './units.ts';
import {
  bodyRoom,
  inBold,
  bodyRoomUnder,
  sameText,
  shownHeading,
  slideGeometry,
  titleLines,
  unescapeMarkdown,
  visibleText,
  withFrame,
  wrappedLines,
} from './text-size.ts';
import { defaultFrame, type Frame } from './frame.ts';
import { agendaLabels, escapeRegExp, labels } from './labels.ts';
import { splitAtNotes } from './slide-file.ts';
import { defaultBudget, fitsOne, heavyWords, isCode, isQuote, packUnits, roomWords, safety, wordLimits, type Budget } from './pack-units.ts';
import { parseMarkdown, proseWordsOf } from './render-slide.ts';
import { median } from './numbers.ts';
import { headingKey, importLine, joiner, shortHeading, slideTitles } from './slide-titles.ts';
import { summaryHeading } from './split-markdown.ts';

export type { Budget } from './pack-units.ts';
export { packUnits } from './pack-units.ts';

const proseLines = (markdown: string): number => wrappedLines(visibleText(markdown), slideGeometry.width / slideGeometry.bodySize - 1.05);

export { defaultBudget } from './pack-units.ts';

export interface PlanOptions {
  file: string;
  fileName: string;
  format: 'text' | 'markdown';
  title?: string | null;
  author?: string | null;
  date?: string | null;
  theme?: 'light' | 'dark';
  /** Language when the document names none (front matter `lang:` wins); else it is detected. */
  lang?: string | null;
  /** The talk's length in minutes and the speaking pace, recorded in the manifest. */
  duration?: number | null;
  wpm?: number | null;
  source?: string | null;
  budget?: Budget;
  /** The slide's size (the theme's, or a custom stylesheet's): text is measured for it. */
  frame?: Frame;
}

/** Speaker notes for a slide: the source text its units stand for, each sentence once. */
function notesFor(units: Unit[]): string {
  const paragraphs: string[] = [];
  let lastBlock = -1;
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.noteText === '' || seen.has(unit.noteKey)) continue;
    seen.add(unit.noteKey);
    // A list item goes on a line of its own, whichever marker the author wrote (`-`, `*`, `+`, `1.`, `1)`).
    const listy = /^\s*(?:[-*+]|\d+[.)])[ \t]/u.test(unit.noteText);
    if (unit.block === lastBlock && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += listy ? `\n${unit.noteText}` : ` ${unit.noteText}`;
    } else {
      paragraphs.push(unit.noteText);
    }
    lastBlock = unit.block;
  }
  return paragraphs.join('\n\n');
}

function blocksText(blocks: Block[], format: 'text' | 'markdown'): string {
  return blocks.map((b) => (format === 'text' ? escapeMarkdown(b.text) : b.text)).join('\n\n');
}

interface Context {
  options: PlanOptions;
  budget: Budget;
  lang: string;
  /** A section's units, worked out once per room (sections are looked at again when short ones share a slide). */
  units: Map<Section, Map<number, Unit[]>>;
  taken: Set<string>;
  diagnostics: Diagnostic[];
  /** The document's names (key-phrase.ts): which capitalised words name someone or something. */
  names: Names;
  /** For prose without headings: what names a passage (proseNamer), which names the slides of a section found in it. */
  nameOf?: ProseNamer;
  /** The document's headings (headingKey): a term that is one names no slide of another section. */
  headings: Set<string>;
  /** How many slides of paragraphs' points over the budget's words the plan has (heavyWords): planDeck plans lighter only where some are. */
  heavy: { slides: number };
  /** The names the whole document is about (subjectNames): they name no slide. */
  aboutAll: (name: string) => boolean;
  /** A term of a slide's points the document uses again (key-phrase.ts' recurringTerm): what a continuation covers. */
  termOf: (points: string) => string | null;
  /** The deck's title, which the agenda's topics need not say again (agendaHeadings). */
  deckTitle?: string;
}

/**
 * The top headings as the agenda lists them: without the deck's title where every one opens with it ("Dynamic Memory:
 * Pointers", "Dynamic Memory: Variables"… under "Dynamic Memory"), which the title slide has just said; else as written.
 */
function agendaHeadings(top: Section[], ctx: Context): string[] {
  const headings = top.map((s) => oneLine(esc(sentenceHeading(s.heading) ?? s.heading, ctx)));
  const title = ctx.deckTitle === undefined ? '' : visibleText(ctx.deckTitle).trim();
  if (title === '' || headings.length < 2) return headings;
  const prefix = new RegExp(`^${escapeRegExp(title)}\\s*(?::|\\s[-–—])\\s+(?=\\S)`, 'iu');
  const opened = headings.map((h) => prefix.exec(h)?.[0]);
  return opened.every((p) => p !== undefined && !/[*_`[\\]/u.test(p)) ? headings.map((h, i) => h.slice(opened[i]?.length ?? 0)) : headings;
}

/** A slide the author wrote between `---` breaks: kept as written; a `Note:` paragraph and what follows are its notes. */
function explicitSlide(section: Section, parent: string, ctx: Context): SlidePlan {
  const { shown, notes } = splitAtNotes(section.blocks);
  return {
    // Not a tag's name ("<b>Codemod</b>" is codemod); other headings' ids as they have always been.
    id: claimId(slugify(/<[a-z]/iu.test(section.heading) ? visibleText(section.heading) : section.heading), ctx.taken),
    // A slide of its title alone is the author's divider between parts ("# Connaître son propre ordinateur" between rules).
    layout: shown.length === 0 ? 'divider' : 'section',
    title: section.heading,
    body: shown.map((b) => b.text).join('\n\n'),
    notes,
    section: parent,
  };
}

/** The headings of a list of works cited, in the languages of the labels. */
const worksCited =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:references?|bibliography|works cited|literature( cited)?|sources|further reading|literatur(?:verzeichnis)?|quellen|références|bibliographie|referencias|bibliografía|bibliografia|riferimenti|referências|literatuur|参考文献|引用文献|참고\s?문헌)$/iu;

/** Words of prose a slide shows at most, the author's own slides included (a lecturer's rule of thumb is 35; no slide goes past 60). */
const maxSlideWords = 60;

/** Whether a slide the author wrote can show as written: the words one slide holds, and its blocks as written in the room under its title. */
function fitsAsWritten(section: Section): boolean {
  const { shown } = splitAtNotes(section.blocks);
  const words = shown.filter((b) => b.kind !== 'code' && b.kind !== 'table').reduce((n, b) => n + countWords(b.text), 0);
  return words <= maxSlideWords && writtenHeight(shown) <= bodyRoom(section.heading);
}

export const originOf = (section: Section): string => `${section.heading}@${section.line}`;

/**
 * A slide the author cut with `---` and gave its own "Note:", too big to stay as written: planned from
 * what it shows, its notes added to its first slide; null when it has no notes of its own.
 */
function explicitWithNotes(section: Section, parent: string, layout: 'section' | 'summary', ctx: Context): SlidePlan[] | null {
  const { shown, notes: own } = splitAtNotes(section.blocks);
  if (shown.length === section.blocks.length) return null;
  const [first, ...rest] = sectionSlides({ ...section, explicit: false, blocks: shown }, parent, layout, ctx);
  return first ? [{ ...first, notes: [first.notes, own].filter(Boolean).join('\n\n') }, ...rest] : [];
}

function sectionSlides(section: Section, parent: string, layout: 'section' | 'summary', ctx: Context): SlidePlan[] {
  const origin = originOf(section);
  // A slide the author cut with `---` stays as written, unless it could never fit a slide: then it is planned like a section.
  if (section.explicit && fitsAsWritten(section)) return [{ ...explicitSlide(section, parent, ctx), origin }];
  const noted = section.explicit ? explicitWithNotes(section, parent, layout, ctx) : null;
  if (noted) return noted;
  // A heading the author wrote as sentences ("Note: there are now two snaps… The desktop version is much larger…"):
  // the slides are titled by its first; its whole text opens the first slide's notes.
  const said = sentenceHeading(section.heading);
  const title = esc(said ?? section.heading, ctx);
  const continued = labels(ctx.lang).continued;
  // The first slide has the room under the heading; a later one under its own title, which takes two lines at most
  // where the heading takes more (a heading of six crates' names: the slides after it are not packed for its four lines).
  let firstRoom = bodyRoom(title);
  let room = Math.max(firstRoom, bodyRoom(`${shortHeading(title, continued)} ${continued}`));
  let units = unitsOf(section, ctx, firstRoom);
  let groups = units.length === 0 ? [[]] : packUnits(units, room, ctx.budget, firstRoom);
  const technical = section.blocks.some((b) => b.kind === 'code' || b.kind === 'math' || b.kind === 'table' || b.kind === 'list' || /\$\$|`/u.test(b.text));
  // A list of works cited names its slides by none of its authors' names nor words ("References: Bond", "References:
  // Getty", a psychology lecture's): its later slides go on with it.
  const cited = worksCited.test(visibleText(section.heading).trim());
  const titlesOf = (of: Unit[][], roomOf?: (group: Unit[]) => number): string[] =>
    slideTitles(
      of,
      title,
      ctx.options.format,
      continued,
      section.resumes === true,
      cited ? () => false : ctx.names.isName,
      ctx.names.isLabel,
      (term) => {
        const key = headingKey(term);
        return key !== headingKey(section.heading) && ctx.headings.has(key);
      },
      ctx.aboutAll,
      // (Only in a section of technical notes, with code, formulas, lists or tables: in a story or an essay, a phrase that
      // recurs, "young man", "thy call", names no topic.)
      technical && !cited ? ctx.termOf : () => null,
      ctx.lang,
      roomOf,
    );
  // A later slide's title ("Update of the state is asynchronous (cont.)") may take a line more than the
  // heading's: the slides are packed again for the room under the tallest title, so that none overflows.
  let titles: string[] | null = null;
  if (groups.length > 1) {
    titles = titlesOf(groups);
    const least = Math.min(...titles.slice(1).map(bodyRoom));
    const first = bodyRoom(titles[0] ?? title);
    // (Unless each slide fits the room under its own title: the slides of a listing named by its code, "`main`", keep the
    // room their one-line titles leave, where another slide's title, "What happens when you `fork()`? (cont.)", takes two
    // lines; packed for the tallest, a program of eleven lines had stood in parts of seven and four.)
    // (Fits as planned, with none of the room the browser's smaller type would make.)
    const eachFits = titles.every((t, i) => fitsUnder(groups[i] ?? [], bodyRoom(t), ctx.budget));
    if ((least < room || first < firstRoom) && !eachFits) {
      room = Math.min(room, least);
      firstRoom = Math.min(firstRoom, first);
      units = unitsOf(section, ctx, Math.min(room, firstRoom));
      groups = packUnits(units, room, ctx.budget, firstRoom);
      titles = null;
    }
  }
  // Later slides whose titles all take fewer lines than the room was kept for (a long heading's slides named by a short
  // term or code, "`main()`"): packed again for the room they have, where the titles of that packing fit it too (a point
  // had stood alone on a slide for want of the line its neighbour's title never took).
  if (titles !== null && groups.length > 1) {
    const least = Math.min(...titles.slice(1).map(bodyRoom));
    if (least > room) {
      const roomier = unitsOf(section, ctx, Math.min(least, firstRoom));
      const regrouped = packUnits(roomier, least, ctx.budget, firstRoom);
      const retitled = regrouped.length > 1 ? titlesOf(regrouped) : null;
      if (retitled && Math.min(...retitled.slice(1).map(bodyRoom)) >= least && bodyRoom(retitled[0] ?? title) >= firstRoom) {
        units = roomier;
        groups = regrouped;
        titles = retitled;
      }
    }
  }
  // A section that leaves its one slide mostly empty shows more of each paragraph.
  if (groups.length === 1 && units.reduce((h, u) => h + u.height, 0) < firstRoom * 0.45) {
    const detailed = blocksToUnits(ownBlocks(section), ctx.options.format, true, firstRoom);
    const regrouped = packUnits(detailed, firstRoom, ctx.budget);
    if (regrouped.length === 1) groups = regrouped;
  }
  // A heading of signs alone ("`%>%`") has no slug: its slides are "slide", "slide-2"..., never "-2".
  const base = slugify(visibleText(section.heading)) || 'slide';
  if (groups.length > 1) {
    ctx.diagnostics.push({
      severity: 'info',
      rule: 'section-split',
      message: `Section "${section.heading}" needs ${groups.length} slides`,
      file: ctx.options.file,
      place: { line: section.line, column: 1 },
    });
  }
  // The titles the slides were packed for, unless they were packed again (or never weighed: one slide).
  titles ??= titlesOf(groups);
  if (section.found && ctx.nameOf) titles = namedFromProse(groups, titles, continued, ctx.nameOf, ctx);
  const shown = groups.map((_, i) => withParentItem(groups, i, room));
  titles = underParentItem(groups, titles, title, continued);
  titles = namedInRoom(groups, shown, titles, continued, (of, roomOf) => titlesOf(of, roomOf), ctx.budget);
  const overMaxWords: Budget = { ...ctx.budget, lighter: { over: ctx.budget.maxWords, cost: 0 } };
  ctx.heavy.slides += groups.filter((g) => heavyWords(g, overMaxWords) > 0).length;
  const headingNotes = said === null ? '' : `${esc(section.heading, ctx)}\n\n`;
  return groups.map((group, i) => ({
    // A section that goes on after a box numbers its slides on from the ones before it ("introduction-13").
    id: claimId(i === 0 || section.resumes ? base : `${base}-${i + 1}`, ctx.taken),
    layout,
    title: titles[i] ?? title,
    body: withoutRepeatedTitle(bodyOf(shown[i] ?? group), titles[i] ?? title, title),
    notes: i === 0 ? `${headingNotes}${notesFor(group)}`.trim() : notesFor(group),
    section: parent,
    origin,
  }));
}

/**
 * A section found in prose without headings goes on over slides that each speak of something of their own: a slide
 * titled only as the section's continuation is named as a passage is (the name it is about, its first sentence's
 * subject, its key phrase), where that takes no more of the title's lines than the slide was packed for.
 */
function namedFromProse(groups: Unit[][], titles: string[], continued: string, nameOf: ProseNamer, ctx: Context): string[] {
  const given = new Set<string>();
  return titles.map((title, i) => {
    const group = groups[i];
    if (i === 0 || !group || !title.endsWith(` ${continued}`)) {
      given.add(title);
      return title;
    }
    // The source text of its points, once each (a paragraph shown as several points is one note).
    // (A plain text's notes are its text escaped as Markdown: read as the text it is, as the sections' names were.)
    const text = [...new Map(group.filter((u) => u.kind === 'point').map((u) => [u.noteKey, u.noteText])).values()];
    const name = nameOf(ctx.options.format === 'text' ? text.map(unescapeMarkdown) : text);
    const shown = name === null ? null : esc(name, ctx);
    const chosen = shown !== null && titleLines(shown) <= titleLines(title) && !given.has(shown) ? shown : title;
    given.add(chosen);
    return chosen;
  });
}

/** Whether a slide's units fit `room` px as planned (with none of the room the browser's smaller type would make) and its budget. */
const fitsUnder = (group: Unit[], room: number, budget: Budget): boolean => group.reduce((n, u) => n + u.height, 0) <= room && fitsOne(group, Infinity, budget);

/**
 * A slide titled only as a continuation whose points leave room under a title of two lines: named as its title would
 * name it with that room (the comment its part of a listing opens with, "Cluster based on the distance calculations",
 * a term of its own), where the heading's lines had held only "Clustering (cont.)". The slides keep their packing: a
 * title is given such room only where the slide's own points (`shown`, with the item they go on under) fit under it.
 */
function namedInRoom(
  groups: Unit[][],
  shown: Unit[][],
  titles: string[],
  continued: string,
  titlesWith: (of: Unit[][], roomOf: (group: Unit[]) => number) => string[],
  budget: Budget,
): string[] {
  // (Only the heading's continuation: "Class diagrams (cont.)", which goes on with an item's term, is named already.)
  const heading = titles[0] ?? '';
  const bare = (t: string | undefined): boolean => t === `${heading} ${continued}` || t === `${shortHeading(heading, continued)} ${continued}`;
  if (groups.length < 2 || !titles.some(bare)) return titles;
  const roomOf = (group: Unit[]): number => (fitsUnder(group, bodyRoomUnder(2), budget) ? 2 : 0);
  const wider = titlesWith(groups, roomOf);
  // (Each name once: two slides of one exercise are not both "Task — 3–5".)
  const given = new Set(titles);
  return titles.map((t, i) => {
    const w = wider[i];
    if (i === 0 || !bare(t) || w === undefined || w.endsWith(` ${continued}`) || given.has(w) || titleLines(w) > 2 || roomOf(shown[i] ?? []) < 2) return t;
    // (Nor by a point it shows, which would leave the body as its title: "**Important: your code must run to get
    // credit!**" had become the title of a slide of one point, next to one with room for it.)
    const body = bodyOf(shown[i] ?? []);
    if (withoutRepeatedTitle(body, w, heading) !== body) return t;
    given.add(w);
    return w;
  });
}

/** The first sentence of a heading of several that runs over fourteen words, without its full stop; null for any other heading. */
function sentenceHeading(heading: string): string | null {
  if (countWords(visibleText(heading)) <= 14) return null;
  const [first, ...rest] = splitSentences(heading);
  return first !== undefined && rest.length > 0 && countWords(visibleText(first)) >= 2 ? first.replace(/\.$/u, '') : null;
}

/**
 * A body that opens with its title again in bold or as a heading (a callout whose heading became the title, a folded
 * box's summary "**Check your answer**" as a point, an author's "### Pros" inside a slide, a label over a list that named
 * the slide): without that line, when more follows it.
 */
export function withoutRepeatedTitle(body: string, title: string, heading?: string): string {
  // A formula over a table that named the slide ("$\pi_\text{Name}(\text{Customer})$" under "Projection: …"), said once.
  const formula = /^(\$[^$\n]+\$)\n+(?=\S)/u.exec(body);
  if (formula?.[1] && (title === formula[1] || title.endsWith(` ${formula[1]}`))) return body.slice(formula[0].length);
  // Or as the plain label that introduced what follows ("Preemptive vs Non-Preemptive" over its list, which named the slide).
  const opening = /^(?:> \*\*(.+)\*\*\n>\n(?=> \S)|(?:- )?\*\*(.+)\*\*\n+(?=\S)|#{2,6} (.+)\n+(?=\S)|(?![-*+>#|!`$\\<\d])([^\n]{1,400})\n+(?=\S))/u.exec(body);
  // (A label's colon aside: a bold label's colon keeps it on the slide, "**Example Usage:**" under "…: Example Usage".)
  const bold = opening?.[1] ?? opening?.[2] ?? opening?.[3] ?? opening?.[4]?.replace(/\s*[:：]$/u, '');
  const same = (a: string): string => visibleText(a).trim().toLowerCase();
  // A continuation's title says it too, its label aside ("Description du code (suite)"), and so does a name under
  // its heading ("Autoboxing: Code description").
  const bare = same(title).replace(/\s*\([^()]{1,24}\)$/u, '');
  const under = heading === undefined ? '' : same(heading);
  // (The name under the heading with its own parenthesis too, "Introducing Sets: Set (Informal)".)
  const named = [same(title), bare].filter((t) => under !== '' && t.startsWith(under)).map((t) => t.slice(under.length).replace(/^\s*[:—–-]\s*/u, ''));
  const titles = [same(title), bare, ...named];
  // (But a label that is the title itself, "**Force code to be regarded as C++ code:**" under that title, is said once:
  // the slide was planned for the room it leaves, pack-units' opensAsTitle.)
  // (The slide's own title, as it shows or without its continuation's label.)
  // (Quotation marks round the whole aside: an essay's quoted objection, '"Shouldn't a programmer be able to ask for a
  // reward?"', titles its slide without them.)
  const unquoted = (text: string): string => same(text).replace(/^["“'‘«]\s*(.*?)\s*["”'’»]$/u, '$1');
  const isTitle = (text: string): boolean => [same(title), bare].includes(same(text)) || [unquoted(title), unquoted(bare)].includes(unquoted(text));
  const itself = bold !== undefined && isTitle(bold.replace(/\s*[:：]$/u, ''));
  if (opening && bold !== undefined && (titles.includes(same(bold)) || itself)) return body.slice(opening[0].length);
  // (So is one whose colon follows its bold, "**ما يحدث داخليًا**:" under that title.)
  const colonAfter = /^(?:- )?\*\*([^*\n]{1,200})\*\*[ \t]*[:：][ \t]*\n+(?=\S)/u.exec(body);
  if (colonAfter?.[1] && isTitle(colonAfter[1])) return body.slice(colonAfter[0].length);
  // A first point that is the title itself ("- Who Am I?" under "Who Am I?", the question that opens the slide and titles
  // it), said once.
  const point = /^- ([^\n]{1,400})\n+(?=\S)/u.exec(body);
  if (point?.[1] && isTitle(point[1])) return body.slice(point[0].length);
  // So is a caption in emphasis that titles it, its stop aside ("*Doc-View keyboard shortcuts.*" over its table).
  const emphasis = /^(\*|_)(?=\S)([^*_\n]{1,200}?)(?<=\S)\1\n+(?=\S)/u.exec(body);
  if (emphasis?.[2] && isTitle(emphasis[2].replace(/[.。]$/u, ''))) return body.slice(emphasis[0].length);
  // So is a box's title in bold that opens its first paragraph ("**A common mistake** When you're first learning…"
  // under "A common mistake"): the paragraph goes on without it.
  // (One run of spaces or tabs on each side of the colon: two runs round an optional mark would try every split of a long one.)
  const lead = /^(- )?\*\*([^*\n]{1,80})\*\*(?:[ \t]*[:：])?[ \t]+(?=\p{Lu}|\p{N}|\p{Lo})/u.exec(body);
  if (lead?.[2] && isTitle(lead[2])) return `${lead[1] ?? ''}${body.slice(lead[0].length)}`;
  // And a list's first item that is the title itself over the items set in under it ("- Note a few of the Python
  // features:" over its three points, under that title): its items, one level out.
  const parent = /^- (?:\*\*)?([^\n*]{1,120}?)(?:\*\*)?(?:[ \t]*[:：])?[ \t]*\n((?: {2}[^\n]*\n?|\n(?= {2}))+)/u.exec(body);
  if (!parent?.[1] || !parent[2] || !isTitle(parent[1])) return body;
  return `${parent[2].replace(/^ {2}/gmu, '')}${body.slice(parent[0].length)}`.trimEnd();
}

/**
 * A section's blocks, less a first line that only repeats its heading in bold
 * (a box titled as its section, "## Goals" over a "Goals" admonition): the
 * slide's title already says it.
 */
function ownBlocks(section: Section): Block[] {
  const first = section.blocks[0];
  const bold = first?.kind === 'paragraph' ? /^(\*\*|__)(.+)\1:?$/u.exec(first.text.trim())?.[2] : undefined;
  const same = (a: string): string => visibleText(a).trim().toLowerCase();
  return bold !== undefined && same(bold) === same(section.heading) ? section.blocks.slice(1) : section.blocks;
}

/** The units of a section's blocks (cached: the same section is weighed for merging and then planned). */
function unitsOf(section: Section, ctx: Context, room?: number): Unit[] {
  // The room only decides where code blocks split (a list item's too): a section without one has the same units at any room.
  const key =
    room !== undefined && section.blocks.some((b) => b.kind === 'code' || b.kind === 'quote' || (b.kind === 'list' && /^\s*(?:`{3,}|~{3,})/mu.test(b.text)))
      ? room
      : -1;
  const byRoom = ctx.units.get(section) ?? new Map<number, Unit[]>();
  ctx.units.set(section, byRoom);
  let units = byRoom.get(key);
  if (!units) {
    units = blocksToUnits(ownBlocks(section), ctx.options.format, false, key < 0 ? undefined : key);
    byRoom.set(key, units);
  }
  return units;
}

/**
 * A slide titled only as its section's continuation that opens with the items of an item on an earlier slide
 * (parentItem), where that item opens with a term of its own ("**Sınıf diyagramları**" over the class diagrams'
 * points): titled by that term's continuation, which says what it goes on with ("Sınıf diyagramları (devam)"), where
 * it takes no more of the title's lines. (An outline lecture's slides under its bold nodes had read "UML (Unified
 * Modeling Language) (devam)" one after another.)
 */
function underParentItem(groups: Unit[][], titles: string[], heading: string, continued: string): string[] {
  // (Only a title that is the heading's continuation, its words shortened maybe: "Levels of heterozygosity… (cont.)".)
  const ofHeading = (title: string): boolean => title.endsWith(` ${continued}`) && heading.startsWith(title.slice(0, -continued.length - 1).replace(/…$/u, ''));
  return titles.map((title, i) => {
    const lead = parentItem(groups, i)?.lead ?? null;
    if (i === 0 || lead === null || !ofHeading(title)) return title;
    const named = `${lead} ${continued}`;
    return titleLines(named) <= titleLines(title) && named !== title ? named : title;
  });
}

/** A heading as the text of a list item: "1. HW support" must not open a numbered list inside the item. */
const asItem = (heading: string): string =>
  oneLine(heading)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([-+*>#])(?=\s)/u, '\\$1');

/**
 * A heading on one line, as a list of headings shows it: the line breaks an author set in a slide's title ("Q2 – <br>
 * Désirer, est-ce<br> souffrir ?", a Marp deck's) as spaces. Each had made an agenda's item three lines, and the
 * agenda overflowed; its notes read "<br>".
 */
const oneLine = (heading: string): string => (heading.includes('<') ? heading.replace(/\s*<br\s*\/?>\s*/giu, ' ').trim() : heading);

const esc = (text: string, ctx: Context): string => (ctx.options.format === 'text' ? escapeMarkdown(text) : text);

/**
 * Slide `i`'s units, over the line of the item whose own items it opens with when that item is on an earlier slide
 * ("6. Define the allowed operations … by" over its third and fourth steps): they stay a level under it, as written,
 * rather than stand at the first level with numbers that follow nothing on the slide.
 */
function withParentItem(groups: Unit[][], i: number, room: number): Unit[] {
  const group = groups[i] ?? [];
  const parent = parentItem(groups, i);
  const head = parent?.markdown.split('\n')[0];
  const height = group.reduce((h, u) => h + u.height, 0);
  // (Where the slide has room for that line: it was planned without it. A blank line under it: a list numbered from
  // "3." cannot break into the line's paragraph, and would run on as its text.)
  // (Nor where its words would take the slide past the words a slide shows: a Korean page's "**시장실패(Market Failure)**
  // : …" over three definitions had shown 71.)
  const words = group.reduce((n, u) => n + u.words, 0) + countWords(visibleText(head ?? ''));
  if (parent && head && /^(?:-|\d+[.)]) \S/u.test(head) && height + parent.height <= room && words <= maxSlideWords)
    return [{ ...parent, markdown: `${head}\n`, noteText: '', words: 0 }, ...group];
  return group;
}

/** The item on an earlier slide whose own items (a level in) slide `i` opens with; null where it opens with none. */
function parentItem(groups: Unit[][], i: number): Unit | null {
  const group = groups[i] ?? [];
  const first = group.find((u) => u.markdown !== '');
  if (!first?.listItem || !/^ +(?:[-*+]|\d+[.)]) /u.test(first.markdown)) return null;
  for (let g = i - 1; g >= 0; g -= 1) {
    const parent = [...(groups[g] ?? [])]
      .reverse()
      .find(
        (u) =>
          u.item === true && u.block === first.block && !/^ /u.test(u.markdown) && (first.noteKey === u.noteKey || first.noteKey.startsWith(`${u.noteKey}:`)),
      );
    const head = parent?.markdown.split('\n')[0];
    // (Only items right under it, a level in: deeper ones, under an item of their own on an earlier slide, stand alone.)
    const offset = /^(?:-|\d+[.)]) /u.exec(head ?? '')?.[0].length ?? -1;
    if (parent) return (/^ */u.exec(first.markdown)?.[0].length ?? 0) === offset ? parent : null;
    // (Not past the slide the list began on: an item that opens none of the earlier ones has no parent there.)
    if (!(groups[g] ?? []).some((u) => u.block === first.block)) break;
  }
  return null;
}

// Consecutive points and list items sit in one list; anything else needs blank lines around it.
function bodyOf(group: Unit[]): string {
  let body = '';
  let previous: Unit | null = null;
  // The indentation of nested items that open the slide, their parent item on the slide before: they are shown as a
  // list of their own, with their numbers, and the items of the outer list after them as another (with theirs: in one
  // list they would be numbered on from the nested ones, "3." then "4." for the author's "2."). Outer items that are
  // still nested (a sibling of the first items' parent) are such a list again, at the margin: kept where they were
  // written, four spaces in after the list before, they would read as an indented code block.
  let orphans: number | null = null;
  // Whether an item on this slide holds what comes next: from a list's item on, up to what is at the margin.
  let held = false;
  const indentOf = (text: string): number => /^ */u.exec(text)?.[0].length ?? 0;
  for (const given of group) {
    if (given.markdown === '') continue;
    let unit = given;
    let apart = false;
    const indent = unit.listItem ? indentOf(unit.markdown) : 0;
    // What a list's item holds (its code, a part of it), with no item before it on this slide to hold it, is at the
    // margin: four spaces in, its fence would show as code. Under items that opened the slide, it moves out as they did.
    if (!unit.listItem && !(orphans !== null && previous?.listItem)) {
      orphans = null;
      const least = held
        ? 0
        : Math.min(
            ...unit.markdown
              .split('\n')
              .filter((l) => l.trim() !== '')
              .map(indentOf),
          );
      if (least > 0) unit = { ...unit, markdown: unit.markdown.replace(/^ +/gmu, (spaces) => spaces.slice(Math.min(least, spaces.length))) };
    } else if (unit.listItem && indent > 0 && !previous?.listItem) orphans = indent;
    else if (unit.listItem && orphans !== null && indent < orphans) {
      orphans = indent > 0 ? indent : null;
      // (After their code, the list has ended already.)
      apart = previous?.listItem === true;
    }
    if (orphans !== null) {
      const by = orphans;
      unit = { ...unit, markdown: unit.markdown.replace(/^ +/gmu, (spaces) => spaces.slice(Math.min(by, spaces.length))) };
    }
    // Parts of one listing that share a slide are one listing again, the blank line between them as written (a wider gap,
    // a page break's in a paginated text, is two boxes: the parts were measured as such).
    const close = /\n(`{3,}|~{3,})$/u.exec(body);
    const open = /^(`{3,}|~{3,})[^\n]*\n/u.exec(unit.markdown);
    if (previous && unit.codeGap !== undefined && unit.codeGap <= 1 && previous.block === unit.block && close && open && close[1] === open[1]) {
      body = `${body.slice(0, close.index)}\n${'\n'.repeat(unit.codeGap)}${unit.markdown.slice(open[0].length)}`;
      previous = unit;
      continue;
    }
    // (Not after a list's item's text that is no item line of its own, a caption under its picture: "*Use of the
    // identify tool…*" over "2. **Task** Copy…" ran on as one paragraph, a list from 2 breaking none.)
    const itemLine = (u: Unit): boolean => /^\s*(?:[-*+]|\d{1,9}[.)])\s/u.test(u.markdown);
    if (previous) body += apart ? '\n\n<!-- -->\n\n' : previous.listItem && unit.listItem && (itemLine(previous) || !itemLine(unit)) ? '\n' : '\n\n';
    body += unit.markdown;
    previous = unit;
    held = unit.listItem || (held && indentOf(unit.markdown) > 0);
  }
  return body;
}

/**
 * A sentence's opening words as a title, in the author's words: the sentence when short, else its first
 * clause (to the first comma, semicolon or colon) when that is three to eight words; null otherwise.
 */
export function openingClause(sentence: string): string | null {
  // Without the quotation marks it opens in ("“Not a drum was heard" has no closing one).
  const stripped = sentence
    .trim()
    .replace(/^["“‘'(]+/u, '')
    .replace(/[.!?,;:"”’')]+$/u, '');
  // (A parenthesis the sentence closes at its end stays: "My weight (lb) over time (days)".)
  const plain = (stripped.match(/\(/gu)?.length ?? 0) > (stripped.match(/\)/gu)?.length ?? 0) ? `${stripped})` : stripped;
  if (plain === '' || /[`$[<*_]/u.test(plain)) return null;
  const clause = countWords(plain) <= 8 ? plain : (/^[^,;:()]+/u.exec(plain)?.[0] ?? '').trim();
  const words = countWords(clause);
  // (Not one that points at a figure, a table or an equation, "In Fig. 4, we show…", "As Table 2 shows": where, not what.)
  const pointing = [...clause.matchAll(/(?:^|\s)([\p{L}.]+)\s*\(?\d/gu)].some((m) => referenceWord.test(m[1] ?? ''));
  return words >= 3 && words <= 8 && !pointing && !endsOnFunctionWord(clause) ? clause : null;
}

/** The text of the blocks that are prose (paragraphs, lists, quotations): what names and key phrases are read from. */
const proseOf = (blocks: Block[]): string[] =>
  blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list' || b.kind === 'quote').map((b) => (b.kind === 'quote' ? quotedProse(b.text) : b.text));

/** A quotation's lines of prose: without the tables and code it holds (an exercise's expected output). */
function quotedProse(text: string): string {
  let fence: string | null = null;
  return text
    .split('\n')
    .filter((line) => {
      const inner = line.replace(/^(?:\s*>)+\s?/u, '');
      const marker = /^\s*(`{3,}|~{3,})/u.exec(inner)?.[1];
      if (fence !== null) {
        if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return false;
      }
      if (marker !== undefined) {
        fence = marker;
        return false;
      }
      return !/^\s*\|/u.test(inner);
    })
    .join('\n');
}

/**
 * A title read from prose in a script without spaces between words ("`アプレンティス` とは…のこと。これに…"),
 * where no phrase could be told apart: its first clause, else its first words, to at most 36 characters.
 */
function shortTitle(title: string): string {
  const length = (t: string): number => [...t].length;
  if (length(title) <= 36 || (title.match(/\s/gu)?.length ?? 0) > 4) return title;
  const clause = /^[^。．、，,;；:：!?！？]+/u.exec(title)?.[0]?.trim() ?? '';
  if (length(clause) >= 2 && length(clause) <= 36) return clause;
  // (A phrase of five words a little longer, "Commencons par une vieille plaisanterie", is whole: cut to the length, it
  // had lost its noun.)
  if (clause === title && length(title) <= 44) return title;
  return leadingWords(clause || title, 36).trim() || title;
}

/**
 * Prose without headings: a section per paragraph (short ones merged), titled by the name it is
 * about in the author's spelling, else by its first sentence's subject or opening clause, else by its key phrase.
 * A long essay's sections are runs of paragraphs, about a twelfth of it each: an agenda of a
 * hundred phrases names nothing, and a section of several slides names its slides by what they cover.
 */
function sectionsFromProse(given: Block[], nameOf: ProseNamer): Section[] {
  // A paragraph longer than a slide can speak to (a page whose breaks were lost) is read as its pieces: each may open a
  // section of its own, named by what it is about.
  const blocks = longParagraphPieces(given);
  const sections: Section[] = [];
  const least = Math.max(40, blocks.reduce((n, b) => n + countWords(b.text), 0) / 12);
  let pending: Block[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    // Named from its prose; a run of code or tables alone goes on the section before it, as the code its prose introduced.
    const previous = sections[sections.length - 1];
    if (proseOf(pending).join('\n').trim() === '' && previous) {
      previous.blocks.push(...pending);
      pending = [];
      return;
    }
    sections.push({ heading: nameOf(proseOf(pending)) ?? 'Notes', level: 2, line: pending[0]?.line ?? 1, blocks: pending, found: true });
    pending = [];
  };
  // Words of the pending paragraphs, counted as they come (a sum over them all at each one was quadratic).
  let words = 0;
  blocks.forEach((block, i) => {
    pending.push(block);
    words += countWords(block.text);
    // (Never between a sentence that leads into what follows and what it introduces: "Assign this to a variable `bag`:"
    // over its code had ended one section, the code opening the next, and the sentence was no lead-in on either.)
    const next = blocks[i + 1];
    const leadsIn = block.kind === 'paragraph' && next !== undefined && next.kind !== 'paragraph' && introduces(block.text, next);
    if (words >= least && !leadsIn) {
      flush();
      words = 0;
    }
  });
  flush();
  return sections;
}

/**
 * What names a passage of prose without headings (its paragraphs' text): the name it is about in the author's spelling,
 * else its first sentence's subject or opening clause, else its key phrase; a name no earlier passage took. Null for a
 * passage of no words. The namer keeps the names it gave.
 */
type ProseNamer = (paragraphs: string[]) => string | null;

/**
 * A phrase taken from inside a sentence without the strong emphasis it cut in two: a marker left without its partner
 * would show as written ("Average i**n Data", from "Average i**n Data you Have** Brain Weight"). Paired markers stay.
 */
export function pairedStrong(phrase: string): string {
  let out = phrase;
  for (const marker of ['**', '__']) {
    const at = [...out.matchAll(marker === '**' ? /(?<!\\)\*\*/gu : /(?<!\\)__/gu)].length;
    if (at % 2 === 1) out = out.split(marker).join('');
  }
  return out;
}

/**
 * A sentence's first words as a name for what it opens (up to six, to its first comma or colon), ending on none of the
 * words of grammar ("La curiosité des enfants pour les" -> "La curiosité des enfants"); null where fewer than two are
 * left, or they hold code, a link, a formula or emphasis.
 */
/** Words that open a sentence going on from the one before ("Mais même si…", "En effet"), in the labels' other languages. */
const linking =
  /^(?:mais|si|donc|car|or|et|ou|alors|ainsi|pourtant|cependant|en effet|enfin|puis|pero|y|o|sino|aunque|entonces|aber|und|oder|wenn|doch|also|dann|ma|e|se|quindi|però|mas|então)\b/iu;

function openingWordsOf(sentence: string): string | null {
  const clause = (/^[^,;:()。，；：]+/u.exec(sentence.trim())?.[0] ?? '').replace(/[.!?…]+$/u, '').trim();
  const words = clause.split(/\s+/u).slice(0, 6);
  while (words.length > 2 && endsOnFunctionWord(words.join(' '))) words.pop();
  const phrase = words.join(' ');
  return words.length >= 2 && !endsOnFunctionWord(phrase) && !linking.test(phrase) && !/[`$[\]<*_]/u.test(phrase) && /^[\p{Lu}\p{N}"“«]/u.test(phrase)
    ? phrase
    : null;
}

function proseNamer(proseText: string, names: Names, lang: string): ProseNamer {
  const frequencies = wordFrequencies(proseText);
  const english = /^en\b/iu.test(lang);
  // Where the author's sentences start: at a paragraph's start or after a full stop (a line wrapped in the middle of one is no start).
  const unwrapped = proseText.replace(/\n(?![ \t]*\n)/gu, ' ');
  const taken = new Set<string>();
  return (paragraphs) => {
    const text = paragraphs.join('\n');
    if (text.trim() === '') return null;
    // The name it is about ("Interleaf", "Rich Draves"), used twice in a long passage; else its key phrase.
    // (Not a word of code: "`True`", "`myPoint = Cartesian 1.0 1.0`" are the program's, no name the passage is about, and a
    // phrase cut inside one would show its backtick alone.)
    // (Nor an HTML tag, whose half a phrase cut after it showed: "priori</i> probability".)
    const words = text.replace(/(`+)[^`\n]+?\1/gu, ' · ').replace(/<\/?[a-z][a-z0-9]*\b[^<>]*>/giu, ' ');
    const name = namePhrase(words, names, countWords(text) >= 150 ? 2 : 1, taken);
    // Else the subject its first sentence names ("The poorer tenants have..."), else its key phrase.
    // (A passage that opens with a list opens with its first item's words, not its marker: "- For taking away our charters".)
    const first = splitSentences(joinLines(paragraphs[0] ?? '').replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, ''))[0] ?? '';
    const subject = name ? null : subjectOf(first, lang);
    const opening = name || subject ? null : openingClause(first);
    // Chinese and Japanese have no spaces between words: a key phrase would be a whole paragraph. A passage is named by the
    // opening of its first sentence that no other passage took, else of its first.
    const eastAsian = (): string | null => {
      if (eastAsianOpening(first) === null) return null;
      const openings = splitSentences(joinLines(text))
        .map(eastAsianOpening)
        .filter((o): o is string => o !== null);
      return openings.find((o) => !taken.has(o)) ?? openings[0] ?? null;
    };
    const named = name ?? (subject && !taken.has(subject) ? subject : null) ?? (opening && !taken.has(opening) ? opening : null) ?? eastAsian();
    // (A key phrase is read with English's words of grammar: in another language it ends on a verb or an adjective whose
    // noun it leaves behind, "Commencons par une vieille", "L'ouverture d'esprit amènent": no name, and none is given.)
    // Its first sentence's opening words stand in for it there ("La curiosité des enfants").
    const lead = named === null && !english ? openingWordsOf(first) : null;
    const phrase = named ?? (english ? keyPhrase(words, frequencies, taken) : lead !== null && !taken.has(lead) ? lead : null);
    if (phrase === null) return null;
    // Without the dash or comma that led its sentence on into a quotation ("So I would say,--").
    const heading = pairedStrong(shortTitle(phrase.replace(/[\s,;:]*(?:--|[—–])$/u, '') || phrase));
    taken.add(heading);
    // A key phrase, taken from inside sentences, opens with a capital as a title does ("Decide right"), unless its first word is one
    // the author writes in lower case even where a sentence starts ("npm updates…"); the author's own sentence openings stay as written.
    // (A "word" of more than forty letters is no word: left as it is, and no pattern is built from it.)
    const lower = /^\p{Ll}[\p{Ll}'’-]{0,39}(?=\s|$)/u.exec(heading)?.[0];
    const lowerName = lower !== undefined && new RegExp(`(?:^|[.!?]\\s+)${lower}\\b`, 'mu').test(unwrapped);
    return named === null && lower !== undefined && !lowerName ? capitalised(heading) : heading;
  };
}

function byline(meta: DeckMeta): string {
  return [meta.author, meta.date]
    .filter((v): v is string => Boolean(v))
    .map(escapeMarkdown)
    .join(' · ');
}

/** The top level the document actually uses: its parts when it has several, else its parts and sections. */
function topLevel(sections: Section[]): Section[] {
  const parts = sections.filter((s) => s.level === 1 && !s.resumes);
  if (parts.length >= 2) return parts;
  // One part after sections of the level under it (a README's "##" sections, then "Redis internals" over its own
  // "##" files): the sections before it, then the part, which lists its own.
  const part = parts[0];
  if (part !== undefined && sections.indexOf(part) > 0) {
    const at = sections.indexOf(part);
    return sections.filter((s, k) => !s.resumes && (s === part || (k < at && s.level === 2)));
  }
  const top = sections.filter((s) => s.level <= 2 && !s.resumes);
  // One section over all the others, a level or more under it (a lecture's "## Learning Outcome" over its "###" topics,
  // the author's nesting slip): the agenda lists it and the topics under it.
  const only = top[0];
  if (top.length === 1 && only !== undefined) {
    const under = sections.filter((s) => s.level > only.level && !s.resumes);
    const next = Math.min(...under.map((s) => s.level));
    const topics = under.filter((s) => s.level === next);
    // (Topics before it are no topics of it: an essay's "### Volts" … "### Lithium-ion batteries", then "## New
    // technologies" over its own. They come first, then the part, which lists its own on its divider; listed after it,
    // they had come after it in the agenda too.)
    const before = topics.filter((s) => sections.indexOf(s) < sections.indexOf(only));
    if (before.length > 0) return [...before, only];
    if (topics.length >= 2) return [only, ...topics];
  }
  return top;
}

/**
 * Whether the document's title is only the heading of its first part ("# Summary" of a README of several `#` parts):
 * then a logo that names the project names the deck better.
 */
const partTitle = (model: DocumentModel): boolean =>
  model.title !== null && model.sections[0] !== undefined && visibleText(model.sections[0].heading).trim() === visibleText(model.title).trim();

/** The opening's cover (coverOf) where the deck takes its title from it: no title given, found in the document or by a logo. */
function coverFor(model: DocumentModel, options: PlanOptions, intro: Block[]): ReturnType<typeof coverOf> {
  if (options.title || model.title !== null || titleFromLogo(intro, options.fileName) !== null || titleFromLogo(model.intro, options.fileName) !== null)
    return null;
  return coverOf(intro);
}

function metaFor(model: DocumentModel, options: PlanOptions, intro: Block[], documentText: string, cover: ReturnType<typeof coverOf>): DeckMeta {
  // (The document's own opening where planning made it a section: bat's README, its logo over "### Syntax highlighting".)
  const logo = titleFromLogo(intro, options.fileName) ?? titleFromLogo(model.intro, options.fileName);
  // (A cover written as lines names the deck where nothing else does: coverFor.)
  // (A subtitle that only repeats the author the title slide names, "## David Orme" on a reveal-md cover under an
  // `author: David Orme` field, is said once.)
  const author = options.author ?? model.author;
  const subtitle = model.subtitle ?? (cover ? cover.subtitle : subtitleFromIntro(intro));
  return {
    title:
      options.title ??
      (partTitle(model) && logo !== null ? logo : model.title) ??
      logo ??
      cover?.title ??
      titleFromIntro(intro) ??
      titleFromFileName(options.fileName),
    subtitle: subtitle !== null && author !== null && sameText(subtitle, author) ? null : subtitle,
    author,
    date: options.date ?? model.date ?? cover?.date ?? null,
    theme: options.theme ?? 'light',
    lang: model.lang ?? options.lang ?? detectLanguage(documentText),
    subject: model.subject ?? null,
    keywords: model.keywords ?? [],
    source: options.source ?? null,
    ...(model.macros && model.macros.length > 0 ? { macros: model.macros } : {}),
    ...(options.duration ? { duration: options.duration, ...(options.wpm ? { wpm: options.wpm } : {}) } : {}),
  };
}

/** Words no agenda page goes beyond, as no slide does (presenters' rule of thumb: about 60). */
const agendaWords = 60;

/**
 * Height an agenda page of these headings takes, as the theme sets it: one column up to six topics, two balanced
 * columns from seven, each topic its lines and a gap under it, numbered in a margin of 2em.
 */
function agendaHeight(headings: string[]): number {
  const g = slideGeometry;
  const two = headings.length >= 7;
  const full = g.width / g.bodySize;
  const width = (two ? (full - 2.2) / 2 : full) - 2;
  const heights = headings.map((h) => wrappedLines(visibleText(h), width) * g.bodyLine + 0.7 * g.bodySize);
  const total = heights.reduce((a, b) => a + b, 0);
  return two ? total / 2 + Math.max(...heights) / 2 : total;
}

/**
 * Topics a page of the agenda lists: at most the budget's, and as many on each page as its room takes (long
 * headings, "Step 3: Check for discontinuity in running variable around cutpoint" or a FAQ's questions, fewer).
 */
function agendaPerPage(top: Section[], ctx: Context): number {
  const headings = agendaHeadings(top, ctx);
  const words = headings.map((h) => countWords(visibleText(h)));
  const room = bodyRoom(labels(ctx.lang).agenda);
  const fits = (per: number): boolean => {
    for (let at = 0; at < headings.length; at += per) {
      if (agendaHeight(headings.slice(at, at + per)) > room) return false;
      if (words.slice(at, at + per).reduce((n, w) => n + w, 0) > agendaWords) return false;
    }
    return true;
  };
  for (let pages = Math.ceil(top.length / ctx.budget.agendaItems); ; pages += 1) {
    const per = Math.ceil(top.length / pages);
    if (per <= 1 || fits(per)) return per;
  }
}

/**
 * Sub-sections whose heading the document gives again under other headings ("Tasks of the Day" under each of "Monday" to
 * "Friday", "Exercises" under each chapter): titled with the heading they are under ("Monday: Tasks of the Day"), so
 * that the slides of one are not taken for another's. Where that is short enough for a title; the others as they are.
 */
function repeatedUnder(sections: Section[]): Map<Section, string> {
  const under = new Map<Section, Section>();
  const open: Section[] = [];
  for (const s of sections) {
    while (open.length > 0 && (open[open.length - 1] as Section).level >= s.level) open.pop();
    const up = open[open.length - 1];
    if (up !== undefined && s.level >= 3) under.set(s, up);
    open.push(s);
  }
  // Each heading's parents, and how often it stands under each: one that comes again under one parent (five "Example"s
  // after the loops they show) is told apart by no parent's name.
  const parents = new Map<string, Map<Section, number>>();
  for (const [s, up] of under) {
    const key = headingKey(s.heading);
    const counts = parents.get(key) ?? new Map<Section, number>();
    parents.set(key, counts.set(up, (counts.get(up) ?? 0) + 1));
  }
  const named = new Map<Section, string>();
  for (const [s, up] of under) {
    const counts = parents.get(headingKey(s.heading));
    if (counts === undefined || counts.size < 2 || [...counts.values()].some((n) => n > 1)) continue;
    // (Not under a heading of its own words, "#### istream" under "### istream": "istream: istream" says it twice.)
    if (sameText(up.heading, s.heading)) continue;
    const title = `${up.heading}${joiner(up.heading)} ${s.heading}`;
    if (visibleText(title).length <= 60) named.set(s, title);
  }
  return named;
}

/**
 * Agenda pages (their bodies are written once the sections are planned); an agenda needs two topics, and takes three
 * pages at most: more topics than that (a FAQ's 29 questions took eleven pages) are no overview to talk through, so the
 * deck goes from its title to its first topic.
 */
function agendaSlides(top: Section[], ctx: Context): SlidePlan[] {
  if (top.length < 2) return [];
  const per = agendaPerPage(top, ctx);
  const pages = Math.ceil(top.length / per);
  if (pages > maxAgendaPages) return [];
  const words = labels(ctx.lang);
  return Array.from({ length: pages }, (_, page) => ({
    id: claimId(page === 0 ? 'agenda' : `agenda-${page + 1}`, ctx.taken),
    layout: 'agenda' as const,
    title: page === 0 ? words.agenda : `${words.agenda} ${words.continued}`,
    body: '',
    notes: agendaHeadings(top, ctx)
      .slice(page * per, (page + 1) * per)
      .join('; '),
    section: null,
  }));
}

const maxAgendaPages = 3;

/** The one sub-section of section `i`, with text and none of its own; null when it has more, or none. */
function onlyChild(sections: Section[], i: number): Section | null {
  const section = sections[i] as Section;
  const child = sections[i + 1];
  const after = sections[i + 2];
  if (!child || child.level !== section.level + 1 || child.blocks.length === 0 || child.explicit) return null;
  return after === undefined || after.level <= section.level ? child : null;
}

/** A heading with nothing under it but sub-sections opens a part of the talk: a divider listing them. */
function dividerSlide(sections: Section[], i: number, parent: string, ctx: Context): SlidePlan {
  const section = sections[i] as Section;
  return {
    id: claimId(slugify(visibleText(section.heading)), ctx.taken),
    layout: 'divider',
    title: esc(section.heading, ctx),
    body: childHeadings(sections, i, roomWords(ctx.budget))
      .map((c) => `- ${asItem(esc(c, ctx))}`)
      .join('\n'),
    notes: '',
    section: parent || section.heading,
    origin: originOf(section),
  };
}

/**
 * The headings of a section's direct sub-sections: at most twelve (two columns of six on a divider; eight left a README's
 * "Installation" listing eight of its twelve ways as if they were all), and (where `maxWords` is given) as many as fit in
 * that many words. A heading that shows nothing ("## &nbsp;", a slide of a picture alone) is none; one that repeats
 * the heading before it (a topic over two slides) is said once.
 */
function childHeadings(sections: Section[], i: number, maxWords = Number.POSITIVE_INFINITY): string[] {
  const section = sections[i] as Section;
  const children: string[] = [];
  let words = 0;
  for (const next of sections.slice(i + 1)) {
    if (next.level <= section.level || children.length === 12) break;
    if (next.level !== section.level + 1) continue;
    const shown = shownHeading(next.heading);
    if (shown === '' || shown === shownHeading(children[children.length - 1] ?? '')) continue;
    // A heading written as sentences is listed as its slides are titled: by its first.
    const named = sentenceHeading(next.heading) ?? next.heading;
    words += countWords(visibleText(named));
    if (words > maxWords) break;
    children.push(named);
  }
  return children;
}

/**
 * A section that says one short thing before its sub-sections: its slide
 * shows that line and, under it, the sub-sections that follow (their
 * headings, in order), instead of a slide with one short point.
 */
function withOverview(own: SlidePlan[], sections: Section[], i: number, ctx: Context, fill = 0.9): SlidePlan[] {
  const only = own[0];
  const point = only && own.length === 1 ? /^- ([^\n]+)$/u.exec(only.body)?.[1] : undefined;
  // The line and the headings within the words a slide holds.
  const children = point === undefined ? [] : childHeadings(sections, i, roomWords(ctx.budget) - countWords(visibleText(point)));
  if (!only || point === undefined || countWords(visibleText(point)) > 20 || children.length < 2) return own;
  const items = children.map((c) => `- ${asItem(esc(c, ctx))}`);
  const body = `${point}\n\n${items.join('\n')}`;
  const lead = proseLines(point) * slideGeometry.bodyLine + slideGeometry.blockGap;
  // Only when the line and the headings fit the slide as they are (a long list of sub-sections stays off it).
  const height = lead + items.reduce((h, item) => h + proseLines(item) * slideGeometry.bodyLine + slideGeometry.itemGap, 0);
  if (height <= bodyRoom(only.title) * fill) return [{ ...only, body }];
  // Six sub-sections or more: a divider lists them in two columns, under the line (a part's one-line opening,
  // "Clients send a request line first", over its nine methods), rather than leave that line alone on a slide.
  const columns = lead + Math.ceil(items.length / 2) * (slideGeometry.bodyLine + slideGeometry.itemGap);
  if (items.length < 6 || columns > bodyRoom(only.title) * 0.75) return own;
  return [{ ...only, layout: 'divider', body }];
}

/**
 * Short sub-sections (a line or two each) that fit on one slide together:
 * one slide, each sub-section a point led by its own heading, instead of a
 * run of near-empty slides. Null when they do not fit.
 */
function mergeSections(children: Section[], title: string, id: string, origin: Section, parent: string, ctx: Context, firstIsTitle = false): SlidePlan | null {
  // (A later section under the same heading as the first, a talk's "## Analogie" over slide after slide, goes on under its title.)
  const titled = (c: Section, k: number): boolean => firstIsTitle && (k === 0 || visibleText(c.heading) === visibleText(children[0]?.heading ?? ''));
  const parts = children.map((c, k) => ({ heading: titled(c, k) ? '' : esc(sentenceHeading(c.heading) ?? c.heading, ctx), units: unitsOf(c, ctx) }));
  const units = parts.flatMap((p) => p.units).filter((u) => u.markdown !== '');
  // A sub-section of one short point reads on one line after its heading; others list their points under it.
  const inline = (p: (typeof parts)[number]): string | null => {
    const shown = p.units.filter((u) => u.markdown !== '');
    const only = shown[0];
    return shown.length === 1 && only && /^(?:-|\d+[.)]) [^\n]+$/u.test(only.markdown) ? only.markdown.replace(/^(?:-|\d+[.)]) /u, '') : null;
  };
  const height = parts.reduce((n, p) => {
    const one = inline(p);
    if (one !== null) return n + proseLines(`${p.heading}: ${one}`) * slideGeometry.bodyLine + slideGeometry.itemGap;
    // Code is as tall as it is; a point's line is set a little smaller under its heading.
    return n + slideGeometry.bodyLine + slideGeometry.itemGap * 0.5 + p.units.reduce((h, u) => h + u.height * (isCode(u) ? 1 : 0.8), 0);
  }, 0);
  const words = parts.reduce((n, p) => n + countWords(p.heading) + p.units.reduce((w, u) => w + u.words, 0), 0);
  if (
    height > bodyRoom(title) * safety ||
    words > roomWords(ctx.budget) ||
    units.length + parts.length > ctx.budget.maxPoints + 3 ||
    // A short listing may share the slide (a cheat sheet's "Typical types" and "Other types"), and so may a quotation (a
    // workshop's "Time: 6 minutes" over the instructor's "> Suggestion: …"); a picture, a table or a formula keeps a
    // slide of its own, and so does code that goes on over parts.
    units.some((u) => u.kind === 'visual' && !isQuote(u) && (!isCode(u) || !u.noteKey.endsWith(':0'))) ||
    units.filter(isCode).length > 3
  )
    return null;
  const body = mergedBody(parts, inline);
  const notes = parts.map((p) => (p.heading === '' ? notesFor(p.units) : `${inBold(p.heading)}\n\n${notesFor(p.units)}`)).join('\n\n');
  return { id: claimId(id, ctx.taken), layout: 'section', title, body, notes, section: parent, origin: originOf(origin) };
}

/** The body of a slide of merged sub-sections: each heading in bold over its points, or before its one point on the same line. */
function mergedBody(parts: { heading: string; units: Unit[] }[], inline: (part: { heading: string; units: Unit[] }) => string | null): string {
  return parts
    .map((p) => {
      // The section that titles the slide shows its own points as they are.
      if (p.heading === '')
        return p.units
          .filter((u) => u.markdown !== '')
          .map((u) => u.markdown)
          .join('\n');
      const one = inline(p);
      if (one !== null) return `- ${inBold(asItem(p.heading))}: ${one}`;
      // (A paragraph after the items or a paragraph before it is one of its own, a blank line apart: else Markdown runs it
      // on in the last item, "Already used: **tidyverse** As per usual, run the following code chunk…".)
      const shown = p.units.filter((u) => u.markdown !== '');
      return [
        `- ${inBold(asItem(p.heading))}`,
        ...shown.flatMap((u, k) => [
          ...(k > 0 && u.kind === 'point' && !u.listItem ? [''] : []),
          ...u.markdown.split('\n').map((l) => (l.trim() === '' ? '' : `  ${l}`)),
        ]),
      ].join('\n');
    })
    .join('\n');
}

/** A heading with nothing of its own whose sub-sections are all short: one slide titled by the heading. */
function mergedChildren(sections: Section[], i: number, parent: string, ctx: Context): { slide: SlidePlan; skip: number } | null {
  const section = sections[i] as Section;
  const children: Section[] = [];
  for (const next of sections.slice(i + 1)) {
    if (next.level <= section.level) break;
    if (next.level !== section.level + 1 || next.blocks.length === 0 || next.explicit) return null;
    children.push(next);
  }
  if (children.length === 0) return null;
  const slide = mergeSections(children, esc(section.heading, ctx), slugify(visibleText(section.heading)), section, parent || section.heading, ctx);
  return slide ? { slide, skip: children.length } : null;
}

/**
 * A run of short sections (a line or two each, no code or pictures): one
 * slide. Siblings are titled by their headings together when that is short;
 * a short section followed by its short sub-sections keeps its own heading,
 * its own points first. Sections of the top level are never folded into
 * another's slide (the agenda links to them).
 */
function mergedRun(sections: Section[], i: number, parent: string, ctx: Context, partial = false): { slide: SlidePlan; skip: number } | null {
  const first = sections[i] as Section;
  const tiny = (k: number): boolean => {
    const s = sections[k];
    // Text that goes on after a box is not folded into the box's slide.
    if (s === undefined || s.explicit || (s.resumes && s !== first)) return false;
    // A heading with nothing under it (what it held was the site's, kept out) joins a run as an item, unless sub-sections follow it.
    if (s.blocks.length === 0) return (sections[k + 1]?.level ?? 0) <= s.level;
    const units = unitsOf(s, ctx);
    // (A short quotation reads as a point: "### 13. Q&A" over "> Participants ask questions." So does one command of a
    // line or two: a README's "### Homebrew" over "You can install with Homebrew." and `brew install procs`.)
    const command = (u: Unit): boolean => isCode(u) && u.noteKey.endsWith(':0') && u.markdown.split('\n').length <= 4;
    return (
      units.every((u) => u.kind === 'point' || isQuote(u) || command(u)) &&
      units.filter(isCode).length <= 1 &&
      units.reduce((h, u) => h + u.height, 0) < bodyRoom(esc(s.heading, ctx)) * 0.35
    );
  };
  // A leaf sibling that may join a run: a section of the same level, with text, no sub-sections and no explicit break.
  const sibling = (k: number): boolean => {
    const s = sections[k];
    return s !== undefined && !s.explicit && s.blocks.length > 0 && s.level === first.level && first.level >= 3 && (sections[k + 1]?.level ?? 0) <= s.level;
  };
  // A section with room takes in the short sibling after it: one short point alone on a slide beside one with room is a lonely slide.
  // (So does a section with its one sub-section, a short one: a Turkish handout's "### 2. Preemptive" over its "#### 📌 Örnek"
  // of one point.)
  // (Either of the two short, where the slide holds both: mergeSections says.)
  const onlyChild =
    (sections[i + 1]?.level ?? 0) > first.level &&
    (sections[i + 2]?.level ?? 0) <= first.level &&
    !first.explicit &&
    sections[i + 1]?.explicit !== true &&
    (sections[i + 1]?.blocks.length ?? 0) > 0 &&
    // (A sub-section under a heading of a sentence or more, "### Note: there are now two snaps available…", keeps a
    // slide titled by it.)
    countWords(visibleText(sections[i + 1]?.heading ?? '')) <= 8 &&
    (tiny(i) || tiny(i + 1));
  if (!tiny(i) && !(sibling(i) && sibling(i + 1) && tiny(i + 1)) && !onlyChild) return null;
  let end = i + 1;
  while (end < sections.length && (sections[end]?.level ?? 0) >= Math.max(3, first.level) && tiny(end)) end += 1;
  if (onlyChild) end = Math.max(end, i + 2);
  // And a run of short sections takes in the sibling after it, when the slide holds it (mergeSections says).
  if (tiny(i) && end < sections.length && sibling(i) && sibling(end)) end += 1;
  // A section with sub-sections folds them in only all together, or not at all (they may share a slide of their own).
  let subtree = i + 1;
  while (subtree < sections.length && (sections[subtree]?.level ?? 0) > first.level) subtree += 1;
  // (Unless it is `partial`: a short section with a line alone, and no overview of its sub-sections, takes in the short ones
  // that open them: "## 6. Case Study" of one sentence over "### Setup" of one, then "### Denoiser Architecture" with code.)
  for (let stop = end; stop - i >= 2; stop -= 1) {
    const run = sections.slice(i, stop);
    const siblings = run.every((s) => s.level === first.level);
    if (!siblings && stop < subtree && !partial) continue;
    if (partial && siblings) continue;
    const joined = run.map((s) => visibleText(esc(s.heading, ctx))).join(' · ');
    // Sections under one heading ("Analogie", "Analogie") are titled by it once, not "Analogie · Analogie".
    const same = run.every((s) => visibleText(s.heading) === visibleText(first.heading));
    const together = siblings && !same && joined.length <= 48;
    const title = together ? run.map((s) => esc(s.heading, ctx)).join(' · ') : esc(first.heading, ctx);
    // Titled by the first section alone, its points come first as they are (its heading is the title, not an item).
    const slide = mergeSections(run, title, slugify(visibleText(first.heading)), first, parent || first.heading, ctx, !together);
    if (slide) return { slide, skip: run.length - 1 };
  }
  return null;
}

/** The closing slide: the author's summary, else a recap of the top-level topics (none for a one-topic talk). */
function summarySlides(model: DocumentModel, top: Section[], ctx: Context): SlidePlan[] {
  const words = labels(ctx.lang);
  if (model.summary.length > 0) {
    const heading = model.summaryTitle ?? words.summary;
    return sectionSlides({ heading, level: 2, line: model.summary[0]?.line ?? 1, blocks: model.summary }, heading, 'summary', ctx);
  }
  // No recap for a one-topic talk, nor beside the author's own summary section, nor after slides the author cut
  // (a Marp or Slidev deck ends where its author ended it).
  if (top.length < 2 || top.some((s) => summaryHeading.test(visibleText(s.heading).trim())) || top.every((s) => s.explicit)) return [];
  // As many topics as a slide's words allow (long headings, a FAQ's questions, fill it sooner), one at least.
  const recap: string[] = [];
  let shown = 0;
  for (const s of top.slice(0, ctx.budget.maxPoints)) {
    const item = `- ${inBold(asItem(esc(s.heading, ctx)))}`;
    shown += countWords(visibleText(item));
    if (recap.length > 0 && shown > roomWords(ctx.budget)) break;
    recap.push(item);
  }
  return [
    {
      id: claimId('summary', ctx.taken),
      layout: 'summary',
      title: words.summary,
      body: recap.join('\n'),
      notes: top.map((s) => esc(s.heading, ctx)).join('; '),
      section: words.summary,
    },
  ];
}

/** The document's table of contents, as written, at the end of the agenda's notes (the title's when there is no agenda). */
function withContentsNotes(opening: SlidePlan[], contents: Section[], ctx: Context): SlidePlan[] {
  if (contents.length === 0) return opening;
  const at = opening.findIndex((s) => s.layout === 'agenda');
  const target = at >= 0 ? at : 0;
  // A plain-text document's lines are text, not Markdown (its laid-out blocks are fenced already).
  const asNotes = (b: Block): string => (b.kind === 'code' || ctx.options.format !== 'text' ? b.text : escapeMarkdown(b.text));
  const text = contents.map((s) => [inBold(esc(s.heading, ctx)), ...s.blocks.map(asNotes)].join('\n\n')).join('\n\n');
  return opening.map((s, i) => (i === target ? { ...s, notes: s.notes === '' ? text : `${s.notes}\n\n${text}` } : s));
}

/**
 * The sections to plan: the document's own, or, for prose without headings (or a long opening before its
 * first heading), sections found in it (the intro is then spent).
 */
function sectionsToPlan(
  model: DocumentModel,
  options: PlanOptions,
): { intro: Block[]; sections: Section[]; documentText: string; names: Names; nameOf?: ProseNamer } {
  const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary];
  const documentText = blocks.map((b) => b.text).join('\n');
  // The names and key phrases the author writes about are in the prose: a table's cells ("DR-3", "MSK-4") and code name nothing.
  const proseText = proseOf(blocks).join('\n');
  const names = documentNames(proseText);
  // The document's language, found once where a branch needs it.
  let found: string | undefined;
  const lang = (): string => (found ??= model.lang ?? options.lang ?? detectLanguage(documentText));
  if (model.sections.length === 0) {
    const nameOf = proseNamer(proseText, names, lang());
    return { intro: [], sections: sectionsFromProse(model.intro, nameOf), documentText, names, nameOf };
  }
  // An essay whose only heading comes at its end ("Notes"): its long opening is prose without headings too.
  const proseIntro = model.intro.length >= 8 && model.intro.filter((b) => b.kind === 'paragraph').reduce((n, b) => n + countWords(b.text), 0) >= 1000;
  if (proseIntro) {
    const nameOf = proseNamer(proseText, names, lang());
    const found = sectionsFromProse(model.intro, nameOf);
    // Before two or more sections of the author's, the passages found are parts of one introduction: the agenda lists
    // the author's sections and the introduction, not the key phrase of each passage.
    const top = Math.min(...model.sections.map((s) => s.level));
    if (model.sections.filter((s) => s.level === top).length < 2 || top >= 6)
      return { intro: [], sections: [...found, ...model.sections], documentText, names, nameOf };
    const label = labels(lang()).introduction;
    const parts = found.map((s) => ({ ...s, level: top + 1 }));
    return {
      intro: [],
      sections: [{ heading: label, level: top, line: parts[0]?.line ?? 1, blocks: [] }, ...parts, ...model.sections],
      documentText,
      names,
      nameOf,
    };
  }
  // Sections before the first of the top level, all of them deeper (an outline's topics before its first part, "###"
  // sections before the first "##"): an introduction, a part of its own, so that the agenda lists it too. (Not slides
  // the author cut, a Marp deck's "## Agenda", "## What is Unit Testing?"… before its first "#" part: a divider the
  // author never wrote, and a recap after the author's own conclusion, had come with it.)
  const top = Math.min(...model.sections.map((s) => s.level));
  const first = model.sections.findIndex((s) => s.level === top);
  if (first >= 2 && model.sections.filter((s) => s.level === top).length >= 2 && !model.sections.slice(0, first).every((s) => s.explicit)) {
    const label = labels(lang()).introduction;
    // The opening text, where it takes slides of its own, is that introduction's own: its slides come after the part's
    // divider and before its sections, not ahead of the divider under the deck's title.
    const own = introTakesSlides(model.intro) ? model.intro : [];
    const opening = { heading: label, level: top, line: model.intro[0]?.line ?? model.sections[0]?.line ?? 1, blocks: own };
    return { intro: own.length > 0 ? [] : model.intro, sections: [opening, ...model.sections], documentText, names };
  }
  return { intro: model.intro, sections: model.sections, documentText, names };
}

/**
 * A short code block of imports (the lines that name no listing, `importLine`), R's `library()` calls, settings, comments
 * and a notebook's magics only: a notebook's setup cell.
 */
function setupCode(block: Block): boolean {
  if (block.kind !== 'code') return false;
  const lines = block.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^(?:`{3,}|~{3,})/u.test(l));
  const setting = /^(?:#|%|!pip\b|library\(|require\(|suppressPackageStartupMessages\(|options\(|set\.seed\(|plt\.style\.use\(|warnings\.filterwarnings\()/u;
  return lines.length > 0 && lines.length <= 8 && lines.every((l) => importLine.test(l) || setting.test(l));
}

/** Whether a document's opening text takes slides of its own: more than a paragraph, or a long one; else it is the title slide's notes. */
function introTakesSlides(intro: Block[], byline: string | null = bylineOf(intro)): boolean {
  // A byline under the title (a date, the author's name) is said on the title slide.
  if (byline !== null) return false;
  // Nor does an opening of notes alone (the site's links to the page in another language or back to the home page, a
  // README's sponsor banner): a slide of it would show nothing.
  if (intro.length > 0 && intro.every((b) => b.folded === true)) return false;
  // Nor a notebook's setup cell alone ("%config InlineBackend…" over "from pylab import *"): imports show nothing.
  if (intro.length > 0 && intro.every(setupCode)) return false;
  return intro.length > 1 || intro.some((b) => b.kind !== 'paragraph') || intro.reduce((n, b) => n + countWords(b.text), 0) > 120;
}

/** The title slide, with the intro's byline (bylineOf) under its subtitle; the intro goes to its notes unless it is a slide of its own. */
function titleSlide(meta: DeckMeta, intro: Block[], introAsSlide: boolean, introByline: string | null, ctx: Context): SlidePlan {
  return {
    id: claimId('title', ctx.taken),
    layout: 'title',
    title: esc(meta.title, ctx),
    body: [meta.subtitle ? esc(meta.subtitle, ctx) : '', byline(meta), introAsSlide ? '' : escapeMarkdown(introByline ?? '')].filter(Boolean).join('\n\n'),
    notes: introAsSlide ? '' : blocksText(intro, ctx.options.format),
    section: null,
  };
}

/**
 * The author's cover of a deck they cut into slides: its first slide, titled by the deck's title, that shows what a
 * title slide shows (a few lines, a picture, no list, code or table) and fits as written; null for any other deck.
 */
function authorsCover(sections: Section[], title: string, intro: Block[]): Section | null {
  const first = sections[0];
  if (!first?.explicit || sections.length < 2 || !sections.every((s) => s.explicit) || intro.some((b) => b.folded !== true)) return null;
  if (visibleText(first.heading).trim().toLowerCase() !== visibleText(title).trim().toLowerCase()) return null;
  const { shown } = splitAtNotes(first.blocks);
  const words = shown.reduce((n, b) => n + countWords(visibleText(b.text)), 0);
  return shown.length > 0 && words <= 40 && shown.every((b) => b.kind === 'paragraph' || b.kind === 'image' || b.kind === 'html') && fitsAsWritten(first)
    ? first
    : null;
}

/** The slides of the sections in order: dividers for parts, short sections sharing a slide, each section's own slides. */
function contentSlides(sections: Section[], ctx: Context): SlidePlan[] {
  const slides: SlidePlan[] = [];
  let parent = '';
  const named = repeatedUnder(sections);
  for (let i = 0; i < sections.length; i += 1) {
    const section = sections[i] as Section;
    if (section.level <= 2) parent = section.heading;
    const hasChildren = (sections[i + 1]?.level ?? 0) > section.level;
    const heading = section.blocks.length === 0 && !section.explicit && hasChildren;
    const merged = heading ? mergedChildren(sections, i, parent, ctx) : mergedRun(sections, i, parent, ctx);
    const only = heading && !merged ? onlyChild(sections, i) : null;
    if (merged) {
      slides.push(merged.slide);
      i += merged.skip;
    } else if (only) {
      // A part of one sub-section only (a NEWS file's release over its "Improvements"): no divider listing that one
      // heading, then its slides; its slides under the part's heading, the sub-section's as the label over its text.
      const label: Block = { kind: 'paragraph', text: inBold(only.heading), line: only.line };
      slides.push(
        ...sectionSlides(
          { ...only, heading: section.heading, level: section.level, line: section.line, blocks: [label, ...only.blocks] },
          parent || section.heading,
          'section',
          ctx,
        ),
      );
      i += 1;
    } else if (heading) slides.push(dividerSlide(sections, i, parent, ctx));
    else {
      const titled = named.get(section);
      const own = sectionSlides(titled ? { ...section, heading: titled } : section, parent || section.heading, 'section', ctx);
      const previews = hasChildren && !section.explicit;
      const shown = previews ? withOverview(own, sections, i, ctx) : own;
      // A short point still alone over its sub-sections (too many to list beside it): it takes in the short ones that open them;
      // else it lists them where they fill the slide to its room.
      const opening = shown === own && previews && own.length === 1 ? mergedRun(sections, i, parent, ctx, true) : null;
      if (opening) {
        // It stands for the section's own slide, planned first, whose id it takes ("11-irssis-settings", not "-2").
        const id = own[0]?.id;
        if (id !== undefined && opening.slide.id !== id) ctx.taken.delete(opening.slide.id);
        slides.push(id === undefined ? opening.slide : { ...opening.slide, id });
        i += opening.skip;
      } else slides.push(...(shown === own && previews ? withOverview(own, sections, i, ctx, 1) : shown));
    }
  }
  return slides;
}

/** The agenda's pages with their items, each a link to the first slide of its section (in the deck and in the PDFs). */
function linkedAgenda(agenda: SlidePlan[], top: Section[], planned: SlidePlan[], ctx: Context): SlidePlan[] {
  const firstSlide = new Map<string, string>();
  for (const slide of planned) if (slide.origin && !firstSlide.has(slide.origin)) firstSlide.set(slide.origin, slide.id);
  const per = agendaPerPage(top, ctx);
  // Headings that carry the author's own numbers ("1. Introduction", "2. Definitions") are listed without the agenda's.
  const numbered = top.every((s) => /^\d{1,3}(?:\.\d{1,3})*[.)]?\s/u.test(visibleText(s.heading)));
  const headings = agendaHeadings(top, ctx);
  return agenda.map((page, p) => {
    const items = top.slice(p * per, (p + 1) * per).map((s, i) => {
      const target = firstSlide.get(originOf(s));
      // A heading that is a link ("## [Pre-lecture quiz](https://...)") shows its text: a link cannot hold another.
      const shown = (headings[p * per + i] ?? esc(s.heading, ctx)).replace(/(?<!!)\[([^\]\n]*)\]\([^)\n]*\)/gu, '$1');
      return `${numbered ? '-' : `${p * per + i + 1}.`} ${target ? `[${shown}](#/${target})` : shown}`;
    });
    return { ...page, body: items.join('\n') };
  });
}

/**
 * A heading that names a table of contents with nothing under it but sections (reStructuredText's "Table of Contents"
 * over `.. contents::`, which the page fills in): no part of the talk. It goes, and its sections are the document's
 * own, a level up, as the page shows them.
 */
function withoutEmptyContents(sections: Section[]): Section[] {
  const at = sections.findIndex((s, i) => namesContents(s.heading) && s.blocks.length === 0 && (sections[i + 1]?.level ?? 0) > s.level);
  const toc = sections[at];
  if (!toc) return sections;
  const lift = (sections[at + 1]?.level ?? toc.level) - toc.level;
  const end = sections.findIndex((s, i) => i > at && s.level <= toc.level);
  return [
    ...sections.slice(0, at),
    ...sections.slice(at + 1, end < 0 ? undefined : end).map((s) => ({ ...s, level: s.level - lift })),
    ...(end < 0 ? [] : sections.slice(end)),
  ];
}

/** Whether the author cut the document into slides: every section an explicit slide (a Marp, Slidev or reveal.js deck), or a page its front matter renders as slides. */
export const cutIntoSlides = (sections: Section[], model: Pick<DocumentModel, 'slideFormat'>): boolean =>
  (sections.length > 0 && sections.every((s) => s.explicit)) || model.slideFormat === true;

/**
 * The deck's plan, in the order a lecture runs: a title slide, the agenda,
 * the introduction when it is long, the sections, the summary. Ids are
 * claimed in that order (so a section cannot take "agenda"); the agenda's
 * links are filled in once the slides they point at are planned.
 */
export function planDeck(model: DocumentModel, options: PlanOptions): Staged<DeckPlan> {
  return withFrame(options.frame ?? defaultFrame, () => {
    const heavy = { slides: 0 };
    const planned = planDeckFor(model, options, heavy);
    // A deck whose slides show more words than a lecturer reads at a glance (a median over 33 words of prose, where a
    // chapter of long paragraphs stood two or three twenty-word sentences to a slide) is planned again, its slides of
    // paragraphs' points lighter, and that plan kept where it reads lighter. Not where the options set the budget, nor
    // where no slide is such (a slide of a lead-in and its list stays whole): the second plan would be the first.
    if (options.budget !== undefined || heavy.slides === 0) return planned;
    const median = medianWords(planned.value.slides);
    if (median <= lightMedian) return planned;
    const lighter = planDeckFor(model, { ...options, budget: { ...defaultBudget, lighter: { over: roomWords(defaultBudget), cost: 40 } } }, { slides: 0 });
    const light = medianWords(lighter.value.slides);
    // Still over check's limit: a third plan parts the slides of paragraphs' points over 39 words, then 38, … down to the
    // budget's 35, until the median is under the limit, at the cost of a point alone here and there (an essay's two
    // eighteen-word points to a slide had read a median of 36; parting every slide over 35 words at once, it had read 25.5,
    // with five points alone).
    let best = light < median ? { plan: lighter, median: light } : { plan: planned, median };
    for (let over = roomWords(defaultBudget) - 1; over >= defaultBudget.maxWords && best.median > wordLimits.median; over -= 1) {
      const parted = planDeckFor(model, { ...options, budget: { ...defaultBudget, lighter: { over, cost: 100 } } }, { slides: 0 });
      const words = medianWords(parted.value.slides);
      if (words < best.median) best = { plan: parted, median: words };
    }
    return best.plan;
  });
}

/** The median of words of prose a deck's slides show (as check counts them) that a plan is kept under without a second, lighter one. */
const lightMedian = 33;

/** The median of the words of prose the slides show, as check counts them (render-slide.ts' proseWordsOf). */
const medianWords = (slides: SlidePlan[]): number => median(slides.map((s) => proseWordsOf(parseMarkdown(s.body))));

function planDeckFor(model: DocumentModel, options: PlanOptions, heavy: { slides: number }): Staged<DeckPlan> {
  const planned = sectionsToPlan(model, options);
  planned.sections = withoutEmptyContents(planned.sections);
  const { documentText } = planned;
  // The document's own table of contents (a section, or a list under "Table of Contents:" before the first heading):
  // no slides; its text goes to the agenda's notes (or the title's).
  const { intro: opening, contents: leading } = contentsInIntro(
    planned.intro,
    planned.sections.map((s) => s.heading),
  );
  // The text the sections say, their headings on lines of their own: what a table of contents with no label names.
  const said = (): string => [documentText, ...planned.sections.map((s) => s.heading)].join('\n');
  // A README's list of links to its own sections (no label above it) is one too: under its title heading, or further
  // on (after a README's sponsors, its logo and its links to other languages).
  const linkedAt = leading === null && planned.sections.length > 1 ? planned.sections.findIndex((s) => s.blocks.some(linksToSections)) : -1;
  const linkedIn = planned.sections[linkedAt];
  const linked = linkedIn ? linkedIn.blocks.findIndex(linksToSections) : -1;
  const toc = linkedIn ? { ...linkedIn, heading: 'Contents', blocks: [linkedIn.blocks[linked] as Block] } : null;
  if (toc && linkedIn) planned.sections = planned.sections.map((s, i) => (i === linkedAt ? { ...s, blocks: s.blocks.filter((_, k) => k !== linked) } : s));
  // The document's headings, once (a table of contents names them; read for each section, they made planning quadratic).
  const headings = planned.sections.map((t) => t.heading);
  const contents = [
    ...(leading ? [leading] : toc ? [toc] : []),
    ...planned.sections.filter((s, i) => planned.sections.length > 1 && (isTableOfContents(s, headings) || (i === 0 && listsLaterLines(s, said)))),
  ];
  // A cover written as lines names the deck, and its lines are the title slide's.
  const cover = coverFor(model, options, opening);
  const meta = metaFor(model, options, opening, documentText, cover);
  const ctx = contextFor(model, options, meta.lang, planned.names, heavy, planned.nameOf, subjectNames(meta.title, planned.sections));
  ctx.deckTitle = meta.title;
  // A logo that names the deck is its title, not a picture of its own: its caption goes to the title's notes.
  const logo = logoOf(opening, options.fileName);
  const named = logo !== null && meta.title === logo.name && !options.title && (!model.title || partTitle(model));
  // So is one whose alt text is the name the deck's title opens with: the title slide names it; its picture is no slide.
  const titleLogo = named ? null : logoNamedByTitle(opening, meta.title);
  const intro = named
    ? opening.filter((b) => b !== logo.block && b !== logo.written)
    : opening.filter((b) => b !== titleLogo && !(cover?.blocks.includes(b) ?? false));
  // Text after a box that interrupted the introduction goes on under the introduction's name; where the introduction
  // showed nothing before the box (a "Learning Outcomes" box first), the text after it opens the introduction, no "(cont.)".
  const introByline = bylineOf(intro, meta.title);
  const introAsSlide = introTakesSlides(intro, introByline);
  let introShown = introAsSlide;
  // Beside the author's own "Introduction" section, the opening before it is named by the deck's title, not a second
  // "Introduction"; so is the text after a box that interrupted it.
  const label = labels(meta.lang).introduction;
  const authorsOwn = planned.sections.some((s) => visibleText(s.heading).trim().toLowerCase() === label.toLowerCase());
  const introName = authorsOwn ? esc(meta.title, ctx) : label;
  // Prose without headings read as one passage (a list of aphorisms under a dedication) is the whole talk: named by the
  // deck's title, not by a name it mentions in passing ("the long Now" had titled every slide "Now: 3–6").
  const whole = planned.sections.length === 1 && planned.sections[0]?.found === true && model.sections.length === 0;
  const all = withoutEmpty(planned.sections.filter((s) => !contents.includes(s))).map((s) => {
    if (whole) return { ...s, heading: esc(meta.title, ctx) };
    if (!(s.resumes && s.heading === '')) return s;
    const resumes = introShown;
    introShown = true;
    return { ...s, heading: introName, resumes };
  });
  // A deck the author cut into slides that opens with its own cover (a Marp deck's "# Git" over its logo, its author and
  // its date) has that slide for its title slide: shown once, not after a title slide of lectern's with the same title.
  const coverSlide = authorsCover(all, meta.title, intro);
  const sections = coverSlide ? all.slice(1) : all;
  const own = titleSlide(meta, intro, introAsSlide, introByline, ctx);
  // (Its text as written, as explicitSlide shows it; no id of its own taken.)
  const written = coverSlide ? splitAtNotes(coverSlide.blocks) : null;
  const titled = written
    ? { ...own, body: written.shown.map((b) => b.text).join('\n\n'), notes: [written.notes, own.notes].filter((n) => n !== '').join('\n\n') }
    : own;
  const caption = named ? visibleText(logo.block.text) : titleLogo ? visibleText(titleLogo.text) : '';
  // The publisher's opening (an e-text's header) is said on the title slide, its closing (the licence) on the last slide: notes only.
  const title = withNotes(titled, [caption, ...(model.publisher?.opening ?? []).map((b) => b.text)]);
  const top = topLevel(sections);
  // A deck the author cut into slides gets no agenda of lectern's where it opens with its own ("Agenda", "Outline",
  // "Plan"), nor where each of its slides is a topic of its own (a Marp deck of '#' slides): more than a page of them.
  // (So does a page its front matter renders as slides, each heading a slide's title: an ioslides lecture of 22.)
  const ownSlides = cutIntoSlides(sections, model);
  // Slides the author cut one after another under the same title ("Nitro", "Nitro") are one topic of the agenda.
  // So are topics one after another under one heading wherever they come from (a reveal.js deck's three "# Combined
  // Transformations" slides, a part between them): the agenda lists it once.
  const topics = top.filter((s, i) => i === 0 || visibleText(s.heading).trim() !== visibleText(top[i - 1]?.heading ?? '').trim());
  const agenda = ownAgenda(sections) || (ownSlides && new Set(top.map((s) => s.heading)).size > ctx.budget.agendaItems) ? [] : agendaSlides(topics, ctx);
  // An introduction that opens with a box's title ("**What You'll Learn**" over its list) is named by it, as the author named it.
  const boxTitle =
    intro.length > 1 && intro.length <= 3 && intro[0]?.kind === 'paragraph' ? /^\*\*([^*\n]{2,60})\*\*$/u.exec(intro[0].text.trim())?.[1]?.trim() : undefined;
  const introduction = boxTitle ?? introName;
  const introBlocks = boxTitle ? intro.slice(1) : intro;
  const introSlides = introAsSlide
    ? sectionSlides({ heading: introduction, level: 2, line: intro[0]?.line ?? 1, blocks: introBlocks }, introduction, 'section', ctx)
    : [];
  const content = withClosingNotes(
    [...introSlides, ...contentSlides(sections, ctx), ...summarySlides(model, topics, ctx)],
    (model.publisher?.closing ?? []).map((b) => b.text),
  );
  const first = withContentsNotes([title, ...linkedAgenda(agenda, topics, content, ctx)], contents, ctx);
  return { value: { meta, slides: [...first, ...content] }, diagnostics: ctx.diagnostics };
}

/** An agenda slide's heading besides the labels lectern writes and the names of a table of contents. */
const agendaTerms =
  /^(?:outline|overview|today(?:'s (?:agenda|plan|topics))?|topics|roadmap|programme|gliederung|übersicht|temario|sumário|содержание|план|大纲|(?:lecture|course|class|session|talk|lesson)(?:'s)? (?:plan|outline|overview|agenda)|plan (?:du cours|de la séance|de clase)|plan of (?:the )?(?:lecture|course|class|talk))$/iu;

/**
 * Whether the author's deck opens with their own agenda: one of the first three slides they cut headed as one,
 * or a document whose first section is one, a list alone ("### Lecture plan" over its topics).
 */
function ownAgenda(sections: Section[]): boolean {
  const agenda = new Set(agendaLabels.map((l) => l.toLowerCase()));
  return sections.slice(0, 3).some((s, i) => {
    const heading = visibleText(s.heading)
      .trim()
      .replace(/[:：]$/u, '');
    if (!(agenda.has(heading.toLowerCase()) || agendaTerms.test(heading) || namesContents(heading))) return false;
    if (s.explicit) return true;
    // (One of the first three, after a colophon and the reading for the session: a course's slides, "Colophon", "Scope and
    // Background Reading", "Agenda", had lectern's agenda list the author's "Agenda" among its topics.)
    const items = s.blocks.reduce((n, b) => n + (b.kind === 'list' ? listItems(b.text).length : 0), 0);
    return s.blocks.length > 0 && s.blocks.every((b) => b.kind === 'list') && items >= 3 && (i === 0 || s.level <= (sections[0]?.level ?? s.level));
  });
}

/**
 * The sections less those with nothing to show: a heading over no text and no sub-sections (Docusaurus'
 * "## Methods" over only a `<TOCInline />` component) would be a slide of a title alone. A slide the
 * author cut with `---` stays, empty or not.
 */
function withoutEmpty(sections: Section[]): Section[] {
  const kept: Section[] = [];
  const said = (s: Section | undefined): boolean => s !== undefined && (s.explicit === true || s.resumes === true || s.blocks.length > 0);
  for (let i = 0; i < sections.length; i += 1) {
    const s = sections[i] as Section;
    let end = i + 1;
    while (end < sections.length && (sections[end]?.level ?? 0) > s.level) end += 1;
    const under = sections.slice(i + 1, end);
    if (said(s) || under.some(said)) kept.push(s);
    else if (under.length > 0) {
      // A part whose topics have no text yet (an exam's outline, "# Třídy složitosti" over four empty "##"): its topics,
      // as the author set them out, are what its slide shows (it had been a slide of its title alone).
      const first = Math.min(...under.map((u) => u.level));
      const text = under.map((u) => `${'  '.repeat(Math.min(u.level - first, 2))}- ${u.heading}`).join('\n');
      kept.push({ ...s, blocks: [{ kind: 'list', text, line: under[0]?.line ?? s.line }] });
      i = end - 1;
    }
  }
  return kept;
}

/**
 * The names a document is about as a whole, which tell one slide from another nothing ("Tux Paint" titled nine
 * slides of the Tux Paint FAQ, "Tux Paint Config" three more): a name of the deck's title, or one that the text of
 * two sections in five or more names (of five sections or more). Worked out for each name asked about, once.
 */
function subjectNames(title: string, sections: Section[]): (name: string) => boolean {
  const known = new Map<string, boolean>();
  const words = (text: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'iu');
  const titleText = visibleText(title);
  let texts: string[] | null = null;
  return (name) => {
    const seen = known.get(name);
    if (seen !== undefined) return seen;
    const word = words(name);
    texts ??= sections.map((s) => s.blocks.map((b) => b.text).join('\n'));
    const spread = texts.length >= 5 && texts.filter((t) => word.test(t)).length * 5 >= texts.length * 2;
    const subject = word.test(titleText) || spread;
    known.set(name, subject);
    return subject;
  };
}

/**
 * What names a slide's points by a term the document uses again (recurringTerm), its prose (no code, no formula) read
 * once, when a slide first asks.
 */
function recurringTerms(model: DocumentModel): (points: string) => string | null {
  let prose: { frequencies: Map<string, number>; uses: (phrase: string) => number } | null = null;
  const plain = (text: string): string => text.replace(/(`+)[^`]*?\1|\$\$[\s\S]*?\$\$|\$[^$\n]*\$|!?\[[^\]\n]*\]\([^)\n]*\)/gu, ' · ');
  return (points) => {
    if (prose === null) {
      const text = plain(proseOf([...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary]).join('\n'));
      // (A document of more than a million characters of prose is named as before: its phrases' counts would take more
      // memory than the titles are worth.)
      prose = text.length > 1_000_000 ? { frequencies: new Map(), uses: () => 0 } : { frequencies: wordFrequencies(text), uses: phraseCounts(text) };
    }
    return recurringTerm(plain(points), prose.frequencies, prose.uses);
  };
}

/** The planner's context for a document, with the warning that lines were nested deeper than a slide shows. */
function contextFor(
  model: DocumentModel,
  options: PlanOptions,
  lang: string,
  names: Names,
  heavy: { slides: number },
  nameOf?: ProseNamer,
  subject?: (name: string) => boolean,
): Context {
  const ctx: Context = {
    heavy,
    aboutAll: subject ?? (() => false),
    // (Its words are English ones: the stopwords and verbs key-phrase.ts knows are English, and a phrase of another
    // language's would run on through its function words, "es decir", "que tenha".)
    termOf: lang === 'en' ? recurringTerms(model) : () => null,
    options,
    budget: options.budget ?? defaultBudget,
    lang,
    taken: new Set(),
    diagnostics: [],
    units: new Map(),
    names,
    headings: new Set(model.sections.map((s) => headingKey(s.heading))),
    ...(nameOf ? { nameOf } : {}),
  };
  if (model.flattened) {
    ctx.diagnostics.push({
      severity: 'warning',
      rule: 'nesting-flattened',
      message: `${model.flattened} line(s) nested deeper than ${maxQuoteDepth} quote levels or ${maxIndent} columns of indentation are shown at that depth`,
      file: options.file,
    });
  }
  return ctx;
}

/** The slides with `closing` (the publisher's licence) said in the last one's notes. */
function withClosingNotes(slides: SlidePlan[], closing: string[]): SlidePlan[] {
  const last = slides[slides.length - 1];
  return closing.length > 0 && last ? [...slides.slice(0, -1), withNotes(last, closing)] : slides;
}

/** A slide with more paragraphs said after its notes (empty ones skipped). */
function withNotes(slide: SlidePlan, more: string[]): SlidePlan {
  const said = more.filter((t) => t.trim() !== '');
  return said.length === 0 ? slide : { ...slide, notes: [slide.notes, ...said].filter((t) => t !== '').join('\n\n') };
}
