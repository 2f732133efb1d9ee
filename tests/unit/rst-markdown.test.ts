// scripts/stages/rst-markdown.ts: a reStructuredText document becomes the Markdown lectern plans from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { evalRstBlocks, looksLikeRst, rstInline, rstToMarkdown } from '../../scripts/stages/rst-markdown.ts';
import { markupAsMarkdown } from '../../scripts/stages/markup.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

const rst = [
  '=================',
  'Describing things',
  '=================',
  '',
  '.. _describing:',
  '',
  '.. remember to mention the exam',
  '',
  'Read the :doc:`earlier part <../tutorial/index>` first, and see `the site <https://example.org>`_.',
  '',
  'Parsing',
  '-------',
  '',
  'Call ``parse()`` on a :py:func:`lumache.get_items` result::',
  '',
  '   items = parse(text)',
  '   print(items)  # two spaces kept',
  '',
  '.. code-block:: python',
  '   :caption: docs/conf.py',
  '',
  '   import sys',
  '',
  '       sys.path.insert(0, "..")',
  '',
  '.. note::',
  '',
  '   The ``py:`` prefix names the domain.',
  '',
  '.. image:: /img/tree.png',
  '   :alt: A parse tree',
  '',
  '.. toctree::',
  '   :maxdepth: 2',
  '',
  '   intro',
  '',
  ':param kind: Optional kind of item.',
  '',
  '>>> parse("a b")',
  "['a', 'b']",
  '',
  'Writing',
  '-------',
  '',
  'Output goes to a file.',
].join('\n');

describe("a reStructuredText document's named links", () => {
  it('are links to the address its target gives, case and spaces aside; a target that is no address, and a literal, stay text', () => {
    const text = [
      'Tutorial',
      '========',
      '',
      'The `Python Tutorial`_ is a good resource, and so is Sphinx_.',
      '',
      '* `Automate the boring stuff   with Python`_',
      '* See `the next part`_ and ``Sphinx_`` as typed.',
      '',
      '.. _Python Tutorial: https://docs.python.org/3/tutorial',
      '.. _Automate the Boring Stuff With Python: https://automatetheboringstuff.com/',
      '.. _sphinx: https://www.sphinx-doc.org/',
      '.. _the next part: part-two_',
      '',
    ].join('\n');
    const md = rstToMarkdown(text).markdown;
    assert.match(
      md,
      /The \[Python Tutorial\]\(https:\/\/docs\.python\.org\/3\/tutorial\) is a good resource, and so is \[Sphinx\]\(https:\/\/www\.sphinx-doc\.org\/\)\./u,
    );
    assert.match(md, /^[-*] \[Automate the boring stuff {3}with Python\]\(https:\/\/automatetheboringstuff\.com\/\)$/mu);
    assert.match(md, /See the next part and `Sphinx_` as typed\./u);
  });
});

