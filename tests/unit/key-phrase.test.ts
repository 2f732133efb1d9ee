// stages/key-phrase.ts: what names a passage that has no heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentNames, keyPhrase, nameCounts, namePhrase, phraseCounts, recurringTerm, wordFrequencies } from '../../scripts/stages/key-phrase.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

describe('the name a passage is about', () => {
  const passage =
    'In 1998 I joined Harbour Labs in Lisbon. The lab built tide gauges for Harbour Labs clients. ' +
    "Marta Quental ran the shop, and Marta Quental's rule was simple. On Monday we shipped. I'd never seen a gauge before. " +
    'Then April 1990 came back to mind.';
  it("counts the author's names, not a sentence's opening word, a month, a day or the writer", () => {
    const counts = nameCounts(passage);
    assert.equal(counts.get('Harbour Labs'), 2);
    assert.equal(counts.get('Marta Quental'), 2, JSON.stringify([...counts]));
    assert.equal(counts.get('Lisbon'), 1);
    for (const no of ['In', 'The', 'Then', 'On', 'Monday', 'April 1990', 'I', "I'd", 'April'])
      assert.ok(!counts.has(no), `${no}: ${JSON.stringify([...counts])}`);
  });
  it('prefers the name used most, the first on a tie, and skips names already given', () => {
    const names = documentNames(passage);
    assert.equal(namePhrase(passage, names), 'Harbour Labs');
    assert.equal(namePhrase(passage, names, 1, new Set(['Harbour Labs'])), 'Marta Quental');
    assert.equal(namePhrase(passage, names, 3), null);
  });
  it('does not run a name on into the next line of a list', () => {
    assert.deepEqual([...nameCounts('- a letter came from the Accademia\n- Only foreigners sat the exam').keys()], ['Accademia']);
    // (A company's legal form after its name's comma names no one: "Docker, Inc." is Docker's.)
    assert.equal(nameCounts('The growth of Docker, Inc., the developer behind Docker, and of Acme, Ltd. was fast.').has('Inc'), false);
    assert.equal(nameCounts('The growth of Docker, Inc., the developer behind Docker, and of Acme, Ltd. was fast.').has('Ltd'), false);
  });
  it('takes no name from the opening word of a quotation that goes on past it (\'"Vibe coded" PRs\')', () => {
    assert.equal(nameCounts('- "Vibe coded" PRs are dismissed.\n- Then "Vibe" and "Vibe coded" again.').get('Vibe'), 1);
  });
  it('takes no words a number counts or measures for a name ("16 GB MicroSD Card", "3 Heat Sinks")', () => {
    assert.deepEqual([...nameCounts('the kit has a 16 GB MicroSD Card and 3 Heat Sinks from the Raspberry Foundation').keys()], ['Raspberry Foundation']);
  });
});

describe("a document's names", () => {
  it('are not words the author also writes in lower case, in either number, nor words in capitals, nor an acronym used once', () => {
    const names = documentNames(
      'See Section 4 and the next section. Tensors hold a tensor each. The AS IS clause. One CPNMUOG line. The API, and the API again. Rich Draves came.',
    );
    assert.equal(names.isName('Section'), false);
    assert.equal(names.isName('Tensors'), false);
    assert.equal(names.isName('AS IS'), false);
    assert.equal(names.isName('CPNMUOG'), false);
    assert.equal(names.isName('API'), true);
    assert.equal(names.isName('Rich Draves'), true);
  });
  it('are not the words a reference to a figure, a table or an equation opens with ("See Fig. 1 and Fig. 2", "Table 3")', () => {
    const names = documentNames('See Fig. 1 and Fig. 2 for the drift. In Fig. 4 the loci drift. Table 3 and Eq. 2 give the rest. Wright and Fisher.');
    assert.equal(names.isName('In Fig'), false);
    assert.equal(names.isName('Fig'), false);
    assert.equal(names.isName('Table'), false);
    assert.equal(names.isName('Eq'), false);
    assert.equal(names.isName('Fisher'), true);
  });
});

