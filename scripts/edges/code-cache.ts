// Loading Playwright compiles about 7 MB of JavaScript at every start (0.3 s
// of CPU on an idle core, on the critical path of every build that prints).
// V8 can skip most of that with a code cache: the compiled code of each file,
// written after a run (so it holds the functions that run actually used) and
// handed back to V8 at the next. Node 22 has this built in
// (module.enableCompileCache); on Node 20 the files of one package compile
// through vm.Script with the cache while it loads. Any failure (no cache yet,
// a read-only folder, a cache from another Node) falls back to a plain load.
import Module, { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/** What a CommonJS module is while it compiles (Node's internals that this file hooks into). */
interface CompilingModule {
  exports: unknown;
}

/** Node's Module, with the parts that are not in its typings. */
interface NodeModuleInternals {
  enableCompileCache?: (dir: string) => unknown;
  flushCompileCache?: () => void;
  wrap(content: string): string;
  prototype: { _compile(this: CompilingModule, content: string, filename: string): unknown };
}

/**
 * Requires `specifier` (a CommonJS package) as seen from `parentUrl`, with
 * compiled code cached in `cacheDir`. Returns its exports and `save()`, to call
 * once the package has done its work: it writes the caches that were missing.
 */
export function requireWithCodeCache<T>(specifier: string, parentUrl: string, cacheDir: string): { exports: T; save: () => void } {
  const require = createRequire(parentUrl);
  const nodeModule = Module as unknown as NodeModuleInternals;
  if (typeof nodeModule.enableCompileCache === 'function') {
    try {
      nodeModule.enableCompileCache(cacheDir);
    } catch {
      // no cache: a plain load
    }
    return { exports: require(specifier) as T, save: () => nodeModule.flushCompileCache?.() };
  }
  const root = dirname(require.resolve(`${specifier}/package.json`)) + sep;
  const fresh: { script: vm.Script; file: string }[] = [];
  const prototype = nodeModule.prototype;
  // Called below with the module as `this`, as Node calls it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = prototype._compile;
  prototype._compile = function compileWithCache(this: CompilingModule, content: string, filename: string): unknown {
    if (!filename.startsWith(root)) return original.call(this, content, filename);
    let file: string | null = null;
    let cachedData: Buffer | undefined;
    try {
      const { size, mtimeMs } = statSync(filename);
      file = join(cacheDir, `${createHash('sha256').update(`${process.version}\0${filename}\0${size}\0${mtimeMs}`).digest('hex').slice(0, 32)}.bin`);
      cachedData = readFileSync(file);
    } catch {
      // no cache for this file yet
    }
    const script = new vm.Script(nodeModule.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    if (file && (!cachedData || script.cachedDataRejected)) fresh.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  let exports: T;
  try {
    exports = require(specifier) as T;
  } finally {
    prototype._compile = original;
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
