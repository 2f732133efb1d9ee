// scripts/stages/tex-delimiters.ts: LaTeX's \( \) and \[ \] as the $ and $$ lectern typesets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSlide } from '../../scripts/stages/render-slide.ts';
import { withMacros } from '../../scripts/stages/markdown.ts';
import { backtickFormulas, forKatex, markdownEscapedFormulas, texDelimiters, textMacroNames } from '../../scripts/stages/tex-delimiters.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import type { DeckSlide } from '../../scripts/types.ts';

describe('formulas between !! marks', () => {
  it("are formulas in notes that write three or more that read as TeX, the site's Markdown escapes undone; not elsewhere", () => {
    const notes = [
      'Wyliczanie !!{n\\choose k}!! i !!3nm!! operacji.',
      'Koszt !!M\\_{i+1}!! oraz !! d \\times d !!, a zbiór !!\\\\{ A \\\\}!!.',
      'In code it stays: `!!x^2!!`.',
    ].join('\n\n');
    const out = texDelimiters(notes);
    assert.match(out, /\$\{n\\choose k\}\$ i \$3nm\$ operacji/u);
    assert.match(out, /\$M_\{i\+1\}\$ oraz \$d \\times d\$, a zbiór \$\\\{ A \\\}\$/u);
    assert.match(out, /`!!x\^2!!`/u);
    // Two exclamation marks in prose are not formulas.
    const prose = 'Wow!! That worked!! And again!! Yes!!';
    assert.equal(texDelimiters(prose), prose);
  });
});

