// The user's stylesheet: the manifest's `css:` (relative to the deck folder),
// else the workspace's theme/custom.css. It is copied to assets/custom.css
// with the files it refers to (fonts, images from its own folder and below).
import { copyFile, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { inputError } from '../errors.ts';
import { exists } from './files.ts';

/** The custom stylesheet for a deck, or null. */
export async function findCustomCss(workspace: string, deckDir: string, css: string | null | undefined): Promise<string | null> {
  if (css) {
    const path = resolve(deckDir, css);
    if (!(await exists(path))) throw inputError(`slides: the manifest's css "${css}" was not found (looked for ${path})`, 'Fix the path in deck.yaml (relative to the deck folder) or remove css:');
    return path;
  }
  const fallback = join(workspace, 'theme', 'custom.css');
  return (await exists(fallback)) ? fallback : null;
}

export async function writeCustomCss(cssPath: string, assetsDir: string): Promise<void> {
  const folder = await realpath(dirname(cssPath));
  const css = await readFile(cssPath, 'utf8');
  const urls = /(url\(\s*['"]?)([^'")?#]+)/gu;
  const copied = new Map<string, string>();
  for (const m of css.matchAll(urls)) {
    const ref = m[2] ?? '';
    if (/^(?:data:|[a-z]+:|\/)/iu.test(ref) || copied.has(ref)) continue;
    const file = await realpath(resolve(folder, ref)).catch(() => null);
    if (!file || !file.startsWith(folder + sep)) continue;
    const name = `custom-${copied.size + 1}-${basename(file)}`;
    await mkdir(join(assetsDir, 'custom'), { recursive: true });
    await copyFile(file, join(assetsDir, 'custom', name));
    copied.set(ref, `custom/${name}`);
  }
  // Only inside url(): the same text elsewhere (another url's tail, a comment) stays as written.
  await writeFile(join(assetsDir, 'custom.css'), css.replace(urls, (whole, opening: string, ref: string) => (copied.has(ref) ? `${opening}${copied.get(ref)}` : whole)));
}
