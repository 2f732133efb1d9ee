// All reading and writing of the user's files. Builds write into a staging
// folder next to the target and move it into place at the end, so a failed
// build leaves the previous output as it was.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inputError } from '../errors.ts';
import type { DeckFiles } from '../stages/write-slides.ts';

/** Reads a document's bytes, with errors that say what to pass instead. */
export async function readDocumentBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw inputError(`${path}: no such file`, 'Check the path, or pass the name of a deck under slides/');
  }
  if (info.isDirectory()) throw inputError(`${path}: is a folder, not a document`, 'Pass a .txt or .md file, or a deck name');
  return readFile(path);
}

/** Reads every text file of a deck folder (not its subfolders). */
export async function readDeckFiles(folder: string): Promise<DeckFiles> {
  const files: DeckFiles = new Map();
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(md|ya?ml|json)$/u.test(entry.name)) continue;
    files.set(entry.name, await readFile(join(folder, entry.name), 'utf8'));
  }
  return files;
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

export async function createStaging(target: string): Promise<Staging> {
  const dir = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return { dir, target };
}

export async function writeFiles(dir: string, files: Map<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of files) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

/** Moves the staging folder into place, replacing what was there. */
export async function commitStaging(staging: Staging): Promise<void> {
  const old = `${staging.dir}.old`;
  const hadTarget = await exists(staging.target);
  if (hadTarget) await rename(staging.target, old);
  try {
    await rename(staging.dir, staging.target);
  } catch (error) {
    if (hadTarget) await rename(old, staging.target);
    throw error;
  }
  if (hadTarget) await rm(old, { recursive: true, force: true });
}

export async function discardStaging(staging: Staging): Promise<void> {
  await rm(staging.dir, { recursive: true, force: true });
}
