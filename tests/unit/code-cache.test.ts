// scripts/edges/code-cache.ts: the V8 code cache Playwright loads with (in a fresh process: no browser).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot, scratchWorkspace } from './helpers.ts';

const ws = scratchWorkspace('lectern-code-cache-');
after(() => ws.remove());

/** Loads pdf-lib (a CommonJS package) with the code cache in a fresh process; prints what it exports. */
function load(): string {
  const module = pathToFileURL(join(repoRoot, 'scripts', 'edges', 'code-cache.ts')).href;
  const parent = pathToFileURL(join(repoRoot, 'package.json')).href;
  const script = `import(${JSON.stringify(module)}).then(({ requireWithCodeCache }) => {
    const loaded = requireWithCodeCache('pdf-lib', ${JSON.stringify(parent)}, ${JSON.stringify(ws.dir)});
    return loaded.exports.PDFDocument.create().then((doc) => { doc.addPage(); return doc.save(); }).then((bytes) => { loaded.save(); console.log(typeof loaded.exports.PDFDocument, bytes.length > 0); });
  });`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}
const caches = (): Map<string, number> => new Map(readdirSync(ws.dir).map((f) => [f, statSync(join(ws.dir, f)).mtimeMs]));

describe('code cache', () => {
  it('writes the compiled code of a package once, uses it after, and survives a damaged cache', () => {
    assert.equal(load(), 'function true');
    const first = caches();
    assert.ok(first.size > 0, 'no cache written');
    assert.equal(load(), 'function true');
    assert.deepEqual(caches(), first, 'a cache in use was written again');
    const [damaged] = [...first.keys()];
    writeFileSync(join(ws.dir, damaged as string), 'not a code cache');
    assert.equal(load(), 'function true');
    assert.ok(statSync(join(ws.dir, damaged as string)).size > 100, 'the damaged cache was not replaced');
  });
});
