// stages/slide-titles.ts: what a continuation slide is titled, through the planner.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { joiner, shortHeading, slideTitles } from '../../scripts/stages/slide-titles.ts';
import type { Unit } from '../../scripts/stages/units.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';
import { removeHidden } from '../../scripts/stages/hidden.ts';
import { rstToMarkdown } from '../../scripts/stages/rst-markdown.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { titleLines } from '../../scripts/stages/text-size.ts';
import { markdownSlides } from './plans.ts';

/** A list item's point as a slide's unit, in a block of its own (`fields` change its size or lead). */
const itemPoint = (markdown: string, block: number, fields: Partial<Unit> = {}): Unit => ({
  kind: 'point',
  markdown,
  height: 40,
  words: 8,
  noteKey: String(block),
  noteText: markdown,
  block,
  lead: null,
  keepWithNext: false,
  breakCost: 0,
  listItem: true,
  item: true,
  ...fields,
});

function titlesOf(file: string, text: string): string[] {
  const doc = readDocument(file, Buffer.from(text));
  const model = doc.format === 'markdown' ? splitMarkdown(doc.text) : splitText(doc.text);
  return planDeck(model, { file, fileName: file, format: doc.format, author: 'T' }).value.slides.map((s) => s.title);
}

/**
 * A document of one section whose text leads into one listing of steps: each step its comment lines (none, one, or a
 * comment over two lines) over seven commands, `command(step, line)`.
 */
function commentedListing(title: string, heading: string, lead: string, command: (n: number, i: number) => string, steps: string[][]): string {
  const listing = steps.flatMap((comments, k) => [...comments.map((c) => `# ${c}`), ...Array.from({ length: 7 }, (_, i) => command(k + 1, i)), '']);
  return [`# ${title}`, '', `## ${heading}`, '', lead, '', '```', ...listing, '```'].join('\n');
}

/** A step of a git workflow: `git step-n --option-i TOPIC-BRANCH`. */
const gitStep = (n: number, i: number): string => `git step-${n} --option-${i} TOPIC-BRANCH`;

/** A section of screenshots, each under a point and a sentence leading into it that name nothing, with these alt texts. */
function screenshots(alts: string[]): string {
  const para = (n: number): string =>
    `It sends request number ${n} to the server, which answers it with a page of its own, and the browser then shows what came back in the window for the user to read at leisure.`;
  return `# Web\n\n## Requests\n\n${alts.map((alt, i) => `${para(i)}\n\nHere it is, as it looks:\n\n![${alt}](img/${i}.png)\n\n${para(i + 10)}`).join('\n\n')}\n`;
}

const clause = 'for the purposes of this licence, in any form and by any means, unless a separate written agreement between the parties says otherwise.';
const terms = ['Licensor', 'Legal Entity', 'You', 'Source', 'Object', 'Work', 'Derivative Works', 'Contribution', 'Contributor', 'Patent', 'Notice', 'Release'];

describe('a list of folded boxes', () => {
  it('is named by its heading, not by the summary of the box a later slide opens with, and shows every summary', () => {
    const shells = ['Bash', 'Cmd', 'Elvish', 'Fish', 'Ion', 'Nushell', 'PowerShell', 'Tcsh', 'Xonsh', 'Zsh', 'Dash', 'Oil'];
    const boxes = shells.map(
      (s) =>
        `<details>\n<summary><b>${s}</b></summary>\n\nAdd this to the end of your ${s} settings:\n\n\`\`\`sh\neval $(orbit init ${s.toLowerCase()})\n\`\`\`\n\n</details>\n`,
    );
    const text = `# Orbit\n\n## Set up your shell\n\nConfigure your shell to start the prompt. Select yours from the list below:\n\n${boxes.join('\n')}\n## Next\n\nMore.\n`;
    const plan = planDeck(splitMarkdown(text), { file: 'o.md', fileName: 'o.md', format: 'markdown' }).value;
    const slides = plan.slides.filter((s) => s.section === 'Set up your shell');
    assert.ok(slides.length >= 2, slides.map((s) => s.title).join(' | '));
    for (const slide of slides) assert.match(slide.title, /^Set up your shell/u);
    const shown = slides.map((s) => s.body).join('\n');
    for (const s of shells) assert.match(shown, new RegExp(`\\*\\*${s}\\*\\*`, 'u'), s);
  });
});

