// scripts/stages/org-markdown.ts: an Org document becomes the Markdown lectern plans from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgToMarkdown } from '../../scripts/stages/org-markdown.ts';
import { planSource } from '../../scripts/stages/plan-source.ts';
import { readDocument } from '../../scripts/stages/read-document.ts';

const org = [
  '#+TITLE: Editing Course 01',
  '#+AUTHOR: A. Teacher',
  '#+STARTUP: overview',
  '#+TODO: TODO NEXT | DONE',
  '',
  '# remember to mention the exam',
  '* NEXT Course basics [0/2] :course:',
  '  :PROPERTIES:',
  '  :ID: 1234',
  '  :END:',
  '  SCHEDULED: <2020-06-11 Thu>',
  'Press the <TAB> key: lines starting with a "*" are *headlines*, and =C-c C-c= or ~(undo)~ /marks/ them.',
  '  - [ ] Undo :: know how to undo a change',
  '  - [X] a finished item',
  '  1) the first step',
  '** Links',
  'See [[https://orgmode.org][the Org site]] and [[file:img/shot.png]].',
  '#+BEGIN_SRC emacs-lisp',
  '(setq fill-column 80)',
  ',* not a headline',
  '#+END_SRC',
  ': fixed output',
  ': line two',
  '| key | does |',
  '|-----+------|',
  '| C-g | quit |',
  '#+BEGIN_COMMENT',
  'the solution is 42',
  '#+END_COMMENT',
  '* COMMENT Draft section',
  'a walkthrough the author left out',
  '* Last words',
  '#+begin_quote',
  'Quoted as written.',
  '#+end_quote',
].join('\n');

describe("an Org document's line of Emacs' command links", () => {
  it('is kept out, and the one headline over the rest titles the deck', () => {
    const text = [
      'elisp:org-toggle-latex-overlays  elisp:org-toggle-pretty-entities',
      '',
      '* Rate laws',
      '',
      '- A first point.',
      '** Cracking',
      '',
      '- Ethane cracks.',
    ];
    const { markdown } = orgToMarkdown(text.join('\n'));
    assert.doesNotMatch(markdown.replace(/<!--[\s\S]*?-->/gu, ''), /elisp/u);
    const planned = planSource(readDocument('n.md', Buffer.from(markdown)), { file: 'n.org', fileName: 'n.org', format: 'markdown' });
    assert.equal(planned.plan.meta.title, 'Rate laws');
    // (Its words as a link's are kept: "See elisp:foo for this" is text.)
    assert.match(orgToMarkdown('* A\n\nSee elisp:foo for this.').markdown, /See elisp:foo for this/u);
  });
});

