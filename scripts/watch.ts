// Following a deck's sources: the document, the deck's slide files and
// manifest, the workspace config and the theme, including files created after
// the start (a theme/custom.css added later). Watching is chokidar's: it
// follows paths that do not exist yet and folders that a rebuild replaces.
// `lectern build --watch` builds again on each change, with one browser kept
// open; `lectern serve` uses the same following.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { LecternError } from './errors.ts';
import { configNames } from './edges/config-file.ts';
import { themeDir } from './edges/paths.ts';
import { listFiles } from './edges/files.ts';
import { BrowserSession } from './edges/printer.ts';
import { build, type BuildOptions, type BuildResult } from './pipeline.ts';
import { resolveInput } from './workspace.ts';

/** What changed: the document (plan again), the deck's files (render them as they are), the config, or a theme file. */
export type Change = 'document' | 'deck' | 'config' | 'theme';

export interface Following {
  /** The paths watched, relative to the workspace. */
  paths: string[];
  /** Resolves when the watcher has scanned its paths. */
  ready: Promise<void>;
  /** A build that writes the deck's files has started: changes to them wait for `settle`. */
  hold(): void;
  /**
   * A build is done, and left the deck's text files as `files` say (null: it
   * says nothing of them). From now on a change to a file of the deck that
   * leaves it as the build left it is the build's own write, or no change, and
   * is not reported; the changes held since `hold` are weighed so.
   */
  settle(files: ReadonlyMap<string, string> | null): void;
  close(): Promise<void>;
}

/** Which source a changed path is, or null for one to ignore. */
export function changeOf(
  path: string,
  where: { workspace: string; document: string | null; deck: string; talk: boolean; configFile: string | null },
): Change | null {
  const slidesRoot = join(where.workspace, 'slides');
  if (path === where.document) return 'document';
  if (where.configFile ? path === where.configFile : dirname(path) === where.workspace && configNames.includes(basename(path))) return 'config';
  if (path.startsWith(slidesRoot + sep)) {
    // The deck's folder (any deck's, for a talk): its Markdown, manifest, styles and images; not what lectern keeps aside, stages or records.
    if (!where.talk && !path.startsWith(join(slidesRoot, where.deck) + sep)) return null;
    return /[\\/]\.lectern-replaced[\\/]|[\\/]\.[^\\/]*\.tmp-|[\\/]\.lectern\.json$/u.test(path) ? null : 'deck';
  }
  return 'theme';
}

/** A deck folder as a build left it: its text files' text; every other file's size and time of change. */
interface DeckSnapshot {
  texts: ReadonlyMap<string, string>;
  others: Map<string, string>;
}

