// `lectern check`: measures decks as a reviewer would. Coverage of the source
// document, words of prose per slide and slides per section come from the
// files; overflow is measured in Chromium on the rendered slides.
import { join, relative, resolve } from 'node:path';
import { inputError, LecternError } from './errors.ts';
import { exists, listDecks } from './edges/files.ts';
import { splitDocument, visitPrintPages } from './pipeline.ts';
import { readDeck } from './workspace.ts';
import {
  alteredCode,
  continuationTitles,
  formulaErrors,
  hiddenShown,
  markupShown,
  imageProblems,
  lonelySlides,
  measureCoverage,
  measureWords,
  proseRatio,
  slidesPerSection,
  speakingTime,
  type Coverage,
  type SpeakingTime,
  type WordStats,
} from './stages/measure-deck.ts';
import { existsSync } from 'node:fs';
import type { DocumentModel } from './types.ts';
import { readSource } from './edges/source.ts';
import { decodedPath } from './stages/markdown.ts';
import { cutIntoSlides } from './stages/plan-deck.ts';
import type { Deck } from './types.ts';
import type { SlideFit } from './client/api.ts';
import { codeFloor, drawingFloor } from './client/fit.ts';

export interface CheckOptions {
  workspace: string;
  decks: string[];
  browser?: string;
  timeoutMs: number;
  maxWords: number;
  /** Most words of prose the median slide may show (lectern's planning keeps it at 33 or fewer where it can). */
  maxMedian: number;
  /** Text encoding of the source documents. */
  encoding?: string;
  /** Largest source document read, in bytes. */
  maxBytes?: number;
  /** Speaking pace for the speaking time, in words a minute (default 130). */
  wpm?: number;
}

export interface DeckReport {
  deck: string;
  slides: number;
  source: string | null;
  coverage: Coverage | null;
  /** Why coverage was not measured, when it was not. */
  coverageNote?: string;
  /** `smallCode`: slides whose code is set below a readable size (code under 22px, a drawing of characters under 14px). */
  overflow: { measured: boolean; slides: string[]; shrunk: { id: string; fit: number }[]; smallCode: { id: string; px: number; drawing: boolean }[] };
  words: WordStats;
  sections: Record<string, number>;
  /** Code spans and code lines on the slides that differ from the source (null: no source to compare with). */
  code: { checked: number; altered: { slide: string; code: string }[] } | null;
  /** Hidden passages of the source (comments, template tags): how many were kept out, and any that show. */
  hidden: { keptOut: number; shown: string[]; markup: string[] } | null;
  /** Words of prose on slides against words in notes; limit 0.5 on prose-heavy documents. */
  prose: { slideWords: number; notesWords: number; ratio: number; proseHeavy: boolean } | null;
  /** Slides titled only as a continuation: "(n/m)" (always a failure) and "(cont.)". */
  titles: { numbered: string[]; continued: string[] };
  /** Slides with one short item beside a neighbour from the same section with room for it. */
  lonely: string[];
  images: { missing: string[]; remote: string[]; notRun: string[] };
  /** Formulas KaTeX cannot read, shown in red as written: "slide-id: reason". */
  formulas: { errors: string[] };
  /** Slides with a Mermaid diagram that Mermaid could not read (shown as its source), as the browser found them; empty unmeasured. */
  diagrams: { undrawn: string[] };
  /** Speaking time from the notes at a pace in words a minute. */
  time: SpeakingTime;
  failures: string[];
  ok: boolean;
}

export interface CheckResult {
  decks: DeckReport[];
  ok: boolean;
  /** Set when no browser could measure overflow. */
  browserMissing: string | null;
}

interface SourceCheck {
  source: string | null;
  coverage: Coverage | null;
  coverageNote?: string;
  model?: DocumentModel;
  text?: string;
}

