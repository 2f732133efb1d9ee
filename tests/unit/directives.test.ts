// scripts/stages/directives.ts: boxes and figures written as fences, and MyST's markup, as the site shows them.
import assert from 'node:assert/strict';
import { removeHidden } from '../../scripts/stages/hidden.ts';
import { describe, it } from 'node:test';
import {
  definitionLists,
  pandocSimpleTables,
  pandocGridTables,
  layoutTables,
  symbolLists,
  pandocCitations,
  darkModePictures,
  sketchScripts,
  attributeLists,
  definitionItems,
  fencedDirectives,
  formulaPictures,
  imageAttributes,
  spacedPicturePaths,
  kramdownFenceClasses,
  layoutCommands,
  tagLines,
  headingAttributes,
  mdxCodeProperties,
  mdxComments,
  mdxMath,
  mdxTabs,
  mdxTitledComponents,
  mdxImagePaths,
  mdxStatements,
  mkdocsAdmonitions,
  iconDirectives,
  markdownInHtml,
  foldedCallouts,
  latexListings,
  equationNumbers,
  mystMarkup,
  mystTargets,
  headedDetails,
  pymdownBlocks,
  wikiLinks,
  picturesAfterItems,
  wordpressCaptions,
  wholeHtmlTables,
  notesSpans,
  outputElements,
  liascriptSteps,
  mermaidElements,
  liascriptHeader,
} from '../../scripts/stages/directives.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { blocksToUnits } from '../../scripts/stages/units.ts';
import { markdownSlides, slidesShown } from './plans.ts';

