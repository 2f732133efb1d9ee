// Finding and starting Chromium. Order: --browser or LECTERN_BROWSER;
// Playwright's own Chromium; a system Chrome, Chromium or Edge; the Chromium
// that ships inside the optional npm package @sparticuz/chromium (Linux x64).
import { access, constants, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildError, environmentError, firstLine, type LecternError } from '../errors.ts';
import { packageRequire } from './paths.ts';

export interface BrowserChoice {
  path: string;
  source: 'flag' | 'env' | 'playwright' | 'system' | 'bundled';
}

const systemNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable'];
const systemPaths: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function onPath(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of systemNames) {
      const path = join(dir, name);
      if (dir !== '' && (await executable(path))) return path;
    }
  }
  return null;
}

/**
 * Playwright's own Chromium (npx playwright install chromium), found from its
 * registry's layout and browsers.json, without loading Playwright (a third of
 * a second): only when a browser folder exists but the layout is unknown is
 * Playwright asked.
 */
async function playwrightChromium(): Promise<string | null> {
  const home = homedir();
  const base =
    process.env.PLAYWRIGHT_BROWSERS_PATH ??
    (process.platform === 'darwin'
      ? join(home, 'Library', 'Caches', 'ms-playwright')
      : process.platform === 'win32'
        ? join(process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'ms-playwright')
        : join(home, '.cache', 'ms-playwright'));
  let revisions: Record<string, string>;
  try {
    const registry = JSON.parse(await readFile(packageRequire.resolve('playwright-core/browsers.json'), 'utf8')) as {
      browsers: { name: string; revision: string }[];
    };
    revisions = Object.fromEntries(registry.browsers.map((b) => [b.name, b.revision]));
  } catch {
    return null;
  }
  const full = join(base, `chromium-${revisions.chromium ?? ''}`);
  const shell = join(base, `chromium_headless_shell-${revisions['chromium-headless-shell'] ?? ''}`);
  const candidates = [
    join(full, 'chrome-linux64', 'chrome'),
    join(full, 'chrome-linux', 'chrome'),
    join(full, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
    join(full, 'chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
    join(full, 'chrome-win', 'chrome.exe'),
    join(full, 'chrome-win64', 'chrome.exe'),
    join(shell, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    join(shell, 'chrome-linux', 'headless_shell'),
  ];
  for (const path of candidates) if (await executable(path)) return path;
  if (
    !(await access(base).then(
      () => true,
      () => false,
    ))
  )
    return null;
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && (await executable(path)) ? path : null;
  } catch {
    return null;
  }
}

async function bundledChromium(): Promise<string | null> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  const name = '@sparticuz/chromium';
  try {
    const module: unknown = await import(name);
    const api = (module as { default?: { executablePath?: () => Promise<string> } }).default;
    const path = await api?.executablePath?.();
    return path && (await executable(path)) ? path : null;
  } catch {
    return null;
  }
}

const remedy =
  'Pass --browser PATH (or set LECTERN_BROWSER) to a Chrome, Chromium or Edge, install one (e.g. apt install chromium), or run npm ci on Linux x64 to get the bundled one';

/** Finds a browser to print with; throws (exit 3) when there is none. */
export async function findBrowser(flag: string | undefined): Promise<BrowserChoice> {
  const explicit = flag ?? process.env.LECTERN_BROWSER;
  if (explicit) {
    if (await executable(explicit)) return { path: explicit, source: flag ? 'flag' : 'env' };
    throw environmentError(`No browser at ${explicit} (from ${flag ? '--browser' : 'LECTERN_BROWSER'})`, 'Point it at a Chrome, Chromium or Edge executable');
  }
  const own = await playwrightChromium();
  if (own) return { path: own, source: 'playwright' };
  for (const path of systemPaths[process.platform] ?? []) if (await executable(path)) return { path, source: 'system' };
  const found = await onPath();
  if (found) return { path: found, source: 'system' };
  const bundled = await bundledChromium();
  if (bundled) return { path: bundled, source: 'bundled' };
  throw environmentError('No browser found to print the PDFs (the HTML was written)', remedy);
}

export const launchArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * Chromium's flags, on top of Playwright's own (which include --no-sandbox:
 * lectern never asks for the sandbox). --expose-gc: the printer collects the
 * print page's garbage between the parts of a large deck. The GPU service runs
 * inside the browser process and renderers start without the zygotes: three
 * processes fewer, the same PDFs. (No --enable-features here: Chromium keeps
 * the last of that switch, and Playwright passes its own.)
 */
export function browserArgs(): string[] {
  return [...launchArgs, '--js-flags=--expose-gc', '--in-process-gpu', '--no-zygote'];
}

/**
 * Chromium's environment: ours without locale variables that are set but empty
 * or only about paper. With LC_ALL set to "" and LC_PAPER to a locale the system
 * lacks, Chromium fails every print ("Printing failed"); lectern sets the paper
 * size itself.
 */
export function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || (key.startsWith('LC_') && (value === '' || key === 'LC_PAPER'))) continue;
    env[key] = value;
  }
  return env;
}

/** Starts the browser headless; its process ends with the returned Browser's close(). */
export async function launchBrowser(choice: BrowserChoice, timeoutMs: number): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const args = browserArgs();
  try {
    return await chromium.launch({ executablePath: choice.path, headless: true, args, timeout: timeoutMs, env: browserEnv() });
  } catch (error) {
    throw launchFailure(choice, timeoutMs, error);
  }
}

/** A browser that did not start, as the error the user can act on (exit 3). */
export function launchFailure(choice: BrowserChoice, timeoutMs: number, error: unknown): LecternError {
  const detail = firstLine(error);
  if (/timeout/iu.test(detail)) {
    return environmentError(
      `The browser at ${choice.path} did not start within ${timeoutMs / 1000} s`,
      'Raise --timeout (seconds), or pass --browser PATH to another Chrome or Chromium',
    );
  }
  return environmentError(
    `The browser at ${choice.path} did not start (${detail})`,
    'Pass --browser PATH to another Chrome or Chromium, or run with --debug for details',
  );
}

/** A failure of a running browser (a step that timed out, a crash) while `doing` something, as an error the user can act on. */
export function browserFailure(error: unknown, timeoutMs: number, doing: string): LecternError {
  const detail = firstLine(error);
  if (/timeout/iu.test(detail))
    return buildError(
      `The browser did not finish a step within ${timeoutMs / 1000} s while ${doing} (${detail})`,
      'Raise --timeout (seconds) for very large decks',
      error,
    );
  if (/closed|crash/iu.test(detail))
    return buildError(
      `The browser stopped while ${doing} (${detail})`,
      'Run the build again; if it keeps failing, pass --browser PATH to another Chrome or Chromium',
      error,
    );
  return buildError(`The browser failed while ${doing} (${detail})`, 'Run again with --debug and report it', error);
}
