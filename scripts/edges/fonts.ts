// Writes assets/fonts.css and the font files a deck's text needs (see
// stages/select-fonts.ts for which ones).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildError } from '../errors.ts';
import { codePointsOf, fontSourcesFor, selectFontFaces } from '../stages/select-fonts.ts';
import { packageRequire, packageRoot } from './paths.ts';

const require = packageRequire;

function resolvePackageFile(path: string): string {
  try {
    return require.resolve(path);
  } catch (error) {
    throw buildError(`Font file ${path} is missing`, "Run npm ci to restore lectern's dependencies", error);
  }
}

/** Copies the fonts for `text` into assetsDir/fonts and writes assetsDir/fonts.css; returns the CSS. */
export async function writeFonts(assetsDir: string, text: string): Promise<string> {
  const sources = await Promise.all(
    fontSourcesFor(text).map(async (source) => ({
      source,
      css: await readFile(source.css.startsWith('theme/') ? join(packageRoot, source.css) : resolvePackageFile(source.css), 'utf8'),
    })),
  );
  const selected = selectFontFaces(sources, codePointsOf(text));
  await mkdir(join(assetsDir, 'fonts'), { recursive: true });
  await Promise.all([...selected.files].map(([from, name]) => copyFile(resolvePackageFile(from), join(assetsDir, 'fonts', name))));
  await writeFile(join(assetsDir, 'fonts.css'), selected.css);
  return selected.css;
}