describe('continuation titles', () => {
  it('take no name from a series of names given as examples ("the kernels of Windows, Mac OS X, Linux, and FreeBSD")', () => {
    const para = (n: number): string =>
      `Paragraph ${n} of the essay says how the orchestrator keeps tenants apart, which parts of the system they share, and what an attacker could reach from a container that escaped.`;
    const examples =
      'If you take one look at how fast the project is growing, it is already taking on a lot of the same aspects of the monolithic kernels of Windows, Mac OS X, Linux, and FreeBSD.';
    const text = `# Tenancy\n\n## Isolation\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}\n\n${examples}\n\n${[6, 7].map(para).join('\n\n')}\n`;
    const titles = titlesOf('tenancy.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Isolation')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /Windows|Linux|FreeBSD|Mac OS X/u.test(t)), titles.join(' | '));
  });

  it('take no name from a value alone typed at a REPL\'s prompt ("> Saturday"); a call typed there names its slide', () => {
    const para = (n: number): string =>
      `Paragraph ${n} says what an enumerated type is: a type with a fixed set of values, each one a constructor of its own that the compiler checks.`;
    const session = (first: string): string => `\`\`\`haskell\n> ${first}\nSaturday\n> toDay 0\nMonday\n> toDay 6\nSunday\n> fromDay Monday\n0\n\`\`\``;
    const text = `# Haskell\n\n## Days\n\n${[1, 2, 3, 4].map(para).join('\n\n')}\n\n${session('Saturday')}\n\n${[5, 6, 7, 8].map(para).join('\n\n')}\n\n${session('succ Friday')}\n`;
    const titles = titlesOf('days.md', text).filter((t) => t.startsWith('Days') || t.includes('`'));
    assert.ok(!titles.some((t) => t.includes('Saturday')), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.includes('`succ Friday`')),
      titles.join(' | '),
    );
  });

  it('take no name from a line of words after a here-document\'s ">" ("> They were MITM\'d,")', () => {
    const para = (n: number): string =>
      `Paragraph ${n} says how a message is written: the editor opens a file, the text goes in, and the file is saved for the next command to encrypt.`;
    const poem = "```sh\n> They were MITM'd,\n> Which caused them no end,\n> Of pain, at least cryptographically!\nEOF\n```";
    const text = `# PGP\n\n## Sending email\n\n${[1, 2, 3, 4].map(para).join('\n\n')}\n\n${poem}\n\n${[5, 6].map(para).join('\n\n')}\n`;
    const titles = titlesOf('pgp.md', text);
    assert.ok(!titles.some((t) => t.includes('MITM')), titles.join(' | '));
  });

  it("are the question a slide opens with, where it fits the title: an essay's objections over their answers", () => {
    const answer = (n: number): string =>
      `Answer ${n} goes on at length: the author weighs the objection, gives the reasons against it, and says why the plan still holds for everyone who takes part in it, whatever they earn.`;
    const text = `Objections\n\nSome Easily Rebutted Objections\n\n  "Won't programmers starve?"\n\n${answer(1)}\n\n${answer(2)}\n\n${answer(3)}\n\n  "Shouldn't programmers be rewarded?"\n\n${answer(4)}\n\n${answer(5)}\n\n${answer(6)}\n\nThe End\n\nThat is all there is to say about it, and the rest is for the reader to judge on their own.\n`;
    const titles = titlesOf('objections.txt', text);
    assert.ok(titles.includes("Shouldn't programmers be rewarded?"), titles.join(' | '));
  });

  it('never give one name to two slides of a section: a term or code that named a slide further back names no other', () => {
    const text = `# Web\n\n## Request types\n\n${[
      'The standard lists several properties of the request types, which every server should keep in mind when it answers the requests that clients send to it over the network.',
      'Safety means that a request must not cause any side effects on the server, so that the state of the database does not change because of the request at all.',
      'All request types except POST should be idempotent:',
      '- repeating a request gives the same result as sending it once\n- a client may retry a request that timed out\n- proxies may resend a request on their own',
      'This means that if a request does generate side effects, then the result should be the same regardless of how many times the request is sent to the server by the client.',
      'If we send a PUT request to an address with the same data, the result is the same regardless of how many times the request is sent to the server by any client at all.',
      'POST is the only request type that is neither safe nor idempotent, and if we send five different POST requests, five notes are added to the database with the same content.',
      'Like safety for the GET request, idempotence is also just a recommendation in the standard and not something that is guaranteed just based on the request type alone.',
    ].join('\n\n')}\n`;
    const titles = titlesOf('types.md', text).filter((t) => t.startsWith('Request types'));
    assert.ok(titles.length >= 3, titles.join(' | '));
    assert.ok(titles.includes('Request types: POST'), titles.join(' | '));
    // (Slides that nothing names are each the section's "(cont.)".)
    const named = titles.filter((t) => t !== 'Request types (cont.)');
    assert.equal(new Set(named).size, named.length, titles.join(' | '));
  });

  it('name the parts of a table by first cells with exponents as the page shows them ("2<sup>4</sup>" is "2⁴", not "24")', () => {
    const row = (n: number): string =>
      `| 2<sup>${n}</sup> | a description of this place value that runs long enough to take several lines in its cell, number ${n} | ${2 ** n} |`;
    const text = `# Binary\n\n## Place values\n\n| power | description | value |\n| --- | --- | --- |\n${[9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map(row).join('\n')}\n`;
    const titles = titlesOf('binary.md', text).filter((t) => t.startsWith('Place values'));
    assert.ok(
      titles.some((t) => /2[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => /: \d{2}\b/u.test(t)), titles.join(' | '));
  });

  it('name the parts of a table split over slides by the first cells of the rows each shows, as the author wrote them', () => {
    const row = (key: string, i: number): string =>
      `| ${key} | a description of this kind of sound that runs long enough to take several lines in its cell, number ${i} | [p] <br> [b] <br> [t] <br> [d] |`;
    const keys = ['**stop**', 'fricative', 'nasal', 'glide', 'trill', 'flap', '`tap<N>`', 'click', 'ejective', 'implosive'];
    const text = `# Phonetics\n\n## Manner\n\n| type | description | example |\n| --- | --- | --- |\n${keys.map(row).join('\n')}\n`;
    const titles = titlesOf('manner.md', text).filter((t) => t.startsWith('Manner'));
    assert.ok(titles.length >= 3, titles.join(' | '));
    // Every part is named by its rows (one, a list of up to three, or the first and the last): no part is only "(cont.)".
    assert.ok(
      titles.slice(1).every((t) => /^Manner: \S/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((t) => t.includes('fricative') || t.includes('nasal')),
      titles.join(' | '),
    );
    // A code span stays code, whatever it holds ("`tap<N>`").
    assert.ok(titles.some((t) => t.includes('`tap<N>`')) || !titles.some((t) => t.includes('tap')), titles.join(' | '));
    // A formula stays a formula ("$\\xi_k$"), never its dollars escaped as text.
    const symbols = ['$k$', '$\\tau$', '$t_k$', '$a$', '$p$', '$q$', '$\\xi_k$', '$X_k$', '$v$', '$D$'];
    const maths = titlesOf('symbols.md', `# Walks\n\n## Symbols\n\n| symbol | description | example |\n| --- | --- | --- |\n${symbols.map(row).join('\n')}\n`);
    assert.ok(
      maths.some((t) => /^Symbols: \$/u.test(t)),
      maths.join(' | '),
    );
    assert.ok(!maths.some((t) => t.includes('\\$')), maths.join(' | '));
    // Under a heading too long to take them, the rows' names alone (without a cell's HTML bullet).
    const long = `# Phonetics\n\n## 3. Manner of Articulation in the Vocal Tract\n\n| type | description | example |\n| --- | --- | --- |\n${keys.map((k, i) => row(i === 4 ? '• **trill**' : k, i)).join('\n')}\n`;
    const parts = titlesOf('long.md', long).filter((t) => !/^(?:Phonetics|Agenda|Summary)$/u.test(t));
    assert.ok(
      parts.slice(1).every((t) => !t.includes('(cont.)') && !t.includes('•')),
      parts.join(' | '),
    );
    assert.ok(
      parts.some((t) => /^(?:\S+, )*trill/u.test(t) || t.includes('trill')),
      parts.join(' | '),
    );
    // A table whose rows open with a dash or with nothing names no part.
    for (const key of ['-', '']) {
      const alike = `# Phonetics\n\n## Manner\n\n| type | description | example |\n| --- | --- | --- |\n${keys.map((k, i) => row(i % 2 === 0 ? key : k, i)).join('\n')}\n`;
      const parts = titlesOf('alike.md', alike).filter((t) => t.startsWith('Manner'));
      assert.ok(parts.length >= 3 && parts.slice(1).every((t) => t === 'Manner (cont.)'), `${JSON.stringify(key)}: ${parts.join(' | ')}`);
    }
    // Nor one whose first column draws a folder's tree ("├── `notes.ipynb`"): a part is no file of it.
    const tree = `# Phonetics\n\n## Manner\n\n| type | description | example |\n| --- | --- | --- |\n${keys.map((k, i) => row(`${i % 4 === 3 ? '└──' : '├──'} \`${k.replace(/\*/gu, '')}.ipynb\``, i)).join('\n')}\n`;
    const files = titlesOf('tree.md', tree).filter((t) => t.startsWith('Manner'));
    assert.ok(files.length >= 3 && files.slice(1).every((t) => t === 'Manner (cont.)'), files.join(' | '));
    // A label's colon is no part of the name ("**stop:**" names "stop").
    const colons = `# Phonetics\n\n## Manner\n\n| type | description | example |\n| --- | --- | --- |\n${keys.map((k, i) => row(i % 3 === 0 ? `**${k.replace(/\*/gu, '')}:**` : `${k}:`, i)).join('\n')}\n`;
    const labelled = titlesOf('colons.md', colons).filter((t) => t.startsWith('Manner'));
    assert.ok(labelled.length >= 3 && labelled.slice(1).every((t) => /^Manner: \S/u.test(t) && !/:\s*(?:–|,|$)/u.test(t.slice(8))), labelled.join(' | '));
    // Rows that open alike one after another (a cell that spanned them) are named once.
    const spanned = `# Phonetics\n\n## Manner\n\n| type | description | example |\n| --- | --- | --- |\n${keys.map((_, i) => row(i < 5 ? 'stops' : 'nasals', i)).join('\n')}\n`;
    const named = titlesOf('spanned.md', spanned).filter((t) => t.startsWith('Manner'));
    assert.ok(
      named.slice(1).every((t) => /^Manner: (?:stops|nasals|stops, nasals)(?: \(cont\.\))?$/u.test(t)),
      named.join(' | '),
    );
  });

  it("are never a box's kind ('info', 'hint', 'caution') the author's callout opens with", () => {
    const code = Array.from({ length: 12 }, (_, i) => `    let value_${i} = compute(${i}).await;`).join('\n');
    const text = `# Tokio\n\n## Tasks\n\nWe spawn a task:\n\n\`\`\`rust\nasync fn main() {\n${code}\n}\n\`\`\`\n\n**info** It is a common misconception that a static bound means living forever.\n\n**hint** Tasks are cheap: spawn one per connection.\n`;
    const titles = titlesOf('tokio.md', text);
    assert.ok(titles.length >= 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /^(?:info|hint)\b/iu.test(t)), titles.join(' | '));
  });

  it("escape a plain text's names once: a subject with Markdown's characters ('The ``yield`` statement') is not escaped twice", () => {
    const filler = Array.from(
      { length: 6 },
      (_, i) => `Generators resume where they left off, and step ${i} of the protocol keeps their local state alive between calls.`,
    ).join('\n\n');
    const text = `Simple Generators\n\nSpecification\n=============\n\n${filler}\n\nThe \`\`yield\`\` statement may only be used inside functions, and a function that holds it is a generator.\n\nThe \`\`yield\`\` statement is not allowed in the try clause of a try/finally construct.\n`;
    const titles = titlesOf('pep.txt', text);
    const named = titles.find((t) => t.includes('yield'));
    assert.ok(named, titles.join(' | '));
    assert.ok(!named.includes('\\\\'), named);
  });

  it('are the alt text of the one picture a slide shows under a point and the sentence leading into it, and of no slide after it', () => {
    const alts = ['Request headers', 'Response body', 'Event timeline'];
    const titles = titlesOf('web.md', screenshots(alts));
    // The first picture is on the section's first slide, under its heading; the others name theirs.
    for (const alt of alts.slice(1)) assert.ok(titles.includes(`Requests: ${alt}`), titles.join(' | '));
    assert.ok(!titles.some((t) => alts.some((alt) => t.startsWith(`${alt} (`))), titles.join(' | '));
  });

  it('are the alt text of a picture without the full stop that ends its one sentence', () => {
    const alts = ['Request headers.', 'Response body of the page.', 'Event timeline, etc.'];
    const titles = titlesOf('web.md', screenshots(alts));
    assert.ok(
      titles.some((t) => t.endsWith('Response body of the page')),
      titles.join(' | '),
    );
    // (Not an abbreviation's full stop: it is the author's.)
    assert.ok(
      titles.some((t) => t.endsWith('Event timeline, etc.')),
      titles.join(' | '),
    );
  });

  it("are never a code of a character or two ('`M`') nor the first word of what an item says after its code", () => {
    const codes = 'MiFDbfCavNpnrsxkeK'.split('');
    const items = codes.map(
      (c, n) => `- \`${c}\` - ${['Prompt for', 'Skip', 'Read', 'Use'][n % 4]} a thing of kind ${n}, with completions where there are any`,
    );
    const text = `# Commands\n\n## Interactive parameters\n\nThe form accepts codes that tell the editor what to do when the command runs.\n\n**General arguments**\n\n${items.join('\n')}\n`;
    const titles = titlesOf('codes.md', text);
    assert.ok(titles.length > 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /`.{1,2}`$|: (?:Skip|Read|Use|Prompt)\b/u.test(t)), titles.join(' | '));
  });

  it('never name a part of a long table by measurements in its first column (-49.85, -47.15)', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `| ${(-49.85 + i * 0.37).toFixed(2)} | ${(-128.57 + i).toFixed(2)} | 1930-01-${String((i % 28) + 1).padStart(2, '0')} |`,
    );
    const text = `# Survey\n\n## Readings\n\nThe readings of each site, as the query returns them:\n\n| lat | long | dated |\n|---|---|---|\n${rows.join('\n')}\n`;
    const titles = titlesOf('survey.md', text);
    assert.ok(titles.length > 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /-\d+\.\d+/u.test(t)), titles.join(' | '));
  });

  it('are a captioned figure\'s caption without its label where that fits the heading\'s lines, else its label ("Figure 1")', () => {
    const para = (n: number): string =>
      `The parametrised model number ${n} takes in an input, has a parameter vector and produces an output that goes into the cost function, which compares the true output with the model output.`;
    const text = [
      '# Models',
      '',
      '## Parametrised models',
      '',
      para(1),
      '',
      para(2),
      '',
      '![Figure 1: Computation Graph representation for a Parametrised Model](graph.png)',
      '',
      para(3),
      '',
      para(4),
      '',
      '![Figure 2: The loss surface](loss.png)',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const titles = titlesOf('models.md', text);
    assert.ok(titles.includes('Parametrised models: Figure 1'), titles.join(' | '));
    // A caption short enough names its slide by its words alone.
    const short = titlesOf('models.md', text.replace('Figure 1: Computation Graph representation for a Parametrised Model', 'Figure 1: The computation graph'));
    assert.ok(short.includes('Parametrised models: The computation graph') || short.includes('The computation graph'), short.join(' | '));
    // So is one whose label has an aside on where it is from ("Fig. 2 (Ch. 2): …"), without it.
    const from = titlesOf(
      'models.md',
      text.replace('Figure 1: Computation Graph representation for a Parametrised Model', 'Fig. 1 (Ch. 2): The computation graph'),
    );
    assert.ok(from.includes('Parametrised models: The computation graph') || from.includes('The computation graph'), from.join(' | '));
  });

  it("keep a picture with the caption under it, named by it, and never by an alt text that is its file's name", () => {
    const para = (n: number): string =>
      `Sample number ${n} of the training set moves the weights a little along the gradient of its own loss, and the step size sets how far each update goes.`;
    const figure = (n: number, alt: string, caption: string): string[] => [`![${alt}](images/fig_2_0${n}.png)`, '', caption, ''];
    const text = [
      '# Descent',
      '',
      '## Stochastic updates',
      '',
      para(1),
      '',
      para(2),
      '',
      ...figure(1, 'fig 2 01', 'Figure 3: The trajectory of per-sample updates'),
      para(3),
      '',
      para(4),
      '',
      ...figure(2, 'fig 2 02', '**Batch updates.** The trajectory when a batch of samples moves the weights at once.'),
      para(5),
      '',
      para(6),
    ].join('\n');
    const doc = readDocument('descent.md', Buffer.from(text));
    const slides = planDeck(splitMarkdown(doc.text), { file: 'descent.md', fileName: 'descent.md', format: 'markdown', author: 'T' }).value.slides;
    for (const [picture, caption] of [
      ['fig_2_01.png', 'The trajectory of per-sample updates'],
      ['fig_2_02.png', 'The trajectory when a batch'],
    ] as const) {
      const slide = slides.find((s) => s.body.includes(picture));
      assert.ok(slide?.body.includes(caption), `${picture}: ${slide?.body ?? 'no slide'}`);
      // Shown as a caption under it, not as a bullet point.
      assert.doesNotMatch(slide?.body ?? '', /^- (?:Figure 3|\*\*Batch)/mu, slide?.body);
    }
    const titles = slides.map((s) => s.title);
    assert.ok(
      titles.some((t) => t.includes('The trajectory of per-sample updates')),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => /fig 2 0\d/u.test(t)), titles.join(' | '));
  });

  it("are never a file's or an identifier's name left as a picture's alt text ('devcontainer_python_rebuild')", () => {
    const alts = ['devcontainer_python_buster', 'devcontainer_python_rebuild', 'step-3.png'];
    const titles = titlesOf('web.md', screenshots(alts));
    assert.ok(!titles.some((t) => alts.some((alt) => t.includes(alt))), titles.join(' | '));
  });

  it("are never a note in lower case of what the file is ('london zoomed image', 'smartphone'); a caption is", () => {
    const alts = ['london zoomed image', 'smartphone', 'city map icon', 'The Dawn of Robot Surveillance'];
    const titles = titlesOf('web.md', screenshots(alts));
    assert.ok(!titles.some((t) => /london|smartphone|map icon/u.test(t)), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.includes('The Dawn of Robot Surveillance')),
      titles.join(' | '),
    );
  });

  it("are never an editor's placeholder alt text ('Alt text', 'image', 'Pasted image 2023…', 'Screenshot 3')", () => {
    const pictures = ['Alt text', 'image', 'Pasted image 20230101', 'Screenshot 3', 'Alt text', 'untitled'];
    const text = `# OS\n\n## Scheduling\n\nThe scheduler moves each process along its queue in order.\n\n${pictures.map((alt, i) => `![${alt}](img/${i}.png)`).join('\n\n')}\n`;
    const titles = titlesOf('os.md', text);
    assert.ok(titles.length > 4, titles.join(' | '));
    assert.ok(!titles.some((t) => /alt text|image|screenshot|untitled/iu.test(t)), titles.join(' | '));
  });

  it("are never the format Jupyter's nbconvert names its output pictures by ('![png](notebook_files/notebook_9_1.png)'), nor a caption of it", () => {
    const plan = planDeck(splitMarkdown(screenshots(['png', 'svg', 'png'])), { file: 'nb.md', fileName: 'nb.md', format: 'markdown' }).value;
    const titles = plan.slides.map((s) => s.title);
    assert.ok(!titles.some((t) => /\b(?:png|svg)\b/u.test(t)), titles.join(' | '));
    assert.doesNotMatch(plan.slides.map((s) => s.body).join('\n'), /lectern-caption[^<]*>(?:png|svg)</u);
  });

  it('name a part of a long list of keys, each item a key in quotes and what it is, by the keys it shows', () => {
    const keys = [
      'tube',
      'state',
      'pri',
      'age',
      'delay',
      'ttr',
      'time-left',
      'file',
      'reserves',
      'timeouts',
      'releases',
      'buries',
      'kicks',
      'uptime',
      'binlog',
      'version',
    ];
    const items = keys
      .map((k) => `- "${k}" is the number that the server keeps for this job's ${k}, counted since the server process started running.`)
      .join('\n\n');
    const text = `Beanstalk Protocol\n\nOther Commands\n--------------\n\nThe stats-job command gives statistical information about the specified job if it exists. Its form is:\n\n${items}\n\nClosing\n-------\n\nThat is all of it.\n`;
    const titles = titlesOf('protocol.txt', text).filter((t) => t.startsWith('Other Commands'));
    assert.ok(titles.length >= 3, titles.join(' | '));
    const named = titles.slice(1).filter((t) => /^Other Commands: "[a-z-]+"/u.test(t));
    assert.ok(named.length >= titles.length - 2, titles.join(' | '));
  });

  it("name a slide of definitions by the terms it defines, in the author's quotes, without escaping the heading twice", () => {
    for (const [file, text] of [
      [
        'terms.md',
        `# Licence\n\n## 1. Definitions\n\n${terms.map((t) => `- "${t}" shall mean everything the ${t.toLowerCase()} covers ${clause}`).join('\n')}\n\n## 2. Grant\n\nThe grant is simple.\n`,
      ],
      [
        'terms.txt',
        `Licence\n\n1. Definitions:\n\n${terms.map((t) => `"${t}" shall mean everything the ${t.toLowerCase()} covers ${clause}`).join('\n\n')}\n\n2. Grant:\n\nThe grant is simple.\n`,
      ],
    ] as const) {
      const titles = titlesOf(file, text);
      const continued = titles.filter((t) => /Definitions(?!$)/u.test(t));
      assert.ok(continued.length >= 2, `${file}: ${titles.join(' | ')}`);
      for (const title of continued) assert.match(title, /^1\\?\. Definitions: "[^"]+"(?:, "[^"]+")*$/u, `${file}: ${title}`);
      // The terms named are defined terms, in the author's order, each once (as many as a title line holds).
      const named = continued.flatMap((t) => [...t.matchAll(/"([^"]+)"/gu)].map((m) => m[1] ?? ''));
      const at = named.map((t) => terms.indexOf(t));
      assert.ok(
        at.every((k, i) => k >= 0 && (i === 0 || k > (at[i - 1] ?? -1))),
        named.join(', '),
      );
    }
  });

  it("do not go on with the subject of another paragraph: a slide of new paragraphs that name nothing is the heading's continuation", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) =>
      i === 0
        ? 'The storage layer keeps every record it is given in a log on disk, in the order the records arrive. A reader can ask for any record by its number. Nothing is ever rewritten in place, so a crash loses at most the last record.'
        : 'It is then read back, checked against its sum and handed on to the next stage of the pipe, which may drop it or keep it. When the check fails, the record is read once more from the copy. Only after a third failure is an error shown.',
    );
    const titles = titlesOf('store.md', `# Store\n\n## Records\n\n${paragraphs.join('\n\n')}\n\n## Next\n\nMore.\n`);
    assert.ok(titles.filter((t) => t === 'Records (cont.)').length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => t.startsWith('The storage layer')), titles.join(' | '));
  });

  it('do not go on with the subject of a list item over the paragraph after the list', () => {
    const sentence = (i: number): string =>
      `The history of every society number ${i} is the history of its struggles, carried on now hidden and now open, and each time it ended either in a reconstruction of society at large or in the common ruin of the contending classes.`;
    const paragraph = Array.from({ length: 9 }, (_, i) => sentence(i)).join(' ');
    const text = `# M\n\n## Europe\n\nTwo things result from this fact:\n\n1. Communism is already acknowledged by all the powers to be itself a power.\n2. It is high time that the authors publish their views.\n\n${paragraph}\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('m.md', text);
    assert.ok(titles.filter((t) => t === 'Europe (cont.)').length >= 2, titles.join(' | '));
    assert.ok(!titles.includes('Communism (cont.)'), titles.join(' | '));
  });

  it("do not go on with a list item's term over the list's later items: the term names its own item only", () => {
    const items = [
      'Easy to use, with a game inspired menu system.',
      'Full mouse support: all buttons with a highlighted key are clickable and mouse scrolling works in process list and menu boxes.',
      ...[
        'Send any signal to the selected process.',
        'Pause the process list.',
        'Change all config file options from a menu.',
        'See a graph of network usage.',
      ],
      ...['Show activity and speeds for disks.', 'Read the battery meter.', 'Select symbols for the graphs.', 'Keep custom presets.', 'Filter processes.'],
      ...['Switch between sorting options.', 'See a tree view of processes.', 'And more, in every release.'],
    ];
    const text = `# Monitor\n\n## Features\n\n${items.map((t) => `* ${t}`).join('\n')}\n\n## Themes\n\nThemes are files.\n`;
    const titles = titlesOf('monitor.md', text).filter((t) => t.startsWith('Features') || t.startsWith('Full'));
    assert.ok(titles.length >= 3, titles.join(' | '));
    assert.ok(!titles.some((t) => t.startsWith('Full mouse support')), titles.join(' | '));
  });

  it("never name a slide by knitr's inline code (`r expr`, a number once rendered)", () => {
    const steps = Array.from(
      { length: 4 },
      (_, i) =>
        `From this table, we see that the share of positive tests that have the disease is \`r sum(test == "+" & D == ${i})\` out of \`r sum(test == "+")\`, which is small, and we go on to the next table now:\n\n\`\`\`r\n${Array.from({ length: 12 }, (_, k) => `table(D${k}, test${i})`).join('\n')}\n\`\`\``,
    ).join('\n\n');
    const titles = titlesOf('b.qmd', `# Bayes\n\n## Tests\n\n${steps}\n\n## Next\n\nMore.\n`);
    assert.ok(!titles.some((t) => t.includes('`r ')), titles.join(' | '));
  });

  it("keep the author's parenthesis in a heading when a slide goes on with a block", () => {
    const code = (n: number): string => `\`\`\`c\n${Array.from({ length: 24 }, (_, i) => `x[${i}] = step(x, ${n}); /* update */`).join('\n')}\n\`\`\``;
    const titles = titlesOf(
      'd.md',
      `# Heat\n\n## Diffusion (serial version)\n\nThe update loop:\n\n${code(1)}\n\nAnd again:\n\n${code(2)}\n\n## Next\n\nMore.\n`,
    );
    const continued = titles.filter((t) => t.endsWith('(cont.)'));
    assert.ok(continued.length >= 1, titles.join(' | '));
    for (const t of continued) assert.equal(t, 'Diffusion (serial version) (cont.)', titles.join(' | '));
  });

  it('name a slide that opens with a shell command by the command, when the title has room', () => {
    const steps = Array.from(
      { length: 4 },
      (_, i) =>
        `Then we run it once more, on the next file of the data set, and read what it prints before we go on:\n\n\`\`\`bash\n# count the lines\nwc -l part-${i}.txt\n\`\`\`\n\n\`\`\`output\n${Array.from({ length: 12 }, (_, k) => `line ${k} of the output of step ${i}`).join('\n')}\n\`\`\``,
    ).join('\n\n');
    const titles = titlesOf('tool.md', `# Tool\n\n## Counting\n\n${steps}\n\n## Next\n\nMore.\n`);
    assert.ok(
      titles.some((t) => /^Counting: `wc -l part-\d\.txt`$/u.test(t)),
      titles.join(' | '),
    );
  });

  it('join what a slide shows to a heading that asks with a dash, not run on after its question mark', () => {
    const steps = Array.from(
      { length: 4 },
      (_, i) =>
        `Then we run it once more, on the next file of the data set, and read what it prints before we go on:\n\n\`\`\`bash\n# count the lines\nwc -l part-${i}.txt\n\`\`\`\n\n\`\`\`output\n${Array.from({ length: 12 }, (_, k) => `line ${k} of the output of step ${i}`).join('\n')}\n\`\`\``,
    ).join('\n\n');
    const titles = titlesOf('tool.md', `# Tool\n\n## How do I count?\n\n${steps}\n\n## Next\n\nMore.\n`);
    assert.ok(
      titles.some((t) => /^How do I count\? — `wc -l part-\d\.txt`$/u.test(t)),
      titles.join(' | '),
    );
    // And one that ends on a full stop ("We're back."), not "back.: `wc`".
    const back = titlesOf('tool.md', `# Tool\n\n## We're back.\n\n${steps}\n\n## Next\n\nMore.\n`);
    assert.ok(
      back.some((t) => /^We're back\. — `wc -l part-\d\.txt`$/u.test(t)),
      back.join(' | '),
    );
    assert.ok(!back.some((t) => t.includes('.:')), back.join(' | '));
  });

  it('name a slide by a shell command without the backslash that continues it', () => {
    const steps = Array.from(
      { length: 4 },
      (_, i) =>
        `Then we install it once more, into the next folder of the disk, and read what it prints before we go on:\n\n\`\`\`bash\nsudo tool-${i} \\\n  --target=disk \\\n  --verbose\n\`\`\`\n\n\`\`\`output\n${Array.from({ length: 12 }, (_, k) => `line ${k} of the output of step ${i}`).join('\n')}\n\`\`\``,
    ).join('\n\n');
    const titles = titlesOf('tool.md', `# Tool\n\n## Installing\n\n${steps}\n\n## Next\n\nMore.\n`);
    assert.ok(
      titles.some((t) => /^Installing: `sudo tool-\d`$/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => t.includes('\\')), titles.join(' | '));
  });

  it('name a slide by its code alone when the heading and the code would take more lines than the heading', () => {
    const heading = 'Spawning threads inside one scope';
    const paragraphs = Array.from(
      { length: 5 },
      (_, i) =>
        `Use \`scope_${i}()\` to open a block in which every thread spawned also ends, so that the threads may borrow what lives outside it.\n\n\`\`\`rust\n${Array.from({ length: 9 }, (_, k) => `let handle_${k} = s.spawn(|| work(${k}));`).join('\n')}\n\`\`\``,
    ).join('\n\n');
    const titles = titlesOf('rfc.md', `# Threads\n\n## ${heading}\n\n${paragraphs}\n\n## Next\n\nMore.\n`);
    assert.ok(
      titles.some((t) => /^`scope_\d\(\)`$/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(titles.includes(heading));
  });
});

describe('a code span inside a sentence', () => {
  it('names a slide under its heading, never alone as its title ("`List`")', () => {
    // (A heading of one line that the code beside it would take to two.)
    const heading = 'Data Representations and Interfaces';
    const long = (n: number): string =>
      `This may seem obvious, but it is harder than it sounds in practice, number ${n}, and a careful distinction between the representation and the interface it provides saves a great deal of pain later in a project.`;
    const text = `# Notes\n\n## ${heading}\n\n${[1, 2, 3, 4].map(long).join('\n\n')}\n\nJust like we can provide the \`List\` interface through many different data structures, we can provide an algorithm in many ways.\n\nLet us look at one you may not have seen before, and then at a second one.\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('notes.md', text);
    assert.ok(titles.filter((t) => t.startsWith(heading)).length >= 2, titles.join(' | '));
    assert.ok(!titles.includes('`List`'), titles.join(' | '));
  });
});

describe('a code span said in an aside', () => {
  it('names no slide ("(note, … such as `#!/bin/sh`)"): the command the slide shows does', () => {
    const use = (caption: string, command: string): string => `${caption}\n\n\`\`\`bash\n${command}\n\`\`\`\n`;
    const text = [
      '# Tool',
      '',
      '## How to use',
      '',
      ...[1, 2, 3, 4, 5, 6].map((n) => use(`Show the file number ${n} on the terminal with its colours and its line numbers`, `tool file${n}.txt --color`)),
      use(
        'Read from stdin, determine the syntax automatically (note, this only works when the first line says it, usually through a shebang such as `#!/bin/sh`)',
        'curl -s https://example.org/install.sh | tool',
      ),
    ].join('\n');
    const titles = titlesOf('tool.md', text);
    assert.ok(!titles.some((t) => t.includes('#!/bin/sh')), titles.join(' | '));
  });
});

describe('a code span given as an example', () => {
  it('names no slide ("devices like `usb` drivers", "System Calls like `write` or `read`"); one the point is about does', () => {
    const text = [
      '# Kernels',
      '',
      '## Kernels',
      '',
      ...[1, 2, 3, 4, 5].map((n) => `${n}. The operating system kernel is a special piece of software that starts in step number ${n} of the boot.`),
      '',
      '- Scheduling processes and threads; in addition, handling synchronization primitives',
      '- Providing System Calls like `write` or `read`',
      '- Manages virtual memory and low level binary devices like `usb` drivers',
      '- Handles reading and understanding a filesystem',
      '- Handles communicating over networks and with other processes on the machine',
      '- Dynamically linking libraries for the programs it runs, such as `libc`',
      '- The kernel handles all of this stuff in kernel mode',
      '',
      '## Next',
      '',
      'More.',
    ].join('\n');
    const titles = titlesOf('kernels.md', text);
    assert.ok(!titles.some((t) => /`(?:write|usb|libc)`/u.test(t)), titles.join(' | '));
  });
});

describe('a list item of a few words over its own items', () => {
  it('names a slide it opens, not a name its sub-items mention ("Best Fit", not "First Fit")', () => {
    const fit = (name: string, other: string): string =>
      `- ${name}\n  - Walk the whole list and take the hole this rule picks, number one of its steps\n  - Slower than ${other} in most cases, and it leaves many small fragments behind it`;
    const text = `# Memory\n\n## Free lists\n\nSearch algorithms:\n\n${fit('First Fit', 'Next Fit')}\n${fit('Next Fit', 'First Fit')}\n${fit('Best Fit', 'First Fit')}\n${fit('Worst Fit', 'First Fit')}\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('mem.md', text);
    const parts = titles.filter((t) => t.startsWith('Free lists'));
    assert.ok(parts.length >= 2, titles.join(' | '));
    assert.ok(
      parts.slice(1).every((t) => !t.endsWith('First Fit') || parts.length === 1),
      titles.join(' | '),
    );
  });
});

describe("a string's value in a code span", () => {
  it('never titles a slide alone (`"Load cargo"`)', () => {
    const heading = 'Data Representations and Interfaces';
    const long = (n: number): string =>
      `The representation of the data and the interface that it provides to callers are two different things to keep apart in case number ${n} of the project.`;
    const text = `# Notes\n\n## ${heading}\n\n${[1, 2, 3, 4, 5, 6].map(long).join('\n\n')}\n\nEnter the allowed operations as arbitrary text in the dialog shown, for instance \`"Load cargo"\` and \`"Unload cargo"\`.\n\nThen save the model and close the dialog.\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('ops.md', text);
    assert.ok(!titles.some((t) => /^`"/u.test(t)), titles.join(' | '));
  });
});

describe('a keyword in a code span', () => {
  it('that is a word of the language too ("`if`") names no slide', () => {
    const long = (n: number): string =>
      `The key concept we need is that of dominators, number ${n}, and a node dominates another when every path from the entry to the other goes through it first.`;
    const text = `# Compilers\n\n## Dominators\n\n${[1, 2, 3, 4].map(long).join('\n\n')}\n\nAbove is a simple graph with a diamond shape, perhaps from an \`if\` statement.\n\nWhat about the two nodes in the middle?\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('dom.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Dominators')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('`if`')), titles.join(' | '));
  });
});

describe('a name in a continuation title', () => {
  it('never runs on past the end of a bold lead-in ("**Think Like an Engineer** Agree on…" is no "Engineer Agree")', () => {
    const long = (n: number): string =>
      `Routing the mail is hard because the work is done at a very high level, case ${n}, and every letter has to go to the right small post office for delivery by hand.`;
    // (The label stands over boxes in four sections: a label of the author's, not the name of one slide.)
    const box = (section: string): string =>
      `## ${section}\n\nDecide on the operations first.\n\n~~~admonish tip title="Think Like an Engineer"\nKeep this in mind when you split up the work.\n~~~\n\n`;
    const text = `# Algorithms\n\n${['Interfaces', 'Trees', 'Filters'].map(box).join('')}## The mailbox problem\n\n${[1, 2, 3, 4].map(long).join('\n\n')}\n\n~~~admonish tip title="Think Like an Engineer"\nAgree on what you need from the interface, and then figure out the right implementation.\n~~~\n\nWhat would you use instead, if you wanted better performance?\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('mail.md', text);
    assert.ok(!titles.some((t) => /Engineer\s+Agree/u.test(t)), titles.join(' | '));
    assert.ok(titles.filter((t) => t.startsWith('The mailbox problem')).length >= 2, titles.join(' | '));
  });
});

describe('an identifier among the points', () => {
  it('names no slide by a piece of it ("keysym Alt_L = Meta_L Alt_L" is no "L Alt")', () => {
    const text = [
      'Terminal notes',
      '',
      'Modifier keys in terminals',
      '',
      ...[1, 2, 3].flatMap((n) => [
        `A terminal turns each key you press into codes for the program, case ${n}, and the program reads those codes to know what you meant; a modifier changes the codes that the next key sends.`,
        '',
      ]),
      'If you use one of the older terminals, you may need to set a few of its resources before the modifier works:',
      '',
      ' Term*eightBitInput:   false',
      ' Term*metaSendsEscape: true',
      '',
      'With the other terminal, you can also say which key acts as the modifier. So if you want to use the left one',
      'instead of the logo key for it, use:',
      '',
      ' other*modifier: alt',
      '',
      'You could do this by changing the key mappings of the display:',
      '',
      ' xmodmap -e "keysym Alt_L = Meta_L Alt_L"',
      '',
      'And how exactly do you set these resources? Most systems read a file of them when the display starts, and a file in',
      'your home folder might also work. If nothing else works, copy those lines into that file and load it by hand in',
      'some terminal. The resources affect only the terminals you start after that, not the ones already open.',
      '',
      'Windows',
      '',
      'Each window holds one channel at a time, and the status window holds the rest of what the program says.',
      '',
    ].join('\n');
    const titles = titlesOf('keys.txt', text);
    assert.ok(titles.length >= 5, titles.join(' | '));
    assert.ok(!titles.some((t) => /^(?:L|Alt|Meta)\b|\bL Alt\b/u.test(t)), titles.join(' | '));
  });
});

describe("the document's subject", () => {
  it("names no continuation slide: a name of the deck's title, or one that most sections use, tells the slides apart by nothing", () => {
    const answer = (n: number): string =>
      `Doodle Pad sends job ${n} to a queue. The job waits in a queue that nobody ever looks at, and the page never comes out of the tray at all. Restart the job by hand from the queue window after checking the cable and the paper.`;
    const section = (name: string): string => `## ${name}\n\n${[1, 2, 3, 4, 5, 6].map(answer).join('\n\n')}\n\n`;
    const text = `# Doodle Pad\n\n${['Printing', 'Saving', 'Sound', 'Fonts', 'Colours'].map(section).join('')}`;
    const titles = titlesOf('faq.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Printing')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /Doodle Pad$/u.test(t) && t !== 'Doodle Pad'), titles.join(' | '));
    assert.equal(titles.filter((t) => t === 'Doodle Pad').length, 1, titles.join(' | '));
  });
});

describe('a comment along the way in a listing', () => {
  it('names no part of it: one that goes on from the comment before, or one of two sentences', () => {
    const step = (n: number, comment: string): string => [`# ${comment}`, ...Array.from({ length: 7 }, (_, k) => `mkdir folder_${n}_${k}; ls`), ''].join('\n');
    const code = [
      step(1, 'Make the folders for the course'),
      step(2, "and see what's in them:"),
      step(3, 'Now, type "Ctrl-d" to quit. Then...'),
      step(4, 'Clean up the folders'),
    ].join('\n');
    const titles = titlesOf('shell.md', `# Shell\n\n## Must Known Commands\n\n\`\`\`sh\n${code}\`\`\`\n\n## Next\n\nMore.\n`);
    assert.ok(titles.filter((t) => t.startsWith('Must Known Commands') || /folders/u.test(t)).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /^and see|Then\.\.\./u.test(t)), titles.join(' | '));
  });
});

