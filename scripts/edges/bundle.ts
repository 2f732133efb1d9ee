// esbuild bundles the deck's script (reveal.js, its notes plugin, our fitting)
// and styles (reveal.js core, the theme, the fonts). The bundle is the same
// for every deck, so it is built once per change of its inputs and cached.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { buildError } from '../errors.ts';
import { cacheDir, clientEntry, packageRoot, themeDir } from './paths.ts';
import { exists } from './files.ts';

// Fontsource lists a woff fallback after each woff2; only woff2 is shipped.
const woff2Only: Plugin = {
  name: 'lectern-woff2-only',
  setup(build) {
    build.onLoad({ filter: /@fontsource[\\/].*\.css$/ }, async (args) => {
      const css = await readFile(args.path, 'utf8');
      return { contents: css.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/gu, ''), loader: 'css', resolveDir: join(args.path, '..') };
    });
  },
};

async function inputsKey(): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await readdir(themeDir)).filter((f) => f.endsWith('.css')).map((f) => join(themeDir, f)),
    ...(await readdir(join(clientEntry, '..'))).map((f) => join(clientEntry, '..', f)),
    join(packageRoot, 'package-lock.json'),
  ].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundleInto(dir: string): Promise<void> {
  const { build } = await import('esbuild');
  const common = { bundle: true, minify: true, write: true, logLevel: 'silent' as const, absWorkingDir: packageRoot, legalComments: 'none' as const };
  await build({ ...common, entryPoints: { deck: clientEntry }, outdir: dir, format: 'iife', target: ['chrome100', 'firefox100', 'safari15'] });
  await build({
    ...common,
    entryPoints: { deck: join(themeDir, 'index.css') },
    outdir: dir,
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    plugins: [woff2Only],
  });
}

/** Copies the deck's assets (deck.js, deck.css, fonts/) into `assetsDir`, bundling first if the cache is stale. */
export async function writeAssets(assetsDir: string): Promise<void> {
  const key = await inputsKey();
  const cached = join(cacheDir, `assets-${key}`);
  if (!(await exists(cached))) {
    const tmp = `${cached}.tmp-${process.pid}`;
    try {
      await rm(tmp, { recursive: true, force: true });
      await bundleInto(tmp);
      await mkdir(cacheDir, { recursive: true });
      await rename(tmp, cached).catch(async () => rm(tmp, { recursive: true, force: true }));
    } catch (error) {
      await rm(tmp, { recursive: true, force: true });
      const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw buildError(`Bundling the deck's script and styles failed (${detail})`, 'Run npm ci to restore lectern\'s dependencies, then build again', error);
    }
  }
  await cp(cached, assetsDir, { recursive: true });
}
