// The build, readable in one place: document -> slides -> HTML -> PDFs.
// Stages are pure; the edges (files, bundling, browser) are called by the
// command modules (this one, check, library, remix, serve, watch, talks and
// workspace), never by a stage. scripts/ARCHITECTURE.md maps the rest.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { inputError, LecternError } from './errors.ts';
import { browserFailure, findBrowser } from './edges/browser.ts';
import { writeAssets, writeKatexAssets, writeMermaidScript } from './edges/bundle.ts';
import {
  carryFiles,
  commitStaging,
  createScratch,
  createStaging,
  discardStaging,
  eachLimited,
  exists,
  listFiles,
  readDeckFiles,
  readExistingFolder,
  removeScratch,
  withLock,
  writeFiles,
  type Staging,
} from './edges/files.ts';
import { findCustomCss, readThemeTokens, workspaceFrame, writeCustomCss } from './edges/custom-css.ts';
import type { ThemeTokens } from './stages/frame.ts';
import { writeFonts } from './edges/fonts.ts';
import { copyDeckImages, copyImages, findDeckImages, findDocumentImages } from './edges/images.ts';
import { packageVersion, themeDir } from './edges/paths.ts';
import { printPdfs, type PaperSize, type PrintJob } from './edges/pdf.ts';
import { BrowserSession, Printer } from './edges/printer.ts';
import { writeSingleFile } from './edges/single-file.ts';
import type { Progress } from './edges/progress.ts';
import { namingFile } from './stages/derive-title.ts';
import { planOutline } from './stages/outline.ts';
import { loadTalk } from './talks.ts';
import { deckNameFor, resolveInput, withOverrides, type ResolvedInput } from './workspace.ts';
import { deckFromFiles } from './stages/read-slides.ts';

export { deckNameFor, resolveInput } from './workspace.ts';
import type { PlanOptions } from './stages/plan-deck.ts';
import { planDocumentText } from './edges/planner.ts';
export { splitDocument } from './stages/plan-source.ts';
import { readSource } from './edges/source.ts';
import type { ManifestDefaults } from './stages/read-slides.ts';
import { mermaidScript, renderDeckHtml, renderPrintHtml, renderSteps, usesDiagrams, usesMath, type Templates } from './stages/render-deck.ts';
import { collectMathWarnings, mapImageSources, unreadFormula } from './stages/markdown.ts';
import { speakingTime } from './stages/measure-deck.ts';
import { defaultWpm } from './stages/duration.ts';
import { isSafeName } from './stages/slug.ts';
import { changeFolder, editedSince, keepEditedFiles, writeSlides, type DeckFiles, type ExistingFolder, type FolderChange } from './stages/write-slides.ts';
import type { Deck, DeckPlan, Diagnostic, DocumentModel } from './types.ts';

export const generator = `lectern ${packageVersion}`;

export type HandoutLayout = 'notes' | 'notes-pages' | '3up' | '6up';
export const handoutLayouts: readonly HandoutLayout[] = ['notes', 'notes-pages', '3up', '6up'];

export interface BuildOptions {
  workspace: string;
  input: string;
  deck?: string;
  title?: string;
  author?: string;
  theme?: 'light' | 'dark';
  pdf: boolean;
  /** Slides PDF with a page per fragment step. */
  fragments: boolean;
  /** Pictures of every slide, and thumbnails, under dist/<deck>/png/. */
  png: boolean;
  /** Also dist/<deck>/<deck>.html: one self-contained file. */
  singleFile?: boolean;
  /** Also dist/<deck>/<deck>.pptx: the deck as editable PowerPoint slides. */
  pptx?: boolean;
  handouts: HandoutLayout[];
  /** The talk's length in minutes: the build warns when the notes take longer to speak. */
  durationMinutes?: number;
  /** Speaking pace in words a minute (default 130). */
  wpm?: number;
  /** The theme variant handouts print in (default light, whatever the deck's theme). */
  handoutTheme?: 'light' | 'dark';
  paper: PaperSize;
  browser?: string;
  force: boolean;
  encoding: string;
  /** Largest document read, in bytes (default 32 MB). */
  maxBytes?: number;
  timeoutMs: number;
  progress: Progress;
  /**
   * Settings of the workspace's config that a document or a deck's manifest
   * overrides (flags override both): the theme and language of a new deck, the
   * author when the document names none.
   */
  defaults?: ManifestDefaults;
  /**
   * A rebuild from the document keeps slide files the user edited, as they
   * are, instead of refusing (serve and --watch, which follow the document
   * while its slides are being edited); --force still replaces them.
   */
  keepEdits?: boolean;
}

