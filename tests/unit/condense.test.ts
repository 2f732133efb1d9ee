// scripts/stages/condense.ts: the point of a sentence, as the author wrote it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { emptyTerm, endsOnFunctionWord, leadIn, pointOf, subjectOf, topicOf } from '../../scripts/stages/condense.ts';
import { countWords } from '../../scripts/stages/sentences.ts';

describe('leadIn', () => {
  it("takes no clause a sentence opens with for a term ('for large changes:', 'if you have one:')", () => {
    assert.equal(leadIn('for large changes: if you are developing a large feature, create a branch'), null);
    assert.equal(pointOf('for small changes:', 14).lead, null);
    assert.equal(leadIn('`git add`: stages the files you name')?.title, '`git add`');
    assert.equal(pointOf('Large changes:', 14).lead, 'Large changes');
  });

  it("keeps an emoji's closing colon: only a colon after the term is its label's ('**Notions essentielles :heart:**')", () => {
    assert.equal(leadIn('**Notions essentielles :heart: :heart:**')?.title, 'Notions essentielles :heart: :heart:');
    assert.equal(leadIn('**Ratio 3:** the rest')?.title, 'Ratio 3');
    assert.equal(leadIn('**Name :** the rest')?.title, 'Name');
  });

  it("takes a dotted name for a term ('_tf.train.Checkpoint_:', 'os.path.join:'), not a sentence that ends before the colon", () => {
    assert.equal(leadIn('_tf.train.Checkpoint_: A checkpointable object with a save() method.')?.title, '_tf.train.Checkpoint_');
    assert.equal(leadIn('os.path.join: joins the parts of a path.')?.title, 'os.path.join');
    assert.equal(leadIn('It ends here. Then this: a clause after a stop.'), null);
    // A hyphen is a term's dash only with a space before it.
    assert.equal(leadIn('Heap - a tree that keeps its least key on top.')?.title, 'Heap');
    assert.equal(leadIn('So 12TET is sometimes a +/- 17 cents compromise. That is a lot.'), null);
    // Nor is a term cut inside a line's emphasis ("_BB(11111) - Busy Beaver shift - 1,6,21 etc..._").
    assert.equal(leadIn('_BB(11111) - Busy Beaver shift - 1,6,21 etc..._'), null);
    assert.equal(leadIn('snake_case - a style of names.')?.title, 'snake_case');
    // A link in bold points elsewhere: no term.
    assert.equal(leadIn('**[You can find all the code for this chapter here](https://example.org/maps)**'), null);
    assert.equal(leadIn('**Term**: the rest of it.')?.title, 'Term');
  });

  it("takes a link that opens an item before a colon or a dash for its term, named by its text ('[LWN](…): I'm biased')", () => {
    assert.deepEqual(leadIn("[LWN](https://lwn.net/): I'm a little biased, because I've written for them."), { title: 'LWN', restAt: 25 });
    assert.equal(leadIn('[fzf](https://github.com/junegunn/fzf) - a command-line fuzzy finder')?.title, 'fzf');
    assert.equal(leadIn("[Hugo Tunius' programming blog](https://hugotunius.se/)"), null);
    assert.equal(leadIn('[the manual](https://example.org/manual) explains: every option has a default.'), null);
  });

  it("reads a Chinese or Japanese opener over what follows ('例如：', 'まとめ') as naming nothing, as 'For example:' names nothing", () => {
    for (const label of ['例如', '注意', '总之', '例えば', 'まとめ']) assert.ok(emptyTerm.test(label), label);
    assert.ok(!emptyTerm.test('词法分析器'));
  });

  it('cuts no series a colon opens at an item\'s aside ("… are: Part 1 (30-45 min), Parts 2+3 (45-60 min total), …")', () => {
    const text =
      'To help you manage your time today, recommended times for the parts below are: Part 1 (30-45 min), Parts 2+3 (45-60 min total), Parts 4+5 (60-90 min total). Some parts may take you shorter or longer.';
    const point = pointOf(text, 14).point;
    assert.doesNotMatch(point, /(?:Part 1|Parts 2\+3|Parts 4\+5)$/u, point);
    assert.match(point, /Parts 4\+5 \(60-90 min total\)\.?$/u, point);
  });

  it("takes no figure key's number for a term ('1 - Cylindrical head…'); a year is one ('1683 - the siege…')", () => {
    assert.equal(leadIn('1 - Цилиндрическая головка служит для крепления образца в захватах'), null);
    assert.equal(leadIn('12 – Conical adapters keep the stress from the grips'), null);
    assert.equal(leadIn('1683 - the siege of Vienna ends the advance')?.title, '1683');
  });

  it('cuts a long Chinese sentence at its commas typed in ASCII as at full-width ones ("脉浮紧,发热,恶寒")', () => {
    const clause = (n: number): string => `这是第${n}个很长的分句说明病人的情况`;
    const sentence = `${Array.from({ length: 12 }, (_, k) => clause(k + 1)).join(',')}。`;
    const wide = pointOf(sentence.replace(/,/gu, '，'), 14).point;
    const ascii = pointOf(sentence, 14).point;
    assert.ok(ascii.length < sentence.length / 2, ascii);
    assert.equal(ascii, wide.replace(/，/gu, ','));
  });

  it("takes a bold term before a full-width colon, as Chinese and Japanese notes set it ('**冗余数据**：同一信息…')", () => {
    assert.deepEqual(leadIn('**冗余数据**：同一信息在多个地方重复存储'), { title: '冗余数据', restAt: 9 });
    assert.equal(leadIn('**更新异常：** 当数据需要更新时，更新操作必须在多个位置进行')?.title, '更新异常');
    assert.equal(leadIn('**很重要**的一点是数据不能重复'), null);
  });

  it("takes a term set in italics with its colon ('*Binding:* how does…'), not emphasis that opens a sentence nor a note", () => {
    assert.deepEqual(leadIn('*Binding:* how does the client know who to talk to?'), { title: 'Binding', restAt: 11 });
    assert.equal(leadIn('*RPC problem:* what to do about failures?')?.title, 'RPC problem');
    assert.equal(leadIn('*Stubs* are sort of the fake client-side functions'), null);
    assert.equal(leadIn('*Note:* this matters more than it seems'), null);
  });

  it("takes a capitalised term in italics with its stop, as mathematics sets a proof ('*Proof*. Let…'), not a stressed word", () => {
    assert.deepEqual(leadIn('*Proof*. Let $Y$ be the indicator of acceptance.'), { title: 'Proof', restAt: 9 });
    assert.deepEqual(leadIn('*Remark 2.* The bound is tight.'), { title: 'Remark 2', restAt: 12 });
    assert.equal(leadIn('_Definition 1.3_. A group is a set with an operation.')?.title, 'Definition 1.3');
    assert.equal(leadIn('*never*. Not once in the whole run.'), null);
    assert.equal(leadIn('*Note.* this matters more than it seems'), null);
    assert.equal(leadIn('*A long phrase set in italics here*. It goes on.'), null);
  });

  it("takes no picture's credit line for a term ('Image credit: PhD comics.', 'Source: Wikipedia')", () => {
    assert.equal(leadIn('Image credit: PhD comics.'), null);
    assert.equal(leadIn('Source: the Wikipedia article on tea'), null);
    assert.equal(leadIn('Open source: software whose code anyone may read')?.title, 'Open source');
  });

  it("takes no words that end on their verb for a term ('The problem now is: how do we estimate f?')", () => {
    assert.equal(leadIn('The problem now is: how do we estimate $f$?'), null);
    assert.equal(leadIn('What we want to know is: which of them is faster'), null);
    assert.equal(leadIn('Sample mean: the average of the observations')?.title, 'Sample mean');
    assert.equal(pointOf('The method is documented in:', 14).lead, null);
    assert.equal(pointOf('As such, the MAC covers:', 14).lead, null);
    assert.equal(pointOf('Properties we care about:', 14).lead, 'Properties we care about');
    // A sentence whose verb all but ends it leads into what follows, but names nothing.
    assert.equal(pointOf('The ping message is simply:', 14).lead, null);
    assert.equal(pointOf('Our regression model looks something like this:', 14).lead, null);
    assert.equal(pointOf('The message format:', 14).lead, 'The message format');
    // Nor does an instruction.
    assert.equal(pointOf('Start with two common concatenated transformations:', 14).lead, null);
    assert.equal(pointOf("Let's look at an example:", 14).lead, null);
    assert.equal(pointOf('Use cases:', 14).lead, 'Use cases');
    // Nor a learning outcome's verb in lower case.
    assert.equal(pointOf('be aware that in CS1010:', 14).lead, null);
    assert.equal(pointOf('understand the following terms:', 14).lead, null);
  });

  it('takes a term in bold and italic without its markers, and a Chinese or Japanese term before a full-width colon', () => {
    assert.equal(leadIn('***Atoms***: Atoms in Erlang are similar to symbols in Scheme.')?.title, 'Atoms');
    assert.equal(leadIn('****Step 1:**** **Define the _target user_ as a _persona_:**')?.title, 'Step 1');
    // An AsciiDoc definition ("agefile::" over its description, as a man page's options are written); not C++'s scope.
    assert.equal(leadIn('agefile:: Specifies a path, relative to each repository path.')?.title, 'agefile');
    assert.equal(leadIn('std::vector is a container of things.'), null);
    assert.equal(leadIn('第二个要素：事件域 $F$，是满足下列条件的子集的全体所组成的集合：')?.title, '第二个要素');
    assert.equal(leadIn('定义 1.1：设样本空间为全体结果。')?.title, '定义 1.1');
    // An example's, a note's or a proof's opener is no term.
    assert.equal(leadIn('例如：掷一枚硬币两次。'), null);
    assert.equal(leadIn('注意：这里的条件很重要。'), null);
    assert.equal(leadIn('值得一提的是：这里的条件很重要。'), null);
    assert.equal(leadIn('あと：計算します。'), null);
  });

  it('takes the term a whole bold sentence opens with, keeping the bold sentence whole, never a term inside the bold', () => {
    const text = '**Design-2: Design a test for a function that receives two strings and returns a number**';
    assert.deepEqual(leadIn(text), { title: 'Design-2', restAt: text.length });
    assert.equal(pointOf(text, 14).point, text);
    assert.equal(leadIn('Some **bold start: and** more'), null);
  });
});

