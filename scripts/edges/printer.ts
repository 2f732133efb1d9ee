// The main thread's side of the printer worker (printer-worker.ts): start it,
// launch Chromium there, and ask it to open pages, measure, print and take
// pictures, in the requests printer-protocol.ts declares. Errors come back as
// the errors the user can act on.
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { BrowserChoice } from './browser.ts';
import { browserArgs, browserEnv, findBrowser, launchFailure } from './browser.ts';
import { cacheDir } from './paths.ts';
import { fromSources, startWorker } from './threads.ts';
import { defaultFrame } from '../stages/frame.ts';
import type { Frame, PdfOptions, PrinterJob, PrinterReply, PrinterResults, PrintSettings, RequestOf } from './printer-protocol.ts';
import { printerWorkerOptions } from '../printer-options.mjs';

export type { PrintSettings } from './printer-protocol.ts';

/** A failure inside the worker, with Playwright's error name (TimeoutError...). */
export class PrinterError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** A worker the command started before it loaded (see scripts/lectern.mjs), for the first printer to take. */
let early: Worker | null = null;

/** Hands over a printer worker started early, loading Playwright while the command itself loads. */
export function adoptPrinterWorker(worker: Worker | undefined): void {
  if (worker) early = worker;
}

function printerThread(): Worker {
  // Beside this module's chunk in the bundle (cli-*/ or scripts/built/); beside this file in the sources.
  const url = new URL(fromSources(import.meta.url) ? './printer-worker.ts' : './printer-worker.mjs', import.meta.url);
  return startWorker(url, printerWorkerOptions(join(cacheDir(), 'code')));
}

export class Printer {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private next = 1;
  /** Why the worker is gone, once it is: a call after that fails at once instead of waiting for a reply that cannot come. */
  private gone: Error | null = null;
  /** Resolves once Chromium runs; rejects (exit 3) when it does not start. */
  readonly ready: Promise<void>;

  constructor(
    readonly choice: BrowserChoice,
    readonly timeoutMs: number,
  ) {
    this.worker = early ?? printerThread();
    early = null;
    this.worker.on('message', (reply: PrinterReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error) waiting?.reject(new PrinterError(reply.error.name, reply.error.message));
      else waiting?.resolve(reply.result);
    });
    this.worker.on('error', (error) => {
      this.gone = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    // A worker that stops without an error (killed, out of memory) must not leave its callers waiting.
    this.worker.on('exit', (code) => {
      this.gone ??= new Error(`the printing thread stopped (exit code ${code})`);
      for (const waiting of this.pending.values()) waiting.reject(this.gone);
      this.pending.clear();
    });
    this.worker.unref();
    this.ready = this.call({ type: 'launch', executablePath: choice.path, args: browserArgs(), env: browserEnv(), timeoutMs }).then(
      () => undefined,
      (error: Error) => {
        throw launchFailure(choice, timeoutMs, error);
      },
    );
    // Whoever uses the printer awaits `ready` and gets its error; a printer nobody used has nothing to report.
    this.ready.catch(() => undefined);
  }

  private call<K extends PrinterJob>(request: RequestOf<K>): Promise<PrinterResults[K]> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.next++;
    this.worker.ref();
    return new Promise<PrinterResults[K]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...request });
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    });
  }

  /** Opens print.html (at `scale`, for thumbnails; with `search` as its query); returns the page's handle. */
  async open(html: string, scale = 1, frame: Frame = defaultFrame, search = ''): Promise<number> {
    await this.ready;
    return this.call({ type: 'open', html, search, timeoutMs: this.timeoutMs, scale, frame });
  }

  /** One picture per slide at the page's scale (dir/<n>-<id>.png); returns how many. */
  shoot(page: number, dir: string): Promise<number> {
    return this.call({ type: 'shoot', page, dir });
  }

  fits(page: number): Promise<PrinterResults['fits']> {
    return this.call({ type: 'fits', page });
  }

  async reload(page: number): Promise<void> {
    await this.call({ type: 'reload', page });
  }

  /** The PDF of the page in `settings`' mode: every slide, or slides from..to-1 (a part of a large deck). */
  print(page: number, settings: PrintSettings, from = 0, to: number | null = null): Promise<Uint8Array> {
    return this.call({ type: 'print', page, ...settings, from, to });
  }

  /** A PDF of each HTML document (self-contained: nothing is loaded). */
  printHtml(html: string[], pdf: PdfOptions): Promise<Uint8Array[]> {
    return this.call({ type: 'printHtml', html, pdf, timeoutMs: this.timeoutMs });
  }

  /** Pictures of every slide (dir/<n>-<id>.png) and thumbnails (dir/thumbs/); returns how many. */
  pictures(page: number, dir: string): Promise<number> {
    return this.call({ type: 'pictures', page, dir });
  }

  async closePage(page: number): Promise<void> {
    await this.call({ type: 'closePage', page });
  }

  async close(): Promise<void> {
    // A browser that never started has nothing to close (its failure was reported to whoever waited for it).
    await this.ready.catch(() => undefined);
    // One that fails to close is ended with its worker; the reason is said, not thrown over the news of the build.
    await this.call({ type: 'close' }).catch((error: unknown) => {
      process.emitWarning(`lectern: the browser did not close cleanly (${error instanceof Error ? error.message : String(error)}); its worker is stopped`);
    });
    await this.worker.terminate();
  }
}

/** One browser for a build or a batch of builds: started on first need (in a worker thread), closed once. */
export class BrowserSession {
  private starting: Promise<Printer> | null = null;
  private closing: Promise<void> | null = null;

  /** `singleUse`: the session of one build, whose browser may close (release) as soon as that build has printed. */
  constructor(
    private readonly flag: string | undefined,
    private readonly timeoutMs: number,
    private readonly singleUse = false,
  ) {}

  start(): void {
    if (this.starting) return;
    this.starting = findBrowser(this.flag).then((choice) => new Printer(choice, this.timeoutMs));
    // A start nobody waits for (the build failed first) must not be an unhandled rejection.
    this.starting.catch(() => undefined);
  }

  /** The printer, once Chromium runs. */
  async get(): Promise<Printer> {
    this.start();
    const printer = await (this.starting as Promise<Printer>);
    await printer.ready;
    return printer;
  }

  /**
   * Starts closing a single-use session's browser while its build finishes the PDFs (Chromium takes a tenth of a second
   * to close). True when it did: the browser and its pages are gone, and nothing may be printed any more.
   */
  release(): boolean {
    if (!this.singleUse || !this.starting) return false;
    this.closing ??= this.closeBrowser();
    // Awaited, with its failure, by close().
    this.closing.catch(() => undefined);
    return true;
  }

  close(): Promise<void> {
    this.closing ??= this.closeBrowser();
    return this.closing;
  }

  private async closeBrowser(): Promise<void> {
    if (!this.starting) return;
    const printer = await this.starting.catch(() => null);
    await printer?.close();
  }
}
