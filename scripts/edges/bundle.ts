// esbuild bundles the deck's script (reveal.js, its notes plugin, our fitting)
// and styles (reveal.js core and the theme; fonts are per deck, see fonts.ts). The bundle is the same
// for every deck, so it is built once per change of its inputs and cached.
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { chmod, copyFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildError, firstLine } from '../errors.ts';
import { cacheDir, clientEntry, packageRequire, packageRoot, privateFolder, themeDir } from './paths.ts';
import { exists } from './files.ts';

async function inputsKey(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await readdir(themeDir)).filter((f) => f.endsWith('.css')).map((f) => join(themeDir, f)),
    ...(await readdir(join(clientEntry, '..'))).map((f) => join(clientEntry, '..', f)),
    join(packageRoot, 'package-lock.json'),
    join(packageRoot, 'scripts', 'edges', 'bundle.ts'),
  ].sort();
  // Size and modification time identify a version well enough, and every build
  // computes this key: reading and hashing the whole lock file each time did not pay.
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    hash.update(`${file}\0${info?.size ?? -1}\0${info?.mtimeMs ?? -1}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * CSP hashes of the inline script in reveal.js's speaker view. The notes
 * plugin writes that page into an about:blank popup, which inherits the
 * deck's Content-Security-Policy, so the policy must name the script's hash.
 * The page is a string literal in the plugin; it is evaluated here as a
 * literal only (no code of the plugin runs).
 */
async function speakerViewHashes(): Promise<string[]> {
  const notesPlugin = packageRequire.resolve('reveal.js/plugin/notes');
  const source = await readFile(notesPlugin.replace(/\.js$/u, '.mjs'), 'utf8');
  const start = source.indexOf('document.write("');
  if (start < 0) return [];
  let end = start + 'document.write('.length + 1;
  while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
  const html: unknown = runInNewContext(source.slice(start + 'document.write('.length, end + 1), Object.create(null) as object, { timeout: 1000 });
  if (typeof html !== 'string') return [];
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
}

/** Bundles the deck's script and styles into `dir` (also used to pack them into the package). */
export async function bundleInto(dir: string): Promise<void> {
  const { build } = await import('esbuild');
  // The browsers a deck is opened in: its scripts and its theme are written for the same ones (the theme's nested rules
  // are written out as plain selectors for them).
  const target = ['chrome100', 'firefox100', 'safari15'];
  const common = { bundle: true, minify: true, write: true, logLevel: 'silent' as const, absWorkingDir: packageRoot, legalComments: 'none' as const, target };
  await build({
    ...common,
    entryPoints: { deck: clientEntry, print: join(clientEntry, '..', 'print.ts'), library: join(clientEntry, '..', 'library.ts') },
    outdir: dir,
    format: 'iife',
  });
  await build({
    ...common,
    entryPoints: { deck: join(themeDir, 'index.css') },
    outdir: dir,
  });
  await writeFile(join(dir, 'csp.json'), JSON.stringify({ scriptHashes: await speakerViewHashes() }));
  await writeFile(join(dir, contentsFile), JSON.stringify(await contentHashes(dir)));
}

/** The record of the bundle's files and their SHA-256, checked before every use. */
const contentsFile = 'contents.json';

async function contentHashes(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => name !== contentsFile).sort();
  const hashes: Record<string, string> = {};
  for (const name of names)
    hashes[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  return hashes;
}

/** Whether a cached bundle is whole and as lectern wrote it: in a folder only this user can write, every file with its recorded hash. */
async function intact(dir: string): Promise<boolean> {
  if (!privateFolder(cacheDir()) || !privateFolder(dir)) return false;
  try {
    const recorded = JSON.parse(await readFile(join(dir, contentsFile), 'utf8')) as Record<string, unknown>;
    const actual = await contentHashes(dir);
    return Object.keys(actual).length === Object.keys(recorded).length && Object.entries(actual).every(([name, hash]) => recorded[name] === hash);
  } catch {
    return false;
  }
}

export interface Assets {
  /** Extra CSP sources for script-src (the speaker view's inline script). */
  scriptHashes: string[];
}

// One bundling per process, however many decks a batch builds at once.
let bundling: Promise<string> | null = null;

function cachedBundle(): Promise<string> {
  bundling ??= makeCachedBundle();
  return bundling;
}

/**
 * The bundle an installed package ships (scripts/built/assets), made when it
 * was packed: used as it is when the sources it was made from are not there.
 */
export const prebuiltAssets = join(packageRoot, 'scripts', 'built', 'assets');

async function makeCachedBundle(): Promise<string> {
  if (!(await exists(clientEntry)) && (await exists(join(prebuiltAssets, contentsFile)))) return prebuiltAssets;
  const key = await inputsKey();
  const cached = join(cacheDir(), `assets-${key}`);
  if (!(await intact(cached))) {
    const tmp = `${cached}.tmp-${process.pid}`;
    try {
      await rm(tmp, { recursive: true, force: true });
      await rm(cached, { recursive: true, force: true });
      await bundleInto(tmp);
      await chmod(tmp, 0o755);
      await mkdir(cacheDir(), { recursive: true });
      await rename(tmp, cached).catch(async () => rm(tmp, { recursive: true, force: true }));
      // Bundles of earlier versions of the theme and script are of no further use.
      for (const old of await readdir(cacheDir())) {
        if (/^assets-[0-9a-f]+$/u.test(old) && join(cacheDir(), old) !== cached) await rm(join(cacheDir(), old), { recursive: true, force: true });
      }
    } catch (error) {
      await rm(tmp, { recursive: true, force: true });
      const detail = firstLine(error);
      throw buildError(`Bundling the deck's script and styles failed (${detail})`, "Run npm ci to restore lectern's dependencies, then build again", error);
    }
  }
  return cached;
}