describe('topicOf on a point no clause boundary can cut', () => {
  it('cuts inside a paragraph that is all one emphasis, keeping its markers, and before a long aside in parentheses', () => {
    const long = Array.from({ length: 12 }, (_, i) => `clause ${i} of a long remark`).join(', ');
    const bold = `**[Edit: it has been brought to my attention that voting is limited. ${long}. My fault for not checking.]**`;
    const point = topicOf(bold, 14);
    assert.match(point, /^\*\*\[Edit: it has been brought to my attention that voting is limited\.\*\*$/u);
    const aside = pointOf(`Forgiveability: medium (${long}, and there is a lot of room for improvement here).`, 14);
    assert.equal(aside.point, 'Forgiveability: medium');
  });
  it("keeps an emphasis's closing marker where the cut falls at its first sentence's end, a little over the limit", () => {
    const tip =
      "_**What is a storage account?** It's the top-level home for all your Azure Storage services (blobs, files, queues, and tables). Settings like cost and how many copies of your data are kept are configured at this level._";
    const point = pointOf(tip, 30).point;
    assert.equal(point, "_**What is a storage account?** It's the top-level home for all your Azure Storage services (blobs, files, queues, and tables)._");
    // After a lead-in term too.
    const note = pointOf(
      '_**Tip**: Turning on hierarchical namespace makes folders behave like real directories. It also lets you set permissions on each folder and rename folders at once, which flat blob storage cannot do._',
      14,
    );
    assert.equal(note.point, '_**Tip**: Turning on hierarchical namespace makes folders behave like real directories._');
  });

  it("takes a paragraph's opening sentence in bold, its stop inside the markers, for its opening, cut inside them", () => {
    const text =
      '**Redux is a pattern and library for managing and updating global application state, where the UI triggers events called "actions" to describe what happened, and separate update logic called "reducers" updates the state in response.** It serves as a centralized store for state that needs to be used across your entire application.';
    assert.equal(pointOf(text, 14).point, '**Redux is a pattern and library for managing and updating global application state**');
    // A short one is the whole opening.
    assert.equal(
      topicOf('**State is kept in one store, and changes are described as actions.** It serves as a centralized store for state that needs to be used.', 14),
      '**State is kept in one store, and changes are described as actions.**',
    );
  });

  it('cuts inside a quotation in italics followed by whom it is by, who stays named after the cut', () => {
    const quote = `*Programs are plans for later. ${Array.from({ length: 8 }, (_, i) => `Sentence ${i} of the quotation goes on`).join('. ')}.* (A. Writer)`;
    assert.equal(topicOf(quote, 14), '*Programs are plans for later.* (A. Writer)');
    // A long tail is more than a name: not cut inside the emphasis.
    assert.doesNotMatch(topicOf(`${quote.slice(0, -11)} said someone we met at a conference long ago. And more.`, 14), /^\*Programs are plans for later\.\*/u);
  });
});

describe('a run-on passage with no stop and no clause to cut at', () => {
  it('shows its first words up to about the limit, ending on a word that needs nothing after it, and an ellipsis', () => {
    const words = ['listing', 'of', 'the', 'register', 'values', 'set', 'by', 'the', 'program', 'and', 'its', 'colours'];
    const runOn = Array.from({ length: 200 }, (_, i) => words[i % words.length]).join(' ');
    const point = topicOf(runOn, 14);
    assert.ok(point.endsWith('…'), point);
    const shown = point.slice(0, -1);
    assert.ok(runOn.startsWith(shown), point);
    const count = shown.split(/\s+/u).length;
    assert.ok(count >= 10 && count <= 19, `${count} words`);
    assert.doesNotMatch(shown, /\b(?:of|the|by|and)$/u);
    // A code span is never cut inside.
    const code = `\`${Array.from({ length: 30 }, (_, i) => `x${i}`).join(' ')}\` ${runOn}`;
    assert.ok(topicOf(code, 14).startsWith(code.slice(0, code.indexOf('` ') + 1)));
  });
});

describe('a user story', () => {
  it('keeps its role ("As a movie buff, I want…"), whole where it is not long, else without its "so that"', () => {
    assert.equal(
      pointOf('As a movie buff, I want to view recommended movies at the top on a dark gray background with horizontal scroll', 14).point,
      'As a movie buff, I want to view recommended movies at the top on a dark gray background with horizontal scroll',
    );
    assert.equal(
      pointOf('As an occasional reader, I want to see where I stopped last time, so that I can continue reading', 14).point,
      'As an occasional reader, I want to see where I stopped last time, so that I can continue reading',
    );
    assert.equal(
      pointOf(
        'As a teacher of a large class, I want to see every answer my students handed in this week, so that I can grade them all before the next lecture starts',
        14,
      ).point,
      'As a teacher of a large class, I want to see every answer my students handed in this week',
    );
  });
});

describe('a point cut inside an emphasis', () => {
  it('is cut before the emphasis opens, never left with its mark unclosed; a name with an underscore is no mark', () => {
    const text = 'There are many formats for user stories; in this course, we will use the three-part one "_as a ... I want to ... so that ..._".';
    assert.equal(pointOf(text, 16).point, 'There are many formats for user stories; in this course, we will use the three-part one');
    const name =
      'Then you call the _init function of the module which sets up every table the program needs before it starts to run anything else at all. Then more.';
    assert.match(pointOf(name, 16).point, /_init function/u);
    // Bold italics closed within the point are closed: the point stays whole.
    const closed =
      'La chiusura di una connessione avviene in genere con il metodo "***three way handshake***". Una stazione manda un segnale di chiusura e fa partire un timer.';
    assert.match(pointOf(closed, 16).point, /\*\*\*three way handshake\*\*\*"\.$/u);
  });
});

describe('a sentence with an aside between dashes', () => {
  it('has no term before the aside, nor a subject cut at it; a term before one dash is a term', () => {
    const text = 'The ethically – and legally – significant question is “what are the acceptable limits to robustness?” It is hard to say.';
    assert.equal(leadIn(text), null);
    assert.equal(subjectOf(text), null);
    assert.equal(leadIn('Heap – a tree that keeps its smallest key at the root of it.')?.title, 'Heap');
    // Nor the words before a colon inside a quotation.
    assert.equal(leadIn('Ognuna delle coppie "indirizzo IP: porta" rappresenta i dati identificativi di un socket.'), null);
    assert.equal(leadIn('The “home: page” key holds the address of the page.'), null);
  });
});

describe('pointOf', () => {
  it("never ends a point on the opening words of a clause a conjunction joins on after a comma (', and the two')", () => {
    const en =
      'If a and b have the same type, I will have to define in that type the behaviour of the copy constructor and I will also have to define the behaviour of the assignment operator, and the two (which are distinct from each other) must still agree with each other.';
    assert.doesNotMatch(pointOf(en, 20).point, /, and the two$/u);
    const it =
      'Se a e b hanno come tipo il tipo t1 di qualche genere io dovrò definire nel tipo t1 il comportamento del costruttore di copia e dovrò anche definire il comportamento dell’operatore di assegnazione, e i due (che sono distinti tra di loro) devono però essere congruenti.';
    assert.doesNotMatch(pointOf(it, 20).point, /, e i due$/u);
  });
  it('leaves out the opening mark of an aside that closes sentences later, and keeps one closed in the point', () => {
    const aside =
      "(An aside: some recent IRs, such as MLIR and Swift's IR, use an alternative to phi-nodes called *basic block arguments*. Instead of making phi-nodes look like weird instructions, these IRs bake the copies into the graph. Blocks have named parameters.)";
    assert.equal(
      pointOf(aside, 35).point,
      "An aside: some recent IRs, such as MLIR and Swift's IR, use an alternative to phi-nodes called *basic block arguments*.",
    );
    const closed =
      '(This is rare.) Most programs never see it, because the compiler removes such blocks early in the pipeline and nothing of them is left for the later passes to see.';
    assert.match(pointOf(closed, 14).point, /^\(This is rare\.\)|^Most/u);
  });
  it('names nothing by a line that goes on after its colon in another language ("Podemos clasificarlas en:"); a label does', () => {
    for (const line of [
      'Podemos clasificarlas en:',
      'En C++ tenemos las siguientes:',
      'Le déroulement est le suivant :',
      'Es gibt zwei Fälle für:',
      'Si distinguono i seguenti:',
    ])
      assert.equal(pointOf(line, 14).lead, null, line);
    const labels: [string, string][] = [
      ['Estructuras selectivas:', 'Estructuras selectivas'],
      ['Les boucles imbriquées :', 'Les boucles imbriquées'],
    ];
    for (const [line, lead] of labels) assert.equal(pointOf(line, 14).lead, lead, line);
  });
  it('never cuts inside a strikethrough, which would leave its marks unclosed', () => {
    const point = pointOf(
      '~~Make a new folder in your course folder for the exercise (e.g. `biob11/exercise_4`).~~ Since we will continue working on the same data, stay in the folder of last week.',
      14,
    ).point;
    assert.equal((point.match(/~~/gu) ?? []).length % 2, 0, point);
  });
  it('never cuts before a short gloss in parentheses, which is inside its phrase', () => {
    const point = pointOf(
      'As you can see, you can use both HTTPS and HTTP to access the service, and both the long (cheat.sh) and the short (cht.sh) service names.',
      16,
    ).point;
    assert.doesNotMatch(point, /the long$/u);
    // (With its opening clause, which the main clause alone would lack: it would open in lower case.)
    assert.ok(point.startsWith('As you can see, you can use both HTTPS and HTTP'), point);
    // A gloss that ends its phrase, a clause after it, is a place to cut.
    const ends = pointOf(
      'There are some other hosting options that work well for this course, at least for all the parts except part 11 (CI/CD), which might have one tricky exercise for other platforms.',
      16,
    ).point;
    assert.ok(/except part 11(?: \(CI\/CD\))?$/u.test(ends), ends);
  });
  it('keeps a short sentence whole, as written', () => {
    assert.deepEqual(pointOf('`git checkout -b` makes a branch. It also switches to it, and you can start working on it at once.', 14), {
      point: '`git checkout -b` makes a branch.',
      lead: null,
    });
    assert.deepEqual(pointOf('`ls -la` lists files. Try it.', 14), { point: '`ls -la` lists files. Try it.', lead: null });
  });
  it('cuts a long sentence at a clause boundary, never inside code or a link, and adds nothing', () => {
    const text =
      'The kernel loads the program with `execve(path, argv, envp)`, then it maps the segments into memory, sets up the stack, and finally jumps to the entry point of the program.';
    const { point } = pointOf(text, 10);
    assert.ok(text.startsWith(point), point);
    assert.ok(point.includes('`execve(path, argv, envp)`'));
    assert.doesNotMatch(point, /…|\.\.\./u);
  });
  it("keeps a sentence within the limit whole, and drops a long one's leading connective and subordinate clause, keeping the main clause", () => {
    const sentence = 'In summary, while the pact served both sides at the time, it was built on mistrust.';
    assert.equal(topicOf(sentence, 18), sentence);
    assert.equal(topicOf(sentence, 8), 'it was built on mistrust.');
  });
  it('does not take a phrase between commas for the main clause', () => {
    const sentence = "Before college the two main things I worked on, outside of school, were writing and programming on the school district's old machine.";
    assert.ok(!topicOf(sentence, 8).startsWith('outside'), topicOf(sentence, 8));
  });
  it('names a term before a dash a converter escaped ("**1683** \\- klęska…"), without the escape\'s backslash', () => {
    assert.equal(pointOf('**1683** \\- klęska kampanii wielkiego wezyra pod Wiedniem, odparta przez Jana III Sobieskiego i jego wojska', 16).lead, '1683');
    assert.equal(pointOf('Intendenci \\- zarządzali prowincjami w imieniu monarchy, ściśle zależni od panującego króla', 16).lead, 'Intendenci');
  });
  it('names a bold lead-in term or a short term before a colon', () => {
    assert.equal(pointOf('**Productivity**: a tool saves time when it is used every day and learned well.', 14).lead, 'Productivity');
    assert.equal(pointOf('`$0` - Name of the script', 14).lead, '`$0`');
    assert.equal(pointOf('`$0` - Name of the script', 14).point, '`$0` - Name of the script');
  });
  it('is always a prefix of the text or of its main clause', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'the', '`x, y`', 'and,', 'then;', '**bold**', 'end.', '[a, b](u)'), { maxLength: 60 }), (words) => {
        const text = words.join(' ');
        const { point } = pointOf(text, 12);
        assert.ok(text.replace(/\s+/gu, ' ').includes(point.trim()), `${point} | ${text}`);
      }),
    );
  });
});