export interface BuildResult {
  /** The input as given (a document, deck name or talk file). */
  input: string;
  deck: string;
  slides: number;
  outputs: string[];
  diagnostics: Diagnostic[];
  /**
   * The text files of slides/<deck> as the build left them (a document's or a
   * deck's build; not a talk's): what `serve` and `build --watch` compare a
   * changed file with, to tell a save of the user's from the build's own write.
   */
  slideFiles?: ReadonlyMap<string, string>;
  /** The document the slides were planned from, as an absolute path (a document's build; not a deck's or a talk's). */
  document?: string;
}

/** Names whose dist/ folder belongs to another lectern command (dist/library is `lectern library`'s). */
const reservedDeckNames = new Set(['library', 'bench']);

export function checkDeckName(name: string): string {
  if (!isSafeName(name)) {
    throw inputError(`"${name}" is not a valid deck name`, 'Use letters, digits, dots, dashes and underscores (e.g. --deck my-talk)');
  }
  if (reservedDeckNames.has(name.toLowerCase())) {
    throw inputError(
      `"${name}" is not a deck name lectern can use: dist/${name}/ holds the output of another command`,
      `Pick another name with --deck (e.g. --deck ${name}-deck)`,
    );
  }
  return name;
}

async function loadTemplates(scriptHashes: string[]): Promise<Templates> {
  return { deck: await readFile(join(themeDir, 'template.html'), 'utf8'), print: await readFile(join(themeDir, 'print.html'), 'utf8'), scriptHashes };
}

/** All the text a deck shows, in slides, notes and titles: what its fonts must cover. */
function deckText(deck: Deck): string {
  return [deck.meta.title, deck.meta.subtitle ?? '', deck.meta.author ?? '', ...deck.slides.flatMap((s) => [s.body, s.notes])].join('\n');
}

/** 1234567 -> "1,234,567", without toLocaleString: its first call loads ICU's locale data (some 25 ms, a tenth of a small build). */
const groupDigits = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/gu, ',');

/** A document read, split and planned. The plan does not depend on the outputs asked for: the same slides and ids with or without a browser. */
interface PlannedDocument {
  shown: string;
  model: DocumentModel;
  options: PlanOptions;
  images: Map<string, { file: string; target: string }>;
  plan: DeckPlan;
  diagnostics: Diagnostic[];
  /** A folder of images taken out of a Word document, removed after the build. */
  scratch: string | null;
}

/** Points slides' image references at the deck folder's copies. */
export function rewriteImages<T extends { body: string; notes: string }>(slides: T[], images: Map<string, { target: string }>): T[] {
  if (images.size === 0) return slides;
  // A destination in angle brackets is written as typed ("my pic.png"); the parser gives it encoded ("my%20pic.png").
  const rewrite = (text: string): string => mapImageSources(text, (src) => (images.get(src) ?? images.get(encodeURI(src)))?.target ?? null);
  return slides.map((s) => ({ ...s, body: rewrite(s.body), notes: rewrite(s.notes) }));
}

/** What planning is told of a document: its names, the command's options, the deck folder its source is found from. */
async function planOptionsFor(options: BuildOptions, path: string, shown: string, format: PlanOptions['format'], slidesDir: string): Promise<PlanOptions> {
  return {
    file: shown,
    fileName: namingFile(path),
    format,
    title: options.title ?? null,
    author: options.author ?? null,
    theme: options.theme ?? options.defaults?.theme,
    lang: options.defaults?.lang ?? null,
    duration: options.durationMinutes ?? null,
    wpm: options.wpm ?? null,
    source: relative(slidesDir, path),
    // Text is measured for the slide size the workspace's stylesheet declares (the theme's, unless theme/custom.css changes it).
    frame: await workspaceFrame(options.workspace),
  };
}

