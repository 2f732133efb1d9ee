// scripts/stages/units.ts: a section's blocks as the units slides are packed from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultBudget, planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { markdownSlides, slidesShown } from './plans.ts';
import { packUnits } from '../../scripts/stages/pack-units.ts';
import { bodyRoom, codeDisplayLines, codeRows, shownWordWidths, slideGeometry, titleHeight, visibleText } from '../../scripts/stages/text-size.ts';
import { blocksToUnits, codeLinesFor, escapeMarkdown, ordinalTitle, splitCode } from '../../scripts/stages/units.ts';
import { countWords } from '../../scripts/stages/sentences.ts';

describe('a long listing split over slides', () => {
  it('is cut into as few parts as even ones need, at a statement one level in where no top-level one keeps that number', () => {
    const bliss = [
      'MODULE E1 (MAIN = CTRL) =',
      'BEGIN',
      'FORWARD ROUTINE',
      '    CTRL,',
      '    STEP;',
      'ROUTINE CTRL =',
      'BEGIN',
      '    EXTERNAL ROUTINE',
      '        GETNUM,     ! Input a number from terminal',
      '        PUTNUM;     ! Output a number to terminal',
      '    LOCAL',
      '        X,          ! Storage for input value',
      '        Y;          ! Storage for output value',
      '    GETNUM(X);',
      '    Y = STEP(.X);',
      '    PUTNUM(.Y)',
      '    END;',
      'ROUTINE STEP(A) =',
      '    (.A+1);',
      'END',
      'ELUDOM',
    ];
    const parts = splitCode(bliss, 11);
    assert.equal(parts.length, 2, parts.map((p) => p.length).join(' + '));
    assert.deepEqual(parts.flat(), bliss);
    assert.ok(parts.every((p) => p.length <= 13));
  });
});

describe('a lead-in and its code', () => {
  it('a lead-in names what it introduces by the term it opens with (the title of a slide it begins), not by a clause', () => {
    const code = { kind: 'code' as const, text: '```sh\nnpm install lectern\n```', line: 3 };
    const lead = (text: string): string | null =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, code], 'markdown', false, bodyRoom('Setup'))[0]?.lead ?? null;
    assert.equal(lead('Step 2: install the package with the command below:'), 'Step 2');
    assert.equal(lead('第二个要素：事件域，是满足下列条件的子集的全体所组成的集合：'), '第二个要素');
    assert.equal(lead('If you have npm: install the package with the command below:'), null);
    assert.equal(lead('**Example Usage:**'), 'Example Usage');
    assert.equal(lead('More detailed answer:'), 'More detailed answer');
    assert.equal(lead('It can be written as:'), null);
    // A relative clause that goes on from the code before it ("which returns:" under `surveys_df.dtypes`) names nothing.
    assert.equal(lead('which returns:'), null);
    assert.equal(lead('would yield the following output:'), null);
  });

  it('a caption over code that no stop ends stays with it ("Display a single file on the terminal"); a sentence that ends does not', () => {
    const code = { kind: 'code' as const, text: '```bash\nbat README.md\n```', line: 3 };
    const kept = (text: string): boolean | undefined =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, code], 'markdown', false, bodyRoom('Use'))[0]?.keepWithNext;
    assert.equal(kept('Display a single file on the terminal'), true);
    assert.equal(kept('Read from stdin, determine the syntax automatically (note, highlighting will\nonly work if the syntax can be determined)'), true);
    assert.equal(kept('The tool prints each file it is given in turn, with colours.'), false);
    assert.equal(kept('最初のセルで、必要なライブラリをインポートしておこう。'), false);
    assert.equal(kept('Each type has a rank, see [on the *integer conversion rank*.](rank.md)'), false);
  });

  it('a sentence that points at the picture after it stays with it, in the languages of the labels and in Chinese, Japanese and Korean', () => {
    const picture = { kind: 'image' as const, text: '![Preset](img/preset.png)', line: 3 };
    const kept = (text: string): boolean | undefined =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, picture], 'markdown', false, bodyRoom('Setup'))[0]?.keepWithNext;
    assert.equal(kept('새로운 프로젝트의 경우 기본 프리셋을 사용할 수 있지만, 아래와 같이 **Manually select features** 옵션을 선택해줍니다.'), true);
    assert.equal(kept('Le schéma ci-dessous montre les deux étapes du processus.'), true);
    assert.equal(kept('La figura seguente mostra i due passi del processo.'), true);
    assert.equal(kept('界面如下所示。'), true);
    assert.equal(kept('Then select the preset you saved earlier and go on.'), false);
    assert.equal(kept('뷰 테스트 유틸을 설치하기 위해 **Unit Testing** 옵션을 선택해줍니다.'), false);
    // (Not a word that only holds one: "unterhalb", "belowground".)
    assert.equal(kept('Die Wurzeln liegen unterhalb der Erde und wachsen langsam weiter.'), false);
  });

  it('a short label over a paragraph stays with it (a step of a recipe and what to do, "For instance,"); a long sentence that ends with a colon does not', () => {
    const paragraph = { kind: 'paragraph' as const, text: 'Decide your target user and their work patterns, then write them down.', line: 3 };
    const kept = (text: string): boolean | undefined =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, paragraph], 'markdown', false, bodyRoom('Recipe'))[0]?.keepWithNext;
    assert.equal(kept('****Step 1:**** **Define the _target user_ as a _persona_:**'), true);
    assert.equal(kept('Here is how:'), true);
    // (A few words that run on into it, "For instance," over the example.)
    assert.equal(kept('For instance,'), true);
    assert.equal(kept('Sometimes, when a team has worked on the same product for many years, the members forget one simple rule of thumb:'), false);
    assert.equal(kept('This sentence ends with a stop.'), false);
  });

  it('a sentence that trails off into the list under it, or a short question the list answers, stays with the list', () => {
    const list = { kind: 'list' as const, text: '- _`num` es múltiplo de 2?_\n- _`num` es múltiplo de 5?_\n- _`num` no es múltiplo de 2?_', line: 2 };
    const kept = (text: string): boolean | undefined =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, list], 'markdown', false, bodyRoom('Ejemplo'))[0]?.keepWithNext;
    assert.equal(kept('_¿Qué mostrará este código si..._'), true);
    assert.equal(kept('What does the program print when…'), true);
    assert.equal(kept('Why keep a history of every change?'), true);
    // The short question names the list it leads into (a slide it opens is titled by it), its emphasis aside.
    const named = (text: string): string | null =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, list], 'markdown', false, bodyRoom('Ejemplo'))[0]?.lead ?? null;
    assert.equal(named('*Why keep a history of every change?*'), 'Why keep a history of every change?');
    assert.equal(named('_¿Qué mostrará este código si..._'), null);
    assert.equal(kept('The program prints a line for each case.'), false);
  });

  it("a question's last labelled option is one of its answers, no caption kept with the table after the list", () => {
    const table = { kind: 'table' as const, text: '| Notas | Frequência |\n| --- | --- |\n| [2,0 , 3,5) | 12 |', line: 7 };
    const options = (items: string[]): boolean | undefined =>
      blocksToUnits([{ kind: 'list' as const, text: items.map((i) => `- ${i}`).join('\n'), line: 1 }, table], 'markdown', false, bodyRoom('Exercício 3'))
        .filter((u) => u.listItem)
        .at(-1)?.keepWithNext;
    assert.equal(options(['a) 14', 'b) 15', 'c) 16', 'd) 17']), false);
    assert.equal(options(['(a) 14', '(b) 15']), false);
    // A last item that leads into the table still goes with it.
    assert.equal(options(['a) 14', 'b) The table below gives the grades:']), true);
  });

  it('an objection quoted whole over the text that answers it goes with its answer, and a slide may open with it', () => {
    const answer = { kind: 'paragraph' as const, text: 'The real reason is that it will still be possible for them to get paid for programming.', line: 3 };
    const unit = (text: string) => blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, answer], 'markdown', false, bodyRoom('Objections'))[0];
    const asked = unit('"Won\'t programmers starve?"');
    assert.equal(asked?.keepWithNext, true);
    assert.equal(asked?.breakCost, 0);
    assert.equal(asked?.markdown, '"Won\'t programmers starve?"');
    const two = unit(
      '"Nobody will use it if it is free, because that means they can\'t rely on any support." "You have to charge for the program to pay for providing the support."',
    );
    assert.equal(two?.keepWithNext, true);
    assert.match(two?.markdown ?? '', /^"Nobody will use it .* providing the support\."$/u);
    // A sentence that only quotes at its start is a point as any other; so is a story's speech, with its narrator's words
    // or of several sentences.
    assert.equal(unit('"Free" here means freedom, as the essay says at length.')?.keepWithNext, false);
    assert.equal(unit('"I buy hair," said Madame. "Take yer hat off."')?.keepWithNext, false);
    assert.equal(unit('"Isn\'t it a dandy, Jim? I hunted all over town to find it. Give me your watch."')?.keepWithNext, false);
  });

  it('a link in bold over the next one is a point of its own, not a sub-heading over it', () => {
    const files = ['CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md'].map((f, i) => ({
      kind: 'paragraph' as const,
      text: `**[${f}](${f})**`,
      line: 2 * i + 1,
    }));
    const units = blocksToUnits(files, 'markdown', false, bodyRoom('Documents'));
    assert.deepEqual(
      units.map((u) => [u.markdown, u.keepWithNext]),
      files.map((f) => [`- ${f.text}`, false]),
    );
  });

  it('share a slide when the code was kept whole a line or two over the room (the fit sets it a little smaller)', () => {
    const code = [
      'function saySomething() {',
      '    var greeting = "Hello";',
      '    {',
      '        greeting = "Howdy";',
      '        let greeting = "Hi";',
      '        console.log(greeting);',
      '    }',
      '}',
      '',
      'saySomething();',
      '// ReferenceError: Cannot access',
      '// initialization',
    ];
    const blocks = [
      { kind: 'paragraph' as const, text: 'Finally, consider:', line: 1 },
      { kind: 'code' as const, text: ['```js', ...code, '```'].join('\n'), line: 3 },
    ];
    const room = bodyRoom('Hoisting');
    const units = blocksToUnits(blocks, 'markdown', false, room);
    assert.equal(units.length, 2, 'the code stays whole');
    assert.ok((units[0]?.height ?? 0) + (units[1]?.height ?? 0) <= room, `${units.map((u) => u.height).join(' + ')} > ${room}`);
    assert.equal(packUnits(units, room, defaultBudget).length, 1);
  });

  it('a lead-in of several lines leaves its code fewer lines: code that fits beside one line is split where it would not fit beside three', () => {
    const code = [
      'function complete_first',
      '  list --all --color=always | pick --read0 --print0 --ansi --no-multi-line --header-lines=1',
      'end',
      '',
      'function complete_second',
      '  while read -lz result',
      '    escape -n -- $result | trim -l -c "x" | split -m 1 -f 2 " " | sort --unique --reverse',
      '  end',
      'end',
    ];
    const lead =
      'Much as in the other shells, what the finder prints can be processed before it is put on the command line, by defining a function named after the command with a suffix, or one with the other suffix that the manual lists:';
    const blocks = [
      { kind: 'paragraph' as const, text: lead, line: 1 },
      { kind: 'code' as const, text: ['```fish', ...code, '```'].join('\n'), line: 3 },
    ];
    const room = bodyRoom('`complete_COMMAND_post`');
    const short = blocksToUnits([{ ...blocks[0]!, text: 'Define:' }, blocks[1]!], 'markdown', false, room);
    assert.equal(short.length, 2, 'beside a one-line lead-in the code stays whole');
    const units = blocksToUnits(blocks, 'markdown', false, room);
    assert.ok(units.length >= 3, `the code stayed whole beside ${units[0]?.height ?? 0}px of lead-in`);
    assert.match(units[2]?.markdown ?? '', /^```fish\nfunction complete_second/u, 'split at the blank line between the functions');
    const first = packUnits(units, room, defaultBudget)[0] ?? [];
    assert.ok(first.reduce((h, u) => h + u.height, 0) <= room);
  });
});

describe("a list item's quotation under its colon", () => {
  it('is shown under the item, not left to the notes with the colon over nothing', () => {
    const text = [
      '# Proposal',
      '',
      '## Approach',
      '',
      '1. Introduce the concept of a module.',
      '',
      '2. Explicitly adopt the import compatibility rule:',
      '',
      '   > _If an old package and a new package have the same import path,_\\',
      '   > _the new package must be backwards compatible with the old package._',
      '',
      '   The project has encouraged this convention from the start of the project, and this proposal gives it more teeth.',
      '',
      '3. Record each module in a file of its own.',
      '',
    ].join('\n');
    const plan = planDeck(splitMarkdown(text), { file: 'p.md', fileName: 'p.md', format: 'markdown' }).value;
    const body = plan.slides
      .filter((s) => s.section === 'Approach')
      .map((s) => s.body)
      .join('\n');
    assert.match(body, /adopt the import compatibility rule:\n {3}> _If an old package/u);
    assert.doesNotMatch(body, /encouraged this convention/u);
  });
});

describe('a long sentence over a formula', () => {
  it("shows the clause that says what the formula is; its conditions, and the formula's other terms, go to the notes", () => {
    const text = [
      '# Heat',
      '',
      '## Boltzmann',
      '',
      'For a closed system of fixed volume $V$, in thermal equilibrium with a heat bath at temperature $T$, the probability of finding the system in a particular microstate $i$ with energy $E_i$ is given by the **Boltzmann distribution**',
      '',
      '$$',
      'P_i = \\frac{e^{-E_i/k T}}{Z}',
      '$$',
      '',
      'where $k$ is the Boltzmann constant ($1.38 \\times 10^{-23}$ J/K, as measured), $T$ is the temperature of the heat bath, and $Z$ is the **partition function** defined as',
      '',
      '$$',
      'Z = \\sum_i e^{-E_i/kT}',
      '$$',
      '',
    ].join('\n');
    const slide = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown', author: 'T' }).value.slides.find(
      (s) => s.title === 'Boltzmann',
    );
    assert.ok(slide, 'a slide titled Boltzmann');
    assert.match(
      slide.body,
      /^the probability of finding the system in a particular microstate \$i\$ with energy \$E_i\$ is given by the \*\*Boltzmann distribution\*\*$/mu,
    );
    assert.match(slide.body, /^\$Z\$ is the \*\*partition function\*\* defined as$/mu);
    assert.doesNotMatch(slide.body, /closed system|Boltzmann constant/u);
    assert.match(slide.notes, /For a closed system of fixed volume[\s\S]*Boltzmann constant/u);
  });
});

describe('a long sentence over a formula whose last clause has no subject of its own', () => {
  it('is shown whole, not as its last clause ("i.e., can be written as the following tensor product")', () => {
    const text = [
      '# Probability',
      '',
      '## Statistical independence',
      '',
      'A set $X_1, \\dots, X_n$ of random variables is called *statistically independent* if their joint CDF is coordinate-separable, i.e., can be written as the following tensor product',
      '',
      '$$F_{X_1, \\dots, X_n} = F_{X_1} \\otimes \\cdots \\otimes F_{X_n}.$$',
      '',
    ].join('\n');
    const slide = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown', author: 'T' }).value.slides.find(
      (s) => s.title === 'Statistical independence',
    );
    assert.ok(slide, 'a slide titled Statistical independence');
    assert.match(slide.body, /^A set \$X_1, \\dots, X_n\$ of random variables is called \*statistically independent\*/mu);
    assert.doesNotMatch(slide.body, /^can be written/mu);
  });
});

describe('a paragraph spaced out with line breaks', () => {
  it('shows its words as the point, without the empty lines the <br> tags made', () => {
    const blocks = [{ kind: 'paragraph' as const, text: '<br><br>\n<br/>\nThese notes were written by the course staff in 2019.', line: 1 }];
    const [unit] = blocksToUnits(blocks, 'markdown', false, bodyRoom('Credits'));
    assert.equal(unit?.markdown, '- These notes were written by the course staff in 2019.');
    // A paragraph of nothing but breaks stays as it was: there are no words to show instead.
    assert.match(blocksToUnits([{ kind: 'paragraph' as const, text: '<br><br>', line: 1 }], 'markdown', false, bodyRoom('x'))[0]?.markdown ?? '', /<br>/u);
  });
});

describe('a hard line break (a backslash or two spaces at the end of a line)', () => {
  it('is a line end on the slide, not a backslash; plain text keeps its backslash', () => {
    const quote = { kind: 'quote' as const, text: '> "Happy families are all alike."\\\n> --- Leo Tolstoy', line: 1 };
    assert.equal(blocksToUnits([quote], 'markdown', false, bodyRoom('x'))[0]?.markdown, '> "Happy families are all alike." --- Leo Tolstoy');
    const address = { kind: 'paragraph' as const, text: 'Room 101  \nMain building', line: 1 };
    assert.equal(blocksToUnits([address], 'markdown', false, bodyRoom('x'))[0]?.markdown, '- Room 101 Main building');
    const text = { kind: 'paragraph' as const, text: 'C:\\temp\\\nis the folder', line: 1 };
    assert.match(blocksToUnits([text], 'text', false, bodyRoom('x'))[0]?.markdown ?? '', /temp\\\\ is/u);
  });
});

describe('a list item that introduces its own code', () => {
  it('shares a slide with the code kept whole a line or two over the room', () => {
    const room = bodyRoom('Inverted dropout');
    // Two lines more than a slide holds beside a line of lead-in: kept whole, the fit sets it a little smaller.
    const code = Array.from({ length: codeLinesFor(room) + 2 }, (_, i) => `value_${i} = step(${i})`);
    const text = ['- The method in short.', '- Code for the method:', '', '  ```python', ...code.map((l) => `  ${l}`), '  ```'].join('\n');
    const units = blocksToUnits([{ kind: 'list' as const, text, line: 1 }], 'markdown', false, room);
    const slides = packUnits(units, room, defaultBudget);
    const withCode = slides.find((s) => s.some((u) => u.kind === 'visual'));
    assert.ok(
      withCode?.some((u) => u.markdown.includes('Code for the method:')),
      slides.map((s) => s.map((u) => u.markdown.slice(0, 30)).join(' | ')).join(' || '),
    );
  });
});

describe('a label over a table', () => {
  it('a few words with no full stop over a table stay with its first part, which leaves them room', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `| \`XDG_DIR_${i}\` | LocalAppData | %LOCALAPPDATA%\\Programs |`);
    const table = ['| Variable | Known folder | Fallback |', '| --- | --- | --- |', ...rows].join('\n');
    const blocks = [
      { kind: 'paragraph' as const, text: 'Microsoft Windows', line: 1 },
      { kind: 'table' as const, text: table, line: 3 },
    ];
    const room = bodyRoom('XDG Base Directory');
    const units = blocksToUnits(blocks, 'markdown', false, room);
    assert.equal(units[0]?.keepWithNext, true);
    const slides = packUnits(units, room, defaultBudget);
    assert.equal(slides[0]?.[0]?.markdown, 'Microsoft Windows');
    assert.equal(slides[0]?.length, 2, 'the label is alone on its slide');
    // A table that fits a slide alone but not beside the sentence that introduces it: split, its first rows with the sentence.
    const room2 = bodyRoom('Quick examples');
    const row = (k: number): string => `| tool ${k} | \`run --pattern '[A-Z]\\w+ Sherlock ${k}'\` | ${k} | 1.0${k}s |`;
    let count = 2;
    const tableOf = (n: number) => ({
      kind: 'table' as const,
      text: ['| Tool | Command | Lines | Time |', '| --- | --- | --- | --- |', ...Array.from({ length: n }, (_, k) => row(k))].join('\n'),
      line: 3,
    });
    const lead = {
      kind: 'paragraph' as const,
      text: 'And performance can drop precipitously across the board when searching big files for long patterns:',
      line: 1,
    };
    // The most rows that fit a slide alone.
    while (blocksToUnits([tableOf(count + 1)], 'markdown', false, room2).length === 1) count += 1;
    const withLead = blocksToUnits([lead, tableOf(count)], 'markdown', false, room2);
    const packed = packUnits(withLead, room2, defaultBudget);
    assert.ok(
      packed[0]?.some((u) => u.markdown.includes('| tool 0 |')),
      JSON.stringify(packed.map((p) => p.map((u) => u.markdown.slice(0, 30)))),
    );
    // A sentence is not a label.
    assert.equal(
      blocksToUnits([{ kind: 'paragraph' as const, text: 'Windows is different.', line: 1 }, blocks[1]!], 'markdown', false, room)[0]?.keepWithNext,
      false,
    );
  });
});