describe("an item's sentence in bold over more than a point's room", () => {
  it('is the point alone, not run into a cut of the next sentence; a label in bold still leads its sentence', () => {
    const item =
      "**Try something that might not work out.** Suppose you get an idea for a new feature to add to your lab's analysis package, but developing it will take time and might break the package.";
    assert.deepEqual(pointOf(item, 20), { point: '**Try something that might not work out.**', lead: 'Try something that might not work out' });
    assert.equal(
      pointOf('**Pitfall:** GDB debugging is hard to follow if there are no debugging symbols at all in it.', 20).point.startsWith('**Pitfall:** GDB'),
      true,
    );
    // Where the rest is short, the item reads whole.
    assert.equal(pointOf('**Temporarily store some work.** Come back to it later.', 20).point, '**Temporarily store some work.** Come back to it later.');
  });
});

describe('topicOf', () => {
  it("reads a link whose text holds brackets as one ('[A Plea [PDF]](…)'): the sentence ends after it", () => {
    const text =
      'Niklaus Wirth wrote a famous paper in 1995 called [A Plea for Lean Software [PDF]](https://example.org/wirth.pdf). His take is that "a primary cause for the complexity" is features, and "when a system grows" it slows.';
    assert.equal(topicOf(text, 14), 'Niklaus Wirth wrote a famous paper in 1995 called [A Plea for Lean Software [PDF]](https://example.org/wirth.pdf).');
  });

  it('leaves out an aside in parentheses the clause goes on after, rather than end the point at its opening', () => {
    const text =
      'At any given time, the working tree (the collection of actual files and directories) in a repository corresponds to a single branch. We call it the current branch.';
    assert.equal(topicOf(text, 14), 'At any given time, the working tree in a repository corresponds to a single branch.');
    // One that ends the sentence stays where the sentence is short enough to show whole.
    assert.equal(topicOf('Branches are cheap (a pointer to a commit).', 14), 'Branches are cheap (a pointer to a commit).');
  });

  it("never takes the comma between two adjectives for the end of an opening clause ('a simple, unobtrusive language')", () => {
    const point = topicOf('Since reStructuredText was designed to be a simple, unobtrusive markup language, this will not take too long.', 12);
    assert.ok(!/^unobtrusive/u.test(point), point);
    assert.ok(!/^this will/u.test(point), point);
  });

  it("never cuts at a time a sentence opens with ('About fifteen years ago,'), nor inside an aside after 'and,'", () => {
    const text =
      "About fifteen years ago, I read E. F. Schumacher's *Small is Beautiful* and, despite not being interested in economics, I was moved by its message. I loved its title.";
    const point = topicOf(text, 14);
    assert.notEqual(point, 'About fifteen years ago');
    assert.ok(!point.endsWith('in economics'), point);
    assert.notEqual(topicOf('Two years ago, we moved the whole service to a smaller machine with half the memory and none of the cost.', 10), 'Two years ago');
  });

  it('never cuts at either comma round a comparison set inside the main clause (", as one would draft a form, more efficient…")', () => {
    const sentence =
      'First, it aims to make drafting generically, as one would draft a form or template, more efficient and reliable than drafting expediently for one deal only. This is possible.';
    for (const most of [10, 15, 20]) {
      const topic = topicOf(sentence, most);
      assert.ok(!/generically$|template$/u.test(topic.trim()), topic);
    }
    // A clause of its own after "as" ("as it makes no claim of an expected, typical, or mean…") is still a place to cut.
    const vague =
      'This guidance is vague, as it makes no claim of an expected, typical, or mean line length, nor of the width of anything else that the reader might count on in the long run.';
    assert.equal(topicOf(vague, 12), 'This guidance is vague');
  });

  it('never cuts at the semicolon that ends an HTML entity ("spéciaux &mdash;", not "spéciaux &mdash")', () => {
    const item =
      "Il inclut les commandes « standard » d'Unix aussi bien que celles qui nécessitent l'installation de paquets spéciaux &mdash; tant qu'ils sont suffisamment importants pour mériter d'être mentionnés.";
    for (const most of [10, 15, 20, 25]) {
      const topic = topicOf(item, most);
      assert.doesNotMatch(topic, /&[a-z]+$|&[a-z]+[^;a-z]/u, topic);
    }
    assert.doesNotMatch(topicOf('The sum &#8721; of parts &amp; wholes is taken over every index of the sequence, whatever its length may be.', 8), /&#?\w+$/u);
  });

  it('never cuts inside square brackets ("since [-7 - 13 + 10] gives", not "since [-7")', () => {
    const sentence =
      'You can see that the first term gives zero since [-7 - 13 + 10] gives a negative number, which is then thresholded to zero with the \\(max(0,-)\\) function. We get zero loss for this pair.';
    for (const most of [12, 15]) {
      const topic = topicOf(sentence, most);
      assert.ok(topic.includes('[-7 - 13 + 10]'), topic);
    }
  });

  it('takes the main clause after "even when …," and never cuts a "neither … nor …, nor …" series before its verb', () => {
    assert.equal(
      topicOf('Even when the World War broke out in 1914, it seemed to contain only small threat of danger to our own American future.', 12),
      'it seemed to contain only small threat of danger to our own American future.',
    );
    const series =
      'While we engaged in the War of 1812 to vindicate our right to peaceful trade, it is nevertheless clear that neither France nor Great Britain, nor any other nation, was aiming at domination of the whole world.';
    assert.ok(topicOf(series, 12).endsWith('was aiming at domination of the whole world.'), topicOf(series, 12));
  });

  it('never cuts at a colon after words that stand for what it goes on to say ("one of the simplest:", "the following:")', () => {
    const simplest =
      'This lecture discusses one of the simplest: how free adjustment of prices can maximize a measure of social welfare in the market for a single good.';
    assert.equal(topicOf(simplest, 14), simplest);
    // Nor after a verb of asking or saying whose words the colon opens.
    const asked =
      'Over the past week, I made a series of polls where I gave many examples of objects, practices and social structures, and asked: is this an institution or not? Some results were odd.';
    assert.doesNotMatch(topicOf(asked, 16), /and asked$/u);
    const following = 'The rule of thumb is the following: write the test first, and then write the code that makes the test pass, and then refactor it.';
    assert.ok(!topicOf(following, 14).endsWith('the following'), topicOf(following, 14));
    // Elsewhere a colon still ends a clause.
    assert.equal(
      topicOf('We write tests first: it makes the code easier to change later, and it documents what each function is expected to do for us.', 14),
      'We write tests first: it makes the code easier to change later',
    );
  });

  it('a first sentence of a word or two takes the short sentences after it, up to the limit', () => {
    const paragraph =
      "Unnecessary? Please. Annoying? Don't be so modest. Putting a screen on something that previously did not need one is literally peak innovation.";
    assert.equal(topicOf(paragraph, 16), "Unnecessary? Please. Annoying? Don't be so modest.");
    // Not past the limit: the first sentence alone, then.
    assert.equal(topicOf('Why? Because every screen in the aisle shows an advertisement to every shopper who walks past it.', 8), 'Why?');
  });

  it("keeps a long sentence's main clause whole without the relative clause set inside it, never cut at that clause's commas", () => {
    assert.equal(
      topicOf('It is true that even in everyday experience weight, which is in a sense action at a distance, plays a very important part.', 16),
      'It is true that even in everyday experience weight plays a very important part.',
    );
    // So are examples set between commas ("such as …", "including …", "for example …").
    assert.equal(
      pointOf('He proposed that new computers, such as the ENIAC at the University of Pennsylvania, can be used to forecast weather.', 14).point,
      'He proposed that new computers can be used to forecast weather.',
    );
    // Not a list's comma after the clause ("which leads to recursion, reentrancy problems, or …"), nor another relative clause.
    const listed =
      'Callback hell is when components call both up and down the hierarchy, which leads to recursion, reentrancy problems, or locking nightmares that nobody can debug.';
    assert.ok(!topicOf(listed, 16).includes('hierarchy reentrancy'), topicOf(listed, 16));
    // A relative clause that ends the main one, or that "and" goes on from, may still be cut before.
    assert.equal(
      topicOf('The committee met the new mayor of the small northern town, who smiled at everyone in the room, and then the meeting began.', 16),
      'The committee met the new mayor of the small northern town',
    );
  });
  it('never cuts a long sentence before a word that only looks like a clause\'s start ("all the | while thinking")', () => {
    const sentence =
      'Because regardless of how good the thing itself is, it is a plain sign that I chose to spend dozens of quiet hours making row after row of it, all the while thinking about her and how much she means to me.';
    for (const most of [10, 12, 16]) assert.doesNotMatch(topicOf(sentence, most), /\b(?:all the|the|a|of)$/u, `${most}: ${topicOf(sentence, most)}`);
  });

  it('never cuts inside the list a colon opens: at the colon instead', () => {
    const sentence =
      'In this chapter, you learned how to write functions for three useful scenarios: creating a vector, creating a data frame, or creating a plot.';
    assert.equal(topicOf(sentence, 16), 'In this chapter, you learned how to write functions for three useful scenarios');
  });
  it('cuts a long sentence without a clause boundary where a relative clause begins, outside its quotation', () => {
    const sentence =
      'Early chess programs came under attack by means, among other ideas, of the \'horizon effect\' which showed that, "a program that searches to a fixed depth cannot see what happens just past it." (see the survey)';
    assert.equal(pointOf(sentence, 10).point, "Early chess programs came under attack by means, among other ideas, of the 'horizon effect'");
    assert.ok(sentence.startsWith(pointOf(sentence, 10).point));
  });
  it('never cuts a sentence down to its introductory phrases, which hold no clause', () => {
    const sentence =
      'In the long run, however, a library cannot stay maintained unless the people who use it notice the work it takes, and help with that work.';
    const point = topicOf(sentence, 12);
    assert.ok(sentence.startsWith(point), point);
    assert.match(point, /cannot stay maintained/u);
    // A sentence that opens with a preposition and has its first comma only inside a parenthesis: no introductory phrase.
    const long =
      'In der Shell kann man mit **Tab** Namen ergänzen und mit **ctrl-s** frühere Eingaben vorwärts suchen (erst die Tasten drücken, dann den Suchtext eingeben und mit weiteren Tastendrücken durch alle Treffer gehen, mit **Enter** ausführen oder mit der Pfeiltaste in die Zeile holen, um sie zu bearbeiten und danach erneut auszuführen).';
    assert.equal(topicOf(long, 30), 'In der Shell kann man mit **Tab** Namen ergänzen und mit **ctrl-s** frühere Eingaben vorwärts suchen');
    assert.equal(
      topicOf('To show how the cache works, we need a program that reads the same file twice in a row, and then times both reads.', 12).includes('we need'),
      true,
    );
  });
});

describe('the main clause of a long conditional sentence', () => {
  it("is what 'then' opens, and no comma inside an aside between dashes ends the condition", () => {
    const sentence =
      "If an unhandled exception-- including, but not limited to, `StopIteration` --is raised by, or passes through, a generator function, then the exception is passed on to the caller in the usual way, and subsequent attempts to resume the generator function raise `StopIteration`.  In other words, an unhandled exception terminates a generator's useful life.";
    const { point, lead } = pointOf(sentence, 14);
    assert.equal(lead, null);
    assert.equal(point, 'the exception is passed on to the caller in the usual way');
    // No clause is cut inside the aside either: a condition without "then" keeps its own words.
    const noThen = 'When a parser (as in, say, a compiler) reads a token, it checks the table first and then moves on to the next state of the machine.';
    assert.ok(!pointOf(noThen, 14).point.startsWith('say'), pointOf(noThen, 14).point);
  });

  it('ends at no comma inside quotes, braces, a code span or an inline element', () => {
    const sentence =
      'If we send a request to the address <i>/api/items/7</i> with the data <em>{ name: "a lamp, red", cheap: true }</em>, the answer is the same however often it is sent.';
    assert.equal(pointOf(sentence, 12).point, 'the answer is the same however often it is sent.');
    const coded = 'When the user types `sort -k 2, -n` in a long pipeline of commands, the output comes back ordered by the numbers in its second column.';
    assert.equal(pointOf(coded, 12).point, 'the output comes back ordered by the numbers in its second column.');
  });
});

describe('a long sentence in French, German or Spanish', () => {
  it('is cut at a clause its conjunction or relative pronoun opens, as an English one is', () => {
    const fr =
      "d'autre part, la désignation d'un droit applicable, le droit français, auquel elle est conforme, tant au regard du droit de la responsabilité civile que du droit de la propriété intellectuelle et de la protection qu'il offre aux auteurs et titulaires des droits patrimoniaux sur un logiciel.";
    assert.equal(topicOf(fr, 14), "d'autre part, la désignation d'un droit applicable, le droit français, auquel elle est conforme");
    const de =
      'Das Programm liest die Dateien aus dem angegebenen Verzeichnis und allen seinen Unterverzeichnissen, während es die gefundenen Einträge sortiert und in einer Tabelle mit allen Details für jede einzelne Datei ausgibt.';
    assert.ok(countWords(topicOf(de, 14)) < countWords(de), topicOf(de, 14));
  });
});

describe('subjectOf', () => {
  it('finds the subject of a sentence in French, German, Spanish, Italian and Portuguese by the verb after it', () => {
    assert.equal(subjectOf('Il compilatore Rust è molto preciso nelle sue indicazioni.', 'it'), 'Il compilatore Rust');
    assert.equal(subjectOf('Il C++ moderno ci dice che possiamo definire il costruttore di movimento.', 'it'), 'Il C++ moderno');
    assert.equal(subjectOf("L'operatore di assegnazione non può essere ridefinito.", 'it'), "L'operatore di assegnazione");
    assert.equal(subjectOf('L’operatore di assegnazione non può essere ridefinito.', 'it'), 'L’operatore di assegnazione');
    assert.equal(subjectOf('Le ramasse-miettes libère la mémoire, mais il est lent.', 'fr'), null);
    assert.equal(subjectOf("Le ramasse-miettes n'est pas déterministe.", 'fr'), 'Le ramasse-miettes');
    assert.equal(subjectOf('La table de routage contient les routes connues du routeur.', 'fr'), 'La table de routage');
    assert.equal(subjectOf('Der Compiler prüft die Lebensdauer jeder Referenz.', 'de'), 'Der Compiler');
    assert.equal(subjectOf('JavaScript ist eine Skriptsprache.', 'de'), 'JavaScript');
    assert.equal(subjectOf('El planificador de procesos se ejecuta en modo núcleo.', 'es'), 'El planificador de procesos');
    assert.equal(subjectOf('A tabela de rotas contém as rotas conhecidas.', 'pt'), 'A tabela de rotas');
    assert.equal(subjectOf('`Vec::new()` crea un vettore vuoto.', 'it'), '`Vec::new()`');
    // Not a pronoun, a connective or an adverb before the verb, nor a clause.
    assert.equal(subjectOf('Questo rende la compilazione più difficile.', 'it'), null);
    assert.equal(subjectOf('Quindi il compilatore è contento.', 'it'), null);
    assert.equal(subjectOf('Il primo criterio che il compilatore adotta è semplice.', 'it'), null);
    assert.equal(subjectOf('Danach wird der Speicher freigegeben.', 'de'), null);
    assert.equal(subjectOf('Das ist ein Beispiel.', 'de'), null);
    assert.equal(subjectOf('Normalmente el sistema es rápido.', 'es'), null);
    assert.equal(subjectOf('Clonare un valore è costoso.', 'it'), null);
    // Nor any one thing of a kind, a thing by its place in a sequence, or a word that names any slide.
    assert.equal(subjectOf('Un riferimento permette di accedere ad un valore.', 'it'), null);
    assert.equal(subjectOf('La terza situazione possibile è un oggetto.', 'it'), null);
    assert.equal(subjectOf("L'esempio seguente mostra un ciclo.", 'it'), null);
    assert.equal(subjectOf('Le chapitre suivant décrit le protocole.', 'fr'), null);
    assert.equal(subjectOf('`s1` alla riga 20 viene spostata.', 'it'), null);
    // Nor words that point back or ahead in the text, a clause's opening, an abbreviation's or a formula's words.
    assert.equal(subjectOf('Los archivos mencionados son muy cortos.', 'es'), null);
    assert.equal(subjectOf('O código abaixo mostra o resultado.', 'pt'), null);
    assert.equal(subjectOf('O resultado desse código é uma tabela.', 'pt'), null);
    assert.equal(subjectOf('Os dois códigos são equivalentes.', 'pt'), null);
    assert.equal(subjectOf('Usando o `knitr` podemos incluir imagens.', 'pt'), null);
    assert.equal(subjectOf("Lorsqu'une machine reçoit un paquet, elle lit l'adresse.", 'fr'), null);
    assert.equal(subjectOf('D. h. es ist ein Automat.', 'de'), null);
    assert.equal(subjectOf('Les $R_1, \\dots, R_s$ sont premiers entre eux.', 'fr'), null);
    assert.equal(subjectOf('**Cada fila** representa un objeto.', 'es'), null);
    assert.equal(subjectOf('La machine A calcule son adresse.', 'fr'), 'La machine A');
    assert.equal(subjectOf('Più grande è $m_n$, più massa riceve.', 'it'), null);
    assert.equal(subjectOf('Due sottoinsiemi sono disgiunti se non condividono elementi.', 'it'), null);
    assert.equal(subjectOf('**La tabla de hash** representa un conjunto.', 'es'), '**La tabla de hash**');
    // The English words are not read as those of another language, and the other way round.
    assert.equal(subjectOf('Il compilatore Rust è molto preciso.'), null);
    assert.equal(subjectOf('The compiler is precise.', 'it'), null);
  });
  it("takes no place for a subject: where a thing stands ('Currently there are…'), or its place in a sequence ('The next line')", () => {
    assert.equal(subjectOf('Currently there are these different reference types:'), null);
    assert.equal(subjectOf('The next line is the third element of the array.'), null);
    // Nor one cut before the words its comparison needs.
    assert.equal(subjectOf('Using as few privileges as are needed, for as short a time as is needed, is the rule.'), null);
    assert.equal(subjectOf('Nothing is more natural nor common than first to use a general phrase.'), null);
    assert.equal(subjectOf('Everyone was asked to bring a lamp.'), null);
    // Nor an adverb that opens the sentence: of how often or how sure.
    assert.equal(subjectOf('Oftentimes persuasion is a core competency of our jobs.'), null);
    assert.equal(subjectOf('Unfortunately the cache is cold.'), null);
    assert.equal(subjectOf('Early adopters are the first to notice.'), 'Early adopters');
    assert.equal(subjectOf('Prematurely closed circuits are counted apart.'), 'Prematurely closed circuits');
    assert.equal(subjectOf('Probably programming will be as lucrative as it is now.'), null);
    assert.equal(subjectOf('Using fewer privileges is the rule.'), 'Using fewer privileges');
    assert.equal(subjectOf('The fourth element is the timestamp, a signed integer.'), 'The fourth element');
    assert.equal(subjectOf('The content type is a string of ASCII characters.'), 'The content type');
    // Any one thing of a kind names no topic; a thing with its qualifier does.
    assert.equal(subjectOf('A distribution may have several minimal I-maps, each for a node ordering.'), null);
    assert.equal(subjectOf('An algorithm is a finite sequence of steps.'), null);
    assert.equal(subjectOf('A minimal map is one with no edge to spare.'), 'A minimal map');
    // Nor words a focusing adverb opens or a floating quantifier ends.
    assert.equal(subjectOf('Even needles each have their own personality.'), null);
    assert.equal(subjectOf('Knitting needles each have their own feel.'), null);
    assert.equal(subjectOf('Knitting needles have their own feel.'), 'Knitting needles');
    assert.equal(subjectOf('Two such examples are shown below.'), null);
    // A name in straight quotes is part of the subject; a command that puts or inserts has one.
    assert.equal(subjectOf('The "use" command is for producers.'), 'The "use" command');
    assert.equal(subjectOf('The release command puts a reserved job back into the ready queue.'), 'The release command');
    assert.equal(subjectOf('He said "yes, of course" and left the room.'), null);
    // Words that point back name nothing, inside the subject too.
    assert.equal(subjectOf('Both of these values will be provided by the documentation.'), null);
    // Nor a purpose that offers a glimpse; one that names a task does.
    assert.equal(subjectOf('To give you an idea, here is my current inbox.'), null);
    assert.equal(subjectOf('To illustrate, consider a list of three items.'), null);
    assert.equal(subjectOf('To avoid this problem, Git does two things:'), null);
    assert.equal(subjectOf('To choose an algorithm, work through the table.'), 'To choose an algorithm');
  });
  it("takes no concessive clause for a subject ('However skeptical the Blub programmer might be…')", () => {
    assert.equal(subjectOf('However skeptical the Blub programmer might be about my claims, we kept going.'), null);
    assert.equal(subjectOf('The Blub programmer might be skeptical about my claims.'), 'The Blub programmer');
    // A noun a clause goes on from with no "that": the verb found is the clause's, and no subject is cut from it.
    assert.equal(subjectOf('The reason a good citizen does not use such destructive means is simple.'), null);
    assert.equal(subjectOf('The real reason programmers will not starve is that they will still be paid.'), null);
    assert.equal(subjectOf('The point estimates are close to the truth.'), 'The point estimates');
    // A noun after a participle is no verb: "The counts of mapped" is no subject.
    assert.equal(subjectOf('The counts of mapped reads for each gene is the result of expression.'), null);
    assert.equal(subjectOf('The cached version uses less memory.'), 'The cached version');
    // Nor are the words of a question before it ("Sounds odd? Here is a sample.").
    assert.equal(subjectOf('Sounds odd? Here is a sample.'), null);
    // Nor an article and a word that would name any slide of its kind.
    assert.equal(subjectOf('The command looks like this:'), null);
    assert.equal(subjectOf('The reply is one of:'), null);
    assert.equal(subjectOf('The priority queue is a heap.'), 'The priority queue');
    // Nor a part of the text itself: it says where the reader is.
    assert.equal(subjectOf('The first section will give a summary of pinning.'), null);
    assert.equal(subjectOf('This chapter describes the protocol.'), null);
    assert.equal(subjectOf('The next lecture covers joins.'), null);
    assert.equal(subjectOf('The section header holds the flags.'), 'The section header');
  });

  it('shows a Japanese or Korean sentence of up to 40 words whole: its verb comes last, and a cut before it says nothing of its subject', () => {
    const japanese = 'すなわち、ハミルトニアンを母関数とする微小正準変換は、時間並進操作、つまり時間発展を表している。';
    assert.equal(pointOf(japanese, 12).point, japanese);
    const korean = '테스트 코드를 작성하면, 컴포넌트가 바뀌어도 기존 기능이 그대로 동작하는지 빠르게 확인할 수 있습니다.';
    assert.equal(pointOf(korean, 10).point, korean);
    // (A Chinese sentence, its verb early, is cut as before; a Japanese one too long for a slide too.)
    assert.notEqual(
      pointOf('独立思考能力似乎更多的是天生的，而不是后天培养的，这一点在很多研究中都得到了证实，我们应该重视它的作用和影响。', 12).point.endsWith('。'),
      true,
    );
    const long = `${'ポアソン括弧の章で述べたように、なんらかの連続変換は、その変換量が小さい時、'.repeat(3)}分けることができる。`;
    assert.ok(pointOf(long, 12).point.length < long.length);
  });

  it('names a Chinese sentence by the words before its verb, a Japanese one by those before は or が; else none', () => {
    assert.equal(subjectOf('独立思考能力似乎更多的是天生的，而不是后天培养的。'), '独立思考能力');
    assert.equal(subjectOf('条件概率是概率论中的一个基本概念。'), '条件概率');
    assert.equal(subjectOf('消元法针对的是方程组。'), '消元法');
    assert.equal(subjectOf('牛顿法虽然期望收敛很快。'), '牛顿法');
    assert.equal(subjectOf('拡散方程式は偏微分方程式の一つである。'), '拡散方程式');
    assert.equal(subjectOf('日本の首都は東京です。'), '日本の首都');
    // A pronoun, an opener, a quantifier, a time, a clause or a modifier names nothing.
    for (const sentence of [
      '我希望当我还是个孩子的时候，有人能告诉我这个区别。',
      '但这种模式并不普遍。',
      '大多数工作都有一些新奇的地方。',
      '客户端之后发送请求。',
      '接下来的多行是首部。',
      '接着我们计算。',
      '持续利用这些规则，我们最终可以得出这样的一串终结符。',
      '一旦更新了参数，概率就不对了。',
      '古典概率的计算很简单。',
      'これは例です。',
      'ことがわかる。',
      '桁あふれに気をつける必要がある。',
      '事件A与事件B相互独立',
    ])
      assert.equal(subjectOf(sentence), null, sentence);
  });

  it('names a sentence by its subject, without the adverbs before its verb, and keeps nouns spelled in -ly', () => {
    assert.equal(subjectOf('The file `notes.md` currently looks like this in both copies.'), 'The file `notes.md`');
    assert.equal(subjectOf('A pointer in C usually also holds an address.'), 'A pointer in C');
    assert.equal(subjectOf('The assembly is held every spring.'), 'The assembly');
    assert.equal(subjectOf('Strings in bash can be defined with quotes.'), 'Strings in bash');
    assert.equal(subjectOf('This usually works.'), null);
    // An imperative is no subject: "Notice how the function body" names nothing.
    assert.equal(subjectOf('Notice how the function body is totally normal!'), null);
    assert.equal(subjectOf('Observe the output that is printed.'), null);
  });

  it('names a sentence by its purpose ("To choose an algorithm,"), not by one that points back or comments ("To do so,", "To be fair,")', () => {
    assert.equal(subjectOf('To choose an algorithm, work through the table.'), 'To choose an algorithm');
    // Its comma is the one before the main clause, not one between adjectives.
    assert.equal(subjectOf("To get our new, unlabeled data, we've given some new skittles to our sommeliers."), 'To get our new, unlabeled data');
    for (const sentence of [
      'To do so, first rework on the files and make the changes.',
      'To fix this, run it again.',
      'To make this more concrete, we can define a **residual graph** with the same vertices.',
      'To be fair, it worked.',
      'To sum up, it works.',
    ])
      assert.equal(subjectOf(sentence), null, sentence);
  });
});

describe('a cut at a comma', () => {
  it('never leaves a point ending on a relative pronoun or a subordinator ("…proper for landlords, who")', () => {
    const sentence =
      'I grant this food will be somewhat dear, and therefore very proper for landlords, who, as they have already devoured most of the parents, seem to have the best title to the children.';
    for (const most of [10, 14, 16]) assert.doesNotMatch(topicOf(sentence, most), /\b(?:who|which|because|if)$/u, `${most}: ${topicOf(sentence, most)}`);
    const contrast =
      "For me, it's not about using the latest tools and tricks; rather, it's about understanding the needs of the people who use what we build.";
    for (const most of [10, 12, 14]) assert.doesNotMatch(topicOf(contrast, most), /\b(?:rather|however)$/u, `${most}: ${topicOf(contrast, most)}`);
  });

  it('is never between the items of a list ("by removing, | moving, and renaming files"), though it may be before a clause', () => {
    const sentence =
      'Although the example shows only the `git add` command, one may amend the last commit by removing, moving, and renaming files with the `git rm` and `git mv` commands before amending it.';
    for (const most of [8, 10, 14]) assert.doesNotMatch(topicOf(sentence, most), /\b(?:removing|moving)$/u, `${most}: ${topicOf(sentence, most)}`);
    assert.equal(
      topicOf('The pact was signed in August, which shocked the world, and it changed the course of the war in ways nobody could foresee at all.', 10),
      'The pact was signed in August, which shocked the world',
    );
  });

  it('never ends a point on a clause\'s opening phrase before its subject ("we have shown that for every statement φ,")', () => {
    const sentences = [
      'To sum up we have shown that for every quantified mixed statement $\\varphi$, we can compute a quantified integer statement $\\xi$ such that $QMS(\\varphi)=1$ if and only if $QIS(\\xi)=1$.',
      'This also implies that for any sound proof system (and in particular every finite axiomatic system) $S$, there are interesting statements $X$ such that $S$ is not able to prove either $X$ or its negation.',
    ];
    for (const sentence of sentences)
      for (const most of [10, 14, 18])
        assert.doesNotMatch(topicOf(sentence, most), /(?:statement \$\\varphi\$|proof system|system\) \$S\$)$/u, `${most}: ${topicOf(sentence, most)}`);
  });

  it('never cuts before "which" that opens what a verb asks ("both identifying | which codes…"), and may cut before a participle\'s phrase', () => {
    const sentence =
      'So the challenge is to figure out how to detect these borrowings at a large scale, both identifying which codes were most likely to be derived from others and also identifying which sections in particular were borrowed.';
    for (const most of [10, 14, 18, 24]) assert.doesNotMatch(topicOf(sentence, most), /identifying$/u, `${most}: ${topicOf(sentence, most)}`);
    assert.equal(topicOf(sentence, 14), 'So the challenge is to figure out how to detect these borrowings at a large scale');
  });

  it('does not leave a clause that ends on a word needing what follows ("because the room was,")', () => {
    const sentence =
      'These paintings were tiny, because the room was, and because I painted them on scraps of canvas left over from the big ones, which was all I could afford at the time.';
    const point = topicOf(sentence, 8);
    assert.ok(!/\b(?:was|the|of)$/u.test(point), point);
  });
});

