// scripts/stages/hidden.ts: what the author hid (comments, template tags, solutions, hidden code lines) never reaches a slide or the notes,
// through the reader, the splitter and the planner, on lecture notes as lecturers write them (tests/fixtures/notes).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeHidden } from '../../scripts/stages/hidden.ts';
import { planDeck } from '../../scripts/stages/plan-deck.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';
import { splitText } from '../../scripts/stages/split-text.ts';
import { everything, markdownSlides, planOf, slidesShown } from './plans.ts';
import type { DeckPlan, DocumentModel } from '../../scripts/types.ts';

/** A Markdown document split and planned: its model, and everything its deck shows (titles, bodies, notes). */
function plannedMarkdown(text: string, file = 'x.md'): { model: DocumentModel; all: string } {
  const model = splitMarkdown(text);
  return { model, all: everything(planDeck(model, { file, fileName: file, format: 'markdown' }).value) };
}

/** A document's sections (heading, whether it resumes one a box interrupted), checked, and its plan. */
function boxed(text: string, sections: [string, boolean][]): { model: DocumentModel; plan: DeckPlan } {
  const model = splitMarkdown(text);
  assert.deepEqual(
    model.sections.map((s) => [s.heading, s.resumes ?? false]),
    sections,
  );
  return { model, plan: planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value };
}