describe("a listing of a course's answers", () => {
  it('names a part by the question its comment opens with, under a rule drawn in comments ("## ~~~~" over "## Q6: x = …")', () => {
    const answer = (n: number): string =>
      [
        '## ~~~~~~~~~~~~~~~~~~~~~~~',
        `## Q${n}: x = z*sigma + mu`,
        '## ~~~~~~~~~~~~~~~~~~~~~~~',
        ...Array.from({ length: 9 }, (_, k) => `pnorm(${n}.${k}, 3.14, 15.9) - pnorm(${k}, 3.14, 15.9)`),
        '',
      ].join('\n');
    const code = [5, 6, 7, 8].map(answer).join('\n');
    const titles = titlesOf('answers.md', `# Normal\n\n## More Questions\n\n\`\`\`r\n${code}\`\`\`\n\n## Next\n\nMore.\n`);
    const parts = titles.slice(titles.indexOf('More Questions'), titles.indexOf('Next'));
    assert.ok(parts.length >= 3, titles.join(' | '));
    assert.ok(
      parts.slice(1).every((t) => /^More Questions: Q[5-8]$/u.test(t)),
      titles.join(' | '),
    );
  });
});

describe('the heading again', () => {
  it('names no continuation: "A specification is…" under "Specification" is its heading with an article', () => {
    const point = (n: number): string =>
      `A specification is written as a class of its own, number ${n} of many, and it holds the fields, the fixture methods and the feature methods that together say what the system under test must do.`;
    const titles = titlesOf('spec.md', `# Primer\n\n## Specification\n\n${[1, 2, 3, 4, 5, 6].map(point).join('\n\n')}\n\n## Next\n\nMore.\n`);
    assert.ok(titles.filter((t) => t.startsWith('Specification')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /A specification/u.test(t)), titles.join(' | '));
  });
});

describe('the rest of a listing', () => {
  it('is titled with its heading, never by a line from its middle alone', () => {
    const arms = Array.from({ length: 8 }, (_, i) => [`    pattern_${i}*)`, `        # Do stuff ${i}`, '    ;;', ''].join('\n')).join('\n');
    const code = `\`\`\`shell\ncase $var in\n${arms}\n    *)\n        # Else\n    ;;\nesac\n\`\`\``;
    const titles = titlesOf(
      'bible.md',
      `# Bible\n\n## Check if a string starts with a sub-string\n\n**Using a case statement:**\n\n${code}\n\n## Next\n\nMore.\n`,
    );
    const parts = titles.slice(titles.indexOf('Check if a string starts with a sub-string'), titles.indexOf('Next'));
    assert.ok(parts.length >= 2, titles.join(' | '));
    for (const t of parts) assert.match(t, /^Check if a string starts with a sub-string/u, titles.join(' | '));
    assert.ok(!parts.some((t) => /pattern_\d/u.test(t)), titles.join(' | '));
  });
});

describe('a code span naming a slide', () => {
  it('is one the text holds, never the words between two spans', () => {
    const point = (i: number): string =>
      `- Another useful option is \`docker run --name yourname docker_image_${i}\` because when you give \`--name\` you can start and stop it by name, which is handy for long-running containers of every kind.`;
    const list = Array.from({ length: 8 }, (_, i) => point(i)).join('\n');
    const titles = titlesOf('docker.md', `# Docker\n\n## Lifecycle\n\n${list}\n\n## Next\n\nMore.\n`);
    assert.ok(!titles.some((t) => /because when you give/u.test(t)), titles.join(' | '));
  });
});

describe('a diff over several slides', () => {
  it("names a slide by the function its hunk's header names, the diff's marks aside", () => {
    const hunk = (name: string, start: number): string[] => [
      `@@ -${start},6 +${start},12 @@ Pager* ${name}(const char* filename) {`,
      ...Array.from({ length: 10 }, (_, k) => (k % 3 === 0 ? `+  uint32_t added_${k} = ${k};` : `   uint32_t kept_${k} = ${k};`)),
    ];
    const code = ['```diff', ...hunk('pager_open', 10), ...hunk('pager_flush', 90), ...hunk('db_close', 190), '```'].join('\n');
    const titles = titlesOf('db.md', `# Db\n\n## Complete Diff\n\nHere is the complete diff:\n\n${code}\n\n## Next\n\nMore.\n`);
    assert.ok(
      titles.some((t) => /`pager_flush`|`db_close`/u.test(t)),
      titles.join(' | '),
    );
  });
});

describe('continuation titles of plain text', () => {
  it('take no code from backticks a plain-text document uses as quotes', () => {
    const paragraph = (i: number): string =>
      `The hypothetical commands \`show w${i}' and \`show c${i}' should show the appropriate parts of the licence, and your program's commands might be different; for a graphical interface you would use an about box instead.`;
    const titles = titlesOf('licence.txt', `Licence\n\nHow to apply these terms\n\n${Array.from({ length: 9 }, (_, i) => paragraph(i)).join('\n\n')}\n`);
    assert.ok(!titles.some((t) => /show w\d' and/u.test(t)), titles.join(' | '));
  });
});

describe('continuation titles of a long table of commands', () => {
  it('name each part by its first and last rows: code cells by their code, rows that go on from the one before and a long pipeline skipped', () => {
    const rows = Array.from({ length: 36 }, (_, k) =>
      k % 6 === 3
        ? `|  | \`alt${k} \\| save <path>\` | Another way to do the same thing, saving the output |`
        : k % 6 === 4
          ? `| \`find . -name Makefile \\| xargs vim --clean ${k}\` | \`ls **/Makefile\` | Pass values as command parameters |`
          : `| \`cmd${k} <dir>\` | \`nu${k} <dir>\` | Lists the files in the given directory number ${k} |`,
    );
    const text = `# Coming from Bash\n\n## Command Equivalents\n\n| Bash | Nu | Task |\n| --- | --- | --- |\n${rows.join('\n')}\n\n## Next\n\nMore text here.\n`;
    const titles = titlesOf('bash.md', text);
    const parts = titles.filter((t) => t.startsWith('Command Equivalents') || t.startsWith('`cmd'));
    assert.ok(parts.length >= 3, titles.join(' | '));
    const named = parts.slice(1).filter((t) => /`cmd\d+ <dir>` – `cmd\d+ <dir>`/u.test(t));
    assert.ok(named.length >= parts.length - 2, titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('\\|')), titles.join(' | '));
  });
});

describe('continuation titles of numbered items', () => {
  it("name a slide of exercises by the author's numbers of the ones it shows", () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `${i + 1}. Assume that the noise in exercise ${i + 1} follows another distribution: what changes in the loss, and can you still find a closed form for the weights?`,
    ).join('\n');
    const titles = titlesOf('notes.md', `# Regression\n\n## Model\n\nA linear model.\n\n## Exercises\n\n${items}\n`);
    const later = titles.filter((t) => t.startsWith('Exercises:'));
    assert.ok(later.length >= 1, titles.join(' | '));
    for (const t of later) assert.match(t, /^Exercises: \d+(?:–\d+)?$/u);
    assert.ok(!titles.includes('Exercises (cont.)'), titles.join(' | '));
  });

  it("name a slide of an exercise and its program, set apart under it, by the exercise's number ('Problemas: 2')", () => {
    const program = [
      'inicio',
      ...Array.from({ length: 5 }, (_, k) => [`    escribir "Dame el numero ${k + 1}"`, `    leer numero${k + 1}`]).flat(),
      '    si numero1 < numero2 entonces',
      '        escribir "menor"',
      '    fin-si',
      'fin',
    ]
      .map((l) => `    ${l}`)
      .join('\n');
    const items = Array.from(
      { length: 4 },
      (_, i) => `${i + 1}.  Escriba un algoritmo que lea un número y diga si es pequeño, caso ${i + 1}.\n    \`\`\`\n${program}\n    \`\`\``,
    ).join('\n');
    const titles = titlesOf('notas.md', `# Condicionales\n\n## Problemas\n\n${items}\n\n## Otro\n\nMás texto aquí sobre el tema.\n`);
    const named = titles.filter((t) => /^Problemas: [2-4]$/u.test(t));
    assert.ok(named.length >= 2, titles.join(' | '));
  });

  it("name a slide of a procedure's one numbered step by its number ('Setting up the board: 3')", () => {
    const step = (n: number): string =>
      `${n}. Take the part marked ${n} from the box and fit it to the board, pressing down until it clicks into place.\n\n    ![](step-${n}.jpg)`;
    const titles = titlesOf('setup.md', `# Workshop\n\n## Unboxing\n\nOpen the box.\n\n## Setting up the board\n\n${[1, 2, 3].map(step).join('\n\n')}\n`);
    const later = titles.filter((t) => t.startsWith('Setting up the board') && t !== 'Setting up the board');
    assert.ok(later.length >= 1, titles.join(' | '));
    assert.ok(
      later.some((t) => /^Setting up the board: \d$/u.test(t)),
      titles.join(' | '),
    );
  });

  it('name a slide of one numbered item of another list by nothing so cryptic as its number ("Introduction: 2")', () => {
    const long = (what: string): string =>
      `A **${what}** that measures the quality of a particular set of parameters based on how well the induced scores agree with the ground truth labels in the training data.`;
    const titles = titlesOf(
      'notes.md',
      `# Optimization\n\n## Introduction\n\nIn the previous section we introduced two key components in context of the image classification task:\n\n1. ${long('score function')}\n2. ${long('loss function')}\n\n## Gradient\n\nFollow the slope.\n`,
    );
    assert.ok(!titles.some((t) => /^Introduction: \d+$/u.test(t)), titles.join(' | '));
  });
});