describe('a sentence that opens with a short phrase, or holds a clause inside a clause', () => {
  it('keeps a phrase of a word or two and its main clause, never the tail a later comma leaves ("instead of a long hexadecimal string.")', () => {
    const sentence =
      'With this, Git can use human-readable names like "master" to refer to a particular snapshot in the history, instead of a long hexadecimal string.';
    for (const most of [10, 14, 16]) {
      const point = topicOf(sentence, most);
      assert.match(point, /^With this, Git can use/u, `${most}: ${point}`);
    }
  });

  it('never cuts where a subordinate clause inside a clause closes, before its own subject ("so that when we take a new snapshot, | we know")', () => {
    const sentence =
      'One detail is that we often want a notion of "where we currently are" in the history, so that when we take a new snapshot, we know what it is relative to (how we set the `parents` field of the commit).';
    for (const most of [14, 16, 20]) assert.doesNotMatch(topicOf(sentence, most), /snapshot$/u, `${most}: ${topicOf(sentence, most)}`);
    assert.equal(topicOf(sentence, 16), 'One detail is that we often want a notion of "where we currently are" in the history');
    const hence =
      'The gradient is **orthogonal** to the level curve of $f$ at $x^*$ and hence, when it is not zero, **points in the direction of the greatest instantaneous increase** in $f$.';
    for (const most of [8, 12, 16]) assert.doesNotMatch(topicOf(hence, most), /hence$/u, `${most}: ${topicOf(hence, most)}`);
  });
});