describe('a table too tall for a slide', () => {
  it('splits into parts of about even height, with no part of one row left over', () => {
    const rows = Array.from(
      { length: 13 },
      (_, i) => `| Term ${i} | A definition of term ${i} that takes a line or two of the slide's width to say in full here |`,
    );
    const table = ['| Term | Definition |', '| --- | --- |', ...rows].join('\n');
    const parts = blocksToUnits([{ kind: 'table' as const, text: table, line: 1 }], 'markdown').map((u) => u.markdown.split('\n').length - 2);
    assert.ok(parts.length >= 2, JSON.stringify(parts));
    assert.equal(
      parts.reduce((a, b) => a + b, 0),
      13,
    );
    assert.ok(Math.max(...parts) - Math.min(...parts) <= 1, JSON.stringify(parts));
  });

  it('fills each slide under a one-line title: 13 rows of one line are two parts, each within the room', () => {
    const rows = Array.from({ length: 13 }, (_, i) => `| Reverse the words of string ${i} | [Challenge](http://example.org/${i}.ipynb) |`);
    const table = ['| Challenge | Notebook |', '| --- | --- |', ...rows].join('\n');
    const units = blocksToUnits([{ kind: 'table' as const, text: table, line: 1 }], 'markdown');
    assert.equal(units.length, 2, JSON.stringify(units.map((u) => u.markdown.split('\n').length - 2)));
    for (const unit of units) assert.ok(unit.height <= bodyRoom('Arrays and Strings (cont.)'), `${unit.height}`);
  });
});

describe('a table of many columns wider than the slide', () => {
  it('is planned as a browser lays it out: narrow columns keep their width, long notes wrap, and the type is set smaller to fit', () => {
    const head = '| OS | GPU | Storage | Fonts | Temperature | Printing/Scanning | Networks | Cameras |';
    const rows = [
      '| Linux | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ |',
      '| Windows | ✓ | ✓ | ✓ | ? (seems to require an admin account) | ✓ | ✓ | ✓ (seems to have issues with two cameras) |',
      '| macOS | ✓ | ✓ | ✓ | ✓ | ✓ (needs `sudo tool` to list everything) | ✓ | ✓ |',
    ];
    const table = { kind: 'table' as const, text: [head, '| --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n'), line: 3 };
    const lead = { kind: 'paragraph' as const, text: 'The current support of each feature on each operating system, from our own testing:', line: 1 };
    const units = blocksToUnits([lead, table], 'markdown');
    // One table beside the sentence that leads into it: its three rows on one slide (they had been cut after the second,
    // on a slide a third empty, planned at the table's full size).
    assert.deepEqual(
      units.map((u) => u.kind),
      ['point', 'visual'],
      JSON.stringify(units.map((u) => Math.round(u.height))),
    );
    assert.ok((units[1]?.scale ?? 1) < 1);
    assert.equal(packUnits(units, bodyRoom('Compatibility'), defaultBudget).length, 1);
  });
});

describe('an item whose one thing is a table', () => {
  it('shows no marker alone (a bare "-" under a line is a heading\'s underline): the table after the item', () => {
    const text = [
      '- Some nouns take complements',
      '- Lexical entries:',
      '',
      '  - | cat | `N` | free |',
      '    | --- | --- | --- |',
      '    | claim | `N` | free |',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list' as const, text, line: 1 }], 'markdown');
    const shown = units.map((u) => u.markdown).join('\n');
    assert.doesNotMatch(shown, /^\s*[-*+]\s*$/mu, shown);
    assert.match(shown, /^\| claim \| `N` \| free \|$/mu, shown);
  });
});

describe('a table whose cells are formulas', () => {
  it('is as wide as its formulas show, not as their TeX is: six narrow columns stay one table', () => {
    const table = [
      '|Genotype $\\rightarrow$ | zygote $\\rightarrow$ | $l_{ii}\\rightarrow$ | adult $\\rightarrow$ | $m_{ii} \\rightarrow$ | offspring |',
      '|---|---|---|---|---|---|',
      ...['A_1A_1', 'A_1A_2', 'A_2A_2'].map((g, k) => `| $${g}$ | $p^${k + 2}$ | | $p^2l_{1${k}}$ | | $p^2m_{11}l_{1${k}}$ |`),
    ].join('\n');
    const units = blocksToUnits([{ kind: 'table' as const, text: table, line: 1 }], 'markdown');
    assert.equal(units.length, 1);
    assert.equal(units[0]?.markdown, table);
  });
});

describe('a table whose cells break lines with <br>', () => {
  it('is as tall as its lines: a row of four lines takes about four rows of room', () => {
    const table = (cell: string): string =>
      ['| Operation | Request |', '| --- | --- |', ...Array.from({ length: 6 }, () => `| Add an item | ${cell} |`)].join('\n');
    const height = (cell: string): number =>
      blocksToUnits([{ kind: 'table' as const, text: table(cell), line: 1 }], 'markdown').reduce((n, u) => n + u.height, 0);
    const broken = height('**POST** /items<br>{<br>"itemid": "456"<br>}');
    const flat = height('**POST** /items { "itemid": "456" }');
    assert.ok(broken > flat * 2, `${broken} px with <br>, ${flat} px without`);
  });
});

describe("Obsidian's callouts", () => {
  it('show their title; a folded one (-) only its title, an open one (+) its first point too', () => {
    const unit = (text: string): string => blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown')[0]?.markdown ?? '';
    assert.equal(unit('> [!example]- Planteo Del Problema\n> Sea el problema con las restricciones dadas.'), '> **Planteo Del Problema**');
    assert.equal(unit('> [!tip]+ Keep it short\n> Short boxes read better.'), '> **Keep it short**\n>\n> Short boxes read better.');
    assert.equal(unit('> [!NOTE]\n> Useful information here.'), '> Useful information here.');
  });
});

describe('a quotation of a few short lines', () => {
  it("shows them all (a syllogism's premises and conclusion); a quotation of long paragraphs shows its first one's point", () => {
    const unit = (text: string): string => blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown')[0]?.markdown ?? '';
    assert.equal(
      unit('> **Major Premise:** All men are mortal.\n>\n> **Minor Premise:** Socrates is a man.\n>\n> **Conclusion:** Socrates is\n> mortal.'),
      '> **Major Premise:** All men are mortal.\n>\n> **Minor Premise:** Socrates is a man.\n>\n> **Conclusion:** Socrates is mortal.',
    );
    // Six user stories, more words than a slide shows of them: over two slides, a quotation on each.
    const stories = Array.from({ length: 6 }, (_, k) => `> As a typical user, I would like to borrow the books of shelf number ${k + 1}`).join('\n>\n');
    const parts = blocksToUnits([{ kind: 'quote' as const, text: stories, line: 1 }], 'markdown');
    assert.deepEqual(
      parts.map((u) => u.markdown.split('\n>\n').length),
      [3, 3],
    );
    assert.match(parts[1]?.markdown ?? '', /^> As a typical user, I would like to borrow the books of shelf number 4\n>\n/u);
    const long = 'This paragraph goes on for a while, as quoted paragraphs in essays do, with clause after clause of it. It has a second sentence too.';
    assert.doesNotMatch(unit(`> ${long}\n>\n> ${long}`), /\n>\n/u);
    // Short lines that lead into code ("Mac:" over its fenced command) are no such lines: a command is never run into
    // its lead-in as "Mac: ```bash cd ~/Desktop ```".
    const commands = unit(
      '> To get back to your folder, use:\n>\n> Mac:\n> ```bash\n> cd ~/Desktop/report\n> ```\n>\n> Windows:\n> ```bash\n> cd c/Desktop/report\n> ```',
    );
    assert.doesNotMatch(commands, /```bash cd|cd ~\/Desktop\/report ```/u, commands);
    // Each lead-in is shown with its command under it, as written.
    assert.match(commands, /^> Mac:\n> ```bash\n> cd ~\/Desktop\/report\n> ```\n>\n> Windows:\n> ```bash\n> cd c\/Desktop\/report\n> ```$/mu, commands);
  });
});

describe("a long program under an exercise's text", () => {
  it('goes on over slides in parts that each take a slide of their own, not a line short of it', () => {
    const program = ['Inicio', ...Array.from({ length: 35 }, (_, k) => `    si color = ${k} entonces`), 'Fin'];
    const item = `1.  En una tienda se hace un descuento según el color de la bolita que el cliente saque al pagar en caja.\n    \`\`\`\n${program.map((l) => `    ${l}`).join('\n')}\n    \`\`\`\n2.  Otro problema corto.`;
    // (The room under a title of two lines.)
    const units = blocksToUnits([{ kind: 'list', text: item, line: 1 }], 'markdown', false, 420);
    const parts = units.filter((u) => u.kind === 'visual').map((u) => u.markdown.split('\n').length - 2);
    assert.equal(
      parts.reduce((a, b) => a + b, 0),
      program.length,
    );
    // Every part after the first holds as many lines as the room does (ten at 26 px), save the last.
    assert.ok(
      parts.slice(1, -1).every((n) => n >= 10),
      parts.join(', '),
    );
    assert.ok(parts.length <= 4, parts.join(', '));
  });
});

describe('a list nested four deep', () => {
  it("plans its third level at the size the theme sets it, the second level's, not smaller again", () => {
    const leaves = (pad: string, n: number): string => Array.from({ length: n }, (_, k) => `${pad}-   Name: policy ${k + 1}`).join('\n');
    const list = [
      '-   Clients',
      '',
      '    -   Authorization',
      '',
      '        -   Policies',
      '',
      leaves('            ', 5),
      '',
      '        -   Permissions',
      '',
      leaves('            ', 5),
      '',
      '    -   Settings',
      '',
      leaves('        ', 6),
      '',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list', text: list, line: 1 }], 'markdown');
    const height = (first: string): number => units.find((u) => u.markdown.trimStart().startsWith(`- ${first}`))?.height ?? 0;
    // Per line: "Policies" (third level) over its five items against "Settings" (second level) over its six.
    const ratio = height('Policies') / 6 / (height('Settings') / 7);
    assert.ok(ratio > 0.95 && ratio < 1.05, `${ratio}: ${units.map((u) => `${Math.round(u.height)} ${u.markdown.split('\n')[0] ?? ''}`).join(' | ')}`);
  });
});

describe('a quotation that opens with a loose list', () => {
  it('shows its items past the blank lines between an item and its own items, the nesting kept', () => {
    const text = [
      '> **Reading a result**',
      '>',
      '> * **Small samples**: prefer an exact test.',
      '> * **p compared with the level**:',
      '>',
      '>   * If p is under the level: reject the claim.',
      '>   * Otherwise: keep it.',
      '> * **Effect sizes**: report them too.',
    ].join('\n');
    const shown = blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown')
      .map((u) => u.markdown)
      .join('\n');
    assert.match(shown, /^> {3}\* If p is under the level: reject the claim\.$/mu);
    assert.match(shown, /^> {3}\* Otherwise: keep it\.$/mu);
    assert.match(shown, /^> \* \*\*Effect sizes\*\*: report them too\.$/mu);
  });
});

describe('a box whose first paragraph is a bold label', () => {
  it("is titled by it and shows the point of the paragraph under it; a formula's row breaks stay in the notes", () => {
    const text = [
      '> [!IMPORTANT]',
      '>',
      '> **Theorem**',
      '>',
      '> The function $f(z)$ is analytic at $x + iy$ if and only if its parts are continuous.',
      '>',
      '> $$',
      '> \\Delta u = u_x \\Delta x \\\\',
      '> \\Delta v = v_x \\Delta x',
      '> $$',
    ].join('\n');
    const [unit] = blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown');
    assert.equal(unit?.markdown, '> **Theorem**\n>\n> The function $f(z)$ is analytic at $x + iy$ if and only if its parts are continuous.');
    assert.equal(unit?.lead, 'Theorem');
    assert.match(unit?.noteText ?? '', /u_x \\Delta x \\\\\n\\Delta v/u);
    // A bold phrase that opens a sentence is no label.
    const [plain] = blocksToUnits([{ kind: 'quote' as const, text: '> **Careful** with the second step.', line: 1 }], 'markdown');
    assert.equal(plain?.lead ?? null, null);
  });
});

describe('a quoted definition that leads into its formula', () => {
  it('shows the formula under its sentence, as it shows code a sentence leads into', () => {
    const text = [
      '> **Definition.** We say $\\sigma$ is discriminative if a measure $\\mu$ has:',
      '>',
      '> $$',
      '> \\int_{[0,1]^n} \\sigma(y^{\\top} x + \\theta) \\mu(x) = 0',
      '> $$',
      '>',
      '> For all $y$ and $\\theta$, this implies $\\mu \\equiv 0$.',
    ].join('\n');
    const [unit] = blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown');
    assert.match(unit?.markdown ?? '', /has:\n>\n> \$\$\n> \\int_\{\[0,1\]\^n\}.*= 0\n> \$\$$/u);
    const [alone] = blocksToUnits([{ kind: 'quote' as const, text: text.split('\n').slice(0, 1).join('\n'), line: 1 }], 'markdown');
    assert.ok((unit?.height ?? 0) > (alone?.height ?? 0) + 60, `${unit?.height} ${alone?.height}`);
  });
});

describe('a lead-in of two sentences', () => {
  it('shows both where they are short: what the thing is, then the sentence that leads into its code', () => {
    const code = { kind: 'code' as const, text: '```\nput <pri> <delay> <ttr> <bytes>\\r\\n\n```', line: 3 };
    const shown = (text: string): string | undefined =>
      blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, code], 'markdown', false, bodyRoom('Put'))[0]?.markdown;
    const two = 'The "put" command is for any process that wants to insert a job into the queue. It comprises a command line followed by the job body:';
    assert.equal(shown(two), two);
    // Three sentences, or two long ones: the one that leads into the code.
    const three = `The command is old. ${two}`;
    assert.equal(shown(three), 'It comprises a command line followed by the job body:');
    // Where the first sentence is the one that points at what follows, the second is detail for the notes.
    const pointing = 'The listing below shows the command line and its body as the client sends them. The body may hold any bytes at all, newlines too.';
    assert.equal(shown(pointing), 'The listing below shows the command line and its body as the client sends them.');
  });
});

