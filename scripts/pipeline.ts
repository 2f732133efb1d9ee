// The build, readable in one place: document -> slides -> HTML -> PDFs.
// Stages are pure; the edges (files, bundling, browser) are called only here.
import { readFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { inputError, LecternError } from './errors.ts';
import { defaultAuthor } from './edges/author.ts';
import { launchBrowser, findBrowser } from './edges/browser.ts';
import { writeAssets } from './edges/bundle.ts';
import { commitStaging, createStaging, discardStaging, exists, readDeckFiles, readDocumentBytes, writeFiles, type Staging } from './edges/files.ts';
import { themeDir } from './edges/paths.ts';
import { openPrintPage, printPdfs, type PaperSize, type PrintJob } from './edges/pdf.ts';
import type { Progress } from './edges/progress.ts';
import { planDeck } from './stages/plan-deck.ts';
import { readDocument } from './stages/read-document.ts';
import { readSlides } from './stages/read-slides.ts';
import { renderDeckHtml, renderPrintHtml, type Templates } from './stages/render-deck.ts';
import { slugify } from './stages/slug.ts';
import { splitMarkdown } from './stages/split-markdown.ts';
import { splitText } from './stages/split-text.ts';
import { editedFiles, writeSlides, type DeckFiles } from './stages/write-slides.ts';
import type { Deck, Diagnostic, DocumentModel, SourceDocument } from './types.ts';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
export const generator = `lectern ${version}`;

export type HandoutLayout = 'notes';
export const handoutLayouts: readonly HandoutLayout[] = ['notes'];

export interface BuildOptions {
  workspace: string;
  input: string;
  deck?: string;
  title?: string;
  author?: string;
  theme?: 'light' | 'dark';
  pdf: boolean;
  handouts: HandoutLayout[];
  paper: PaperSize;
  browser?: string;
  force: boolean;
  encoding: string;
  timeoutMs: number;
  progress: Progress;
}

export interface BuildResult {
  deck: string;
  slides: number;
  outputs: string[];
  diagnostics: Diagnostic[];
}

const deckNamePattern = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

export function checkDeckName(name: string): string {
  if (!deckNamePattern.test(name) || name.includes('..') || name.length > 100) {
    throw inputError(`"${name}" is not a valid deck name`, 'Use letters, digits, dots, dashes and underscores (e.g. --deck my-talk)');
  }
  return name;
}

/** Splits a document into its structure, by format. */
export function splitDocument(doc: SourceDocument): DocumentModel {
  return doc.format === 'markdown' ? splitMarkdown(doc.text) : splitText(doc.text);
}

async function loadTemplates(scriptHashes: string[]): Promise<Templates> {
  return { deck: await readFile(join(themeDir, 'template.html'), 'utf8'), print: await readFile(join(themeDir, 'print.html'), 'utf8'), scriptHashes };
}

/** Document path -> the files of its deck folder. */
async function slidesFromDocument(options: BuildOptions, name: string, slidesDir: string): Promise<{ files: DeckFiles; diagnostics: Diagnostic[] }> {
  const path = resolve(options.workspace, options.input);
  const shown = relative(options.workspace, path) || options.input;
  const doc = readDocument(shown, await readDocumentBytes(path), options.encoding);
  const model = splitDocument(doc);
  const plan = planDeck(model, {
    file: shown,
    fileName: basename(path),
    format: doc.format,
    title: options.title ?? null,
    author: options.author ?? model.author ?? defaultAuthor(),
    theme: options.theme,
    source: relative(slidesDir, path),
  });
  const files = writeSlides(plan.value, generator);
  const existing = await readDeckFiles(slidesDir);
  if (!options.force && existing.size > 0) {
    const edited = editedFiles(existing).filter((f) => existing.get(f) !== files.get(f));
    if (edited.length > 0) {
      const list = edited.slice(0, 5).join(', ') + (edited.length > 5 ? `, and ${edited.length - 5} more` : '');
      throw inputError(
        `slides/${name}: ${edited.length} file(s) were edited since lectern wrote them (${list})`,
        `Build from the slides with "lectern build ${name}" to keep the edits, or pass --force to regenerate them from ${shown}`,
      );
    }
  }
  return { files, diagnostics: plan.diagnostics };
}

function pdfJobs(options: BuildOptions, distDir: string, name: string): PrintJob[] {
  const jobs: PrintJob[] = [];
  if (options.pdf) jobs.push({ kind: 'slides', path: join(distDir, `${name}.pdf`), paper: options.paper });
  for (const layout of options.handouts) {
    jobs.push({ kind: 'handout', path: join(distDir, layout === 'notes' ? `${name}-handout.pdf` : `${name}-handout-${layout}.pdf`), paper: options.paper });
  }
  return jobs;
}

interface ResolvedInput {
  kind: 'document' | 'deck';
  name: string;
}

/** A path to a file is a document; a deck name (or a folder with a deck.yaml) is a deck. */
async function resolveInput(ws: string, input: string): Promise<ResolvedInput> {
  const path = resolve(ws, input);
  if (await exists(join(path, 'deck.yaml'))) return { kind: 'deck', name: basename(path) };
  if (!/[\\/]/u.test(input) && (await exists(join(ws, 'slides', input, 'deck.yaml')))) return { kind: 'deck', name: input };
  if (await exists(path)) return { kind: 'document', name: slugify(basename(path).replace(/\.[^.]+$/u, '')) || 'deck' };
  if (/[\\/.]/u.test(input)) throw inputError(`${input}: no such file`, 'Check the path, or pass the name of a deck under slides/');
  throw inputError(`No document or deck named "${input}"`, 'Pass a document path (e.g. notes.md) or the name of a folder under slides/ that has a deck.yaml');
}

/** Builds a deck from a document or from an existing slides folder. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const ws = options.workspace;
  const input = await resolveInput(ws, options.input);
  const isDocument = input.kind === 'document';
  const name = checkDeckName(options.deck ?? input.name);
  const slidesDir = join(ws, 'slides', name);
  const distDir = join(ws, 'dist', name);
  const diagnostics: Diagnostic[] = [];

  options.progress.step(isDocument ? `Planning slides from ${options.input}` : `Reading slides/${name}`);
  let files: DeckFiles;
  if (isDocument) {
    const fromDoc = await slidesFromDocument(options, name, slidesDir);
    files = fromDoc.files;
    diagnostics.push(...fromDoc.diagnostics);
  } else {
    files = await readDeckFiles(slidesDir);
  }
  const deck: Deck = readSlides(name, files, `slides/${name}`);
  if (options.theme) deck.meta.theme = options.theme;
  if (options.author) deck.meta.author = options.author;
  deck.meta.author ??= defaultAuthor();

  const stagings: Staging[] = [];
  try {
    let slidesStaging: Staging | null = null;
    if (isDocument) {
      slidesStaging = await createStaging(slidesDir);
      stagings.push(slidesStaging);
      await writeFiles(slidesStaging.dir, files);
    }
    options.progress.step('Rendering HTML');
    const dist = await createStaging(distDir);
    stagings.push(dist);
    const assets = await writeAssets(join(dist.dir, 'assets'));
    const templates = await loadTemplates(assets.scriptHashes);
    const rendered = renderDeckHtml(deck, templates);
    await writeFiles(dist.dir, new Map([['index.html', rendered.html], ['print.html', renderPrintHtml(deck, rendered.slides, templates)]]));

    const jobs = pdfJobs(options, dist.dir, name);
    let browserError: LecternError | null = null;
    if (jobs.length > 0) {
      try {
        const choice = await findBrowser(options.browser);
        options.progress.step(`Printing ${jobs.length} PDF(s) with ${choice.path}`);
        const browser = await launchBrowser(choice, options.timeoutMs);
        try {
          const page = await openPrintPage(browser, join(dist.dir, 'print.html'), options.timeoutMs);
          await printPdfs(page, jobs, deck.meta);
        } finally {
          await browser.close();
        }
      } catch (error) {
        // Without a browser the HTML is still worth having: keep it, then report.
        if (error instanceof LecternError && error.kind === 'environment') browserError = error;
        else throw error;
      }
    }
    if (slidesStaging) await commitStaging(slidesStaging);
    await commitStaging(dist);
    stagings.length = 0;
    if (browserError) throw browserError;
    const outputs = [
      ...(isDocument ? [`slides/${name}/`] : []),
      `dist/${name}/index.html`,
      ...jobs.map((j) => relative(dist.dir, j.path)).map((f) => `dist/${name}/${f}`),
    ];
    return { deck: name, slides: deck.slides.length, outputs, diagnostics };
  } finally {
    for (const staging of stagings) await discardStaging(staging);
  }
}
