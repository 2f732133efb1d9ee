// scripts/stages/markdown.ts: Markdown for the slides and the .pptx.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  breakableFormula,
  collectMathWarnings,
  highlightRuns,
  imageSources,
  isLocalImage,
  mapImageSources,
  markdownFor,
  shortCaption,
  webHost,
  webImageSources,
} from '../../scripts/stages/markdown.ts';

/** A text rendered as a slide's Markdown is. */
const html = (md: string): string => markdownFor(md).render(md);

describe('highlightRuns (code in the .pptx)', () => {
  it('gives back the code exactly as typed, in any language, quotes and entities included', () => {
    const languages = ['', 'python', 'js', 'html', 'sql', 'bash', 'none'];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', "'", '"', '&', '<', '>', ';', '#', '3', '9', 'x', ' ', '\n', '=', '(', ')', '{', '}', '`') }),
        fc.constantFrom(...languages),
        (code, language) => {
          const text = highlightRuns(code, language)
            .map((line) => line.map((run) => run.text).join(''))
            .join('\n');
          assert.equal(text, code);
        },
      ),
      { numRuns: 300 },
    );
    assert.equal(
      highlightRuns("print(f'{x}')", 'python')[0]
        ?.map((r) => r.text)
        .join(''),
      "print(f'{x}')",
    );
  });
});

describe("the author's highlight", () => {
  it("shows ++text++ as inserted text (HackMD's), and leaves C++ and a sum as written", () => {
    assert.equal(html('++Exemple++ Dans un contrat de travail.'), '<p><ins>Exemple</ins> Dans un contrat de travail.</p>\n');
    assert.equal(html('C++ and C++ both, and i++ + ++j.'), '<p>C++ and C++ both, and i++ + ++j.</p>\n');
  });

  it('shows ==text== as marked text, and leaves a comparison between spaces, code and math as written', () => {
    assert.equal(html('A ==key idea== here.'), '<p>A <mark>key idea</mark> here.</p>\n');
    assert.equal(html('if a == b then'), '<p>if a == b then</p>\n');
    assert.equal(html('Run `x ==y== z`.'), '<p>Run <code>x ==y== z</code>.</p>\n');
  });
});

describe('pictures side by side', () => {
  it('are a row of their own (a paragraph of pictures and nothing else), not a figure nor a line of text', () => {
    assert.match(html('![](a.png) ![](b.png)'), /^<p class="lectern-pictures"><img src="a\.png" alt=""> <img src="b\.png" alt=""><\/p>/u);
    assert.match(html('![](a.png)\n![](b.png)'), /^<p class="lectern-pictures">/u);
    assert.doesNotMatch(html('See ![](a.png) and ![](b.png).'), /lectern-pictures/u);
  });
});

describe('emphasis beside Chinese, Japanese and Korean punctuation', () => {
  it('is bold where the author wrote it so, and English emphasis is as before', () => {
    const md = markdownFor('x');
    assert.match(md.render('値を**「要素」**（element）と呼びます。'), /<strong>「要素」<\/strong>/u);
    assert.match(md.render('这是**中文**，测试。'), /<strong>中文<\/strong>，/u);
    assert.match(md.render('**bold** and *soft* and a*b*c'), /<strong>bold<\/strong> and <em>soft<\/em> and a<em>b<\/em>c/u);
    // Code stays as written.
    assert.match(md.render('`**「要素」**`'), /<code>\*\*「要素」\*\*<\/code>/u);
  });
});

describe('a pre-html fence (a <pre> block with its markup)', () => {
  it('shows its kept tags as markup, and every other tag, angle bracket and ampersand as text', () => {
    const source = '```pre-html\nq<sub>0</sub> := 0 &lt; 1 & 2\n<img src=x onerror=alert(1)><SUP>+</SUP><script>x</script>\n```';
    const html = markdownFor(source).render(source);
    assert.match(html, /q<sub>0<\/sub> := 0 &lt; 1 &amp; 2/u);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;<sup>\+<\/sup>&lt;script&gt;x&lt;\/script&gt;/u);
    assert.doesNotMatch(html, /<img|<script/u);
    // In the .pptx, the text as a reader sees it.
    assert.equal(
      highlightRuns('q<sub>0</sub> &lt; 1', 'pre-html')[0]
        ?.map((r) => r.text)
        .join(''),
      'q0 < 1',
    );
  });
});