describe('a sentence over a short list of six topics', () => {
  it('shares one slide with the whole list', () => {
    const text = [
      '# Lecture',
      '',
      '## Outline',
      '',
      'This lecture covers:',
      '',
      ...[
        'A motivating example',
        'A statistical model for a coin flip',
        'Maximum likelihood estimation',
        'Convex optimization',
        'Properties of MLE',
        'Uncertainty quantification',
      ].map((t, i) => `${i + 1}. ${t}`),
      '',
      '## Next',
      '',
      'More words in a section of their own.',
    ].join('\n');
    const plan = planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value;
    const outline = plan.slides.filter((s) => s.title.startsWith('Outline'));
    assert.equal(outline.length, 1, outline.map((s) => s.title).join(' | '));
    assert.match(outline[0]?.body ?? '', /This lecture covers:[\s\S]*6\. Uncertainty quantification/u);
  });
});

describe("a box whose first line is a title of words alone (Just the Docs' titled callouts)", () => {
  it('is titled by it and shows the statement under it; a one-line quotation or one of a sentence keeps its words', () => {
    const text = [
      '> Economic Insight',
      '>',
      '> We call the ratio of marginal utility between two goods the **marginal rate of substitution** between the two goods.',
      '>',
      '> At the optimal choice, it equals the ratio of prices.',
    ].join('\n');
    const [unit] = blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown');
    assert.equal(unit?.lead, 'Economic Insight');
    assert.match(unit?.markdown ?? '', /^> \*\*Economic Insight\*\*\n>\n> We call the ratio of marginal utility/u);
    const [alone] = blocksToUnits([{ kind: 'quote' as const, text: '> Stay hungry', line: 1 }], 'markdown');
    assert.equal(alone?.markdown, '> Stay hungry');
    const [sentence] = blocksToUnits(
      [{ kind: 'quote' as const, text: '> We shall fight on the beaches.\n>\n> We shall never surrender, whatever the cost may be.', line: 1 }],
      'markdown',
    );
    assert.equal(sentence?.lead ?? null, null);
  });
});

describe('a quotation that opens with a list', () => {
  it("shows a point per item with the author's numbers, not the first item's number alone", () => {
    const [unit] = blocksToUnits(
      [
        {
          kind: 'quote',
          text: '> 1. Rust 中每一个值都被一个变量所拥有，该变量被称为值的所有者\n> 2. 一个值同时只能被一个变量所拥有\n> 3. 当所有者离开作用域范围时，这个值将被丢弃',
          line: 1,
        },
      ],
      'markdown',
    );
    assert.match(unit?.markdown ?? '', /^> 1\. Rust 中每一个值都被一个变量所拥有/u);
    assert.match(unit?.markdown ?? '', /^> 2\. 一个值同时只能被一个变量所拥有/mu);
    assert.match(unit?.markdown ?? '', /^> 3\. /mu);
  });

  it('keeps a nested step under its item, not run into its sentence', () => {
    const text = '> 1. ReturnIfAbrupt(x).\n> 1. If `Type(x)` is the same as `Type(y)`, then\n>    1. Return the result of `x === y`.\n> 1. Return `false`.';
    const [unit] = blocksToUnits([{ kind: 'quote', text, line: 1 }], 'markdown');
    assert.equal(
      unit?.markdown,
      '> 1. ReturnIfAbrupt(x).\n> 1. If `Type(x)` is the same as `Type(y)`, then\n>    1. Return the result of `x === y`.\n> 1. Return `false`.',
    );
  });

  it('goes on over slides when it is taller than one, in parts of even height numbered on from the part before', () => {
    const steps = Array.from(
      { length: 12 },
      (_, k) => `> 1. If \`Type(x)\` is case ${k + 1} of the comparison, then return the result of comparing \`x\` with the value of \`ToNumber(y)\`.`,
    );
    const units = blocksToUnits([{ kind: 'quote', text: steps.join('\n'), line: 1 }], 'markdown');
    assert.ok(units.length >= 2, `${units.length} part(s)`);
    // Every step is shown once, each part a quotation of its own that fits a slide, numbered on from the part before.
    const shown = units.map((u) => u.markdown).join('\n');
    for (let k = 1; k <= 12; k += 1) assert.equal(shown.split(`case ${k} of`).length, 2, `step ${k}`);
    let done = 0;
    for (const u of units) {
      assert.match(u.markdown, new RegExp(`^> ${done + 1}\\. `, 'u'));
      assert.ok(u.markdown.split('\n').every((l) => l.startsWith('> ')));
      assert.ok(u.height < slideGeometry.bodyHeight - titleHeight('A title'), `${u.height}`);
      done += u.markdown.split('\n').length;
    }
    const sizes = units.map((u) => u.markdown.split('\n').length);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, sizes.join(' + '));
    // The notes carry the whole quotation once.
    assert.equal(units.filter((u) => u.noteText !== '').length, 1);
  });
});

describe('a long code block split', () => {
  it('keeps a comment with the statement it comes before: the cut goes before the comment', () => {
    const lines = [
      'x <- read_csv("a.csv")',
      'y <- filter(x, a > 1)',
      'z <- mutate(y, b = a * 2)',
      'w <- select(z, a, b)',
      '# Now fit the model to the data',
      '# and keep its summary',
      'model <- lm(b ~ a, data = w)',
      'summary(model)',
      'plot(model)',
      'coef(model)',
    ];
    const parts = splitCode(lines, 6);
    assert.ok(parts.length >= 2, JSON.stringify(parts));
    for (const part of parts) assert.ok(!/^#/u.test(part[part.length - 1] ?? ''), `a part ends on a comment: ${JSON.stringify(parts)}`);
    assert.deepEqual(parts.flat(), lines);
  });

  it('never cuts a patch right after its file or hunk header, nor after the context line of a space under it', () => {
    const body = Array.from({ length: 14 }, (_, n) => (n % 2 === 0 ? `-\told_line_${n}(x);` : `+\tnew_line_${n}(y);`));
    const lines = ['--- a.m4.bak\tThu Jul  2 1998', '+++ a.m4\tMon Oct  5 1998', '@@ -46,12 +46,13 @@', ' ', ...body];
    for (const limit of [5, 6, 7]) {
      const [first] = splitCode(lines, 8, [], false, limit);
      const last = first?.[first.length - 1] ?? '';
      assert.ok(!/^(?:--- |\+\+\+ |@@ )/u.test(last) && last.trim() !== '', `${limit}: ${JSON.stringify(first)}`);
    }
  });

  it("never ends a part on a preprocessor's condition ('#ifdef CONFIG_DEBUG'), the lines it holds on the next slide", () => {
    const lines = [
      'typedef struct lock {',
      '        union {',
      '              struct raw_lock rlock;',
      '',
      '#ifdef CONFIG_DEBUG_LOCK',
      '# define PAD (offsetof(struct raw_lock, map))',
      '                struct {',
      '                        u8 padding[PAD];',
      '                        struct map map;',
      '                };',
      '#endif',
      '        };',
      '} lock_t;',
    ];
    const parts = splitCode(lines, 8);
    assert.ok(parts.length >= 2, JSON.stringify(parts));
    for (const part of parts) assert.doesNotMatch(part.filter((l) => l.trim() !== '').at(-1) ?? '', /^#\s*if/u, JSON.stringify(parts));
    assert.deepEqual(
      parts.flat().filter((l) => l !== ''),
      lines.filter((l) => l !== ''),
    );
  });

  it('keeps a function a row or two over the room whole between its blank lines, its closing brace with it', () => {
    const fn = (name: string, body: number): string[] => [
      `function ${name}({ item }) {`,
      '  return (',
      ...Array.from({ length: body }, (_, k) => `    <td>{item.f${k}}</td>`),
      '  );',
      '}',
      '',
    ];
    const lines = [...fn('Row', 7), ...fn('Cell', 8), ...fn('Table', 2)].slice(0, -1);
    const parts = splitCode(lines, 10);
    assert.equal(parts.length, 3, JSON.stringify(parts));
    for (const part of parts) {
      assert.match(part[0] ?? '', /^function /u, JSON.stringify(parts));
      assert.equal(part[part.length - 1], '}', JSON.stringify(parts));
    }
  });

  it('cuts an interactive session before a prompt or a traceback, never inside a traceback or a statement', () => {
    const lines = [
      '>>> try:',
      '...     open("data.db")',
      '... except OSError:',
      '...     raise RuntimeError("cannot go on")',
      '...',
      'Traceback (most recent call last):',
      '  File "<stdin>", line 2, in <module>',
      '    open("data.db")',
      "FileNotFoundError: [Errno 2] No such file or directory: 'data.db'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "<stdin>", line 4, in <module>',
      '    raise RuntimeError("cannot go on")',
      'RuntimeError: cannot go on',
      '>>> print("done")',
      'done',
    ];
    for (const [limit, first] of [
      [12, 7],
      [10, 8],
      [9, 7],
    ] as const) {
      const parts = splitCode(lines, limit, [], false, first);
      assert.ok(parts.length >= 2, JSON.stringify(parts));
      for (const part of parts) {
        const opening = part[0] ?? '';
        assert.match(opening, /^(?:>>>|Traceback|During handling)/u, `a part opens inside a statement or a traceback: ${JSON.stringify(parts)}`);
      }
      assert.deepEqual(
        parts.flat().filter((l) => l !== ''),
        lines.filter((l) => l !== ''),
      );
    }
  });

  it('shows a quotation\'s first paragraph indented as code (a lesson\'s answer, nested "> >") as code, its spaces as written', () => {
    const text = ['>>', '>>           H          0.278612764252     1.265047047666', '>>', '>>           C          0.253854764252     1.255132047666'].join(
      '\n',
    );
    const [unit] = blocksToUnits([{ kind: 'quote' as const, text, line: 1 }], 'markdown', false, bodyRoom('Search'));
    assert.match(unit?.markdown ?? '', /```\n> {7}H {10}0\.278612764252 {5}1\.265047047666\n> ```/u);
  });

  it('keeps an R chunk with what knitr or reprex printed under it, fenced or indented, and no other code after it', () => {
    const chunk = { kind: 'code' as const, text: '``` r\ntree_trained\n```', line: 1 };
    const after = (text: string): boolean | undefined =>
      blocksToUnits([chunk, { kind: 'code' as const, text, line: 5 }], 'markdown', false, bodyRoom('Model'))[0]?.keepWithNext;
    assert.equal(after('    ##   node  type  split\n    ## 1    1 split 42.575'), true);
    assert.equal(after('```\n#> [1] 10.33\n```'), true);
    assert.equal(after('``` r\nplot(tree_trained)\n```'), false);
  });

  it("keeps a function's header comment with the function it heads, however the comment ends", () => {
    const lines = [
      '# Function to output predicted values from a tree',
      '# tree:  the tree structure (data frame)',
      '# x_new: values to predict at (vector, numeric)',
      '#',
      '# return: predicted values (vector, numeric)',
      '#',
      'predict_tree <- function( tree, x_new ) {',
      '    t <- to_row_index_tree(tree)',
      '    nx <- length(x_new)',
      '    y_pred <- rep(NA, nx)',
      '    for ( i in 1:nx ) {',
      '        y_pred[i] <- predict_tree_x(t, x_new[i])',
      '    }',
      '    return(y_pred)',
      '}',
    ];
    const parts = splitCode(lines, 10);
    assert.ok(parts.length >= 2, JSON.stringify(parts));
    assert.ok(!/^#/u.test(parts[0]?.[parts[0].length - 1] ?? ''), `the first part ends on the comment: ${JSON.stringify(parts)}`);
    assert.deepEqual(parts.flat(), lines);
  });

  it('cuts no expression whose brackets are open: between statements, not between the lines of a call', () => {
    const lines = [
      'val subst3: (Exp, String, Num) => Exp = (e, i, v) => e match {',
      '    case Num(n) => e',
      '    case Id(x) => if (x == i) v else e',
      '    case Add(l, r) => Add(subst3(l, i, v), subst3(r, i, v))',
      '    case Mul(l, r) => Mul(subst3(l, i, v), subst3(r, i, v))',
      '    case With(x, xdef, body) => With(x,',
      '                                     subst3(xdef, i, v),',
      '                                     // what if we forget to substitute into the body?',
      '                                     body)',
      '}',
      '',
      'def eval3 = makeEval(subst3)',
      '',
      'assert(eval3(test) == 10)',
    ];
    // (A slide of nine rows, seven beside the sentence that leads into the block.)
    const parts = splitCode(lines, 9, [], false, 7);
    assert.ok(parts.length >= 2, JSON.stringify(parts));
    for (const part of parts) assert.ok(!/^\s+(?:body\)|subst3\(xdef|\/\/ what if)/u.test(part[0] ?? ''), JSON.stringify(parts));
    assert.deepEqual(
      parts.flat().filter((l) => l !== ''),
      lines.filter((l) => l !== ''),
    );
  });

  it("leaves room for a lead-in beside the first part only: the parts after it take their slides' whole room", () => {
    const lines = Array.from({ length: 24 }, (_, i) => `step_${i} = run(${i})`);
    const led = splitCode(lines, 8, [], false, 4);
    assert.ok((led[0]?.length ?? 0) <= 4, JSON.stringify(led.map((p) => p.length)));
    assert.ok(
      led.slice(1).some((p) => p.length > 4),
      JSON.stringify(led.map((p) => p.length)),
    );
    assert.deepEqual(led.flat(), lines);
    assert.ok(splitCode(lines, 4).length > led.length);
  });

  it("counts a block whose lines wrap at the theme's size but fit at 22 px as the slide shows it, smaller and unwrapped: fewer parts", () => {
    const columns = Math.floor((slideGeometry.width - 2 * 0.8 * slideGeometry.codeSize) / (0.6 * slideGeometry.codeSize));
    // Lines a few columns too long for the theme's size: the slide's fit sets the block just small enough that none wraps.
    const line = (i: number): string => {
      const start = `\tst = rd(dev, buf + ${i}); /* block ${i} `;
      return `${start}${'-'.repeat(columns + 4 - ([...start].length + 3) - 2)}*/`;
    };
    const lines = Array.from({ length: 20 }, (_, i) => line(i));
    assert.ok(
      lines.every((l) => l.replace(/\t/gu, '    ').length > columns && l.replace(/\t/gu, '    ').length * 22 <= columns * 26),
      JSON.stringify(lines[0]),
    );
    // Counted wrapped (two rows a line), the block was four parts of five lines in a room of 12 rows.
    assert.equal(codeDisplayLines(lines), 40);
    assert.ok(codeRows(lines) < 20 && codeRows(lines) > 16, String(codeRows(lines)));
    const parts = splitCode(lines, 12);
    assert.equal(parts.length, 2, JSON.stringify(parts.map((p) => p.length)));
    assert.deepEqual(parts.flat(), lines);
  });

  it('cuts a listing of definitions between them, not inside one, and leaves no part of closing brackets alone', () => {
    const definition = (name: string, body: number): string[] => [
      `const ${name} = (`,
      '  input: Request,',
      `): Outcome<"${name}"> => {`,
      ...Array.from({ length: body }, (_, i) => `  step${i}(input);`),
      '};',
      '',
    ];
    const lines = [...definition('parse', 1), ...definition('check', 1), ...definition('store', 1), ...definition('reply', 3)].slice(0, -1);
    const parts = splitCode(lines, 10);
    // Each part opens with a definition: no cut in the middle of one.
    for (const part of parts) assert.match(part[0] ?? '', /^const \w+ = \($/u, JSON.stringify(parts));
    assert.ok(parts.every((p) => p.length <= 10));
    assert.deepEqual(
      parts.flat(),
      lines.filter((l) => l !== ''),
    );
    // A block whose end would be a closing brace alone gives that brace a part with code of its own.
    const round = (n: number): string[] => [`  /* Round ${n} */`, ...Array.from({ length: 9 }, (_, i) => `  R${n}(a, b, x[${i}]);`), ''];
    const md5 = ['void transform(void)', '{', '  int a = 0;', '', ...round(1), ...round(2), ...round(3), '}'];
    for (const part of splitCode(md5, 10))
      assert.ok(
        part.some((l) => !/^\s*[)}\]][)}\];,\s]*$/u.test(l)),
        JSON.stringify(part),
      );
    // A JSON document that ends in six closing brackets under a line too wide to share a small room with them all: still
    // cut (it was one block of 30 lines in a room of 7), its last line of code with the brackets it closes.
    const resource = (k: number): string[] => [
      '  {',
      `    "type": "databases${k}",`,
      `    "name": "[parameters('db${k}')]",`,
      '    "sku": {',
      '      "tier": "Standard"',
      '    },',
    ];
    const json = [
      '{',
      '"resources": [',
      ...[1, 2, 3].flatMap(resource),
      '    "dependsOn": [',
      `      "[resourceId('Microsoft.Sql/servers', concat(parameters('serverName'), '-', parameters('sqlDatabaseName')))]"`,
      '    ]',
      '  }',
      '  ]',
      '  }',
      ']',
      '}',
    ];
    const jsonParts = splitCode(json, 7);
    assert.ok(jsonParts.length >= 4, JSON.stringify(jsonParts.map((p) => p.length)));
    assert.deepEqual(jsonParts.flat(), json);
    for (const part of jsonParts)
      assert.ok(
        part.some((l) => !/^\s*[)}\]][)}\];,\s]*$/u.test(l)),
        JSON.stringify(part),
      );
  });

  it('keeps the last item of a list with the formula or code it leads into ("- **Bayes Formula**:" over its formula)', () => {
    const units = blocksToUnits(
      [
        { kind: 'list', text: '- We fix an event $A$.\n- **Bayes Formula**:', line: 1 },
        { kind: 'math', text: '$$P(A|B) = \\frac{P(A)}{P(B)}P(B|A)$$', line: 3 },
        { kind: 'list', text: '- A closing remark.', line: 5 },
        { kind: 'code', text: '```r\nx <- 1\n```', line: 7 },
      ],
      'markdown',
    );
    const item = (words: string): boolean => units.find((u) => u.markdown.includes(words))?.keepWithNext === true;
    assert.ok(item('Bayes Formula'));
    assert.ok(!item('We fix an event'));
    assert.ok(!item('A closing remark'));
    // A nested item that ends a list is its parent's, no label over the code after the list ("  - zones" over a manifest).
    const nested = blocksToUnits(
      [
        { kind: 'list', text: '- Use to spread out workloads\n  - hosts\n  - zones', line: 1 },
        { kind: 'code', text: '```yaml\nkind: Deployment\n```', line: 4 },
      ],
      'markdown',
    );
    assert.ok(!nested.some((u) => u.kind === 'point' && u.keepWithNext), JSON.stringify(nested.map((u) => [u.markdown, u.keepWithNext])));
  });

  it('cuts a YAML manifest before a key at the top level, not inside a mapping (`kind: Pod` is no declaration going on)', () => {
    const pod = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  namespace: default',
      '  labels:',
      '    app: web',
      'spec:',
      '  containers:',
      '  - image: web:1.2',
      '    name: web',
      '    ports:',
      '    - name: http',
      '      containerPort: 80',
    ];
    const parts = splitCode(pod, 10);
    assert.deepEqual(
      parts.map((p) => p[0]),
      ['apiVersion: v1', 'spec:'],
    );
  });

  it('never ends a part on what opens the next: a return type, a header, a brace, a decorator', () => {
    const body = (n: number): string[] => Array.from({ length: n }, (_, i) => `\tvalue_${i} = compute(${i});`);
    const c = ['#include <stdio.h>', '#include <unistd.h>', '', 'int', 'main(void)', '{', ...body(5), '', ...body(6), '}'];
    const py = [
      'import os',
      '',
      '@app.route("/")',
      'def index():',
      ...body(4).map((l) => l.replace('\t', '    ').replace(';', '')),
      '',
      '@app.route("/about")',
      'def about():',
      ...body(5).map((l) => l.replace('\t', '    ').replace(';', '')),
    ];
    for (const [lines, limit] of [
      [c, 8],
      [c, 9],
      [py, 6],
      [py, 7],
    ] as const) {
      const parts = splitCode([...lines], limit);
      assert.deepEqual(
        parts.flat().filter((l) => l !== ''),
        lines.filter((l) => l !== ''),
      );
      for (const part of parts.slice(0, -1)) assert.doesNotMatch(part[part.length - 1] ?? '', /^(?:int|main\(void\)|\{|@.*|def .*:)$/u, JSON.stringify(parts));
    }
  });

  it('gives a line a row or two over the room a part of its own, and never leaves the block whole and too tall', () => {
    let long = '';
    for (let k = 1; codeDisplayLines([long]) < 11; k += 1) long = `  author={${Array.from({ length: k }, (_, i) => `Author${i} Name${i}`).join(' and ')}},`;
    const lines = ['@article{key,', '  title={A Technical Report},', long, '  journal={arXiv preprint},', '  year={2023}', '}'];
    const parts = splitCode(lines, 10);
    assert.deepEqual(parts.flat(), lines);
    assert.ok(parts.length >= 2, JSON.stringify(parts.map((p) => p.length)));
    for (const part of parts) assert.ok(part.length === 1 || codeDisplayLines(part) <= 10, JSON.stringify(parts.map((p) => codeDisplayLines(p))));
  });

  it('says how many blank lines it left out before each part, so parts that share a slide join as written', () => {
    const lines = ['a = 1', 'b = 2', '', '', 'c = 3', 'd = 4', '', 'e = 5', 'f = 6', 'g = 7', 'h = 8', '', 'i = 9', 'j = 10', 'k = 11', 'l = 12'];
    const gaps: number[] = [];
    const parts = splitCode(lines, 4, gaps);
    assert.ok(parts.length >= 3, JSON.stringify(parts));
    assert.equal(gaps.length, parts.length);
    assert.equal(gaps[0], 0);
    // Rebuilt from its parts and their gaps, the block is what the author wrote.
    assert.deepEqual(
      parts.flatMap((part, i) => [...Array.from({ length: gaps[i] ?? 0 }, () => ''), ...part]),
      lines,
    );
  });

  it("never cuts inside a /* … */ comment, though its closing line starts at the block's least indentation", () => {
    const lines = [
      'void MD5Init (context)',
      'MD5_CTX *context;',
      '{',
      '  context->count[0] = context->count[1] = 0;',
      '  /* Load magic initialization constants.',
      '*/',
      '  context->state[0] = 0x67452301;',
      '  context->state[1] = 0xefcdab89;',
      '  context->state[2] = 0x98badcfe;',
      '  context->state[3] = 0x10325476;',
      '  context->state[4] = 0x00000000;',
      '  context->state[5] = 0x00000000;',
      '}',
    ];
    const parts = splitCode(lines, 8);
    assert.ok(parts.length >= 2, JSON.stringify(parts));
    for (const part of parts) assert.notEqual(part[0]?.trim(), '*/', JSON.stringify(parts));
    assert.deepEqual(parts.flat(), lines);
  });
});

