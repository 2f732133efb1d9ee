// The printer worker's options, in one place for the two that start it:
// lectern.mjs, early, before the command's bundle loads (so Playwright loads
// on the other core), and edges/printer.ts otherwise. Plain JavaScript, so
// that lectern.mjs can load it without a TypeScript loader.

/**
 * A small young generation: Playwright's garbage is collected sooner (the
 * worker's part of a 2,000-slide build: about 50 MB less); `codeCache`, the
 * folder for Playwright's compiled code (null: none).
 */
export function printerWorkerOptions(codeCache) {
  return { resourceLimits: { maxYoungGenerationSizeMb: 8 }, workerData: { codeCache } };
}