describe('nameCounts in Korean and Japanese text', () => {
  it('takes a particle written onto a Latin name off it ("MMU가" is MMU, "CPU와" is CPU), and leaves Hangul words whole', () => {
    const counts = nameCounts('즉, MMU가 주소를 변환한다. 이 역할을 하는 것이 MMU이다. 또한 CPU와 메인 메모리. ここでAPIを使う.');
    assert.equal(counts.get('MMU'), 2);
    assert.equal(counts.get('CPU'), 1);
    assert.ok(![...counts.keys()].some((k) => /[가-힣ぁ-んァ-ン]/u.test(k)), [...counts.keys()].join(', '));
    // Chinese writes no particles onto a name: "Hessian矩阵" (the Hessian matrix) is one.
    assert.equal(nameCounts('先计算 Hessian矩阵 的值，再看 Hessian矩阵 的秩。').get('Hessian矩阵'), 2);
  });
});

describe('a key phrase', () => {
  it("keeps no dash typed as two hyphens, no mark of emphasis and no word that names nothing ('men--ay', '_honest_', 'corporation _with_')", () => {
    const phrase = (text: string): string | null => keyPhrase(text, wordFrequencies(text));
    assert.equal(phrase('If ten _honest_ men--ay, ten _honest_ men--only ten _honest_ men would act.'), 'ten honest men');
    assert.equal(phrase('A corporation _with_ a conscience is a corporation _with_ a soul.'), 'corporation');
  });
  it('takes no part of an identifier or a glob, escaped for Markdown or not ("Alt\\_L" is no "L", "XTerm*eightBitInput" no word)', () => {
    const phrase = (text: string): string | null => keyPhrase(text, wordFrequencies(text));
    const text = 'Change the key mappings: xmodmap -e "keysym Alt\\_L = Meta\\_L Alt\\_L" and XTerm\\*eightBitInput, XTerm\\*metaSendsEscape.';
    assert.equal(phrase(text), 'key mappings');
    assert.equal(phrase(text.replaceAll('\\', '')), 'key mappings');
  });
  it('ends on no conjunction ("injurious truth lest": "lest", "unless" and "whether" name nothing)', () => {
    const phrase = (text: string): string | null => keyPhrase(text, wordFrequencies(text));
    const text = 'An injurious truth has no merit. The man who speaks an injurious truth lest his soul be lost should think again.';
    assert.equal(phrase(text), 'injurious truth');
    assert.equal(phrase(text.replace('lest', 'unless')), 'injurious truth');
  });
  it('is not one already taken', () => {
    const text = 'The stone wall stood. The stone wall held the stone wall up, and the gate was old.';
    const first = keyPhrase(text, wordFrequencies(text));
    assert.ok(first);
    assert.notEqual(keyPhrase(text, wordFrequencies(text), new Set([first])), first);
  });
});

describe('a name with a middle initial', () => {
  it('is the whole name, "Jessica D. Litman", never "Jessica D"; an initial that ends a sentence ends the name', () => {
    const counts = nameCounts("For a deeper treatment, see Jessica D. Litman's monograph. We then met John F. Kennedy there. Then A. The end came.");
    assert.ok(counts.has('Jessica D. Litman'), JSON.stringify([...counts]));
    assert.ok(counts.has('John F. Kennedy'), JSON.stringify([...counts]));
    // Two initials too.
    assert.ok(nameCounts('A definition by Professor Brian E. J. Rose follows.').has('Professor Brian E. J. Rose'));
    assert.ok(![...counts.keys()].some((n) => n === 'Jessica D' || n.endsWith('. The')), JSON.stringify([...counts]));
  });
});

describe('names joined by a slash', () => {
  it('are no name cut at the slash ("Paxos-based K" of "Paxos-based K/V server", "TC" of "TCP/IP")', () => {
    const counts = nameCounts('We sketch a Paxos-based K/V server. It speaks TCP/IP to the Rich Draves archive.');
    assert.ok(!counts.has('Paxos-based K') && !counts.has('TC') && !counts.has('TCP'), JSON.stringify([...counts]));
    assert.ok(counts.has('Paxos-based') && counts.has('Rich Draves'), JSON.stringify([...counts]));
  });
});

