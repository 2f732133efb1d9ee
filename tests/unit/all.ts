// The unit tests in one process: npm test loads them together (tsx starts
// once, not once per file). Each file also runs alone: node --import tsx --test tests/unit/<module>.test.ts.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.test.ts'))
  .sort())
  await import(pathToFileURL(`${here}/${file}`).href);
