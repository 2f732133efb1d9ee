// DocumentModel -> DeckPlan: a title slide, an agenda, slides per section
// (split to fit), a summary. Slides carry points; notes carry the full text.
import type { Block, DeckMeta, DeckPlan, Diagnostic, DocumentModel, Section, SlidePlan, Staged } from '../types.ts';
import { subtitleFromIntro, titleFromFileName, titleFromIntro } from './derive-title.ts';
import { keyPhrase, wordFrequencies } from './key-phrase.ts';
import { detectLanguage } from './language.ts';
import { countWords } from './sentences.ts';
import { claimId, slugify } from './slug.ts';
import { blocksToUnits, escapeMarkdown, type Unit } from './units.ts';
import { bodyRoom, slideGeometry, titleLines, visibleText, wrappedLines } from './text-size.ts';

const proseLines = (markdown: string): number => wrappedLines(visibleText(markdown), slideGeometry.width / slideGeometry.bodySize - 1.05);
import { labels } from './labels.ts';
import { subjectOf } from './condense.ts';

export interface Budget {
  maxPoints: number;
  /** Words of prose a slide shows at most. */
  maxWords: number;
  agendaItems: number;
}

export const defaultBudget: Budget = { maxPoints: 6, maxWords: 48, agendaItems: 10 };

export interface PlanOptions {
  file: string;
  fileName: string;
  format: 'text' | 'markdown';
  title?: string | null;
  author?: string | null;
  date?: string | null;
  theme?: 'light' | 'dark';
  source?: string | null;
  budget?: Budget;
}

/** A slide is planned to the room it has; where the estimate of text widths falls short, the browser's fit takes the type down a little (to 28 px at most). */
const safety = 1;

function fitsOne(group: Unit[], room: number, budget: Budget): boolean {
  if (group.length <= 1) return true;
  const points = group.filter((u) => u.kind === 'point' && u.markdown !== '').length;
  const words = group.reduce((n, u) => n + u.words, 0);
  const height = group.reduce((n, u) => n + u.height, 0);
  return height <= room * safety && points <= budget.maxPoints && words <= budget.maxWords;
}

/**
 * Packs a section's units into slides: as few as fit, then the split that
 * costs least (at the author's own sub-topics rather than inside a list or a
 * code block, never after a lead-in sentence) and leaves the slides evenly
 * full (7 points -> 4 + 3, not 6 + 1).
 */
export function packUnits(units: Unit[], room: number, budget: Budget): Unit[][] {
  const n = units.length;
  const best: number[] = [0];
  const from: number[] = [0];
  for (let i = 1; i <= n; i += 1) {
    best[i] = Infinity;
    for (let j = i - 1; j >= 0; j -= 1) {
      const group = units.slice(j, i);
      if (!fitsOne(group, room, budget)) break;
      // A lead-in stays with what it introduces, unless the two cannot share a slide.
      const breakCost = j === 0 ? 0 : units[j - 1]?.keepWithNext ? 1000 : (units[j]?.breakCost ?? 1) * 6;
      const fill = Math.min(1, group.reduce((h, u) => h + u.height, 0) / room);
      // A slide with one short point beside its neighbours reads as a leftover.
      const lonely = group.length === 1 && group[0]?.kind === 'point' && fill < 0.3 ? 30 : 0;
      const cost = (best[j] ?? Infinity) + 100 + breakCost + lonely + 40 * (1 - fill) ** 2;
      if (cost < (best[i] ?? Infinity)) {
        best[i] = cost;
        from[i] = j;
      }
    }
  }
  const groups: Unit[][] = [];
  for (let i = n; i > 0; i = from[i] ?? 0) groups.unshift(units.slice(from[i] ?? 0, i));
  return groups;
}

/** Speaker notes for a slide: the source text its units stand for, each sentence once. */
function notesFor(units: Unit[]): string {
  const paragraphs: string[] = [];
  let lastBlock = -1;
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.noteText === '' || seen.has(unit.noteKey)) continue;
    seen.add(unit.noteKey);
    const listy = /^(?:-|\d+\.) /u.test(unit.noteText);
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
  taken: Set<string>;
  diagnostics: Diagnostic[];
}

