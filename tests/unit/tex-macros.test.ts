// scripts/stages/tex-macros.ts: a document's TeX macros, read from its block of definitions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSlide } from '../../scripts/stages/render-slide.ts';
import { renderDeckHtml } from '../../scripts/stages/render-deck.ts';
import { deckFromFiles } from '../../scripts/stages/read-slides.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { definitionsBlock, katexMacros, macroDefinitions } from '../../scripts/stages/tex-macros.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { writeSlides } from '../../scripts/stages/write-slides.ts';

describe('macroDefinitions and katexMacros', () => {
  it('read \\newcommand (with arguments), \\renewcommand, \\def, \\let and \\DeclareMathOperator, braces nested', () => {
    const tex =
      '\\newcommand{\\sV}{\\mathcal{V}} \\newcommand\\nl[1]{\\textsf{#1}} \\renewcommand{\\R}{\\mathbb{R}}\n\\def\\embed{\\stackrel{\\phi}{\\Rightarrow}} \\let\\eps\\varepsilon \\DeclareMathOperator*{\\argmax}{arg\\,max} x + y';
    const { definitions, rest } = macroDefinitions(tex);
    assert.equal(definitions.length, 6);
    assert.equal(rest.trim(), 'x + y');
    assert.deepEqual(katexMacros(definitions), {
      '\\sV': '\\mathcal{V}',
      '\\nl': '\\textsf{#1}',
      '\\R': '\\mathbb{R}',
      '\\embed': '\\stackrel{\\phi}{\\Rightarrow}',
      '\\eps': '\\varepsilon',
      '\\argmax': '\\operatorname*{arg\\,max}',
    });
  });

  it('take a block for definitions only when it defines and shows nothing else', () => {
    assert.deepEqual(definitionsBlock('$$\n\\newcommand{\\R}{\\mathbb{R}}\n\\newcommand{\\E}{\\mathbb{E}}\n$$'), [
      '\\newcommand{\\R}{\\mathbb{R}}',
      '\\newcommand{\\E}{\\mathbb{E}}',
    ]);
    assert.equal(definitionsBlock('$$\\newcommand{\\R}{\\mathbb{R}} x \\in \\R$$'), null);
    assert.equal(definitionsBlock('$$x^2$$'), null);
    assert.equal(definitionsBlock('The \\newcommand macro defines commands.'), null);
  });
});

describe("a document's macros", () => {
  it('leave its block of definitions off the slides, go to the manifest and typeset every formula', () => {
    const model = splitMarkdown(
      '# Training\n\n$$\n\\newcommand{\\sV}{\\mathcal{V}}\n\\newcommand{\\nl}[1]{\\textsf{#1}}\n$$\n\n## Objectives\n\nTokens come from $\\sV$, such as $\\nl{the}$.\n',
    );
    assert.deepEqual(model.macros, ['\\newcommand{\\sV}{\\mathcal{V}}', '\\newcommand{\\nl}[1]{\\textsf{#1}}']);
    assert.ok(!JSON.stringify([model.intro, model.sections]).includes('newcommand'));
    const plan = planDeck(model, { file: 't.md', fileName: 't.md', format: 'markdown' }).value;
    const files = writeSlides(plan, 'lectern test');
    assert.match(files.get('deck.yaml') ?? '', /^macros:\n {2}- "?\\newcommand\{\\sV\}\{\\mathcal\{V\}\}"?$/mu);
    const deck = deckFromFiles('training', files, 'slides/training');
    assert.deepEqual(deck.meta.macros, model.macros);
    const html = renderDeckHtml(deck, { deck: '{{slides}}', print: '', scriptHashes: [] }).html;
    assert.match(html, /mathcal|𝒱/u);
    assert.doesNotMatch(html, /katex-error|color:#cc0000/u);
    // Without the deck's macros the same slide's formula does not say what the author defined: \\sV is read by its name.
    const slide = deck.slides.find((s) => s.body.includes('\\sV'));
    assert.ok(slide);
    assert.doesNotMatch(renderSlide(slide).bodyHtml, /mathcal|𝒱/u);
    assert.match(renderSlide(slide).bodyHtml, />sV</u);
  });

  it('are taken from a document cut into slides with --- too', () => {
    const model = splitMarkdown(
      '# Training\n\n---\n\n$$\n\\newcommand{\\sV}{\\mathcal{V}}\n$$\n\n---\n\n## Tokens\n\nFrom $\\sV$.\n\n---\n\n## More\n\nAnd more.\n',
    );
    assert.deepEqual(model.macros, ['\\newcommand{\\sV}{\\mathcal{V}}']);
    assert.ok(!JSON.stringify(model.sections).includes('newcommand'));
  });
});
