// scripts/edges/threads.ts: lectern's worker threads, from the bundle or the sources.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { fromSources, startWorker } from '../../scripts/edges/threads.ts';
import { scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-threads-');
after(() => ws.remove());

function reply(url: URL): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(url, { workerData: 20 });
    worker.once('message', (message: unknown) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('startWorker', () => {
  it('runs a TypeScript module on a thread (the sources through tsx), and a JavaScript one as it is', async () => {
    // A folder of ES modules, as lectern's own (its package.json says so).
    writeFileSync(join(ws.dir, 'package.json'), '{ "type": "module" }\n');
    const ts = join(ws.dir, 'double.ts');
    writeFileSync(
      ts,
      "import { parentPort, workerData } from 'node:worker_threads';\nconst n: number = workerData as number;\nparentPort?.postMessage(n * 2);\n",
    );
    const js = join(ws.dir, 'triple.mjs');
    writeFileSync(js, "import { parentPort, workerData } from 'node:worker_threads';\nparentPort?.postMessage(workerData * 3);\n");
    assert.equal(await reply(pathToFileURL(ts)), 40);
    assert.equal(await reply(pathToFileURL(js)), 60);
    assert.ok(fromSources('file:///x/edges/printer.ts'));
    assert.ok(!fromSources('file:///x/cli-1/printer.mjs'));
  });
});