describe('a display formula of several rows', () => {
  it('is measured by its rows, not by its \\begin and \\end lines: a lead-in keeps its three-row align', () => {
    const formula = [
      '$$',
      '\\begin{align*}',
      'Z = &\\sum_{j = 1}^n c_jx_j  \\\\',
      '&x_j \\geq 0 ,&\\forall j = 1, \\cdots, n \\\\',
      '&\\sum_{j=1}^n a_{ij}x_{j} = b_i ,&\\forall i = 1,\\cdots, m',
      '\\end{align*}',
      '$$',
    ].join('\n');
    const blocks = [
      { kind: 'paragraph' as const, text: 'Algebraicamente, nuestros modelos transformados tendrán la siguiente forma:', line: 1 },
      { kind: 'math' as const, text: formula, line: 3 },
    ];
    const room = bodyRoom('Modelo Matemático');
    const slides = packUnits(blocksToUnits(blocks, 'markdown', false, room), room, defaultBudget);
    assert.equal(slides.length, 1, slides.map((s) => s.map((u) => u.markdown.slice(0, 20)).join(' | ')).join(' || '));
  });
});

describe("a step's pictures", () => {
  it('follow the step on the slides, with the sentence of the step that leads into them', () => {
    const text = [
      '1. Add the heat sinks to the board.',
      '',
      '    a. The picture below labels where each heat sink goes.',
      '',
      '    ![](sinks.jpg)',
      '',
      '2. Insert the card into the port.',
      '',
      '    ![](card.jpg) ![](port.jpg)',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list', text, line: 1 }], 'markdown');
    const shown = units.map((u) => `${u.kind}: ${u.markdown}`);
    const at = (pattern: RegExp): number => shown.findIndex((s) => pattern.test(s));
    assert.ok(at(/^point: 1\. Add the heat sinks/u) < at(/labels where each heat sink goes/u), shown.join(' | '));
    assert.ok(at(/labels where each heat sink goes/u) < at(/^visual: !\[\]\(sinks\.jpg\)$/u), shown.join(' | '));
    assert.ok(at(/^point: 2\. Insert the card/u) < at(/^visual: !\[\]\(card\.jpg\) !\[\]\(port\.jpg\)$/u), shown.join(' | '));
    // The lead-in stays with its picture; the item with what follows it.
    assert.ok(units[at(/labels where each heat sink goes/u)]?.keepWithNext, shown.join(' | '));
  });
});

describe('a list item that is a displayed formula', () => {
  it('shows the formula as written, rows and all: a row\'s "\\\\" is no hard line break', () => {
    const text = [
      '1. $$',
      '   \\begin{bmatrix}',
      '    \\cos \\alpha& -\\sin \\alpha \\\\',
      '    \\sin \\alpha& \\cos \\alpha',
      '   \\end{bmatrix}',
      '   $$',
      '',
      '2. The same, turned the other way.',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list', text, line: 1 }], 'markdown');
    const shown = units.map((u) => u.markdown).join('\n');
    assert.match(
      shown,
      /^1\. \$\$\n {3}\\begin\{bmatrix\}\n {4}\\cos \\alpha& -\\sin \\alpha \\\\\n {4}\\sin \\alpha& \\cos \\alpha\n {3}\\end\{bmatrix\}\n {3}\$\$/mu,
      shown,
    );
    assert.match(shown, /^2\. The same, turned the other way\.$/mu);
  });
});

describe('a fenced listing with blank lines at its ends', () => {
  it('shows the lines it was planned for: blank lines at its ends that planning left out are left out of the slide too', () => {
    const body = ['Begin', '  Integer X;', ...Array.from({ length: 8 }, (_, k) => `  X := ${k};`), '  Y := True', 'End'];
    const text = ['```ALGOL', '', ...body, '', '', '```'].join('\n');
    const units = blocksToUnits(
      [
        { kind: 'paragraph', text: 'In ALGOL:', line: 1 },
        { kind: 'code', text, line: 3 },
      ],
      'markdown',
    );
    const shown = units.filter((u) => u.kind === 'visual').flatMap((u) => u.markdown.split('\n').slice(1, -1));
    assert.deepEqual(
      shown.filter((l) => l !== ''),
      body,
    );
    for (const u of units.filter((v) => v.kind === 'visual')) {
      const lines = u.markdown.split('\n').length - 2;
      assert.ok(u.height >= lines * 22 * 1.4 + 22 * 1.2 - 1, `${lines} lines planned at ${Math.round(u.height)} px`);
    }
    // A listing short enough for one slide is shown as written, its fence, its language and its blank lines too.
    const plain = ['```ALGOL', ...body.slice(0, 4), '', '```'].join('\n');
    assert.equal(blocksToUnits([{ kind: 'code', text: plain, line: 1 }], 'markdown')[0]?.markdown, plain);
  });
});

describe('a list item over a formula displayed under its text', () => {
  it('shows the formula under the item, as written, as it shows its code; not in the notes alone', () => {
    const text = [
      '- Linear model, a weighted sum of the components of the input vector:',
      '',
      '  $$',
      '  \\bar{y} = \\sum_i w_i x_i',
      '  $$',
      '',
      '- Nearest neighbour, the row of the weight matrix closest to the input:',
      '',
      '  $$',
      '  \\bar{y} = \\arg\\min_k \\Vert x - w_k \\Vert^2',
      '  $$',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list', text, line: 1 }], 'markdown');
    const shown = units.map((u) => u.markdown).join('\n');
    assert.match(
      shown,
      /^- Linear model, a weighted sum of the components of the input vector:\n {2}\$\$\n {2}\\bar\{y\} = \\sum_i w_i x_i\n {2}\$\$$/mu,
      shown,
    );
    assert.match(shown, /^ {2}\\bar\{y\} = \\arg\\min_k/mu, shown);
  });
});

describe('a display formula without an environment', () => {
  const height = (text: string): number => blocksToUnits([{ kind: 'math', text, line: 1 }], 'markdown')[0]?.height ?? 0;

  it('is one row however many lines its TeX takes (a line break in TeX is a space), a row per \\\\', () => {
    const one = height('$$\nL = \\frac{1}{N}\n  \\sum_i \\sum_{j \\neq y_i}\n  \\max(0, s_j - s_{y_i} + 1)\n$$');
    const written = height('$$L = \\frac{1}{N} \\sum_i \\sum_{j \\neq y_i} \\max(0, s_j - s_{y_i} + 1)$$');
    assert.equal(one, written);
    const three = height('$$Var(X) = E[X^2] - E[X]^2 \\\\ = E[X^2] - \\mu^2 \\\\ = \\sigma^2$$');
    assert.ok(three > 2.5 * (height('$$Var(X) = E[X^2] - E[X]^2$$') - 40), `${three}`);
  });

  it('is as tall as the tallest thing in its row: a fraction, an integral, limits set under a sum (as Chromium sets them)', () => {
    const plain = height('$$F_X(a) = P(X \\leq a)$$');
    const fraction = height('$$f_Y(y) = \\frac{dF_Y}{dy}(y)$$');
    const integral = height('$$E[X] = \\int_{-\\infty}^{\\infty} x f_X(x) dx$$');
    const sum = height('$$P(\\bigcup_{i=1}^{\\infty} E_i) = \\sum P(E_i)$$');
    assert.ok(plain < fraction && fraction < integral && integral < sum, `${plain} ${fraction} ${integral} ${sum}`);
    // Measured with KaTeX's margins: 117, 154, 159 and 178 px; the theme's margins are 36 px less (84 measured for a plain row).
    for (const [estimate, measured] of [
      [plain, 81],
      [fraction, 118],
      [integral, 123],
      [sum, 142],
    ] as const)
      assert.ok(Math.abs(estimate - measured) <= measured * 0.1, `${estimate} for ${measured}`);
  });
});

describe('output shown after its command', () => {
  it('is measured by its own lines: the command above it is no lead-in whose room it may take', () => {
    const command = ['```rust', 'fn main() {', ...Array.from({ length: 9 }, (_, i) => `    let value_${i} = compute(${i});`), '}', '```'].join('\n');
    const output = [
      '```text',
      ...Array.from({ length: 11 }, (_, i) => `${i} | error: value_${i} does not live long enough, because it is dropped while still borrowed`),
      '```',
    ].join('\n');
    const units = blocksToUnits(
      [
        { kind: 'code', text: command, line: 1 },
        { kind: 'code', text: output, line: 20 },
      ],
      'markdown',
    );
    const parts = units.filter((u) => u.markdown.startsWith('```text'));
    assert.ok(parts.length >= 1);
    for (const part of parts) {
      // Each line wraps once: its rows, at the code's line height.
      const rows = codeDisplayLines(part.markdown.split('\n').slice(1, -1));
      assert.ok(part.height >= rows * 26 * 1.4, `${rows} rows measured ${part.height} px`);
    }
  });
});

describe('a display formula', () => {
  const heightOf = (tex: string): number =>
    blocksToUnits([{ kind: 'math' as const, text: tex, line: 1 }], 'markdown', false, bodyRoom('Formulas'))[0]?.height ?? 0;
  const rows = (n: number, row: string): string => Array.from({ length: n }, () => row).join(' \\\\\n');
  it('counts matrices side by side once: a product of a 5-row matrix and vectors is as tall as the matrix', () => {
    const matrix = `\\begin{pmatrix}\n${rows(5, 'b_0 & b_1 & b_2')}\n\\end{pmatrix}`;
    const vector = `\\begin{pmatrix} ${rows(5, 'x')} \\end{pmatrix}`;
    const one = heightOf(`$$\n${matrix}\n$$`);
    const product = heightOf(`$$\n${vector} = ${matrix} ${vector}\n$$`);
    assert.ok(product <= one + 10, `${product} vs ${one}`);
    assert.ok(product < bodyRoom('Formulas') - 100, `${product}`);
  });
  it('counts the rows of an aligned formula, taller where a row has a sum with limits', () => {
    const plain = heightOf(`$$\\begin{align}\n${rows(3, 'a &= b + c')}\n\\end{align}$$`);
    const sums = heightOf(`$$\\begin{align}\n${rows(3, 'a &= \\sum_{j=0}^{m-1} c_j')}\n\\end{align}$$`);
    assert.ok(plain >= 3 * 55, `${plain}`);
    assert.ok(sums >= plain + 3 * 40, `${sums} vs ${plain}`);
  });
});

describe('a line of code longer than a slide holds', () => {
  it('is cut into pieces that each fit a slide and together are the line, character for character', () => {
    const path = Array.from({ length: 700 }, (_, i) => `${(i * 7.3).toFixed(1)}-${(i % 13) * 2.1}`).join(' ');
    const line = `  --icon: url('data:image/svg+xml;charset=utf-8,<svg viewBox="0 0 576 512"><path d="M244 ${path}z"/></svg>')`;
    const limit = codeLinesFor(bodyRoom('Custom icons'));
    const parts = splitCode(['.icon {', line, '}'], limit);
    assert.ok(parts.length >= 3, `${parts.length} parts`);
    for (const part of parts) assert.ok(codeDisplayLines(part) <= limit + 2, `${codeDisplayLines(part)} rows > ${limit}`);
    const pieces = parts.flat();
    assert.equal(pieces.join(''), ['.icon {', line, '}'].join(''));
    assert.equal(pieces[0], '.icon {');
    assert.equal(pieces[pieces.length - 1], '}');
    // Without a space to cut at (a base64 picture), still cut.
    const base64 = 'iVBORw0KGgo'.repeat(400);
    const cut = splitCode([base64], limit);
    assert.equal(cut.flat().join(''), base64);
    for (const part of cut) assert.ok(codeDisplayLines(part) <= limit + 2);
  });
});

describe('a short list of terms', () => {
  it('stays on one slide: a slide breaks after it rather than between its two items', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'Instead of using just one number to name a place in memory, the old chip used the two:', line: 1 },
      {
        kind: 'list' as const,
        text: '1. Block number - says which block of sixty-four kilobytes the place is in. Held in a register of its own.\n2. Distance - says how far into that block the place lies. Held in another register.',
        line: 3,
      },
      { kind: 'paragraph' as const, text: 'In the old mode, the start of a block is worked out from its number as follows:', line: 6 },
      { kind: 'code' as const, text: '```\nstart = number << 4\n```', line: 8 },
    ];
    const room = bodyRoom('Memory');
    const slides = packUnits(blocksToUnits(blocks, 'markdown', false, room), room, defaultBudget);
    const withItem = (n: string): number => slides.findIndex((s) => s.some((u) => u.markdown.startsWith(n)));
    assert.ok(withItem('1.') >= 0 && withItem('1.') === withItem('2.'), slides.map((s) => s.map((u) => u.markdown.slice(0, 12)).join(' + ')).join(' | '));
  });
});