describe('LaTeX that KaTeX lacks', () => {
  it('typesets \\mbox, \\label, \\eqref and \\mathbbm as LaTeX would, not in red; a \\gdef stays in its formula', () => {
    const html = markdownFor('$').render(
      '$$\n\\mbox{Pr}(Z \\leq 1) \\label{eq:a}\n$$\n\nSee $\\eqref{eq:a}$ and $\\mathbbm{1}$ and $\\gdef\\quarter{0.25}\\quarter$.\n\nThen $\\quarter$.',
    );
    // No command in red; the \\quarter used outside the formula that defined it is read by its name, not as 0.25.
    const red = [...html.matchAll(/color:#cc0000;">([^<]+)</gu)].map((m) => m[1]);
    assert.deepEqual(red, []);
    const then = html.slice(html.indexOf('Then'));
    assert.match(then, /quarter|>r</u);
    assert.doesNotMatch(then, /0\.25/u);
    assert.match(html, /Pr/u);
    assert.match(html, /eq:a/u);
  });

  it('typesets text symbols written in a formula, in math and in text alike, and the usual sign of independence', () => {
    const html = markdownFor('$').render(
      '$X \\independent Y$ and $X \\indep Z$. FOLLOW is $\\{ \\textdollar , \\rparen \\}$ and $a \\textendash b$ and $\\text{\\textdollar 5 \\textemdash{} 10\\textpercent}$.',
    );
    assert.doesNotMatch(html, /color:#cc0000|katex-error/u);
    assert.match(html, /\$/u);
    assert.match(html, /–/u);
    assert.match(html, /—/u);
  });
});

describe("a figure's caption", () => {
  it('shows the code and emphasis of its alt text as a line would, and nothing of it runs', () => {
    const html = markdownFor('x').render('![Pivoting with `names_to` <script>alert(1)</script> *twice*](a.png)');
    assert.match(html, /<figcaption>Pivoting with <code>names_to<\/code> &lt;script&gt;alert\(1\)&lt;\/script&gt; <em>twice<\/em><\/figcaption>/u);
    assert.doesNotMatch(html, /<script/u);
  });

  it('is not the word an editor puts there by default ("image", "Screenshot 2", "enter image description here"), nor a file\'s name', () => {
    for (const alt of ['image', 'Screenshot 2', 'enter image description here', 'IMG', 'dod\\_nbody\\_example', 'fig-3.png', 'figure-1-5'])
      assert.doesNotMatch(markdownFor('x').render(`![${alt}](a.png)`), /<figcaption>/u, alt);
    assert.match(markdownFor('x').render('![Image of the routing table](a.png)'), /<figcaption>Image of the routing table<\/figcaption>/u);
    // The file's own name, dashes and all ("coaxial-cable" for coaxial-cable.jpg), is none either; the author's words are one.
    assert.doesNotMatch(markdownFor('x').render('![coaxial-cable](./assets/coaxial-cable.jpg)'), /<figcaption>/u);
    assert.match(markdownFor('x').render('![Coaxial cable](./assets/coaxial-cable.jpg)'), /<figcaption>Coaxial cable<\/figcaption>/u);
  });

  it("where it says nothing, the picture's title is its caption, read as Markdown; where it says something, the alt text", () => {
    const html = markdownFor('x').render('![img](./images/hrd.png "*Gaia* [DR2](https://example.org/dr2) color magnitude diagram of ~1.3 billion stars.")');
    assert.match(
      html,
      /<figcaption><em>Gaia<\/em> <a [^>]*href="https:\/\/example\.org\/dr2"[^>]*>DR2<\/a> color magnitude diagram of ~1\.3 billion stars\.<\/figcaption>/u,
    );
    assert.match(markdownFor('x').render('![The routing table](a.png "A tooltip")'), /<figcaption>The routing table<\/figcaption>/u);
    assert.doesNotMatch(markdownFor('x').render('![img](a.png)'), /<figcaption>/u);
  });
});

describe('a long identifier in a line of text', () => {
  it('may break after its dots, slashes and ::, never inside a name; a short one and one with spaces stay as they are', () => {
    const html = markdownFor('x').render('`mockFn.getMockImplementation()`, `std::vector::push_back_all`, `a.b`, `x = mockFn.getMockName()`');
    assert.match(html, /<code>mockFn\.<wbr>getMockImplementation\(\)<\/code>/u);
    assert.match(html, /<code>std::<wbr>vector::<wbr>push_back_all<\/code>/u);
    assert.match(html, /<code>a\.b<\/code>/u);
    assert.match(html, /<code>x = mockFn\.getMockName\(\)<\/code>/u);
    // (Its text is the code as written: a <wbr> is no character.)
    assert.match(html.replace(/<[^>]+>/gu, ''), /mockFn\.getMockImplementation\(\), std::vector::push_back_all/u);
  });
});

describe('emoji shortcodes', () => {
  it('show the emoji in text, never in code, and leave names run into other text and emoticons as typed', () => {
    const html = markdownFor('x').render('We :heart: it :rocket: :) std::map::find a:x:b `:tada:`\n\n```\n:heart:\n```');
    assert.match(html, /We ❤️ it 🚀 :\) std::map::find a:x:b <code>:tada:<\/code>/u);
    assert.match(html, /<pre><code>[^]*:heart:/u);
  });

  it("show a keycap as its character in a key's frame, not over the enclosing mark few fonts draw", () => {
    const html = markdownFor('x').render(":one: d'un ..... :two: et d'une :hash: :rocket:");
    assert.match(html, /<span class="lectern-keycap">1<\/span> d&#39;un|<span class="lectern-keycap">1<\/span> d'un/u);
    assert.match(html, /<span class="lectern-keycap">2<\/span>/u);
    assert.match(html, /<span class="lectern-keycap">#<\/span> 🚀/u);
    assert.doesNotMatch(html, /\u20E3/u);
  });
});

describe('links a site resolves itself', () => {
  it('show their text, with no link and no Markdown source; links to the web, mail and relative ones stay links; script stays out', () => {
    const html = markdownFor('x').render(
      'The [arr.splice](mdn:js/Array/splice) method and [`concat`](doc:concat), [site](https://x.org), [n](notes.md), ![fig](mdn:pic.png).',
    );
    assert.match(html, /The arr\.splice method and <code>concat<\/code>, <a href="https:\/\/x\.org"[^>]*>site<\/a>, <a href="notes\.md">n<\/a>, fig\./u);
    assert.doesNotMatch(html, /mdn:|doc:/u);
    const script = markdownFor('x').render('[click](javascript:alert(1)) [d](data:text/html,x)');
    assert.doesNotMatch(script, /<a /u);
  });
});

describe('inline tags the deck keeps', () => {
  it('are balanced within their paragraph: an open <b> is closed there, a stray closing tag dropped', () => {
    const html = markdownFor('x').render('- <b>With protocol 1: The process must acquire\n- next </i> item <kbd>Ctrl</kbd>+<b>x</b>');
    assert.match(html, /<li><b>With protocol 1: The process must acquire<\/b><\/li>/u);
    assert.match(html, /<li>next {2}item <kbd>Ctrl<\/kbd>\+<b>x<\/b><\/li>/u);
  });
});

describe('images in Markdown', () => {
  it('shows only relative paths inside the deck: no scheme, not absolute, no way up, encoded or not', () => {
    for (const src of ['pics/a.png', 'a b.png', 'images/2024..05.png']) assert.ok(isLocalImage(src), src);
    for (const src of [
      '',
      'https://x.org/a.png',
      'file:///etc/passwd',
      'data:image/png;base64,AA',
      '/etc/a.png',
      '\\\\server\\a.png',
      '../a.png',
      'pics/%2e%2e/%2E%2E/a.png',
    ])
      assert.ok(!isLocalImage(src), src);
  });

  it("finds a slide's local and web images apart, in order, and names a web image's host", () => {
    const markdown = '![a](pics/a.png) and ![b](https://cdn.example.org/b.png)\n\n- ![c](c.svg)\n\n`![not](code.png)`';
    assert.deepEqual(imageSources(markdown), ['pics/a.png', 'c.svg']);
    assert.deepEqual(webImageSources(markdown), ['https://cdn.example.org/b.png']);
    assert.equal(webHost(' HTTP://Example.org:8080/x '), 'example.org:8080');
    assert.equal(webHost('ftp://example.org/x'), null);
    assert.equal(webHost('https://'), null);
  });

  it('moves the path of every image, and only images, by one rule', () => {
    const markdown = '![a](pics/a.png) [a link](pics/a.png) ![b](<pic-b.png>) ![c](https://x.org/c.png "title") ![d](<my pic.png>)';
    assert.equal(
      mapImageSources(markdown, (src) => (src.startsWith('https:') ? null : `deck/${src}`)),
      '![a](deck/pics/a.png) [a link](pics/a.png) ![b](<deck/pic-b.png>) ![c](https://x.org/c.png "title") ![d](<deck/my pic.png>)',
    );
    // The moved path of a bracketed destination with a space is still an image with that path.
    assert.deepEqual(imageSources(mapImageSources('![d](<my pic.png>)', (src) => `deck/${src}`)), ['deck/my%20pic.png']);
  });
});

describe('macros a site defines for its formulas', () => {
  it('are typeset in their usual sense instead of red, and a formula that defines one keeps its own', () => {
    const md = markdownFor('$');
    for (const tex of [
      '$\\norm{x}_2 + \\half \\ud t$',
      '$\\E[X] = \\Var(Y) + \\order(n)$',
      '$\\argmin_x f(x)$',
      '$b\\floor{q/2} + \\ceil{n/8}$',
      '$\\d U = T\\d S - p \\d V$',
    ])
      assert.doesNotMatch(md.render(tex), /#cc0000/u, tex);
    const own = md.render('$$\\newcommand{\\norm}[1]{|#1|} \\norm{y}$$');
    assert.doesNotMatch(own, /#cc0000|katex-error/u);
    assert.equal(own.match(/∣/gu)?.length, 2);
    // \P is a probability (blackboard P), not the pilcrow.
    const probability = md.render('$\\P(X \\le x)$');
    assert.ok(probability.includes('mathbb') && !probability.includes('¶'), probability);
  });
});

describe('task lists', () => {
  it('shows "- [x]" and "- [ ]" items as ticked and empty boxes (classes the theme draws), not brackets; other items and code stay', () => {
    const html = markdownFor('x').render('- [x] Done thing\n- [ ] Open thing with `[x]` in code\n- plain [x] item\n\n1. [ ] numbered too\n');
    assert.match(html, /<li class="task done">Done thing<\/li>/u);
    assert.match(html, /<li class="task">Open thing with <code>\[x\]<\/code> in code<\/li>/u);
    assert.match(html, /<li>plain \[x\] item<\/li>/u);
    assert.match(html, /<li class="task">numbered too<\/li>/u);
    // Obsidian's other marks show neither a box nor their brackets.
    const marks = markdownFor('x').render('- [i] Derivative of `f`\n- [!] Important\n- [?] Open question\n');
    assert.match(marks, /<li>Derivative of <code>f<\/code><\/li>\n<li>Important<\/li>\n<li>Open question<\/li>/u, marks);
  });
});

describe('a formula KaTeX cannot read', () => {
  it('is shown in red as written, and its reason is a warning the build prints', () => {
    const md = markdownFor('$');
    const { value, warnings } = collectMathWarnings(() => md.render('$$\n\\begin{foo} x \\end{foo}\n$$\n\nAnd $x^2$ here.\n'));
    assert.match(value, /katex-error/u);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0] ?? '', /^KaTeX parse error: No such environment: foo .*\(shown in red as written\) \[parseError\]$/u);
  });

  it('with a command KaTeX does not know is a warning too, the command read by its name (never in red)', () => {
    const md = markdownFor('$');
    const { value, warnings } = collectMathWarnings(() => md.render('A $\\foo{x} + y$ here.\n'));
    assert.deepEqual(warnings, ['Undefined control sequence: \\foo read as {\\operatorname{foo}} (the document does not define it)']);
    assert.doesNotMatch(value, /color:#cc0000/u);
  });
});

describe("chemistry's formulas", () => {
  it('are read as mhchem writes them (\\ce, \\pu), as MathJax reads them, with no command in red', () => {
    const md = markdownFor('$');
    const { value, warnings } = collectMathWarnings(() => md.render('A proton ($\\ce{H+}$), $\\pu{123 kJ}$ and\n\n$$\\ce{HA + B -> A- + BH+}$$\n'));
    assert.deepEqual(warnings, []);
    assert.doesNotMatch(value, /color:#cc0000|katex-error|\\ce/u);
    assert.match(value, /katex-display/u);
  });
});

describe('a short formula in a sentence', () => {
  it('keeps the punctuation after it on its line (a line may break after a formula), not after a long one', () => {
    const md = markdownFor('$');
    const html = md.render('The statistic $\\lambda_{W}$, where it holds; and $x$.\n');
    assert.match(html, /<span class="lectern-nobreak"><span class="katex">[\s\S]*?<\/span>,<\/span> where it holds; and <span class="lectern-nobreak">/u, html);
    assert.match(html, /<\/span>\.<\/span><\/p>/u);
    const long = `$${'a + '.repeat(20)}b$, then`;
    assert.doesNotMatch(md.render(long), /lectern-nobreak/u);
  });
});

describe('a formula in a Jekyll page', () => {
  it('opens an emphasis in underscores, and reads an underscore its Markdown escaped as an index', () => {
    const md = markdownFor('$');
    const html = md.render('_$n\\_\\mathbf{k}$ as a smoothed deviation from the step._\n');
    assert.match(html, /^<p><em><span class="katex">/u, html);
    assert.doesNotMatch(html, /\$n|\\_/u);
    // The index, not an underscore drawn as a character.
    assert.match(html, /class="msupsub"/u);
    assert.doesNotMatch(md.render('$a\\_b$ and $\\text{file\\_name}$\n'), /margin-right:0\.0278em;">_<\/span><span class="mord mathnormal">b/u);
    // An escaped underscore that indexes nothing is the character ("$\\_$", KaTeX's own list of symbols), never an error.
    assert.doesNotMatch(md.render('$\\_$ and $\\vdots$\n'), /katex-error/u);
    // A word and an underscore before a dollar open nothing: "my_var$".
    assert.doesNotMatch(md.render('Set my_$x$ to one.\n'), /class="katex"/u);
  });
});

describe('a long display formula of one row', () => {
  const long = '(p > (i+C)\\times(i+C)\\times(i+C)) \\wedge (p < (i+C+1)\\times(i+C+1)\\times(i+C+1)) \\wedge PRIME(p) \\wedge \\neg PRIME(p-1)';
  it('is built a second time, hidden, breakable after its operators, for the slide to show where it is too wide', () => {
    const md = markdownFor('$');
    const html = md.render(`$$\n${long}\n$$\n`);
    const lines = /<span class="lectern-math-lines" hidden>(.*)<\/span><\/p>/su.exec(html)?.[1] ?? '';
    assert.match(html, /^<p class="katex-block"><span class="katex-display">/u);
    // As a text's formula KaTeX sets each run between breaks in a box of its own: one per operator at the top.
    assert.ok((lines.match(/class="(?:katex-)?base"/gu)?.length ?? 0) >= 5, lines.slice(0, 300));
    assert.doesNotMatch(lines, /katex-display|katex-error/u);
  });

  it('is not, when it is short, has rows or an environment of its own, or a number', () => {
    assert.equal(breakableFormula(long), true);
    for (const tex of ['a^2 + b^2 = c^2', `\\begin{aligned} ${long} \\end{aligned}`, `${long} \\\\ x = 1`, `${long} \\tag{3}`])
      assert.equal(breakableFormula(tex), false, tex);
    assert.doesNotMatch(markdownFor('$').render('$$\na^2 + b^2 = c^2\n$$\n'), /lectern-math-lines/u);
  });
});

describe('a formula a word ending follows', () => {
  it('is typeset ("the $N$th partial sum"), while money stays text ("$5 and $10", "$10th")', () => {
    const md = markdownFor('$');
    const html = md.render('The $N$th partial sum, the $k$s, the $i$-th term; it costs $5 and $10, or $10th.');
    assert.equal(html.match(/class="katex"/gu)?.length, 3, html);
    assert.match(html, /<\/span>th partial sum/u);
    assert.match(html, /costs \$5 and \$10, or \$10th\./u);
  });

  it('is typeset either side of an "x" that touches two formulas, a size ("a matrix of size $m$x$n$"), the x kept', () => {
    const html = markdownFor('$').render('Một ma trận cấp $m$x$n$ (với $m \\geq 1$); it costs $5x$10.');
    assert.equal(html.match(/class="katex"/gu)?.length, 3, html);
    assert.match(html, /<\/span><\/span>x<span class="katex">/u);
    assert.match(html, /costs \$5x\$10\./u);
  });

  it('is typeset where the next formula touches it, and so is that one ("$E(X)=$$\\sum_k E(X_k)=np$")', () => {
    const html = markdownFor('$').render('故 $E(X)=E(\\sum_k X_k)=$$\\sum_k E(X_k)=np$ and $5 and $10.');
    assert.equal(html.match(/class="katex"/gu)?.length, 2, html);
    assert.doesNotMatch(html, /katex-display|\$\$/u);
    assert.match(html, /and \$5 and \$10\./u);
  });

  it('is typeset where an emphasis in underscores closes after it ("__la valeur moyenne est $S_0$__,")', () => {
    const html = markdownFor('$').render("Si l'on ajoute $S_0$, alors __la valeur moyenne est $S_0$__, d'où le nom.");
    assert.equal(html.match(/class="katex"/gu)?.length, 2, html);
    assert.doesNotMatch(html, /\$S_0\$/u);
  });
});

describe('three hyphens in text', () => {
  it('are the em dash Pandoc and Quarto set, between words or spaced; two hyphens, code and a rule stay as typed', () => {
    const html = markdownFor('x').render('These examples---a discrete one---illustrate it, and a --- b; run `a---b` with --force.\n\n---\n');
    assert.match(html, /These examples—a discrete one—illustrate it, and a — b; run <code>a---b<\/code> with --force\./u);
    assert.match(html, /<hr>/u);
  });
});

describe("a fence whose language is written as Pandoc's attributes", () => {
  it('is highlighted in the language of its first class ("~~~~ {.haskell}", "``` {#main .python .numberLines}")', () => {
    const html = markdownFor('x').render('~~~~ {.haskell}\nmain = print 1\n~~~~\n\n``` {#main .python .numberLines}\nx = 1\n```\n');
    assert.match(html, /<code class="language-haskell">/u);
    assert.match(html, /<code class="language-python"><span class="line">x = <span class="hljs-number">1<\/span>/u);
    assert.doesNotMatch(html, /language-\{/u);
  });
});

describe('a command a formula uses that nothing defines', () => {
  it('reads as its name says (an X with a bar, a blackboard V, a name upright), never in red', () => {
    const source = 'The test statistic is $T = (\\Ybar - \\Xbar) / \\se[\\hat\\tau]$ with $\\V[\\Xbar]$ known.';
    const { value: html, warnings } = collectMathWarnings(() => markdownFor(source).render(source));
    assert.ok(!html.includes('#cc0000'), html);
    assert.ok(html.includes('overline'), html);
    assert.ok(html.includes('mathbb'), html);
    assert.ok(html.includes('>se<') || />s<\/span><span class="mord[^"]*">e</u.test(html), html);
    // Said once per formula, as a warning of its own: no formula is counted as unread (check's "shown in red").
    assert.ok(warnings.length > 0 && warnings.every((w) => / read as \\/u.test(w) && !w.endsWith('[parseError]')), warnings.join('\n'));
  });
});

describe('dollars round punctuation alone', () => {
  it('are the text, no formula: "变量：$@，$^，$<代表…" (a Makefile\'s variables in Chinese prose); "$x$，" and "$<$" stay formulas', () => {
    const zh = html('你可能会碰到以下三个变量：$@，$^，$<代表的意义分别是：');
    assert.doesNotMatch(zh, /katex/u);
    assert.match(zh, /\$@，\$\^，\$&lt;代表/u);
    assert.match(html('其中 $x$，是变量'), /katex/u);
    assert.match(html('the $<$ operator'), /katex/u);
  });
});

describe('a vector command the document does not define', () => {
  it('is its letter in bold ("\\thetavec", "\\xvec"), never its name upright or in red', () => {
    const theta = html('the parameters $p(\\thetavec | D)$ and $\\xvec$');
    assert.match(theta, /boldsymbol/u);
    assert.doesNotMatch(theta, /thetavec|xvec|#cc0000/u);
  });
});

describe("a font's command a formula uses that nothing defines", () => {
  it('sets its group in that font ("\\bb{x}" bold, "\\mathpzc{X}" script), even as an index; a name alone stays a group that may be one', () => {
    const source = 'Let $F _{\\mathpzcb{X}}(\\bb{x})$ and $\\mu _\\mathpzc{X}$ with $\\sigma _\\se^2$, $A^\\Tr$ and $y = \\mathsfit{a}$.';
    const { value: html, warnings } = collectMathWarnings(() => markdownFor(source).render(source));
    assert.ok(!html.includes('#cc0000') && !html.includes('katex-error'), html);
    assert.match(html, /mathcal/u);
    assert.match(html, /boldsymbol|mathbf|bold/u);
    assert.doesNotMatch(html, />b<\/span><span class="mord[^"]*">b</u);
    assert.ok(
      warnings.every((w) => !w.endsWith('[parseError]')),
      warnings.join('\n'),
    );
  });

  it('sets a vector\'s and a matrix\'s usual names in bold ("\\vect{x}", "\\matr{W}"), not as words', () => {
    const source = 'There is an input $\\vect{x}$ and a weight matrix $\\matr{W}$.';
    const html = collectMathWarnings(() => markdownFor(source).render(source)).value;
    assert.doesNotMatch(html, />v<|>m<|#cc0000/u);
    assert.equal((html.match(/class="mord boldsymbol"/gu) ?? []).length, 2, html);
  });
});

describe('a space before high punctuation, as French sets it', () => {
  it('is a no-break space, so a line never opens with ":" or "»"; code keeps its spaces', () => {
    assert.equal(html('Troisième cours : l’héritage'), '<p>Troisième cours\u00a0: l’héritage</p>\n');
    assert.equal(html('Il dit « oui » ! Vraiment ?'), '<p>Il dit «\u00a0oui\u00a0»\u00a0! Vraiment\u00a0?</p>\n');
    assert.equal(html('Run `a ? b : c` here'), '<p>Run <code>a ? b : c</code> here</p>\n');
  });
});

describe('a date written out', () => {
  it('is never broken over two lines: its spaces are no-break spaces', () => {
    assert.equal(html('Ann Lee · 12 March, 2020'), '<p>Ann Lee · 12\u00a0March,\u00a02020</p>\n');
    assert.equal(html('Since March 3, 2019 and 3 de marzo de 2021.'), '<p>Since March\u00a03,\u00a02019 and 3\u00a0de\u00a0marzo\u00a0de\u00a02021.</p>\n');
    assert.equal(html('In 2020 we met; `March 2020` stays'), '<p>In 2020 we met; <code>March 2020</code> stays</p>\n');
  });
});

describe("a picture's caption written as the line under it", () => {
  it('is set in the figure, under the picture, not as a paragraph of its own', () => {
    const italic = html('- A point beside it.\n\n![](shot.png)\n\n*Reading documents in the editor.*\n');
    assert.match(italic, /<figure[^>]*>[\s\S]*<figcaption class="lectern-caption"><em>Reading documents in the editor\.<\/em><\/figcaption>[\s\S]*<\/figure>/u);
    assert.doesNotMatch(italic, /<p><em>Reading/u);
    // A short line that ends the slide under a picture with no description, too; a sentence after it stays text.
    assert.match(
      html('![](bill.png)\n\nBilling and Cost Management Home\n'),
      /<figcaption class="lectern-caption">Billing and Cost Management Home<\/figcaption>/u,
    );
    assert.match(html('![](bill.png)\n\nOpen the page and read the charges.\n'), /<p>Open the page and read the charges\.<\/p>/u);
    // A credit too ("Source: …").
    assert.match(
      html('![A chart](chart.png)\n\nSource: the annual report of the society.\n'),
      /<figcaption class="lectern-caption">Source: the annual report/u,
    );
  });

  it("is a placeholder inside its link where the picture is a link's whole text and cannot show", () => {
    const linked = html('[![The myth](../images/m.png)](https://example.org/v)\n');
    assert.match(
      linked,
      /<a href="https:\/\/example\.org\/v"[^>]*><span class="lectern-placeholder lectern-path">Missing image: \.\.\/images\/m\.png \(The myth\)<\/span><\/a>/u,
    );
    assert.doesNotMatch(linked, /\[image:/u);
  });

  it("is never a plugin's options written in the description ('--width=300px')", () => {
    assert.doesNotMatch(html('![--width=300px](images/book.jpg)\n'), /<figcaption>/u);
    assert.match(html('![A phone book](images/book.jpg)\n'), /<figcaption>A phone book<\/figcaption>/u);
  });

  it('is never a picture of its own, whatever its description says', () => {
    const two = html('![Cables and radio links](links.png)\n\n![Photo by Ann Lee on Unsplash](camera.png)\n');
    assert.equal((two.match(/<figure/gu) ?? []).length, 2, two);
    assert.match(two, /<figcaption>Cables and radio links<\/figcaption>/u);
    assert.match(two, /<figcaption>Photo by Ann Lee on Unsplash<\/figcaption>/u);
  });
});

describe("a long description's short caption", () => {
  it('is its first sentence, read as sentences are, with the one after a label alone', () => {
    const long = (first: string): string =>
      `${first} This figure shows the mitochondrial gene in maize, and the region at the bottom, and between them two segments that pieced together form the gene.`;
    assert.equal(shortCaption(long('Fig. 2 The origin of the T-URF13 region.')), 'Fig. 2 The origin of the T-URF13 region.');
    assert.equal(shortCaption(long('Figure 3. The heap grows up.')), 'Figure 3. The heap grows up.');
  });
});

describe('a Mermaid fence', () => {
  it('is its source as text in a <pre> for the page to draw, escaped, with no highlighting', () => {
    const out = html('```mermaid {scale: 0.7}\nflowchart LR\n  A["<b>x</b> & y"] --> B\n```');
    assert.equal(out, '<pre class="lectern-mermaid">flowchart LR\n  A[&quot;&lt;b&gt;x&lt;/b&gt; &amp; y&quot;] --&gt; B\n</pre>\n');
    assert.doesNotMatch(html('```mermaidjs\ngraph\n```'), /lectern-mermaid/u);
  });
});
