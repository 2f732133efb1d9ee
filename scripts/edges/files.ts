// All reading and writing of the user's files. Builds write into a staging
// folder next to the target and move it into place at the end, so a failed
// build leaves the previous output as it was.
import { randomBytes } from 'node:crypto';
import { constants, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { buildError, inputError } from '../errors.ts';
import type { DeckFiles, ExistingFolder } from '../stages/write-slides.ts';

/** The largest document read unless --max-size says otherwise: 32 MB (a 10 MB document is some 50,000 slides). */
export const defaultMaxBytes = 32 * 1024 * 1024;

/**
 * Reads a document's bytes, with errors that say what to pass instead. Only a
 * regular file is read (a pipe, a device or a socket is refused before any
 * read: opened without blocking, judged by the open handle), and never more
 * than `maxBytes`, however it grows while it is read.
 */
export async function readDocumentBytes(path: string, maxBytes = defaultMaxBytes): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw inputError(`${path}: is a folder, not a document`, 'Pass a .txt or .md file, or a deck name');
    if (code === 'EACCES' || code === 'EPERM') throw inputError(`${path}: not allowed to read it`, "Check the file's permissions");
    throw inputError(`${path}: no such file`, 'Check the path, or pass the name of a deck under slides/');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw inputError(`${path}: is a folder, not a document`, 'Pass a .txt or .md file, or a deck name');
    if (!info.isFile()) throw inputError(`${path}: is not a regular file (a pipe, device or socket)`, 'Save the text to a file and pass that file');
    const limit = `${Math.round(maxBytes / 1024 / 1024)} MB`;
    const tooLarge = (): never => {
      throw inputError(`${path}: larger than ${limit}`, `Split the document, or raise the limit with --max-size (in MB)`);
    };
    if (info.size > maxBytes) tooLarge();
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(maxBytes + 1 - length, Math.max(info.size - length + 1, 64 * 1024)));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) tooLarge();
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

/**
 * Reads every text file of a deck folder (not its subfolders). Synchronous
 * reads: a deck is hundreds of small files, which read seven times faster one
 * after another than through the thread pool.
 */
export async function readDeckFiles(folder: string): Promise<DeckFiles> {
  const files: DeckFiles = new Map();
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return files;
  }
  const names = entries
    .filter((e) => e.isFile() && /\.(md|ya?ml|json)$/u.test(e.name))
    .map((e) => e.name)
    .sort();
  for (const name of names) files.set(name, readFileSync(join(folder, name), 'utf8'));
  return Promise.resolve(files);
}

/** Every file under `folder` (relative, "/" separated; symbolic links as files, not followed). */
export function listFiles(folder: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(folder, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const paths: string[] = [];
  for (const entry of entries) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) paths.push(...listFiles(folder, path));
    else paths.push(path);
  }
  return paths;
}

/** A deck folder before a rebuild: all its files, and the text of its top-level text files. */
export async function readExistingFolder(folder: string): Promise<ExistingFolder> {
  return { paths: listFiles(folder).sort(), texts: await readDeckFiles(folder) };
}

/**
 * Puts files of the folder being replaced into its staging copy: hard links
 * where the file system allows (a link costs a twentieth of writing a file),
 * else copies. `to` maps a path to its place in the staging folder.
 */