describe('a heading that asks', () => {
  it('is joined to the code its slide opens with by a space, not "?:"', () => {
    const point = (name: string): string =>
      `The column names become values in a new variable, whose name is defined by \`${name}\`, as the figure shows for each of the rows of the original dataset.`;
    const body = ['names_to', 'values_to', 'cols', 'names_sep', 'names_pattern', 'values_drop_na', 'names_prefix', 'values_fn'].map(point).join('\n\n');
    const titles = titlesOf('q.md', `# Tidy\n\n## How does pivoting work?\n\n${body}\n\n## Next\n\nMore.\n`);
    const asked = titles.filter((t) => t.startsWith('How does pivoting work?') && t !== 'How does pivoting work?');
    assert.ok(asked.length >= 1, titles.join(' | '));
    for (const t of asked) assert.doesNotMatch(t, /\?:/u, t);
  });
});

describe('an essay without headings', () => {
  // Forty paragraphs about people and places: a long essay with no heading at all.
  const places = ['Lisbon', 'Porto', 'Coimbra', 'Faro', 'Braga', 'Évora', 'Sintra', 'Aveiro', 'Tavira', 'Viseu'];
  const paragraph = (i: number): string => {
    const place = places[Math.floor(i / 4)] ?? 'Lisbon';
    return (
      `That year the survey moved to ${place}, and the work changed with it. ` +
      `We measured the harbour wall at ${place} every morning before the boats went out, and wrote the figures in a book that nobody else read. ` +
      `Some days the sea was too rough to reach the gauge, so we walked the beach instead and counted what the storm had thrown up. ` +
      `By the end of the month the book held more drawings than numbers, which says something about the weather in ${place}.`
    );
  };
  const text = `Notes from the coast\n\n${Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n')}\n`;
  it("has an agenda of at most twelve sections, each titled by a name the author uses in it, and slides titled by the author's names", () => {
    const doc = readDocument('coast.txt', Buffer.from(text));
    const plan = planDeck(splitText(doc.text), { file: 'coast.txt', fileName: 'coast.txt', format: 'text', author: 'T' }).value;
    const agenda = plan.slides.filter((s) => s.layout === 'agenda').flatMap((s) => s.body.split('\n').filter((l) => /^\d+\.\s/u.test(l)));
    assert.ok(agenda.length >= 5 && agenda.length <= 12, agenda.join(' | '));
    const sections = [...new Set(plan.slides.filter((s) => s.layout === 'section').map((s) => s.section))];
    for (const section of sections) assert.ok(places.includes(section ?? ''), `"${section}" is no name of the essay`);
    const titles = plan.slides.map((s) => s.title);
    assert.ok(!titles.some((t) => /\(\d+\/\d+\)/u.test(t)), titles.join(' | '));
  });
});

describe('prose without headings whose passages open with lists', () => {
  it("names a passage by its first item's words, not its marker", () => {
    const grievance = (i: number): string =>
      `- For taking away charter number ${i}, abolishing our most valuable laws, and altering the forms of our governments in ways that nobody asked for.`;
    const passage = (i: number): string =>
      `${Array.from({ length: 6 }, (_, k) => grievance(i * 10 + k)).join('\n')}\n\nThe petitions of passage ${i} were answered only by repeated injury, year after year, without any redress at all.`;
    const text = `${Array.from({ length: 6 }, (_, i) => passage(i)).join('\n\n')}\n`;
    const plan = planDeck(splitMarkdown(text), { file: 'grievances.md', fileName: 'grievances.md', format: 'markdown', author: 'T' }).value;
    const titles = plan.slides.map((s) => s.title);
    assert.ok(
      titles.some((t) => t.startsWith('For taking away charter')),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => /^[-*+] /u.test(t)), titles.join(' | '));
  });
});

describe('an essay without headings whose passages run over several slides', () => {
  // Long paragraphs, each about something of its own (a subject, a place), a few to each passage the planner finds.
  const subjects = [
    'The ferryman',
    'The lighthouse keeper',
    'The harbour master',
    'The net mender',
    'The schoolteacher',
    'The baker',
    'The postman',
    'The miller',
  ];
  const paragraph = (i: number): string => {
    const who = subjects[i % subjects.length] ?? 'The ferryman';
    const sentences = [
      `${who} of the ${i + 1}th winter kept a record of the tides, which nobody in the village had asked for and nobody read.`,
      `Every morning the record grew by a line, and every evening it was carried home under a coat against the rain.`,
      `There were days when the weather made the work impossible, and on those days the record says so plainly, in a single word.`,
      `It is hard now to say what the record was for, unless it was for the keeping of it, which may be reason enough.`,
      `What survives of it fills three boxes in the library, where the damp has done what the sea could not.`,
    ];
    return sentences.join(' ');
  };
  const text = `Winters on the coast\n\n${Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n\n')}\n`;
  it('names each slide by what it speaks of, not as the continuation of its passage', () => {
    const plan = planDeck(splitText(readDocument('winters.txt', Buffer.from(text)).text), {
      file: 'winters.txt',
      fileName: 'winters.txt',
      format: 'text',
      author: 'T',
    }).value;
    const slides = plan.slides.filter((s) => s.layout === 'section');
    assert.ok(slides.length > new Set(slides.map((s) => s.section)).size + 5, 'passages of several slides');
    const continued = slides.filter((s) => s.title.endsWith('(cont.)')).map((s) => s.title);
    assert.ok(continued.length <= slides.length / 10, `${continued.length} of ${slides.length}: ${continued.join(' | ')}`);
  });
});

describe('a continuation slide that nothing else names', () => {
  it("is titled by the name its points are about, in the author's spelling", () => {
    const sentence = (who: string): string =>
      `Each morning ${who} walked down to the harbour wall, read the gauge twice and wrote both figures in the book, because one reading was never enough for anyone who had seen the sea change its mind.`;
    const text = `# Field notes\n\n## The harbour\n\n${[sentence('the keeper'), sentence('the keeper'), sentence('the keeper'), sentence('Rich Draves'), sentence('Rich Draves')].join('\n\n')}\n\n## The dunes\n\nThe dunes were closed.\n`;
    const titles = titlesOf('notes.md', text);
    assert.ok(titles.includes('The harbour: Rich Draves'), titles.join(' | '));
  });

  it('is not titled by a name met once, far into a long sentence ("Your turn now! — TU Delft")', () => {
    const sentence = (k: number): string =>
      `Point ${k} says that the companies that design these parts inform us that the number of hours of riding until failure for students at Grand Haven is about normal, with a mean near the figure we saw.`;
    const text = `# Field notes\n\n## The bikes\n\n${[1, 2, 3, 4, 5].map(sentence).join('\n\n')}\n\n## The dunes\n\nThe dunes were closed.\n`;
    const titles = titlesOf('notes.md', text);
    assert.ok(titles.filter((t) => t.startsWith('The bikes')).length > 1, titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('Grand Haven')), titles.join(' | '));
  });
});

describe('an essay without headings or names', () => {
  it("titles its sections by their first sentence's opening words, not by a phrase picked by frequency", () => {
    const starts = ['I have walked this shore', 'As to the matter of', 'I can think of no better', 'I am told by the old'];
    const openings = Array.from({ length: 36 }, (_, i) => `${starts[i % starts.length] ?? ''} day ${i + 1}`);
    const paragraph = (opening: string): string =>
      `${opening}, and each morning the water stood a little higher against the wall than the morning before. ` +
      'We counted stones and shells and wrote the numbers down in a book that nobody read, and we kept at it through the winter. ' +
      'Some days the wind turned the sand over so that nothing could be counted at all, and we went home early with wet boots.';
    const text = `On the shore\n\n${openings.map(paragraph).join('\n\n')}\n`;
    const plan = planDeck(splitText(readDocument('shore.txt', Buffer.from(text)).text), {
      file: 'shore.txt',
      fileName: 'shore.txt',
      format: 'text',
      author: 'T',
    }).value;
    const sections = [...new Set(plan.slides.filter((s) => s.layout === 'section').map((s) => s.section ?? ''))];
    assert.ok(sections.length >= 3, sections.join(' | '));
    for (const section of sections) assert.ok(openings.includes(section), `"${section}" is not how one of the author's sentences opens`);
  });
});

describe('a code walkthrough', () => {
  it('names each slide by what its code defines: a function bound to a name, a type signature, a REPL command', () => {
    const step = (lead: string, code: string[], lang: string): string => `${lead}\n\n\`\`\`${lang}\n${code.join('\n')}\n\`\`\``;
    const body = (name: string): string[] => Array.from({ length: 9 }, (_, i) => `  console.log('${name} ${i}', value)`);
    const js = [
      step('The component is:', ['const App = () => {', ...body('app'), '}'], 'js'),
      step('It can be written as:', ['const handleLeftClick = (event) => {', ...body('left'), '}'], 'js'),
      step('Or it can return a function:', ['const hello = (who) => () => {', ...body('hello'), '}'], 'js'),
    ].join('\n\n');
    const titles = titlesOf('react.md', `# React\n\n## Event handling revisited\n\n${js}\n`);
    assert.deepEqual(
      titles.slice(1),
      // The heading and a long name would take a second line: the name alone.
      ['Event handling revisited', '`handleLeftClick`', 'Event handling revisited: `hello`'],
    );
    const haskell = [
      step(
        'We define:',
        ['bin2int :: [Bit] -> Int', ...Array.from({ length: 9 }, (_, i) => `-- step ${i} of the conversion`), 'bin2int = foldr (\\x y -> x + 2*y) 0'],
        'haskell',
      ),
      step('For example:', ['> bin2int [1,0,1,1]', '13', ...Array.from({ length: 9 }, (_, i) => `-- line ${i} of the session`)], 'haskell'),
    ].join('\n\n');
    const more = titlesOf('bits.md', `# Bits\n\n## Transmission\n\nBits are numbers.\n\n${haskell}\n`).filter((t) => t.startsWith('Transmission'));
    assert.ok(more.includes('Transmission: `bin2int [1,0,1,1]`') || more.includes('Transmission: `bin2int`'), more.join(' | '));
  });

  it('names a slide by the type its code declares: a Scala object, a Haskell data type, a Rust implementation', () => {
    const step = (lead: string, first: string, lang: string, comment: string): string =>
      `${lead}\n\n\`\`\`${lang}\n${first}\n${Array.from({ length: 9 }, (_, i) => `  ${comment} case ${i} of the language`).join('\n')}\n}\n\`\`\``;
    const doc = [
      '# Interpreters',
      '',
      '## Mutation',
      '',
      'We add boxes to the language.',
      '',
      step('The syntax is:', 'object Syntax {', 'scala', '//'),
      step('Its values are:', 'data Value = NumV Int | BoxV Int', 'haskell', '--'),
      step('They print as:', 'impl<T> fmt::Display for Stack<T> {', 'rust', '//'),
      step('And the store:', 'case object Store {', 'scala', '//'),
    ].join('\n');
    // (The first listing shares the heading's slide.)
    assert.deepEqual(titlesOf('mutation.md', doc).slice(1), ['Mutation', 'Mutation: `Value`', 'Mutation: `Stack`', 'Mutation: `Store`']);
  });

  it('names a slide by the R function its code binds to a name ("sim.chain <- function(P, x0, n) {")', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `  xs[${i + 1}] <- P(x)  # step ${i}`);
    const chunk = (name: string): string => `\`\`\`r\n${name} <- function(P, x0, n) {\n${lines.join('\n')}\n}\n\`\`\``;
    const doc = `# Chains\n\n## Algorithm\n\nA chain is simulated step by step from its kernel.\n\n${chunk('make.kernel')}\n\nThen we run it.\n\n${chunk('sim.chain')}\n`;
    const titles = titlesOf('chains.Rmd', doc);
    assert.ok(titles.includes('Algorithm: `sim.chain`'), titles.join(' | '));
  });

  it('names no slide by a variable its code sets ("let arr = [1, 2];"), which every example may set; an ML function is a definition', () => {
    const step = (lead: string, code: string[], lang: string): string => `${lead}\n\n\`\`\`${lang}\n${code.join('\n')}\n\`\`\``;
    const lines = (n: number): string[] => Array.from({ length: 9 }, (_, i) => `alert( arr[${i + n}] ); // item ${i}`);
    const js = [0, 1, 2].map((n) => step(n === 0 ? 'It works like this:' : 'And it goes on so:', [`let arr = [${n}, 2, 3];`, ...lines(n)], 'js'));
    const titles = titlesOf('arrays.md', `# Arrays\n\n## splice\n\n${js.join('\n\n')}\n`);
    assert.ok(!titles.some((t) => t.includes('`arr`')), titles.join(' | '));
    const ml = step('We define:', ['let rec take n s =', ...Array.from({ length: 9 }, (_, i) => `  (* step ${i} *)`), '  []'], 'ocaml');
    const named = titlesOf('ml.md', `# ML\n\n## Lists\n\nLists are values.\n\n${ml}\n\n${ml}\n`);
    assert.ok(
      named.some((t) => t.includes('`take`')),
      named.join(' | '),
    );
    // Past the ML comment over it ("(* 1. Path is connected *)"), and an inline test by its name.
    const commented = (name: string): string =>
      step(
        'Then:',
        [`(* ${name} checks one fact *)`, `let ${name} p d g s u =`, ...Array.from({ length: 9 }, (_, i) => `  (* step ${i} *)`), '  true'],
        'ocaml',
      );
    const tests = step(
      'And we run them on the example graph:',
      ['(*  Testing Bellman-Ford  *)', 'let%test "Bellman-Ford-1" =', ...Array.from({ length: 9 }, (_, i) => `  (* step ${i} *)`), '  true'],
      'ocaml',
    );
    const checks = titlesOf(
      'paths.md',
      `# Paths\n\n## Testing\n\nWe test the paths.\n\n${commented('test_path_connected')}\n\n${commented('test_path_weight')}\n\n${tests}\n`,
    );
    assert.ok(
      checks.some((t) => t.includes('`test_path_weight`')),
      checks.join(' | '),
    );
    assert.ok(
      checks.some((t) => t.includes('`Bellman-Ford-1`')),
      checks.join(' | '),
    );
  });
});