async function coverageOf(ws: string, deck: Deck, encoding: string | undefined, maxBytes?: number): Promise<SourceCheck> {
  if (!deck.meta.source) return { source: null, coverage: null, coverageNote: 'no source document' };
  const path = resolve(ws, 'slides', deck.name, deck.meta.source);
  const shown = relative(ws, path);
  if (!(await exists(path))) return { source: shown, coverage: null, coverageNote: `${shown} not found` };
  try {
    const { doc } = await readSource(path, shown, maxBytes, encoding);
    const model = splitDocument(doc);
    return { source: shown, coverage: measureCoverage(model, deck, doc.format), model, text: doc.text };
  } catch (error) {
    // A source that no longer reads (another encoding, now binary) leaves the other measures standing.
    if (error instanceof LecternError && error.kind === 'input') return { source: shown, coverage: null, coverageNote: error.toLine() };
    throw error;
  }
}

/** Every slide's fit, measured in the browser. */
async function measureOverflow(ws: string, decks: Deck[], options: CheckOptions): Promise<Map<string, SlideFit[]>> {
  const results = new Map<string, SlideFit[]>();
  await visitPrintPages(ws, decks, options, async (deck, printer, page) => {
    results.set(deck.name, await printer.fits(page));
  });
  return results;
}

/**
 * Slides whose code or drawings are set below their floors, as measured: code's (codeFloor, which the slides' fit keeps),
 * and a drawing of characters', a picture that may take a smaller type than code, never below drawingFloor.
 */
function smallCode(fits: SlideFit[]): { id: string; px: number; drawing: boolean }[] {
  return fits.flatMap((f): { id: string; px: number; drawing: boolean }[] => {
    if (f.codePx !== undefined && f.codePx < codeFloor - 0.5) return [{ id: f.id, px: f.codePx, drawing: false }];
    if (f.drawingPx !== undefined && f.drawingPx < drawingFloor) return [{ id: f.id, px: f.drawingPx, drawing: true }];
    return [];
  });
}

export async function checkDecks(options: CheckOptions): Promise<CheckResult> {
  const names = options.decks.length > 0 ? options.decks : await listDecks(options.workspace);
  if (names.length === 0) throw inputError('No decks to check in slides/', 'Build one first: lectern build <document>');
  const decks = await Promise.all(names.map((n) => readDeck(options.workspace, n)));
  let fits = new Map<string, SlideFit[]>();
  let browserMissing: string | null = null;
  try {
    fits = await measureOverflow(options.workspace, decks, options);
  } catch (error) {
    if (!(error instanceof LecternError && error.kind === 'environment')) throw error;
    browserMissing = error.toLine();
  }
  const reports: DeckReport[] = [];
  for (const deck of decks) {
    const { source, coverage, coverageNote, model, text } = await coverageOf(options.workspace, deck, options.encoding, options.maxBytes);
    const measured = fits.get(deck.name);
    const overflow = {
      measured: measured !== undefined,
      slides: (measured ?? []).filter((f) => f.overflow).map((f) => f.id),
      shrunk: (measured ?? []).filter((f) => f.fit < 0.999).map((f) => ({ id: f.id, fit: Math.round(f.fit * 100) / 100 })),
      smallCode: smallCode(measured ?? []),
    };
    const words = measureWords(deck);
    const failures: string[] = [];
    if (coverage && coverage.present < coverage.sentences)
      failures.push(`${coverage.sentences - coverage.present} source sentence(s) are in neither slides nor notes`);
    if (overflow.slides.length > 0) failures.push(`${overflow.slides.length} slide(s) overflow their frame: ${overflow.slides.join(', ')}`);
    if (overflow.smallCode.length > 0)
      failures.push(
        `${overflow.smallCode.length} slide(s) show code below a readable size: ${overflow.smallCode
          .slice(0, 5)
          .map((c) => `${c.id} (${c.px}px${c.drawing ? ', a drawing' : ''})`)
          .join(', ')}`,
      );
    const diagrams = { undrawn: (measured ?? []).filter((f) => (f.undrawn ?? 0) > 0).map((f) => f.id) };
    if (diagrams.undrawn.length > 0)
      failures.push(
        `${diagrams.undrawn.length} slide(s) show a Mermaid diagram as its source (Mermaid cannot read it): ${diagrams.undrawn.slice(0, 5).join(', ')}`,
      );
    if (words.max > options.maxWords) failures.push(`slide ${words.maxSlide} shows ${words.max} words of prose (limit ${options.maxWords})`);
    if (words.median > options.maxMedian) failures.push(`the median slide shows ${words.median} words of prose (limit ${options.maxMedian})`);
    const quality = deckQuality(deck, join(options.workspace, 'slides', deck.name), model, text);
    failures.push(...quality.failures);
    reports.push({
      deck: deck.name,
      slides: deck.slides.length,
      source,
      coverage,
      ...(coverageNote ? { coverageNote } : {}),
      overflow,
      words,
      sections: slidesPerSection(deck),
      ...quality.report,
      diagrams,
      time: speakingTime(deck, options.wpm),
      failures,
      ok: failures.length === 0,
    });
  }
  return { decks: reports, ok: reports.every((r) => r.ok), browserMissing };
}