describe('a sentence that runs on into a formula', () => {
  it('is its lead-in: no bullet, kept with the formula', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'Now suppose that $A$ has more columns than rows.', line: 1 },
      { kind: 'paragraph' as const, text: 'Then a $QR$ decomposition of it is', line: 3 },
      { kind: 'math' as const, text: '$$\nA = Q R\n$$', line: 5 },
    ];
    const units = blocksToUnits(blocks, 'markdown', false, bodyRoom('Not square'));
    assert.equal(units[0]?.keepWithNext, false);
    assert.equal(units[1]?.markdown, 'Then a $QR$ decomposition of it is');
    assert.equal(units[1]?.keepWithNext, true);
  });
});

describe('a paragraph that is one bold label', () => {
  it('names and stays with what follows, bold twice too ("****Proof****", as ox-hugo writes it)', () => {
    for (const label of ['**Proof**', '****Proof****']) {
      const blocks = [
        { kind: 'paragraph' as const, text: label, line: 1 },
        { kind: 'paragraph' as const, text: 'The two sets in the figure above represent the vertices on each side of the cut.', line: 3 },
      ];
      const [unit] = blocksToUnits(blocks, 'markdown', false, bodyRoom('Cuts'));
      assert.equal(unit?.keepWithNext, true, label);
      assert.equal(unit?.lead, 'Proof', label);
      assert.equal(unit?.markdown, label);
    }
  });
});

describe('a caption over a table', () => {
  it('is its lead-in: a line of words that is no sentence, kept with the table', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'All the date formats that the reader understands', line: 1 },
      { kind: 'table' as const, text: '| Code | Meaning |\n|---|---|\n| `%Y` | year |', line: 3 },
    ];
    const [caption] = blocksToUnits(blocks, 'markdown', false, bodyRoom('Formats'));
    assert.equal(caption?.keepWithNext, true);
    assert.equal(caption?.markdown, 'All the date formats that the reader understands');
  });

  it('names the table by its words where it is in emphasis, with a stop ("*Doc-View keyboard shortcuts.*", an Org caption)', () => {
    const table = { kind: 'table' as const, text: '| Key | Action |\n|---|---|\n| `P` | zoom |', line: 3 };
    for (const [text, lead] of [
      ['*Doc-View keyboard shortcuts.*', 'Doc-View keyboard shortcuts'],
      ['*Customers in Rome*', 'Customers in Rome'],
    ] as const) {
      const [caption] = blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, table], 'markdown', false, bodyRoom('Viewer'));
      assert.equal(caption?.lead, lead);
    }
  });
});

describe('a derivation taller than a slide', () => {
  const rows = Array.from({ length: 14 }, (_, i) => `&= \\sum_{i=1}^{N} a_{${i}} x_i + \\sum_{j=1}^{M} b_{${i}} y_j \\\\`);
  const text = ['$$', '\\begin{aligned}', `S ${rows[0]?.slice(1)}`, ...rows.slice(1), '\\end{aligned}', '$$'].join('\n');
  it('goes on over several slides, each a formula of the same environment with a run of its rows, every line as written', () => {
    const room = bodyRoom('Derivation');
    const parts = blocksToUnits([{ kind: 'math' as const, text, line: 1 }], 'markdown', false, room);
    assert.ok(parts.length >= 2, `${parts.length} parts`);
    for (const part of parts) {
      assert.ok(part.height <= room, `${part.height} > ${room}`);
      assert.match(part.markdown, /^\$\$\n\\begin\{aligned\}\n[\s\S]+\n\\end\{aligned\}\n\$\$$/u);
    }
    const shown = parts.flatMap((p) => p.markdown.split('\n').slice(2, -2));
    assert.deepEqual(shown, text.split('\n').slice(2, -2));
  });
  it('leaves its first part room for the sentence that leads into it, so the two share a slide', () => {
    const room = bodyRoom('Derivation');
    const units = blocksToUnits(
      [
        {
          kind: 'paragraph' as const,
          text: 'From the three equations above, written out once more for each of the classes and summed over every sample that each class holds, and with the means of the classes set in their places, we get',
          line: 1,
        },
        { kind: 'math' as const, text, line: 3 },
      ],
      'markdown',
      false,
      room,
    );
    assert.equal(units[0]?.keepWithNext, true);
    const slides = packUnits(units, room, defaultBudget);
    assert.equal(slides[0]?.length, 2, slides.map((s) => s.length).join(' + '));
  });
  it('stays whole, set smaller, when a little taller than the room: nine rows of a linear program after their lead-in', () => {
    const room = bodyRoom('Example');
    const constraints = Array.from({ length: 8 }, (_, i) => ` & x_${i + 1} - 1.06 x_2 + x_3 + x_5 \\ge -20,000\\\\`);
    const program = ['$$', '\\begin{aligned}', '\\max_{x} \\ & 1.30 \\cdot 3x_1 + 1.06 x_4 + 1.30 x_5 \\\\', ...constraints, '\\end{aligned}', '$$'].join('\n');
    const units = blocksToUnits(
      [
        { kind: 'paragraph' as const, text: 'Thus, the fund confronts the linear program:', line: 1 },
        { kind: 'math' as const, text: program, line: 3 },
      ],
      'markdown',
      false,
      room,
    );
    assert.equal(units.length, 2, units.map((u) => u.markdown.slice(0, 30)).join(' | '));
    assert.equal(units[1]?.markdown, program);
    assert.ok((units[1]?.scale ?? 1) < 1 && (units[1]?.scale ?? 0) >= 0.6, `scale ${units[1]?.scale}`);
    assert.equal(packUnits(units, room, defaultBudget).length, 1);
  });
  it('stays whole when it holds another environment (its rows cannot be cut apart safely)', () => {
    const nested = text.replace('&= \\sum_{i=1}^{N} a_{5}', '&= \\begin{pmatrix} a \\\\ b \\end{pmatrix} a_{5}');
    assert.equal(blocksToUnits([{ kind: 'math' as const, text: nested, line: 1 }], 'markdown', false, bodyRoom('Derivation')).length, 1);
  });
});

describe('a callout (a quotation with a heading)', () => {
  const quote = [
    "> ## Why Isn't It Doing Anything?",
    '>',
    '> What happens if a command is supposed to process a file, but we',
    "> don't give it a filename? For example, what if we type:",
    '>',
    '> ~~~bash',
    '> $ wc -l',
    '> ~~~',
    '>',
    "> but don't type `*.pdb` after the command?",
  ].join('\n');

  it('shows the code its point leads into, as written, and the rest goes to the notes', () => {
    const [unit] = blocksToUnits([{ kind: 'quote', text: quote, line: 1 }], 'markdown');
    assert.match(unit?.markdown ?? '', /what if we type:\n>\n> ~~~bash\n> \$ wc -l\n> ~~~$/u);
    assert.ok(!(unit?.markdown ?? '').includes('*.pdb'), unit?.markdown);
    assert.match(unit?.noteText ?? '', /after the command\?/u);
  });

  it('shows no code a point does not lead into, nor code longer than a quotation shows', () => {
    const plain = quote.replace('what if we type:', 'what then?');
    assert.ok(!(blocksToUnits([{ kind: 'quote', text: plain, line: 1 }], 'markdown')[0]?.markdown ?? '').includes('~~~'));
    const long = quote.replace('> $ wc -l', Array.from({ length: 12 }, (_, i) => `> line ${i}`).join('\n'));
    assert.ok(!(blocksToUnits([{ kind: 'quote', text: long, line: 1 }], 'markdown')[0]?.markdown ?? '').includes('~~~'));
  });
});

describe('a lead-in, a command and its output too tall for one slide', () => {
  it('keep the lead-in with the command, and the output goes on to the next slide', () => {
    const output = Array.from({ length: 7 }, (_, i) => `  ${20 + i}  file-${i}.pdb`);
    const blocks = [
      { kind: 'paragraph' as const, text: 'Nothing prevents us from chaining commands.', line: 1 },
      { kind: 'code' as const, text: '~~~bash\n$ ls\n~~~', line: 2 },
      { kind: 'code' as const, text: '~~~output\na.pdb  b.pdb  c.pdb\n~~~', line: 3 },
      {
        kind: 'paragraph' as const,
        text: 'If we run the command `wc *.pdb`, the `*` in `*.pdb` matches zero or more characters, so the shell turns `*.pdb` into a list of all `.pdb` files in the current directory, and each of them is counted in turn:',
        line: 4,
      },
      { kind: 'code' as const, text: '~~~bash\n$ wc *.pdb\n~~~', line: 5 },
      { kind: 'code' as const, text: ['~~~output', ...output, '~~~'].join('\n'), line: 6 },
    ];
    const room = bodyRoom('Introduction');
    const units = blocksToUnits(blocks, 'markdown', false, room);
    const groups = packUnits(units, room, defaultBudget);
    const slideOf = (text: string): number => groups.findIndex((g) => g.some((u) => u.markdown.includes(text)));
    assert.ok(units.slice(3).reduce((h, u) => h + u.height, 0) > room, 'the three fit one slide: no test');
    assert.equal(slideOf('If we run the command'), slideOf('$ wc *.pdb'), groups.map((g) => g.map((u) => u.markdown.slice(0, 20)).join(' + ')).join(' | '));
  });
});

describe('a table of many short columns', () => {
  it('is measured with columns as wide as their cells, as a browser lays it out: a row of dates is one line, not three', () => {
    const rows = Array.from({ length: 24 }, (_, i) => `|DR-${i % 3}|-49.85|-128.57|${600 + i}|DR-1|1927-02-${String(10 + i).padStart(2, '0')}|`);
    const table = ['|name|lat|long|id|site|dated|', '|-|-|-|-|-|-|', ...rows].join('\n');
    const units = blocksToUnits([{ kind: 'table', text: table, line: 1 }], 'markdown');
    assert.ok(units.length <= 4, `${units.length} parts of ${units.map((u) => u.markdown.split('\n').length - 2).join(', ')} rows`);
    // A table of long cells still wraps them, and takes more parts.
    const long = rows.map((r) => r.replace('DR-1|', 'a site whose description runs to many words of prose in its cell|'));
    const wide = blocksToUnits([{ kind: 'table', text: ['|name|lat|long|id|site|dated|', '|-|-|-|-|-|-|', ...long].join('\n'), line: 1 }], 'markdown');
    assert.ok(wide.length > units.length, `${wide.length} parts`);
  });
});

describe('a list of three items of about fifty words', () => {
  it('stays on one slide: one item alone beside the other two would be a leftover', () => {
    const list = [
      '- If a grammar has more than one leftmost derivation for a single *sentential form*, the grammar is **ambiguous**',
      '- If a grammar has more than one rightmost derivation for a single *sentential form*, the grammar is **ambiguous**',
      '- The leftmost and rightmost derivations for a *sentential form* may differ, even in an unambiguous grammar',
    ].join('\n');
    const room = bodyRoom('Criteria');
    const units = blocksToUnits([{ kind: 'list', text: list, line: 1 }], 'markdown', false, room);
    assert.ok(units.reduce((n, u) => n + u.words, 0) > 40, 'a list within the budget: no test');
    assert.equal(packUnits(units, room, defaultBudget).length, 1);
  });
});

describe('a sentence that runs on into a list', () => {
  it('leads into it, as one ending with a colon does: it stays on the slide with the list', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'By having a workspace without a root package,', line: 1 },
      { kind: 'list' as const, text: '- `resolver` must be set explicitly\n- Commands run in the workspace root will run against all members', line: 3 },
    ];
    const units = blocksToUnits(blocks, 'markdown');
    assert.equal(units[0]?.keepWithNext, true);
    const ended = blocksToUnits([{ ...blocks[0]!, text: 'A workspace can have no root package.' }, blocks[1]!], 'markdown');
    assert.equal(ended[0]?.keepWithNext, false);
  });

  it('stays with the list or code that finishes it when it stops on a word no sentence ends on ("who either", "we observe that")', () => {
    const list = { kind: 'list' as const, text: "- have heard of the filter but don't know how it works, or\n- know its equations", line: 3 };
    const code = { kind: 'code' as const, text: 'x = solve(A, b)', line: 3 };
    for (const [text, next] of [
      ['It is aimed at readers who either', list],
      ['In solving for $p(x)$, we observe that', list],
      ['For more reading on the filter, see', list],
      ['Pour calculer la somme, on écrit le code suivant', code],
    ] as const) {
      const units = blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, next], 'markdown');
      assert.equal(units[0]?.keepWithNext, true, text);
    }
    // A sentence with no full stop that is whole ("This lecture introduces the Kalman filter") leads into nothing.
    for (const text of ['This lecture introduces the Kalman filter', 'Readers should know the basics.', 'We wrote the whole program in Python'])
      assert.equal(blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, list], 'markdown')[0]?.keepWithNext, false, text);
  });
});

