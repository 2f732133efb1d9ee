// Images: read from the document's (or deck's) folder and below, and from a
// folder beside it up to three levels above the document's (a course's
// "../images/"), never from a hidden folder, through an absolute path or a
// symlink that leads out of those. An image that is not there is a warning,
// not a failed build: its slide shows a placeholder.
import { copyFile, mkdir, open, readdir, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { inputError } from '../errors.ts';
import { imageKind } from '../stages/image-kind.ts';
import { decodedPath, isLocalImage } from '../stages/markdown.ts';
import { imageSources, outsideImageSources } from '../stages/render-slide.ts';
import type { Diagnostic, Place } from '../types.ts';

/** The file an image refers to, or null when there is none; throws for one outside `folder`. */
async function insideFolder(folder: string, src: string, where: string): Promise<{ path: string; real: string | null }> {
  const path = resolve(folder, decodedPath(src));
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    // A name whose case differs from the file's ("walnut.png" for Walnut.png: a page written on a system that does not
    // tell them apart): the one file of that name in its folder, whatever its case.
    const named = await readdir(dirname(path)).then(
      (names) => names.filter((n) => n.toLowerCase() === basename(path).toLowerCase()),
      () => [],
    );
    if (named.length !== 1 || named[0] === undefined) return { path, real: null };
    try {
      real = await realpath(join(dirname(path), named[0]));
    } catch {
      return { path, real: null };
    }
  }
  const root = await realpath(folder);
  if (!real.startsWith(root + sep)) {
    throw inputError(`${where}: image "${src}" is outside ${root}`, "Copy the image into the document's folder (or below it) and refer to it there");
  }
  return { path, real };
}