/** A slide the author wrote between `---` breaks: kept as written; a `Note:` paragraph and what follows are its notes. */
function explicitSlide(section: Section, parent: string, ctx: Context): SlidePlan {
  const noteAt = section.blocks.findIndex((b) => /^Notes?:/u.test(b.text));
  const shown = noteAt >= 0 ? section.blocks.slice(0, noteAt) : section.blocks;
  const notes = noteAt >= 0 ? section.blocks.slice(noteAt).map((b) => b.text).join('\n\n').replace(/^Notes?:\s*/u, '') : '';
  return {
    id: claimId(slugify(section.heading), ctx.taken),
    layout: 'section',
    title: section.heading,
    body: shown.map((b) => b.text).join('\n\n'),
    notes,
    section: parent,
  };
}

export const originOf = (section: Section): string => `${section.heading}@${section.line}`;

function sectionSlides(section: Section, parent: string, layout: 'section' | 'summary', ctx: Context): SlidePlan[] {
  const origin = originOf(section);
  if (section.explicit) return [{ ...explicitSlide(section, parent, ctx), origin }];
  const title = esc(section.heading, ctx);
  const room = bodyRoom(title);
  let units = blocksToUnits(section.blocks, ctx.options.format, false, room);
  let groups = units.length === 0 ? [[]] : packUnits(units, room, ctx.budget);
  // A section that leaves its one slide mostly empty shows more of each paragraph.
  if (groups.length === 1 && units.reduce((h, u) => h + u.height, 0) < room * 0.45) {
    const detailed = blocksToUnits(section.blocks, ctx.options.format, true, room);
    const regrouped = packUnits(detailed, room, ctx.budget);
    if (regrouped.length === 1) {
      units = detailed;
      groups = regrouped;
    }
  }
  const base = slugify(visibleText(section.heading));
  if (groups.length > 1) {
    ctx.diagnostics.push({
      severity: 'info',
      rule: 'section-split',
      message: `Section "${section.heading}" needs ${groups.length} slides`,
      file: ctx.options.file,
      place: { line: section.line, column: 1 },
    });
  }
  const titles = slideTitles(groups, title, ctx);
  return groups.map((group, i) => ({
    id: claimId(i === 0 ? base : `${base}-${i + 1}`, ctx.taken),
    layout,
    title: titles[i] ?? title,
    body: bodyOf(group),
    notes: notesFor(group),
    section: parent,
    origin,
    units: group.length,
  }));
}

/**
 * A tutorial's slide is named by the command or identifier it shows first:
 * "Replacements: `--replace`", the heading and the author's code, in a
 * slide whose opening names nothing else.
 */
function codeName(group: Unit[], title: string): string | null {
  for (const unit of group.slice(0, 3)) {
    const span = /`([^`\n]{1,32})`/u.exec(unit.kind === 'point' ? unit.markdown : '')?.[0];
    const first = unit.kind === 'visual' && /^(?:```|~~~)/u.test(unit.markdown) ? (unit.markdown.split('\n')[1] ?? '') : '';
    // A shell command ("$ rg fast README.md"), not a comment, a definition or a line of output.
    // A shell command, or the name a definition opens with ("def merge_sort(items):" -> merge_sort).
    const definition = /^\s*(?:(?:pub\s+|export\s+|async\s+|static\s+)*(?:def|fn|func|function|class|struct|enum|trait|interface|type|module|proc|sub|defn?)\s+)([A-Za-z_][\w$!?]*)/u.exec(first)?.[1];
    const command = /^\s*\$\s+\S/u.test(first) ? first.replace(/^\s*\$\s+/u, '').trim() : definition;
    const named = span !== undefined && /[\p{L}\p{N}]{2}/u.test(span) ? span : undefined;
    const code = named ?? (command && command.length <= 24 && !command.includes('`') && /\w/u.test(command) ? `\`${command}\`` : undefined);
    if (code && !visibleText(title).includes(visibleText(code))) return `${title}${title.includes(':') ? ' —' : ':'} ${code}`;
  }
  return null;
}

/** A heading as the text of a list item: "1. HW support" must not open a numbered list inside the item. */
const asItem = (heading: string): string => heading.replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2').replace(/^([-+*>#])(?=\s)/u, '\\$1');

/** A term that names nothing on its own ("Here", "Note", "Example"). */
const emptyName = /^(?:here|this|that|these|those|note|notes|example|examples|see|also|e\.g|i\.e|tip|warning|important|optional|update|and|or|but|so)$/iu;
const names = (lead: string | null, skip: string): lead is string => lead !== null && lead !== skip && countWords(lead) <= 8 && !emptyName.test(visibleText(lead).trim().replace(/[.:!]$/u, ''));

