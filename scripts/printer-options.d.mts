/** The printer worker's options: a small young generation, and the folder for Playwright's compiled code (null: none). */
export function printerWorkerOptions(codeCache: string | null): {
  resourceLimits: { maxYoungGenerationSizeMb: number };
  workerData: { codeCache: string | null };
};
