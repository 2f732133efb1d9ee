/** Bundles `entries` (paths under scripts/) into `outdir` as ES modules that share chunks. */
export function bundleCli(outdir: string, entries?: string[]): Promise<void>;
