// What the main thread (printer.ts) and the printer worker (printer-worker.ts)
// say to each other: one request type per job, and the result each job gives
// back. Both sides are checked against these types; a request crosses the
// thread as { id, ...request } and comes back as { id, result } or { id, error }.
import type { PrintMode, PrintOptions, SlideFit } from '../client/api.ts';
import type { Frame } from '../stages/frame.ts';

export type { Frame } from '../stages/frame.ts';

/** Playwright's page.pdf() options as lectern uses them (sizes as CSS lengths). */
export interface PdfOptions {
  width: string;
  height: string;
  printBackground?: boolean;
  tagged?: boolean;
  outline?: boolean;
  displayHeaderFooter?: boolean;
  headerTemplate?: string;
  footerTemplate?: string;
  margin?: { top: string; bottom: string; left: string; right: string };
}

/** How to print one PDF from the print page: the viewport, the page's mode, and Chromium's PDF options. */
export interface PrintSettings {
  viewport: Frame;
  mode: PrintMode;
  options: PrintOptions;
  pdf: PdfOptions;
}

export type PrinterRequest =
  | { type: 'launch'; executablePath: string; args: string[]; env: Record<string, string>; timeoutMs: number }
  /** Opens a print page (print.html, with `search` as its query) with the slide frame as its viewport, at `scale` for thumbnails. */
  | { type: 'open'; html: string; search: string; timeoutMs: number; scale: number; frame: Frame }
  | { type: 'shoot'; page: number; dir: string }
  | { type: 'fits'; page: number }
  | { type: 'reload'; page: number }
  /** Slides from..to-1 only (all when `to` is null). */
  | ({ type: 'print'; page: number; from: number; to: number | null } & PrintSettings)
  | { type: 'printHtml'; html: string[]; pdf: PdfOptions; timeoutMs: number }
  | { type: 'pictures'; page: number; dir: string }
  | { type: 'closePage'; page: number }
  | { type: 'close' };

/** What each request gives back. */
export interface PrinterResults {
  launch: true;
  /** The page's handle. */
  open: number;
  /** How many pictures. */
  shoot: number;
  fits: SlideFit[];
  reload: true;
  print: Uint8Array;
  printHtml: Uint8Array[];
  pictures: number;
  closePage: true;
  close: true;
}

export type PrinterJob = PrinterRequest['type'];
export type RequestOf<K extends PrinterJob> = Extract<PrinterRequest, { type: K }>;

/** A request as it crosses the thread. */
export type PrinterMessage = PrinterRequest & { id: number };

/** The answer: the result, or the error (its name, e.g. Playwright's TimeoutError, and message). */
export type PrinterReply =
  { id: number; result: PrinterResults[PrinterJob]; error?: undefined } | { id: number; result?: undefined; error: { name: string; message: string } };
