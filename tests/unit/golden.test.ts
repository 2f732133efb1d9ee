// Golden files: the example document's sections, plan and slide Markdown.
// After an intended change: npm run golden:update, review the diff, commit it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { computeGolden, goldenDir } from './golden.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('golden files for the example document', () => {
  const actual = computeGolden();
  it('has the same set of files', () => {
    assert.deepEqual(
      listFiles(goldenDir)
        .map((f) => relative(goldenDir, f))
        .sort(),
      [...actual.keys()].sort(),
    );
  });
  for (const [file, text] of actual) {
    it(`matches ${file}`, () => {
      assert.equal(text, readFileSync(join(goldenDir, file), 'utf8'), `${file} changed: run npm run golden:update if intended`);
    });
  }
});
