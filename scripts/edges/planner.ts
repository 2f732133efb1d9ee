// Planning, on the main thread for an ordinary document and on a worker
// thread for a large one: planning is synchronous, and a document of many
// megabytes takes seconds, during which a signal (Ctrl+C) could not be
// handled. On a worker, the main thread waits idle and stops at once.
import { LecternError, type ErrorKind } from '../errors.ts';
import type { PlanOptions } from '../stages/plan-deck.ts';
import { planSource, type PlannedSource } from '../stages/plan-source.ts';
import type { SourceDocument } from '../types.ts';
import { fromSources, startWorker } from './threads.ts';

/** Documents from this size (in characters) plan on a worker: about half a second of planning. */
export const workerThreshold = 512 * 1024;

function planOnWorker(doc: SourceDocument, options: PlanOptions, fallbackAuthor: string | null): Promise<PlannedSource> {
  // Beside this module in the bundle (node_modules/.cache/lectern/cli-*/), one folder up in the sources.
  const url = new URL(fromSources(import.meta.url) ? '../plan-worker.ts' : './plan-worker.mjs', import.meta.url);
  return new Promise((resolve, reject) => {
    const worker = startWorker(url, { workerData: { doc, options, fallbackAuthor } });
    worker.once('message', (message: { ok?: PlannedSource; failed?: { kind: ErrorKind; message: string; remedy: string }; crashed?: string }) => {
      if (message.ok) resolve(message.ok);
      else if (message.failed) reject(new LecternError(message.failed.kind, message.failed.message, message.failed.remedy));
      else reject(new Error(message.crashed ?? 'the planning thread failed'));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the planning thread stopped (${code})`)));
  });
}

/** The document's structure and plan; large documents on a worker thread (on the main thread if no worker can start). */
export async function planDocumentText(doc: SourceDocument, options: PlanOptions, fallbackAuthor: string | null): Promise<PlannedSource> {
  if (doc.text.length < workerThreshold) return planSource(doc, options, fallbackAuthor);
  try {
    return await planOnWorker(doc, options, fallbackAuthor);
  } catch (error) {
    if (error instanceof LecternError) throw error;
    // No worker could start: plan here.
    return planSource(doc, options, fallbackAuthor);
  }
}
