// Where lectern's own files are (theme, client script, node_modules), as
// opposed to the workspace the user runs it in. Found by walking up to
// lectern's package.json, so it holds both for the TypeScript sources and for
// the bundled command in node_modules/.cache.
import { accessSync, chmodSync, constants, existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { environmentError } from '../errors.ts';
import { privateFolder } from '../private-folder.mjs';

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
/**
 * Bundles lectern makes once and reuses: beside its dependencies when that
 * folder is the user's to write, else in the user's own cache folder
 * ($XDG_CACHE_HOME/lectern or ~/.cache/lectern), never in a folder others can
 * write to (a shared temp folder would let another user plant a script that
 * lands in every deck).
 */
let cache: string | null = null;
/** The cache folder, settled on first use (a folder that cannot be made the user's own is an error then, not at import). */
export const cacheDir = (): string => (cache ??= userCache(join(packageRoot, 'node_modules', '.cache', 'lectern')));

export { privateFolder };

function userCache(preferred: string): string {
  try {
    mkdirSync(preferred, { recursive: true, mode: 0o755 });
    accessSync(preferred, constants.W_OK);
    // A folder of this user's that a loose umask left group-writable is closed to others.
    if (!privateFolder(preferred) && lstatSync(preferred).uid === process.getuid?.()) chmodSync(preferred, lstatSync(preferred).mode & 0o755);
    if (privateFolder(preferred)) return preferred;
  } catch {
    // installed read-only: the user's cache folder
  }
  const base = process.env.XDG_CACHE_HOME && isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : join(homedir(), '.cache');
  const dir = join(base, 'lectern');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  } catch {
    // checked below
  }
  if (!privateFolder(dir)) throw environmentError(`${dir} is not a folder only you can write to`, 'Remove it, or set XDG_CACHE_HOME to a folder of your own');
  return dir;
}
/** require() as seen from lectern's package root: for files of its dependencies. */
export const packageRequire = createRequire(join(packageRoot, 'package.json'));
export const packageVersion = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