describe('fenced boxes and figures', () => {
  it('keeps what a box holds as Markdown, its title as its lead-in, its own code as code, line for line', () => {
    const text = [
      'Before.',
      '',
      '````warn header="Declare the variable first"',
      'Without a variable `user`, `user?.name` throws:',
      '',
      '```js run',
      'user?.name; // ReferenceError',
      '```',
      '````',
      '',
      '```{note} Keep it short',
      ':class: dropdown',
      'Short boxes read better.',
      '```',
      '',
      '```{figure} ../figures/matrix.jpg',
      ':name: fig-matrix',
      '',
      'The reproducibility matrix.',
      '```',
      '',
      '```python',
      'print("a ```{note} in code stays")',
      '```',
    ].join('\n');
    const { text: out, count } = fencedDirectives(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.equal(count, 6);
    assert.match(
      out,
      /^\*\*Declare the variable first\*\*\nWithout a variable `user`, `user\?\.name` throws:\n\n```js run\nuser\?\.name; \/\/ ReferenceError\n```\n$/mu,
    );
    // A box with the dropdown class is folded, as the page folds it: its title the summary, the option line gone.
    assert.match(out, /^<details><summary>Keep it short<\/summary>\n\nShort boxes read better\.\n<\/details>$/mu);
    // A figure's caption of words alone is its picture's description, shown under it.
    assert.match(out, /^!\[The reproducibility matrix\.\]\(<\.\.\/figures\/matrix\.jpg>\)\n\n\n\n$/mu);
    assert.match(out, /```python\nprint\("a ```\{note\} in code stays"\)\n```$/u);
  });

  it('a MyST exercise that holds a directive of its own closes at its fence, not at that directive as a bookdown chunk would', () => {
    const text = [
      '````{exercise}',
      ':label: ex3',
      '',
      'Maximize it numerically.',
      '',
      '```{seealso}',
      'Our lecture on optimization.',
      '```',
      '',
      '````',
      '',
      '````{exercise}',
      ':label: ex4',
      '',
      'Now compute the equilibrium quantity.',
      '',
      '````',
    ].join('\n');
    const { text: out } = fencedDirectives(text);
    assert.doesNotMatch(out, /`{3,}/u);
    assert.match(out, /^\*\*Exercise 1\*\*\nMaximize it numerically\.$/mu);
    assert.match(out, /^\*\*Exercise 2\*\*\nNow compute the equilibrium quantity\.$/mu);
  });

  it("bookdown's theorem chunks are boxes named by their name or kind, ended where knitr ends them", () => {
    const text = [
      '```{theorem sum-rule, name="Sum of Independent Variables"}',
      'Let $X$ and $Y$ be **independent**.',
      '```',
      '',
      '```{proof}',
      'Since $T$ is continuous, we take derivatives.',
      '```',
      '',
      '```{example uniforms}',
      'We convolve the two densities.',
      '',
      '```{r, echo=FALSE, engine="tikz"}',
      '\\draw (0, 0) -- (1, 1);',
      '```',
      '',
      'The integral is 0.',
    ].join('\n');
    const { text: out } = fencedDirectives(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^\*\*Sum of Independent Variables\*\*\nLet \$X\$ and \$Y\$ be \*\*independent\*\*\.$/mu);
    assert.match(out, /^\*\*Proof\*\*\nSince \$T\$ is continuous/mu);
    assert.match(out, /^\*\*Example\*\*\nWe convolve the two densities\.$/mu);
    // The R chunk that opens inside the example is a chunk of its own, closed by the fence after it.
    assert.match(out, /^```\{r, echo=FALSE, engine="tikz"\}\n\\draw \(0, 0\) -- \(1, 1\);\n```$/mu);
    // Through the whole split: the hidden chunk is kept out, the text after it is prose.
    const model = splitMarkdown(`# Sums\n\n## Theory\n\n${text}\n`);
    const shown = model.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    assert.doesNotMatch(shown, /```|\\draw|\{proof\}/u);
    assert.match(shown, /The integral is 0\./u);
    assert.ok(model.sections.flatMap((s) => s.blocks).every((b) => b.kind !== 'code'));
  });

  it("sphinx-lesson's boxes hold Markdown named by their kind, and an instructor's note is for the speaker's notes alone", () => {
    const text = [
      '# Branching',
      '',
      '## Motivation',
      '',
      '```{objectives}',
      '- Be able to create and merge branches.',
      '```',
      '',
      'We tracked a recipe with Git.',
      '',
      '```{instructor-note}',
      'Instructors, please demonstrate how to set this alias.',
      '```',
      '',
      'Up until now there was one branch.',
      '',
    ].join('\n');
    const model = splitMarkdown(text);
    const blocks = model.sections.flatMap((s) => s.blocks);
    assert.ok(
      blocks.every((b) => b.kind !== 'code'),
      JSON.stringify(blocks),
    );
    assert.match(blocks.map((b) => b.text).join('\n'), /\*\*Objectives\*\*\n- Be able to create and merge branches\./u);
    const note = blocks.find((b) => b.text.includes('Instructors, please'));
    assert.equal(note?.folded, true);
    const plan = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const shown = plan.slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(shown, /Instructors, please|Instructor note/u);
    assert.match(plan.slides.map((s) => s.notes).join('\n'), /Instructors, please demonstrate/u);
  });

  it("sphinx-proof's theorems and sphinx-exercise's exercises are boxes titled by their kind", () => {
    const text = [
      '````{prf:theorem}',
      ':label: clt',
      '',
      'If $X_i$ are IID, then',
      '',
      '```{math}',
      'x = 1',
      '```',
      '````',
      '',
      '```{exercise}',
      'Simulate it.',
      '```',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.match(out, /^\*\*Theorem\*\*\nIf \$X_i\$ are IID, then$/mu);
    assert.match(out, /^```\{math\}\nx = 1\n```$/mu);
    assert.match(out, /^\*\*Exercise 1\*\*\nSimulate it\.$/mu);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it('reads boxes written indented inside boxes (sphinx-tabs in a callout) and names the files a {literalinclude} shows', () => {
    const text = [
      '`````{callout} Language-specific instructions',
      '  ````{tabs}',
      '    ```{group-tab} Python',
      '',
      '    The solutions use pytest.',
      '    ```',
      '',
      '   ```{group-tab} R',
      '',
      '    The solutions use testthat.',
      '    ```',
      '  ````',
      '`````',
      '',
      '```````{exercise} Design-1: Design a test',
      '  `````{tabs}',
      '    ````{group-tab} C++',
      '',
      '      ```{literalinclude} code/cpp/factorial.cpp',
      '      :language: C++',
      '      ```',
      '    ````',
      '   `````',
      '```````',
      '',
      '```{code-tab} py',
      'print(1)',
      '```',
      '',
      'After.',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.match(out, /^\*\*Language-specific instructions\*\*$/mu);
    assert.match(out, /^\*\*Python\*\*\nThe solutions use pytest\.$/mu);
    assert.match(out, /^\*\*R\*\*\n ?The solutions use testthat\.$/mu);
    assert.match(out, /^\*\*Design-1: Design a test\*\*$/mu);
    assert.match(out, /^\*\*C\+\+\*\*$/mu);
    assert.match(out, /^\[code\/cpp\/factorial\.cpp\]\(<code\/cpp\/factorial\.cpp>\)$/mu);
    assert.match(out, /^```py\nprint\(1\)\n```$/mu);
    assert.doesNotMatch(out, /\{(?:tabs|group-tab|literalinclude|callout|exercise|code-tab)\}|:language:|````/u);
    assert.match(out, /^After\.$/mu);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it("reads sphinx-exercise's gated exercises: numbered titles over their text, no markers or options shown", () => {
    const text = [
      '```{exercise-start}',
      ':label: ex1',
      '```',
      'Suppose wealth is exponential.',
      '',
      '```{exercise-end}',
      '```',
      '',
      '```{exercise} Fit a Pareto tail',
      'Plot it.',
      '```',
      '',
      '```{exercise-start}',
      ':label: ex3',
      ':nonumber:',
      '```',
      '',
      'Compare the two fits.',
      '```{exercise-end}',
      '```',
    ].join('\n');
    const { text: out, count } = fencedDirectives(text);
    assert.match(out, /^\*\*Exercise 1\*\*\nSuppose wealth is exponential\.$/mu);
    assert.match(out, /^\*\*Fit a Pareto tail\*\*\nPlot it\.$/mu);
    assert.match(out, /^\*\*Exercise\*\*\nCompare the two fits\.$/mu);
    assert.doesNotMatch(out, /exercise-|:label:|:nonumber:|```/u);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.ok(count >= 4);
  });

  it('closes a box of three backticks after the code fences it holds (javascript.info writes them so)', () => {
    const text =
      '```warn header="Write nothing"\nYou may read safely, not write:\n\n```js run\nuser?.name = "John"; // Error\n```\n```\n\n## Summary\n\nThree forms.';
    const out = fencedDirectives(text).text;
    assert.equal(out, '**Write nothing**\nYou may read safely, not write:\n\n```js run\nuser?.name = "John"; // Error\n```\n\n\n## Summary\n\nThree forms.');
  });

  it('closes a box whose fences inside took its closing line where MyST does: with the box left open inside it', () => {
    // A folded box (a dropdown) holds an embed and another folded box that the author never closed: one ```` closes both.
    const text = [
      '````{important} Video',
      ':class: dropdown',
      '```{iframe} https://example.org/v',
      '```',
      '````{tip} Slides',
      ':class: dropdown',
      'The slides of the lecture.',
      '````',
      '',
      'The ladder operators act on the states.',
      '',
      '````{figure} ./ladder.png',
      ':name: ladder',
      '',
      'The ladder of states.',
      '````',
    ].join('\n');
    const out = fencedDirectives(text).text;
    // The rest of the page is read: its figure is a picture, its prose prose.
    assert.match(out, /^!\[The ladder of states\.\]\(<\.\/ladder\.png>\)$|^!\[\]\(<\.\/ladder\.png>\)$/mu);
    assert.doesNotMatch(out, /\{figure\}|:name:/u);
    assert.equal(out.split('\n').filter((l) => l.includes('<details>')).length, 2);
    assert.equal(out.split('\n').filter((l) => l.includes('</details>')).length, 2);
    // Both folded boxes close before the prose after them.
    assert.ok(out.lastIndexOf('</details>') < out.indexOf('The ladder operators'));
    // The same box with its inner box closed reads as it did.
    const closed = fencedDirectives(text.replace('The slides of the lecture.\n````', 'The slides of the lecture.\n````\n````')).text;
    assert.equal(closed.split('\n').filter((l) => l.includes('</details>')).length, 2);
  });

  it('reads a colon-fenced directive whose brace a formatter escaped (":::\\{dropdown}") as the directive', () => {
    const text = ['### Interface', '', ':::\\{dropdown} Full code (`interface.go`)', '', '```go', 'package hashtable', '```', '', ':::', '', 'After.'].join(
      '\n',
    );
    const out = fencedDirectives(text).text;
    assert.doesNotMatch(out, /:::|\\\{|\{dropdown\}/u, out);
    assert.match(out, /<details>/u);
    assert.match(out, /^package hashtable$/mu);
  });

  it("shows MyST's list-table as a table under its name, the rest of its caption after it, its options not shown", () => {
    const text = [
      'The first polynomials:',
      '',
      '````{list-table} **Hermite polynomials**. The first three, with their degree.',
      ':header-rows: 1',
      ':name: t-hermite',
      '',
      '* - $n$',
      '  - $h_n(y)$',
      '* - 0',
      '  - 1',
      '* - 1',
      '  - $2y$',
      '````',
      '',
      'After.',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.match(out, /\*\*Hermite polynomials\*\*\n\n\| \$n\$ \| \$h_n\(y\)\$ \|\n\| --- \| --- \|\n\| 0 \| 1 \|\n\| 1 \| \$2y\$ \|/u);
    assert.match(out, /\n\nThe first three, with their degree\./u);
    assert.doesNotMatch(out, /header-rows|t-hermite|list-table/u);
    // Line for line: what follows keeps its line.
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.equal(out.split('\n').indexOf('After.'), text.split('\n').indexOf('After.'));
  });

  it("shows MyST's {table} as the Markdown table it holds, however its rows are set in, under its caption; other fences stay code", () => {
    const text = [
      'Counts by genotype:',
      '',
      '```{table} Genotype counts',
      ':name: t-counts',
      '   |Genotype | Count |',
      '  |---|---|',
      '   | $A_1A_1$ | 12 |',
      '  ',
      '```',
      '',
      'After.',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.match(out, /^\*\*Genotype counts\*\*\n\n\|Genotype \| Count \|\n\|---\|---\|\n\| \$A_1A_1\$ \| 12 \|$/mu, out);
    assert.doesNotMatch(out, /\{table\}|t-counts|```/u);
    assert.equal(out.split('\n').indexOf('After.'), text.split('\n').indexOf('After.'));
    // One that holds no table is left as written.
    const other = '```{table}\nnot a table\n```\n';
    assert.equal(fencedDirectives(other).text, other);
  });

  it('shows a figure\'s caption without the dash the site sets after its number ("\\- Loss of…", escaped by its author)', () => {
    const text = [
      '```{figure} ../figures/loss.png',
      ':name: figure-4.1',
      '\\- Loss of diversity over time, in the absence of',
      'new mutations.',
      '```',
      '',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.match(out, /^!\[Loss of diversity over time, in the absence of new mutations\.\]\(<\.\.\/figures\/loss\.png>\)$/mu);
    // (A dash that is no separator, "-5 °C at night", stays.)
    assert.match(fencedDirectives(text.replace('\\- Loss', '-5 °C. Loss')).text, /\*?-5 °C\. Loss/u);
  });

  it("shows a MyST link with no text to the page's own target as the site does: a figure's or table's number, an equation's, a heading", () => {
    const text = [
      '(sec-ladder)=',
      '## The ladder',
      '',
      '```{figure} a.png',
      ':name: f-first',
      '```',
      '',
      '```{figure} b.png',
      ':name: f-second',
      '```',
      '',
      '```{math}',
      ':label: e-h',
      'H = p^2',
      '```',
      '',
      'See [](#f-second), [](#e-h), [](#sec-ladder), [](#elsewhere-target) and [the first](#f-first).',
    ].join('\n');
    const numbers = equationNumbers(text);
    const out = mystMarkup(text, (w) => w, numbers, mystTargets(text, numbers));
    assert.match(out, /See Figure 2, \(1\), The ladder, elsewhere target and \[the first\]\(#f-first\)\./u);
    // A figure's name in a block of options between --- lines; {numref} shows Sphinx's "Fig. 2".
    const yaml = text.replace(':name: f-second', '---\nheight: 150px\nname: f-second\n---').replace('See [](#f-second),', 'See {numref}`f-second`,');
    const numbered = equationNumbers(yaml);
    assert.match(
      mystMarkup(yaml, (w) => w, numbered, mystTargets(yaml, numbered)),
      /See Fig\. 2, \(1\)/u,
    );
  });

  it("reads MyST-NB's {glue:figure} as a picture lectern does not have, described by its caption, not a box titled by its key", () => {
    const text =
      '- Speech: the main signal.\n\n```{glue:figure} speechsignal\n:figwidth: 100%\n:name: "plt:speech"\n\nTypical amplitude over time of a speech signal.\n```\n- Music: its sister.';
    const out = fencedDirectives(text).text;
    assert.match(out, /^!\[Typical amplitude over time of a speech signal\.\]\(<speechsignal>\)$/mu);
    assert.doesNotMatch(out, /\*\*speechsignal\*\*|:name:|figwidth/u);
  });

  it("shows d2lbook's references as its site does: a labelled formula's number, a figure's, a section's heading, another page's target in words", () => {
    const text = [
      '## The Model',
      ':label:`subsec_model`',
      '',
      '$$y = w x + b.$$',
      ':eqlabel:`eq_linear`',
      '',
      '![A line through the points.](../img/fit.svg)',
      ':label:`fig_fit`',
      '',
      'In :eqref:`eq_linear` the bias shifts the line (:numref:`fig_fit`, :numref:`subsec_model`); see :numref:`subsec_broadcasting` and :eqref:`eq_other-page`.',
    ].join('\n');
    const numbers = equationNumbers(text);
    const out = mystMarkup(text, () => '', numbers, mystTargets(text, numbers));
    assert.match(out, /^\$\$y = w x \+ b\. \\tag\{1\}\$\$$/mu);
    assert.match(out, /In \(1\) the bias shifts the line \(Fig\. 1, The Model\); see Section broadcasting and Equation other page\./u);
    assert.doesNotMatch(out, /:label:|:eqlabel:|`/u);
  });

  it('shows typography roles as styled text, never code: {sc}, {strong}, {sub}, {sup}, {del}; a code role stays code', () => {
    const text =
      'A {sc}`**heat bath**` is a {sc}`normalization constant that ensures` the sum, H{sub}`2`O, x{sup}`2`, {strong}`bold`, {del}`old`, {kbd}`Ctrl`, {constructor}`x`.';
    const out = mystMarkup(text, () => '', new Map(), new Map());
    assert.equal(out, 'A **heat bath** is a normalization constant that ensures the sum, H<sub>2</sub>O, x<sup>2</sup>, **bold**, ~~old~~, `Ctrl`, `x`.');
  });

  it("reads a MyST figure's options written as a block between --- lines: its alt text, nothing of it as text", () => {
    const text = '```{figure} ../figures/matrix.jpg\n---\nname: matrix\nalt: The reproducibility matrix.\n---\nHow we define it\n```\n\nAfter.';
    const out = fencedDirectives(text).text;
    // (A caption beside alt text is a line in emphasis under the picture, which stays with it.)
    assert.equal(out, '![The reproducibility matrix.](<../figures/matrix.jpg>)\n\n\n\n\n*How we define it*\n\n\nAfter.');
    // (An empty block after a blank line, as a page may leave it: no rule shown, the caption under its picture.)
    const empty = fencedDirectives('```{figure} ../figures/g.png\n\n---\n\n---\nThe density, left.\n```\n\nAfter.').text;
    assert.equal(empty, '![The density, left.](<../figures/g.png>)\n\n\n\n\n\n\n\nAfter.');
    // A figure the site shows in dark mode only is left out; its light twin is the figure.
    const twins = fencedDirectives(
      ['light', 'dark'].map((mode) => `\`\`\`{figure} p_${mode}.svg\n---\nclass: only-${mode}-mode\n---\nThe pointer.\n\`\`\``).join('\n\n'),
    ).text;
    assert.match(twins, /^!\[The pointer\.\]\(<p_light\.svg>\)$/mu);
    assert.doesNotMatch(twins, /p_dark|The pointer\.\n[\s\S]*The pointer/u);
    // A caption with a formula stays the author's Markdown, in emphasis under the picture.
    const formula = fencedDirectives('```{figure} q.png\n:name: q\n\nDistribution of $Q_1$ given $q_2$.\n```\n').text;
    assert.match(formula, /^\*Distribution of \$Q_1\$ given \$q_2\$\.\*$/mu);
  });

  it("shows MyST's roles as the site does and keeps its targets and citations out", () => {
    const dropped: string[] = [];
    const out = mystMarkup('(rr-intro)=\n# Intro\n\nFirst noted in 1992 {cite}`Claerbout1992`, see {ref}`the matrix <fig-matrix>` and {math}`x^2`.', (w) => {
      dropped.push(w);
      return '';
    });
    assert.equal(out, '\n# Intro\n\nFirst noted in 1992 \\[Claerbout1992\\], see the matrix and $x^2$.');
    assert.equal(dropped.length, 1);
    // A citation shows its keys as the site's label ("see, for example, [Woo15]."), one that names the work in the sentence its keys alone.
    assert.equal(
      mystMarkup('See, for example, {cite}`Woo15, AJR01`. {cite:t}`AJR01` show it.', (w) => w),
      'See, for example, \\[Woo15, AJR01\\]. AJR01 show it.',
    );
  });

  it('reads a role after a paragraph with a stray backtick (TeX\'s quotes, "`heterozygosity\'"), never pairing the two across the blank line', () => {
    const text =
      "Haploids are never heterozygous, but we read `heterozygosity' as the chance that two alleles differ.\n\nThis was derived by {cite:t}`kimura1964number` (see {cite:t}`malecot:69`).\n";
    const out = mystMarkup(text, (w) => w);
    assert.match(out, /This was derived by kimura1964number \(see malecot:69\)\./u);
    assert.match(out, /we read `heterozygosity' as/u);
  });

  it("keeps an equation's label after its closing dollars out (the site numbers the equation), not a number the author wrote", () => {
    const math = mystMarkup("Gives\n\n$$ \\begin{align*}\n  y' &= f(y)\n\\end{align*}$$ (derivatives-of-fy)\n\nand $$x$$ (1) here.\n", (w) => w);
    assert.match(math, /\\end\{align\*\}\$\$\n/u);
    assert.match(math, /\$\$x\$\$ \(1\) here/u);
  });

  it('numbers the labelled equations as the site does, with no space before the label too, and shows a reference as the number', () => {
    const page = [
      'Use equation {eq}`cofactor-equation` and {eq}`sum-rule`.',
      '',
      '$$ \\det A = ad - bc, $$(2x2-determinant-equation)',
      '',
      '```{prf:definition} Cofactor',
      '$$ C_{ij} = (-1)^{i+j}M_{ij}. $$(cofactor-equation)',
      '```',
      '',
      '$$ \\begin{align}\na &= b \\\\\nc &= d\n\\end{align} $$ (sum-rule)',
    ].join('\n');
    const numbers = equationNumbers(page);
    assert.deepEqual(
      [...numbers],
      [
        ['2x2-determinant-equation', 1],
        ['cofactor-equation', 2],
      ],
    );
    const out = mystMarkup(page, (w) => w, numbers);
    assert.match(out, /^Use equation \(2\) and sum-rule\.$/mu);
    assert.match(out, /^\$\$ \\det A = ad - bc, {2}\\tag\{1\}\$\$$/mu);
    assert.match(out, /^\$\$ C_\{ij\} = \(-1\)\^\{i\+j\}M_\{ij\}\. {2}\\tag\{2\}\$\$$/mu);
    // An environment that numbers its own rows takes no tag; its label goes.
    assert.match(out, /\\end\{align\} \$\$$/mu);
    assert.doesNotMatch(out, /\(cofactor-equation\)|\(2x2-determinant-equation\)/u);
  });

  it("numbers a math directive's label with the page's other labelled formulas, tags it, and shows its references as the number", () => {
    const page = [
      'The function $g$ from {eq}`solow` is plotted; compare {eq}`second` and {eq}`rows`.',
      '',
      '```{math}',
      ':label: solow',
      '    k_{t+1} = g(k_t)',
      '    \\text{ where } g(k) := s f(k)',
      '```',
      '',
      '$$ a = b $$ (second)',
      '',
      '```{math}',
      ':label: rows',
      '\\begin{aligned} a &= b \\end{aligned}',
      '```',
      '',
      '```{math}',
      'x = 1',
      '```',
      '',
      'A **steady state** for {eq}`solow` is a value.',
    ].join('\n');
    assert.deepEqual(
      [...equationNumbers(page)],
      [
        ['solow', 1],
        ['second', 2],
        ['rows', 3],
      ],
    );
    const out = removeHidden(page, 'markdown').text;
    assert.match(out, /^The function \$g\$ from \(1\) is plotted; compare \(2\) and \(3\)\.$/mu);
    assert.match(out, /^ {4}\\text\{ where \} g\(k\) := s f\(k\) \\tag\{1\}$/mu);
    assert.match(out, /\\end\{aligned\} \\tag\{3\}$/mu);
    assert.match(out, /^A \*\*steady state\*\* for \(1\) is a value\.$/mu);
    // The unlabelled formula takes no number, and no line is added or lost.
    assert.doesNotMatch(out, /x = 1 \\tag/u);
    assert.equal(out.split('\n').length, page.split('\n').length);
    assert.doesNotMatch(out, /:label:|solow/u);
  });

  it("never reads braces inside a code span as a role: a Vim lesson's `q{character}` and `<name>` stay as written", () => {
    const text = '- `q{character}` to start recording a macro in register `{character}`\n- Go to line with `<name>`, then `%s/<person>/{/g`\n';
    assert.equal(
      mystMarkup(text, (w) => w),
      text,
    );
    assert.equal(
      mystMarkup('Then `{x}` and {ref}`the text <t>`.', (w) => w),
      'Then `{x}` and the text.',
    );
  });

  it("shows an extension's role by the words after its bar, and keeps a directive of data (a diagram drawn from JSON) out", () => {
    const roles = mystMarkup("Les {glo}`syslogique|systèmes logiques` et {logicref}`and.x|l'entrée $X$`, {kbd}`Ctrl|C`, {py:func}`a|b`.", (w) => w);
    assert.equal(roles, "Les systèmes logiques et l'entrée $X$, `Ctrl|C`, `a|b`.");
    const text = ['Before.', '', '```{logic}', ':height: 60', ':mode: static', '', '{"v": 3, "gates": [{"type": "AND"}]}', '```', '', 'After.'].join('\n');
    const { text: out, count } = fencedDirectives(text);
    assert.equal(out, ['Before.', '', '', '', '', '', '', '', '', 'After.'].join('\n'));
    assert.equal(count, 1);
    // A directive with options over Markdown is still a box.
    assert.match(fencedDirectives('```{applet}\n:url: x\nTry **this**.\n```').text, /^\*\*Applet\*\*\nTry \*\*this\*\*\.$/mu);
  });

  it('gives an MDX picture the path its module imports, and a required one its path; code is left alone', () => {
    const text = [
      'import chart from "./static/chart.png";',
      'import { pipe } from "fp-ts/function";',
      '',
      '<img src={chart} alt="The chart" />',
      '',
      "<img src={require('./static/b.svg').default} />",
      '',
      '<img src={unknown} />',
      '',
      '```jsx',
      '<img src={chart} />',
      '```',
    ].join('\n');
    const out = mdxImagePaths(text);
    assert.match(out, /^<img src="\.\/static\/chart\.png" alt="The chart" \/>$/mu);
    assert.match(out, /^<img src="\.\/static\/b\.svg" \/>$/mu);
    assert.match(out, /^<img src=\{unknown\} \/>$/mu);
    assert.match(out, /```jsx\n<img src=\{chart\} \/>\n```/u);
    const model = splitMarkdown(`# Deck\n\n## Errors\n\n${text}\n`);
    assert.match(model.sections[0]?.blocks.map((b) => b.text).join('\n') ?? '', /!\[The chart\]\(<?\.\/static\/chart\.png>?\)/u);
  });

  it("shows WordPress's caption shortcode as its picture, described by the caption; code is left alone", () => {
    const text = [
      '[caption id="attachment_248" align="alignright" width="150" caption="Alan Turing, father of computing"][![](http://example.org/turing-150x150.jpg)](http://example.org/turing.jpg)[/caption]',
      '',
      '[caption id="attachment_9" width="300"]![A machine](machine.png) An artist\'s machine[/caption]',
      '',
      '```',
      '[caption id="x"]![](a.png)[/caption]',
      '```',
    ].join('\n');
    const out = wordpressCaptions(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^!\[Alan Turing, father of computing\]\(http:\/\/example\.org\/turing-150x150\.jpg\)$/mu);
    assert.match(out, /^!\[A machine\]\(machine\.png\)$/mu);
    assert.match(out, /```\n\[caption id="x"\]!\[\]\(a\.png\)\[\/caption\]\n```/u);
  });

  it('lets the rest of a lesson after a box be prose again (a fence whose info holds backticks is no code fence of its own)', () => {
    const model = splitMarkdown(
      '# Chaining\n\n## Remark\n\n````warn header="The variable before `?.` must be declared"\nIt throws otherwise.\n````\n\n## Short-circuit\n\nThe rest stops.\n',
    );
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Remark', 'Short-circuit'],
    );
    assert.equal(model.sections[0]?.blocks[0]?.text, '**The variable before `?.` must be declared**\nIt throws otherwise.');
  });
});

describe('a box whose text opens with its title', () => {
  it('says the title once', () => {
    const text = [
      '````{admonition} If you got stuck previously or joined later',
      '  **If you got stuck previously or joined later**,',
      '  you can apply the commands below.',
      '',
      '  ```console',
      '  $ git graph',
      '  ```',
      '````',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.equal(out.match(/If you got stuck/gu)?.length, 1, out);
    assert.match(out, /\*\*If you got stuck previously or joined later\*\*,/u);
  });
});

describe("MyST's topic, with a figure inside it", () => {
  it('is a box titled by its line, its figure a picture, never code', () => {
    const text = [
      '# Optics',
      '',
      '## Absence of stigmatism',
      '',
      '````{topic} The plane dioptre',
      'We see in the simulation that the beam does not converge.',
      '',
      '```{figure} ./images/dioptre.jpg',
      ':name: plan_aberration',
      ':align: center',
      '```',
      '````',
      '',
      'More text.',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks);
    assert.ok(!blocks.some((b) => b.kind === 'code'), JSON.stringify(blocks));
    assert.ok(
      blocks.some((b) => b.kind === 'image' && b.text.includes('./images/dioptre.jpg')),
      JSON.stringify(blocks),
    );
    assert.match(blocks.map((b) => b.text).join('\n'), /\*\*The plane dioptre\*\*/u);
  });
});

describe('definitionItems', () => {
  it("writes MDN's definition lists as one item per term, line for line, code untouched", () => {
    const text = '- `variable`\n  - : Receives a value from the sequence.\n- `iterable`\n  - : An iterable object.\n\n```md\n- a\n  - : b\n```';
    assert.equal(
      definitionItems(text),
      '- `variable`:\n  Receives a value from the sequence.\n- `iterable`:\n  An iterable object.\n\n```md\n- a\n  - : b\n```',
    );
  });
});

describe('spacedPicturePaths', () => {
  it('puts a picture path that holds spaces in angle brackets, so the picture shows as the site shows it; code and links stay', () => {
    assert.equal(
      spacedPicturePaths('See ![Diagram](../img/graphics and vision.png) and ![B](b.png "A title") and [a link](my notes.md).'),
      'See ![Diagram](<../img/graphics and vision.png>) and ![B](b.png "A title") and [a link](my notes.md).',
    );
    const code = '```md\n![x](a b.png)\n```';
    assert.equal(spacedPicturePaths(code), code);
  });
});

describe('formulaPictures', () => {
  it("typesets a formula a service draws from its address (GitHub's render/math, CodeCogs, Google's charts), in its place", () => {
    const github =
      '![F[t+1]](https://render.githubusercontent.com/render/math?math=%5Ccolor%7Bblack%7D%5Cdisplaystyle+F%5B%5Cmathrm%7Bt%7D%2B1%5D%3D%5Cfrac%7Ba%7D%7Bb%7D)';
    assert.equal(formulaPictures(`Compare:\n\n${github}\n\nMore.`), 'Compare:\n\n$$F[\\mathrm{t}+1]=\\frac{a}{b}$$\n\nMore.');
    // In a line of text, inline; CodeCogs' own entities for a space and a plus read as such.
    assert.equal(
      formulaPictures(
        'Weighted by <img src="https://latex.codecogs.com/svg.image?\\frac{a}{b}&space;x&plus;1" /> and ![x](https://latex.codecogs.com/gif.latex?x%5E2).',
      ),
      'Weighted by $\\frac{a}{b} x+1$ and $x^2$.',
    );
    assert.equal(formulaPictures('![](https://chart.googleapis.com/chart?cht=tx&chl=E%3Dmc%5E2)'), '$$E=mc^2$$');
    // An <img> block over lines: displayed on its first line, the lines it took kept.
    const block =
      '<img src=\n"https://render.githubusercontent.com/render/math?math=%5Cbegin%7Balign%2A%7D%0Aa%26%3Db%0A%5Cend%7Balign%2A%7D"\nalt="a = b">\n\nAfter.';
    assert.equal(formulaPictures(block), '$$\\begin{align*} a&=b \\end{align*}$$\n\n\n\nAfter.');
    // Other pictures, code, and a formula with a TeX comment stay as written.
    for (const kept of ['![a](https://example.org/x.png)', '`![c](https://latex.codecogs.com/svg.latex?y)`', '![](https://latex.codecogs.com/svg.latex?a%25b)'])
      assert.equal(formulaPictures(kept), kept);
  });
});

describe('imageAttributes', () => {
  it('takes no line from the document where the attributes go over lines, so that what comes after keeps its line number', () => {
    const text = ['![', 'A Petri dish', '](fig/petri.png){', "alt='Bacteria colony'", '}', '', '## Next', '', 'Text.'].join('\n');
    const out = imageAttributes(text);
    assert.equal(out.split('\n').length, text.split('\n').length, JSON.stringify(out));
    assert.equal(out.split('\n').indexOf('## Next'), 6);
    assert.match(out, /^!\[\nA Petri dish\n\]\(fig\/petri\.png\)\n/u);
    // Inside a paragraph that goes on after them, they part no paragraph: the lines run together there.
    assert.equal(imageAttributes('See ![a dish](fig/petri.png){\nalt="x"\n} and more.\nNext line.'), 'See ![a dish](fig/petri.png) and more.\nNext line.');
  });
  it("drops Pandoc's attributes after a picture or a link, a picture's alt becoming its alt text; code and other braces stay", () => {
    assert.equal(
      imageAttributes('![](fig/conflict.svg){alt=\'A diagram of a conflict\'} and [a link](x.html){target="_blank"} and ![Kept](y.png){.wide}'),
      '![A diagram of a conflict](fig/conflict.svg) and [a link](x.html) and ![Kept](y.png)',
    );
    // A picture described by a link: described by the link's text, its own path kept (an Obsidian embed stays).
    assert.equal(
      imageAttributes('![[Interstellar absorption](https://openstax.org/a#b)](../fig/absorption.jpeg)\n\n![[diagram.png]]'),
      '![Interstellar absorption](../fig/absorption.jpeg)\n\n![[diagram.png]]',
    );
    // After an address that holds a pair of parentheses (a Wikipedia section's).
    assert.equal(
      imageAttributes('i la [__taula__](https://en.wikipedia.org/wiki/Normal_table#Cumulative_(less_than_Z)){:target="_blank"}.'),
      'i la [__taula__](https://en.wikipedia.org/wiki/Normal_table#Cumulative_(less_than_Z)).',
    );
    // kramdown's, with its colon, after a picture inside a sentence.
    assert.equal(
      imageAttributes('Le graphe ![image](data/g.png){: .center .autolight} sera représenté ainsi.'),
      'Le graphe ![image](data/g.png) sera représenté ainsi.',
    );
    // attr_list's with a dot alone before them, which it reads past.
    assert.equal(
      imageAttributes('Voir un [exercice de la BNS](https://example.org/bns/#exercice-242){. target="_blank"}, qui n\'utilise pas le slicing.'),
      "Voir un [exercice de la BNS](https://example.org/bns/#exercice-242), qui n'utilise pas le slicing.",
    );
    // An empty span ("[]{.notes}", a lecture's mark with no text of its own) shows nothing.
    assert.equal(imageAttributes('Before.\n\n[]{.notes}\n\nAfter [it]{.notes} and [ ]{.x}.'), 'Before.\n\n\n\nAfter it and  .');
    // A span whose text wraps with its list item's lines shows its text; not one across a blank line.
    assert.equal(
      imageAttributes('- Virtual machines between [compilers and\n  interpreters]{.notes}\n- [a\n\nb]{.x}'),
      '- Virtual machines between compilers and\n  interpreters\n- [a\n\nb]{.x}',
    );
    const code = 'See `[a](b){c=d}` and f(x){ return 1 } in [text](url){ not attributes }.\n\n```c\n![x](y){alt="z"}\n```';
    assert.equal(imageAttributes(code), code);
  });

  it("drops a code span's class or format, the code as written; braces that are no attributes stay", () => {
    assert.equal(
      imageAttributes('des boucles `pour chaque`{.language-pseudocode} et `tant que`{.language-}, `<b>`{=html} or `f`{#id .c key=v}.'),
      'des boucles `pour chaque` et `tant que`, `<b>` or `f`.',
    );
    // Raw TeX is for the PDF a Pandoc lecture makes: the page shows nothing of it.
    assert.equal(imageAttributes('1.  `git merge topic` `\\newline`{=tex}=\\> no fast forward'), '1.  `git merge topic` =\\> no fast forward');
    const kept = 'A set `S`{ of things } and `x`{y} and\n\n```js\nconst a = `x`{.c};\n```';
    assert.equal(imageAttributes(kept), kept);
  });

  it('drops the attributes of a picture whose caption goes over lines or holds a link, the caption as written', () => {
    const figure =
      '![Diophantine equations can be\nsurprisingly difficult. See this [Quora post](https://www.quora.com/x) for more.](../figure/e.png){#diophantinefig .margin  }';
    assert.equal(imageAttributes(figure), figure.replace('{#diophantinefig .margin  }', ''));
  });

  it('shows a bracketed span as its text, a span inside another too', () => {
    assert.equal(
      imageAttributes('[What is [Quarto]{.blue}]{.r-fit-text} and [Salt Lake City RUG]{style="font-size:0.75em;"}'),
      'What is Quarto and Salt Lake City RUG',
    );
    // Attributes that go on to the next line, as Pandoc allows; not past a blank line.
    assert.equal(
      imageAttributes('[Demo: exceptions.HowMuchTry]{.ex\nhref="https://example.org/HowMuchTry.java"}\n\nNext.'),
      'Demo: exceptions.HowMuchTry\n\nNext.',
    );
    assert.equal(imageAttributes('[a]{.b\n\nc}'), '[a]{.b\n\nc}');
  });
});

describe('mdxStatements', () => {
  it("keeps MDX's import and export lines out, and a sentence that starts with the word", () => {
    const dropped: string[] = [];
    const text =
      "import { Warning } from '../../components/Warning'\nimport Intro from \"./_intro.mdx\";\nexport const meta = { title: 'x' }\n\nImport the data first, then export it from the store.";
    const out = mdxStatements(text, (w) => {
      dropped.push(w);
      return '';
    });
    assert.equal(out, '\n\n\n\nImport the data first, then export it from the store.');
    assert.equal(dropped.length, 3);
  });

  it('keeps several imports on one line out too, as a Docusaurus page may write them', () => {
    const text =
      "import Tabs from '@theme/Tabs'; import TabItem from '@theme/TabItem'; import constants from '@site/core/TabsConstants';\n\nReact runs on React.";
    assert.equal(
      mdxStatements(text, () => ''),
      '\n\nReact runs on React.',
    );
  });
});

describe("MDX's comments and live-code components", () => {
  it("keeps comments out (their lines blank), and shows a component's code in a template literal as a code block, lines kept", () => {
    const text = [
      'Draw a circle:',
      '',
      '<Runner code={`import play',
      '',
      "play.new_circle(color='blue')`} height={300} />",
      '',
      '',
      '{/* Fictional screenshot: a blue circle. */}',
      '',
      'In code it stays: `{/* not a comment here */}`.',
      '',
      '```jsx',
      '<Runner code={`a',
      'b`} />',
      '```',
      '',
      'The end.',
    ].join('\n');
    const comments = mdxComments(text);
    assert.equal(comments.count, 1);
    assert.doesNotMatch(comments.text, /Fictional screenshot/u);
    const live = mdxCodeProperties(comments.text);
    assert.equal(live.count, 1);
    assert.match(live.text, /^```\nimport play\n\nplay\.new_circle\(color='blue'\)\n```$/mu);
    assert.doesNotMatch(live.text.split('```jsx')[0] ?? '', /Runner|height=/u);
    // The code example in a fence is left as written, and every line keeps its number.
    assert.match(live.text, /```jsx\n<Runner code=\{`a\nb`\} \/>\n```/u);
    assert.equal(live.text.split('\n').length, text.split('\n').length);
    assert.equal(live.text.split('\n').indexOf('The end.'), text.split('\n').indexOf('The end.'));
    // Code that holds a run of backticks of its own is fenced with more of them.
    const nested = mdxCodeProperties('<Editor code={`fence = "\\`\\`\\`"\nprint(fence)`} />\n').text;
    assert.match(nested, /^````\nfence = "```"\nprint\(fence\)\n````$/mu, nested);
  });
});

describe("sphinx-design's tabs, grids, cards and dropdowns", () => {
  it('show each tab and card by its title, no option line and no column count, and fold a dropdown into the notes', () => {
    const text = [
      '# Installing',
      '',
      '## Systems',
      '',
      '::::{tab-set}',
      '',
      ':::{tab-item} Linux',
      ':sync: linux',
      '',
      'Run `apt install tool`.',
      ':::',
      '',
      ':::{tab-item} macOS',
      ':sync: mac',
      '',
      'Run `brew install tool`.',
      ':::',
      '',
      '::::',
      '',
      '::::{grid} 2',
      '',
      ':::{grid-item-card} Fast',
      'It runs quickly on any machine.',
      ':::',
      '',
      '::::',
      '',
      '```{dropdown} Show the answer',
      'The answer is 42.',
      '```',
    ].join('\n');
    const deck = planDeck(splitMarkdown(removeHidden(text, 'markdown').text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const shown = deck.slides.map((s) => s.body).join('\n');
    assert.match(shown, /\*\*Linux\*\*/u);
    assert.match(shown, /\*\*macOS\*\*/u);
    assert.match(shown, /\*\*Fast\*\*/u);
    assert.doesNotMatch(shown, /:sync:|\{tab-|\{grid|\*\*2\*\*|:::|The answer is 42/u, shown);
    assert.match(deck.slides.map((s) => s.notes).join('\n'), /The answer is 42/u);
  });
});

describe("Docusaurus's tabs", () => {
  it('show each tab by its label (else its value) as a lead-in over its Markdown, the tags gone, lines kept', () => {
    const text = [
      '<Tabs groupId="os">',
      '  <TabItem value="linux" label="Linux" default>',
      '',
      'Run the installer:',
      '',
      '```bash',
      '<TabItem value="in-code">',
      '```',
      '',
      '  </TabItem>',
      "  <TabItem value='mac'>",
      '',
      'Use Homebrew.',
      '',
      '  </TabItem>',
      '</Tabs>',
    ].join('\n');
    const out = mdxTabs(text);
    assert.equal(out.count, 6);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    assert.match(out.text, /^\*\*Linux\*\*$/mu);
    assert.match(out.text, /^\*\*mac\*\*$/mu);
    assert.match(out.text, /```bash\n<TabItem value="in-code">\n```/u);
    assert.doesNotMatch(out.text.replace(/```bash[\s\S]*?```/u, ''), /<\/?Tabs?|TabItem/u);
  });
});

describe('layoutTables', () => {
  it('shows each cell of a table that sets Markdown side by side under its header name, line for line; other tables stay', () => {
    const text = [
      'How many tuples would the join output?',
      '',
      '<table>',
      '<tr>',
      '  <th>R</th>',
      '  <th>S &amp; T</th>',
      '</tr>',
      '<tr>',
      '<td>',
      '',
      '| A | B |',
      '| --- | --- |',
      '| 1 | 10 |',
      '',
      '</td>',
      '<td>',
      '',
      '| B | C |',
      '| --- | --- |',
      '| 10 | 8 |',
      '',
      '</td>',
      '</tr>',
      '</table>',
      '',
      'After.',
    ].join('\n');
    const out = layoutTables(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^\*\*R\*\*\n\n\| A \| B \|\n\| --- \| --- \|\n\| 1 \| 10 \|\n[\s]*\*\*S & T\*\*\n\n\| B \| C \|/mu, out);
    assert.doesNotMatch(out, /<\/?t[dhr]|<\/?table/u);
    // A table of plain cells is the table it is.
    const plain = '<table>\n<tr><th>a</th><th>b</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>\n';
    assert.equal(layoutTables(plain), plain);
  });
});

describe('pandocGridTables', () => {
  it('makes a grid table of a line a cell a pipe table, line for line; one whose cells hold code stays as drawn, in a code block', () => {
    const text = [
      'Before.',
      '',
      '+------+-------------+',
      '| Name | Meaning     |',
      '+======+=============+',
      '| `a`  | the first   |',
      '|      | letter      |',
      '+------+-------------+',
      '| b    | second \\| x |',
      '+------+-------------+',
      '',
      'After.',
    ].join('\n');
    const out = pandocGridTables(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /\| Name \| Meaning \|\n\| --- \| --- \|\n\| `a` \| the first letter \|\n\| b \| second \\\| x \|/u);
    assert.doesNotMatch(out, /\+---|\+===/u);
    const code = [
      '+---------+---------+',
      '| Java    | C       |',
      '+=========+=========+',
      '| ```java | ```c    |',
      '| try {}  | f();    |',
      '| ```     | ```     |',
      '+---------+---------+',
      '',
    ].join('\n');
    const drawn = pandocGridTables(code);
    assert.ok(drawn.startsWith('```text\n+---------+'), drawn);
    assert.match(drawn, /\+---------\+---------\+\n```\n$/u);
    // In a code block, a table is code: left as it is.
    const fenced = `\`\`\`\n${code}\`\`\`\n`;
    assert.equal(pandocGridTables(fenced), fenced);
    // A closing border that runs across without corners (as pandoc takes it) closes the table all the same.
    const figures = [
      '+:---------------------:+:---------------------:+',
      '|![Minimal.](a.png)     |![Updated.](b.png)     |',
      '+-----------------------+-----------------------+',
      '|Figure 3a. Minimal.    | Figure 3b. Updated.   |',
      '+-----------------------------------------------+',
    ].join('\n');
    assert.match(
      pandocGridTables(figures),
      /^\| {2}\| {2}\|\n\| --- \| --- \|\n\| !\[Minimal\.\]\(a\.png\) \| !\[Updated\.\]\(b\.png\) \|\n\| Figure 3a\. Minimal\. \| Figure 3b\. Updated\. \|\n?$/u,
    );
  });
});

describe('headedDetails', () => {
  it('reads a <details> whose summary is a heading as that section, line for line; one inside it stays folded', () => {
    const text = [
      '<details id=1>',
      '<summary><h2>Step 1: Create a branch</h2></summary>',
      '',
      'A branch is a copy of the code.',
      '',
      '```html',
      '<details><summary><h3>Not a section</h3></summary>',
      '```',
      '',
      '   <details>',
      '   <summary> Expand to see the screenshot.</summary>',
      '   </details>',
      '',
      '</details>',
      '',
      '<details><summary><h3>Step 2: <em>Commit</em> a file</h3></summary>',
      'Commit it.',
      '</details>',
      '',
      '<details>',
      '<summary>Answer</summary>',
      'Forty-two.',
      '</details>',
    ].join('\n');
    const out = headedDetails(text).split('\n');
    assert.equal(out.length, text.split('\n').length);
    assert.deepEqual(out.slice(0, 4), ['', '## Step 1: Create a branch', '', 'A branch is a copy of the code.']);
    // Code is code; a folded box inside the section, and one whose summary is no heading, stay as written.
    assert.equal(out[6], '<details><summary><h3>Not a section</h3></summary>');
    assert.deepEqual(out.slice(9, 14), ['   <details>', '   <summary> Expand to see the screenshot.</summary>', '   </details>', '', '']);
    assert.deepEqual(out.slice(15, 18), ['### Step 2: Commit a file', 'Commit it.', '']);
    assert.deepEqual(out.slice(19), ['<details>', '<summary>Answer</summary>', 'Forty-two.', '</details>']);
  });
});

describe('layoutCommands', () => {
  it('keeps TeX layout commands on lines of their own out, and a backslash in a sentence or a formula', () => {
    const dropped: string[] = [];
    const text = '\\toc\n\nThe lecture starts here.\n\n\\newpage\n  \\vspace{2em}\nA sentence that mentions \\toc in passing, and $\\vspace$.\n\n\\pause\n';
    const out = layoutCommands(text, (w) => {
      dropped.push(w.trim());
      return '';
    });
    assert.equal(out, '\n\nThe lecture starts here.\n\n\n\nA sentence that mentions \\toc in passing, and $\\vspace$.\n\n\n');
    // (Beamer's pause, in a Pandoc lecture written for slides and the web, too.)
    assert.deepEqual(dropped, ['\\toc', '\\newpage', '\\vspace{2em}', '\\pause']);
    // A line of a package's settings for the PDF, its braces nested ("\\color{gray!10}" inside \\lstset's), too.
    const settings = '\\lstset{columns=fullflexible,breaklines=true,basicstyle=\\small\\ttfamily,backgroundcolor=\\color{gray!10}}';
    assert.equal(layoutCommands(`${settings}\n\n# The method\n`, () => '').trim(), '# The method');
  });

  it("shows a reference to a labelled formula in the text as its label, not the command; a formula's own is the formula's", () => {
    const text = 'Evaluating \\eqref{fermi_E2} is arduous; see Figure \\ref{fig-gas}, and $a = \\eqref{x}$ or `\\ref{code}`.';
    assert.equal(
      layoutCommands(text, () => ''),
      'Evaluating (fermi_E2) is arduous; see Figure fig-gas, and $a = \\eqref{x}$ or `\\ref{code}`.',
    );
    const cited = removeHidden(
      '---\ntitle: Gas\n---\n\n# Gas\n\nReading: {% cite Landau:1980aa Pines:1966 --file refs %}.\n\n## References\n\n{% bibliography --cited %}\n',
      'markdown',
    ).text;
    assert.match(cited, /Reading: \\\[Landau:1980aa, Pines:1966\\\]\./u);
  });

  it('keeps a line of empty anchors out, so the picture and caption under it are Markdown; an anchor inside a sentence stays', () => {
    const text = [
      'The occupation number is smooth.',
      '',
      '<a name="FermiN"></a>',
      '![](assets/FermiN.png)',
      '_The smoothed deviation from the Fermi step._',
      '',
      "<span id='later'></span> <a id=next></a>",
      'More text, with <a name="inline"></a> an anchor in it.',
    ].join('\n');
    const out = layoutCommands(text, () => '');
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /\n\n\n!\[\]\(assets\/FermiN\.png\)\n_The smoothed/u);
    assert.doesNotMatch(out, /FermiN"|later|next>/u);
    assert.match(out, /with <a name="inline"><\/a> an anchor/u);
    const model = splitMarkdown(`# Gas\n\n## Landau\n\n${text}\n`);
    assert.ok(
      model.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'image'),
      JSON.stringify(model.sections),
    );
  });

  it("keeps a Quarto lecture's raw TeX out of its prose, and leaves formulas, code and paths as written", () => {
    const text = [
      '- No class on Monday.\\lspace',
      '    - Participation quiz on MyLS\\lspace',
      '- Assignment 1 is due next Wednesday!\\lspace',
      '',
      '\\pspace',
      '',
      'Compare $(AB)^T = B^TA^T$\\lspace with $\\hat\\beta_0$.\\lspace',
      '\\begin{align*}',
      'a &= b\\\\',
      '\\quad',
      '&= c',
      '\\end{align*}\\pause',
      '$$',
      '\\quad x',
      '$$',
      '\\newcommand{\\R}{\\mathbb{R}}',
      'Files live in C:\\Users and \\temp is a word once.',
      '\\quad',
      'Use `\\lspace` in code.',
      'Here \\\\( i = 1 \\dots N \\\\) and $$\\lambda W$$ where $$\\lambda > 1$$, as \\(x \\dots y\\) shows, with $F = A K^{\\alpha}',
      'L^{1-\\alpha}$ and $0 \\leq \\alpha \\leq 1$, $ a = A \\hspace{1cm} b $.',
    ].join('\n');
    const dropped: string[] = [];
    const out = layoutCommands(text, (w) => {
      dropped.push(w.trim());
      return '';
    });
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^- No class on Monday\.$/mu);
    assert.match(out, /^ {4}- Participation quiz on MyLS$/mu);
    assert.match(out, /^- Assignment 1 is due next Wednesday!$/mu);
    assert.match(out, /^Compare \$\(AB\)\^T = B\^TA\^T\$ with \$\\hat\\beta_0\$\.$/mu);
    // (The formula's own lines stay, its spacing too; what follows its end is no part of it.)
    assert.match(out, /a &= b\\\\\n\\quad\n&= c\n\\end\{align\*\}\n\$\$\n\\quad x\n\$\$/u);
    assert.match(out, /^\\newcommand\{\\R\}\{\\mathbb\{R\}\}$/mu);
    assert.match(out, /C:\\Users and \\temp is a word once\./u);
    assert.match(out, /`\\lspace`/u);
    // (Formulas in a line, over two lines, or in escaped delimiters are the formulas'.)
    assert.ok(out.endsWith(text.split('\n').slice(-2).join('\n')), out);
    assert.ok(dropped.includes('\\pspace') && dropped.includes('\\pause') && dropped.includes('\\quad'), dropped.join(' '));
  });

  it("keeps Pandoc's pause (a paragraph of '. . .') out, and an ellipsis inside a paragraph", () => {
    let dropped = 0;
    const text = 'We compute the mean.\n\n. . .\n\nThen the variance.\nShe paused\n. . .\nand went on.';
    const out = layoutCommands(text, () => {
      dropped += 1;
      return '';
    });
    assert.equal(out, 'We compute the mean.\n\n\n\nThen the variance.\nShe paused\n. . .\nand went on.');
    assert.equal(dropped, 1);
  });
});

describe('attribute lists', () => {
  it("keeps kramdown's and attr_list's {: …} out, alone on a line or at its end, and nothing else", () => {
    let dropped = 0;
    const drop = (whole: string): string => {
      dropped += 1;
      return whole.replace(/[^\n]/gu, '');
    };
    const text = [
      '![a](data/BO.png){: .center}',
      'Deadlock prevention is hard.',
      '{:.warning}',
      'Text {: #id} in the middle stays.',
      'A set {a, b} stays.',
    ].join('\n');
    assert.equal(
      attributeLists(text, drop),
      ['![a](data/BO.png)', 'Deadlock prevention is hard.', '', 'Text {: #id} in the middle stays.', 'A set {a, b} stays.'].join('\n'),
    );
    assert.equal(dropped, 2);
  });

  it("keeps attr_list's list with no colon out where it is alone on its line; a line of braces that is text stays", () => {
    const drop = (whole: string): string => whole.replace(/[^\n]/gu, '');
    const text = ['```', 'print(1)', '```', '{ .annotate }', '', '{ #intro .lead data-x="1" }', '{ a, b }', '{x}'].join('\n');
    assert.equal(attributeLists(text, drop), ['```', 'print(1)', '```', '', '', '', '{ a, b }', '{x}'].join('\n'));
  });
});

describe("MyST's colon directives", () => {
  it('closes a directive left open inside another with the outer one, as MyST reads it: boxes, no fence shown', () => {
    const text = [
      '::::{admonition} Question',
      'Why would we expect the rule to hold here?',
      ':::{admonition} Hint',
      ':class: dropdown',
      'Think of the smallest case first.',
      ':::',
      ':::{admonition} Answer',
      ':class: dropdown',
      'Each case adds one more of the same.',
      '::::',
      '',
      'After the question.',
    ].join('\n');
    const model = splitMarkdown(`# T\n\n## A\n\n${text}\n`);
    const blocks = model.sections[0]?.blocks ?? [];
    const all = blocks.map((b) => b.text).join('\n');
    assert.ok(!/`{3,}|:::|\{admonition\}/u.test(all), all);
    assert.ok(!blocks.some((b) => b.kind === 'code'), blocks.map((b) => b.kind).join(' '));
    assert.match(all, /Each case adds one more of the same\./u);
    assert.equal(blocks[blocks.length - 1]?.text, 'After the question.');
  });

  it('reads ::::::{prf:example} as a box titled by its kind, its :label: kept out, and :::{math} as a display formula', () => {
    const text = [
      '::::::{prf:example}',
      ':label: Ex:Toy',
      '',
      'In {numref}`Figure %s <Fig:Toy>` a model moves people, as {prf:ref}`the theorem <Thm:A>` says.',
      '',
      ':::{math}',
      ':label: Eq:Toy',
      '',
      'x_{k+1} = M x_k',
      '',
      ':::',
      '',
      '::::::',
      '',
      'After.',
    ].join('\n');
    const model = splitMarkdown(`# T\n\n## A\n\n${text}\n`);
    const blocks = model.sections[0]?.blocks ?? [];
    const all = blocks.map((b) => b.text).join('\n');
    assert.ok(!all.includes(':label:') && !all.includes(':::') && !all.includes('prf:'), all);
    assert.match(all, /\*\*Example\*\*/u);
    assert.match(all, /In Figure a model moves people, as the theorem says\./u);
    const formula = blocks.find((b) => b.kind === 'math');
    assert.equal(formula?.text, '$$\nx_{k+1} = M x_k\n$$');
    assert.equal(blocks[blocks.length - 1]?.text, 'After.');
  });

  it("keeps out a content tab's marker with nothing under it (its content a file the site includes)", () => {
    const text =
      'Here is a Dockerfile:\n\n=== "Version 3.14"\n{% include "templates/dockerfile.md" %}\n=== "Version 3.13"\n{% include "templates/dockerfile.md" %}\n\nAfter.\n';
    const out = mkdocsAdmonitions(text);
    assert.doesNotMatch(out.text, /===|Version 3/u);
    assert.equal(out.count, 2);
  });

  it('reads an icon written as a text directive as the arrow it draws, or nothing; code keeps it', () => {
    assert.equal(iconDirectives('Port 100: host:100 :mdi[arrow-right] login :fa[check]{.green} done `:mdi[x]`'), 'Port 100: host:100 → login  done `:mdi[x]`');
  });

  it('reads Markdown inside an element with a markdown attribute inside another such element', () => {
    const text =
      'Click below:\n\n<div class="text-center" markdown="1">\n<div class="mx-1" markdown="1">\n[The link](https://example.org)\n</div>\n</div>\n\nAfter.\n';
    assert.match(markdownInHtml(text), /^\[The link\]\(https:\/\/example\.org\)$/mu);
    assert.doesNotMatch(markdownInHtml(text), /<div/u);
  });

  it('reads a figure of an embedded page ({iframe-figure}) as a link to it over its caption, never its address as a label', () => {
    const text = [
      '# Kalman',
      '',
      '## Gain',
      '',
      '````{iframe-figure} ../_static/elements/gaussian.html',
      ':name: Gaussian_inference',
      ':aspectratio: 1 / 1',
      '',
      'The update relies on three variables: the prior uncertainty, the error, and the value.',
      '````',
    ].join('\n');
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks.map((b) => b.text));
    assert.deepEqual(blocks, [
      '[gaussian.html](<../_static/elements/gaussian.html>)',
      'The update relies on three variables: the prior uncertainty, the error, and the value.',
    ]);
  });

  it('reads any directive written with colons: a dropdown box folded, an embedded video a link, a card without its header rule, no option shown', () => {
    const text = [
      '::::{note} Lecture Video',
      ':class: dropdown',
      '',
      ':::{iframe} https://www.youtube.com/embed/abc',
      ':width: 100%',
      ':title: "Lecture 05.1"',
      ':::',
      '',
      'Until 9:36',
      '::::',
      '',
      ':::{figure} images/c-heap.png',
      ':label: fig-c-heap',
      ':alt: "The heap"',
      '',
      'The heap grows up.',
      ':::',
      '',
      ':::{card} Allocate a struct',
      '^^^',
      'Use `malloc`.',
      ':::',
      '',
      '::: {.callout-note}',
      'A Quarto callout stays a fenced div.',
      ':::',
    ].join('\n');
    const blocks = splitMarkdown(`# T\n\n## A\n\n${text}\n`).sections[0]?.blocks ?? [];
    const all = blocks.map((b) => b.text).join('\n');
    assert.ok(!/:class:|:width:|:title:|:label:|:alt:|\^\^\^|:::|\{iframe\}/u.test(all), all);
    assert.ok(
      blocks.filter((b) => /Lecture 05\.1|Until 9:36/u.test(b.text)).every((b) => b.folded === true),
      JSON.stringify(blocks),
    );
    assert.match(all, /\[Lecture 05\.1\]\(<https:\/\/www\.youtube\.com\/embed\/abc>\)/u);
    assert.match(all, /!\[The heap\]\(<images\/c-heap\.png>\)/u);
    assert.match(all, /\*\*Allocate a struct\*\*/u);
    assert.match(all, /A Quarto callout stays a fenced div\./u);
  });
});

describe('other MyST directives with options', () => {
  it('reads a fence like ```{applet} whose body opens with its options as a box named by its kind, not code; a code cell stays code', () => {
    const text = [
      '```{applet}',
      ':url: eigenvalue_eigenvector/no_eigenvector',
      ':class: dark-light',
      '',
      'To be or not to be (an eigenvector).',
      '```',
      '',
      '```{contents} Contents',
      ':depth: 2',
      '```',
      '',
      '```{code-block} python',
      ':linenos:',
      'x = 1',
      '```',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.match(out, /^\*\*Applet\*\*$/mu);
    assert.ok(!out.includes(':url:') && !out.includes('```{applet}'), out);
    assert.match(out, /```\{code-block\} python\n:linenos:\nx = 1\n```/u);
    // A {contents} directive is the site's table of contents: no slide shows it.
    const model = splitMarkdown('# T\n\n## A\n\n```{contents} Contents\n:depth: 2\n```\n\nText.\n');
    assert.deepEqual(
      model.sections[0]?.blocks.map((b) => b.text),
      ['Text.'],
    );
  });
});

describe("Pandoc's speaker notes (::: notes)", () => {
  it('go to the notes, never the slide, closed by colons or, left open, by the next heading', () => {
    const text = [
      '# Talk',
      '',
      '## Photos',
      '',
      'Do these photos solve our problems?',
      '',
      '::: notes',
      '',
      'Say that a box of photos keeps the whole history.',
      '',
      '## Pigeons',
      '',
      'To work together we send photos by pigeon.',
      '',
      '::: {.notes}',
      'Mention the cost of the pigeons.',
      ':::',
      '',
      'Every photo is a version.',
      '',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 't.md', fileName: 't.md', format: 'markdown', author: 'T' }).value.slides;
    const photos = slides.find((s) => s.title === 'Photos');
    const pigeons = slides.find((s) => s.title === 'Pigeons');
    assert.ok(photos && pigeons, slides.map((s) => s.title).join(' | '));
    assert.doesNotMatch(photos.body, /box of photos|notes/u);
    assert.match(photos.notes, /a box of photos keeps the whole history/u);
    assert.doesNotMatch(pigeons.body, /cost of the pigeons|:::/u);
    assert.match(pigeons.notes, /Mention the cost of the pigeons\./u);
    assert.match(pigeons.body, /Every photo is a version\./u);
  });

  it('keep the headings they hold, closed by colons: no slide begins inside them', () => {
    const text = [
      '# Talk',
      '',
      '## Conflicts',
      '',
      '```',
      '<<<<<<< HEAD:story.txt',
      'once upon a time',
      '=======',
      'long ago',
      '>>>>>>> topic:story.txt',
      '```',
      '',
      '::: notes',
      '# Resolving a conflict',
      '',
      'Edit the file by hand, then:',
      '',
      '1)  Remove the markers',
      '2)  Add the file to the index',
      ':::',
      '',
      '## Rebasing',
      '',
      'Move a branch onto another.',
      '',
    ].join('\n');
    const slides = planDeck(splitMarkdown(text), { file: 't.md', fileName: 't.md', format: 'markdown', author: 'T' }).value.slides;
    assert.deepEqual(
      slides.filter((s) => s.layout === 'section').map((s) => s.title),
      ['Conflicts', 'Rebasing'],
    );
    const conflicts = slides.find((s) => s.title === 'Conflicts');
    assert.doesNotMatch(conflicts?.body ?? '', /Resolving|markers|Edit the file/u);
    assert.match(conflicts?.notes ?? '', /Resolving a conflict[\s\S]*Remove the markers/u);
  });
});

describe('kramdownFenceClasses', () => {
  it("makes a code block's class on the line after it ({: .language-bash}, {: .output}) its info string, in a quotation too, never over one it has", () => {
    const text = [
      '~~~',
      '$ wc -l *.pdb',
      '~~~',
      '{: .language-bash}',
      '',
      '~~~',
      '  20  cubane.pdb',
      '~~~',
      '{: .output}',
      '',
      '> ~~~',
      '> SELECT 1;',
      '> ~~~',
      '> {: .sql}',
      '',
      '```python',
      'x = 1',
      '```',
      '{: .output}',
      '',
      'Text.',
      '{: .callout}',
    ].join('\n');
    const out = kramdownFenceClasses(text).split('\n');
    assert.equal(out[0], '~~~bash');
    assert.equal(out[5], '~~~output');
    assert.equal(out[10], '> ~~~sql');
    assert.equal(out[15], '```python');
    assert.deepEqual(
      out.filter((_, i) => ![0, 5, 10].includes(i)),
      text.split('\n').filter((_, i) => ![0, 5, 10].includes(i)),
      'every other line as written',
    );
  });

  it('keeps a command with its output on a slide, as kramdown marks them', () => {
    const model = splitMarkdown(
      [
        '# Shell',
        '',
        '## Counting',
        '',
        'Run:',
        '',
        '~~~',
        '$ wc -l *.pdb',
        '~~~',
        '{: .language-bash}',
        '',
        '~~~',
        '  20  cubane.pdb',
        '~~~',
        '{: .output}',
        '',
      ].join('\n'),
    );
    const blocks = model.sections[0]?.blocks ?? [];
    assert.match(blocks[1]?.text ?? '', /^~~~bash\n\$ wc -l \*\.pdb\n~~~$/u);
    assert.match(blocks[2]?.text ?? '', /^~~~output\n/u);
  });

  it("keeps a block marked {: .error} or {: .warning} as code, the output it is, not a box's text", () => {
    const model = splitMarkdown(
      [
        '# Errors',
        '',
        '## Dividing',
        '',
        'We divide:',
        '',
        '~~~',
        'total = 1 / count',
        '~~~',
        '{: .language-python}',
        '',
        '~~~',
        'ZeroDivisionError                  Traceback (most recent call last)',
        '/tmp/session/cell.py in <module>',
        '----> 1 total = 1 / count',
        '',
        'ZeroDivisionError: division by zero',
        '~~~',
        '{: .error}',
        '',
        '~~~',
        'Warning: NAs introduced by coercion',
        '~~~',
        '{: .warning}',
        '',
      ].join('\n'),
    );
    const blocks = model.sections[0]?.blocks ?? [];
    assert.equal(blocks[2]?.kind, 'code');
    assert.match(blocks[2]?.text ?? '', /^~~~output\nZeroDivisionError {18}Traceback[^\n]*\n\/tmp\/session\/cell\.py in <module>\n/u);
    assert.equal(blocks[3]?.kind, 'code');
    assert.match(blocks[3]?.text ?? '', /^~~~output\nWarning: NAs/u);
  });
});

describe("MkDocs' admonitions", () => {
  it('content tabs are boxes titled by their label; boxes and tabs nest, and a folded box ending in code closes after it', () => {
    const text = [
      '!!! question "Lesson"',
      '',
      '    === "Task"',
      '',
      '        Send yourself an email.',
      '',
      '        - ask for the server',
      '          - and the user',
      '',
      '    === "Solution"',
      '',
      '        ??? tip "Compact client"',
      '',
      '            Needs a local server.',
      '',
      '            ``` python',
      '            import smtplib',
      '            ```',
      '',
      '        ??? tip "TLS client"',
      '',
      '            Needs your password.',
      '',
      'After.',
    ].join('\n');
    const out = mkdocsAdmonitions(text);
    assert.equal(out.count, 5);
    // Nothing left indented as code, no marker shown.
    assert.doesNotMatch(out.text, /^ {4}|===|\?\?\?|!!!/mu);
    assert.match(out.text, /^\*\*Task\*\*\n\nSend yourself an email\.\n\n- ask for the server\n {2}- and the user$/mu);
    // The first folded box's code fence closes before its </details>, so the second box is read too.
    assert.match(out.text, /<summary>Compact client<\/summary>\n[\s\S]*?``` python\nimport smtplib\n```\n\n<\/details>/u);
    assert.match(out.text, /<details><summary>TLS client<\/summary>\n[\s\S]*?Needs your password\.\n\n<\/details>/u);
    assert.match(out.text, /\nAfter\.$/u);
  });

  it('reads a marker written without its space and one with class names after its kind, as Python-Markdown does', () => {
    const text = ['???example "Exemple"', '    Graphe :', '', '    $$x$$', '', '!!! danger highlight "Attention"', '    Pas de circuit.', '', 'Après.'].join(
      '\n',
    );
    const out = mkdocsAdmonitions(text);
    assert.equal(out.count, 2);
    assert.doesNotMatch(out.text, /^ {4}|\?\?\?|!!!/mu);
    assert.match(out.text, /<details><summary>Exemple<\/summary>\n[\s\S]*?Graphe :/u);
    assert.match(out.text, /\*\*Attention\*\*\n+Pas de circuit\./u);
  });

  it('reads a marker with a title in quotes and nothing indented under it as a box of its title alone', () => {
    const text = [
      '### Threads',
      '',
      '!!! warning "This part is long, so do it last."',
      '',
      'When working with real data, jobs take long.',
      '',
      '??? what now',
    ].join('\n');
    const out = mkdocsAdmonitions(text);
    assert.equal(out.count, 1);
    assert.match(out.text, /^\*\*This part is long, so do it last\.\*\*\n\nWhen working with real data, jobs take long\.\n\n\?\?\? what now$/mu);
  });

  it('!!! is a box whose indented block is Markdown under its title; ??? is folded away into a <details>', () => {
    const text = [
      '!!! note "Comment faire la recherche ?"',
      '    Si on cherche notre élément **à la main**, on parcourt la liste.',
      '',
      '    ```python',
      '    x in liste',
      '    ```',
      '',
      '??? success "Correction"',
      '    La réponse est `dict`.',
      '',
      'Après.',
      '',
      '```text',
      '!!! note "in code"',
      '```',
    ].join('\n');
    const out = mkdocsAdmonitions(text);
    assert.equal(out.count, 2);
    assert.match(
      out.text,
      /^\*\*Comment faire la recherche \?\*\*\nSi on cherche notre élément \*\*à la main\*\*, on parcourt la liste\.\n\n```python\nx in liste\n```$/mu,
    );
    assert.match(out.text, /^<details><summary>Correction<\/summary>\n\nLa réponse est `dict`\.\n\n<\/details>$/mu);
    assert.match(out.text, /```text\n!!! note "in code"\n```/u);
    // A line that only starts like a marker, with nothing indented under it, is text.
    assert.deepEqual(mkdocsAdmonitions('??? what\nnext line'), { text: '??? what\nnext line', count: 0 });
    // In a deck: the box's text on a slide, the correction only in the notes.
    const model = splitMarkdown(`# Dictionnaires\n\n## Recherche\n\n${out.text}`);
    const blocks = model.sections.flatMap((s) => s.blocks);
    assert.ok(blocks.some((b) => b.text.includes('Si on cherche') && !b.folded));
    assert.ok(blocks.filter((b) => b.text.includes('La réponse')).every((b) => b.folded));
  });

  it('the content tabs of a set at the margin where one holds sections of its own are sections, those a level down', () => {
    const text = [
      '## Learning outcomes',
      '',
      'Log in first.',
      '',
      '=== "Cloud server"',
      '',
      '    ## Exercises',
      '',
      '    ### First login',
      '',
      '    Copy the link into your browser.',
      '',
      '=== "Docker"',
      '',
      '    ## Material',
      '',
      '    Install Docker.',
      '',
      '=== "Python"',
      '',
      '    A tab of text is a box.',
    ].join('\n');
    const out = mkdocsAdmonitions(text).text;
    assert.match(out, /^## Cloud server\n\n### Exercises\n\n#### First login\n\nCopy the link into your browser\.$/mu);
    assert.match(out, /^## Docker\n\n### Material$/mu);
    // The set's other tabs too, a tab of text among them: the ways through the page are named alike.
    assert.match(out, /^## Python\n\nA tab of text is a box\.$/mu);
    assert.match(mkdocsAdmonitions('=== "Python"\n\n    A tab of text is a box.\n').text, /^\*\*Python\*\*$/mu);
    const model = splitMarkdown(out);
    assert.ok(
      model.sections.some((s) => s.heading === 'Exercises'),
      model.sections.map((s) => s.heading).join(' | '),
    );
    assert.ok(!model.sections.flatMap((s) => s.blocks).some((b) => /Cloud server/u.test(b.text)));
  });

  it("keeps a folded box's title's code as code (```sqliteonline.com```), not backticks shown as text", () => {
    const text = '# T\n\n## En ligne\n\nIntro.\n\n??? abstract "1. En ligne avec ```sqliteonline.com``` "\n    - Rendez-vous sur le site\n    - Cliquez\n';
    const blocks = splitMarkdown(text).sections.flatMap((s) => s.blocks.map((b) => b.text));
    assert.ok(blocks.includes('**1\\. En ligne avec `sqliteonline.com`**'), JSON.stringify(blocks));
  });
});

describe("PyMdown's blocks", () => {
  it('turn `/// kind | Title` … `///` into a box with its title, fold `/// details`, drop the options, and leave code alone', () => {
    const text = [
      '/// note | Before you start',
      '',
      'Install the package first.',
      '',
      '///',
      '',
      '/// warning',
      '    type: danger',
      '',
      'Never run this as root.',
      '',
      '///',
      '',
      '/// details | The answer',
      '',
      'It is 42.',
      '',
      '///',
      '',
      '```text',
      '/// note | inside code',
      '///',
      '```',
    ].join('\n');
    const out = pymdownBlocks(text);
    assert.equal(out.count, 3);
    const lines = out.text.split('\n');
    assert.ok(lines.includes('**Before you start**'), out.text);
    // The title stands right over the box's first text, as its lead-in, on the blank line that was there (the text keeps its line).
    assert.match(out.text, /\*\*Before you start\*\*\nInstall the package first\./u);
    assert.deepEqual(lines.slice(0, 3), ['', '**Before you start**', 'Install the package first.']);
    assert.ok(lines.includes('**Warning**'), out.text);
    assert.ok(!out.text.includes('type: danger'), out.text);
    assert.match(out.text, /<details><summary>The answer<\/summary>\n\n\nIt is 42\.\n\n\n<\/details>/u);
    assert.ok(out.text.includes('```text\n/// note | inside code\n///\n```'), 'code keeps its lines');
    assert.ok(!lines.slice(0, 19).some((l) => l.trim() === '///'), out.text);
    // Nothing to do without a marker; a marker without a closing line is text.
    assert.deepEqual(pymdownBlocks('a // b'), { text: 'a // b', count: 0 });
    assert.deepEqual(pymdownBlocks('/// note\nno end'), { text: '/// note\nno end', count: 0 });
  });
});

describe("Obsidian's wikilinks", () => {
  it('show a link as its text or alias, and an embed as a picture of the file with its alias as caption, code untouched', () => {
    assert.equal(wikiLinks('See [[Locks]] and [[Semaphores|the semaphore note]].'), 'See Locks and the semaphore note.');
    assert.equal(wikiLinks('Read [[Locks#Fairness]].'), 'Read Locks › Fairness.');
    assert.equal(wikiLinks('![[slides-w04.pdf#page=52&rect=1,2,3,4|Week 4, p.52]]'), '![Week 4, p.52](<slides-w04.pdf>)');
    assert.equal(wikiLinks('![[diagrams/history.png]]'), '![history.png](<diagrams/history.png>)');
    assert.equal(wikiLinks('![[photo.jpg|300]]'), '![photo.jpg](<photo.jpg>)');
    // An embedded note (no file's extension, or a .md) is its name: no picture of a file that is none.
    assert.equal(wikiLinks('## CRT\n![[chinese remainder theorem (CRT)]]'), '## CRT\nchinese remainder theorem (CRT)');
    assert.equal(wikiLinks('![[Notes/Week 2.md|week two]]'), 'week two');
    assert.equal(wikiLinks('`[[not a link]]` and\n```\n[[kept]]\n```'), '`[[not a link]]` and\n```\n[[kept]]\n```');
    // TOML front matter's tables of tables are data.
    const toml = '+++\ntitle = "SSA"\n[[extra.videos]]\nname = "ssa"\n+++\n\nSee [[Notes]].';
    assert.equal(wikiLinks(toml), '+++\ntitle = "SSA"\n[[extra.videos]]\nname = "ssa"\n+++\n\nSee Notes.');
  });
});

describe("mdbook-admonish's boxes", () => {
  it('are boxes titled by their title, else their kind; the fence and its settings are no text', () => {
    const { text, count } = fencedDirectives(
      '~~~admonish warning title="NO SHAMING!"\nWe need to be both professional and understanding.\n~~~\n\n```admonish tip\nUse `mock` objects.\n```\n',
    );
    // The title leads the box's first paragraph (the line over it).
    assert.match(text, /^\*\*NO SHAMING!\*\*\nWe need to be both professional and understanding\.$/mu);
    assert.match(text, /^\*\*Tip\*\*\nUse `mock` objects\.$/mu);
    assert.doesNotMatch(text, /admonish|~~~|```/u);
    assert.equal(count, 4);
  });
});

describe("Python-Markdown's md_in_html", () => {
  it("reads what an element with a markdown attribute holds as Markdown, at the tag's indentation; code is left alone", () => {
    const text =
      'Before.\n\n    <figure markdown="span">\n        ![](./assets/pic.png){width=75%}\n    </figure>\n\n```html\n<div markdown="1">\n*x*\n</div>\n```\n';
    assert.equal(markdownInHtml(text), 'Before.\n\n\n    ![](./assets/pic.png){width=75%}\n\n\n```html\n<div markdown="1">\n*x*\n</div>\n```\n');
    // An element without the attribute is HTML, as written.
    assert.equal(markdownInHtml('<figure>\n![](a.png)\n</figure>\n'), '<figure>\n![](a.png)\n</figure>\n');
  });

  it('reads Markdown inside a presentational wrapper on lines of its own (`<small>` over a link), as Pandoc does; HTML inside stays', () => {
    assert.equal(
      markdownInHtml('![](hammer.jpg)\n\n<small>\n(photo by [Marco Verch](https://example.org/p/1))\n</small>\n'),
      '![](hammer.jpg)\n\n\n(photo by [Marco Verch](https://example.org/p/1))\n\n',
    );
    assert.equal(markdownInHtml('<center>\n<img src="a.png">\n</center>\n'), '<center>\n<img src="a.png">\n</center>\n');
  });

  it('reads a displayed formula inside a <div> of its own as the formula MathJax typesets there; other divs stay HTML', () => {
    const formula = '$$\nn! \\coloneqq \\begin{cases}\n1 &\\text{si } n=1\\\\\nn \\cdot (n-1)! &\\text{sinon }\n\\end{cases}\n$$';
    assert.equal(markdownInHtml(`Then:\n\n<div>\n${formula}\n</div>\n\nNext.`), `Then:\n\n\n${formula}\n\n\nNext.`);
    const other = '<div class="note">\n$$x$$ and <b>more</b>\n</div>\n\n<div>\nText, not a formula.\n</div>\n';
    assert.equal(markdownInHtml(other), other);
  });
});

describe('definition lists (Pandoc, PHP Markdown Extra, MkDocs)', () => {
  const text = [
    '# Fruit',
    '',
    '## Kinds',
    '',
    'Apple',
    ':   Pomaceous fruit of plants of the genus Malus.',
    '',
    '    It grows on trees in orchards.',
    '',
    'Orange',
    '',
    ':   A citrus fruit.',
    ':   Also a colour.',
    '',
    '<!-- md:option type:note -->',
    '',
    ':   !!! note',
    '',
    '        Lorem ipsum dolor sit amet.',
    '',
    '```',
    'Key',
    ':   not a definition in code',
    '```',
    '',
  ].join('\n');

  it('makes each term an item of a term list with its definitions, and leaves a definition whose term the page hides at the margin', () => {
    const out = definitionLists(text);
    assert.match(out, /^- \*\*Apple\*\*: Pomaceous fruit of plants of the genus Malus\.$/mu, out);
    // A term in bold, over a blank line, with code set in under its definition.
    const exercise = definitionLists('**Exercise**\n\n:   Compile the following program:\n\n    ```c\n    int main() {}\n    ```\n\nAfter.');
    assert.equal(exercise, '- **Exercise**: Compile the following program:\n\n\n\n  ```c\n  int main() {}\n  ```\n\nAfter.');
    assert.match(out, /^ {2}It grows on trees in orchards\.$/mu, out);
    assert.match(out, /^- \*\*Orange\*\*: A citrus fruit\.$/mu, out);
    assert.match(out, /^ {2}Also a colour\.$/mu, out);
    assert.match(out, /^!!! note$/mu, out);
    assert.match(out, /^Key\n: {3}not a definition in code$/mu, out);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it("leaves a table written without its outer pipes and Pandoc's caption under it as they are", () => {
    const table = [
      'Model | ACF | PACF |',
      '|------|------|------|',
      'MA($q$) | Zero after lag $q$ | Exponential decay |',
      'ARMA | Mixed decay | Mixed decay |',
      '',
      ': Summary of the models {#tbl-arma}',
    ].join('\n');
    assert.equal(definitionLists(table), table);
    // A term with a pipe in a code span is a term.
    assert.match(definitionLists('`a | b`\n: The pipe between two commands.'), /^- \*\*`a \| b`\*\*: The pipe/u);
  });

  it('sets a definition that is a displayed formula under its term in bold, the formula a block of its own', () => {
    const steps = [
      'Reemplazando obtenemos:',
      '',
      'Primera vuelta del ciclo',
      ': $$',
      'T(n) = T(2^{k-1}) + c',
      '$$',
      '',
      'Vuelta $i$ del ciclo',
      ': $$',
      'T(n) = T(2^{k-i}) + i \\, c',
      '$$',
      '',
      'entonces para $i = k$',
      '',
    ].join('\n');
    const out = definitionLists(steps);
    assert.equal(out.split('\n').length, steps.split('\n').length);
    assert.match(out, /^\*\*Primera vuelta del ciclo\*\*\n\$\$\nT\(n\) = T\(2\^\{k-1\}\) \+ c\n\$\$$/mu, out);
    assert.match(out, /^\*\*Vuelta \$i\$ del ciclo\*\*\n\$\$$/mu, out);
    const blocks = splitMarkdown(`## Pasos\n\n${out}`).sections[0]?.blocks.map((b) => b.kind);
    assert.deepEqual(blocks, ['paragraph', 'paragraph', 'math', 'paragraph', 'math', 'paragraph']);
  });

  it('shows no colon marker: the terms lead their points, and an admonition inside a definition is a box', () => {
    const deck = planDeck(splitMarkdown(removeHidden(text, 'markdown').text), { file: 'f.md', fileName: 'f.md', format: 'markdown', author: 'T' }).value;
    const shown = deck.slides.map((s) => s.body).join('\n');
    assert.doesNotMatch(shown.replace(/```[\s\S]*?```/gu, ''), /^\s*(?:- )?:\s/mu, shown);
    assert.doesNotMatch(shown, /!!! note/u, shown);
    assert.match(shown, /\*\*Apple\*\*/u, shown);
    assert.match(shown, /Lorem ipsum/u, shown);
  });
});

describe('lines that open with a symbol for a bullet', () => {
  it('are a list: two or more under one another, on their own or under a lead-in; the symbol kept, code and a sentence that goes on left alone', () => {
    const text = [
      '**Problems without dlt:**',
      '',
      '❌ **Schema management is manual** – If the schema changes, you update tables by hand.',
      '❌ **No automatic retries** – If the network fails, data may be lost.',
      '',
      'What it brings:',
      '✅ Schemas that follow the data',
      '✅ Retries',
      '',
      'A sentence that goes on',
      '→ over two lines',
      '→ as one paragraph',
      '',
      '✅ alone',
      '',
      '```',
      '✅ code',
      '✅ code',
      '```',
    ].join('\n');
    const out = symbolLists(text);
    assert.match(out, /^- ❌ \*\*Schema management is manual\*\*/mu, out);
    assert.match(out, /^- ❌ \*\*No automatic retries\*\*/mu, out);
    assert.match(out, /^What it brings:\n- ✅ Schemas that follow the data\n- ✅ Retries$/mu, out);
    assert.match(out, /^→ over two lines$/mu, out);
    assert.match(out, /^✅ alone$/mu, out);
    assert.match(out, /^✅ code\n✅ code$/mu, out);
    assert.equal(out.split('\n').length, text.split('\n').length);
    // Each item a point of its own on the slide.
    const deck = planDeck(splitMarkdown(removeHidden(`# Pipelines\n\n## Loading data\n\n${text}\n`, 'markdown').text), {
      file: 'p.md',
      fileName: 'p.md',
      format: 'markdown',
      author: 'T',
    }).value;
    const shown = deck.slides.map((s) => s.body).join('\n');
    assert.match(shown, /No automatic retries/u, shown);
  });
});

describe('a p5.js sketch embedded in a page', () => {
  it('is a listing in JavaScript, its code as written; another script is still dropped', () => {
    const page = 'Drawing a point:\n\n<script type="text/p5" data-height="400">\nfunction draw() {\n  point(100, 200);\n}\n</script>\n\nAfter.';
    const out = sketchScripts(page);
    assert.equal(out, 'Drawing a point:\n\n```js\nfunction draw() {\n  point(100, 200);\n}\n```\n\nAfter.');
    assert.equal(sketchScripts('<script>\nalert(1)\n</script>'), '<script>\nalert(1)\n</script>');
    const shown = removeHidden(`# Sketches\n\n${page}\n`, 'markdown').text;
    assert.match(shown, /^```js\nfunction draw\(\) \{$/mu);
  });
});

describe("GitHub's pictures for dark mode only", () => {
  it('are left out beside their light twins, whose mark goes from the address', () => {
    assert.equal(
      darkModePictures(
        '![Logo](logo-light.png#gh-light-mode-only)\n![Logo](logo-dark.png#gh-dark-mode-only)\n<img src="d.svg#gh-dark-mode-only" alt="x"> text',
      ),
      '![Logo](logo-light.png)\n\ntext',
    );
    const shown = removeHidden('# Tool\n\n![Logo](a.png#gh-light-mode-only)\n![Logo](b.png#gh-dark-mode-only)\n\nText.\n', 'markdown').text;
    assert.doesNotMatch(shown, /b\.png|#gh-/u);
    assert.match(shown, /!\[Logo\]\(a\.png\)/u);
  });
});

describe("Pandoc's citations", () => {
  it('show as Pandoc shows a reference it cannot find, the sentence kept; links, reference links, code and addresses left alone', () => {
    const text =
      'Use linear regression [@hellevik2009linear; @gomila2021logistic]. See [@doe99, p. 33] and [see @smith04, chap. 1]. A [@user](https://x.org) link, `[@code]`, [text], [@ref][1] and [me@x.org].';
    assert.equal(
      pandocCitations(text),
      'Use linear regression (hellevik2009linear; gomila2021logistic). See (doe99, p. 33) and (see smith04, chap. 1). A [@user](https://x.org) link, `[@code]`, [text], [@ref][1] and [me@x.org].',
    );
    const deck = planDeck(splitMarkdown(removeHidden(`# Models\n\n## Regression\n\n${text}\n`, 'markdown').text), {
      file: 'r.Rmd',
      fileName: 'r.Rmd',
      format: 'markdown',
      author: 'T',
    }).value;
    const shown = deck.slides.map((s) => `${s.body}\n${s.notes}`).join('\n');
    assert.doesNotMatch(shown, /\[@hellevik/u, shown);
    assert.match(shown, /\(hellevik2009linear; gomila2021logistic\)/u, shown);
  });

  it('show a key cited in a sentence without its @ where the text cites so in brackets too; a handle or an address stays', () => {
    const text = 'See [@Parr2010, p. 142].\n\n-   @Mogensen2017: Kapitel 3\n-   as @doe99 shows; ping @user, mail me@x.org, `@Parr2014`';
    assert.equal(pandocCitations(text), 'See (Parr2010, p. 142).\n\n-   Mogensen2017: Kapitel 3\n-   as doe99 shows; ping @user, mail me@x.org, `@Parr2014`');
    // A README's "@Mogensen2017" with no citation in brackets anywhere is the author's text.
    assert.equal(pandocCitations('-   @Mogensen2017: Kapitel 3'), '-   @Mogensen2017: Kapitel 3');
    const shown = removeHidden(`# Wrap-Up\n\nText [@Parr2010].\n\n\`\`\`js\nx\n\`\`\`\n\n::: readings\n-   @Mogensen2017: Kapitel 3\n:::\n`, 'markdown').text;
    assert.match(shown, /^- {3}Mogensen2017: Kapitel 3$/mu, shown);
  });
  it("reads a book's own directive whose body is prose (````{intermezzo} Historical context) as a box titled by its argument, with the figures it holds; one whose body is code stays code", () => {
    const text = [
      '````{intermezzo} Historical context',
      '',
      'Lorentz did not derive the transformation that now has his name (with help from [Poincaré](https://www.google.com/search?q=poincare)), based on the axioms.',
      '',
      '```{figure} ../images/HendrikLorentz.png',
      ':width: 50%',
      '',
      'Hendrik Lorentz (1853-1928).',
      '```',
      '',
      'Before the idea spread, Lorentz thought about the transformation as a fix.',
      '````',
      '',
      '```{widget}',
      'render(counter, { start: 0 });',
      '```',
      '',
      '```{toml}',
      'name = "my project here"',
      '```',
      '',
      '```{sql}',
      'SELECT name FROM users',
      '```',
    ].join('\n');
    const out = fencedDirectives(text).text;
    assert.ok(!out.includes('````{intermezzo}'), out);
    assert.match(out, /Historical context/u);
    assert.match(out, /!\[[^\]]*\]\(<?\.\.\/images\/HendrikLorentz\.png>?\)/u);
    assert.match(out, /```\{widget\}\nrender\(counter, \{ start: 0 \}\);\n```/u);
    assert.match(out, /```\{toml\}\nname = "my project here"\n```/u);
    assert.match(out, /```\{sql\}\nSELECT name FROM users\n```/u);
  });
  it("reads d2lbook's roles written as Sphinx writes them: labels kept out, citations as references, cross-references as their target", () => {
    const text = [
      '# Linear Regression',
      ':label:`sec_linear_regression`',
      '',
      'Dating back to the 19th century :cite:`Legendre.1805,Gauss.1809`, regression flows from a few assumptions.',
      'We invoke :citet:`Russell.Norvig.2016` who pointed out that airplanes were inspired by birds.',
      '',
      '$$\\mathrm{price} = w \\cdot \\mathrm{area} + b.$$',
      ':eqlabel:`eq_price-area`',
      '',
      'Broadcasting (:numref:`subsec_broadcasting`) applies here.',
      '',
      ':begin_tab:`pytorch`',
      'The PyTorch version is shorter.',
      ':end_tab:',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.doesNotMatch(out, /:label:|sec_linear_regression|:eqlabel:|eq_price-area|:begin_tab:|:end_tab:/u);
    assert.match(out, /19th century \(Legendre\.1805, Gauss\.1809\), regression/u);
    assert.match(out, /We invoke Russell\.Norvig\.2016 who/u);
    assert.match(out, /Broadcasting \(Section broadcasting\) applies/u);
    assert.match(out, /The PyTorch version is shorter\./u);
  });
});

describe('tagLines', () => {
  it("keeps a note's line of tags out (a nested tag, or two), and a heading written without its space, and tags in a sentence", () => {
    const dropped: string[] = [];
    const text = '#COMP20111-DNAOS/memory-management\n# Memory Management\n#os #lecture\n#Introduction\nWe tag notes #os and #lecture.\n#1 of 3';
    const out = tagLines(text, (w) => {
      dropped.push(w);
      return '';
    });
    assert.equal(out, '\n# Memory Management\n\n#Introduction\nWe tag notes #os and #lecture.\n#1 of 3');
    assert.deepEqual(dropped, ['#COMP20111-DNAOS/memory-management', '#os #lecture']);
  });
});

describe('headingAttributes', () => {
  it("drops Pandoc's attributes from a heading in a quote or list item; one of attributes alone is titled by the box's kind and title, else dropped", () => {
    const dropped: string[] = [];
    const text = [
      '> ### { .recap }',
      '> * A point',
      '',
      '> ### {.theorem title="Uncomputability of  QIS" #QIS-thm}',
      '> ## Proof {#pf .unnumbered}',
      '> It holds.',
      '',
      '- ### Step {-}',
      "### {.exercise title='Floor' #floor}",
      '### {.proofidea data-ref="QIS-thm"}',
      '> ### {.unnumbered}',
      '### Margin {#m}',
      '> Set `{x}` in braces {like this}',
      '',
      '> ### {.recap}',
      '* The recap, after its box',
    ].join('\n');
    const out = headingAttributes(text, (w) => {
      dropped.push(w);
      return '';
    });
    assert.deepEqual(out.split('\n'), [
      '> ### Recap',
      '> * A point',
      '',
      '> ### Theorem (Uncomputability of QIS)',
      '> ## Proof',
      '> It holds.',
      '',
      '- ### Step',
      '### Exercise (Floor)',
      '### Proof idea',
      '>',
      '### Margin {#m}',
      '> Set `{x}` in braces {like this}',
      '',
      '### Recap',
      '* The recap, after its box',
    ]);
    assert.deepEqual(dropped, ['> ### {.unnumbered}']);
  });

  it('leaves no attributes on a slide', () => {
    const text =
      '# Part\n\nThe proof ends here.\n\n> ### {.theorem title="Halting" #h}\n> No program decides halting.\n\n> ### {.unnumbered}\n> * Uncomputable functions include some of number theory.\n> * Sound proof systems miss some truths.\n';
    const deck = planDeck(splitMarkdown(removeHidden(text, 'markdown').text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const shown = deck.slides.map((s) => s.body).join('\n');
    assert.doesNotMatch(shown, /unnumbered|\{/u);
    assert.match(shown, /Theorem \(Halting\)/u);
    assert.match(shown, /Uncomputable functions/u);
  });
});

describe('a reference to a target by its name alone', () => {
  it('shows the kind and the name in words, as the site shows the kind and number, not the name ("Fig:Series:GeometricSeries")', () => {
    const text =
      'As {numref}`Fig:Series:GeometricSeries` shows, and {prf:ref}`Thm:Series:GeneralTerm` proves (see {ref}`sec_intro`, {numref}`fig:chx3_timedilation2.svg` and {numref}`Figure %s <fig-a>`).';
    assert.equal(
      mystMarkup(text, () => ''),
      'As Figure Geometric Series shows, and Theorem General Term proves (see Section intro, Figure and Figure).',
    );
  });

  it('shows the kind and the words before it where the name ends with its kind ("dot-product-figure", a Jupyter Book\'s)', () => {
    const text = 'where θ is the angle ({numref}`dot-product-figure`), as in {ref}`geometric-dot-product-equation`; {ref}`intro-notes` stays.';
    assert.equal(
      mystMarkup(text, () => ''),
      'where θ is the angle (Figure dot product), as in Equation geometric dot product; intro-notes stays.',
    );
  });
});

describe('an admonition whose title is in doubled quotes', () => {
  it('is still a box titled by it (an author\'s slip: !!! example ""How to add a development dependency"), not a line of text', () => {
    const text = '!!! example ""How to add a development dependency: `pytest`"\n\n    This adds it under the dev group.\n';
    const out = mkdocsAdmonitions(text).text;
    assert.doesNotMatch(out, /!!!/u);
    assert.match(out, /How to add a development dependency: `pytest`/u);
    assert.match(out, /^This adds it under the dev group\.$/mu);
  });
});

describe("Pandoc's simple tables", () => {
  it('are pipe tables, headerless ones between two rules with a header of empty cells, line for line; code and headings stay', () => {
    const headerless = [
      'The variables are:',
      '',
      '  ------------------ ---------------------------------------------',
      "  `H.Age`            Husband's current age (in years)",
      '  `H.Age.Marriage`   Husband | age when first married',
      '  ------------------ ---------------------------------------------',
      '',
      'After.',
    ].join('\n');
    const out = pandocSimpleTables(headerless);
    assert.equal(out.split('\n').length, headerless.split('\n').length);
    assert.ok(
      out.includes("|  |  |\n| --- | --- |\n| `H.Age` | Husband's current age (in years) |\n| `H.Age.Marriage` | Husband \\| age when first married |\n"),
      out,
    );
    const headed = [
      '  Right     Left     Default',
      '-------     ------   -------',
      '     12     12        12',
      '    123     123       123',
      '',
      'Table: numbers.',
    ].join('\n');
    assert.equal(
      pandocSimpleTables(headed),
      ['| Right | Left | Default |', '| --- | --- | --- |', '| 12 | 12 | 12 |', '| 123 | 123 | 123 |', '', 'Table: numbers.'].join('\n'),
    );
    // A setext heading, a break, a fenced block and a line whose words run across the columns stay as they are.
    const other = [
      'Title',
      '-----',
      '',
      'text',
      '',
      '--- ---',
      '',
      '```',
      '  ---- ----',
      '  a    b',
      '  ---- ----',
      '```',
      '',
      '---- ----',
      'a long line of words',
      '---- ----',
    ].join('\n');
    assert.equal(pandocSimpleTables(other), other);
    // Planned, the table is a table on a slide, its empty header not a row.
    const slides = planDeck(splitMarkdown(`# Data\n\n## Variables\n\n${headerless}\n`), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value.slides;
    assert.ok(
      slides.some((s) => s.body.includes('| `H.Age` | Husband')),
      slides.map((s) => s.body).join('\n---\n'),
    );
  });
});

describe("LaTeX's listings in Markdown written for a PDF", () => {
  it('are code blocks in their language, their caption a line over them, the float round them gone; fences stay', () => {
    const text = [
      'Common theories describe strings.',
      '',
      '\\begin{lstfloat}',
      '  \\begin{lstlisting}[language=c, label=lst:foo, caption={A simple function in \\textsc{C} \\autocite{key}, see \\passthrough{\\lstinline!foo()!}.}]',
      'void foo(int a) {',
      '    int x = 0;',
      '}',
      '  \\end{lstlisting}',
      '\\end{lstfloat}',
      '',
      '\\begin{minted}{python}',
      'print("hi")',
      '\\end{minted}',
      '',
      '```latex',
      '\\begin{verbatim}',
      'kept as written',
      '\\end{verbatim}',
      '```',
    ].join('\n');
    const out = latexListings(text);
    assert.match(out, /^A simple function in C, see `foo\(\)`\.\n\n```c\nvoid foo\(int a\) \{\n {4}int x = 0;\n\}\n```$/mu);
    assert.match(out, /^```python\nprint\("hi"\)\n```$/mu);
    assert.doesNotMatch(out, /lstfloat|lstlisting|minted/u);
    assert.match(out, /```latex\n\\begin\{verbatim\}\nkept as written\n\\end\{verbatim\}\n```/u);
  });
});

describe("Quarto's folded callouts and VitePress's details", () => {
  it('are a <details> titled by their title, their heading or their kind; an open callout and code stay as written', () => {
    const text = [
      '::: {.callout-tip collapse="true"}',
      '## Expand to see the answer',
      '',
      'The answer is 42.',
      '',
      '::: {.callout-note}',
      'Inside.',
      ':::',
      ':::',
      '',
      "::: {.callout-warning collapse=true title='Careful'}",
      'Mind the gap.',
      ':::',
      '',
      '::: {.callout-note collapse="false"}',
      'Open.',
      ':::',
      '',
      '```md',
      '::: {.callout-tip collapse="true"}',
      '```',
    ].join('\n');
    const out = foldedCallouts(text);
    assert.match(out, /^<details><summary>Expand to see the answer<\/summary>\n+The answer is 42\.\n\n::: \{\.callout-note\}\nInside\.\n:::\n\n<\/details>$/mu);
    assert.match(out, /^<details><summary>Careful<\/summary>\n\nMind the gap\.\n\n<\/details>$/mu);
    assert.match(out, /^::: \{\.callout-note collapse="false"\}\nOpen\.\n:::$/mu);
    assert.match(out, /```md\n::: \{\.callout-tip collapse="true"\}\n```/u);
    // VitePress's details container, titled or not.
    const vitepress = foldedCallouts('::: details Click me\nThe secret.\n:::\n\n::: details\nAnother.\n:::\n');
    assert.match(vitepress, /^<details><summary>Click me<\/summary>\n\nThe secret\.\n\n<\/details>$/mu);
    assert.match(vitepress, /^<details><summary>Details<\/summary>\n\nAnother\.\n\n<\/details>$/mu);
  });
});

describe("speaker notes set in under a list's item", () => {
  it('go to notes of their own after the list, their lines at the margin, and no marker stays in the item', () => {
    const text = [
      '-   Likelihood:',
      '    -   a term',
      '',
      '        ::: notes',
      '        -   Variante mit Laplace:',
      '            $x$',
      '        :::',
      '',
      '-   Next',
      '',
      'After.',
    ].join('\n');
    const out = foldedCallouts(text);
    assert.equal(
      out,
      [
        '-   Likelihood:',
        '    -   a term',
        '',
        '',
        '-   Next',
        '',
        '',
        '<details><summary></summary>\n',
        '-   Variante mit Laplace:',
        '    $x$',
        '\n</details>',
        '',
        'After.',
      ].join('\n'),
    );
    // Two items' notes: both after the list, in their order.
    const two = foldedCallouts(
      ['-   A', '', '    ::: notes', '    First.', '    :::', '', '-   B', '', '    ::: notes', '    Second.', '    :::', '', 'After.'].join('\n'),
    );
    assert.match(
      two,
      /^- {3}A\n+- {3}B\n+<details><summary><\/summary>\n\nFirst\.\n\n<\/details>\n+<details><summary><\/summary>\n\nSecond\.\n\n<\/details>\n+After\.$/u,
    );
    // Unclosed at their indentation, they stay as written.
    const open = ['-   A', '', '    ::: notes', '    The rest.', '', 'After.'].join('\n');
    assert.equal(foldedCallouts(open), open);
  });
});

describe('mdxMath', () => {
  it("shows a math component's formula, from a property or its text, as display or inline math, line for line", () => {
    const text = [
      'A set is a collection of items enclosed in curly braces:',
      '',
      '<DisplayMath formula="\\{1, 2, 3\\}" />',
      '',
      'The membership operator <InlineMath math="a \\in A" /> tests it, and so does',
      '<BlockMath math={String.raw`\\frac{a}{b}`} />',
      '<BlockMath>{`x^2 \\\\ y`}</BlockMath>',
      '<Equation',
      '  formula={"e^{i\\\\pi} + 1 = 0"}',
      '/>',
      '<DisplayMath formula={compute(x)} />',
      '```jsx',
      '<DisplayMath formula="kept as code" />',
      '```',
      'Write `<InlineMath math="x" />` to show one.',
    ].join('\n');
    const out = mdxMath(text);
    assert.equal(out.count, 5);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    assert.match(out.text, /^\$\$\\\{1, 2, 3\\\}\$\$$/mu);
    assert.match(out.text, /operator \$a \\in A\$ tests/u);
    assert.match(out.text, /^\$\$\\frac\{a\}\{b\}\$\$$/mu);
    // (A template literal's escapes are read: `\\\\` in it is one backslash.)
    assert.match(out.text, /^\$\$x\^2 \\ y\$\$$/mu);
    assert.match(out.text, /^\$\$e\^\{i\\pi\} \+ 1 = 0\$\$$/mu);
    // (A formula an expression computes is not read; code shows as written.)
    assert.match(out.text, /<DisplayMath formula=\{compute\(x\)\} \/>/u);
    assert.match(out.text, /```jsx\n<DisplayMath formula="kept as code" \/>\n```/u);
    assert.match(out.text, /Write `<InlineMath math="x" \/>` to show one\./u);
  });

  it('reads the formulas inside a component that frames text, as it reads those outside', () => {
    const text = [
      '<DefinitionBox term="Bipartite Graph">',
      '',
      'Two disjoint sets <InlineMath formula="U" /> and <InlineMath formula="W" />, of sizes <InlineMath formula="m" /> and <InlineMath formula="n" />.',
      '',
      '<DisplayMath formula="m \\cdot n" />',
      '',
      '</DefinitionBox>',
    ].join('\n');
    const out = mdxMath(text);
    assert.equal(out.count, 5);
    assert.match(out.text, /sets \$U\$ and \$W\$, of sizes \$m\$ and \$n\$\./u);
    assert.match(out.text, /^\$\$m \\cdot n\$\$$/mu);
    assert.match(out.text, /^<DefinitionBox term="Bipartite Graph">$/mu);
  });

  it('reaches the slide through the planner', () => {
    const text =
      '# Sets\n\n## Introducing sets\n\nA set is a collection of items enclosed in curly braces:\n\n<DisplayMath formula="\\{1, 2, 3\\}" />\n\nThat looks a lot like a tuple.\n';
    const deck = planSource(readDocument('sets.mdx', Buffer.from(text)), { file: 'sets.mdx', fileName: 'sets.mdx', format: 'markdown' }).plan;
    const slide = deck.slides.find((s) => s.title === 'Introducing sets');
    assert.match(slide?.body ?? '', /\$\$\\\{1, 2, 3\\\}\$\$/u);
  });
});

describe('mdxTitledComponents', () => {
  it("shows the name a component gives what it frames in bold on its opening tag's line", () => {
    const text = [
      '<DefinitionBox term="Set (Informal)">',
      '',
      'A set is an unordered collection.',
      '',
      '</DefinitionBox>',
      '<Callout title={"Careful"}>',
      'Text.',
      '</Callout>',
      '<Note title="never closed">',
      '<Card title="alone" />',
    ].join('\n');
    const out = mdxTitledComponents(text);
    assert.equal(out.count, 2);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    assert.match(out.text, /^\*\*Set \(Informal\)\*\*$/mu);
    assert.match(out.text, /^\*\*Careful\*\*$/mu);
    assert.match(out.text, /<Note title="never closed">/u);
    assert.match(out.text, /<Card title="alone" \/>/u);
  });
});

describe("an MDX page's quiz: components indented under components, their words in properties in braces", () => {
  const question = (n: number, options: string[]): string[] => [
    `    <Quiz question={"Question ${n}: which kind of crime do the police never record?"} topic={crimeData}>`,
    ...options.flatMap((o, k) => [
      `        <QuizOption label={"Option ${n}.${k + 1}: ${o}"} isCorrect={${k === 1}}>`,
      ...(k === 0 ? [`            No, that holds for self-report studies ${n}.`] : []),
      '        </QuizOption>',
      '',
    ]),
    '    </Quiz>',
  ];
  const text = [
    '---',
    'title: Criminology test',
    '---',
    "import { Quiz, QuizOption, QuizFilter } from '@site/src/components/Quiz';",
    '',
    'export const crimeData = "Crime and its data"',
    '',
    '<QuizFilter>',
    ...question(1, ['latent crime', 'registered crime', 'neither']),
    ...question(2, ['surveys', 'statistics']),
    '</QuizFilter>',
    '',
  ].join('\n');

  it("reads each question as a heading over its options as items, never as code, and an option's feedback as notes", () => {
    const deck = planSource(readDocument('quiz.mdx', Buffer.from(text)), { file: 'quiz.mdx', fileName: 'quiz.mdx', format: 'markdown' }).plan;
    const all = deck.slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(all, /<Quiz|QuizOption|```|isCorrect/u, all);
    const first = deck.slides.find((s) => s.title.startsWith('Question 1'));
    assert.ok(first, deck.slides.map((s) => s.title).join(' | '));
    assert.match(first.body, /^- Option 1\.1: latent crime$/mu, first.body);
    assert.match(first.body, /^- Option 1\.3: neither$/mu, first.body);
    assert.doesNotMatch(first.body, /self-report/u);
    assert.match(first.notes, /No, that holds for self-report studies 1\./u);
    assert.ok(deck.slides.some((s) => s.title.startsWith('Question 2')));
    // The first question is no subtitle.
    assert.notEqual(deck.meta.subtitle, 'Question 1: which kind of crime do the police never record?');
  });
});

describe("a component's name over what it frames, on a slide it names", () => {
  it('is said once, in the title, its parenthesis too', () => {
    const para = (n: number): string =>
      `Paragraph ${n}: a collection of items in curly braces looks a lot like a tuple, just with other brackets, but it obeys two rules of its own that change how it behaves.`;
    const text = `# Sets\n\n## Introducing Sets\n\n${[1, 2, 3, 4].map(para).join('\n\n')}\n\n<DefinitionBox term="Set (Informal)">\n\nA **set** is an unordered collection of distinct elements. Two rules distinguish sets from tuples:\n\n1. **No ordering**: elements have no position.\n2. **No duplicates**: each element appears at most once.\n\n</DefinitionBox>\n\n${para(5)}\n`;
    const deck = planSource(readDocument('sets.mdx', Buffer.from(text)), { file: 'sets.mdx', fileName: 'sets.mdx', format: 'markdown' }).plan;
    const named = deck.slides.find((s) => s.title.includes('Set (Informal)'));
    assert.ok(named, deck.slides.map((s) => s.title).join(' | '));
    assert.doesNotMatch(named.body, /^\*\*Set \(Informal\)\*\*/u, named.body);
  });
});

describe('a picture at the margin right under a list item', () => {
  it("stands under the list, not in the item's line (a blank line before it); one set in under the item, or in code, stays", () => {
    assert.equal(picturesAfterItems('- first\n- third item\n![](figs/sync.png)\n\nText.'), '- first\n- third item\n\n![](figs/sync.png)\n\nText.');
    assert.equal(picturesAfterItems('1. step one\n   goes on\n![w:700](a.png) ![](b.png)'), '1. step one\n   goes on\n\n![w:700](a.png) ![](b.png)');
    assert.equal(picturesAfterItems('- item\n  ![](in-item.png)'), '- item\n  ![](in-item.png)');
    assert.equal(picturesAfterItems('A paragraph\n![](p.png)'), 'A paragraph\n![](p.png)');
    assert.equal(picturesAfterItems('```\n- item\n![](code.png)\n```'), '```\n- item\n![](code.png)\n```');
  });

  it("is set in to the item's text where the item goes on below it, its own list a list and the picture shown after the item", () => {
    const text = [
      '# Spirals',
      '',
      '## Activities',
      '',
      '1. Draw the spiral of squares with a loop.',
      '',
      '2. To draw it you probably used a loop, so your program is **iterative**. The spiral is a square, then a smaller spiral:',
      '![spiral of squares](spiral2.png)',
      'So we could define a spiral as made of (complete):',
      '',
      '    * a first square',
      '    * and a smaller spiral',
      '',
      '3. Build the spiral recursively.',
    ].join('\n');
    const out = picturesAfterItems(text).split('\n');
    assert.equal(out.length, text.split('\n').length);
    assert.equal(out[7], '   ![spiral of squares](spiral2.png)');
    const slides = markdownSlides(text);
    const shown = slidesShown(slides);
    assert.doesNotMatch(shown, /```/u, shown);
    assert.match(shown, /^ +[-*] a first square$/mu, shown);
    assert.match(shown, /!\[spiral of squares\]\(spiral2\.png\)/u, shown);
    assert.match(shown, /^3\. Build the spiral/mu, shown);
  });

  it('is set under a numbered item where its list goes on after it, so the steps after it keep their numbers', () => {
    const text = ['1. Clone it.', '1. Log in', '    - details', '![demo](a.gif)', '', '1. Browse it.', '1. Done.'].join('\n');
    assert.deepEqual(picturesAfterItems(text).split('\n'), [
      '1. Clone it.',
      '1. Log in',
      '    - details',
      '',
      '   ![demo](a.gif)',
      '',
      '1. Browse it.',
      '1. Done.',
    ]);
    const units = blocksToUnits(splitMarkdown(`# T\n\n## Steps\n\n${text}\n`).sections[0]?.blocks ?? [], 'markdown');
    assert.deepEqual(
      units.filter((u) => u.kind === 'point').map((u) => u.markdown.slice(0, 3)),
      ['1. ', '2. ', '3. ', '4. '],
    );
  });
});

describe('an HTML table with blank lines between its cells', () => {
  it("is one table, not a point per cell: its cells of plain text, a diagram's source in a <div> too", () => {
    const text =
      '# T\n\n## Derivation\n\nWe scan the rules from top to bottom.\n\n<table>\n<tr>\n<th> Rule </th> <th> Tree </th> <th> Symbols </th>\n</tr>\n<tr> <td> (5) </td>\n\n<td>\n<div class="mermaid">\ngraph\n  J-->LB["{"]\n</div>\n</td>\n\n<td>\n <u>{ </u> NS }\n</td>\n\n</tr>\n</table>\n\n## Next\n\nMore.\n';
    assert.equal(wholeHtmlTables(text).split('\n').length, text.split('\n').length);
    const blocks = splitMarkdown(text).sections.find((s) => s.heading === 'Derivation')?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['paragraph', 'table'],
      JSON.stringify(blocks),
    );
    assert.match(blocks[1]?.text ?? '', /^\| Rule \| Tree \| Symbols \|$/mu);
    // (Not one whose cells hold Markdown between blank lines, as a README writes them on purpose.)
    const marked = '<table>\n<tr><td>\n\n**Install** it with `npm`\n\n</td></tr>\n</table>\n';
    assert.equal(wholeHtmlTables(marked), marked);
  });

  it("is one table when its rows after a blank line are set in as the tags round them are (a Jekyll post's figure table)", () => {
    const text = [
      '<table>',
      '    <tr>',
      '        <td align="center">a)</td>',
      '    </tr>',
      '',
      '    <tr>',
      '        <td align="justify">',
      '        Figure 2: the mean and variance \\(\\sigma_1\\) of each dimension.',
      '          </td>',
      '    </tr>',
      '</table>',
      '',
      'After it.',
    ].join('\n');
    const whole = wholeHtmlTables(text);
    assert.equal(whole.split('\n').length, text.split('\n').length);
    // No blank line inside the table: CommonMark reads it as one HTML block, none of its rows as indented code.
    const rows = (whole.split('</table>')[0] ?? '').split('\n').slice(0, -1);
    assert.ok(
      rows.every((l) => l.trim() !== ''),
      whole,
    );
  });
});

describe("Pandoc's spans of speaker notes", () => {
  it('are never on a slide: a paragraph of one is a block of notes, one in a sentence a note of its slide ("[möglich]{.notes}")', () => {
    const text = [
      '# Compilers',
      '',
      '## Uses',
      '',
      '- DSL as a bridge between stakeholders',
      '- Faster programming [(think of',
      '  CoffeeScript ...)]{.notes}',
      '- Deeper study at a university [possible]{.notes} :-)',
      '',
      '[For example, this Markdown snippet becomes ...]{.notes}',
      '',
      '```',
      'Some *text*',
      '```',
      '',
      '`[kept]{.notes}` in code stays.',
      '',
    ].join('\n');
    assert.match(notesSpans('a [b]{.notes} c'), /^a\^\[b\] c$/u);
    assert.match(notesSpans('[whole]{.notes}'), /^::: notes\nwhole\n:::$/u);
    // One that opens a list's item leaves the item an item: the space after its marker stays.
    assert.equal(
      notesSpans('1.  [Neuen Branch erstellen:]{.notes} `git branch wuppie`\n2.  [Auschecken:]{.notes} `git switch wuppie`'),
      '1.  ^[Neuen Branch erstellen:] `git branch wuppie`\n2.  ^[Auschecken:] `git switch wuppie`',
    );
    // (A paragraph of one span right after a code block is notes too, not a footnote's marker alone on the slide.)
    assert.equal(
      notesSpans('```yacc\nstart : stat+ ;\n```\n\n[The grammar]{.notes}\n\nAfter.'),
      '```yacc\nstart : stat+ ;\n```\n\n::: notes\nThe grammar\n:::\n\nAfter.',
    );
    const planned = planSource(readDocument('c.md', Buffer.from(text)), { file: 'c.md', fileName: 'c.md', format: 'markdown' });
    const bodies = planned.plan.slides.map((s) => s.body).join('\n');
    const notes = planned.plan.slides.map((s) => s.notes).join('\n');
    assert.doesNotMatch(bodies.replace('`[kept]{.notes}`', ''), /CoffeeScript|possible|snippet becomes|\{\.notes\}/u);
    assert.match(notes, /think of CoffeeScript/u);
    assert.match(notes, /possible/u);
    assert.match(notes, /For example, this Markdown snippet becomes/u);
    assert.match(bodies, /`\[kept\]\{\.notes\}` in code stays/u);
  });
});

describe("a program's output in a custom element of its own", () => {
  it("is a block of output, its lines as written and line numbers kept; the bold of the user's typing shows plain", () => {
    const text = [
      'Run it:',
      '',
      '<sample-output>',
      '',
      '3',
      "{'apina': 'monkey'}",
      'Please type in a word: **apina**',
      '',
      '</sample-output>',
      '',
      'Next.',
    ].join('\n');
    const out = outputElements(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /\n```text\n3\n\{'apina': 'monkey'\}\nPlease type in a word: apina\n```\n/u);
    assert.doesNotMatch(out, /sample-output/u);
  });
});

describe("LiaScript's animation steps", () => {
  it('show their blocks at once, without the step marks or the lines of stars that frame them; lines stay', () => {
    const text = [
      '## Direct Execution',
      '',
      'Text.',
      '',
      '{{1}}',
      '************',
      '',
      '**Idea**',
      '',
      '- user mode',
      '',
      '************',
      '',
      '--{{2}}--',
      'Said aloud.',
      '',
      '## SysCall',
      '',
    ].join('\n');
    const out = liascriptSteps(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.doesNotMatch(out, /\{\{|\*{3,}/u);
    assert.match(out, /\*\*Idea\*\*\n\n- user mode/u);
    // (Read as Markdown: the two sections stay two, the stars no rules that cut slides.)
    assert.deepEqual(
      splitMarkdown(out).sections.map((s) => s.heading),
      ['Direct Execution', 'SysCall'],
    );
  });
});

describe("LiaScript's header comment", () => {
  it('gives the deck its author, as front matter would, and shows nothing else of it; another comment is left to be hidden', () => {
    const text = [
      '<!--',
      '',
      'author:   Ada Lovelace',
      '',
      'email:    ada@example.org',
      '',
      'version:  0.1',
      '',
      'narrator: UK English Female',
      '',
      '-->',
      '',
      '# Engines',
      '',
      'Text.',
    ].join('\n');
    const out = liascriptHeader(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.doesNotMatch(out, /ada@example|narrator/u);
    assert.equal(splitMarkdown(out).author, 'Ada Lovelace');
    const plain = '<!--\nauthor: me\n-->\n\n# Notes\n';
    assert.equal(liascriptHeader(plain), plain);
  });

  it("keeps out the course's macro calls, shows its header's fields where they are named, and leaves code and other at signs", () => {
    const text = [
      '<!--',
      'author:   Ada Lovelace',
      'version:  0.1',
      'narrator: UK English Female',
      'import:   https://example.org/config.md',
      '-->',
      '',
      '# Engines',
      '',
      '| Course  | Details          |',
      '| ------- | ---------------- |',
      '| Term    | @config.semester |',
      '| Authors | @author          |',
      '',
      '```python',
      'print("@LIA.eval")',
      '```',
      '@LIA.eval(`["main.py"]`, none, `python3 main.py`)',
      '',
      'Write to ada@example.org or ask @bob.',
    ].join('\n');
    const out = liascriptHeader(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    const lines = out.split('\n');
    assert.equal(lines[17], '');
    assert.equal(lines[15], 'print("@LIA.eval")');
    assert.match(out, /\| Authors \| Ada Lovelace +\|/u);
    assert.match(out, /\| Term +\| +\|/u);
    assert.match(out, /Write to ada@example\.org or ask @bob\./u);
  });
});

describe("an admonition's title as MkDocs shows it", () => {
  it('shows its emoji shortcodes as emoji and leaves out a macro it cannot run, the box then titled by its kind', () => {
    const text = [
      '!!! note "Définitions :heart:"',
      '    la **taille** d’un arbre est son nombre de nœuds.',
      '',
      '!!! example "{{ exercice() }}"',
      '    Quelque part se trouve un fichier.',
      '',
      '!!! tip ""',
      '    Sans titre.',
    ].join('\n');
    const out = mkdocsAdmonitions(text).text;
    assert.match(out, /\*\*Définitions ❤️\*\*/u);
    assert.doesNotMatch(out, /:heart:|\{\{|exercice\(\)/u);
    assert.match(out, /\*\*Example\*\*/u);
    // A title given as empty stays empty.
    assert.doesNotMatch(out, /\*\*Tip\*\*/u);
  });
});

describe("Mermaid's HTML element", () => {
  it('is a diagram, as a ```mermaid block is: its tags become the fences, its entities read, lines kept; code is left alone', () => {
    const text = [
      '# History',
      '',
      '<div class="mermaid">',
      'graph LR',
      '  A --&gt; B',
      '</div>',
      '',
      '```html',
      '<pre class="mermaid">',
      'graph TD',
      '</pre>',
      '```',
    ].join('\n');
    const out = mermaidElements(text).split('\n');
    assert.equal(out.length, text.split('\n').length);
    assert.deepEqual(out.slice(2, 6), ['```mermaid', 'graph LR', '  A --> B', '```']);
    assert.equal(out[8], '<pre class="mermaid">');
    const shown = markdownSlides(text)
      .map((s) => s.body)
      .join('\n');
    assert.match(shown, /```mermaid\ngraph LR\n {2}A --> B\n```/u, shown);
  });
});