export async function carryFiles(from: string, staging: string, paths: string[], to: (path: string) => string = (p) => p): Promise<void> {
  const folders = new Set(paths.map((p) => dirname(join(staging, to(p)))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await eachLimited(paths, 32, async (path) => {
    const source = join(from, path);
    const target = join(staging, to(path));
    await link(source, target).catch(() => copyFile(source, target));
  });
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A folder being built, to be moved over `target` when the build succeeds. */
export interface Staging {
  dir: string;
  target: string;
}

/** Staging folders and locks this process holds, removed if it is interrupted. */
const held = new Map<string, () => void>();

/** Holds `path` until released: an interruption removes it (or runs `cleanup` instead). */
function hold(path: string, cleanup: () => void = () => rmSync(path, { recursive: true, force: true })): void {
  held.set(path, cleanup);
}

/** Removes what an interrupted build left (its staging folders, its locks); synchronous, for signal handlers. */
export function releaseAll(): void {
  for (const cleanup of held.values()) {
    try {
      cleanup();
    } catch {
      // the next build of the deck removes what is left (removeStale)
    }
  }
  held.clear();
}

/** Removes staging folders of `target` left by lectern processes that were killed. */
async function removeStale(target: string): Promise<void> {
  const prefix = `.${basename(target)}.tmp-`;
  const entries = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of entries) {
    const pid = Number(/^\.[^/]*\.tmp-(\d+)-/u.exec(name)?.[1]);
    if (name.startsWith(prefix) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
      // The previous output, moved aside by a commit that was killed before the new one took its place: put back.
      if (name.endsWith('.old') && !(await exists(target))) await rename(join(dirname(target), name), target);
      else await rm(join(dirname(target), name), { recursive: true, force: true });
    }
  }
}

export async function createStaging(target: string): Promise<Staging> {
  await removeStale(target);
  const dir = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  hold(dir);
  return { dir, target };
}

/** Runs `work` on every item, at most `limit` at a time (thousands of slide files write in parallel, not one by one). */
export async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function writeFiles(dir: string, files: Map<string, string | Uint8Array>): Promise<void> {
  const folders = new Set([...files.keys()].map((name) => dirname(join(dir, name))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await eachLimited([...files], 32, ([name, content]) => writeFile(join(dir, name), content));
}

/** Moves the staging folder into place, replacing what was there. */
export async function commitStaging(staging: Staging): Promise<void> {
  const old = `${staging.dir}.old`;
  // Interrupted between the two moves, the previous output goes back where it was.
  hold(old, () => {
    if (!existsSync(staging.target) && existsSync(old)) renameSync(old, staging.target);
    else rmSync(old, { recursive: true, force: true });
  });
  const hadTarget = await exists(staging.target);
  if (hadTarget) await rename(staging.target, old);
  try {
    await rename(staging.dir, staging.target);
  } catch (error) {
    if (hadTarget) await rename(old, staging.target);
    held.delete(old);
    throw error;
  }
  held.delete(staging.dir);
  if (hadTarget) await rm(old, { recursive: true, force: true });
  held.delete(old);
}

/** A folder in the temp folder for work that is thrown away, removed if the command is interrupted too. */
export async function createScratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-'));
  hold(dir);
  return dir;
}

export async function removeScratch(dir: string): Promise<void> {
  held.delete(dir);
  await rm(dir, { recursive: true, force: true });
}

export async function discardStaging(staging: Staging): Promise<void> {
  held.delete(staging.dir);
  await rm(staging.dir, { recursive: true, force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Holds a lock folder (mkdir is atomic) while `work` runs, so two builds of
 * the same deck take turns instead of moving folders over each other. A lock
 * left by a process that no longer runs is taken over.
 */
export async function withLock<T>(lockDir: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  await mkdir(dirname(lockDir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      hold(lockDir);
      await writeFile(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(lockDir, 'pid'), 'utf8').catch(() => ''));
      const age = Date.now() - ((await stat(lockDir).catch(() => null))?.mtimeMs ?? Date.now());
      // Stale: its process is gone, or it is older than any build (a reused pid).
      if ((Number.isInteger(owner) && owner > 0 && !alive(owner)) || age > 30 * 60_000) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw buildError(
          `Another lectern (pid ${owner || 'unknown'}) is building this deck`,
          `Wait for it to finish, or remove ${lockDir} if no lectern is running`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await work();
  } finally {
    held.delete(lockDir);
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** The decks of a workspace: folders under slides/ with a deck.yaml, by name. */
export async function listDecks(ws: string): Promise<string[]> {
  const dir = join(ws, 'slides');
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const decks: string[] = [];
  for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && (await exists(join(dir, e.name, 'deck.yaml')))) decks.push(e.name);
  return decks.sort();
}

const mediaTypes: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

/** The media type of a file the deck uses, by its extension (undefined for any other file). */
export const mediaTypeOf = (path: string): string | undefined => mediaTypes[extname(path).toLowerCase()];
