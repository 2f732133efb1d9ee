// scripts/stages/sentences.ts: sentences and words, in any script.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { countWords, endsWithAbbreviation, joinLines, splitSentences } from '../../scripts/stages/sentences.ts';

describe('splitSentences', () => {
  it('never ends a sentence inside a formula or a code span; dollars of prices are no formula', () => {
    assert.deepEqual(splitSentences('On calcule $1!$ puis on remarque que $(n + 1)! = (n!) \\cdot (n + 1)$ : la suite. Fin.'), [
      'On calcule $1!$ puis on remarque que $(n + 1)! = (n!) \\cdot (n + 1)$ : la suite.',
      'Fin.',
    ]);
    assert.deepEqual(splitSentences('Run `ls -l. Then` it. A formula $$x! Y$$ here. Next.'), ['Run `ls -l. Then` it.', 'A formula $$x! Y$$ here.', 'Next.']);
    assert.deepEqual(splitSentences('It costs $5. Then $10 more. Done!'), ['It costs $5.', 'Then $10 more.', 'Done!']);
  });

  it("does not end a sentence at a German ordinal's stop ('bis ins 19. Jahrhundert')", () => {
    assert.deepEqual(splitSentences('Sprachlich: To Compute, bis ins 19. Jahrhundert ein Beruf. Dann kamen Maschinen.'), [
      'Sprachlich: To Compute, bis ins 19. Jahrhundert ein Beruf.',
      'Dann kamen Maschinen.',
    ]);
    assert.deepEqual(splitSentences('We counted to 19. Then we stopped.'), ['We counted to 19.', 'Then we stopped.']);
  });

  it("does not end a sentence at the stop of a number that labels it ('8\\. Escreva…')", () => {
    assert.deepEqual(splitSentences('8\\. Escreva um caso de uso. Depois leia.'), ['8\\. Escreva um caso de uso.', 'Depois leia.']);
    assert.deepEqual(splitSentences('12. Name the parts. Then stop.'), ['12. Name the parts.', 'Then stop.']);
    // (A number that ends a sentence still ends it.)
    assert.deepEqual(splitSentences('We counted to 12. Then we stopped.'), ['We counted to 12.', 'Then we stopped.']);
  });

  it("does not end a sentence at an abbreviation after a dash ('rich data—e.g. 3D images—into…')", () => {
    assert.deepEqual(splitSentences('Another way is to divide rich data—e.g. 3D images—into projections. It works.'), [
      'Another way is to divide rich data—e.g. 3D images—into projections.',
      'It works.',
    ]);
  });

  it('splits at full stops, not at abbreviations, initials or decimals', () => {
    assert.deepEqual(splitSentences('Dr. Smith arrived at 3.5 p.m. today. He met J. R. Jones, e.g. the mayor. Was it late? Yes!'), [
      'Dr. Smith arrived at 3.5 p.m. today.',
      'He met J. R. Jones, e.g. the mayor.',
      'Was it late?',
      'Yes!',
    ]);
  });
  it('ends a sentence at a capital letter alone after a word in lower case where a sentence opens next ("in R. The"), not at an initial', () => {
    assert.deepEqual(splitSentences('The data frame is a key data structure in R. The basic structure is a table.'), [
      'The data frame is a key data structure in R.',
      'The basic structure is a table.',
    ]);
    assert.deepEqual(splitSentences('Oranges are rich in vitamin C. It helps.'), ['Oranges are rich in vitamin C.', 'It helps.']);
    assert.deepEqual(splitSentences('The book was written by J. Smith in 1990. It sold.'), ['The book was written by J. Smith in 1990.', 'It sold.']);
    assert.deepEqual(splitSentences('We met John F. Kennedy there.'), ['We met John F. Kennedy there.']);
    // In other languages too.
    assert.deepEqual(splitSentences('Nous testerons nos traductions en langage C. En effet, la sortie est la même.'), [
      'Nous testerons nos traductions en langage C.',
      'En effet, la sortie est la même.',
    ]);
    assert.deepEqual(splitSentences('Das Programm ist in C. Im Test läuft es.'), ['Das Programm ist in C.', 'Im Test läuft es.']);
  });
  it("ends a sentence after its footnote's mark", () => {
    assert.deepEqual(splitSentences('It works across models.<sup>13</sup> You can read more. See it[^2] here. Done.[^n] Yes.'), [
      'It works across models.<sup>13</sup>',
      'You can read more.',
      'See it[^2] here.',
      'Done.[^n]',
      'Yes.',
    ]);
  });
  it('ends a sentence at "etc." where a capital follows it, and not where the sentence goes on', () => {
    assert.deepEqual(
      splitSentences('Contact comes by push and pull, heating, etc. It is true that weight acts at a distance. Pens, ink, etc. are sold here.'),
      ['Contact comes by push and pull, heating, etc.', 'It is true that weight acts at a distance.', 'Pens, ink, etc. are sold here.'],
    );
  });
  it("does not split after a mathematics notes' label (Def., Rmk., Thm.)", () => {
    assert.deepEqual(splitSentences('Def. (**Geometric distribution**, $W$ ) Keep trying until the first success. Rmk. Then $\\mu = 1/p$. Thm. 2 says so.'), [
      'Def. (**Geometric distribution**, $W$ ) Keep trying until the first success.',
      'Rmk. Then $\\mu = 1/p$.',
      'Thm. 2 says so.',
    ]);
  });

  it('splits CJK text at its own full stops', () => {
    assert.deepEqual(splitSentences('今天很好。明天也好！'), ['今天很好。', '明天也好！']);
  });
  it('keeps quotes with their sentence', () => {
    assert.deepEqual(splitSentences('He said "stop." Then he left.'), ['He said "stop."', 'Then he left.']);
  });
  it('never loses text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        assert.equal(splitSentences(text).join(' '), text.replace(/\s+/gu, ' ').trim());
      }),
    );
  });
});

