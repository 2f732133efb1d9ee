// scripts/stages/chunks.ts: R Markdown, Quarto and Jupyter Book code chunks as the rendered document shows them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { executableChunks } from '../../scripts/stages/chunks.ts';
import { removeHidden } from '../../scripts/stages/hidden.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

const lines = (...l: string[]): string => l.join('\n');

describe('executable chunks', () => {
  it("hides every chunk's code when the document says so (Quarto's execute: echo: false, R Markdown's opts_chunk$set), save a chunk that shows its own", () => {
    const quarto = lines(
      '---',
      'title: T',
      'execute:',
      '  echo: false',
      '  warning: false',
      '---',
      '',
      '## A',
      '',
      '```{r}',
      'plot(x)',
      '```',
      '',
      '```{r}',
      '#| echo: true',
      'summary(x)',
      '```',
    );
    const shown = executableChunks(quarto).text;
    assert.doesNotMatch(shown, /plot\(x\)/u);
    assert.match(shown, /```r\nsummary\(x\)\n```/u);
    const rmd = lines(
      '---',
      'title: T',
      '---',
      '',
      '```{r setup, include=FALSE}',
      'knitr::opts_chunk$set(echo = FALSE, fig.width = 6)',
      '```',
      '',
      '```{r}',
      'hist(y)',
      '```',
      '',
      '```{r, echo=TRUE}',
      'mean(y)',
      '```',
    );
    const out = executableChunks(rmd).text;
    assert.doesNotMatch(out, /hist\(y\)|opts_chunk/u);
    assert.match(out, /```r\nmean\(y\)\n```/u);
    // Elsewhere in the front matter, echo: false is not the chunks' setting.
    const other = lines('---', 'format:', '  revealjs:', '    echo: false', '---', '', '```{r}', 'plot(x)', '```');
    assert.match(executableChunks(other).text, /plot\(x\)/u);
  });
  it('shows a chunk as code in its language, without its option lines, and keeps the line count', () => {
    const text = lines('Intro.', '', '```{r}', '#| label: fig-x', '#| fig-alt: |', '#|   A long', '#|   description.', 'x <- 3 * 4', 'x', '```', '', 'After.');
    const out = executableChunks(text);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    assert.match(out.text, /^```r\nx <- 3 \* 4\nx\n```$/mu);
    assert.doesNotMatch(out.text, /#\|/u);
    assert.equal(out.count, 1);
  });

  it('keeps out a chunk whose code the document hides (echo or include false, in the info string or as options)', () => {
    for (const chunk of [
      ['```{r}', '#| echo: false', 'source("_common.R")', '```'],
      ['```{r setup, include=FALSE}', 'library(tidyverse)', '```'],
      ['```{r,echo=FALSE, warning=FALSE}', 'summary(x)', '```'],
      ['```{python}', '#| include: false', 'import pandas', '```'],
      // (Nor what it draws, where the page shows nothing of it either.)
      ['```{python}', '#| include: false', 'plt.plot(x)', '```'],
      // As a Python formatter (black) rewrites the option lines.
      ['```{python}', '# | echo: false', 'import numpy as np', '```'],
    ]) {
      const out = executableChunks(lines('Text.', '', ...chunk, '', 'More.'));
      assert.equal(out.count, 1, chunk.join(' | '));
      assert.equal(out.text.trim().split(/\n+/u).join(' '), 'Text. More.', chunk.join(' | '));
    }
  });

  it('stands a placeholder figure where hidden code draws one (the page shows the figure), named by its label, lines kept', () => {
    const figure = (...chunk: string[]): string => {
      const text = lines('Here is an example of a 3D drawing of a volcano:', '', ...chunk, '', 'More.');
      const out = executableChunks(text).text;
      assert.equal(out.split('\n').length, text.split('\n').length);
      return out
        .split('\n')
        .filter((l) => l.trim() !== '' && !/volcano:|More\./u.test(l))
        .join('\n');
    };
    assert.equal(figure('```{r volcano, echo = F}', 'z <- 2 * volcano', 'persp(z)', '```'), '![](lectern-output:r/volcano)');
    // Its size or caption says so too, whatever the code; its caption is the picture's.
    assert.equal(figure('```{r, fig.width = 4, fig.height = 3, echo = FALSE}', 'surface3d(x, y, z)', '```'), '![](lectern-output:r#3)');
    assert.equal(figure('```{python}', '#| echo: false', '#| fig-cap: The relief', 'show(z)', '```'), '![The relief](lectern-output:python#3)');
    assert.equal(figure('```{code-cell} ipython3', ':tags: [remove-input]', 'plt.plot(x)', '```'), '![](lectern-output:python#3)');
    assert.equal(figure('```{python}', '#| echo: false', 'df.plot(x="year")', '```'), '![](lectern-output:python#3)');
    // Hidden code that draws nothing shows nothing.
    assert.equal(figure('```{r, echo = FALSE}', 'x <- read.csv("a.csv")', '```'), '');
  });

  it("shows a site's runnable cell (```{exec} python) as code in its language, without its option lines", () => {
    const out = executableChunks(lines('Text.', '', '```{exec} python', ':linenos:', ':editor: 0198c246-69e1', 'def f():', '    return 1', '```', '', 'More.'));
    assert.match(out.text, /^```python\ndef f\(\):\n {4}return 1\n```$/mu);
    assert.doesNotMatch(out.text, /linenos|editor|\{exec\}/u);
    assert.equal(out.text.split('\n').length, 10);
  });

  it('a hidden chunk that only places a picture is the picture, captioned by fig-cap', () => {
    const text = lines(
      'See:',
      '```{r}',
      '#| echo: false',
      '#| fig-cap: |',
      '#|   Three rules.',
      'knitr::include_graphics("images/tidy-1.png")',
      '```',
      'Next.',
    );
    const out = executableChunks(text);
    assert.match(out.text, /^!\[Three rules\.\]\(<images\/tidy-1\.png>\)$/mu);
    // The picture is a paragraph of its own: blank lines around it.
    const at = out.text.split('\n').findIndex((l) => l.startsWith('!['));
    assert.equal(out.text.split('\n')[at - 1], '');
    assert.equal(out.text.split('\n')[at + 1], '');
  });

  it("leaves code fences alone: plain languages, other braces, and the code inside a chunk's options", () => {
    const text = lines('```python', '#| not an option here', 'x = 1', '```', '', '```{.python}', 'y = 2', '```', '', '```{unknown-directive}', 'z', '```');
    assert.deepEqual(executableChunks(text), { text, count: 0 });
  });

  it('a chunk inside a list item, indented as the item, is handled the same', () => {
    const text = lines(
      '6.  Read the docs.',
      '',
      '    ```{r}',
      '    #| eval: false',
      '    is_dir <- function(x) {',
      '      x',
      '    }',
      '    ```',
      '',
      '7.  Next',
      '',
      '    ```{r}',
      '    #| echo: false',
      '    knitr::include_graphics("a.png")',
      '    ```',
    );
    const out = executableChunks(text).text.split('\n');
    assert.deepEqual(out.slice(2, 7), ['    ```r', '    is_dir <- function(x) {', '      x', '    }', '    ```']);
    assert.ok(out.includes('    ![](<a.png>)'), out.join('\n'));
  });

  it("MyST's math directive is display math, its label kept out", () => {
    const out = executableChunks(lines('```{math}', ':label: eq-det', '', '\\det(A) = ad - bc', '```'));
    assert.equal(out.text, lines('$$', '\\det(A) = ad - bc', '$$', '', ''));
  });

  it("MyST's math directive with rows aligned at & is set in an alignment, as Sphinx sets it, its tag after it", () => {
    const out = executableChunks(lines('```{math}', ':label: e-ell', '\\ell &= \\sqrt{a},& q &= b \\tag{3}', '```'));
    assert.equal(out.text, lines('$$\\begin{aligned}', '\\ell &= \\sqrt{a},& q &= b', '\\end{aligned} \\tag{3}$$', ''));
    // An environment of its own is left as written; an escaped \\& is no alignment.
    assert.equal(executableChunks(lines('```{math}', '\\begin{cases} a & b \\end{cases}', '```')).text, lines('$$', '\\begin{cases} a & b \\end{cases}', '$$'));
    assert.equal(executableChunks(lines('```{math}', 'A \\& B', '```')).text, lines('$$', 'A \\& B', '$$'));
  });

  it("learnr's exercise chunks: the checking code never shows, the solution and hints only in the notes, an empty editor not at all", () => {
    const doc = lines(
      '# Vectors',
      '',
      '## Making one',
      '',
      'Q1: put 45, 55 and 33 in `length_cm`.',
      '',
      '```{r make-length, exercise = TRUE, exercise.lines = 2}',
      'length_cm <- ____',
      '```',
      '',
      '```{r make-length-solution}',
      'length_cm <- c(45, 55, 33)',
      '```',
      '',
      '```{r make-length-check}',
      'grade_result(pass_if(~ identical(.result, c(45, 55, 33))))',
      '```',
      '',
      'Q2: convert it to inches.',
      '',
      '```{r convert, exercise = TRUE}',
      '',
      '```',
      '',
      '```{r convert-hint-1}',
      'length_cm / 2.54',
      '```',
    );
    const deck = planDeck(splitMarkdown(removeHidden(doc, 'markdown').text), { file: 'v.Rmd', fileName: 'v.Rmd', format: 'markdown' }).value;
    const shown = deck.slides.map((s) => s.body).join('\n');
    const notes = deck.slides.map((s) => s.notes).join('\n');
    assert.match(shown, /```r\nlength_cm <- ____\n```/u);
    assert.doesNotMatch(shown, /c\(45, 55, 33\)\n|length_cm \/ 2\.54|grade_result|```r\n```/u, shown);
    assert.match(notes, /length_cm <- c\(45, 55, 33\)/u);
    assert.match(notes, /length_cm \/ 2\.54/u);
    assert.doesNotMatch(notes, /grade_result/u);
  });

  it('in a document: the slides get the code, the hidden count the rest', () => {
    const doc = lines(
      '# Basics',
      '',
      '## Sums',
      '',
      'Add:',
      '',
      '```{r}',
      '#| eval: false',
      '1 + 2',
      '```',
      '',
      '```{r}',
      '#| include: false',
      'secret()',
      '```',
      '',
    );
    const unhidden = removeHidden(doc, 'markdown');
    assert.equal(unhidden.hidden, 2);
    const sections = splitMarkdown(unhidden.text).sections;
    const body = sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    assert.match(body, /```r\n1 \+ 2\n```/u);
    assert.doesNotMatch(body, /secret|#\|/u);
  });
});

describe("a chunk's blank lines at its start and end", () => {
  it('are not shown, as knitr strips them; blank lines inside stay', () => {
    const text = 'Run:\n\n```{r}\n#| echo: true\n#| eval: false\n\ninstall.packages("a")\n\ninstall.packages("b")\n\n```\n\nDone.\n';
    const out = executableChunks(text).text;
    assert.match(out, /```r\ninstall\.packages\("a"\)\n\ninstall\.packages\("b"\)\n```/u);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });
});

describe('a chunk that shows nothing of its own', () => {
  it("is not shown: one that includes another document (knitr's child=) and an empty one; `r ''` before a fence is the nothing it evaluates to", () => {
    const text = lines(
      '# Talk',
      '',
      '```{r titleslide, child="scripts/titleslide.Rmd"}',
      '```',
      '',
      '```{r}',
      '',
      '```',
      '',
      '````markdown',
      "`r ''````{r}",
      '1 + 1',
      '```',
      '````',
      '',
      'Text with `r emo::ji("wave")` kept.',
      '',
    );
    const out = executableChunks(text).text;
    assert.doesNotMatch(out, /titleslide|```r|```\{r titleslide/u, out);
    assert.match(out, /^```\{r\}\n1 \+ 1$/mu, out);
    assert.match(out, /`r emo::ji\("wave"\)`/u);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });
});

describe('raw markup for one output', () => {
  it("shows a web page's raw HTML as HTML, and no other output's (MyST's {raw} jupyter or latex, Pandoc's {=latex}); the line count stays", () => {
    const text = lines(
      '```{raw} jupyter',
      '<div id="notebook-header">',
      '        <a href="https://example.org/">Menu</a>',
      '</div>',
      '```',
      '',
      '# Geometric series',
      '',
      '```{raw} html',
      '    <p class="lead">Shown on the <b>page</b></p>',
      '```',
      '',
      '```{=latex}',
      '\\newpage',
      '```',
      '',
      '```{=html}',
      '<kbd>Ctrl</kbd>',
      '```',
      '',
    );
    const out = executableChunks(text);
    assert.doesNotMatch(out.text, /notebook-header|Menu|newpage|```/u, out.text);
    assert.match(out.text, /^<p class="lead">Shown on the <b>page<\/b><\/p>$/mu, out.text);
    assert.match(out.text, /^<kbd>Ctrl<\/kbd>$/mu, out.text);
    assert.equal(out.count, 4);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    // The document's first heading is then its title: nothing it shows comes before it.
    const model = splitMarkdown(removeHidden(text, 'markdown').text);
    assert.equal(planDeck(model, { file: 'g.md', fileName: 'g.md', format: 'markdown', author: 'T' }).value.meta.title, 'Geometric series');
  });
});

describe('a fence in the front matter', () => {
  it("is a value's text, not a chunk: the front matter stays YAML (Pandoc's include-before over ```{=html} and a <style>)", () => {
    const text =
      '---\ntitle: |\n  Lab 3&nbsp;--&nbsp;Permissions\ninclude-before: |\n  ```{=html}\n  <style>\n    figcaption { font-weight: bold; }\n  </style>\n  ```\n---\n\nIntro text.\n\n## One\n\nText.\n';
    assert.equal(executableChunks(text).text, text);
    const model = splitMarkdown(removeHidden(text, 'markdown').text);
    // (The title's entities are the characters they name.)
    assert.equal(model.title, 'Lab 3\u00a0--\u00a0Permissions');
    assert.doesNotMatch(model.intro.map((b) => b.text).join('\n'), /title:|include-before|<style>/u);
  });
});
