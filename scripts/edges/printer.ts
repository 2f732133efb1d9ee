// The main thread's side of the printer worker (printer-worker.mjs): start it,
// launch Chromium there, and ask it to open pages, measure, print and take
// pictures. Errors come back as the errors the user can act on.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { PrintMode, PrintOptions } from '../client/api.ts';
import type { BrowserChoice } from './browser.ts';
import { browserArgs, browserEnv, findBrowser, launchFailure } from './browser.ts';
import { cacheDir, packageRoot } from './paths.ts';

export interface PrintSettings {
  viewport: { width: number; height: number };
  mode: PrintMode;
  options: PrintOptions;
  pdf: Record<string, unknown>;
}

/** A failure inside the worker, with Playwright's error name (TimeoutError...). */
export class PrinterError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export class Printer {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private next = 1;
  /** Resolves once Chromium runs; rejects (exit 3) when it does not start. */
  readonly ready: Promise<void>;

  constructor(
    readonly choice: BrowserChoice,
    readonly timeoutMs: number,
  ) {
    // The command may have started the worker already, to load Playwright early.
    const early = (globalThis as { lecternPrinterWorker?: Worker }).lecternPrinterWorker;
    (globalThis as { lecternPrinterWorker?: Worker }).lecternPrinterWorker = undefined;
    // A small young generation: Playwright's garbage is collected sooner (the
    // worker's part of a 2,000-slide build: about 50 MB less); the folder for
    // Playwright's code cache. Same options in lectern.mjs.
    this.worker =
      early ??
      new Worker(join(packageRoot, 'scripts', 'edges', 'printer-worker.mjs'), {
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
        workerData: { codeCache: join(cacheDir(), 'code') },
      });
    this.worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: { name: string; message: string } }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error) waiting?.reject(new PrinterError(error.name, error.message));
      else waiting?.resolve(result);
    });
    this.worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    this.worker.unref();
    this.ready = this.call('launch', { executablePath: choice.path, args: browserArgs(), env: browserEnv(), timeoutMs }).then(
      () => undefined,
      (error: Error) => {
        throw launchFailure(choice, timeoutMs, error);
      },
    );
    this.ready.catch(() => undefined);
  }

  private call<T>(type: string, payload: Record<string, unknown>): Promise<T> {
    const id = this.next++;
    this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, type, ...payload });
    }).finally(() => {
      if (this.pending.size === 0) this.worker.unref();
    });
  }

  /** Opens print.html (at `scale`, for thumbnails); returns the page's handle. */
  async open(html: string, scale = 1): Promise<number> {
    await this.ready;
    return this.call<number>('open', { html, timeoutMs: this.timeoutMs, scale });
  }

  /** One picture per slide at the page's scale (dir/<n>-<id>.png); returns how many. */
  shoot(page: number, dir: string): Promise<number> {
    return this.call('shoot', { page, dir });
  }

  fits(page: number): Promise<{ id: string; fit: number; overflow: boolean }[]> {
    return this.call('fits', { page });
  }

  reload(page: number): Promise<void> {
    return this.call('reload', { page });
  }

  /** The PDF of the page in `settings`' mode: every slide, or slides from..to-1 (a part of a large deck). */
  print(page: number, settings: PrintSettings, from = 0, to: number | null = null): Promise<Uint8Array> {
    return this.call('print', { page, ...settings, from, to });
  }

  /** A PDF of each HTML document (self-contained: nothing is loaded). */
  printHtml(html: string[], pdf: Record<string, unknown>): Promise<Uint8Array[]> {
    return this.call('printHtml', { html, pdf, timeoutMs: this.timeoutMs });
  }

  /** Pictures of every slide (dir/<n>-<id>.png) and thumbnails (dir/thumbs/); returns how many. */
  pictures(page: number, dir: string): Promise<number> {
    return this.call('pictures', { page, dir });
  }

  closePage(page: number): Promise<void> {
    return this.call('closePage', { page });
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.call('close', {}).catch(() => undefined);
    await this.worker.terminate();
  }
}

/** One browser for a build or a batch of builds: started on first need (in a worker thread), closed once. */
export class BrowserSession {
  private starting: Promise<Printer> | null = null;

  constructor(
    private readonly flag: string | undefined,
    private readonly timeoutMs: number,
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
    // pdf-lib loads while the main thread waits for Chromium (not earlier: the
    // worker needs the other core to load Playwright).
    void import('pdf-lib').catch(() => undefined);
    const printer = await (this.starting as Promise<Printer>);
    await printer.ready;
    return printer;
  }

  async close(): Promise<void> {
    if (!this.starting) return;
    const printer = await this.starting.catch(() => null);
    await printer?.close();
  }
}