async function planDocument(options: BuildOptions, slidesDir: string): Promise<PlannedDocument> {
  const path = resolve(options.workspace, options.input);
  const shown = relative(options.workspace, path) || options.input;
  const source = await readSource(path, shown, options.maxBytes, options.encoding);
  const doc = source.doc;
  options.progress.step(`Read ${groupDigits(doc.text.length)} characters; planning`);
  const planOptions = await planOptionsFor(options, path, shown, doc.format, slidesDir);
  // An author is shown only where the document or --author names one (the PDFs' metadata falls back to the machine's user).
  const { model, plan, diagnostics, options: used } = await planDocumentText(doc, planOptions, options.defaults?.author ?? null);
  // A Word document's images are files once taken out of it: in a scratch folder, found from there like a Markdown file's.
  const scratch = source.images.size > 0 ? await createScratch() : null;
  if (scratch) await writeFiles(scratch, source.images);
  const { images, diagnostics: missing } = await findDocumentImages(
    scratch ?? dirname(path),
    plan.slides.flatMap((s) => [s.body, s.notes]),
    shown,
    doc.text,
  );
  const word: Diagnostic[] = source.warnings.map((message) => ({ severity: 'warning', rule: 'word', message, file: shown }));
  return {
    shown,
    model,
    options: used,
    images,
    plan: { ...plan, slides: rewriteImages(plan.slides, images) },
    diagnostics: [...word, ...missing, ...diagnostics],
    scratch,
  };
}

/** The deck's speaking time against the talk's length: a warning when the notes take longer. */
function timeAgainst(deck: Deck, minutes: number, wpm: number): Diagnostic {
  const time = speakingTime(deck, wpm);
  const over = time.minutes > minutes;
  return {
    severity: over ? 'warning' : 'info',
    rule: 'duration',
    message: over
      ? `the notes take about ${time.minutes} min to speak at ${wpm} words a minute, over the ${minutes} min of the talk: cut or move slides, or speak from fewer notes`
      : `the notes take about ${time.minutes} of the talk's ${minutes} min at ${wpm} words a minute`,
    file: `slides/${deck.name}`,
  };
}

/** Where --force keeps the files it replaces: a folder per build, named by its time. */
export const replacedFolder = (now: Date): string => `.lectern-replaced/${now.toISOString().replace(/[:.]/gu, '-')}`;

/**
 * Refuses a rebuild that would overwrite the document itself or (without
 * --force) files the user changed; returns the notice for what --force kept.
 */
function checkFolderChange(change: FolderChange, name: string, shown: string, protect: string | null, force: boolean, backup: string): Diagnostic[] {
  if (protect !== null && change.write.has(protect)) {
    throw inputError(
      `slides/${name}/${protect}: the document is where lectern writes a slide file of this deck`,
      `Move ${shown} out of slides/${name}/, or build it under another name with --deck`,
    );
  }
  if (change.replaced.length === 0) return [];
  const list = change.replaced.slice(0, 5).join(', ') + (change.replaced.length > 5 ? `, and ${change.replaced.length - 5} more` : '');
  if (!force) {
    throw inputError(
      `slides/${name}: ${change.replaced.length} file(s) were edited since lectern wrote them, or are not lectern's (${list})`,
      `Build from the slides with "lectern build ${name}" to keep the edits, or pass --force to regenerate them from ${shown} (the replaced files are kept in slides/${name}/.lectern-replaced/)`,
    );
  }
  return [
    {
      severity: 'warning',
      rule: 'replaced-files',
      message: `--force replaced ${change.replaced.length} edited file(s) (${list}); the old versions are in slides/${name}/${backup}/`,
      file: `slides/${name}`,
    },
  ];
}

function pdfJobs(options: BuildOptions, distDir: string, name: string): PrintJob[] {
  const jobs: PrintJob[] = [];
  if (options.pdf) jobs.push({ kind: 'slides', path: join(distDir, `${name}.pdf`), paper: options.paper, fragments: options.fragments });
  for (const layout of options.handouts) {
    jobs.push({
      kind: layout,
      path: join(distDir, layout === 'notes' ? `${name}-handout.pdf` : `${name}-handout-${layout}.pdf`),
      paper: options.paper,
      handoutTheme: options.handoutTheme ?? 'light',
    });
  }
  return jobs;
}

