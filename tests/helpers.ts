// Shared test helpers: run the real CLI in a scratch workspace, open pages in
// the same Chromium lectern would print with, read PDFs back with pdf.js.
// The paths and scratch folders are the unit tests' (tests/unit/helpers.ts).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { findBrowser, launchBrowser } from '../scripts/edges/browser.ts';
import { repoRoot, scratchWorkspace } from './unit/helpers.ts';

export { exampleDocument, fixtures, repoRoot, scratchWorkspace } from './unit/helpers.ts';
export const bin = join(repoRoot, 'scripts', 'lectern.mjs');
// Commands the tests start with the test's own environment run in their own process too (see cliEnv).
process.env.LECTERN_DAEMON ??= '0';

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment the tests run lectern in: the test's own, less
 * NODE_EXTRA_CA_CERTS (lectern opens no TLS connection, and Node reads that
 * file at every start: some 40 ms of each of the suite's hundreds of runs).
 * Each command runs in its own process (LECTERN_DAEMON=0), as a test that
 * stops one or counts its browsers expects: background.test.ts tests the
 * background process, which `env` can turn on.
 */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = process.env;
  return { ...rest, LECTERN_DAEMON: '0', ...env };
}

/** Runs `lectern ...args` in `cwd` as a user would, and waits for it. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: cliEnv(env), timeout: 180_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temporary folder of a command's own: run lectern with `env` and its
 * browsers' profiles (Playwright makes them in TMPDIR) are under `dir`, so
 * `running()` counts the browser processes of that command and of no other
 * (the suite's other lane launches browsers of its own meanwhile). Linux: it reads /proc.
 */
export function taggedTemp(parent: string): { env: Record<string, string>; running(): number } {
  const dir = mkdtempSync(join(parent, 'tmp-'));
  return {
    env: { TMPDIR: dir },
    running(): number {
      let count = 0;
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/u.test(entry)) continue;
        try {
          if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(`${dir}/playwright_chromiumdev_profile-`)) count += 1;
        } catch {
          // the process ended meanwhile
        }
      }
      return count;
    },
  };
}

/** Waits until `done()` holds, polling; fails with `message` after `seconds`. */
export async function waitFor(done: () => boolean, seconds: number, message: string): Promise<void> {
  for (const deadline = Date.now() + seconds * 1000; !done();) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function openBrowser(): Promise<Browser> {
  return launchBrowser(await findBrowser(undefined), 60_000);
}

/**
 * Closes a test file's browser. One that does not answer within 30 s is let go: a CI run once hung here for good
 * after the file's tests had passed (Chromium's processes were gone, Playwright's close never settled).
 */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, 30_000).unref())]);
}

/** Stops a child process with SIGINT, as Ctrl+C does, and with SIGKILL if it has not exited within 10 s. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  timer.unref();
  await exited;
  clearTimeout(timer);
}

/**
 * A scratch workspace and a browser for the tests of a file or a suite:
 * the browser opens before them; both are closed and removed after.
 */
export function browserWorkspace(): { ws: { dir: string; remove(): void }; readonly browser: Browser } {
  const ws = scratchWorkspace();
  let browser: Browser | undefined;
  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await closeBrowser(browser);
    ws.remove();
  });
  return {
    ws,
    get browser(): Browser {
      if (!browser) throw new Error('the browser opens in a before() hook: use it inside a test');
      return browser;
    },
  };
}

export interface PdfInfo {
  pages: number;
  sizes: { width: number; height: number }[];
  pageTexts: string[];
  info: Record<string, unknown>;
  outline: string[];
  fonts: string[];
}

/** Reads a PDF with pdf.js: what a PDF reader would show. */
export async function readPdf(path: string): Promise<PdfInfo> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { readFile } = await import('node:fs/promises');
  const data = new Uint8Array(await readFile(path));
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const sizes: PdfInfo['sizes'] = [];
  const pageTexts: string[] = [];
  const fonts = new Set<string>();
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) });
    const content = await page.getTextContent();
    pageTexts.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/[ \t]+/gu, ' '),
    );
    for (const item of content.items) if ('fontName' in item) fonts.add(String(item.fontName));
  }
  const meta = await doc.getMetadata();
  const outlineItems = (await doc.getOutline()) ?? [];
  const outline: string[] = [];
  const walk = (items: { title: string; items: unknown[] }[]): void => {
    for (const item of items) {
      outline.push(item.title);
      walk(item.items as { title: string; items: unknown[] }[]);
    }
  };
  walk(outlineItems);
  await doc.destroy();
  return { pages: sizes.length, sizes, pageTexts, info: meta.info as Record<string, unknown>, outline, fonts: [...fonts] };
}

/** Whitespace-insensitive form of a text, for "does the PDF contain this sentence". */
export const squash = (text: string): string => text.replace(/[\s\u00ad]+/gu, '').replace(/[’‘ʼ]/gu, "'");