describe("a C reference implementation's slides", () => {
  it('are named by the function or macro their code defines, past the comment over it', () => {
    const fn = (name: string, comment: string): string =>
      [
        '```c',
        `/* ${comment}`,
        ' */',
        `static void ${name} (context)`,
        'MD5_CTX *context;',
        '{',
        ...Array.from({ length: 9 }, (_, i) => `  context->state[${i}] = 0x${i}7452301;`),
        '}',
        '```',
      ].join('\n');
    const text = `# MD5\n\n## A.3 md5c.c\n\nThe code:\n\n${fn('MD5Init', 'MD5 initialization.')}\n\n${fn('MD5Update', 'MD5 block update operation.')}\n\n${fn('MD5Final', 'MD5 finalization.')}\n`;
    const titles = titlesOf('md5.md', text).filter((t) => t.startsWith('A.3'));
    assert.ok(titles.includes('A.3 md5c.c: `MD5Update`') && titles.includes('A.3 md5c.c: `MD5Final`'), titles.join(' | '));
  });

  it('name a part of code by the definition after its imports, and a method with its modifiers ("public function handle")', () => {
    const method = (name: string): string[] => [
      '    /**',
      `     * Handle the ${name} step.`,
      '     */',
      `    public function ${name}(Request $request, Closure $next): Response`,
      '    {',
      '        $this->log($request);',
      '        $this->count($request);',
      '        $this->check($request);',
      '        return $next($request);',
      '    }',
      '',
    ];
    const text = [
      '# Middleware',
      '',
      '## Terminable Middleware',
      '',
      'A middleware that works after the response is sent:',
      '',
      '```php',
      '<?php',
      '',
      'namespace App\\Http\\Middleware;',
      '',
      'use Closure;',
      'use Illuminate\\Http\\Request;',
      'use Symfony\\Component\\HttpFoundation\\Response;',
      '',
      'class TerminatingMiddleware',
      '{',
      ...method('handle'),
      ...method('terminate'),
      ...method('report'),
      '}',
      '```',
      '',
    ].join('\n');
    const titles = titlesOf('middleware.md', text);
    assert.ok(
      titles.some((t) => /`TerminatingMiddleware`/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((t) => /`(?:handle|terminate|report)`/u.test(t)),
      titles.join(' | '),
    );
  });

  it('name the rest of a long code block by the comment it opens with and the definition it goes on inside', () => {
    const round = (n: number): string[] => [`  /* Round ${n} */`, ...Array.from({ length: 9 }, (_, i) => `  R${n} (a, b, c, d, x[${i}], S${n}${i});`), ''];
    const jsx = Array.from({ length: 14 }, (_, i) => `      <button onClick={handle${i}}>step ${i}</button>`);
    const text = [
      '# MD5',
      '',
      '## Transform',
      '',
      'The transform:',
      '',
      '```c',
      'static void MD5Transform (state, block)',
      'UINT4 state[4];',
      'unsigned char block[64];',
      '{',
      '  UINT4 a = state[0], b = state[1], c = state[2], d = state[3];',
      '',
      ...round(1),
      ...round(2),
      ...round(3),
      '}',
      '```',
      '',
      '## Complex state',
      '',
      'The component:',
      '',
      '```js',
      'const App = () => {',
      '  const [clicks, setClicks] = useState({ left: 0, right: 0 })',
      '',
      '  return (',
      '    <div>',
      ...jsx,
      '    </div>',
      '  )',
      '}',
      '```',
      '',
    ].join('\n');
    const titles = titlesOf('rounds.md', text);
    assert.ok(
      titles.some((t) => /^Transform: (?:`MD5Transform` — )?Round [23]$/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(titles.includes('Complex state: `App` (cont.)'), titles.join(' | '));
    assert.ok(!titles.some((t) => / \(cont\.\) \(cont\.\)$/u.test(t)), titles.join(' | '));
  });

  it('name a part of a long listing by its comment alone where the heading and it would take more lines than the heading', () => {
    const text = commentedListing('Workflow', 'Quick Reference', 'All the commands in one place:', gitStep, [
      ['Fork upstream and clone your fork'],
      ['Work on pull request in a new branch'],
      ['Keep the main branch updated with upstream'],
      ['Amend the last commit'],
      ['Delete the branch after the merge'],
    ]);
    const titles = titlesOf('workflow.md', text);
    assert.ok(
      titles.some((t) => /^(?:Quick Reference: )?(?:Work on pull request in a new branch|Keep the main branch updated with upstream)$/u.test(t)),
      titles.join(' | '),
    );
  });

  it('name a part by a comment of two lines where the part leaves room under such a title ("Clustering: Cluster based on …")', () => {
    // The heading takes one line; each part, its comment and nine lines, fits under a title of two.
    const step = (n: number, i: number): string => `result_${n}_${i} <- compute(data_${n}, method="average")`;
    const comments = ['Convert the significant genes back to a matrix', 'Cluster based on the distance calculations', 'Construct a dendrogram for the samples'];
    const listing = comments.flatMap((c, k) => [`# ${c}`, ...Array.from({ length: 9 }, (_, i) => step(k + 1, i)), '']);
    const titles = titlesOf('cluster.md', ['# Genes', '', '## Clustering', '', 'The whole analysis:', '', '```r', ...listing, '```', ''].join('\n'));
    assert.ok(titles.includes('Clustering: Cluster based on the distance calculations'), titles.join(' | '));
    assert.ok(titles.includes('Clustering: Construct a dendrogram for the samples'), titles.join(' | '));
    assert.ok(
      titles.every((t) => titleLines(t) <= 2),
      titles.join(' | '),
    );
  });

  it("give a part's comment to that part only: the next part, which opens with no comment of its own, goes on under the heading", () => {
    const heading = 'Quick reference for every command of the daily workflow with Git';
    const text = commentedListing('Workflow', heading, 'All the commands in one place:', gitStep, [
      ['Fork upstream and clone your fork'],
      ['Delete the old branch after the merge'],
      [],
      [],
    ]);
    const titles = titlesOf('workflow.md', text);
    assert.ok(!titles.some((t) => /Delete the old branch after the merge \(cont\.\)$/u.test(t)), titles.join(' | '));
    assert.ok(titles.includes('Quick reference for every command of the daily workflow with Git (cont.)'), titles.join(' | '));
  });

  it("name a part by its comment without the aside that closes it, and not by a comment's first line that its next goes on", () => {
    const sed = (n: number, i: number): string => `sed -n '${n}${i}p' file`;
    const text = commentedListing(
      'One-liners',
      'Selective printing of certain lines of a file',
      'Each of these prints some lines of a file and leaves the others out:',
      sed,
      [
        ['print the first 10 lines of a file (emulates "head")'],
        ['print the last 2 lines of a file (emulates "tail -2")'],
        ['print the line immediately before a regexp, but not the line', 'containing the regexp'],
        ['print only lines which match the regular expression of the user'],
      ],
    );
    const titles = titlesOf('sed.md', text);
    assert.ok(
      titles.some((t) => /print the last 2 lines of a file$/u.test(t)),
      titles.join(' | '),
    );
    assert.ok(!titles.some((t) => /but not the line$/u.test(t)), titles.join(' | '));
    assert.ok(
      titles.some((t) => /print only lines which match the regular expression of the user$/u.test(t)),
      titles.join(' | '),
    );
  });

  it("take no name from a link's words: they name what the link leads to", () => {
    const links = Array.from(
      { length: 9 },
      (_, i) => `- Screeds number ${i} on what everyone needs to know about text, each read in an evening or so by a whole class of students`,
    ).join('\n');
    const text = `# Text\n\n## Encoding\n\n${links}\n- [What Every Programmer Absolutely, Positively Needs To Know About Encodings](https://example.org/encodings)\n- [Unicode Basics](https://example.org/unicode) by Somebody Else\n`;
    const titles = titlesOf('text.md', text);
    assert.ok(!titles.some((t) => /Every Programmer|Unicode Basics/u.test(t)), titles.join(' | '));
    // Nor from an aside in parentheses: a citation's keys.
    const cited = Array.from(
      { length: 9 },
      (_, i) =>
        `Study number ${i} of the images trained its networks from scratch on a large labelled set of retinal scans (tag:Pratt2016_dr; tag:Leibig2016_dr).`,
    ).join('\n\n');
    const more = titlesOf('review.md', `# Review\n\n## Imaging\n\n${cited}\n`);
    assert.ok(!more.some((t) => /Pratt|Leibig/u.test(t)), more.join(' | '));
  });

  it('never run a name over the end of a line: a title is one line', () => {
    const filler = Array.from(
      { length: 8 },
      (_, i) => `Regularization keeps a model small, and step ${i} of the derivation shows how the penalty grows with the weights we fit.`,
    ).join('\n\n');
    const text = `# Models\n\n## Regularization\n\n${filler}\n\nWe have two options for the regularizer, and each one has its own use in practice:\n\n- the absolute penalty gives **Lasso Regression**\n  - Allows for **sparsity** where we drop features\n- the squared penalty gives **Ridge Regression**\n  - Allows for **robustness** where weight spreads\n`;
    const titles = titlesOf('models.md', text);
    assert.ok(titles.includes('Regularization: Lasso Regression'), titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('\n')), JSON.stringify(titles));
  });
});

describe('a long configuration file', () => {
  it('names each part after the first by the first setting it shows, its comments aside, never "(cont.)" alone', () => {
    const setting = (i: number): string[] => [
      `#* Setting number ${i}: what it does, said at length.`,
      `setting_${i} = ${i % 2 === 0 ? 'true' : '"value"'}`,
      '',
    ];
    const text = `# Tool\n\n## Configurability\n\nThe file:\n\n\`\`\`toml\n${Array.from({ length: 40 }, (_, i) => setting(i))
      .flat()
      .join('\n')}\n\`\`\`\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('tool.md', text);
    const parts = titles.slice(titles.indexOf('Configurability') + 1, titles.indexOf('Next'));
    assert.ok(parts.length >= 3, titles.join(' | '));
    for (const t of parts) assert.match(t, /`setting_\d+`$/u, titles.join(' | '));
  });
});

describe('a heading too long for a continuation', () => {
  it('goes on as its opening words and an ellipsis, two lines at most, never five', () => {
    const heading =
      "Why is the tool telling me that the current project's supported Python range is not compatible with one or more packages' Python requirements?";
    const paragraphs = Array.from(
      { length: 8 },
      (_, k) => `Paragraph ${k + 1} explains one more reason why the ranges must agree, and what a project can do about it when they do not.`,
    ).join('\n\n');
    const titles = titlesOf('faq.md', `# FAQ\n\n## Install\n\nRun the installer.\n\n## ${heading}\n\n${paragraphs}\n\n## Other\n\nMore.\n`);
    assert.ok(titles.includes(heading), titles.join(' | '));
    const later = titles.filter((t) => t.endsWith('(cont.)') && t.startsWith('Why is the tool'));
    assert.ok(later.length >= 1, titles.join(' | '));
    for (const t of later) {
      assert.match(t, /^Why is the tool telling me that[^…]*… \(cont\.\)$/u);
      assert.ok(titleLines(t) <= 2, t);
    }
  });

  it('is cut with room to spare: two lines even where the title font sets it wider than the estimate counts', () => {
    const cut = shortHeading('I really like nedit and it would be nice to use on windows 95 or NT instead of word or notepad. Is this possible?', '(cont.)');
    assert.match(cut, /^I really like nedit[^…]*…$/u);
    assert.ok(titleLines(`${cut} (cont.)`, 0.88) <= 2, cut);
  });
});

describe('a heading of many code spans', () => {
  const crates = ['ide', 'ide-db', 'ide-assists', 'ide-completion', 'ide-diagnostics', 'ide-ssr'].map((c) => `\`crates/${c}\``).join(', ');
  const paragraphs = [
    'The `ide` crate builds on top of the `hir` semantic model to provide high-level IDE features like completion or goto definition.',
    '**Architecture Invariant:** the `ide` crate interface is built out of plain data types with public fields and nothing else.',
    'The `ide` crate is also the first crate which has the notion of change over time, and it keeps a snapshot of the state.',
    'Internally, the `ide` crate is split across several crates that each implement one large and isolated feature.',
    '**Architecture Invariant:** the `ide` crate strives to provide a perfect interface, whatever its one consumer asks of it.',
  ].join('\n\n');
  const text = `# Architecture\n\n## Code map\n\n### ${crates}\n\n${paragraphs}\n\n### \`crates/hir\`\n\n**Architecture Invariant:** \`hir\` gives a static view of the code.\n\n### \`crates/vfs\`\n\n**Architecture Invariant:** the file system is not assumed to be one.\n`;

  it('goes on as its opening code spans and an ellipsis, never cut inside one', () => {
    const later = titlesOf('arch.md', text).filter((t) => t.startsWith('`crates/ide`') && t !== crates);
    assert.ok(later.length >= 1, later.join(' | '));
    for (const t of later) {
      assert.match(t, /^(?:`crates\/[\w-]+`, )*`crates\/[\w-]+`… \(cont\.\)$/u);
      assert.ok(titleLines(t) <= 2, t);
    }
  });

  it('packs the slides after the first for the room under their own titles: no slide of one point each', () => {
    const titles = titlesOf('arch.md', text);
    const slides = titles.slice(titles.indexOf(crates), titles.indexOf('`crates/hir`'));
    // Five short points under a heading of four lines: the first slide holds one, the others share two slides.
    assert.ok(slides.length >= 2 && slides.length <= 3, slides.join(' | '));
  });

  it('does not name a slide by a label the author puts over many paragraphs', () => {
    const titles = titlesOf('arch.md', text);
    assert.ok(!titles.includes('Architecture Invariant'), titles.join(' | '));
    assert.ok(!titles.includes('Architecture Invariant (cont.)'), titles.join(' | '));
  });
});

describe("a continuation named by its first item's subject", () => {
  it("takes it from the item's own line, never with the items under it run on into it", () => {
    const vars = ['DATA_DIR', 'ECHO', 'EXCLUDE_DIRS', 'FZF_OPTS', 'MAXAGE', 'RESOLVE_SYMLINKS'].flatMap((v) => [
      `- \`_ZO_${v}\``,
      `  - When set to 1, \`z\` will change how the ${v.toLowerCase()} setting of the tool behaves on every run of it.`,
      '  - By default, this is unset, and the tool keeps the behaviour it has always had.',
    ]);
    const text = ['# Z', '', '## Environment variables', '', ...vars, '', '## Next', '', 'Text.', ''].join('\n');
    const titles = titlesOf('z.md', text).filter((t) => t.startsWith('Environment variables'));
    assert.ok(titles.length >= 2, titles.join(' | '));
    for (const t of titles) assert.ok(!t.includes('\n'), JSON.stringify(titles));
  });
});

describe("a book's code in one variant per framework", () => {
  it('names each variant by its tab ("%%tab pytorch", as d2l writes them)', () => {
    const cell = (tab: string): string[] => [
      '```{.python .input}',
      `%%tab ${tab}`,
      '%matplotlib inline',
      `from d2l import ${tab} as d2l`,
      ...Array.from({ length: 12 }, (_, k) => `x${k} = d2l.arange(${k})`),
      '```',
      '',
    ];
    const text = [
      '# Regression',
      '',
      '## Setup',
      '',
      'We import the libraries first.',
      '',
      ...cell('mxnet'),
      ...cell('pytorch'),
      ...cell('jax'),
      '## Next',
      '',
      'Text.',
      '',
    ].join('\n');
    const titles = titlesOf('d2l.md', text).filter((t) => t.startsWith('Setup'));
    for (const tab of ['pytorch', 'jax']) assert.ok(titles.includes(`Setup: ${tab}`), titles.join(' | '));
  });
});

describe("a program's message quoted as code", () => {
  it('names no slide ("`wallet_test.go:15: got 0 want 10`" is what the test printed)', () => {
    const para = (n: number): string =>
      `Step ${n} of the work changes the wallet a little, and the test suite runs again over all of the code we have written so far today.`;
    const text = [
      '# Wallet',
      '',
      '## Make it pass',
      '',
      ...[1, 2, 3, 4, 5, 6].flatMap((n) => [para(n), '']),
      'With the code in place, run the test suite and bask in the passing test',
      '',
      '`wallet_test.go:15: got 0 want 10`',
      '',
      '`./main.go:7:12: undefined: Wallet`',
      '',
    ].join('\n');
    const titles = titlesOf('wallet.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Make it pass')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /got 0|undefined: Wallet/u.test(t)), titles.join(' | '));
  });
});

