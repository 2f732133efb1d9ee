// scripts/stages/diagram.ts: drawings made of characters, known from code; planned whole and marked for the theme.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDrawing } from '../../scripts/stages/diagram.ts';
import { renderSlide } from '../../scripts/stages/render-slide.ts';
import { blocksToUnits } from '../../scripts/stages/units.ts';
import type { DeckSlide } from '../../scripts/types.ts';

const frame = (k: number): string[] => [' +--------+        +--------+', ` | node ${k} |------->| next   |`, ' +--------+        +--------+'];

describe('a drawing in a code block', () => {
  it('is known by its language (svgbob, ditaa) or by lines drawn with frames, arrows or box-drawing characters, not code', () => {
    assert.ok(isDrawing('bob', ['a', 'b']));
    assert.ok(isDrawing('', frame(1)));
    assert.ok(isDrawing('text', ['┌──────┐', '│ disk │', '└──────┘']));
    // A tree in ASCII as pstree prints one is drawn; one wider than a slide holds at 14 px is code (wrapped, still read).
    const tree = [
      'systemd-+-ModemManager---2*[{ModemManager}]',
      '        |-NetworkManager---2*[{NetworkManager}]',
      '        |-accounts-daemon---2*[{accounts-daemon}]',
      '        |-acpid',
      '        |-lightdm-+-Xorg---11*[{Xorg}]',
      '        |         `-lightdm---cinnamon-sessio---2*[{agent}]',
      '        `-udisksd---4*[{udisksd}]',
    ];
    assert.ok(isDrawing('', tree));
    assert.ok(!isDrawing('', [...tree, `        |-${'chrome---'.repeat(16)}`]));
    assert.ok(!isDrawing('', ['ls -la', '- a list item', '- another item', 'echo done']));
    assert.ok(!isDrawing('python', ['def f(x):', '    # ----------', '    return x + 1']));
    assert.ok(!isDrawing('', ['SELECT name FROM users', 'WHERE id = 3', 'ORDER BY name;']));
    // A table drawn in ASCII, a database's answer: its columns line up only while its lines are whole.
    const rule = '+---------+---------+----------------+';
    assert.ok(
      isDrawing('text', [rule, '| prod_id | vend_id | prod_name      |', rule, '| ANV01   |    1001 | .5 ton anvil   |', rule, '1 row in set (0.00 sec)']),
    );
    assert.ok(isDrawing('', [' id | name  | total', '----+-------+-------', '  1 | Ada   |    12', '  2 | Linus |     7', '(2 rows)']));
    assert.ok(!isDrawing('sql', ['SELECT a | b FROM t', 'WHERE x = 1;', '-- a comment', 'ORDER BY a;']));
    // A protocol's header drawn as an RFC draws one: bit numbers over rules of "+-+-+" between fields, notes beside them.
    const bits = ' -+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-';
    assert.ok(
      isDrawing('', [
        '  0               1               2               3              4',
        '  0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7',
        `${bits} -----------------`,
        ' |          Source Port          |       Destination Port        |',
        `${bits}   UDP header`,
        ' |          Length               |          Checksum             |',
        `${bits} -----------------`,
        ' |                       payload/data                            |     mesaj ',
        `${bits} -----------------`,
      ]),
    );
    // A command's output with a progress bar of blocks is output, not a picture: its long lines wrap as code's do.
    assert.ok(
      !isDrawing('console', [
        'Collecting Werkzeug>=0.15 (from flask)',
        '  Downloading https://files.pythonhosted.org/packages/cc/94/5f7079a0e00bd6863ef8f1da638721e9/Werkzeug-1.0.1-py2.py3-none-any.whl (298kB)',
        '    100% |████████████████████████████████| 307kB 3.4MB/s',
      ]),
    );
    assert.ok(!isDrawing('', ['Downloading layers', '[▓▓▓▓▓▓▓▓░░░░] 60%', 'done']));
    assert.ok(isDrawing('', ['▄▄▄ ▄▄▄', '█ █ █ █', '▀▀▀ ▀▀▀']));
  });

  it('is known where boxes are joined by lines of connectors alone (bars, arrowheads), labels beside them', () => {
    const network = [
      '+----------+-------------+',
      '|  Local   |             |',
      '| Machine  |  10.0.0.2   |>-------+',
      '+----------+-------------+        |',
      '                                  |',
      '                                  ^',
      '                          +---------------+',
      '                          |   10.0.0.1    |  Inside address',
      '                          +---------------+',
      '                          |    Gateway    |  Translating',
      '                          +---------------+',
      '                          |  203.0.113.9  |  Outside address',
      '                          +---------------+',
      '                                  v',
      '                                  |',
      '                                  |',
      '                         {The Wide Network}',
    ];
    assert.equal(isDrawing('{.default}', network), true);
    // Code with a bar or a letter v alone on a line is still code.
    assert.equal(isDrawing('', ['for x in items:', '    print(x)', '    v = x', '    |', 'done']), false);
    assert.equal(isDrawing('python', ['def f(a, b):', '    return a | b', '|', 'v']), false);
  });

  it('is known in a part of a table drawn in ASCII that holds none of its rules: rows between bars at the same columns', () => {
    const rows = [
      '| pid          | 32u     | Process id of this server process       |',
      '| uptime       | 32u     | Number of secs since the server started |',
      '| pointer_size | 32      | Default size of pointers on the host OS |',
      '|              |         | (generally 32 or 64)                    |',
    ];
    assert.ok(isDrawing('', rows));
    // Cut where the part was planned, at the drawing's type: the last part of a table of 40 rows is a drawing too.
    const table = ['|-------+------+---------|', ...Array.from({ length: 40 }, (_, k) => `| row${String(k).padStart(3, '0')} | 32u  | counter |`)];
    const units = blocksToUnits([{ kind: 'code', text: `\`\`\`\n${table.join('\n')}\n\`\`\``, line: 1 }], 'markdown');
    assert.ok(units.length > 1);
    for (const unit of units)
      assert.ok(
        isDrawing(
          '',
          (unit.markdown ?? '').split('\n').filter((l) => !l.startsWith('```')),
        ),
        unit.markdown,
      );
    // Bars that do not line up, or lines of a program, are no table.
    assert.ok(!isDrawing('', ['| a | b |', '| longer cell | c |', '| x | y |', '| z |']));
    assert.ok(!isDrawing('', ['x = a | b', 'y = c | d', 'z = e | f', 'w = g | h']));
  });

  it('is one unit, never cut between slides, even where code of as many lines would be', () => {
    const drawing = Array.from({ length: 6 }, (_, k) => frame(k)).flat();
    const code = drawing.map((_, k) => `value_${k} = compute(${k})`);
    const fence = (lang: string, lines: string[]): string => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
    assert.equal(blocksToUnits([{ kind: 'code', text: fence('', drawing), line: 1 }], 'markdown').length, 1);
    assert.ok(blocksToUnits([{ kind: 'code', text: fence('python', code), line: 1 }], 'markdown').length > 1);
  });

  it('is marked for the theme, which never wraps its lines', () => {
    const slide: DeckSlide = {
      id: 's',
      file: 's.md',
      layout: 'section',
      fragments: false,
      section: null,
      body: `# D\n\n\`\`\`bob\n${frame(1).join('\n')}\n\`\`\`\n`,
      notes: '',
    };
    assert.match(renderSlide(slide).bodyHtml, /<pre class="lectern-drawing"><code/u);
    const plain: DeckSlide = { ...slide, body: '# C\n\n```python\nx = 1\n```\n' };
    assert.doesNotMatch(renderSlide(plain).bodyHtml, /lectern-drawing/u);
  });
});
