// Every text stage is linear: pathological documents of n, 2n and 4n
// characters (runs of abbreviations, of spaces, of colons, one huge
// paragraph or line, thousands of front-matter keys...) are read, split and
// planned in this process, and the time per doubling is reported. A ratio
// near 2 is linear; near 4 is quadratic.
import { markupAsMarkdown } from '../stages/markup.ts';
import { planSource } from '../stages/plan-source.ts';
import { readDocument } from '../stages/read-document.ts';

const shapes: Record<string, (n: number) => [string, string]> = {
  abbreviations: (n) => ['a.txt', `Intro.\n\n${'e.g. Dr. Smith vs. Mr. Jones etc. '.repeat(n / 32)}`],
  'a run of spaces (text)': (n) => ['a.txt', `Title\n\nWord${' '.repeat(n)}end.\n`],
  'a run of spaces (Markdown)': (n) => ['a.md', `# T\n\nWord${' '.repeat(n)}end.\n`],
  'one paragraph (text)': (n) => ['a.txt', `Title\n\n${'The quick brown fox jumps over the lazy dog. '.repeat(n / 45)}`],
  'one paragraph of clauses (Markdown)': (n) => ['a.md', `# T\n\n${'The quick brown fox, jumps over the lazy dog and then some; '.repeat(n / 60)}`],
  'one line': (n) => ['a.md', `# T\n\n${'word'.repeat(n / 4)}`],
  'front-matter keys': (n) => ['a.md', `---\n${Array.from({ length: n / 10 }, (_, i) => `k${i}: v${i}`).join('\n')}\n---\n# T\n\nText.\n`],
  'list items': (n) => ['a.md', `# T\n\n${'- item with words in it\n'.repeat(n / 24)}`],
  headings: (n) => ['a.md', Array.from({ length: n / 20 }, (_, i) => `## H${i}\n\nText ${i}.\n`).join('\n')],
  colons: (n) => ['a.txt', `Title\n\n${'a: '.repeat(n / 3)}`],
  'unclosed links': (n) => ['a.md', `# T\n\n${'[a]('.repeat(n / 4)}`],
  'reStructuredText: lines ending in "::"': (n) => ['a.rst', `T\n=\n\n${'a::\n'.repeat(n / 4)}`],
  'reStructuredText: underlines with no blank line': (n) => ['a.rst', `T\n=\n\n${'a\n===\n'.repeat(n / 6)}`],
  'Org: blocks never closed': (n) => ['a.org', `* T\n${'#+begin_x\n'.repeat(n / 10)}`],
  'Org: LaTeX environments never closed': (n) => ['a.org', `* T\n${'\\begin{align}\nx\n'.repeat(n / 16)}`],
  'Org: drawers never closed': (n) => ['a.org', `* T\n${':A:\n'.repeat(n / 4)}`],
  // Prose with no headings whose paragraphs share one key phrase: sections found in it, each claiming the same slide id.
  'paragraphs of one subject': (n) => [
    'a.md',
    Array.from({ length: n / 100 }, () => 'The quick brown fox jumps over the lazy dog, and the quick brown fox runs on.').join('\n\n'),
  ],
  backticks: (n) => ['a.md', `# T\n\n${'`a '.repeat(n / 3)}`],
  // Openings whose closing never comes: a displayed formula, a code shortcode, a box fence.
  'unclosed formulas': (n) => ['a.md', `# T\n\n${'\\[\nx\n'.repeat(n / 5)}`],
  // Formulas in escaped parentheses among displayed ones: each asked whether it stands inside a displayed one.
  'inline formulas among displayed ones': (n) => ['a.md', `# T\n\n${'Take \\(x^2\\) and $$y = 1$$ here.\n'.repeat(n / 36)}`],
  // MDX components a quiz nests, each found again for its text.
  'MDX components': (n) => [
    'a.mdx',
    `import { Quiz } from './Quiz';\n\n<QuizFilter>\n${'    <Quiz question={"Why?"} topic={t}>\n        <QuizOption label={"Because"} isCorrect={false}>\n            So.\n        </QuizOption>\n    </Quiz>\n'.repeat(n / 150)}</QuizFilter>\n`,
  ],
  // Boxes with a heading of their own, each followed by text that goes back to the section they interrupted.
  'boxes with headings': (n) => ['a.md', `# T\n\n## A\n\nx\n\n${'::: note\n\n## Box\n\nIn.\n\n:::\n\nAfter.\n\n'.repeat(n / 43)}`],
  'unclosed shortcodes': (n) => ['a.md', `# T\n\n${'{{< highlight go >}}\nx\n'.repeat(n / 23)}`],
  // PyMdown's blocks that all wait for one closing line, and wikilinks.
  'unclosed blocks': (n) => ['a.md', `# T\n\n${'/// note | Title\n\nx\n\n'.repeat(n / 24)}///\n`],
  wikilinks: (n) => ['a.md', `# T\n\n${'See [[Note|the note]] and ![[pic.png]]. '.repeat(n / 42)}`],
  // One aligned derivation taller than many slides.
  'a tall derivation': (n) => ['a.md', `# T\n\n$$\n\\begin{aligned}\n${'a &= b + c \\\\\n'.repeat(n / 14)}\\end{aligned}\n$$\n`],
  // A deck cut into thousands of slides, and the decks of other tools (Marp's notes, remark's classes).
  'slides cut with ---': (n) => ['a.md', Array.from({ length: n / 40 }, (_, i) => `# S${i}\n\n<!-- note ${i} -->\n\ntext ${i}\n`).join('\n---\n\n')],
  'remark content classes': (n) => [
    'a.md',
    `---\noutput: xaringan::moon_reader\n---\n\n${Array.from({ length: n / 40 }, (_, i) => `# S${i}\n\n.pull-left[ a [b] ${i}`).join('\n\n---\n\n')}`,
  ],
};

function timeOf(file: string, text: string): number {
  const started = performance.now();
  // reStructuredText and Org are written as Markdown first, as edges/source.ts does.
  const converted = markupAsMarkdown(file, text);
  const doc =
    converted === null
      ? readDocument(file, Buffer.from(text))
      : { ...readDocument(file.replace(/\.\w+$/u, '.md'), Buffer.from(converted)), format: 'markdown' as const };
  planSource(doc, { file, fileName: file, format: doc.format, author: 'Bench' });
  return performance.now() - started;
}

export interface LinearRow {
  shape: string;
  /** Milliseconds at n, 2n and 4n characters. */
  ms: number[];
  /** The larger of the two doubling ratios. */
  worst: number;
}

export function linearity(base = 100_000): LinearRow[] {
  return Object.entries(shapes).map(([shape, make]) => {
    timeOf(...make(base / 4)); // warm the code paths, so the first size is not the one that compiles them
    const ms = [base, base * 2, base * 4].map((n) => timeOf(...make(n)));
    const ratio = (a: number, b: number): number => b / Math.max(a, 1);
    return { shape, ms, worst: Math.max(ratio(ms[0] ?? 0, ms[1] ?? 0), ratio(ms[1] ?? 0, ms[2] ?? 0)) };
  });
}
