// `lectern serve`: build, serve, and rebuild on every change to the document,
// a slide file, the manifest or the theme; open pages reload on the same slide.
import { join, resolve } from 'node:path';
import { LecternError, usageError } from './errors.ts';
import { startServer, type PreviewServer } from './edges/server.ts';
import type { Progress } from './edges/progress.ts';
import { build, type BuildOptions } from './pipeline.ts';
import { resolveInput } from './workspace.ts';
import { followChanges, merged, type Change, type Following } from './watch.ts';

export interface ServeOptions {
  workspace: string;
  input: string;
  deck?: string;
  theme?: 'light' | 'dark';
  /** The workspace config's settings, beneath the document's and the manifest's. */
  defaults?: BuildOptions['defaults'];
  port: number;
  force: boolean;
  encoding: string;
  maxBytes?: number;
  /** The config file in use (absolute), if any: a change to it rebuilds. */
  configFile?: string | null;
  /** Where rebuilds report (stderr). */
  log: (line: string) => void;
}

export interface Serving {
  url: string;
  deck: string;
  close(): Promise<void>;
}

const quiet: Progress = { step: () => undefined, done: () => undefined };

/** The build a preview runs: HTML only, no browser, quietly. */
function previewBuild(options: ServeOptions): BuildOptions {
  return {
    workspace: options.workspace,
    input: options.input,
    deck: options.deck,
    theme: options.theme,
    defaults: options.defaults,
    pdf: false,
    fragments: false,
    png: false,
    handouts: [],
    paper: 'a4',
    force: options.force,
    encoding: options.encoding,
    maxBytes: options.maxBytes,
    timeoutMs: 60_000,
    progress: quiet,
  };
}

/** Calls `run` once the changes stop coming for `ms`, with the changes of that while merged into one. */
function debounced(run: (change: Change) => void, ms: number): { push: (change: Change) => void; cancel: () => void } {
  let pending: Change | null = null;
  let timer: NodeJS.Timeout | null = null;
  return {
    push: (change) => {
      pending = merged(pending, change);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const next = pending;
        pending = null;
        if (next) run(next);
      }, ms);
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
    },
  };
}

interface Preview {
  options: ServeOptions;
  base: BuildOptions;
  fromDocument: boolean;
  deck: string;
  server: PreviewServer;
  following: () => Following | null;
}

/**
 * One rebuild after a change. A change to the document (or the config) plans
 * the deck again, keeping slide files the user edited meanwhile and saying so
 * in the page; any other change renders the slides as they are. The watcher
 * holds changes to the slides folder while a plan runs, then drops those that
 * leave a file as the build left it (its own writes).
 */
async function rebuildAfter(what: Change, preview: Preview): Promise<void> {
  const { options, base, deck, server } = preview;
  const started = Date.now();
  const replan = preview.fromDocument && (what === 'document' || what === 'config');
  if (replan) preview.following()?.hold();
  let files: ReadonlyMap<string, string> | null = null;
  try {
    const result = await build(replan ? { ...base, keepEdits: true } : { ...base, input: deck, deck });
    files = result.slideFiles ?? null;
    const kept = result.diagnostics.find((d) => d.rule === 'kept-edits');
    server.reload(what === 'theme', kept?.message);
    if (kept) options.log(`slides/${deck}: ${kept.message}`);
    options.log(`rebuilt ${deck} in ${Date.now() - started} ms`);
  } catch (error) {
    const message = error instanceof LecternError ? error.toLine() : error instanceof Error ? error.message : String(error);
    server.fail(message);
    options.log(`lectern: ${message}`);
  } finally {
    preview.following()?.settle(files);
  }
}

/** Builds the deck, serves dist/<deck>/, and rebuilds (one build at a time, in order) on every change it follows. */
export async function serve(options: ServeOptions): Promise<Serving> {
  const input = await resolveInput(options.workspace, options.input);
  // A talk's slides live in other decks; watching them all is not done (yet).
  if (input.kind === 'talk')
    throw usageError(
      `${options.input}: serve previews a document or a deck, not a talk file`,
      `Remix it into a deck and serve that (lectern remix ${options.input} --deck NAME, then lectern serve NAME), or build it with lectern build ${options.input}`,
    );
  const base = previewBuild(options);
  const first = await build(base);
  const { deck } = first;
  const server = await startServer(() => join(options.workspace, 'dist', deck), options.port);
  let following: Following | null = null;
  const preview: Preview = { options, base, fromDocument: input.kind === 'document', deck, server, following: () => following };
  let running: Promise<void> = Promise.resolve();
  const changes = debounced((what) => {
    running = running.then(() => rebuildAfter(what, preview));
  }, 10);
  const document = input.kind === 'document' ? resolve(options.workspace, options.input) : null;
  const watched = followChanges({ workspace: options.workspace, document, deck, talk: false, configFile: options.configFile ?? null }, changes.push, (error) =>
    options.log(`lectern: watching: ${error instanceof Error ? error.message : String(error)}`),
  );
  following = watched;
  watched.settle(first.slideFiles ?? null);
  await watched.ready;
  return {
    url: server.url,
    deck,
    close: async () => {
      changes.cancel();
      await watched.close();
      await running;
      await server.close();
    },
  };
}
