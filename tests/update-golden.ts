// npm run golden:update: rewrites the golden files from the example document.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { computeGolden, goldenDir } from './unit/golden.ts';

rmSync(goldenDir, { recursive: true, force: true });
for (const [file, text] of computeGolden()) {
  mkdirSync(dirname(join(goldenDir, file)), { recursive: true });
  writeFileSync(join(goldenDir, file), text);
}
process.stdout.write(`Golden files written to ${goldenDir}; review them with git diff before committing.\n`);