describe("formulas escaped for a site's Markdown (a remark.js deck)", () => {
  it('are read as that Markdown reads them where two or more escape a subscript; other formulas stay as written', () => {
    const text = [
      'The probability is the sum over all paths:',
      '',
      '$$p(x) = \\int\\_{\\mathcal{Z}} p(x,z) dP\\_{\\mathcal{Z}}$$',
      '',
      'Given $\\mathbf{d} = \\\\\\{ x\\_i \\\\\\}$ we have',
      '',
      '$$\\begin{aligned}',
      'a &= b \\\\\\\\',
      '&= c',
      '\\end{aligned}$$',
      '',
      'Code stays: `x\\_i`.',
    ].join('\n');
    const read = markdownEscapedFormulas(text);
    assert.match(read, /\$\$p\(x\) = \\int_\{\\mathcal\{Z\}\} p\(x,z\) dP_\{\\mathcal\{Z\}\}\$\$/u, read);
    assert.match(read, /\$\\mathbf\{d\} = \\\{ x_i \\\}\$/u, read);
    assert.match(read, /a &= b \\\\\n&= c/u, read);
    assert.match(read, /`x\\_i`/u, read);
    // The deck's formula as KaTeX gets it: no underscore escaped.
    const model = splitMarkdown(`# Deck\n\n## Inference\n\n${text}\n\n## Next\n\nMore text.\n`);
    const shown = model.sections
      .flatMap((s) => s.blocks)
      .map((b) => b.text)
      .join('\n');
    assert.doesNotMatch(shown.replace(/`[^`]*`/gu, ''), /\\_/u, shown);
    // A remark.js slide with no heading of its own keeps its author's Markdown: its formula is read so too.
    const deck = [
      'class: middle, center',
      '',
      '# Likelihood-free inference',
      '',
      '---',
      '',
      'class: middle',
      '',
      'The probability of ending in bin $x$ sums over all the paths $z$ from start to $x$.',
      '',
      '$$p(x) = \\int\\_{\\mathcal{Z}} p(x,z) dP\\_{\\mathcal{Z}}$$',
      '',
      '---',
      '',
      '# Next',
      '',
      'Given $x\\_i$ we go on.',
    ].join('\n');
    const planned = planSource(readDocument('talk.md', Buffer.from(deck)), { file: 'talk.md', fileName: 'talk.md', format: 'markdown' });
    const bodies = planned.plan.slides.map((s) => s.body).join('\n');
    assert.match(bodies, /\\int_\{\\mathcal\{Z\}\} p\(x,z\) dP_\{/u, bodies);
    // One escaped underscore is no evidence: a formula's own `\_` (an identifier's) stays.
    const single = 'The name is $\\mathrm{max\\_iter}$ and $x_1$.';
    assert.equal(markdownEscapedFormulas(single), single);
  });
});

describe('texDelimiters', () => {
  it("reads a formula in a line of text that goes on over the paragraph's next line, never over a blank line", () => {
    const text = 'una constante \\\\(\\sigma > 1; \\sigma \\in\n\\mathbb{R}\\\\) tal que \\\\(g(t)\\\\).';
    assert.equal(texDelimiters(text), 'una constante $\\sigma > 1; \\sigma \\in\n\\mathbb{R}$ tal que $g(t)$.');
    const apart = 'Open \\(x +\n\ny\\) here.';
    assert.equal(texDelimiters(apart), apart);
  });
  it('leaves the escaped parentheses of an address alone, and reads those of a formula in the text', () => {
    const text = '[VM/CMS](https://es.wikipedia.org/wiki/VM_\\(sistema_operativo\\)) y https://x.org/a_\\(b_c\\) con \\(x_1\\).';
    assert.equal(texDelimiters(text), '[VM/CMS](https://es.wikipedia.org/wiki/VM_\\(sistema_operativo\\)) y https://x.org/a_\\(b_c\\) con $x_1$.');
  });

  it("amsmath's display environments on lines of their own are display math, line for line; eqnarray and multline as KaTeX has them", () => {
    const text = [
      'Für eine Matrix',
      '',
      '\\begin{equation*}',
      '\\det(A) = ad - bc.',
      '\\end{equation*}',
      'und',
      '\\begin{eqnarray}',
      'a &=& b',
      '\\end{eqnarray}',
      '\\begin{multline*}x\\end{multline*}',
      '`\\begin{align}` in code',
      '\\begin{itemize}',
      '\\item x',
      '\\end{itemize}',
    ].join('\n');
    const out = texDelimiters(text).split('\n');
    assert.equal(out.length, text.split('\n').length);
    assert.deepEqual(out.slice(2, 10), [
      '$$\\begin{equation*}',
      '\\det(A) = ad - bc.',
      '\\end{equation*}$$',
      'und',
      '$$\\begin{array}{rcl}',
      'a &=& b',
      '\\end{array}$$',
      '$$\\begin{gather*}x\\end{gather*}$$',
    ]);
    // Code and environments that are not math stay as written.
    assert.deepEqual(out.slice(10), text.split('\n').slice(10));
    // Inside $$ or \[ the author delimited, an environment is already math.
    for (const [open, close] of [
      ['$$', '$$'],
      ['\\[', '\\]'],
    ]) {
      const inside = [open, '\\begin{align*}', 'Z &= CX \\\\', '&X \\geq 0', '\\end{align*}', close, '', 'After.'].join('\n');
      assert.equal(texDelimiters(inside).replace(/\\\[|\\\]/gu, '$$$$'), inside.replace(/\\\[|\\\]/gu, '$$$$'));
    }
  });
  it("writes inline and displayed formulas with dollars, kramdown's doubled backslashes too, line for line", () => {
    const text = 'Rendered:\n\n\\[\n\\frac{a}{b} = c\n\\]\n\nThe gradient with respect to \\\\(w_{y_i}\\\\) is \\(x^2\\), or \\[y = 1\\] inline.';
    const out = texDelimiters(text);
    assert.equal(out, 'Rendered:\n\n$$\n\\frac{a}{b} = c\n$$\n\nThe gradient with respect to $w_{y_i}$ is $x^2$, or $$y = 1$$ inline.');
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it('writes a displayed formula that goes on over the lines of its paragraph with dollars, but never across a blank line', () => {
    const text =
      'It is defined as:\n\n\\\\[G(j\\omega) = \\int_{-\\infty}^{\\infty}{e^t u(t)}\n= \\int_0^{\\infty}{e^{t}}\\\\]\n\nAn escaped \\[note\n\nand x^2\\] apart.';
    const out = texDelimiters(text);
    assert.equal(
      out,
      'It is defined as:\n\n$$G(j\\omega) = \\int_{-\\infty}^{\\infty}{e^t u(t)}\n= \\int_0^{\\infty}{e^{t}}$$\n\nAn escaped \\[note\n\nand x^2\\] apart.',
    );
  });

  it('knows an environment is inside \\[ ... \\] after an earlier formula that opened with its first row on the \\[ line', () => {
    const text = [
      'The entropy is:',
      '\\\\[ H(S) = -\\sum_{c=1}^C p_c \\log p_c \\quad',
      '    (2)',
      '\\\\]',
      '',
      'We can check that',
      '\\\\[',
      '\\begin{eqnarray}',
      '    H(S_s) &=& 0.673 \\\\',
      '    H(S_o) &=& 0',
      '\\end{eqnarray}',
      '\\\\]',
    ].join('\n');
    const out = texDelimiters(text);
    // One pair of $$ around the eqnarray, none inside it.
    assert.equal((out.match(/\$\$/gu) ?? []).length, 4, out);
    assert.match(out, /^\$\$\n\\begin\{eqnarray\}$/mu);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it('leaves alone brackets that hold no TeX, and code', () => {
    const text = 'An escaped \\[citation needed\\] and \\(see above\\).\n\n`\\(x^2\\)` in a span.\n\n```tex\n\\[ x^2 \\]\n```';
    assert.equal(texDelimiters(text), text);
    // A language switcher between escaped brackets: a link whose file name has an underscore is no formula.
    const links = '\\[ English | [中文](README_zh.md) | [日本語](https://example.org/README_ja.md) \\]';
    assert.equal(texDelimiters(links), links);
  });
});

describe("kramdown's $$ among a line's words", () => {
  it('is inline math, while $$ alone on its line (a list marker aside) stays displayed, and code is left alone', () => {
    const text =
      'A graph $$G$$ with $$ n $$ vertices has $$n^{n-2}$$ spanning trees.\n\n$$x = 1$$.\n\n- $$y = 2$$\n- the $$k$$-clustering\n* $$\\Omega \\in \\mathcal{F}$$,\n\n```\n$$a$$ b\n```\n';
    const written = texDelimiters(text);
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    // Punctuation after a formula alone on its line: inside it, displayed, at the margin; in a list item, a formula in its sentence.
    assert.equal(
      written,
      'A graph $G$ with $n$ vertices has $n^{n-2}$ spanning trees.\n\n$$x = 1.$$\n\n- $$y = 2$$\n- the $k$-clustering\n* $\\Omega \\in \\mathcal{F}$,\n\n```\n$$a$$ b\n```\n',
    );
    assert.doesNotMatch(renderSlide(slide(`# Graphs\n\n${written.split('```')[0]}`)).bodyHtml, /katex-error|#cc0000/u);
  });
});

describe("kramdown's $$ in a heading", () => {
  it('is a formula in the heading\'s line, never a displayed one, alone in it too ("### $$\\text{First}_k$$")', () => {
    assert.equal(texDelimiters('### $$\\text{First}_k$$\n\nText.'), '### $\\text{First}_k$\n\nText.');
    assert.equal(texDelimiters('## Сильні $$LL(k)$$-граматики'), '## Сильні $LL(k)$-граматики');
    // (A formula alone on a line of text stays displayed.)
    assert.equal(texDelimiters('Text.\n\n$$\\text{First}_k$$\n'), 'Text.\n\n$$\\text{First}_k$$\n');
  });
});

describe("kramdown's inline $$ broken over two lines of a paragraph", () => {
  it('is one inline formula, its line break kept, and the formulas after it on the next line pair as written', () => {
    const text = 'It encodes a sample $$x \\sim\np$$ with the model $$q$$ (representing $$x$$ in $$\\frac{1}{q(x)}$$ bits).\n\n$$\nH(p)\n$$\n';
    assert.equal(texDelimiters(text), 'It encodes a sample $x \\sim\np$ with the model $q$ (representing $x$ in $\\frac{1}{q(x)}$ bits).\n\n$$\nH(p)\n$$\n');
    assert.equal(texDelimiters('It grew (GPT-3 used $$n =\n2048$$).'), 'It grew (GPT-3 used $n =\n2048$).');
    // (Not a displayed formula glued to the one before it, no words of a sentence before it on its line.)
    assert.equal(texDelimiters('Where\n$$f(a) = 1$$$$ \nf(a) = 0$$\nholds.'), 'Where\n$$f(a) = 1$$$$ \nf(a) = 0$$\nholds.');
    const html = renderSlide({
      id: 's',
      file: 's.md',
      layout: 'section',
      fragments: false,
      section: null,
      body: texDelimiters(text).split('\n\n')[0] ?? '',
      notes: '',
    }).bodyHtml;
    assert.doesNotMatch(html, /katex-display|katex-error/u);
  });
});

describe('formulas in code spans, as blogdown writes them for Hugo', () => {
  it('are formulas where the page writes three or more so and shows no TeX as code otherwise', () => {
    const page = [
      'We set up a linear model with',
      '',
      '`$$\\mathsf{E}(y_{ir}) = \\mu + \\alpha_i$$`',
      'with `\\(\\mathsf{Va}(y_{ir})=\\sigma^2\\)`, where `\\(i\\)` is the group.',
      '',
      '```r',
      'x <- "`\\(a\\)`"',
      '```',
      '',
      'Run `lm(y ~ x)` to fit it.',
    ].join('\n');
    const out = texDelimiters(backtickFormulas(page));
    assert.match(out, /^\$\$\\mathsf\{E\}\(y_\{ir\}\) = \\mu \+ \\alpha_i\$\$$/mu);
    assert.match(out, /with \$\\mathsf\{Va\}\(y_\{ir\}\)=\\sigma\^2\$, where \$i\$ is the group\./u);
    // Code stays code: a listing's line and a span of code that holds no formula.
    assert.match(out, /x <- "`\\\(a\\\)`"/u);
    assert.match(out, /`lm\(y ~ x\)`/u);
    // A page that teaches TeX shows its code as code: it writes TeX in code spans without delimiters too.
    const lesson = `${page}\n\nType \`\\frac{a}{b}\` for a fraction.\n`;
    assert.equal(backtickFormulas(lesson), lesson);
    // Nor do two such spans alone make the page's convention.
    const two = 'Write `\\(x\\)` or `\\(y\\)` in a line.\n';
    assert.equal(backtickFormulas(two), two);
  });
});

describe('a formula as KaTeX reads it', () => {
  it("reads a brace, a space or a bar escaped twice in a formula in a line of text as the site's Markdown left it ('\\\\{' is '\\{')", () => {
    const formula = 'n = \\min(\\\\{ x + y \\\\,\\vert \\\\, x + 2y = R \\\\})';
    assert.equal(forKatex(formula), 'n = \\min(\\{ x + y \\,\\vert \\, x + 2y = R \\})');
    // (A displayed formula's row break stays one, as does a break before a letter.)
    assert.equal(forKatex('a \\\\ b', true).includes('\\\\'), true);
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const html = renderSlide(slide(`# Coins\n\nWe have $${formula}$ here.\n`)).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000|mpunct">,<\/span><span class="mspace" style="margin-right:0.1667em;"><\/span><span class="mord">\|/u);
    assert.match(html, /<span class="mopen">\(\{<\/span>/u);
  });
  it('reads a percent sign in a formula\'s text as the character ("\\text{, usually 80%}"), not a comment to its end', () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    assert.equal(forKatex('(1-\\beta\\text{, usually 80%})'), '(1-\\beta\\text{, usually 80\\%})');
    const html = renderSlide(slide('# Power\n\nA good power $(1-\\beta\\text{, usually 80%})$ here.\n')).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
  });
  it("reads LaTeX's displaymath environment inside a formula (an image's address at codecogs gives one) as the formula it holds", () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const formula = '\\begin{displaymath} G(x; \\mu, \\sigma) = \\frac{1}{\\sqrt{2\\pi}\\sigma} \\end{displaymath}';
    assert.equal(forKatex(formula, true).trim(), 'G(x; \\mu, \\sigma) = \\frac{1}{\\sqrt{2\\pi}\\sigma}');
    const html = renderSlide(slide(`# Fit\n\n$$\n${formula}\n$$\n`)).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
  });
  it("reads a colour given as a variable of the author's stylesheet (a Marp theme's var(--…)) as one KaTeX can set", () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const framed = '= \\fcolorbox{var(--color-highlight-secondary)}{transparent}{$\\displaystyle{b_0 \\cdot F(0)}$}';
    assert.equal(forKatex(framed, true), '= \\fcolorbox{currentColor}{transparent}{$\\displaystyle{b_0 \\cdot F(0)}$}');
    // A box's ground shows nothing, the text its own colour, unless the variable's fallback is one KaTeX reads.
    assert.equal(
      forKatex('\\colorbox{ var(--bg) }{x} \\textcolor{var(--accent, #c33)}{y} \\fcolorbox{red}{var(--ground)}{z}'),
      '\\colorbox{transparent}{x} \\textcolor{#c33}{y} \\fcolorbox{red}{transparent}{z}',
    );
    assert.equal(forKatex('\\color{var(--x, rgb(0,0,0))} a'), '\\color{currentColor} a');
    const html = renderSlide(slide(`# Lemma\n\n$$\n${framed}\n$$\n`)).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
    assert.match(html, /border-color:currentColor/u);
  });
  it("sets knitr's inline code inside a formula as the code, in typewriter letters, with no error", () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const formula = '\\overline{\\tau} = `r df %>% mean %>% round(2)`';
    assert.equal(forKatex(formula), '\\overline{\\tau} = \\texttt{df \\%>\\% mean \\%>\\% round(2)}');
    assert.equal(forKatex('`r x$y[1] ^ 2`'), '\\texttt{x\\$y[1] \\textasciicircum{} 2}');
    const html = renderSlide(slide(`# Effect\n\nThus, $${formula}$ on average.\n`)).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
    assert.match(html, /round\(2\)/u);
  });

  it("typesets eqnarray inside the author's $$ as an array of three columns, and drops zero-width spaces written as entities", () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const html = renderSlide(
      slide(
        '# Maps\n\n$$\\begin{eqnarray*}\nf\\vert_{A} &:& A\\to B\\\\\n&&x\\mapsto y\n\\end{eqnarray*}$$\n\n$$\\forall x: f(x)=g(x). &#8203;&#8203; \\text{ so } f=g$$\n',
      ),
    ).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000|eqnarray|&amp;#8203;/u);
    assert.match(html, /mapsto|↦/u);
    assert.equal(forKatex('\\begin{multline*}a\\\\b\\end{multline*}'), '\\begin{gather*}a\\\\b\\end{gather*}');
    assert.equal(forKatex('x &amp; y'), 'x &amp; y');
    // Plain TeX's \pmatrix{…} and \cases{…}, which MathJax reads, as KaTeX's environments; typeset with no error.
    assert.equal(forKatex('M =\\pmatrix{ 0&1\\\\ 1&{0} }', true), 'M =\\begin{pmatrix} 0&1\\\\ 1&{0} \\end{pmatrix}');
    assert.equal(forKatex('\\pmatrix{ left open'), '\\pmatrix{ left open');
    const matrix = renderSlide(slide('# M\n\n$$M_1 =\\pmatrix{ 0&1&1\\\\ 1&0&1 }$$\n')).bodyHtml;
    assert.doesNotMatch(matrix, /katex-error|#cc0000/u);
    // Rows spaced with an empty row between ("\\\\ \\\\", as Obsidian notes write them): no empty numbered rows.
    assert.equal(forKatex('\\begin{align}\nf &= a \\\\ \\\\\n&= b \\\\ \\\\\n\\end{align}'), '\\begin{align}\nf &= a \\\\[1em]\n&= b \\end{align}');
    assert.equal(forKatex('\\begin{align}a &= b \\\\[2pt] c &= d\\end{align}'), '\\begin{align}a &= b \\\\[2pt] c &= d\\end{align}');
  });

  it('drops a row break before an environment ends, whose empty row KaTeX would number', () => {
    assert.equal(forKatex('\\begin{align}\na &= b \\\\\n &= c \\\\\n\\end{align}'), '\\begin{align}\na &= b \\\\\n &= c \\end{align}');
    assert.equal(forKatex('\\begin{align}a &= b \\\\ \\nonumber\n\\end{align}'), '\\begin{align}a &= b \\end{align}');
  });

  it('shows an underscore in text as typed (`\\text{after_1980}`, which MathJax reads and KaTeX refused)', () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const html = renderSlide(slide('# Model\n\n$$y = \\beta_0 + \\beta_1 \\text{after_1980} + \\mbox{a_b\\_c}$$\n')).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
    assert.match(html, /after_1980/u);
    assert.equal(forKatex('x_1 + \\textrm{max_len}'), 'x_1 + \\textrm{max\\_len}');
    // So is a hash: "\mbox{# tosses}" (KaTeX read it as a macro's parameter and refused the formula).
    const tosses = renderSlide(slide('# Coin\n\n$$\\overbrace{\\mbox{# tosses}}^{N}$$\n')).bodyHtml;
    assert.doesNotMatch(tosses, /katex-error|#cc0000/u);
    assert.match(tosses, /#\stosses/u);
  });
});