describe('a reStructuredText document', () => {
  const { markdown } = rstToMarkdown(rst);

  it('becomes Markdown: titles headings by style, literal and code blocks byte for byte, a box led by its kind, a picture, terms', () => {
    assert.match(markdown, /^# Describing things$/mu);
    assert.match(markdown, /^## Parsing$/mu);
    assert.match(markdown, /^## Writing$/mu);
    assert.match(markdown, /Call `parse\(\)` on a `lumache\.get_items` result:\n\n````\nitems = parse\(text\)\nprint\(items\) {2}# two spaces kept\n````/u);
    assert.match(markdown, /\*\*docs\/conf\.py\*\*\n\n````python\nimport sys\n\n {4}sys\.path\.insert\(0, "\.\."\)\n````/u);
    assert.match(markdown, /^> \*\*Note:\*\* The `py:` prefix names the domain\.$/mu);
    assert.match(markdown, /^!\[A parse tree\]\(\/img\/tree\.png\)$/mu);
    assert.match(markdown, /^- \*\*param kind\*\*: Optional kind of item\.$/mu);
    assert.match(markdown, /^````pycon\n>>> parse\("a b"\)\n\['a', 'b'\]\n````$/mu);
    assert.doesNotMatch(markdown, /toctree|maxdepth|_describing|:doc:|:py:func:/u);
    assert.match(markdown, /^<!-- remember to mention the exam -->$/mu);
  });

  it("shows an interactive textbook's exercise program as code, without the code and tests it runs hidden", () => {
    const text = [
      'Hashing',
      '=======',
      '',
      '.. activecode:: hashtable_demo',
      '    :caption: The whole table',
      '    :hidecode:',
      '   ',
      '    import random',
      '    ^^^^',
      '    class Table:',
      '        def __init__(self):',
      '            self.size = 11',
      '',
      '        def put(self, key):',
      '            return key % self.size',
      '    ====',
      '    assert Table().put(12) == 1',
      '',
      '.. codelens:: walk',
      '    :language: java',
      '',
      '    int x = 1;',
      '',
      'After the code.',
    ].join('\n');
    const { markdown } = rstToMarkdown(text);
    assert.match(
      markdown,
      /\*\*The whole table\*\*\n\n````python\nclass Table:\n {4}def __init__\(self\):\n {8}self\.size = 11\n\n {4}def put\(self, key\):\n {8}return key % self\.size\n````/u,
    );
    assert.match(markdown, /````java\nint x = 1;\n````/u);
    assert.doesNotMatch(markdown.replace(/<!--[\s\S]*?-->/gu, ''), /import random|assert Table|\^{4}|={4}|hashtable_demo|hidecode/u);
    assert.doesNotMatch(markdown, /\*\*class Table/u);
  });

  it('reads a blank line of spaces as blank, a reference over two lines as one link, a title set in bold as bold once', () => {
    const text = [
      'Intro',
      '=====',
      '',
      'Some text.',
      '',
      '    ',
      'Next part',
      '---------',
      '',
      '.. topic:: **Prerequisites**',
      '',
      '   The `scipy-lectures',
      '   <http://scipy-lectures.github.io>`_ come first.',
    ].join('\n');
    const { markdown: md } = rstToMarkdown(text);
    assert.match(md, /^## Next part$/mu);
    assert.match(md, /^> \*\*Prerequisites:\*\* The \[scipy-lectures\]\(http:\/\/scipy-lectures\.github\.io\) come first\.$/mu);
  });

  it('shows a box of code or of several paragraphs as its label (with the title set in bold over it) over what it holds, not as a quotation', () => {
    const text = ['.. warning:: **Not matrix multiplication:**', '', '    .. sourcecode:: pycon', '', '        >>> c * c', '        array([1.])', ''].join(
      '\n',
    );
    assert.equal(rstToMarkdown(text).markdown, '**Warning: Not matrix multiplication**\n\n````pycon\n>>> c * c\narray([1.])\n````\n');
  });

  it('sets images one after another, nothing between them, side by side in one paragraph', () => {
    const text = [
      '.. image:: a.png',
      '   :scale: 45',
      '.. image:: b.png',
      '   :target: b.html',
      '',
      '.. image:: c.png',
      '',
      'Text.',
      '',
      '.. image:: d.png',
    ].join('\n');
    assert.equal(rstToMarkdown(text).markdown, '![](a.png) ![](b.png) ![](c.png)\n\nText.\n\n![](d.png)\n');
  });

  it("gives a figure without alt text its caption's words, links as their text", () => {
    const text = ['.. figure:: normal.svg', '   :width: 600px', '', '   `by A. Author, CC BY-SA 3.0 <https://example.org/x>`__', ''].join('\n');
    assert.equal(rstToMarkdown(text).markdown, '![by A. Author, CC BY-SA 3.0](normal.svg)\n\n*[by A. Author, CC BY-SA 3.0](https://example.org/x)*\n');
  });

  it("reads an option's value over the lines set in under it: the alt text whole, the caption only the caption", () => {
    const text = [
      '.. figure:: full.png',
      '   :width: 80%',
      '   :alt: The page of a function',
      '         with its links',
      '',
      '   The page, linked',
      '',
      'After.',
      '',
    ].join('\n');
    assert.equal(rstToMarkdown(text).markdown, '![The page of a function with its links](full.png)\n\n*The page, linked*\n\nAfter.\n');
  });

  it("shows a list item that opens with a picture's directive as the picture, its options not shown", () => {
    const text = [
      'Which calls connect the two schemes?',
      '',
      '#. .. figure:: img/allocate.svg',
      '      :width: 80%',
      '      :alt: Two windows',
      '',
      '   A. Window creation with allocate.',
      '',
      '#. .. image:: img/put.svg',
      '',
      '   B. A put into the window.',
      '',
    ].join('\n');
    const md = rstToMarkdown(text).markdown;
    assert.match(md, /^1\. !\[Two windows\]\(img\/allocate\.svg\)$/mu);
    assert.match(md, /^1\. !\[\]\(img\/put\.svg\)$/mu);
    assert.doesNotMatch(md, /\.\. (?:figure|image)::|:width:|lectern-item-picture/u);
    assert.match(md, /A\. Window creation with allocate\./u);
  });

  it('makes grid and simple tables Markdown tables, a cell over several lines one cell; a grid of spanning cells stays as drawn', () => {
    const grid = [
      '+------------+-------------------+',
      '| **How to** | Legacy            |',
      '+============+===================+',
      '| Create an  | ``np.poly1d(c)``  |',
      '| object [1]_|                   |',
      '+------------+-------------------+',
      '| Fit it     | ``np.polyfit()``  |',
      '+------------+-------------------+',
    ].join('\n');
    assert.equal(rstToMarkdown(grid).markdown, '| **How to** | Legacy |\n| --- | --- |\n| Create an object | `np.poly1d(c)` |\n| Fit it | `np.polyfit()` |\n');
    // A picture set in a cell is the picture, not the directive's text.
    const pictures = [
      '+--------+----------------------------+----------------------------+',
      '| Method | Fit                        | Pad                        |',
      '+========+============================+============================+',
      '| Result | .. image:: ../ex/fit.webp  | .. image:: ../ex/pad.webp  |',
      '|        |    :alt: fitted            |                            |',
      '+--------+----------------------------+----------------------------+',
    ].join('\n');
    assert.match(rstToMarkdown(pictures).markdown, /^\| Result \| !\[fitted\]\(\.\.\/ex\/fit\.webp\) \| !\[\]\(\.\.\/ex\/pad\.webp\) \|$/mu);
    const simple = ['=====  =====', 'A      not A', '=====  =====', 'False  True', 'True   False', '=====  =====', ''].join('\n');
    assert.equal(rstToMarkdown(simple).markdown, '| A | not A |\n| --- | --- |\n| False | True |\n| True | False |\n');
    const spanning = ['+-----+-----+', '| one cell  |', '+-----+-----+', '| a   | b   |', '+-----+-----+'].join('\n');
    assert.equal(rstToMarkdown(spanning).markdown, `\`\`\`\`\n${spanning}\n\`\`\`\`\n`);
  });

  it('reads a line block as its lines, and a bar alone as space the author left, never as text', () => {
    assert.equal(rstToMarkdown('Text.\n\n|\n\n| Roses are red,\n| violets blue.\n\nMore.\n').markdown, 'Text.\n\nRoses are red,\\\nviolets blue.\n\nMore.\n');
  });

  it('highlights a literal block that is a Python session as one', () => {
    assert.equal(rstToMarkdown('Try it::\n\n    >>> r.json()\n    {}\n').markdown, 'Try it:\n\n````pycon\n>>> r.json()\n{}\n````\n');
  });

  it('drops an escaped space, which joins markup to the word after it, but not one inside a literal', () => {
    assert.equal(rstInline('a higher *stratum*\\ value and ``a\\ b``'), 'a higher *stratum*value and `a\\ b`');
  });

  it("reads a csv-table as a table (its header the option's, else empty), and an epigraph as a quotation with its source", () => {
    const text = [
      'Title',
      '=====',
      '',
      '.. csv-table::',
      '  :width: 100%',
      '',
      '  Origin :math:`T_1`, System time of the client when sending',
      '  Receive :math:`T_2`, "System time, of the server"',
      '',
      '.. csv-table:: Sizes',
      '  :header: "Name", "Size"',
      '',
      '  a, 1',
      '',
      '.. epigraph::',
      '',
      '  A surge in spoofing has entered a new dimension.',
      '',
      '  -- `A report <https://example.org>`__',
    ].join('\n');
    const { markdown } = rstToMarkdown(text);
    assert.match(
      markdown,
      /^\| {2}\| {2}\|\n\| --- \| --- \|\n\| Origin \$T_1\$ \| System time of the client when sending \|\n\| Receive \$T_2\$ \| System time, of the server \|$/mu,
    );
    assert.match(markdown, /^\*\*Sizes\*\*\n\n\| Name \| Size \|\n\| --- \| --- \|\n\| a \| 1 \|$/mu);
    assert.match(markdown, /^> A surge in spoofing has entered a new dimension\.\n>\n> — \[A report\]\(https:\/\/example\.org\)$/mu);
    assert.doesNotMatch(markdown, /Epigraph/u);
  });

  it("reads a list-table as a table under its title, its cells' substitutions the pictures and text they stand for", () => {
    const rst = [
      'Descent',
      '=======',
      '',
      '.. |plain| image:: images/plain.png',
      '   :scale: 90%',
      '',
      '.. |steep| image:: images/steep.png',
      '',
      '.. |lib| replace:: the library',
      '',
      '.. list-table:: **Fixed step**',
      '',
      ' * - A well-conditioned function.',
      '',
      '   - |plain|',
      '',
      ' * - **An ill-conditioned function.**',
      '',
      '     The gradient points away from the minimum.',
      '',
      '   - |steep|',
      '',
      'We use |lib| for it.',
      '',
    ].join('\n');
    const { markdown } = rstToMarkdown(rst);
    assert.match(markdown, /^\*\*Fixed step\*\*\n\n\| {2}\| {2}\|\n\| --- \| --- \|\n\| A well-conditioned function\. \| !\[\]\(images\/plain\.png\) \|$/mu);
    assert.match(markdown, /^\| \*\*An ill-conditioned function\.\*\* The gradient points away from the minimum\. \| !\[\]\(images\/steep\.png\) \|$/mu);
    assert.match(markdown, /^We use the library for it\.$/mu);
    assert.doesNotMatch(markdown, /\|plain\||\|steep\||list-table|\* -/u);
  });

  it('shows roles and references by their text', () => {
    assert.equal(rstInline('Read the :doc:`earlier part <../tutorial/index>` first.'), 'Read the earlier part first.');
    assert.equal(rstInline('See `the site <https://example.org>`_ and `Python`_.'), 'See [the site](https://example.org) and Python.');
    assert.equal(rstInline('Use :code:`a < b` and :math:`x^2`.'), 'Use `a < b` and $x^2$.');
    assert.equal(rstInline('Do not `click <javascript:alert(1)>`_.'), 'Do not click.');
    // A project's own link role with a title and a target shows the title as text; a code role, with a title too, as code.
    assert.equal(rstInline('The paragraph (:duref:`ref <paragraphs>`) is the most basic block.'), 'The paragraph (ref) is the most basic block.');
    assert.equal(rstInline('Call :func:`spam <module.spam>` or :py:meth:`eggs <Ham.eggs>`.'), 'Call `spam` or `eggs`.');
    // An index entry shows its text (a lecture's title is one); a subscript is one.
    assert.equal(rstInline(":index:`Coase's Theory of the Firm` and H\\ :sub:`2`\\ O"), "Coase's Theory of the Firm and H<sub>2</sub>O");
    assert.equal(
      rstInline('The `~numpy.polynomial.Polynomial` class, :py:func:`~numpy.polyfit` and :class:`!Poly`.'),
      'The `Polynomial` class, `polyfit` and `Poly`.',
    );
    // The default role over an object, with a label: the label, as code; a title in it stays in italics.
    assert.equal(
      rstInline('Use the `from_dict <marshmallow.Schema.from_dict>` method, as `the guide <Guide>` and `Dive In` say.'),
      'Use the `from_dict` method, as *the guide* and *Dive In* say.',
    );
  });

  it('plans a deck titled by its title, its sections slides, nothing the author kept out shown', () => {
    const planned = planSource(readDocument('doc.md', Buffer.from(markdown)), { file: 'doc.rst', fileName: 'doc.rst', format: 'markdown' });
    assert.equal(planned.plan.meta.title, 'Describing things');
    const shown = planned.plan.slides.map((s) => `${s.title}\n${s.body}\n${s.notes}`).join('\n');
    assert.ok(!shown.includes('remember to mention the exam'));
    assert.ok(planned.plan.slides.some((s) => s.title.startsWith('Parsing')));
    assert.ok(shown.includes('print(items)  # two spaces kept'));
  });
});

describe('a text file in reStructuredText', () => {
  const faq = [
    'Project FAQ',
    '===========',
    '',
    'Frequently asked questions.  See also the notes on compatibility.',
    '',
    '.. _ElementTree:   http://example.org/et',
    '.. _`build instructions`: build.html',
    '..',
    '   1  General Questions',
    '     1.1  Is there a tutorial?',
    '',
    '.. contents::',
    '..',
    '   1  General Questions',
    '',
    '.. [1] A footnote.',
    '',
    '.. |lib| replace:: the library',
    '',
    'Is there a tutorial?',
    '--------------------',
    '',
    'Read the `build instructions`_ first.',
  ].join('\n');

  it('is told by its explicit markup and underlined title; a PEP (an email-style header over it) and prose are not', () => {
    assert.equal(looksLikeRst(faq), true);
    assert.equal(looksLikeRst(`PEP: 8\nTitle: Style Guide\n\n${faq}`), false);
    assert.equal(looksLikeRst('An essay\n\nIt was a dark night... and then.\n\n.. and so on.\n'), false);
  });

  it('keeps a run of targets and comments with no blank line between them out of the text', () => {
    const { markdown } = rstToMarkdown(faq);
    // Comments are HTML comments (kept out of the deck, and counted); targets, footnotes and settings are gone.
    assert.doesNotMatch(markdown.replace(/<!--[\s\S]*?-->/gu, ''), /_ElementTree|build\.html|General Questions|A footnote|contents|replace::/u);
    assert.match(markdown, /<!-- 1 {2}General Questions\n1\.1 {2}Is there a tutorial\? -->/u);
    assert.match(markdown, /^## Is there a tutorial\?$/mu);
    assert.match(markdown, /^Read the build instructions first\.$/mu);
  });
});

describe("a PEP's header and references", () => {
  it('give the deck its title, author and date; :pep: roles read "PEP 634"; a link to a target of its own is its text', () => {
    const text = [
      'PEP: 636',
      'Title: Structural Pattern Matching: Tutorial',
      'Author: Daniel Writer <dw@example.org>,',
      '        Dana Writer <dana@example.org>',
      'Status: Final',
      'Created: 12-Sep-2020',
      '',
      '',
      'Abstract',
      '========',
      '',
      'This PEP is a tutorial for the pattern matching introduced by :pep:`634`.',
      'For a quick review, see `Appendix A <PEP 636 Appendix A_>`_, or `the docs <https://docs.python.org/>`_.',
    ].join('\n');
    const { markdown } = rstToMarkdown(text);
    const model = splitMarkdown(markdown);
    assert.equal(model.title, 'Structural Pattern Matching: Tutorial');
    assert.equal(model.author, 'Daniel Writer, Dana Writer');
    assert.match(markdown, /introduced by PEP 634\./u);
    assert.match(markdown, /see Appendix A, or \[the docs\]\(https:\/\/docs\.python\.org\/\)/u);
    assert.doesNotMatch(markdown, /Status|PEP 636 Appendix A_/u);
  });
});

describe("docutils' bibliographic fields over a document", () => {
  it('give the deck its title, author, date and numbered subtitle; none of them is a slide, "$Revision$" neither', () => {
    const text = [
      ':BEP: 3',
      ':Title: The BitTorrent Protocol Specification',
      ':Version: $Revision$',
      ':Author:  Bram Cohen <bram@example.org>',
      ':Status:  Final',
      ':Created: 10-Jan-2008',
      ':Post-History: 24-Jun-2009 (arvid@example.org), clarified the encoding.',
      '\t20-Oct-2012 (arvid@example.org), clarified the info-hash.',
      '',
      'BitTorrent is a protocol for distributing files.',
      '',
      'Bencoding',
      '---------',
      '',
      'Strings are length-prefixed.',
    ].join('\n');
    const { markdown } = rstToMarkdown(text);
    const model = splitMarkdown(markdown);
    assert.equal(model.title, 'The BitTorrent Protocol Specification');
    assert.equal(model.subtitle, 'BEP 3');
    assert.equal(model.author, 'Bram Cohen');
    assert.equal(model.date, '10-Jan-2008');
    assert.doesNotMatch(markdown, /Revision|Status|Post-History|\*\*Title\*\*/u);
    assert.match(markdown, /BitTorrent is a protocol for distributing files\./u);
  });
});

describe('a section title with no blank line above it', () => {
  it("is a title under a target right above it and under the rule of the title before it, at its style's level", () => {
    const text = [
      '.. _second-week:',
      'Second Week',
      '===========',
      'Major Goals',
      '-----------',
      'This week is about sequences and the trees made from them.',
      '',
      '.. _monday:',
      'Monday',
      '------',
      'Today we read the raw reads.',
      '',
      'Tasks of the Day',
      '^^^^^^^^^^^^^^^^',
      '',
      'Open the program and make a folder.',
      '',
      '.. _tuesday:',
      'Tuesday',
      '-------',
      'Today we align them.',
      '',
      'Tasks of the Day',
      '^^^^^^^^^^^^^^^^',
      '',
      'Align the reads of the folder.',
    ].join('\n');
    const model = splitMarkdown(rstToMarkdown(text).markdown);
    assert.equal(model.title, 'Second Week');
    assert.deepEqual(
      model.sections.map((s) => `${s.level} ${s.heading}`),
      ['2 Major Goals', '2 Monday', '3 Tasks of the Day', '2 Tuesday', '3 Tasks of the Day'],
    );
  });
});

describe("a reST paragraph's line that the wrap opens with a list's mark", () => {
  it('is text of the paragraph (a list needs a blank line before it), its mark escaped; a list after a blank line is a list', () => {
    const md = rstToMarkdown(
      'Title\n=====\n\nAfter the addition, we get\n1.   If we assume our table has 11 slots, then\nwe divide.\n\n1. first item\n2. second item\n',
    ).markdown;
    assert.match(md, /^1\\\. {3}If we assume/mu);
    assert.match(md, /^1\. first item$/mu);
    assert.match(md, /^2\. second item$/mu);
  });
});

describe('tabs (sphinx-tabs, sphinx-inline-tabs, sphinx-design)', () => {
  it('are boxes titled by their label, each over what it holds', () => {
    const rst = [
      'Install',
      '=======',
      '',
      'Make sure you have the latest pip:',
      '',
      '.. tab:: Unix/macOS',
      '',
      '    .. code-block:: bash',
      '',
      '        python3 -m pip install --upgrade pip',
      '',
      '.. tab:: Windows',
      '',
      '    .. code-block:: bat',
      '',
      '        py -m pip install --upgrade pip',
    ].join('\n');
    const md = rstToMarkdown(rst).markdown;
    assert.match(md, /\*\*Unix\/macOS\*\*\n\n`{3,4}bash\npython3 -m pip install --upgrade pip\n`{3,4}/u);
    assert.match(md, /\*\*Windows\*\*\n\n`{3,4}bat\npy -m pip install --upgrade pip\n`{3,4}/u);
  });
});

describe('a reST list item whose text stands further from its mark', () => {
  it('is an item (not code), its fields terms in bold, a role written after its text read as one ("`i`:sub:")', () => {
    const md = rstToMarkdown(
      'Structure\n---------\n\n-       :IV: Initial value\n\n        :CV\\ `i`:sub:: Chaining variable\n\n-       :n: Block length\n\nAfter.\n',
    ).markdown;
    assert.match(md, /^- \*\*IV\*\*: Initial value$/mu);
    assert.match(md, /^ {2}- \*\*CV<sub>i<\/sub>\*\*: Chaining variable$/mu);
    assert.match(md, /^- \*\*n\*\*: Block length$/mu);
    assert.doesNotMatch(md, /^ {4,}:/mu);
    assert.equal(rstInline('H\\ `2`:sub:\\ O'), 'H<sub>2</sub>O');
  });
});

describe('a .txt file of reStructuredText with few directives', () => {
  it('is read as reStructuredText by its mode line, or by its literal blocks and ``literals``; a plain essay is not', () => {
    const body = 'Overview\n========\n\nThe core is extensible.\n\n.. contents::\n\n';
    const examples = ['First, ``one()``::\n\n    >>> one()\n', 'Then ``two()``::\n\n    >>> two()\n', 'And ``three()``::\n\n    >>> three()\n'].join('\n');
    assert.equal(looksLikeRst(`${body}${examples}`), true);
    assert.equal(looksLikeRst(`${body}Plain text only.\n`), false);
    assert.equal(looksLikeRst('Title\n=====\n\nText.\n\n.. ex: set ft=rst :\n'), true);
    assert.equal(looksLikeRst('Essay\n=====\n\nA plain essay: no markup at all.\n'), false);
  });
});

describe("a speaker's notes written as a directive", () => {
  it('go to the notes, never the slide (".. presenter-note::", ".. notes::"); ".. note::" stays a box on the slide', () => {
    const source = [
      'Hashing',
      '=======',
      '',
      'One-way property',
      '----------------',
      '',
      'It is not feasible to find a message for a given hash value.',
      '',
      '.. presenter-note::',
      '',
      '    Passwords depend on this: say so.',
      '',
      '.. notes::',
      '',
      '    Ask the room for an example.',
      '',
      '.. note::',
      '',
      '    The digest has a fixed length.',
      '',
    ].join('\n');
    const markdown = rstToMarkdown(source).markdown;
    const planned = planSource(readDocument('doc.md', Buffer.from(markdown)), { file: 'doc.rst', fileName: 'doc.rst', format: 'markdown' });
    const bodies = planned.plan.slides.map((s) => s.body).join('\n');
    const notes = planned.plan.slides.map((s) => s.notes).join('\n');
    assert.doesNotMatch(bodies, /Passwords depend|Ask the room/u);
    assert.match(notes, /Passwords depend on this: say so\./u);
    assert.match(notes, /Ask the room for an example\./u);
    assert.match(bodies, /The digest has a fixed length\./u);
  });
});

describe("a Markdown page's {eval-rst} block", () => {
  const page = [
    '## A video',
    '',
    'Watch it here!',
    '',
    '```{eval-rst}',
    '.. raw:: html',
    '',
    '   <iframe width="560" src="https://youtube.com/embed/abc123" title="The lecture"></iframe>',
    '```',
    '',
    'After.',
  ].join('\n');

  it('is the Markdown its reStructuredText says, on as many lines: raw HTML as an HTML block (a video, which lectern links)', () => {
    const out = evalRstBlocks(page);
    assert.equal(out.split('\n').length, page.split('\n').length);
    assert.doesNotMatch(out, /eval-rst|\.\. raw::/u);
    assert.match(out, /^<iframe width="560" src="https:\/\/youtube\.com\/embed\/abc123" title="The lecture"><\/iframe>$/mu);
    assert.equal(markupAsMarkdown('notes.md', page), out);
    assert.equal(markupAsMarkdown('notes.md', 'No block here.'), null);
    const slides = planSource(readDocument('notes.md', Buffer.from(out)), { file: 'notes.md', fileName: 'notes.md', format: 'markdown' }).plan.slides;
    const shown = slides.map((s) => s.body).join('\n');
    assert.match(shown, /\[The lecture\]\(https:\/\/youtube\.com\/embed\/abc123\)/u, shown);
    assert.doesNotMatch(shown, /iframe|raw::/u);
  });

  it('a reStructuredText document keeps raw HTML it shows, and no raw LaTeX', () => {
    const md = rstToMarkdown('Title\n=====\n\n.. raw:: html\n\n   <kbd>Ctrl</kbd>\n\n.. raw:: latex\n\n   \\newpage\n').markdown;
    assert.match(md, /^<kbd>Ctrl<\/kbd>$/mu);
    assert.doesNotMatch(md, /newpage/u);
  });
});

describe("directives that run Python (plot, nbplot) and a site's own directive of code", () => {
  it('show the code the page shows as a listing, keep out what it hides, and set a directive of code as code under its title', () => {
    const text = [
      'Tests',
      '=====',
      '',
      'First we load the library:',
      '',
      '.. nbplot::',
      '',
      '    >>> from sympy import symbols',
      "    >>> init_printing(use_latex=True, order='old')",
      '',
      'The plot, its code hidden:',
      '',
      '.. nbplot::',
      '    :include-source: false',
      '',
      '    # Load libraries for making plot',
      '    import numpy as np',
      '',
      '.. dynamic-math-table:: **Not considering prior**',
      '    :raw-cols: 0',
      '',
      '    assoc = dict(t_s = 1 - beta,',
      '                 t_ns = beta)',
      '',
      '    def assoc_table(val_dict):',
      "        return [['', 'T_S', 'T_N']]",
      '',
      'The end.',
      '',
    ].join('\n');
    const md = rstToMarkdown(text).markdown;
    assert.match(md, /````python\n>>> from sympy import symbols\n>>> init_printing\(use_latex=True, order='old'\)\n````/u, md);
    assert.doesNotMatch(md.replace(/<!--[\s\S]*?-->/gu, ''), /import numpy as np|Load libraries/u, md);
    assert.match(
      md,
      /\*\*Not considering prior\*\*\n\n````python\nassoc = dict\(t_s = 1 - beta,\n {13}t_ns = beta\)\n\ndef assoc_table\(val_dict\):\n {4}return/u,
      md,
    );
    assert.doesNotMatch(md, /raw-cols/u, md);
  });
});

describe("a document's own roles and substitutions", () => {
  const text = [
    '.. |copy| unicode:: 0xA9 .. copyright sign',
    '.. |tm| unicode:: U+2122',
    '.. |html-source| source::',
    '    :prefix: https://example.org/',
    '',
    '.. role:: eng',
    '.. role:: py(code)',
    '',
    'Hash functions',
    '==============',
    '',
    'It is infeasible to find a preimage (:eng:`Preimage resistant; one-way property`), as :py:`hashlib.sha256` shows.',
    '',
    'Slides: [HTML] |html-source|, Lectern|tm| |copy| 2024, and :func:`hash` is code.',
  ].join('\n');

  it('shows a declared role as text, a unicode substitution as its character, and nothing for a directive it cannot draw', () => {
    const { markdown } = rstToMarkdown(text);
    assert.match(markdown, /\(Preimage resistant; one-way property\)/u);
    assert.doesNotMatch(markdown, /`Preimage/u);
    assert.match(markdown, /`hashlib\.sha256`/u);
    assert.match(markdown, /`hash`/u);
    assert.match(markdown, /Lectern™ © 2024/u);
    assert.doesNotMatch(markdown, /\|html-source\||\|copy\||\|tm\|/u);
  });
});

describe('a container set in under a paragraph', () => {
  it('shows its text at the margin, not as code; one under a list item stays in the item', () => {
    const text = [
      'Passwords',
      '=========',
      '',
      'Candidates',
      '----------',
      '',
      '("Obvious") Base Word Candidates:',
      '',
      '    .. container:: incremental',
      '',
      '        Porsche',
      '',
      '        Mclaren',
      '',
      '- A step of the attack',
      '',
      '  .. container:: note',
      '',
      '     Kept with its step.',
    ].join('\n');
    const markdown = rstToMarkdown(text).markdown;
    assert.match(markdown, /^Porsche$/mu, markdown);
    assert.match(markdown, /^Mclaren$/mu, markdown);
    assert.match(markdown, /^ {2}Kept with its step\.$/mu, markdown);
  });
});
