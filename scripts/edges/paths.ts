// Where lectern's own files are (theme, client script, node_modules), as
// opposed to the workspace the user runs it in.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The folder that holds lectern's package.json. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const themeDir = join(packageRoot, 'theme');
export const clientEntry = join(packageRoot, 'scripts', 'client', 'deck.ts');
export const cacheDir = join(packageRoot, 'node_modules', '.cache', 'lectern');