describe('a continuation named by the term its points stress', () => {
  it('never takes a phrase a preposition opens ("seen as knowledgeable *by default*"): stress on how or when, no thing', () => {
    const long = (lead: string): string =>
      `${lead}. It was a long year of work and study, of trips to the library and back, of nights spent on problems that did not want to be solved. Nobody expected much of it, and little came of it at first.`;
    const years = [
      'I was born in a small town and finished school there',
      'Even for subjects I knew well, things did not go as planned',
      'Now onto the bright side, which came later',
      'My first job was fixing poor code written by others',
      'My first project involved a trip to the coast',
      'I spent that month adding logging to the service',
      'Close to the end of the trip, I went to a concert',
      'Once again I was seen as knowledgeable *by default* at work',
    ];
    const text = ['# Decade', '', '## 2010', '', ...years.flatMap((l) => [long(l), '']), '## 2011', '', 'Work began.', ''].join('\n');
    const titles = titlesOf('decade.md', text);
    assert.ok(titles.filter((t) => t.startsWith('2010')).length >= 3, titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('by default')), titles.join(' | '));
  });

  it('takes the first bold phrase, else an italic one of two words or more, under the heading; never a word of stress, code or a formula', () => {
    const para = (lead: string): string =>
      `${lead} and the bank keeps a share of what it holds as cash against the claims of its depositors. They may ask for their money back at any time of the year, and the bank must then pay them at once.`;
    const text = [
      '# Money',
      '',
      '## A simple model',
      '',
      para('Each bank has loans and reserves'),
      '',
      para('On the left is the sum of the **assets** of the bank'),
      '',
      para('This is *not* what the bank wants, namely $x**2$ of it, and **any** bank may do so'),
      '',
      para('**Loans:** these are what the bank lends out'),
      '',
      para('We add an *initial condition* on the first bank'),
      '',
      para('Here the **reserve ratio** is set by the government'),
      '',
      para('The rest follows from the equations'),
      '',
    ].join('\n');
    const titles = titlesOf('money.md', text).filter((t) => t.startsWith('A simple model'));
    assert.ok(titles.length >= 4, titles.join(' | '));
    assert.ok(titles.includes('A simple model: assets'), titles.join(' | '));
    assert.ok(titles.includes('A simple model: reserve ratio'), titles.join(' | '));
    assert.ok(titles.includes('A simple model: initial condition'), titles.join(' | '));
    assert.ok(!titles.some((t) => /: (?:not|x|any)\b/u.test(t)), titles.join(' | '));
    // One word in italics the sentence defines ("$b$ is called a *bias*") is a term too.
    const defined = text.replace('We add an *initial condition* on the first bank', 'What is left is called a *bias* of the first bank');
    assert.ok(titlesOf('money.md', defined).includes('A simple model: bias'), titlesOf('money.md', defined).join(' | '));
    // A Japanese phrase in bold that ends on a particle ("**現時点での**", "at the present") goes on to its noun: no term.
    const particle = text.replace(
      'Here the **reserve ratio** is set by the government',
      'すなわち、**現時点での** 変数に対して、微小正準変換は上記で与えられる',
    );
    assert.ok(!titlesOf('money.md', particle).some((t) => t.includes('現時点での')), titlesOf('money.md', particle).join(' | '));
    // A date set in italics says when, and names nothing.
    const dated = text.replace('We add an *initial condition* on the first bank', 'Here is the inbox as it was (*2020-09-11 Fri*) at the bank');
    assert.ok(!titlesOf('money.md', dated).some((t) => t.includes('2020')), titlesOf('money.md', dated).join(' | '));
    // A work the text sends the reader to ("see *Get Started*, Chapter 1") is not what the slide is about.
    const cited = text.replace(
      para('We add an *initial condition* on the first bank'),
      'Consider a bank that is in no town of the region—see *Get Started*, Chapter 1. It keeps its own books.',
    );
    assert.ok(!titlesOf('money.md', cited).some((t) => t.includes('Get Started')), titlesOf('money.md', cited).join(' | '));
    // Nor a quantity before its noun ("*one particular* benchmark").
    const which = text.replace(para('We add an *initial condition* on the first bank'), para('This is *one particular* count of the first bank'));
    assert.ok(!titlesOf('money.md', which).some((t) => t.includes('one particular')), titlesOf('money.md', which).join(' | '));
    // Nor is an example of a kind ("content providers such as **Google**").
    const example = text.replace(para('We add an *initial condition* on the first bank'), para('Banks also lend to firms such as **Google**'));
    assert.ok(!titlesOf('money.md', example).some((t) => t.includes('Google')), titlesOf('money.md', example).join(' | '));
    // A slide whose points stress nothing still says it goes on.
    assert.ok(
      titles.slice(1).every((t) => t.includes(': ') || t === 'A simple model (cont.)'),
      titles.join(' | '),
    );
  });
});

describe('a lead-in clause', () => {
  it('names no slide: "It follows that" or "Among these are" over a formula or a list is no title', () => {
    const long = 'The bank keeps a share of what it holds as cash against the claims of its depositors, who may ask for it back at any time.';
    const text = [
      '# Series',
      '',
      '## Derivation',
      '',
      `${long} ${long}`,
      '',
      `${long} ${long}`,
      '',
      'It follows that',
      '',
      '$$',
      'D_i = (1 - r)^i D_0',
      '$$',
      '',
      `${long} ${long}`,
      '',
      'Among these are',
      '',
      '- the Keynesian multiplier of spending',
      '- the money multiplier of banking systems',
      '',
      `${long} ${long}`,
      '',
    ].join('\n');
    const titles = titlesOf('series.md', text);
    assert.ok(!titles.some((t) => /It follows that|Among these are/u.test(t)), titles.join(' | '));
    assert.ok(titles.filter((t) => t.startsWith('Derivation')).length >= 3, titles.join(' | '));
  });
});

describe('a part of a long definition', () => {
  it('is named by the definition it goes on inside, past the comments the author set at the margin in it', () => {
    const cases = Array.from(
      { length: 14 },
      (_, i) =>
        `  case Op${i}(l, r)\n    => eval(l, env, s) match {\n         case (NumV(v1), s1) => eval(r, env, s1)\n         case _ => sys.error("can only do op ${i}")\n       }\n`,
    );
    const code = [
      'def eval(e: Exp, env: Env, s: Store): (Value, Store) = e match {',
      '  case Num(n) => (NumV(n), s)',
      '  case Id(x) => (env(x), s)',
      '',
      '',
      '// In recursive cases we thread the store through the evaluation, in order, as data flows.',
      '// We define the order of evaluation through data flow.',
      '',
      ...cases,
      '}',
    ].join('\n');
    const intro =
      'The interpreter threads the store through every case, and each case returns the value with the store it leaves behind after its own evaluation.';
    const more = 'A second paragraph says more about the store and why it has to be threaded through the cases of the interpreter, in the order of evaluation.';
    const text = `# Mutation\n\n## Interpreter\n\n${intro}\n\n${more}\n\n**Insight:** we must pass the current store in to evaluate every expression.\n\n\`\`\`scala\n${code}\n\`\`\`\n`;
    const parts = titlesOf('mutation.md', text).filter((t) => t.startsWith('Interpreter') && t !== 'Interpreter' && t !== 'Interpreter: Insight');
    assert.ok(parts.length >= 3, parts.join(' | '));
    assert.ok(
      parts.every((t) => /^Interpreter: `eval`(?: \(cont\.\))?$/u.test(t)),
      parts.join(' | '),
    );
  });
});

describe('the parts of a table of courses', () => {
  it('are named by their first cells as the page shows them, a linked name of up to five words', () => {
    const courses = [
      'Systematic Program Design',
      'Class-based Program Design',
      'Programming Languages',
      'Object-Oriented Design',
      'Software Architecture',
      'Mathematics for Computer Science',
      'Computer Systems',
      'Databases',
      'Compilers',
      'Computer Networks',
    ];
    const row = (name: string, i: number): string =>
      `| [${name}](https://example.org/course-${i}) | 13 weeks | 8-10 hours/week, with a long description of the effort the course asks of a student | none | [chat](https://example.org/chat-${i}) |`;
    const heading = 'Core programming courses of the curriculum, in the order we recommend taking them';
    const text = `# Curriculum\n\n## ${heading}\n\nCourses | Duration | Effort | Prerequisites | Discussion\n:-- | :--: | :--: | :--: | :--:\n${courses.map(row).join('\n')}\n`;
    const parts = titlesOf('courses.md', text).filter((t) => !/^(?:Curriculum|Agenda|Summary)$/u.test(t) && t !== heading);
    assert.ok(parts.length >= 2, parts.join(' | '));
    assert.ok(!parts.some((t) => t.includes('(cont.)')), parts.join(' | '));
    assert.ok(
      parts.some((t) => t.includes('Mathematics for Computer Science')),
      parts.join(' | '),
    );
  });
});

describe('stress on words that name nothing', () => {
  it('names no continuation ("**any**", "**not at all**", "**independently**")', () => {
    const long = (lead: string): string =>
      `${lead} as the bank keeps a share of what it holds as cash against the claims of its depositors. They may ask for their money back at any time of the year, and the bank must pay them at once. The rest of the money goes out again as loans to other customers.`;
    const text = [
      '# Money',
      '',
      '## Reserves',
      '',
      long('Each bank holds reserves'),
      '',
      long('You cannot read **any** fixed share of it'),
      '',
      long('It is **not at all** clear'),
      '',
      long('Each customer may choose **independently**'),
      '',
      long('We do not want too **many** loans'),
      '',
      long('Nor do we want too **few** of them'),
      '',
      long('It is an offset from **the start of** **the vault** of the bank'),
      '',
    ].join('\n');
    const titles = titlesOf('money.md', text).filter((t) => t.startsWith('Reserves'));
    assert.ok(titles.length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /: (?:any|not at all|the start of|independently|many|few)$/u.test(t)), titles.join(' | '));
    // Words in bold one by one are one phrase: the slide is named by it whole.
    assert.ok(titles.includes('Reserves: the start of the vault'), titles.join(' | '));
  });
});

describe('a displayed formula in a list item', () => {
  it('names no one: "Pr" of "$$ Pr(Y = y) $$" is no name of the slide', () => {
    const item = (n: number): string =>
      `- Item ${n} says that the probability of our data is a product of the probabilities of each observation, written as\n    $$\n    Pr(Y_${n} = y_${n}) = p^{y}(1-p)^{1-y}\n    $$\n    Go ahead and plug in values of the outcome to see this.`;
    const text = `# Models\n\n## Maximum likelihood\n\n${[1, 2, 3, 4, 5, 6].map(item).join('\n\n')}\n`;
    const titles = titlesOf('ml.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Maximum likelihood')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /\bPr\b/u.test(t)), titles.join(' | '));
  });
});

describe("a code span with a site generator's template call", () => {
  it('names no slide: the value of "{{% param cliToolName %}}" is the site\'s to fill in', () => {
    const step = (n: number): string =>
      `Use the command \`{{% param cliToolName %}} get\` with the -w parameter to watch the pods of step ${n} as they start, restart and stop, one line each.`;
    const titles = titlesOf('lab.md', `# Lab\n\n## Pods\n\n${Array.from({ length: 9 }, (_, i) => step(i + 1)).join('\n\n')}\n\n## Next\n\nMore.\n`);
    assert.ok(
      titles.some((t) => t.startsWith('Pods')),
      titles.join(' | '),
    );
    for (const t of titles) assert.doesNotMatch(t, /\{\{|\{%/u, t);
  });
});

describe('a listing headed by a label of words', () => {
  it("names its slide, as a manual's options under 'For UIs with audio support:' are", () => {
    const options = (n: number): string[] => Array.from({ length: n }, (_, i) => `    -option${i} VALUE        Set the value of option number ${i}`);
    const text = [
      'Manual',
      '',
      '1. Arguments',
      '',
      'The following are for the game and its tools. Each is given on the command line when the game is started.',
      '',
      'For all game UIs:',
      ...options(14),
      '',
      'For UIs with audio support:',
      ...options(12),
      '',
      'For graphical UIs:',
      ...options(12),
    ].join('\n');
    const titles = titlesOf('manual.txt', text);
    assert.ok(
      ['For UIs with audio support', 'For graphical UIs'].every((label) => titles.some((t) => t.endsWith(label))),
      titles.join(' | '),
    );
  });

  it('names none by a label in capitals, a speaker in a sample of output ("DUKE VINCENTIO:")', () => {
    const speech = (who: string): string[] => [
      `${who}:`,
      ...Array.from({ length: 10 }, (_, i) => `Line ${i} of what the model wrote for ${who.toLowerCase()}`),
      '',
    ];
    const sample = ['ANGELO', 'DUKE VINCENTIO', 'ISABELLA'].flatMap(speech);
    const text = `# Model\n\n## Quick start\n\nThis generates a few samples, for example:\n\n\`\`\`\n${sample.join('\n')}\n\`\`\`\n`;
    const titles = titlesOf('readme.md', text);
    assert.ok(titles.length > 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /VINCENTIO|ISABELLA/u.test(t)), titles.join(' | '));
  });
});

describe('a number in a code span', () => {
  it('names no slide', () => {
    const step = (n: number): string =>
      `Suppose we store a set of post offices in the following tree:\n\n![](https://example.org/tree-${n}.png)\n\nIf we are seeking the nearest neighbour of \`${n}\`, I claim that it always works to do a search in the tree for \`${n}\`. If it is found, it is its own nearest neighbour.`;
    const text = `# Trees\n\n## Search\n\nA tree answers questions about order quickly, and this section shows how.\n\n${[17, 20, 23].map(step).join('\n\n')}\n`;
    const titles = titlesOf('trees.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Search')).length >= 2, titles.join(' | '));
    assert.ok(!titles.some((t) => /`\d+`/u.test(t)), titles.join(' | '));
  });
});

describe('a label over a list', () => {
  it('names the list, and not the paragraphs after it', () => {
    const para = (n: number): string =>
      `In the past few lectures we examined the role of complexity in model performance, part ${n}, and considered it in the context of a tradeoff between two competing factors, model variance and training error, which the next notes build on.`;
    const text = [
      '# Random Variables',
      '',
      '## Introduction',
      '',
      '::: {note} Learning Outcomes',
      '* Define a random variable in terms of its distribution',
      '* Compute the expectation and variance of a random variable',
      '* Gain familiarity with the Bernoulli and binomial random variables',
      ':::',
      '',
      ...[1, 2, 3, 4, 5, 6].flatMap((n) => [para(n), '']),
    ].join('\n');
    const titles = titlesOf('rv.md', text);
    const later = titles.slice(titles.findIndex((t) => t.startsWith('Introduction')) + 1).filter((t) => t.startsWith('Introduction'));
    assert.ok(later.length >= 1, titles.join(' | '));
    assert.ok(!later.some((t) => t.includes('Learning Outcomes')), titles.join(' | '));
  });
});

describe("a quotation's attribution", () => {
  it('never names a slide by its dash ("Problems when the time is not correct: -")', () => {
    const rst = [
      'Clocks',
      '======',
      '',
      'Problems when the time is not correct',
      '-------------------------------------',
      '',
      '.. epigraph::',
      '',
      '  A recent surge in GPS spoofing, a form of digital attack which can send commercial airliners off course, has entered an intriguing new dimension, according to cybersecurity researchers: The ability to hack time. [...]',
      '',
      "  “We think too much about GPS being a source of position, but it's actually a source of time,” [...]  “We're starting to see reports of the clocks on board airplanes during spoofing events start to do weird things.\"",
      '  In an interview with Reuters, Munro cited a recent incident in which an aircraft operated by a major Western airline had its onboard clocks suddenly sent forward by years, causing the plane to lose access to its digitally-encrypted communication systems.',
      '',
      '  -- `11. August, 2024 - GPS spoofers hack time on commercial airlines <https://example.org/gps>`__',
      '',
      'Time servers',
      '------------',
      '',
      'Servers keep time.',
      '',
    ].join('\n');
    const markdown = removeHidden(rstToMarkdown(rst).markdown, 'markdown').text;
    const titles = planDeck(splitMarkdown(markdown), { file: 'clocks.rst', fileName: 'clocks.rst', format: 'markdown' }).value.slides.map((s) => s.title);
    assert.ok(titles.length >= 5, JSON.stringify(titles));
    for (const title of titles) assert.match(title.replace(/.*[:—]\s*/u, ''), /[\p{L}\p{N}]/u, JSON.stringify(titles));
  });
});

describe("a heading that says it goes on ('Prenatal (cont)')", () => {
  it('titles the slides after its first without a second label ("Prenatal (cont) (cont.)")', () => {
    const items = Array.from(
      { length: 14 },
      (_, i) => `* teratogen number ${i + 1} enters the placenta\n  * it lowers the birth weight of the child by some amount`,
    ).join('\n');
    const titles = titlesOf('notes.md', `# Life span\n\n## Prenatal\n\nThe first stage.\n\n## Prenatal (cont)\n\n${items}\n`);
    assert.ok(titles.filter((t) => t.startsWith('Prenatal (cont)')).length >= 2, JSON.stringify(titles));
    assert.ok(!titles.some((t) => /\(cont\)\s*\(cont\.\)/u.test(t)), JSON.stringify(titles));
  });
});

describe("a dialogue's labels", () => {
  it('name no slide: "Q:" and "A:" are one letter, which names its line, not what a slide covers', () => {
    const qa = (n: number): string =>
      `- Q: what is the number ${n} cost in a datacenter that runs servers all day long?\n- A: electricity, obviously, and the cooling that goes with it all year ${n}`;
    const text = ['# DC', '', '## Example 2: dynamic datacenter', '', [1, 2, 3, 4, 5, 6].map(qa).join('\n'), ''].join('\n');
    const titles = titlesOf('dc.md', text).filter((t) => t.startsWith('Example 2'));
    assert.ok(titles.length >= 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /[—:] [QA](?: \(cont\.\))?$/u.test(t)), titles.join(' | '));
  });
});

describe('a continuation named by a term that is a link', () => {
  it("is titled by the link's text, not the link", () => {
    const long =
      'This lecture opens up the onion all the way and talks about how large language models are built, from the data to the model, over several weeks of the course and its exercises.';
    const text = `# Modeling\n\n## Introduction\n\n${long}\n\n${long}\n\n${long}\n\n1. [Tokenization](#tokenization): how a string is split into tokens.\n2. [Model architecture](#model-architecture): the Transformer.\n\n## Data\n\nText.\n`;
    const titles = titlesOf('modeling.md', text);
    assert.ok(titles.includes('Introduction: Tokenization'), titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('](')), titles.join(' | '));
  });
});

