// Writes dist/<deck>/<deck>.html: index.html with everything it loads inlined.
import { readFile, writeFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { inlineHtml, type Asset } from '../stages/inline-html.ts';
import { mediaTypeOf } from './files.ts';
import { cssUrlRefs, isDataUrl, urlPath } from '../stages/css-urls.ts';

export async function writeSingleFile(distDir: string, fileName: string): Promise<void> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  // Gather every file the page and its stylesheets refer to, then inline them in one pure pass.
  const assets = new Map<string, Asset>();
  const load = async (path: string): Promise<void> => {
    const file = normalize(join(distDir, path));
    if (assets.has(path) || !file.startsWith(distDir + sep)) return;
    const mime = mediaTypeOf(path);
    if (!mime) return;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) return;
    assets.set(path, { mime, bytes });
    if (mime === 'text/css') {
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
      for (const ref of cssUrlRefs(bytes.toString('utf8')).map(urlPath)) {
        if (ref !== '' && !isDataUrl(ref))
          await load(
            normalize(folder + ref)
              .split(sep)
              .join('/'),
          );
      }
    }
  };
  for (const m of html.matchAll(/(?:href|src)="([^"#:]+)"/gu)) if (m[1]) await load(m[1]);
  await writeFile(
    join(distDir, fileName),
    inlineHtml(html, (path) => assets.get(path)),
  );
}