describe('endsWithAbbreviation', () => {
  it('reads only the end of a long text: the same answer after a paragraph as alone', () => {
    const long = 'Some words before. '.repeat(500);
    for (const [end, expected] of [
      ['e.g', true],
      ['Dr', true],
      ['J', true],
      ['U.S.S.R', true],
      ['today', false],
    ] as const) {
      assert.equal(endsWithAbbreviation(end), expected, end);
      assert.equal(endsWithAbbreviation(`${long}see ${end}`), expected, `long text ending ${end}`);
    }
  });
  it('takes a run of letters longer than any abbreviation for a word, not initials', () => {
    assert.equal(endsWithAbbreviation(`x ${'a.'.repeat(60)}b`), false);
    assert.equal(endsWithAbbreviation('a.b.c'), true);
  });
  it('takes the letter after an apostrophe within a word for the word’s end, not an initial', () => {
    assert.deepEqual(splitSentences("Many believe it is fair, even when it clearly isn't. This makes it hard to see. The rest is John's. Then we go."), [
      "Many believe it is fair, even when it clearly isn't.",
      'This makes it hard to see.',
      "The rest is John's.",
      'Then we go.',
    ]);
    // (An initial after a quotation mark stays one: "'J. Smith' wrote".)
    assert.equal(endsWithAbbreviation("as 'J"), true);
  });
});

describe('abbreviations of other languages', () => {
  it('ends no sentence at Italian, French, German and Spanish abbreviations ("es.", "p. ex.", "vgl.", "p. ej.")', () => {
    assert.deepEqual(splitSentences('Due concetti indipendenti (es. "Cliente" e "Prodotto") vanno bene. Poi altro.'), [
      'Due concetti indipendenti (es. "Cliente" e "Prodotto") vanno bene.',
      'Poi altro.',
    ]);
    assert.deepEqual(splitSentences('On utilise p. ex. Python. Ensuite autre chose.'), ['On utilise p. ex. Python.', 'Ensuite autre chose.']);
    assert.deepEqual(splitSentences('Siehe Tabelle, vgl. Kapitel 2. Danach mehr.'), ['Siehe Tabelle, vgl. Kapitel 2.', 'Danach mehr.']);
    assert.deepEqual(splitSentences('Se usa p. ej. Python. Luego otra cosa.'), ['Se usa p. ej. Python.', 'Luego otra cosa.']);
  });
});