/** The deck an input builds into (for an input that does not resolve, its file name: the build reports the problem). */
export async function deckNameOf(workspace: string, input: string): Promise<string> {
  try {
    return (await resolveInput(workspace, input)).name;
  } catch {
    return deckNameFor(input);
  }
}

/** Writes the deck's script and styles into a dist folder; returns the templates to render with. */
export async function prepareDist(distDir: string): Promise<Templates> {
  const assets = await writeAssets(join(distDir, 'assets'));
  return loadTemplates(assets.scriptHashes);
}

/** Writes index.html, print.html, fonts, KaTeX and images of a deck into a dist folder. */
/** `steps`: the print page gets a copy of each fragment slide per step (only the slides PDF with --fragments shows them). */
export async function renderInto(
  distDir: string,
  deck: Deck,
  base: Templates,
  deckDir: string,
  workspace: string,
  steps = false,
): Promise<{ diagnostics: Diagnostic[]; tokens: ThemeTokens }> {
  // Fonts and images copy while the slides render; an image that is missing is shown as a placeholder.
  const images = await findDeckImages(
    deckDir,
    deck.slides.map((s) => s.body),
    `slides/${deck.name}`,
  );
  const copies = [writeFonts(join(distDir, 'assets'), deckText(deck)), copyDeckImages(deckDir, images.files, distDir)];
  // Awaited below, after the pages are written: a copy that fails meanwhile (a font package missing) is reported
  // there, as the build's one-line error, not first as an unhandled rejection that stops the process with a trace.
  for (const copy of copies) copy.catch(() => undefined);
  let written: { warnings: string[]; tokens: ThemeTokens };
  try {
    written = await writeDeckPages(distDir, deck, base, deckDir, workspace, images, steps);
  } catch (error) {
    // The copies still write into the folder: they finish before the caller removes it.
    await Promise.allSettled(copies);
    throw error;
  }
  await Promise.all(copies);
  const math: Diagnostic[] = written.warnings.map((message) => ({
    severity: 'warning',
    rule: 'math',
    // A formula KaTeX cannot read says what to do about it: the slide shows it in red until it is corrected.
    message: message.endsWith(unreadFormula)
      ? `a formula: ${message}; correct it in the document (KaTeX reads https://katex.org/docs/supported.html), \`lectern check\` names its slide`
      : `a formula: ${message}`,
    file: `slides/${deck.name}`,
  }));
  return { diagnostics: [...images.diagnostics, ...math], tokens: written.tokens };
}

/** The deck's pages (index.html, print.html) with the workspace's stylesheet and KaTeX's when a slide has a formula; the formulas' warnings. */
async function writeDeckPages(
  distDir: string,
  deck: Deck,
  base: Templates,
  deckDir: string,
  workspace: string,
  images: { missing: ReadonlySet<string>; ratios: ReadonlyMap<string, number> },
  steps: boolean,
): Promise<{ warnings: string[]; tokens: ThemeTokens }> {
  const customCss = await findCustomCss(workspace, deckDir, deck.meta.css);
  if (customCss) await writeCustomCss(customCss, join(distDir, 'assets'));
  const tokens = await readThemeTokens(customCss);
  const templates = { ...base, customCss: customCss !== null, missingImages: images.missing, imageRatios: images.ratios, frame: tokens.frame };
  const result = collectMathWarnings(() => {
    const html = renderDeckHtml(deck, templates);
    return { html, print: renderPrintHtml(deck, html.slides, templates, steps ? renderSteps(deck, images.missing, images.ratios) : []) };
  });
  await writeFiles(
    distDir,
    new Map([
      ['index.html', result.value.html.html],
      ['print.html', result.value.print],
    ]),
  );
  if (usesMath(result.value.html.slides)) await writeKatexAssets(join(distDir, 'assets', 'katex'));
  if (usesDiagrams(result.value.html.slides)) await writeMermaidScript(join(distDir, mermaidScript));
  return { warnings: result.warnings, tokens };
}

/**
 * Renders each deck into a scratch folder and opens its print page in one
 * browser, for the commands that only look at slides (check, library).
 */
