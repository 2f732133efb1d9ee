// scripts/stages/html-blocks.ts: raw HTML in a Markdown document, shown safely.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlHeading, htmlToBlocks, inlineHtml } from '../../scripts/stages/html-blocks.ts';

describe('a figure whose caption holds a link', () => {
  it('is the picture, then its caption as a paragraph of its own', () => {
    const html =
      '<figure class="left">\n<img src="/up/fig1.jpg" alt="Figure 1"/>\n<figcaption><strong>Fig. 1</strong> A membrane protein, <a href="https://example.org/t">quite similar</a>.</figcaption>\n</figure>';
    assert.deepEqual(htmlToBlocks(html, 9), [
      { kind: 'image', text: '![Figure 1](/up/fig1.jpg)', line: 9 },
      { kind: 'paragraph', text: 'Fig. 1 A membrane protein, quite similar.', line: 9 },
    ]);
  });
});

describe('htmlToBlocks', () => {
  it("leaves out a control a deck framework's script handles when clicked (Slidev's cover's \"Begin\" button), keeping the text around it", () => {
    const cover = [
      '<div class="pt-12">',
      '  <span @click="$slidev.nav.next" class="px-2 py-1 rounded cursor-pointer" hover="bg-white bg-opacity-10">',
      '    Begin <carbon:arrow-right class="inline"/>',
      '  </span>',
      '</div>',
      '<p>A talk in <b>two</b> parts.</p>',
      '<button onclick="next()">Next</button>',
    ].join('\n');
    const text = htmlToBlocks(cover, 3)
      .map((b) => b.text)
      .join('\n');
    assert.doesNotMatch(text, /Begin|Next/u);
    assert.match(text, /A talk in (?:\*\*)?two(?:\*\*)? parts\./u);
  });
  it('leaves the text of the tags, entities decoded, one paragraph a line, and drops scripts and styles whole', () => {
    assert.deepEqual(htmlToBlocks('<div class="note"><p>Fish &amp; chips<br>and peas</p><script>alert("x")</script><style>p{}</style></div>', 7), [
      { kind: 'paragraph', text: 'Fish & chips', line: 7 },
      { kind: 'paragraph', text: 'and peas', line: 7 },
    ]);
  });

  it('makes an embedded video a link to it, named by its title or its address; a page not on the web is nothing', () => {
    assert.deepEqual(htmlToBlocks('<iframe width="738" src="https://www.youtube.com/embed/lyZQPjUT5B4" allowfullscreen></iframe>', 4), [
      { kind: 'paragraph', text: '[youtube.com/embed/lyZQPjUT5B4](https://www.youtube.com/embed/lyZQPjUT5B4)', line: 4 },
    ]);
    assert.deepEqual(htmlToBlocks('<iframe title="Bubble sort, step by step" src="https://player.vimeo.com/video/1"></iframe>', 2), [
      { kind: 'paragraph', text: '[Bubble sort, step by step](https://player.vimeo.com/video/1)', line: 2 },
    ]);
    assert.deepEqual(htmlToBlocks('<iframe src="javascript:alert(1)"></iframe>', 1), []);
    // A title in a word processor's typographic quotes is its words.
    assert.deepEqual(htmlToBlocks('<iframe src="https://drive.example.org/f" frameborder="0"title=”Projet démo par région"></iframe>', 3), [
      { kind: 'paragraph', text: '[Projet démo par région](https://drive.example.org/f)', line: 3 },
    ]);
    // A long address (a program in the query of an embedded Python Tutor) is named without its query, the link kept whole.
    const program = `https://pythontutor.com/iframe-embed.html#code=${'def%20f%28x%29%3A%0A%20%20%20%20return%20x%0A'.repeat(30)}&py=3`;
    assert.deepEqual(htmlToBlocks(`<iframe width="1000" height="700" src="${program}"></iframe>`, 5), [
      { kind: 'paragraph', text: `[pythontutor.com/iframe-embed.html](${program})`, line: 5 },
    ]);
    const deep = `https://example.org/${'section/'.repeat(12)}page.html`;
    assert.deepEqual(htmlToBlocks(`<iframe src="${deep}"></iframe>`, 1), [{ kind: 'paragraph', text: `[example.org](${deep})`, line: 1 }]);
  });

  it('shows a picture an <object> or <embed> embeds as an image, described by its title or fallback text; nothing else it embeds', () => {
    assert.deepEqual(htmlToBlocks('<div class="responsive">\n<object data="images/cdn.svg">A CDN in front of servers</object>\n</div>', 3), [
      { kind: 'image', text: '![A CDN in front of servers](images/cdn.svg)', line: 3 },
    ]);
    assert.deepEqual(htmlToBlocks('<embed src="plots/fig 1.png" title="Fig. 1">', 1), [{ kind: 'image', text: '![Fig. 1](plots/fig%201.png)', line: 1 }]);
    assert.deepEqual(htmlToBlocks('<object data="applet.swf"><param name="x" value="1"></object>', 1), []);
    assert.equal(inlineHtml('See <object data="images/latency.svg"></object> here.'), 'See ![](images/latency.svg) here.');
  });

  it('keeps a <pre> diagram as code, its spaces as written, in a fence longer than any backticks in it', () => {
    const [block] = htmlToBlocks('<pre>a  --&gt; b\n   ``` c</pre>', 1);
    assert.deepEqual(block, { kind: 'code', text: '````\na  --> b\n   ``` c\n````', line: 1 });
  });

  it('keeps the inline markup of a <pre> (a subscript, a superscript) as bare tags in a pre-html fence; other tags leave their text', () => {
    const [block] = htmlToBlocks('<pre><code class="x">q<sub class="i">0</sub> := 0\nident ::= alpha<sup>*</sup> &lt; <a href="#s">see</a>\n</code></pre>', 3);
    assert.deepEqual(block, { kind: 'code', text: '```pre-html\nq<sub>0</sub> := 0\nident ::= alpha<sup>*</sup> &lt; see\n```', line: 3 });
  });

  it("shows a <details>'s summary, and sends what it folds away to the notes, in the author's order", () => {
    assert.deepEqual(
      htmlToBlocks('<p>Question?</p><details><summary>The <b>answer</b></summary><p>It is 42.</p></details><p>Next.</p>', 3).map((b) => [
        b.kind,
        b.text,
        b.folded ?? false,
      ]),
      [
        ['paragraph', 'Question?', false],
        ['paragraph', '**The answer**', false],
        ['paragraph', 'It is 42.', true],
        ['paragraph', 'Next.', false],
      ],
    );
    // A summary with bold of its own ("**Question:** One can show…", Franklin's \collaps) is bold as a whole, once.
    const [asked] = htmlToBlocks('<details><summary>**Question:** One can show that it is a vector space.</summary><p>It is.</p></details>', 1);
    assert.equal(asked?.text, '**Question: One can show that it is a vector space.**');
  });

  it("keeps a formula in TeX in a <details>'s summary as a formula ($T_{chain}$ had shown its dollars); a price stays text", () => {
    const [summary] = htmlToBlocks('<details><summary>Compute the coefficient between $T_{chain}$ and $x$</summary><p>It is 0.66.</p></details>', 1);
    assert.equal(summary?.text, '**Compute the coefficient between $T_{chain}$ and $x$**');
    const [price] = htmlToBlocks('<details><summary>It costs $5 and $10 *each*</summary><p>Yes.</p></details>', 1);
    assert.equal(price?.text, '**It costs \\$5 and \\$10 \\*each\\***');
  });

  it('makes an <img> a Markdown image block, its alt text escaped and its path kept whole', () => {
    assert.deepEqual(htmlToBlocks('<p><img src="my pic.png" alt="A *bold* claim"></p>', 2), [
      { kind: 'image', text: '![A \\*bold\\* claim](my%20pic.png)', line: 2 },
    ]);
    // Parentheses in the path would end the Markdown destination early.
    assert.deepEqual(htmlToBlocks('<img src="my pic (1).png" alt="x">', 4), [{ kind: 'image', text: '![x](my%20pic%20%281%29.png)', line: 4 }]);
  });
});

