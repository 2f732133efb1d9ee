// scripts/stages/shortcodes.ts: a site generator's template calls, as the reader of the site sees them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { removeHidden } from '../../scripts/stages/hidden.ts';
import { inlineShortcodes, shortcodeBlocks, shortcodeMath, usesShortcodes } from '../../scripts/stages/shortcodes.ts';
import { splitMarkdown } from '../../scripts/stages/split-markdown.ts';

const dropped: string[] = [];
const drop = (whole: string): string => {
  dropped.push(whole);
  return '';
};

describe('shortcodes', () => {
  it('turns a code shortcode into a code block of the same lines, in the language it holds', () => {
    const text = 'Set it:\n\n{{< code-toggle file=hugo >}}\n[params]\nmath = true\n{{< /code-toggle >}}\n\nDone.';
    const { text: out, count } = shortcodeBlocks(text);
    assert.equal(out, 'Set it:\n\n```toml\n[params]\nmath = true\n```\n\nDone.');
    assert.equal(count, 2);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });

  it("shows a diagram shortcode's source as code, not as text read as a sentence", () => {
    const source = ['graph LR;', 'A[source] -->|characters| B(fa:fa-tools<br/> Lexer)', 'B -->|tokens| C[parser]'];
    const { text: out } = shortcodeBlocks(`The stages:\n\n{{<mermaid align="center">}}\n${source.join('\n')}\n{{< /mermaid >}}\n`);
    assert.equal(out, `The stages:\n\n\`\`\`mermaid\n${source.join('\n')}\n\`\`\`\n`);
  });

  it("turns a site's own code shortcode (one that says its language, or is named for one) into a code block", () => {
    const java = ['public class Voiture {', '    private int vitesse;', '}'];
    const text = `Voici :\n\n{{<inlineJava path="Voiture.java" lang="java" >}}\n${java.join('\n')}\n{{</inlineJava>}}\n\nPuis :\n\n{{< python >}}\nprint(1)\n{{< /python >}}\n\nFin {{< note lang="fr" >}}.`;
    const { text: out, count } = shortcodeBlocks(text);
    assert.equal(out, `Voici :\n\n\`\`\`java\n${java.join('\n')}\n\`\`\`\n\nPuis :\n\n\`\`\`python\nprint(1)\n\`\`\`\n\nFin {{< note lang="fr" >}}.`);
    assert.equal(count, 4);
    const model = splitMarkdown(`# Java\n\n## Classes\n\n${text}\n`);
    assert.ok(model.sections[0]?.blocks.some((b) => b.kind === 'code' && b.text.includes('private int vitesse;')));
  });

  it('shows what a call shows where it stands: a tooltip its text or term, a cross-reference its name, a figure its picture', () => {
    dropped.length = 0;
    assert.equal(
      inlineShortcodes('Start a new {{< glossary_tooltip text="pod" term_id="pod" >}} or a {{< glossary_tooltip term_id="daemon-set" >}}.', drop),
      'Start a new pod or a daemon set.',
    );
    assert.equal(
      inlineShortcodes(
        'Built-ins such as {{jsxref("Array")}}, {{domxref("NodeList")}} and the {{jsxref("Functions/arguments", "arguments")}} object; {{jsxref("Object.hasOwn()")}}.',
        drop,
      ),
      'Built-ins such as Array, NodeList and the arguments object; Object.hasOwn().',
    );
    assert.equal(inlineShortcodes('{{< figure src="/img/flow.png" alt="The data flow" >}}', drop), '![The data flow](</img/flow.png>)');
    assert.equal(inlineShortcodes('See [the page]({{< ref "concepts/pods.md" >}}).', drop), 'See [the page](concepts/pods.md).');
    assert.deepEqual(dropped, []);
  });

  it("shows a site's own term shortcode inside a sentence by its one string, not an icon's name", () => {
    const text = 'Un {{<unity_keyword `Animator Controller` >}} est un graphe; appuyez sur {{< kbd "Ctrl" >}} puis {{< icon "github" >}}.\n';
    const { text: shown } = removeHidden(text, 'markdown');
    assert.equal(shown.trim(), 'Un Animator Controller est un graphe; appuyez sur Ctrl puis .');
    // Nor an icon named by its `name` ('{{< icon name="clock" pack="fas" >}}', Hugo Blox's): which icon, no word.
    assert.equal(removeHidden('{{< icon name="clock" pack="fas" >}} Videos every week!\n', 'markdown').text.trim(), 'Videos every week!');
    // A box's title, where the text closes the box, is no word of the sentence.
    const box = removeHidden('- Why?\n{{< details "Answer" >}} Because. {{< /details >}}\n', 'markdown').text;
    assert.doesNotMatch(box, /Answer/u);
  });

  it("drops an icon that opens a link's text with the space after it, so the link starts at its words", () => {
    assert.equal(inlineShortcodes('- [{{< fa table >}} `injury.csv`](/files/injury.csv)', drop), '- [`injury.csv`](/files/injury.csv)');
  });

  it('keeps out calls that stand alone or show nothing of their own, and counts them', () => {
    dropped.length = 0;
    const out = inlineShortcodes(
      '{{jsSidebar("Statements")}}\n\n{{< glossary_definition term_id="etcd" length="all" >}}\n\nText {{% whatsnext-heading %}}\n\n{{Compat}}',
      drop,
    );
    assert.equal(out.replace(/\s+/gu, ' ').trim(), 'Text');
    assert.equal(dropped.length, 4);
  });

  it('reaches no slide through the Markdown splitter, and a list of cross-references keeps its items', () => {
    const text =
      '# for...of\n\n{{jsSidebar("Statements")}}\n\n## See also\n\n- {{jsxref("Array.prototype.forEach()")}}\n- {{jsxref("Map.prototype.forEach()")}}\n';
    assert.ok(usesShortcodes(text));
    const model = splitMarkdown(text);
    const all = [...model.intro, ...model.sections.flatMap((s) => s.blocks)].map((b) => b.text).join('\n');
    assert.doesNotMatch(all, /\{\{/u);
    assert.match(all, /- Array\.prototype\.forEach\(\)\n- Map\.prototype\.forEach\(\)/u);
    assert.ok((model.hidden?.count ?? 0) >= 1);
    assert.ok(!usesShortcodes('Mustache writes {{name}} in its templates.'));
  });

  it('typesets math shortcodes: a block on lines of its own displayed (inside a quote, every line quoted), a call within a line inline, an empty one nothing', () => {
    const text = [
      '{{< katex display >}}',
      '',
      '{{< /katex >}}',
      'The limit',
      '{{< katex display >}}',
      "f'(z) = \\lim_{h \\to 0} \\frac{f(z + h) - f(z)}{h} \\\\",
      '= g(z)',
      '{{< /katex >}}',
      '> To prove it, we have',
      '> {{< katex display >}}',
      '\\Delta u = u_x \\Delta x',
      '{{< /katex >}}',
      'so {{< katex >}}b = 0{{< /katex >}} and {{< math >}}{{< /math >}} here.',
    ].join('\n');
    const { text: out, count } = shortcodeMath(text);
    assert.deepEqual(out.split('\n'), [
      '',
      '',
      '',
      'The limit',
      '$$',
      "f'(z) = \\lim_{h \\to 0} \\frac{f(z + h) - f(z)}{h} \\\\",
      '= g(z)',
      '$$',
      '> To prove it, we have',
      '> $$',
      '> \\Delta u = u_x \\Delta x',
      '> $$',
      'so $b = 0$ and  here.',
    ]);
    assert.equal(count, 10);
    // Never closed: left as written.
    assert.equal(shortcodeMath('{{< katex display >}}\nx^2').text, '{{< katex display >}}\nx^2');
    // A formula that brings its own delimiters keeps them, once (a Hugo course's "{{< math >}}$$ … $$${{< /math >}}").
    assert.equal(
      shortcodeMath(
        'where {{< math >}}$ \\omega ${{< /math >}} is\n{{< math >}}$$ \\omega = \\alpha t \\tag{1} $${{< /math >}}\n{{< math >}}\\( x \\){{< /math >}}',
      ).text,
      'where $\\omega$ is\n$$\\omega = \\alpha t \\tag{1}$$\n$x$',
    );
    assert.deepEqual(shortcodeMath('{{< katex display >}}\n$$\nx^2\n$$\n{{< /katex >}}').text.split('\n'), ['', '$$', 'x^2', '$$', '']);
  });
});

describe('a shortcode whose quoted parameter holds braces', () => {
  it('is read as one call: \'{{< code-include "reduction-hand.c" "c {linenos=table}" >}}\' is kept out, not shown as text', () => {
    const dropped: string[] = [];
    const out = inlineShortcodes('{{< code-include "openmp-snippets/reduction-hand.c" "c {linenos=table}" >}}', (whole) => {
      dropped.push(whole);
      return '';
    });
    assert.equal(out.trim(), '');
    assert.equal(dropped.length, 1);
  });
});

describe('a set of tabs parted by label lines inside one shortcode', () => {
  it("shows each tab's label as a bold lead-in, not as marked text; such a line outside tabs is left as written", () => {
    const text = [
      '{{<tabs>}}',
      '===[[Exercise]]===',
      'Type `ps aux`.',
      '',
      '===[[Answer]]===',
      'It lists processes.',
      '{{</tabs>}}',
      '',
      '===[[Kept]]===',
    ].join('\n');
    const out = shortcodeBlocks(text).text.split('\n');
    assert.equal(out.length, 9, 'line numbers hold');
    assert.equal(out[1], '**Exercise:**');
    assert.equal(out[4], '**Answer:**');
    assert.equal(out[8], '===[[Kept]]===');
  });
});