export async function visitPrintPages(
  ws: string,
  decks: Deck[],
  options: { browser?: string; timeoutMs: number; scale?: number },
  visit: (deck: Deck, printer: Printer, page: number) => Promise<void>,
): Promise<void> {
  const printer = new Printer(await findBrowser(options.browser), options.timeoutMs);
  const scratch = await createScratch();
  try {
    for (const deck of decks) {
      const dist = join(scratch, deck.name);
      const { tokens } = await renderInto(dist, deck, await prepareDist(dist), join(ws, 'slides', deck.name), ws);
      const page = await printer.open(join(dist, 'print.html'), options.scale, tokens.frame);
      await visit(deck, printer, page);
      await printer.closePage(page);
    }
  } finally {
    await printer.close();
    await removeScratch(scratch);
  }
}

/** Builds a deck from a document or from an existing slides folder; builds of one deck take turns. */
export async function build(options: BuildOptions, shared?: BrowserSession): Promise<BuildResult> {
  const input = await resolveInput(options.workspace, options.input);
  const name = checkDeckName(options.deck ?? input.name);
  const needsBrowser = options.pdf || options.handouts.length > 0 || options.png;
  const session = shared ?? new BrowserSession(options.browser, options.timeoutMs, true);
  // Chromium starts while the slides are planned and rendered: its launch is most of a small build.
  if (needsBrowser) session.start();
  try {
    return await withLock(join(options.workspace, 'dist', `.${name}.lock`), Math.max(options.timeoutMs, 60_000) * 5, () =>
      buildDeck(options, input, name, session),
    );
  } finally {
    if (!shared) await session.close();
  }
}

/** Builds several inputs (each with its options) with one browser, printing as many decks at once as the machine has cores. */
export async function buildAll(builds: BuildOptions[]): Promise<{ results: BuildResult[]; failures: { input: string; error: unknown }[] }> {
  const first = builds[0];
  const session = new BrowserSession(first?.browser, first?.timeoutMs ?? 60_000);
  const results: BuildResult[] = [];
  const failures: { input: string; error: unknown }[] = [];
  try {
    await eachLimited(builds, Math.max(1, availableParallelism()), async (options) => {
      try {
        results.push(await build(options, session));
      } catch (error) {
        failures.push({ input: options.input, error });
      }
    });
  } finally {
    await session.close();
  }
  const inputs = builds.map((b) => b.input);
  results.sort((a, b) => inputs.indexOf(a.input) - inputs.indexOf(b.input));
  return { results, failures };
}

/**
 * A slide file saved while a build that keeps edits ran (after it read the
 * folder) would go with the folder its staging copy replaces: it is carried
 * into the copy, the user's version. Returns those files and their text.
 */
async function keepLateEdits(slidesDir: string, staging: string, first: ExistingFolder): Promise<Map<string, string>> {
  const now = await readDeckFiles(slidesDir);
  const late = new Map(editedSince(first.texts, now).map((path) => [path, now.get(path) ?? '']));
  if (late.size > 0) await writeFiles(staging, late);
  return late;
}

/** Fills the staging copy of a slides folder: new files written, kept ones carried over, replaced ones kept aside. */
async function stageSlides(slidesDir: string, staging: string, change: FolderChange, backup: string): Promise<void> {
  await Promise.all([
    writeFiles(staging, change.write),
    carryFiles(slidesDir, staging, change.keep),
    carryFiles(slidesDir, staging, change.replaced, (path) => `${backup}/${path}`),
  ]);
}

/**
 * After a failed print: the outputs the print did not write are carried over
 * from the previous build (when it has them), and the error says so.
 */
async function keepPreviousPrints(distDir: string, staging: string, outputs: string[], name: string, error: LecternError): Promise<LecternError> {
  const previous = listFiles(distDir);
  const missing = new Set<string>();
  for (const output of outputs) if (!(await exists(join(staging, output)))) missing.add(output);
  const kept = previous.filter((p) => missing.has(p) || missing.has(p.split('/')[0] ?? ''));
  if (kept.length === 0) return error;
  await carryFiles(distDir, staging, kept);
  const shown = [...missing].filter((m) => kept.some((p) => p === m || p.startsWith(`${m}/`))).map((m) => `dist/${name}/${m}`);
  return new LecternError(error.kind, `${error.message} (${shown.join(', ')} ${shown.length === 1 ? 'is' : 'are'} from the previous build)`, error.remedy, {
    cause: error,
  });
}

