// The reader, the splitters, the planner and the slide files together, over random input: nothing thrown, nothing lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LecternError } from '../../scripts/errors.ts';
import { measureCoverage } from '../../scripts/stages/measure-deck.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { deckFromFiles } from '../../scripts/stages/read-slides.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { writeSlides } from '../../scripts/stages/write-slides.ts';
import { bytes } from './helpers.ts';

describe('fuzzing the reader and the planner', () => {
  const unicodeWord = fc.stringMatching(/^[\p{L}\p{N}]{1,8}$/u);
  const unicodeSentence = fc
    .tuple(
      fc.array(fc.oneof(unicodeWord, fc.constantFrom('😀', 'مرحبا', '你好', 'Ωμέγα', 'naïve', 'שלום')), { minLength: 1, maxLength: 20 }),
      fc.constantFrom('.', '!', '?', '。'),
    )
    .map(([w, end]) => `${w.join(' ')}${end}`);
  const mdBlock = fc.oneof(
    fc.array(unicodeSentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' ')),
    fc.tuple(fc.integer({ min: 1, max: 3 }), unicodeWord).map(([level, w]) => `${'#'.repeat(level)} ${w}`),
    fc.array(unicodeSentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
    fc.array(unicodeSentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
    unicodeSentence.map((s) => `> ${s}`),
    fc.string({ maxLength: 80 }).map((code) => `\`\`\`\n${code.replace(/`/gu, "'")}\n\`\`\``),
  );
  const markdown = fc.array(mdBlock, { minLength: 1, maxLength: 15 }).map((blocks) => blocks.join('\n\n'));

  it('random Markdown: never throws, every sentence lands in slides or notes, in order of sections', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const model = splitMarkdown(text);
        const planned = planDeck(model, { file: 'f.md', fileName: 'f.md', format: 'markdown', author: 'T' }).value;
        const deck = deckFromFiles('d', writeSlides(planned, 'test'), 'slides/d');
        const coverage = measureCoverage(model, deck);
        assert.equal(coverage.present, coverage.sentences, `lost: ${coverage.missing.join(' | ')}`);
        for (const slide of deck.slides) assert.ok(/^# \S/mu.test(slide.body), `untitled slide ${slide.id}`);
      }),
      { numRuns: 150 },
    );
  });

  it('random Unicode plain text: never throws, loses nothing', () => {
    const doc = fc
      .array(
        fc.oneof(
          fc.array(unicodeSentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' ')),
          fc.tuple(unicodeWord, unicodeSentence).map(([h, s]) => `${h}: ${s}`),
        ),
        { minLength: 1, maxLength: 10 },
      )
      .map((p) => p.join('\n\n'));
    fc.assert(
      fc.property(doc, fc.constantFrom('\n', '\r\n'), (text, eol) => {
        const read = readDocument('f.txt', bytes(`\uFEFF${text.replace(/\n/gu, eol)}`));
        const model = splitText(read.text);
        const planned = planDeck(model, { file: 'f.txt', fileName: 'f.txt', format: 'text', author: 'T' }).value;
        const coverage = measureCoverage(model, deckFromFiles('d', writeSlides(planned, 'test'), 'slides/d'), 'text');
        assert.equal(coverage.present, coverage.sentences, `lost: ${coverage.missing.join(' | ')}`);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary bytes: a document or a clear input error, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (data) => {
        try {
          const doc = readDocument('f.txt', data);
          planDeck(splitText(doc.text), { file: 'f.txt', fileName: 'f.txt', format: 'text', author: 'T' });
        } catch (error) {
          assert.ok(error instanceof LecternError && error.kind === 'input', String(error));
        }
      }),
      { numRuns: 300 },
    );
  });
});