/** Where `![…](src)` first appears in a document's text. */
function placeOf(text: string, src: string): Place | undefined {
  const escaped = src.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // As Markdown wrote it, else as a tag's or an include's value (`<object data="…">`, `{% include … url="…" %}`).
  let at = text.search(new RegExp(`!\\[[^\\]]*\\]\\(\\s*<?${escaped}`, 'u'));
  if (at < 0) at = text.search(new RegExp(`(?<=[=\\s(]["']?)${escaped}(?=["'\\s)>]|$)`, 'u'));
  if (at < 0) return undefined;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** The first bytes of a file (enough to tell an image by its content). */
async function head(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Why a file may not be shown as an image (not an image by its content, or where lectern writes its own files), or null. */
async function refusal(file: string, relativePath: string | null, bytes?: Uint8Array): Promise<string | null> {
  const first = relativePath?.split(/[\\/]/u)[0] ?? '';
  if (relativePath !== null && (first === 'assets' || first === 'png' || /^[^/\\]*\.(?:html|pdf)$/iu.test(relativePath))) {
    return 'is where lectern writes its own files in dist/; move it into images/ and refer to it there';
  }
  if (imageKind(bytes ?? (await head(file).catch(() => new Uint8Array()))) === null)
    return 'is not an image (its content is not PNG, JPEG, GIF, WebP, AVIF, BMP, ICO or SVG); its slide shows a placeholder';
  return null;
}

const refused = (src: string, why: string, file: string): Diagnostic => ({
  severity: 'warning',
  rule: 'image-refused',
  message: `image "${src}" ${why}`,
  file,
});

function missingImage(src: string, path: string, file: string, text?: string): Diagnostic {
  const place = text === undefined ? undefined : placeOf(text, src);
  return {
    severity: 'warning',
    rule: 'image-missing',
    message: `image "${src}" not found (looked for ${path}); its slide shows a placeholder. Put the image in the document's folder or below it, or fix the path`,
    file,
    ...(place ? { place } : {}),
  };
}

/** A picture from outside the folder images are read from (the document's, or the deck's: `whose`): a placeholder, and why. */
function outsideImage(src: string, file: string, text?: string, whose = "document's"): Diagnostic {
  const place = text === undefined ? undefined : placeOf(text, src);
  return {
    severity: 'warning',
    rule: 'image-outside',
    message: `image "${src}" is outside the ${whose} folder; its slide shows a placeholder. Copy the image into the ${whose} folder (or below it) and refer to it there`,
    file,
    ...(place ? { place } : {}),
  };
}

export interface DocumentImages {
  /** Source path as written -> the file, and its path in the deck folder (images/<name>). */
  images: Map<string, { file: string; target: string }>;
  /** A warning for each image that is not there (`text`, the document, places them). */
  diagnostics: Diagnostic[];
}

/** Images referenced by a document's slides, and warnings for those that are missing. */
export async function findDocumentImages(docDir: string, bodies: string[], where: string, text?: string): Promise<DocumentImages> {
  const images = new Map<string, { file: string; target: string }>();
  const diagnostics: Diagnostic[] = [];
  const names = new Set<string>();
  // A path from a site's root ("/Images/Week03/tree.png" in a Jekyll page at the root of its site) is the document's
  // folder's when the file is there; else it is outside that folder, and a placeholder.
  // GitBook keeps a book's pictures in .gitbook/assets at its root, and a page in a folder refers to them from there
  // ("../.gitbook/assets/Frame 63.png"): such a picture is read where it is, and nothing else above the folder.
  // (Each source as written -> the file it was found as, read once.)
  const found = new Map<string, string>();
  const outside: string[] = [];
  // A picture in a folder beside the document's (a course's "../images/x.png", a Jupyter Book's "../../images/x.png") is
  // read where it is, as is a site-rooted one from a folder above the document's, up to three levels.
  // (Each folder above looked up once, whatever the number of pictures that climb to it.)
  const tops = new Map<string, Promise<string | null>>();
  const folderUp = (up: string): Promise<string | null> => {
    const top = tops.get(up) ?? nearFolder(docDir, up);
    tops.set(up, top);
    return top;
  };
  for (const src of new Set(bodies.flatMap(outsideImageSources))) {
    const below = siteRooted(src);
    let rooted: string | null = null;
    // (Or in the folder a site generator serves at its root: Slidev's, VitePress' and Astro's public/, Hugo's and
    // Docusaurus' static/: a Slidev deck's "/nature-recording.jpg" is its public/nature-recording.jpg.)
    for (const up of ['', '..', '../..', '../../..']) {
      if (below === null || rooted !== null) break;
      const top = await folderUp(up);
      for (const served of ['', 'public/', 'static/']) {
        if (top === null || rooted !== null) break;
        rooted = (await insideFolder(top, `${served}${below}`, where).catch(() => null))?.real ?? null;
      }
    }
    const asset = rooted === null && gitbookAsset.test(decodedPath(src)) ? await realpath(resolve(docDir, decodedPath(src))).catch(() => null) : null;
    const file = rooted ?? (asset?.includes(`${sep}.gitbook${sep}assets${sep}`) ? asset : null) ?? (await besideFolder(docDir, src, folderUp));
    if (file !== null) found.set(src, file);
    else outside.push(src);
  }
  let byName: Map<string, string[]> | null = null;
  for (const src of [...new Set(bodies.flatMap(imageSources)), ...found.keys()]) {
    const known = found.get(src);
    const { path, real: located } = known !== undefined ? { path: known, real: known } : await insideFolder(docDir, src, where);
    // A picture named by its file alone that is not beside the document, as Obsidian embeds one ("![[diagram.png]]", kept
    // in the vault's attachments folder): the one file of that name below the document's folder, if there is one.
    let file = located;
    if (file === null && !/[\\/]/u.test(decodedPath(src))) {
      byName ??= await filesByName(docDir);
      const named = byName.get(decodedPath(src)) ?? [];
      if (named.length === 1 && named[0] !== undefined) file = (await insideFolder(docDir, relative(docDir, named[0]), where)).real;
    }
    // A path without an extension ("figs/cap3/requisitos", as Pandoc books write them and its default extension completes),
    // or with Sphinx's "any extension" ("img/carpet.*", the builder's choice of the files there are): the picture of that
    // name in a format a browser shows, the first there is.
    const stem = decodedPath(src).replace(/\.\*$/u, '');
    if (file === null && (stem !== decodedPath(src) || !/\.[A-Za-z0-9]{1,5}$/u.test(basename(stem)))) {
      for (const extension of ['.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp']) {
        file = (await insideFolder(docDir, `${stem}${extension}`, where).catch(() => null))?.real ?? null;
        if (file !== null) break;
      }
    }
    if (file === null) {
      diagnostics.push(missingImage(src, path, where, text));
      continue;
    }
    const why = await refusal(file, null);
    if (why !== null) {
      diagnostics.push(refused(src, why, where));
      continue;
    }
    const existing = [...images.values()].find((f) => f.file === file);
    if (existing) {
      images.set(src, existing);
      continue;
    }
    let name = basename(file);
    for (let n = 2; names.has(name); n += 1) name = basename(file).replace(/(\.[^.]*)?$/u, `-${n}$1`);
    names.add(name);
    images.set(src, { file, target: `images/${name}` });
  }
  // A picture from outside the document's folder is a placeholder too, and says so (a lecture's "../image/x.png").
  for (const src of outside) diagnostics.push(outsideImage(src, where, text));
  return { images, diagnostics };
}

/** The files below `folder` by name (four levels down at most, 5,000 entries, no hidden folders or node_modules). */
async function filesByName(folder: string): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  let budget = 5000;
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if ((budget -= 1) < 0) return;
      const path = join(dir, entry.name);
      if (entry.isFile()) names.set(entry.name, [...(names.get(entry.name) ?? []), path]);
      else if (entry.isDirectory() && depth < 4 && !entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path, depth + 1);
    }
  };
  await walk(folder, 1);
  return names;
}

