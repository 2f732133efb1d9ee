// lectern as a library: `import { build, check, plan, importDeck, remix } from 'lectern'`.
// The same options as the command line (named as in lectern.config), results
// as data, failures as LecternError (its `kind` and `exitCode` are the CLI's).
// Nothing here writes to stdout or exits the process; progress goes to a
// callback. The CLI (scripts/cli.ts) turns its flags into these options.
import { relative, resolve } from 'node:path';
import { usageError } from './errors.ts';
import { loadConfig } from './edges/config-file.ts';
import { defaultMaxBytes } from './edges/files.ts';
import { planDocumentText } from './edges/planner.ts';
import { workspaceFrame } from './edges/custom-css.ts';
import type { Progress } from './edges/progress.ts';
import { build as buildDeck, buildAll as buildDecks, deckNameFor, deckNameOf, handoutLayouts, type BuildOptions, type BuildResult } from './pipeline.ts';
import type { DeckSettings, LecternConfig } from './stages/config.ts';
import { namingFile } from './stages/derive-title.ts';
import { parseDuration } from './stages/duration.ts';
import { readSource } from './edges/source.ts';
import { settingsFor } from './stages/settings.ts';
import { wordLimits } from './stages/pack-units.ts';
import type { DeckPlan, Diagnostic } from './types.ts';
import type { ImportFormat, ImportReport, MarkdownFormat } from './stages/import-deck.ts';
export type { ImportFormat, ImportReport, ImportNote } from './stages/import-deck.ts';

export { LecternError, type ErrorKind } from './errors.ts';
export type { BuildResult, HandoutLayout } from './pipeline.ts';
export type { CheckResult, DeckReport } from './check.ts';
export type { DeckSettings, LecternConfig } from './stages/config.ts';
export type { Deck, DeckMeta, DeckPlan, DeckSlide, Diagnostic, DocumentModel, SlidePlan, SourceDocument } from './types.ts';

// The pure stages, for tools that want part of the pipeline: bytes -> document
// -> structure -> plan -> slide files -> deck -> HTML.
export { readDocument } from './stages/read-document.ts';
export { splitDocument, planSource } from './stages/plan-source.ts';
export { planDeck, type PlanOptions } from './stages/plan-deck.ts';
export { writeSlides, type DeckFiles } from './stages/write-slides.ts';
/** `readSlides` is the earlier name of deckFromFiles, kept for scripts that use it. */
export { deckFromFiles, deckFromFiles as readSlides } from './stages/read-slides.ts';
export { renderDeckHtml } from './stages/render-deck.ts';

/** Gives a lectern.config file its type in an editor; returns it as it is. */
export const defineConfig = (config: LecternConfig): LecternConfig => config;

/** Options shared by every call: where to work and which config to use. */
export interface WorkspaceOptions {
  /** The workspace folder (slides/ and dist/ are under it). Default: process.cwd(). */
  workspace?: string;
  /** A config file to use, or false for none. Default: the nearest lectern.config.* at or above the workspace. */
  config?: string | false;
}

export interface BuildOptionsInput extends DeckSettings, WorkspaceOptions {
  /** A document (.txt, .md), a deck name under slides/, or a talk file (.yaml). */
  input: string;
  deck?: string;
  title?: string;
  /** Regenerate slide files from the document even where they were edited (the old ones are kept aside). */
  force?: boolean;
  /** Called with each step of the build, as the CLI's --verbose prints them. */
  onProgress?: (step: string) => void;
}

async function configOf(options: WorkspaceOptions, workspace: string): Promise<LecternConfig> {
  if (options.config === false) return {};
  return (await loadConfig(workspace, options.config)).config;
}

function progressOf(onProgress: ((step: string) => void) | undefined): Progress {
  return { step: (message) => onProgress?.(message), done: () => undefined };
}

export { parseDuration } from './stages/duration.ts';