describe('a key phrase', () => {
  it("holds no contraction, 'cannot' or adverb of time: it names, it does not say", () => {
    const global = wordFrequencies('');
    for (const text of [
      "The last idea you'll hear about the last idea you'll need is the last idea.",
      'A free society cannot help the many who are poor, a free society cannot save the few.',
      'Maintainers sometimes merge pull requests from strangers, and sometimes merge pull requests they never read.',
    ]) {
      const phrase = keyPhrase(text, global) ?? '';
      assert.doesNotMatch(phrase, /you'll|cannot|sometimes/iu, phrase);
    }
  });
});

describe('a term a passage shares with the rest of the document', () => {
  const doc = [
    'In the thermodynamic limit the two forms agree.',
    'Fluctuations vanish in the thermodynamic limit, as the number of pairs grows.',
    'We take the thermodynamic limit at the end. Note the special role of the ground state.',
  ].join('\n');
  const frequencies = wordFrequencies(doc);

  it('is its key phrase of two words or three that the document uses three times or more', () => {
    assert.equal(
      recurringTerm('In the thermodynamic limit, we might as well work with the non-conserving form.', frequencies, phraseCounts(doc)),
      'thermodynamic limit',
    );
    // A phrase the document holds once names nothing; nor does a phrase that opens a sentence with its verb.
    assert.equal(recurringTerm('Note the special role of the state.', frequencies, phraseCounts(doc)), null);
    assert.equal(
      recurringTerm(
        'Add support for it. Add support again and add support.',
        wordFrequencies('Add support. Add support. Add support.'),
        phraseCounts('Add support. Add support. Add support.'),
      ),
      null,
    );
    // Nor one that ends on its verb ("ripgrep supports" of a README that says so three times).
    const tool = 'ripgrep supports globs. ripgrep supports encodings. ripgrep supports archives and ripgrep supports PCRE2.';
    assert.equal(recurringTerm('Why? ripgrep supports many features found in grep.', wordFrequencies(tool), phraseCounts(tool)), null);
  });

  it('counts a phrase of two or three words in any case, as whole words', () => {
    const uses = phraseCounts('The Fourier transform; a fourier transform. Fourier-transform. The fourier transformation.');
    assert.equal(uses('Fourier transform'), 2);
    assert.equal(uses('the fourier transform'), 1);
    assert.equal(uses('transform a fourier'), 1);
  });

  it('titles a slide that would only go on under its heading, in technical notes written in English', () => {
    const paragraph = (k: number): string =>
      `Paragraph ${k} of the derivation keeps the pair ansatz in view and works through the algebra of the state with care, step by step, until the next formula.\n\n$$\nE_${k} = \\sum_p \\xi_p |v_p|^2\n$$`;
    const text = `# Notes\n\n## Pairing\n\n${[1, 2, 3, 4, 5, 6].map(paragraph).join('\n\n')}\n\nIn the thermodynamic limit the pair ansatz and the number-conserving form agree, and the thermodynamic limit is what we take.\n\n$$\nN \\to \\infty\n$$\n\n## Next\n\nOne more line, and the thermodynamic limit again.\n`;
    const titles = planDeck(splitMarkdown(text), { file: 'n.md', fileName: 'n.md', format: 'markdown', author: 'T' }).value.slides.map((s) => s.title);
    assert.ok(titles.includes('Pairing: thermodynamic limit'), titles.join(' | '));
    // The same notes in French name no slide so: the phrases of another language run on through its small words.
    const french = planDeck(splitMarkdown(`---\nlang: fr\n---\n\n${text}`), { file: 'n.md', fileName: 'n.md', format: 'markdown', author: 'T' }).value.slides;
    assert.ok(!french.some((s) => /: thermodynamic limit/u.test(s.title)), french.map((s) => s.title).join(' | '));
  });
});

describe("a program's constant", () => {
  it('is no name, however often the text writes it ("True", "None", "NULL")', () => {
    const names = documentNames(
      'Set True to stream. With True the reply streams, with None it does not. NULL and NULL again. Guido van Rossum wrote it; Guido van Rossum kept it.',
    );
    for (const constant of ['True', 'None', 'NULL']) assert.equal(names.isName(constant), false, constant);
    assert.equal(names.isName('Guido van Rossum'), true);
  });
});

describe('a key phrase that would end on a past form without "-ed"', () => {
  it('ends before it: "the client sent a command" names no "client sent"', () => {
    const text = Array.from({ length: 4 }, (_, i) => `Round ${i + 1}: the client sent a command line to the server, and the server answered the client.`).join(
      ' ',
    );
    const phrase = keyPhrase(text, wordFrequencies(text)) ?? 'none';
    assert.doesNotMatch(phrase, /\bsent$/u);
  });
});