describe('escapeMarkdown', () => {
  it("leaves a plain text's web addresses as written: one in angle brackets is an autolink, a bare one has no escape in it", () => {
    assert.equal(
      escapeMarkdown('Leap seconds: <http://tycho.usno.navy.mil/leapsec.html>.  See http://www.eden.com/~hsoi/mud/ and [1] *this*, 2 < 3.'),
      'Leap seconds: <http://tycho.usno.navy.mil/leapsec.html>.  See http://www.eden.com/~hsoi/mud/ and \\[1\\] \\*this\\*, 2 \\< 3.',
    );
    // Right before a character that takes an escape, an autolink: the escape's backslash is not part of the address.
    assert.equal(escapeMarkdown('<url:http://www.id3.org/id3v2.3.0.txt>'), '\\<url:<http://www.id3.org/id3v2.3.0.txt>\\>');
  });
  it('shows words between double asterisks as bold, as plain text writes it; a single star, or stars touching letters, stay stars', () => {
    assert.equal(escapeMarkdown('This PEP does **not** change 2*3*4.'), 'This PEP does **not** change 2\\*3\\*4.');
    assert.equal(escapeMarkdown('a ** b ** c, x**2**y'), 'a \\*\\* b \\*\\* c, x\\*\\*2\\*\\*y');
  });
  it("shows plain text literally, and its reStructuredText inline literals (``tokenize.py``) as code; LaTeX's ``quotes'' stay text", () => {
    assert.equal(escapeMarkdown('See *this* [1] and a_b.'), 'See \\*this\\* \\[1\\] and a\\_b.');
    assert.equal(escapeMarkdown('The ``yield`` statement in ``tokenize.py``.'), 'The `yield` statement in `tokenize.py`.');
    assert.equal(escapeMarkdown("LaTeX ``quotes'' stay."), "LaTeX \\`\\`quotes'' stay.");
    // Plain text's italics between underscores are emphasis; a name's underscores are not.
    assert.equal(escapeMarkdown('_It_ does not keep the _posse\ncomitatus_, &c.'), '_It_ does not keep the _posse\ncomitatus_, &c.');
    assert.equal(
      escapeMarkdown('Call __init__ on snake_case_name, or _x_y_ and _ this _.'),
      'Call \\_\\_init\\_\\_ on snake\\_case\\_name, or \\_x\\_y\\_ and \\_ this \\_.',
    );
    assert.equal(escapeMarkdown('the _[sic]_ mark'), 'the _\\[sic\\]_ mark');
  });
});

describe('a long lead-in written in lower case', () => {
  it('keeps the words after its last full stop with the code it introduces, the rest in the notes', () => {
    const lead =
      'from this example, we can see that zero or more transitions allows us an NFA to implicitly reject w/out needing to specify all possible paths. for regex, this means we can build parts of a complex expression w/out needing each one to be total & deterministic over the entirety of `Q` & `Σ`. to see this in action, we can build the regex `^b.*|.*b$` (where `^` & `$` match the beginning and ending of a string) as two separate NFA first:';
    const units = blocksToUnits(
      [
        { kind: 'paragraph' as const, text: lead, line: 1 },
        { kind: 'code' as const, text: '```\nq0 := --> ( 0 )\n```', line: 3 },
      ],
      'markdown',
    );
    assert.equal(
      units[0]?.markdown,
      'to see this in action, we can build the regex `^b.*|.*b$` (where `^` & `$` match the beginning and ending of a string) as two separate NFA first:',
    );
    assert.equal(units[0]?.keepWithNext, true);
    assert.equal(units[0]?.noteText, lead);
  });
});

describe('a label of a few words over a list', () => {
  const list = { kind: 'list' as const, text: '- SJF can be either\n- the choice arises when a new process arrives', line: 2 };
  const first = (text: string): { keepWithNext: boolean; lead: string | null } | undefined =>
    blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }, list], 'markdown', false, bodyRoom('Scheduling'))[0];

  it('stays with the list it introduces, and names it where it opens as a title does', () => {
    assert.deepEqual(first('Preemptive vs Non-Preemptive'), {
      ...first('Preemptive vs Non-Preemptive'),
      keepWithNext: true,
      lead: 'Preemptive vs Non-Preemptive',
    });
    assert.equal(first('Shortest-Job-First (SJF) Scheduling')?.lead, 'Shortest-Job-First (SJF) Scheduling');
    // A clause of a few words still introduces its list, but names nothing.
    assert.equal(first('in this scenario')?.keepWithNext, true);
    assert.equal(first('in this scenario')?.lead, null);
    // A sentence is a point of its own.
    assert.equal(first('The scheduler picks the shortest job first.')?.keepWithNext, false);
  });
});

describe('a list item the author broke by hand', () => {
  it('shows the line before the break as its point; the remark after it is for the notes', () => {
    const text =
      '- `git rm X.EXT` will remove the file named `X.EXT` in the next commit you create \\\n  **Note**: When you use `git rm X.EXT`, the earlier versions of the file are still remembered by your repository\n- `git status` shows what changed';
    const units = blocksToUnits([{ kind: 'list' as const, line: 1, text }], 'markdown', false);
    assert.equal(units[0]?.markdown, '- `git rm X.EXT` will remove the file named `X.EXT` in the next commit you create');
    assert.match(units[0]?.noteText ?? '', /earlier versions of the file are still remembered/u);
  });
});

describe("a plain text's item with items under it", () => {
  it('is a point over points of their own, so that a slide may break between them', () => {
    const text = [
      '• changes in the mosaic',
      ...Array.from({ length: 6 }, (_, k) => `    • point ${k} of the mosaic and what it holds`),
      '        • a deeper remark',
      '• the next item',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list' as const, line: 1, text }], 'text', false);
    assert.equal(units.length, 8);
    assert.equal(units[0]?.markdown, '- changes in the mosaic');
    assert.equal(units[0]?.keepWithNext, true);
    assert.equal(units[6]?.markdown, '  - point 5 of the mosaic and what it holds\n    - a deeper remark');
    assert.ok(units.slice(1, 7).every((u) => u.listItem && u.words <= 12));
  });
});

describe('a plain-text list that opens with an item indented under nothing', () => {
  it('keeps the items indented under the others nested, and shows that first item as an item', () => {
    const text = ['\t* Create a summary story', '- Interest in pinball programming', '\t- Interest in the algorithms', '- Earlier projects'].join('\n');
    const units = blocksToUnits([{ kind: 'list' as const, line: 1, text }], 'text', false);
    assert.deepEqual(
      units.map((u) => u.markdown),
      ['- Create a summary story', '- Interest in pinball programming', '  - Interest in the algorithms', '- Earlier projects'],
    );
  });
});

describe('a paragraph of fields, a line each', () => {
  it('is a point a field, as the author laid them out; a paragraph with one bold lead-in stays one point', () => {
    const text = '**Keyword**: `CROSS JOIN`\n**Syntax**: `SELECT a FROM t1 CROSS JOIN t2`\n**Syntax 2**: `SELECT a FROM t1, t2`';
    const units = blocksToUnits([{ kind: 'paragraph' as const, text, line: 1 }], 'markdown', false);
    assert.deepEqual(
      units.map((u) => u.markdown),
      ['- **Keyword**: `CROSS JOIN`', '- **Syntax**: `SELECT a FROM t1 CROSS JOIN t2`', '- **Syntax 2**: `SELECT a FROM t1, t2`'],
    );
    const prose = blocksToUnits([{ kind: 'paragraph' as const, text: '**Note**: the join has\nno predicate at all.', line: 1 }], 'markdown', false);
    assert.equal(prose.length, 1);
  });
});

describe('a wall of pictures', () => {
  const avatars = Array.from(
    { length: 30 },
    (_, i) => `[![Avatar of sponsor ${i + 1}](https://example.org/u${i + 1}.png)](https://example.org/~u${i + 1})`,
  ).join('');
  it('is shown a row of eight at a time, each picture as written, the slides going on with the rest under the heading', () => {
    const units = blocksToUnits([{ kind: 'image', text: avatars, line: 3 }], 'markdown');
    assert.equal(units.length, 4);
    assert.deepEqual(
      units.map((u) => (u.markdown.match(/!\[/gu) ?? []).length),
      [8, 8, 8, 6],
    );
    // Every picture as written, in order.
    const pictures = (text: string): string[] => text.match(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/gu) ?? [];
    assert.deepEqual(pictures(units.map((u) => u.markdown).join(' ')), pictures(avatars));
    assert.equal(pictures(avatars).length, 30);
    const wall = `${avatars}${avatars.replaceAll('sponsor ', 'backer ')}`;
    const plan = planDeck(splitMarkdown(`# Project\n\n## Sponsors\n\nThanks to our sponsors.\n\n${wall}\n\n## Next\n\nMore.\n`), {
      file: 'r.md',
      fileName: 'r.md',
      format: 'markdown',
    }).value;
    const walls = plan.slides.filter((s) => s.section === 'Sponsors');
    assert.ok(walls.length >= 2, walls.map((s) => s.title).join(' | '));
    for (const s of walls.slice(1)) assert.equal(s.title, 'Sponsors (cont.)');
  });
});

describe('a list of short items', () => {
  it('is planned in two columns: its items written with `*`, each half a row; one whose items wrap in a column is not', () => {
    const words = ['handling emails', 'journals', 'work logs', 'prioritizing tasks', 'tracking your time', 'generating reports', 'outlining a book'];
    const units = blocksToUnits([{ kind: 'list' as const, text: words.map((w) => `- ${w}`).join('\n'), line: 1 }], 'markdown');
    assert.equal(units.length, words.length);
    assert.ok(
      units.every((u) => u.markdown.startsWith('* ') && u.paired !== undefined && u.height <= u.paired / 2 + 0.01),
      JSON.stringify(units),
    );
    const long = ["`'America/Los_Angeles'` - Pacific Time Zone", ...words.slice(1).map((w) => `${w} and what it means`)];
    const wrapped = blocksToUnits([{ kind: 'list' as const, text: long.map((w) => `- ${w}`).join('\n'), line: 1 }], 'markdown');
    assert.ok(wrapped.every((u) => u.markdown.startsWith('- ') && u.paired === undefined));
  });
});

describe("a step's table", () => {
  it('is shown after the step, as a table of its own kept with it', () => {
    const text = [
      '1. On the **Basics** tab, specify the following settings (leave others with their default values):',
      '',
      '    | Setting | Value |',
      '    | --- | --- |',
      '    | Subscription | the name of your subscription |',
      '    | Region | **(US) East US** |',
      '',
      '1. On the **Advanced** tab, take the defaults.',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list' as const, text, line: 1 }], 'markdown');
    const table = units.findIndex((u) => u.markdown.includes('| Subscription | the name of your subscription |'));
    assert.ok(table > 0, JSON.stringify(units.map((u) => u.markdown)));
    assert.ok(units[table - 1]?.markdown.startsWith('1. On the **Basics** tab') && units[table - 1]?.keepWithNext);
    assert.ok(units[table + 1]?.markdown.startsWith('2. On the **Advanced** tab'));
  });

  it("in an item's own item is shown after the item too, never dropped from the slide", () => {
    const text = [
      '- `DATA_DIR`',
      '  - Specifies the directory in which the database is stored.',
      '  - The default value varies across systems:',
      '',
      '    | OS    | Path                 |',
      '    | ----- | -------------------- |',
      '    | Linux | `$HOME/.local/share` |',
      '',
      '- `ECHO`',
      '  - When set to 1, the tool prints the directory.',
    ].join('\n');
    const units = blocksToUnits([{ kind: 'list' as const, text, line: 1 }], 'markdown');
    const table = units.findIndex((u) => u.markdown.includes('| Linux | `$HOME/.local/share` |'));
    assert.ok(table > 0, JSON.stringify(units.map((u) => u.markdown)));
    assert.ok(units[table - 1]?.markdown.includes('varies across systems') && units[table - 1]?.keepWithNext);
  });
});

describe("a code block's caption in bold", () => {
  it('stays with the code and names it, a file name in a code span too', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: '**`flaskr/auth.py`**', line: 1 },
      { kind: 'code' as const, text: '```python\nimport functools\n```', line: 3 },
    ];
    const [caption] = blocksToUnits(blocks, 'markdown');
    assert.equal(caption?.keepWithNext, true);
    assert.equal(caption?.lead, '`flaskr/auth.py`');
  });
});

describe('a short table that goes over beside its lead-in by a little', () => {
  it('stays whole: four rows are not cut two and two; a long table still goes on over slides', () => {
    const lead =
      "Now, let's think about the consequences here: if you need `await` to call an async function, and only async functions can use `await`... here's a little table:";
    const rows = ['| sync | sync | ✓ |', '| sync | async | **NOPE** |', '| async | sync | ✓ |', '| async | async | ✓ |'];
    const table = (body: string[]): string =>
      ['| If a function like this | wants to call a function like this | is it gonna happen? |', '| --- | --- | --- |', ...body].join('\n');
    const units = (body: string[]) =>
      blocksToUnits(
        [
          { kind: 'paragraph' as const, text: lead, line: 1 },
          { kind: 'table' as const, text: table(body), line: 3 },
        ],
        'markdown',
        false,
        450,
      ).filter((u) => u.kind === 'visual');
    assert.equal(units(rows).length, 1);
    assert.ok(units([...rows, ...rows, ...rows]).length > 1);
  });

  it("stays whole at seven rows of a line each: a language's simple types are not cut four and three", () => {
    const types = [
      ['1, 2, 100000000000, -42, …', 'Integer', 'Integer numbers'],
      ['3.14, 3.2831, -2.718, …', 'Double', 'Floating-point numbers'],
      ['True, False', 'Bool', 'Boolean values'],
      ["'a', 'z', …", 'Char', 'Character values'],
      ['"hello", "world"', 'String', 'String values'],
      ['[1, 2, 3, 4]', '[Integer]', 'List of integers'],
      ['(True, 0.5)', '(Bool, Double)', 'Tuple of Bool and Double'],
    ].map((cells) => `| ${cells.join(' | ')} |`);
    const table = ['| Value | Type | Description |', '| --- | --- | --- |', ...types].join('\n');
    const shown = blocksToUnits(
      [
        { kind: 'paragraph' as const, text: 'Haskell provides a variety of simple data types, some of which include:', line: 1 },
        { kind: 'table' as const, text: table, line: 3 },
      ],
      'markdown',
    ).filter((u) => u.kind === 'visual');
    assert.equal(shown.length, 1);
  });
});

describe('a quotation whose paragraph leads into a list', () => {
  it('shows the list after the paragraph, item by item (a GitHub alert), where the list follows a blank line or interrupts the sentence', () => {
    const gap = [
      '> [!TIP]',
      '> To disable two bindings, set their variables:',
      '>',
      '> * bash: `A= eval "$(fzf --bash)"`',
      '> * zsh: `A= source <(fzf --zsh)`',
      '>',
      '> Later settings have no effect.',
    ].join('\n');
    const [tip] = blocksToUnits([{ kind: 'quote', text: gap, line: 1 }], 'markdown');
    assert.equal(tip?.markdown, '> To disable two bindings, set their variables:\n> * bash: `A= eval "$(fzf --bash)"`\n> * zsh: `A= source <(fzf --zsh)`');
    const interrupting = [
      '> [!NOTE]',
      '> You can override the default behavior',
      '> * Either by setting `$FZF_DEFAULT_COMMAND`',
      '> * Or by setting `--walker`',
    ].join('\n');
    const [note] = blocksToUnits([{ kind: 'quote', text: interrupting, line: 1 }], 'markdown');
    assert.doesNotMatch(note?.markdown ?? '', /behavior \*/u);
    assert.match(
      note?.markdown ?? '',
      /^> You can override the default behavior\n> \* Either by setting `\$FZF_DEFAULT_COMMAND`\n> \* Or by setting `--walker`$/u,
    );
  });
});

describe("a quotation's sentence that leads into its code with 'For example,'", () => {
  it('shows the code with it, as one ending with a colon does', () => {
    const quote = [
      '> [!TIP]',
      '> You can add these options to `$FZF_DEFAULT_OPTS` so that they are applied by',
      '> default. For example,',
      '>',
      '> ```sh',
      "> export FZF_DEFAULT_OPTS='--height 40%'",
      '> ```',
    ].join('\n');
    const [tip] = blocksToUnits([{ kind: 'quote', text: quote, line: 1 }], 'markdown');
    assert.match(tip?.markdown ?? '', /For example,\n>\n> ```sh\n> export FZF_DEFAULT_OPTS='--height 40%'\n> ```$/u);
  });
});

describe('a connective alone that leads into a formula', () => {
  it('keeps the sentence before it ("**Lemma** Let X be … Then," over the lemma\'s formula)', () => {
    const [lead, formula] = blocksToUnits(
      [
        {
          kind: 'paragraph',
          text: '**Lemma**\nLet $X \\sim \\mathcal{N}(\\mu_1, \\Sigma_1)$ be a $\\mathbb{R}^{d_1}$-valued random variable as well as $\\mu_2 \\in \\mathbb{R}^{d_2}$ and $A \\in \\mathbb{R}^{d_2 \\times d_1}$ be a matrix with full rank. Then,',
          line: 1,
        },
        { kind: 'math', text: '$$\\mu + AX \\sim \\mathcal{N}(\\mu, A A^T)$$', line: 3 },
      ],
      'markdown',
    );
    assert.match(lead?.markdown ?? '', /Lemma.*Let \$X .*be a matrix with full rank\. Then,$/su);
    assert.equal(lead?.keepWithNext, true);
    assert.equal(formula?.kind, 'visual');
  });
});

describe('a listing with a picture drawn in characters', () => {
  it('is never cut between two lines of the picture', () => {
    const art = [
      ' _   _      _ _',
      '| | | | ___| | | ___',
      '| |_| |/ _ \\ | |/ _ \\',
      '|  _  |  __/ | | (_) |',
      '|_| |_|\\___|_|_|\\___( )',
      '                    |/',
    ];
    const prose = (n: number): string[] => Array.from({ length: n }, (_, i) => `Line ${i + 1} of the text that explains what the program prints for you.`);
    const lines = [...prose(7), ...art, ...prose(5)];
    const parts = splitCode(lines, 10);
    assert.ok(parts.length >= 2, JSON.stringify(parts.map((p) => p.length)));
    assert.ok(
      parts.some((p) => art.every((l) => p.includes(l))),
      JSON.stringify(parts),
    );
    assert.deepEqual(parts.flat(), lines);
  });
});

