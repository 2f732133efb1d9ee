#!/usr/bin/env node
// The `lectern` command. Installed from the package, it runs the compiled
// JavaScript in scripts/built/ (made when the package is packed). In the
// repository it runs a bundle of the TypeScript sources that esbuild makes on
// first use and again whenever a source file changes (cached in
// node_modules/.cache/lectern), so a command starts in tens of milliseconds;
// if bundling is impossible there it falls back to tsx's loader (as it does
// with LECTERN_NO_BUNDLE=1, which runs the sources as they are).
import { isAscii } from 'node:buffer';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { privateFolder } from './private-folder.mjs';

// V8 compiles a regular expression to bytecode at its first use and again, to
// machine code, at its second. Planning uses some 1,800 of them (many with
// Unicode classes, slow to compile), most a few times a build: compiled once,
// to machine code, the example builds in 0.28 s -> 0.25 s in a fresh process
// (medians of 21 interleaved), and 200 slides take the same time. Set before
// the bundle's code runs; V8 keys its code caches by its flags, so the caches
// lectern keeps are made and read with it.
setFlagsFromString('--no-regexp-tier-up');

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);

/** The time of the newest TypeScript source under `dir` (of any file, with `all`). */
function newest(dir, all = false) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // scripts/built (and its staging folder while npm pack makes it) holds compiled files, not sources.
    if (entry.isDirectory()) time = entry.name.startsWith('built') ? time : Math.max(time, newest(path, all));
    else if (all || entry.name.endsWith('.ts')) time = Math.max(time, statSync(path).mtimeMs);
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

/**
 * The folder of compiled code (V8's code caches of the command and of
 * Playwright), or null: only a folder of this user's that nobody else can
 * write to, since what it holds runs as lectern.
 */
function codeFolder() {
  const cache = cacheFolder();
  if (!cache) return null;
  const dir = join(cache, 'code');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return null;
  }
  return privateFolder(dir) ? dir : null;
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
  // Older bundles are of no further use, nor is a bundle left half made by a command that was stopped (an hour old).
  for (const old of readdirSync(cache)) {
    const path = join(cache, old);
    const stale = /^cli-\d+\.\d+\.tmp$/u.test(old) && Date.now() - statSync(path, { throwIfNoEntry: false })?.mtimeMs > 3_600_000;
    if ((/^cli-\d+(\.mjs)?$/u.test(old) && path !== dir) || stale) rmSync(path, { recursive: true, force: true });
  }
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
/** Whether a command line asks for something printed (a PDF, PNGs, a handout). */
const printing = (args) => args.some((a) => a === '--pdf' || a === '--png' || a.startsWith('--handout'));
let printerWorker;
if (entry && argv[0] === 'build' && printing(argv)) {
  const { Worker } = await import('node:worker_threads');
  const { printerWorkerOptions } = await import('./printer-options.mjs');
  printerWorker = new Worker(join(dirname(entry), 'printer-worker.mjs'), printerWorkerOptions(codeFolder()));
  printerWorker.unref();
}

/**
 * The command's CommonJS bundle (cli.cjs beside `entry`), compiled with the
 * code V8 kept of it at an earlier run (in the cache folder's code/, keyed by
 * Node's version and the file's path, size and time, and by `group`: a build
 * that prints runs code that one of HTML alone never does, and V8 reads a
 * cache whole, so an HTML-only build of 200 slides that loads the code of
 * printing builds too is 0.445 s against 0.42 s, medians of 7). Returns its exports and
 * save(kind), called after a command has run, so the cache holds the functions
 * it used. It writes that code when there was none, when V8 refused it, or
 * when the command did a kind of work the cache has not seen (`kind`: see
 * workKind): code loaded from the cache stays in what V8 writes, so the cache
 * grows to hold every kind of build this user runs (a Markdown build after a
 * plain-text one: 200 slides 418 -> 395 ms, medians of 9 interleaved). Null
 * when there is no such bundle (a package built before there was one).
 */
