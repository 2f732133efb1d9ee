// Plans a large document on a thread of its own (see edges/planner.ts), so
// that the main thread stays free to answer Ctrl+C while it works.
import { parentPort, workerData } from 'node:worker_threads';
import { LecternError } from './errors.ts';
import { planSource } from './stages/plan-source.ts';
import type { PlanOptions } from './stages/plan-deck.ts';
import type { SourceDocument } from './types.ts';

const { doc, options, fallbackAuthor } = workerData as { doc: SourceDocument; options: PlanOptions; fallbackAuthor: string | null };
try {
  parentPort?.postMessage({ ok: planSource(doc, options, fallbackAuthor) });
} catch (error) {
  // A LecternError crosses the thread as its parts (a clone would lose its class).
  parentPort?.postMessage(
    error instanceof LecternError
      ? { failed: { kind: error.kind, message: error.message, remedy: error.remedy } }
      : { crashed: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  );
}