describe('a clause that opens with a phrase set off by commas', () => {
  it('is not cut before its subject ("is that, with a focus on inference, | it is…", ", but compared to `mcc()`, | which…")', () => {
    const that =
      'A longstanding issue with the practice of inferential statistics is that, with a focus purely on inference, it is difficult to assess the credibility of a model and how well it fits the data it was made from.';
    for (const most of [12, 16, 20]) assert.doesNotMatch(topicOf(that, most), /inference$/u, `${most}: ${topicOf(that, most)}`);
    const but =
      'The Matthews correlation coefficient and F1 score both summarize the confusion matrix, but compared to `mcc()`, which measures the quality of both positive and negative examples, the `f_meas()` metric emphasizes the positive class, i.e., the event of interest.';
    for (const most of [14, 16, 20]) assert.doesNotMatch(topicOf(but, most), /`mcc\(\)`$/u, `${most}: ${topicOf(but, most)}`);
    assert.equal(topicOf(but, 16), 'The Matthews correlation coefficient and F1 score both summarize the confusion matrix');
    // ", however, instead of relying on …, | we will…" ends before "however", a clause of its own.
    const however =
      "There's a wide range of RPC systems addressing the problem, however, instead of relying on simple RPC algorithm, we will aim at solving a more general version of the problem.";
    for (const most of [12, 16, 20]) assert.equal(topicOf(however, most), "There's a wide range of RPC systems addressing the problem");
    // ("…, however small, matters": "however" that opens no clause of its own.)
    const small = 'The data that we collected in the field over the last three summers, however small, matters a great deal to the whole project.';
    for (const most of [10, 14]) assert.doesNotMatch(topicOf(small, most), /summers$/u, `${most}: ${topicOf(small, most)}`);
  });

  it('is not cut before a discourse marker that the main verb follows (a subject alone: "…so far (1, 2, 3 etc.), on the other hand, | is not…")', () => {
    const service =
      'Service that accepts empty requests and produces the number of requests processed so far (1, 2, 3 etc.), on the other hand, is not stateless at all in the sense we use.';
    for (const most of [10, 14, 18]) assert.doesNotMatch(topicOf(service, most), /so far(?: \(1, 2, 3 etc\.\))?$/u, `${most}: ${topicOf(service, most)}`);
    const result = 'The result of the long computation over all of the data in the table, however, is wrong in every case we tried on the machine.';
    for (const most of [8, 12]) assert.doesNotMatch(topicOf(result, most), /table$/u, `${most}: ${topicOf(result, most)}`);
    // Nor before ", however," or a relative clause inside a sentence's opening phrase.
    const opening =
      'In a large project where raciness avoidance cost really matters, however, the initial computation of all object names in the index takes more than one second.';
    for (const most of [10, 14, 18]) assert.doesNotMatch(topicOf(opening, most), /project$|matters$/u, `${most}: ${topicOf(opening, most)}`);
  });
});