/** Work started now and awaited later, whose failure is kept for whoever awaits it. */
interface Job {
  /** Resolves when the work is done; rejects with its error. */
  done(): Promise<void>;
  /** Resolves when the work has ended, well or not (after another failure, which is the one reported). */
  settled(): Promise<void>;
}

/** Starts awaiting `work` at once, so that a failure before anyone asks for it is held, not an unhandled rejection. */
function startJob(work: Promise<void>): Job {
  const outcome = work.then(
    () => null,
    (error: unknown) => ({ error }),
  );
  return {
    async done() {
      const failed = await outcome;
      if (failed) throw failed.error;
    },
    async settled() {
      await outcome;
    },
  };
}

/** What the slides folder becomes: the deck's files, the change to the folder, and what the build says about it. */
interface SlideFolder {
  files: DeckFiles;
  change: FolderChange | null;
  notices: Diagnostic[];
  /** Where --force keeps the files it replaces. */
  backup: string;
  /** The folder as the build first read it (a document's build). */
  existing: ExistingFolder | null;
}

/**
 * The slide files of a deck: from the plan (lectern's files rewritten where
 * they changed, every other file kept, the user's edits kept or refused as
 * the options say), or as they are for a deck built from its folder.
 */
async function slideFolder(
  options: BuildOptions,
  input: ResolvedInput,
  name: string,
  planned: PlannedDocument | null,
  reading: ReturnType<typeof readExistingFolder> | null,
): Promise<SlideFolder> {
  const slidesDir = join(options.workspace, 'slides', name);
  const backup = replacedFolder(new Date());
  if (!planned)
    return { files: input.kind === 'deck' ? await readDeckFiles(slidesDir) : new Map<string, string>(), change: null, notices: [], backup, existing: null };
  const copies = [...planned.images.values()].map((i) => i.target);
  let files = writeSlides(planned.plan, generator, copies);
  const protect = relative(slidesDir, resolve(options.workspace, options.input));
  const inside = protect !== '' && !protect.startsWith('..') && !protect.startsWith('/') ? protect.split('\\').join('/') : null;
  const existing = await (reading ?? readExistingFolder(slidesDir));
  let change = changeFolder(existing, files, { protect: inside, copies });
  const notices: Diagnostic[] = [];
  if (options.keepEdits && !options.force && change.replaced.length > 0) {
    const keeping = keepEditedFiles(change, files, existing);
    ({ change, files } = keeping);
    notices.push({
      severity: 'warning',
      rule: 'kept-edits',
      message: `kept your edits to ${keeping.kept.join(', ')}: the document's changes to ${keeping.kept.length === 1 ? 'that slide do' : 'those slides do'} not show (build with --force to take them)`,
      file: `slides/${name}`,
    });
  }
  notices.push(...checkFolderChange(change, name, planned.shown, inside, options.force, backup));
  return { files, change, notices, backup, existing };
}

/** The deck to render: a talk composed from its source decks at every build (so edits to them flow in), else the slide files; with the flags' overrides. */
async function composeDeck(options: BuildOptions, input: ResolvedInput, name: string, files: DeckFiles): Promise<Deck> {
  const talk = input.kind === 'talk' ? await loadTalk(options.workspace, options.input, name) : null;
  return withOverrides(talk ?? deckFromFiles(name, files, `slides/${name}`, options.defaults), options);
}

/**
 * Prints the PDFs and pictures the options ask for from the rendered print
 * page. A failure is returned, not thrown: the HTML is still worth having, and
 * the last good PDFs are carried over beside it before it is reported.
 */