describe("GitBook's blocks", () => {
  it('an info or success hint is its text alone, with no label the page does not show', () => {
    const text =
      '{% hint style="success" %}\n[Kennisclip 1-op-1 relaties](https://youtu.be/x)\n{% endhint %}\n\n{% hint style="info" %}\nRead this.\n{% endhint %}\n';
    const shown = removeHidden(text, 'markdown').text;
    assert.doesNotMatch(shown, /Success|Info|\{%/u);
    assert.match(shown, /^\[Kennisclip 1-op-1 relaties\]\(https:\/\/youtu\.be\/x\)$/mu);
    assert.match(shown, /^Read this\.$/mu);
  });

  it('show a tab by its title, a hint by its kind, a code block by its file, an embed as a link; no tag reaches a slide', () => {
    const text = [
      '# Getting started',
      '',
      '{% hint style="warning" %}',
      'You need an account first.',
      '{% endhint %}',
      '',
      '## Install',
      '',
      '{% tabs %}',
      '{% tab title="npm" %}',
      '```bash',
      'npm install tool',
      '```',
      '{% endtab %}',
      '{% endtabs %}',
      '',
      '{% code title="config.js" %}',
      '```js',
      'module.exports = { debug: true };',
      '```',
      '{% endcode %}',
      '',
      '{% embed url="https://www.example.org/video" %}',
      '',
      'In code a tag stays: `{% tab title="x" %}`.',
    ].join('\n');
    const unhidden = removeHidden(text, 'markdown');
    const deck = planDeck(splitMarkdown(unhidden.text), { file: 'g.md', fileName: 'g.md', format: 'markdown' }).value;
    const shown = deck.slides.map((s) => s.body).join('\n');
    // The opening hint is said on the title slide (its notes).
    assert.match(deck.slides[0]?.notes ?? '', /\*\*Warning\*\*/u);
    assert.match(shown, /\*\*npm\*\*/u);
    assert.match(shown, /\*\*config\.js\*\*/u);
    assert.match(shown, /\[example\.org\/video\]\(https:\/\/www\.example\.org\/video\)/u);
    assert.match(shown, /`\{% tab title="x" %\}`/u);
    assert.doesNotMatch(
      deck.slides
        .map((s) => `${s.body}\n${s.notes}`)
        .join('\n')
        .replace(/`[^`]*`/gu, ''),
      /\{%/u,
    );
    assert.ok(unhidden.hidden >= 5, `${unhidden.hidden}`);
  });
});

describe('what the author hid', () => {
  it("keeps out version control's keyword lines ($Id$, $Revision: 1.4 $), which are no title and no text", () => {
    const text =
      '$Id$\n\n\nDesign Notes\n____________\n\nThe server answers queries. It costs $5 a month.\n\n  $Revision: 1.4 $ $Date: 2004/01/02 10:00:00 $\n\nMore text.\n';
    const unhidden = removeHidden(text, 'text');
    assert.doesNotMatch(unhidden.text, /\$Id|\$Revision|\$Date/u);
    assert.match(unhidden.text, /It costs \$5 a month\./u);
    assert.equal(unhidden.text.split('\n').length, text.split('\n').length);
    assert.ok(unhidden.hidden >= 2);
    assert.equal(splitText(unhidden.text).title, 'Design Notes');
  });

  it("keeps the address a site's URL filter quotes ({{ '/x.png' | relative_url }}) for images and links, in a page with or without other template tags", () => {
    for (const extra of ['', '{% include note.html %}\n\n']) {
      const text = `${extra}<img src="{{ '/assets/img/noise.png' | relative_url }}" alt="Noise">\n\nSee [the walkthrough]({{ "/lectures/23/" | relURL }}) for {{ page.title }}.\n`;
      const shown = removeHidden(text, 'markdown').text;
      assert.match(shown, /src="\/assets\/img\/noise\.png"/u);
      assert.match(shown, /\[the walkthrough\]\(\/lectures\/23\/\)/u);
      assert.doesNotMatch(shown, /relative_url|relURL/u);
    }
    // Inside `{% raw %}` the filter is the code the page teaches, shown as written.
    const taught = removeHidden(
      '```html\n{% raw %}<link rel="stylesheet" href="{{ \'/assets/css/style.css\' | relative_url }}">{% endraw %}\n```\n\n![logo]({{ \'/logo.png\' | relative_url }})\n',
      'markdown',
    ).text;
    assert.match(taught, /href="\{\{ '\/assets\/css\/style\.css' \| relative_url \}\}"/u, taught);
    assert.match(taught, /!\[logo\]\(\/logo\.png\)/u, taught);
    // An address encoded by the template (Eleventy's url_encode) is that address too.
    const encoded = removeHidden(
      "A [*Mr. Chips*]({{ 'https://en.wikipedia.org/wiki/Goodbye,\\_Mr.\\_Chips' | url_encode }} 'On Wikipedia').\n",
      'markdown',
    ).text;
    assert.match(encoded, /\]\(https:\/\/en\.wikipedia\.org\/wiki\/Goodbye,\\_Mr\.\\_Chips 'On Wikipedia'\)/u, encoded);
  });

  it('keeps out an element the page never shows (hidden, display:none, a template), with what it holds', () => {
    const text = [
      '## Section',
      '',
      'First paragraph here.',
      '',
      '<div hidden>',
      'secret hidden div',
      '</div>',
      '',
      'Text with <span style="display:none">secret span</span> inline, and <span class="hidden-xs">shown words</span>.',
      '',
      "<div style='color: red; display: none'>",
      '',
      'secret display none block',
      '',
      '</div>',
      '',
      '<template>secret template</template>',
      '',
      'In code it stays: `<div hidden>kept</div>`.',
    ].join('\n');
    const shown = removeHidden(text, 'markdown');
    assert.doesNotMatch(shown.text, /secret/u);
    assert.match(shown.text, /shown words/u);
    assert.match(shown.text, /`<div hidden>kept<\/div>`/u);
    assert.equal(shown.text.split('\n').length, text.split('\n').length);
    assert.ok(shown.hidden >= 4, `${shown.hidden}`);
  });

  it("keeps out Quarto's content that a deck of slides does not show; content for HTML or slides stays", () => {
    const div = (attributes: string, words: string): string => `::: {${attributes}}\n${words}\n:::\n`;
    const text = [
      '## Section',
      '',
      div('.content-hidden', 'hidden everywhere'),
      div('.content-visible when-format="pdf"', 'only in the PDF'),
      div('.content-hidden when-format="revealjs"', 'not in slides'),
      div('.content-visible unless-format="html"', 'all but HTML'),
      div('.content-visible when-format="html"', 'shown in HTML'),
      div('.content-hidden when-format="pdf"', 'hidden from the PDF only'),
      div('.content-visible', 'visible everywhere'),
    ].join('\n');
    const shown = removeHidden(text, 'markdown');
    for (const hidden of ['hidden everywhere', 'only in the PDF', 'not in slides', 'all but HTML']) assert.ok(!shown.text.includes(hidden), hidden);
    for (const kept of ['shown in HTML', 'hidden from the PDF only', 'visible everywhere']) assert.ok(shown.text.includes(kept), kept);
    assert.ok(shown.hidden >= 4, `${shown.hidden}`);
  });

  it("keeps Jinja's and Nunjucks' comments, Hugo's comments and a comment shortcode out, and counts them; code keeps them", () => {
    const text = [
      '# Hidden',
      '',
      '## One',
      '',
      'Text with an inline {# not for the students #} comment, and more words here.',
      '',
      '{#- a comment',
      'over two lines -#}',
      '',
      '{{/* a note to self */}}',
      '',
      '{{< comment >}}the answer is 42{{< /comment >}}',
      '',
      '{#  ',
      '    ```python',
      '    def solution(g):',
      '        parent = {}',
      '    ```',
      '#}',
      '',
      '### Anchored {#anchored}',
      '',
      'In code it stays: `{# kept #}`, and C# {#} is text.',
    ].join('\n');
    const unhidden = removeHidden(text, 'markdown');
    for (const hidden of ['not for the students', 'over two lines', 'note to self', 'the answer is 42', 'def solution'])
      assert.ok(!unhidden.text.includes(hidden), hidden);
    assert.ok(unhidden.hidden >= 4, `${unhidden.hidden} hidden items`);
    assert.match(unhidden.text, /`\{# kept #\}`, and C# \{#\} is text\./u);
    assert.match(unhidden.text, /### Anchored \{#anchored\}/u);
  });

  it('keeps HTML comments, Liquid comments and tags out of slides and notes, and counts them', () => {
    const { model, plan } = planOf('jekyll-lecture.md');
    const all = everything(plan);
    for (const hidden of ['remember to mention the exam', 'walkthrough is secret', 'Solution: find', 'site.baseurl', '{%', '<!--'])
      assert.ok(!all.includes(hidden), `"${hidden}" is shown`);
    // {% raw %} only protects what it holds: the braces the author escaped stay.
    assert.match(all, /`\{\{ name \}\}`/u);
    assert.ok((model.hidden?.count ?? 0) >= 5, `${model.hidden?.count} hidden items`);
  });

  it('keeps out a comment that holds code blocks and closes on a fence line, and the sections after it stay sections', () => {
    const text = [
      '# Databases',
      '',
      '## Creating the tables',
      '',
      'Run this first:',
      '',
      '```python',
      '>>> db.create_all()',
      '```',
      '',
      '<!-- ### Method 2: the interactive shell',
      '',
      '```bash',
      'flask shell',
      '```',
      '',
      '```python',
      '>>> exit()',
      '``` -->',
      '',
      'Existing tables are never changed.',
      '',
      '## Reading rows',
      '',
      'A query returns the rows that match.',
    ].join('\n');
    const { model, all } = plannedMarkdown(text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Creating the tables', 'Reading rows'],
    );
    for (const hidden of ['Method 2', 'flask shell', 'exit()', '-->']) assert.ok(!all.includes(hidden), `"${hidden}" is shown`);
    assert.match(all, /Existing tables are never changed\./u);
    assert.ok(model.hidden?.removed.some((r) => r.includes('Method 2')));
  });
  it('keeps a Liquid comment out of the deck where code blocks stand between its paragraphs, and counts it', () => {
    const text = [
      '# Version control',
      '',
      '## Basics',
      '',
      '{% comment %}',
      '',
      'The init command makes a new repository:',
      '',
      '```console',
      '$ git init',
      'Initialized empty Git repository',
      '```',
      '',
      'How do we read this output? Nothing is committed yet.',
      '',
      '```console',
      '$ git status',
      '```',
      '',
      '{% endcomment %}',
      '',
      '- `git help <command>`: get help for a git command',
      '- `git init`: creates a new git repo',
      '',
      '```console',
      '$ git log',
      '```',
    ].join('\n');
    const { model, all } = plannedMarkdown(text);
    for (const hidden of ['Initialized empty', 'How do we read', 'git status', 'comment %}']) assert.ok(!all.includes(hidden), `"${hidden}" is shown`);
    assert.match(all, /`git help <command>`: get help/u);
    assert.match(all, /\$ git log/u);
    assert.ok(model.hidden?.removed.some((r) => r.includes('How do we read')));
  });
  it("keeps what {% raw %} holds as written, in a list item's code too: its {{ … }} and a front matter's --- lines", () => {
    const text = [
      '# Includes',
      '',
      '## Navigation',
      '',
      'Intro.',
      '',
      '5. Now insert:',
      '',
      '    ~~~',
      '    {% raw %}---',
      '    title: x',
      '    ---',
      '    {{ site.description }}',
      '    end{% endraw %}',
      '    ~~~',
      '',
      'See {% raw %}{{ page.title }}{% endraw %} and {{ site.email }}.',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.ok(out.text.includes('    ~~~\n    ---\n    title: x\n    ---\n    {{ site.description }}\n    end\n    ~~~'), out.text);
    assert.ok(out.text.includes('See {{ page.title }} and .'), out.text);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
  });

  it("keeps a list's items together where an indented kramdown class is followed by a line at the margin", () => {
    // Markdown reads "The snippet…" as the list item's paragraph, and "5." as the next item of the same list.
    const text = [
      '4. Insert:',
      '',
      '    ~~~',
      '    <table></table>',
      '    ~~~',
      '    {: .language-html }',
      'The snippet makes a table.',
      '5. Now insert:',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.ok(out.text.includes('    ~~~\n\n    The snippet makes a table.\n5. Now insert:'), out.text);
  });

  it("keeps Docusaurus's magic comment lines and Shiki's [!code] notations out of code, the rest of each line as written", () => {
    const text =
      "```js\nfunction f() {\n  // highlight-next-line\n  return 1; // [!code ++]\n  /* highlight-start */\n  a();\n  // highlight-end\n}\nconst s = '// [!code ++] in a string';\n```\n\n```python\n# highlight-next-line\nprint('x')  # [!code focus]\n```\n";
    const out = removeHidden(text, 'markdown');
    assert.equal(out.hidden, 6);
    assert.ok(out.text.startsWith("```js\nfunction f() {\n  return 1;\n  a();\n}\nconst s = '// [!code ++] in a string';\n```\n"), out.text);
    assert.ok(out.text.includes("```python\nprint('x')\n```"), out.text);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
  });

  it("keeps MkDocs Material's annotation markers out of code and InlineHilite's language out of a code span, the code as written", () => {
    const text = [
      '```pycon',
      '>>> for i in range(2, -1, -1):#(1)!',
      '...     print(i)  # (2)!',
      "x = '# (3)!'  # (3)",
      '```',
      '{ .annotate }',
      '',
      '1. Con `#!python start=2` y `#!py step=-1`; `#!/bin/sh` stays.',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.ok(out.text.includes('>>> for i in range(2, -1, -1):\n...     print(i)\n'), out.text);
    // A marker without its "!" is a comment the page keeps.
    assert.ok(out.text.includes("x = '# (3)!'  # (3)\n"), out.text);
    assert.ok(out.text.includes('Con `start=2` y `step=-1`; `#!/bin/sh` stays.'), out.text);
    assert.ok(!out.text.includes('annotate'), out.text);
  });

  it("keeps kramdown's table of contents out: the list {:toc} marks, before or after it, and the marker", () => {
    const after = removeHidden('## Table of Contents\n{: .no_toc }\n\n{:toc}\n- dummy item\n\n## Types\n\nText.\n', 'markdown');
    // The heading over it goes too: the site's furniture round the list.
    assert.equal(after.text, '\n\n\n\n\n\n## Types\n\nText.\n');
    // An empty item as the placeholder ("*" over "{: toc}"); the text after its heading goes on with the page's opening.
    const wiki = splitMarkdown('---\ntitle: Descent\n---\n\n## Contents\n{:.no_toc}\n*  \n{: toc}\n\nThe opening text.\n\n## Batch\n\nText.\n');
    assert.deepEqual(
      wiki.sections.map((s) => s.heading),
      ['Batch'],
    );
    assert.deepEqual(
      wiki.intro.map((b) => b.text),
      ['The opening text.'],
    );
    assert.equal(removeHidden('* TOC\n{:toc}\n\n# A\n\nText.\n', 'markdown').text, '\n\n\n# A\n\nText.\n');
    // Another list with an attribute stays.
    assert.equal(removeHidden('Keep:\n\n- a list\n{: .class}\n', 'markdown').text, 'Keep:\n\n- a list\n\n');
  });

  it("keeps a MyST page's comment lines out (a line opening with %), not another page's, and not code's", () => {
    const myst =
      '```{note}\nRead this.\n```\n\nWe stack the observations:\n%\n\\begin{align*}\ny = x\n\\end{align*}\n\n% a note to self\n\n```python\n%matplotlib inline\n```\n';
    const out = removeHidden(myst, 'markdown');
    assert.doesNotMatch(out.text, /^%$|a note to self/mu);
    assert.match(out.text, /^%matplotlib inline$/mu);
    assert.equal(out.text.split('\n').length, myst.split('\n').length);
    assert.match(removeHidden('# T\n\n% of the votes were counted.\n', 'markdown').text, /^% of the votes/mu);
  });

  it("keeps Obsidian's comments out (%% … %%, inline or over lines), not a %% in code or in a formula", () => {
    const text =
      'Intro.\n\n%% TODO: fix the example %%\nHere is an example, %%not this%% shown:\n\n%%\nA draft\nover lines\n%%\n\nRate $x %% y$ and `printf("%%d")`.\n\n```c\n%% kept %%\n```\n';
    const out = removeHidden(text, 'markdown');
    assert.equal(out.hidden, 3);
    assert.deepEqual(out.removed, ['TODO: fix the example', 'not this', 'A draft\nover lines']);
    assert.ok(!/TODO|not this|draft/u.test(out.text), out.text);
    assert.ok(out.text.includes('$x %% y$') && out.text.includes('`printf("%%d")`') && out.text.includes('%% kept %%'), out.text);
    // Line numbers hold.
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    // In a MarkBind site (its components, its ****bold****), %%…%% is dimmed text: shown, without its markers.
    const markbind = removeHidden('<box type="tip">\n\n==Do not judge== the ideas. %%Reason: judging stops the flow.%%\n\n</box>\n', 'markdown');
    assert.equal(markbind.hidden, 0);
    assert.ok(markbind.text.includes('the ideas. Reason: judging stops the flow.'), markbind.text);
  });

  it("keeps an exercise's solution out and shows the exercise, without the fenced-div markers", () => {
    const text =
      '# Pipes\n\n## Sorting\n\nThe sort command orders lines.\n\n::::::: challenge\n\n## What does sort -n do?\n\nRun it on the file and compare the order of the lines.\n\n:::::: solution\n\nThe flag sorts numerically, so 10 comes after 9.\n\n```bash\n$ sort -n lengths.txt\n```\n\n::::::\n\n:::::::\n\nThe next section builds on this.\n';
    const { model, all } = plannedMarkdown(text);
    assert.match(all, /Run it on the file/u);
    assert.doesNotMatch(all, /sorts numerically|sort -n lengths|:::/u);
    assert.ok((model.hidden?.count ?? 0) >= 1);
  });

  it("keeps an MDX page's solution components out, their code and all, but not one shown in a code block", () => {
    const text = [
      '# Lists',
      '',
      '## Indexing',
      '',
      ':::task[Wrong index?]',
      '<TaskState id="68dc" />',
      'Why does the following code fail?',
      '',
      '```py live_py slim',
      'primes = [2, 3, 5, 7, 11]',
      'print(primes[5])',
      '```',
      '',
      '<Solution id="89b1">',
      'The index `5` is out of range, because lists count from `0`.',
      '</Solution>',
      ':::',
      '',
      'Slices take several elements at once:',
      '',
      '<Solution id="55ce"><p>Take the middle three.</p></Solution>',
      '',
      '<Answer id="55cf">',
      '```py live_py readonly slim',
      "animals = ['dog', 'fish', 'cat']",
      'print(animals[1:3])',
      '```',
      '</Answer>',
      '',
      'A component is written like this:',
      '',
      '```mdx',
      '<Solution id="x">',
      'Your answer here.',
      '</Solution>',
      '```',
      '',
    ].join('\n');
    const { model, all } = plannedMarkdown(text, 'x.mdx');
    assert.match(all, /Why does the following code fail/u);
    assert.match(all, /print\(primes\[5\]\)/u);
    assert.doesNotMatch(all, /out of range|middle three|animals/u);
    assert.match(all, /Your answer here/u);
    assert.ok((model.hidden?.count ?? 0) >= 3, String(model.hidden?.count));
  });

  it("keeps Jupyter Book's solutions out: a {solution} fence, and all between {solution-start} and {solution-end}", () => {
    const text = [
      '# Sampling',
      '',
      '## Exercise',
      '',
      '```{exercise}',
      ':label: ex1',
      'Draw a sample of size n.',
      '```',
      '',
      '```{solution-start} ex1',
      ':class: dropdown',
      '```',
      '',
      'Here is one solution, drawn with numpy.',
      '',
      '```{code-cell} ipython3',
      'x = np.random.randn(100)',
      '```',
      '',
      '```{solution-end}',
      '```',
      '',
      '```{solution} ex1',
      'A second answer the book folds away.',
      '```',
      '',
      'After the exercise.',
    ].join('\n');
    const { model, all } = plannedMarkdown(text);
    assert.match(all, /Draw a sample of size n/u);
    assert.match(all, /After the exercise/u);
    assert.doesNotMatch(all, /one solution|randn|second answer|solution-/u);
    assert.deepEqual(model.hidden?.removed.slice(0, 2), ['Here is one solution, drawn with numpy.', 'A second answer the book folds away.']);
  });

  it("keeps a box's heading as its own section, and sends the text after the box back to the section it interrupted; a marker's title is the box's lead-in, with a colon where the box's text follows it", () => {
    const text =
      '# Conflicts\n\n## Pulling\n\nWe pull the changes from the remote.\n\n:::::::: callout\n\n## You may need to tell Git what to do\n\nIf you see a hint, Git asks what to do.\n\n```bash\n$ git config pull.rebase false\n```\n\n::::::::\n\nThe pull updates the local copy.\n\n:::tip Keep commits small\nSmall commits conflict less often.\n:::\n\n## Resolving\n\nEdit the file to remove the markers.\n';
    const { model, plan } = boxed(text, [
      ['Pulling', false],
      ['You may need to tell Git what to do', false],
      ['Pulling', true],
      ['Resolving', false],
    ]);
    const after = (model.sections[2]?.blocks ?? []).map((b) => b.text).join('\n');
    assert.match(after, /^The pull updates the local copy\.\n\*\*Keep commits small:\*\*\nSmall commits conflict less often\.$/u);
    assert.doesNotMatch(everything(plan), /:::/u);
    const agenda = plan.slides.find((s) => s.layout === 'agenda')?.body ?? '';
    assert.equal((agenda.match(/Pulling/gu) ?? []).length, 1, agenda);
    const resumed = plan.slides.find((s) => s.body.includes('The pull updates'));
    assert.ok(resumed && resumed.title !== 'Pulling' && resumed.section === 'Pulling', `${resumed?.title} in ${resumed?.section}`);
  });

  it('drops a fence whose attributes hold colons of their own (\'::: {.titlebox style="text-align:center;"}\')', () => {
    const text =
      '## {.center}\n\n::: {.titlebox style="text-align:center; font-size: 3em;"}\n\nSlidecrafting with Quarto\n\n:::\n\n## Next\n\nMore text here.\n';
    const plan = planDeck(splitMarkdown(text), { file: 't.qmd', fileName: 't.qmd', format: 'markdown' }).value;
    assert.doesNotMatch(everything(plan), /:::|titlebox/u);
    assert.match(everything(plan), /Slidecrafting with Quarto/u);
  });

  it("drops a marker whose title holds a colon ('::: warning TASK 0: Getting Started'), and one that ends with colons", () => {
    const text =
      '# Week 4\n\n## Task 0\n\n::: warning TASK 0: Getting Started\n\nSince we now have a database, set up is involved.\n\n:::\n\n## Aside\n\n::: {.aside} :::\nA note beside.\n:::\n';
    const plan = planDeck(splitMarkdown(text), { file: 't.md', fileName: 't.md', format: 'markdown' }).value;
    assert.doesNotMatch(everything(plan), /:::|\{\.aside\}/u, everything(plan));
    assert.match(everything(plan), /TASK 0: Getting Started/u);
  });

  it("keeps a box opened right under a paragraph's last line out of that paragraph (VitePress's '::: tip' under a line)", () => {
    const text = "# Events\n\n## Independence\n\nA, B are random events.\n::: tip Teacher's remark\nThe elements of a sigma algebra.\n:::\n\nMore text here.\n";
    const plan = planDeck(splitMarkdown(text), { file: 't.md', fileName: 't.md', format: 'markdown' }).value;
    const body = plan.slides.find((s) => s.body.includes('random events'))?.body ?? '';
    assert.doesNotMatch(body, /random events\.\s+\*\*Teacher/u, body);
    assert.match(body, /\*\*Teacher's remark:\*\* The elements/u, body);
  });

  it('sends the text after a box that interrupted the introduction back to the introduction', () => {
    const text =
      '---\ntitle: Conflicts\n---\n\nPeople working in parallel step on each other. Version control helps with that.\n\nWe must first create a conflict, so we edit a file.\n\n::: callout\n\n## A hint\n\nGit may ask how to reconcile branches.\n\n:::\n\nThe pull then reports a conflict, which we resolve by hand.\n\n::: challenge\n\n## Solving conflicts that you create\n\nClone the repository and make a conflict of your own.\n\n:::\n';
    const { plan } = boxed(text, [
      ['A hint', false],
      ['', true],
      ['Solving conflicts that you create', false],
    ]);
    const resumed = plan.slides.find((s) => s.body.includes('The pull then reports'));
    assert.equal(resumed?.section, 'Introduction');
  });

  it('titles the text after a box that opens the document "Introduction", not a continuation of nothing', () => {
    const text =
      '---\ntitle: Logistic Regression\n---\n\n::: {.callout-note}\n\n## Learning Outcomes\n\n- Understand classification\n- Derive the model\n\n:::\n\nUp until this point in the class, we have focused on regression tasks.\n\nNow we expand our knowledge of possible modeling tasks.\n\n## Classification\n\nExamples of classification tasks.\n\n## Terminology\n\nA note on names.\n';
    const plan = planDeck(splitMarkdown(text), { file: 'l.qmd', fileName: 'l.qmd', format: 'markdown' }).value;
    const opening = plan.slides.find((s) => s.body.includes('Up until this point'));
    assert.equal(opening?.title, 'Introduction', plan.slides.map((s) => s.title).join(' | '));
  });

  it('drops mdBook includes and the lines a Rust example hides, and keeps attributes', () => {
    const all = everything(planOf('book-chapter.md').plan);
    assert.ok(!all.includes('{{#'), 'an include shows');
    assert.ok(!/^# fn main|^# \}/mu.test(all), 'a hidden Rust line shows');
    assert.match(all, /#\[allow\(unused\)\]/u);
    assert.match(all, /let x = 5;/u);
  });

  it("drops markdown-include's tags, in a code block or alone in prose, and counts them", () => {
    const text = [
      '# Languages',
      '',
      '## C',
      '',
      'Hello in C:',
      '',
      '```C',
      '{! ../assets/src/hello.c !}',
      '```',
      '',
      '{!intro.md!}',
      '',
      'More text {! not.alone !} here.',
      '',
    ].join('\n');
    const { text: kept, hidden } = removeHidden(text, 'markdown');
    assert.doesNotMatch(kept, /\{! \.\.\/assets|\{!intro\.md!\}/u, kept);
    // A code block of nothing but includes names the files the site shows there.
    assert.match(kept, /^`\.\.\/assets\/src\/hello\.c`$/mu, kept);
    assert.doesNotMatch(kept, /```C/u, kept);
    assert.match(kept, /More text \{! not\.alone !\} here\./u);
    assert.equal(hidden, 2);
    assert.equal(kept.split('\n').length, text.split('\n').length);
  });

  it('drops the lines a Rust example hides in any document (no template tags), not the comments of other languages', () => {
    const text = [
      '# Tasks',
      '',
      '## Spawning',
      '',
      'Accept in a loop:',
      '',
      '```rust',
      '# fn dox() {',
      '#[tokio::main]',
      'async fn main() {',
      '    let listener = bind().await;',
      '}',
      '# }',
      '#',
      '```',
      '',
      '```sh',
      '# start the server',
      'cargo run',
      '```',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.ok(!out.text.includes('# fn dox'), out.text);
    assert.ok(!/^# \}$/mu.test(out.text), out.text);
    assert.match(out.text, /^#\[tokio::main\]$/mu);
    assert.match(out.text, /^# start the server$/mu);
    assert.equal(out.text.split('\n').length, text.split('\n').length, 'line numbers kept');
    assert.equal(out.hidden, 3);
  });
});

describe("mdoc's modifiers", () => {
  it('drop code the site runs and never shows ("```scala mdoc:invisible"); code it shows stays ("mdoc:silent")', () => {
    const text = [
      '# Mutation',
      '',
      '```scala mdoc:invisible',
      'import scala.language.implicitConversions',
      '```',
      '',
      'Today we study mutation.',
      '',
      '```scala mdoc:silent',
      'val x = 1',
      '```',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.ok(!out.text.includes('implicitConversions'), out.text);
    assert.match(out.text, /^val x = 1$/mu);
    assert.equal(out.text.split('\n').length, text.split('\n').length, 'line numbers kept');
    assert.equal(out.hidden, 1);
  });
});

describe("a MyST notebook's cell breaks", () => {
  it('are no text ("+++" between Markdown cells), where the page is a Jupytext notebook; elsewhere a "+++" line stays', () => {
    const notebook = [
      '---',
      'jupytext:',
      '  text_representation:',
      '    format_name: myst',
      '---',
      '',
      '# Laws',
      '',
      '## Large numbers',
      '',
      '```{code-cell} ipython3',
      'print(1)',
      '```',
      '',
      'We get a similar result.',
      '',
      '+++',
      '',
      'Sample means settle down.',
      '',
      '+++ {"tags": ["hide-input"]}',
      '',
      '## Limits',
      '',
      'The limit holds.',
    ].join('\n');
    const unhidden = removeHidden(notebook, 'markdown');
    assert.doesNotMatch(unhidden.text, /^\+\+\+/mu);
    assert.equal(unhidden.text.split('\n').length, notebook.split('\n').length);
    const model = splitMarkdown(notebook);
    assert.doesNotMatch(JSON.stringify(model), /\+\+\+/u);
    assert.match(JSON.stringify(model), /Sample means settle down/u);
    // A page that is no notebook keeps such a line as its text.
    assert.match(removeHidden('# Diff\n\nThe header line is\n\n+++\n\nin a unified diff.', 'markdown').text, /^\+\+\+$/mu);
  });
});

describe("The Carpentries' solutions", () => {
  it('keeps a quotation headed "## Solution" and closed by {: .solution} out of slides and notes, and the challenge in', () => {
    const text = [
      '# Pipes',
      '',
      '## Sorting',
      '',
      'We sort the lengths.',
      '',
      '> ## What Does `sort -n` Do?',
      '>',
      '> Explain why `-n` has this effect.',
      '>',
      '> > ## Solution',
      '> > The `-n` option specifies a numerical rather than an alphanumerical sort.',
      '> {: .solution}',
      '{: .challenge}',
      '',
      'After the challenge.',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.ok(!out.text.includes('numerical rather'), out.text);
    assert.match(out.text, /Explain why `-n` has this effect\./u);
    assert.equal(out.text.split('\n').length, text.split('\n').length, 'line numbers kept');
    assert.deepEqual(out.removed, ['The `-n` option specifies a numerical rather than an alphanumerical sort.']);
    const all = everything(planDeck(splitMarkdown(text), { file: 'x.md', fileName: 'x.md', format: 'markdown' }).value);
    assert.ok(!all.includes('numerical rather'), 'the solution reached a slide or a note');
    // A heading "Solution" with no {: .solution} to close it is the author's text.
    const open = removeHidden(text.replace('> {: .solution}\n', ''), 'markdown');
    assert.match(open.text, /numerical rather/u);
  });
});

describe('template expressions on lines of their own', () => {
  it('keeps a macro call over several lines out in a document whose calls on one line show text ({{ quiz("…", [ … ]) }} beside {{ term("…") }})', () => {
    const text = [
      '## Rings',
      '',
      'A {{ term("hypervisor") }} runs the guests.',
      '',
      '{{ poll("Which ring does the kernel run on?", [',
      '    choice("Ring 0"),',
      '    choice("Ring 3"),',
      ']) }}',
      '',
      'More text after the poll.',
      '',
    ].join('\n');
    const unhidden = removeHidden(text, 'markdown');
    assert.doesNotMatch(unhidden.text, /poll\(|choice|Ring 0/u);
    assert.match(unhidden.text, /More text after the poll/u);
    assert.match(unhidden.text, /hypervisor/u);
    assert.equal(unhidden.text.split('\n').length, text.split('\n').length);
    assert.ok(unhidden.hidden >= 1);
  });

  it("keeps a macro call over several lines out (mkdocs-macros' {{ correction(…) }}), but not one in code or in a sentence", () => {
    const text = [
      '# Dictionnaires',
      '',
      '## Q1',
      '',
      '**Q1.** Créer une fonction `fabrique_liste`.',
      '',
      '{{',
      'correction(True,',
      '"""',
      '??? success "Correction"',
      '    ```python',
      '    def fabrique_liste(nb):',
      '        return list(range(nb))',
      '    ```',
      '"""',
      ')',
      '}}',
      '',
      'The value {{ x }} shows in this sentence.',
      '',
      '```jinja',
      '{{ user.name }}',
      '```',
      '',
    ].join('\n');
    const unhidden = removeHidden(text, 'markdown');
    assert.equal(unhidden.text.split('\n').length >= text.split('\n').length - 2, true);
    assert.doesNotMatch(unhidden.text, /correction|fabrique_liste\(nb\)|Correction/u);
    assert.match(unhidden.text, /Créer une fonction/u);
    assert.match(unhidden.text, /The value \{\{ x \}\} shows/u);
    assert.match(unhidden.text, /```jinja\n\{\{ user\.name \}\}\n```/u);
    assert.ok(unhidden.hidden >= 1);
  });
  it("takes a line that opens with a call closed within it for text, not a call running on to a code block's '}}' lines below", () => {
    const text = [
      'The scheduler used in this lesson is {{ site.sched.name }}. Although',
      '{{ site.sched.name }} is not used everywhere, running jobs is quite similar.',
      '',
      '* On the very first line, add `{{ site.remote.bash_shebang }}`.',
      '* Anywhere below the first line, we add an `echo` command.',
      '',
      '```',
      '{{ site.remote.bash_shebang }}',
      '',
      'hostname',
      '```',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.match(out, /is not used everywhere/u);
    assert.match(out, /Anywhere below the first line/u);
    assert.match(out, /```\n\{\{ site\.remote\.bash_shebang \}\}\n\nhostname\n```/u);
  });
});

describe('a line that held only a comment', () => {
  it('does not end the HTML block around it (its indented lines would show as code), and the lines after keep their numbers', () => {
    const text = [
      '<table>',
      '  <tr>',
      '    <td>',
      '      <!-- markdownlint-disable-next-line MD013 -->',
      '      <a href="https://example.org"><img alt="Sponsor" src="s.png"></a>',
      '      <!-- another -->',
      '      <div>Thanks to our sponsor.</div>',
      '    </td>',
      '  </tr>',
      '</table>',
      '',
      'After the table.',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text.split('\n');
    assert.equal(out.length, 12);
    assert.deepEqual(
      out.slice(0, 8).filter((l) => l.trim() === ''),
      [],
      out.join('\n'),
    );
    assert.equal(out[11], 'After the table.');
  });
});

describe("reStructuredText's comments in plain text", () => {
  it('keeps a ".." block (a PEP\'s Emacs settings) out, and its footnotes (".. [4] …") in, as text, not headings', () => {
    const text = [
      'Simple Generators',
      '',
      'Footnotes',
      '=========',
      '',
      '.. [4] "Iteration Abstraction in Sather"',
      '',
      'Copyright',
      '=========',
      '',
      'This document has been placed in the public domain.',
      '',
      '..',
      '  Local Variables:',
      '  mode: indented-text',
      '  End:',
      '',
    ].join('\n');
    const out = removeHidden(text, 'text');
    assert.ok(!out.text.includes('Local Variables'), out.text);
    assert.equal(out.hidden, 1);
    const model = splitText(out.text);
    assert.deepEqual(
      model.sections.map((s) => s.heading),
      ['Footnotes', 'Copyright'],
    );
    assert.match(JSON.stringify(model.sections[0]?.blocks), /Iteration Abstraction in Sather/u);
  });
});

describe("LaTeX's index entries", () => {
  it('are hidden in prose, and kept in code spans and code blocks', () => {
    const text =
      'A *dictionary* is like a list.\n\\index{dictionary} \\index{exception!KeyError}\n\nType `\\index{word}` in LaTeX:\n\n```tex\n\\index{word}\n```\n';
    const { text: shown, hidden } = removeHidden(text, 'markdown');
    assert.doesNotMatch(shown.replace(/`[^`]*`|```tex\n[^`]*```/gu, ''), /\\index/u);
    assert.match(shown, /`\\index\{word\}`/u);
    assert.match(shown, /```tex\n\\index\{word\}\n```/u);
    assert.ok(hidden >= 2, `${hidden}`);
  });

  it("are hidden in a book's own variants: \\indexc{} for code, an index named in brackets", () => {
    const text =
      '### Basics\n\\index{environments!creating}\n\\indexc{env()}\n\\indexc{new.env()}\n\\index[names]{Wickham}\n\nTo create an environment, use `rlang::env()`.\n';
    const { text: shown, hidden } = removeHidden(text, 'markdown');
    assert.doesNotMatch(shown, /\\index/u);
    assert.match(shown, /To create an environment, use `rlang::env\(\)`\./u);
    assert.ok(hidden >= 4, `${hidden}`);
  });
});

describe("the Tufte theme's includes (Jekyll course notes)", () => {
  it('make a side note a footnote of its paragraph, for the notes, and a margin figure a picture; other includes stay out', () => {
    const text = [
      '---',
      'title: Junction trees',
      '---',
      '',
      '## Message passing',
      '',
      'We iterate through the nodes in post-order{% include sidenote.html id="note-postorder" note="A postorder traversal visits a node after all of its children." %}.',
      'We can visualize this transfer of information using arrows on a tree.',
      '{% include marginfigure.html id="mp1" url="assets/img/mp1.png" description="Message passing order on a small tree." %}',
      '',
      '{% include toc.html %}',
      '',
      'At the end, the root receives every message.',
    ].join('\n');
    const model = splitMarkdown(text);
    const blocks = model.sections.flatMap((s) => s.blocks);
    assert.ok(
      blocks.some((b) => b.kind === 'image' && b.text === '![Message passing order on a small tree.](<assets/img/mp1.png>)'),
      JSON.stringify(blocks),
    );
    const plan = planDeck(model, { file: 'n.md', fileName: 'n.md', format: 'markdown' }).value;
    const notes = plan.slides.map((s) => s.notes).join('\n');
    assert.match(notes, /A postorder traversal visits a node after all of its children\./u);
    assert.doesNotMatch(plan.slides.map((s) => `${s.body}\n${s.notes}`).join('\n'), /\{%|include|toc\.html/u);
  });
  it("of other themes' figures show their pictures too", () => {
    const blocks = (include: string): string[] =>
      splitMarkdown(`## Heatmap\n\nThe plot of the samples:\n\n${include}\n`)
        .sections.flatMap((s) => s.blocks)
        .filter((b) => b.kind === 'image')
        .map((b) => b.text);
    assert.deepEqual(blocks('{% include figure.html image="/assets/heatmap.png" width="950" %}'), ['![](</assets/heatmap.png>)']);
    assert.deepEqual(blocks('{% include figure image_path="/assets/a.jpg" alt="A placeholder" caption="A caption." %}'), ['![A placeholder](</assets/a.jpg>)']);
    assert.deepEqual(blocks('{% include figure.liquid loading="eager" path="assets/img/1.jpg" title="An example" %}'), ['![An example](<assets/img/1.jpg>)']);
    assert.deepEqual(blocks('{% include figures.html %}'), []);
    assert.deepEqual(blocks('{% include figure.html img="wordcloud.png" alt="The word cloud" caption="Click Export" width="75%" %}'), [
      '![The word cloud](<wordcloud.png>)',
    ]);
  });
  it("make a theme's button a link named by its text, and leave out a loop over the site's data with all it shows", () => {
    const text = [
      '## Open a corpus',
      '',
      'Click on the green button below:',
      '',
      '{% include button.html text="State of the Union Addresses" link="https://voyant-tools.org/?corpus=3331" color="success" %}',
      '',
      '<table>',
      '<tr><th>Description</th><th>Link</th></tr>',
      '{%- for t in topicdocs -%}',
      '<tr><td>{{ t.description }}</td><td><a href="{{ t.link }}">View in Voyant Tools</a></td></tr>',
      '{%- endfor -%}',
      '</table>',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.match(out, /^\[State of the Union Addresses\]\(<https:\/\/voyant-tools\.org\/\?corpus=3331>\)$/mu);
    assert.doesNotMatch(out, /View in Voyant Tools|\{\{|\{%/u);
  });
});

describe("Jekyll's math tags", () => {
  it('are formulas, displayed or inline, on the lines they took; an unclosed one is a template tag kept out', () => {
    const text =
      '# GAN\n\nThe objective:\n\n{% math %}\n\\min_G \\max_D V(G, D)\n{% endmath %}\n\nwhere {% katex %}D^*_G{% endkatex %} is optimal.\n\n{% math %} x\n';
    const out = removeHidden(text, 'markdown');
    assert.match(out.text, /\n\$\$\n\\min_G \\max_D V\(G, D\)\n\$\$\n/u);
    assert.match(out.text, /where \$D\^\*_G\$ is optimal\./u);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    assert.doesNotMatch(out.text, /\{%/u);
  });
});

describe("Python-Markdown's language line in an indented code block", () => {
  it("is the renderer's, not code: the block shows from its first line of code", () => {
    const text = ['# PHP', '', '## Operators', '', 'So this:', '', '    :::php', "    $arg = 'T';", '    echo $arg;', '', 'And more text.'].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    assert.doesNotMatch(out.text, /:::php/u);
    assert.match(out.text, /^ {4}\$arg = 'T';$/mu);
    // A line of code that only reads so, with no code under it, stays.
    assert.match(removeHidden('Text.\n\n    :::php\n\nMore.\n', 'markdown').text, /:::php/u);
  });
});

describe("Franklin.jl's commands", () => {
  it("show the formula, the picture, the box and the folded answer they stand for; the page's \\toc and \\input are not shown", () => {
    const text = [
      '+++',
      'title = "Lecture 11"',
      '+++',
      '',
      '\\toc',
      '',
      '# Feedback',
      '',
      'We rearrange to get',
      '\\nonumber{$$',
      'y \\star \\left( \\delta + G \\right) = x \\star G',
      '$$}',
      'The above equation is cleaner.',
      '',
      '\\figstyled{/assets/lec11/feedback.png}{width:360px;}',
      '',
      '\\input{plot}{iosystem}',
      '',
      '\\definition{Bode form}{The bode form is a factored form:',
      '\\nonumber{$$ G = K $$}',
      '(see Eq. 6.50)}',
      '',
      '\\collaps{**Exercise:** Derive it.}{**Answer:** Left as an exercise.}',
      '',
      'Code stays: `\\fig{x.png}`.',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    // Lines hold up to the folded box, which takes the lines its Markdown needs where the command took fewer.
    assert.equal(out.text.split('\n').indexOf('The above equation is cleaner.'), text.split('\n').indexOf('The above equation is cleaner.'));
    assert.match(out.text, /^\$\$\ny \\star \\left\( \\delta \+ G \\right\) = x \\star G\n\$\$\nThe above/mu);
    assert.match(out.text, /^!\[\]\(\/assets\/lec11\/feedback\.png\)$/mu);
    assert.match(out.text, /^> \*\*Bode form:\*\* The bode form is a factored form:\n> \$\$ G = K \$\$\n> \(see Eq\. 6\.50\)$/mu);
    assert.match(out.text, /<details><summary>Exercise: Derive it\.<\/summary>\n\n\*\*Answer:\*\* Left as an exercise\.\n\n<\/details>/u);
    assert.doesNotMatch(out.text, /\\toc|\\input|iosystem|\\nonumber|\\figstyled|\\definition|\\collaps/u);
    assert.match(out.text, /`\\fig\{x\.png\}`/u);
  });
});

describe("Franklin.jl's folded box", () => {
  it('titles the box with its Markdown read: a link as its words, a code span as code, no marks escaped as text', () => {
    const text = [
      '+++',
      'title = "Lecture 6"',
      '+++',
      '',
      '\\collaps{**Question:** Express $f(x)$ in the basis given by the',
      '[Legendre polynomials](https://example.org/legendre) defined above, with `numpy`.}{**Answer:** We write it out.}',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.match(
      out,
      /<summary>Question: Express \$f\(x\)\$ in the basis given by the Legendre polynomials defined above, with <code>numpy<\/code>\.<\/summary>/u,
      out,
    );
    const model = splitMarkdown(out);
    const shown = model.sections
      .flatMap((s) => s.blocks)
      .concat(model.intro)
      .map((b) => b.text)
      .join('\n');
    assert.match(shown, /Legendre polynomials defined above, with `numpy`/u, shown);
    assert.doesNotMatch(shown, /\\\[|\]\(https|\\`/u, shown);
  });
});

describe("Franklin.jl's raw HTML and its notes", () => {
  it('read the HTML between ~~~ lines as HTML, not code; a fence with a language stays code; a note is labelled once', () => {
    const text = [
      '\\toc',
      '',
      '# Videos',
      '',
      'The video below explains it.',
      '~~~',
      '<iframe width="760" height="500" src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
      '~~~',
      '',
      '~~~julia',
      '<tag> = 1',
      '~~~',
      '',
      '\\note{**Note:** You are still expected to know it.}',
      '',
      '\\note{Read chapter 3.}',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text.split('\n');
    assert.equal(out[5], '');
    assert.equal(out[6], '<iframe width="760" height="500" src="https://www.youtube-nocookie.com/embed/abc"></iframe>');
    assert.equal(out[7], '');
    assert.equal(out[9], '~~~julia');
    assert.ok(out.includes('> **Note:** You are still expected to know it.'), out.join('\n'));
    assert.ok(out.includes('> **Note:** Read chapter 3.'), out.join('\n'));
  });
});

describe("Distill's formulas, footnotes and citations", () => {
  it("are math, notes and nothing: never a heading's words, and an HTML block ends at its closing tag", () => {
    const text = [
      '## Review',
      '',
      'We recall the graph <d-cite key="koller2009"></d-cite> and its map <d-math>G</d-math>.',
      '',
      '### Example Models <d-footnote>Depending on the question, other forms may suit.</d-footnote>',
      '<figure class="l-body">',
      '    <div class="row"><img src="a.png" /></div>',
      '</figure>',
      '<d-math block>',
      'P(A, B) = \\frac{1}{Z} \\psi(A, B)',
      '</d-math>',
      'We only need two tables.<d-footnote>See the textbook, chapter 4.</d-footnote>',
      '#### Using Cliques',
      '',
      'Cliques are sets of nodes.',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.match(out, /its map \$G\$\./u);
    assert.doesNotMatch(out, /d-cite|koller2009|<d-math|<\/d-math>/u);
    assert.match(out, /^### Example Models$/mu);
    assert.match(out, /^<\/figure>\n\n\$\$\nP\(A, B\)/mu);
    assert.match(out, /^We only need two tables\.\[\^d-footnote-\d\]/mu);
    assert.match(out, /^\[\^d-footnote-\d\]: See the textbook, chapter 4\.$/mu);
    // The heading's note is cited from the first paragraph under it, or stands under it where it has none.
    assert.match(out, /Depending on the question, other forms may suit\./u);
    assert.doesNotMatch(out, /^#.*Depending/mu);
  });
});

describe("a TikZ picture and a listing with a filter's options (Quarto)", () => {
  it("show the picture's source as a LaTeX listing, and the listing without the option lines over it", () => {
    const text = [
      '## Descent',
      '',
      'The plot below shows it.',
      '',
      '::: imagify',
      '  \\begin{tikzpicture}[',
      '    show background rectangle',
      '  ]',
      '    \\draw (0,0) -- (1,1);',
      '  \\end{tikzpicture}',
      ':::',
      '',
      '```pseudocode',
      '#| html-line-number: true',
      '#| pdf-placement: "htb!"',
      '',
      '\\begin{algorithm}',
      '\\State $t \\gets 0$',
      '\\end{algorithm}',
      '```',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^```latex\n\\begin\{tikzpicture\}\[\n {2}show background rectangle\n\]\n {2}\\draw \(0,0\) -- \(1,1\);\n\\end\{tikzpicture\}\n```$/mu);
    assert.doesNotMatch(out, /#\||imagify/u);
    assert.match(out, /^```pseudocode\n\\begin\{algorithm\}/mu);
    // A listing that shows TikZ's source stays one listing.
    const listing = '## TikZ\n\n```latex\n\\usepackage{tikz}\n\n\\begin{tikzpicture}\n\\draw (0,0) -- (1,1);\n\\end{tikzpicture}\n\n\\end{document}\n```\n';
    assert.equal(removeHidden(listing, 'markdown').text, listing);
  });
});

describe("Quarto's theorems, definitions and proofs", () => {
  it('are named by their kind and number, and by the name their attribute gives; a heading in the box names it instead', () => {
    const text = [
      '## Hypotheses',
      '',
      'The goal of testing is to choose between two hypotheses that cover every case.',
      '',
      '::: {#def-null}',
      '',
      'The two hypotheses in a test are called the null and the alternative.',
      '',
      ':::',
      '',
      '::: {#thm-wald name="Wald"}',
      'Asymptotically, the Wald test has the size it is given.',
      ':::',
      '',
      '::: {.proof}',
      'It follows from the central limit theorem.',
      ':::',
      '',
      '::: {#exm-props}',
      '## Difference in proportions',
      '',
      'Get-out-the-vote experiments are common.',
      ':::',
      '',
      '::: {#fig-plot}',
      'A figure is no theorem.',
      ':::',
      '',
      '::: {#def-size}',
      'The size of a test is its largest chance of a false rejection.',
      ':::',
      '',
      'By @thm-wald and [-@def-size], the test has that size.',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(out, /^\n\n\*\*Definition 1:\*\* The two hypotheses/mu);
    assert.match(out, /^\*\*Theorem 1 \(Wald\):\*\*\nAsymptotically/mu);
    assert.match(out, /^\*\*Definition 2:\*\*\nThe size/mu);
    assert.match(out, /^By Theorem 1 and 2, the test/mu);
    assert.match(out, /^\*\*Proof:\*\*\nIt follows/mu);
    assert.doesNotMatch(out, /Example|Figure|@/u);
    assert.match(out, /^## Difference in proportions$/mu);
  });
});

describe("MkDocs Material's icons", () => {
  it('never show as their shortcodes, in a link or in a sentence; a code span keeps one as written', () => {
    const out = removeHidden(
      '# A\n\n[:fontawesome-solid-file-pdf: Download the slides](a.pdf){: .md-button }\n\nDone :material-check:{ .green } and `:material-x:` kept.\n',
      'markdown',
    );
    assert.equal(out.text, '# A\n\n[Download the slides](a.pdf)\n\nDone and `:material-x:` kept.\n');
    assert.ok(out.hidden >= 2, `${out.hidden} kept out`);
  });
});

describe('Nunjucks and Jinja tags', () => {
  it('never reach a slide: an import, a macro call and its end; what the call wraps stays', () => {
    const text = [
      '{% from "common/macros.njk" import show_example, show_term with context %}',
      '# Usage',
      '',
      '## Stories',
      '',
      'User stories capture requirements.',
      '',
      '{% call show_example() %}',
      'An NFR captured as a user story.',
      '{% endcall %}',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.doesNotMatch(out, /\{%|%\}|macros\.njk/u);
    assert.match(out, /An NFR captured as a user story\./u);
  });
});

describe("the Hugo Book theme's column break", () => {
  it('is layout, not text, between its columns', () => {
    const text = ['# MPI', '', '{{< columns >}}', 'Left column text.', '', '<--->', '', 'Right column text.', '{{< /columns >}}'].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.doesNotMatch(out, /<--->/u);
    assert.match(out, /Left column text\.[\s\S]*Right column text\./u);
  });
});

describe("PyMdown's snippets in code", () => {
  it('are kept out and counted: a block of nothing else goes, a block with code of its own keeps it', () => {
    const text = [
      'Solution:',
      '',
      '```python',
      '--8<-- "exercise_files/typer_exercise_solution.py"',
      '```',
      '',
      '```bash',
      'uv run train.py   # trains the model',
      '--8<--',
      'exercise_files/a.py',
      'exercise_files/b.py',
      '--8<--',
      '```',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.doesNotMatch(out.text, /8<|exercise_files/u, out.text);
    assert.match(out.text, /```bash\nuv run train\.py {3}# trains the model\n```/u, out.text);
    assert.equal(out.hidden, 5);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
  });
});

describe("a template's block tags of any name the text closes", () => {
  it("are kept out (a GitBook plugin's {% exercise %} … {% endexercise %}), what they hold kept", () => {
    const text = [
      '## Exercises',
      '',
      '{% exercise %}  ',
      'Use `add` and `map` to make a function that increments a value inside a functor.  ',
      '',
      '{% initial src="./exercises/ch08/exercise_a.js#L3;" %}  ',
      '```js',
      'const incrF = undefined;',
      '```',
      '',
      '{% solution src="./exercises/ch08/solution_a.js" %}  ',
      '{% endexercise %}  ',
      '',
    ].join('\n');
    const out = removeHidden(text, 'markdown');
    assert.doesNotMatch(out.text, /\{%/u);
    assert.match(out.text, /Use `add` and `map`/u);
    assert.match(out.text, /const incrF = undefined;/u);
    assert.equal(out.text.split('\n').length, text.split('\n').length);
    // A lone "{% word %}" in a text that closes none of them stays as written (no template language).
    assert.match(removeHidden('Write {% note %} to see it.\n', 'markdown').text, /\{% note %\}/u);
  });
});

describe("a Jekyll course page's layout", () => {
  const page = [
    '[<small>HOME</small>](/course/)',
    '',
    '# Money',
    '',
    '## Bonds',
    '',
    'Here is the balance sheet of a bank that holds some of its reserves as bonds.',
    '',
    '<table class="styled-table">',
    '<thead>',
    '<tr>',
    '<th></th>',
    '<th>assets</th>',
    '</tr>',
    '</thead>',
    '<tbody>',
    '<tr>',
    '<td>reserves</td>',
    '<td>$1,000</td>',
    '</tr>',
    '',
    '<tr>',
    '<td>loans</td>',
    '<td>$9,000</td>',
    '</tr>',
    '</tbody>',
    '</table>',
    '',
    '<div class="row">',
    '\t<div class="col-6">',
    '\t\t{% responsive_image path: assets/img/bond.png class: "img-fluid" %}',
    '\t</div>',
    '</div>',
    '',
    '## Cats',
    '',
    '{% picture assets/cat.jpg --alt A sleeping cat %}',
    '',
    '{% some_plugin_tag with: args %}',
    '',
    'Cats sleep most of the day, and they do it in the sun.',
  ].join('\n');
  it('reads a table written with blank lines between its rows as one table', () => {
    const { model } = plannedMarkdown(page);
    const bonds = model.sections.find((s) => s.heading === 'Bonds');
    const table = bonds?.blocks.find((b) => b.kind === 'table');
    assert.match(table?.text ?? '', /\| reserves \| \$1,000 \|\n\| loans \| \$9,000 \|/u);
  });
  it("shows a plugin's picture tag as its picture, in a <div> of the layout too; a tag of any other name, and the site's HOME link, not at all", () => {
    const { model, all } = plannedMarkdown(page);
    assert.equal(model.title, 'Money');
    assert.ok(all.includes('![](assets/img/bond.png)'), all);
    assert.ok(all.includes('![A sleeping cat](<assets/cat.jpg>)'), all);
    for (const hidden of ['some_plugin_tag', 'responsive_image', '</div>', '{%']) assert.ok(!all.includes(hidden), hidden);
    const shown = planDeck(model, { file: 'x.md', fileName: 'x.md', format: 'markdown' })
      .value.slides.map((s) => `${s.title}\n${s.body}`)
      .join('\n');
    assert.ok(!shown.includes('HOME'), shown);
  });
});

describe("a Docusaurus page's quiz: directives with attributes, leaf directives and components' code in braces", () => {
  it('show the words of the page, none of its markup or the code the site runs', () => {
    const text = [
      '# Krypto',
      '',
      '## Aufgabe',
      '',
      'Lösen Sie die Aufgabe von Hand.',
      '',
      '(Antworten als Penta-Binärcode)',
      ':::cards{rows=3 flexBasis=210px}',
      '**Block 1**',
      '<Answer label="p" type="string" solution="10111 01001" sanitizer={UPPER_NOSPACE} monospace/>',
      '<Answer label="IV" type="string" checker={(val) => UPPER_NOSPACE(val)?.length === 10} monospace/>',
      '',
      '::br',
      '**Block 2**',
      ':::',
      '',
      'Text danach.',
      '',
    ].join('\n');
    const { all } = plannedMarkdown(text, 'krypto.mdx');
    for (const markup of [':::cards', 'flexBasis', '::br', 'UPPER_NOSPACE', 'length === 10', 'monospace/>'])
      assert.ok(!all.includes(markup), `${markup} shown:\n${all}`);
    for (const words of ['Antworten als Penta-Binärcode', 'Block 1', 'Block 2', 'Text danach.']) assert.ok(all.includes(words), `${words} missing:\n${all}`);
    // What was taken out is counted, and the lines after it keep their numbers.
    const unhidden = removeHidden(text, 'markdown');
    assert.ok(unhidden.hidden >= 2, String(unhidden.hidden));
    assert.equal(unhidden.text.split('\n').length, text.split('\n').length);
  });

  it("show the words of elements given in braces (a table's caption), and nothing of elements without words", () => {
    const text = [
      '# Kotlin',
      '',
      '## Arrays',
      '',
      'Both hold a fixed number of items.',
      '',
      '<RepoLinks children={[',
      '  <GitLabRepo user="r8vnhill" repo="intro-kt"/>,',
      '  <GitHubRepo user="r8vnhill" repo="intro-kt"/>,',
      ']}/>',
      '',
      '<TableFigure caption={<>Differences between <code>Array&lt;T&gt;</code> and <code>List&lt;T&gt;</code></>}>',
      '',
      '| Feature | Array | List |',
      '| --- | --- | --- |',
      '| Mutable | Yes | No |',
      '',
      '</TableFigure>',
      '',
    ].join('\n');
    const { all } = plannedMarkdown(text, 'kotlin.mdx');
    assert.ok(all.includes('Differences between `Array<T>` and `List<T>`'), all);
    for (const markup of ['RepoLinks', 'children=', ']}', 'GitLabRepo', 'caption=']) assert.ok(!all.includes(markup), `${markup} shown:\n${all}`);
    assert.equal(removeHidden(text, 'markdown').text.split('\n').length, text.split('\n').length);
  });
});

describe('HTML code in a list item, set in as indented code', () => {
  it("stays as written, its tags and its comments (a workshop step's page to paste); a comment in the prose goes", () => {
    const listing = [
      '        <html>',
      '            <head>',
      '                <title>Your Name Goes Here!</title>',
      '            </head>',
      '            <body>',
      '                <!-- resume header with your name -->',
      '                <a href="mailto:me@example.org">Write your email</a>',
      '            </body>',
      '        </html>',
    ];
    const text = [
      '# Site',
      '',
      '## Steps',
      '',
      '1. Create the files. <!-- say why three -->',
      '1. Open the `index.html` file, paste in the code below and save.',
      '',
      '    <details>',
      '    <summary><b>HTML code of the page.</b></summary>',
      '    ',
      ...listing,
      '    </details>',
      '',
      '1. Commit the file.',
      '',
    ].join('\n');
    const unhidden = removeHidden(text, 'markdown');
    assert.match(unhidden.text, /<!-- resume header with your name -->/u);
    assert.doesNotMatch(unhidden.text, /say why three/u);
    const list = splitMarkdown(text)
      .sections.flatMap((s) => s.blocks)
      .find((b) => b.kind === 'list');
    const code = listing.join('\n');
    assert.ok(list?.text.includes(code), list?.text);
  });
});

describe("Jekyll's link tags in a page with no other template syntax", () => {
  it('are kept out ("[Part 1]({%link docs/part1.md%})" shows "Part 1"), a tag never on a slide', () => {
    const text = '# Descent\n\n## Next\n\n* [Part 1]({%link docs/part1.md%}): in 1D\n* [Part 2]({% post_url 2024-01-02-part2 %}): in 2D\n';
    const unhidden = removeHidden(text, 'markdown');
    assert.doesNotMatch(unhidden.text, /\{%|%\}/u);
    assert.match(unhidden.text, /\[Part 1\]\(\): in 1D/u);
    assert.ok(unhidden.hidden >= 2);
  });
});

describe('a Quarto figure laid out as a grid', () => {
  const grid = [
    '# Figures',
    '',
    '## Intuition',
    '',
    'Look at the images in the figure:',
    '',
    '::: {#fig-examples layout-nrow=2}',
    '',
    '![Elephant by day](examples/elephant_day.png){fig-alt="An elephant in daylight"}',
    '',
    '![Elephant by night](examples/elephant_night.png)',
    '',
    '![Giraffe](examples/giraffe.png)',
    '',
    '![Car](examples/car.png){width=50%}',
    '',
    'Synthetic images for the lecture.',
    ':::',
    '',
    '## Next',
    '',
    'Done here.',
  ].join('\n');

  it('sets its pictures side by side on one slide, its caption under them, and moves no line of the document', () => {
    const { text } = removeHidden(grid, 'markdown');
    assert.equal(text.split('\n').length, grid.split('\n').length);
    const plan = planDeck(splitMarkdown(text), { file: 'g.qmd', fileName: 'g.qmd', format: 'markdown' }).value;
    const slides = plan.slides.filter((s) => s.body.includes('!['));
    assert.equal(slides.length, 1, plan.slides.map((s) => s.title).join(' | '));
    assert.match(slides[0]?.body ?? '', /elephant_day\.png\)[^\n]*elephant_night\.png\)[^\n]*giraffe\.png\)[^\n]*car\.png\)/u);
    assert.match(slides[0]?.body ?? '', /Synthetic images for the lecture/u);
  });

  it('keeps a grid of anything but pictures as written', () => {
    const mixed = grid.replace('![Giraffe](examples/giraffe.png)', 'A giraffe, drawn by hand.');
    const { text } = removeHidden(mixed, 'markdown');
    assert.match(text, /^!\[Elephant by night\]\(examples\/elephant_night\.png\)$/mu);
  });
});

describe('a Quarto figure of one picture and its caption', () => {
  const figure = [
    '# Representations',
    '',
    '## Encoders',
    '',
    'An encoder maps each image to a vector of features.',
    '',
    '::: {#fig-tsne}',
    '![](pics/tsne.png){width=600}',
    '',
    'Each point is one image of the test set, coloured by its class.',
    ':::',
    '',
    '::: {#fig-umap}',
    '![](pics/umap.png)',
    '',
    'The same features laid out by UMAP.',
    ':::',
    '',
    'See @fig-umap for the second layout.',
    '',
    'Features learnt this way transfer to new tasks with little labelled data.',
  ].join('\n');

  it('shows the caption under its picture with the number Quarto gives it, on the picture’s slide', () => {
    const { text } = removeHidden(figure, 'markdown');
    assert.equal(text.split('\n').length, figure.split('\n').length);
    const plan = planDeck(splitMarkdown(text), { file: 'r.qmd', fileName: 'r.qmd', format: 'markdown' }).value;
    const tsne = plan.slides.find((s) => s.body.includes('tsne.png'));
    assert.match(tsne?.body ?? '', /Figure 1: Each point is one image of the test set/u);
    const umap = plan.slides.find((s) => s.body.includes('umap.png'));
    assert.match(umap?.body ?? '', /Figure 2: The same features laid out by UMAP/u);
    // The references name the same numbers; no slide carries a caption as a point of its own.
    assert.ok(plan.slides.some((s) => /Figure 2 for the second layout/u.test(`${s.body}\n${s.notes}`)));
    assert.ok(plan.slides.every((s) => !/^- (?:Each point|The same features)/mu.test(s.body)));
  });

  it('leaves a figure of more than a picture and a paragraph as written', () => {
    const listed = figure.replace('Each point is one image', '- Each point is one image');
    const { text } = removeHidden(listed, 'markdown');
    assert.match(text, /^- Each point is one image/mu);
  });
});

describe("a site generator's folded solution", () => {
  it('keeps the answer of an expand or notice box that says it is a solution out of slides and notes, and counts it', () => {
    const text = [
      '# Matrices',
      '',
      '## Exercise',
      '',
      '{{% notice question %}}',
      'Write a function that multiplies two square matrices of floating point numbers.',
      '{{% /notice %}}',
      '',
      '{{% expand "Expand for solution" %}}',
      '{{% notice solution %}}',
      '```python',
      'def multiply(a, b):',
      '    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]',
      '```',
      '{{% /notice %}}',
      '{{% /expand %}}',
      '',
      '{{< details "Corrigé de l’exercice" >}}',
      'Le produit a autant de lignes que la première matrice.',
      '{{< /details >}}',
      '',
      '{{< details "Answer" >}}',
      'The product has as many rows as the first matrix has.',
      '{{< /details >}}',
      '',
      '{{< details "Further reading" >}}',
      'Strassen found a faster way to multiply them.',
      '{{< /details >}}',
    ].join('\n');
    const unhidden = removeHidden(text, 'markdown');
    assert.doesNotMatch(unhidden.text, /def multiply|as many rows|autant de lignes/u);
    assert.match(unhidden.text, /Write a function that multiplies/u);
    assert.match(unhidden.text, /Strassen found a faster way/u);
    assert.equal(unhidden.text.split('\n').length, text.split('\n').length);
    assert.ok(unhidden.hidden >= 2, `${unhidden.hidden} kept out`);
  });
});

describe("Pelican's placeholders for the site's files", () => {
  it('give the address under the site root, in pictures and links', () => {
    const text =
      'An essay.\n\n![A first comic]({static}/media/learn/comic.png)\n\nSee [the next post]({filename}/posts/next.md) and ![old](|static|/img/a.png).\n\n<img src="{static}/media/learn/avatars.png" alt="Avatars">\n';
    const { text: out } = removeHidden(text, 'markdown');
    assert.match(out, /!\[A first comic\]\(\/media\/learn\/comic\.png\)/u);
    assert.match(out, /\[the next post\]\(\/posts\/next\.md\)/u);
    assert.match(out, /!\[old\]\(\/img\/a\.png\)/u);
    assert.match(out, /src="\/media\/learn\/avatars\.png"/u);
  });
});

describe("a Quarto chapter's citations in a sentence", () => {
  it('show their keys without the @ where the chapter refers to its own figures, even with no citation in brackets', () => {
    const text = [
      '# Logistic regression',
      '',
      'The main reference is *An Introduction to Statistical Learning* (@jamesIntroductionStatisticalLearning2021, sections 4.1--4.3).',
      '',
      'We use the breast cancer dataset, described in @1993-street-NuclearFeatureExtraction.',
      '',
      '![Nearest neighbours](knn.png){#fig-knn}',
      '',
      'In @fig-knn, five neighbours vote. Mail me@example.org or @someone.',
      '',
      '```r',
      'x <- "@1993-street-NuclearFeatureExtraction"',
      '```',
    ].join('\n');
    const out = removeHidden(text, 'markdown').text;
    assert.match(out, /\(jamesIntroductionStatisticalLearning2021, sections/u);
    assert.match(out, /described in 1993-street-NuclearFeatureExtraction\./u);
    assert.match(out, /me@example\.org or @someone\./u);
    assert.match(out, /x <- "@1993-street-NuclearFeatureExtraction"/u);
    // Without a reference of Quarto's, such a line is left as written.
    const plain = 'We use the dataset described in @1993-street-NuclearFeatureExtraction.';
    assert.match(removeHidden(plain, 'markdown').text, /@1993-street/u);
  });
});

describe("a site's display options in a picture's alt text and a box's label", () => {
  it('are settings, not words: no title reads "--zoom", and an alt text of other words with dashes stays', () => {
    const text = [
      '# Presenting',
      '',
      '## Better example',
      '',
      ':::flex[--minWidth=150px --class=slides]',
      '![Slide 1 reworked --zoom --width=80%](images/slide1.jpg)',
      '::br',
      '![Slide 2 reworked --zoom](images/slide2.jpg)',
      ':::',
      '',
      '## Terminal',
      '',
      '![Output of ls --color](ls.png)',
      '',
      '```md',
      '![Kept --zoom](code.png)',
      '```',
    ].join('\n');
    const slides = markdownSlides(text);
    const shown = slidesShown(slides);
    assert.doesNotMatch(shown.replace(/```md\n[\s\S]*?```/u, ''), /--zoom|--width|--minWidth|--class/u, shown);
    assert.match(shown, /!\[Slide 1 reworked\]\(images\/slide1\.jpg\)/u, shown);
    assert.match(shown, /!\[Output of ls --color\]\(ls\.png\)/u, shown);
    assert.match(shown, /!\[Kept --zoom\]\(code\.png\)/u, shown);
  });
});