describe('an Org document', () => {
  const { markdown } = orgToMarkdown(org);

  it('becomes Markdown: its settings front matter, headlines headings without their bookkeeping, blocks fenced, a table with its header', () => {
    assert.match(markdown, /^---\ntitle: Editing Course 01\nauthor: A\. Teacher\n---\n/u);
    assert.match(markdown, /^# Course basics$/mu);
    assert.match(markdown, /^## Links$/mu);
    assert.match(markdown, /^````emacs-lisp\n\(setq fill-column 80\)\n\* not a headline\n````$/mu);
    assert.match(markdown, /^````\nfixed output\nline two\n````$/mu);
    assert.match(markdown, /^\| key \| does \|\n\| --- \| --- \|\n\| C-g \| quit \|$/mu);
    assert.match(markdown, /^> Quoted as written\.$/mu);
    assert.match(markdown, /\*\*headlines\*\*, and `C-c C-c` or `\(undo\)` \*marks\* them/u);
    assert.match(markdown, /^ {2}- \[ \] \*\*Undo\*\*: know how to undo a change$/mu);
    assert.match(markdown, /^ {2}1\. the first step$/mu);
    assert.match(markdown, /\[the Org site\]\(https:\/\/orgmode\.org\) and !\[\]\(img\/shot\.png\)/u);
    assert.doesNotMatch(markdown, /STARTUP|SCHEDULED|NEXT|\[0\/2\]|:course:/u);
  });

  it('plans a deck that shows nothing the author kept out, and the text as Org shows it', () => {
    const planned = planSource(readDocument('course.md', Buffer.from(markdown)), { file: 'course.org', fileName: 'course.org', format: 'markdown' });
    assert.equal(planned.plan.meta.title, 'Editing Course 01');
    const shown = planned.plan.slides.map((s) => `${s.title}\n${s.body}\n${s.notes}`).join('\n');
    for (const hidden of ['remember to mention the exam', 'the solution is 42', 'a walkthrough the author left out', 'PROPERTIES', ':ID:'])
      assert.ok(!shown.includes(hidden), hidden);
    assert.match(shown, /Press the &lt;TAB> key/u);
    assert.ok(planned.plan.slides.some((s) => s.title === 'Course basics'));
    assert.ok(planned.plan.slides.some((s) => s.title === 'Last words'));
  });
});

describe("an Org list's item over a line at its bullet's column", () => {
  it('ends there: the line is a paragraph after the item, not run on into it', () => {
    const { markdown } = orgToMarkdown(
      [
        '* Origins',
        ' Changes in Europe during the 18th century:',
        ' 1. Factory-based economy',
        ' Workers becoming part of an anonymous labour force.',
        '',
        ' 2. Growth of cities',
        '    which grew fast',
        ' Enclosure of common land.',
      ].join('\n'),
    );
    assert.match(markdown, /^ 1\. Factory-based economy\n\n Workers becoming part/mu);
    // A line further in than the bullet goes on with the item.
    assert.match(markdown, /^ 2\. Growth of cities\n {4}which grew fast\n\n Enclosure/mu);
  });
});

describe('a LaTeX environment in Org', () => {
  it('is a formula, its rows as written; a backslash in a sentence stays text', () => {
    const { markdown } = orgToMarkdown(
      ['* Maths', '- LaTeX support', '', '\\begin{align}', 'x & = \\sqrt{b} \\\\', '', 'y & = \\frac{3}{4}', '\\end{align}', '', 'A \\LaTeX line.'].join('\n'),
    );
    assert.match(markdown, /^\$\$\n\\begin\{align\}\nx & = \\sqrt\{b\} \\\\\ny & = \\frac\{3\}\{4\}\n\\end\{align\}\n\$\$$/mu);
    assert.match(markdown, /^A \\LaTeX line\.$/mu);
  });
});

describe("a captioned picture inside an Org list's item", () => {
  it('stays in the item, its caption and picture indented as the item is: never an indented code block', () => {
    const { markdown } = orgToMarkdown(
      [
        '* Overview',
        '  - Even a simple program is all over the memory:',
        '    #+name: fig:memory',
        '    #+caption: Memory layout of a C program',
        '    [[../img/process.png]]',
        '',
        '  - The diagram shows the layout.',
      ].join('\n'),
    );
    assert.match(markdown, /^ {4}\*Memory layout of a C program\*$/mu);
    assert.match(markdown, /^ {4}!\[\]\(\.\.\/img\/process\.png\)$/mu);
    const planned = planSource(readDocument('o.md', Buffer.from(markdown)), { file: 'o.org', fileName: 'o.org', format: 'markdown' });
    const shown = planned.plan.slides.map((s) => s.body).join('\n');
    assert.doesNotMatch(shown, /`!\[\]|^ {4}!\[|```\n!\[/mu, shown);
  });
});

describe("an Org deck's source (org-reveal)", () => {
  it("expands the macros it defines, shows the words of others (an icon's none), reads sub- and superscripts, export snippets, captions and its own blocks", () => {
    const text = [
      '#+TITLE: Degradation in /Arabidopsis thaliana/',
      '#+DATE: <2020-12-12 Sat 10:45>',
      '#+MACRO: gene /$1/ (a gene)',
      '* Results',
      '- {{{fa(fa-bars)}}} opens the menu',
      "The {{{define(order)}}} of an equation is its highest derivative's.",
      '- {{{gene(NIP5;1)}}} is regulated by GOI_{SMR} and x^{2}@@html:<br>@@@@latex:\\newline@@',
      '#+begin_text-sm',
      '#+ATTR_HTML: :class img-70w',
      '#+caption: Modified from [[https://doi.org/x][Matthes (2020)]]',
      '[[file:img/wall.png]]',
      '#+end_text-sm',
    ].join('\n');
    const { markdown } = orgToMarkdown(text);
    assert.match(markdown, /^title: Degradation in Arabidopsis thaliana$/mu);
    assert.match(markdown, /^date: ['"]?2020-12-12['"]?$/mu);
    assert.match(markdown, /^- {2}opens the menu$/mu);
    // (One it does not define, in a file it includes, shows its words.)
    assert.match(markdown, /^The order of an equation is its highest derivative's\.$/mu);
    assert.match(markdown, /^- \*NIP5;1\* \(a gene\) is regulated by GOI<sub>SMR<\/sub> and x<sup>2<\/sup><br>$/mu);
    // (A picture's caption under it, where a page shows it.)
    assert.match(markdown, /^!\[\]\(img\/wall\.png\)\n\n\*Modified from \[Matthes \(2020\)\]\(https:\/\/doi\.org\/x\)\*$/mu);
    assert.doesNotMatch(markdown, /\{\{\{|@@|#\+|text-sm|ATTR|newline/u);
  });
});

describe('an Org block or drawer never closed', () => {
  it('is no block: its line is text, and thousands of them are read one after another, not one inside another', () => {
    const { markdown } = orgToMarkdown('* T\n#+begin_note\nStill text.\n:LOGBOOK:\nMore text.\n');
    assert.match(markdown, /^#\+begin\\_note$|^#\+begin_note$/mu);
    assert.match(markdown, /^Still text\.$/mu);
    assert.match(markdown, /^:LOGBOOK:$/mu);
    assert.match(markdown, /^More text\.$/mu);
    assert.doesNotThrow(() => orgToMarkdown(`* T\n${'#+begin_x\n'.repeat(20_000)}`));
  });
});

describe('an Org link a browser cannot follow', () => {
  it("shows its description or its target as text (Emacs' info:, an internal heading, javascript:); web and file links stay links", () => {
    const { markdown } = orgToMarkdown(
      '* T\nSee [[info:emacs#Windows][the manual]], [[info:emacs#Buffers]], [[javascript:alert(4)][click]], [[*Links]], [[https://orgmode.org][site]] and [[./notes.org][notes]].',
    );
    assert.match(markdown, /^See the manual, info:emacs#Buffers, click, Links, \[site\]\(https:\/\/orgmode\.org\) and \[notes\]\(\.\/notes\.org\)\.$/mu);
  });
  it("sets a source block's lines in by their common indentation past the block's own, as Org exports them, unless it keeps it (-i)", () => {
    const org = [
      '* Commands',
      '',
      '#+begin_src emacs-lisp',
      '  (defun my-first-command ()',
      '    (interactive)',
      '    (message "Hey, it worked!"))',
      '#+end_src',
      '',
      '- An item with code:',
      '  #+begin_src sh',
      '    make all',
      '  #+end_src',
      '',
      '#+begin_src python -i',
      '  x = 1',
      '#+end_src',
      '',
    ].join('\n');
    const { markdown } = orgToMarkdown(org);
    assert.match(markdown, /````emacs-lisp\n\(defun my-first-command \(\)\n {2}\(interactive\)\n {2}\(message "Hey, it worked!"\)\)\n````/u);
    assert.match(markdown, /\n {2}````sh\n {2}make all\n {2}````/u);
    assert.match(markdown, /````python\n {2}x = 1\n````/u);
  });
});

describe("an Org source block's :exports", () => {
  const text = [
    '#+TITLE: Shells',
    '* Files',
    'The tree of folders:',
    '#+BEGIN_SRC dot :file tree.png :exports results',
    'digraph tree { root -> home }',
    '#+END_SRC',
    '',
    '#+RESULTS:',
    '[[file:tree.png]]',
    '',
    'A second drawing, made when the page is exported:',
    '#+BEGIN_SRC dot :file users.png :exports results',
    'digraph users { home -> alice }',
    '#+END_SRC',
    '',
    '#+BEGIN_SRC sh :exports none',
    'make-the-pictures --all',
    '#+END_SRC',
    '',
    '#+RESULTS:',
    ': done',
    '',
    '#+BEGIN_SRC sh :exports both',
    'ls /home',
    '#+END_SRC',
  ].join('\n');
  it('shows what a block exports as results, not its code; a block exported as none not at all, its results neither', () => {
    const { markdown } = orgToMarkdown(text);
    const shown = markdown.replace(/<!--[\s\S]*?-->/gu, '');
    for (const code of ['digraph tree', 'digraph users', 'make-the-pictures', ': done', 'done']) assert.ok(!shown.includes(code), code);
    assert.ok(shown.includes('[[file:tree.png]]') || shown.includes('tree.png'), shown);
    assert.ok(shown.includes('![](users.png)'), shown);
    assert.ok(shown.includes('ls /home'), shown);
  });
});

describe("an Org line's formulas", () => {
  it('are kept as written: no star escaped, no brace read as a superscript; chemistry written bare is a formula', () => {
    const md = orgToMarkdown(
      [
        '* Mechanisms',
        '- We have introduced a new species $A^*$, with $r_2 = k_2 C_A^* C_A$ and $$k_{1}^{2}$$.',
        '- any species with a $^{.}$ is a radical, as \\(x^{2}\\) is a square and \\[y_{1}\\] an index',
        '- A = \\ce{C_2H_6}, and GOI_{SMR} stays a subscript outside formulas',
        '- Arguments (=$0, $1, $2...=, =$#, $@=) and the regex (~"\\\\(?:a\\\\|b\\\\)"~) are code',
      ].join('\n'),
    ).markdown;
    assert.match(md, /new species \$A\^\*\$, with \$r_2 = k_2 C_A\^\* C_A\$ and \$\$k_\{1\}\^\{2\}\$\$\./u);
    assert.match(md, /with a \$\^\{\.\}\$ is a radical, as \\\(x\^\{2\}\\\) is a square and \\\[y_\{1\}\\\] an index/u);
    assert.match(md, /A = \$\\ce\{C_2H_6\}\$, and GOI<sub>SMR<\/sub> stays/u);
    assert.ok(md.includes('Arguments (`$0, $1, $2...`, `$#, $@`) and the regex (`"\\\\(?:a\\\\|b\\\\)"`) are code'), md);
  });
});

describe('an Org description list whose term is in bold', () => {
  it('sets the term in bold once, its own marks gone, its code as written', () => {
    const md = orgToMarkdown('* Timestamps\n\n- *PLAIN timestamp* (=C-c .=) :: For appointments.\n- DEADLINE :: When a task is due.\n').markdown;
    assert.match(md, /^- \*\*PLAIN timestamp \(`C-c \.`\)\*\*: For appointments\.$/mu);
    assert.match(md, /^- \*\*DEADLINE\*\*: When a task is due\.$/mu);
    assert.doesNotMatch(md, /\*{3,}/u);
  });
});

describe("Org's footnotes", () => {
  it('are footnotes: cited by name, defined at the margin or in place; no slide shows "[fn:2]", the notes keep them', () => {
    const org = [
      '#+title: Keys',
      '',
      '* Updating',
      '',
      'There are other "fun" options[fn:2] in the =--edit-key= interface, and more[fn:: An aside in place.] besides.',
      '',
      '* Footnotes',
      '',
      '[fn:2] Your mileage may vary with =addphoto=.',
    ].join('\n');
    const md = orgToMarkdown(org).markdown;
    assert.match(md, /options\[\^2\] in the `--edit-key` interface, and more\^\[ An aside in place\.\] besides\./u);
    assert.match(md, /^\[\^2\]: Your mileage may vary with `addphoto`\.$/mu);
    const { plan } = planSource(readDocument('keys.md', Buffer.from(md)), { file: 'keys.org', fileName: 'keys.org', format: 'markdown' });
    const shown = plan.slides.map((s) => `${s.title}\n${s.body}`).join('\n');
    assert.doesNotMatch(shown, /\[fn:|\[\^|Footnotes/u);
    assert.match(plan.slides.map((s) => s.notes).join('\n'), /Your mileage may vary/u);
  });
});

describe("Org's subtrees left out of the export, and its HTML export blocks", () => {
  it('leaves out a :noexport: subtree (or one a tag #+EXCLUDE_TAGS names), and reads an HTML block whole', () => {
    const org = [
      '#+title: Shells',
      '',
      '#+begin_export html',
      '<div id="subtitle">',
      '  <p>',
      '    Babel shell support, including: <a href="https://www.gnu.org/software/bash/">bash</a>.',
      '  </p>',
      '',
      '    <a href="https://www.zsh.org/"><img width="150px"',
      '    src="wizard.gif"/></a>',
      '</div>',
      '#+end_export',
      '',
      '* Template Checklist [0/1]                                   :noexport:',
      '- [ ] Check if the tip is correct.',
      '** A note under it',
      'Still left out.',
      '* Introduction',
      'A shell is a user interface.',
    ].join('\n');
    // (Kept as a comment, which no slide shows and check counts.)
    const shown = (markdown: string): string => markdown.replace(/<!--[\s\S]*?-->/gu, '');
    const md = orgToMarkdown(org).markdown;
    assert.doesNotMatch(shown(md), /Template Checklist|Check if the tip|Still left out/u);
    assert.match(md, /^# Introduction$/mu);
    assert.match(md, /^<div id="subtitle">\n<p>\nBabel shell support/mu);
    assert.doesNotMatch(md, /^ {4}</mu);
    const custom = orgToMarkdown('#+EXCLUDE_TAGS: draft\n* Kept :noexport:\nShown.\n* Draft :draft:\nHidden.\n').markdown;
    assert.match(shown(custom), /Shown\./u);
    assert.doesNotMatch(shown(custom), /Hidden/u);
  });
});

describe("org-ref's index entries and labels on a line of their own", () => {
  it('are no text of the page ("index:cstr" under a headline)', () => {
    const md = orgToMarkdown(
      '* Reactors\n** A stirred tank\nindex:cstr\n\nHere is the schematic.\nlabel:fig-cstr index:tank\n\nindex: the word, then text.\n',
    ).markdown;
    assert.doesNotMatch(md, /index:cstr|label:fig-cstr|index:tank/u);
    assert.match(md, /Here is the schematic\./u);
    assert.match(md, /index: the word, then text\./u);
  });
});

describe("a picture's caption", () => {
  it('is set under the picture, past the name and attribute lines between them; a table keeps its caption over it', () => {
    const org = [
      '* Reading',
      '',
      'Some text here.',
      '',
      '#+caption: Reading documents in the editor.',
      '#+name: fig-reading',
      '#+attr_html: :width 600',
      '[[file:images/reading.png]]',
      '',
      '#+caption: Viewer shortcuts.',
      '| Key | Action |',
      '| P | zoom |',
      '',
    ].join('\n');
    const { markdown } = orgToMarkdown(org);
    const picture = markdown.indexOf('![');
    const caption = markdown.indexOf('*Reading documents in the editor.*');
    assert.ok(picture >= 0 && caption > picture, markdown);
    assert.ok(markdown.indexOf('*Viewer shortcuts.*') < markdown.indexOf('| Key'), markdown);
  });
});

describe('a LaTeX table in an Org lecture (#+BEGIN_LATEX over \\begin{center} over \\begin{tabular})', () => {
  it('is a table of its rows, its formulas kept and its alignment as specified, not a formula KaTeX cannot set', () => {
    const text = [
      '#+TITLE: Events',
      '* Notation',
      'Two events:',
      '#+BEGIN_LATEX',
      '\\begin{center}',
      '\\begin{tabular}{|c|r|}',
      '\\hline',
      'Expression & Reading \\\\',
      '\\hline',
      '$A \\cup B$ & "at least one of the events" \\\\',
      '$(A\\cap \\bar{B}) $ & \\textbf{only} $A$ \\\\',
      '\\hline',
      '\\end{tabular}',
      '\\end{center}',
      '#+END_LATEX',
      '',
    ].join('\n');
    const md = orgToMarkdown(text).markdown;
    assert.match(md, /^\| Expression \| Reading \|$/mu, md);
    assert.match(md, /^\|:-:\|--:\|$/mu, md);
    assert.match(md, /^\| \$A \\cup B\$ \| "at least one of the events" \|$/mu, md);
    assert.match(md, /^\| \$\(A\\cap \\bar\{B\}\)\$ \| \*\*only\*\* \$A\$ \|$/mu, md);
    assert.doesNotMatch(md, /tabular|\\hline|\$\$/u, md);
  });
});

describe('a displayed formula over lines of its own in Org (\\[ over its formula over \\])', () => {
  it('is the formula as written, its subscripts in braces no markup', () => {
    const text = ['#+TITLE: Sums', '* Sums', 'The sum is one:', '\\[', '\\sum_{e_i \\in S} \\Pr(e_i) = 1', '\\]', '', 'And $x_{1}$ inline.', ''].join('\n');
    const md = orgToMarkdown(text).markdown;
    assert.match(md, /^\$\$\n\\sum_\{e_i \\in S\} \\Pr\(e_i\) = 1\n\$\$$/mu, md);
    assert.doesNotMatch(md, /<sub>/u, md);
  });
});
