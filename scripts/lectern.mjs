#!/usr/bin/env node
// The `lectern` command. It runs a bundle of the TypeScript sources that
// esbuild makes on first use and again whenever a source file changes (cached
// in node_modules/.cache/lectern), so a command starts in tens of
// milliseconds; if bundling is impossible it falls back to tsx's loader.
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path));
    else if (entry.name.endsWith('.ts')) time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

/**
 * node_modules/.cache/lectern, or null when lectern is installed read-only. The
 * bundle must sit inside the package (it finds lectern's files and packages
 * from where it is), so then there is none and tsx runs the sources.
 */
function cacheFolder() {
  const preferred = join(root, 'node_modules', '.cache', 'lectern');
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    return null;
  }
}

// Packages stay outside the bundle and load from node_modules when used,
// except two (with what they import), which load much faster as part of it:
// markdown-it, which every build renders with (10 ms against 29 ms: its module
// imports five more packages, each resolved through its exports), and pdf-lib,
// which every printing build finishes its PDFs with (40 ms against 125 ms: its
// package is some 200 CommonJS files). pdf-lib is imported on demand, so it
// goes into a chunk of its own that an HTML-only build never loads. zod's
// small build checks a workspace config, and loads only when there is one
// (about 20 ms as part of the bundle, against 100 ms from its package).
const inside = new Set(['markdown-it', 'pdf-lib', 'zod/mini']);
const packagesOutside = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (path.startsWith('node:')) return { external: true };
      if (inside.has(path) || importer.includes(`${sep}node_modules${sep}`)) return undefined;
      return { external: true };
    });
  },
};

// markdown-it's build sets each class field through a helper that converts
// the name to a property key and tests the prototype chain first: a dozen
// calls for every token it makes. Its fields are plain names that no
// prototype defines with a setter, so a plain assignment does the same, and
// saves about a tenth of the time markdown-it takes to parse. The helper is
// swapped only if it reads exactly as expected; otherwise the file is kept.
const fieldHelper = /function _defineProperty\(e, r, t\) \{\n\treturn \(r = toPropertyKey\(r\)\) in e \? Object\.defineProperty\(e, r, \{\n\t\tvalue: t,\n\t\tenumerable: !0,\n\t\tconfigurable: !0,\n\t\twritable: !0\n\t\}\) : e\[r\] = t, e;\n\}/u;
const plainFields = {
  name: 'plain-fields',
  setup(build) {
    build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      return { contents: source.replace(fieldHelper, 'function _defineProperty(e, r, t) {\n\treturn e[r] = t, e;\n}'), loader: 'js' };
    });
  },
};

async function bundled() {
  const cache = cacheFolder();
  if (!cache) throw new Error(`${join(root, 'node_modules', '.cache')} is not writable: running the sources with tsx`);
  // Stale when a source, this file or the installed packages (the lock file) change.
  const lock = join(root, 'package-lock.json');
  const stamp = Math.max(newest(here), statSync(fileURLToPath(import.meta.url)).mtimeMs, existsSync(lock) ? statSync(lock).mtimeMs : 0);
  const dir = join(cache, `cli-${Math.floor(stamp)}`);
  const file = join(dir, 'cli.mjs');
  if (existsSync(file)) return file;
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const tmp = `${dir}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(here, 'cli.ts'), join(here, 'plan-worker.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [packagesOutside, plainFields],
    // pdf-lib's ES modules (its "module" field) rather than its CommonJS build.
    mainFields: ['module', 'main'],
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
  });
  try {
    renameSync(tmp, dir);
  } catch (error) {
    // Another command made the same bundle meanwhile.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(file)) throw error;
  }
  // Older bundles are of no further use.
  for (const old of readdirSync(cache)) if (/^cli-\d+(\.mjs)?$/u.test(old) && join(cache, old) !== dir) rmSync(join(cache, old), { recursive: true, force: true });
  return file;
}

// A build that prints starts its printer worker now: loading Playwright there
// overlaps loading the command itself (see scripts/edges/printer.ts).
const argv = process.argv.slice(2);
if (argv[0] === 'build' && argv.some((a) => a === '--pdf' || a === '--png' || a.startsWith('--handout'))) {
  const { Worker } = await import('node:worker_threads');
  const cache = cacheFolder();
  globalThis.lecternPrinterWorker = new Worker(join(here, 'edges', 'printer-worker.mjs'), {
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    workerData: { codeCache: cache ? join(cache, 'code') : null },
  });
  globalThis.lecternPrinterWorker.unref();
}

let cli;
try {
  cli = await import(pathToFileURL(await bundled()).href);
} catch (error) {
  if (process.argv.includes('--debug')) console.error(error);
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('./cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
