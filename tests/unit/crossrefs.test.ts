// scripts/stages/crossrefs.ts: Quarto's and bookdown's cross-references to the document's own figures and sections.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { executableChunks } from '../../scripts/stages/chunks.ts';
import { quartoReferences, texEquationLabels } from '../../scripts/stages/crossrefs.ts';
import { removeHidden } from '../../scripts/stages/hidden.ts';

const lines = (...l: string[]): string => l.join('\n');

describe("Quarto's cross-references", () => {
  it("show the document's own figures as numbered and its sections by heading, another chapter's by kind and label; code stays as written", () => {
    const text = lines(
      '# Tidy data {#sec-tidy}',
      '',
      'As in @sec-mutate and @sec-tidy, see @fig-rules and [-@fig-two].',
      '',
      '```{r}',
      '#| label: fig-rules',
      'plot(1)',
      '```',
      '',
      '![x](a.png){#fig-two}',
      '',
      'Mail me at a@fig-x.org, or read `@fig-rules`.',
    );
    const out = quartoReferences(text).split('\n');
    assert.equal(out[2], 'As in Section Mutate and Tidy data, see Figure 1 and 2.');
    assert.equal(out[11], 'Mail me at a@fig-x.org, or read `@fig-rules`.');
    assert.equal(out.length, text.split('\n').length);
    // The figures themselves are captioned with their numbers, as the page shows them.
    assert.equal(out[9], '![Figure 2: x](a.png){#fig-two}');
    const chunk = executableChunks(
      lines('```{r}', '#| label: fig-rules', '#| echo: false', '#| fig-cap: Three rules.', 'knitr::include_graphics("a.png")', '```'),
    );
    assert.match(chunk.text, /^!\[Figure 1: Three rules\.\]\(<a\.png>\)$/mu);
  });
});

describe("a Quarto chapter's references to other chapters alone", () => {
  it('show their kind and label in words, though the chapter labels nothing of its own', () => {
    assert.equal(
      quartoReferences('Using the code we introduced in @sec-monte-carlo, as in @fig-tidy-data, [-@sec-x] and `@sec-y`.'),
      'Using the code we introduced in Section Monte Carlo, as in Figure Tidy Data, [-@sec-x] and `@sec-y`.',
    );
  });
});

describe("bookdown's cross-references", () => {
  it("show a section of the document by its heading, another chapter's by its label's words, and a captioned chunk by its number", () => {
    const text = lines(
      '## Using Git in RStudio {#rstudio-git}',
      '',
      'We will learn in Section \\@ref(rstudio-git) how, and in Section \\@ref(prep-project) too; see Figure \\@ref(fig:murders).',
      '',
      '```{r murders, fig.cap="Gun murders."}',
      'plot(x)',
      '```',
    );
    assert.equal(quartoReferences(text).split('\n')[2], 'We will learn in Section “Using Git in RStudio” how, and in Section prep project too; see Figure 1.');
    // A label with its kind before a colon, as bookdown's books write them ("{#sec:missing}"), the same way.
    assert.equal(
      quartoReferences(lines('## Patterns of Missingness {#sec:missing}', '', 'As in Section \\@ref(sec:missing) and Section \\@ref(sec:missing1).')).split(
        '\n',
      )[2],
      'As in Section “Patterns of Missingness” and Section missing1.',
    );
  });

  it('number a chunk captioned in its option lines ("#| fig.cap = …"), in order with the others', () => {
    const text = lines(
      'See Figure \\@ref(fig:reg-metrics) and Figure \\@ref(fig:ames-plot).',
      '',
      '```{r reg-metrics, echo = FALSE}',
      '#| fig.cap = "Observed versus predicted values",',
      '#| fig.alt = "Scatter plots"',
      'plot(x)',
      '```',
      '',
      '```{r ames-plot, ref.label = "other"}',
      '#| echo = FALSE,',
      '#| fig.cap = "Ames model"',
      '```',
    );
    assert.equal(quartoReferences(text).split('\n')[0], 'See Figure 1 and Figure 2.');
  });

  it("number an equation labelled inside its formula: the label is the number's tag, a reference its number in parentheses", () => {
    const text = lines(
      '\\begin{equation} f_T = f_X * f_Y.',
      '(\\#eq:convolution-continuous)',
      '\\end{equation}',
      '',
      'The operator in \\@ref(eq:convolution-continuous) is defined in \\@ref(eq:elsewhere).',
    );
    const out = quartoReferences(text).split('\n');
    assert.equal(out[1], '\\tag{1}');
    // Another chapter's equation: its label's words, never the markup.
    assert.equal(out[4], 'The operator in (1) is defined in elsewhere.');
  });
});

