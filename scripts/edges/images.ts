// Images: read only from the document's (or deck's) folder and below, never
// through `..`, an absolute path or a symlink that leads out of it.
import { copyFile, mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { inputError } from '../errors.ts';
import { imageSources } from '../stages/render-slide.ts';

async function insideFolder(folder: string, src: string, where: string): Promise<string> {
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // A malformed escape: use the path as written.
  }
  const path = resolve(folder, decoded);
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw inputError(`${where}: image "${src}" not found (looked for ${path})`, 'Put the image in the document\'s folder or below it, or fix the path');
  }
  const root = await realpath(folder);
  if (!real.startsWith(root + sep)) {
    throw inputError(`${where}: image "${src}" is outside ${root}`, 'Copy the image into the document\'s folder (or below it) and refer to it there');
  }
  return real;
}

/** Images referenced by a document's slides: source file -> its path in the deck folder (images/<name>). */
export async function findDocumentImages(docDir: string, bodies: string[], where: string): Promise<Map<string, { file: string; target: string }>> {
  const found = new Map<string, { file: string; target: string }>();
  const names = new Set<string>();
  for (const src of bodies.flatMap(imageSources)) {
    if (found.has(src)) continue;
    const file = await insideFolder(docDir, src, where);
    const existing = [...found.values()].find((f) => f.file === file);
    if (existing) {
      found.set(src, existing);
      continue;
    }
    let name = basename(file);
    for (let n = 2; names.has(name); n += 1) name = basename(file).replace(/(\.[^.]*)?$/u, `-${n}$1`);
    names.add(name);
    found.set(src, { file, target: `images/${name}` });
  }
  return found;
}

/** Copies the images a deck's slides refer to from its folder into the dist folder, at the same relative paths. */
export async function copyDeckImages(deckDir: string, bodies: string[], distDir: string, where: string): Promise<void> {
  const sources = new Set(bodies.flatMap(imageSources));
  for (const src of sources) {
    const file = await insideFolder(deckDir, src, where);
    const target = join(distDir, relative(await realpath(deckDir), file));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  }
}

export async function copyImages(images: Iterable<{ file: string; target: string }>, dir: string): Promise<void> {
  // One copy per target, however many ways the document wrote its path (a.png, ./a.png).
  const byTarget = new Map([...images].map((image) => [image.target, image.file]));
  for (const [target, file] of byTarget) {
    await mkdir(dirname(join(dir, target)), { recursive: true });
    await copyFile(file, join(dir, target));
  }
}
