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

export async function serve(options: ServeOptions): Promise<Serving> {
  const input = await resolveInput(options.workspace, options.input);
  // A talk's slides live in other decks; watching them all is not done (yet).
  if (input.kind === 'talk')
    throw usageError(
      `${options.input}: serve previews a document or a deck, not a talk file`,
      `Remix it into a deck and serve that (lectern remix ${options.input} --deck NAME, then lectern serve NAME), or build it with lectern build ${options.input}`,
    );
  const base: BuildOptions = {
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
  const first = await build(base);
  const deck = first.deck;
  const server: PreviewServer = await startServer(() => join(options.workspace, 'dist', deck), options.port);

  // A change to the document (or the config) plans the deck again, keeping slide files the user
  // edited meanwhile and saying so in the page; any other change renders the slides as they are.
  let pending: Change | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let following: Following | null = null;
  const rebuild = (what: Change): void => {
    running = running.then(async () => {
      const started = Date.now();
      const fromDocument = input.kind === 'document' && (what === 'document' || what === 'config');
      if (fromDocument) following?.quiet(Number.POSITIVE_INFINITY);
      try {
        const result = await build(fromDocument ? { ...base, keepEdits: true } : { ...base, input: deck, deck });
        const kept = result.diagnostics.find((d) => d.rule === 'kept-edits');
        server.reload(what === 'theme', kept?.message);
        if (kept) options.log(`slides/${deck}: ${kept.message}`);
        options.log(`rebuilt ${deck} in ${Date.now() - started} ms`);
      } catch (error) {
        const message = error instanceof LecternError ? error.toLine() : error instanceof Error ? error.message : String(error);
        server.fail(message);
        options.log(`lectern: ${message}`);
      } finally {
        if (fromDocument) following?.quiet(Date.now() + 50);
      }
    });
  };
  following = followChanges(
    {
      workspace: options.workspace,
      document: input.kind === 'document' ? resolve(options.workspace, options.input) : null,
      deck,
      talk: false,
      configFile: options.configFile ?? null,
    },
    (change) => {
      pending = merged(pending, change);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const next = pending;
        pending = null;
        if (next) rebuild(next);
      }, 10);
    },
    (error) => options.log(`lectern: watching: ${error instanceof Error ? error.message : String(error)}`),
  );
  const watched = following;
  await watched.ready;

  return {
    url: server.url,
    deck,
    close: async () => {
      if (timer) clearTimeout(timer);
      await watched.close();
      await running;
      await server.close();
    },
  };
}