describe('a sub-heading written as a paragraph in bold', () => {
  const para = (n: number): string =>
    `For every gene in sample ${n}, the ratio to the reference is computed, and since most genes are not differentially expressed, most ratios in a sample are similar to each other.`;
  const table = '| gene | A | B |\n|---|---|---|\n| EF2A | 1489 | 906 |\n| ABCD1 | 22 | 13 |\n| MEFV | 793 | 410 |';
  const doc = (heading: string, steps: string[]): string =>
    `# Counts\n\n## ${heading}\n\n${steps.map((s, i) => `**${s}**\n\n${para(i)} ${para(i + 10)}\n\n${table}\n\n${para(i + 20)}`).join('\n\n')}\n`;

  it('names the slide it opens, up to twelve words, where the title has the room', () => {
    const step = 'Step 2: calculates ratio of each sample to the reference';
    const titles = titlesOf('counts.md', doc('DESeq2-normalized counts: the median of ratios method', ['Step 1: creates a pseudo-reference sample', step]));
    assert.ok(titles.includes(step), titles.join(' | '));
  });

  it('names it by its numbered label under the heading where the whole phrase would take a line more than the heading', () => {
    const titles = titlesOf(
      'counts.md',
      doc('Normalization', [
        'Step 1: creates a pseudo-reference sample (the row-wise geometric mean)',
        'Step 2: calculates ratio of each sample to the reference',
      ]),
    );
    assert.ok(titles.includes('Normalization: Step 2'), titles.join(' | '));
    assert.ok(!titles.includes('Normalization (cont.)'), titles.join(' | '));
  });
});

describe('a session at a Python prompt', () => {
  it("names no slide by the head of a loop typed there ('>>> for i in range(Z.ndim):')", () => {
    const para = (n: number): string =>
      `Paragraph ${n} explains how an item is found in memory from its index, by the strides of the array and the size of each of its items.`;
    const session = [
      '```pycon',
      '>>> offset_start = 0',
      '>>> for i in range(Z.ndim):',
      '...     offset_start += Z.strides[i] * index[i]',
      '>>> offset_end = offset_start + Z.itemsize',
      '```',
    ].join('\n');
    const text = `# Arrays\n\n## Memory layout\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}\n\n${session.replace('>>> offset_start = 0\n', '')}\n\n${para(6)}\n`;
    const titles = titlesOf('arrays.md', text);
    assert.ok(!titles.some((t) => t.includes('for i in')), titles.join(' | '));
  });
});

describe('a statement typed at a Python prompt over several lines', () => {
  it("names the slide by what it assigns ('>>> crew_roles = {' is `crew_roles`), never by its open bracket", () => {
    const para = (n: number): string =>
      `Paragraph ${n} explains how a mapping relates each unique key to a value, and why the keys may be of any type that can be hashed.`;
    const session = [
      '```pycon',
      '>>> crew_roles = {',
      "...     'Ada': 'Captain',",
      "...     'Bo': 'Engineer',",
      '... }',
      ">>> crew_roles['Ada']",
      "'Captain'",
      '```',
    ].join('\n');
    const text = `# Mappings\n\n## Mapping - dict\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}\n\n${session}\n\n${para(6)}\n`;
    const titles = titlesOf('maps.md', text);
    assert.ok(!titles.some((t) => t.includes('= {')), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.includes('`crew_roles`')),
      titles.join(' | '),
    );
  });
});

describe('a shell function defined without the word `function`', () => {
  it("names the slide by the function ('_complete_fox() {' is `_complete_fox`)", () => {
    const para = (n: number): string =>
      `Paragraph ${n} explains how the shell completes the arguments of a command from a list that a function of yours prints.`;
    const listing = ['```bash', '# Completion for the fox command', '_complete_fox() {', '  printf "%s\\n" den hole burrow', '}', '```'].join('\n');
    const text = `# Shell\n\n## Custom completion\n\n${[1, 2, 3, 4, 5].map(para).join('\n\n')}\n\n${listing}\n\n${para(6)}\n`;
    const titles = titlesOf('fox.md', text);
    assert.ok(!titles.some((t) => t.includes('() {')), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.includes('`_complete_fox`')),
      titles.join(' | '),
    );
  });
});

describe('a slide that opens with another of the labels the author repeats', () => {
  it('goes on with the heading, not with the label before it', () => {
    const para = (n: number): string =>
      `Sentence ${n} says that now the project and its build are set up, so you create the class that the service returns, with a field for each part of the greeting it sends.`;
    const listing = (lang: string, path: string): string => `**${lang}**\n\n[complete/src/main/${path}](complete/src/main/${path})`;
    const section = (heading: string, n: number): string =>
      `## ${heading}\n\n${para(n)}\n\n${para(n + 1)}\n\n${listing('Java', 'java/Greeting.java')}\n\n${listing('Kotlin', 'kotlin/Greeting.kt')}\n\n> **Note:** This application uses the Jackson JSON library to marshal instances of the class into JSON.`;
    const text = `# Guide\n\n${section('Create a Resource Representation Class', 1)}\n\n${section('Create a Resource Controller', 10)}\n\n${section('Test the Service Once More', 20)}\n`;
    const titles = titlesOf('guide.md', text);
    assert.ok(!titles.some((t) => /^Java\b/u.test(t)), titles.join(' | '));
  });
});

describe('code in items set under a slide’s first item', () => {
  it('names no slide from a level further down than the item right under it', () => {
    const point = (n: number): string => `- Point ${n}: a queue keeps its items in the order they came, so the first one in is the first one out of it again.`;
    const text = [
      '# Review',
      '',
      '## Queue',
      '',
      ...[1, 2, 3, 4, 5, 6].map(point),
      '- we have learned how to implement a queue using a regular list and a linked list.',
      '  - Regular list time complexity:',
      '    - `enqueue(item)`: Best O(1); Worst O(n); Average O(1)',
      '    - `dequeue()`: Best O(1); Worst O(n); Average O(n)',
      '  - Linked list time complexity:',
      '    - `enqueue(item)`: Best O(1); Worst O(1); Average O(1)',
      '',
    ].join('\n');
    const titles = titlesOf('review.md', text);
    assert.ok(titles.length > 3, titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('enqueue')), titles.join(' | '));
  });
});

describe("a term that is another section's heading", () => {
  it('names no slide of the lecture’s own plan that lists it: that section has the title', () => {
    const topics = [
      'Introducing Sets',
      'Same Set, Different Looks',
      'Tuples vs Sets',
      'The Membership Operator',
      'Set Equality',
      'Subset and Superset',
      'Expressive Power',
      'A Brief History of Set Syntax',
      'Cardinality',
      'Sets in Python',
    ];
    const body = 'A set is an unordered collection of distinct elements, and this section says what follows from that for the rest of the course.';
    const text = [
      '# Sets',
      '',
      "## Today's Agenda",
      '',
      "Today we meet tuples' older sibling: the **set**. Where tuples care about order, sets care about one thing only, which is membership.",
      '',
      ...topics.map((t) => `- **${t}** — what the lecture says about it, in a few words of its own for the audience`),
      '',
      ...topics.flatMap((t) => [`## ${t}`, '', body, '']),
    ].join('\n');
    const titles = titlesOf('sets.md', text);
    const plan = titles.slice(0, titles.indexOf('Introducing Sets'));
    assert.ok(plan.length >= 3, titles.join(' | '));
    assert.ok(!plan.some((t) => topics.some((h) => t.includes(h.replace(/^A /u, '')))), plan.join(' | '));
  });
});

describe("a command's output set in a shell's block", () => {
  it('names no slide by its first line: a field and its value in columns, or a header row', () => {
    const para = (n: number): string =>
      `Here we create the objects of the cluster one by one, in step ${n}, and we look at what each command prints back to us.`;
    const rows = Array.from({ length: 12 }, (_, i) => `Label${i}:      value-${i}`).join('\n');
    const output = (first: string): string => `\`\`\`bash\n${first}\n${rows}\n\`\`\``;
    const text = `# Kubernetes\n\n## ReplicaSet\n\n${[1, 2, 3].map(para).join('\n\n')}\n\n${output('Name:         rs-quarkus-demo')}\n\n${[6, 7, 8].map(para).join('\n\n')}\n\n${output('NAME        READY   STATUS    RESTARTS')}\n`;
    const titles = titlesOf('k8s.md', text);
    assert.ok(titles.length > 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /Name:|NAME|READY/u.test(t)), titles.join(' | '));
  });
});

describe("a list under an author's label, over two slides", () => {
  it('goes on with the label, not a name guessed from its first point', () => {
    const text = [
      '# The Algebra of Logic',
      '',
      '## Introduction',
      '',
      '**Questions for this lecture**',
      '',
      '+ Name the axioms of the algebra of logic and explain each of them briefly in your own words.',
      '+ Explain the duality principle and give an example of its use in the design of circuits.',
      '+ How many switching functions exist for two input variables, and how do you count them?',
      '+ Give three examples of how a Switching Function can be built in hardware, old and new.',
      '+ What is the difference between the DNF and the canonical DNF of a switching function?',
      '+ What is the difference between the DNF and the CNF of a function of three variables?',
      "+ State De Morgan's law and prove it with a truth table of your own for two variables.",
      '',
      '## Digital and analog',
      '',
      'A signal is digital when it takes a finite number of values at a finite number of times.',
      '',
    ].join('\n');
    const titles = titlesOf('logic.md', text);
    const rest = titles.slice(titles.indexOf('Introduction') + 1, titles.indexOf('Digital and analog'));
    assert.ok(rest.length >= 1, titles.join(' | '));
    for (const t of rest) assert.equal(t, 'Questions for this lecture (cont.)', titles.join(' | '));
  });
});

describe("text under an author's sub-heading in bold, over several slides", () => {
  it('goes on with the sub-heading once the sentences that named a slide are past, until another label', () => {
    const para = (n: number): string =>
      `The internal energy of the gas in step ${n} is a function of its entropy, its volume and the number of its particles, and the constant depends on the gas but not on its state, as the next step shows with a formula of its own.`;
    const text = [
      '# Thermodynamics',
      '',
      '## Potentials',
      '',
      'The potentials follow from the energy by Legendre transforms, one variable at a time.',
      '',
      '## Examples',
      '',
      '### Ideal Gas',
      '',
      ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [para(n), '', `$$U_${n} = c_V N k T_${n}$$`, '']),
      '**Next example:**',
      '',
      para(9),
      '',
      para(10),
      '',
    ].join('\n');
    const titles = titlesOf('gas.md', text);
    const examples = titles.slice(titles.indexOf('Examples'));
    const later = examples.slice(1, -2);
    assert.ok(later.length >= 3, titles.join(' | '));
    assert.ok(
      later.every((t) => /Ideal Gas/u.test(t)),
      titles.join(' | '),
    );
    // The next label ends the sub-heading's reach.
    assert.equal(examples[examples.length - 2], 'Examples: Next example', titles.join(' | '));
  });
});

describe('a term cut from inside an HTML element', () => {
  it('names no slide: a title never holds a tag', () => {
    const unit = (markdown: string, lead: string | null, block: number): Unit => itemPoint(markdown, block, { lead, words: 6 });
    const groups = [
      [unit('Every contribution makes a difference.', null, 0)],
      [unit('<sub>Author: Ada Lovelace<br> <small>Second Edition</small></sub>', '<sub>Author', 1), unit('Thanks to all readers.', null, 2)],
    ];
    const titles = slideTitles(groups, 'Sponsors', 'markdown', '(cont.)');
    assert.equal(titles.length, 2);
    assert.ok(!titles.some((t) => t.includes('<')), titles.join(' | '));
  });
});

/** A code block as a slide's unit: a listing in the fence given. */
const listing = (fence: string, lines: string[], block: number): Unit => ({
  kind: 'visual',
  markdown: [fence, ...lines, '```'].join('\n'),
  height: 200,
  words: 0,
  noteKey: String(block),
  noteText: '',
  block,
  lead: null,
  keepWithNext: false,
  breakCost: 0,
  listItem: false,
});

describe("a slide that opens with a session at IPython's prompt", () => {
  it("is named by the definition or the command typed there, as at Python's own prompt", () => {
    const code = (lines: string[], block: number): Unit => listing('```ipython', lines, block);
    const groups = [
      [code(['In [3]: x = 5'], 0)],
      [code(['In [11]: class TestClass:', '    ...:     pass', '    ...:', '', 'In [12]: print_globals()'], 1)],
      [code(['In [14]: def outer():', '    ...:     x = 1', '    ...:     return x'], 2)],
    ];
    const titles = slideTitles(groups, 'Global Scope', 'markdown', '(cont.)');
    assert.deepEqual(titles.slice(1), ['Global Scope: `TestClass`', 'Global Scope: `outer`']);
  });
});

describe('the parts of a table drawn in ASCII, split over slides', () => {
  it('are named by the first cells of their first and last rows, a header and a row going on from the last naming nothing', () => {
    // A part of one code block: a later one is a cheaper place to break than a new block.
    const part = (rows: string[], block: number, k: number): Unit => ({
      ...listing('```', rows, block),
      height: 300,
      noteKey: `${block}:${k}`,
      breakCost: k === 0 ? 1 : 2,
    });
    const row = (name: string, meaning: string): string => `| ${name.padEnd(14)} | 32u | ${meaning.padEnd(30)} |`;
    const rule = '|----------------+-----+--------------------------------|';
    const groups = [
      [part([rule, row('Name', 'Meaning'), rule, row('pid', 'Process id'), row('uptime', 'Seconds since start')], 0, 0)],
      [
        part(
          [
            row('curr_items', 'Items stored'),
            `| ${''.padEnd(14)} |     | ${'(this server only)'.padEnd(30)} |`,
            row('total_items', 'Items stored since start'),
            row('bytes', 'Bytes used'),
          ],
          0,
          1,
        ),
      ],
    ];
    const titles = slideTitles(groups, 'Statistics', 'markdown', '(cont.)');
    assert.deepEqual(titles, ['Statistics', 'Statistics: `curr_items` – bytes']);
    // A picture drawn between bars (an SSH key's randomart) has no rows to name.
    const art = ['|       . . .  oO+|', '|  . .   S .  ..o.|', '| o o . E .    ...|', '|+ . . + .       .|', '+----[SHA256]-----+'];
    assert.deepEqual(slideTitles([[part(art.slice(0, 2), 1, 0)], [part(art, 1, 1)]], 'Keys', 'markdown', '(cont.)'), ['Keys', 'Keys (cont.)']);
  });
});

describe('the part of a table whose rows are numbered', () => {
  it('is never named by its numbers alone ("7 – 12"): under the heading, or as its continuation', () => {
    const rows = Array.from(
      { length: 12 },
      (_, k) => `| ${k + 1} | $\\{(1,${k}),(2,${k}),(3,${k}),(4,${k}),(5,${k}),(6,${k})\\}$ | $\\frac{${k + 1}}{36} \\approx 0.${k}278$ |`,
    );
    const text = [
      '# Distributions',
      '',
      '## Distribució de probabilitat discreta',
      '',
      'El nombre total de resultats possibles és 36.',
      '',
      '| Suma | Resultats | Probabilitat |',
      '|---|---|---|',
      ...rows,
      '',
      '## Bernoulli',
      '',
      'Text.',
      '',
    ].join('\n');
    const titles = titlesOf('sums.md', text);
    assert.ok(titles.length >= 5, titles.join(' | '));
    assert.ok(
      titles.every((t) => /\p{L}/u.test(t)),
      titles.join(' | '),
    );
  });
});

describe('a slide that opens with a listing under a decorator, or one its author titled with its file', () => {
  it('is named by the definition under the decorator, else by the file the title gives', () => {
    const groups = [
      [listing('```python', ['x = 1'], 0)],
      [listing('```python title="tests/conftest.py"', ['# ...', '', '@pytest.fixture', 'def session():', '    yield make_session()'], 1)],
      [listing('```python title="tests/conftest.py"', ['engine = create_engine(DATABASE_URL)', 'table_registry.metadata.create_all(engine)'], 2)],
    ];
    const titles = slideTitles(groups, 'Fixtures', 'markdown', '(cont.)');
    assert.deepEqual(titles.slice(1), ['Fixtures: `session`', 'Fixtures: `tests/conftest.py`']);
  });
});