describe('a lead-in term', () => {
  it('is not cut inside a formula, and leaves a bold term its closing dash', () => {
    assert.equal(leadIn('Let $L = D - M$ except $L_{i,i} = -deg(i)$ - This is generally called the graph Laplacian'), null);
    assert.equal(leadIn('mean square convergence $$ \\|S_n f - f\\|_2 \\to 0 $$ as n grows'), null);
    assert.equal(leadIn('**The cut property -** Let $S \\subseteq V$ such that $S$ and $V - S$ are non-empty.')?.title, 'The cut property');
  });
});

describe('a Chinese sentence', () => {
  it('is cut at a full-width comma, past an opening phrase that would leave too little', () => {
    const sentence =
      '对于这个例子，我们在第一节中提到的方法通常无法直接使用在这些新的数据上面，因为数据的分布并不均匀而且样本的数量也非常有限，所以需要先进行预处理然后再训练模型并且检查结果。';
    assert.equal(topicOf(sentence, 14), '对于这个例子，我们在第一节中提到的方法通常无法直接使用在这些新的数据上面');
  });
});

describe('bold that holds italics', () => {
  it('is one piece of emphasis, so the sentences around it still end where they end', () => {
    const text =
      'We stress that the **mean is a *number*, not a random variable**. The mean generalizes the average, and it has the same units as the variable. It is also the **balance point** of the **histogram**, the long-run average of many draws.';
    assert.equal(pointOf(text, 20).point, 'We stress that the **mean is a *number*, not a random variable**.');
  });
});

describe('a run-on sentence no rule can cut', () => {
  it('is shown up to its first full stop ("… of my PhD. i.e. it took me …"), in the author\'s words', () => {
    const text =
      'fun fact: my entire thesis is based on work I did in the last 1.5 years of my PhD. i.e. it took me quite a long time to wiggle around in the metaproblem space and find a problem that I felt very excited to work on (the other ~2 years I mostly meandered on 3D things (e.g. Kinect Fusion, 3D meshes, point cloud features) and video things).';
    assert.equal(pointOf(text, 16).point, 'fun fact: my entire thesis is based on work I did in the last 1.5 years of my PhD.');
    // Not at an abbreviation's point.
    const eg =
      'fetching complicated resources with nested hierarchies requires multiple round trips between the client and server to render single views, e.g. fetching content of a blog entry and the comments on that entry, which on mobile networks with variable conditions is highly undesirable and slow for users.';
    assert.doesNotMatch(pointOf(eg, 12).point, /e\.g\.$/u);
  });
});

describe('subjectOf after a bold label', () => {
  it("reads the sentence after the label, never the label and a clause opener ('**Example:** When …')", () => {
    assert.equal(subjectOf('**Example:** When [The Heartbleed Bug](http://heartbleed.com/) was discovered in OpenSSL, they could say:'), null);
    assert.equal(subjectOf('**Note:** Git stores snapshots, not differences.'), 'Git');
    assert.equal(subjectOf('**Example:** The staging area holds what the next commit will contain.'), 'The staging area');
    // A subject in bold is the subject.
    assert.equal(subjectOf('**Git** is a version control system.'), '**Git**');
  });
});