describe('pictures in an HTML block', () => {
  it('side by side in a div are one picture block, as one picture is', () => {
    const blocks = htmlToBlocks('<div class=mdImage align=center>\n<img src="a.jpg" width="400" />\n<img src="b.jpg" width="400" />\n</div>', 1);
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['image'],
    );
    assert.match(blocks[0]?.text ?? '', /^!\[\]\(<?a\.jpg>?\) !\[\]\(<?b\.jpg>?\)$/u);
  });
});

describe('a <figure> of a picture written in Markdown', () => {
  it('is the picture, described by its caption as the page shows it, not Markdown shown as text', () => {
    const html =
      "<p align = 'center'>\n<figure>\n![portada](/img/race.png)\n<figcaption>**Fig 1**. Condición de competencia ([link](https://example.org/race.html))</figcaption>\n</figure>\n</p>";
    assert.deepEqual(
      htmlToBlocks(html, 1).map((b) => [b.kind, b.text]),
      [['image', '![Fig 1. Condición de competencia (link)](/img/race.png)']],
    );
  });
});

describe('an HTML table', () => {
  it('is a Markdown table: its <th> rows the header, joined by column; a cell spanning rows repeated in the rows it covers', () => {
    const html = [
      '<table>',
      '  <tr><th rowspan="2">Size</th><th rowspan="2">Method</th><th colspan="2" align="center">Length</th></tr>',
      '  <tr><th>256</th><th>512</th></tr>',
      '  <tr><th rowspan="2">7B</th><td>LoRA</td><td>6.7G</td><td>7.4G</td></tr>',
      '  <tr><td>Q-LoRA | 4-bit</td><td><code>5.8G</code></td><td><a href="https://example.org/x">link</a> *as is*</td></tr>',
      '  <tr><td>14B</td><td>LoRA</td><td>$H_0$</td><td><ul><li>one</li><li>two</li></ul></td></tr>',
      '</table>',
    ].join('\n');
    assert.deepEqual(htmlToBlocks(`<p>Results:</p>\n${html}\n<p>After.</p>`, 3), [
      { kind: 'paragraph', text: 'Results:', line: 3 },
      {
        kind: 'table',
        text: [
          '| Size | Method | Length 256 | 512 |',
          '| --- | --- | --- | --- |',
          '| 7B | LoRA | 6.7G | 7.4G |',
          '| 7B | Q-LoRA \\| 4-bit | <code>5.8G</code> | [link](https://example.org/x) \\*as is\\* |',
          '| 14B | LoRA | $H_0$ | • one<br>• two |',
        ].join('\n'),
        line: 3,
      },
      { kind: 'paragraph', text: 'After.', line: 3 },
    ]);
  });

  it("keeps a cell's link whole when its text is a picture over a name (a README's contributors)", () => {
    const cell = (name: string, site: string): string =>
      `<td align="center"><a href="${site}"><img src="https://avatars.example/u/1?v=4" width="100px;" alt=""/><br /><sub><b>${name}</b></sub></a><br /><a href="https://example.org/commits?author=${name}" title="Code">💻</a></td>`;
    const [table] = htmlToBlocks(
      `<table><tr>${cell('Ana', 'https://ana.dev')}${cell('Bo', 'https://bo.dev/')}</tr><tr>${cell('Cy', 'https://cy.dev')}<td></td></tr></table>`,
      1,
    );
    assert.equal(table?.kind, 'table');
    assert.match(table?.text ?? '', /^\| \[!\[\]\(https:\/\/avatars\.example\/u\/1\?v=4\)<br><sub><b>Ana<\/b><\/sub>\]\(https:\/\/ana\.dev\)<br>\[💻\]/u);
    assert.doesNotMatch(table?.text ?? '', /\\\]/u);
  });

  it('of one column, or holding another table, is its text', () => {
    assert.deepEqual(
      htmlToBlocks('<table><tr><td>Only</td></tr><tr><td>column</td></tr></table>', 1).map((b) => b.kind),
      ['paragraph', 'paragraph'],
    );
    assert.ok(
      htmlToBlocks('<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>', 1).every(
        (b) => b.kind === 'paragraph',
      ),
    );
  });
});