/** Copies the deck's script and styles (deck.js, deck.css, print.js) into `assetsDir`, bundling first if the cache is stale. */
export async function writeAssets(assetsDir: string): Promise<Assets> {
  const cached = await cachedBundle();
  // The bundle is a flat folder: its files copy side by side (fs.cp walks it one by one).
  await mkdir(assetsDir, { recursive: true });
  const files = (await readdir(cached)).filter((name) => name !== 'csp.json' && name !== 'library.js' && name !== contentsFile);
  const [csp] = await Promise.all([
    readFile(join(cached, 'csp.json'), 'utf8').then((text): unknown => JSON.parse(text)),
    ...files.map((name) => copyFile(join(cached, name), join(assetsDir, name))),
  ]);
  const hashes = (csp as { scriptHashes?: unknown }).scriptHashes;
  return { scriptHashes: Array.isArray(hashes) ? hashes.filter((h): h is string => typeof h === 'string') : [] };
}

/** The slide library's script, from the same cached bundle. */
export async function writeLibraryScript(file: string): Promise<void> {
  const dir = await cachedBundle();
  await cp(join(dir, 'library.js'), file);
}

/** Mermaid's script (one file, all its diagrams), for decks with a diagram. */
export async function writeMermaidScript(file: string): Promise<void> {
  await cp(packageRequire.resolve('mermaid/dist/mermaid.min.js'), file);
}

/** KaTeX's stylesheet and its woff2 fonts, for decks with math. */
export async function writeKatexAssets(dir: string): Promise<void> {
  const dist = join(packageRequire.resolve('katex/dist/katex.min.css'), '..');
  await mkdir(join(dir, 'fonts'), { recursive: true });
  await cp(join(dist, 'katex.min.css'), join(dir, 'katex.min.css'));
  const fonts = (await readdir(join(dist, 'fonts'))).filter((f) => f.endsWith('.woff2'));
  await Promise.all(fonts.map((f) => cp(join(dist, 'fonts', f), join(dir, 'fonts', f))));
}
