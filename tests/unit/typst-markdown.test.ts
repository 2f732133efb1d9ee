// scripts/stages/typst-markdown.ts: a Typst document as the Markdown it says, its formulas in TeX.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markupAsMarkdown } from '../../scripts/stages/markup.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { typstMath, typstToMarkdown } from '../../scripts/stages/typst-markdown.ts';

describe('a Typst document', () => {
  const text = [
    '#import "@preview/ilm:1.4.0": *',
    '#set text(',
    '  font: "Sarabun",',
    '  size: 11pt,',
    ')',
    '',
    '= Big-O Notation <big-o>',
    '',
    '- time complexity',
    '- space complexity // said aloud, not shown',
    '',
    '== Counting steps',
    '',
    '+ read the *input* once',
    '+ compare each pair, $O(n^2)$ in all',
    '',
    '/ Loop: a block run again and again',
    '',
    '/* a note to myself',
    'over two lines */',
    'The sum is $1+2+dots.c+2^(n-1) =',
    'O(2^n)$, as @big-o says; see #link("https://example.org/big-o")[the notes].',
    '',
    '```cpp',
    'for (int i = 0; i < n; i++) {} // a comment in code stays',
    '```',
    '',
    '#table(',
    '  columns: 2,',
    '  table.header([call], [calls]),',
    '  [ $g(n)$ ], [ 1 ],',
    '  [ $g(n-1)$ ], [ 2 ],',
    ')',
  ].join('\n');

  it('is read as Markdown: its headings, lists, terms, links and code, its settings and comments gone, line for line', () => {
    const markdown = markupAsMarkdown('chapter.typ', text) ?? '';
    assert.equal(markdown.split('\n').length, text.split('\n').length);
    assert.doesNotMatch(markdown, /#import|#set|Sarabun|said aloud|note to myself|<big-o>/u);
    assert.match(markdown, /^# Big-O Notation$/mu);
    assert.match(markdown, /^## Counting steps$/mu);
    assert.match(markdown, /^1\. read the \*\*input\*\* once$/mu);
    assert.match(markdown, /^- \*\*Loop:\*\* a block run again and again$/mu);
    assert.match(markdown, /\[the notes\]\(https:\/\/example\.org\/big-o\)/u);
    assert.match(markdown, /^for \(int i = 0; i < n; i\+\+\) \{\} \/\/ a comment in code stays$/mu);
    assert.match(markdown, /^\| call \| calls \|\n\| --- \| --- \|\n\| \$g\(n\)\$ \| 1 \|\n\| \$g\(n-1\)\$ \| 2 \|$/mu);
    const model = splitMarkdown(markdown);
    assert.equal(model.title, 'Big-O Notation');
    assert.ok(model.sections.some((s) => s.heading === 'Counting steps'));
  });

  it('has its formulas in TeX, one that goes on over a line break too', () => {
    const markdown = typstToMarkdown(text).markdown;
    assert.match(markdown, /\$1\+2\+\\cdots\+2\^\{n-1\} =\nO\(2\^n\)\$/u);
    assert.equal(typstMath('frac(a+1, b) + sqrt(n) dot.c log_2 n'), '\\frac{a+1}{b} + \\sqrt{n} \\cdot \\log_2 n');
    assert.equal(typstMath('alpha -> infinity, x != "end"'), '\\alpha \\to  \\infty, x \\ne  \\text{end}');
    // (Leftover TeX stays as written.)
    assert.equal(typstMath('\\lceil n/2 \\rceil'), '\\lceil n/2 \\rceil');
  });
});
