// The floor lectern is measured against: launch the same Chromium through
// Playwright, load a built print page, print its slides as one PDF, close. Plain JavaScript,
// run as its own process, so it is timed exactly like a lectern command.
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
/* global window */

const [executablePath, page, out, argsJson] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, headless: true, args: JSON.parse(argsJson ?? '[]') });
const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await tab.goto(pathToFileURL(page).href);
await tab.evaluate(() => window.lectern?.ready);
// The slides, as lectern's slides PDF prints them (the page opens on the notes handout).
await tab.evaluate(() => window.lectern?.setMode?.('slides'));
await tab.pdf({ path: out, width: '1280px', height: '720px', printBackground: true });
await browser.close();
