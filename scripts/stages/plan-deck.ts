// DocumentModel -> DeckPlan: a title slide, an agenda, slides per section
// (split to fit), a summary. Slides carry points; notes carry the full text.
import type { Block, DeckMeta, DeckPlan, Diagnostic, DocumentModel, Section, SlidePlan, Staged } from '../types.ts';
import { subtitleFromIntro, titleFromFileName, titleFromIntro } from './derive-title.ts';
import { keyPhrase, wordFrequencies } from './key-phrase.ts';
import { detectLanguage } from './language.ts';
import { countWords } from './sentences.ts';
import { claimId, slugify } from './slug.ts';
import { blocksToUnits, escapeMarkdown, type Unit } from './units.ts';

export interface Budget {
  /** Body lines a slide holds under its title. */
  capacity: number;
  maxPoints: number;
  maxWords: number;
  agendaItems: number;
}

export const defaultBudget: Budget = { capacity: 9, maxPoints: 6, maxWords: 60, agendaItems: 8 };

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
  /** Sections (by origin key, heading@line) whose slides came out too full in the browser: budget factor, below 1. */
  tighten?: Record<string, number>;
}

function fits(slide: Unit[], unit: Unit, capacity: number, budget: Budget): boolean {
  if (slide.length === 0) return true;
  const points = slide.filter((u) => u.kind === 'point').length + (unit.kind === 'point' ? 1 : 0);
  const words = slide.reduce((n, u) => n + u.words, unit.words);
  const cost = slide.reduce((n, u) => n + u.cost, unit.cost);
  return cost <= capacity && points <= budget.maxPoints && words <= budget.maxWords;
}

function pack(units: Unit[], capacity: number, budget: Budget): Unit[][] {
  const slides: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    if (!fits(current, unit, capacity, budget)) {
      slides.push(current);
      current = [];
    }
    current.push(unit);
  }
  if (current.length > 0) slides.push(current);
  return slides;
}

/** Packs units into as few slides as fit, then evens them out (7 points -> 4 + 3, not 6 + 1). */
export function packUnits(units: Unit[], budget: Budget): Unit[][] {
  const greedy = pack(units, budget.capacity, budget);
  if (greedy.length <= 1) return greedy;
  const total = units.reduce((n, u) => n + u.cost, 0);
  for (let capacity = total / greedy.length; capacity < budget.capacity; capacity += 0.25) {
    const even = pack(units, capacity, { ...budget, maxPoints: Math.ceil(units.length / greedy.length) + 1 });
    if (even.length === greedy.length) return even;
  }
  return greedy;
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
  const units = blocksToUnits(section.blocks, ctx.options.format);
  const factor = ctx.options.tighten?.[origin] ?? 1;
  const budget: Budget = { ...ctx.budget, capacity: ctx.budget.capacity * factor, maxWords: ctx.budget.maxWords * factor, maxPoints: Math.max(2, Math.round(ctx.budget.maxPoints * factor)) };
  const groups = units.length === 0 ? [[]] : packUnits(units, budget);
  const base = slugify(section.heading);
  if (groups.length > 1) {
    const points = units.filter((u) => u.kind === 'point').length;
    ctx.diagnostics.push({
      severity: 'info',
      rule: 'section-split',
      message: `Section "${section.heading}" needs ${groups.length} slides (${points} points)`,
      file: ctx.options.file,
      place: { line: section.line, column: 1 },
    });
  }
  return groups.map((group, i) => ({
    id: claimId(i === 0 ? base : `${base}-${i + 1}`, ctx.taken),
    layout,
    title: groups.length > 1 ? `${esc(section.heading, ctx)} (${i + 1}/${groups.length})` : esc(section.heading, ctx),
    body: group.map((u) => u.markdown).join(separator(group)),
    notes: notesFor(group),
    section: parent,
    origin,
    units: group.length,
  }));
}

const esc = (text: string, ctx: Context): string => (ctx.options.format === 'text' ? escapeMarkdown(text) : text);