describe('inlineHtml', () => {
  it('leaves a link destination in angle brackets as written (it is not a tag)', () => {
    assert.equal(inlineHtml('See ![a plan](<my pic.png>) and [notes](<a b.md>) <span>x</span>'), 'See ![a plan](<my pic.png>) and [notes](<a b.md>) x');
  });
  it('keeps harmless inline tags without their attributes, leaves the text of the others, and makes <img> an image', () => {
    assert.equal(
      inlineHtml('Press <kbd class="key" onclick="x()">Ctrl</kbd> <span style="color:red">here</span><br/>then <img src="i.png" alt="the icon">.'),
      'Press <kbd>Ctrl</kbd> here<br>then ![the icon](i.png).',
    );
  });

  it('makes a link written in HTML a Markdown link, its address whole; an anchor or a script address leaves its text', () => {
    const url = 'https://medium.com/@v/quadratic-arithmetic-programs-f6d558cea649';
    assert.equal(inlineHtml(`_A mirror of <a href="${url}">${url}</a>_`), `_A mirror of [${url}](${url})_`);
    assert.equal(
      inlineHtml('See <a id="top"></a>the <a href="javascript:alert(1)">trick</a> and <a href="#notes" class="x">[1]</a>.'),
      'See the trick and [\\[1\\]](#notes).',
    );
  });

  it("keeps the items of a list written in HTML inside a table cell apart, each on a line with its bullet (GitHub's idiom)", () => {
    assert.equal(
      inlineHtml('| Place | <ul><li>voiced _trill_</li><li>velarized lateral</li><li> <ul>nested</li><li>**clear** - tip up</li></ul> </li></ul> |'),
      '| Place | • voiced _trill_<br>• velarized lateral<br>nested<br>• **clear** - tip up |',
    );
    assert.equal(inlineHtml('| a | <p>one</p><p>two</p> |'), '| a | one<br>two |');
    // An author's own line break at the end of a line stays as written; a tag in a code span is code.
    assert.equal(inlineHtml('line one<br>\nline two `<li>`'), 'line one<br>\nline two `<li>`');
  });

  it('drops a script with its text, and leaves code spans and fenced code as written', () => {
    const code = '```html\n<span class="x">kept</span>\n```';
    assert.equal(inlineHtml(`Use \`<span>\`<script>steal()</script> here.\n\n${code}`), `Use \`<span>\` here.\n\n${code}`);
    assert.equal(inlineHtml('No tags: a < b and c > d.'), 'No tags: a < b and c > d.');
  });
});

