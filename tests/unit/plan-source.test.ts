// scripts/stages/plan-source.ts: a decoded document -> its structure and its slide plan, in one call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { planSource, splitDocument } from '../../scripts/stages/plan-source.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import type { SourceDocument } from '../../scripts/types.ts';

const markdown = [
  '---',
  'title: Tides',
  'author: Ana Lima',
  '---',
  '',
  '## The moon',
  '',
  'The moon pulls the sea. It does so twice a day.',
  '',
  '## The sun',
  '',
  'The sun pulls too, but less.',
  '',
].join('\n');
const doc = (text: string, format: SourceDocument['format'] = 'markdown'): SourceDocument => ({
  path: `tides.${format === 'markdown' ? 'md' : 'txt'}`,
  text,
  format,
});
const options = { file: 'tides.md', fileName: 'tides', format: 'markdown' as const };

describe('splitDocument', () => {
  it("reads a Markdown document's front matter and headings, and a plain-text one as text (no front matter, no # headings)", () => {
    const model = splitDocument(doc(markdown));
    assert.equal(model.title, 'Tides');
    assert.equal(model.author, 'Ana Lima');
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['The moon', 'The sun'],
    );
    assert.deepEqual(model, splitMarkdown(markdown));

    const plain = splitDocument(doc(markdown, 'text'));
    assert.equal(plain.author, null, 'front matter is only Markdown');
    assert.deepEqual(plain, splitText(markdown));
    assert.notDeepEqual(plain, model);
  });
});

describe('planSource', () => {
  it("plans the document's structure with the options given: its title, a slide per section, no diagnostics", () => {
    const planned = planSource(doc(markdown), options);
    assert.deepEqual(planned.model, splitDocument(doc(markdown)));
    assert.equal(planned.plan.meta.title, 'Tides');
    assert.deepEqual(
      planned.plan.slides.filter((s) => s.layout === 'section').map((s) => s.title),
      ['The moon', 'The sun'],
    );
    assert.equal(planned.plan.slides[0]?.layout, 'title');
    assert.deepEqual(planned.diagnostics, []);
    // The same plan as planning the model by hand with the settled options.
    assert.deepEqual(planned.plan, planDeck(planned.model, planned.options).value);
  });

  it("settles the author: the one given, else the document's, else the fallback, else none", () => {
    assert.equal(planSource(doc(markdown), { ...options, author: 'Given' }, 'Fallback').options.author, 'Given');
    assert.equal(planSource(doc(markdown), options, 'Fallback').options.author, 'Ana Lima');
    assert.equal(planSource(doc(markdown), { ...options, author: null }, 'Fallback').options.author, 'Ana Lima', 'null is not given');
    const anonymous = doc('## The moon\n\nThe moon pulls the sea.\n');
    assert.equal(planSource(anonymous, options, 'Fallback').options.author, 'Fallback');
    assert.equal(planSource(anonymous, options, 'Fallback').plan.meta.author, 'Fallback');
    assert.equal(planSource(anonymous, options).options.author, null);
  });

  it('names the slides of a heading made of signs alone ("`%>%`") as valid ids, also when its section takes several slides', () => {
    const long = Array.from(
      { length: 14 },
      (_, i) => `The pipe joins step ${i + 1} of the analysis to the step that follows it, so that the reader can follow the order of the work.`,
    );
    const planned = planSource(doc(`## Intro\n\nA start.\n\n## \`%>%\`\n\n${long.join('\n\n')}\n\n## End\n\nDone.\n`), options);
    const ids = planned.plan.slides.filter((s) => s.title.includes('%>%')).map((s) => s.id);
    assert.ok(ids.length > 1, `the section takes several slides: ${ids.join(', ')}`);
    for (const id of ids) assert.match(id, /^[a-z0-9][a-z0-9-]*$/u);
  });

  it('keeps the other options as given', () => {
    const planned = planSource(doc(markdown), { ...options, theme: 'dark', date: '2024-05-01' });
    assert.equal(planned.options.theme, 'dark');
    assert.equal(planned.options.fileName, 'tides');
    assert.equal(planned.plan.meta.theme, 'dark');
    assert.equal(planned.plan.meta.date, '2024-05-01');
  });
});