describe("a Quarto formula's label after its closing dollars", () => {
  it('is the number KaTeX shows beside the formula, never text; a formula that numbers its own rows keeps none', () => {
    const doc = [
      'Text',
      '$$',
      '  a = b.',
      '$$ {#eq-first}',
      'The next line.',
      '',
      'Inline $$ c = d $$ {#eq-second}',
      '',
      '$$\\begin{align} x &= y \\end{align}$$ {#eq-rows}',
      '',
      'See @eq-first.',
      '',
    ].join('\n');
    const out = quartoReferences(doc);
    assert.ok(!out.includes('{#eq-'), out);
    assert.ok(out.includes('$$\n  a = b. \\tag{1}\n$$\nThe next line.'), out);
    assert.ok(out.includes('$$ c = d  \\tag{2} $$'), out);
    assert.ok(out.includes('$$\\begin{align} x &= y \\end{align}$$\n'), out);
    assert.ok(out.includes('See Equation 1.'), out);
    // The lines stay as many: later blocks keep their places.
    assert.equal(out.split('\n').length, doc.split('\n').length);
  });
});

describe("LaTeX's labels on displayed formulas", () => {
  it('number the formulas in order and show each \\eqref as the number, not the label', () => {
    const text = [
      'Our Hamiltonian \\eqref{super_model} has the form',
      '',
      '$$',
      'H = \\sum_k \\epsilon_k n_k',
      '\\label{super_model}',
      '$$',
      '',
      'and the pair state',
      '',
      '$$',
      '\\ket{\\text{pair}} = \\prod_p b_p \\label{pair_fermi}',
      '$$',
      '',
      'Rows \\eqref{rows} number themselves; see \\eqref{pair_fermi} and section \\ref{elsewhere}.',
      '',
      '$$',
      '\\begin{align} a &= b \\label{rows} \\end{align}',
      '$$',
      '',
      '```tex',
      '\\eqref{super_model} in code stays',
      '```',
    ].join('\n');
    const out = texEquationLabels(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^Our Hamiltonian \(1\) has the form$/mu);
    assert.match(out, /^\\tag\{1\}$/mu);
    assert.match(out, /\\prod_p b_p \\tag\{2\}$/mu);
    assert.match(out, /^Rows \\eqref\{rows\} number themselves; see \(2\) and section \\ref\{elsewhere\}\.$/mu);
    assert.match(out, /^\\eqref\{super_model\} in code stays$/mu);
    // Through the Markdown reader: no label's name shows.
    assert.doesNotMatch(removeHidden(text, 'markdown').text, /\(super_model\)|\(pair_fermi\)/u);
  });
});

describe("pandoc-crossref's labels and references", () => {
  it('are read as Quarto\'s: a formula labelled "{#eq:x}" is numbered, its label never shown, "@eq:x" its number', () => {
    const text = 'We fit\n\n$$y \\sim \\beta_0 + \\beta_1 x$$ {#eq:line}\n\nand solve @eq:line by hand; mail me at a@eq:b.org.\n';
    const out = quartoReferences(text);
    assert.doesNotMatch(out, /\{#eq/u);
    assert.match(out, /\$\$y \\sim \\beta_0 \+ \\beta_1 x \\tag\{1\} \$\$/u);
    assert.match(out, /solve (?:Equation |Eq\. ?)?\(?1\)? by hand/u);
    assert.match(out, /a@eq:b\.org/u);
  });
});