async function printOutputs(
  options: BuildOptions,
  deck: Deck,
  dist: string,
  tokens: ThemeTokens,
  jobs: PrintJob[],
  session: BrowserSession,
): Promise<LecternError | null> {
  if (jobs.length === 0 && !options.png) return null;
  try {
    const printer = await session.get();
    options.progress.step(jobs.length > 0 ? `Printing ${jobs.length} PDF(s) with ${printer.choice.path}` : `Opening the slides in ${printer.choice.path}`);
    const html = join(dist, 'print.html');
    // A build's own browser closes while its PDFs are finished, once it has printed them (and has no pictures to take).
    let released = false;
    const printed = options.png ? undefined : (): void => void (released = session.release());
    const page =
      jobs.length > 0
        ? await printPdfs(printer, html, jobs, deck.meta, planOutline(deck), deck.slides.length, tokens, printed)
        : await printer.open(html, 1, tokens.frame);
    if (options.png) {
      options.progress.step('Writing slide pictures');
      await printer.pictures(page, join(dist, 'png'));
    }
    if (!released) await printer.closePage(page);
    return null;
  } catch (error) {
    const failure = error instanceof LecternError ? error : browserFailure(error, options.timeoutMs, 'printing');
    const asked = [...jobs.map((j) => relative(dist, j.path)), ...(options.png ? ['png'] : [])];
    return keepPreviousPrints(join(options.workspace, 'dist', deck.name), dist, asked, deck.name, failure);
  }
}

/** What a build wrote, as the command lists it. */
function outputsOf(options: BuildOptions, name: string, planned: boolean, jobs: PrintJob[], dist: string): string[] {
  return [
    ...(planned ? [`slides/${name}/`] : []),
    `dist/${name}/index.html`,
    ...jobs.map((j) => `dist/${name}/${relative(dist, j.path)}`),
    ...(options.singleFile ? [`dist/${name}/${name}.html`] : []),
    ...(options.pptx ? [`dist/${name}/${name}.pptx`] : []),
    ...(options.png ? [`dist/${name}/png/`] : []),
  ];
}

/**
 * The build of one deck, step by step: plan (a document), slide files, deck,
 * then the outputs, staged in scratch folders beside slides/<deck> and
 * dist/<deck> and moved into place together at the end (nothing partial is
 * left by a failure).
 */
async function buildDeck(options: BuildOptions, input: ResolvedInput, name: string, session: BrowserSession): Promise<BuildResult> {
  const verb = { document: `Planning slides from ${options.input}`, talk: `Composing the talk ${options.input}`, deck: `Reading slides/${name}` };
  options.progress.step(verb[input.kind]);
  // The output's staging folder and the theme's files do not depend on the slides: they are made while the document is
  // read and planned (an HTML-only build of the example spent a tenth of its time on them after planning).
  const dist = startDist(join(options.workspace, 'dist', name));
  // So is the slide folder as it is, which the planned slides are compared with.
  const existing = input.kind === 'document' ? readExistingFolder(join(options.workspace, 'slides', name)) : null;
  existing?.catch(() => undefined);
  let planned: PlannedDocument | null;
  try {
    planned = input.kind === 'document' ? await planDocument(options, join(options.workspace, 'slides', name)) : null;
  } catch (error) {
    await discardDist(dist);
    throw error;
  }
  try {
    let folder: SlideFolder;
    let deck: Deck;
    try {
      folder = await slideFolder(options, input, name, planned, existing);
      deck = await composeDeck(options, input, name, folder.files);
    } catch (error) {
      await discardDist(dist);
      throw error;
    }
    const timing = deck.meta.duration ? [timeAgainst(deck, deck.meta.duration, deck.meta.wpm ?? defaultWpm)] : [];
    const written = await writeOutputs(options, input, deck, planned, folder, session, dist);
    const diagnostics = planned ? [...planned.diagnostics, ...written.diagnostics.filter((d) => d.rule === 'math')] : written.diagnostics;
    const late = [...written.late.keys()];
    const kept: Diagnostic[] =
      late.length > 0
        ? [
            {
              severity: 'warning',
              rule: 'kept-edits',
              message: `kept your edits to ${late.join(', ')}, saved while the deck was planned`,
              file: `slides/${name}`,
            },
          ]
        : [];
    return {
      input: options.input,
      deck: name,
      slides: deck.slides.length,
      outputs: written.outputs,
      diagnostics: [...folder.notices, ...kept, ...timing, ...diagnostics],
      ...(input.kind === 'talk' ? {} : { slideFiles: new Map([...folder.files, ...written.late]) }),
      ...(input.kind === 'document' ? { document: resolve(options.workspace, options.input) } : {}),
    };
  } finally {
    if (planned?.scratch) await removeScratch(planned.scratch);
  }
}