// Points sit in one list; a visual (code, table) needs blank lines around it.
function separator(group: Unit[]): string {
  return group.some((u) => u.kind === 'visual') ? '\n\n' : '\n';
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

/** Plans the deck: which slides, their points and their notes. */
export function planDeck(model: DocumentModel, options: PlanOptions): Staged<DeckPlan> {
  const budget = options.budget ?? defaultBudget;
  const ctx: Context = { options, budget, taken: new Set(), diagnostics: [] };
  let intro = model.intro;
  let sections = model.sections;
  const documentText = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary].map((b) => b.text).join('\n');
  if (sections.length === 0) {
    sections = sectionsFromProse(intro, documentText);
    intro = [];
  }
  const introWords = intro.reduce((n, b) => n + countWords(b.text), 0);
  const introAsSlide = intro.length > 1 || intro.some((b) => b.kind !== 'paragraph') || introWords > 120;
  const meta: DeckMeta = {
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
  const esc = (t: string): string => (options.format === 'text' ? escapeMarkdown(t) : t);
  const slides: SlidePlan[] = [];
  const titleBody = [meta.subtitle ? esc(meta.subtitle) : '', byline(meta)].filter(Boolean).join('\n\n');
  slides.push({ id: claimId('title', ctx.taken), layout: 'title', title: esc(meta.title), body: titleBody, notes: introAsSlide ? '' : blocksText(intro, options.format), section: null });

  const top = sections.filter((s) => s.level <= 2);
  const agendaPages = Math.ceil(top.length / budget.agendaItems);
  const agendaItems = (page: number): Section[] => top.slice(page * budget.agendaItems, (page + 1) * budget.agendaItems);
  // Where each agenda page sits: its items link to slides planned after it, so its body is written last.
  const agendaAt: number[] = [];
  for (let page = 0; page < agendaPages; page += 1) {
    agendaAt.push(slides.length);
    slides.push({
      id: claimId(page === 0 ? 'agenda' : `agenda-${page + 1}`, ctx.taken),
      layout: 'agenda',
      title: agendaPages > 1 ? `Agenda (${page + 1}/${agendaPages})` : 'Agenda',
      body: '',
      notes: `${page === 0 ? `This talk covers ${top.length} ${top.length === 1 ? 'topic' : 'topics'}` : 'The talk continues with'}: ${agendaItems(page).map((s) => esc(s.heading)).join('; ')}.`,
      section: null,
    });
  }

  if (introAsSlide) slides.push(...sectionSlides({ heading: 'Introduction', level: 2, line: intro[0]?.line ?? 1, blocks: intro }, 'Introduction', 'section', ctx));
  let parent = '';
  sections.forEach((section, i) => {
    if (section.level <= 2) parent = section.heading;
    if (section.blocks.length === 0 && !section.explicit) {
      // A heading with nothing under it but sub-sections opens a part of the talk: a divider.
      const children: Section[] = [];
      for (const next of sections.slice(i + 1)) {
        if (next.level <= section.level) break;
        if (next.level === section.level + 1) children.push(next);
      }
      slides.push({
        id: claimId(slugify(section.heading), ctx.taken),
        layout: 'divider',
        title: esc(section.heading),
        body: children.map((c) => `- ${esc(c.heading)}`).join('\n'),
        notes: '',
        section: parent || section.heading,
        origin: originOf(section),
      });
      return;
    }
    slides.push(...sectionSlides(section, parent || section.heading, 'section', ctx));
  });

  if (model.summary.length > 0) {
    const heading = model.summaryTitle ?? 'Summary';
    slides.push(...sectionSlides({ heading, level: 2, line: model.summary[0]?.line ?? 1, blocks: model.summary }, heading, 'summary', ctx));
  } else {
    // No closing paragraph: recap each section by its first point, so the talk still ends on a summary.
    const recap = top.slice(0, budget.maxPoints).map((s) => `- **${esc(s.heading)}**`);
    slides.push({ id: claimId('summary', ctx.taken), layout: 'summary', title: 'Summary', body: recap.join('\n'), notes: 'Recap of the main points.', section: 'Summary' });
  }
  // Agenda items link to the first slide of their section (in the deck and in the PDFs).
  const firstSlide = new Map<string, string>();
  for (const slide of slides) if (slide.origin && !firstSlide.has(slide.origin)) firstSlide.set(slide.origin, slide.id);
  agendaAt.forEach((at, page) => {
    const body = agendaItems(page)
      .map((s, i) => {
        const target = firstSlide.get(originOf(s));
        return `${page * budget.agendaItems + i + 1}. ${target ? `[${esc(s.heading)}](#/${target})` : esc(s.heading)}`;
      })
      .join('\n');
    slides[at] = { ...(slides[at] as SlidePlan), body };
  });
  return { value: { meta, slides }, diagnostics: ctx.diagnostics };
}
