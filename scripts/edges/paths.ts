// Where lectern's own files are (theme, client script, node_modules), as
// opposed to the workspace the user runs it in. Found by walking up to
// lectern's package.json, so it holds both for the TypeScript sources and for
// the bundled command in node_modules/.cache.
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
/** Bundles lectern makes once and reuses: beside its dependencies, or in the temp folder when it is installed read-only. */
export const cacheDir = writableCache(join(packageRoot, 'node_modules', '.cache', 'lectern'));

function writableCache(preferred: string): string {
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    return join(tmpdir(), `lectern-cache-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);
  }
}
/** require() as seen from lectern's package root: for files of its dependencies. */
export const packageRequire = createRequire(join(packageRoot, 'package.json'));
export const packageVersion = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