describe('the parts of a long code block after a tall lead-in', () => {
  it('are each planned at their own height: only the first shares its slide with the lead-in', () => {
    const g = slideGeometry;
    const lead =
      'Now that we have computed each of the three test statistics by hand, and checked each of them against the formulas above, we can compare them with one another and compute the p-values that each of them gives, as follows:';
    const code = ['```r', ...Array.from({ length: 24 }, (_, k) => (k % 6 === 5 ? '' : `lambda_${k} <- 1 - pchisq(${k}, df = 1)`)), '```'].join('\n');
    const units = blocksToUnits(
      [
        { kind: 'paragraph', text: lead, line: 1 },
        { kind: 'code', text: code, line: 3 },
      ],
      'markdown',
    );
    const parts = units.filter((u) => u.kind === 'visual');
    assert.ok(parts.length >= 2, `${parts.length} part(s)`);
    for (const part of parts.slice(1)) {
      const lines = part.markdown.split('\n').slice(1, -1);
      const own = codeRows(lines) * g.codeLine + g.codePad;
      assert.ok(
        part.height >= Math.min(own, bodyRoom('A title') - g.bodyLine - g.blockGap - 1) - 0.5,
        `a later part of ${lines.length} lines planned at ${part.height} px`,
      );
    }
  });
});

describe('a drawing taller than a slide and a half', () => {
  it("is cut under its rules into parts a slide holds at a drawing's smaller type, not into slivers", () => {
    const box = (name: string): string[] => ['|                      |', `| ${name.padEnd(21)}|`, '|                      |', '+──────────────────────+'];
    const lines = [
      '.──────────────────────.',
      ...['Kernel', 'Stack', 'Mapping', 'Heap', 'BSS', 'Data', 'Text', 'Free', 'Spare', 'Guard', 'Zero', 'End'].flatMap(box),
    ];
    const units = blocksToUnits([{ kind: 'code' as const, text: `\`\`\`\n${lines.join('\n')}\n\`\`\``, line: 1 }], 'markdown');
    const parts = units.map((u) => u.markdown.split('\n').filter((l) => !l.startsWith('```')));
    assert.ok(parts.length >= 2 && parts.length <= 5, `${parts.length} parts of ${lines.length} lines`);
    for (const part of parts.slice(0, -1)) assert.match(part[part.length - 1] ?? '', /^\+─+\+$/u);
  });
});

describe("a list's last item that ends with a colon over another list", () => {
  it('stays with that list, as it stays with the code or formula it leads into', () => {
    // Whether the last item (ending in `last`) of a list over the two messages is kept with them.
    const keptWithList = (last: string): boolean | undefined =>
      blocksToUnits(
        [
          { kind: 'list' as const, text: `1. write a program that reads a number\n2. write a program that asks for a name${last}`, line: 1 },
          { kind: 'list' as const, text: '- "Welcome" if the name is "page"\n- "Go away" otherwise', line: 4 },
        ],
        'markdown',
        false,
        bodyRoom('Exercises'),
      ).find((u) => u.block === 0 && u.markdown.includes(`a name${last}`))?.keepWithNext;
    assert.equal(keptWithList(' and prints:'), true);
    assert.notEqual(keptWithList('.'), true);
  });
});

describe("a long listing cut in parts for the theme's size", () => {
  it("plans a part that its slide holds only at 22 px (the fit's floor for code) at that size, the slide's other text with it", () => {
    const fn = (name: string, n: number): string[] => [
      `def ${name}(x):`,
      ...Array.from({ length: n - 2 }, (_, i) => `    y${i} = compute_${name}(x, ${i})`),
      '    return y0',
    ];
    const code = ['```python', ...fn('first', 11), '', ...fn('second', 5), '', ...fn('third', 5), '```'].join('\n');
    const units = blocksToUnits(
      [
        { kind: 'paragraph', text: 'Here is the program:', line: 1 },
        { kind: 'code', text: code, line: 3 },
      ],
      'markdown',
    );
    const parts = units.filter((u) => u.kind === 'visual');
    assert.equal(parts.length, 2, parts.map((p) => p.markdown).join('\n----\n'));
    // Eleven lines beside the lead-in: more than the room at 26 px, within it at 22 px (its height at that size, and
    // Unit.scale so that the packer counts the lead-in as much smaller).
    const first = parts[0];
    assert.ok(first?.scale !== undefined && Math.abs(first.scale - 22 / 26) < 1e-9, JSON.stringify(first));
    assert.ok(Math.abs((first?.height ?? 0) - (11 * 26 * 1.4 + 26 * 1.2) * (22 / 26)) < 1, String(first?.height));
  });

  it("counts a listing with a line a little too long for the theme's size at 22 px a line per line, never smaller: cut where it does not fit", () => {
    // Thirteen lines, the longest 78 columns (wider than the 68 the theme's size holds, within the 80 of 22 px), beside a
    // lead-in: at 22 px they take 13 × 30.8 px and the box's padding, more than the room under the lead-in.
    const long = 'gum format -- "# Gum Formats" "- Markdown" "- Code" "- Template" "- Emoji" -xy';
    const lines = [
      '# Format some markdown',
      long,
      'echo "# Gum Formats" | gum format',
      '',
      '# Syntax highlight some code',
      'cat main.go | gum format -t code',
      '',
      '# Templates',
      'echo \'{{ Bold "Tasty" }}\' \\',
      '    | gum format -t template',
      '',
      '# Emojis',
      "echo 'I :heart: Gum' | gum format -t emoji",
    ];
    assert.equal(long.length, 78);
    const units = blocksToUnits(
      [
        { kind: 'paragraph', text: '`format` processes and formats bodies of text.', line: 1 },
        { kind: 'code', text: ['```bash', ...lines, '```'].join('\n'), line: 3 },
      ],
      'markdown',
    );
    const parts = units.filter((u) => u.kind === 'visual');
    const room = bodyRoom('Format') - slideGeometry.bodyLine - slideGeometry.blockGap;
    for (const part of parts) {
      const shown = part.markdown.split('\n').length - 2;
      assert.ok(shown * 22 * 1.4 + 22 * 1.2 <= room, `${shown} lines at 22 px over ${Math.round(room)} px`);
    }
    // Cut at a blank line, the code as written.
    assert.equal(parts.length, 2);
    assert.deepEqual(
      parts.flatMap((p) => p.markdown.split('\n').slice(1, -1)).filter((l) => l !== ''),
      lines.filter((l) => l !== ''),
    );
  });
});

describe('a sentence that trails off into the code after it', () => {
  it('stays with the code, its dots after a space too ("If we executed this SQL query ..."), and a sentence that ends does not', () => {
    const keeps = (lead: string): boolean =>
      blocksToUnits(
        [
          { kind: 'paragraph' as const, text: lead, line: 1 },
          { kind: 'code' as const, text: '```sql\nSELECT name, num_dogs\nFROM Person;\n```', line: 3 },
        ],
        'markdown',
      )[0]?.keepWithNext === true;
    assert.equal(keeps('If we executed this SQL query ...'), true);
    assert.equal(keeps('If we executed this SQL query…'), true);
    assert.equal(keeps('We executed this SQL query.'), false);
  });
});

describe('a pictogram alone on its line', () => {
  it('is no point: the "💡" a Notion callout opens with over its title and text goes to the notes only', () => {
    const doc =
      '# Ownership\n\n## Moves\n\nA value has one owner.\n\n<aside>\n💡\n\n**Copy**\n\nSome simple types are copied, not moved.\n\n</aside>\n\nAssignment moves the value.\n';
    const blocks = splitMarkdown(doc).sections[0]?.blocks ?? [];
    const units = blocksToUnits(blocks, 'markdown', false, bodyRoom('Moves'));
    assert.ok(
      units.some((u) => u.markdown.includes('Copy')),
      units.map((u) => u.markdown).join(' | '),
    );
    assert.ok(!units.some((u) => /💡/u.test(u.markdown)), units.map((u) => u.markdown).join(' | '));
    assert.ok(units.some((u) => u.noteText.includes('💡')));
    // Words with it are a point as they were ("⚠️ Back up first").
    const warned = blocksToUnits([{ kind: 'paragraph' as const, text: '⚠️ Back up your files first.', line: 1 }], 'markdown', false, bodyRoom('Moves'));
    assert.match(warned[0]?.markdown ?? '', /Back up/u);
  });
});

describe('a lead-in of three sentences over a list it would crowd', () => {
  it('shows the sentence that leads in, so the list stays whole on one slide', () => {
    const lead =
      'To better understand the origin of this tradeoff, we will need to dive into **random variables**. The next two notes will be a brief digression from our work on modeling so we can build up the concepts we need. In specific, we will cover:';
    const list =
      '1. Random Variables: introduce random variables, considering the concepts of expectation, variance, and covariance\n2. Estimators, Bias, and Variance: re-express the ideas of model variance and training error in terms of random variables';
    const units = blocksToUnits(
      [
        { kind: 'paragraph' as const, text: lead, line: 1 },
        { kind: 'list' as const, text: list, line: 3 },
      ],
      'markdown',
      false,
      bodyRoom('Introduction'),
    );
    assert.equal(units[0]?.markdown, 'In specific, we will cover:');
    assert.equal(units[0]?.noteText, lead);
  });
});

describe('a line of a few words under a picture with no description', () => {
  it('is its caption where it closes the section, and a point where text follows it', () => {
    const blocks = (after: string): { kind: 'image' | 'paragraph'; text: string; line: number }[] => [
      { kind: 'image', text: '![](figures/aws-billing.png)', line: 1 },
      { kind: 'paragraph', text: 'Billing and Cost Management Home', line: 3 },
      ...(after ? [{ kind: 'paragraph' as const, text: after, line: 5 }] : []),
    ];
    const closing = blocksToUnits(blocks(''), 'markdown', false, bodyRoom('Check'));
    assert.equal(closing[0]?.keepWithNext, true);
    assert.equal(closing[1]?.markdown, 'Billing and Cost Management Home');
    const heading = blocksToUnits(blocks('Then open the page and read the charges of the month.'), 'markdown', false, bodyRoom('Check'));
    assert.equal(heading[0]?.keepWithNext, false);
    assert.match(heading[1]?.markdown ?? '', /^- /u);
  });
});

describe("a picture's credit under it", () => {
  it('stays with the picture, in a quotation or a line of its own ("> Image credit to …", "Source: …")', () => {
    for (const [kind, text] of [
      ['quote', '> Image credit to Computer Networking: A Top-down Approach, 7th Edition'],
      ['paragraph', 'Source: [Link](https://example.org/book/figure-3)'],
      ['paragraph', '\\[**Source**: [Artwork by A. Painter](https://example.org/art)\\]'],
    ] as const) {
      const units = blocksToUnits(
        [
          { kind: 'image' as const, text: '![figure-1-5](./assets/figure-1-5.png)', line: 1 },
          { kind, text, line: 3 },
        ],
        'markdown',
        false,
        bodyRoom('DSL'),
      );
      assert.equal(units[0]?.keepWithNext, true, text);
    }
    // A sentence about the picture's source is text of its own.
    const text = blocksToUnits(
      [
        { kind: 'image' as const, text: '![figure-1-5](./assets/figure-1-5.png)', line: 1 },
        {
          kind: 'paragraph' as const,
          text: 'The sources of delay in a packet-switched network are four, and each adds to the total delay of a packet on its way.',
          line: 3,
        },
      ],
      'markdown',
      false,
      bodyRoom('DSL'),
    );
    assert.equal(text[0]?.keepWithNext, false);
  });
});

describe("a plain text's item whose own items are taller than a slide", () => {
  it('sets each of them apart, under its term, so that a slide can break among them; their words counted once', () => {
    const deeper = Array.from({ length: 14 }, (_, k) => `    - event number ${k + 1} of the period, as the lecture lists it`);
    const text = ['- The second half of the century', '  - Tendencies of centralisation:', ...deeper].join('\n');
    const units = blocksToUnits([{ kind: 'list', text, line: 1 }], 'text');
    const tall = slideGeometry.bodyHeight - 2 * slideGeometry.titleLine - slideGeometry.titleExtra;
    assert.ok(
      units.every((u) => u.height <= tall),
      units.map((u) => Math.round(u.height)).join(' '),
    );
    const term = units.find((u) => u.markdown.includes('Tendencies of centralisation'));
    assert.equal(term?.keepWithNext, true);
    assert.equal(term?.words, 3);
    assert.equal(units.filter((u) => /event number \d+ of/u.test(u.markdown)).length, 14);
    // Its notes hold every event once.
    const notes = units.map((u) => u.noteText).join('\n');
    for (let k = 1; k <= 14; k += 1) assert.equal(notes.split(`event number ${k} of`).length, 2, `event ${k}`);
    // A short one stays one point.
    const short = blocksToUnits([{ kind: 'list', text: ['- Top', '  - Sub:', '    - one', '    - two'].join('\n'), line: 1 }], 'text');
    assert.equal(short.length, 2);
    // One of more words than a slide of them holds, however short, is set apart too (four long causes of a war).
    const cause = (k: number): string => `    - cause number ${k}: the policy of the new government towards the peasants and the workers of the towns`;
    const wordy = blocksToUnits([{ kind: 'list', text: ['- Causes of the war:', '  - Politics', ...[1, 2, 3, 4].map(cause)].join('\n'), line: 1 }], 'text');
    assert.ok(
      wordy.every((u) => u.words <= 40),
      wordy.map((u) => u.words).join(' '),
    );
    assert.equal(wordy.filter((u) => /cause number \d/u.test(u.markdown)).length, 4);
  });
});

describe("a run of displayed formulas, a line each (a derivation's steps)", () => {
  it('is weighed formula by formula, and goes on over slides in runs that each fit', () => {
    const steps = Array.from({ length: 12 }, (_, k) => `$$Q_{${k}} = Q + \\frac{${k}\\pi A}{r^2} (r^2 - a^2)$$`);
    const one = blocksToUnits([{ kind: 'math', text: steps[0] ?? '', line: 1 }], 'markdown');
    const three = blocksToUnits([{ kind: 'math', text: steps.slice(0, 3).join('\n'), line: 1 }], 'markdown');
    assert.equal(three.length, 1);
    assert.ok((three[0]?.height ?? 0) > 2.5 * (one[0]?.height ?? 0), `${three[0]?.height} for three, ${one[0]?.height} for one`);
    const room = bodyRoom('Gauss');
    const all = blocksToUnits([{ kind: 'math', text: steps.join('\n'), line: 1 }], 'markdown', false, room);
    assert.ok(all.length >= 2, `${all.length} part(s)`);
    assert.ok(
      all.every((u) => u.height <= room),
      all.map((u) => Math.round(u.height)).join(' '),
    );
    assert.deepEqual(
      all.flatMap((u) => u.markdown.split('\n')),
      steps,
    );
  });
});

describe('a Mermaid diagram', () => {
  it('is one picture to planning: never cut between slides, however many lines its source has', () => {
    const source = ['```mermaid', 'flowchart TD', ...Array.from({ length: 60 }, (_, i) => `  n${i} --> n${i + 1}`), '```'].join('\n');
    const units = blocksToUnits([{ kind: 'code' as const, text: source, line: 1 }], 'markdown', false, bodyRoom('Flow'));
    assert.equal(units.length, 1);
    assert.equal(units[0]?.markdown, source);
    assert.ok((units[0]?.height ?? 0) < bodyRoom('Flow'), String(units[0]?.height));
  });
});

describe('a listing whose only cut beside its lead-in is after its first line', () => {
  it('stays one listing ("async function f() {" is not a part of its own)', () => {
    const listing = [
      'async function f() {',
      '',
      '  try {',
      "    let response = await fetch('http://no-such-url');",
      '  } catch(err) {',
      '*!*',
      '    alert(err); // TypeError: failed to fetch',
      '*/!*',
      '  }',
      '}',
      '',
      'f();',
    ];
    const text = [
      '# Async',
      '',
      '## Error handling',
      '',
      'If a promise resolves normally, then `await promise` returns the result.',
      '',
      'In real situations, the promise may take some time before it rejects. In that case there will be a delay before `await` throws an error.',
      '',
      'We can catch that error using `try..catch`, the same way as a regular `throw`:',
      '',
      '```js run',
      ...listing,
      '```',
      '',
      'In the case of an error, the control jumps to the `catch` block. We can also wrap multiple lines.',
    ].join('\n');
    const slides = markdownSlides(text);
    const shown = slides.filter((s) => s.body.includes('async function f() {'));
    assert.equal(shown.length, 1, slidesShown(shown, false));
    assert.ok(shown[0]?.body.includes(['```js run', ...listing, '```'].join('\n')), shown[0]?.body);
  });
});

