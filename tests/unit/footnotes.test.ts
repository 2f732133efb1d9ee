// scripts/stages/footnotes.ts: Markdown footnotes as numbers on the slide and notes beside the citing block.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

describe('footnotes', () => {
  const doc = [
    '# Noise',
    '',
    '## Sources',
    '',
    'Thermal noise grows with temperature[^t], and shot noise with current[^shot].',
    '',
    '```python',
    'pattern = "[^t]"',
    '```',
    '',
    '## Models',
    '',
    'The Central Limit Theorem[^clt] explains why the sum looks Gaussian.',
    '',
    '[^t]: Johnson and Nyquist described it in 1928.',
    '[^shot]: Schottky described it in 1918,',
    '    counting electrons one by one.',
    '[^clt]: The Wikipedia article is good.',
    '[^unused]: Nobody cites this one.',
    '',
  ].join('\n');
  const model = splitMarkdown(doc);
  const blocks = model.sections.flatMap((s) => s.blocks);

  it('numbers the references in order of first citation, and leaves code as written', () => {
    assert.ok(blocks.some((b) => b.text === 'Thermal noise grows with temperature<sup>1</sup>, and shot noise with current<sup>2</sup>.'));
    assert.ok(blocks.some((b) => b.text === 'The Central Limit Theorem<sup>3</sup> explains why the sum looks Gaussian.'));
    assert.ok(blocks.some((b) => b.kind === 'code' && b.text.includes('"[^t]"')));
  });

  it('puts each note, folded (speaker notes only), right after the block that cites it, with its lines', () => {
    const sources = model.sections.find((s) => s.heading === 'Sources')?.blocks ?? [];
    assert.deepEqual(
      sources.filter((b) => b.folded).map((b) => b.text),
      ['1. Johnson and Nyquist described it in 1928.', '2. Schottky described it in 1918,\n    counting electrons one by one.'],
    );
    const models = model.sections.find((s) => s.heading === 'Models')?.blocks ?? [];
    assert.deepEqual(
      models.filter((b) => b.folded).map((b) => b.text),
      ['3. The Wikipedia article is good.', 'Nobody cites this one.'],
    );
  });

  it('puts a definition no block cites in the notes where the author left it, without its mark (GitHub and Pandoc show none)', () => {
    assert.deepEqual(
      blocks.filter((b) => b.text.includes(']:')).map((b) => b.text),
      [],
    );
    assert.ok(blocks.some((b) => b.folded === true && b.text === 'Nobody cites this one.'));
  });

  it('takes a note that is only an address for a note, not for the definition of a link', () => {
    const text = ['# Dates', '', '## Formats', '', 'ISO 8601 is a standard[^iso] for dates.', '', '[^iso]: <https://example.org/iso-8601>', ''].join('\n');
    const formats = splitMarkdown(text).sections[0]?.blocks ?? [];
    assert.ok(
      formats.some((b) => b.text === 'ISO 8601 is a standard<sup>1</sup> for dates.'),
      formats.map((b) => b.text).join(' | '),
    );
    assert.deepEqual(
      formats.filter((b) => b.folded).map((b) => b.text),
      ['1. <https://example.org/iso-8601>'],
    );
  });
});

describe("Pandoc's inline notes", () => {
  it('show as a number where they stand, their text in the notes, in one count with the labelled notes; code keeps its ^[', () => {
    const text = [
      '# Bootstrap',
      '',
      '## Questions',
      '',
      'How many samples^[Not observations] do we have? See the sources[^src].',
      '',
      'Write `x^[1]` in code as it is.',
      '',
      '[^src]: The course book.',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks);
    const all = blocks.map((b) => b.text).join('\n');
    assert.match(all, /How many samples<sup>1<\/sup> do we have\? See the sources<sup>2<\/sup>\./u);
    assert.ok(
      blocks.some((b) => b.folded && b.text === '1. Not observations'),
      JSON.stringify(blocks),
    );
    assert.match(all, /`x\^\[1\]`/u);
  });

  it('read a note that runs over lines of its paragraph', () => {
    const text =
      '# H\n\n## Values\n\nAny expression can be replaced with its value to no effect.^[This property, known as "referential\ntransparency," is what makes Haskell "pure".]\n';
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks);
    const shown = blocks
      .filter((b) => !b.folded)
      .map((b) => b.text)
      .join('\n');
    assert.doesNotMatch(shown, /\^\[|referential/u, shown);
    assert.ok(
      blocks.some((b) => b.folded && /referential\s+transparency/u.test(b.text)),
      JSON.stringify(blocks),
    );
  });
});

describe('notes numbered in brackets, as plain text writes them', () => {
  it('are footnotes where the text cites them ("beasts [1],"); a link\'s [1], code and an uncited "[2] …" stay as written', () => {
    const doc = [
      '# Terminals',
      '',
      '## The web',
      '',
      'Good cross platform frameworks had always been elusive beasts',
      '[1], and desktop frameworks were intimidating. See [the talk][3] and `a[1]`.',
      '',
      '## The road ahead',
      '',
      'There is a future out there where our software is fast.',
      '',
      '[1] Fans of Qt (and maybe others) will vehemently disagree',
      '    that there has never been a good cross platform library.',
      '',
      '[2] A source nobody cites here.',
      '',
      '[3]: https://example.com/talk',
    ].join('\n');
    const model = splitMarkdown(doc);
    const blocks = model.sections.flatMap((s) => s.blocks);
    const citing = blocks.find((b) => b.text.includes('elusive beasts'));
    assert.match(citing?.text ?? '', /beasts\n<sup>1<\/sup>, and desktop/u);
    assert.match(citing?.text ?? '', /\[the talk\]\(https:\/\/example\.com\/talk\) and `a\[1\]`/u);
    const note = blocks.find((b) => b.footnote === true);
    assert.match(note?.text ?? '', /^1\. Fans of Qt/u);
    assert.ok(!blocks.some((b) => !b.footnote && /Fans of Qt/u.test(b.text)), JSON.stringify(blocks));
    assert.ok(
      blocks.some((b) => !b.footnote && /^\[2\] A source nobody cites here\.$/u.test(b.text)),
      JSON.stringify(blocks),
    );
  });
});
