// The user's stylesheet: the manifest's `css:` (relative to the deck folder),
// else the workspace's theme/custom.css. It is copied to assets/custom.css
// with the files it refers to (fonts, images from its own folder and below).
import { copyFile, mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { inputError } from '../errors.ts';
import { frameFromCss, type Frame, type ThemeTokens } from '../stages/frame.ts';
import { furnitureColour } from '../stages/handout-furniture.ts';
import { exists } from './files.ts';
import { themeDir } from './paths.ts';
import { cssUrlRefs, isDataUrl, mapCssUrls, urlPath } from '../stages/css-urls.ts';

/** The sheets lectern reads the theme's tokens from: the theme's variables.css, then the custom stylesheet (whose values win). */
async function themeSheets(customCss: string | null): Promise<{ file: string; css: string }[]> {
  const theme = join(themeDir, 'variables.css');
  const sheets = [{ file: theme, css: await readFile(theme, 'utf8') }];
  if (customCss) sheets.push({ file: customCss, css: await readFile(customCss, 'utf8') });
  return sheets;
}

/** The workspace's theme/custom.css, or null. */
async function workspaceCustomCss(workspace: string): Promise<string | null> {
  const custom = join(workspace, 'theme', 'custom.css');
  return (await exists(custom)) ? custom : null;
}

/** The theme's tokens lectern uses itself (the frame, the handout furniture's colour), the custom stylesheet's values winning. */
export async function readThemeTokens(customCss: string | null): Promise<ThemeTokens> {
  const sheets = await themeSheets(customCss);
  return { frame: frameFromCss(sheets), furniture: furnitureColour(sheets) };
}

/** The custom stylesheet for a deck, or null. It must be a regular file inside the workspace. */
export async function findCustomCss(workspace: string, deckDir: string, css: string | null | undefined): Promise<string | null> {
  if (css) {
    const path = resolve(deckDir, css);
    if (!(await exists(path)))
      throw inputError(
        `slides: the manifest's css "${css}" was not found (looked for ${path})`,
        'Fix the path in deck.yaml (relative to the deck folder) or remove css:',
      );
    const real = await realpath(path);
    const root = await realpath(workspace);
    if (!real.startsWith(root + sep))
      throw inputError(
        `slides: the manifest's css "${css}" is outside the workspace ${root}`,
        'Copy the stylesheet into the workspace (the deck folder or theme/) and refer to it there',
      );
    if (!(await stat(real)).isFile() || !/\.css$/iu.test(real))
      throw inputError(`slides: the manifest's css "${css}" is not a .css file`, 'Name a stylesheet (.css) in the deck folder or theme/');
    return real;
  }
  return workspaceCustomCss(workspace);
}

/** The frame a document is planned for: the theme's, or the one the workspace's theme/custom.css declares. */
export async function workspaceFrame(workspace: string): Promise<Frame> {
  return frameFromCss(await themeSheets(await workspaceCustomCss(workspace)));
}

/**
 * The theme's tokens as one stylesheet for a page outside any deck (the slide
 * library): variables.css and the workspace's theme/custom.css, without
 * @import and url() (such a page loads no other file).
 */
export async function workspaceTokensCss(workspace: string): Promise<string> {
  const sheets = await themeSheets(await workspaceCustomCss(workspace));
  return sheets.map(({ css }) => mapCssUrls(css.replace(imports, ''), () => 'none')).join('\n');
}

/** What a stylesheet may not do in a deck that works offline and runs nothing: import other sheets. */
const imports = /@import\s+(?:url\([^)]*\)|"[^"]*"|'[^']*')[^;]*;?/giu;

/**
 * Copies the stylesheet to assets/custom.css, with the files its url()s name
 * in its own folder or below (copied beside it). Every other url() (another
 * folder, an absolute path, the web, file:) becomes empty: a stylesheet
 * reaches nothing outside what is copied. data: URLs stay.
 */
export async function writeCustomCss(cssPath: string, assetsDir: string): Promise<void> {
  const folder = await realpath(dirname(cssPath));
  const css = (await readFile(cssPath, 'utf8')).replace(imports, '/* (an import of another stylesheet was removed: put its rules in this file) */');
  const copied = new Map<string, string>();
  for (const written of cssUrlRefs(css)) {
    const ref = urlPath(written);
    if (ref === '' || isDataUrl(ref) || /^(?:[a-z][a-z0-9+.-]*:|\/)/iu.test(ref) || copied.has(ref)) continue;
    const file = await realpath(resolve(folder, ref)).catch(() => null);
    if (!file || !file.startsWith(folder + sep) || !(await stat(file)).isFile()) continue;
    const name = `custom-${copied.size + 1}-${basename(file)}`;
    await mkdir(join(assetsDir, 'custom'), { recursive: true });
    await copyFile(file, join(assetsDir, 'custom', name));
    copied.set(ref, `custom/${name}`);
  }
  const rewritten = mapCssUrls(css, (raw, whole) => {
    const ref = urlPath(raw);
    if (isDataUrl(ref)) return whole;
    const local = copied.get(ref);
    return local ? `url("${local}")` : 'url("")';
  });
  await writeFile(join(assetsDir, 'custom.css'), rewritten);
}