describe('a formula between doubled delimiters', () => {
  it("undoes the escapes written for the site's Markdown (a Hugo post's `\\\\begin{array}`, `\\\\\\\\`)", () => {
    const text =
      'Try this:\n\n\\\\[\n\\\\begin{array}{r}\n\\\\hspace{8mm} 68 \\\\\\\\\n\\\\times 24 \\\\\\\\\n\\\\hline\n\\\\end{array}\n\\\\]\n\nAnd inline \\\\(\\\\alpha_1\\\\) too.\n';
    const out = texDelimiters(text);
    assert.match(out, /^\$\$\n\\begin\{array\}\{r\}\n\\hspace\{8mm\} 68 \\\\\n\\times 24 \\\\\n\\hline\n\\end\{array\}\n\$\$$/mu);
    assert.match(out, /inline \$\\alpha_1\$ too/u);
    // Single delimiters keep what is between them as written.
    assert.match(texDelimiters('A \\[ x^2 \\\\ y \\] b'), /\$\$x\^2 \\\\ y\$\$/u);
  });
});

describe('escaped parentheses around words', () => {
  it('stay text where they hold words in emphasis and no TeX command (GitBook escapes every parenthesis it exports)', () => {
    const text =
      'Zeichenketten \\(oder _Strings_\\) brauchen Anführungszeichen; die Grenzen sind \\(_inclusive_\\) dabei. Aber \\( x_i + y_j \\) und \\(\\mathit{a}_b\\).';
    const out = texDelimiters(text);
    assert.match(out, /\\\(oder _Strings_\\\)/u, out);
    assert.match(out, /\\\(_inclusive_\\\)/u, out);
    assert.match(out, /\$x_i \+ y_j\$/u, out);
    assert.match(out, /\$\\mathit\{a\}_b\$/u, out);
  });
});