/** Letter where it is the norm (as the C library reads the locale: LC_ALL over LC_PAPER over LANG), else A4. */
function defaultPaper(): 'a4' | 'letter' {
  const locale = process.env.LC_ALL || process.env.LC_PAPER || process.env.LANG;
  return /[_-](US|CA|MX|PH|CL|CO|VE|GT|CR|PA|DO|PR|SV|NI|HN|BO)\b/u.test(locale ?? '') ? 'letter' : 'a4';
}

/**
 * The pipeline's options for one build: what `given` sets, over the config's
 * settings for the deck, over the defaults. Theme, author and language from
 * the config stay beneath what a document or a deck's manifest says.
 */
export async function resolveBuildOptions(given: BuildOptionsInput, config?: LecternConfig, progress?: Progress): Promise<BuildOptions> {
  const workspace = resolve(given.workspace ?? process.cwd());
  const s = settingsFor(config ?? (await configOf(given, workspace)), given.deck ?? (await deckNameOf(workspace, given.input)));
  const duration = given.duration ?? s.duration;
  const handouts = given.handouts ?? s.handouts ?? [];
  for (const h of handouts) if (!handoutLayouts.includes(h)) throw usageError(`"${h}" is not a handout layout`, `Use ${handoutLayouts.join(', ')}`);
  return {
    workspace,
    input: given.input,
    deck: given.deck,
    title: given.title,
    author: given.author,
    theme: given.theme,
    pdf: given.pdf ?? s.pdf ?? false,
    fragments: given.fragments ?? s.fragments ?? false,
    png: given.png ?? s.png ?? false,
    singleFile: given.singleFile ?? s.singleFile ?? false,
    pptx: given.pptx ?? s.pptx ?? false,
    handouts: [...new Set(handouts)],
    handoutTheme: given.handoutTheme ?? s.handoutTheme ?? 'light',
    durationMinutes: duration === undefined ? undefined : parseDuration(duration, given.duration !== undefined ? '--duration' : 'duration in the config'),
    wpm: given.wpm ?? s.wpm,
    paper: given.paper ?? s.paper ?? defaultPaper(),
    browser: given.browser ?? s.browser,
    force: given.force ?? false,
    encoding: given.encoding ?? s.encoding ?? 'utf-8',
    maxBytes: Math.floor((given.maxSize ?? s.maxSize ?? defaultMaxBytes / 1024 / 1024) * 1024 * 1024),
    timeoutMs: (given.timeout ?? s.timeout ?? 60) * 1000,
    progress: progress ?? progressOf(given.onProgress),
    defaults: { theme: s.theme, author: s.author, lang: s.lang },
  };
}

/** Builds a document, a deck or a talk into dist/<deck>/ (and slides/<deck>/ for a document). */
export async function build(options: BuildOptionsInput): Promise<BuildResult> {
  return buildDeck(await resolveBuildOptions(options));
}

/** Builds several inputs with one browser; each failure is returned with its input, not thrown. */
export async function buildMany(
  options: Omit<BuildOptionsInput, 'input' | 'deck'> & { inputs: string[] },
): Promise<{ results: BuildResult[]; failures: { input: string; error: unknown }[] }> {
  const { inputs, ...rest } = options;
  const workspace = resolve(rest.workspace ?? process.cwd());
  const config = await configOf(rest, workspace);
  const builds: BuildOptions[] = [];
  for (const input of inputs) builds.push(await resolveBuildOptions({ ...rest, workspace, input }, config));
  return buildDecks(builds);
}

export interface CheckOptionsInput extends WorkspaceOptions {
  /** Deck names under slides/ (default: all). */
  decks?: string[];
  /** Most words of prose a slide may show (default 60). */
  maxWords?: number;
  /** Most words of prose the median slide may show (default 35). */
  maxMedian?: number;
  wpm?: number;
  browser?: string;
  /** Seconds. */
  timeout?: number;
  encoding?: string;
  /** MB. */
  maxSize?: number;
}