/** What names a group of units: the author's lead-in term, else the subject of its first point ("Strings in bash"). */
function nameOf(group: Unit[], skip: string): string | null {
  for (const unit of group) {
    if (unit.markdown === '') continue;
    if (names(unit.lead, skip)) return unit.lead;
    // A picture is named by its caption (the author's alt text).
    const alt = /^!\[([^\]]{3,60})\]\(/u.exec(unit.markdown)?.[1];
    if (alt && countWords(alt) <= 8) return alt;
    const subject = unit.kind === 'point' ? subjectOf(unit.markdown) : null;
    if (subject && subject !== skip) return subject;
    if (unit !== group[0]) break;
  }
  return null;
}

/**
 * Titles for a section's slides: the heading, then for each continuation
 * what it covers in the author's words; a slide that only goes on with
 * the topic before it (the rest of a code block) says so: "Topic (cont.)".
 */
function slideTitles(groups: Unit[][], title: string, ctx: Context): string[] {
  const continued = labels(ctx.lang).continued;
  let last = title;
  let previous = '';
  return groups.map((group, i) => {
    // A continuation title may not take more lines than the heading: the slide was planned for that room.
    const fits = (candidate: string | null): string | null => (candidate !== null && titleLines(esc(candidate, ctx)) <= titleLines(title) ? candidate : null);
    const name = i === 0 ? null : fits(nameOf(group, title)) ?? fits(codeName(group, title));
    // A slide that goes on with the block the last one ended in (a code block, a list) goes on with its name.
    const goesOn = group[0]?.block === groups[i - 1]?.[groups[i - 1]!.length - 1]?.block;
    const base = goesOn && titleLines(`${last} ${continued}`) <= titleLines(title) ? last : title;
    let shown = i === 0 ? title : name ? esc(name, ctx) : `${base} ${continued}`;
    if (shown === previous || shown === `${previous} ${continued}`) shown = `${name ? esc(name, ctx) : last} ${continued}`;
    previous = shown;
    // The topic the next slide may go on with: the last one this slide names (a picture or code goes on with the slide's own).
    const own = shown.replace(/\s*\([^)]*\)$/u, '');
    for (const unit of group) {
      const named = unit.lead ?? (unit.kind === 'point' && unit.markdown !== '' ? subjectOf(unit.markdown) : null);
      if (names(named, title)) last = esc(named, ctx);
      else if (unit.kind === 'visual') last = own;
    }
    return shown;
  });
}

const esc = (text: string, ctx: Context): string => (ctx.options.format === 'text' ? escapeMarkdown(text) : text);

// Consecutive points and list items sit in one list; anything else needs blank lines around it.
function bodyOf(group: Unit[]): string {
  let body = '';
  let previous: Unit | null = null;
  for (const unit of group) {
    if (unit.markdown === '') continue;
    if (previous) body += previous.listItem && unit.listItem ? '\n' : '\n\n';
    body += unit.markdown;
    previous = unit;
  }
  return body;
}

/** Prose without headings: a section per paragraph (short ones merged), titled by its key phrase. */
function sectionsFromProse(blocks: Block[], documentText: string): Section[] {
  const frequencies = wordFrequencies(documentText);
  const sections: Section[] = [];
  let pending: Block[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.map((b) => b.text).join(' ');
    sections.push({ heading: keyPhrase(text, frequencies) ?? 'Notes', level: 2, line: pending[0]?.line ?? 1, blocks: pending });
    pending = [];
  };
  for (const block of blocks) {
    pending.push(block);
    if (pending.reduce((n, b) => n + countWords(b.text), 0) >= 40) flush();
  }
  flush();
  return sections;
}

function byline(meta: DeckMeta): string {
  return [meta.author, meta.date].filter((v): v is string => Boolean(v)).map(escapeMarkdown).join(' · ');
}

/** The top level the document actually uses: its parts when it has several, else its parts and sections. */
function topLevel(sections: Section[]): Section[] {
  const parts = sections.filter((s) => s.level === 1);
  return parts.length >= 2 ? parts : sections.filter((s) => s.level <= 2);
}

