#!/usr/bin/env node
// The `lectern` command. Installed from the package, it runs the compiled
// JavaScript in scripts/built/ (made when the package is packed). In the
// repository it runs a bundle of the TypeScript sources that esbuild makes on
// first use and again whenever a source file changes (cached in
// node_modules/.cache/lectern), so a command starts in tens of milliseconds;
// if bundling is impossible there it falls back to tsx's loader (as it does
// with LECTERN_NO_BUNDLE=1, which runs the sources as they are).
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // scripts/built (and its staging folder while npm pack makes it) holds compiled files, not sources.
    if (entry.isDirectory()) time = entry.name.startsWith('built') ? time : Math.max(time, newest(path));
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

async function bundled() {
  const cache = cacheFolder();
  if (!cache) throw new Error(`${join(root, 'node_modules', '.cache')} is not writable: running the sources with tsx`);
  // Stale when a source, this file or the installed packages (the lock file) change.
  const lock = join(root, 'package-lock.json');
  const stamp = Math.max(
    newest(here),
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
    statSync(join(here, 'cli-bundle.mjs')).mtimeMs,
    existsSync(lock) ? statSync(lock).mtimeMs : 0,
  );
  const dir = join(cache, `cli-${Math.floor(stamp)}`);
  const file = join(dir, 'cli.mjs');
  if (existsSync(file)) return file;
  const { bundleCli } = await import('./cli-bundle.mjs');
  mkdirSync(cache, { recursive: true });
  const tmp = `${dir}.${process.pid}.tmp`;
  await bundleCli(tmp);
  try {
    renameSync(tmp, dir);
  } catch (error) {
    // Another command made the same bundle meanwhile.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(file)) throw error;
  }
  // Older bundles are of no further use.
  for (const old of readdirSync(cache))
    if (/^cli-\d+(\.mjs)?$/u.test(old) && join(cache, old) !== dir) rmSync(join(cache, old), { recursive: true, force: true });
  return file;
}

// The package ships compiled JavaScript and no TypeScript sources.
const fromSources = existsSync(join(here, 'cli.ts'));
const prebuilt = join(here, 'built', 'cli.mjs');
if (!fromSources && !existsSync(prebuilt)) {
  console.error(`lectern: ${prebuilt} is missing: this copy of lectern is incomplete. Reinstall it (npm install -g lectern, or npm ci in its repository)`);
  process.exit(2);
}
let entry = prebuilt;
if (fromSources && process.env.LECTERN_NO_BUNDLE === '1') entry = null;
else if (fromSources) {
  try {
    entry = await bundled();
  } catch (error) {
    if (process.argv.includes('--debug')) console.error(error);
    entry = null;
  }
}

// A build that prints starts its printer worker now, from beside the command's
// bundle: loading Playwright there overlaps loading the command itself. The
// command's printer takes it over (adoptPrinterWorker in edges/printer.ts),
// with the same options as it would start one with.
const argv = process.argv.slice(2);
let printerWorker;
if (entry && argv[0] === 'build' && argv.some((a) => a === '--pdf' || a === '--png' || a.startsWith('--handout'))) {
  const { Worker } = await import('node:worker_threads');
  const cache = cacheFolder();
  printerWorker = new Worker(join(dirname(entry), 'printer-worker.mjs'), {
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
    workerData: { codeCache: cache ? join(cache, 'code') : null },
  });
  printerWorker.unref();
}

let cli;
if (entry) {
  cli = await import(pathToFileURL(entry).href);
} else {
  // No bundle could be made: tsx runs the sources.
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('./cli.ts');
}
process.exitCode = await cli.main(argv, { printerWorker });
