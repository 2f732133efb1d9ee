// What `lectern check` measures without a browser: how much of the source
// document the deck carries, how many words of prose each slide shows, and
// how many slides each section got.
import type { Block, Deck, DocumentModel } from '../types.ts';
import { parseMarkdown } from './render-slide.ts';
import { countWords, splitSentences } from './sentences.ts';
import { listItems } from './units.ts';

export interface Coverage {
  sentences: number;
  present: number;
  share: number;
  /** The first few source sentences found in neither slides nor notes. */
  missing: string[];
}

export interface WordStats {
  median: number;
  max: number;
  maxSlide: string | null;
  perSlide: Record<string, number>;
}

/** Text as a reader sees it: Markdown escapes and markers gone, quotes and spaces made uniform. */
export function normalise(text: string): string {
  return text
    .replace(/\\([\\`*_[\]{}()#+\-.!<>|~$])/gu, '$1')
    .replace(/[‘’ʼ]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

function units(block: Block): string[] {
  if (block.kind === 'paragraph' || block.kind === 'quote') return splitSentences(block.text.replace(/^>\s?/gmu, ''));
  // An item's sentences (a wrapped item is one item, as the planner reads it).
  if (block.kind === 'list') return listItems(block.text).flatMap((item) => splitSentences(item.body.replace(/\s+/gu, ' ').trim()));
  return [block.text];
}

/** Share of the document's sentences (and code, tables, formulas) present in the deck's slides or notes. */
export function measureCoverage(model: DocumentModel, deck: Deck): Coverage {
  const blocks = [...model.intro, ...model.sections.flatMap((s) => s.blocks), ...model.summary];
  const haystack = normalise(deck.slides.map((s) => `${s.body}\n${s.notes}`).join('\n'));
  // "Note:" is the author's marker for speaker notes, not part of the text.
  const sources = blocks.flatMap(units).map((u) => u.trim().replace(/^notes?:\s*/iu, '')).filter((u) => u !== '');
  const missing = sources.filter((s) => !haystack.includes(normalise(s)));
  return {
    sentences: sources.length,
    present: sources.length - missing.length,
    share: sources.length === 0 ? 1 : (sources.length - missing.length) / sources.length,
    missing: missing.slice(0, 10),
  };
}

/** Words of prose a slide shows: paragraphs, list items and quotes; not its title, code, tables or formulas. */
export function proseWords(markdown: string): number {
  const tokens = parseMarkdown(markdown);
  let words = 0;
  let inTable = 0;
  let inHeading = 0;
  for (const token of tokens) {
    if (token.type === 'table_open') inTable += 1;
    if (token.type === 'table_close') inTable -= 1;
    if (token.type === 'heading_open' && token.tag === 'h1') inHeading += 1;
    if (token.type === 'heading_close' && token.tag === 'h1') inHeading -= 1;
    if (token.type !== 'inline' || inTable > 0 || inHeading > 0) continue;
    for (const child of token.children ?? []) if (child.type === 'text') words += countWords(child.content);
  }
  return words;
}

export function measureWords(deck: Deck): WordStats {
  const counts = deck.slides.map((s) => ({ id: s.id, words: proseWords(s.body) }));
  const sorted = counts.map((c) => c.words).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  const top = counts.reduce<{ id: string; words: number } | null>((best, c) => (best === null || c.words > best.words ? c : best), null);
  return { median, max: top?.words ?? 0, maxSlide: top?.id ?? null, perSlide: Object.fromEntries(counts.map((c) => [c.id, c.words])) };
}

/** Slides per document section, in the deck's order. */
export function slidesPerSection(deck: Deck): Record<string, number> {
  const out: Record<string, number> = {};
  for (const slide of deck.slides) if (slide.section) out[slide.section] = (out[slide.section] ?? 0) + 1;
  return out;
}