function metaFor(model: DocumentModel, options: PlanOptions, intro: Block[], documentText: string): DeckMeta {
  return {
    title: options.title ?? model.title ?? titleFromIntro(intro) ?? titleFromFileName(options.fileName),
    subtitle: model.subtitle ?? subtitleFromIntro(intro),
    author: options.author ?? model.author,
    date: options.date ?? model.date,
    theme: options.theme ?? 'light',
    lang: model.lang ?? detectLanguage(documentText),
    subject: model.subject ?? null,
    keywords: model.keywords ?? [],
    source: options.source ?? null,
  };
}

/** Agenda pages (their bodies are written once the sections are planned); an agenda needs two topics. */
function agendaSlides(top: Section[], ctx: Context): SlidePlan[] {
  if (top.length < 2) return [];
  const per = ctx.budget.agendaItems;
  const pages = Math.ceil(top.length / per);
  const words = labels(ctx.lang);
  return Array.from({ length: pages }, (_, page) => ({
    id: claimId(page === 0 ? 'agenda' : `agenda-${page + 1}`, ctx.taken),
    layout: 'agenda' as const,
    title: page === 0 ? words.agenda : `${words.agenda} ${words.continued}`,
    body: '',
    notes: top.slice(page * per, (page + 1) * per).map((s) => esc(s.heading, ctx)).join('; '),
    section: null,
  }));
}

/** A heading with nothing under it but sub-sections opens a part of the talk: a divider listing them. */
function dividerSlide(sections: Section[], i: number, parent: string, ctx: Context): SlidePlan {
  const section = sections[i] as Section;
  const children: Section[] = [];
  for (const next of sections.slice(i + 1)) {
    if (next.level <= section.level) break;
    if (next.level === section.level + 1) children.push(next);
  }
  return {
    id: claimId(slugify(visibleText(section.heading)), ctx.taken),
    layout: 'divider',
    title: esc(section.heading, ctx),
    body: children.slice(0, 8).map((c) => `- ${asItem(esc(c.heading, ctx))}`).join('\n'),
    notes: '',
    section: parent || section.heading,
    origin: originOf(section),
  };
}

/**
 * Short sub-sections (a line or two each) that fit on one slide together:
 * one slide, each sub-section a point led by its own heading, instead of a
 * run of near-empty slides. Null when they do not fit.
 */
function mergeSections(children: Section[], title: string, id: string, origin: Section, parent: string, ctx: Context): SlidePlan | null {
  const parts = children.map((c) => ({ heading: esc(c.heading, ctx), units: blocksToUnits(c.blocks, ctx.options.format) }));
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
    return n + slideGeometry.bodyLine + slideGeometry.itemGap * 0.5 + p.units.reduce((h, u) => h + u.height * 0.8, 0);
  }, 0);
  const words = parts.reduce((n, p) => n + countWords(p.heading) + p.units.reduce((w, u) => w + u.words, 0), 0);
  if (height > bodyRoom(title) * safety || words > ctx.budget.maxWords || units.length + parts.length > ctx.budget.maxPoints + 3 || units.some((u) => u.kind === 'visual')) return null;
  const body = parts
    .map((p) => {
      const one = inline(p);
      if (one !== null) return `- **${asItem(p.heading)}**: ${one}`;
      return [`- **${asItem(p.heading)}**`, ...p.units.filter((u) => u.markdown !== '').flatMap((u) => u.markdown.split('\n').map((l) => (l.trim() === '' ? '' : `  ${l}`)))].join('\n');
    })
    .join('\n');
  const notes = parts.map((p) => `**${p.heading}**\n\n${notesFor(p.units)}`).join('\n\n');
  return { id: claimId(id, ctx.taken), layout: 'section', title, body, notes, section: parent, origin: originOf(origin), units: units.length };
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
  if (children.length < 2) return null;
  const slide = mergeSections(children, esc(section.heading, ctx), slugify(visibleText(section.heading)), section, parent || section.heading, ctx);
  return slide ? { slide, skip: children.length } : null;
}