function compiled(entry, group) {
  const file = join(dirname(entry), 'cli.cjs');
  if (!existsSync(file)) return null;
  const code = codeFolder();
  const { size, mtimeMs } = statSync(file);
  const key = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(`${process.version}\0${process.arch}\0${file}\0${size}\0${mtimeMs}`)
    .digest('hex')
    .slice(0, 32);
  const cacheFile = code ? join(code, `cli-${key}-${group}.bin`) : null;
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // none yet: compiled from the source
  }
  // CommonJS's wrapper, and the bundle's import() of packages (cli-bundle.mjs): this file's, from the same package.
  // The bundle is ASCII (cli-bundle.mjs): read as Latin-1, which is the same text decoded several times faster; a file
  // that is not (made by another version) is read as UTF-8. Buffer's isAscii checks the bytes at memory speed, where a
  // regular expression over the decoded text took 11 ms of a 0.3 s build.
  const bytes = readFileSync(file);
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const source = `(function (exports, require, module, __filename, __dirname, __lecternImport) {${text}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), (specifier) => import(specifier));
  // The kinds of work whose code the cache holds, a line each.
  const kindsFile = cacheFile ? cacheFile.replace(/\.bin$/u, '.kinds') : null;
  const save = (kind) => {
    if (!cacheFile || !kindsFile) return;
    const usable = cachedData && !script.cachedDataRejected;
    let kinds = [];
    try {
      kinds = usable ? readFileSync(kindsFile, 'utf8').split('\n').filter(Boolean) : [];
    } catch {
      // a cache from before kinds were kept
    }
    if (usable && (kinds.includes(kind) || kinds.length >= 16)) return;
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      writeFileSync(tmp, `${[...kinds, kind].join('\n')}\n`);
      renameSync(tmp, kindsFile);
      // The code of earlier bundles is of no further use.
      for (const old of readdirSync(dirname(cacheFile))) {
        const path = join(dirname(cacheFile), old);
        if (/^cli-[0-9a-f]{32}(-[a-z]+)?\.(bin|kinds)$/u.test(old) && !old.startsWith(`cli-${key}-`)) rmSync(path, { force: true });
      }
    } catch {
      // the next run compiles again
    }
  };
  return { exports: module.exports, save };
}

/**
 * What work a command did, as far as the code it runs goes: the command, the
 * kinds of file it read (by extension: a Markdown document plans with code a
 * plain-text one does not use) and whether it printed.
 */
function workKind(args) {
  const formats = new Set(
    args
      .slice(1)
      .filter((a) => !a.startsWith('-'))
      .map((a) => extname(a).toLowerCase())
      .filter((e) => /^\.[a-z0-9]{1,8}$/u.test(e)),
  );
  return [args[0], ...[...formats].sort(), ...(printing(args) ? ['print'] : [])].join(' ');
}

// An HTML-only build is handed to lectern's background process when one is
// running (background.mjs): it answers without loading or warming up any code.
const asBackground = argv[0] === '--lectern-background' && argv[1] !== undefined;
let background = null;
let socket = null;
if (entry && (asBackground || argv[0] === 'build')) background = await import('./background.mjs');
if (background && (asBackground || background.backgroundWork(argv))) {
  const folder = codeFolder();
  // Sources of the deck's script and theme (in a repository) or the installed bundle: a process of other code is never asked.
  const stamp = `${statSync(entry).mtimeMs}\0${fromSources ? newest(join(root, 'theme'), true) : 0}`;
  socket = asBackground ? argv[1] : folder && background.socketPath(folder, entry, stamp);
}
const answered = socket && !asBackground ? await background.runInBackground(socket, argv) : null;
if (answered !== null) process.exitCode = answered;
else {
  let cli;
  let saveCode = (_kind) => undefined;
  if (entry) {
    const loaded = compiled(entry, printing(argv) ? 'print' : 'plain');
    cli = loaded ? loaded.exports : await import(pathToFileURL(entry).href);
    if (loaded) saveCode = loaded.save;
  } else {
    // No bundle could be made: tsx runs the sources.
    const { register } = await import('tsx/esm/api');
    register();
    try {
      cli = await import('./cli.ts');
    } catch (error) {
      // A package the sources import is not installed (a checkout updated without its packages): say which, and the fix.
      const missing = error?.code === 'ERR_MODULE_NOT_FOUND' ? /Cannot find package '([^']+)'/u.exec(String(error.message))?.[1] : undefined;
      if (!missing) throw error;
      console.error(`lectern: the package "${missing}" is not installed in ${root}: run npm ci (or npm install) there, then try again`);
      process.exit(2);
    }
  }
  if (asBackground) await background.serveInBackground(cli, socket, process.env, argv[2] === '--warm-up' ? (argv[3] ?? null) : null);
  else {
    const launch = { printerWorker };
    process.exitCode = await cli.main(argv, launch);
    // The compiled code of a command that did some work (not of --version or --help, which use little of it).
    if (argv[0] && !argv[0].startsWith('-') && argv[0] !== 'help') saveCode(workKind(argv));
    // The next such build is answered by a process that keeps this code loaded.
    // (It warms up on the document this build planned, which the command says: launch.built.)
    if (socket) background.startBackground(fileURLToPath(import.meta.url), socket, root, launch.built ?? null);
    // An HTML-only build has finished everything it started (its files written and moved into place, its lock let go):
    // it exits once what it printed is out, rather than tearing its heap down page by page first (200 slides: 391 ->
    // 381 ms, medians of 15 interleaved). Not a watching build, nor one whose printer may still be closing.
    if (argv[0] === 'build' && !printing(argv) && !argv.includes('--watch')) {
      const flushed = (stream) => new Promise((done) => (stream.writableLength > 0 ? stream.write('', done) : done()));
      await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
      process.exit();
    }
  }
}