describe('an ellipsis set with spaces', () => {
  it('goes on with its sentence, or ends it after its last dot: no sentence of a dot alone', () => {
    const sentences = splitSentences(
      'It is the will of God . . . that the government be obeyed--and no longer.  This principle is admitted. He said . . . . Then it ended.',
    );
    assert.deepEqual(sentences, [
      'It is the will of God . . . that the government be obeyed--and no longer.',
      'This principle is admitted.',
      'He said . . . .',
      'Then it ended.',
    ]);
  });
  it('ends a sentence in emphasis at its stop, before the closing marks: an italic topic sentence is a sentence of its own', () => {
    assert.deepEqual(splitSentences('_The messages must be the same length._ In almost all systems, we allow it. Why?'), [
      '_The messages must be the same length._',
      'In almost all systems, we allow it.',
      'Why?',
    ]);
    assert.deepEqual(splitSentences('**Keep it short.** Then explain it in the notes.'), ['**Keep it short.**', 'Then explain it in the notes.']);
    assert.deepEqual(splitSentences('See snake_case.md for the names.'), ['See snake_case.md for the names.']);
  });
});

describe('a number that counts items within a sentence', () => {
  it('ends no sentence: "the two conditions hold: 1. $g$ is …, and 2. $g(2n)$ …" is one', () => {
    assert.deepEqual(splitSentences('It holds if two conditions hold: 1\\. $g$ is non-decreasing, and 2\\. $g(2n)$ is in $O(g(n))$. Then it is smooth.'), [
      'It holds if two conditions hold: 1\\. $g$ is non-decreasing, and 2\\. $g(2n)$ is in $O(g(n))$.',
      'Then it is smooth.',
    ]);
    // (A year or a count that ends a sentence still does: "It opened in 1992. Then it closed.")
    assert.deepEqual(splitSentences('It opened in 1992. Then it closed.'), ['It opened in 1992.', 'Then it closed.']);
  });
});

describe('a stop inside an aside in parentheses', () => {
  it('ends no sentence where the aside closes soon after (an abbreviation no list knows); the aside that closes with its stop does', () => {
    assert.deepEqual(splitSentences('Systemd replaced its forerunner (ks. [SysVinit](https://example.org/init)). The next one follows.'), [
      'Systemd replaced its forerunner (ks. [SysVinit](https://example.org/init)).',
      'The next one follows.',
    ]);
    // An aside of sentences is read as sentences.
    assert.deepEqual(splitSentences('It works. (This is for convenience. TFTP need not use it.) Then more.'), [
      'It works.',
      '(This is for convenience.',
      'TFTP need not use it.)',
      'Then more.',
    ]);
  });
});

describe('a sentence that opens with a name of code in lower case', () => {
  it('is a sentence of its own after a word, not after an abbreviation', () => {
    assert.deepEqual(splitSentences('They convert to other image formats. cjpeg/djpeg are of no great complexity.'), [
      'They convert to other image formats.',
      'cjpeg/djpeg are of no great complexity.',
    ]);
    assert.deepEqual(splitSentences('See e.g. foo_bar here.'), ['See e.g. foo_bar here.']);
  });
});

describe('"incl." inside an aside', () => {
  it('ends no sentence', () => {
    assert.deepEqual(splitSentences('In contrast, the DINO family (incl. DINO and DINOv2) produces global descriptors. Local tokens carry cues.'), [
      'In contrast, the DINO family (incl. DINO and DINOv2) produces global descriptors.',
      'Local tokens carry cues.',
    ]);
  });
});

describe('countWords, Korean', () => {
  it('counts a word of Hangul as one word, as its spaces set it apart; Chinese and Japanese by characters as before', () => {
    assert.equal(countWords('멀티 레벨 피드백 큐 스케줄러는 1962년 처음 도입되었습니다.'), 8);
    assert.equal(countWords('MLFQ가 해결하고자 하는 핵심 문제는 두 가지입니다.'), 7);
    assert.equal(countWords('中文句子'), 2);
    assert.equal(countWords('日本語の文章です'), 4);
  });
});

describe('joinLines', () => {
  it('joins lines with a space, Chinese and Japanese too, as the browser shows a soft break and a reader searches the words', () => {
    assert.equal(joinLines('カラー表示が変になるらしい\nので，モノクロ用に'), 'カラー表示が変になるらしい ので，モノクロ用に');
    assert.equal(joinLines('one line  \n   and the next'), 'one line and the next');
  });
});
