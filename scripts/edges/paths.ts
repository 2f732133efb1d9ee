// Where lectern's own files are (theme, client script, node_modules), as
// opposed to the workspace the user runs it in. Found by walking up to
// lectern's package.json, so it holds both for the TypeScript sources and for
// the bundled command in node_modules/.cache.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lectern') return dir;
      } catch {
        // Not a readable package.json: keep looking.
      }
    }
    if (dirname(dir) === dir) throw new Error(`lectern's package.json not found above ${from}`);
  }
}

/** The folder that holds lectern's package.json. */
export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const themeDir = join(packageRoot, 'theme');
export const clientEntry = join(packageRoot, 'scripts', 'client', 'deck.ts');
export const cacheDir = join(packageRoot, 'node_modules', '.cache', 'lectern');
/** require() as seen from lectern's package root: for files of its dependencies. */
export const packageRequire = createRequire(join(packageRoot, 'package.json'));
export const packageVersion = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