/** A run of short sibling sub-sections: one slide, titled by their headings together when that is short, else by their parent. */
function mergedRun(sections: Section[], i: number, parent: string, ctx: Context): { slide: SlidePlan; skip: number } | null {
  const first = sections[i] as Section;
  const tiny = (s: Section | undefined, at: number): s is Section =>
    s !== undefined && s.level === first.level && s.level >= 3 && !s.explicit && s.blocks.length > 0 && (sections[at + 1]?.level ?? 0) <= s.level &&
    blocksToUnits(s.blocks, ctx.options.format).every((u) => u.kind === 'point') && blocksToUnits(s.blocks, ctx.options.format).reduce((h, u) => h + u.height, 0) < bodyRoom(esc(s.heading, ctx)) * 0.35;
  let end = i;
  while (tiny(sections[end], end)) end += 1;
  for (let stop = end; stop - i >= 2; stop -= 1) {
    const run = sections.slice(i, stop);
    const joined = run.map((s) => visibleText(esc(s.heading, ctx))).join(' · ');
    const title = joined.length <= 48 ? run.map((s) => esc(s.heading, ctx)).join(' · ') : esc(parent || first.heading, ctx);
    const slide = mergeSections(run, title, slugify(visibleText(first.heading)), first, parent || first.heading, ctx);
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
  if (top.length < 2) return [];
  const recap = top.slice(0, ctx.budget.maxPoints).map((s) => `- **${asItem(esc(s.heading, ctx))}**`);
  return [{ id: claimId('summary', ctx.taken), layout: 'summary', title: words.summary, body: recap.join('\n'), notes: top.map((s) => esc(s.heading, ctx)).join('; '), section: words.summary }];
}

/** Plans the deck: which slides, their points and their notes. */
export function planDeck(model: DocumentModel, options: PlanOptions): Staged<DeckPlan> {
  let intro = model.intro;
  let sections = model.sections;
  const documentText = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary].map((b) => b.text).join('\n');
  if (sections.length === 0) {
    sections = sectionsFromProse(intro, documentText);
    intro = [];
  }
  const meta = metaFor(model, options, intro, documentText);
  const ctx: Context = { options, budget: options.budget ?? defaultBudget, lang: meta.lang, taken: new Set(), diagnostics: [] };
  const introWords = intro.reduce((n, b) => n + countWords(b.text), 0);
  const introAsSlide = intro.length > 1 || intro.some((b) => b.kind !== 'paragraph') || introWords > 120;
  const slides: SlidePlan[] = [];
  const titleBody = [meta.subtitle ? esc(meta.subtitle, ctx) : '', byline(meta)].filter(Boolean).join('\n\n');
  slides.push({ id: claimId('title', ctx.taken), layout: 'title', title: esc(meta.title, ctx), body: titleBody, notes: introAsSlide ? '' : blocksText(intro, options.format), section: null });

  const top = topLevel(sections);
  const agenda = agendaSlides(top, ctx);
  const agendaAt = slides.length;
  slides.push(...agenda);

  const introduction = labels(ctx.lang).introduction;
  if (introAsSlide) slides.push(...sectionSlides({ heading: introduction, level: 2, line: intro[0]?.line ?? 1, blocks: intro }, introduction, 'section', ctx));
  let parent = '';
  for (let i = 0; i < sections.length; i += 1) {
    const section = sections[i] as Section;
    if (section.level <= 2) parent = section.heading;
    const hasChildren = (sections[i + 1]?.level ?? 0) > section.level;
    const merged = section.blocks.length === 0 && !section.explicit && hasChildren ? mergedChildren(sections, i, parent, ctx) : !hasChildren ? mergedRun(sections, i, parent, ctx) : null;
    if (merged) {
      slides.push(merged.slide);
      i += merged.skip;
    } else if (section.blocks.length === 0 && !section.explicit && hasChildren) slides.push(dividerSlide(sections, i, parent, ctx));
    else slides.push(...sectionSlides(section, parent || section.heading, 'section', ctx));
  }
  slides.push(...summarySlides(model, top, ctx));

  // Agenda items link to the first slide of their section (in the deck and in the PDFs).
  const firstSlide = new Map<string, string>();
  for (const slide of slides) if (slide.origin && !firstSlide.has(slide.origin)) firstSlide.set(slide.origin, slide.id);
  agenda.forEach((page, p) => {
    const per = ctx.budget.agendaItems;
    const body = top
      .slice(p * per, (p + 1) * per)
      .map((s, i) => {
        const target = firstSlide.get(originOf(s));
        return `${p * per + i + 1}. ${target ? `[${esc(s.heading, ctx)}](#/${target})` : esc(s.heading, ctx)}`;
      })
      .join('\n');
    slides[agendaAt + p] = { ...page, body };
  });
  return { value: { meta, slides }, diagnostics: ctx.diagnostics };
}
