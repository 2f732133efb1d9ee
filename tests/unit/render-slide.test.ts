// scripts/stages/render-slide.ts: a slide's Markdown to the deck's HTML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSlide } from '../../scripts/stages/render-slide.ts';

/** The HTML of a slide's body written as `markdown`. */
const bodyHtml = (markdown: string): string =>
  renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: markdown, notes: '' }).bodyHtml;

describe("the author's words, untouched", () => {
  it("numbers a list from the author's first number, 0 included", () => {
    const html = (markdown: string): string =>
      renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: markdown, notes: '' }).bodyHtml;
    assert.match(html('0. boot\n1. fork'), /<ol start="0" style="counter-reset: item -1">/u);
    assert.match(html('2. second\n3. third'), /<ol start="2" style="counter-reset: item 1">/u);
    assert.doesNotMatch(html('1. first\n2. second'), /counter-reset/u);
  });
});

describe('an HTML tag of layout in a line of text', () => {
  it('shows its text and not the tag (\'<span style="color:blue">\'), while a word in angle brackets the author wrote stays', () => {
    const html = bodyHtml(
      '- <span style="color:blue">**Special case**</span><br> -- a matrix is <font color="red">triangular</font> when its List<T> is empty\n',
    );
    assert.doesNotMatch(html, /&lt;\/?(?:span|font)/u);
    assert.match(html, /<strong>Special case<\/strong>/u);
    assert.match(html, /is triangular when/u);
    assert.match(html, /List&lt;T&gt;/u);
  });
});

describe("a table's cell of one short word with hyphens", () => {
  it('is kept on one line (a date, a version), a cell of words is not', () => {
    const html = bodyHtml('| Release | Date | Notes |\n| --- | --- | --- |\n| x86-64 | 2024-04-08 | A long-awaited fix, at last. |\n');
    assert.match(html, /<td class="lectern-nowrap">2024-04-08<\/td>/u);
    assert.match(html, /<td class="lectern-nowrap">x86-64<\/td>/u);
    assert.match(html, /<td>A long-awaited fix, at last\.<\/td>/u);
  });
});

describe('a list of short items', () => {
  const html = (markdown: string): string =>
    renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: markdown, notes: '' }).bodyHtml;
  const words = ['journals', 'work logs', 'prioritizing tasks', 'tracking your time', 'generating reports', 'outlining a book'];

  it('is set in two columns from six items on, each short and with nothing under it', () => {
    assert.match(html(words.map((w) => `* ${w}`).join('\n')), /<ul class="lectern-columns">/u);
    assert.match(html(words.map((w, i) => `${i + 1}. ${w}`).join('\n')), /<ol class="lectern-columns">/u);
    assert.doesNotMatch(
      html(
        words
          .slice(1)
          .map((w) => `* ${w}`)
          .join('\n'),
      ),
      /lectern-columns/u,
    );
    assert.doesNotMatch(
      html([...words.slice(1), 'an item that says a whole sentence about what it means'].map((w) => `* ${w}`).join('\n')),
      /lectern-columns/u,
    );
    assert.doesNotMatch(html([...words.map((w) => `* ${w}`), '  * a nested item'].join('\n')), /lectern-columns/u);
    assert.doesNotMatch(html([...words.map((w) => `* ${w}`), '', '  A second paragraph.'].join('\n')), /lectern-columns/u);
  });
});