type Quality = Pick<DeckReport, 'code' | 'hidden' | 'prose' | 'titles' | 'lonely' | 'images' | 'formulas'>;

/** What a lecturer notices first (../DECK-QUALITY): their code altered, hidden text shown, titles, lonely slides, slides that repeat their notes, images. */
function deckQuality(deck: Deck, folder: string, model: DocumentModel | undefined, text: string | undefined): { report: Quality; failures: string[] } {
  const code = text !== undefined ? alteredCode(text, deck) : null;
  const hidden = model ? { keptOut: model.hidden?.count ?? 0, shown: hiddenShown(model, deck, text), markup: markupShown(deck) } : null;
  const prose = model ? proseRatio(model, deck) : null;
  const titles = continuationTitles(deck, text);
  // The headings a sub-section follows right under: each opens a part of its own.
  const parents = (model?.sections ?? []).filter((s, i, all) => (all[i + 1]?.level ?? 0) > s.level).map((s) => s.heading);
  const lonely = lonelySlides(deck, model !== undefined && cutIntoSlides(model.sections, model), parents);
  // (A path as the slide's Markdown gives it, its spaces escaped: "images/my%20chart.svg" is "images/my chart.svg".)
  const images = imageProblems(deck, (src) => existsSync(join(folder, src)) || existsSync(join(folder, decodedPath(src))));
  const formulas = { errors: formulaErrors(deck) };
  const failures: string[] = [];
  const sectionSlides = deck.slides.filter((s) => s.layout === 'section' || s.layout === 'default').length;
  if (code && code.altered.length > 0)
    failures.push(
      `${code.altered.length} code span(s) or line(s) differ from the source: ${code.altered
        .slice(0, 3)
        .map((a) => `${a.slide} \`${a.code.slice(0, 40)}\``)
        .join(', ')}`,
    );
  if (hidden && hidden.shown.length > 0) failures.push(`${hidden.shown.length} passage(s) the author hid are shown: "${(hidden.shown[0] ?? '').slice(0, 60)}"`);
  if (hidden && hidden.markup.length > 0)
    failures.push(`${hidden.markup.length} piece(s) of a site's markup are shown as text: ${hidden.markup.slice(0, 3).join(', ')}`);
  if (prose && prose.proseHeavy && prose.ratio > 0.5) failures.push(`the slides repeat their notes: slide prose / notes prose is ${prose.ratio} (limit 0.5)`);
  if (titles.numbered.length > 0) failures.push(`${titles.numbered.length} slide(s) titled "(n/m)": ${titles.numbered.slice(0, 5).join(', ')}`);
  if (sectionSlides > 3 && titles.continued.length / sectionSlides > 0.34)
    failures.push(`${titles.continued.length} of ${sectionSlides} slides are titled only as continuations`);
  if (lonely.length > 0) failures.push(`${lonely.length} slide(s) with one short item beside a slide with room: ${lonely.slice(0, 5).join(', ')}`);
  if (images.missing.length > 0) failures.push(`${images.missing.length} image(s) missing: ${images.missing.slice(0, 3).join(', ')}`);
  if (images.remote.length > 0) failures.push(`${images.remote.length} remote image(s), shown as placeholders: ${images.remote.slice(0, 3).join(', ')}`);
  if (formulas.errors.length > 0)
    failures.push(`${formulas.errors.length} formula(s) KaTeX cannot read, shown in red: ${formulas.errors.slice(0, 2).join('; ')}`);
  return { report: { code, hidden, prose, titles, lonely, images, formulas }, failures };
}

