// Lectern's worker threads (the printer, the planner of a large document)
// start on a module beside the one that starts them: a bundled .mjs, or, when
// tsx runs the sources, a .ts file. A worker does not inherit the main
// thread's loader, and Node 20 does not apply a worker's own --import to its
// entry, so a .ts worker first registers tsx's loader, then loads its module.
import type { Worker, WorkerOptions } from 'node:worker_threads';

/** Whether the calling module runs from the sources (through tsx) rather than the bundle. */
export const fromSources = (moduleUrl: string): boolean => moduleUrl.endsWith('.ts');

/** A worker on `url` (.mjs as it is; .ts through tsx's loader). */
export function startWorker(url: URL, options: WorkerOptions): Worker {
  // Loaded when a worker starts: a build that prints nothing loads no worker_threads (nor the streams it brings), 3 ms less.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