describe('a quotation whose first line is a label in bold over its text, no blank line between', () => {
  it('is titled by the label and shows the opening of its text, not the label alone', () => {
    const text = [
      '# Lab',
      '',
      '## Wiring',
      '',
      'Connect the USB cable from the mini-USB port on the logic analyzer to an open USB port on your laptop.',
      '',
      "> __Hardware hiccup: don't overload the hub!__",
      '> While it would be convenient to plug the cable into the USB hub, the combo is more than the hub can manage. Instead, plug the cable directly into your laptop.',
      '{: .callout-danger}',
      '',
      'When the logic analyzer is connected, the Logic screen will change.',
    ].join('\n');
    const slides = markdownSlides(text);
    const boxed = slides.find((s) => s.body.includes('> While it would be convenient'));
    assert.ok(boxed, slidesShown(slides));
    assert.ok(boxed.title.includes("Hardware hiccup: don't overload the hub!") || boxed.body.includes("Hardware hiccup: don't overload the hub!"), boxed.body);
  });
});

describe('a quotation that is only a bold label, over a list outside it', () => {
  it('stays with the list it labels: no slide ends on the label alone', () => {
    const steps = [
      'Type keys on the keyboard and watch the program print the codes it receives for each of them.',
      'Press and hold one key for a while, then press and hold another one without releasing the first.',
      'Type single keys to observe the codes for a press, a release and the repeats while a key is held.',
      'Try the modifier keys such as Shift and Alt, one at a time and then together with a letter key.',
    ];
    const notes = [
      'The old protocol reports each key action as a separate code, one for every key that the user presses.',
      'While the protocol itself has no limit, in practice the wiring of many keyboards shares circuitry among keys.',
      'Here is a good explanation of rollover and keyboard circuitry, if you want to learn more about it.',
    ];
    const text = [
      '# Lab',
      '',
      '## Run the keyboard test',
      '',
      ...steps.map((s) => `- ${s}`),
      '',
      '> __Side note on rollover__',
      ...notes.map((s) => `- ${s}`),
    ].join('\n');
    const slides = markdownSlides(text);
    const labelled = slides.find((s) => s.body.includes('Side note on rollover'));
    assert.ok(labelled, slidesShown(slides));
    const after = labelled.body.slice(labelled.body.indexOf('Side note on rollover'));
    assert.match(after, /The old protocol reports/u, slidesShown(slides));
  });
});

describe('a titled box of a long list', () => {
  it("goes on over slides within a slide's words, its title over its first part and naming the slides of the others", () => {
    const clauses = [
      'Two sets hold exactly the same elements whenever each one is contained in the other one here.',
      'Two sets that are not equal are written with the crossed sign between their names in this text.',
      'A set contained in another set and not equal to it is called a proper subset of the other set.',
      'Some schools write the contained sign with a bar below it to tell it apart from proper subsets.',
      'Other schools keep the plain contained sign and write proper subsets with a crossed bar below instead.',
    ];
    const text = [
      '# Sets',
      '',
      '## Equality',
      '',
      '> [!definition] Definition 1.7',
      '>',
      ...clauses.map((c) => `> - ${c}`),
      '',
      '## Building sets',
      '',
      'There are two ways to write a set.',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => clauses.some((c) => s.body.includes(c)));
    const shown = slidesShown(slides);
    assert.ok(slides.length > 1, shown);
    // Every clause once, in order, and no slide over check's sixty words of prose.
    const order = clauses.map((c) => shown.indexOf(c));
    assert.ok(
      order.every((at, k) => at >= 0 && (k === 0 || at > (order[k - 1] ?? 0))),
      shown,
    );
    for (const slide of slides) assert.ok(countWords(visibleText(slide.body)) <= 60, shown);
    assert.match(slides[0]?.body ?? '', /^> \*\*Definition 1\.7\*\*/mu, shown);
    assert.match(slides[1]?.title ?? '', /Definition 1\.7/u, shown);
  });
});

describe("a Chinese post's numbered item titles", () => {
  it('are read as titles of what follows them ("1、[标题](…)"), their link, bold and remark aside; other paragraphs are not', () => {
    assert.equal(ordinalTitle('2、[Jan](https://jan.ai/)'), 'Jan');
    assert.equal(ordinalTitle('3、[数据科学导论](https://example.org/dsbook/)（Introduction to Data Science）'), '数据科学导论');
    assert.equal(ordinalTitle('**2、稀土开发者大会**'), null);
    assert.equal(ordinalTitle('2、**稀土开发者大会**'), '稀土开发者大会');
    assert.equal(ordinalTitle('1、很多人喜欢坐在沙发上玩手机，但是常常找不到插座充电。'), null);
    assert.equal(ordinalTitle('很多人喜欢坐在沙发上玩手机'), null);
    const item = (n: number, name: string): string[] => [
      `${n}、[${name}](https://example.org/${n})`,
      '',
      `${name}是一个开源的桌面应用，可以在本地运行各种大语言模型，也可以连接到远程的服务器，让初学者也能轻松上手使用。`,
      '',
      '它支持多种操作系统，包括 Windows、macOS 和 Linux，安装过程非常简单，只需要下载一个安装包，然后按照提示一步一步完成就可以了。',
      '',
      '此外，它还提供了插件系统，用户可以根据自己的需要扩展功能，例如添加新的模型、修改界面的样式，或者接入其他的工具和服务。',
    ];
    const text = ['# 周刊', '', '## 工具', '', ...item(1, '甲工具'), '', ...item(2, '乙工具'), '', ...item(3, '丙工具'), '', '## 资源', '', '一些资源。'].join(
      '\n',
    );
    const titles = markdownSlides(text).map((s) => s.title);
    assert.ok(
      ['乙工具', '丙工具'].every((name) => titles.some((t) => t.includes(name))),
      titles.join(' | '),
    );
  });
});

describe("a listing's attributes", () => {
  it('stay with the definition they go before: no part ends on "#[derive(Debug)]" or "[Serializable]"', () => {
    const body = (name: string): string[] => [
      `fn ${name}(queue: &Queue) -> u32 {`,
      '    let mut total = 0;',
      '    for job in queue.jobs() {',
      '        total += job.run();',
      '    }',
      '    total',
      '}',
    ];
    const rust = [
      'use std::collections::HashMap;',
      'use std::sync::mpsc;',
      'use std::time::Duration;',
      '',
      '// A job waiting in the queue, with the time it may take.',
      '#[derive(Debug)]',
      'struct Job {',
      '    id: u32,',
      '    limit: Duration,',
      '}',
      '',
      ...body('drain'),
      '',
      ...body('count'),
    ];
    for (let limit = 8; limit <= 16; limit += 1) {
      const parts = splitCode(rust, limit);
      const shown = parts.map((p) => p.join('\n')).join('\n-----\n');
      for (const part of parts) assert.doesNotMatch(part.filter((l) => l.trim() !== '').at(-1) ?? '', /^#\[/u, `limit ${limit}:\n${shown}`);
    }
    const csharp = [
      'using System;',
      'using System.IO;',
      '',
      '[Serializable]',
      'public class Job',
      '{',
      '    public int Id;',
      '    public string Name;',
      '}',
      '',
      'public class Queue',
      '{',
      '    public Job[] Jobs;',
      '    public int Count;',
      '}',
    ];
    for (let limit = 6; limit <= 12; limit += 1) {
      const parts = splitCode(csharp, limit);
      for (const part of parts) assert.notEqual(part.filter((l) => l.trim() !== '').at(-1), '[Serializable]', parts.map((p) => p.join('\n')).join('\n-----\n'));
    }
  });
});

describe('a table of formulas wider than its slide', () => {
  it('is planned with its formulas broken at their relations, as a browser lays it out: it takes a slide of its own beside its lead-in', () => {
    const wide = '$F(2) = P(X\\leq 2) = P(X=0) + P(X=1) + P(X=2) = \\frac{1}{4} + \\frac{2}{4} + \\frac{1}{4} = 1$';
    assert.ok(Math.max(...shownWordWidths(wide, true)) < Math.max(...shownWordWidths(wide)) / 3);
    const text = [
      '# Random variables',
      '',
      '## Two coins',
      '',
      'With fair coins we have:',
      '',
      '- $P(X=0) = P(A_1) = \\frac{1}{4}$',
      '- $P(X=1) = P(A_2) = \\frac{2}{4}$',
      '- $P(X=2) = P(A_3) = \\frac{1}{4}$',
      '',
      'b) From the definitions of the probability function $f(x) = P(X=x)$ and the distribution function $F(x) = P(X\\leq x)$ we draw up this table.',
      '',
      '| X | Probability | Distribution |',
      '|---|---|---|',
      '| X=0 | $f(0) = P(X=0) = \\frac{1}{4}$ | $F(0) = P(X\\leq 0) = P(X=0) = \\frac{1}{4}$ |',
      '| X=1 | $f(1) = P(X=1) = \\frac{2}{4}$ | $F(1) = P(X\\leq 1) = P(X=0) + P(X=1) = \\frac{1}{4} + \\frac{2}{4} = \\frac{3}{4}$ |',
      `| X=2 | $f(2) = P(X=2) = \\frac{1}{4}$ | ${wide} |`,
    ].join('\n');
    const slides = markdownSlides(text);
    const table = slides.find((s) => s.body.includes('| X=2 |'));
    assert.ok(table, slidesShown(slides, false));
    assert.doesNotMatch(table.body, /P\(A_[123]\)/u, table.body);
  });
});

describe('the rest of a sentence that a displayed formula interrupted', () => {
  it('reads on under the formula, no point of its own; a sentence of its own after a formula stays a point', () => {
    const text = [
      '# Likelihood',
      '',
      '## Estimating the parameters',
      '',
      'The likelihood of the data is a product over the observations, where',
      '',
      '$$',
      'P(Y = Y_i \\mid X = X_i) = \\pi(X_i)^{Y_i}(1 - \\pi(X_i))^{1 - Y_i}',
      '$$',
      '',
      'is the probability of observing a single data point.',
      '',
      '$$',
      '\\ell(\\alpha, \\beta) = \\ln \\mathcal{L}(\\alpha, \\beta)',
      '$$',
      '',
      'In practice we work with the log-likelihood instead.',
    ].join('\n');
    const shown = markdownSlides(text)
      .map((s) => s.body)
      .join('\n');
    assert.match(shown, /^is the probability of observing a single data point\.$/mu, shown);
    assert.match(shown, /^- In practice we work with the log-likelihood instead\.$/mu, shown);
  });
});

describe('a stressed phrase that holds a formula', () => {
  it('names no slide: the formula taken out of it had left "overall regression  -statistic"', () => {
    const text = [
      '# Tests',
      '',
      '## Joint hypotheses',
      '',
      'A joint hypothesis imposes restrictions on several regression coefficients at the same time, and we test them together.',
      '',
      'The F-statistic compares the fit of the restricted model with the fit of the unrestricted model in one number.',
      '',
      'Under the null hypothesis the statistic follows an F distribution with q and n minus k minus one degrees of freedom.',
      '',
      'We reject the null hypothesis when the statistic exceeds the critical value of that distribution at our chosen level.',
      '',
      'The test that all slope coefficients are zero is a special case of this joint test and it is often printed by software.',
      '',
      'This is also called the *overall regression $F$-statistic* and its null hypothesis differs from testing only two of them.',
      '',
    ].join('\n');
    const titles = markdownSlides(text).map((s) => s.title);
    assert.ok(
      titles.every((t) => !/\S\s{2,}\S/u.test(t) && !/ -statistic/u.test(t)),
      titles.join(' | '),
    );
  });
});

describe('the rest of a Japanese sentence that a displayed formula interrupted', () => {
  it('reads on under the formula from its particle, and no particle names a slide; a sentence that opens with "では" stays a point', () => {
    const text = [
      '# 座標変換',
      '',
      '## 基底と成分',
      '',
      '座標変換において、基底と同じ変換を受けるベクトルを共変ベクトルと呼ぶ。逆向きの変換を受けるベクトルは反変ベクトルと呼ぶ。具体的には、基底の変換が',
      '',
      '$$',
      '\\tilde{\\mathbf{e}}_i = A_i^j \\mathbf{e}_j',
      '$$',
      '',
      'で与えられている時、このベクトルの成分',
      '',
      '$$',
      'u^i = A_j^i \\tilde{u}^j',
      '$$',
      '',
      'の関係があり、これは基底の変換と逆向きの変換であるので、反変ベクトルとなる。また、',
      '',
      '$$',
      '(\\mathbf{e}^i, \\mathbf{e}_j) = \\delta^i_j',
      '$$',
      '',
      'の関係を満たす双対ベクトルの間には',
      '',
      '$$',
      '\\mathbf{e}^i = A^i_j \\tilde{\\mathbf{e}}^j',
      '$$',
      '',
      'という関係があるため、やはり反変ベクトルであった。',
      '',
      'さて、物理量の全微分を考えよう。',
      '',
      '$$',
      'du = \\partial_x u \\, dx + \\partial_y u \\, dy',
      '$$',
      '',
      'では、極座標の例を見てみよう。',
    ].join('\n');
    const slides = markdownSlides(text);
    const shown = slides.map((s) => `# ${s.title}\n${s.body}`).join('\n');
    assert.match(shown, /^の関係があり、/mu, shown);
    assert.match(shown, /^という関係があるため、/mu, shown);
    assert.match(shown, /^- では、極座標の例を見てみよう。$/mu, shown);
    assert.doesNotMatch(shown, /^# [^\n]*[:：] ?(?:の|という)/mu, shown);
  });
});

describe('a listing that fits a slide of its own at 22 px, no lead-in before it', () => {
  it('stands whole on one slide, not cut in two for a line of text it does not have', () => {
    const code = [
      '# Scalar values',
      'city = "Lisbon"         # String',
      'population = 545000     # Integer',
      'area = 100.05           # Float',
      'capital = True          # Boolean',
      '',
      '# Containers',
      'rivers = ["Tagus", "Trancão"]     # List (mutable)',
      'position = (38.7, -9.1)           # Tuple (immutable)',
      'tags = {"sea", "hills", "sea"}    # Set (unique) → {"sea", "hills"}',
      'mayor = {                         # Dictionary',
      '    "name": "Someone",',
      '    "since": "2021"',
      '}',
    ];
    const text = ['# Python', '', '## Values and types', '', '```python', ...code, '```', '', '## Loops', '', 'Loops repeat.'].join('\n');
    const shown = markdownSlides(text).filter((s) => s.body.includes('```python'));
    assert.equal(shown.length, 1, shown.map((s) => s.body).join('\n---\n'));
    assert.ok(shown[0]?.body.includes(code.join('\n')), shown[0]?.body);
  });
});

describe('a drawing a little taller than a slide at the theme size, nothing leading into it', () => {
  it('stays one picture where it fits its slide at 14 px, never cut between its boxes', () => {
    const drawing = [
      'Flow graph:',
      '',
      '    ┌─────────────────┐',
      '    │ has permission? │',
      '    └────────┬────────┘',
      '             │',
      '        ┌────┴────┐',
      '        │         │',
      '      YES        NO',
      '        │         │',
      '        ▼         ▼',
      '  ┌──────────┐ ┌──────────┐',
      '  │ start    │ │ request  │',
      '  │ tracking │ │ access   │',
      '  └────┬─────┘ └────┬─────┘',
      '       │            │',
      '       └─────┬──────┘',
      '             ▼',
      '      ┌──────────┐',
      '      │ update   │',
      '      └──────────┘',
      '',
    ];
    const units = blocksToUnits([{ kind: 'code', text: ['```', ...drawing, '```'].join('\n'), line: 1 }], 'markdown');
    const parts = units.filter((u) => u.kind === 'visual');
    assert.equal(parts.length, 1, parts.map((p) => p.markdown).join('\n---\n'));
    assert.ok(parts[0]?.markdown.includes('│ update   │'));
  });
});

describe("the stop after a displayed formula's closing $$", () => {
  it('is no point of its own: the notes keep it, the slide shows no bullet of a full stop', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'We say that a graph is a perfect map for a distribution if the two agree. That is,', line: 1 },
      { kind: 'math' as const, text: '$$\n\\text{sep}(X;Z \\vert Y) \\iff P \\models (X \\perp Z \\vert Y)\n$$', line: 2 },
      { kind: 'paragraph' as const, text: '.', line: 5 },
      { kind: 'paragraph' as const, text: 'The map is unique up to equivalence.', line: 7 },
    ];
    const units = blocksToUnits(blocks, 'markdown');
    const stop = units.find((u) => u.block === 2);
    assert.equal(stop?.markdown, '');
    assert.equal(stop?.noteText, '.');
    assert.ok(!units.some((u) => /^- \.$/u.test(u.markdown)));
  });
});