const percent = (share: number): string => `${(Math.floor(share * 1000) / 10).toString()}%`;

/** The report as a person reads it. */
export function formatReport(result: CheckResult): string {
  const lines: string[] = [];
  for (const r of result.decks) {
    lines.push(`${r.deck}: ${r.slides} slides${r.source ? ` from ${r.source}` : ''}`);
    lines.push(
      r.coverage
        ? `  coverage  ${r.coverage.present}/${r.coverage.sentences} source sentences in slides or notes (${percent(r.coverage.share)})`
        : `  coverage  not measured (${r.coverageNote ?? 'no source document'})`,
    );
    for (const m of r.coverage?.missing ?? []) lines.push(`            missing: "${m.length > 90 ? `${m.slice(0, 87)}...` : m}"`);
    if (!r.overflow.measured) lines.push('  overflow  not measured (no browser)');
    else
      lines.push(
        `  overflow  ${r.overflow.slides.length === 0 ? 'none' : r.overflow.slides.join(', ')}${r.overflow.shrunk.length > 0 ? `; smaller type on ${r.overflow.shrunk.map((s) => `${s.id} (${s.fit})`).join(', ')}` : ''}${r.overflow.smallCode.length > 0 ? `; code below a readable size on ${r.overflow.smallCode.map((c) => `${c.id} (${c.px}px)`).join(', ')}` : ''}`,
      );
    lines.push(`  words     median ${r.words.median}, max ${r.words.max}${r.words.maxSlide ? ` (${r.words.maxSlide})` : ''} words of prose per slide`);
    if (r.code)
      lines.push(
        `  code      ${r.code.altered.length === 0 ? `${r.code.checked} code spans and lines as in the source` : `${r.code.altered.length} of ${r.code.checked} differ from the source`}`,
      );
    if (r.hidden)
      lines.push(
        `  hidden    ${r.hidden.keptOut} hidden item(s) kept out${r.hidden.shown.length > 0 ? `, ${r.hidden.shown.length} shown` : ''}${r.hidden.markup.length > 0 ? `, ${r.hidden.markup.length} piece(s) of markup shown` : ''}`,
      );
    if (r.prose)
      lines.push(
        `  prose     slides ${r.prose.slideWords} words, notes ${r.prose.notesWords} (ratio ${r.prose.ratio}${r.prose.proseHeavy ? ', prose-heavy: limit 0.5' : ''})`,
      );
    lines.push(`  titles    ${r.titles.numbered.length} "(n/m)", ${r.titles.continued.length} "(cont.)"; lonely slides ${r.lonely.length}`);
    if (r.images.missing.length + r.images.remote.length > 0) lines.push(`  images    ${r.images.missing.length} missing, ${r.images.remote.length} remote`);
    if (r.images.notRun.length > 0)
      lines.push(`  figures   ${r.images.notRun.length} drawn by the document's hidden code, shown as placeholders (lectern runs no code)`);
    lines.push(`  time      about ${r.time.minutes} min to speak at ${r.time.wpm} words a minute (from the notes)`);
    lines.push(
      `  sections  ${
        Object.entries(r.sections)
          .map(([s, n]) => `${s}: ${n}`)
          .join('; ') || 'none'
      }`,
    );
    lines.push(r.ok ? '  ok' : r.failures.map((f) => `  FAIL ${f}`).join('\n'));
  }
  return lines.join('\n');
}