describe("an HTML block's text", () => {
  it('flows as a browser shows it: the source line breaks inside an element are spaces, a block element or <br> a new paragraph', () => {
    const html = '<div><sup>\n  Visit\n  <a href="https://example.org"><u>example.org</u></a>\n  to learn more.\n</sup></div>\n<div>Second<br>line</div>';
    assert.deepEqual(
      htmlToBlocks(html, 1).map((b) => b.text),
      ['Visit example.org to learn more.', 'Second', 'line'],
    );
    assert.equal(htmlToBlocks('<pre>a\n  b</pre>', 1)[0]?.text, '```\na\n  b\n```');
  });
});

describe('a tag whose attribute holds ">"', () => {
  it('is read whole (UnoCSS\'s class="[&>*]:leading-10"): none of it shows as text', () => {
    const html = '<div class="[&>*]:important-leading-10 opacity-80">\n\nCore team member<br>\nCreator of <span title="a > b">Vitest</span>\n</div>';
    assert.deepEqual(
      htmlToBlocks(html, 1).map((b) => b.text),
      ['Core team member', 'Creator of Vitest'],
    );
  });
});

describe("a <pre> diagram's arrows", () => {
  it('are text, not tags: "o <-- o <-- o --> x" keeps every arrow and node', () => {
    const [block] = htmlToBlocks('<pre>\no <-- o <-- o <---- o --> x\n       ^\n         --- o <-- o\n</pre>', 1);
    assert.equal(block?.text, '```\no <-- o <-- o <---- o --> x\n       ^\n         --- o <-- o\n```');
  });
});

describe('htmlHeading', () => {
  it('reads a heading set in blocks or breaks as one title; one that holds a picture is none', () => {
    assert.deepEqual(htmlHeading('<h1 relative z-1>\n  <div text-primary>\n    Unpoly\n  </div>\n  <div>\n    pour reprendre le contrôle !\n  </div>\n</h1>'), {
      level: 1,
      text: 'Unpoly pour reprendre le contrôle !',
    });
    assert.deepEqual(htmlHeading('<h2>Notre <span text-primary>fil rouge</span></h2>'), { level: 2, text: 'Notre fil rouge' });
    assert.equal(htmlHeading('<h1 align="center"><img src="logo.png" alt="Tool"><br>Tool</h1>'), null);
  });
});

describe('a placeholder in angle brackets inside a <pre>', () => {
  it('is the text the author typed ("(<anonymous>)", "<url>"), not a tag to drop; real tags still go', () => {
    const [plain] = htmlToBlocks('<pre class="hljs">\n$ git clone <url>\n<span style="color:red">ERROR x\n    at JSON.parse (<anonymous>)\n</span></pre>', 1);
    assert.equal(plain?.text, '```\n$ git clone <url>\nERROR x\n    at JSON.parse (<anonymous>)\n```');
    const [marked] = htmlToBlocks('<pre>q<sub>0</sub> at <anonymous></pre>', 1);
    assert.equal(marked?.text, '```pre-html\nq<sub>0</sub> at &lt;anonymous&gt;\n```');
  });
});