/**
 * The real folder `up` ("..", "../..") above `docDir`, or null where that is the file system's root or the home folder
 * itself (a picture found there is no course's).
 */
async function nearFolder(docDir: string, up: string): Promise<string | null> {
  const top = await realpath(resolve(docDir, up)).catch(() => null);
  return top === null || top === parse(top).root || top === homedir() ? null : top;
}

/**
 * The file a picture's path names in a folder beside the document's, one to three levels up ("../images/x.png",
 * "../../assets/x.svg"), or null: never in a hidden folder ("../.ssh/…"), and the real file (a link followed) lies
 * below that folder too.
 */
async function besideFolder(docDir: string, src: string, folderUp: (up: string) => Promise<string | null>): Promise<string | null> {
  const path = decodedPath(src).replace(/\\/gu, '/');
  const up = /^(?:\.\.\/){1,3}(?!\.\.\/)/u.exec(path)?.[0];
  // (As written, not escaped: "..%2Fsecret.png" climbs out of nothing.)
  if (up === undefined || !src.startsWith(up)) return null;
  const rest = path.slice(up.length).split('/');
  if (rest.some((part) => part === '' || part.startsWith('.'))) return null;
  const top = await folderUp(up.replace(/\/$/u, ''));
  const real = top === null ? null : await realpath(resolve(docDir, path)).catch(() => null);
  return top !== null && real !== null && real.startsWith(top + sep) ? real : null;
}

/** A picture of a GitBook book's assets, from a page in a folder below its root: "../.gitbook/assets/<file>". */
const gitbookAsset = /^(?:\.\.\/){1,8}\.gitbook\/assets\/[^/\\]+$/u;

/** A path from a site's root, "/Images/x.png", as a path below a folder ("Images/x.png"); null for any other source. */
function siteRooted(src: string): string | null {
  const below = /^\/(?![/\\])(.+)$/u.exec(src)?.[1];
  return below !== undefined && isLocalImage(below) ? below : null;
}

export interface DeckImages {
  /** The image files in the deck's folder that its slides show. */
  files: string[];
  /** Width over height of each of them, by source as the slides write it (none for a file whose size cannot be read). */
  ratios: Map<string, number>;
  /** Sources (as written in the slides) with no file: shown as placeholders. */
  missing: Set<string>;
  diagnostics: Diagnostic[];
}

/** The images a deck's slides refer to, found in its folder; warnings for those that are missing. */
export async function findDeckImages(deckDir: string, bodies: string[], where: string): Promise<DeckImages> {
  const found: DeckImages = { files: [], ratios: new Map(), missing: new Set(), diagnostics: [] };
  const sources = new Set(bodies.flatMap(imageSources));
  const root = sources.size > 0 ? await realpath(deckDir) : deckDir;
  for (const src of sources) {
    const { path, real } = await insideFolder(deckDir, src, where);
    // (The file's first bytes, read once: what kind of picture it is, and its size.)
    const bytes = real === null ? null : await head(real).catch(() => new Uint8Array());
    const why = real === null || bytes === null ? null : await refusal(real, relative(root, real), bytes);
    if (real !== null && bytes !== null && why === null) {
      found.files.push(real);
      const ratio = await ratioOf(real, bytes);
      if (ratio !== null) found.ratios.set(src, ratio);
    } else if (why !== null) {
      found.missing.add(src);
      found.diagnostics.push(refused(src, why, where));
    } else if (!found.missing.has(src)) {
      found.missing.add(src);
      found.diagnostics.push(missingImage(src, path, where));
    }
  }
  for (const src of new Set(bodies.flatMap(outsideImageSources))) found.diagnostics.push(outsideImage(src, where, undefined, "deck's"));
  return found;
}

/**
 * A picture's width over its height as it shows (a JPEG turned by its EXIF orientation turned so), or null when
 * unreadable: from its first bytes, already read, or from the file where they do not say (a JPEG whose size comes after
 * a long EXIF block).
 */
async function ratioOf(file: string, bytes: Uint8Array): Promise<number | null> {
  try {
    // image-size (pptxgenjs's own dependency) reads the size of every kind imageKind knows.
    const { imageSize } = await import('image-size');
    const sized = (): { width?: number | undefined; height?: number | undefined; orientation?: number | undefined } => {
      try {
        return imageSize(bytes);
      } catch {
        return imageSize(file);
      }
    };
    const { width, height, orientation } = sized();
    if (!width || !height) return null;
    return orientation !== undefined && orientation >= 5 ? height / width : width / height;
  } catch {
    return null;
  }
}

/** Copies image files of a deck's folder into the dist folder, at the same relative paths. */
export async function copyDeckImages(deckDir: string, files: string[], distDir: string): Promise<void> {
  const root = await realpath(deckDir);
  for (const file of new Set(files)) {
    const target = join(distDir, relative(root, file));
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