/** A deck's dist staging folder with the theme's assets in it, and the page templates. */
interface EarlyDist {
  staging: Staging;
  templates: Templates;
}

/** Starts making the dist staging for `target` (its folder, the theme's assets, the templates). */
function startDist(target: string): Promise<EarlyDist> {
  const made = (async () => {
    const staging = await createStaging(target);
    try {
      return { staging, templates: await prepareDist(staging.dir) };
    } catch (error) {
      await discardStaging(staging);
      throw error;
    }
  })();
  // Awaited later (writeOutputs, discardDist): a failure meanwhile is not an unhandled rejection.
  made.catch(() => undefined);
  return made;
}

/** Removes an early dist staging that will not be used (planning failed). */
async function discardDist(early: Promise<EarlyDist>): Promise<void> {
  const made = await early.catch(() => null);
  if (made) await discardStaging(made.staging);
}

/**
 * Writes the slides folder and every output into staging folders, then moves
 * them into place. The slide files are written while the deck renders and
 * prints (2,000 of them take most of a second); that write is awaited before
 * the staging moves into place, and before a staging is removed after a
 * failure (a write still running would leave the folder half-removed). Over
 * forty lines: the order of these steps is the one thing this function says.
 */
async function writeOutputs(
  options: BuildOptions,
  input: ResolvedInput,
  deck: Deck,
  planned: PlannedDocument | null,
  folder: SlideFolder,
  session: BrowserSession,
  early: Promise<EarlyDist>,
): Promise<{ outputs: string[]; diagnostics: Diagnostic[]; late: Map<string, string> }> {
  const ws = options.workspace;
  const name = deck.name;
  const slidesDir = join(ws, 'slides', name);
  const stagings: Staging[] = [];
  let writing: Job | null = null;
  // The dist staging, made while the document was planned: discarded with the others if anything fails.
  const ready = await early.then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: null, error }),
  );
  if (ready.value) stagings.push(ready.value.staging);
  try {
    if (!ready.value) throw ready.error;
    // A rebuild that leaves every slide file as it is (and copies no image, whose file may have changed) rewrites none.
    const same = folder.change?.unchanged === true && planned?.images.size === 0;
    const slidesStaging = planned && !same ? await createStaging(slidesDir) : null;
    if (slidesStaging) stagings.push(slidesStaging);
    if (slidesStaging && planned) await copyImages(planned.images.values(), slidesStaging.dir);
    // A talk's slides keep image paths relative to slides/ (deck/images/x.png).
    const deckDir = slidesStaging?.dir ?? (input.kind === 'talk' ? join(ws, 'slides') : slidesDir);
    const dist = ready.value.staging;
    if (slidesStaging && folder.change) writing = startJob(stageSlides(slidesDir, slidesStaging.dir, folder.change, folder.backup));

    options.progress.step('Rendering HTML');
    const rendered = await renderInto(dist.dir, deck, ready.value.templates, deckDir, ws, options.fragments);
    if (options.pptx) {
      options.progress.step('Writing PowerPoint');
      const { writePptx } = await import('./edges/pptx.ts');
      await writePptx(deck, deckDir, join(dist.dir, `${name}.pptx`), rendered.tokens.frame);
    }
    const jobs = pdfJobs(options, dist.dir, name);
    const printError = await printOutputs(options, deck, dist.dir, rendered.tokens, jobs, session);
    if (options.singleFile) await writeSingleFile(dist.dir, `${name}.html`);
    if (writing) await writing.done();
    const late =
      slidesStaging && options.keepEdits && folder.existing ? await keepLateEdits(slidesDir, slidesStaging.dir, folder.existing) : new Map<string, string>();
    if (slidesStaging) await commitStaging(slidesStaging);
    await commitStaging(dist);
    stagings.length = 0;
    if (printError) throw printError;
    return { outputs: outputsOf(options, name, planned !== null, jobs, dist.dir), diagnostics: rendered.diagnostics, late };
  } finally {
    // After a failure: the slide files' write ends (its own failure is the lesser news) before the stagings go.
    if (writing) await writing.settled();
    for (const staging of stagings) await discardStaging(staging);
  }
}