describe('a formula in text written in HTML', () => {
  it('stays a formula where it reads as TeX (a figure caption the page typesets), while money and emphasis marks stay text', () => {
    const [caption] = htmlToBlocks('<figure><figcaption>The gap $\\log p_\\theta(\\bx)$ at $\\bx$ costs $5 and $10 *each*.</figcaption></figure>', 1);
    assert.equal(caption?.text, 'The gap $\\log p_\\theta(\\bx)$ at $\\bx$ costs \\$5 and \\$10 \\*each\\*.');
  });

  it('stays a displayed formula in a box of the site (<div class="definition">), on one line or over several', () => {
    const blocks = htmlToBlocks(
      '<div class="definition">\nA filter is stable when its response is summable:\n$$\\sum_{n=-\\infty}^{\\infty}|h[n]|<\\infty.$$\n</div>',
      1,
    );
    assert.deepEqual(
      blocks.map((b) => b.text),
      ['A filter is stable when its response is summable: $$\\sum_{n=-\\infty}^{\\infty}|h[n]|<\\infty.$$'],
    );
    const [over] = htmlToBlocks('<div>\n$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$\n</div>', 1);
    assert.equal(over?.text, '$$ \\begin{aligned} a &= b \\\\ c &= d \\end{aligned} $$');
  });
});

