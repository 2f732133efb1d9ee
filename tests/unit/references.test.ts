// scripts/stages/references.ts: reference links written out inline, so a slide keeps them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineReferences, referenceKey } from '../../scripts/stages/references.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

describe('inlineReferences', () => {
  const references = {
    [referenceKey('twos')]: { href: 'https://en.wikipedia.org/wiki/Two%27s_complement', title: '' },
    [referenceKey('Markdown Guide')]: { href: 'https://www.markdownguide.org/', title: 'The "guide"' },
    [referenceKey('pic')]: { href: 'images/my%20pic.png', title: '' },
  };

  it('writes [text][label], [text][] and [text] out with the address and title of their definition', () => {
    assert.equal(
      inlineReferences('Use [two’s complement][twos], the [markdown   guide][] and [Markdown Guide].', references),
      'Use [two’s complement](https://en.wikipedia.org/wiki/Two%27s_complement), the [markdown   guide](https://www.markdownguide.org/ "The \\"guide\\"") and [Markdown Guide](https://www.markdownguide.org/ "The \\"guide\\"").',
    );
    assert.equal(inlineReferences('![A picture][pic]', references), '![A picture](<images/my pic.png>)');
    // A colon after a full reference is the sentence's ("…in [two's complement][twos]: ten each…"); after "[twos]" it defines.
    assert.equal(
      inlineReferences('Stored in [two’s complement][twos]: ten bits.', references),
      'Stored in [two’s complement](https://en.wikipedia.org/wiki/Two%27s_complement): ten bits.',
    );
    assert.equal(inlineReferences('[twos]: https://example.org', references), '[twos]: https://example.org');
    // A label that is code, matched as written.
    const go = splitMarkdown("# Go\n\n## Templates\n\nHugo uses Go's [`text/template`][] package.\n\n[`text/template`]: https://pkg.go.dev/text/template\n");
    assert.equal(go.sections[0]?.blocks[0]?.text, "Hugo uses Go's [`text/template`](https://pkg.go.dev/text/template) package.");
    // A badge: an image reference inside a link reference.
    assert.equal(
      inlineReferences('[![A picture][pic]][twos]', references),
      '[![A picture](<images/my pic.png>)](https://en.wikipedia.org/wiki/Two%27s_complement)',
    );
  });

  it('leaves alone what is not a known reference: inline links, task boxes, code; an undefined label shows its text', () => {
    const text = 'See [this][nowhere], [an inline](http://x.org), [ ] a task, `a[i][twos]`.\n\n```\nm[twos][0] = 1\n```';
    assert.equal(inlineReferences(text, references), text.replace('[this][nowhere]', 'this'));
  });

  it('is how the Markdown splitter keeps links whose definitions sit at the end of the document', () => {
    const model = splitMarkdown(
      '# Numbers\n\n## Signed\n\nStored as [two’s complement][twos].\n\n## Next\n\nMore text.\n\n[twos]: https://en.wikipedia.org/wiki/Two%27s_complement\n',
    );
    assert.equal(model.sections[0]?.blocks[0]?.text, 'Stored as [two’s complement](https://en.wikipedia.org/wiki/Two%27s_complement).');
  });
  it('writes out a reference whose text goes on over a line, as CommonMark reads it, the whole link and not its label alone', () => {
    const text = 'A student, in software development though [my workplace mentoring\nprogram][aspire]. It went well.';
    const out = inlineReferences(text, { ASPIRE: { href: 'https://example.org/aspire/', title: '' } });
    assert.equal(out, 'A student, in software development though [my workplace mentoring\nprogram](https://example.org/aspire/). It went well.');
  });
});

describe('a full reference to a label never defined', () => {
  it('is its text, as the site that defines it elsewhere shows it; a shortcut, an image, code and numbers stay', () => {
    assert.equal(
      inlineReferences('dplyr is a core package in the [tidyverse][tidyverse-github] meta-package.', undefined),
      'dplyr is a core package in the tidyverse meta-package.',
    );
    assert.equal(inlineReferences('See [the docs][docs] and [this].', { other: { href: 'https://example.org', title: '' } }), 'See the docs and [this].');
    assert.equal(inlineReferences('![a logo][logo] and `[a][b]` and [1][2]', undefined), '![a logo][logo] and `[a][b]` and [1][2]');
  });
});

describe('a reference link with a footnote mark right after it', () => {
  it('is written inline; the mark stays for the footnotes stage', () => {
    const refs = { 'MAN-SETEUID': { href: 'https://x.org/seteuid', title: '' } };
    assert.equal(
      inlineReferences('The function [`seteuid`][man-seteuid][^or-demyst] lets us.', refs),
      'The function [`seteuid`](https://x.org/seteuid)[^or-demyst] lets us.',
    );
  });
});
