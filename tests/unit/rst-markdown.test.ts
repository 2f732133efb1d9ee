// scripts/stages/rst-markdown.ts: a reStructuredText document becomes the Markdown lectern plans from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { rstInline, rstToMarkdown } from '../../scripts/stages/rst-markdown.ts';

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
    assert.match(markdown, /^````python\n>>> parse\("a b"\)\n\['a', 'b'\]\n````$/mu);
    assert.doesNotMatch(markdown, /toctree|maxdepth|_describing|:doc:|:py:func:/u);
    assert.match(markdown, /^<!-- remember to mention the exam -->$/mu);
  });

  it('reads a blank line of spaces as blank, a reference over two lines as one link, a title set in bold as bold once', { timeout: 20_000 }, () => {
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

  it('shows roles and references by their text', () => {
    assert.equal(rstInline('Read the :doc:`earlier part <../tutorial/index>` first.'), 'Read the earlier part first.');
    assert.equal(rstInline('See `the site <https://example.org>`_ and `Python`_.'), 'See [the site](https://example.org) and Python.');
    assert.equal(rstInline('Use :code:`a < b` and :math:`x^2`.'), 'Use `a < b` and $x^2$.');
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