describe('formulas that hold nothing of TeX', () => {
  it("are formulas between doubled delimiters, and a function's value between single ones; words are not", () => {
    const out = texDelimiters('We have seen that \\\\( f(z) \\\\) is differentiable at \\\\( z_0 \\\\), and \\( g(x, y) \\) too \\\\(see above\\\\).');
    assert.equal(out, 'We have seen that $f(z)$ is differentiable at $z_0$, and $g(x, y)$ too \\\\(see above\\\\).');
    assert.equal(texDelimiters('A note \\(in passing\\) and \\\\(in the margin\\\\).'), 'A note \\(in passing\\) and \\\\(in the margin\\\\).');
  });

  it('are rows when a displayed formula breaks its lines with \\\\ outside any environment', () => {
    assert.equal(forKatex('a = b \\\\ = c', true), '\\begin{gathered}a = b \\\\ = c\\end{gathered}');
    assert.equal(forKatex('a = b \\\\ = c'), 'a = b \\\\ = c');
    assert.equal(forKatex('\\begin{aligned} a &= b \\\\ &= c \\end{aligned}', true), '\\begin{aligned} a &= b \\\\ &= c \\end{aligned}');
  });

  it("typesets the physics package's derivatives and operators, which KaTeX lacks", () => {
    const slide = (body: string): DeckSlide => ({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' });
    const html = renderSlide(slide('# Rules\n\n$$\\dv{}{z}f = \\pdv{f}{z^\\star} \\qquad \\grad^2 u = 0$$\n')).bodyHtml;
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
    assert.match(html, /∂/u);
    assert.match(html, /∇/u);
  });
});

describe('forKatex, on rows a site wrote for its own Markdown or its own wrapping', () => {
  it('reads a break before a control space (Hugo\'s "\\\\\\ ") from the start of its run, and sets rows aligned at & beside an environment', async () => {
    const katex = (await import('katex')).default;
    const hugo = '\\begin{aligned}\nY(z)&=a \\\\\\ \nY(z)&=b \\\\\\ \n\\end{aligned}';
    assert.doesNotThrow(() => katex.renderToString(forKatex(hugo, true), { displayMode: true, throwOnError: true, strict: 'ignore' }), forKatex(hugo, true));
    const sphinx = 'D(v, i) & = \\min(D(v, i-1), w(u, v)) \\\\\nD(v, 0) & = \\begin{cases}\n0 & v = s \\\\\n\\infty & \\text{ otherwise}\n\\end{cases}';
    const shown = forKatex(sphinx, true);
    assert.match(shown, /^\\begin\{aligned\}/u);
    assert.doesNotThrow(() => katex.renderToString(shown, { displayMode: true, throwOnError: true, strict: 'ignore' }), shown);
    // (An environment that holds its own rows is left as it is.)
    assert.equal(forKatex('\\begin{aligned}a&=b\\\\c&=d\\end{aligned}', true), '\\begin{aligned}a&=b\\\\c&=d\\end{aligned}');
  });
});

describe('display environments never closed', () => {
  it('are left as written, and an environment closed after them is still a formula', () => {
    const unclosed = '\\begin{align}\nx\n'.repeat(50);
    const text = `${unclosed}\nText between.\n\n\\begin{align}\na &= b\n\\end{align}\n`;
    const out = texDelimiters(text);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.ok(out.startsWith(unclosed), out.slice(0, 200));
    assert.equal((out.match(/\$\$/gu) ?? []).length, 2, out.slice(-200));
    assert.match(out, /\$\$\\begin\{align\}|\$\$\\begin\{aligned\}/u);
  });
});

describe('brackets escaped right after a word', () => {
  it("are the text's brackets, not a displayed formula; a formula set apart still is one", () => {
    assert.equal(texDelimiters('See the linkman:upsd\\[8\\] man page and a\\[1\\].'), 'See the linkman:upsd\\[8\\] man page and a\\[1\\].');
    assert.equal(texDelimiters('The sum \\[ x_1 + x_2 \\] is even.'), 'The sum $$x_1 + x_2$$ is even.');
  });
});

describe('a bracket escaped after a size command', () => {
  it('is the bracket KaTeX reads as a delimiter ("\\big\\[(V_i R_i)(u)\\big\\]"); a brace keeps its backslash', () => {
    assert.equal(forKatex('x_i = \\big\\[(V_i R_i)(u)\\big\\](x)'), 'x_i = \\big[(V_i R_i)(u)\\big](x)');
    assert.equal(forKatex('\\left\\[ a \\right\\] + \\big\\{ b \\big\\}'), '\\left[ a \\right] + \\big\\{ b \\big\\}');
    // A brace escaped twice after one, in a displayed formula too ("\right\\}", a row break to TeX): the brace.
    assert.equal(forKatex('\\left. \\begin{cases} a \\\\ b \\end{cases} \\right\\\\}', true), '\\left. \\begin{cases} a \\\\ b \\end{cases} \\right\\}');
  });
});

describe('one letter or digit between escaped brackets', () => {
  it("is a note's label (\\[a\\] as an AsciiDoc converter escapes it), not a formula; \\( x \\) is still a variable", () => {
    const note = '\\[a\\] expensive-to-modify list of missing objects.\n\n\\[1\\] See the design notes.';
    assert.equal(texDelimiters(note), note);
    assert.equal(texDelimiters('The variable \\( x \\) and \\\\[ y \\\\] doubled.'), 'The variable $x$ and $$y$$ doubled.');
  });
});

describe('citation keys between escaped brackets', () => {
  it('are a citation, as MyST\'s {cite} shows it ("\\[bertsimas_tsitsiklis1997\\]" had been a displayed formula); x_1 is still one', () => {
    const cited = 'This example was created by \\[bertsimas_tsitsiklis1997\\], and solved by \\[hu_guo2018, knuth:1984a\\].';
    assert.equal(texDelimiters(cited), cited);
    assert.equal(texDelimiters('We get \\[x_1 + y_2\\] here.'), 'We get $$x_1 + y_2$$ here.');
  });
});

describe('an amsmath environment opened in a quotation', () => {
  it('is display math there too, its quotation mark kept ("> \\begin{align}" in a MyST box\'s proof)', () => {
    const text = '> Demonstration:\n>\n> \\begin{align}\nS &= a\\\\\n&= b\n\\end{align}\n\nMore.';
    assert.equal(texDelimiters(text), '> Demonstration:\n>\n> $$\\begin{align}\nS &= a\\\\\n&= b\n\\end{align}$$\n\nMore.');
  });
});

describe('two inline formulas that touch ("$E(X)=$$\\sum_k E(X_k)$")', () => {
  it('open no display formula: an environment after a later $$ block is left to that block', () => {
    const text = 'Thus $E(X)=$$\\sum_k E(X_k)=np$.\n\nThe formula:\n\n$$\n\\begin{align}\nD(X)&=E(X^2)-[E(X)]^2\n\\end{align}\n$$\n';
    assert.equal(texDelimiters(text), text);
  });
});

describe("an underscore in the argument of the document's own text command", () => {
  it('is the character, as MathJax shows it ("\\nl{the mouse ate my ho_}" of \\newcommand{\\nl}[1]{\\textsf{#1}}), not an error', () => {
    assert.deepEqual(textMacroNames({ '\\nl': '\\textsf{#1}', '\\sV': '\\mathcal{V}', '\\tx': ' \\text{ #1 } ' }), ['\\nl', '\\tx']);
    assert.equal(forKatex('\\nl{ho_} + x_1', false, ['\\nl']), '\\nl{ho\\_} + x_1');
    assert.equal(forKatex('\\nlx{ho}_1', false, ['\\nl']), '\\nlx{ho}_1');
    const slide: DeckSlide = { id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: '$$\\nl{the mouse ate my ho_}$$\n', notes: '' };
    const html = withMacros(['\\newcommand{\\nl}[1]{\\textsf{#1}}'], () => renderSlide(slide).bodyHtml);
    assert.doesNotMatch(html, /katex-error|#cc0000/u);
    assert.match(html, /ho_/u);
  });
});

describe('full-width brackets and signs in a formula', () => {
  it('are the brackets and signs they stand for, outside any text in it', () => {
    assert.equal(forKatex('Y = Y_{st} （1-e^{-\\alpha t}）', true), 'Y = Y_{st} (1-e^{-\\alpha t})');
    assert.equal(forKatex('x ＝ ｛a，b｝'), 'x = \\{a,b\\}');
    assert.equal(forKatex('\\text{是，的} （x）'), '\\text{是，的} （x）');
  });
});

describe("a link's whole text in escaped brackets", () => {
  it('is no displayed formula (an unresolved cross-reference, as Asciidoctor writes it)', () => {
    assert.equal(texDelimiters('as we saw in the [\\[\\_el\\_proceso\\]](#_el_proceso).'), 'as we saw in the [\\[\\_el\\_proceso\\]](#_el_proceso).');
    assert.equal(texDelimiters('Then \\[x^2 + y^2\\] holds.'), 'Then $$x^2 + y^2$$ holds.');
  });
});

describe('escaped parentheses inside a displayed formula', () => {
  it('are the formula\'s own, not an inline formula\'s delimiters ("\\left\\( … \\right\\)" in a remark deck)', () => {
    const text = '$$\\int_0^a m~x\\,dx = \\frac{a}{2}\\left\\( m~a + 2~b \\right\\)$$\n\nThe area, and \\\\( x^2 \\\\) inline.';
    const out = texDelimiters(text);
    assert.match(out, /^\$\$\\int_0\^a m~x\\,dx = \\frac\{a\}\{2\}\\left\\\( m~a \+ 2~b \\right\\\)\$\$$/mu, out);
    assert.match(out, /and \$x\^2\$ inline/u, out);
    assert.equal(forKatex('\\frac{a}{2}\\left\\( m~a \\right\\)', true), '\\frac{a}{2}\\left( m~a \\right)');
  });
});

describe("kramdown's inline $$ … $$ holding an escaped dollar", () => {
  it('is one inline formula, in a quote too: "$$\\$1,000$$" is a sum of money among the words, not a displayed formula', () => {
    const text = '> Jack has $$\\$1,000$$. There is a $$5\\%$$ chance he pays $$\\$200$$ in repairs.\n>\n> Let $$X$$ be his wealth.\n';
    assert.equal(texDelimiters(text), '> Jack has $\\$1,000$. There is a $5\\%$ chance he pays $\\$200$ in repairs.\n>\n> Let $X$ be his wealth.\n');
  });
});

describe('a paragraph of one formula between single dollars that holds {align*}', () => {
  it('is displayed, as MathJax shows it; such an environment inside a sentence is left to its sentence', () => {
    const text = 'Step by step:\n\n$\\begin{align*} A(0) &= I \\\\\nA(n+1) &= A(n) \\cup B \\end{align*}$\n\nSo $\\begin{align*} x \\end{align*}$ in a line.\n';
    assert.equal(
      texDelimiters(text),
      'Step by step:\n\n$$\\begin{align*} A(0) &= I \\\\\nA(n+1) &= A(n) \\cup B \\end{align*}$$\n\nSo $\\begin{align*} x \\end{align*}$ in a line.\n',
    );
  });
});

describe("an array's column bars escaped for a Markdown table", () => {
  it('are the bars KaTeX reads ("{\\|c\\|c\\|}" as "{|c|c|}"), and a norm\'s "\\|" in a cell stays', () => {
    const tex = '\\begin{array}{\\|c\\|c\\|} \\hline X & \\|v\\| \\\\ \\hline \\end{array}';
    assert.equal(forKatex(tex, true), '\\begin{array}{|c|c|} \\hline X & \\|v\\| \\\\ \\hline \\end{array}');
    assert.equal(forKatex('\\|v\\| = 1', true), '\\|v\\| = 1');
  });
});

describe('a script written as a pair of sized delimiters without braces', () => {
  it('is braced, as MathJax reads it ("p^\\left( 1 - \\kappa \\right)"); a braced one and a nested pair stay whole', () => {
    assert.equal(forKatex('p^\\left( 1 - \\kappa \\right) = x', true), 'p^{\\left( 1 - \\kappa \\right)} = x');
    assert.equal(forKatex('a^{\\left(b\\right)}', true), 'a^{\\left(b\\right)}');
    assert.equal(forKatex('x_\\left\\{ \\left( a \\right) \\right\\} + 1', true), 'x_{\\left\\{ \\left( a \\right) \\right\\}} + 1');
  });
});

describe('texDelimiters, parentheses escaped after a word', () => {
  it('leaves a plural\'s escaped "(s)" as written ("Voorbeeldinteractie\\(s\\)", as GitBook writes it); a formula after a space is one', () => {
    assert.equal(texDelimiters('#### Voorbeeldinteractie\\(s\\)\n\nSee the output.'), '#### Voorbeeldinteractie\\(s\\)\n\nSee the output.');
    assert.equal(texDelimiters('The value \\(x^2\\) grows.'), 'The value $x^2$ grows.');
  });
});
