// scripts/stages/fence.ts: the fences lectern writes, and the one rule that finds an author's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backtickInfoFences, fenced, fencedChunks, fenceFor, mapProse } from '../../scripts/stages/fence.ts';
import { removeHidden } from '../../scripts/stages/hidden.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { mkdocsAdmonitions } from '../../scripts/stages/directives.ts';

describe('fenceFor and fenced', () => {
  it('fences code with three backticks, or one more than its longest run, so the code shows as written', () => {
    assert.equal(fenceFor('plain code'), '```');
    assert.equal(fenceFor('a `tick` and ``` three'), '````');
    assert.equal(fenced('x = 1', 'py'), '```py\nx = 1\n```');
    assert.equal(fenced('````\nnested'), '`````\n````\nnested\n`````');
  });
});

describe('fencedChunks', () => {
  it('finds a fence indented inside a list item, blank lines in it, and leaves its code alone; an indented fence outside a list is no fence', () => {
    const text = [
      '1. Rewrite into prefix form:',
      '',
      '    ```{r, eval = FALSE}',
      '    1 + 2',
      '',
      '    if (n <= 5) x[[5]] else x[[n]]',
      '    ```',
      '',
      'After [[Note]].',
    ].join('\n');
    const chunks = fencedChunks(text);
    assert.deepEqual(
      chunks.map((c) => c.code),
      [false, true, false],
    );
    assert.equal(
      mapProse(text, (prose) => prose.replace(/\[\[([^\]]+)\]\]/gu, '$1')),
      text.replace('[[Note]]', 'Note'),
    );
    // An item whose paragraph goes on at the margin (lazy lines) still holds the fence indented under it.
    const lazy = [
      '1. Say you have a command that fails rarely.',
      'Write a script that runs it until it fails.',
      '',
      '    ```bash',
      '    if [[ n -eq 42 ]]; then',
      '    ```',
    ].join('\n');
    assert.deepEqual(
      fencedChunks(lazy).map((c) => c.code),
      [false, true],
    );
    assert.equal(
      mapProse(lazy, (prose) => prose.replace(/\[\[([^\]]+)\]\]/gu, '$1')),
      lazy,
    );
    const quoted = ['Paragraph.', '', '    ```', '    code', '    ```'].join('\n');
    assert.deepEqual(
      fencedChunks(quoted).map((c) => c.code),
      [false],
    );
  });

  const shape = (text: string) => fencedChunks(text).map((c) => [c.code, c.text, c.info]);

  it('cuts prose from fenced code, with the info string, closing at a like fence at least as long, or at the end', () => {
    assert.deepEqual(shape('Intro\n```js\nlet a;\n```\nMiddle\n~~~~\n~~~\nstill code\n~~~~~\nEnd\n````\nunclosed'), [
      [false, 'Intro', ''],
      [true, '```js\nlet a;\n```', 'js'],
      [false, 'Middle', ''],
      [true, '~~~~\n~~~\nstill code\n~~~~~', ''],
      [false, 'End', ''],
      [true, '````\nunclosed', ''],
    ]);
  });

  it('takes no fence from a line indented four spaces, or from backticks with a backtick in the info string', () => {
    assert.deepEqual(shape('    ```\nnot code\n``` a `span` ```\ntext'), [[false, '    ```\nnot code\n``` a `span` ```\ntext', '']]);
  });

  it('gives the text back whole, in order', () => {
    const text = 'a\n```\nb\n```\nc\n~~~ x\nd';
    assert.equal(
      fencedChunks(text)
        .map((c) => c.text)
        .join('\n'),
      text,
    );
  });
});

describe('a line that opens with three backticks and has more after', () => {
  it('is a code span, not a fence: the code and the box after it are read as they are', () => {
    const text = [
      '```python3 test.py```, ce qui donnera',
      '',
      '??? tip "Les quines"',
      '    À titre anecdotique :',
      '    ```python',
      "    a='a=%r'",
      '    ```',
      '',
    ].join('\n');
    assert.deepEqual(
      fencedChunks(text).map((c) => c.code),
      [false],
    );
    const boxed = mkdocsAdmonitions(text).text;
    assert.match(boxed, /^<details><summary>Les quines<\/summary>$/mu);
    assert.doesNotMatch(boxed, /\?\?\? tip/u);
  });
});

describe('a fence of backticks whose attribute holds a backtick', () => {
  it('is the code block the site shows, closed by its like fence; code and prose elsewhere stay as they are', () => {
    const text = [
      'Durante a construção da função `get_current_user`, criamos um fluxo:',
      '',
      '```python title="Parte da função `get_current_user` em security.py"',
      'credentials_exception = HTTPException(',
      "    detail='Could not validate credentials',",
      ')',
      '```',
      '',
      'Texto depois do código.',
      '',
      '```md',
      '```js title="`x`"',
      '```',
      '',
    ].join('\n');
    const out = backtickInfoFences(text);
    const lines = out.split('\n');
    assert.equal(lines.length, text.split('\n').length);
    assert.equal(lines[2], '```python title="Parte da função get_current_user em security.py"');
    // Inside another block, a line like it is that block's code.
    assert.equal(lines[11], '```js title="`x`"');
    const chunks = fencedChunks(out).filter((c) => c.code);
    assert.ok(chunks[0]?.text.includes("detail='Could not validate credentials'"), JSON.stringify(chunks));
    const blocks = splitMarkdown(removeHidden(text, 'markdown').text).intro.map((b) => b.kind);
    assert.deepEqual(blocks.slice(0, 3), ['paragraph', 'code', 'paragraph']);
  });
});
