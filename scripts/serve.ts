// `lectern serve`: build, serve, and rebuild on every change to the document,
// a slide file, the manifest or the theme; open pages reload on the same slide.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LecternError, usageError } from './errors.ts';
import { themeDir } from './edges/paths.ts';
import { startServer, type PreviewServer } from './edges/server.ts';
import type { Progress } from './edges/progress.ts';
import { build, resolveInput, type BuildOptions } from './pipeline.ts';

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
  if (input.kind === 'talk') throw usageError(`${options.input}: serve previews a document or a deck, not a talk file`, `Remix it into a deck and serve that (lectern remix ${options.input} --deck NAME, then lectern serve NAME), or build it with lectern build ${options.input}`);
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

  // A change to the document plans the deck again; any other change renders the slides as they are.
  let pending: 'document' | 'deck' | null = null;
  let themeChanged = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  // Our own writes to slides/<deck> (a rebuild from the document) are not edits to react to.
  let quietUntil = 0;
  const rebuild = (): void => {
    const what = pending;
    pending = null;
    if (what === null) return;
    running = running.then(async () => {
      const started = Date.now();
      // Only a build from the document writes slides/<deck>: its own writes are not edits.
      if (what === 'document') quietUntil = Number.POSITIVE_INFINITY;
      try {
        await build(what === 'document' ? base : { ...base, input: deck, deck });
        server.reload(themeChanged);
        themeChanged = false;
        options.log(`rebuilt ${deck} in ${Date.now() - started} ms`);
      } catch (error) {
        const message = error instanceof LecternError ? error.toLine() : error instanceof Error ? error.message : String(error);
        server.fail(message);
        options.log(`lectern: ${message}`);
      } finally {
        if (what === 'document') quietUntil = Date.now() + 50;
      }
    });
  };
  const changed = (what: 'document' | 'deck'): void => {
    if (what === 'deck' && Date.now() < quietUntil) return;
    pending = pending === 'document' ? 'document' : what;
    if (timer) clearTimeout(timer);
    timer = setTimeout(rebuild, 10);
  };

  const watchers: FSWatcher[] = [];
  const watchPath = (path: string, what: 'document' | 'deck', filter: (name: string) => boolean, recursive = false): void => {
    try {
      watchers.push(watch(path, { recursive }, (_event, name) => (name === null || filter(String(name)) ? changed(what) : undefined)));
    } catch {
      // A path that does not exist (no workspace theme folder, say) is not watched.
    }
  };
  const documentPath = resolve(options.workspace, options.input);
  if (input.kind === 'document') watchPath(dirname(documentPath), 'document', (name) => name === basename(documentPath));
  // The slides folder is watched from its parent: a rebuild from the document replaces the folder itself.
  // The workspace is watched for slides/ itself: removed and put back, it is watched again.
  const slidesDir = join(options.workspace, 'slides');
  let slidesWatcher: FSWatcher | null = null;
  const watchSlides = (): void => {
    slidesWatcher?.close();
    slidesWatcher = null;
    try {
      slidesWatcher = watch(slidesDir, { recursive: true }, (_event, name) => (name === null || (String(name).startsWith(`${deck}/`) && /\.(md|ya?ml)$/u.test(String(name))) ? changed('deck') : undefined));
      slidesWatcher.on('error', () => undefined);
    } catch {
      // no slides/ for now: the workspace watcher sees it come back
    }
  };
  watchSlides();
  try {
    const workspaceWatcher = watch(options.workspace, (_event, name) => {
      if (String(name) !== 'slides') return;
      watchSlides();
      changed('deck');
    });
    workspaceWatcher.on('error', () => undefined);
    watchers.push(workspaceWatcher);
  } catch {
    // the workspace itself cannot be watched: slides/ is watched as long as it lasts
  }
  const themeFile = (pattern: RegExp) => (name: string): boolean => {
    if (!pattern.test(name)) return false;
    themeChanged = true;
    return true;
  };
  watchPath(themeDir, 'deck', themeFile(/\.(css|html)$/u));
  watchPath(join(options.workspace, 'theme'), 'deck', themeFile(/\.css$/u));

  return {
    url: server.url,
    deck,
    close: async () => {
      for (const w of watchers) w.close();
      slidesWatcher?.close();
      if (timer) clearTimeout(timer);
      await running;
      await server.close();
    },
  };
}
