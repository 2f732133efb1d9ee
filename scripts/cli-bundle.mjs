// How lectern's command is bundled with esbuild: into node_modules/.cache on
// first use when run from the repository (scripts/lectern.mjs), and into
// scripts/built/ when the package is packed (scripts/package.ts). Plain
// JavaScript, so that lectern.mjs can load it without a TypeScript loader.
import { readFileSync } from 'node:fs';
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
const inside = new Set(['markdown-it', 'entities', 'pdf-lib', 'zod/mini']);
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
const plainFields = {
  name: 'plain-fields',
  setup(build) {
    build.onLoad({ filter: /[\\/]markdown-it[\\/]dist[\\/]markdown-it\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      return { contents: source.replace(fieldHelper, 'function _defineProperty(e, r, t) {\n\treturn e[r] = t, e;\n}'), loader: 'js' };
    });
  },
};

/**
 * Bundles `entries` (paths under scripts/) into `outdir` as ES modules that
 * share chunks, each entry as <its name>.mjs at the top of `outdir` (the
 * worker threads' files sit beside the chunks that start them).
 */
export async function bundleCli(outdir, entries = ['cli.ts', 'plan-worker.ts', 'edges/printer-worker.ts']) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: entries.map((entry) => ({ in: join(here, entry), out: basename(entry).replace(/\.ts$/u, '') })),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [packagesOutside, plainFields],
    // pdf-lib's ES modules (its "module" field) rather than its CommonJS build.
    mainFields: ['module', 'main'],
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
  });
}