/** Measures decks as `lectern check` does; `result.ok` is its verdict. */
export async function check(options: CheckOptionsInput = {}): Promise<import('./check.ts').CheckResult> {
  const workspace = resolve(options.workspace ?? process.cwd());
  const s = settingsFor(await configOf(options, workspace), null);
  const { checkDecks } = await import('./check.ts');
  return checkDecks({
    workspace,
    decks: options.decks ?? [],
    browser: options.browser ?? s.browser,
    timeoutMs: (options.timeout ?? s.timeout ?? 60) * 1000,
    maxWords: options.maxWords ?? wordLimits.slide,
    maxMedian: options.maxMedian ?? wordLimits.median,
    encoding: options.encoding ?? s.encoding ?? 'utf-8',
    maxBytes: Math.floor((options.maxSize ?? s.maxSize ?? defaultMaxBytes / 1024 / 1024) * 1024 * 1024),
    wpm: options.wpm ?? s.wpm ?? 130,
  });
}

export interface PlanOptionsInput extends WorkspaceOptions {
  /** The document (.txt, .md). */
  input: string;
  title?: string;
  author?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  encoding?: string;
  /** MB. */
  maxSize?: number;
}

export interface PlanResult {
  plan: DeckPlan;
  diagnostics: Diagnostic[];
}

/** The slides a document makes (titles, bodies, notes, ids), without writing anything. */
export async function plan(options: PlanOptionsInput): Promise<PlanResult> {
  const workspace = resolve(options.workspace ?? process.cwd());
  const path = resolve(workspace, options.input);
  const s = settingsFor(await configOf(options, workspace), deckNameFor(path));
  const shown = relative(workspace, path) || options.input;
  const { doc } = await readSource(
    path,
    shown,
    Math.floor((options.maxSize ?? s.maxSize ?? defaultMaxBytes / 1024 / 1024) * 1024 * 1024),
    options.encoding ?? s.encoding ?? 'utf-8',
  );
  const planned = await planDocumentText(
    doc,
    {
      file: shown,
      fileName: namingFile(path),
      format: doc.format,
      title: options.title ?? null,
      author: options.author ?? null,
      theme: options.theme ?? s.theme,
      lang: options.lang ?? s.lang ?? null,
      source: relative(resolve(workspace, 'slides', deckNameFor(path)), path),
      frame: await workspaceFrame(workspace),
    },
    s.author ?? null,
  );
  return { plan: planned.plan, diagnostics: planned.diagnostics };
}

/** Brings a reveal.js, reveal-md, Marp or Slidev deck into slides/<deck>/; the report lists what could not be carried, by slide. */
export async function importDeck(
  file: string,
  options: WorkspaceOptions & {
    deck?: string;
    format?: MarkdownFormat;
    separator?: string;
    verticalSeparator?: string;
    notesSeparator?: string;
    force?: boolean;
    encoding?: string;
    maxSize?: number;
  } = {},
): Promise<{ deck: string; slides: number; format: ImportFormat; report: ImportReport }> {
  const workspace = resolve(options.workspace ?? process.cwd());
  const { importFile } = await import('./remix.ts');
  const { workspace: _w, config: _c, maxSize, force, ...rest } = options;
  return importFile(workspace, file, { ...rest, force: force ?? false, maxBytes: maxSize === undefined ? undefined : Math.floor(maxSize * 1024 * 1024) });
}

/** Copies a talk's slides into a deck of its own, slides/<deck>/. */
export async function remix(talkFile: string, options: WorkspaceOptions & { deck: string; force?: boolean }): Promise<{ deck: string; slides: number }> {
  const workspace = resolve(options.workspace ?? process.cwd());
  const { remix: remixTalk } = await import('./remix.ts');
  return remixTalk(workspace, talkFile, options.deck, options.force ?? false);
}

/** The slides of the workspace's decks, by stable id (what `lectern list --json` prints). */
export async function list(options: WorkspaceOptions & { deck?: string } = {}): Promise<import('./remix.ts').ListedSlide[]> {
  const { listSlides } = await import('./remix.ts');
  return listSlides(resolve(options.workspace ?? process.cwd()), options.deck);
}