describe('a sub-heading given again under other headings', () => {
  const task = (name: string, n: number): string => `${n}. Open the folder of ${name} and align the reads of sample ${n} before the group meets again.`;
  const day = (name: string): string =>
    `## ${name}\n\nWhat ${name} is about, in a sentence or two of its own, with the lectures and the videos that go with it.\n\n### Tasks of the Day\n\n${[1, 2, 3, 4, 5].map((n) => task(name, n)).join('\n')}\n\n`;
  it('is titled with the heading it is under, once under each ("Monday: Tasks of the Day")', () => {
    const titles = titlesOf('week.md', `# Week\n\n${['Monday', 'Tuesday', 'Wednesday'].map(day).join('')}`);
    for (const name of ['Monday', 'Tuesday', 'Wednesday']) assert.ok(titles.includes(`${name}: Tasks of the Day`), titles.join(' | '));
  });
  it('is not titled with a heading of its own words ("Streams: istream" under one, "istream" alone under "istream")', () => {
    const text = [
      '# Reading',
      '',
      '## Streams',
      '',
      'Reading goes through streams, objects that hand out the characters of a source one after another.',
      '',
      '### istream',
      '',
      '- The console and a file are read the same way, through a stream object of the library.',
      '- A function that reads a vector can be given either of them, and never needs to know which.',
      '- The operator that reads a number skips the spaces before it and stops at the first other sign.',
      '',
      '#### istream',
      '',
      '- The console object is an istream, and a file reader is a kind of istream too.',
      '- So a parameter of that type takes both, passed by reference, since a stream is never copied.',
      '- The compiler refuses a stream passed by value, with an error that names its deleted copy constructor.',
      '',
      '## Writing',
      '',
      'Writing is the same story told backwards, through an output stream and its own operator.',
      '',
    ].join('\n');
    const titles = titlesOf('streams.md', text);
    assert.ok(titles.includes('Streams: istream'), titles.join(' | '));
    assert.ok(!titles.some((t) => /istream: istream/u.test(t)), titles.join(' | '));
  });
  it('is not where it comes again under one heading: five "Example"s after the loops they show name none of them', () => {
    const example = (loop: string): string => `### ${loop}\n\nA ${loop} repeats its body.\n\n### Example\n\nHere a ${loop} counts to ten.\n\n`;
    const text = `# Loops\n\n## Control\n\n${['while loop', 'for loop', 'do loop'].map(example).join('')}## Memory\n\nThe stack.\n\n### Example\n\nA stack of calls.\n`;
    const titles = titlesOf('loops.md', text);
    assert.ok(!titles.some((t) => /^(?:Control|Memory): Example/u.test(t)), titles.join(' | '));
  });
});

describe('a listing that opens with a comment saying what it does', () => {
  it('names its slide under the heading ("Model algorithm: Predict y from x"); a one-word comment does not', () => {
    const prose = (n: number): string =>
      `The model algorithm takes a trained tree and a value of the predictor, number ${n}, and walks down the tree from its root to a leaf, where it reads the prediction.`;
    const code = (comment: string): string =>
      `\`\`\`\n# ${comment}\nstart at the root node\nwhile node type is split\n    take a branch\nreturn predicted y\n\`\`\``;
    const text = (comment: string): string =>
      `# Trees\n\n## Model algorithm\n\n${[1, 2, 3, 4].map(prose).join('\n\n')}\n\nHere is one algorithm:\n\n${code(comment)}\n\n## Next\n\nMore.\n`;
    const titles = titlesOf('trees.md', text('Predict y from x'));
    assert.ok(titles.includes('Model algorithm: Predict y from x'), titles.join(' | '));
    assert.ok(!titlesOf('trees.md', text('syntax')).some((t) => t.endsWith('syntax')));
  });
});

describe('a statement set in italics', () => {
  it('is named by none of its opening words ("Choose", "If is convex"): they open a sentence', () => {
    const text = [
      '## Descent',
      '',
      'Some words that open the section and say what it is about in a sentence of some length here.',
      '',
      'Another paragraph of words that makes the section need a second slide if the words go on and on and on for a long while, longer than a slide holds, to make the split happen here now.',
      '',
      '*Choose any small distance $x > 0$. If we assume that $f$ has a minimum, is sufficiently smooth and convex, and if the learning rate is sufficiently small, gradient descent will reach a point.*',
      '',
      'However, we must be careful when choosing the learning rate to prevent slow convergence, non-converging oscillation around the minimum, or divergence.',
    ].join('\n');
    const titles = titlesOf('descent.md', text);
    assert.ok(titles.filter((t) => t.startsWith('Descent')).length >= 3, titles.join(' | '));
    assert.ok(!titles.some((t) => /Choose|\bIf\b/u.test(t)), titles.join(' | '));
  });
});

describe("a title of a work in italics on a continuation slide (a passage's source)", () => {
  it('names the slide whole, not by its first word as if that were a name', () => {
    const sentence = (n: number): string =>
      `The liberal view number ${n} holds that each person has rights that no state may ever take away, whatever the state may want of them.`;
    const text = [
      '# Critiques',
      '',
      '## Liberalism',
      '',
      [1, 2, 3].map(sentence).join(' '),
      '',
      [4, 5, 6].map(sentence).join(' '),
      '',
      '| **John Locke**, _Deuxième traité du gouvernement civil_, (1690) |',
      '| --- |',
      `| It is certain that the end of a law is not to abolish or restrain liberty but to preserve and enlarge it, as the author says. ${[7, 8].map(sentence).join(' ')} |`,
      '',
    ].join('\n');
    const titles = titlesOf('critiques.md', text);
    assert.ok(!titles.some((t) => /Deuxième$/u.test(t)), titles.join(' | '));
    assert.ok(
      titles.some((t) => t.includes('Deuxième traité du gouvernement civil')),
      titles.join(' | '),
    );
  });
});

describe('a slide that goes on with a paragraph whose subject no title showed', () => {
  it('is titled by that subject, without "(cont.)" (no slide of that title came before)', () => {
    const point = (markdown: string, block: number): Unit => ({
      kind: 'point',
      markdown: `- ${markdown}`,
      height: 40,
      words: 10,
      noteKey: String(block),
      noteText: markdown,
      block,
      lead: null,
      keepWithNext: false,
      breakCost: 1,
      listItem: false,
    });
    const groups = [
      [point('For the town council.', 0), point('The harbour wall was built in the spring of the year the mill closed.', 1)],
      [point('Its stones came from the quarry above the village.', 1), point('This method of building cannot be matched today.', 1)],
      [point('Every winter the sea takes a few of the smaller stones.', 1)],
    ];
    assert.deepEqual(slideTitles(groups, 'Harbours', 'markdown', '(cont.)'), ['Harbours', 'The harbour wall', 'The harbour wall (cont.)']);
  });
});

describe("a sub-item's term", () => {
  it("names no slide after its own: the next one, which opens with the list's parent again, goes on under the heading", () => {
    const item = (markdown: string, lead: string | null, words: number): Unit => ({
      kind: 'point',
      markdown,
      height: 60,
      words,
      noteKey: '0:0',
      noteText: markdown,
      block: 0,
      lead,
      keepWithNext: false,
      breakCost: 4,
      listItem: true,
      item: true,
    });
    const parent = (): Unit => item('- New guidance answering long-standing community questions:', null, 6);
    const groups = [
      [
        parent(),
        item('  - Automation: drafted changelogs with a brief; Conventional Commits', 'Automation', 8),
        item('  - Scale: very large changelogs and monorepos.', 'Scale', 6),
      ],
      [parent(), item('  - Optional per-release summaries, and a statement of what it will not do.', null, 12)],
    ];
    const titles = slideTitles(groups, 'Added', 'markdown', '(cont.)');
    assert.ok(!titles[1]?.includes('Scale'), titles.join(' | '));
  });
});

/** A document of one section: three long paragraphs that fill its first slide, then `lines`, which the next slide shows. */
const afterThreeParagraphs = (title: string, heading: string, lines: string[]): string => {
  const para = (n: number): string =>
    `Point number ${n} of the lesson says a good deal about the topic and the values it takes, in a sentence long enough to fill its line and the next.`;
  return [`# ${title}`, '', `## ${heading}`, '', para(1), '', para(2), '', para(3), '', ...lines, ''].join('\n');
};

describe('a code span far into a sub-item', () => {
  it('names no slide: a detail of the point it is under', () => {
    const doc = afterThreeParagraphs('RV', 'Distributions', [
      'With the distribution of a random variable, you can:',
      '',
      '- compute *properties* of the variable and other derived variables such as its mean and its variance',
      '- *simulate* random draws of the variable',
      '  - randomly pick values of X according to its distribution using `np.random.choice()` or `df.sample()`',
    ]);
    const titles = titlesOf('rv.md', doc);
    assert.ok(!titles.some((t) => t.includes('np.random.choice')), titles.join(' | '));
  });
});

describe('a code span that opens a series of them', () => {
  it('names no slide: "four columns in the table: `driver_id`, `driver_name`, …" lists things', () => {
    const doc = afterThreeParagraphs('SQL', 'Creating a table', [
      '- We will create four columns in the table: `driver_id`, `driver_name`, `nationality`, and `victories`',
      '- Each column has a type of its own',
    ]);
    const titles = titlesOf('sql.md', doc);
    assert.ok(!titles.some((t) => t.includes('driver_id')), titles.join(' | '));
  });
});

describe('a caption under a picture', () => {
  it('gives no name to its slide: "the Y-axis shows…" in a figure\'s source line is no slide\'s topic', () => {
    const doc = afterThreeParagraphs('Learning', 'Squeeze out the juice', [
      '![ ](double_descent.jpg)',
      '',
      'Source: @nakkiran_deep_2019. The X-axis represents model complexity, and the Y-axis shows test and train error.',
    ]);
    const titles = titlesOf('learning.md', doc);
    assert.ok(!titles.some((t) => /[XY]-axis/u.test(t)), titles.join(' | '));
  });
});

describe('a heading that ends on its colon', () => {
  it('is followed by the name alone, no second mark ("additions: 4–6", not "additions: — 4–6")', () => {
    assert.equal(joiner('Section 2 - Style guide for new additions:'), '');
    assert.equal(joiner('Lexical entries：'), '');
    assert.equal(joiner('Why?'), ' —');
    assert.equal(joiner('Chapter 2: Types'), ' —');
    assert.equal(joiner('Types'), ':');
  });
});

describe("students' outline notes", () => {
  it('name a slide by the outline item its points sit under, a short question too, not "(cont.)"', () => {
    const points = (topic: string, n: number): string =>
      Array.from({ length: n }, (_, k) => `    - ${topic} point ${k + 1} is one more thing the lecture says about this part of the cell in some detail`).join(
        '\n',
      );
    const text = [
      '# Biology 101',
      '',
      '## Lecture 1: The Cell',
      '',
      '- What is a cell?',
      '  - Why do cells have walls?',
      points('Walls', 5),
      '  - What do we mean by membrane?',
      points('Membranes', 5),
      '- Organelles',
      '  - Mitochondria',
      points('Mitochondria', 5),
      '  - Ribosomes',
      points('Ribosomes', 5),
      '',
      '## Lecture 2: Tissues',
      '',
      'Tissues are groups of cells.',
      '',
    ].join('\n');
    const titles = titlesOf('bio.md', text);
    const lecture = titles.slice(titles.indexOf('Lecture 1: The Cell'), titles.indexOf('Lecture 2: Tissues'));
    assert.ok(lecture.length >= 4, titles.join(' | '));
    const continued = lecture.filter((t) => t === 'Lecture 1: The Cell (cont.)');
    assert.ok(continued.length <= 1, titles.join(' | '));
    assert.ok(
      lecture.some((t) => /What do we mean by membrane\?|Why do cells have walls\?|What is a cell\?/u.test(t)),
      titles.join(' | '),
    );
  });
});

describe('a name that only later points of a slide use', () => {
  it('titles the slide under its heading, never alone: a detail of those points is not what the slide is about', () => {
    const unit = (markdown: string, block: number): Unit => itemPoint(markdown, block);
    // (A heading of a line: the name under it takes a second, so the name would stand alone.)
    const heading = 'why not publish the ballots like this';
    const groups = [
      [unit('- thousands of nodes, run by anybody', 0), unit('- nodes gossip each ballot to their neighbours', 1)],
      [unit('- a ballot counts if most nodes accept it', 2), unit('- one vote per MAC address?', 3), unit('- but MAC addresses are easy to forge', 4)],
    ];
    const titles = slideTitles(groups, heading, 'text', '(cont.)', false, (name) => name === 'MAC');
    assert.equal(titles.length, 2);
    assert.equal(titles[1], 'why not publish the ballots like this (cont.)', titles.join(' | '));
  });
});

describe('words stressed in the middle of a sentence that are a clause or a command', () => {
  it('name no slide ("Guide: but do not share answers!"): what to do is no topic', () => {
    const unit = (markdown: string, block: number): Unit => itemPoint(markdown, block, { height: 80, words: 20 });
    const groups = [
      [unit('- Look at the posted issues first, then ask a question of your own in the forum of the course.', 0)],
      [unit('- Talk it over with your friends, **but never copy!** Tools may help, **and please do not hand in their work**.', 1)],
    ];
    const titles = slideTitles(groups, 'Help', 'markdown', '(cont.)');
    assert.deepEqual(titles, ['Help', 'Help (cont.)']);
  });
});

describe("a legend's terms that are formulas", () => {
  it('name no slide; a relation named in text inside its formula still does', () => {
    const filler = (n: number): string =>
      `Signing a message of part ${n} takes the sender's private key and the digest of the message, and anyone who holds the public key can check the signature against the digest it computes itself.`;
    const text = [
      '# Signatures',
      '',
      '## Signing and checking',
      '',
      ...[1, 2, 3, 4].flatMap((n) => [filler(n), '']),
      '- **$PR_a$**: the private key of a',
      '- **$PU_a$**: the public key of a',
      '- **$H$**: the hash function both sides use',
      '',
      '## Next',
      '',
      'Done.',
    ].join('\n');
    const titles = titlesOf('sign.md', text);
    assert.ok(!titles.some((t) => /^\$|: \$/u.test(t)), titles.join(' | '));
  });
});

describe('a label that opens with a conjunction', () => {
  it('names no slide: "Ou simplesmente:" over a formula goes on under the heading', () => {
    const text = [
      '# Variáveis aleatórias',
      '',
      '## Função de probabilidade',
      '',
      'Para uma variável aleatória discreta $X$, definimos a função de probabilidade $f(x)$ da seguinte maneira.',
      '',
      '**Definição:**',
      '',
      'A função de probabilidade de $X$ associa a cada valor $x_i$ que a variável assume a probabilidade desse valor, e vale zero em todos os outros pontos da reta.',
      '',
      '$f(x_i) = P(X = x_i) \\quad \\text{para todo} \\ x_i$',
      '',
      '$$\\begin{aligned} f(x_1) &= P(X = x_1) \\\\ f(x_2) &= P(X = x_2) \\\\ f(x_3) &= P(X = x_3) \\\\ f(x_4) &= P(X = x_4) \\end{aligned}$$',
      '',
      'Ou simplesmente:',
      '',
      '$f(x) = P(X = x)$',
      '',
      'A função $f(x)$ é chamada função de probabilidade da variável aleatória $X$, e nesse caso dizemos que $X$ é uma variável aleatória discreta.',
      '',
      '**Notas:**',
      '',
      '- A função de probabilidade também é conhecida como função massa de probabilidade.',
      '- Ela nunca é negativa e a soma dos seus valores é igual a um.',
    ].join('\n');
    const slides = markdownSlides(text);
    const titles = slides.map((s) => s.title);
    assert.ok(
      slides.some((s) => s.body.includes('Ou simplesmente:')),
      titles.join(' | '),
    );
    assert.ok(!titles.includes('Ou simplesmente'), titles.join(' | '));
    assert.ok(
      titles.every((t) => t.startsWith('Função de probabilidade') || t === 'Variáveis aleatórias'),
      titles.join(' | '),
    );
  });
});

describe('a label that goes on from the sentence before it', () => {
  it('names no slide: "I, instead," over a list, a lower-case "and" that a formula interrupted', () => {
    const text = [
      '# Waves',
      '',
      '## The order of these lectures',
      '',
      'The textbook treats waves on a string first, then light in vacuum, then light in linear media, and then light in conductors, and for each one it (a) derives the wave equation, (b) finds its solutions, (c) discusses polarization, and (d) matches the boundary conditions to find what is reflected and what is transmitted at a surface between two media.',
      '',
      'I, instead,',
      '* did not say much about waves on strings (although I will today)',
      '* on Monday found the wave equation for every kind of medium at once',
      '* on Wednesday discussed polarization for all of them together',
      '* today am talking about reflection and transmission in all of them',
      '',
      '## Strings',
      '',
      'Two strings tied together reflect a wave.',
    ].join('\n');
    const titles = markdownSlides(text).map((s) => s.title);
    assert.ok(!titles.some((t) => t.includes('I, instead')), titles.join(' | '));
    assert.ok(titles.includes('The order of these lectures (cont.)'), titles.join(' | '));
  });
});

describe('a slide of labelled items that goes on', () => {
  it("is not named by one item's label, a term the document uses again", () => {
    // (Each label but the last is a section's heading, as in a lecture's plan: those name no slide of the plan.)
    const topics = ['Cycles', 'Complete Graphs', 'Bipartite Graphs', 'Multipartite Graphs', 'Wheels and Cubes', 'Tour Graphs'];
    const text = [
      '# Graph Families',
      '',
      '## Plan for today',
      '',
      ...topics.map((t) => `- **${t}** — what ${t.toLowerCase()} are, how they are drawn, and where they come up in practice`),
      '- **The Shortest Tour Problem** — the best known optimisation question of the field',
      '',
      ...topics.flatMap((t) => [`## ${t}`, '', `This section is about ${t.toLowerCase()} and how to draw them.`, '']),
      '## Tours',
      '',
      'The shortest tour problem asks for the cheapest route through every city.',
      '',
      'No fast method solves the shortest tour problem in general.',
      '',
      'Heuristics give good answers to the shortest tour problem in practice.',
      '',
    ].join('\n');
    const slides = markdownSlides(text).filter((s) => s.id.startsWith('plan-for-today'));
    assert.ok(slides.length >= 2, slides.map((s) => s.title).join(' | '));
    for (const slide of slides.slice(1)) assert.doesNotMatch(slide.title, /Shortest Tour/iu, slide.title);
  });
});
