// Compiles what the installed package runs into scripts/built/: the command
// and the library as bundled JavaScript (cli.mjs, index.mjs, plan-worker.mjs
// and their shared chunks), the deck's script and styles (assets/), and the
// library's type declarations (types/). npm runs it before packing
// (`prepack`), so a tarball never needs TypeScript, tsx or esbuild at run time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli } from './cli-bundle.mjs';
import { bundleInto } from './edges/bundle.ts';
import { packageRoot } from './edges/paths.ts';

const built = join(packageRoot, 'scripts', 'built');

/** Declarations import each other as './x.js', which TypeScript maps to './x.d.ts' for any consumer (tsc keeps the sources' '.ts'). */
function pointDeclarationsAtJs(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) pointDeclarationsAtJs(path);
    else if (entry.name.endsWith('.d.ts'))
      writeFileSync(path, readFileSync(path, 'utf8').replace(/((?:from|import\()\s*['"]\.{1,2}\/[^'"]*?)\.ts(['"])/gu, '$1.js$2'));
  }
}
const staging = `${built}.tmp-${process.pid}`;

async function main(): Promise<void> {
  rmSync(staging, { recursive: true, force: true });
  await bundleCli(staging, ['cli.ts', 'plan-worker.ts', 'edges/printer-worker.ts', 'index.ts']);
  await bundleInto(join(staging, 'assets'));
  mkdirSync(join(staging, 'types'), { recursive: true });
  const tsc = spawnSync(
    process.execPath,
    [
      join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(packageRoot, 'scripts', 'tsconfig.package.json'),
      '--outDir',
      join(staging, 'types'),
    ],
    { encoding: 'utf8' },
  );
  if (tsc.status !== 0) throw new Error(`type declarations failed:\n${tsc.stdout}${tsc.stderr}`);
  if (!existsSync(join(staging, 'types', 'index.d.ts'))) throw new Error('type declarations failed: no index.d.ts');
  pointDeclarationsAtJs(join(staging, 'types'));
  rmSync(built, { recursive: true, force: true });
  renameSync(staging, built);
}

main().catch((error: unknown) => {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`lectern package: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
