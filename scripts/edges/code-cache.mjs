// Loading Playwright compiles about 7 MB of JavaScript at every start (0.3 s
// of CPU on an idle core, on the critical path of every build that prints).
// V8 can skip most of that with a code cache: the compiled code of each file,
// written after a run (so it holds the functions that run actually used) and
// handed back to V8 at the next. Node 22 has this built in
// (module.enableCompileCache); on Node 20 the files of one package compile
// through vm.Script with the cache while it loads. Any failure (no cache yet,
// a read-only folder, a cache from another Node) falls back to a plain load.
// Plain JavaScript: the printer worker loads it from the sources and the bundle.
import Module, { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/**
 * Requires `specifier` (a CommonJS package) as seen from `parentUrl`, with
 * compiled code cached in `cacheDir`. Returns its exports and `save()`, to call
 * once the package has done its work: it writes the caches that were missing.
 */
export function requireWithCodeCache(specifier, parentUrl, cacheDir) {
  const require = createRequire(parentUrl);
  if (typeof Module.enableCompileCache === 'function') {
    try {
      Module.enableCompileCache(cacheDir);
    } catch {
      // no cache: a plain load
    }
    return { exports: require(specifier), save: () => Module.flushCompileCache?.() };
  }
  const root = dirname(require.resolve(`${specifier}/package.json`)) + sep;
  const fresh = [];
  const original = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename) {
    if (!filename.startsWith(root)) return original.call(this, content, filename);
    let file = null;
    let cachedData;
    try {
      const { size, mtimeMs } = statSync(filename);
      file = join(cacheDir, `${createHash('sha256').update(`${process.version}\0${filename}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 32)}.bin`);
      cachedData = readFileSync(file);
    } catch {
      // no cache for this file yet
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    if (file && (!cachedData || script.cachedDataRejected)) fresh.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  let exports;
  try {
    exports = require(specifier);
  } finally {
    Module.prototype._compile = original;
  }
  const save = () => {
    try {
      if (fresh.length > 0) mkdirSync(cacheDir, { recursive: true });
      for (const { script, file } of fresh.splice(0)) {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
      }
    } catch {
      // the next run compiles again
    }
  };
  return { exports, save };
}
