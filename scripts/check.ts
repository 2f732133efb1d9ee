// `lectern check`: measures decks as a reviewer would. Coverage of the source
// document, words of prose per slide and slides per section come from the
// files; overflow is measured in Chromium on the rendered slides.
import { join, relative, resolve } from 'node:path';
import { inputError, LecternError } from './errors.ts';
import { exists, listDecks, readDeckFiles, readDocumentBytes } from './edges/files.ts';
import { deckFromFiles, splitDocument, visitPrintPages } from './pipeline.ts';
import { measureCoverage, measureWords, slidesPerSection, type Coverage, type WordStats } from './stages/measure-deck.ts';
import { readDocument } from './stages/read-document.ts';
import type { Deck } from './types.ts';

export interface CheckOptions {
  workspace: string;
  decks: string[];
  browser?: string;
  timeoutMs: number;
  maxWords: number;
  /** Text encoding of the source documents. */
  encoding?: string;
}

export interface DeckReport {
  deck: string;
  slides: number;
  source: string | null;
  coverage: Coverage | null;
  /** Why coverage was not measured, when it was not. */
  coverageNote?: string;
  overflow: { measured: boolean; slides: string[]; shrunk: { id: string; fit: number }[] };
  words: WordStats;
  sections: Record<string, number>;
  failures: string[];
  ok: boolean;
}

export interface CheckResult {
  decks: DeckReport[];
  ok: boolean;
  /** Set when no browser could measure overflow. */
  browserMissing: string | null;
}

async function loadDeck(ws: string, name: string): Promise<Deck> {
  const folder = join(ws, 'slides', name);
  if (!(await exists(join(folder, 'deck.yaml')))) throw inputError(`No deck named "${name}" (no slides/${name}/deck.yaml)`, 'Run lectern build <document> first, or name a folder under slides/');
  return deckFromFiles(name, await readDeckFiles(folder), {});
}

async function coverageOf(ws: string, deck: Deck, encoding: string | undefined): Promise<{ source: string | null; coverage: Coverage | null; coverageNote?: string }> {
  if (!deck.meta.source) return { source: null, coverage: null, coverageNote: 'no source document' };
  const path = resolve(ws, 'slides', deck.name, deck.meta.source);
  const shown = relative(ws, path);
  if (!(await exists(path))) return { source: shown, coverage: null, coverageNote: `${shown} not found` };
  try {
    const doc = readDocument(shown, await readDocumentBytes(path), encoding);
    return { source: shown, coverage: measureCoverage(splitDocument(doc), deck) };
  } catch (error) {
    // A source that no longer reads (another encoding, now binary) leaves the other measures standing.
    if (error instanceof LecternError && error.kind === 'input') return { source: shown, coverage: null, coverageNote: error.toLine() };
    throw error;
  }
}

/** Every slide's fit, measured in the browser. */
async function measureOverflow(ws: string, decks: Deck[], options: CheckOptions): Promise<Map<string, { id: string; fit: number; overflow: boolean }[]>> {
  const results = new Map<string, { id: string; fit: number; overflow: boolean }[]>();
  await visitPrintPages(ws, decks, options, async (deck, printer, page) => {
    results.set(deck.name, await printer.fits(page));
  });
  return results;
}

export async function checkDecks(options: CheckOptions): Promise<CheckResult> {
  const names = options.decks.length > 0 ? options.decks : await listDecks(options.workspace);
  if (names.length === 0) throw inputError('No decks to check in slides/', 'Build one first: lectern build <document>');
  const decks = await Promise.all(names.map((n) => loadDeck(options.workspace, n)));
  let fits = new Map<string, { id: string; fit: number; overflow: boolean }[]>();
  let browserMissing: string | null = null;
  try {
    fits = await measureOverflow(options.workspace, decks, options);
  } catch (error) {
    if (!(error instanceof LecternError && error.kind === 'environment')) throw error;
    browserMissing = error.toLine();
  }
  const reports: DeckReport[] = [];
  for (const deck of decks) {
    const { source, coverage, coverageNote } = await coverageOf(options.workspace, deck, options.encoding);
    const measured = fits.get(deck.name);
    const overflow = {
      measured: measured !== undefined,
      slides: (measured ?? []).filter((f) => f.overflow).map((f) => f.id),
      shrunk: (measured ?? []).filter((f) => f.fit < 0.999).map((f) => ({ id: f.id, fit: Math.round(f.fit * 100) / 100 })),
    };
    const words = measureWords(deck);
    const failures: string[] = [];
    if (coverage && coverage.present < coverage.sentences) failures.push(`${coverage.sentences - coverage.present} source sentence(s) are in neither slides nor notes`);
    if (overflow.slides.length > 0) failures.push(`${overflow.slides.length} slide(s) overflow their frame: ${overflow.slides.join(', ')}`);
    if (words.max > options.maxWords) failures.push(`slide ${words.maxSlide} shows ${words.max} words of prose (limit ${options.maxWords})`);
    reports.push({ deck: deck.name, slides: deck.slides.length, source, coverage, ...(coverageNote ? { coverageNote } : {}), overflow, words, sections: slidesPerSection(deck), failures, ok: failures.length === 0 });
  }
  return { decks: reports, ok: reports.every((r) => r.ok), browserMissing };
}

const percent = (share: number): string => `${(Math.floor(share * 1000) / 10).toString()}%`;

/** The report as a person reads it. */
export function formatReport(result: CheckResult): string {
  const lines: string[] = [];
  for (const r of result.decks) {
    lines.push(`${r.deck}: ${r.slides} slides${r.source ? ` from ${r.source}` : ''}`);
    lines.push(r.coverage ? `  coverage  ${r.coverage.present}/${r.coverage.sentences} source sentences in slides or notes (${percent(r.coverage.share)})` : `  coverage  not measured (${r.coverageNote ?? 'no source document'})`);
    for (const m of r.coverage?.missing ?? []) lines.push(`            missing: "${m.length > 90 ? `${m.slice(0, 87)}...` : m}"`);
    if (!r.overflow.measured) lines.push('  overflow  not measured (no browser)');
    else lines.push(`  overflow  ${r.overflow.slides.length === 0 ? 'none' : r.overflow.slides.join(', ')}${r.overflow.shrunk.length > 0 ? `; smaller type on ${r.overflow.shrunk.map((s) => `${s.id} (${s.fit})`).join(', ')}` : ''}`);
    lines.push(`  words     median ${r.words.median}, max ${r.words.max}${r.words.maxSlide ? ` (${r.words.maxSlide})` : ''} words of prose per slide`);
    lines.push(`  sections  ${Object.entries(r.sections).map(([s, n]) => `${s}: ${n}`).join('; ') || 'none'}`);
    lines.push(r.ok ? '  ok' : r.failures.map((f) => `  FAIL ${f}`).join('\n'));
  }
  return lines.join('\n');
}