describe('topicOf, a long sentence with no clause to cut at', () => {
  it('keeps its main clause up to a comma that a phrase follows, never an opening participle without its clause', () => {
    const venue =
      'The conference took place over an April weekend in Shanghai, in the [Puruan Building](https://example.org/map) of the Software Park, easily reachable by subway within an hour or less from the more central parts of the city.';
    const topic = topicOf(venue, 16);
    assert.ok(venue.startsWith(topic), topic);
    assert.ok(countWords(topic) >= 10 && countWords(topic) <= 22, topic);
    assert.match(topic, /\[Puruan Building\]\(https:\/\/example\.org\/map\)/u);
    const opening =
      'Not being an expert in web services myself, in my presentation I veered off the general conference theme a bit by talking about the formatter and how its use has started to shape what people expect.';
    assert.notEqual(topicOf(opening, 16), 'Not being an expert in web services myself');
  });
  it("keeps the main clause after an opening 'Instead of …,' phrase, not the phrase alone", () => {
    const sentence =
      'Instead of implementing a `start` method that yields `Request` objects from URLs, you can define a `start_urls` class attribute with a list of URLs.';
    // (Whole where the sentence is not long: the main clause alone would open in lower case.)
    assert.ok(topicOf(sentence, 16).endsWith('you can define a `start_urls` class attribute with a list of URLs.'), topicOf(sentence, 16));
    assert.equal(topicOf(sentence, 12), 'you can define a `start_urls` class attribute with a list of URLs.');
  });

  it('keeps a short opening clause where the main clause alone would open in lower case, the sentence not long', () => {
    const sentence =
      "Since there's no concurrency, there's no need to worry about sharing data between parts of your program or synchronising access to peripherals. If you can get away with it, this is great.";
    assert.match(topicOf(sentence, 14), /^Since there's no concurrency, there's no need/u);
    // A long one still loses its opening clause, and so does one whose opening clause is long.
    assert.match(topicOf(sentence, 10), /^there's no need/u);
    const longOpening = 'If you take one look at how fast the project grows, the code is already taking on the aspects of a monolithic kernel.';
    assert.match(topicOf(longOpening, 14), /^the code is already taking on/u);
  });

  it('keeps the opening clause where the main clause opens with a pronoun that stands for a name in it, the sentence not far over the limit', () => {
    const sentence =
      "Even though we may choose to use a language that's more understandable to people, it still has to be understood by the computer in some form. This translation will introduce some amount of penalty.";
    assert.match(topicOf(sentence, 16), /^Even though we may choose to use a language .*, it still has to be understood by the computer in some form\.$/u);
    const project = 'If you take one look at how fast the project grows, it is already taking on the aspects of a monolithic kernel.';
    assert.match(topicOf(project, 14), /^If you take one look/u);
    // (Far over the limit, the main clause alone.)
    assert.match(topicOf(project, 10), /^it is already taking on/u);
  });
});

describe('subjectOf, after a connective or across a conjunction', () => {
  it('names nothing where the sentence opens with a connective or the words before its verb hold a clause', () => {
    assert.equal(subjectOf('Furthermore and because Z is not a view, we can deduce the strides of the array.'), null);
    assert.equal(subjectOf('Moreover the array is a view of the base array.'), null);
    assert.equal(subjectOf('The array and since then its copy are views of the base.'), null);
    assert.equal(subjectOf('Paragraph 2 explains how an item is found in memory from its index.'), null);
    // (Nor an article and an ordinal that points back: "The first is with the covariance matrix".)
    assert.equal(subjectOf('The first is with the covariance matrix, which is given by'), null);
    assert.equal(subjectOf('The latter is the one we use.'), null);
    // (A subject that merely holds "and" still names.)
    assert.equal(subjectOf('The shape and the strides are what define a view.'), 'The shape and the strides');
  });
});

describe('a pair that "either" or "between" opens', () => {
  it('is not cut before its second half ("can operate in either unicast | (point to point), multicast … or anycast … modes")', () => {
    const modes = 'SNTP Version 4 can operate in either unicast (point to point), multicast (point to multipoint) or anycast (multipoint to point) modes.';
    for (const most of [8, 12, 15]) assert.doesNotMatch(topicOf(modes, most), /either unicast$/u, `${most}: ${topicOf(modes, most)}`);
  });
});

describe("a lead-in term after the item's mark", () => {
  it('is the term without the mark: "❌ Performance cost - garbage collector pauses" is "Performance cost"', () => {
    assert.equal(leadIn('❌ Performance cost - garbage collector pauses')?.title, 'Performance cost');
    assert.equal(leadIn('✅ **Performance** - no garbage collector, zero runtime overhead')?.title, 'Performance');
    assert.equal(leadIn('→ Next step: install the tools')?.title, 'Next step');
    assert.equal(leadIn('**Goal**: a fast build')?.title, 'Goal');
  });
});

describe('a lead term before a dash written as an entity', () => {
  it('is the term alone ("`cat_dir` &ndash; replaces…" is "`cat_dir`", not "`cat_dir` &ndash;")', () => {
    assert.equal(leadIn('`cat_dir` &ndash; replaces `cat` with `ls` when you try to `cat` a directory;')?.title, '`cat_dir`');
    assert.equal(leadIn('Caching &mdash; keeps the last answer for the next request.')?.title, 'Caching');
  });
});

describe('a dash set between words, and quotation marks that enclose nothing', () => {
  it('cuts at a dash written without spaces, "--" or "—", as at a spaced one; not inside an aside a second dash closes', () => {
    const tail = 'the conclusion that follows from it is then a matter that goes without saying at all.';
    assert.equal(
      topicOf(`No claim is more firmly held than that habit is a need of our daily lives--${tail}`, 16),
      'No claim is more firmly held than that habit is a need of our daily lives',
    );
    assert.equal(
      topicOf(`No claim is more firmly held than that habit is a need of our daily lives—${tail}`, 16),
      'No claim is more firmly held than that habit is a need of our daily lives',
    );
    const aside = 'The old clerk--who had kept the books of the firm for forty years--finally retired to a small farm in the hills beyond the river valley.';
    assert.equal(topicOf(aside, 16), aside);
  });

  it("reads a dialogue's paragraph, opened by a quotation mark its closing one never follows, as outside quotes", () => {
    const speech =
      '"So, here is the second copy of the form, which the county office mailed to you by the hand of the inspector when he came here to look at your old barn before the storm.';
    assert.equal(topicOf(speech, 16), '"So, here is the second copy of the form,');
    // A quotation that closes is still one: no cut inside it.
    assert.equal(
      topicOf('He said "stop, wait, listen to the people who have walked this road before us" and then he left.', 8),
      'He said "stop, wait, listen to the people who have walked this road before us" and then he left.',
    );
  });

  it('takes single quotation marks for quotes, and an apostrophe for none ("add: \'Answer, you…\'", "the students\' books")', () => {
    const add =
      "And if I were to voice my surprise at their words, the rule would surely add: 'Answer, my friend, instead of opening your eyes, you are used to asking and answering questions.' Then more.";
    assert.equal(topicOf(add, 16), 'And if I were to voice my surprise at their words, the rule would surely add');
    assert.equal(
      topicOf("The students' books were lost, and the teachers' notes were burned in the fire that destroyed the old library of the town last winter.", 16),
      "The students' books were lost",
    );
    // A speech a colon opens may close in a later sentence: no cut inside it.
    assert.equal(
      topicOf(
        "And if I were to voice my surprise at their words, the rule would surely add: 'Answer, my friend, instead of opening your eyes--you are used to asking and answering questions.",
        16,
      ),
      'And if I were to voice my surprise at their words, the rule would surely add',
    );
    // An elided word's mark opens nothing ("'till"), and a speech set whole in single marks is the text, not a quote in it.
    assert.equal(
      topicOf(
        "So I say again, let no one speak to me of these and the like plans, 'till he has at least some sign of hope, that there will ever be some honest attempt to try them.",
        16,
      ),
      "So I say again, let no one speak to me of these and the like plans, 'till he has at least some sign of hope",
    );
    assert.equal(
      topicOf(
        "'Those are the sort of charges to which, as we were saying, you, my friend, will be open if you carry out your plans; you, above all others.'",
        12,
      ),
      "'Those are the sort of charges to which, as we were saying",
    );
  });
});

describe('a sentence that opens with a participle and a phrase between commas', () => {
  it('is not cut before its main clause ("Considering that you live in the Netherlands, most probably" had been a point)', () => {
    const text =
      'Considering that you are living in the Netherlands, most probably, you are riding a bike everyday. You can imagine that your bike parts will deteriorate over time.';
    assert.equal(topicOf(text, 10), 'Considering that you are living in the Netherlands, most probably, you are riding a bike everyday.');
  });
});

describe('a first sentence too short to say anything alone', () => {
  it('takes the next sentence a little over the limit ("That\'s it!"), and a clause\'s number opens its clause ("5.2." had stood alone)', () => {
    const step =
      "That's it! You have successfully connected the repository you created on GitHub to your local machine. To test this, run `cd git_test` to move into the new folder.";
    assert.equal(topicOf(step, 14), "That's it! You have successfully connected the repository you created on GitHub to your local machine.");
    // A question asks enough alone.
    assert.equal(
      topicOf('What is happening here? JavaScript, a language built for the web, is a language whose design is tangled with concurrency.', 14),
      'What is happening here?',
    );
    const clause =
      '5.2. If You initiate litigation against any entity by asserting a patent infringement claim (excluding declaratory judgment actions), then the rights granted to You shall terminate.';
    assert.match(topicOf(clause, 14), /^5\.2\. If You initiate litigation against any entity/u);
  });
});

describe('a cut after a semicolon', () => {
  it('ends before a connective that opens the next clause, not after it ("…queries; in addition")', () => {
    const sentence =
      'Sampling methods can be used to perform both marginal and MAP inference queries; in addition, they can compute various interesting quantities, such as expectations of random variables distributed according to a given probabilistic model.';
    const point = topicOf(sentence, 20);
    assert.ok(!/in addition$/u.test(point), point);
    assert.ok(point.startsWith('Sampling methods can be used to perform both marginal and MAP inference queries'), point);
  });
});

describe('a long sentence whose main clause alone would open in lower case', () => {
  it('keeps its opening clause where the sentence can be cut a few words into the main clause', () => {
    const sentence =
      'As we will see later, this extension allows you to connect to your SQLite database and run SQL commands directly in VS Code, and even edit files without having to write any SQL queries (!)';
    const point = topicOf(sentence, 20);
    assert.ok(point.startsWith('As we will see later, this extension allows you'), point);
    assert.ok(!point.includes('edit files'), point);
  });
});

describe('a question of a word or two', () => {
  it('is joined by its answer, cut as a sentence is ("Why? It is open-source…")', () => {
    const point = topicOf('Why? It is open-source, powerful, and widely used in industry: phones, browsers, TVs, operating systems, and even cars use it!', 14);
    assert.ok(point.startsWith('Why? It is open-source'), point);
    // A question of more words still stands alone.
    assert.equal(
      topicOf("What's happening here? The shell splits the line into words and then runs the first word as a command with the others as its arguments.", 14),
      "What's happening here?",
    );
  });
});

describe("a participle's phrase after a comma", () => {
  it('is no main clause: the point is not "stopping as soon as…"', () => {
    const point = topicOf(
      'With the conceptual notion of the "lookup," we asserted that it starts with the current scope and works its way outward and upward through the scopes that enclose it, stopping as soon as a matching variable is found.',
      16,
    );
    assert.ok(!point.startsWith('stopping'), point);
    // ("nothing" is no participle: the main clause it opens is the point, as before.)
    const main = topicOf(
      'When the server is down and the client keeps retrying for a very long time without any pause at all, nothing happens to the data that was already written to the disk before.',
      14,
    );
    assert.ok(main.startsWith('nothing happens'), main);
  });
});

describe("a box's label in the deck's other languages", () => {
  it('names nothing, as "Note" and "Important" do not ("**Wichtig**" over a line, "Remarque", "Esempio"), nor a closing label ("En conclusion :")', () => {
    for (const label of [
      'Wichtig',
      'Hinweis',
      'Beispiel',
      'Remarque',
      'Exemple',
      'Nota',
      'Ejemplo',
      'Esempio',
      'Attenzione',
      'Dica',
      'En conclusion',
      'Zusammenfassend',
      'Por ejemplo',
      'In conclusion',
    ])
      assert.ok(emptyTerm.test(label), label);
    assert.ok(!emptyTerm.test('Wertebereich'));
  });
});

describe("a picture's credit", () => {
  it('is a term that names nothing ("Image credit to Computer Networking: A Top-down Approach")', () => {
    for (const text of [
      'Image credit to Computer Networking: A Top-down Approach, 7th Edition',
      'Source: the annual report of the society',
      'Photo credits: the author',
    ]) {
      // (No term at all names nothing too.)
      const term = leadIn(text)?.title ?? null;
      assert.ok(term === null || emptyTerm.test(term), `${text}: ${term}`);
    }
    assert.equal(leadIn('Image credit to Computer Networking: A Top-down Approach')?.title, 'Image credit to Computer Networking');
    // A term that names its topic still does, a topic of sources too ("**Sources of error**: …").
    assert.ok(!emptyTerm.test(leadIn('Packet switch: a device that forwards packets')?.title ?? ''));
    assert.ok(!emptyTerm.test('Sources of error'));
  });
});

describe('the subject "A **skip**"', () => {
  it('is any one thing of a kind, in bold or not: no subject that names a slide', () => {
    assert.equal(subjectOf('A **skip** means that you expect your test to pass only if some conditions are met.'), null);
    assert.equal(subjectOf('A skip means that you expect your test to pass only if some conditions are met.'), null);
    assert.equal(subjectOf('The **skip marker** means that the test does not run.'), 'The **skip marker**');
  });
});

describe('a clause that counts what it lists', () => {
  it('is no term: "One is _ensembling_: training several models…" names nothing', () => {
    assert.equal(leadIn('One is _ensembling_: training multiple models and combining their predictions often yields better results.'), null);
    assert.equal(leadIn('Another is **pruning**: removing the weights that matter least.'), null);
    assert.equal(leadIn('**Ensembling**: training multiple models and combining their predictions.')?.title, 'Ensembling');
  });
});

describe('words of grammar a phrase may not end on', () => {
  it("are the other languages' too, not English's alone", () => {
    for (const phrase of ['Postérité nombreuse comme', 'Le même genre de constatation est', 'Die Kinder und', 'La curiosidad de los niños por'])
      assert.ok(endsOnFunctionWord(phrase), phrase);
    for (const phrase of ['Postérité nombreuse', 'La curiosité des enfants', 'The graph of the network']) assert.ok(!endsOnFunctionWord(phrase), phrase);
  });
});

describe('an aside between two spaced dashes that the clause goes on after', () => {
  it('is never where a point ends, nor is a comma inside it: the point keeps its verb', () => {
    const sentence = 'I have come to see that many problems - traffic, housing, public health, loneliness - are all related to the same cause. It took years.';
    const point = topicOf(sentence, 12);
    assert.match(point, /are all related to the same cause/u);
    assert.doesNotMatch(point, /loneliness$|traffic$|problems$/u);
    // (Two dashes that end clauses of their own, the second followed by a capital, still end them.)
    assert.equal(
      topicOf('We tried the old tool - It failed us twice - So we wrote our own, slowly and with care, over the following years.', 8),
      'We tried the old tool',
    );
  });
});

describe('a term over a description that no clause boundary cuts short', () => {
  it('is shown as its term (the description goes to the notes); a description with a boundary is cut there as before', () => {
    const long =
      'the management of the configurations of the servers and the orders for provisioning must be controlled by a version control system that allows tests and also controlling at each moment the environment in which the software is actually running.';
    assert.deepEqual(pointOf(`**Configuration management:** ${long}`, 14), { point: '**Configuration management**', lead: 'Configuration management' });
    assert.equal(pointOf(`Configuration management - ${long}`, 14).point, 'Configuration management');
    assert.equal(
      pointOf('Virtualisation: the use of virtual resources for storage and publishing.', 14).point,
      'Virtualisation: the use of virtual resources for storage and publishing.',
    );
  });
});

describe('a sentence that opens with a formula', () => {
  it('has no subject of symbols alone; a formula inside a named subject is kept', () => {
    assert.equal(subjectOf('$b/a F_{A0} X$ is how much B has reacted.'), null);
    assert.equal(subjectOf('$x_1$ and $x_2$ are the roots.'), null);
    assert.equal(subjectOf('The rate $r_A$ is the rate of reaction of A.'), 'The rate $r_A$');
    assert.equal(subjectOf('`objective` returns the residual of the equation.'), '`objective`');
    // A formula's words set as text are words: an inference rule's name.
    assert.equal(subjectOf('${\\tt (sAssign1)}$ is the rule of an assignment whose right side is not a value yet.'), '${\\tt (sAssign1)}$');
  });

  it('has no subject where a participle is put first ("Shown are…")', () => {
    assert.equal(subjectOf('Shown are the cosine similarities of feature embeddings at different locations.'), null);
    assert.equal(subjectOf('Given is a graph with positive weights on its edges.'), null);
    assert.equal(subjectOf('The encoder is trained on unlabeled images.'), 'The encoder');
  });

  it('is led into by a clause that ends on a preposition, which is no term ("For a reaction like:")', () => {
    assert.equal(leadIn('For a reaction like:\n\n$A + \\frac{b}{a} B \\rightarrow C$'), null);
    assert.equal(endsOnFunctionWord('Flows through'), true);
    assert.equal(leadIn('Reaction rate: the change in concentration per unit time.')?.title, 'Reaction rate');
  });
});

describe('a paragraph in emphasis cut right after a web address', () => {
  it('sets the address in angle brackets before the closing marker, so the marker is no part of the link', () => {
    const text =
      '_For more on functions see the documentation at https://www.postgresql.org/docs/12/functions.html (for version 12 - for other versions change 12 to the one you use)_';
    const point = topicOf(text, 12);
    assert.equal(point, '_For more on functions see the documentation at <https://www.postgresql.org/docs/12/functions.html>_');
    // A bold paragraph too, and an address already in brackets or in a link stays as written.
    assert.match(topicOf(text.replace(/^_|_$/gu, '**'), 12), /functions\.html>\*\*$/u);
    assert.match(
      topicOf(text.replace('https://www.postgresql.org/docs/12/functions.html', '<https://example.org/f.html>'), 12),
      /[^<]<https:\/\/example\.org\/f\.html>_$/u,
    );
  });
});

describe("a term's description of a word or two", () => {
  it('is the point with its term, the sentence after it left to the notes', () => {
    assert.equal(topicOf("**Selection**: monotone! Added rows either get included by the filter or they don't.", 14), '**Selection**: monotone!');
    assert.equal(topicOf('`union`: monotone. Adding rows either adds to the result or not.', 14), '`union`: monotone.');
    // (A list item's term, read apart from its description, likewise.)
    assert.equal(pointOf("**Selection**: monotone! Added rows either get included by the filter or they don't.", 14).point, '**Selection**: monotone!');
    // A short sentence with no term still takes the next one that says what it means.
    assert.equal(
      topicOf("Why not? Added rows either get included by the filter or they don't.", 14),
      "Why not? Added rows either get included by the filter or they don't.",
    );
  });
});

describe('a subject of one Latin letter', () => {
  it('names no slide, in English or in another language', () => {
    assert.equal(subjectOf('C est la racine, E, Z A et G sont les feuilles.', 'fr'), null);
    assert.equal(subjectOf('F est le père de Z.', 'fr'), null);
    assert.equal(subjectOf('B is the parent of E and F.'), null);
    assert.equal(subjectOf('Le compilateur est très précis.', 'fr'), 'Le compilateur');
  });
});

describe('subjectOf, Japanese', () => {
  it('reads no subject from the rest of a sentence that opens with its particle', () => {
    assert.equal(subjectOf('の関係があり、これは基底の変換と逆向きの変換である。', 'ja'), null);
    assert.equal(subjectOf('ホッジ作用素が双対変換を与える。', 'ja'), 'ホッジ作用素');
  });
});

describe('subjectOf, a modal that is a noun', () => {
  it('reads "will" before a verb in -s as the noun it is, and names no slide by the word before it', () => {
    assert.equal(subjectOf('Free will comes from it being impossible to know the future.'), null);
    assert.equal(subjectOf('The parser will read the file.'), 'The parser');
    assert.equal(subjectOf('The server will always restart.'), 'The server');
  });
});

describe('pointOf, a sentence whose connective alone opens it', () => {
  it('keeps the connective where the rest would open in lower case: the sentence, not a fragment', () => {
    const kant =
      'Thus, with these two arguments the author tries to refute one particular view about the origin of our idea of distance---namely in plain sensory experience (at least as the older empiricists understood it). The idea of distance is not found in experience.';
    assert.match(pointOf(kant, 14).point, /^Thus, with these two arguments the author tries to refute/u);
    const site =
      'However, there is a very good reason not to take that easy route if you plan to use the site generator as a full content management system for your course. It grows.';
    assert.match(pointOf(site, 14).point, /^However, there is a very good reason/u);
    // A connective before a clause that opens in capitals still goes: "The model…" reads whole.
    assert.match(
      pointOf('Therefore, The Model of the course is built from three parts that the students assemble one after another over the weeks of the term. More.', 14)
        .point,
      /^The Model/u,
    );
  });
});

describe('pointOf, a plain text whose dollar signs are escaped', () => {
  it('cuts after the first sentence: escaped dollars open no formula that would hold the sentences after it', () => {
    // (A plain text's "{/Here 3\$/^M}" and "{/Here 3\\\$/^M}", escaped as Markdown.)
    const text = String.raw`Now try {/Here 3\\\$/^M} and you should end up nine lines above this one.  Try {//^M} and note that it returns you to the same place, and not to the first line of this paragraph: the back-slash is not part of the search string.  To find the string, type {/Here 3\\\\\\\$/^M}.  There are three back-slashes.`;
    assert.equal(pointOf(text, 30).point, String.raw`Now try {/Here 3\\\$/^M} and you should end up nine lines above this one.`);
    // (A formula between unescaped dollars is still one span: "$a. b$" ends no sentence.)
    assert.equal(
      pointOf('The set $\\{a. B\\}$ holds both of the values we want and many more that we do not need at all here. It is large. It grows.', 12).point,
      'The set $\\{a. B\\}$ holds both of the values we want and many more that we do not need at all here.',
    );
  });
});

describe('leadIn, a row of a table laid out in columns', () => {
  it('takes no term from cells set apart by spaces; a term of a few words still leads', () => {
    assert.equal(leadIn('G>0   0     bind_conf: only group is set: bind to all threads of group G'), null);
    assert.equal(leadIn('Thread groups: each one holds up to 64 threads of the process')?.title, 'Thread groups');
  });
});