describe('figures', () => {
  const slide = (body: string, notes = ''): ReturnType<typeof renderSlide> =>
    renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes }, undefined, {
      missingImages: new Set(['login.svg']),
    });
  const long =
    'The login procedure on a system. On a system that uses a name server, it will ensure that terminals are available by executing the getty program, which makes available a terminal for a user to interact with. It executes the login program that reads the user name and password from the user.';

  it('a description too long for a caption shows its first sentence under the picture, and the whole in the notes', () => {
    const rendered = slide(`# Logging in\n\n![${long}](login.svg)`);
    assert.match(rendered.bodyHtml, /<figcaption>The login procedure on a system\.<\/figcaption>/u);
    assert.doesNotMatch(rendered.bodyHtml, /getty/u);
    assert.match(rendered.notesHtml, /<p class="lectern-figure-text">The login procedure on a system\. On a system .* from the user\.<\/p>/u);
  });

  it('a short description is the caption as written, and the notes do not repeat a description they already hold', () => {
    assert.match(slide('![The `login` screen](login.svg)').bodyHtml, /<figcaption>The <code>login<\/code> screen<\/figcaption>/u);
    assert.equal(slide('![The login screen](login.svg)').notesHtml, '');
    const noted = slide(`![${long}](login.svg)`, long);
    assert.equal((noted.notesHtml.match(/getty/gu) ?? []).length, 1);
  });

  it('a picture from outside the deck (../../images, /assets) is a placeholder in its figure, as a missing one is; in a line, its description', () => {
    const lone = slide('![solicitud get mostrando error](../../images/3/3ae.png)').bodyHtml;
    assert.match(
      lone,
      /<figure class="lectern-figure lectern-refused"><div class="lectern-placeholder">Missing image: \.\.\/\.\.\/images\/3\/3ae\.png<\/div><figcaption>solicitud get mostrando error<\/figcaption><\/figure>/u,
    );
    assert.doesNotMatch(lone, /<img/u);
    assert.match(slide('See ![the logo](/assets/logo.png) here.').bodyHtml, /See \[image: the logo\] here\./u);
    // Pictures side by side, no text around them: a placeholder each that names its picture.
    const pair = slide('![](/windows-download.jpg) ![](/streaming.svg)').bodyHtml;
    assert.doesNotMatch(pair, /no description/u);
    assert.match(pair, /<span class="lectern-placeholder lectern-path">Missing image: \/windows-download\.jpg<\/span>/u);
    assert.match(pair, /<span class="lectern-placeholder lectern-path">Missing image: \/streaming\.svg<\/span>/u);
  });

  it("a figure that the document's hidden code draws is a placeholder that says so, named by its chunk, captioned as written", () => {
    const lone = slide('![The relief](lectern-output:r/volcano)').bodyHtml;
    assert.match(lone, /<div class="lectern-placeholder">Figure drawn by R code &quot;volcano&quot; \(not run\)<\/div><figcaption>The relief<\/figcaption>/u);
    assert.match(slide('![](lectern-output:python#12)').bodyHtml, /<div class="lectern-placeholder">Figure drawn by Python code \(not run\)<\/div>/u);
    // No other address of that kind is a picture: a document's own "lectern-output:" link shows its text only.
    assert.doesNotMatch(slide('[see](lectern-output:r/x)').bodyHtml, /href/u);
  });

  it("a long description's markup (code spans, links) is its text in the short caption and in the notes", () => {
    const marked = `The login procedure on a system, where \`getty\` executes the [\`login\` (link)](https://example.org/login.c) program. ${long}`;
    const rendered = slide(`![${marked}](login.svg)`);
    assert.match(rendered.bodyHtml, /<figcaption>The login procedure on a system, where getty executes the login \(link\) program\.<\/figcaption>/u);
    assert.match(rendered.notesHtml, /where getty executes the login \(link\) program\./u);
    assert.doesNotMatch(rendered.notesHtml, /`|\]\(/u);
  });

  it('a long description of one sentence shows its first words and an ellipsis', () => {
    const words = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    const caption = /<figcaption>([^<]*)<\/figcaption>/u.exec(slide(`![${words}](login.svg)`).bodyHtml)?.[1] ?? '';
    assert.match(caption, /^word0 word1 .* …$/u);
    assert.ok(caption.split(' ').length <= 30, caption);
  });
});

describe("a title's links", () => {
  it("show a link to another file of the author's site as its text, and keep a link to the web", () => {
    const title = (heading: string): string =>
      renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: `# ${heading}\n\nText.`, notes: '' }).titleHtml;
    assert.equal(title('The Stack - [MEMORY LAYOUT](src/diagram.md)'), '<h1>The Stack - MEMORY LAYOUT</h1>\n');
    assert.match(title('Deploy a [canary](https://example.org/canary)'), /<a href="https:\/\/example\.org\/canary"[^>]*>canary<\/a>/u);
  });
});

describe('a picture of the slide much wider than tall', () => {
  const figure = (body: string, ratio: number): string =>
    renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body, notes: '' }, undefined, {
      imageRatios: new Map([['img/chart.png', ratio]]),
    }).bodyHtml;
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const title = `# ${words(12)}`;

  it('is a wide figure beside a few lines of text (the title aside), not beside many, nor when it is nearly square', () => {
    assert.match(figure(`${title}\n\n- ${words(40)}\n\n![Chart](img/chart.png)`, 1.9), /<figure class="lectern-figure lectern-wide">/u);
    assert.match(figure(`${title}\n\n- ${words(30)}\n- ${words(30)}\n\n![Chart](img/chart.png)`, 1.9), /<figure class="lectern-figure">/u);
    assert.match(figure(`${title}\n\n- ${words(10)}\n\n![Chart](img/chart.png)`, 1.2), /<figure class="lectern-figure">/u);
  });
});

describe('a picture over its caption', () => {
  const html = (markdown: string): string =>
    renderSlide({ id: 's', file: 's.md', layout: 'section', fragments: false, section: null, body: markdown, notes: '' }).bodyHtml;

  it('shows the caption under it once, not its alt text as a second caption; alone, the alt text captions it', () => {
    const withCaption = html('![The page of a function](page.png)\n\n*The rendered page of a function*\n');
    assert.doesNotMatch(withCaption, /<figcaption>/u);
    assert.match(withCaption, /alt="The page of a function"/u);
    assert.match(withCaption, /<em>The rendered page of a function<\/em>/u);
    assert.doesNotMatch(html('![Plot](p.png)\n\nFigure 2: The loss over time\n'), /<figcaption>/u);
    assert.match(html('![The page of a function](page.png)\n\nThe text goes on here.\n'), /<figcaption>The page of a function<\/figcaption>/u);
    assert.match(html('![The icon](icon.png)\n\n*Tip: By default, a dialog opens first.*\n'), /<figcaption>The icon<\/figcaption>/u);
  });
});