/** The other files' signature: size and modification time (a picture is not read to be compared). */
function signature(path: string): string | null {
  try {
    const stat = statSync(path);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

function snapshot(deckDir: string, texts: ReadonlyMap<string, string>): DeckSnapshot {
  const others = new Map<string, string>();
  for (const path of listFiles(deckDir)) {
    if (texts.has(path) || path.startsWith('.lectern-replaced/')) continue;
    const sign = signature(join(deckDir, path));
    if (sign !== null) others.set(path, sign);
  }
  return { texts, others };
}

/** Whether the deck's file at `path` (relative, "/" separated) is not as the build left it. */
function differs(left: DeckSnapshot, path: string, deckDir: string): boolean {
  const file = join(deckDir, path);
  const text = left.texts.get(path);
  if (text !== undefined) {
    try {
      return readFileSync(file, 'utf8') !== text;
    } catch {
      return true;
    }
  }
  const sign = left.others.get(path);
  if (sign !== undefined) return signature(file) !== sign;
  // A file the build did not leave: a change if it is there now.
  return existsSync(file);
}

/** Watches a deck's sources and calls `onChange` for each change that matters. */
export function followChanges(
  where: { workspace: string; document: string | null; deck: string; talk: boolean; configFile: string | null },
  onChange: (change: Change) => void,
  onError: (error: unknown) => void,
): Following {
  const ws = where.workspace;
  const paths = [
    ...(where.document ? [where.document] : []),
    // slides/ as a whole: the deck folder may not exist yet, and a rebuild from the document replaces it.
    join(ws, 'slides'),
    join(ws, 'theme'),
    ...(where.configFile ? [where.configFile] : configNames.map((name) => join(ws, name))),
  ];
  // lectern's own theme, when it runs from its sources (an installed package's does not change).
  if (!themeDir.includes(`${sep}node_modules${sep}`)) paths.push(themeDir);
  const deckDir = join(ws, 'slides', where.deck);
  // The deck's files as the last build left them: text files by their text, the others (pictures, styles in
  // subfolders) by size and time. Held: the deck's files changed while a build that writes them runs.
  let left: DeckSnapshot | null = null;
  let held: Set<string> | null = null;
  // Whether a path's change is one the last build has not seen (any path but the deck's own files, after a failed build).
  const unseen = (path: string): boolean =>
    left === null || !path.startsWith(deckDir + sep) || differs(left, relative(deckDir, path).split(sep).join('/'), deckDir);
  // The deck's files whose change was reported since the last build, by size and time then: an event that finds one
  // as it was reported is the same change heard twice (a fresh watcher's scan and its first events may both hear it).
  const asked = new Map<string, string | null>();
  /** Whether the deck's file at `path` (absolute) changed since the last build and was not reported so yet. */
  const news = (path: string): boolean => {
    const now = signature(path);
    if (asked.has(path) && asked.get(path) === now) return false;
    if (!unseen(path)) return false;
    asked.set(path, now);
    return true;
  };
  const report = (path: string): void => {
    if (news(path)) onChange('deck');
  };
  // What a changed path asks for (an absolute path), or null: theme files count by their kind.
  const changeFor = (path: string): Change | null => {
    const change = changeOf(path, where);
    if (change === 'theme' && !/\.(?:css|html|woff2?|ttf|otf|png|jpe?g|gif|svg|webp)$/iu.test(path)) return null;
    return change;
  };
  let closed = false;
  // awaitWriteFinish: an event once a file has stopped changing for 40 ms. Without it chokidar
  // drops a change that follows another within 50 ms, and the last save would not be built.
  // Paths that exist first, then the others: with a missing path among them chokidar says "ready"
  // before it has scanned the rest, and an edit made just after would be missed.
  const start = (): { watcher: FSWatcher; ready: Promise<void> } => {
    const watcher: FSWatcher = watch(
      paths.filter((p) => existsSync(p)),
      {
        ignoreInitial: true,
        awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
        ignored: (path: string) => /[\\/]\.lectern-replaced(?:[\\/]|$)|[\\/]\.[^\\/]*\.tmp-[^\\/]*(?:[\\/]|$)/u.test(path),
      },
    );
    watcher.on('all', (event, path) => {
      // A watched folder that goes away (slides/ moved aside, theme/ deleted) is watched for again: chokidar would forget it.
      if (event === 'unlinkDir' && paths.includes(resolve(path))) {
        watcher.unwatch(path);
        watcher.add(path);
      }
      const absolute = resolve(path);
      const change = changeFor(absolute);
      if (change === null) return;
      if (change !== 'deck') onChange(change);
      else if (held) held.add(absolute);
      else report(absolute);
    });
    watcher.on('error', onError);
    const ready = new Promise<void>((done) =>
      watcher.once('ready', () => {
        watcher.add(paths.filter((p) => !existsSync(p)));
        done();
      }),
    );
    return { watcher, ready };
  };
  let current = start();
  /** The followed files outside slides/ (the document, the config, the themes' files) by size and time. */
  const outside = (): Map<string, string> => {
    const found = new Map<string, string>();
    for (const path of paths) {
      if (path === join(ws, 'slides')) continue;
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat === undefined) continue;
      for (const file of stat.isDirectory() ? listFiles(path).map((f) => join(path, f)) : [path]) {
        const sign = signature(file);
        if (sign !== null) found.set(file, sign);
      }
    }
    return found;
  };
  /**
   * Watches afresh, after a build replaced the deck's folder (moved the new one in and the old one out, maybe between
   * two turns of the event loop): chokidar may go on watching the old folder under the deck's name, and then no file
   * added to the new one, nor (as often as not) an edit to one of its files, is reported. The old watcher is closed
   * first (chokidar shares a path's system watcher between its watchers); what changed until the fresh one has
   * scanned is found by comparing: the files outside slides/ with what they were, the deck's with what the build left.
   */
  const renew = async (): Promise<void> => {
    const before = outside();
    await current.watcher.close();
    if (closed) return;
    current = start();
    await current.ready;
    if (closed) return;
    const after = outside();
    for (const path of new Set([...before.keys(), ...after.keys()])) {
      const change = before.get(path) === after.get(path) ? null : changeFor(path);
      if (change !== null && change !== 'deck') onChange(change);
    }
    if (held || left === null) return;
    const files = new Set([...left.texts.keys(), ...left.others.keys(), ...(existsSync(deckDir) ? listFiles(deckDir) : [])]);
    // Every file found changed is noted as reported (one report asks for a build, which reads them all).
    const changed = [...files].map((path) => join(deckDir, path)).filter((path) => changeFor(path) === 'deck' && news(path));
    if (changed.length > 0) onChange('deck');
  };
  let renewing: Promise<void> = Promise.resolve();
  return {
    paths: paths.map((p) => relative(ws, p) || '.'),
    ready: current.ready,
    hold: () => {
      held ??= new Set();
    },
    settle: (files) => {
      // A build that wrote the deck's files (a plan from the document) moved a new folder into place.
      const replaced = held !== null && files !== null;
      left = files ? snapshot(deckDir, files) : null;
      asked.clear();
      const waiting = held ?? new Set<string>();
      held = null;
      // One report is enough: the build it asks for reads every file.
      for (const path of waiting) {
        if (unseen(path)) {
          onChange('deck');
          break;
        }
      }
      if (replaced && !closed) renewing = renewing.then(renew).catch(onError);
    },
    close: async () => {
      closed = true;
      await renewing;
      await current.watcher.close();
    },
  };
}

/** The most a set of changes asks for: the config over the document over a theme over the deck's files. */
export function merged(a: Change | null, b: Change): Change {
  const rank: Record<Change, number> = { deck: 0, theme: 1, document: 2, config: 3 };
  return a !== null && rank[a] >= rank[b] ? a : b;
}

export interface WatchOptions {
  /** The build's options, made again (with the config read again) after the config changes. */
  options: () => Promise<BuildOptions>;
  /** The config file in use (absolute), if any. */
  configFile: string | null;
  /** Each build's result. */
  report: (result: BuildResult, ms: number) => void;
  /** A failed build (the watch goes on). */
  fail: (error: unknown) => void;
}

export interface Watching {
  /** The paths watched, relative to the workspace. */
  paths: string[];
  /** Resolves once the first build is done (or failed) and the watcher is ready. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Builds now and again on every change (edited slides are kept when the document changes); stops on close(). */
export async function watchBuild(watchOptions: WatchOptions): Promise<Watching> {
  const withKeep = (o: BuildOptions): BuildOptions => ({ ...o, keepEdits: true });
  let options = withKeep(await watchOptions.options());
  const ws = options.workspace;
  const input = await resolveInput(ws, options.input);
  const deck = options.deck ?? input.name;
  let session = new BrowserSession(options.browser, options.timeoutMs);
  let following: Following | null = null;
  let lastFiles: ReadonlyMap<string, string> | null = null;

  const runBuild = async (what: Change): Promise<void> => {
    const started = Date.now();
    // A change to the document or the config plans the deck again; a change to its files or the theme renders them as they are.
    const fromDocument = input.kind !== 'deck' && (what === 'document' || what === 'config');
    if (fromDocument) following?.hold();
    let files: ReadonlyMap<string, string> | null = null;
    try {
      if (what === 'config') options = withKeep(await watchOptions.options());
      const result = await build(fromDocument || input.kind === 'talk' ? options : { ...options, input: deck, deck }, session);
      files = result.slideFiles ?? null;
      lastFiles = files;
      watchOptions.report(result, Date.now() - started);
    } catch (error) {
      watchOptions.fail(error);
      // A browser that failed is not reused: the next build starts a fresh one.
      if (!(error instanceof LecternError) || error.kind !== 'input') {
        await session.close().catch((closing: unknown) => watchOptions.fail(closing));
        session = new BrowserSession(options.browser, options.timeoutMs);
      }
    } finally {
      following?.settle(files);
    }
  };

  // The first build, then the watcher: it starts on the folders that build made.
  let running = runBuild(input.kind === 'deck' ? 'deck' : 'document');
  await running;
  let pending: Change | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  following = followChanges(
    {
      workspace: ws,
      document: input.kind === 'deck' ? null : resolve(ws, options.input),
      deck,
      talk: input.kind === 'talk',
      configFile: watchOptions.configFile,
    },
    (change) => {
      if (closed) return;
      pending = merged(pending, change);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const next = pending;
        pending = null;
        if (next) running = running.then(() => runBuild(next));
      }, 50);
    },
    watchOptions.fail,
  );
  following.settle(lastFiles);
  const watched = following;
  return {
    paths: watched.paths,
    ready: watched.ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watched.close();
      // The build still running ends first; its failure was reported where it ran.
      await running.catch(() => undefined);
      await session.close();
    },
  };
}
