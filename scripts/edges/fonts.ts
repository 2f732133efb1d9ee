// Writes assets/fonts.css and the font files a deck's text needs (see
// stages/select-fonts.ts for which ones).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildError } from '../errors.ts';
import { emojiShortcodes } from '../stages/markdown.ts';
import { codePointsOf, fontSourcesFor, selectFontFaces, withEntities } from '../stages/select-fonts.ts';
import { packageRequire, packageRoot } from './paths.ts';

const require = packageRequire;

/** Each font package's folder, found once (resolving every file through a package's exports took a millisecond a file). */
const packageFolders = new Map<string, string>();

/**
 * A font package's file ("@fontsource/x/files/y.woff2"): in the package's
 * folder, found from its package.json (the @fontsource packages export their
 * files and stylesheets under the same paths).
 */
function resolvePackageFile(path: string): string {
  const [, name = '', rest = ''] = /^((?:@[^/]+\/)?[^/]+)\/(.+)$/u.exec(path) ?? [];
  try {
    let folder = packageFolders.get(name);
    if (folder === undefined) {
      // Where npm puts it beside lectern (a stat), else wherever Node finds it (a hoisted install): resolving it cold
      // took some 2 ms a package, at every build.
      const beside = join(packageRoot, 'node_modules', name);
      folder = existsSync(join(beside, 'package.json')) ? beside : dirname(require.resolve(`${name}/package.json`));
      packageFolders.set(name, folder);
    }
    return join(folder, rest);
  } catch (error) {
    throw buildError(`Font file ${path} is missing`, "Run npm ci to restore lectern's dependencies", error);
  }
}

/** `text` with the emoji its shortcodes (:rocket:) show added at its end: the renderer draws them, so the fonts must cover them. */
function withEmoji(text: string): string {
  const names = [...text.matchAll(/:([a-z0-9_+-]{1,40}):/gu)].map((m) => m[1] ?? '');
  if (names.length === 0) return text;
  return `${text}\n${names.map((name) => emojiShortcodes[name] ?? '').join('')}`;
}

/** Copies the fonts for `text` into assetsDir/fonts and writes assetsDir/fonts.css; returns the CSS. */
export async function writeFonts(assetsDir: string, shown: string): Promise<string> {
  const text = withEntities(withEmoji(shown));
  const sources = await Promise.all(
    fontSourcesFor(text).map(async (source) => ({
      source,
      css: await readFile(source.css.startsWith('theme/') ? join(packageRoot, source.css) : resolvePackageFile(source.css), 'utf8'),
    })),
  );
  const selected = selectFontFaces(sources, codePointsOf(text));
  await mkdir(join(assetsDir, 'fonts'), { recursive: true });
  await Promise.all(
    [...selected.files].map(([from, name]) =>
      copyFile(resolvePackageFile(from), join(assetsDir, 'fonts', name)).catch((error: unknown) => {
        throw buildError(`Font file ${from} is missing`, "Run npm ci to restore lectern's dependencies", error);
      }),
    ),
  );
  await writeFile(join(assetsDir, 'fonts.css'), selected.css);
  return selected.css;
}
