// How lectern's command is bundled with esbuild: into node_modules/.cache on
// first use when run from the repository (scripts/lectern.mjs), and into
// scripts/built/ when the package is packed (scripts/package.ts). Plain
// JavaScript, so that lectern.mjs can load it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// Packages stay outside the bundle and load from node_modules when used,
// except a few (with what they import), which load much faster as part of it:
// markdown-it, which every build renders with (10 ms against 29 ms: its module
// imports five more packages, each resolved through its exports); entities,
// which markdown-it brings into the bundle anyway: lectern's own imports of it
// share that copy instead of loading the package a second time (an HTML-only
// build of the example: 311 -> 291 ms, median of 11 interleaved); pdf-lib,
// which every printing build finishes its PDFs with (40 ms against 125 ms: its
// package is some 200 CommonJS files). pdf-lib is imported on demand, so it
// goes into a chunk of its own that an HTML-only build never loads. zod's
// small build checks a workspace config, and loads only when there is one
// (about 20 ms as part of the bundle, against 100 ms from its package).
// markdown-it-emoji's table of shortcodes, which every build's Markdown reads:
// 4 ms to load as an ES module on its own, next to nothing as part of a bundle;
// markdown-it-mark (==highlight==) and markdown-it-cjk-friendly (emphasis beside CJK punctuation), files that every
// build's Markdown uses (the second an ES module only, which the CommonJS bundle could not require).
const inside = new Set([
  'markdown-it',
  'markdown-it-mark',
  'markdown-it-cjk-friendly',
  'entities',
  'pdf-lib',
  'zod/mini',
  'markdown-it-emoji/lib/data/full.mjs',
]);
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
const fieldHelper =
  /function _defineProperty\(e, r, t\) \{\n\treturn \(r = toPropertyKey\(r\)\) in e \? Object\.defineProperty\(e, r, \{\n\t\tvalue: t,\n\t\tenumerable: !0,\n\t\tconfigurable: !0,\n\t\twritable: !0\n\t\}\) : e\[r\] = t, e;\n\}/u;
const fieldCall = /_defineProperty\(\s*this,\s*(?:\/\*\*(?:[^*]|\*(?!\/))*\*\/\s*)?"(\w+)",/gu;
const plainFields = {
  name: 'plain-fields',
  setup(build) {
    build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const helper = source.replace(fieldHelper, 'function _defineProperty(e, r, t) {\n\treturn e[r] = t, e;\n}');
      // A field of a class set in its constructor, `_defineProperty(this, /** doc */ "name", value)`, becomes
      // `(this.name = value)`: a store V8 can make fast per class (through the shared helper, every class's
      // fields went through one keyed store). Only when the helper itself was swapped, so plain stores are what it did.
      const fields = helper === source ? source : helper.replace(fieldCall, (_, name) => `(this.${name} =`);
      return { contents: fields, loader: 'js' };
    });
  },
};

/**
 * Bundles `entries` (paths under scripts/) into `outdir` as ES modules that
 * share chunks, each entry as <its name>.mjs at the top of `outdir` (the
 * worker threads' files sit beside the chunks that start them). The command
 * (cli.ts) is bundled a second time as one CommonJS file, cli.cjs, which is
 * what lectern.mjs runs: Node 20 keeps no compiled code of ES modules between
 * runs, while a CommonJS file can be compiled through vm.Script with a code
 * cache (lectern.mjs keeps one), which saves a build of the example a sixth of
 * its time (0.18 -> 0.15 s, median of 10 interleaved). Its import.meta.url is
 * the file's own URL, so the workers it starts are the .mjs files beside it.
 */
export async function bundleCli(outdir, entries = ['cli.ts', 'plan-worker.ts', 'edges/printer-worker.ts']) {
  const { build } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Node 20 reads \p{…} in a regular expression; esbuild's table says otherwise and would rebuild each such
    // literal with new RegExp() at every call (a function's literal is otherwise made from its compiled form).
    supported: { 'regexp-unicode-property-escapes': true },
    plugins: [packagesOutside, plainFields],
    // pdf-lib's ES modules (its "module" field) rather than its CommonJS build.
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: entries.map((entry) => ({ in: join(here, entry), out: basename(entry).replace(/\.ts$/u, '') })),
      splitting: true,
      format: 'esm',
      outdir,
      outExtension: { '.js': '.mjs' },
    }),
    entries.includes('cli.ts') ? bundleCommonJs(build, common, join(outdir, 'cli.cjs')) : Promise.resolve(),
  ]);
}

/**
 * cli.ts as one CommonJS file. Its dynamic imports of its own modules are
 * inlined; those of packages go through __lecternImport, which lectern.mjs
 * passes in (an import() of its own, from the same package): V8 drops a
 * vm.Script's dynamic-import hook when the script comes from a code cache,
 * so an import() left in the file fails on every run after the first.
 */
async function bundleCommonJs(build, common, outfile) {
  const result = await build({
    ...common,
    entryPoints: [join(here, 'cli.ts')],
    format: 'cjs',
    write: false,
    outfile,
    define: { 'import.meta.url': '__lecternModuleUrl' },
    supported: { ...common.supported, 'dynamic-import': true },
    // Without its spaces and comments (names kept, for stack traces): a quarter less to read and compile at every
    // start (1.9 -> 1.4 MB; an HTML-only build of the example 249 -> 236 ms, median of 15 interleaved).
    minifyWhitespace: true,
    minifySyntax: true,
  });
  const text = result.outputFiles[0].text;
  // import( as a call, not a method (jiti.import) and not in the text of a worker's boot script (`import(${...})`).
  const calls = /(?<![.\w$`])import\((?!\$\{)/gu;
  const header = [
    // Strict, as the ES modules it is made of (esbuild's own directive comes after these lines).
    '"use strict";',
    'var __lecternModuleUrl = require("node:url").pathToFileURL(__filename).href;',
    'if (typeof __lecternImport !== "function") __lecternImport = (specifier) => import(specifier);',
  ].join('\n');
  // The ES modules' build, running beside this one, may not have made the folder yet.
  await mkdir(dirname(outfile), { recursive: true });
  await writeFile(outfile, asciiOnly(`${header}\n${text.replace(calls, '__lecternImport(')}`));
}

/**
 * The bundle with every character past ASCII written as its \u escape. esbuild escapes
 * them in strings, but not in regular expressions or raw template literals (lectern's
 * String.raw patterns, each read as a RegExp, where the escape means the same character).
 * An ASCII file is read as Latin-1 (lectern.mjs), which Node decodes several times faster
 * than UTF-8, and V8 keeps as a string of one byte a character: reading the 1.5 MB
 * bundle took 2.5 ms against 19 ms.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/gu, (ch) => {
    const point = ch.codePointAt(0);
    if (point < 0x10000) return `\\u${point.toString(16).padStart(4, '0')}`;
    const high = Math.floor((point - 0x10000) / 0x400) + 0xd800;
    const low = ((point - 0x10000) % 0x400) + 0xdc00;
    return `\\u${high.toString(16)}\\u${low.toString(16)}`;
  });
}