describe('a figure of one picture and its caption', () => {
  it('is the picture captioned as the page shows it, not the picture with its caption run on after it as text', () => {
    const html =
      '<figure class="pixelated">\n<img src="/assets/courier.avif" alt="A monochrome interface displaying the results of a search.">\n<figcaption>Courier version 1.1.1 on Newton OS 2.1.</figcaption>\n</figure>';
    assert.deepEqual(
      htmlToBlocks(html, 1).map((b) => [b.kind, b.text]),
      [['image', '![Courier version 1.1.1 on Newton OS 2.1.](/assets/courier.avif)']],
    );
    // A caption with a link stays text under the picture.
    const linked = htmlToBlocks('<figure><img src="a.png" alt="A"><figcaption>From <a href="https://example.org">the docs</a></figcaption></figure>', 1);
    assert.deepEqual(
      linked.map((b) => b.kind),
      ['image', 'paragraph'],
    );
  });

  it("is so when a box of <div>s holds the picture and, under it, one element of text alone (a blog's gallery box)", () => {
    const html =
      '<div class="gallery-box">\n  <div class="gallery">\n    <img src="/images/gdp.JPG" loading="lazy" style="width:700px;height:500px;">\n  </div>\n  <em>Life satisfaction against GDP per capita. Taken from the book, p. 202.</em>\n</div>';
    assert.deepEqual(
      htmlToBlocks(html, 1).map((b) => [b.kind, b.text]),
      [['image', '![Life satisfaction against GDP per capita. Taken from the book, p. 202.](/images/gdp.JPG)']],
    );
    // Text over the picture too: no caption, the box's text as it is.
    const over = htmlToBlocks('<div class="box"><p>A paragraph first.</p><img src="a.png"><em>Under it.</em></div>', 1);
    assert.ok(over.some((b) => /A paragraph first/u.test(b.text)) && over.some((b) => /Under it/u.test(b.text)), JSON.stringify(over));
    assert.ok(!over.some((b) => /!\[Under it/u.test(b.text)), JSON.stringify(over));
  });

  it('is so when written with <div>s, one of them of a caption class ("figcaption")', () => {
    const html =
      '<div class="fig figcenter">\n  <img src="/assets/trick.jpeg">\n  <div class="figcaption">\n    The trick in one picture. The left and the right do the same.\n  </div>\n</div>';
    assert.deepEqual(
      htmlToBlocks(html, 1).map((b) => [b.kind, b.text]),
      [['image', '![The trick in one picture. The left and the right do the same.](/assets/trick.jpeg)']],
    );
    // (A class that says caption in short, "thecap", inside a container of a class of that kind too, "imgcap".)
    const short =
      '<div class="imgcap">\n<img src="/assets/rnn/charseq.jpeg" width="70%">\n<div class="thecap">An example network with a hidden layer.</div>\n</div>';
    assert.deepEqual(
      htmlToBlocks(short, 1).map((b) => [b.kind, b.text]),
      [['image', '![An example network with a hidden layer.](/assets/rnn/charseq.jpeg)']],
    );
    // (Not a class that only holds the letters, "landscape": its text is the page's.)
    const landscape = htmlToBlocks('<div class="fig"><img src="a.png"><div class="landscape">Read the map from left to right.</div></div>', 1);
    assert.ok(landscape.some((b) => b.text.includes('Read the map')) && !landscape.some((b) => b.kind === 'image' && b.text.includes('Read the map')));
    // Text beside the picture and its caption keeps the block as it is.
    const more = htmlToBlocks('<div class="fig"><img src="a.png"><p>Look here first.</p><div class="caption">A</div></div>', 1);
    assert.ok(more.some((b) => b.text.includes('Look here first.')));
  });
});

describe('a Markdown picture inside a layout of HTML', () => {
  it('is a picture, its path in angle brackets or not, not its markup as text', () => {
    const html =
      '<div class="row">\n    <div class="col-6 ">\n    ![Block diagram of filter 1 (Direct Form I)](</img/fig2.svg>)\n    </div>\n    <div class="col-6" >\n    ![Direct Form II](/img/fig2b.svg)\n    </div>\n</div>';
    const blocks = htmlToBlocks(html, 1);
    const text = blocks.map((b) => `${b.kind}: ${b.text}`).join('\n');
    assert.ok(
      blocks.every((b) => b.kind === 'image'),
      text,
    );
    assert.match(text, /!\[Block diagram of filter 1 \\?\(Direct Form I\\?\)\]\(\/img\/fig2\.svg\)/u);
    assert.match(text, /!\[Direct Form II\]\(\/img\/fig2b\.svg\)/u);
  });
});

describe('pictures laid out in a grid of elements', () => {
  it("are one block of pictures side by side (a figure's rows of plots), its caption after them; two pictures apart outside a figure stay apart", () => {
    const cell = (name: string): string => `    <div class="col one">\n      <img src="plots/${name}.png" />\n    </div>`;
    const html = [
      '<figure id="alpha" class="l-body">',
      '  <div class="row">',
      cell('a1'),
      cell('a2'),
      cell('a3'),
      '  </div>',
      '  <div class="row">',
      cell('b1'),
      cell('b2'),
      cell('b3'),
      '  </div>',
      '  <figcaption>',
      '    The density for six values of alpha.',
      '  </figcaption>',
      '</figure>',
    ].join('\n');
    const blocks = htmlToBlocks(html, 1);
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['image', 'paragraph'],
    );
    assert.equal((blocks[0]?.text.match(/!\[/gu) ?? []).length, 6);
    assert.match(blocks[1]?.text ?? '', /six values of alpha/u);
    const apart = htmlToBlocks('<div>\n<p><img src="one.png"></p>\n<p><img src="two.png"></p>\n</div>', 1);
    assert.deepEqual(
      apart.map((b) => b.kind),
      ['image', 'image'],
    );
  });
});

describe('a button, whatever script it is given to', () => {
  it('shows no label: in a block of its own, or on a line of text', () => {
    assert.deepEqual(htmlToBlocks('<div>\n<button id="show-all" class="btn">Show answers</button>\n<p>Answers follow.</p>\n</div>', 3), [
      { kind: 'paragraph', text: 'Answers follow.', line: 3 },
    ]);
    assert.equal(inlineHtml('<button id="show-all">Show answers</button>').trim(), '');
    assert.equal(inlineHtml('Press <kbd>Enter</kbd> <button type="button">Copy</button> to go on').replace(/\s+/gu, ' '), 'Press <kbd>Enter</kbd> to go on');
  });
});

describe("a Mermaid diagram a site's script draws", () => {
  it('is a diagram, as a fenced one: a <div class="mermaid"> or a <pre class="mermaid">, its entities read', () => {
    assert.deepEqual(htmlToBlocks('<div class="mermaid">\ngraph LR\n  A[&quot;Start&quot;] --&gt; B\n</div>', 4), [
      { kind: 'code', text: '```mermaid\ngraph LR\n  A["Start"] --> B\n```', line: 4 },
    ]);
    assert.deepEqual(htmlToBlocks('<pre class="diagram mermaid">sequenceDiagram\n  A->>B: hi</pre>', 1), [
      { kind: 'code', text: '```mermaid\nsequenceDiagram\n  A->>B: hi\n```', line: 1 },
    ]);
    // (A class that only contains the word is another's.)
    assert.equal(htmlToBlocks('<pre class="mermaidish">x --> y</pre>', 1)[0]?.text, '```\nx --> y\n```');
  });
});
