// scripts/edges/printer.ts: the main thread's side of the printing thread.
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { describe, it } from 'node:test';
import type { BrowserChoice } from '../../scripts/edges/browser.ts';
import { adoptPrinterWorker, Printer } from '../../scripts/edges/printer.ts';

const choice: BrowserChoice = { path: '/nowhere/chromium', source: 'flag' };

describe('Printer', () => {
  it('fails with an error, never waits for ever, when its thread stops: the call waiting and every call after it', async () => {
    // A thread that stops as soon as it starts, before it answers anything.
    adoptPrinterWorker(new Worker('process.exit(7)', { eval: true }));
    const printer = new Printer(choice, 5_000);
    await assert.rejects(printer.ready, /did not start \(the printing thread stopped \(exit code 7\)\)/u);
    await assert.rejects(printer.open('/nowhere/print.html'), /did not start/u);
    await assert.rejects(printer.fits(1), /the printing thread stopped \(exit code 7\)/u);
  });
});
