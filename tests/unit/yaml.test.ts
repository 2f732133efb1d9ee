// scripts/stages/yaml.ts: the YAML lectern writes and reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { emitYaml, readSimpleYaml, splitFrontMatter } from '../../scripts/stages/yaml.ts';

describe("lectern's YAML", () => {
  it('what emitYaml writes, both readSimpleYaml and the yaml package read back the same', async () => {
    const { parse } = await import('yaml');
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('null', 'true', '12', '- x', 'a: b', '#c', "it's", '"q"', ' pad ', 'Ünïcödé 中文'),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/u), fc.oneof(scalar, fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }))),
        (data) => {
          const text = emitYaml(data);
          const normalised = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v ?? null]));
          assert.deepEqual(parse(text) ?? {}, normalised);
          const simple = readSimpleYaml(text);
          if (simple !== null) assert.deepEqual(simple, normalised);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('TOML front matter', () => {
  it('is read between +++ lines, its dates as YAML dates, and kept out of the body', () => {
    const front = splitFrontMatter('+++\ntitle = "Week 5: Signals"\ndate = 2021-02-01\ntags = ["code"]\n+++\n\n# Lecture 05\n');
    assert.deepEqual(front.data, { title: 'Week 5: Signals', date: '2021-02-01', tags: ['code'] });
    assert.equal(front.body, '\n# Lecture 05\n');
    assert.equal(front.offset, 5);
  });
  it('is read after blank lines too, as Hugo reads it, its lines counted', () => {
    const front = splitFrontMatter('\n+++\n\ntitle = "Strumenti del JDK"\n\n+++\n\n# Strumenti del JDK\n');
    assert.deepEqual(front.data, { title: 'Strumenti del JDK' });
    assert.equal(front.body, '\n# Strumenti del JDK\n');
    assert.equal(front.offset, 6);
  });
  it('leaves the text as it is when what lies between the lines is not TOML', () => {
    const text = '+++\nthis is not = = toml\n+++\nBody.\n';
    assert.deepEqual(splitFrontMatter(text), { data: {}, body: text, offset: 0 });
  });
});
